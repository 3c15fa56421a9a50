//! The one conversion from an archive tweet (wire shape) into a model Post: text through
//! `text::segment_x`, media from `extended_entities` (through `x_v1::media`, shared with the
//! API formats), quotes from status links.

use super::notes::{self, Note};
use super::wire::{MediaEntity, Num, Size, Tweet};
use crate::import::x_v1::{self, Fields, MediaFields, Variant};
use crate::model::{Post, Quote, ReplyTo, SourceFormat};
use crate::text::{self, XEntities, XHashtag, XMention, XUrl};

/// The archive owner as the tweets will name it.
#[derive(Debug, Clone)]
pub(super) struct Owner {
    pub(super) id: String,
    /// Empty when unknown; permalinks then use X's handle-less `/i/status/<id>` form.
    pub(super) handle: String,
}

/// `https://x.com/<handle>/status/<id>` (or `https://x.com/i/status/<id>` without a handle).
pub(super) fn permalink(handle: &str, id: &str) -> String {
    let handle = if handle.is_empty() { "i" } else { handle };
    crate::text::concat(&["https://x.com/", handle, "/status/", id])
}

/// The tweet's own id (`id_str`, else `id`).
pub(super) fn tweet_id<'t>(t: &'t Tweet<'_>) -> Option<&'t str> {
    t.id_str.get().or_else(|| t.id.get())
}

pub(super) fn reply_status_id<'t>(t: &'t Tweet<'_>) -> Option<&'t str> {
    t.in_reply_to_status_id_str
        .get()
        .or_else(|| t.in_reply_to_status_id.get())
}

pub(super) fn reply_user_id<'t>(t: &'t Tweet<'_>) -> Option<&'t str> {
    t.in_reply_to_user_id_str
        .get()
        .or_else(|| t.in_reply_to_user_id.get())
}

/// (handle, status id) of an x.com / twitter.com status URL, e.g.
/// "https://twitter.com/felt/status/1587142459884130304?s=20" → ("felt", "1587142459884130304").
pub(super) fn parse_status_url(url: &str) -> Option<(&str, &str)> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/')?;
    let host = host.to_ascii_lowercase();
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("mobile."))
        .unwrap_or(&host);
    if host != "twitter.com" && host != "x.com" {
        return None;
    }
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut parts = path.split('/');
    let handle = parts.next()?;
    if parts.next()? != "status" {
        return None;
    }
    let id = parts.next()?;
    let valid_handle = !handle.is_empty()
        && handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let valid_id = !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
    (valid_handle && valid_id).then_some((handle, id))
}

/// X's pseudo language codes (media only, hashtags only, undetermined…) are not BCP 47.
fn real_lang(lang: Option<&str>) -> Option<String> {
    let lang = lang?;
    let pseudo =
        matches!(lang, "und" | "zxx" | "art") || (lang.len() == 3 && lang.starts_with('q'));
    (!pseudo).then(|| lang.to_string())
}

