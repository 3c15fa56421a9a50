//! The `app.bsky.feed.getPostThread` output shapes Unroll reads, as wire structs read by `json`. Lexicon
//! unions (thread nodes, embed views, embedded records) are read as one struct each with
//! every member's fields optional, and told apart by `$type` or by which fields are there:
//! one pass, no buffering, and a node of a kind Unroll does not know is skipped rather than
//! rejected. Unknown fields are ignored; `null` reads as absent.

use crate::json::wire;

wire! {
    /// `thread`: `#threadViewPost` (with `post`), `#notFoundPost` or `#blockedPost` (no
    /// `post`: its URI is also in the child's reply link, so nothing of it is read).
    #[derive(Debug, Default)]
    pub(super) struct Node {
        pub post: Option<PostView>,
        /// The post this one replies to (getPostThread nests the whole chain up to the root).
        pub parent: Option<Box<Node>>,
        pub replies: Option<Vec<Node>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct PostView {
        /// `at://<did>/app.bsky.feed.post/<rkey>`.
        pub uri: String => required,
        pub author: Profile => required,
        pub record: PostRecord => required,
        pub embed: Option<EmbedView>,
        pub indexed_at: Option<String> = "indexedAt",
    }
}

wire! {
    /// `app.bsky.actor.defs#profileViewBasic`.
    #[derive(Debug, Default)]
    pub(super) struct Profile {
        pub did: String => required,
        pub handle: Option<String>,
        pub display_name: Option<String> = "displayName",
        pub avatar: Option<String>,
    }
}

wire! {
    /// An `app.bsky.feed.post` record as its author wrote it.
    #[derive(Debug, Default)]
    pub(super) struct PostRecord {
        pub text: String,
        pub facets: Option<Vec<Facet>>,
        pub reply: Option<ReplyRef>,
        pub created_at: Option<String> = "createdAt",
        pub langs: Option<Vec<String>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct ReplyRef {
        pub root: Option<StrongRef>,
        pub parent: Option<StrongRef>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct StrongRef {
        pub uri: String => required,
    }
}

wire! {
    /// `app.bsky.richtext.facet`: a byte range of the text and what it marks.
    #[derive(Debug, Default)]
    pub(super) struct Facet {
        pub index: ByteSlice => required,
        pub features: Vec<Feature>,
    }
}

wire! {
    /// UTF-8 byte offsets, `[byteStart, byteEnd)`. Signed, so a negative offset is skipped
    /// rather than failing the file.
    #[derive(Debug, Default)]
    pub(super) struct ByteSlice {
        pub byte_start: i64 = "byteStart" => required,
        pub byte_end: i64 = "byteEnd" => required,
    }
}

wire! {
    /// `#link` (`uri`), `#mention` (`did`) or `#tag` (`tag`).
    #[derive(Debug, Default)]
    pub(super) struct Feature {
        pub kind: Option<String> = "$type",
        pub uri: Option<String>,
        pub did: Option<String>,
        pub tag: Option<String>,
    }
}

wire! {
    /// An embed view: `images#view` (`images`), `video#view` (`playlist`), `external#view`
    /// (`external`), `record#view` (`record`: the embedded record) or `recordWithMedia#view`
    /// (`record`: a `record#view`, and `media`).
    #[derive(Debug, Default)]
    pub(super) struct EmbedView {
        pub images: Option<Vec<ImageView>>,
        pub external: Option<ExternalView>,
        pub record: Option<Box<RecordSlot>>,
        pub media: Option<Box<EmbedView>>,
        pub playlist: Option<String>,
        pub thumbnail: Option<String>,
        pub alt: Option<String>,
        pub aspect_ratio: Option<AspectRatio> = "aspectRatio",
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct ImageView {
        pub thumb: Option<String>,
        pub fullsize: Option<String>,
        pub alt: Option<String>,
        pub aspect_ratio: Option<AspectRatio> = "aspectRatio",
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct AspectRatio {
        pub width: u32 => required,
        pub height: u32 => required,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(super) struct ExternalView {
        pub uri: String => required,
        pub title: Option<String>,
        pub description: Option<String>,
        pub thumb: Option<String>,
    }
}

wire! {
    /// What a `record#view` embeds: `#viewRecord` (a quoted post: `author`, `value`,
    /// `embeds`), `#viewNotFound` / `#viewBlocked` / `#viewDetached` (only `uri`), a feed
    /// generator or list view (`creator`, a name, `description`, `avatar`); inside a
    /// `recordWithMedia#view`, the `record#view` itself (its own `record`).
    #[derive(Debug, Default)]
    pub(super) struct RecordSlot {
        pub kind: Option<String> = "$type",
        pub uri: Option<String>,
        pub author: Option<Profile>,
        pub value: Option<PostRecord>,
        pub embeds: Option<Vec<EmbedView>>,
        pub indexed_at: Option<String> = "indexedAt",
        pub record: Option<Box<RecordSlot>>,
        pub creator: Option<Profile>,
        /// Feed generators.
        pub display_name: Option<String> = "displayName",
        /// Lists.
        pub name: Option<String>,
        pub description: Option<String>,
        pub avatar: Option<String>,
    }
}
