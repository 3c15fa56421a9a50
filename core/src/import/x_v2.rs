//! X API v2 responses (search and lookup; one JSON response or JSON Lines pages such as
//! twarc writes), and twarc2 `flatten` output (tweets with their expansions inlined, see
//! `flat`): private wire structs (`wire`) and one convert into the model.
//!
//! `data[]` order is kept as it is (searches come newest first): ordering is the assembler's
//! job. `includes` resolve authors, media and quoted posts; an included post that a `data`
//! post replies to, by the same author, is imported too, so a thread whose start fell outside
//! the search window is still whole. `errors[]` (deleted or protected posts) are not fatal.

mod flat;
/// Also used by the other X importers (v1.1, GraphQL): the URLs are the same.
pub(super) mod links;
mod post;
mod wire;

use std::collections::{HashMap, HashSet};

use super::detect::{kind_of, JsonKind};
use super::{invalid, parse_part};
use crate::error::ImportErrorKind;
use crate::json::Raw;
use crate::model::{Batch, Post};
use post::{convert_post, to_author};
use wire::{Includes, Tweet, User};

const FORMAT: &str = "X API v2";

/// One response: the raw `data` and `includes` of a top-level value.
pub(crate) struct Page<'a> {
    /// The whole file's text, which `data` and `includes` are slices of.
    pub doc: &'a str,
    /// For the Nth value of a JSON Lines file, its line (prefixes error paths).
    pub line: Option<usize>,
    pub data: Option<Raw<'a>>,
    pub includes: Option<Raw<'a>>,
    /// twarc2 `flatten` output instead of a response: a tweet, or an array of tweets, with
    /// its expansions inlined.
    pub flat: Option<Raw<'a>>,
}

impl<'a> Page<'a> {
    /// A flattened tweet (or array of tweets), the whole value `raw`.
    pub(crate) fn flat(doc: &'a str, line: Option<usize>, raw: &'a str) -> Self {
        Page {
            doc,
            line,
            data: None,
            includes: None,
            flat: Some(Raw::new(raw.trim())),
        }
    }
}

/// Where a wire tweet sits in the input, for error paths ("data[3]", "includes.tweets[0]").
#[derive(Clone)]
struct Origin {
    line: Option<usize>,
    path: String,
}

impl Origin {
    fn error(&self, field: &str, message: String) -> ImportErrorKind {
        let path = match self.path.as_str() {
            "" => field.to_string(),
            at => format!("{at}.{field}"),
        };
        invalid(FORMAT, self.line, path, message)
    }
}

struct ParsedPage {
    line: Option<usize>,
    /// Each tweet with its path inside the page.
    data: Vec<(String, Tweet)>,
    includes: Includes,
    /// Posts a flattened tweet inlined (quoted, replied to), each with its path.
    included: Vec<(String, Tweet)>,
}

