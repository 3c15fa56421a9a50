//! The X archive's wire shapes: private serde structs mirroring `tweets.js`, `account.js`,
//! `profile.js`, `note-tweet.js` and `manifest.js` exactly as X writes them (numbers stored
//! as strings), read leniently — a number where a string was expected, or null, never fails
//! a whole archive.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

/// A string field that may arrive as a string, a number or null.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Str(pub(super) Option<String>);

impl Str {
    /// The value when present and not empty.
    pub(super) fn get(&self) -> Option<&str> {
        self.0.as_deref().filter(|s| !s.is_empty())
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Str, E> {
                Ok(Str(Some(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Str, E> {
                Ok(Str(Some(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Str, E> {
                Ok(Str(Some(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Str, E> {
                Ok(Str(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Str, E> {
                Ok(Str(Some(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Str, E> {
                Ok(Str(Some(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Str, E> {
                Ok(Str(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Str, E> {
                Ok(Str(None))
            }
        }
        d.deserialize_any(V)
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
pub(super) struct TweetItem {
    pub(super) tweet: Tweet,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct Tweet {
    pub(super) id_str: Str,
    pub(super) id: Str,
    pub(super) created_at: Str,
    pub(super) full_text: Str,
    /// Very old archives and compat-mode statuses.
    pub(super) text: Str,
    pub(super) display_text_range: Vec<Num>,
    pub(super) entities: Entities,
    pub(super) extended_entities: Option<ExtendedEntities>,
    pub(super) in_reply_to_status_id_str: Str,
    pub(super) in_reply_to_status_id: Str,
    pub(super) in_reply_to_user_id_str: Str,
    pub(super) in_reply_to_user_id: Str,
    pub(super) in_reply_to_screen_name: Str,
    pub(super) lang: Str,
    pub(super) retweeted_status: Option<de::IgnoredAny>,
    pub(super) quoted_status_id_str: Str,
    pub(super) quoted_status_permalink: Option<QuotedPermalink>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct QuotedPermalink {
    pub(super) expanded: Str,
    pub(super) url: Str,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct Entities {
    pub(super) urls: Vec<UrlEntity>,
    pub(super) user_mentions: Vec<MentionEntity>,
    pub(super) hashtags: Vec<HashtagEntity>,
    pub(super) media: Vec<MediaEntity>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct UrlEntity {
    pub(super) url: Str,
    pub(super) expanded_url: Str,
    pub(super) display_url: Str,
    pub(super) indices: Vec<Num>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct MentionEntity {
    pub(super) screen_name: Str,
    pub(super) indices: Vec<Num>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct HashtagEntity {
    pub(super) text: Str,
    pub(super) indices: Vec<Num>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct ExtendedEntities {
    pub(super) media: Vec<MediaEntity>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct MediaEntity {
    #[serde(rename = "type")]
    pub(super) kind: Str,
    pub(super) indices: Vec<Num>,
    pub(super) media_url_https: Str,
    pub(super) media_url: Str,
    pub(super) expanded_url: Str,
    pub(super) ext_alt_text: Str,
    pub(super) video_info: Option<VideoInfo>,
    pub(super) sizes: Option<Sizes>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct VideoInfo {
    pub(super) variants: Vec<Variant>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct Variant {
    pub(super) bitrate: Num,
    pub(super) content_type: Str,
    pub(super) url: Str,
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
pub(super) struct NoteItem {
    #[serde(rename = "noteTweet")]
    pub(super) note_tweet: NoteTweet,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(super) struct NoteTweet {
    /// RFC 3339, "2023-10-13T14:58:50.000Z".
    pub(super) created_at: Str,
    pub(super) core: NoteCore,
}

/// The text as typed (not entity-encoded); entity `fromIndex`/`toIndex` count its code
/// points. (`styletags` — bold, italic — are not read.)
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct NoteCore {
    pub(super) text: Str,
    pub(super) urls: Vec<NoteUrl>,
    pub(super) mentions: Vec<NoteMention>,
    pub(super) hashtags: Vec<NoteHashtag>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(super) struct NoteUrl {
    pub(super) short_url: Str,
    pub(super) expanded_url: Str,
    pub(super) display_url: Str,
    pub(super) from_index: Num,
    pub(super) to_index: Num,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(super) struct NoteMention {
    pub(super) screen_name: Str,
    pub(super) from_index: Num,
    pub(super) to_index: Num,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(super) struct NoteHashtag {
    pub(super) text: Str,
    pub(super) from_index: Num,
    pub(super) to_index: Num,
}

/// One element of `window.YTD.account.part0`.
#[derive(Debug, Deserialize)]
pub(super) struct AccountItem {
    pub(super) account: Account,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(super) struct Account {
    pub(super) account_id: Str,
    pub(super) username: Str,
    pub(super) account_display_name: Str,
}

/// One element of `window.YTD.profile.part0`.
#[derive(Debug, Deserialize)]
pub(super) struct ProfileItem {
    pub(super) profile: Profile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(super) struct Profile {
    pub(super) avatar_media_url: Str,
}

/// `window.__THAR_CONFIG = { "userInfo": { … }, … }` (manifest.js).
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(super) struct Manifest {
    pub(super) user_info: UserInfo,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(super) struct UserInfo {
    pub(super) account_id: Str,
    pub(super) user_name: Str,
    pub(super) display_name: Str,
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
