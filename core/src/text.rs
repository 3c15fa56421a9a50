//! Text segmentation: turns a source's raw text plus its entity ranges into model Segments.
//! Owns HTML-entity decoding (exactly once) and the index units each source uses
//! (X: Unicode code points of the raw, still entity-encoded text — measured on the real
//! archives in `assets/samples`: every URL entity's `indices` and every `display_text_range`
//! line up with code points of `full_text` *before* "&amp;" is decoded; Bluesky: UTF-8
//! bytes, see `bsky`). Mastodon's HTML content is converted by `html_segments`, its custom
//! emoji by `emoji`.

mod bsky;
mod emoji;
mod html;
mod html_segments;
mod mention;
mod unescaped;

pub use bsky::{bsky_profile_url, encode_path_segment, segment_bsky, BskyFacet, BskyFeature};
pub use emoji::with_emojis;
pub use html::decode_entities;
pub use html_segments::{html_to_segments, HtmlOptions};
pub use unescaped::segment_x_unescaped;

use crate::model::Segment;

/// A URL entity of an X post: `[start, end)` in code points of the raw text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XUrl {
    pub start: usize,
    pub end: usize,
    /// "example.com/path…"
    pub display: String,
    /// The real target (v2: prefer `unwound_url`, then `expanded_url`).
    pub expanded: String,
}

/// A mention entity of an X post. The segment shows the handle as the author typed it (the
/// text at `start..end`), not `handle` (the account's current spelling), and links by `id`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XMention {
    pub start: usize,
    pub end: usize,
    /// The account's screen name as the source lists it.
    pub handle: String,
    /// The account's numeric id, when the source gives it.
    pub id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XHashtag {
    pub start: usize,
    pub end: usize,
    pub tag: String,
}

/// The entities of one X post, in code-point indices of the raw (still entity-encoded) text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XEntities {
    pub urls: Vec<XUrl>,
    pub mentions: Vec<XMention>,
    pub hashtags: Vec<XHashtag>,
    /// Ranges of media links ("pic.x.com/…"): removed from the text, the media is shown instead.
    /// Importers also put other links here that must vanish from the text (a quoted post's
    /// trailing link, shown as a card instead).
    pub media: Vec<(usize, usize)>,
}

/// The profile URL of an X handle.
pub fn x_profile_url(handle: &str) -> String {
    concat(&["https://x.com/", handle])
}

/// The hashtag search URL on X.
pub fn x_hashtag_url(tag: &str) -> String {
    concat(&["https://x.com/hashtag/", tag])
}

