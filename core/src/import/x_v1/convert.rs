//! One v1.1 status (or GraphQL `legacy` object) into a model Post: which text to show
//! (`extended_tweet`, `full_text`, `text`), its segments, media with video variants, the
//! quoted post's card, the reply link and the author. `x_graphql` reuses the pieces.

use super::media::media;
use super::wire::{self, Entities, MediaEntity, Status, User};
use crate::import::x_v2::links::{
    after_leading_mentions, is_cut_mark, is_own_media_link, large_avatar, permalink, status_link,
};
use crate::model::{Author, Network, Post, Quote, ReplyTo, Segment, SourceFormat};
use crate::text::{segment_x, segment_x_unescaped, XEntities, XHashtag, XMention, XUrl};

/// A field that holds something it must not: (field path inside the status, message).
pub(in crate::import) type Fault = (String, String);

/// The text a status shows and what lies over it.
struct Body<'a> {
    text: &'a str,
    display: Option<(usize, usize)>,
    entities: Option<&'a Entities>,
    /// The attached media (`extended_entities`, else `entities.media`).
    media: &'a [MediaEntity],
}

/// The fullest text the status has: compat mode's `extended_tweet`, else `full_text`
/// (extended mode), else `text` (compat mode, possibly cut short).
fn body(s: &Status) -> Body<'_> {
    if let Some(ext) = &s.extended_tweet {
        if let Some(text) = ext.full_text.as_deref() {
            return Body {
                text,
                display: wire::range(ext.display_text_range.as_ref()),
                entities: ext.entities.as_ref(),
                media: media_entities(ext.extended_entities.as_ref(), ext.entities.as_ref()),
            };
        }
    }
    Body {
        text: (s.full_text.as_deref())
            .or(s.text.as_deref())
            .unwrap_or_default(),
        display: wire::range(s.display_text_range.as_ref()),
        entities: s.entities.as_ref(),
        media: media_entities(s.extended_entities.as_ref(), s.entities.as_ref()),
    }
}

/// Whether the file lacks the end of the status's text: compat mode cut it (`truncated`, or
/// its "… <read more link>") and no `extended_tweet` holds the whole. A repost's text is
/// its original's, which the file holds in `retweeted_status`.
pub(in crate::import) fn is_cut(s: &Status) -> bool {
    let whole = s
        .extended_tweet
        .as_ref()
        .is_some_and(|e| e.full_text.is_some());
    if whole || s.retweeted_status.is_some() {
        return false;
    }
    if s.truncated == Some(true) {
        return true;
    }
    let (Some(id), b) = (s.id_str.as_deref(), body(s)) else {
        return false;
    };
    let urls = b
        .entities
        .and_then(|e| e.urls.as_deref())
        .unwrap_or_default();
    urls.iter().any(|u| {
        let start = wire::range(u.indices.as_ref()).map(|(start, _)| start);
        let expanded = u.expanded_url.as_deref().unwrap_or_default();
        start.is_some_and(|start| is_cut_mark(b.text, start, expanded, id))
    })
}

fn media_entities<'a>(
    extended: Option<&'a wire::ExtendedEntities>,
    entities: Option<&'a Entities>,
) -> &'a [MediaEntity] {
    extended
        .and_then(|e| e.media.as_deref())
        .filter(|m| !m.is_empty())
        .or_else(|| entities.and_then(|e| e.media.as_deref()))
        .unwrap_or_default()
}

/// What decides which links of a text stay.
pub(in crate::import) struct TextRules<'a> {
    pub own_id: &'a str,
    /// The quoted post: a link to it is dropped (the card shows it).
    pub quoted_id: Option<&'a str>,
    /// A reply without a display range hides its leading mentions, as X shows replies.
    pub is_reply: bool,
    /// The text is as typed (long posts), not entity-encoded.
    pub unescaped: bool,
}

