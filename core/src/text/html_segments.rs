//! Post HTML (Mastodon's `content`) into Segments, with a small strict converter of our own:
//! the HTML is read, never inserted, and nothing that comes out is HTML.
//!
//! - `<p>` and other blocks become paragraph breaks ("\n\n"), `<br>` a line break, `<li>` a
//!   line starting "• "; runs of whitespace collapse to one space (kept as written in `<pre>`).
//! - `<a href>` becomes a Link shown by its visible text; Mastodon's `class="u-url mention"`
//!   a Mention and `class="mention hashtag"` a Hashtag (when the text starts with "@" / "#").
//!   Only http(s) targets are links: any other (`javascript:`, `data:`, relative) leaves the
//!   link's text as plain text.
//! - Mastodon shortens long URLs with `<span class="invisible">` (dropped) and
//!   `<span class="ellipsis">` (followed by "…").
//! - Character references are decoded exactly once ("&amp;lt;" reads "&lt;").
//! - `<script>`, `<style>` and similar elements are dropped with their content; every other
//!   tag is dropped and its text kept; `<img>` is dropped.
//! - Optionally, Mastodon's quote fallback (`<p class="quote-inline">RE: …</p>`) is dropped,
//!   for a post whose quote is shown as a card.

mod tokenizer;

use crate::model::Segment;

use super::{decode_entities, trim_segments};
use tokenizer::{StartTag, Token, Tokenizer};

/// Elements whose content is never shown.
const DROPPED_WITH_CONTENT: [&str; 9] = [
    "script", "style", "template", "noscript", "iframe", "textarea", "title", "svg", "math",
];

/// Elements that separate paragraphs.
const BLOCKS: [&str; 22] = [
    "p",
    "div",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "hr",
];

/// Options of [`html_to_segments`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HtmlOptions {
    /// Drop elements of class `quote-inline` (the "RE: <link>" Mastodon adds for clients
    /// that cannot show quotes) with their content.
    pub drop_quote_inline: bool,
}

/// The Segments of an HTML fragment (see the module documentation).
pub fn html_to_segments(html: &str, options: HtmlOptions) -> Vec<Segment> {
    let mut c = Converter::default();
    let mut tokens = Tokenizer::new(html);
    while let Some(token) = tokens.next() {
        if let Some(skip) = c.skipping.as_mut() {
            match &token {
                Token::Start(tag) if DROPPED_WITH_CONTENT.contains(&tag.name.as_str()) => {
                    tokens.skip_raw_text(&tag.name);
                    continue;
                }
                Token::Start(tag) if tag.name == skip.name && tag.name == "p" => {
                    // A <p> closes an open <p>: the dropped one has ended.
                    c.skipping = None;
                }
                Token::Start(tag) if tag.name == skip.name => {
                    skip.depth += 1;
                    continue;
                }
                Token::End(name) if *name == skip.name => {
                    skip.depth -= 1;
                    if skip.depth == 0 {
                        let was_block = BLOCKS.contains(&name.as_str());
                        c.skipping = None;
                        if was_block {
                            c.block();
                        }
                    }
                    continue;
                }
                _ => continue,
            }
        }
        match token {
            Token::Text(raw) => c.text(&decode_entities(raw)),
            Token::Start(tag) => {
                if DROPPED_WITH_CONTENT.contains(&tag.name.as_str()) {
                    tokens.skip_raw_text(&tag.name);
                } else if options.drop_quote_inline && tag.has_class("quote-inline") {
                    c.skipping = Some(Skip {
                        name: tag.name,
                        depth: 1,
                    });
                } else {
                    c.start(&tag);
                }
            }
            Token::End(name) => c.end(&name),
        }
    }
    c.finish()
}

/// What an open `<span>` does to its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpanKind {
    Invisible,
    Ellipsis,
    Plain,
}

/// An element being dropped with its content, and how deeply it nests in itself.
struct Skip {
    name: String,
    depth: usize,
}

/// An open `<a>`: its safe target (None: show the text as text), its kind, its text so far.
struct OpenLink {
    url: Option<String>,
    mention: bool,
    hashtag: bool,
    text: String,
    /// Open spans when the link started; the link's own spans end with it.
    span_base: usize,
}

#[derive(Default)]
struct Converter {
    out: Vec<Segment>,
    /// Whether anything has been written (breaks before the first content are dropped).
    started: bool,
    /// Newlines to write before the next content.
    newlines: usize,
    /// A collapsed space to write before the next content.
    space: bool,
    link: Option<OpenLink>,
    spans: Vec<SpanKind>,
    pre_depth: usize,
    skipping: Option<Skip>,
}

impl Converter {
    fn invisible(&self) -> bool {
        self.spans.contains(&SpanKind::Invisible)
    }