/// Converts one tweet; a long post's `note` (from note-tweet.js) gives its full text.
/// `Err` carries the message for an Invalid error (field, reason).
pub(super) fn convert(
    t: &Tweet,
    owner: &Owner,
    note: Option<&Note>,
) -> Result<Post, (&'static str, String)> {
    let id = tweet_id(t).ok_or(("id_str", "the tweet has no id".to_string()))?;
    let created_raw = t.created_at.get().unwrap_or("");
    let created_at = crate::time::parse_x_date(created_raw)
        .or_else(|| crate::time::parse_rfc3339(created_raw))
        .ok_or_else(|| {
            (
                "created_at",
                format!("not a date: {}", crate::error::quoted(created_raw)),
            )
        })?;
    let raw = t.full_text.get().or_else(|| t.text.get()).unwrap_or("");

    let mut entities = XEntities {
        urls: t
            .entities
            .urls
            .iter()
            .filter_map(|u| {
                let (start, end) = u.indices.get()?;
                Some(XUrl {
                    start,
                    end,
                    display: u.display_url.get().unwrap_or("").to_string(),
                    expanded: u
                        .expanded_url
                        .get()
                        .or_else(|| u.url.get())
                        .unwrap_or("")
                        .to_string(),
                })
            })
            .collect(),
        mentions: t
            .entities
            .user_mentions
            .iter()
            .filter_map(|m| {
                let (start, end) = m.indices.get()?;
                let handle = m.screen_name.get().unwrap_or("").to_string();
                let id = m.id_str.get().map(str::to_string);
                Some(XMention {
                    start,
                    end,
                    handle,
                    id,
                })
            })
            .collect(),
        hashtags: t
            .entities
            .hashtags
            .iter()
            .filter_map(|h| {
                let (start, end) = h.indices.get()?;
                let tag = h.text.get().unwrap_or("").to_string();
                Some(XHashtag { start, end, tag })
            })
            .collect(),
        media: Vec::new(),
    };
    let extended = t.extended_entities.as_ref().map(|e| e.media.as_slice());
    let media_src: &[MediaEntity] = match extended {
        Some(m) if !m.is_empty() => m,
        _ => &t.entities.media,
    };
    for m in t.entities.media.iter().chain(media_src) {
        if let Some(r) = m.indices.get() {
            if !entities.media.contains(&r) {
                entities.media.push(r);
            }
        }
    }

    let display = t.display_text_range.get();
    let quote = find_quote(t, id, &mut entities, display, raw);
    let segments = match note {
        Some(n) => notes::segments(n, quote.as_ref().and_then(|q| q.post_id.as_deref())),
        None => text::segment_x(raw, display, &entities),
    };

    let reply_to = reply_status_id(t).map(|post_id| ReplyTo {
        post_id: post_id.to_string(),
        user_id: reply_user_id(t).map(str::to_string),
        handle: t.in_reply_to_screen_name.get().map(str::to_string),
    });

    Ok(Post {
        id: id.to_string(),
        author_id: owner.id.clone(),
        created_at,
        segments,
        media: x_v1::media(media_src),
        reply_to,
        conversation_id: None,
        quote,
        is_repost: t.retweeted_status.is_some() || raw.starts_with("RT @"),
        lang: real_lang(t.lang.get()),
        permalink: permalink(&owner.handle, id),
        source: SourceFormat::XArchive,
        card: None,
        content_warning: None,
        poll: None,
        reposted_by: None,
        truncated: false,
        standalone: false,
    })
}

/// The quoted post: `quoted_status_permalink` when X gives it, else the last URL entity
/// linking to another post's status. When that link ends the visible text it is moved to
/// the dropped ranges, since the card shows it.
fn find_quote(
    t: &Tweet,
    own_id: &str,
    entities: &mut XEntities,
    display: Option<(usize, usize)>,
    raw: &str,
) -> Option<Quote> {
    let from_permalink = t
        .quoted_status_permalink
        .as_ref()
        .and_then(|q| q.expanded.get().or_else(|| q.url.get()))
        .and_then(parse_status_url)
        .filter(|(_, id)| *id != own_id);
    let from_urls = entities
        .urls
        .iter()
        .rev()
        .filter_map(|u| parse_status_url(&u.expanded))
        .find(|(_, id)| *id != own_id);
    let (handle, id) = from_permalink
        .or(from_urls)
        .map(|(h, i)| (h.to_string(), i.to_string()))?;
    let quote = Quote {
        permalink: permalink(&handle, &id),
        post_id: Some(id.clone()),
        author: None,
        created_at: None,
        segments: Vec::new(),
        media: Vec::new(),
    };

    // The URL entity of that status, if it is the last thing shown.
    let found = entities
        .urls
        .iter()
        .enumerate()
        .rev()
        .find(|(_, u)| parse_status_url(&u.expanded).is_some_and(|(_, i)| i == id))
        .map(|(idx, u)| (idx, u.start, u.end));
    if let Some((idx, start, end)) = found {
        let visible_end = display.map_or(usize::MAX, |(_, e)| e);
        if is_trailing(raw, end, visible_end, entities) {
            entities.urls.remove(idx);
            entities.media.push((start, end));
        }
    }
    Some(quote)
}

