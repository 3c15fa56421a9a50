//! One Mastodon status into a model Post: HTML content to segments (custom emoji as
//! `Emoji` segments), media attachments, the quoted status's card, the preview card, the
//! content warning, the reply link.

use std::collections::HashMap;

use super::wire::{Account, Attachment, Card, Emoji, Poll as PollWire, Status};
use super::{Origin, FORMAT};
use crate::error::ImportErrorKind;
use crate::import::invalid;
use crate::json::Whole;
use crate::model::{
    Author, CustomEmoji, LinkCard, Media, MediaKind, Network, Poll, PollOption, Post, Quote,
    ReplyTo, Segment, SourceFormat,
};
use crate::text::{html_to_segments, with_emojis, HtmlOptions};
use crate::url::first_safe;

/// The host (with its port, if any) of an http(s) URL, lower-cased.
pub(super) fn host_of(url: &str) -> Option<String> {
    crate::url::host(url).map(str::to_ascii_lowercase)
}

/// The server a status lives on: the host of its `url`, else of its `uri`, else of its
/// author's profile.
pub(super) fn instance_of(s: &Status) -> String {
    [s.url.as_deref(), s.uri.as_deref(), s.account.url.as_deref()]
        .into_iter()
        .flatten()
        .find_map(host_of)
        .unwrap_or_default()
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The account as an Author on `instance`.
pub(super) fn to_author(a: &Account, instance: String) -> Author {
    let handle = non_empty(a.acct.as_deref())
        .or_else(|| non_empty(a.username.as_deref()))
        .unwrap_or_else(|| a.id.clone());
    let display_name = non_empty(a.display_name.as_deref()).unwrap_or_else(|| handle.clone());
    let emojis = emojis_of(a.emojis.as_deref())
        .into_iter()
        .filter(|e| display_name.contains(&format!(":{}:", e.shortcode)))
        .collect();
    Author {
        id: a.id.clone(),
        display_name,
        handle,
        avatar_url: first_safe([a.avatar.as_deref()]),
        network: Network::Mastodon { instance },
        emojis,
    }
}

/// The usable custom emoji of a list: a shortcode of letters, digits and `_` (as Mastodon
/// allows) and a safe image URL, the still one first (Mastodon's own default: emoji do not move
/// until hovered, and a still image prints).
pub(super) fn emojis_of(list: Option<&[Emoji]>) -> Vec<CustomEmoji> {
    list.unwrap_or_default()
        .iter()
        .filter(|e| {
            !e.shortcode.is_empty()
                && e.shortcode
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
        .filter_map(|e| {
            let url = first_safe([e.static_url.as_deref(), e.url.as_deref()])?;
            Some(CustomEmoji {
                shortcode: e.shortcode.clone(),
                url,
            })
        })
        .collect()
}

/// What the statuses of one document share.
pub(super) struct Shared<'a> {
    /// Account id → acct, for the handle of the account replied to.
    pub accts: &'a HashMap<&'a str, &'a str>,
    /// The conversation's first status, when the document shows it.
    pub root: Option<&'a str>,
}

/// `origin.standalone`: the status is listed even as a thread of one (a status the file is
/// about, or one of a list of statuses).
pub(super) fn convert_status(
    s: &Status,
    origin: &Origin,
    shared: &Shared<'_>,
) -> Result<Post, ImportErrorKind> {
    let created_at = crate::time::parse_rfc3339(&s.created_at).ok_or_else(|| {
        let message = format!(
            "not an RFC 3339 date: {}",
            crate::error::quoted(&s.created_at)
        );
        invalid(
            FORMAT,
            origin.line,
            format!("{}created_at", origin.prefix()),
            message,
        )
    })?;
    // A boost shows the boosted status's content; the boost itself is the post.
    let shown = s.reblog.as_deref().unwrap_or(s);
    let body = body_of(shown);
    let reply_to = s.in_reply_to_id.as_ref().map(|id| {
        let user_id = s.in_reply_to_account_id.clone();
        let from_mentions = user_id.as_deref().and_then(|uid| {
            s.mentions
                .iter()
                .flatten()
                .find(|m| m.id == uid)
                .and_then(|m| m.acct.as_deref())
        });
        let handle = user_id
            .as_deref()
            .and_then(|uid| shared.accts.get(uid).copied())
            .or(from_mentions)
            .map(str::to_string);
        ReplyTo {
            post_id: id.clone(),
            user_id,
            handle,
        }
    });
    Ok(Post {
        id: s.id.clone(),
        author_id: s.account.id.clone(),
        created_at,
        segments: body.segments,
        media: body.media,
        reply_to,
        conversation_id: shared.root.map(str::to_string),
        quote: body.quote,
        is_repost: s.reblog.is_some(),
        lang: non_empty(shown.language.as_deref()),
        permalink: permalink(s),
        source: SourceFormat::Mastodon,
        card: shown.card.as_ref().map(card),
        content_warning: non_empty(shown.spoiler_text.as_deref()),
        poll: shown.poll.as_ref().map(poll),
        reposted_by: None,
        truncated: false,
        standalone: origin.standalone,
    })
}

/// `url`, else `uri` (the first safe one).
fn permalink(s: &Status) -> String {
    first_safe([s.url.as_deref(), s.uri.as_deref()]).unwrap_or_default()
}

struct Body {
    segments: Vec<Segment>,
    media: Vec<Media>,
    quote: Option<Quote>,
}

/// The content, media and quote of a status. When the quoted status is there to show as a
/// card, the "RE: <link>" fallback paragraph is dropped; otherwise it stays, as the only
/// way to the quoted post.
fn body_of(s: &Status) -> Body {
    let quoted = s.quote.as_ref().and_then(|q| q.quoted_status.as_deref());
    let options = HtmlOptions {
        drop_quote_inline: quoted.is_some(),
    };
    let segments = html_to_segments(s.content.as_deref().unwrap_or_default(), options);
    Body {
        segments: with_emojis(segments, &emojis_of(s.emojis.as_deref())),
        media: media_of(s),
        quote: quoted.map(quote_of),
    }
}

/// The quoted status as a card. Behind a content warning, the card shows the warning
/// ("CW: …") and none of the text or media it hides: a card has no toggle of its own, and
/// its "open" link leads to the post.
fn quote_of(q: &Status) -> Quote {
    let body = body_of(q);
    let (segments, media) = match non_empty(q.spoiler_text.as_deref()) {
        Some(warning) => (
            vec![Segment::Text {
                text: format!("{} {warning}", crate::present::CW_LABEL),
            }],
            Vec::new(),
        ),
        None => (body.segments, body.media),
    };
    Quote {
        permalink: permalink(q),
        post_id: Some(q.id.clone()),
        author: Some(to_author(&q.account, instance_of(q))),
        created_at: crate::time::parse_rfc3339(&q.created_at),
        segments,
        media,
    }
}

fn card(c: &Card) -> LinkCard {
    LinkCard {
        // A card whose target is refused still shows its title, unlinked.
        url: first_safe([Some(c.url.as_str())]).unwrap_or_default(),
        title: non_empty(c.title.as_deref()),
        description: non_empty(c.description.as_deref()),
        thumb: first_safe([c.image.as_deref()]),
    }
}

/// Option titles are plain text; counts are hidden (null) on an open poll's
/// `hide_totals` until it ends.
fn poll(p: &PollWire) -> Poll {
    Poll {
        options: p
            .options
            .iter()
            .map(|o| PollOption {
                label: o.title.clone(),
                votes: o.votes_count,
            })
            .collect(),
        ends_at: p.expires_at.as_deref().and_then(crate::time::parse_rfc3339),
        closed: p.expired.unwrap_or(false),
    }
}

fn media_of(s: &Status) -> Vec<Media> {
    s.media_attachments
        .iter()
        .flatten()
        .filter_map(attachment)
        .collect()
}

/// Every URL is kept only when `crate::url` deems it safe; one refused counts as absent.
/// Images show themselves; GIFs (`gifv`), videos and audio show their preview as a poster
/// linking to the file. An attachment of type `unknown` (one the server did not copy, or
/// could not read) is a link to the file on its home server, else to the server's copy;
/// so is an attachment of a type this reader does not know.
fn attachment(a: &Attachment) -> Option<Media> {
    let file = first_safe([a.url.as_deref(), a.remote_url.as_deref()]);
    let preview = first_safe([a.preview_url.as_deref()]);
    let (kind, url, link) = match a.kind.as_str() {
        "image" => (MediaKind::Photo, file.or(preview)?, None),
        "gifv" => (MediaKind::Gif, preview.unwrap_or_default(), Some(file?)),
        "video" | "audio" => (MediaKind::Video, preview.unwrap_or_default(), Some(file?)),
        _ => {
            let home = first_safe([a.remote_url.as_deref(), a.url.as_deref()]);
            (MediaKind::File, preview.unwrap_or_default(), Some(home?))
        }
    };
    let size = a
        .meta
        .as_ref()
        .and_then(|m| m.original.as_ref().or(m.small.as_ref()));
    Some(Media {
        kind,
        url,
        alt: non_empty(a.description.as_deref()),
        link,
        width: size.and_then(|s| dimension(s.width)),
        height: size.and_then(|s| dimension(s.height)),
    })
}

/// Truncation is intended: sizes are whole pixels written as numbers.
fn dimension(v: Option<Whole>) -> Option<u32> {
    v?.0.filter(|&n| n >= 1).and_then(|n| u32::try_from(n).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_status_urls() {
        assert_eq!(
            host_of("https://Mastodon.Social/@Gargron/1"),
            Some("mastodon.social".into())
        );
        assert_eq!(
            host_of("http://localhost:3000/@mastodonpy_test/117020609135389699"),
            Some("localhost:3000".into())
        );
        assert_eq!(
            host_of("https://user:pw@host.example"),
            Some("host.example".into())
        );
        assert_eq!(host_of("javascript:alert(1)"), None);
        assert_eq!(host_of("https://"), None);
    }

    #[test]
    fn sizes_are_whole_pixels_or_nothing() {
        let size = |json: &str| dimension(crate::json::from_slice(json.as_bytes()).unwrap());
        assert_eq!(size("640"), Some(640));
        assert_eq!(size("480.7"), Some(480));
        assert_eq!(size("4.807e2"), Some(480));
        for bad in ["-3", "0", "0.5", "1e12", "null"] {
            assert_eq!(size(bad), None, "{bad}");
        }
    }
}
