//! The X web GraphQL shapes Unroll reads, as wire structs read by `json`: the timeline around the posts
//! (instructions → entries → items) and the post results inside it. A post's `legacy` object
//! is a v1.1 status and is read with `x_v1`'s structs. Everything is optional and unknown
//! fields are ignored: X changes these responses often.

use crate::json::wire;

use crate::import::x_v1::wire::{Entities, Status};

wire! {
    /// `data` of a response. One of the operations is set.
    #[derive(Debug, Default)]
    pub(in crate::import) struct Data {
        /// TweetDetail (the conversation around one post).
        pub threaded_conversation_with_injections_v2: Option<Timeline>,
        /// TweetDetail before 2022.
        pub threaded_conversation_with_injections: Option<Timeline>,
        /// TweetResultByRestId: one post.
        pub tweet_result: Option<TweetResults> = "tweetResult",
        /// UserTweets, UserTweetsAndReplies, UserMedia …
        pub user: Option<UserTimelineResults>,
        /// SearchTimeline.
        pub search_by_raw_query: Option<SearchTimeline>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct UserTimelineResults {
        pub result: Option<UserTimelineResult>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct UserTimelineResult {
        pub timeline_v2: Option<TimelineHolder>,
        pub timeline: Option<TimelineHolder>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct SearchTimeline {
        pub search_timeline: Option<TimelineHolder>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct TimelineHolder {
        pub timeline: Option<Timeline>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Timeline {
        pub instructions: Option<Vec<Instruction>>,
    }
}

wire! {
    /// "TimelineAddEntries" (`entries`), "TimelinePinEntry" / "TimelineReplaceEntry" (`entry`),
    /// "TimelineAddToModule" (`moduleItems`); the others carry no posts.
    #[derive(Debug, Default)]
    pub(in crate::import) struct Instruction {
        pub entries: Option<Vec<Entry>>,
        pub entry: Option<Entry>,
        pub module_items: Option<Vec<ModuleItem>> = "moduleItems",
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Entry {
        /// "tweet-<id>" (the focal post and, before it, its parents), "conversationthread-<id>"
        /// (a module of replies), "cursor-…", "module-…" (injected suggestions).
        pub entry_id: Option<String> = "entryId",
        pub content: Option<Content>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Content {
        /// A single item ("TimelineTimelineItem").
        pub item_content: Option<ItemContent> = "itemContent",
        /// A module's items ("TimelineTimelineModule").
        pub items: Option<Vec<ModuleItem>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct ModuleItem {
        pub item: Option<Item>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Item {
        pub item_content: Option<ItemContent> = "itemContent",
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct ItemContent {
        /// Absent for cursors and other non-post items.
        pub tweet_results: Option<TweetResults>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct TweetResults {
        /// Absent when the post is gone.
        pub result: Option<TweetResult>,
    }
}

wire! {
    /// `__typename` "Tweet" (the fields below), "TweetWithVisibilityResults" (the post inside
    /// `tweet`), "TweetTombstone" / "TweetUnavailable" (no post: deleted, withheld, protected).
    #[derive(Debug, Default)]
    pub(in crate::import) struct TweetResult {
        pub typename: Option<String> = "__typename",
        pub core: Option<TweetCore>,
        pub legacy: Option<Status>,
        /// A long post: the full text and its entities.
        pub note_tweet: Option<NoteTweet>,
        pub quoted_status_result: Option<Box<TweetResults>>,
        /// A repost's original where a response puts it beside `legacy` rather than in it
        /// (`legacy.retweeted_status_result`, the usual place, is read with the status).
        pub retweeted_status_result: Option<Box<TweetResults>>,
        pub card: Option<Card>,
        /// TweetWithVisibilityResults: the post itself.
        pub tweet: Option<Box<TweetResult>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct TweetCore {
        pub user_results: Option<UserResults>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct UserResults {
        pub result: Option<UserResult>,
    }
}

wire! {
    /// Both layouts: until 2025 `legacy.screen_name` / `legacy.name` /
    /// `legacy.profile_image_url_https`; since then `core.screen_name` / `core.name` and
    /// `avatar.image_url`.
    #[derive(Debug, Default)]
    pub(in crate::import) struct UserResult {
        pub rest_id: Option<String>,
        pub legacy: Option<UserLegacy>,
        pub core: Option<UserCore>,
        pub avatar: Option<Avatar>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct UserLegacy {
        pub screen_name: Option<String>,
        pub name: Option<String>,
        pub profile_image_url_https: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct UserCore {
        pub screen_name: Option<String>,
        pub name: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Avatar {
        pub image_url: Option<String>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct NoteTweet {
        pub note_tweet_results: Option<NoteResults>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct NoteResults {
        pub result: Option<NoteResult>,
    }
}

wire! {
    /// The text is as typed (not entity-encoded); `entity_set` indexes it in code points.
    #[derive(Debug, Default)]
    pub(in crate::import) struct NoteResult {
        pub text: Option<String>,
        pub entity_set: Option<Entities>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Card {
        pub legacy: Option<CardLegacy>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct CardLegacy {
        /// "poll2choice_text_only", "summary", "unified_card", "<id>:broadcast",
        /// "<id>:audiospace" …
        pub name: Option<String>,
        /// Polls ("poll2choice_text_only" …) have `choiceN_label`; link cards do not.
        pub binding_values: Option<Vec<Binding>>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct Binding {
        pub key: Option<String>,
        pub value: Option<BindingValue>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct BindingValue {
        pub string_value: Option<String>,
        pub boolean_value: Option<bool>,
        pub image_value: Option<ImageValue>,
    }
}

wire! {
    #[derive(Debug, Default)]
    pub(in crate::import) struct ImageValue {
        pub url: Option<String>,
    }
}
