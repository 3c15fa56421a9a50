//! Cheap content sniffing of JSON files: one pass that validates the syntax and records which
//! top-level keys an object has (as borrowed raw slices, nothing is built), so `import` can
//! tell the formats apart before any typed parsing.

use crate::json::{self, wire, FromJson, Kind, Raw, Reader, Skip};

wire! {
/// The top-level keys of one JSON value that decide its format. Every field is the raw
/// JSON text of that key's value, still unparsed.
#[derive(Debug, Default)]
pub(crate) struct Envelope<'a> {
    /// Unroll: `"unroll"`.
    pub format: Option<Raw<'a>>,
    pub version: Option<Raw<'a>>,
    pub exported_at: Option<Raw<'a>>,
    pub authors: Option<Raw<'a>>,
    pub posts: Option<Raw<'a>>,
    pub threads: Option<Raw<'a>>,
    /// X API v2: a tweet or an array of tweets.
    pub data: Option<Raw<'a>>,
    pub includes: Option<Raw<'a>>,
    pub errors: Option<Raw<'a>>,
    pub meta: Option<Raw<'a>>,
    /// A v2 tweet on its own (twarc2 `flatten` output): `id` and `text`, with `author`
    /// (or `author_id`, or twarc's `__twarc`) inlined.
    pub id: Option<Raw<'a>>,
    pub author: Option<Raw<'a>>,
    pub author_id: Option<Raw<'a>>,
    pub twarc: Option<Raw<'a>> = "__twarc",
    /// X API v1.1: a status has `id_str` and `full_text` (extended mode) or `text`.
    pub id_str: Option<Raw<'a>>,
    pub full_text: Option<Raw<'a>>,
    pub text: Option<Raw<'a>>,
    /// X API v1.1 search: `{"statuses": [status…], "search_metadata": {…}}`.
    pub statuses: Option<Raw<'a>>,
    /// X API v1.1 premium search (30-day, full archive):
    /// `{"results": [status…], "next": "…", "requestParameters": {…}}`.
    pub results: Option<Raw<'a>>,
    pub request_parameters: Option<Raw<'a>> = "requestParameters",
    /// Bluesky getPostThread: `{"thread": threadViewPost}`.
    pub thread: Option<Raw<'a>>,
    /// Mastodon: a status has `content` (HTML) and `account`; a `/context` result has
    /// `ancestors` and `descendants` (and, saved with it, the `status`).
    pub content: Option<Raw<'a>>,
    pub account: Option<Raw<'a>>,
    pub ancestors: Option<Raw<'a>>,
    pub descendants: Option<Raw<'a>>,
}
}

impl Envelope<'_> {
    /// An X API v1.1 status (also a GraphQL `legacy` object saved on its own).
    pub(crate) fn is_x_v1_status(&self) -> bool {
        self.id_str.is_some() && (self.full_text.is_some() || self.text.is_some())
    }

    /// An X API v2 tweet standing on its own, as twarc2 `flatten` writes one per line: `id`
    /// and `text` (no v1.1 `id_str`), and the author inlined, named or twarc's metadata.
    pub(crate) fn is_x_v2_tweet(&self) -> bool {
        let own = self.id.is_some() && self.text.is_some() && self.id_str.is_none();
        let tweet_like = self.author.is_some() || self.author_id.is_some() || self.twarc.is_some();
        own && tweet_like && self.data.is_none()
    }

    /// A v1.1 premium search response: `results` holding statuses, or none at all when the
    /// response says what was asked (`requestParameters`).
    pub(crate) fn is_x_v1_premium_search(&self) -> bool {
        let Some(results) = self.results else {
            return false;
        };
        match first_element(results) {
            Some(first) => first.is_x_v1_status(),
            None => kind_of(results) == JsonKind::Array && self.request_parameters.is_some(),
        }
    }
}

