//! Segmentation of X text that is NOT entity-encoded: the full text of long posts
//! (`note-tweet.js` in archives, `note_tweet` in GraphQL) arrives as typed, so "&lt;" there
//! is what the author wrote. `segment_x` decodes its input once, so such text is escaped
//! first ("&" → "&amp;", "<" → "&lt;", ">" → "&gt;") and the entity ranges moved with it;
//! the one decode then gives the text back exactly as written.

use super::{segment_x, XEntities};
use crate::model::Segment;

/// Like [`segment_x`] for text that is not entity-encoded; ranges are code points of `text`.
pub fn segment_x_unescaped(
    text: &str,
    display_range: Option<(usize, usize)>,
    entities: &XEntities,
) -> Vec<Segment> {
    if !text.contains(['&', '<', '>']) {
        return segment_x(text, display_range, entities);
    }
    // shifted[i]: where code point i of `text` starts in the escaped text (code points).
    let mut escaped = String::with_capacity(text.len() + 16);
    let mut shifted: Vec<usize> = Vec::with_capacity(text.len() + 1);
    let mut at = 0;
    for c in text.chars() {
        shifted.push(at);
        let (s, len) = match c {
            '&' => ("&amp;", 5),
            '<' => ("&lt;", 4),
            '>' => ("&gt;", 4),
            _ => ("", 1),
        };
        if s.is_empty() {
            escaped.push(c);
        } else {
            escaped.push_str(s);
        }
        at += len;
    }
    let end = at;
    let count = shifted.len();
    // Indices past the end stay past it (segment_x clamps them).
    let map = |i: usize| {
        (shifted.get(i).copied()).unwrap_or_else(|| end.saturating_add(i.saturating_sub(count)))
    };
    let mut moved = entities.clone();
    for u in &mut moved.urls {
        (u.start, u.end) = (map(u.start), map(u.end));
    }
    for m in &mut moved.mentions {
        (m.start, m.end) = (map(m.start), map(m.end));
    }
    for h in &mut moved.hashtags {
        (h.start, h.end) = (map(h.start), map(h.end));
    }
    for r in &mut moved.media {
        *r = (map(r.0), map(r.1));
    }
    segment_x(
        &escaped,
        display_range.map(|(s, e)| (map(s), map(e))),
        &moved,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{XHashtag, XUrl};

    #[test]
    fn typed_entities_stay_as_written_and_ranges_follow() {
        // "a<b> & &amp; #tag https://t.co/x": the tag at 13..17, the link at 18..32.
        let text = "a<b> & &amp; #tag https://t.co/x";
        let e = XEntities {
            hashtags: vec![XHashtag {
                start: 13,
                end: 17,
                tag: "tag".into(),
            }],
            urls: vec![XUrl {
                start: 18,
                end: 32,
                display: "ex.com".into(),
                expanded: "https://ex.com".into(),
            }],
            ..Default::default()
        };
        assert_eq!(
            segment_x_unescaped(text, None, &e),
            [
                Segment::Text {
                    text: "a<b> & &amp; ".into()
                },
                Segment::Hashtag {
                    tag: "tag".into(),
                    url: "https://x.com/hashtag/tag".into()
                },
                Segment::Text { text: " ".into() },
                Segment::Link {
                    text: "ex.com".into(),
                    url: "https://ex.com".into()
                },
            ]
        );
        // A display range cuts at the same characters it names in `text`.
        assert_eq!(
            segment_x_unescaped("<a> b", Some((0, 3)), &XEntities::default()),
            [Segment::Text { text: "<a>".into() }]
        );
        // Ranges past the end are clamped, never a panic.
        let far = XEntities {
            media: vec![(40, 90), (usize::MAX - 1, usize::MAX)],
            ..Default::default()
        };
        assert_eq!(
            segment_x_unescaped("&", Some((0, 99)), &far),
            [Segment::Text { text: "&".into() }]
        );
    }
}
