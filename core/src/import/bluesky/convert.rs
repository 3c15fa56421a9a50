//! One Bluesky post view into a model Post: text and facets, embeds (images, video, link
//! cards, quoted records, record with media), the reply link, time, language, permalink.

use std::collections::HashMap;

use super::wire::{EmbedView, Facet, PostRecord, PostView, Profile, RecordSlot};
use super::{Origin, FORMAT};
use crate::error::ImportErrorKind;
use crate::import::invalid;
use crate::model::{
    Author, LinkCard, Media, MediaKind, Network, Post, Quote, ReplyTo, Segment, SourceFormat,
};
use crate::text::{encode_path_segment, segment_bsky, BskyFacet, BskyFeature};
use crate::url::first_safe;

/// An `at://` URI taken apart: `at://<authority>/<collection>/<rkey>`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct AtUri<'a> {
    /// A DID ("did:plc:…") or, rarely, a handle.
    pub authority: &'a str,
    pub collection: &'a str,
    pub rkey: &'a str,
}

pub(super) fn parse_at_uri(uri: &str) -> Option<AtUri<'_>> {
    let rest = uri.strip_prefix("at://")?;
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let mut parts = rest.split('/');
    let authority = parts.next().filter(|a| !a.is_empty())?;
    let collection = parts.next().filter(|c| !c.is_empty())?;
    let rkey = parts.next().filter(|r| !r.is_empty())?;
    parts.next().is_none().then_some(AtUri {
        authority,
        collection,
        rkey,
    })
}

/// The DID of the account that owns the record at `uri`.
pub(super) fn did_of(uri: &str) -> Option<&str> {
    parse_at_uri(uri)
        .map(|u| u.authority)
        .filter(|a| a.starts_with("did:"))
}

/// The name bsky.app shows an account under: its handle, or its DID when the handle is
/// unknown or does not verify ("handle.invalid").
fn actor(profile: &Profile) -> &str {
    match profile.handle.as_deref() {
        Some(h) if !h.is_empty() && h != "handle.invalid" => h,
        _ => &profile.did,
    }
}

/// `https://bsky.app/profile/<actor>/post/<rkey>` for a post, `…/feed/<rkey>` for a feed
/// generator, `…/lists/<rkey>` for a list; the profile itself for anything else.
pub(super) fn web_url(uri: &str, actor: Option<&str>) -> String {
    let Some(at) = parse_at_uri(uri) else {
        return actor.map_or_else(String::new, crate::text::bsky_profile_url);
    };
    let profile = crate::text::bsky_profile_url(actor.unwrap_or(at.authority));
    let kind = match at.collection {
        "app.bsky.feed.post" => "post",
        "app.bsky.feed.generator" => "feed",
        "app.bsky.graph.list" => "lists",
        _ => return profile,
    };
    format!("{profile}/{kind}/{}", encode_path_segment(at.rkey))
}

pub(super) fn to_author(p: &Profile) -> Author {
    let handle = actor(p).to_string();
    let display_name = match p.display_name.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => handle.clone(),
    };
    Author {
        id: p.did.clone(),
        handle,
        display_name,
        avatar_url: first_safe([p.avatar.as_deref()]),
        network: Network::Bluesky,
        emojis: Vec::new(),
    }
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A post of the thread as a Post. `handles` maps the DIDs seen in the file to handles,
/// for the reply link.
pub(super) fn convert_post(
    view: &PostView,
    origin: &Origin,
    handles: &HashMap<&str, &str>,
) -> Result<Post, ImportErrorKind> {
    let record = &view.record;
    let created_at = time_of(record, view.indexed_at.as_deref()).ok_or_else(|| {
        let value = record.created_at.as_deref().unwrap_or("(missing)");
        invalid(
            FORMAT,
            origin.line,
            format!("{}.post.record.createdAt", origin.path),
            format!("not an RFC 3339 date: {}", crate::error::quoted(value)),
        )
    })?;
    let reply = record.reply.as_ref();
    let reply_to = reply.and_then(|r| r.parent.as_ref()).map(|parent| {
        let user_id = did_of(&parent.uri).map(str::to_string);
        ReplyTo {
            post_id: parent.uri.clone(),
            handle: user_id
                .as_deref()
                .and_then(|did| handles.get(did))
                .map(|h| h.to_string()),
            user_id,
        }
    });
    let conversation_id = match reply {
        Some(r) => r.root.as_ref().map(|root| root.uri.clone()),
        None => Some(view.uri.clone()),
    };
    let embedded = view.embed.as_ref().map(embed).unwrap_or_default();
    Ok(Post {
        id: view.uri.clone(),
        author_id: view.author.did.clone(),
        created_at,
        segments: segments(record),
        media: embedded.media,
        reply_to,
        conversation_id,
        quote: embedded.quote,
        is_repost: false,
        lang: record
            .langs
            .iter()
            .flatten()
            .find(|l| !l.trim().is_empty())
            .cloned(),
        permalink: web_url(&view.uri, Some(actor(&view.author))),
        source: SourceFormat::Bluesky,
        card: embedded.card,
        content_warning: None,
        poll: None,
        reposted_by: None,
        truncated: false,
        standalone: false,
    })
}

