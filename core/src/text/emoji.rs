//! Custom emoji in text: each `:shortcode:` that names one of a post's (or a display name's)
//! emoji becomes an `Emoji` segment; every other colon stays text.

use std::collections::HashMap;

use crate::model::{CustomEmoji, Segment};

/// `segments` with every `:shortcode:` of `emojis` inside their text runs made an `Emoji`
/// segment. Links, mentions and hashtags are left whole: a shortcode in a link's display
/// text is part of the link.
pub fn with_emojis(segments: Vec<Segment>, emojis: &[CustomEmoji]) -> Vec<Segment> {
    if emojis.is_empty() {
        return segments;
    }
    let by_code: HashMap<&str, &str> = emojis
        .iter()
        .map(|e| (e.shortcode.as_str(), e.url.as_str()))
        .collect();
    let mut out = Vec::with_capacity(segments.len());
    for segment in segments {
        match segment {
            Segment::Text { text } => split_into(&text, &by_code, &mut out),
            other => out.push(other),
        }
    }
    out
}

/// Pushes the pieces of `text` onto `out`: text runs and the emoji between them.
fn split_into(text: &str, by_code: &HashMap<&str, &str>, out: &mut Vec<Segment>) {
    let mut run_start = 0;
    let mut search = 0;
    while let Some(open) = text
        .get(search..)
        .and_then(|t| t.find(':'))
        .map(|i| i + search)
    {
        let after = open + 1;
        let Some(close) = text
            .get(after..)
            .and_then(|t| t.find(':'))
            .map(|i| i + after)
        else {
            break;
        };
        let code = text.get(after..close).unwrap_or_default();
        match by_code.get(code) {
            Some(url) if !code.is_empty() => {
                push_text(out, text.get(run_start..open).unwrap_or_default());
                out.push(Segment::Emoji {
                    shortcode: code.to_string(),
                    url: (*url).to_string(),
                });
                run_start = close + 1;
                search = close + 1;
            }
            // Not an emoji: the closing colon may open the next one ("a: :b:").
            _ => search = close,
        }
    }
    push_text(out, text.get(run_start..).unwrap_or_default());
}

fn push_text(out: &mut Vec<Segment>, s: &str) {
    if s.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Segment::Text { text }) => text.push_str(s),
        _ => out.push(Segment::Text { text: s.into() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Segment {
        Segment::Text { text: s.into() }
    }

    fn emoji(code: &str) -> Segment {
        Segment::Emoji {
            shortcode: code.into(),
            url: format!("https://e.example/{code}.png"),
        }
    }

    fn known(codes: &[&str]) -> Vec<CustomEmoji> {
        codes
            .iter()
            .map(|c| CustomEmoji {
                shortcode: (*c).into(),
                url: format!("https://e.example/{c}.png"),
            })
            .collect()
    }

    #[test]
    fn known_shortcodes_become_emoji_and_other_colons_stay_text() {
        let got = with_emojis(
            vec![text("time: 10:30 :blob: :nope::blob:!")],
            &known(&["blob"]),
        );
        assert_eq!(
            got,
            [
                text("time: 10:30 "),
                emoji("blob"),
                text(" :nope:"),
                emoji("blob"),
                text("!")
            ]
        );
    }

    #[test]
    fn adjacent_emoji_and_multibyte_text_around_them() {
        let got = with_emojis(vec![text("é:a::b:ü")], &known(&["a", "b"]));
        assert_eq!(got, [text("é"), emoji("a"), emoji("b"), text("ü")]);
    }

    #[test]
    fn links_keep_their_text_and_no_emoji_leaves_text_alone() {
        let link = Segment::Link {
            text: ":a:".into(),
            url: "https://x.example".into(),
        };
        assert_eq!(with_emojis(vec![link.clone()], &known(&["a"])), [link]);
        assert_eq!(with_emojis(vec![text(":a:")], &[]), [text(":a:")]);
        assert_eq!(
            with_emojis(vec![text("::"), text(":")], &known(&["a"])),
            [text(":::")]
        );
    }
}
