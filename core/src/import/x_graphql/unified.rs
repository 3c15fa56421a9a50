//! X's `unified_card`: the website, app and carousel cards, whose binding value is a JSON
//! document of its own. Its `components` name, in order, `component_objects` ("details":
//! a title and the destination it opens; "media" / "swipeable_media": media by id) whose
//! `destination_objects` hold the link (`url_data.url`) and whose `media_entities` are v1.1
//! media entities keyed by media key.
//!
//! What the post shows: a link card to the details' destination (else the first destination
//! with a URL), titled by the details' title; a single photo is the card's image, videos, GIFs
//! and a carousel's photos are the post's media (videos play; the card then only links).
//! App-store destinations have no URL: such a card gives its media alone.

use crate::import::x_v1::{self, wire::MediaEntity};
use crate::json::{wire, FromJson, Reader, Result};
use crate::model::{LinkCard, Media, MediaKind};

/// What a unified card adds to its post.
pub(super) struct Shown {
    pub card: Option<LinkCard>,
    pub media: Vec<Media>,
}

/// The card's link and media; None when the document cannot be read or holds neither.
pub(super) fn read(json: &str) -> Option<Shown> {
    let doc: Unified = crate::json::from_slice(json.as_bytes()).ok()?;
    let components = doc.ordered_components();
    let details = components
        .iter()
        .find(|c| c.kind.as_deref() == Some("details"));
    let title = (details.and_then(|d| d.data.title.as_ref()))
        .and_then(|t| t.content.as_deref())
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let url = (details.and_then(|d| d.data.destination.as_deref()))
        .and_then(|key| doc.destination_url(key))
        .or_else(|| (doc.destination_objects.0.iter()).find_map(|(_, d)| d.url()));
    let mut media: Vec<Media> = Vec::new();
    for c in &components {
        let ids = c.data.id.iter().chain(
            c.data
                .media_list
                .iter()
                .flat_map(|l| l.iter().filter_map(|m| m.id.as_ref())),
        );
        for id in ids {
            if let Some((_, m)) = doc.media_entities.0.iter().find(|(k, _)| k == id) {
                media.extend(x_v1::media(std::slice::from_ref(m)));
            }
        }
    }
    let one_photo = media.len() == 1 && media.iter().all(|m| m.kind == MediaKind::Photo);
    let thumb = if one_photo && url.is_some() {
        media.pop().map(|m| m.url)
    } else {
        None
    };
    let card = url.map(|url| LinkCard {
        url: url.to_string(),
        title: title.map(str::to_string),
        description: None,
        thumb,
    });
    (card.is_some() || !media.is_empty()).then_some(Shown { card, media })
}

impl Unified {
    /// The components in the order `components` lists them (else as the document has them).
    fn ordered_components(&self) -> Vec<&Component> {
        let all = &self.component_objects.0;
        if self.components.is_empty() {
            return all.iter().map(|(_, c)| c).collect();
        }
        (self.components.iter())
            .filter_map(|name| all.iter().find(|(k, _)| k == name).map(|(_, c)| c))
            .collect()
    }

    fn destination_url(&self, key: &str) -> Option<&str> {
        (self.destination_objects.0.iter())
            .find(|(k, _)| k == key)
            .and_then(|(_, d)| d.url())
    }
}

impl Destination {
    fn url(&self) -> Option<&str> {
        (self.data.url_data.as_ref())
            .and_then(|u| u.url.as_deref())
            .map(str::trim)
            .and_then(crate::url::safe_url)
    }
}

/// A JSON object of named values, in document order (the card's `*_objects` maps).
#[derive(Debug, Default)]
struct Keyed<T>(Vec<(String, T)>);

impl<'a, T: FromJson<'a>> FromJson<'a> for Keyed<T> {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        let mut out = Vec::new();
        if r.begin_object("a map")? {
            let mut first = true;
            while let Some(key) = r.next_key(&mut first)? {
                out.push((key.into_owned(), T::read(r)?));
            }
        }
        Ok(Keyed(out))
    }
}

wire! {
    #[derive(Debug, Default)]
    struct Unified {
        components: Vec<String>,
        component_objects: Keyed<Component>,
        destination_objects: Keyed<Destination>,
        media_entities: Keyed<MediaEntity>,
    }
}

wire! {
    #[derive(Debug, Default)]
    struct Component {
        /// "details", "media", "swipeable_media", "button_group", "app_store_details" …
        kind: Option<String> = "type",
        data: ComponentData,
    }
}

wire! {
    #[derive(Debug, Default)]
    struct ComponentData {
        title: Option<Content>,
        /// The key of the destination the component opens.
        destination: Option<String>,
        /// A "media" component's media key.
        id: Option<String>,
        /// A "swipeable_media" component's media.
        media_list: Option<Vec<MediaRef>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    struct Content {
        content: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    struct MediaRef {
        id: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    struct Destination {
        data: DestinationData,
    }
}

wire! {
    #[derive(Debug, Default)]
    struct DestinationData {
        url_data: Option<UrlData>,
    }
}

wire! {
    #[derive(Debug, Default)]
    struct UrlData {
        url: Option<String>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_carousel_gives_its_photos_and_an_app_card_no_link() {
        let doc = r#"{"type":"image_carousel_app","components":["swipe","buttons"],
            "component_objects":{"swipe":{"type":"swipeable_media","data":{"media_list":[
                {"id":"3_1"},{"id":"3_2"}]}},
              "buttons":{"type":"button_group","data":{"buttons":[{"destination":"app"}]}}},
            "destination_objects":{"app":{"type":"app_store","data":{"app_id":"x"}}},
            "media_entities":{
              "3_1":{"type":"photo","media_url_https":"https://pbs.twimg.com/media/a.jpg"},
              "3_2":{"type":"photo","media_url_https":"https://pbs.twimg.com/media/b.jpg"}}}"#;
        let shown = read(doc).unwrap();
        assert!(shown.card.is_none());
        let urls: Vec<&str> = shown.media.iter().map(|m| m.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://pbs.twimg.com/media/a.jpg",
                "https://pbs.twimg.com/media/b.jpg"
            ]
        );
    }

    #[test]
    fn a_broken_document_is_no_card() {
        assert!(read("{\"components\": 3").is_none());
        assert!(read("{}").is_none());
    }
}
