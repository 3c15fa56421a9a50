//! X data archive import: the `window.YTD.<type>.partN = [ … ]` JavaScript files of an
//! archive's `data/` folder (`tweets.js`, the older `tweet.js`, split `tweets-part1.js` …,
//! `account.js`, `profile.js`) and `manifest.js` (`window.__THAR_CONFIG = { … }`), dropped
//! together. Files are recognised by their content, never by name.
//!
//! Each file is read by `json` straight into the private wire structs (`wire`), then
//! converted tweet by tweet (`convert`). The account names the author of every tweet; when
//! no account file came along, the owner is inferred from the tweets themselves. A long
//! post's full text comes from `note-tweet.js`, joined to its cut entry by time and text
//! (`notes`). Files of an archive that hold no posts (likes, followers, DMs …) are ignored
//! beside the tweets, but dropped without them each gets an error naming it.

mod convert;
mod group;
mod js;
mod notes;
mod stream;
mod wire;

pub use group::Converted;
pub use stream::TweetsStream;

use std::collections::HashSet;

use crate::error::ImportError;
use crate::import::InputFile;
use crate::model::{Author, Batch, Network};

const FORMAT: &str = "X data archive";
const BOM: &str = "\u{feff}";

/// True when `bytes` look like a file of an X data archive: after an optional BOM and
/// whitespace, `window.YTD.` or `window.__THAR_CONFIG`.
pub fn is_archive_file(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let rest = bytes.get(start..).unwrap_or_default();
    rest.starts_with(b"window.YTD.") || rest.starts_with(b"window.__THAR_CONFIG")
}

/// Import every archive file of one drop. Each file that fails gives its own error; the
/// others still import.
pub fn import_group(files: &[&InputFile]) -> (Batch, Vec<ImportError>) {
    group::import(files, None)
}

/// `import_group` with the tweets file `name`, converted as it was read by a stream.
pub(crate) fn import_streamed(
    files: &[&InputFile],
    name: &str,
    streamed: Converted,
) -> (Batch, Vec<ImportError>) {
    group::import(files, Some((name, streamed)))
}

/// A stream for a large tweets file read as it arrives, when the other archive files
/// dropped with it, `files`, allow one: see `TweetsStream`.
pub(crate) fn tweets_stream(files: &[&InputFile]) -> Option<TweetsStream> {
    group::stream(files)
}

const UNKNOWN_HANDLE: &str = "unknown";

/// The archive owner: account.js, else manifest.js, else inferred from the tweets (a reply
/// to a tweet of the same archive names the owner; so does a media link to the tweet
/// itself), else a placeholder.
fn owner_author(
    account: &wire::Account,
    manifest: &wire::UserInfo,
    avatar_url: Option<String>,
    tweets: &[wire::Tweet],
) -> Author {
    let mut id = account
        .account_id
        .get()
        .or_else(|| manifest.account_id.get())
        .map(str::to_string);
    let mut handle = account
        .username
        .get()
        .or_else(|| manifest.user_name.get())
        .map(str::to_string);
    let display_name = account
        .account_display_name
        .get()
        .or_else(|| manifest.display_name.get())
        .map(str::to_string);
    if id.is_none() || handle.is_none() {
        let (inferred_id, inferred_handle) = infer_owner(tweets);
        id = id.or(inferred_id);
        handle = handle.or(inferred_handle);
    }
    let handle = handle.unwrap_or_else(|| UNKNOWN_HANDLE.to_string());
    let id = id.unwrap_or_else(|| {
        if handle == UNKNOWN_HANDLE {
            "x-archive-owner".to_string()
        } else {
            format!("x-handle:{handle}")
        }
    });
    Author {
        id,
        display_name: display_name.unwrap_or_else(|| handle.clone()),
        handle,
        avatar_url,
        network: Network::X,
        emojis: Vec::new(),
    }
}

fn infer_owner(tweets: &[wire::Tweet]) -> (Option<String>, Option<String>) {
    let ids: HashSet<&str> = tweets.iter().filter_map(convert::tweet_id).collect();
    let self_reply = tweets.iter().find_map(|t| {
        convert::reply_status_id(t)
            .filter(|parent| ids.contains(parent))
            .and_then(|_| convert::reply_user_id(t))
            .map(|user| (user, t.in_reply_to_screen_name.get()))
    });
    let media_handle = || {
        tweets.iter().find_map(|t| {
            let own = convert::tweet_id(t)?;
            let ext = t.extended_entities.as_ref().map(|e| e.media.iter());
            t.entities
                .media
                .iter()
                .chain(ext.into_iter().flatten())
                .filter_map(|m| convert::parse_status_url(m.expanded_url.get()?))
                .find(|(_, id)| *id == own)
                .map(|(handle, _)| handle.to_string())
        })
    };
    match self_reply {
        Some((user, Some(handle))) => (Some(user.to_string()), Some(handle.to_string())),
        Some((user, None)) => (Some(user.to_string()), media_handle()),
        None => (None, media_handle()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ImportErrorKind;

    fn file(name: &str, text: &str) -> InputFile {
        InputFile {
            name: name.to_string(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn recognises_archive_files() {
        assert!(is_archive_file(b"window.YTD.tweets.part0 = []"));
        assert!(is_archive_file(
            "\u{feff}\n  window.YTD.account.part0 = []".as_bytes()
        ));
        assert!(is_archive_file(b"window.__THAR_CONFIG = {}"));
        assert!(!is_archive_file(b"[{\"tweet\": {}}]"));
        assert!(!is_archive_file(b"window.YTD"));
        assert!(!is_archive_file(b""));
    }

    #[test]
    fn syntax_error_position_counts_the_prefix() {
        let text = "window.YTD.tweets.part0 = [ {\n  \"tweet\" : { \"id_str\" : \"1\", }\n} ]";
        let f = file("tweets.js", text);
        let (_, errors) = import_group(&[&f]);
        match &errors[..] {
            [ImportError {
                kind: ImportErrorKind::Syntax { line, column, .. },
                ..
            }] => {
                // The stray '}' after the trailing comma: line 2, column 31 (1-based chars).
                assert_eq!((*line, *column), (2, 31));
                let at = text.lines().nth(1).and_then(|l| l.chars().nth(30));
                assert_eq!(at, Some('}'));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn error_on_first_line_adds_the_prefix_width() {
        let f = file("tweet.js", "window.YTD.tweet.part0 = [ x ]");
        let (_, errors) = import_group(&[&f]);
        assert!(matches!(
            errors.first().map(|e| &e.kind),
            Some(ImportErrorKind::Syntax {
                line: 1,
                column: 28,
                ..
            })
        ));
    }

    #[test]
    fn wrong_type_names_the_element() {
        let f = file(
            "tweets.js",
            "window.YTD.tweets.part0 = [ {\"tweet\": {}}, {\"tweet\": 5} ]",
        );
        let (_, errors) = import_group(&[&f]);
        match errors.first().map(|e| &e.kind) {
            Some(ImportErrorKind::Invalid { path, .. }) => {
                assert_eq!(path, "window.YTD.tweets.part0[1]")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn not_utf8_and_not_archive() {
        let bad = InputFile {
            name: "a.js".into(),
            bytes: vec![b'w', 0xff],
        };
        let other = file("b.js", "{}");
        let (batch, errors) = import_group(&[&bad, &other]);
        assert!(batch.posts.is_empty());
        assert_eq!(errors[0].kind, ImportErrorKind::NotText { offset: 1 });
        assert_eq!(errors[1].kind, ImportErrorKind::UnknownFormat);
    }
}