/// `parts` joined, for strings made once per post: `format!` goes through the formatting
/// machinery, which in the wasm build took several times as long.
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// What an entity range becomes.
enum Span<'a> {
    Url(&'a XUrl),
    Mention(&'a XMention),
    Hashtag(&'a XHashtag),
    Drop,
}

/// Segments of an X post's raw text: only the `display_range` part (code points; None = all),
/// entities turned into Link/Mention/Hashtag segments, HTML entities decoded exactly once,
/// media links dropped, surrounding whitespace trimmed.
///
/// Bad indices never panic: ranges past the end are clamped, empty or reversed ranges and
/// ranges overlapping an earlier entity are skipped, and an entity reaching outside the
/// display range is left out (its visible part stays as text).
pub fn segment_x(
    raw: &str,
    display_range: Option<(usize, usize)>,
    entities: &XEntities,
) -> Vec<Segment> {
    let mut points = CodePoints::new(raw);
    let n = points.count;
    // Code-point offsets map to char boundaries, and callers keep from <= to; `get` keeps
    // even a broken invariant from panicking.
    let mut slice = |from: usize, to: usize| {
        let from = points.byte_at(from);
        raw.get(from..points.byte_at(to)).unwrap_or("")
    };

    let (lo, hi) = match display_range {
        Some((s, e)) if s <= e => (s.min(n), e.min(n)),
        // A reversed range says nothing trustworthy: show everything.
        _ => (0, n),
    };

    let mut spans: Vec<(usize, usize, Span<'_>)> = Vec::with_capacity(
        entities.urls.len()
            + entities.mentions.len()
            + entities.hashtags.len()
            + entities.media.len(),
    );
    spans.extend(entities.media.iter().map(|&(s, e)| (s, e, Span::Drop)));
    spans.extend(entities.urls.iter().map(|u| (u.start, u.end, Span::Url(u))));
    spans.extend(
        entities
            .mentions
            .iter()
            .map(|m| (m.start, m.end, Span::Mention(m))),
    );
    spans.extend(
        entities
            .hashtags
            .iter()
            .map(|h| (h.start, h.end, Span::Hashtag(h))),
    );
    // An entity running past the text ends with it; one reaching outside the display range
    // is left out. Media first at equal starts (the sort is stable), so a link that is also
    // media is dropped.
    for (_, e, _) in spans.iter_mut() {
        *e = (*e).min(n);
    }
    spans.retain(|(s, e, _)| s < e && *s >= lo && *e <= hi);
    crate::sort::sort_by_key(&mut spans, |(s, _, _)| *s);

    let mut out: Vec<Segment> = Vec::new();
    let mut cursor = lo;
    for (start, end, span) in spans {
        if start < cursor {
            continue; // overlaps the previous entity
        }
        push_text(&mut out, slice(cursor, start));
        let original = slice(start, end);
        match span {
            Span::Drop => {}
            Span::Url(u) => {
                let url = if u.expanded.is_empty() {
                    decode_entities(original)
                } else {
                    u.expanded.clone()
                };
                let text = if u.display.is_empty() {
                    url.clone()
                } else {
                    decode_entities(&u.display)
                };
                out.push(Segment::Link { text, url });
            }
            Span::Mention(m) => out.push(mention::segment(m, original)),
            Span::Hashtag(h) => {
                let tag = if h.tag.is_empty() {
                    strip_sigil(original, &['#', '＃'])
                } else {
                    h.tag.clone()
                };
                let url = x_hashtag_url(&tag);
                out.push(Segment::Hashtag { tag, url });
            }
        }
        cursor = end;
    }
    push_text(&mut out, slice(cursor, hi));
    trim_segments(&mut out);
    out
}

/// Where code points start in a text, as byte offsets: X counts entity indices in code
/// points. Found by walking on from the last one asked (`segment_x` asks in increasing
/// order), or directly when the text is ASCII, so no table of every offset is built.
struct CodePoints<'a> {
    bytes: &'a [u8],
    ascii: bool,
    /// How many code points the text has.
    count: usize,
    /// The last code point asked for, and its byte offset.
    at: (usize, usize),
}

impl<'a> CodePoints<'a> {
    fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        CodePoints {
            bytes: text.as_bytes(),
            ascii,
            count: if ascii {
                text.len()
            } else {
                text.chars().count()
            },
            at: (0, 0),
        }
    }

    /// The byte offset of code point `cp` (the text's end past the last).
    fn byte_at(&mut self, cp: usize) -> usize {
        let cp = cp.min(self.count);
        if self.ascii {
            return cp;
        }
        if cp < self.at.0 {
            self.at = (0, 0);
        }
        let (mut point, mut byte) = self.at;
        while point < cp {
            // A lead byte says how long its code point is (the text is valid UTF-8).
            byte += match self.bytes.get(byte) {
                Some(&b) if b < 0xE0 => 1 + usize::from(b >= 0x80),
                Some(&b) if b < 0xF0 => 3,
                _ => 4,
            };
            point += 1;
        }
        self.at = (point, byte);
        byte.min(self.bytes.len())
    }
}

fn strip_sigil(s: &str, sigils: &[char]) -> String {
    s.trim_start_matches(sigils).to_string()
}

/// Appends decoded text, merging with a preceding Text segment.
fn push_text(out: &mut Vec<Segment>, raw: &str) {
    if raw.is_empty() {
        return;
    }
    let decoded = decode_entities(raw);
    if let Some(Segment::Text { text }) = out.last_mut() {
        text.push_str(&decoded);
    } else {
        out.push(Segment::Text { text: decoded });
    }
}

