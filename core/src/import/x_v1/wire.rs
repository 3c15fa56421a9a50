//! The X API v1.1 status shape, as wire structs read by `json`: only the fields the model needs, unknown
//! fields ignored, `null` read as absent. The same shape is the `legacy` object of every post
//! in X's web GraphQL responses, so `x_graphql` reads it with these structs too.
//!
//! Ids are read from the `*_str` fields only: the numeric `id` of a status exceeds 2^53 and
//! many writers (JavaScript among them) have already rounded it.

use crate::import::x_graphql::wire::TweetResults as GraphqlResults;
use crate::json::wire;

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Status {
        pub id_str: Option<String>,
        /// "Mon Oct 03 00:23:22 +0000 2016".
        pub created_at: Option<String>,
        /// Extended mode (`tweet_mode=extended`) and GraphQL: the whole text, entity-encoded.
        pub full_text: Option<String>,
        /// Compat mode: the text, cut at 140 characters with "…" and a link when `truncated`.
        pub text: Option<String>,
        /// Compat mode: `text` was cut (the whole text is in `extended_tweet`, when present).
        pub truncated: Option<bool>,
        /// `[start, end)` in code points of the text: what X shows (reply mentions and the
        /// trailing media link fall outside).
        pub display_text_range: Option<Vec<usize>>,
        pub entities: Option<Entities>,
        pub extended_entities: Option<ExtendedEntities>,
        /// Compat mode with a long post: its full text, range and entities.
        pub extended_tweet: Option<ExtendedTweet>,
        pub in_reply_to_status_id_str: Option<String>,
        pub in_reply_to_user_id_str: Option<String>,
        pub in_reply_to_screen_name: Option<String>,
        /// The author (v1.1). GraphQL keeps it outside `legacy`.
        pub user: Option<User>,
        /// The author's id (GraphQL `legacy`).
        pub user_id_str: Option<String>,
        /// GraphQL `legacy` only.
        pub conversation_id_str: Option<String>,
        pub quoted_status: Option<Box<Status>>,
        pub quoted_status_id_str: Option<String>,
        pub quoted_status_permalink: Option<QuotedPermalink>,
        /// Set on a retweet (v1.1): the original. A file about a retweet shows it.
        pub retweeted_status: Option<Box<Status>>,
        /// The same in GraphQL `legacy`: the original post, a GraphQL result (`x_graphql`
        /// shows it in place of a focal repost).
        pub retweeted_status_result: Option<Box<GraphqlResults>>,
        pub lang: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct ExtendedTweet {
        pub full_text: Option<String>,
        pub display_text_range: Option<Vec<usize>>,
        pub entities: Option<Entities>,
        pub extended_entities: Option<ExtendedEntities>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct QuotedPermalink {
        pub expanded: Option<String>,
        pub url: Option<String>,
    }
}

wire! {
    /// Entity ranges are `indices: [start, end]` in code points of the entity-encoded text.
    /// GraphQL's `note_tweet…entity_set` has the same shape (over the unencoded long text).
    #[derive(Debug, Default)]
    pub(in crate::import) struct Entities {
        pub urls: Option<Vec<UrlEntity>>,
        pub user_mentions: Option<Vec<MentionEntity>>,
        pub hashtags: Option<Vec<HashtagEntity>>,
        pub media: Option<Vec<MediaEntity>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct ExtendedEntities {
        pub media: Option<Vec<MediaEntity>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct UrlEntity {
        /// The t.co wrapper as it appears in the text.
        pub url: Option<String>,
        pub expanded_url: Option<String>,
        pub display_url: Option<String>,
        pub indices: Option<Vec<usize>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct MentionEntity {
        pub screen_name: Option<String>,
        pub id_str: Option<String>,
        pub indices: Option<Vec<usize>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct HashtagEntity {
        pub text: Option<String>,
        pub indices: Option<Vec<usize>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct MediaEntity {
        /// "photo", "video" or "animated_gif".
        pub kind: Option<String> = "type",
        pub indices: Option<Vec<usize>>,
        /// The image, or a video's poster frame.
        pub media_url_https: Option<String>,
        pub media_url: Option<String>,
        /// The post's media page ("…/status/<id>/video/1").
        pub expanded_url: Option<String>,
        pub ext_alt_text: Option<String>,
        pub video_info: Option<VideoInfo>,
        pub sizes: Option<Sizes>,
        /// GraphQL: the upload's own size.
        pub original_info: Option<OriginalInfo>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct VideoInfo {
        pub variants: Option<Vec<Variant>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Variant {
        /// Absent for streaming playlists (m3u8, mpd).
        pub bitrate: Option<u64>,
        pub content_type: Option<String>,
        pub url: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Sizes {
        pub large: Option<Size>,
        pub medium: Option<Size>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Size {
        pub w: Option<u32>,
        pub h: Option<u32>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct OriginalInfo {
        pub width: Option<u32>,
        pub height: Option<u32>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct User {
        pub id_str: Option<String>,
        pub screen_name: Option<String>,
        pub name: Option<String>,
        /// The 48x48 "_normal" variant.
        pub profile_image_url_https: Option<String>,
        pub profile_image_url: Option<String>,
    }
}

/// `[start, end]` of an entity; None unless both are there.
pub(in crate::import) fn range(indices: Option<&Vec<usize>>) -> Option<(usize, usize)> {
    match indices.map(Vec::as_slice) {
        Some([start, end, ..]) => Some((*start, *end)),
        _ => None,
    }
}
