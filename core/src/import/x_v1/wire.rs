//! The X API v1.1 status shape, as serde structs: only the fields the model needs, unknown
//! fields ignored, `null` read as absent. The same shape is the `legacy` object of every post
//! in X's web GraphQL responses, so `x_graphql` reads it with these structs too.
//!
//! Ids are read from the `*_str` fields only: the numeric `id` of a status exceeds 2^53 and
//! many writers (JavaScript among them) have already rounded it.

use serde::de::IgnoredAny;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct Status {
    #[serde(default)]
    pub id_str: Option<String>,
    /// "Mon Oct 03 00:23:22 +0000 2016".
    #[serde(default)]
    pub created_at: Option<String>,
    /// Extended mode (`tweet_mode=extended`) and GraphQL: the whole text, entity-encoded.
    #[serde(default)]
    pub full_text: Option<String>,
    /// Compat mode: the text, cut at 140 characters with "…" and a link when `truncated`.
    #[serde(default)]
    pub text: Option<String>,
    /// `[start, end)` in code points of the text: what X shows (reply mentions and the
    /// trailing media link fall outside).
    #[serde(default)]
    pub display_text_range: Option<Vec<usize>>,
    #[serde(default)]
    pub entities: Option<Entities>,
    #[serde(default)]
    pub extended_entities: Option<ExtendedEntities>,
    /// Compat mode with a long post: its full text, range and entities.
    #[serde(default)]
    pub extended_tweet: Option<ExtendedTweet>,
    #[serde(default)]
    pub in_reply_to_status_id_str: Option<String>,
    #[serde(default)]
    pub in_reply_to_user_id_str: Option<String>,
    #[serde(default)]
    pub in_reply_to_screen_name: Option<String>,
    /// The author (v1.1). GraphQL keeps it outside `legacy`.
    #[serde(default)]
    pub user: Option<User>,
    /// The author's id (GraphQL `legacy`).
    #[serde(default)]
    pub user_id_str: Option<String>,
    /// GraphQL `legacy` only.
    #[serde(default)]
    pub conversation_id_str: Option<String>,
    #[serde(default)]
    pub quoted_status: Option<Box<Status>>,
    #[serde(default)]
    pub quoted_status_id_str: Option<String>,
    #[serde(default)]
    pub quoted_status_permalink: Option<QuotedPermalink>,
    /// Set on a retweet (v1.1); its content is the original's, not read.
    #[serde(default)]
    pub retweeted_status: Option<IgnoredAny>,
    /// The same in GraphQL `legacy`.
    #[serde(default)]
    pub retweeted_status_result: Option<IgnoredAny>,
    #[serde(default)]
    pub lang: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct ExtendedTweet {
    #[serde(default)]
    pub full_text: Option<String>,
    #[serde(default)]
    pub display_text_range: Option<Vec<usize>>,
    #[serde(default)]
    pub entities: Option<Entities>,
    #[serde(default)]
    pub extended_entities: Option<ExtendedEntities>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct QuotedPermalink {
    #[serde(default)]
    pub expanded: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// Entity ranges are `indices: [start, end]` in code points of the entity-encoded text.
/// GraphQL's `note_tweet…entity_set` has the same shape (over the unencoded long text).
#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct Entities {
    #[serde(default)]
    pub urls: Option<Vec<UrlEntity>>,
    #[serde(default)]
    pub user_mentions: Option<Vec<MentionEntity>>,
    #[serde(default)]
    pub hashtags: Option<Vec<HashtagEntity>>,
    #[serde(default)]
    pub media: Option<Vec<MediaEntity>>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct ExtendedEntities {
    #[serde(default)]
    pub media: Option<Vec<MediaEntity>>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct UrlEntity {
    /// The t.co wrapper as it appears in the text.
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub expanded_url: Option<String>,
    #[serde(default)]
    pub display_url: Option<String>,
    #[serde(default)]
    pub indices: Option<Vec<usize>>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct MentionEntity {
    #[serde(default)]
    pub screen_name: Option<String>,
    #[serde(default)]
    pub indices: Option<Vec<usize>>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct HashtagEntity {
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub indices: Option<Vec<usize>>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct MediaEntity {
    /// "photo", "video" or "animated_gif".
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub indices: Option<Vec<usize>>,
    /// The image, or a video's poster frame.
    #[serde(default)]
    pub media_url_https: Option<String>,
    #[serde(default)]
    pub media_url: Option<String>,
    /// The post's media page ("…/status/<id>/video/1").
    #[serde(default)]
    pub expanded_url: Option<String>,
    #[serde(default)]
    pub ext_alt_text: Option<String>,
    #[serde(default)]
    pub video_info: Option<VideoInfo>,
    #[serde(default)]
    pub sizes: Option<Sizes>,
    /// GraphQL: the upload's own size.
    #[serde(default)]
    pub original_info: Option<OriginalInfo>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct VideoInfo {
    #[serde(default)]
    pub variants: Option<Vec<Variant>>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct Variant {
    /// Absent for streaming playlists (m3u8, mpd).
    #[serde(default)]
    pub bitrate: Option<u64>,
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct Sizes {
    #[serde(default)]
    pub large: Option<Size>,
    #[serde(default)]
    pub medium: Option<Size>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct Size {
    #[serde(default)]
    pub w: Option<u32>,
    #[serde(default)]
    pub h: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct OriginalInfo {
    #[serde(default)]
    pub width: Option<u32>,
    #[serde(default)]
    pub height: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
pub(in crate::import) struct User {
    #[serde(default)]
    pub id_str: Option<String>,
    #[serde(default)]
    pub screen_name: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    /// The 48x48 "_normal" variant.
    #[serde(default)]
    pub profile_image_url_https: Option<String>,
    #[serde(default)]
    pub profile_image_url: Option<String>,
}

/// `[start, end]` of an entity; None unless both are there.
pub(in crate::import) fn range(indices: Option<&Vec<usize>>) -> Option<(usize, usize)> {
    match indices.map(Vec::as_slice) {
        Some([start, end, ..]) => Some((*start, *end)),
        _ => None,
    }
}