/// `createdAt` as the author's client wrote it, else when the server indexed the post.
fn time_of(record: &PostRecord, indexed_at: Option<&str>) -> Option<i64> {
    [record.created_at.as_deref(), indexed_at]
        .into_iter()
        .flatten()
        .find_map(crate::time::parse_rfc3339)
}

fn segments(record: &PostRecord) -> Vec<Segment> {
    let facets: Vec<BskyFacet> = record
        .facets
        .iter()
        .flatten()
        .filter_map(to_facet)
        .collect();
    segment_bsky(&record.text, &facets)
}

/// A facet with its first feature Unroll knows; None for negative offsets or no known
/// feature.
fn to_facet(f: &Facet) -> Option<BskyFacet> {
    let start = usize::try_from(f.index.byte_start).ok()?;
    let end = usize::try_from(f.index.byte_end).ok()?;
    let feature = f.features.iter().find_map(|feat| {
        let kind = feat.kind.as_deref().unwrap_or_default();
        let name = kind.rsplit('#').next().unwrap_or_default();
        match (name, &feat.uri, &feat.did, &feat.tag) {
            ("link", Some(uri), _, _) => Some(BskyFeature::Link { uri: uri.clone() }),
            ("mention", _, Some(did), _) => Some(BskyFeature::Mention { did: did.clone() }),
            ("tag", _, _, Some(tag)) => Some(BskyFeature::Tag { tag: tag.clone() }),
            _ => None,
        }
    })?;
    Some(BskyFacet {
        start,
        end,
        feature,
    })
}

/// What a post's embed shows.
#[derive(Debug, Default)]
struct Embedded {
    media: Vec<Media>,
    quote: Option<Quote>,
    card: Option<LinkCard>,
}

/// An embed view, told apart by its fields (every URL kept only when `crate::url` deems it
/// safe): `recordWithMedia` has `record` and `media`,
/// `record` only `record`, `images`, `external` and `video` (`playlist`) their own.
fn embed(view: &EmbedView) -> Embedded {
    let mut out = Embedded::default();
    if let Some(images) = &view.images {
        out.media.extend(images.iter().filter_map(|img| {
            let url = first_safe([img.fullsize.as_deref(), img.thumb.as_deref()])?;
            Some(Media {
                kind: MediaKind::Photo,
                url,
                alt: non_empty(img.alt.as_deref()),
                link: None,
                width: img.aspect_ratio.as_ref().map(|a| a.width),
                height: img.aspect_ratio.as_ref().map(|a| a.height),
            })
        }));
    }
    if let Some(playlist) = first_safe([view.playlist.as_deref()]) {
        // No poster: the media shows as "preview unavailable" with its link.
        out.media.push(Media {
            kind: MediaKind::Video,
            url: first_safe([view.thumbnail.as_deref()]).unwrap_or_default(),
            alt: non_empty(view.alt.as_deref()),
            link: Some(playlist),
            width: view.aspect_ratio.as_ref().map(|a| a.width),
            height: view.aspect_ratio.as_ref().map(|a| a.height),
        });
    }
    if let Some(ext) = &view.external {
        out.card = Some(LinkCard {
            // A card whose target is refused still shows its title, unlinked.
            url: first_safe([Some(ext.uri.as_str())]).unwrap_or_default(),
            title: non_empty(ext.title.as_deref()),
            description: non_empty(ext.description.as_deref()),
            thumb: first_safe([ext.thumb.as_deref()]),
        });
    }
    if let Some(media) = &view.media {
        let inner = embed(media);
        out.media.extend(inner.media);
        out.card = out.card.or(inner.card);
    }
    if let Some(slot) = &view.record {
        // recordWithMedia: `record` is a record#view (no URI of its own) holding the
        // embedded record.
        let slot = match (&slot.uri, &slot.record) {
            (None, Some(inner)) => inner.as_ref(),
            _ => slot.as_ref(),
        };
        match embedded_record(slot) {
            Some(EmbeddedRecord::Quote(q)) => out.quote = Some(q),
            Some(EmbeddedRecord::Card(c)) => out.card = out.card.or(Some(c)),
            None => {}
        }
    }
    out
}

