//! Lays a post's segments out as paragraphs of inline pieces: a blank line starts a new
//! paragraph, a single newline is a line break, and links keep an `href` (custom emoji
//! their image) only when `crate::url` deems it safe. The page maps the pieces to nodes
//! one for one; the layout rules are decided, and tested, here.

use crate::model::Segment;
use crate::url::safe_url;

/// One piece of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Break,
    Link {
        kind: LinkKind,
        text: String,
        /// None when the source's target is not a safe http(s) URL: shown as text then.
        href: Option<String>,
    },
    /// A custom emoji, shown as its image at text size.
    Emoji {
        /// Without colons.
        shortcode: String,
        /// None when the image URL is not a safe http(s) URL: ":shortcode:" is shown then.
        src: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Url,
    Mention,
    Hashtag,
}

pub type Paragraph = Vec<Inline>;

#[derive(Default)]
struct Builder {
    paragraphs: Vec<Paragraph>,
    current: Paragraph,
    text: String,
    /// Newlines seen since the last visible character.
    newlines: usize,
}

impl Builder {
    fn flush_text(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let mut text = std::mem::take(&mut self.text);
        if self.current.is_empty() {
            text = text.trim_start().to_string();
        }
        if !text.is_empty() {
            self.current.push(Inline::Text(text));
        }
    }

    fn close_paragraph(&mut self) {
        self.flush_text();
        let mut p = std::mem::take(&mut self.current);
        while let Some(last) = p.last_mut() {
            match last {
                Inline::Break => {
                    p.pop();
                }
                Inline::Text(t) => {
                    let trimmed = t.trim_end().len();
                    if trimmed == 0 {
                        p.pop();
                    } else {
                        t.truncate(trimmed);
                        break;
                    }
                }
                Inline::Link { .. } | Inline::Emoji { .. } => break,
            }
        }
        if !p.is_empty() {
            self.paragraphs.push(p);
        }
    }

    /// Turns the newlines seen so far into a break or a paragraph end, before more content.
    fn settle_newlines(&mut self) {
        match self.newlines {
            0 => {}
            1 => {
                self.flush_text();
                if !self.current.is_empty() {
                    self.current.push(Inline::Break);
                }
            }
            _ => self.close_paragraph(),
        }
        self.newlines = 0;
    }

    fn push_text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\r' => {}
                '\n' => self.newlines += 1,
                // Indentation after a line break and spaces on blank lines carry nothing.
                c if c.is_whitespace() && self.newlines > 0 => {}
                c => {
                    self.settle_newlines();
                    self.text.push(c);
                }
            }
        }
    }

    fn push_emoji(&mut self, shortcode: &str, url: &str) {
        self.settle_newlines();
        self.flush_text();
        self.current.push(emoji(shortcode, url));
    }

    fn push_link(&mut self, kind: LinkKind, text: String, url: &str) {
        self.settle_newlines();
        self.flush_text();
        self.current.push(Inline::Link {
            kind,
            text,
            href: safe_url(url).map(str::to_string),
        });
    }
}

/// The paragraphs of `segments`; empty paragraphs are dropped.
pub fn paragraphs(segments: &[Segment]) -> Vec<Paragraph> {
    let mut b = Builder::default();
    for s in segments {
        match s {
            Segment::Text { text } => b.push_text(text),
            Segment::Link { text, url } => b.push_link(LinkKind::Url, text.clone(), url),
            Segment::Mention { handle, url } => {
                b.push_link(LinkKind::Mention, format!("@{handle}"), url)
            }
            Segment::Hashtag { tag, url } => b.push_link(LinkKind::Hashtag, format!("#{tag}"), url),
            Segment::Emoji { shortcode, url } => b.push_emoji(shortcode, url),
        }
    }
    b.close_paragraph();
    b.paragraphs
}

/// A custom emoji whose image shows only from a safe http(s) URL.
fn emoji(shortcode: &str, url: &str) -> Inline {
    Inline::Emoji {
        shortcode: shortcode.to_string(),
        src: safe_url(url).map(str::to_string),
    }
}

