//! The `app.bsky.feed.getPostThread` output shapes Unroll reads, as serde structs. Lexicon
//! unions (thread nodes, embed views, embedded records) are read as one struct each with
//! every member's fields optional, and told apart by `$type` or by which fields are there:
//! one pass, no buffering, and a node of a kind Unroll does not know is skipped rather than
//! rejected. Unknown fields are ignored; `null` reads as absent.

use serde::Deserialize;

/// `thread`: `#threadViewPost` (with `post`), `#notFoundPost` or `#blockedPost` (no
/// `post`: its URI is also in the child's reply link, so nothing of it is read).
#[derive(Debug, Deserialize)]
pub(super) struct Node {
    #[serde(default)]
    pub post: Option<PostView>,
    /// The post this one replies to (getPostThread nests the whole chain up to the root).
    #[serde(default)]
    pub parent: Option<Box<Node>>,
    #[serde(default)]
    pub replies: Option<Vec<Node>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct PostView {
    /// `at://<did>/app.bsky.feed.post/<rkey>`.
    pub uri: String,
    pub author: Profile,
    pub record: PostRecord,
    #[serde(default)]
    pub embed: Option<EmbedView>,
    #[serde(rename = "indexedAt", default)]
    pub indexed_at: Option<String>,
}

/// `app.bsky.actor.defs#profileViewBasic`.
#[derive(Debug, Deserialize)]
pub(super) struct Profile {
    pub did: String,
    #[serde(default)]
    pub handle: Option<String>,
    #[serde(rename = "displayName", default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub avatar: Option<String>,
}

/// An `app.bsky.feed.post` record as its author wrote it.
#[derive(Debug, Default, Deserialize)]
pub(super) struct PostRecord {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub facets: Option<Vec<Facet>>,
    #[serde(default)]
    pub reply: Option<ReplyRef>,
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub langs: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct ReplyRef {
    #[serde(default)]
    pub root: Option<StrongRef>,
    #[serde(default)]
    pub parent: Option<StrongRef>,
}

#[derive(Debug, Deserialize)]
pub(super) struct StrongRef {
    pub uri: String,
}

/// `app.bsky.richtext.facet`: a byte range of the text and what it marks.
#[derive(Debug, Deserialize)]
pub(super) struct Facet {
    pub index: ByteSlice,
    #[serde(default)]
    pub features: Vec<Feature>,
}

/// UTF-8 byte offsets, `[byteStart, byteEnd)`. Signed, so a negative offset is skipped
/// rather than failing the file.
#[derive(Debug, Deserialize)]
pub(super) struct ByteSlice {
    #[serde(rename = "byteStart")]
    pub byte_start: i64,
    #[serde(rename = "byteEnd")]
    pub byte_end: i64,
}

/// `#link` (`uri`), `#mention` (`did`) or `#tag` (`tag`).
#[derive(Debug, Deserialize)]
pub(super) struct Feature {
    #[serde(rename = "$type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub uri: Option<String>,
    #[serde(default)]
    pub did: Option<String>,
    #[serde(default)]
    pub tag: Option<String>,
}

/// An embed view: `images#view` (`images`), `video#view` (`playlist`), `external#view`
/// (`external`), `record#view` (`record`: the embedded record) or `recordWithMedia#view`
/// (`record`: a `record#view`, and `media`).
#[derive(Debug, Default, Deserialize)]
pub(super) struct EmbedView {
    #[serde(default)]
    pub images: Option<Vec<ImageView>>,
    #[serde(default)]
    pub external: Option<ExternalView>,
    #[serde(default)]
    pub record: Option<Box<RecordSlot>>,
    #[serde(default)]
    pub media: Option<Box<EmbedView>>,
    #[serde(default)]
    pub playlist: Option<String>,
    #[serde(default)]
    pub thumbnail: Option<String>,
    #[serde(default)]
    pub alt: Option<String>,
    #[serde(rename = "aspectRatio", default)]
    pub aspect_ratio: Option<AspectRatio>,
}

#[derive(Debug, Deserialize)]
pub(super) struct ImageView {
    #[serde(default)]
    pub thumb: Option<String>,
    #[serde(default)]
    pub fullsize: Option<String>,
    #[serde(default)]
    pub alt: Option<String>,
    #[serde(rename = "aspectRatio", default)]
    pub aspect_ratio: Option<AspectRatio>,
}

#[derive(Debug, Deserialize)]
pub(super) struct AspectRatio {
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Deserialize)]
pub(super) struct ExternalView {
    pub uri: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub thumb: Option<String>,
}

/// What a `record#view` embeds: `#viewRecord` (a quoted post: `author`, `value`,
/// `embeds`), `#viewNotFound` / `#viewBlocked` / `#viewDetached` (only `uri`), a feed
/// generator or list view (`creator`, a name, `description`, `avatar`); inside a
/// `recordWithMedia#view`, the `record#view` itself (its own `record`).
#[derive(Debug, Deserialize)]
pub(super) struct RecordSlot {
    #[serde(rename = "$type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub uri: Option<String>,
    #[serde(default)]
    pub author: Option<Profile>,
    #[serde(default)]
    pub value: Option<PostRecord>,
    #[serde(default)]
    pub embeds: Option<Vec<EmbedView>>,
    #[serde(rename = "indexedAt", default)]
    pub indexed_at: Option<String>,
    #[serde(default)]
    pub record: Option<Box<RecordSlot>>,
    #[serde(default)]
    pub creator: Option<Profile>,
    /// Feed generators.
    #[serde(rename = "displayName", default)]
    pub display_name: Option<String>,
    /// Lists.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub avatar: Option<String>,
}