/// The segments of `text` with `entities` over it. Dropped from the text: media links
/// (shown as media), the link to the quoted post (shown as a card), and compat mode's
/// "…/i/web/status/<own id>" link that stands for the cut-off rest.
pub(in crate::import) fn text_segments(
    text: &str,
    display: Option<(usize, usize)>,
    entities: Option<&Entities>,
    media: &[MediaEntity],
    rules: &TextRules<'_>,
) -> Vec<Segment> {
    let mut x = XEntities::default();
    let listed = entities
        .and_then(|e| e.media.as_deref())
        .unwrap_or_default();
    for m in media.iter().chain(listed) {
        if let Some(r) = wire::range(m.indices.as_ref()) {
            if !x.media.contains(&r) {
                x.media.push(r);
            }
        }
    }
    let urls = entities.and_then(|e| e.urls.as_deref()).unwrap_or_default();
    for u in urls {
        let Some((start, end)) = wire::range(u.indices.as_ref()) else {
            continue;
        };
        let expanded = u.expanded_url.as_deref().unwrap_or_default();
        if is_dropped_link(expanded, rules, !media.is_empty()) {
            x.media.push((start, end));
            continue;
        }
        let target = [&u.expanded_url, &u.url]
            .into_iter()
            .flatten()
            .find(|s| !s.is_empty());
        x.urls.push(XUrl {
            start,
            end,
            display: u.display_url.clone().unwrap_or_default(),
            expanded: target.cloned().unwrap_or_default(),
        });
    }
    let mentions = entities.and_then(|e| e.user_mentions.as_deref());
    x.mentions = (mentions.unwrap_or_default().iter())
        .filter_map(|m| {
            let (start, end) = wire::range(m.indices.as_ref())?;
            let handle = m.screen_name.clone().unwrap_or_default();
            let id = m.id_str.clone();
            Some(XMention {
                start,
                end,
                handle,
                id,
            })
        })
        .collect();
    let hashtags = entities.and_then(|e| e.hashtags.as_deref());
    x.hashtags = (hashtags.unwrap_or_default().iter())
        .filter_map(|h| {
            let (start, end) = wire::range(h.indices.as_ref())?;
            let tag = h.text.clone().unwrap_or_default();
            Some(XHashtag { start, end, tag })
        })
        .collect();
    let display = display.or_else(|| {
        rules
            .is_reply
            .then(|| after_leading_mentions(text, &x.mentions))
            .flatten()
    });
    if rules.unescaped {
        segment_x_unescaped(text, display, &x)
    } else {
        segment_x(text, display, &x)
    }
}

fn is_dropped_link(expanded: &str, rules: &TextRules<'_>, has_media: bool) -> bool {
    let Some(link) = status_link(expanded) else {
        return false;
    };
    if rules.quoted_id == Some(link.id.as_str()) && link.rest_is_empty {
        return true;
    }
    let read_more = link.id == rules.own_id && link.handle.is_none() && link.rest_is_empty;
    read_more || (has_media && is_own_media_link(expanded, rules.own_id))
}

/// The author of a v1.1 status; None without an id and a handle.
pub(in crate::import) fn to_author(u: &User) -> Option<Author> {
    let id = u.id_str.as_deref().filter(|s| !s.is_empty())?;
    let handle = u.screen_name.as_deref().filter(|s| !s.is_empty())?;
    let avatar = [&u.profile_image_url_https, &u.profile_image_url]
        .into_iter()
        .flatten()
        .find(|s| !s.is_empty());
    Some(author(
        id,
        handle,
        u.name.as_deref(),
        avatar.map(String::as_str),
    ))
}

/// An X author; the display name falls back to the handle, the avatar is the large variant.
pub(in crate::import) fn author(
    id: &str,
    handle: &str,
    name: Option<&str>,
    avatar: Option<&str>,
) -> Author {
    let display_name = match name {
        Some(n) if !n.trim().is_empty() => n.to_string(),
        _ => handle.to_string(),
    };
    Author {
        id: id.to_string(),
        handle: handle.to_string(),
        display_name,
        avatar_url: avatar.map(large_avatar),
        network: Network::X,
        emojis: Vec::new(),
    }
}

/// `created_at` ("Mon Oct 03 00:23:22 +0000 2016"; RFC 3339 also accepted).
fn created_at(s: &Status) -> Result<i64, Fault> {
    let raw = s.created_at.as_deref().unwrap_or_default();
    crate::time::parse_x_date(raw)
        .or_else(|| crate::time::parse_rfc3339(raw))
        .ok_or_else(|| {
            (
                "created_at".to_string(),
                format!("not a date: {}", crate::error::quoted(raw)),
            )
        })
}

fn own_id(s: &Status) -> Result<&str, Fault> {
    s.id_str
        .as_deref()
        .filter(|id| !id.is_empty())
        .ok_or_else(|| ("id_str".to_string(), "missing".to_string()))
}

/// The quoted post's id: `quoted_status` when embedded, else `quoted_status_id_str`.
pub(in crate::import) fn quoted_id(s: &Status) -> Option<&str> {
    (s.quoted_status.as_ref().and_then(|q| q.id_str.as_deref()))
        .or(s.quoted_status_id_str.as_deref())
        .filter(|id| !id.is_empty())
}

