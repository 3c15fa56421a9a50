//! The Mastodon REST entities Unroll reads (`Status`, `Account`, `MediaAttachment`,
//! `PreviewCard`, `CustomEmoji`, the 4.5 `Quote`, `Context`), as wire structs read by
//! `json`. Only the fields the model needs; unknown fields are ignored; `null` reads as
//! absent. Required are the fields every status has: `id`, `created_at`, `account` (with
//! its `id`), and an emoji's `shortcode`.

use crate::json::{wire, Whole};

wire! {
    /// `GET /api/v1/statuses/:id/context`, optionally with the status itself beside it
    /// (`{"status": …, "ancestors": […], "descendants": […]}`).
    #[derive(Debug, Default)]
    pub(super) struct Context {
        pub status: Option<Status>,
        pub ancestors: Option<Vec<Status>>,
        pub descendants: Option<Vec<Status>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Status {
        /// The server's id, a string of digits (unique on that server only).
        pub id: String => required,
        /// RFC 3339.
        pub created_at: String => required,
        pub in_reply_to_id: Option<String>,
        pub in_reply_to_account_id: Option<String>,
        pub spoiler_text: Option<String>,
        pub language: Option<String>,
        /// The ActivityPub id.
        pub uri: Option<String>,
        /// The page people open.
        pub url: Option<String>,
        /// HTML.
        pub content: Option<String>,
        pub account: Account => required,
        pub media_attachments: Option<Vec<Attachment>>,
        pub mentions: Option<Vec<Mention>>,
        /// A boost: the boosted status.
        pub reblog: Option<Box<Status>>,
        pub quote: Option<QuoteRef>,
        pub card: Option<Card>,
        pub poll: Option<Poll>,
        /// The custom emoji `content` and `spoiler_text` name.
        pub emojis: Option<Vec<Emoji>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Account {
        pub id: String => required,
        pub username: Option<String>,
        /// "user" on the server that answered, "user@host" for others.
        pub acct: Option<String>,
        pub display_name: Option<String>,
        pub avatar: Option<String>,
        pub url: Option<String>,
        /// The custom emoji `display_name` names.
        pub emojis: Option<Vec<Emoji>>,
    }
}

wire! {
    /// `CustomEmoji`.
    #[derive(Debug, Default)]
    pub(super) struct Emoji {
        /// Without colons.
        pub shortcode: String => required,
        /// The image, possibly animated.
        pub url: Option<String>,
        /// A still copy of it.
        pub static_url: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Mention {
        pub id: String => required,
        pub acct: Option<String>,
    }
}

wire! {
    /// Mastodon 4.5 `Quote`. Its `quoted_status` is there only when the quote can be shown
    /// (`state` "accepted"); a `ShallowQuote` (inside a quoted status) has only its id.
    #[derive(Debug, Default)]
    pub(super) struct QuoteRef {
        pub quoted_status: Option<Box<Status>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Attachment {
        /// "image", "gifv", "video", "audio" or "unknown".
        pub kind: String = "type" => required,
        pub url: Option<String>,
        pub preview_url: Option<String>,
        /// The file on its home server, when this server did not copy it.
        pub remote_url: Option<String>,
        /// Alt text.
        pub description: Option<String>,
        pub meta: Option<Meta>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct Meta {
        pub original: Option<Size>,
        pub small: Option<Size>,
    }
}

wire! {
    /// Sizes are numbers; some servers write them as floats.
    #[derive(Debug, Default)]
    pub(super) struct Size {
        pub width: Option<Whole>,
        pub height: Option<Whole>,
    }
}

wire! {
    /// `PreviewCard`.
    #[derive(Debug, Default)]
    pub(super) struct Card {
        pub url: String => required,
        pub title: Option<String>,
        pub description: Option<String>,
        pub image: Option<String>,
    }
}

wire! {
    /// `Poll`.
    #[derive(Debug, Default)]
    pub(super) struct Poll {
        pub expires_at: Option<String>,
        pub expired: Option<bool>,
        pub options: Vec<PollChoice>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct PollChoice {
        pub title: String => required,
        pub votes_count: Option<u64>,
    }
}
