//! One X API v2 tweet into a model Post: text segments (note_tweet, media and quote links,
//! reply mentions), media, the quoted post's card, the reply link, time and language.

use super::links::{self, is_cut_mark, is_own_media_link, permalink, status_link, StatusLink};
use super::wire::{self, Tweet, User};
use super::{Lookup, Origin};
use crate::error::ImportErrorKind;
use crate::model::{
    Author, Media, MediaKind, Network, Post, Quote, ReplyTo, Segment, SourceFormat,
};
use crate::text::{segment_x, XEntities, XHashtag, XMention, XUrl};
use crate::url::{first_safe, safe_url};

/// A `data` tweet, or an included one, as a Post; `origin` names it in errors.
pub(super) fn convert_post(
    t: &Tweet,
    origin: &Origin,
    lookup: &Lookup<'_>,
) -> Result<Post, ImportErrorKind> {
    let created_at = created_at(t, origin)?;
    let refs = t.referenced_tweets.as_deref().unwrap_or_default();
    let replied = refs.iter().find(|r| r.kind == "replied_to");
    let quoted = refs.iter().find(|r| r.kind == "quoted");
    let is_repost = refs.iter().any(|r| r.kind == "retweeted");

    let media = resolve_media(t, lookup);
    let quote = match quoted {
        Some(r) => Some(quote(&r.id, t, lookup)?),
        None => None,
    };
    let segments = segments(t, &media, quoted.map(|r| r.id.as_str()), replied.is_some());
    let reply_to = replied.map(|r| {
        let user_id = t.in_reply_to_user_id.clone().or_else(|| {
            lookup
                .tweets
                .get(r.id.as_str())
                .and_then(|(_, parent)| parent.author_id.clone())
        });
        ReplyTo {
            post_id: r.id.clone(),
            handle: lookup.handle_of(user_id.as_deref()).map(str::to_string),
            user_id,
        }
    });
    Ok(Post {
        id: t.id.clone(),
        author_id: t.author_id.clone().unwrap_or_default(),
        created_at,
        segments,
        media: media.into_iter().map(|(_, m)| m).collect(),
        reply_to,
        conversation_id: t.conversation_id.clone(),
        quote,
        is_repost,
        lang: t
            .lang
            .as_deref()
            .filter(|l| is_language(l))
            .map(str::to_string),
        permalink: permalink(lookup.handle_of(t.author_id.as_deref()), &t.id),
        source: SourceFormat::XApiV2,
        card: None,
        content_warning: None,
        poll: None,
        reposted_by: None,
        truncated: is_cut(t),
        standalone: false,
    })
}

/// A long post whose `text` X cut ("… https://t.co/…" to itself) and whose whole text
/// (`note_tweet`) the response did not include.
fn is_cut(t: &Tweet) -> bool {
    let urls = t.entities.iter().flat_map(|e| e.urls.iter().flatten());
    t.note_tweet.is_none()
        && urls.into_iter().any(|u| {
            is_cut_mark(
                &t.text,
                u.start,
                u.expanded_url.as_deref().unwrap_or_default(),
                &t.id,
            )
        })
}

/// `created_at`, or when the response lacks it (no `tweet.fields`), the time encoded in the
/// post's snowflake id: `(id >> 22) + 1288834974657` milliseconds since the epoch.
fn created_at(t: &Tweet, origin: &Origin) -> Result<i64, ImportErrorKind> {
    match &t.created_at {
        Some(s) => crate::time::parse_rfc3339(s).ok_or_else(|| {
            origin.error(
                "created_at",
                format!("not an RFC 3339 date: {}", crate::error::quoted(s)),
            )
        }),
        None => Ok(snowflake_time(&t.id).unwrap_or(0)),
    }
}

fn snowflake_time(id: &str) -> Option<i64> {
    const TWEPOCH_MS: u64 = 1_288_834_974_657;
    let id: u64 = id.parse().ok()?;
    // Ids from before snowflakes (Nov 2010) are small sequential numbers with no time in them.
    let ms = (id >> 22).checked_add(TWEPOCH_MS)?;
    if id >> 22 < 60_000 {
        return None;
    }
    i64::try_from(ms / 1000).ok()
}

/// X's `lang` holds BCP 47 tags, plus "und" and private codes ("qst", "qme", "qam", "qht":
/// short, emoji-only, mentions-only, hashtags-only) that name no language.
fn is_language(lang: &str) -> bool {
    let private = lang.len() == 3 && lang.starts_with('q');
    !lang.is_empty() && lang != "und" && !private
}

/// The post's media in `attachments.media_keys` order, each with its key. Keys missing from
/// `includes.media` (not expanded, or deleted) and media without an image are skipped.
fn resolve_media(t: &Tweet, lookup: &Lookup<'_>) -> Vec<(String, Media)> {
    let keys = t
        .attachments
        .as_ref()
        .and_then(|a| a.media_keys.as_deref())
        .unwrap_or_default();
    keys.iter()
        .filter_map(|key| {
            let m = lookup.media.get(key.as_str())?;
            convert_media(m).map(|media| (key.clone(), media))
        })
        .collect()
}

fn convert_media(m: &wire::Media) -> Option<Media> {
    let (kind, url) = match m.kind.as_str() {
        "photo" => (MediaKind::Photo, first_safe([m.url.as_deref()])?),
        "video" => (
            MediaKind::Video,
            first_safe([m.preview_image_url.as_deref()])?,
        ),
        "animated_gif" => (
            MediaKind::Gif,
            first_safe([m.preview_image_url.as_deref()])?,
        ),
        _ => return None,
    };
    // The best playable variant: the mp4 with the highest bit rate (of those with a safe
    // URL, `crate::url`).
    let link = match kind {
        MediaKind::Photo | MediaKind::File => None,
        MediaKind::Video | MediaKind::Gif => m
            .variants
            .iter()
            .flatten()
            .filter(|v| {
                v.content_type.as_deref() == Some("video/mp4") && safe_url(&v.url).is_some()
            })
            .max_by_key(|v| v.bit_rate.unwrap_or(0))
            .map(|v| v.url.clone()),
    };
    Some(Media {
        kind,
        url,
        alt: m.alt_text.clone().filter(|a| !a.trim().is_empty()),
        link,
        width: m.width,
        height: m.height,
    })
}

