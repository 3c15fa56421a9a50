//! The X web GraphQL shapes Unroll reads, as serde structs: the timeline around the posts
//! (instructions → entries → items) and the post results inside it. A post's `legacy` object
//! is a v1.1 status and is read with `x_v1`'s structs. Everything is optional and unknown
//! fields are ignored: X changes these responses often.

use serde::Deserialize;

use crate::import::x_v1::wire::{Entities, Status};

/// `data` of a response. One of the operations is set.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Data {
    /// TweetDetail (the conversation around one post).
    #[serde(default)]
    pub threaded_conversation_with_injections_v2: Option<Timeline>,
    /// TweetDetail before 2022.
    #[serde(default)]
    pub threaded_conversation_with_injections: Option<Timeline>,
    /// TweetResultByRestId: one post.
    #[serde(default, rename = "tweetResult")]
    pub tweet_result: Option<TweetResults>,
    /// UserTweets, UserTweetsAndReplies, UserMedia …
    #[serde(default)]
    pub user: Option<UserTimelineResults>,
    /// SearchTimeline.
    #[serde(default)]
    pub search_by_raw_query: Option<SearchTimeline>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct UserTimelineResults {
    #[serde(default)]
    pub result: Option<UserTimelineResult>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct UserTimelineResult {
    #[serde(default)]
    pub timeline_v2: Option<TimelineHolder>,
    #[serde(default)]
    pub timeline: Option<TimelineHolder>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct SearchTimeline {
    #[serde(default)]
    pub search_timeline: Option<TimelineHolder>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct TimelineHolder {
    #[serde(default)]
    pub timeline: Option<Timeline>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Timeline {
    #[serde(default)]
    pub instructions: Option<Vec<Instruction>>,
}

/// "TimelineAddEntries" (`entries`), "TimelinePinEntry" / "TimelineReplaceEntry" (`entry`),
/// "TimelineAddToModule" (`moduleItems`); the others carry no posts.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Instruction {
    #[serde(default)]
    pub entries: Option<Vec<Entry>>,
    #[serde(default)]
    pub entry: Option<Entry>,
    #[serde(default, rename = "moduleItems")]
    pub module_items: Option<Vec<ModuleItem>>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Entry {
    /// "tweet-<id>" (the focal post and, before it, its parents), "conversationthread-<id>"
    /// (a module of replies), "cursor-…", "module-…" (injected suggestions).
    #[serde(default, rename = "entryId")]
    pub entry_id: Option<String>,
    #[serde(default)]
    pub content: Option<Content>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Content {
    /// A single item ("TimelineTimelineItem").
    #[serde(default, rename = "itemContent")]
    pub item_content: Option<ItemContent>,
    /// A module's items ("TimelineTimelineModule").
    #[serde(default)]
    pub items: Option<Vec<ModuleItem>>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct ModuleItem {
    #[serde(default)]
    pub item: Option<Item>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Item {
    #[serde(default, rename = "itemContent")]
    pub item_content: Option<ItemContent>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct ItemContent {
    /// Absent for cursors and other non-post items.
    #[serde(default)]
    pub tweet_results: Option<TweetResults>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct TweetResults {
    /// Absent when the post is gone.
    #[serde(default)]
    pub result: Option<TweetResult>,
}

/// `__typename` "Tweet" (the fields below), "TweetWithVisibilityResults" (the post inside
/// `tweet`), "TweetTombstone" / "TweetUnavailable" (no post: deleted, withheld, protected).
#[derive(Debug, Default, Deserialize)]
pub(super) struct TweetResult {
    #[serde(default, rename = "__typename")]
    pub typename: Option<String>,
    #[serde(default)]
    pub core: Option<TweetCore>,
    #[serde(default)]
    pub legacy: Option<Status>,
    /// A long post: the full text and its entities.
    #[serde(default)]
    pub note_tweet: Option<NoteTweet>,
    #[serde(default)]
    pub quoted_status_result: Option<Box<TweetResults>>,
    #[serde(default)]
    pub card: Option<Card>,
    /// TweetWithVisibilityResults: the post itself.
    #[serde(default)]
    pub tweet: Option<Box<TweetResult>>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct TweetCore {
    #[serde(default)]
    pub user_results: Option<UserResults>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct UserResults {
    #[serde(default)]
    pub result: Option<UserResult>,
}

/// Both layouts: until 2025 `legacy.screen_name` / `legacy.name` /
/// `legacy.profile_image_url_https`; since then `core.screen_name` / `core.name` and
/// `avatar.image_url`.
#[derive(Debug, Default, Deserialize)]
pub(super) struct UserResult {
    #[serde(default)]
    pub rest_id: Option<String>,
    #[serde(default)]
    pub legacy: Option<UserLegacy>,
    #[serde(default)]
    pub core: Option<UserCore>,
    #[serde(default)]
    pub avatar: Option<Avatar>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct UserLegacy {
    #[serde(default)]
    pub screen_name: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub profile_image_url_https: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct UserCore {
    #[serde(default)]
    pub screen_name: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Avatar {
    #[serde(default)]
    pub image_url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct NoteTweet {
    #[serde(default)]
    pub note_tweet_results: Option<NoteResults>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct NoteResults {
    #[serde(default)]
    pub result: Option<NoteResult>,
}

/// The text is as typed (not entity-encoded); `entity_set` indexes it in code points.
#[derive(Debug, Default, Deserialize)]
pub(super) struct NoteResult {
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub entity_set: Option<Entities>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Card {
    #[serde(default)]
    pub legacy: Option<CardLegacy>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct CardLegacy {
    /// Polls ("poll2choice_text_only" …) have `choiceN_label`; link cards do not.
    #[serde(default)]
    pub binding_values: Option<Vec<Binding>>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Binding {
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub value: Option<BindingValue>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct BindingValue {
    #[serde(default)]
    pub string_value: Option<String>,
    #[serde(default)]
    pub boolean_value: Option<bool>,
}
