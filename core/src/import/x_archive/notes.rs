//! note-tweet.js: the full text of long posts, joined to their entries in tweets.js, where
//! the text is cut ("…" and a link). A note's id is not its tweet's, so they are joined by
//! time and text: a note and a tweet match when they were created within `WINDOW` seconds
//! of each other and the tweet's visible words (links, media and leading reply mentions
//! left out, "…" removed, entities decoded, whitespace collapsed) begin the note's text.
//! Where several could match, the longest shared beginning wins, then the nearest time;
//! each note and each tweet is used once.

use std::collections::HashMap;

use super::convert::parse_status_url;
use super::wire::{self, NoteItem, Tweet};
use crate::model::Segment;
use crate::text::{decode_entities, segment_x_unescaped, XEntities, XHashtag, XMention, XUrl};

/// How far apart (seconds) a note and its tweet may have been stamped.
const WINDOW: i64 = 5;
/// A tweet's visible words must be at least this long to identify a note (or be all of it).
const MIN_SHARED: usize = 10;

/// One long post's full text, ready to replace its tweet's.
pub(super) struct Note {
    created_at: i64,
    /// As typed: not entity-encoded.
    text: String,
    /// Code points of `text`.
    entities: XEntities,
    /// `text` without its links, for matching.
    key: String,
}

/// The notes of note-tweet.js; ones without a text or a readable time are skipped.
pub(super) fn notes(items: Vec<NoteItem>) -> Vec<Note> {
    items
        .into_iter()
        .filter_map(|item| {
            let n = item.note_tweet;
            let created_at = crate::time::parse_any(n.created_at.get()?)?;
            let text = n.core.text.get()?.to_string();
            let entities = entities(&n.core);
            let links: Vec<(usize, usize)> =
                entities.urls.iter().map(|u| (u.start, u.end)).collect();
            let key = key(&text, &links);
            Some(Note {
                created_at,
                text,
                entities,
                key,
            })
        })
        .collect()
}

fn entities(core: &wire::NoteCore) -> XEntities {
    let span = |from: wire::Num, to: wire::Num| Some((from.usize()?, to.usize()?));
    XEntities {
        urls: (core.urls.iter())
            .filter_map(|u| {
                let (start, end) = span(u.from_index, u.to_index)?;
                let expanded = u.expanded_url.get().or(u.short_url.get()).unwrap_or("");
                Some(XUrl {
                    start,
                    end,
                    display: u.display_url.get().unwrap_or("").to_string(),
                    expanded: expanded.to_string(),
                })
            })
            .collect(),
        mentions: (core.mentions.iter())
            .filter_map(|m| {
                let (start, end) = span(m.from_index, m.to_index)?;
                let handle = m.screen_name.get().unwrap_or("").to_string();
                // note-tweet.js names mentioned accounts by screen name only.
                Some(XMention {
                    start,
                    end,
                    handle,
                    id: None,
                })
            })
            .collect(),
        hashtags: (core.hashtags.iter())
            .filter_map(|h| {
                let (start, end) = span(h.from_index, h.to_index)?;
                let tag = h.text.get().unwrap_or("").to_string();
                Some(XHashtag { start, end, tag })
            })
            .collect(),
        media: Vec::new(),
    }
}

/// The note's segments. A link to the post it quotes is left out: the card shows it.
pub(super) fn segments(note: &Note, quoted_id: Option<&str>) -> Vec<Segment> {
    let mut x = note.entities.clone();
    if let Some(q) = quoted_id {
        let (quote_links, rest): (Vec<XUrl>, Vec<XUrl>) = x
            .urls
            .into_iter()
            .partition(|u| parse_status_url(&u.expanded).is_some_and(|(_, id)| id == q));
        x.urls = rest;
        x.media.extend(quote_links.iter().map(|u| (u.start, u.end)));
    }
    segment_x_unescaped(&note.text, None, &x)
}

