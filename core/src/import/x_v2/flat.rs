//! twarc2 `flatten` output: one v2 tweet per value (JSON Lines, or a JSON array of them)
//! with its expansions inlined instead of gathered in `includes` — `author`,
//! `in_reply_to_user`, `attachments.media`, and each `referenced_tweets[]` entry merged with
//! the tweet it names (itself flattened, so it carries its own `author` and media). twarc
//! writes `{}` where an expansion was missing (a deleted or protected account or post): such
//! an empty object is absent, not an error. The inlined objects are gathered into the same
//! `Includes` a response has, so the rest of the v2 import reads both alike.

use super::wire::{Media, Tweet, User};
use super::{ParsedPage, FORMAT};
use crate::error::ImportErrorKind;
use crate::import::detect::{kind_of, JsonKind};
use crate::import::{invalid, parse_part};
use crate::json::{self, wire, FromJson, Raw, Skip};

/// How deep referenced tweets are followed (a quote of a reply of a quote…): twarc inlines
/// only what the response included, which is two levels at most.
const MAX_DEPTH: usize = 4;

wire! {
    /// The inlined expansions of a flattened tweet (its own fields are read as a `Tweet`).
    #[derive(Default)]
    struct Inlined<'a> {
        author: Option<Raw<'a>>,
        in_reply_to_user: Option<Raw<'a>>,
        attachments: Option<InlinedAttachments<'a>>,
        referenced_tweets: Option<Vec<Raw<'a>>>,
    }
}

wire! {
    #[derive(Default)]
    struct InlinedAttachments<'a> {
        media: Option<Vec<Raw<'a>>>,
    }
}

wire! {
    /// `Inlined`'s shape without borrowing, to report where a wrong type is.
    #[derive(Default)]
    struct InlinedShape {
        author: Option<Skip>,
        in_reply_to_user: Option<Skip>,
        attachments: Option<AttachmentsShape>,
        referenced_tweets: Option<Vec<Skip>>,
    }
}

wire! {
    #[derive(Default)]
    struct AttachmentsShape {
        media: Option<Vec<Skip>>,
    }
}

wire! {
    /// The keys that tell an inlined object from twarc's `{}` for a missing one.
    #[derive(Default)]
    struct Present {
        id: Option<Skip>,
        text: Option<Skip>,
        media_key: Option<Skip>,
    }
}

/// One value of a flattened file: a tweet, or an array of tweets.
pub(super) fn parse(
    doc: &str,
    line: Option<usize>,
    raw: Raw<'_>,
) -> Result<ParsedPage, ImportErrorKind> {
    let mut page = ParsedPage {
        line,
        data: Vec::new(),
        includes: Default::default(),
        included: Vec::new(),
    };
    let reader = Reader { doc, line };
    match kind_of(raw) {
        JsonKind::Array => {
            let tweets = reader.borrowed::<Vec<Raw<'_>>, Vec<Skip>>(raw, "")?;
            for (i, t) in tweets.into_iter().enumerate() {
                reader.tweet(t, format!("[{i}]"), 0, &mut page)?;
            }
        }
        _ => reader.tweet(raw, String::new(), 0, &mut page)?,
    }
    Ok(page)
}

struct Reader<'d> {
    doc: &'d str,
    line: Option<usize>,
}

impl Reader<'_> {
    /// `raw` read as `T`, which borrows from it. Its error is found and placed by reading
    /// `raw` as `Shape`, the same shape owning nothing (as `parse_part` needs).
    fn borrowed<'a, T: FromJson<'a>, Shape: for<'de> FromJson<'de>>(
        &self,
        raw: Raw<'a>,
        path: &str,
    ) -> Result<T, ImportErrorKind> {
        match json::from_slice::<T>(raw.get().as_bytes()) {
            Ok(value) => Ok(value),
            Err(e) => {
                parse_part::<Shape>(self.doc, raw, path, self.line, FORMAT)?;
                Err(invalid(FORMAT, self.line, path.to_string(), e.message))
            }
        }
    }

    /// The tweet at `path` (a `data` tweet at depth 0, an included one below) and what it
    /// inlines.
    fn tweet(
        &self,
        raw: Raw<'_>,
        path: String,
        depth: usize,
        page: &mut ParsedPage,
    ) -> Result<(), ImportErrorKind> {
        let tweet = parse_part::<Tweet>(self.doc, raw, &path, self.line, FORMAT)?;
        let inlined = self.borrowed::<Inlined<'_>, InlinedShape>(raw, &path)?;
        let at = |field: &str| join(&path, field);
        let users = [
            ("author", inlined.author),
            ("in_reply_to_user", inlined.in_reply_to_user),
        ];
        for (field, user) in users {
            if let Some(user) = user.filter(|u| present(*u, Identified::Id)) {
                let user = parse_part::<User>(self.doc, user, &at(field), self.line, FORMAT)?;
                page.includes.users.get_or_insert_with(Vec::new).push(user);
            }
        }
        let media = inlined
            .attachments
            .and_then(|a| a.media)
            .unwrap_or_default();
        for (i, m) in media.into_iter().enumerate() {
            if present(m, Identified::MediaKey) {
                let field = at(&format!("attachments.media[{i}]"));
                let m = parse_part::<Media>(self.doc, m, &field, self.line, FORMAT)?;
                page.includes.media.get_or_insert_with(Vec::new).push(m);
            }
        }
        if depth < MAX_DEPTH {
            let refs = inlined.referenced_tweets.unwrap_or_default();
            for (i, r) in refs.into_iter().enumerate() {
                // A bare `{type, id}`: the response did not include that post.
                if present(r, Identified::Text) {
                    self.tweet(r, at(&format!("referenced_tweets[{i}]")), depth + 1, page)?;
                }
            }
        }
        if depth == 0 {
            page.data.push((path, tweet));
        } else {
            page.included.push((path, tweet));
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Identified {
    Id,
    Text,
    MediaKey,
}

/// Whether an inlined object is there: an object with its identifying key (twarc writes
/// `{}` for a missing expansion). Anything else that is not an object is read, and its
/// wrong type reported.
fn present(raw: Raw<'_>, by: Identified) -> bool {
    match kind_of(raw) {
        JsonKind::Null => false,
        JsonKind::Object => {
            json::from_slice::<Present>(raw.get().as_bytes()).map_or(true, |p| match by {
                Identified::Id => p.id.is_some(),
                Identified::Text => p.text.is_some(),
                Identified::MediaKey => p.media_key.is_some(),
            })
        }
        JsonKind::Array | JsonKind::Scalar => true,
    }
}

/// "a.b", or "b" at the top of a value.
fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_objects_stand_for_missing_expansions() {
        let raw = |s: &'static str| Raw::new(s);
        assert!(!present(raw("{}"), Identified::Id));
        assert!(!present(raw("null"), Identified::Id));
        assert!(!present(
            raw(r#"{"type": "quoted", "id": "5"}"#),
            Identified::Text
        ));
        assert!(present(
            raw(r#"{"type": "quoted", "id": "5", "text": "t"}"#),
            Identified::Text
        ));
        assert!(present(
            raw(r#"{"media_key": "3_1"}"#),
            Identified::MediaKey
        ));
        assert!(
            present(raw("5"), Identified::Id),
            "a wrong type is read and reported"
        );
        assert_eq!(join("", "author"), "author");
        assert_eq!(join("[2]", "author"), "[2].author");
    }
}