enum EmbeddedRecord {
    Quote(Quote),
    Card(LinkCard),
}

/// A quoted post (or the link to one that is gone), or a feed or list as a card.
fn embedded_record(slot: &RecordSlot) -> Option<EmbeddedRecord> {
    let uri = slot.uri.as_deref()?;
    let kind = slot.kind.as_deref().unwrap_or_default();
    if let (Some(author), Some(value)) = (&slot.author, &slot.value) {
        let media = slot
            .embeds
            .iter()
            .flatten()
            .flat_map(|e| embed(e).media)
            .collect();
        return Some(EmbeddedRecord::Quote(Quote {
            permalink: web_url(uri, Some(actor(author))),
            post_id: Some(uri.to_string()),
            author: Some(to_author(author)),
            created_at: time_of(value, slot.indexed_at.as_deref()),
            segments: segments(value),
            media,
        }));
    }
    let name = slot.display_name.as_deref().or(slot.name.as_deref());
    if kind.ends_with("#generatorView") || kind.ends_with("#listView") {
        return Some(EmbeddedRecord::Card(LinkCard {
            url: web_url(uri, slot.creator.as_ref().map(actor)),
            title: non_empty(name),
            description: non_empty(slot.description.as_deref()),
            thumb: non_empty(slot.avatar.as_deref()),
        }));
    }
    // Not found, blocked, detached: the quoted post is gone from view; its link stays.
    let at = parse_at_uri(uri)?;
    (at.collection == "app.bsky.feed.post").then(|| {
        EmbeddedRecord::Quote(Quote {
            permalink: web_url(uri, None),
            post_id: Some(uri.to_string()),
            author: None,
            created_at: None,
            segments: Vec::new(),
            media: Vec::new(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_uris_are_taken_apart() {
        let uri = "at://did:plc:uy7ehrx332p6dow5sk32hxzq/app.bsky.feed.post/3k7rmyigapw2y";
        assert_eq!(
            parse_at_uri(uri),
            Some(AtUri {
                authority: "did:plc:uy7ehrx332p6dow5sk32hxzq",
                collection: "app.bsky.feed.post",
                rkey: "3k7rmyigapw2y"
            })
        );
        assert_eq!(did_of(uri), Some("did:plc:uy7ehrx332p6dow5sk32hxzq"));
        assert_eq!(did_of("at://alice.bsky.social/app.bsky.feed.post/1"), None);
        for bad in [
            "",
            "at://",
            "at://did:x",
            "at://did:x/coll",
            "https://a/b/c",
            "at://a/b/c/d",
        ] {
            assert_eq!(parse_at_uri(bad), None, "{bad}");
        }
    }

    #[test]
    fn web_urls_by_collection() {
        let post = "at://did:plc:a/app.bsky.feed.post/3k";
        assert_eq!(
            web_url(post, Some("alice.test")),
            "https://bsky.app/profile/alice.test/post/3k"
        );
        assert_eq!(
            web_url(post, None),
            "https://bsky.app/profile/did:plc:a/post/3k"
        );
        assert_eq!(
            web_url("at://did:plc:a/app.bsky.feed.generator/hot", None),
            "https://bsky.app/profile/did:plc:a/feed/hot"
        );
        assert_eq!(
            web_url("at://did:plc:a/app.bsky.graph.list/l1", Some("b.test")),
            "https://bsky.app/profile/b.test/lists/l1"
        );
        assert_eq!(
            web_url("at://did:plc:a/app.bsky.actor.profile/self", None),
            "https://bsky.app/profile/did:plc:a"
        );
        assert_eq!(web_url("nonsense", None), "");
    }
}