/// Import the responses of one file (several pages of a JSON Lines file are imported
/// together, so a page may refer to users or posts included by another).
pub(crate) fn import(pages: &[Page<'_>]) -> Result<Batch, ImportErrorKind> {
    let parsed = pages
        .iter()
        .map(parse_page)
        .collect::<Result<Vec<_>, _>>()?;
    let lookup = Lookup::new(&parsed);

    let mut seen: HashSet<&str> = HashSet::new();
    let mut posts: Vec<Post> = Vec::new();
    for page in &parsed {
        for (path, tweet) in &page.data {
            if seen.insert(tweet.id.as_str()) {
                let origin = Origin {
                    line: page.line,
                    path: path.clone(),
                };
                posts.push(convert_post(tweet, &origin, &lookup)?);
            }
        }
    }
    // Included posts that a post replies to, by the same author (they help assemble threads;
    // each may in turn reply to another included post).
    let mut next = 0;
    while let Some(post) = posts.get(next) {
        next += 1;
        let Some(parent_id) = post.reply_to.as_ref().map(|r| r.post_id.as_str()) else {
            continue;
        };
        let Some((origin, parent)) = lookup.tweets.get(parent_id) else {
            continue;
        };
        let same_author = parent.author_id.as_deref() == Some(post.author_id.as_str());
        if same_author && !post.author_id.is_empty() && seen.insert(parent.id.as_str()) {
            let converted = convert_post(parent, origin, &lookup)?;
            posts.push(converted);
        }
    }

    let mut author_ids: HashSet<&str> = HashSet::new();
    let authors = posts
        .iter()
        .filter(|p| author_ids.insert(p.author_id.as_str()))
        .filter_map(|p| lookup.users.get(p.author_id.as_str()))
        .map(|u| to_author(u))
        .collect();
    Ok(Batch { authors, posts })
}

fn parse_page(page: &Page<'_>) -> Result<ParsedPage, ImportErrorKind> {
    let line = page.line;
    if let Some(raw) = page.flat {
        return flat::parse(page.doc, line, raw);
    }
    let data = match page.data {
        None => Vec::new(),
        Some(raw) => match kind_of(raw) {
            JsonKind::Array => parse_part::<Vec<Tweet>>(page.doc, raw, "data", line, FORMAT)?
                .into_iter()
                .enumerate()
                .map(|(i, t)| (format!("data[{i}]"), t))
                .collect(),
            JsonKind::Object => {
                vec![(
                    "data".to_string(),
                    parse_part::<Tweet>(page.doc, raw, "data", line, FORMAT)?,
                )]
            }
            JsonKind::Null => Vec::new(),
            JsonKind::Scalar => {
                let message = format!(
                    "expected a tweet or an array of tweets, found {}",
                    excerpt(raw.get())
                );
                return Err(invalid(FORMAT, line, "data".to_string(), message));
            }
        },
    };
    let includes = match page.includes {
        None => Includes::default(),
        Some(raw) => match kind_of(raw) {
            JsonKind::Object => parse_part::<Includes>(page.doc, raw, "includes", line, FORMAT)?,
            JsonKind::Null => Includes::default(),
            JsonKind::Array | JsonKind::Scalar => {
                let message = format!("expected an object, found {}", excerpt(raw.get()));
                return Err(invalid(FORMAT, line, "includes".to_string(), message));
            }
        },
    };
    Ok(ParsedPage {
        line,
        data,
        includes,
        included: Vec::new(),
    })
}

/// The start of a raw JSON value, for error messages.
fn excerpt(raw: &str) -> String {
    let raw = raw.trim();
    match raw.char_indices().nth(24) {
        Some((cut, _)) => format!("{}…", raw.get(..cut).unwrap_or(raw)),
        None => raw.to_string(),
    }
}

/// Every page's `includes` (and `data` tweets), by id. The first copy of an object wins.
struct Lookup<'a> {
    users: HashMap<&'a str, &'a User>,
    media: HashMap<&'a str, &'a wire::Media>,
    tweets: HashMap<&'a str, (Origin, &'a Tweet)>,
}

impl<'a> Lookup<'a> {
    fn new(pages: &'a [ParsedPage]) -> Self {
        let mut lookup = Lookup {
            users: HashMap::new(),
            media: HashMap::new(),
            tweets: HashMap::new(),
        };
        for page in pages {
            let inc = &page.includes;
            for u in inc.users.iter().flatten() {
                lookup.users.entry(u.id.as_str()).or_insert(u);
            }
            for m in inc.media.iter().flatten() {
                lookup.media.entry(m.media_key.as_str()).or_insert(m);
            }
            for (i, t) in inc.tweets.iter().flatten().enumerate() {
                let origin = Origin {
                    line: page.line,
                    path: format!("includes.tweets[{i}]"),
                };
                lookup.tweets.entry(t.id.as_str()).or_insert((origin, t));
            }
            for (path, t) in &page.included {
                let origin = Origin {
                    line: page.line,
                    path: path.clone(),
                };
                lookup.tweets.entry(t.id.as_str()).or_insert((origin, t));
            }
        }
        // A post quoted or replied to may be in `data` rather than `includes`.
        for page in pages {
            for (path, t) in &page.data {
                let origin = Origin {
                    line: page.line,
                    path: path.clone(),
                };
                lookup.tweets.entry(t.id.as_str()).or_insert((origin, t));
            }
        }
        lookup
    }