/// Trims whitespace at the start of the first and the end of the last segment, dropping
/// Text segments left empty.
pub fn trim_segments(segments: &mut Vec<Segment>) {
    while let Some(Segment::Text { text }) = segments.first_mut() {
        let trimmed = text.trim_start();
        if trimmed.is_empty() {
            segments.remove(0);
        } else {
            if trimmed.len() != text.len() {
                *text = trimmed.to_string();
            }
            break;
        }
    }
    while let Some(Segment::Text { text }) = segments.last_mut() {
        let trimmed_len = text.trim_end().len();
        if trimmed_len == 0 {
            segments.pop();
        } else {
            text.truncate(trimmed_len);
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Segment {
        Segment::Text { text: s.into() }
    }

    fn url(start: usize, end: usize, display: &str, expanded: &str) -> XUrl {
        XUrl {
            start,
            end,
            display: display.into(),
            expanded: expanded.into(),
        }
    }

    #[test]
    fn code_points_map_to_the_bytes_char_indices_gives() {
        for text in ["", "plain ascii", "añb€c😀d", "😀😀 日本語 ok", "é"] {
            let mut offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            offsets.push(text.len());
            let mut points = CodePoints::new(text);
            assert_eq!(points.count, offsets.len() - 1, "{text:?}");
            // In order, then backwards (a restart), and past the end (clamped).
            let order: Vec<usize> = (0..offsets.len()).chain((0..offsets.len()).rev()).collect();
            for cp in order {
                assert_eq!(points.byte_at(cp), offsets[cp], "{text:?} code point {cp}");
            }
            assert_eq!(points.byte_at(offsets.len() + 3), text.len(), "{text:?}");
        }
    }

    #[test]
    fn emoji_before_link_counts_code_points() {
        // "😀 " is 2 code points but 5 bytes and 3 UTF-16 units.
        let raw = "😀 https://t.co/x";
        let e = XEntities {
            urls: vec![url(2, 16, "example.com", "https://example.com/")],
            ..Default::default()
        };
        assert_eq!(
            segment_x(raw, None, &e),
            vec![
                text("😀 "),
                Segment::Link {
                    text: "example.com".into(),
                    url: "https://example.com/".into()
                }
            ]
        );
    }

    #[test]
    fn amp_before_link_uses_encoded_indices() {
        let raw = "R&amp;D https://t.co/x";
        let e = XEntities {
            urls: vec![url(8, 22, "ex.com", "https://ex.com")],
            ..Default::default()
        };
        let segs = segment_x(raw, Some((0, 22)), &e);
        assert_eq!(segs[0], text("R&D "));
        assert!(matches!(&segs[1], Segment::Link { url, .. } if url == "https://ex.com"));
    }

    #[test]
    fn hides_leading_mentions_and_media() {
        let raw = "@a @b hello #tag @c https://t.co/m";
        let e = XEntities {
            mentions: vec![
                XMention {
                    start: 0,
                    end: 2,
                    handle: "a".into(),
                    id: None,
                },
                XMention {
                    start: 3,
                    end: 5,
                    handle: "b".into(),
                    id: None,
                },
                XMention {
                    start: 17,
                    end: 19,
                    handle: "c".into(),
                    id: None,
                },
            ],
            hashtags: vec![XHashtag {
                start: 12,
                end: 16,
                tag: "tag".into(),
            }],
            media: vec![(20, 34)],
            ..Default::default()
        };
        assert_eq!(
            segment_x(raw, Some((6, 34)), &e),
            vec![
                text("hello "),
                Segment::Hashtag {
                    tag: "tag".into(),
                    url: "https://x.com/hashtag/tag".into()
                },
                text(" "),
                Segment::Mention {
                    handle: "c".into(),
                    url: "https://x.com/c".into()
                },
            ]
        );
    }

    #[test]
    fn bad_indices_never_panic() {
        let raw = "héllo wörld 🎉";
        let e = XEntities {
            urls: vec![
                url(100, 200, "x", "https://x"),
                url(5, 2, "x", "https://x"),
                url(0, 3, "a", "https://a"),
                url(1, 4, "overlap", "https://o"),
            ],
            mentions: vec![XMention {
                start: 12,
                end: 99,
                handle: "z".into(),
                id: None,
            }],
            hashtags: vec![XHashtag {
                start: 3,
                end: 3,
                tag: "".into(),
            }],
            media: vec![(usize::MAX - 1, usize::MAX)],
        };
        for range in [
            None,
            Some((0, 1000)),
            Some((9, 3)),
            Some((50, 60)),
            Some((13, 14)),
        ] {
            let _ = segment_x(raw, range, &e);
        }
        let segs = segment_x(raw, Some((0, 1000)), &e);
        assert_eq!(
            segs[0],
            Segment::Link {
                text: "a".into(),
                url: "https://a".into()
            }
        );
        assert_eq!(segs[1], text("lo wörld "));
        // The mention running past the end is clamped to it.
        assert!(matches!(&segs[2], Segment::Mention { handle, .. } if handle == "z"));
        assert_eq!(segs.len(), 3);
        assert!(segment_x("", Some((3, 5)), &e).is_empty());
    }

    #[test]
    fn empty_fields_fall_back_to_the_raw_text() {
        let raw = "see https://t.co/x #rust @ann";
        let e = XEntities {
            urls: vec![url(4, 18, "", "")],
            hashtags: vec![XHashtag {
                start: 19,
                end: 24,
                tag: "".into(),
            }],
            mentions: vec![XMention {
                start: 25,
                end: 29,
                handle: "".into(),
                id: None,
            }],
            ..Default::default()
        };
        let segs = segment_x(raw, None, &e);
        assert_eq!(
            segs[1],
            Segment::Link {
                text: "https://t.co/x".into(),
                url: "https://t.co/x".into()
            }
        );
        assert!(matches!(&segs[3], Segment::Hashtag { tag, .. } if tag == "rust"));
        assert!(matches!(&segs[5], Segment::Mention { handle, .. } if handle == "ann"));
    }
}
