//! One GraphQL post result into a model Post: the `legacy` status through `x_v1`'s convert,
//! then what only GraphQL has — the author from `core.user_results` (either layout), the
//! long text of `note_tweet`, the quoted post from `quoted_status_result`, the poll card.
//! A repost the file is about becomes its original, marked with the reposter (`found`).

use super::wire::{Card, TweetResult, TweetResults, UserResult};
use crate::import::x_v1::{self, Made, TextRules};
use crate::model::{Author, Poll, PollOption, Post, Quote, Segment, SourceFormat};

/// (field path inside the result, message).
pub(super) type Fault = (String, String);

/// The post inside a result: a TweetWithVisibilityResults wrapper is opened; tombstones and
/// unavailable posts (no `legacy`) give None.
pub(super) fn available(r: &TweetResult) -> Option<(&TweetResult, &'static str)> {
    if matches!(
        r.typename.as_deref(),
        Some("TweetTombstone" | "TweetUnavailable")
    ) {
        return None;
    }
    match &r.tweet {
        Some(inner) if r.legacy.is_none() => inner.legacy.is_some().then_some((inner, "tweet.")),
        _ => r.legacy.is_some().then_some((r, "")),
    }
}

/// A converted post and the authors it names: its own, and a repost's reposter.
pub(super) struct Converted {
    pub post: Post,
    pub authors: Vec<Author>,
}

/// The post a found result holds; None for tombstones and unavailable posts. When the file
/// is about this result (`about`: a TweetDetail's top-level post, a TweetResultByRestId) and
/// it is a repost, the post is its original, `reposted_by` the reposter: a repost has no
/// text of its own, and showing nothing would hide what the file holds. Faults are at the
/// path inside the result.
pub(super) fn found(r: &TweetResult, about: bool) -> Result<Option<Converted>, Fault> {
    let Some((t, prefix)) = available(r) else {
        return Ok(None);
    };
    let under = |at: String| move |(f, m): Fault| (format!("{at}{f}"), m);
    if let Some((original, at)) = original(t).filter(|_| about) {
        let (mut post, author) = convert(original).map_err(under(format!("{prefix}{at}")))?;
        let reposter = author_of(t);
        post.reposted_by = (reposter.as_ref().map(|a| a.id.clone()))
            .or_else(|| t.legacy.as_ref().and_then(|l| l.user_id_str.clone()))
            .filter(|id| !id.is_empty());
        let authors = author.into_iter().chain(reposter).collect();
        return Ok(Some(Converted { post, authors }));
    }
    let (post, author) = convert(t).map_err(under(prefix.to_string()))?;
    Ok(Some(Converted {
        post,
        authors: author.into_iter().collect(),
    }))
}

/// A repost's original, opened like any result, with its path inside the repost: in
/// `legacy.retweeted_status_result` (every capture seen), or beside `legacy`. None when the
/// post is no repost or its original is gone.
fn original(t: &TweetResult) -> Option<(&TweetResult, String)> {
    let in_legacy = t
        .legacy
        .as_ref()
        .and_then(|l| l.retweeted_status_result.as_deref());
    let (holder, at) = match (in_legacy, t.retweeted_status_result.as_deref()) {
        (Some(r), _) => (r, "legacy.retweeted_status_result.result."),
        (None, Some(r)) => (r, "retweeted_status_result.result."),
        (None, None) => return None,
    };
    let (inner, prefix) = available(holder.result.as_ref()?)?;
    Some((inner, format!("{at}{prefix}")))
}

/// The author of a post, from whichever user layout the response uses.
pub(super) fn author_of(r: &TweetResult) -> Option<Author> {
    let u: &UserResult = r.core.as_ref()?.user_results.as_ref()?.result.as_ref()?;
    let id = u.rest_id.as_deref().filter(|s| !s.is_empty())?;
    let legacy = u.legacy.as_ref();
    let core = u.core.as_ref();
    let handle = (core.and_then(|c| c.screen_name.as_deref()))
        .or(legacy.and_then(|l| l.screen_name.as_deref()))
        .filter(|s| !s.is_empty())?;
    let name = (core.and_then(|c| c.name.as_deref())).or(legacy.and_then(|l| l.name.as_deref()));
    let avatar = (u.avatar.as_ref().and_then(|a| a.image_url.as_deref()))
        .or(legacy.and_then(|l| l.profile_image_url_https.as_deref()))
        .filter(|s| !s.is_empty());
    Some(x_v1::author(id, handle, name, avatar))
}

