//! X cards other than polls (`card.legacy`, named by `name`, holding `binding_values`) as
//! what the post shows: a link card with the card's title and image, and its videos as the
//! post's media.
//!
//! - `unified_card` (website and app cards, promoted or not): a JSON string of its own,
//!   read by `unified`.
//! - `<id>:broadcast` / `periscope_broadcast` (a live video): `broadcast_url`,
//!   `broadcast_title` and the `broadcast_thumbnail_*` images.
//! - `<id>:audiospace` (a Space): only its `id`; the card links to the Space.
//!
//! Link cards (`summary`, `summary_large_image`) are left to the post's own link, as before.
//! A card with nothing but a link is added only to a post that links nowhere else, so the
//! Space a post already links to is not shown twice. A card that cannot be read is no card:
//! the post itself is sound.

use super::unified;
use super::wire::{Binding, BindingValue, Card};
use crate::model::{LinkCard, Post, Segment};

/// Adds what `card` holds to `post`: a link card, media.
pub(super) fn apply(card: &Card, post: &mut Post) {
    let Some(legacy) = card.legacy.as_ref() else {
        return;
    };
    let values = legacy.binding_values.as_deref().unwrap_or_default();
    let name = legacy.name.as_deref().unwrap_or_default();
    // "745291183405076480:broadcast": the kind follows the card's id.
    let kind = name.rsplit(':').next().unwrap_or_default();
    let (link, media) = match kind {
        "unified_card" => match string(values, "unified_card").and_then(unified::read) {
            Some(shown) => (shown.card, shown.media),
            None => return,
        },
        "broadcast" | "periscope_broadcast" => (broadcast(values), Vec::new()),
        "audiospace" => (space(values), Vec::new()),
        _ => return,
    };
    post.media.extend(media);
    if let Some(link) = link {
        let bare = link.title.is_none() && link.description.is_none() && link.thumb.is_none();
        let links_elsewhere = (post.segments.iter()).any(|s| matches!(s, Segment::Link { .. }));
        if !(bare && links_elsewhere) {
            post.card = Some(link);
        }
    }
}

fn value<'a>(values: &'a [Binding], key: &str) -> Option<&'a BindingValue> {
    (values.iter())
        .find(|b| b.key.as_deref() == Some(key))
        .and_then(|b| b.value.as_ref())
}

fn string<'a>(values: &'a [Binding], key: &str) -> Option<&'a str> {
    value(values, key)
        .and_then(|v| v.string_value.as_deref())
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The first of `keys` holding an image at a safe URL.
fn image(values: &[Binding], keys: &[&str]) -> Option<String> {
    crate::url::first_safe(
        keys.iter()
            .map(|k| value(values, k)?.image_value.as_ref()?.url.as_deref()),
    )
}

fn broadcast(values: &[Binding]) -> Option<LinkCard> {
    Some(LinkCard {
        url: crate::url::safe_url(string(values, "broadcast_url")?)?.to_string(),
        title: string(values, "broadcast_title").map(str::to_string),
        description: None,
        thumb: image(
            values,
            &[
                "broadcast_thumbnail_large",
                "broadcast_thumbnail",
                "broadcast_thumbnail_original",
            ],
        ),
    })
}

/// A Space by its id (letters and digits only, so the link is sound).
fn space(values: &[Binding]) -> Option<LinkCard> {
    let id = string(values, "id").filter(|id| id.bytes().all(|b| b.is_ascii_alphanumeric()))?;
    Some(LinkCard {
        url: crate::text::concat(&["https://x.com/i/spaces/", id]),
        ..LinkCard::default()
    })
}
