//! The X archive's wire shapes: private structs, read by `json`, mirroring `tweets.js`,
//! `account.js`, `profile.js`, `note-tweet.js` and `manifest.js` exactly as X writes them
//! (numbers stored as strings), read leniently — a number where a string was expected, or null, never fails
//! a whole archive.

use std::borrow::Cow;

use crate::json::{self, wire, FromJson, Kind, Reader, Skip};

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

impl<'a> FromJson<'a> for Str<'a> {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        Ok(Str(match r.kind()? {
            Kind::String => Some(r.string()?),
            Kind::Number => Some(Cow::Borrowed(r.number("a string or a number")?)),
            Kind::Bool => Some(Cow::Borrowed(if r.bool()? { "true" } else { "false" })),
            Kind::Null => {
                r.skip()?;
                None
            }
            Kind::Object | Kind::Array => return Err(r.invalid_type("a string or a number")?),
        }))
    }
}

/// A non-negative integer that may arrive as a number, a numeric string or null. Anything
/// else (a negative number, "abc") reads as absent rather than failing the file.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Num(pub(super) Option<u64>);

impl<'a> FromJson<'a> for Num {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        Ok(Num(match r.kind()? {
            Kind::String => json::whole_part(&r.string()?),
            // Saturating float-to-int; negative numbers become absent.
            Kind::Number => json::whole_part(r.number("a number or a numeric string")?),
            Kind::Bool | Kind::Null => {
                r.skip()?;
                None
            }
            Kind::Object | Kind::Array => {
                return Err(r.invalid_type("a number or a numeric string")?)
            }
        }))
    }
}

impl Num {
    pub(super) fn usize(self) -> Option<usize> {
        self.0.and_then(|n| usize::try_from(n).ok())
    }
}

/// `[start, end]` as X writes indices (numbers or numeric strings): anything shorter, or
/// either bound unreadable, reads as absent. Read without building a list: a large archive
/// has several per post.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Indices(Option<(usize, usize)>);

impl Indices {
    pub(super) fn get(self) -> Option<(usize, usize)> {
        self.0
    }
}

impl<'a> FromJson<'a> for Indices {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        r.begin_array("a sequence")?;
        let (mut start, mut end) = (Num(None), Num(None));
        let mut count = 0usize;
        let mut first = true;
        while r.next_element(&mut first)? {
            let n = Num::read(r)?;
            match count {
                0 => start = n,
                1 => end = n,
                _ => {}
            }
            count += 1;
        }
        Ok(Indices(start.usize().zip(end.usize())))
    }
}

