//! The Mastodon REST entities Unroll reads (`Status`, `Account`, `MediaAttachment`,
//! `PreviewCard`, the 4.5 `Quote`, `Context`), as serde structs. Only the fields the model
//! needs; unknown fields are ignored; `null` reads as absent. Required are the fields every
//! status has: `id`, `created_at`, `account` (with its `id`).

use serde::Deserialize;

/// `GET /api/v1/statuses/:id/context`, optionally with the status itself beside it
/// (`{"status": …, "ancestors": […], "descendants": […]}`).
#[derive(Debug, Deserialize)]
pub(super) struct Context {
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub ancestors: Option<Vec<Status>>,
    #[serde(default)]
    pub descendants: Option<Vec<Status>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Status {
    /// The server's id, a string of digits (unique on that server only).
    pub id: String,
    /// RFC 3339.
    pub created_at: String,
    #[serde(default)]
    pub in_reply_to_id: Option<String>,
    #[serde(default)]
    pub in_reply_to_account_id: Option<String>,
    #[serde(default)]
    pub spoiler_text: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    /// The ActivityPub id.
    #[serde(default)]
    pub uri: Option<String>,
    /// The page people open.
    #[serde(default)]
    pub url: Option<String>,
    /// HTML.
    #[serde(default)]
    pub content: Option<String>,
    pub account: Account,
    #[serde(default)]
    pub media_attachments: Option<Vec<Attachment>>,
    #[serde(default)]
    pub mentions: Option<Vec<Mention>>,
    /// A boost: the boosted status.
    #[serde(default)]
    pub reblog: Option<Box<Status>>,
    #[serde(default)]
    pub quote: Option<QuoteRef>,
    #[serde(default)]
    pub card: Option<Card>,
    #[serde(default)]
    pub poll: Option<Poll>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Account {
    pub id: String,
    #[serde(default)]
    pub username: Option<String>,
    /// "user" on the server that answered, "user@host" for others.
    #[serde(default)]
    pub acct: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub avatar: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Mention {
    pub id: String,
    #[serde(default)]
    pub acct: Option<String>,
}

/// Mastodon 4.5 `Quote`. Its `quoted_status` is there only when the quote can be shown
/// (`state` "accepted"); a `ShallowQuote` (inside a quoted status) has only its id.
#[derive(Debug, Deserialize)]
pub(super) struct QuoteRef {
    #[serde(default)]
    pub quoted_status: Option<Box<Status>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Attachment {
    /// "image", "gifv", "video", "audio" or "unknown".
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub preview_url: Option<String>,
    /// The file on its home server, when this server did not copy it.
    #[serde(default)]
    pub remote_url: Option<String>,
    /// Alt text.
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub meta: Option<Meta>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Meta {
    #[serde(default)]
    pub original: Option<Size>,
    #[serde(default)]
    pub small: Option<Size>,
}

/// Sizes are numbers; some servers write them as floats.
#[derive(Debug, Deserialize)]
pub(super) struct Size {
    #[serde(default)]
    pub width: Option<f64>,
    #[serde(default)]
    pub height: Option<f64>,
}

/// `PreviewCard`.
#[derive(Debug, Deserialize)]
pub(super) struct Card {
    pub url: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub image: Option<String>,
}

/// `Poll`.
#[derive(Debug, Deserialize)]
pub(super) struct Poll {
    #[serde(default)]
    pub expires_at: Option<String>,
    #[serde(default)]
    pub expired: Option<bool>,
    #[serde(default)]
    pub options: Vec<PollChoice>,
}

#[derive(Debug, Deserialize)]
pub(super) struct PollChoice {
    pub title: String,
    #[serde(default)]
    pub votes_count: Option<u64>,
}
