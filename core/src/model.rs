//! The source-neutral model every importer converts into: authors, posts, segments, media.
//!
//! Field by field, which source field feeds each model field:
//!
//! | model | X archive (`tweets.js`) | X API v2 | Unroll JSON |
//! |---|---|---|---|
//! | `Author.id` | `account.js` `accountId` (else the owner id inferred from self-replies) | `includes.users[].id` | `authors[].id` |
//! | `Author.handle` | `account.js` `username` | `users[].username` | `authors[].handle` |
//! | `Author.display_name` | `account.js` `accountDisplayName` | `users[].name` | `authors[].display_name` |
//! | `Author.avatar_url` | `profile.js` `avatarMediaUrl` | `users[].profile_image_url` | `authors[].avatar_url` |
//! | `Post.id` | `id_str` | `data[].id` | `posts[].id` |
//! | `Post.created_at` | `created_at` ("Sun Nov 13 10:32:08 +0000 2022") | `created_at` (RFC 3339) | seconds since the epoch |
//! | `Post.segments` | `full_text` + `entities` within `display_text_range` | `text` (or `note_tweet.text`) + `entities` | as stored |
//! | `Post.media` | `extended_entities.media[]` (`ext_alt_text`) | `attachments.media_keys` → `includes.media` | as stored |
//! | `Post.reply_to` | `in_reply_to_status_id_str`, `in_reply_to_user_id_str` | `referenced_tweets[type=replied_to]`, `in_reply_to_user_id` | as stored |
//! | `Post.conversation_id` | — | `conversation_id` | as stored |
//! | `Post.quote` | a URL entity pointing at a status | `referenced_tweets[type=quoted]` → `includes.tweets` | as stored |
//! | `Post.is_repost` | `full_text` starts with "RT @" / `retweeted_status` | `referenced_tweets[type=retweeted]` | as stored |
//! | `Post.truncated` | — | `text` ends "…" before its `/i/web/status/<own id>` link and there is no `note_tweet` | as stored |
//!
//! twarc2 `flatten` output is read as v2: each tweet's `author`, `in_reply_to_user`,
//! `attachments.media` and `referenced_tweets[]` (merged with the tweets they name) stand in for
//! `includes.users`, `includes.media` and `includes.tweets`.
//!
//! Bluesky (`app.bsky.feed.getPostThread`) and Mastodon (REST `Status` entities):
//!
//! | model | Bluesky | Mastodon |
//! |---|---|---|
//! | `Author.id` | `author.did` | `account.id` |
//! | `Author.handle` | `author.handle` | `account.acct` (else `username`) |
//! | `Author.display_name` | `author.displayName` (else the handle) | `account.display_name` (else `username`) |
//! | `Author.avatar_url` | `author.avatar` | `account.avatar` |
//! | `Author.emojis` | — | `account.emojis[]` (the custom emoji of `display_name`) |
//! | `Author.network` | `Bluesky` | `Mastodon { instance }`: the host of the status `url` |
//! | `Post.id` | `post.uri` (the whole `at://` URI) | `id` (the server's status id) |
//! | `Post.created_at` | `record.createdAt` (else `indexedAt`) | `created_at` |
//! | `Post.segments` | `record.text` + `record.facets` (UTF-8 byte ranges) | `content` (HTML, converted; never inserted), `:shortcode:` of `emojis[]` as `Emoji` |
//! | `Post.media` | `embed` images / video views (also inside `recordWithMedia`) | `media_attachments[]` (`description` as alt; type `unknown` as a `File` link) |
//! | `Post.reply_to` | `record.reply.parent.uri` (its DID as the user id) | `in_reply_to_id`, `in_reply_to_account_id` |
//! | `Post.conversation_id` | `record.reply.root.uri` (a root post: its own URI) | the root of a `/context` document |
//! | `Post.quote` | `embed` record view (also inside `recordWithMedia`) | `quote.quoted_status` (Mastodon 4.5) |
//! | `Post.card` | `embed` external view (feeds and lists too) | `card` |
//! | `Post.content_warning` | — | `spoiler_text` |
//! | `Post.is_repost` | — (getPostThread has no reposts) | `reblog` is set |
//! | `Post.permalink` | `https://bsky.app/profile/<handle>/post/<rkey>` | `url` (else `uri`) |
//!
//! X API v1.1 statuses, and X web GraphQL posts (whose `legacy` object is a v1.1 status):
//!
//! | model | X API v1.1 | X web GraphQL |
//! |---|---|---|
//! | `Author.*` | `user.id_str`, `screen_name`, `name`, `profile_image_url_https` (large variant) | `core.user_results.result`: `rest_id`; `legacy.screen_name`/`name`/`profile_image_url_https`, or `core.screen_name`/`name` + `avatar.image_url` |
//! | `Post.id` | `id_str` | `legacy.id_str` |
//! | `Post.created_at` | `created_at` ("Mon Oct 03 00:23:22 +0000 2016") | `legacy.created_at` |
//! | `Post.segments` | `extended_tweet.full_text`, else `full_text`, else `text`, with its `display_text_range` and `entities` | `note_tweet…result.text` + `entity_set`, else `legacy.full_text` |
//! | `Post.media` | `extended_entities.media[]` (`video_info.variants`: best mp4) | `legacy.extended_entities.media[]` |
//! | `Post.reply_to` | `in_reply_to_status_id_str`, `in_reply_to_user_id_str` | the same in `legacy` |
//! | `Post.conversation_id` | — | `legacy.conversation_id_str` |
//! | `Post.quote` | `quoted_status` (else `quoted_status_id_str`) | `quoted_status_result` |
//! | `Post.poll` | — | `card.legacy.binding_values` (`choiceN_label`, `choiceN_count`, …) |
//! | `Post.card` | — | `card.legacy`: `unified_card` (title, link; its videos join `Post.media`), broadcast, Space |
//! | `Post.is_repost` | `retweeted_status` / text starts with "RT @" | `legacy.retweeted_status_result` |
//! | `Post.truncated` | compat `truncated: true` without `extended_tweet`, or `text` ending "…" before its `/i/web/status/<own id>` link (not on a repost) | — |
//! | `Post.standalone` | the status of a file holding one | — |
//! | `Post.reposted_by` | — | a focal repost's author; the post is its original (`legacy.retweeted_status_result`) |

