//! The X API v2 wire shapes Unroll reads (tweet, user, media objects), as wire structs read by `json`.
//! Only the fields the model needs; unknown fields are ignored. Required fields are the ones
//! every v2 object carries (`id`, `text`, `username`, `media_key`, `type`); everything else
//! is optional, and `null` is read as absent.

use crate::json::wire;

wire! {
    /// `includes` of a response: the objects the `data` tweets refer to.
    #[derive(Debug, Default)]
    pub(super) struct Includes {
        pub users: Option<Vec<User>>,
        pub media: Option<Vec<Media>>,
        pub tweets: Option<Vec<Tweet>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Tweet {
        /// Ids exceed 2^53: always strings.
        pub id: String => required,
        /// HTML-entity-encoded ("&amp;"), possibly truncated when `note_tweet` is present.
        pub text: String => required,
        pub author_id: Option<String>,
        /// RFC 3339, "2021-05-30T23:25:42.000Z".
        pub created_at: Option<String>,
        pub conversation_id: Option<String>,
        pub in_reply_to_user_id: Option<String>,
        pub referenced_tweets: Option<Vec<Reference>>,
        pub entities: Option<Entities>,
        pub attachments: Option<Attachments>,
        /// A long post: its full text and entities replace `text` and `entities`.
        pub note_tweet: Option<NoteTweet>,
        pub lang: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Reference {
        /// "replied_to", "quoted" or "retweeted".
        pub kind: String = "type" => required,
        pub id: String => required,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct NoteTweet {
        pub text: String => required,
        pub entities: Option<Entities>,
    }
}

wire! {
    /// Entity ranges are `[start, end)` in code points of the (entity-encoded) text.
    #[derive(Debug, Default)]
    pub(super) struct Entities {
        pub urls: Option<Vec<UrlEntity>>,
        pub mentions: Option<Vec<MentionEntity>>,
        pub hashtags: Option<Vec<HashtagEntity>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct UrlEntity {
        pub start: usize => required,
        pub end: usize => required,
        /// The t.co wrapper as it appears in the text.
        pub url: Option<String>,
        pub expanded_url: Option<String>,
        pub display_url: Option<String>,
        /// The target after following redirects, when X resolved it.
        pub unwound_url: Option<String>,
        /// Set when this link is the post's own media ("pic.twitter.com/…").
        pub media_key: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct MentionEntity {
        pub start: usize => required,
        pub end: usize => required,
        pub username: String => required,
        /// The mentioned account's id (given by most writers).
        pub id: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct HashtagEntity {
        pub start: usize => required,
        pub end: usize => required,
        pub tag: String => required,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Attachments {
        pub media_keys: Option<Vec<String>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct User {
        pub id: String => required,
        pub username: String => required,
        pub name: Option<String>,
        /// The 48x48 "_normal" variant.
        pub profile_image_url: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Media {
        pub media_key: String => required,
        /// "photo", "video" or "animated_gif".
        pub kind: String = "type" => required,
        /// Photos only.
        pub url: Option<String>,
        /// Videos and GIFs: the poster frame.
        pub preview_image_url: Option<String>,
        pub alt_text: Option<String>,
        pub width: Option<u32>,
        pub height: Option<u32>,
        pub variants: Option<Vec<Variant>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Variant {
        pub bit_rate: Option<u64>,
        pub content_type: Option<String>,
        pub url: String => required,
    }
}