/// A post result (already opened by `available`) as a Post and its author.
pub(super) fn convert(t: &TweetResult) -> Result<(Post, Option<Author>), Fault> {
    let Some(legacy) = &t.legacy else {
        return Err(("legacy".to_string(), "missing".to_string()));
    };
    let author = author_of(t);
    let made = Made {
        author_id: author.as_ref().map(|a| a.id.as_str()),
        handle: author.as_ref().map(|a| a.handle.as_str()),
        source: SourceFormat::XGraphql,
    };
    let at_legacy = |(f, m): Fault| (format!("legacy.{f}"), m);
    let mut post = x_v1::post(legacy, &made).map_err(at_legacy)?;
    if let Some(segments) = note_segments(t, post.reply_to.is_some()) {
        post.segments = segments;
    }
    if let Some(q) = t.quoted_status_result.as_deref() {
        if let Some(card) = quote(q).map_err(|(f, m)| (format!("quoted_status_result.{f}"), m))? {
            post.quote = Some(card);
        }
    }
    if let Some(c) = t.card.as_ref() {
        post.poll = poll(c);
        if post.poll.is_none() {
            super::card::apply(c, &mut post);
        }
    }
    Ok((post, author))
}

/// The full text of a long post (`note_tweet`), when it has one.
fn note_segments(t: &TweetResult, is_reply: bool) -> Option<Vec<Segment>> {
    let note = t
        .note_tweet
        .as_ref()?
        .note_tweet_results
        .as_ref()?
        .result
        .as_ref()?;
    let text = note.text.as_deref().filter(|s| !s.trim().is_empty())?;
    let legacy = t.legacy.as_ref()?;
    let rules = TextRules {
        own_id: legacy.id_str.as_deref().unwrap_or_default(),
        quoted_id: x_v1::quoted_id(legacy),
        is_reply,
        unescaped: true,
    };
    // The media entities index the short text, not this one: none are passed.
    Some(x_v1::text_segments(
        text,
        None,
        note.entity_set.as_ref(),
        &[],
        &rules,
    ))
}

/// The quoted post's card; None when it is gone (the permalink-only quote stays).
fn quote(q: &TweetResults) -> Result<Option<Quote>, Fault> {
    let Some((t, prefix)) = q.result.as_ref().and_then(available) else {
        return Ok(None);
    };
    let Some(legacy) = &t.legacy else {
        return Ok(None);
    };
    let at = |(f, m): Fault| (format!("result.{prefix}legacy.{f}"), m);
    let mut card = x_v1::quote_card(legacy, author_of(t)).map_err(at)?;
    if let Some(segments) = note_segments(t, legacy.in_reply_to_status_id_str.is_some()) {
        card.segments = segments;
    }
    Ok(Some(card))
}

/// A poll card's options, counts, end time and state (`binding_values`: `choiceN_label`,
/// `choiceN_count`, `end_datetime_utc`, `counts_are_final`). Other cards give None.
pub(super) fn poll(card: &Card) -> Option<Poll> {
    let values = card.legacy.as_ref()?.binding_values.as_deref()?;
    let get = |key: &str| {
        values
            .iter()
            .find(|b| b.key.as_deref() == Some(key))
            .and_then(|b| b.value.as_ref())
    };
    let string = |key: &str| get(key).and_then(|v| v.string_value.as_deref());
    let options: Vec<PollOption> = (1..=4)
        .map_while(|n| {
            let label = string(&format!("choice{n}_label"))?;
            Some(PollOption {
                label: label.to_string(),
                votes: string(&format!("choice{n}_count")).and_then(|c| c.trim().parse().ok()),
            })
        })
        .collect();
    if options.is_empty() {
        return None;
    }
    Some(Poll {
        options,
        ends_at: string("end_datetime_utc").and_then(crate::time::parse_rfc3339),
        closed: get("counts_are_final")
            .and_then(|v| v.boolean_value)
            .unwrap_or(false),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_without_choices_are_not_polls() {
        let card: Card = crate::json::from_slice(
            br#"{"legacy": {"name": "summary", "binding_values": [
                {"key": "title", "value": {"string_value": "A page", "type": "STRING"}}]}}"#,
        )
        .unwrap();
        assert_eq!(poll(&card), None);
    }

    #[test]
    fn final_counts_close_the_poll_and_bad_counts_are_unknown() {
        let card: Card = crate::json::from_slice(
            br#"{"legacy": {"binding_values": [
                {"key": "choice1_label", "value": {"string_value": "A"}},
                {"key": "choice1_count", "value": {"string_value": "12"}},
                {"key": "choice2_label", "value": {"string_value": "B"}},
                {"key": "choice2_count", "value": {"string_value": "many"}},
                {"key": "counts_are_final", "value": {"boolean_value": true}}]}}"#,
        )
        .unwrap();
        let p = poll(&card).unwrap();
        assert!(p.closed);
        assert_eq!(p.ends_at, None);
        let votes: Vec<Option<u64>> = p.options.iter().map(|o| o.votes).collect();
        assert_eq!(votes, [Some(12), None]);
    }
}