use serde::{Deserialize, Serialize};

/// Where a post came from; decides the "Read on …" link text and profile/search URLs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "network")]
pub enum Network {
    #[default]
    X,
    Bluesky,
    Mastodon {
        instance: String,
    },
}

impl Network {
    /// The text of the link to the original: "Read on X", "Read on Bluesky", "Read on mastodon.social".
    pub fn read_on_label(&self) -> String {
        match self {
            Network::X => "Read on X".to_string(),
            Network::Bluesky => "Read on Bluesky".to_string(),
            Network::Mastodon { instance } => format!("Read on {instance}"),
        }
    }
}

/// Which importer produced a post (kept for diagnostics and for "the fuller copy wins").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    XArchive,
    XApiV2,
    #[default]
    Unroll,
    Bluesky,
    Mastodon,
    XApiV1,
    XGraphql,
}

impl SourceFormat {
    pub fn label(self) -> &'static str {
        match self {
            SourceFormat::XArchive => "X data archive",
            SourceFormat::XApiV2 => "X API v2",
            SourceFormat::Unroll => "Unroll JSON",
            SourceFormat::Bluesky => "Bluesky",
            SourceFormat::Mastodon => "Mastodon",
            SourceFormat::XApiV1 => "X API v1.1",
            SourceFormat::XGraphql => "X web (GraphQL)",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Author {
    /// The network's stable user id (X: numeric string).
    pub id: String,
    /// Without the leading "@".
    pub handle: String,
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    pub network: Network,
    /// The custom emoji `display_name` names by `:shortcode:` (Mastodon); shown as images.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emojis: Vec<CustomEmoji>,
}

/// A server's custom emoji: written `:shortcode:` in text, shown as the image at `url`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct CustomEmoji {
    /// Without the colons.
    pub shortcode: String,
    pub url: String,
}

/// One run of post text. Renderers turn `Text` into text nodes and the others into links;
/// nothing here is ever HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Segment {
    /// Plain text, entities already decoded; may contain '\n'.
    Text { text: String },
    /// A link shown by `text` (the display URL, e.g. "example.com/a…"), pointing at `url`
    /// (the expanded target, never the t.co wrapper when the source has the expansion).
    Link { text: String, url: String },
    /// "@handle" linked to the profile.
    Mention { handle: String, url: String },
    /// "#tag" linked to the network's search.
    Hashtag { tag: String, url: String },
    /// A custom emoji (Mastodon): the image at `url`, or ":shortcode:" as text where no
    /// image can be shown (plain text, excerpts, an image that fails).
    Emoji { shortcode: String, url: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    #[default]
    Photo,
    Video,
    Gif,
    /// A file the source could not show as an image, video or GIF (Mastodon `unknown`):
    /// shown as a link to `link` labelled by `alt`, never as an image.
    File,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Media {
    pub kind: MediaKind,
    /// The image itself (photo) or the poster frame (video, GIF); for a file, its preview
    /// when the source has one (else empty).
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// For video and GIF: the best playable variant or the post's media page; for a file,
    /// the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ReplyTo {
    /// The post replied to.
    pub post_id: String,
    /// Its author, when the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
}

/// A quoted post shown as a card. Sources that only link the quote (X archives) give just
/// the permalink; the card then shows the link alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Quote {
    pub permalink: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Author>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Segment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<Media>,
}

/// A link preview card: the page's title, description and image, linking to `url`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LinkCard {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The preview image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumb: Option<String>,
}