/// The envelope keys of the first element of a raw array, when it is an object; the rest
/// is not read.
fn first_element(raw: Raw<'_>) -> Option<Envelope<'_>> {
    if kind_of(raw) != JsonKind::Array {
        return None;
    }
    let mut r = Reader::new(raw.get().as_bytes());
    let mut first = true;
    let has_one = r.begin_array("an array").ok()? && r.next_element(&mut first).ok()?;
    if !has_one || r.kind().ok()? != Kind::Object {
        return None;
    }
    Envelope::read(&mut r).ok()
}

impl Envelope<'_> {
    /// A Mastodon status: `content` and `account`.
    pub(crate) fn is_mastodon_status(&self) -> bool {
        self.content.is_some() && self.account.is_some()
    }

    /// A Mastodon `/context` result (possibly with its `status`): arrays `ancestors` and
    /// `descendants`.
    pub(crate) fn is_mastodon_context(&self) -> bool {
        let is_array = |raw: Option<Raw<'_>>| raw.is_some_and(|r| kind_of(r) == JsonKind::Array);
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

impl<'a> FromJson<'a> for Top<'a> {
    fn read(r: &mut Reader<'a>) -> json::Result<Self> {
        match r.kind()? {
            Kind::Object => Envelope::read(r).map(Top::Object),
            Kind::Array => {
                r.begin_array("an array")?;
                let mut first = true;
                let mut envelope = None;
                let mut index = 0;
                while r.next_element(&mut first)? {
                    if index == 0 && r.kind()? == Kind::Object {
                        envelope = Some(Envelope::read(r)?);
                    } else {
                        r.skip()?;
                    }
                    index += 1;
                }
                Ok(Top::Array(envelope))
            }
            _ => r.skip().map(|()| Top::Other),
        }
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

pub(crate) fn kind_of(raw: Raw<'_>) -> JsonKind {
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
pub(crate) fn looks_like_tweets(raw: Raw<'_>) -> bool {
    let mut r = Reader::new(raw.get().as_bytes());
    let first_is_tweet = |r: &mut Reader<'_>| TweetKeys::read(r).is_ok_and(|k| k.is_tweet());
    match kind_of(raw) {
        JsonKind::Object => first_is_tweet(&mut r),
        JsonKind::Array => {
            let mut first = true;
            match r
                .begin_array("an array")
                .and_then(|_| r.next_element(&mut first))
            {
                Ok(true) => r.kind() == Ok(Kind::Object) && first_is_tweet(&mut r),
                Ok(false) => true,
                Err(_) => false,
            }
        }
        _ => false,
    }
}

wire! {
    #[derive(Default)]
    struct TweetKeys {
        id: Option<Skip>,
        text: Option<Skip>,
    }
}

impl TweetKeys {
    fn is_tweet(&self) -> bool {
        self.id.is_some() && self.text.is_some()
    }
}

/// Whether a raw `data` value is an X web GraphQL response's: an object holding one of the
/// operations Unroll reads (TweetDetail, TweetResultByRestId, user and search timelines).
pub(crate) fn looks_like_x_graphql(raw: Raw<'_>) -> bool {
    wire! {
        #[derive(Default)]
        struct Operations {
            threaded_conversation_with_injections_v2: Option<Skip>,
            threaded_conversation_with_injections: Option<Skip>,
            tweet_result: Option<Skip> = "tweetResult",
            user: Option<Skip>,
            search_by_raw_query: Option<Skip>,
        }
    }
    if kind_of(raw) != JsonKind::Object {
        return false;
    }
    json::from_slice::<Operations>(raw.get().as_bytes()).is_ok_and(|o| {
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
pub(crate) fn looks_like_bluesky_thread(raw: Raw<'_>) -> bool {
    wire! {
        #[derive(Default)]
        struct PostKeys {
            uri: Option<String>,
        }
    }
    wire! {
        #[derive(Default)]
        struct NodeKeys {
            kind: Option<String> = "$type",
            post: Option<PostKeys>,
        }
    }
    if kind_of(raw) != JsonKind::Object {
        return false;
    }
    json::from_slice::<NodeKeys>(raw.get().as_bytes()).is_ok_and(|n| {
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
        json::from_slice(s.as_bytes()).unwrap()
    }

    #[test]
    fn objects_record_their_envelope_keys() {
        let Top::Object(env) = top(r#"{"format":"unroll","x":[1,{"y":2}],"data":[{"id":"1"}]}"#)
        else {
            panic!("an object")
        };
        assert_eq!(env.format.map(|r| r.get()), Some(r#""unroll""#));
        assert_eq!(env.data.map(|r| r.get()), Some(r#"[{"id":"1"}]"#));
        assert!(env.includes.is_none());
    }

    #[test]
    fn non_objects_are_other_but_still_fully_scanned() {
        assert!(matches!(top("[1, 2, {\"a\": 3}]"), Top::Array(None)));
        assert!(matches!(top("\"text\""), Top::Other));
        let text = "[1, 2,\n {\"a\": ";
        let err = json::from_slice::<Top<'_>>(text.as_bytes()).unwrap_err();
        assert!(err.syntax);
        assert_eq!(err.message, "EOF while parsing a value");
        assert_eq!(err.line_column(text.as_bytes()), (2, 7));
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
    fn flattened_v2_tweets_are_told_from_v1_statuses_and_responses() {
        let env = |s: &'static str| match top(s) {
            Top::Object(env) => env,
            _ => panic!("an object"),
        };
        assert!(env(r#"{"id": "1", "text": "a", "author": {}}"#).is_x_v2_tweet());
        assert!(env(r#"{"id": "1", "text": "a", "__twarc": {}}"#).is_x_v2_tweet());
        assert!(!env(r#"{"id": "1", "text": "a"}"#).is_x_v2_tweet());
        assert!(
            !env(r#"{"id": "1", "id_str": "1", "text": "a", "author_id": "2"}"#).is_x_v2_tweet()
        );
        assert!(!env(r#"{"id": "1", "content": "a", "account": {}}"#).is_x_v2_tweet());
    }

    #[test]
    fn premium_search_results_hold_statuses() {
        let env = |s: &'static str| match top(s) {
            Top::Object(env) => env,
            _ => panic!("an object"),
        };
        assert!(
            env(r#"{"results": [{"id_str": "1", "text": "a"}], "next": "x"}"#)
                .is_x_v1_premium_search()
        );
        assert!(env(r#"{"results": [], "requestParameters": {}}"#).is_x_v1_premium_search());
        assert!(!env(r#"{"results": []}"#).is_x_v1_premium_search());
        assert!(!env(r#"{"results": [{"title": "a"}], "next": "x"}"#).is_x_v1_premium_search());
        assert!(!env(r#"{"results": 5}"#).is_x_v1_premium_search());
    }

    #[test]
    fn graphql_data_is_told_by_its_operation() {
        let raw = |s: &'static str| Raw::new(s);
        assert!(looks_like_x_graphql(raw(
            r#"{"threaded_conversation_with_injections_v2": {"instructions": []}}"#
        )));
        assert!(looks_like_x_graphql(raw(r#"{"tweetResult": {}}"#)));
        assert!(!looks_like_x_graphql(raw(r#"{"id": "1", "text": "a"}"#)));
        assert!(!looks_like_x_graphql(raw(r#"[{"user": 1}]"#)));
    }

    #[test]
    fn tweet_sniffing_reads_the_first_element_only() {
        let raw = |s: &'static str| Raw::new(s);
        assert!(looks_like_tweets(raw(r#"[{"id":"1","text":"a"}, 5]"#)));
        assert!(looks_like_tweets(raw(r#"{"text":"a","id":"1"}"#)));
        assert!(looks_like_tweets(raw("[]")));
        assert!(!looks_like_tweets(raw(r#"[{"id":"1","username":"a"}]"#)));
        assert!(!looks_like_tweets(raw("[1]")));
        assert!(!looks_like_tweets(raw("5")));
    }
}