/// A display name's parts (text and custom emoji) as one line of inline pieces; any other
/// segment shows as its text.
pub fn name_line(parts: &[Segment]) -> Paragraph {
    let mut line: Paragraph = Vec::new();
    for part in parts {
        let piece = match part {
            Segment::Emoji { shortcode, url } => emoji(shortcode, url),
            Segment::Text { text } | Segment::Link { text, .. } => Inline::Text(text.clone()),
            Segment::Mention { handle, .. } => Inline::Text(format!("@{handle}")),
            Segment::Hashtag { tag, .. } => Inline::Text(format!("#{tag}")),
        };
        match (line.last_mut(), piece) {
            (Some(Inline::Text(t)), Inline::Text(more)) => t.push_str(&more),
            (_, piece) => line.push(piece),
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Segment {
        Segment::Text { text: t.into() }
    }

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn blank_lines_split_paragraphs_and_single_newlines_break_lines() {
        let p = paragraphs(&[text("One\ntwo\n\nThree\n\n\n  Four\r\n")]);
        assert_eq!(
            p,
            vec![
                vec![t("One"), Inline::Break, t("two")],
                vec![t("Three")],
                vec![t("Four")]
            ]
        );
    }

    #[test]
    fn leading_and_trailing_space_and_blank_lines_vanish() {
        assert_eq!(
            paragraphs(&[text("\n\n  Hi there  \n \n")]),
            vec![vec![t("Hi there")]]
        );
        assert!(paragraphs(&[text(" \n\n \n")]).is_empty());
        assert!(paragraphs(&[]).is_empty());
    }

    #[test]
    fn links_mentions_and_hashtags_stay_inline() {
        let p = paragraphs(&[
            text("Read "),
            Segment::Link {
                text: "example.com/a…".into(),
                url: "https://example.com/a/long".into(),
            },
            text(" by "),
            Segment::Mention {
                handle: "ann".into(),
                url: "https://x.com/ann".into(),
            },
            text("\n\n"),
            Segment::Hashtag {
                tag: "rust".into(),
                url: "https://x.com/hashtag/rust".into(),
            },
        ]);
        assert_eq!(
            p,
            vec![
                vec![
                    t("Read "),
                    Inline::Link {
                        kind: LinkKind::Url,
                        text: "example.com/a…".into(),
                        href: Some("https://example.com/a/long".into()),
                    },
                    t(" by "),
                    Inline::Link {
                        kind: LinkKind::Mention,
                        text: "@ann".into(),
                        href: Some("https://x.com/ann".into()),
                    },
                ],
                vec![Inline::Link {
                    kind: LinkKind::Hashtag,
                    text: "#rust".into(),
                    href: Some("https://x.com/hashtag/rust".into()),
                }],
            ]
        );
    }

    #[test]
    fn custom_emoji_sit_inline_and_unsafe_images_lose_their_src() {
        let e = |code: &str, url: &str| Segment::Emoji {
            shortcode: code.into(),
            url: url.into(),
        };
        let p = paragraphs(&[
            text("fields filled "),
            e("heart", "https://files.example/h.png"),
            text("\n"),
            e("bad", "javascript:alert(1)"),
        ]);
        assert_eq!(
            p,
            vec![vec![
                t("fields filled "),
                Inline::Emoji {
                    shortcode: "heart".into(),
                    src: Some("https://files.example/h.png".into()),
                },
                Inline::Break,
                Inline::Emoji {
                    shortcode: "bad".into(),
                    src: None,
                },
            ]]
        );
        assert_eq!(
            name_line(&[
                text("halcy "),
                e("ico", "https://e.example/i.png"),
                text("!")
            ]),
            vec![
                t("halcy "),
                Inline::Emoji {
                    shortcode: "ico".into(),
                    src: Some("https://e.example/i.png".into()),
                },
                t("!"),
            ]
        );
    }

    #[test]
    fn a_newline_split_across_segments_still_splits() {
        let p = paragraphs(&[text("a\n"), text("\nb")]);
        assert_eq!(p, vec![vec![t("a")], vec![t("b")]]);
    }

    #[test]
    fn unsafe_targets_lose_their_href_and_markup_stays_text() {
        let p = paragraphs(&[
            text("<script>alert(1)</script> "),
            Segment::Link {
                text: "click".into(),
                url: "javascript:alert(1)".into(),
            },
        ]);
        assert_eq!(
            p,
            vec![vec![
                t("<script>alert(1)</script> "),
                Inline::Link {
                    kind: LinkKind::Url,
                    text: "click".into(),
                    href: None,
                },
            ]]
        );
    }
}