/// A poll: its options in order, when it ends and whether its counts are final.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Poll {
    pub options: Vec<PollOption>,
    /// Seconds since the epoch when voting ends (or ended), when the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<i64>,
    /// The counts are final: voting is over.
    #[serde(default)]
    pub closed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PollOption {
    pub label: String,
    /// Votes so far; None when the source hides them (an open poll seen by a non-voter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Post {
    pub id: String,
    pub author_id: String,
    /// Seconds since the Unix epoch, UTC.
    pub created_at: i64,
    pub segments: Vec<Segment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<Media>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<ReplyTo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    #[serde(default)]
    pub is_repost: bool,
    /// BCP 47 language tag from the source ("en", "es"), when it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub permalink: String,
    pub source: SourceFormat,
    /// A link preview shown under the post (Bluesky external embeds, Mastodon cards).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<LinkCard>,
    /// The author's content warning (Mastodon `spoiler_text`): the reader shows it first
    /// and opens the post on request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_warning: Option<String>,
    /// A poll attached to the post (X poll cards), with its options and counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll: Option<Poll>,
    /// The id of the author who reposted this post, when the file holds a repost and this is
    /// the original it shows ("Reposted by @handle").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reposted_by: Option<String>,
    /// The source cut the text ("…") and the full text is not in the file.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
    /// Shown as a thread of its own even when it is one post: the post a file is about
    /// (a status, a conversation's focal post), each status of a list, or every post of a
    /// file that holds no thread.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub standalone: bool,
}

impl Post {
    /// The post's text as plain characters (links by their display text).
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for s in &self.segments {
            match s {
                Segment::Text { text } | Segment::Link { text, .. } => out.push_str(text),
                Segment::Mention { handle, .. } => {
                    out.push('@');
                    out.push_str(handle);
                }
                Segment::Hashtag { tag, .. } => {
                    out.push('#');
                    out.push_str(tag);
                }
                Segment::Emoji { shortcode, .. } => {
                    out.push(':');
                    out.push_str(shortcode);
                    out.push(':');
                }
            }
        }
        out
    }
}

/// What one import produced: posts and the authors they reference. The library merges
/// batches and assembles threads from everything loaded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    pub authors: Vec<Author>,
    pub posts: Vec<Post>,
}

/// One item of an assembled thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ThreadItem {
    Post {
        id: String,
    },
    /// One or more posts of the chain are not in the loaded files (deleted, withheld or
    /// simply not exported). `missing_id` is the first missing parent when known.
    Gap {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        missing_id: Option<String>,
    },
}

/// An assembled thread: the author's self-reply chain, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Thread {
    /// The id of the first post present.
    pub id: String,
    pub author_id: String,
    pub items: Vec<ThreadItem>,
}

impl Thread {
    pub fn post_ids(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            ThreadItem::Post { id } => Some(id.as_str()),
            ThreadItem::Gap { .. } => None,
        })
    }

    pub fn post_count(&self) -> usize {
        self.post_ids().count()
    }
}
