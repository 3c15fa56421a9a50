//! X web GraphQL responses, as saved from the browser's network panel or by scrapers
//! (twscrape and the like): TweetDetail (`threaded_conversation_with_injections_v2`, and the
//! older name without `_v2`), TweetResultByRestId (`tweetResult`), user timelines and
//! search. Private wire structs (`wire`); each post's `legacy` object is a v1.1 status, read
//! and converted by `x_v1`; `convert` adds what only GraphQL has (authors in either user
//! layout, `note_tweet` long text, `quoted_status_result`, poll cards; other cards in
//! `card`, website and app cards in `unified`).
//!
//! Posts are found in `instructions[]` → `entries[]` → `content.itemContent.tweet_results`
//! and in modules (`content.items[].item.itemContent`, `moduleItems`). A tombstone or an
//! unavailable post gives no Post: the post replying to it shows a gap in the thread.
//!
//! A conversation (TweetDetail) keeps only the focal author's self-thread (see `focus`);
//! other timelines keep every post, as a v2 search does. The post a file is about (the
//! focal post, a TweetResultByRestId's post) is marked `standalone`; when it is a repost it
//! is replaced by its original, `reposted_by` the reposter (who joins the batch's authors).
//! Reposts elsewhere stay reposts, which assembly leaves out.

mod card;
mod convert;
mod focus;
mod unified;
pub(in crate::import) mod wire;

use std::collections::HashMap;

use crate::json::Raw;

use super::{invalid, parse_part};
use crate::error::ImportErrorKind;
use crate::model::{Author, Batch, Post};
use focus::TopEntry;
use wire::{Entry, ItemContent, ModuleItem, Timeline, TweetResult};

const FORMAT: &str = "X web (GraphQL)";

/// Import the `data` of one response (`line` set for a value of a JSON Lines file).
pub(crate) fn import(
    doc: &str,
    data: Option<Raw<'_>>,
    line: Option<usize>,
) -> Result<Batch, ImportErrorKind> {
    let Some(raw) = data else {
        return Ok(Batch::default());
    };
    let data: wire::Data = parse_part(doc, raw, "data", line, FORMAT)?;
    let mut found = Vec::new();
    let conversation = find(&data, &mut found);

    let mut posts: Vec<Post> = Vec::new();
    let mut authors: Vec<Author> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut top: Vec<TopEntry> = Vec::new();
    let mut about: Option<usize> = None;
    for f in &found {
        let converted = convert::found(f.result, f.about).map_err(|(field, message)| {
            invalid(FORMAT, line, format!("{}.result.{field}", f.path), message)
        })?;
        let index = converted.map(|c| add(c, &mut posts, &mut authors, &mut seen));
        if f.top_tweet {
            top.push(TopEntry { post: index });
        } else if f.about {
            about = index.or(about);
        }
    }
    // The post the file is about: the focal post of a conversation (the last top-level
    // entry), else the one post of a TweetResultByRestId.
    let focal = if conversation {
        top.last().and_then(|e| e.post)
    } else {
        about
    };
    if let Some(p) = focal.and_then(|i| posts.get_mut(i)) {
        p.standalone = true;
    }

    if conversation {
        let kept = focus::self_thread(&posts, &top);
        let mut all: Vec<Option<Post>> = posts.into_iter().map(Some).collect();
        posts = kept
            .into_iter()
            .filter_map(|i| all.get_mut(i).and_then(Option::take))
            .collect();
    }
    authors.retain(|a| {
        (posts.iter()).any(|p| p.author_id == a.id || p.reposted_by.as_deref() == Some(&a.id))
    });
    Ok(Batch { authors, posts })
}

/// Adds a converted post (a post listed twice, quoted and replied to say, is kept once, the
/// reposter of either copy kept) and its authors; the post's index.
fn add(
    c: convert::Converted,
    posts: &mut Vec<Post>,
    authors: &mut Vec<Author>,
    seen: &mut HashMap<String, usize>,
) -> usize {
    for a in c.authors {
        if !authors.iter().any(|known| known.id == a.id) {
            authors.push(a);
        }
    }
    match seen.get(&c.post.id).copied() {
        Some(i) => {
            if let Some(old) = posts.get_mut(i) {
                if old.reposted_by.is_none() {
                    old.reposted_by = c.post.reposted_by;
                }
            }
            i
        }
        None => {
            seen.insert(c.post.id.clone(), posts.len());
            posts.push(c.post);
            posts.len() - 1
        }
    }
}

