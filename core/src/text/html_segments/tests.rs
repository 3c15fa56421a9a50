//! The HTML converter on Mastodon's own markup and on hostile or broken input.

use super::*;

fn text(s: &str) -> Segment {
    Segment::Text { text: s.into() }
}

fn link(t: &str, url: &str) -> Segment {
    Segment::Link {
        text: t.into(),
        url: url.into(),
    }
}

fn convert(html: &str) -> Vec<Segment> {
    html_to_segments(html, HtmlOptions::default())
}

/// Every character of the output, links by their text: what a reader sees.
fn visible(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|s| match s {
            Segment::Text { text } | Segment::Link { text, .. } => text.clone(),
            Segment::Mention { handle, .. } => format!("@{handle}"),
            Segment::Hashtag { tag, .. } => format!("#{tag}"),
            Segment::Emoji { shortcode, .. } => format!(":{shortcode}:"),
        })
        .collect()
}

#[test]
fn paragraphs_and_line_breaks() {
    assert_eq!(
        convert("<p>One<br>two<br/><br />three</p><p>Four</p>\n<p></p><p> Five  six </p>"),
        [text("One\ntwo\n\nthree\n\nFour\n\nFive six")]
    );
    assert_eq!(convert("<p><br></p><p>a</p><br>"), [text("a")]);
}

#[test]
fn mastodon_mentions_hashtags_and_shortened_links() {
    let html = concat!(
        r#"<p><span class="h-card" translate="no"><a href="https://mastodon.social/@Gargron" class="u-url mention">@<span>Gargron</span></a></span> "#,
        r#"see <a href="https://example.com/a/very/long/path/indeed" target="_blank" rel="nofollow noopener" translate="no">"#,
        r#"<span class="invisible">https://</span><span class="ellipsis">example.com/a/very/long/pa</span><span class="invisible">th/indeed</span></a> "#,
        r##"<a href="https://mastodon.social/tags/Rust" class="mention hashtag" rel="tag">#<span>Rust</span></a></p>"##
    );
    assert_eq!(
        convert(html),
        [
            Segment::Mention {
                handle: "Gargron".into(),
                url: "https://mastodon.social/@Gargron".into()
            },
            text(" see "),
            link(
                "example.com/a/very/long/pa…",
                "https://example.com/a/very/long/path/indeed"
            ),
            text(" "),
            Segment::Hashtag {
                tag: "Rust".into(),
                url: "https://mastodon.social/tags/Rust".into()
            },
        ]
    );
}

