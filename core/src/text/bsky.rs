//! Bluesky rich text: a post's `text` plus its facets into Segments. Facets index the text in
//! UTF-8 **bytes** (`byteStart`/`byteEnd`), unlike X's code points, so an emoji before a link
//! (4 bytes, 1 code point, 2 UTF-16 units) must not shift it. Bluesky text is plain: nothing
//! in it is an HTML entity, so nothing is decoded.

use crate::model::Segment;

use super::trim_segments;

/// What a facet marks, from its first feature Unroll knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BskyFeature {
    /// `app.bsky.richtext.facet#link`: the target URI.
    Link { uri: String },
    /// `app.bsky.richtext.facet#mention`: the mentioned account's DID.
    Mention { did: String },
    /// `app.bsky.richtext.facet#tag`: the tag without "#".
    Tag { tag: String },
}

/// One facet: `[start, end)` in UTF-8 bytes of the post text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BskyFacet {
    pub start: usize,
    pub end: usize,
    pub feature: BskyFeature,
}

/// The profile page of a Bluesky account (by DID or handle).
pub fn bsky_profile_url(actor: &str) -> String {
    format!("https://bsky.app/profile/{}", encode_path_segment(actor))
}

/// The hashtag page on Bluesky.
pub fn bsky_hashtag_url(tag: &str) -> String {
    format!("https://bsky.app/hashtag/{}", encode_path_segment(tag))
}

