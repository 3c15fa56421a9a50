//! The media of a v1.1 status (`extended_entities`, else `entities.media`): photos, and
//! videos and GIFs as their poster frame linking to the best mp4 variant.
//!
//! One conversion for every reader of that shape: the API's statuses and GraphQL's
//! `legacy` objects (this module's wire structs), and the X archive's tweets (its own
//! lenient, borrowing wire structs). Each wire struct only hands over its fields
//! (`Fields`); what they become is decided here.

use super::wire::{MediaEntity, Size};
use crate::model::{Media, MediaKind};
use crate::url::{first_safe, safe_url};

/// Width and height, each as the file gives it.
pub(in crate::import) type Dims = (Option<u32>, Option<u32>);

/// A v1.1 media entity's fields, whichever wire struct read them. An empty string counts
/// as absent, and so does a URL `crate::url` refuses.
pub(in crate::import) struct Fields<'a, V> {
    /// "photo", "video" or "animated_gif".
    pub kind: Option<&'a str>,
    pub media_url_https: Option<&'a str>,
    pub media_url: Option<&'a str>,
    /// The post's media page ("…/status/<id>/video/1").
    pub expanded_url: Option<&'a str>,
    pub ext_alt_text: Option<&'a str>,
    /// `video_info.variants`: (bitrate, content type, url) of each.
    pub variants: V,
    /// GraphQL's `original_info`: the upload's own size.
    pub original_info: Option<Dims>,
    /// `sizes.large` and `sizes.medium`.
    pub large: Option<Dims>,
    pub medium: Option<Dims>,
}

/// The (bitrate, content type, url) of each variant of a video.
pub(in crate::import) type Variant<'a> = (Option<u64>, Option<&'a str>, Option<&'a str>);

/// A wire struct of a v1.1 media entity.
pub(in crate::import) trait MediaFields {
    fn fields(&self) -> Fields<'_, impl Iterator<Item = Variant<'_>>>;
}

/// The status's media, in order. Entities without a safe image URL are skipped.
pub(in crate::import) fn media(entities: &[impl MediaFields]) -> Vec<Media> {
    entities
        .iter()
        .filter_map(|m| convert_media(m.fields()))
        .collect()
}

fn convert_media<'a>(m: Fields<'a, impl Iterator<Item = Variant<'a>>>) -> Option<Media> {
    let url = first_safe([m.media_url_https, m.media_url])?;
    let kind = match m.kind {
        Some("video") => MediaKind::Video,
        Some("animated_gif") => MediaKind::Gif,
        _ => MediaKind::Photo,
    };
    // The best playable variant: the mp4 with the highest bit rate (GIFs have one, at 0).
    let link = match kind {
        MediaKind::Photo | MediaKind::File => None,
        MediaKind::Video | MediaKind::Gif => m
            .variants
            .filter(|(_, content_type, _)| *content_type == Some("video/mp4"))
            .filter_map(|(bitrate, _, url)| Some((bitrate.unwrap_or(0), safe(url)?)))
            .max_by_key(|(bitrate, _)| *bitrate)
            .map(|(_, url)| url)
            .or(safe(m.expanded_url))
            .map(str::to_string),
    };
    let (width, height) = match m.original_info {
        Some(o) if o.0.is_some() => o,
        _ => m.large.or(m.medium).unwrap_or((None, None)),
    };
    Some(Media {
        kind,
        url,
        alt: (m.ext_alt_text)
            .filter(|a| !a.trim().is_empty())
            .map(str::to_string),
        link,
        width,
        height,
    })
}

/// The URL when present and safe (`crate::url`): one refused counts as absent.
fn safe(s: Option<&str>) -> Option<&str> {
    s.and_then(safe_url)
}

impl MediaFields for MediaEntity {
    fn fields(&self) -> Fields<'_, impl Iterator<Item = Variant<'_>>> {
        let sizes = self.sizes.as_ref();
        let dims = |s: &Size| (s.w, s.h);
        Fields {
            kind: self.kind.as_deref(),
            media_url_https: self.media_url_https.as_deref(),
            media_url: self.media_url.as_deref(),
            expanded_url: self.expanded_url.as_deref(),
            ext_alt_text: self.ext_alt_text.as_deref(),
            variants: (self.video_info.as_ref())
                .and_then(|v| v.variants.as_deref())
                .unwrap_or_default()
                .iter()
                .map(|v| (v.bitrate, v.content_type.as_deref(), v.url.as_deref())),
            original_info: self.original_info.as_ref().map(|o| (o.width, o.height)),
            large: sizes.and_then(|s| s.large.as_ref()).map(dims),
            medium: sizes.and_then(|s| s.medium.as_ref()).map(dims),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn one(entity: &str) -> Media {
        let m: MediaEntity = json::from_slice(entity.as_bytes()).expect("a media entity");
        let mut media = media(&[m]);
        assert_eq!(media.len(), 1, "{media:?}");
        media.remove(0)
    }

    /// The archive's reader gave no empty string and kept blank alt text; this one gave
    /// empty links and dropped blank alt text. One rule for both now: neither is shown.
    #[test]
    fn empty_fields_are_absent_and_blank_alt_text_is_none() {
        let m = one(
            r#"{"type": "video", "media_url_https": "", "media_url": "http://pbs.twimg.com/a.jpg",
                "expanded_url": "", "ext_alt_text": " \n",
                "video_info": {"variants": [{"bitrate": 832000, "content_type": "video/mp4", "url": ""}]}}"#,
        );
        assert_eq!(m.url, "http://pbs.twimg.com/a.jpg");
        assert_eq!((m.link, m.alt), (None, None));
    }

    #[test]
    fn unsafe_urls_count_as_absent() {
        let m = one(
            r#"{"type": "animated_gif", "media_url_https": "javascript:x",
                "media_url": "http://pbs.twimg.com/a.jpg", "expanded_url": "https://x.com/a/status/1/video/1",
                "video_info": {"variants": [{"bitrate": 0, "content_type": "video/mp4", "url": "data:x"}]}}"#,
        );
        assert_eq!(m.url, "http://pbs.twimg.com/a.jpg");
        assert_eq!(m.link.as_deref(), Some("https://x.com/a/status/1/video/1"));
        let entity: MediaEntity =
            json::from_slice(br#"{"media_url_https": "/a.jpg"}"#).expect("a media entity");
        assert_eq!(media(&[entity]), []);
    }

    #[test]
    fn the_upload_size_wins_over_the_large_size() {
        let m = one(
            r#"{"type": "photo", "media_url_https": "https://pbs.twimg.com/a.jpg",
                "original_info": {"width": 4000, "height": 3000},
                "sizes": {"large": {"w": 2048, "h": 1536}}}"#,
        );
        assert_eq!((m.width, m.height), (Some(4000), Some(3000)));
        let m = one(
            r#"{"media_url_https": "https://pbs.twimg.com/a.jpg", "original_info": {},
                "sizes": {"medium": {"w": 1200, "h": 900}}}"#,
        );
        assert_eq!(
            (m.kind, m.width, m.height),
            (MediaKind::Photo, Some(1200), Some(900))
        );
    }
}