/// The quoted post as a card: from `includes.tweets` when there, else only its permalink
/// (taken from the post's own link to it when that names the author).
fn quote(id: &str, t: &Tweet, lookup: &Lookup<'_>) -> Result<Quote, ImportErrorKind> {
    let Some((origin, q)) = lookup.tweets.get(id) else {
        let from_text = url_entities(t)
            .filter_map(|u| u.expanded_url.as_deref())
            .filter_map(status_link)
            .find(|l| l.id == id && l.rest_is_empty);
        let handle = from_text.as_ref().and_then(|l| l.handle.as_deref());
        return Ok(Quote {
            permalink: permalink(handle, id),
            post_id: Some(id.to_string()),
            author: None,
            created_at: None,
            segments: Vec::new(),
            media: Vec::new(),
        });
    };
    let created_at = created_at(q, origin)?;
    let media = resolve_media(q, lookup);
    let is_reply = q
        .referenced_tweets
        .iter()
        .flatten()
        .any(|r| r.kind == "replied_to");
    let author = q
        .author_id
        .as_deref()
        .and_then(|a| lookup.users.get(a))
        .map(|u| to_author(u));
    Ok(Quote {
        permalink: permalink(author.as_ref().map(|a| a.handle.as_str()), &q.id),
        post_id: Some(q.id.clone()),
        author,
        created_at: Some(created_at),
        segments: segments(q, &media, None, is_reply),
        media: media.into_iter().map(|(_, m)| m).collect(),
    })
}

fn url_entities(t: &Tweet) -> impl Iterator<Item = &wire::UrlEntity> {
    t.entities
        .iter()
        .chain(t.note_tweet.iter().filter_map(|n| n.entities.as_ref()))
        .flat_map(|e| e.urls.iter().flatten())
}

/// The post's text as segments: `note_tweet` (the untruncated long post) when present; links
/// to its own shown media and to the quoted post dropped (shown as media and card instead),
/// and the "… <link>" that stands for the rest of a cut post;
/// in a reply, the leading run of mentions hidden as X does.
fn segments(
    t: &Tweet,
    media: &[(String, Media)],
    quoted_id: Option<&str>,
    is_reply: bool,
) -> Vec<Segment> {
    let (text, entities) = match &t.note_tweet {
        Some(note) => (note.text.as_str(), note.entities.as_ref()),
        None => (t.text.as_str(), t.entities.as_ref()),
    };
    let mut x = XEntities::default();
    if let Some(e) = entities {
        for u in e.urls.iter().flatten() {
            let expanded = u.expanded_url.as_deref().unwrap_or_default();
            let own_media = match &u.media_key {
                Some(key) => media.iter().any(|(k, _)| k == key),
                None => !media.is_empty() && is_own_media_link(expanded, &t.id),
            };
            let quote_link = quoted_id.is_some_and(|q| {
                status_link(expanded).is_some_and(|l: StatusLink| l.id == q && l.rest_is_empty)
            });
            // The link that stands for the cut-off rest: the reader says the post is cut.
            let cut_mark = is_cut_mark(text, u.start, expanded, &t.id);
            if own_media || quote_link || cut_mark {
                x.media.push((u.start, u.end));
                continue;
            }
            // The first safe one (`crate::url`); none leaves the link as text.
            let target = [&u.unwound_url, &u.expanded_url, &u.url].map(Option::as_deref);
            x.urls.push(XUrl {
                start: u.start,
                end: u.end,
                display: u.display_url.clone().unwrap_or_default(),
                expanded: first_safe(target).unwrap_or_default(),
            });
        }
        x.mentions = (e.mentions.iter().flatten())
            .map(|m| XMention {
                start: m.start,
                end: m.end,
                handle: m.username.clone(),
                id: m.id.clone(),
            })
            .collect();
        x.hashtags = (e.hashtags.iter().flatten())
            .map(|h| XHashtag {
                start: h.start,
                end: h.end,
                tag: h.tag.clone(),
            })
            .collect();
    }
    let display = if is_reply {
        links::after_leading_mentions(text, &x.mentions)
    } else {
        None
    };
    segment_x(text, display, &x)
}

pub(super) fn to_author(u: &User) -> Author {
    let display_name = match u.name.as_deref() {
        Some(name) if !name.trim().is_empty() => name.to_string(),
        _ => u.username.clone(),
    };
    Author {
        id: u.id.clone(),
        handle: u.username.clone(),
        display_name,
        avatar_url: u.profile_image_url.as_deref().map(links::large_avatar),
        network: Network::X,
        emojis: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snowflake_ids_carry_their_time() {
        // 1293593516040269825 was posted 2020-08-12T17:01:42Z (Twitter's API v2 launch).
        assert_eq!(snowflake_time("1293593516040269825"), Some(1_597_251_702));
        assert_eq!(snowflake_time("20"), None);
        assert_eq!(snowflake_time("not a number"), None);
    }

    #[test]
    fn private_language_codes_are_not_languages() {
        assert!(is_language("en"));
        assert!(is_language("zh"));
        assert!(!is_language("und"));
        assert!(!is_language("qst"));
        assert!(!is_language(""));
    }
}