/// Who made the post and how it is reached.
pub(in crate::import) struct Made<'a> {
    pub author_id: Option<&'a str>,
    pub handle: Option<&'a str>,
    pub source: SourceFormat,
}

/// The status as a Post. Its quote is the embedded `quoted_status` when there is one, else
/// only a permalink (`quote_card` may replace it with a fuller card).
pub(in crate::import) fn post(s: &Status, made: &Made<'_>) -> Result<Post, Fault> {
    let id = own_id(s)?;
    let created_at = created_at(s)?;
    let quoted = quoted_id(s);
    let reply_to = s
        .in_reply_to_status_id_str
        .as_deref()
        .filter(|p| !p.is_empty())
        .map(|post_id| ReplyTo {
            post_id: post_id.to_string(),
            user_id: s.in_reply_to_user_id_str.clone().filter(|u| !u.is_empty()),
            handle: s.in_reply_to_screen_name.clone().filter(|h| !h.is_empty()),
        });
    let b = body(s);
    let rules = TextRules {
        own_id: id,
        quoted_id: quoted,
        is_reply: reply_to.is_some(),
        unescaped: false,
    };
    let segments = text_segments(b.text, b.display, b.entities, b.media, &rules);
    let quote = match (&s.quoted_status, quoted) {
        (Some(q), _) => {
            let author = q.user.as_ref().and_then(to_author);
            Some(quote_card(q, author).map_err(|(f, m)| (format!("quoted_status.{f}"), m))?)
        }
        (None, Some(q)) => Some(bare_quote(q, s, &b)),
        (None, None) => None,
    };
    let author_id = made
        .author_id
        .or(s.user.as_ref().and_then(|u| u.id_str.as_deref()))
        .or(s.user_id_str.as_deref())
        .unwrap_or_default();
    Ok(Post {
        id: id.to_string(),
        author_id: author_id.to_string(),
        created_at,
        segments,
        media: media(b.media),
        reply_to,
        conversation_id: s.conversation_id_str.clone().filter(|c| !c.is_empty()),
        quote,
        is_repost: s.retweeted_status.is_some()
            || s.retweeted_status_result.is_some()
            || b.text.starts_with("RT @"),
        lang: s
            .lang
            .as_deref()
            .filter(|l| is_language(l))
            .map(str::to_string),
        permalink: permalink(made.handle, id),
        source: made.source,
        card: None,
        content_warning: None,
        poll: None,
        reposted_by: None,
        truncated: false,
        standalone: false,
    })
}

/// A quoted status as a card: its author, time, text and media.
pub(in crate::import) fn quote_card(q: &Status, author: Option<Author>) -> Result<Quote, Fault> {
    let id = own_id(q)?;
    let created_at = created_at(q)?;
    let b = body(q);
    let rules = TextRules {
        own_id: id,
        quoted_id: quoted_id(q),
        is_reply: q.in_reply_to_status_id_str.is_some(),
        unescaped: false,
    };
    Ok(Quote {
        permalink: permalink(author.as_ref().map(|a| a.handle.as_str()), id),
        post_id: Some(id.to_string()),
        author,
        created_at: Some(created_at),
        segments: text_segments(b.text, b.display, b.entities, b.media, &rules),
        media: media(b.media),
    })
}

/// A quote known only by id: its permalink names the author when the status links to it
/// (`quoted_status_permalink`, or a URL entity).
fn bare_quote(id: &str, s: &Status, b: &Body<'_>) -> Quote {
    let from_permalink = s
        .quoted_status_permalink
        .as_ref()
        .and_then(|p| p.expanded.as_deref().or(p.url.as_deref()));
    let urls = b
        .entities
        .and_then(|e| e.urls.as_deref())
        .unwrap_or_default();
    let handle = from_permalink
        .into_iter()
        .chain(urls.iter().filter_map(|u| u.expanded_url.as_deref()))
        .filter_map(status_link)
        .find(|l| l.id == id)
        .and_then(|l| l.handle);
    Quote {
        permalink: permalink(handle.as_deref(), id),
        post_id: Some(id.to_string()),
        author: None,
        created_at: None,
        segments: Vec::new(),
        media: Vec::new(),
    }
}

/// X's `lang` holds BCP 47 tags, plus "und" and private codes ("qme", "qht", …) that name
/// no language.
fn is_language(lang: &str) -> bool {
    let private = lang.len() == 3 && lang.starts_with('q');
    !lang.is_empty() && lang != "und" && lang != "zxx" && !private
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_languages_are_not_languages() {
        assert!(is_language("en"));
        assert!(!is_language("und"));
        assert!(!is_language("qme"));
        assert!(!is_language(""));
    }
}