    fn handle_of(&self, user_id: Option<&str>) -> Option<&'a str> {
        user_id
            .and_then(|id| self.users.get(id))
            .map(|u| u.username.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{import_files, InputFile};
    use crate::model::{MediaKind, Segment};

    /// Hand-written responses for shapes no real sample has (note_tweet, alt text, a
    /// single-object `data`, a quote missing from includes), following X's v2 reference.
    fn import_one(json: &str) -> Batch {
        let (batch, errors) = import_files(&[InputFile {
            name: "r.json".into(),
            bytes: json.as_bytes().to_vec(),
        }]);
        assert!(errors.is_empty(), "{errors:?}");
        batch
    }

    #[test]
    fn note_tweets_replace_the_truncated_text() {
        let batch = import_one(
            r#"{"data": {"id": "1700000000000000000", "author_id": "9",
                "text": "A long post that X cut short… https://t.co/more",
                "entities": {"urls": [{"start": 30, "end": 46, "url": "https://t.co/more",
                    "expanded_url": "https://twitter.com/i/web/status/1700000000000000000",
                    "display_url": "twitter.com/i/web/status/1…"}]},
                "note_tweet": {"text": "A long post &amp; its end, by @bob #rust https://t.co/x",
                    "entities": {
                        "mentions": [{"start": 30, "end": 34, "username": "bob"}],
                        "hashtags": [{"start": 35, "end": 40, "tag": "rust"}],
                        "urls": [{"start": 41, "end": 55, "url": "https://t.co/x",
                            "expanded_url": "https://example.com/a", "display_url": "example.com/a"}]}}},
               "includes": {"users": [{"id": "9", "username": "alice", "name": "Alice"}]}}"#,
        );
        let p = &batch.posts[0];
        assert_eq!(
            p.segments,
            [
                Segment::Text {
                    text: "A long post & its end, by ".into()
                },
                Segment::Mention {
                    handle: "bob".into(),
                    url: "https://x.com/bob".into()
                },
                Segment::Text { text: " ".into() },
                Segment::Hashtag {
                    tag: "rust".into(),
                    url: "https://x.com/hashtag/rust".into()
                },
                Segment::Text { text: " ".into() },
                Segment::Link {
                    text: "example.com/a".into(),
                    url: "https://example.com/a".into()
                },
            ]
        );
        assert_eq!(
            p.permalink,
            "https://x.com/alice/status/1700000000000000000"
        );
    }

    #[test]
    fn a_long_post_without_its_note_tweet_is_marked_cut() {
        // X's v2 text of a long post when `note_tweet` was not asked for: cut with "…" and
        // a link to itself (the text of python-twitter's compat-mode sample).
        let cut = r#"{"data": [{"id": "782737772490600448", "author_id": "4012966701",
            "text": "has more details about these changes.  Thanks for making more expressive!writing requirements to python_twitt pytho… https://t.co/et3OTOxWSa",
            "entities": {"urls": [{"start": 117, "end": 140, "url": "https://t.co/et3OTOxWSa",
                "expanded_url": "https://twitter.com/i/web/status/782737772490600448",
                "display_url": "twitter.com/i/web/status/7…"}]}}]}"#;
        let p = &import_one(cut).posts[0];
        assert!(p.truncated);
        assert_eq!(
            p.segments,
            [Segment::Text {
                text: "has more details about these changes.  Thanks for making more \
                       expressive!writing requirements to python_twitt pytho…"
                    .into()
            }]
        );
        // A post linking to itself with no "…" (an edited post, as twarc-csv's
        // `edited.jsonl` has it) keeps its link and is whole.
        let linked = r#"{"data": [{"id": "1576994789110992896", "text": "hey :) https://t.co/rnwEIoNuqd",
            "entities": {"urls": [{"start": 7, "end": 30, "url": "https://t.co/rnwEIoNuqd",
                "expanded_url": "https://twitter.com/i/web/status/1576994789110992896",
                "display_url": "twitter.com/i/web/status/1…"}]}}]}"#;
        let p = &import_one(linked).posts[0];
        assert!(!p.truncated);
        assert_eq!(p.segments.len(), 2);
    }

    #[test]
    fn photos_keep_their_alt_text_and_unknown_quotes_their_link() {
        let batch = import_one(
            r#"{"data": [{"id": "20", "author_id": "9", "created_at": "2023-01-04T13:04:02.000Z",
                "text": "Look https://t.co/q https://t.co/p",
                "attachments": {"media_keys": ["3_1", "3_missing"]},
                "referenced_tweets": [{"type": "quoted", "id": "30"}],
                "entities": {"urls": [
                    {"start": 5, "end": 19, "url": "https://t.co/q",
                     "expanded_url": "https://twitter.com/carol/status/30", "display_url": "twitter.com/carol/st…"},
                    {"start": 20, "end": 34, "url": "https://t.co/p", "media_key": "3_1",
                     "expanded_url": "https://twitter.com/alice/status/20/photo/1", "display_url": "pic.twitter.com/p"}]}}],
               "includes": {"media": [{"media_key": "3_1", "type": "photo",
                    "url": "https://pbs.twimg.com/media/a.jpg", "alt_text": "A cat", "width": 4, "height": 3}]},
               "errors": [{"title": "Not Found Error", "resource_id": "30"}]}"#,
        );
        let p = &batch.posts[0];
        assert_eq!(
            p.segments,
            [Segment::Text {
                text: "Look".into()
            }]
        );
        assert_eq!(p.media.len(), 1);
        assert_eq!(p.media[0].alt.as_deref(), Some("A cat"));
        assert_eq!(p.media[0].kind, MediaKind::Photo);
        let q = p.quote.as_ref().unwrap();
        assert_eq!(q.permalink, "https://x.com/carol/status/30");
        assert_eq!(q.author, None);
        // Unknown author: the /i/web/ permalink.
        assert_eq!(p.permalink, "https://x.com/i/web/status/20");
    }

    #[test]
    fn excerpts_of_long_values_are_cut() {
        assert_eq!(excerpt(" 5 "), "5");
        assert_eq!(
            excerpt(&format!("\"{}\"", "a".repeat(40))),
            format!("\"{}…", "a".repeat(23))
        );
    }
}
