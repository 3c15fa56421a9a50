//! The media of a v1.1 status (`extended_entities`, else `entities.media`): photos, and
//! videos and GIFs as their poster frame linking to the best mp4 variant.

use super::wire::MediaEntity;
use crate::model::{Media, MediaKind};

/// The status's media, in order. Entities without an image URL are skipped.
pub(in crate::import) fn media(entities: &[MediaEntity]) -> Vec<Media> {
    entities.iter().filter_map(convert_media).collect()
}

fn convert_media(m: &MediaEntity) -> Option<Media> {
    let url = [&m.media_url_https, &m.media_url]
        .into_iter()
        .flatten()
        .find(|u| !u.is_empty())?
        .clone();
    let kind = match m.kind.as_deref() {
        Some("video") => MediaKind::Video,
        Some("animated_gif") => MediaKind::Gif,
        _ => MediaKind::Photo,
    };
    // The best playable variant: the mp4 with the highest bit rate (GIFs have one, at 0).
    let link = match kind {
        MediaKind::Photo | MediaKind::File => None,
        MediaKind::Video | MediaKind::Gif => m
            .video_info
            .as_ref()
            .and_then(|v| v.variants.as_deref())
            .unwrap_or_default()
            .iter()
            .filter(|v| v.content_type.as_deref() == Some("video/mp4"))
            .filter_map(|v| Some((v.bitrate.unwrap_or(0), v.url.as_deref()?)))
            .max_by_key(|(bitrate, _)| *bitrate)
            .map(|(_, url)| url)
            .or(m.expanded_url.as_deref())
            .map(str::to_string),
    };
    let (width, height) = match (&m.original_info, &m.sizes) {
        (Some(o), _) if o.width.is_some() => (o.width, o.height),
        (_, Some(s)) => s
            .large
            .as_ref()
            .or(s.medium.as_ref())
            .map_or((None, None), |s| (s.w, s.h)),
        _ => (None, None),
    };
    Some(Media {
        kind,
        url,
        alt: m.ext_alt_text.clone().filter(|a| !a.trim().is_empty()),
        link,
        width,
        height,
    })
}
