//! X URLs the X importers (v2, v1.1, GraphQL) read and write: permalinks, links to statuses
//! found in text (quotes, a post's own media pages), large avatars, and the reply-mention
//! prefix.

use crate::text::XMention;

/// `https://x.com/<handle>/status/<id>`, or `https://x.com/i/web/status/<id>` when the
/// author is unknown.
pub(in crate::import) fn permalink(handle: Option<&str>, id: &str) -> String {
    match handle {
        Some(h) if !h.is_empty() => format!("https://x.com/{h}/status/{id}"),
        _ => format!("https://x.com/i/web/status/{id}"),
    }
}

/// A link to a post on X or Twitter, taken apart.
#[derive(Debug, PartialEq, Eq)]
pub(in crate::import) struct StatusLink {
    /// None for `/i/web/status/<id>`.
    pub handle: Option<String>,
    pub id: String,
    /// False for `/status/<id>/photo/1` and the like.
    pub rest_is_empty: bool,
}

/// `https://twitter.com/<handle>/status/<id>[/…]` (also x.com, www., mobile., http) taken
/// apart; None for any other URL.
pub(in crate::import) fn status_link(url: &str) -> Option<StatusLink> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let (host, path) = rest.split_once('/')?;
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("mobile."))
        .unwrap_or(host);
    if !host.eq_ignore_ascii_case("twitter.com") && !host.eq_ignore_ascii_case("x.com") {
        return None;
    }
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    let first = parts.next()?;
    let handle = if first == "i" {
        if parts.next()? != "web" {
            return None;
        }
        None
    } else {
        Some(first.to_string())
    };
    if parts.next()? != "status" {
        return None;
    }
    let id = parts.next()?;
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(StatusLink {
        handle,
        id: id.to_string(),
        rest_is_empty: parts.next().is_none(),
    })
}

/// Whether `url` is the media page of post `id` ("…/status/<id>/photo/1", "…/video/1"), as
/// the "pic.twitter.com" link of a post with media expands to.
pub(in crate::import) fn is_own_media_link(url: &str, id: &str) -> bool {
    let Some(link) = status_link(url) else {
        return false;
    };
    let rest = url.split(['?', '#']).next().unwrap_or(url);
    let is_media_page = rest.contains("/photo/") || rest.contains("/video/");
    link.id == id && !link.rest_is_empty && is_media_page
}

/// Whether the link at code point `start` of `text` is the "… https://t.co/…" that stands
/// for the rest of a post cut short (compat mode, a long post without `note_tweet`): it
/// expands to `/i/web/status/<own id>` and the text before it ends with "…". A post that
/// links to itself for another reason ("hey :) <link>") is not cut.
pub(in crate::import) fn is_cut_mark(
    text: &str,
    start: usize,
    expanded: &str,
    own_id: &str,
) -> bool {
    let read_more = status_link(expanded)
        .is_some_and(|l| l.id == own_id && l.handle.is_none() && l.rest_is_empty);
    if !read_more {
        return false;
    }
    let before = match text.char_indices().nth(start) {
        Some((at, _)) => text.get(..at).unwrap_or(text),
        None => text,
    };
    before.trim_end().ends_with('…')
}

/// The 400x400 variant of a profile image URL ("…_normal.jpg" → "…_400x400.jpg").
pub(in crate::import) fn large_avatar(url: &str) -> String {
    match url.rfind("_normal.") {
        Some(at) => format!(
            "{}_400x400.{}",
            url.get(..at).unwrap_or_default(),
            url.get(at + "_normal.".len()..).unwrap_or_default()
        ),
        None => url.to_string(),
    }
}

/// The display range of a reply that hides its leading run of mentions ("@a @b text" →
/// from "text"), as X shows replies; None when the text does not start with a mention.
/// Code points, like the entities.
pub(in crate::import) fn after_leading_mentions(
    text: &str,
    mentions: &[XMention],
) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut end = 0;
    loop {
        let mut next = end;
        while chars.get(next).is_some_and(|c| c.is_whitespace()) {
            next += 1;
        }
        match mentions.iter().find(|m| m.start == next && m.end > next) {
            Some(m) => end = m.end,
            None => break,
        }
    }
    (end > 0).then_some((end, chars.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_ellipsis_and_the_own_read_more_link_mark_a_cut_post() {
        let read_more = "https://twitter.com/i/web/status/7";
        assert!(is_cut_mark("Long wor… https://t.co/x", 10, read_more, "7"));
        assert!(is_cut_mark("Long wor…https://t.co/x", 9, read_more, "7"));
        assert!(!is_cut_mark("hey :) https://t.co/x", 7, read_more, "7"));
        assert!(!is_cut_mark("Long wor… https://t.co/x", 10, read_more, "8"));
        let named = "https://twitter.com/a/status/7";
        assert!(!is_cut_mark("Long wor… https://t.co/x", 10, named, "7"));
        assert!(
            is_cut_mark("é…", 99, read_more, "7"),
            "a range past the end"
        );
    }

    #[test]
    fn status_links_are_taken_apart() {
        assert_eq!(
            status_link("https://twitter.com/wongmjane/status/1576994746135764992?s=20"),
            Some(StatusLink {
                handle: Some("wongmjane".into()),
                id: "1576994746135764992".into(),
                rest_is_empty: true,
            })
        );
        let web = status_link("https://twitter.com/i/web/status/1576994746135764992").unwrap();
        assert_eq!(web.handle, None);
        assert!(status_link("https://example.com/a/status/1").is_none());
        assert!(status_link("https://x.com/a/likes").is_none());
        assert!(status_link("https://x.com/a/status/12ab").is_none());
    }

    #[test]
    fn own_media_pages_are_recognised() {
        let url = "https://twitter.com/k_sze/status/1388519437158916099/photo/1";
        assert!(is_own_media_link(url, "1388519437158916099"));
        assert!(!is_own_media_link(url, "1"));
        assert!(!is_own_media_link(
            "https://twitter.com/k_sze/status/1388519437158916099",
            "1388519437158916099"
        ));
    }

    #[test]
    fn avatars_are_enlarged() {
        assert_eq!(
            large_avatar("https://pbs.twimg.com/profile_images/4839/AMCr6Vsd_normal.jpeg"),
            "https://pbs.twimg.com/profile_images/4839/AMCr6Vsd_400x400.jpeg"
        );
        assert_eq!(large_avatar("https://a.b/c.png"), "https://a.b/c.png");
    }

    #[test]
    fn leading_reply_mentions_are_skipped() {
        let m = |start, end| XMention {
            start,
            end,
            handle: String::new(),
            id: None,
        };
        let text = "@ab @cd hello @ef";
        let mentions = [m(0, 3), m(4, 7), m(14, 17)];
        assert_eq!(after_leading_mentions(text, &mentions), Some((7, 17)));
        assert_eq!(after_leading_mentions("hello @ef", &[m(6, 9)]), None);
    }
}
