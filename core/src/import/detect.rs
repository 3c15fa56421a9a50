//! Cheap content sniffing of JSON files: one pass that validates the syntax and records which
//! top-level keys an object has (as borrowed raw slices, nothing is built), so `import` can
//! tell Unroll exports from X API v2 responses before any typed parsing.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The top-level keys of one JSON value that decide its format. Every field is the raw
/// JSON text of that key's value, still unparsed.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Envelope<'a> {
    /// Unroll: `"unroll"`.
    #[serde(borrow, default)]
    pub format: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub version: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub exported_at: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub authors: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub posts: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub threads: Option<&'a RawValue>,
    /// X API v2: a tweet or an array of tweets.
    #[serde(borrow, default)]
    pub data: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub includes: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub errors: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub meta: Option<&'a RawValue>,
    /// X API v1.1: a status has `id_str` and `full_text` (extended mode) or `text`.
    #[serde(borrow, default)]
    pub id_str: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub full_text: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub text: Option<&'a RawValue>,
    /// X API v1.1 search: `{"statuses": [status…], "search_metadata": {…}}`.
    #[serde(borrow, default)]
    pub statuses: Option<&'a RawValue>,
    /// Bluesky getPostThread: `{"thread": threadViewPost}`.
    #[serde(borrow, default)]
    pub thread: Option<&'a RawValue>,
    /// Mastodon: a status has `content` (HTML) and `account`; a `/context` result has
    /// `ancestors` and `descendants` (and, saved with it, the `status`).
    #[serde(borrow, default)]
    pub content: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub account: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub ancestors: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub descendants: Option<&'a RawValue>,
}

impl Envelope<'_> {
    /// An X API v1.1 status (also a GraphQL `legacy` object saved on its own).
    pub(crate) fn is_x_v1_status(&self) -> bool {
        self.id_str.is_some() && (self.full_text.is_some() || self.text.is_some())
    }
}

impl Envelope<'_> {
    /// A Mastodon status: `content` and `account`.
    pub(crate) fn is_mastodon_status(&self) -> bool {
        self.content.is_some() && self.account.is_some()
    }

    /// A Mastodon `/context` result (possibly with its `status`): arrays `ancestors` and
    /// `descendants`.
    pub(crate) fn is_mastodon_context(&self) -> bool {
        let is_array = |raw: Option<&RawValue>| raw.is_some_and(|r| kind_of(r) == JsonKind::Array);
        is_array(self.ancestors) && is_array(self.descendants)
    }
}

/// One top-level JSON value: an object (with its envelope keys), an array (with its first
/// element's, when that is an object) or anything else.
#[derive(Debug)]
pub(crate) enum Top<'a> {
    Object(Envelope<'a>),
    /// An array. Only the first element's keys are recorded; the rest is scanned to the
    /// end, so a syntax error inside it is still reported.
    Array(Option<Envelope<'a>>),
    /// A string, number, bool or null: no supported format looks like this.
    Other,
}

impl<'de> Deserialize<'de> for Top<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TopVisitor)
    }
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Top<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Envelope::deserialize(de::value::MapAccessDeserializer::new(map)).map(Top::Object)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let first = match seq.next_element::<Top<'de>>()? {
            Some(Top::Object(env)) => Some(env),
            _ => None,
        };
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Top::Array(first))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Top::Other)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Top::Other)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Top::Other)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Top::Other)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Top::Other)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Top::Other)
    }
}

/// The JSON type of a raw value, read from its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum JsonKind {
    Object,
    Array,
    Null,
    Scalar,
}

pub(crate) fn kind_of(raw: &RawValue) -> JsonKind {
    match raw.get().trim_start().as_bytes().first() {
        Some(b'{') => JsonKind::Object,
        Some(b'[') => JsonKind::Array,
        Some(b'n') => JsonKind::Null,
        _ => JsonKind::Scalar,
    }
}

/// Whether a raw `data` value looks like tweets: an object with "id" and "text", or an
/// array that is empty or whose first element is such an object. Only the first element's
/// keys are looked at; the rest is skipped without building anything.
pub(crate) fn looks_like_tweets(raw: &RawValue) -> bool {
    let mut de = serde_json::Deserializer::from_str(raw.get());
    de.deserialize_any(TweetsSniffer).unwrap_or(false)
}

#[derive(Deserialize)]
struct TweetKeys {
    #[serde(default)]
    id: Option<IgnoredAny>,
    #[serde(default)]
    text: Option<IgnoredAny>,
}

impl TweetKeys {
    fn is_tweet(&self) -> bool {
        self.id.is_some() && self.text.is_some()
    }
}

struct TweetsSniffer;

impl<'de> Visitor<'de> for TweetsSniffer {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("tweets")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<bool, A::Error> {
        let keys = TweetKeys::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(keys.is_tweet())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        let first = match seq.next_element::<TweetKeys>() {
            Ok(Some(keys)) => keys.is_tweet(),
            Ok(None) => true,
            Err(_) => return Ok(false),
        };
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(first)
    }
}

