//! The X API v2 wire shapes Unroll reads (tweet, user, media objects), as serde structs.
//! Only the fields the model needs; unknown fields are ignored. Required fields are the ones
//! every v2 object carries (`id`, `text`, `username`, `media_key`, `type`); everything else
//! is optional, and `null` is read as absent.

use serde::Deserialize;

/// `includes` of a response: the objects the `data` tweets refer to.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Includes {
    #[serde(default)]
    pub users: Option<Vec<User>>,
    #[serde(default)]
    pub media: Option<Vec<Media>>,
    #[serde(default)]
    pub tweets: Option<Vec<Tweet>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Tweet {
    /// Ids exceed 2^53: always strings.
    pub id: String,
    /// HTML-entity-encoded ("&amp;"), possibly truncated when `note_tweet` is present.
    pub text: String,
    #[serde(default)]
    pub author_id: Option<String>,
    /// RFC 3339, "2021-05-30T23:25:42.000Z".
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub conversation_id: Option<String>,
    #[serde(default)]
    pub in_reply_to_user_id: Option<String>,
    #[serde(default)]
    pub referenced_tweets: Option<Vec<Reference>>,
    #[serde(default)]
    pub entities: Option<Entities>,
    #[serde(default)]
    pub attachments: Option<Attachments>,
    /// A long post: its full text and entities replace `text` and `entities`.
    #[serde(default)]
    pub note_tweet: Option<NoteTweet>,
    #[serde(default)]
    pub lang: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Reference {
    /// "replied_to", "quoted" or "retweeted".
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct NoteTweet {
    pub text: String,
    #[serde(default)]
    pub entities: Option<Entities>,
}

/// Entity ranges are `[start, end)` in code points of the (entity-encoded) text.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Entities {
    #[serde(default)]
    pub urls: Option<Vec<UrlEntity>>,
    #[serde(default)]
    pub mentions: Option<Vec<MentionEntity>>,
    #[serde(default)]
    pub hashtags: Option<Vec<HashtagEntity>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct UrlEntity {
    pub start: usize,
    pub end: usize,
    /// The t.co wrapper as it appears in the text.
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub expanded_url: Option<String>,
    #[serde(default)]
    pub display_url: Option<String>,
    /// The target after following redirects, when X resolved it.
    #[serde(default)]
    pub unwound_url: Option<String>,
    /// Set when this link is the post's own media ("pic.twitter.com/…").
    #[serde(default)]
    pub media_key: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct MentionEntity {
    pub start: usize,
    pub end: usize,
    pub username: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct HashtagEntity {
    pub start: usize,
    pub end: usize,
    pub tag: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct Attachments {
    #[serde(default)]
    pub media_keys: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct User {
    pub id: String,
    pub username: String,
    #[serde(default)]
    pub name: Option<String>,
    /// The 48x48 "_normal" variant.
    #[serde(default)]
    pub profile_image_url: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Media {
    pub media_key: String,
    /// "photo", "video" or "animated_gif".
    #[serde(rename = "type")]
    pub kind: String,
    /// Photos only.
    #[serde(default)]
    pub url: Option<String>,
    /// Videos and GIFs: the poster frame.
    #[serde(default)]
    pub preview_image_url: Option<String>,
    #[serde(default)]
    pub alt_text: Option<String>,
    #[serde(default)]
    pub width: Option<u32>,
    #[serde(default)]
    pub height: Option<u32>,
    #[serde(default)]
    pub variants: Option<Vec<Variant>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Variant {
    #[serde(default)]
    pub bit_rate: Option<u64>,
    #[serde(default)]
    pub content_type: Option<String>,
    pub url: String,
}