/// For tweets (by index) whose text a note completes, that note's index.
pub(super) fn join(tweets: &[Tweet], notes: &[Note]) -> HashMap<usize, usize> {
    let mut joined = HashMap::new();
    if notes.is_empty() {
        return joined;
    }
    // Tweets by time, to find each note's neighbours by binary search.
    let mut by_time: Vec<(i64, usize)> = tweets
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Some((crate::time::parse_x_date(t.created_at.get()?)?, i)))
        .collect();
    crate::sort::sort(&mut by_time);
    let mut keys: HashMap<usize, String> = HashMap::new();
    // (shared length, time apart, note, tweet)
    let mut candidates: Vec<(usize, i64, usize, usize)> = Vec::new();
    for (ni, note) in notes.iter().enumerate() {
        let from = by_time.partition_point(|&(t, _)| t < note.created_at - WINDOW);
        for &(t, ti) in by_time.iter().skip(from) {
            if t > note.created_at + WINDOW {
                break;
            }
            let Some(tweet) = tweets.get(ti) else {
                continue;
            };
            let key = keys.entry(ti).or_insert_with(|| tweet_key(tweet));
            let shared = key.chars().count();
            let long_enough = shared >= MIN_SHARED || *key == note.key;
            if shared > 0 && long_enough && note.key.starts_with(key.as_str()) {
                candidates.push((shared, (t - note.created_at).abs(), ni, ti));
            }
        }
    }
    crate::sort::sort_by_key(&mut candidates, |&(shared, apart, ni, ti)| {
        (std::cmp::Reverse(shared), apart, ni, ti)
    });
    let mut used_notes = vec![false; notes.len()];
    for (_, _, ni, ti) in candidates {
        if joined.contains_key(&ti) || used_notes.get(ni).copied().unwrap_or(true) {
            continue;
        }
        if let Some(used) = used_notes.get_mut(ni) {
            *used = true;
        }
        joined.insert(ti, ni);
    }
    joined
}

/// A tweet's visible words for matching: its display range without links, media and the
/// leading reply mentions, decoded, without the "…" that marks a cut text.
fn tweet_key(t: &Tweet) -> String {
    let raw = t.full_text.get().or_else(|| t.text.get()).unwrap_or("");
    let (lo, hi) = t.display_text_range.get().unwrap_or((0, usize::MAX));
    let ext = t.extended_entities.as_ref().map(|e| e.media.iter());
    let links: Vec<(usize, usize)> = (t.entities.urls.iter().map(|u| &u.indices))
        .chain(t.entities.media.iter().map(|m| &m.indices))
        .chain(ext.into_iter().flatten().map(|m| &m.indices))
        .filter_map(|i| i.get())
        .collect();
    let visible: String = raw
        .chars()
        .enumerate()
        .filter(|&(i, _)| i >= lo && i < hi && !links.iter().any(|&(s, e)| s <= i && i < e))
        .map(|(_, c)| c)
        .collect();
    key(&decode_entities(&visible), &[])
        .trim_end_matches('…')
        .trim_end()
        .to_string()
}

/// Text for matching: `links` (code-point ranges) removed, whitespace collapsed, leading
/// "@mentions" dropped.
fn key(text: &str, links: &[(usize, usize)]) -> String {
    let kept: String = text
        .chars()
        .enumerate()
        .filter(|&(i, _)| !links.iter().any(|&(s, e)| s <= i && i < e))
        .map(|(_, c)| c)
        .collect();
    let words: Vec<&str> = kept
        .split_whitespace()
        .skip_while(|w| w.starts_with('@') && w.len() > 1)
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_links_mentions_and_spacing() {
        assert_eq!(
            key("@a @b  Hello\n\nworld https://t.co/x", &[(20, 34)]),
            "Hello world"
        );
        assert_eq!(key("Hi @a there", &[]), "Hi @a there");
    }
}