/// Whether a raw `data` value is an X web GraphQL response's: an object holding one of the
/// operations Unroll reads (TweetDetail, TweetResultByRestId, user and search timelines).
pub(crate) fn looks_like_x_graphql(raw: &RawValue) -> bool {
    #[derive(Deserialize)]
    struct Operations {
        #[serde(default)]
        threaded_conversation_with_injections_v2: Option<IgnoredAny>,
        #[serde(default)]
        threaded_conversation_with_injections: Option<IgnoredAny>,
        #[serde(default, rename = "tweetResult")]
        tweet_result: Option<IgnoredAny>,
        #[serde(default)]
        user: Option<IgnoredAny>,
        #[serde(default)]
        search_by_raw_query: Option<IgnoredAny>,
    }
    if kind_of(raw) != JsonKind::Object {
        return false;
    }
    serde_json::from_str::<Operations>(raw.get()).is_ok_and(|o| {
        o.threaded_conversation_with_injections_v2.is_some()
            || o.threaded_conversation_with_injections.is_some()
            || o.tweet_result.is_some()
            || o.user.is_some()
            || o.search_by_raw_query.is_some()
    })
}

/// Whether a raw `thread` value is a Bluesky getPostThread node: its `$type` is one of
/// `app.bsky.feed.defs` (threadViewPost, notFoundPost, blockedPost), or it holds a `post`
/// whose `uri` is an `at://` URI.
pub(crate) fn looks_like_bluesky_thread(raw: &RawValue) -> bool {
    #[derive(Deserialize)]
    struct PostKeys {
        #[serde(default)]
        uri: Option<String>,
    }
    #[derive(Deserialize)]
    struct NodeKeys {
        #[serde(rename = "$type", default)]
        kind: Option<String>,
        #[serde(default)]
        post: Option<PostKeys>,
    }
    if kind_of(raw) != JsonKind::Object {
        return false;
    }
    serde_json::from_str::<NodeKeys>(raw.get()).is_ok_and(|n| {
        let typed = n.kind.is_some_and(|k| k.starts_with("app.bsky.feed.defs#"));
        let at_post = n
            .post
            .and_then(|p| p.uri)
            .is_some_and(|u| u.starts_with("at://"));
        typed || at_post
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(s: &str) -> Top<'_> {
        serde_json::from_str(s).unwrap()
    }

    #[test]
    fn objects_record_their_envelope_keys() {
        let Top::Object(env) = top(r#"{"format":"unroll","x":[1,{"y":2}],"data":[{"id":"1"}]}"#)
        else {
            panic!("an object")
        };
        assert_eq!(env.format.map(RawValue::get), Some(r#""unroll""#));
        assert_eq!(env.data.map(RawValue::get), Some(r#"[{"id":"1"}]"#));
        assert!(env.includes.is_none());
    }

    #[test]
    fn non_objects_are_other_but_still_fully_scanned() {
        assert!(matches!(top("[1, 2, {\"a\": 3}]"), Top::Array(None)));
        assert!(matches!(top("\"text\""), Top::Other));
        let err = serde_json::from_str::<Top<'_>>("[1, 2,\n {\"a\": ").unwrap_err();
        assert!(err.is_eof());
        assert_eq!((err.line(), err.column()), (2, 7));
    }

    #[test]
    fn arrays_record_their_first_element_keys() {
        let Top::Array(Some(first)) = top(r#"[{"id_str": "1", "text": "a"}, 5, [6]]"#) else {
            panic!("an array of objects")
        };
        assert!(first.is_x_v1_status());
        assert!(matches!(top("[]"), Top::Array(None)));
        assert!(matches!(top("[[{\"id_str\": \"1\"}]]"), Top::Array(None)));
        let Top::Object(env) = top(r#"{"id_str": "1", "full_text": "a", "user": {}}"#) else {
            panic!("an object")
        };
        assert!(env.is_x_v1_status());
        let Top::Object(env) = top(r#"{"id": 1, "text": "a"}"#) else {
            panic!("an object")
        };
        assert!(!env.is_x_v1_status());
    }

    #[test]
    fn graphql_data_is_told_by_its_operation() {
        let raw = |s: &str| -> Box<RawValue> { RawValue::from_string(s.to_string()).unwrap() };
        assert!(looks_like_x_graphql(&raw(
            r#"{"threaded_conversation_with_injections_v2": {"instructions": []}}"#
        )));
        assert!(looks_like_x_graphql(&raw(r#"{"tweetResult": {}}"#)));
        assert!(!looks_like_x_graphql(&raw(r#"{"id": "1", "text": "a"}"#)));
        assert!(!looks_like_x_graphql(&raw(r#"[{"user": 1}]"#)));
    }

    #[test]
    fn tweet_sniffing_reads_the_first_element_only() {
        let raw = |s: &str| -> Box<RawValue> { RawValue::from_string(s.to_string()).unwrap() };
        assert!(looks_like_tweets(&raw(r#"[{"id":"1","text":"a"}, 5]"#)));
        assert!(looks_like_tweets(&raw(r#"{"text":"a","id":"1"}"#)));
        assert!(looks_like_tweets(&raw("[]")));
        assert!(!looks_like_tweets(&raw(r#"[{"id":"1","username":"a"}]"#)));
        assert!(!looks_like_tweets(&raw("[1]")));
        assert!(!looks_like_tweets(&raw("5")));
    }
}
