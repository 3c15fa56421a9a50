//! The model's JSON form (as `export` writes it with serde) read back with `json`: the
//! fields each type requires, and the tagged enums (`network`, `kind`) with serde's words
//! for what is missing or unknown.

use crate::json::{self, wire, FromJson, Reader};
use crate::model::{
    Author, CustomEmoji, LinkCard, Media, MediaKind, Network, Poll, PollOption, Post, Quote,
    ReplyTo, Segment, SourceFormat, Thread, ThreadItem,
};

wire!(impl Author {
    id => required,
    handle => required,
    display_name => required,
    avatar_url,
    network => required,
    emojis,
});

wire!(impl CustomEmoji {
    shortcode => required,
    url => required,
});

wire!(impl Media {
    kind => required,
    url => required,
    alt,
    link,
    width,
    height,
});

wire!(impl ReplyTo {
    post_id => required,
    user_id,
    handle,
});

wire!(impl Quote {
    permalink => required,
    post_id,
    author,
    created_at,
    segments,
    media,
});

wire!(impl LinkCard {
    url => required,
    title,
    description,
    thumb,
});

wire!(impl Poll {
    options => required,
    ends_at,
    closed,
});

wire!(impl PollOption {
    label => required,
    votes,
});

wire!(impl Post {
    id => required,
    author_id => required,
    created_at => required,
    segments => required,
    media,
    reply_to,
    conversation_id,
    quote,
    is_repost,
    lang,
    permalink => required,
    source => required,
    card,
    content_warning,
    poll,
    reposted_by,
    truncated,
    standalone,
});

wire!(impl Thread {
    id => required,
    author_id => required,
    items => required,
});

/// One of `names`, read from a string: its index. Anything else is serde's "unknown variant"
/// on the string's last byte.
fn variant(r: &mut Reader<'_>, names: &[&str]) -> json::Result<usize> {
    let name = r.string()?;
    names.iter().position(|n| *n == name).ok_or_else(|| {
        let expected: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        r.data_error(format!(
            "unknown variant `{name}`, expected one of {}",
            expected.join(", ")
        ))
    })
}

impl<'a> FromJson<'a> for MediaKind {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        use MediaKind::*;
        const KINDS: [MediaKind; 4] = [Photo, Video, Gif, File];
        Ok(KINDS[variant(r, &["photo", "video", "gif", "file"])?])
    }
}

impl<'a> FromJson<'a> for SourceFormat {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        use SourceFormat::*;
        const FORMATS: [SourceFormat; 7] = [
            XArchive, XApiV2, Unroll, Bluesky, Mastodon, XApiV1, XGraphql,
        ];
        let names = [
            "x_archive",
            "x_api_v2",
            "unroll",
            "bluesky",
            "mastodon",
            "x_api_v1",
            "x_graphql",
        ];
        Ok(FORMATS[variant(r, &names)?])
    }
}

/// The tag of a tagged enum, checked as soon as it is read (where serde checks it).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tag<const N: usize>(usize);

const NETWORKS: [&str; 3] = ["x", "bluesky", "mastodon"];
const SEGMENTS: [&str; 5] = ["text", "link", "mention", "hashtag", "emoji"];
const ITEMS: [&str; 2] = ["post", "gap"];

impl<'a> FromJson<'a> for Tag<0> {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        variant(r, &NETWORKS).map(Tag)
    }
}

impl<'a> FromJson<'a> for Tag<1> {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        variant(r, &SEGMENTS).map(Tag)
    }
}

impl<'a> FromJson<'a> for Tag<2> {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        variant(r, &ITEMS).map(Tag)
    }
}

wire! {
    #[derive(Default)]
    struct NetworkJson {
        network: Tag<0> => required,
        instance: Option<String>,
    }
}

wire! {
    #[derive(Default)]
    struct SegmentJson {
        kind: Tag<1> => required,
        text: Option<String>,
        url: Option<String>,
        handle: Option<String>,
        tag: Option<String>,
        shortcode: Option<String>,
    }
}

wire! {
    #[derive(Default)]
    struct ItemJson {
        kind: Tag<2> => required,
        id: Option<String>,
        missing_id: Option<String>,
    }
}

/// A variant's field: missing is serde's "missing field" at the end of the object.
fn field(r: &Reader<'_>, value: Option<String>, name: &str) -> json::Result<String> {
    value.ok_or_else(|| r.missing(name))
}

impl<'a> FromJson<'a> for Network {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        let n = NetworkJson::read(r)?;
        Ok(match n.network.0 {
            0 => Network::X,
            1 => Network::Bluesky,
            _ => Network::Mastodon {
                instance: field(r, n.instance, "instance")?,
            },
        })
    }
}

impl<'a> FromJson<'a> for Segment {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        let s = SegmentJson::read(r)?;
        Ok(match s.kind.0 {
            0 => Segment::Text {
                text: field(r, s.text, "text")?,
            },
            1 => Segment::Link {
                text: field(r, s.text, "text")?,
                url: field(r, s.url, "url")?,
            },
            2 => Segment::Mention {
                handle: field(r, s.handle, "handle")?,
                url: field(r, s.url, "url")?,
            },
            3 => Segment::Hashtag {
                tag: field(r, s.tag, "tag")?,
                url: field(r, s.url, "url")?,
            },
            _ => Segment::Emoji {
                shortcode: field(r, s.shortcode, "shortcode")?,
                url: field(r, s.url, "url")?,
            },
        })
    }
}

impl<'a> FromJson<'a> for ThreadItem {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        let item = ItemJson::read(r)?;
        Ok(match item.kind.0 {
            0 => ThreadItem::Post {
                id: field(r, item.id, "id")?,
            },
            _ => ThreadItem::Gap {
                missing_id: item.missing_id,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::from_slice;

    #[test]
    fn tagged_enums_read_as_serde_wrote_them() {
        let segments: Vec<Segment> = from_slice(
            br#"[{"kind": "text", "text": "a"}, {"url": "https://x.com/b", "kind": "mention", "handle": "b"}]"#,
        )
        .unwrap();
        assert_eq!(
            segments,
            [
                Segment::Text { text: "a".into() },
                Segment::Mention {
                    handle: "b".into(),
                    url: "https://x.com/b".into()
                }
            ]
        );
        let network: Network =
            from_slice(br#"{"network": "mastodon", "instance": "a.b"}"#).unwrap();
        assert_eq!(
            network,
            Network::Mastodon {
                instance: "a.b".into()
            }
        );
        let item: ThreadItem = from_slice(br#"{"kind": "gap"}"#).unwrap();
        assert_eq!(item, ThreadItem::Gap { missing_id: None });
    }

    #[test]
    fn unknown_tags_and_missing_fields_are_named() {
        let err = from_slice::<Segment>(br#"{"kind": "poll"}"#).unwrap_err();
        assert_eq!(
            err.message,
            "unknown variant `poll`, expected one of `text`, `link`, `mention`, `hashtag`, `emoji`"
        );
        assert_eq!(err.offset, 15, "just past the tag");
        let err = from_slice::<Segment>(br#"{"kind": "link", "text": "a"}"#).unwrap_err();
        assert_eq!(err.message, "missing field `url`");
        let err = from_slice::<Network>(br#"{"instance": "a.b"}"#).unwrap_err();
        assert_eq!(err.message, "missing field `network`");
    }
}