/// Percent-encodes what may not stand in a URL path segment as it is (RFC 3986 `pchar`
/// keeps unreserved characters, ":" and "@"; everything else, including non-ASCII, is encoded
/// byte by byte), so a tag like "c/c++?" cannot change the path or start a query.
pub fn encode_path_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':' | b'@') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Segments of a Bluesky post: facets become Link (shown by the text as written, pointing at
/// the facet's http(s) URI), Mention ("@handle" as written, linked to the DID's profile) and Hashtag
/// segments; surrounding whitespace is trimmed.
///
/// Bad facets never panic and never garble the text: a facet whose range is empty,
/// reversed, starts past the end or does not fall on character boundaries is ignored (its
/// text stays plain); an end past the text is clamped to it; a facet overlapping an earlier
/// one is skipped.
pub fn segment_bsky(text: &str, facets: &[BskyFacet]) -> Vec<Segment> {
    let len = text.len();
    let mut spans: Vec<(usize, usize, &BskyFeature)> = facets
        .iter()
        .map(|f| (f.start, f.end.min(len), &f.feature))
        .filter(|&(s, e, _)| s < e && text.is_char_boundary(s) && text.is_char_boundary(e))
        .collect();
    crate::sort::sort_by_key(&mut spans, |&(s, _, _)| s);

    let mut out: Vec<Segment> = Vec::new();
    let mut cursor = 0;
    for (start, end, feature) in spans {
        if start < cursor {
            continue; // overlaps the previous facet
        }
        // Both offsets are checked char boundaries within the text: `get` cannot fail, and
        // would give None rather than panic if it did.
        let (Some(before), Some(written)) = (text.get(cursor..start), text.get(start..end)) else {
            continue;
        };
        push_text(&mut out, before);
        out.push(match feature {
            // Only http(s) targets are links; any other stays the text as written.
            BskyFeature::Link { uri } => match crate::url::safe_url(uri) {
                Some(url) => Segment::Link {
                    text: written.to_string(),
                    url: url.to_string(),
                },
                None => Segment::Text {
                    text: written.to_string(),
                },
            },
            BskyFeature::Mention { did } => {
                let handle = written.trim_start_matches(['@', '＠']).to_string();
                let actor = if did.is_empty() { &handle } else { did };
                Segment::Mention {
                    url: bsky_profile_url(actor),
                    handle,
                }
            }
            BskyFeature::Tag { tag } => {
                let tag = if tag.is_empty() {
                    written.trim_start_matches(['#', '＃']).to_string()
                } else {
                    tag.trim_start_matches(['#', '＃']).to_string()
                };
                Segment::Hashtag {
                    url: bsky_hashtag_url(&tag),
                    tag,
                }
            }
        });
        cursor = end;
    }
    push_text(&mut out, text.get(cursor..).unwrap_or(""));
    merge_texts(&mut out);
    trim_segments(&mut out);
    out
}

fn push_text(out: &mut Vec<Segment>, s: &str) {
    if !s.is_empty() {
        out.push(Segment::Text {
            text: s.to_string(),
        });
    }
}

/// Joins neighbouring Text segments (a link facet with no web target leaves its text as
/// Text).
fn merge_texts(segments: &mut Vec<Segment>) {
    let mut merged: Vec<Segment> = Vec::with_capacity(segments.len());
    for s in segments.drain(..) {
        match (merged.last_mut(), s) {
            (Some(Segment::Text { text }), Segment::Text { text: more }) => text.push_str(&more),
            (_, s) => merged.push(s),
        }
    }
    *segments = merged;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Segment {
        Segment::Text { text: s.into() }
    }

    fn link(start: usize, end: usize, uri: &str) -> BskyFacet {
        BskyFacet {
            start,
            end,
            feature: BskyFeature::Link { uri: uri.into() },
        }
    }

    #[test]
    fn an_emoji_before_a_link_does_not_shift_it() {
        // "🦋 " is 5 bytes but 2 code points: facets count the bytes.
        let t = "🦋 see example.com/a ok";
        assert_eq!(t.find("example").unwrap(), 9);
        let segs = segment_bsky(t, &[link(9, 22, "https://example.com/a")]);
        assert_eq!(
            segs,
            [
                text("🦋 see "),
                Segment::Link {
                    text: "example.com/a".into(),
                    url: "https://example.com/a".into()
                },
                text(" ok"),
            ]
        );
    }

    #[test]
    fn mentions_and_tags_link_to_bluesky() {
        let t = "hi @alice.bsky.social #rust\u{200b} and #c/c++";
        let segs = segment_bsky(
            t,
            &[
                BskyFacet {
                    start: 3,
                    end: 21,
                    feature: BskyFeature::Mention {
                        did: "did:plc:abc".into(),
                    },
                },
                BskyFacet {
                    start: 22,
                    end: 27,
                    feature: BskyFeature::Tag { tag: "rust".into() },
                },
                BskyFacet {
                    start: 35,
                    end: 41,
                    feature: BskyFeature::Tag { tag: "".into() },
                },
            ],
        );
        assert_eq!(
            segs,
            [
                text("hi "),
                Segment::Mention {
                    handle: "alice.bsky.social".into(),
                    url: "https://bsky.app/profile/did:plc:abc".into()
                },
                text(" "),
                Segment::Hashtag {
                    tag: "rust".into(),
                    url: "https://bsky.app/hashtag/rust".into()
                },
                text("\u{200b} and "),
                Segment::Hashtag {
                    tag: "c/c++".into(),
                    url: "https://bsky.app/hashtag/c%2Fc%2B%2B".into()
                },
            ]
        );
    }

    #[test]
    fn bad_offsets_never_panic_and_leave_the_text_whole() {
        let t = "héllo 🎉 wörld";
        // 'é' is bytes 1..3, '🎉' 7..11: offsets inside them are not char boundaries.
        let facets = [
            link(2, 5, "https://mid-e"),
            link(8, 12, "https://mid-emoji"),
            link(100, 200, "https://past"),
            link(5, 3, "https://reversed"),
            link(4, 4, "https://empty"),
            link(12, 500, "https://clamped"),
            link(15, 16, "https://overlap"),
            link(usize::MAX - 1, usize::MAX, "https://max"),
        ];
        let segs = segment_bsky(t, &facets);
        assert_eq!(
            segs,
            [
                text("héllo 🎉 "),
                Segment::Link {
                    text: "wörld".into(),
                    url: "https://clamped".into()
                },
            ]
        );
        let plain: String = segs
            .iter()
            .map(|s| match s {
                Segment::Text { text } | Segment::Link { text, .. } => text.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(plain, t);
        assert!(segment_bsky("", &facets).is_empty());
    }

    #[test]
    fn text_is_never_entity_decoded() {
        let segs = segment_bsky("R&amp;D <b>", &[]);
        assert_eq!(segs, [text("R&amp;D <b>")]);
    }

    #[test]
    fn a_link_without_a_web_target_stays_text() {
        for uri in ["", "javascript:alert(1)", "data:text/html,x", "/relative"] {
            let segs = segment_bsky("a b c", &[link(2, 3, uri)]);
            assert_eq!(segs, [text("a b c")], "{uri}");
        }
    }
}