#[test]
fn a_mention_class_on_text_without_its_sigil_stays_a_link() {
    assert_eq!(
        convert(r#"<a class="u-url mention" href="https://m.s/@a">Ann</a>"#),
        [link("Ann", "https://m.s/@a")]
    );
}

#[test]
fn entities_are_decoded_exactly_once() {
    assert_eq!(
        convert("<p>R&amp;D &lt;b&gt; &amp;lt; &quot;q&quot; &#39;s&#39; &#x1F600; &nbsp;x</p>"),
        [text("R&D <b> &lt; \"q\" 's' 😀 \u{a0}x")]
    );
    assert_eq!(
        convert(r#"<a href="https://e.com/?a=1&amp;b=2">e.com/?a=1&amp;amp;b</a>"#),
        [link("e.com/?a=1&amp;b", "https://e.com/?a=1&b=2")]
    );
}

#[test]
fn scripts_and_styles_vanish_with_their_content() {
    assert_eq!(
        convert("<p>a<script>alert('</p>x')</script>b<style>p{color:red}</style>c</p>"),
        [text("abc")]
    );
    assert_eq!(
        convert("<SCRIPT>document.write(1)</ScRiPt>ok"),
        [text("ok")]
    );
    // Never closed: everything after it is script, so nothing shows.
    assert_eq!(convert("safe <script>evil()"), [text("safe")]);
    assert_eq!(convert("<template><p>hidden</p></template>"), []);
}

#[test]
fn images_and_event_handlers_are_dropped() {
    let out = convert(r#"<p>cat <img src=x onerror="alert(1)" alt="boom"> dog</p>"#);
    assert_eq!(out, [text("cat dog")]);
    let out = convert(r#"<p onclick="alert(1)" style="x">hi</p>"#);
    assert_eq!(out, [text("hi")]);
}

#[test]
fn unsafe_link_targets_become_plain_text() {
    for href in [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java&#x09;script:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "/relative/path",
        "//evil.example/x",
        "https:evil",
        "",
    ] {
        let html = format!(r#"<p>go <a href="{href}">click me</a> now</p>"#);
        assert_eq!(convert(&html), [text("go click me now")], "{href}");
    }
    assert_eq!(
        convert("<a>no href</a>, <a href=https://ok.example/>ok</a>"),
        [text("no href, "), link("ok", "https://ok.example/")]
    );
    assert_eq!(
        convert(r#"<a href="HTTPS://OK.EXAMPLE">x</a>"#),
        [link("x", "HTTPS://OK.EXAMPLE")]
    );
}

#[test]
fn nested_malformed_and_unclosed_markup() {
    // An <a> inside an <a> closes the first, as browsers do.
    assert_eq!(
        convert(r#"<a href="https://a.example">one <a href="https://b.example">two</a> three"#),
        [
            link("one", "https://a.example"),
            text(" "),
            link("two", "https://b.example"),
            text(" three")
        ]
    );
    // Unclosed link at the end, stray end tags, misnested inline tags.
    assert_eq!(
        convert(r#"</p></a></span><b><i>bold</b> it</i> <a href="https://x.example">tail"#),
        [text("bold it "), link("tail", "https://x.example")]
    );
    // An invisible span left open inside a link ends with the link.
    assert_eq!(
        convert(
            r#"<p><a href="https://x.example/y"><span class="invisible">https://</span><span class="invisible">x</a> after</p>"#
        ),
        [text("after")]
    );
    // Cut-off tags, bare angle brackets, comments.
    assert_eq!(
        convert("1 < 2 and 3 > 2 <!-- <b>hidden</b> --><p>end<a href=\"https://x"),
        [text("1 < 2 and 3 > 2\n\nend")]
    );
}

#[test]
fn lists_and_preformatted_text() {
    assert_eq!(
        convert("<p>Steps:</p><ul><li>one</li><li>two <b>2</b></li></ul><pre>a  b\n  c</pre>"),
        [text("Steps:\n\n• one\n• two 2\n\na  b\n  c")]
    );
}

#[test]
fn quote_fallbacks_are_dropped_only_when_asked() {
    let html = concat!(
        r#"<p class="quote-inline">RE: <a href="https://m.s/@a/1"><span class="invisible">https://</span>m.s/@a/1</a></p>"#,
        "<p>my words</p>"
    );
    assert_eq!(
        convert(html),
        [
            text("RE: "),
            link("m.s/@a/1", "https://m.s/@a/1"),
            text("\n\nmy words")
        ]
    );
    let drop = HtmlOptions {
        drop_quote_inline: true,
    };
    assert_eq!(html_to_segments(html, drop), [text("my words")]);
    // Inline fallbacks (as some servers write them) keep the text around them whole.
    let inline = r#"<p>before <span class="quote-inline"><span>RE: x</span></span> after</p>"#;
    assert_eq!(html_to_segments(inline, drop), [text("before after")]);
}

#[test]
fn output_is_never_html_and_never_panics() {
    let nasty = [
        "<",
        ">",
        "&",
        "&#",
        "&#x;",
        "&#1114112;",
        "<a href='https://x'><",
        "<<<<a>>>>",
        "<p class=\"quote-inline\"",
        "<span class=\"invisible\">gone",
        "<a href=\"https://e\"><span class=\"ellipsis\">é</span></a>",
        "<p>\u{0}é🎉\u{200b}</p>",
        "<ｐ>fullwidth</ｐ>",
        "<a href=\"https://x\" class=\"mention\">@</a>",
        "<a href=\"https://x\" class=\"mention hashtag\">#</a>",
    ];
    for html in nasty {
        let out = html_to_segments(html, HtmlOptions::default());
        for s in &out {
            if let Segment::Link { url, .. }
            | Segment::Mention { url, .. }
            | Segment::Hashtag { url, .. } = s
            {
                assert!(url.starts_with("https://"), "{html}: {url}");
            }
        }
        let _ = visible(&out);
    }
    assert_eq!(
        visible(&convert("<<<<a>>>>")),
        "<<<>>>",
        "stray brackets stay text; the <a> tag goes"
    );
    // "</" before a non-letter is no end tag; HTML drops it up to ">".
    assert_eq!(convert("<ｐ>fullwidth</ｐ>"), [text("<ｐ>fullwidth")]);
    assert_eq!(
        convert("<a href=\"https://x\" class=\"mention\">@</a>"),
        [link("@", "https://x")]
    );
}
