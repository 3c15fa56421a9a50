//! How a post and its author show outside the post's own body: the text a post gives
//! excerpts (a content warning stands in for the text it hides), display names with their
//! custom emoji, a file attachment as a link with its label, the words naming media, a link
//! card's domain, and a link shown as its own text.

use crate::model::{Author, Media, MediaKind, Post, Segment};
use crate::text::with_emojis;

/// The label a content warning's summary and excerpts start with.
pub const CW_LABEL: &str = "CW:";

/// The text `post` gives an excerpt (the sidebar, the library list, anything shown outside
/// the post's own warning toggle): "CW: <warning>" for a post behind a content warning,
/// never the text it hides; else the post's plain text.
pub fn excerpt_text(post: &Post) -> String {
    match content_warning(post) {
        Some(warning) => format!("{CW_LABEL} {warning}"),
        None => post.plain_text(),
    }
}

/// The post's content warning, trimmed; None when it has none or it is blank.
pub fn content_warning(post: &Post) -> Option<&str> {
    post.content_warning
        .as_deref()
        .map(str::trim)
        .filter(|w| !w.is_empty())
}

/// The author's display name as text and custom emoji (`Text` and `Emoji` segments).
pub fn name_parts(author: &Author) -> Vec<Segment> {
    let name = vec![Segment::Text {
        text: author.display_name.clone(),
    }];
    with_emojis(name, &author.emojis)
}

/// What a file attachment's link is introduced by.
pub const FILE_KIND_LABEL: &str = "Attachment:";

/// A file attachment (`MediaKind::File`) ready to show as a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileView {
    /// The link's text: the author's description of the file, else its name.
    pub label: String,
    /// "name.svg · example.org": which file and where, beside a description; None when the
    /// label already is the name or nothing is known.
    pub detail: Option<String>,
}

/// The label of the file `media` links to.
pub fn file_view(media: &Media) -> FileView {
    let link = media.link.as_deref().unwrap_or_default();
    let name = file_name(link);
    let host = domain_label(link);
    match alt_text(media) {
        Some(d) => FileView {
            label: d.to_string(),
            detail: match (name, host) {
                (Some(n), Some(h)) => Some(format!("{n} · {h}")),
                (Some(n), None) => Some(n),
                (None, h) => h,
            },
        },
        None => FileView {
            label: name.or(host).unwrap_or_else(|| "Attachment".to_string()),
            detail: None,
        },
    }
}

/// The author's description of a photo, video or file, trimmed: the caption and alt text.
/// None when it is blank.
pub fn alt_text(media: &Media) -> Option<&str> {
    media
        .alt
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
}

/// What names a video or GIF played in place: its description, else "Video" or "GIF".
pub fn video_label(media: &Media) -> String {
    let fallback = match media.kind {
        MediaKind::Gif => "GIF",
        _ => "Video",
    };
    alt_text(media).unwrap_or(fallback).to_string()
}

/// A link shown as its own text: "x.com/ann/status/1" for "https://x.com/ann/status/1".
pub fn shown_url(url: &str) -> &str {
    url.split_once("://").map_or(url, |(_, rest)| rest)
}

/// The host of a link, for a link card: "example.org" for "http://www.example.org/a"
/// (lower-cased, without "www.", port or credentials); None when `url` is not a safe URL
/// (`crate::url`).
pub fn domain_label(url: &str) -> Option<String> {
    let host = crate::url::host(url)?;
    let host = match host.rsplit_once(':') {
        Some((h, port)) if !h.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    // ASCII only: hosts are ASCII (punycode) but for the odd IDN, which keeps its case.
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// The last path segment of an http(s) URL, without query or fragment.
fn file_name(url: &str) -> Option<String> {
    domain_label(url)?;
    let rest = url.split_once("://")?.1;
    let path = rest.split(['?', '#']).next().unwrap_or_default();
    let (_, after_host) = path.split_once('/')?;
    let last = after_host.rsplit('/').next().unwrap_or_default();
    (!last.is_empty()).then(|| last.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CustomEmoji;

    fn file(link: &str, alt: Option<&str>) -> Media {
        Media {
            kind: MediaKind::File,
            link: Some(link.into()),
            alt: alt.map(str::to_string),
            ..Media::default()
        }
    }

    #[test]
    fn domains_of_card_links() {
        assert_eq!(
            domain_label("https://www.Mashable.com/article/x?y#z").as_deref(),
            Some("mashable.com")
        );
        assert_eq!(
            domain_label("http://example.org/").as_deref(),
            Some("example.org")
        );
        assert_eq!(
            domain_label("http://user:pw@localhost:3000/@a").as_deref(),
            Some("localhost")
        );
        assert_eq!(domain_label("javascript:alert(1)"), None);
        assert_eq!(domain_label("https://"), None);
        assert_eq!(domain_label("ftp://example.org"), None);
        assert_eq!(
            domain_label("http://é.example/").as_deref(),
            Some("é.example")
        );
    }

    #[test]
    fn files_are_labelled_by_description_then_name() {
        let f = file("https://e.example/a/b/sloth.svg?x=1#y", Some(" Line art "));
        assert_eq!(
            file_view(&f),
            FileView {
                label: "Line art".into(),
                detail: Some("sloth.svg · e.example".into())
            }
        );
        let bare = file("https://e.example/a/song.mp3", None);
        assert_eq!(file_view(&bare).label, "song.mp3");
        assert_eq!(
            file_view(&file("https://e.example/", None)).label,
            "e.example"
        );
        assert_eq!(file_view(&file("javascript:x", None)).label, "Attachment");
    }

    #[test]
    fn videos_are_named_by_their_description_else_their_kind() {
        let media = |kind, alt: Option<&str>| Media {
            kind,
            alt: alt.map(str::to_string),
            ..Media::default()
        };
        let described = media(MediaKind::Video, Some(" Soldering "));
        assert_eq!(alt_text(&described), Some("Soldering"));
        assert_eq!(video_label(&described), "Soldering");
        assert_eq!(video_label(&media(MediaKind::Gif, Some(" "))), "GIF");
        assert_eq!(alt_text(&media(MediaKind::Gif, Some(" "))), None);
        assert_eq!(video_label(&media(MediaKind::Video, None)), "Video");
        assert_eq!(
            shown_url("https://x.com/ann/status/1"),
            "x.com/ann/status/1"
        );
        assert_eq!(shown_url("no scheme"), "no scheme");
    }

    #[test]
    fn names_show_their_emoji_and_warnings_replace_text() {
        let author = Author {
            display_name: "halcy :ico:".into(),
            emojis: vec![CustomEmoji {
                shortcode: "ico".into(),
                url: "https://e.example/i.png".into(),
            }],
            ..Author::default()
        };
        assert_eq!(
            name_parts(&author),
            [
                Segment::Text {
                    text: "halcy ".into()
                },
                Segment::Emoji {
                    shortcode: "ico".into(),
                    url: "https://e.example/i.png".into()
                }
            ]
        );
        let mut post = Post {
            segments: vec![Segment::Text {
                text: "hidden".into(),
            }],
            content_warning: Some("  spoilers ".into()),
            ..Post::default()
        };
        assert_eq!(excerpt_text(&post), "CW: spoilers");
        post.content_warning = Some(" ".into());
        assert_eq!(excerpt_text(&post), "hidden");
    }
}