    fn start(&mut self, tag: &StartTag) {
        let name = tag.name.as_str();
        match name {
            "a" => {
                self.close_link();
                self.link = Some(OpenLink {
                    url: tag.attr("href").and_then(safe_href),
                    mention: tag.has_class("mention") && !tag.has_class("hashtag"),
                    hashtag: tag.has_class("hashtag"),
                    text: String::new(),
                    span_base: self.spans.len(),
                });
            }
            "span" => self.spans.push(if tag.has_class("invisible") {
                SpanKind::Invisible
            } else if tag.has_class("ellipsis") {
                SpanKind::Ellipsis
            } else {
                SpanKind::Plain
            }),
            "br" => self.line_break(),
            "li" => {
                self.close_link();
                if self.started {
                    self.newlines = self.newlines.max(1);
                }
                self.write("• ");
            }
            _ if BLOCKS.contains(&name) => {
                if name == "pre" {
                    self.pre_depth += 1;
                }
                self.block();
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "a" => self.close_link(),
            "span" => {
                let base = self.link.as_ref().map_or(0, |l| l.span_base);
                if self.spans.len() > base
                    && self.spans.pop() == Some(SpanKind::Ellipsis)
                    && !self.invisible()
                {
                    self.text("…");
                }
            }
            "li" => {}
            _ if BLOCKS.contains(&name) => {
                if name == "pre" {
                    self.pre_depth = self.pre_depth.saturating_sub(1);
                }
                self.block();
            }
            _ => {}
        }
    }

    /// A block starts or ends: links and spans do not run across blocks.
    fn block(&mut self) {
        self.close_link();
        self.spans.clear();
        if self.started {
            self.newlines = self.newlines.max(2);
            self.space = false;
        }
    }

    fn line_break(&mut self) {
        if let Some(link) = self.link.as_mut() {
            push_collapsed(&mut link.text, " ");
        } else if self.started {
            self.newlines += 1;
            self.space = false;
        }
    }

    /// Decoded text from the document.
    fn text(&mut self, s: &str) {
        if self.invisible() || s.is_empty() {
            return;
        }
        if let Some(link) = self.link.as_mut() {
            push_collapsed(&mut link.text, s);
            return;
        }
        if self.pre_depth > 0 {
            self.write(s);
            return;
        }
        let mut words = s.split(is_html_space).peekable();
        while let Some(word) = words.next() {
            if !word.is_empty() {
                self.write(word);
            }
            if words.peek().is_some() && self.started && self.newlines == 0 {
                self.space = true;
            }
        }
    }

    /// Writes the pending break or space; from here on, content has started.
    fn flush_pending(&mut self) {
        if self.started {
            if self.newlines > 0 {
                append_text(&mut self.out, &"\n".repeat(self.newlines));
            } else if self.space {
                append_text(&mut self.out, " ");
            }
        }
        self.newlines = 0;
        self.space = false;
        self.started = true;
    }

    /// Writes text content, preceded by the pending break or space.
    fn write(&mut self, s: &str) {
        if !s.is_empty() {
            self.flush_pending();
            append_text(&mut self.out, s);
        }
    }

    fn push_segment(&mut self, segment: Segment) {
        self.flush_pending();
        self.out.push(segment);
    }

    fn close_link(&mut self) {
        let Some(link) = self.link.take() else {
            return;
        };
        self.spans.truncate(link.span_base);
        let shown = link.text.trim_matches(is_html_space);
        if shown.is_empty() {
            return;
        }
        if link.text.starts_with(is_html_space) && self.started && self.newlines == 0 {
            self.space = true;
        }
        match link.url {
            None => self.write(shown),
            Some(url) => {
                let segment = if let Some(tag) = shown
                    .strip_prefix('#')
                    .filter(|t| link.hashtag && !t.is_empty())
                {
                    Segment::Hashtag {
                        tag: tag.to_string(),
                        url,
                    }
                } else if let Some(handle) = shown
                    .strip_prefix('@')
                    .filter(|h| link.mention && !h.is_empty())
                {
                    Segment::Mention {
                        handle: handle.to_string(),
                        url,
                    }
                } else {
                    Segment::Link {
                        text: shown.to_string(),
                        url,
                    }
                };
                self.push_segment(segment);
            }
        }
        if link.text.ends_with(is_html_space) {
            self.space = true;
        }
    }

    fn finish(mut self) -> Vec<Segment> {
        self.close_link();
        trim_segments(&mut self.out);
        self.out
    }
}

/// Appends to the last Text segment, or starts one.
fn append_text(out: &mut Vec<Segment>, s: &str) {
    if s.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Segment::Text { text }) => text.push_str(s),
        _ => out.push(Segment::Text {
            text: s.to_string(),
        }),
    }
}

/// HTML's ASCII whitespace (not U+00A0, which `&nbsp;` decodes to).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// Appends `s` to link text with runs of whitespace collapsed to one space.
fn push_collapsed(into: &mut String, s: &str) {
    for c in s.chars() {
        if is_html_space(c) {
            if !into.ends_with(' ') {
                into.push(' ');
            }
        } else {
            into.push(c);
        }
    }
}

/// The href as a link target when `crate::url` deems it safe; None otherwise
/// (`javascript:`, `data:`, relative, empty). An attribute's value may be surrounded by
/// spaces (HTML allows it, browsers strip them), so they are trimmed first.
fn safe_href(href: &str) -> Option<String> {
    crate::url::safe_url(href.trim_matches(is_html_space)).map(str::to_string)
}

#[cfg(test)]
mod tests;