/// True when nothing but whitespace and dropped (media) ranges follows code point `end`
/// up to `visible_end`.
fn is_trailing(raw: &str, end: usize, visible_end: usize, entities: &XEntities) -> bool {
    raw.chars()
        .enumerate()
        .skip(end)
        .take(visible_end.saturating_sub(end))
        .all(|(i, c)| c.is_whitespace() || entities.media.iter().any(|&(s, e)| s <= i && i < e))
}

/// The archive's media entity, for the one v1.1 media conversion (`x_v1::media`).
impl MediaFields for MediaEntity<'_> {
    fn fields(&self) -> Fields<'_, impl Iterator<Item = Variant<'_>>> {
        let sizes = self.sizes.as_ref();
        let dim = |n: Num| n.0.and_then(|n| u32::try_from(n).ok());
        let dims = |s: &Size| (dim(s.w), dim(s.h));
        Fields {
            kind: self.kind.get(),
            media_url_https: self.media_url_https.get(),
            media_url: self.media_url.get(),
            expanded_url: self.expanded_url.get(),
            ext_alt_text: self.ext_alt_text.get(),
            variants: (self.video_info.iter().flat_map(|v| &v.variants))
                .map(|v| (v.bitrate.0, v.content_type.get(), v.url.get())),
            original_info: None,
            large: sizes.and_then(|s| s.large.as_ref()).map(dims),
            medium: sizes.and_then(|s| s.medium.as_ref()).map(dims),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MediaKind;

    #[test]
    fn status_urls() {
        assert_eq!(
            parse_status_url("https://twitter.com/felt/status/1587142459884130304?s=20"),
            Some(("felt", "1587142459884130304"))
        );
        assert_eq!(
            parse_status_url("http://mobile.twitter.com/a_b/status/1/photo/1"),
            Some(("a_b", "1"))
        );
        assert_eq!(parse_status_url("https://x.com/i/web/status/1"), None);
        assert_eq!(parse_status_url("https://example.com/a/status/1"), None);
        assert_eq!(parse_status_url("https://x.com/a/status/12x"), None);
        assert_eq!(parse_status_url("https://x.com/a"), None);
    }

    /// The archive writes numbers as strings; its media go through the same conversion as
    /// the API's (`x_v1::media`).
    #[test]
    fn media_read_from_strings() {
        let m: MediaEntity = crate::json::from_slice(
            br#"{"type": "animated_gif", "media_url_https": "https://pbs.twimg.com/a.jpg",
                "ext_alt_text": "  ", "sizes": {"large": {"w": "498", "h": "280"}},
                "video_info": {"variants": [
                  {"bitrate": "0", "content_type": "video/mp4", "url": "https://video.twimg.com/a.mp4"},
                  {"content_type": "application/x-mpegURL", "url": "https://video.twimg.com/a.m3u8"}]}}"#,
        )
        .expect("a media entity");
        let media = x_v1::media(&[m]);
        assert_eq!(media.len(), 1);
        let m = &media[0];
        assert_eq!(m.kind, MediaKind::Gif);
        assert_eq!(m.link.as_deref(), Some("https://video.twimg.com/a.mp4"));
        assert_eq!(
            (m.width, m.height, m.alt.as_deref()),
            (Some(498), Some(280), None)
        );
    }

    #[test]
    fn pseudo_languages_are_dropped() {
        assert_eq!(real_lang(Some("es")), Some("es".into()));
        assert_eq!(real_lang(Some("qme")), None);
        assert_eq!(real_lang(Some("und")), None);
        assert_eq!(real_lang(None), None);
    }
}