wire! {
    /// One element of `window.YTD.tweets.part0`: `{ "tweet": { … } }`.
    #[derive(Debug, Default)]
    pub(super) struct TweetItem<'a> {
        pub(super) tweet: Tweet<'a> => required,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Tweet<'a> {
        pub(super) id_str: Str<'a>,
        pub(super) id: Str<'a>,
        pub(super) created_at: Str<'a>,
        pub(super) full_text: Str<'a>,
        /// Very old archives and compat-mode statuses.
        pub(super) text: Str<'a>,
        pub(super) display_text_range: Indices,
        pub(super) entities: Entities<'a>,
        pub(super) extended_entities: Option<ExtendedEntities<'a>>,
        pub(super) in_reply_to_status_id_str: Str<'a>,
        pub(super) in_reply_to_status_id: Str<'a>,
        pub(super) in_reply_to_user_id_str: Str<'a>,
        pub(super) in_reply_to_user_id: Str<'a>,
        pub(super) in_reply_to_screen_name: Str<'a>,
        pub(super) lang: Str<'a>,
        pub(super) retweeted_status: Option<Skip>,
        pub(super) quoted_status_permalink: Option<QuotedPermalink<'a>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct QuotedPermalink<'a> {
        pub(super) expanded: Str<'a>,
        pub(super) url: Str<'a>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Entities<'a> {
        pub(super) urls: Vec<UrlEntity<'a>>,
        pub(super) user_mentions: Vec<MentionEntity<'a>>,
        pub(super) hashtags: Vec<HashtagEntity<'a>>,
        pub(super) media: Vec<MediaEntity<'a>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct UrlEntity<'a> {
        pub(super) url: Str<'a>,
        pub(super) expanded_url: Str<'a>,
        pub(super) display_url: Str<'a>,
        pub(super) indices: Indices,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct MentionEntity<'a> {
        pub(super) screen_name: Str<'a>,
        pub(super) id_str: Str<'a>,
        pub(super) indices: Indices,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct HashtagEntity<'a> {
        pub(super) text: Str<'a>,
        pub(super) indices: Indices,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct ExtendedEntities<'a> {
        pub(super) media: Vec<MediaEntity<'a>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct MediaEntity<'a> {
        pub(super) kind: Str<'a> = "type",
        pub(super) indices: Indices,
        pub(super) media_url_https: Str<'a>,
        pub(super) media_url: Str<'a>,
        pub(super) expanded_url: Str<'a>,
        pub(super) ext_alt_text: Str<'a>,
        pub(super) video_info: Option<VideoInfo<'a>>,
        pub(super) sizes: Option<Sizes>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct VideoInfo<'a> {
        pub(super) variants: Vec<Variant<'a>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Variant<'a> {
        pub(super) bitrate: Num,
        pub(super) content_type: Str<'a>,
        pub(super) url: Str<'a>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Sizes {
        pub(super) large: Option<Size>,
        pub(super) medium: Option<Size>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Size {
        pub(super) w: Num,
        pub(super) h: Num,
    }
}

wire! {
    /// One element of `window.YTD.note_tweet.part0` (note-tweet.js): the full text of a long
    /// post. Its id is not the post's; `notes` joins it to its tweet by time and text.
    #[derive(Debug, Default)]
    pub(super) struct NoteItem<'a> {
        pub(super) note_tweet: NoteTweet<'a> = "noteTweet" => required,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct NoteTweet<'a> {
        /// RFC 3339, "2023-10-13T14:58:50.000Z".
        pub(super) created_at: Str<'a> = "createdAt",
        pub(super) core: NoteCore<'a>,
    }
}

wire! {
    /// The text as typed (not entity-encoded); entity `fromIndex`/`toIndex` count its code
    /// points. (`styletags` — bold, italic — are not read.)
    #[derive(Debug, Default)]
    pub(super) struct NoteCore<'a> {
        pub(super) text: Str<'a>,
        pub(super) urls: Vec<NoteUrl<'a>>,
        pub(super) mentions: Vec<NoteMention<'a>>,
        pub(super) hashtags: Vec<NoteHashtag<'a>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct NoteUrl<'a> {
        pub(super) short_url: Str<'a> = "shortUrl",
        pub(super) expanded_url: Str<'a> = "expandedUrl",
        pub(super) display_url: Str<'a> = "displayUrl",
        pub(super) from_index: Num = "fromIndex",
        pub(super) to_index: Num = "toIndex",
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct NoteMention<'a> {
        pub(super) screen_name: Str<'a> = "screenName",
        pub(super) from_index: Num = "fromIndex",
        pub(super) to_index: Num = "toIndex",
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct NoteHashtag<'a> {
        pub(super) text: Str<'a>,
        pub(super) from_index: Num = "fromIndex",
        pub(super) to_index: Num = "toIndex",
    }
}

wire! {
    /// One element of `window.YTD.account.part0`.
    #[derive(Debug, Default)]
    pub(super) struct AccountItem<'a> {
        pub(super) account: Account<'a> => required,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Account<'a> {
        pub(super) account_id: Str<'a> = "accountId",
        pub(super) username: Str<'a>,
        pub(super) account_display_name: Str<'a> = "accountDisplayName",
    }
}

wire! {
    /// One element of `window.YTD.profile.part0`.
    #[derive(Debug, Default)]
    pub(super) struct ProfileItem<'a> {
        pub(super) profile: Profile<'a> => required,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Profile<'a> {
        pub(super) avatar_media_url: Str<'a> = "avatarMediaUrl",
    }
}

wire! {
    /// `window.__THAR_CONFIG = { "userInfo": { … }, … }` (manifest.js).
    #[derive(Debug, Default)]
    pub(super) struct Manifest<'a> {
        pub(super) user_info: UserInfo<'a> = "userInfo",
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct UserInfo<'a> {
        pub(super) account_id: Str<'a> = "accountId",
        pub(super) user_name: Str<'a> = "userName",
        pub(super) display_name: Str<'a> = "displayName",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_strings_read_leniently() {
        let v: Vec<Num> =
            json::from_slice(br#"["12", 13, null, "x", -1, 2.5, true]"#).expect("lenient");
        let got: Vec<Option<u64>> = v.iter().map(|n| n.0).collect();
        assert_eq!(got, [Some(12), Some(13), None, None, None, Some(2), None]);
        let s: Vec<Str> =
            json::from_slice(br#"["a", 1593713298352254976, null, ""]"#).expect("lenient");
        let got: Vec<Option<&str>> = s.iter().map(Str::get).collect();
        assert_eq!(got, [Some("a"), Some("1593713298352254976"), None, None]);
        let pair = |json: &str| json::from_slice::<Indices>(json.as_bytes()).map(Indices::get);
        assert_eq!(pair(r#"["12", 13, null]"#), Ok(Some((12, 13))));
        assert_eq!(pair(r#"[null, 13]"#), Ok(None));
        assert_eq!(pair(r#"[12]"#), Ok(None));
        assert_eq!(pair(r#"[]"#), Ok(None));
        assert!(pair(r#""12,13""#).is_err(), "not a list");
        assert!(pair(r#"[12, 13"#).is_err(), "cut short");
    }
}