/// The post results of a response, in document order, with their JSON paths; true for a
/// conversation (TweetDetail).
fn find<'a>(data: &'a wire::Data, found: &mut Vec<Found<'a>>) -> bool {
    let conversation = match (
        &data.threaded_conversation_with_injections_v2,
        &data.threaded_conversation_with_injections,
    ) {
        (Some(t), _) => {
            collect(t, "data.threaded_conversation_with_injections_v2", found);
            true
        }
        (None, Some(t)) => {
            collect(t, "data.threaded_conversation_with_injections", found);
            true
        }
        (None, None) => false,
    };
    if let Some(result) = data.tweet_result.as_ref().and_then(|r| r.result.as_ref()) {
        found.push(Found {
            path: "data.tweetResult".to_string(),
            top_tweet: false,
            about: true,
            result,
        });
    }
    if let Some(user) = data.user.as_ref().and_then(|u| u.result.as_ref()) {
        if let Some(t) = user.timeline_v2.as_ref().and_then(|h| h.timeline.as_ref()) {
            collect(t, "data.user.result.timeline_v2.timeline", found);
        }
        if let Some(t) = user.timeline.as_ref().and_then(|h| h.timeline.as_ref()) {
            collect(t, "data.user.result.timeline.timeline", found);
        }
    }
    if let Some(t) = (data.search_by_raw_query.as_ref())
        .and_then(|s| s.search_timeline.as_ref())
        .and_then(|h| h.timeline.as_ref())
    {
        collect(
            t,
            "data.search_by_raw_query.search_timeline.timeline",
            found,
        );
    }
    conversation
}

/// A post result found in the timeline, with the JSON path of its `tweet_results`.
struct Found<'a> {
    path: String,
    /// A top-level "tweet-<id>" entry: the focal post or one of its parents.
    top_tweet: bool,
    /// The file is about this post: a top-level entry, or a TweetResultByRestId's result.
    about: bool,
    result: &'a TweetResult,
}

fn collect<'a>(timeline: &'a Timeline, base: &str, out: &mut Vec<Found<'a>>) {
    for (i, ins) in timeline.instructions.iter().flatten().enumerate() {
        let at = format!("{base}.instructions[{i}]");
        for (j, e) in ins.entries.iter().flatten().enumerate() {
            entry(e, &format!("{at}.entries[{j}]"), out);
        }
        if let Some(e) = &ins.entry {
            entry(e, &format!("{at}.entry"), out);
        }
        for (k, m) in ins.module_items.iter().flatten().enumerate() {
            module_item(m, &format!("{at}.moduleItems[{k}]"), out);
        }
    }
}

fn entry<'a>(e: &'a Entry, path: &str, out: &mut Vec<Found<'a>>) {
    let Some(content) = &e.content else { return };
    if let Some(ic) = &content.item_content {
        let top = e
            .entry_id
            .as_deref()
            .is_some_and(|id| id.starts_with("tweet-"));
        item(ic, top, &format!("{path}.content.itemContent"), out);
    }
    for (k, m) in content.items.iter().flatten().enumerate() {
        module_item(m, &format!("{path}.content.items[{k}]"), out);
    }
}

fn module_item<'a>(m: &'a ModuleItem, path: &str, out: &mut Vec<Found<'a>>) {
    if let Some(ic) = m.item.as_ref().and_then(|i| i.item_content.as_ref()) {
        item(ic, false, &format!("{path}.item.itemContent"), out);
    }
}

fn item<'a>(ic: &'a ItemContent, top_tweet: bool, path: &str, out: &mut Vec<Found<'a>>) {
    let Some(results) = &ic.tweet_results else {
        return;
    };
    match &results.result {
        Some(result) => out.push(Found {
            path: format!("{path}.tweet_results"),
            top_tweet,
            about: top_tweet,
            result,
        }),
        // A post gone without a trace still holds its place among the parents.
        None if top_tweet => out.push(Found {
            path: format!("{path}.tweet_results"),
            top_tweet,
            about: true,
            result: &GONE,
        }),
        None => {}
    }
}

static GONE: TweetResult = TweetResult {
    typename: None,
    core: None,
    legacy: None,
    note_tweet: None,
    quoted_status_result: None,
    retweeted_status_result: None,
    card: None,
    tweet: None,
};
