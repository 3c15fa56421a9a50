//! The X archive's wire shapes: private serde structs mirroring `tweets.js`, `account.js`,
//! `profile.js`, `note-tweet.js` and `manifest.js` exactly as X writes them (numbers stored
//! as strings), read leniently — a number where a string was expected, or null, never fails
//! a whole archive.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

/// A string field that may arrive as a string, a number or null. It borrows from the file
/// when the JSON string has no escapes: most fields of a large archive allocate nothing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Str<'a>(pub(super) Option<Cow<'a, str>>);

impl Str<'_> {
    /// The value when present and not empty.
    pub(super) fn get(&self) -> Option<&str> {
        self.0.as_deref().filter(|s| !s.is_empty())
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Str<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Str<'a>, E> {
                Ok(Str(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Str<'a>, E> {
                Ok(Str(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Str<'a>, E> {
                Ok(Str(Some(Cow::Owned(v))))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Str<'a>, E> {
                Ok(Str(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Str<'a>, E> {
                Ok(Str(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Str<'a>, E> {
                Ok(Str(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Str<'a>, E> {
                Ok(Str(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Str<'a>, E> {
                Ok(Str(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Str<'a>, E> {
                Ok(Str(None))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A non-negative integer that may arrive as a number, a numeric string or null. Anything
/// else (a negative number, "abc") reads as absent rather than failing the file.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Num(pub(super) Option<u64>);

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Num;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number or a numeric string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Num, E> {
                Ok(Num(v.trim().parse().ok()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Num, E> {
                Ok(Num(Some(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Num, E> {
                Ok(Num(u64::try_from(v).ok()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Num, E> {
                // Saturating float-to-int; negative and NaN become absent.
                Ok(Num((v.is_finite() && v >= 0.0).then_some(v as u64)))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Num, E> {
                Ok(Num(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Num, E> {
                Ok(Num(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Num, E> {
                Ok(Num(None))
            }
        }
        d.deserialize_any(V)
    }
}

impl Num {
    pub(super) fn usize(self) -> Option<usize> {
        self.0.and_then(|n| usize::try_from(n).ok())
    }
}

/// `[start, end]` as X writes indices; anything shorter reads as absent.
pub(super) fn range(v: &[Num]) -> Option<(usize, usize)> {
    match v {
        [a, b, ..] => Some((a.usize()?, b.usize()?)),
        _ => None,
    }
}

/// One element of `window.YTD.tweets.part0`: `{ "tweet": { … } }`.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct TweetItem<'a> {
    pub(super) tweet: Tweet<'a>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct Tweet<'a> {
    pub(super) id_str: Str<'a>,
    pub(super) id: Str<'a>,
    pub(super) created_at: Str<'a>,
    pub(super) full_text: Str<'a>,
    /// Very old archives and compat-mode statuses.
    pub(super) text: Str<'a>,
    pub(super) display_text_range: Vec<Num>,
    pub(super) entities: Entities<'a>,
    pub(super) extended_entities: Option<ExtendedEntities<'a>>,
    pub(super) in_reply_to_status_id_str: Str<'a>,
    pub(super) in_reply_to_status_id: Str<'a>,
    pub(super) in_reply_to_user_id_str: Str<'a>,
    pub(super) in_reply_to_user_id: Str<'a>,
    pub(super) in_reply_to_screen_name: Str<'a>,
    pub(super) lang: Str<'a>,
    pub(super) retweeted_status: Option<de::IgnoredAny>,
    pub(super) quoted_status_id_str: Str<'a>,
    pub(super) quoted_status_permalink: Option<QuotedPermalink<'a>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct QuotedPermalink<'a> {
    pub(super) expanded: Str<'a>,
    pub(super) url: Str<'a>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct Entities<'a> {
    pub(super) urls: Vec<UrlEntity<'a>>,
    pub(super) user_mentions: Vec<MentionEntity<'a>>,
    pub(super) hashtags: Vec<HashtagEntity<'a>>,
    pub(super) media: Vec<MediaEntity<'a>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct UrlEntity<'a> {
    pub(super) url: Str<'a>,
    pub(super) expanded_url: Str<'a>,
    pub(super) display_url: Str<'a>,
    pub(super) indices: Vec<Num>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct MentionEntity<'a> {
    pub(super) screen_name: Str<'a>,
    pub(super) indices: Vec<Num>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct HashtagEntity<'a> {
    pub(super) text: Str<'a>,
    pub(super) indices: Vec<Num>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct ExtendedEntities<'a> {
    pub(super) media: Vec<MediaEntity<'a>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct MediaEntity<'a> {
    #[serde(rename = "type")]
    pub(super) kind: Str<'a>,
    pub(super) indices: Vec<Num>,
    pub(super) media_url_https: Str<'a>,
    pub(super) media_url: Str<'a>,
    pub(super) expanded_url: Str<'a>,
    pub(super) ext_alt_text: Str<'a>,
    pub(super) video_info: Option<VideoInfo<'a>>,
    pub(super) sizes: Option<Sizes>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct VideoInfo<'a> {
    pub(super) variants: Vec<Variant<'a>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct Variant<'a> {
    pub(super) bitrate: Num,
    pub(super) content_type: Str<'a>,
    pub(super) url: Str<'a>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct Sizes {
    pub(super) large: Option<Size>,
    pub(super) medium: Option<Size>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct Size {
    pub(super) w: Num,
    pub(super) h: Num,
}

/// One element of `window.YTD.note_tweet.part0` (note-tweet.js): the full text of a long
/// post. Its id is not the post's; `notes` joins it to its tweet by time and text.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct NoteItem<'a> {
    #[serde(rename = "noteTweet")]
    pub(super) note_tweet: NoteTweet<'a>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct NoteTweet<'a> {
    /// RFC 3339, "2023-10-13T14:58:50.000Z".
    pub(super) created_at: Str<'a>,
    pub(super) core: NoteCore<'a>,
}

/// The text as typed (not entity-encoded); entity `fromIndex`/`toIndex` count its code
/// points. (`styletags` — bold, italic — are not read.)
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct NoteCore<'a> {
    pub(super) text: Str<'a>,
    pub(super) urls: Vec<NoteUrl<'a>>,
    pub(super) mentions: Vec<NoteMention<'a>>,
    pub(super) hashtags: Vec<NoteHashtag<'a>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct NoteUrl<'a> {
    pub(super) short_url: Str<'a>,
    pub(super) expanded_url: Str<'a>,
    pub(super) display_url: Str<'a>,
    pub(super) from_index: Num,
    pub(super) to_index: Num,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct NoteMention<'a> {
    pub(super) screen_name: Str<'a>,
    pub(super) from_index: Num,
    pub(super) to_index: Num,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct NoteHashtag<'a> {
    pub(super) text: Str<'a>,
    pub(super) from_index: Num,
    pub(super) to_index: Num,
}

/// One element of `window.YTD.account.part0`.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct AccountItem<'a> {
    pub(super) account: Account<'a>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct Account<'a> {
    pub(super) account_id: Str<'a>,
    pub(super) username: Str<'a>,
    pub(super) account_display_name: Str<'a>,
}

/// One element of `window.YTD.profile.part0`.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct ProfileItem<'a> {
    pub(super) profile: Profile<'a>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct Profile<'a> {
    pub(super) avatar_media_url: Str<'a>,
}

/// `window.__THAR_CONFIG = { "userInfo": { … }, … }` (manifest.js).
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct Manifest<'a> {
    pub(super) user_info: UserInfo<'a>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[serde(bound(deserialize = "'de: 'a"))]
pub(super) struct UserInfo<'a> {
    pub(super) account_id: Str<'a>,
    pub(super) user_name: Str<'a>,
    pub(super) display_name: Str<'a>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_strings_read_leniently() {
        let v: Vec<Num> =
            serde_json::from_str(r#"["12", 13, null, "x", -1, 2.5, true]"#).expect("lenient");
        let got: Vec<Option<u64>> = v.iter().map(|n| n.0).collect();
        assert_eq!(got, [Some(12), Some(13), None, None, None, Some(2), None]);
        let s: Vec<Str> =
            serde_json::from_str(r#"["a", 1593713298352254976, null, ""]"#).expect("lenient");
        let got: Vec<Option<&str>> = s.iter().map(Str::get).collect();
        assert_eq!(got, [Some("a"), Some("1593713298352254976"), None, None]);
        assert_eq!(range(&v), Some((12, 13)));
        assert_eq!(range(&v[2..]), None);
    }
}
