//! The formats Unroll reads, as one table: the landing page's "Reads" list and the error for
//! a file that matches none of them are made from it, and a test checks that the README's
//! "Supported formats" table names every one (the README cannot be generated at build).
//! File and API names are written between backticks, as in the README: the page shows
//! them as code (`pieces`), the error as plain text.

/// One format, as a person would name and find it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    /// "X API v2": the name the landing page, the README and the error use.
    pub name: &'static str,
    /// What to give Unroll: "`app.bsky.feed.getPostThread` output".
    pub files: &'static str,
    /// What else is worth knowing, or "".
    pub notes: &'static str,
}

/// Every format, in the order the landing page lists them.
pub const FORMATS: &[Format] = &[
    Format {
        name: "X data archive",
        files: "the whole `.zip`, or `tweets.js` (or the older `tweet.js`, or split \
                `tweets-part1.js`…) with `account.js`, `profile.js` and `note-tweet.js`",
        notes: "names, avatars and long posts in full; from the `.zip`, photos and videos as \
                you read",
    },
    Format {
        name: "X API v2",
        files: "tweet lookup and search responses, JSON or JSON Lines",
        notes: "twarc output and twarc2 `flatten` too",
    },
    Format {
        name: "X API v1.1",
        files: "statuses, timelines and search results, JSON or JSON Lines",
        notes: "extended or compat mode",
    },
    Format {
        name: "X web (GraphQL)",
        files: "a `TweetDetail` response saved from the browser or a scraper",
        notes: "polls and cards included",
    },
    Format {
        name: "Bluesky",
        files: "`app.bsky.feed.getPostThread` output",
        notes: "link cards and quotes kept",
    },
    Format {
        name: "Mastodon",
        files: "a status with its `/context`, or an array of statuses",
        notes: "content warnings kept, custom emoji shown",
    },
    Format {
        name: "Unroll JSON",
        files: "threads exported from this reader",
        notes: "",
    },
];

/// A run of a table text: words, or a file or API name to show as code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Code(&'a str),
}

/// The runs of `text`: what stands between backticks is code. Empty runs are left out.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    text.split('`')
        .enumerate()
        .filter(|(_, run)| !run.is_empty())
        .map(|(i, run)| {
            if i % 2 == 1 {
                Piece::Code(run)
            } else {
                Piece::Text(run)
            }
        })
        .collect()
}

/// `text` without its backticks.
pub fn plain(text: &str) -> String {
    text.replace('`', "")
}

/// The formats named for a file that matched none: "X data archive: the whole .zip, or
/// tweets.js …; X API v2: …; …; Unroll JSON: threads exported from this reader".
pub fn supported_list() -> String {
    let named: Vec<String> = FORMATS
        .iter()
        .map(|f| format!("{}: {}", f.name, plain(f.files)))
        .collect();
    named.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backticks_mark_code() {
        assert_eq!(
            pieces("a `TweetDetail` response"),
            [
                Piece::Text("a "),
                Piece::Code("TweetDetail"),
                Piece::Text(" response")
            ]
        );
        assert_eq!(
            pieces("`a.js`, `b.js`"),
            [Piece::Code("a.js"), Piece::Text(", "), Piece::Code("b.js")]
        );
        assert_eq!(plain("the `.zip` itself"), "the .zip itself");
    }

    #[test]
    fn every_format_is_named_once_with_even_backticks() {
        for (i, f) in FORMATS.iter().enumerate() {
            assert!(!f.name.is_empty() && !f.files.is_empty());
            assert!(FORMATS[..i].iter().all(|g| g.name != f.name), "{}", f.name);
            for text in [f.files, f.notes] {
                assert_eq!(text.matches('`').count() % 2, 0, "{text}");
            }
            // The error joins the formats with "; ".
            assert!(!f.files.contains(';'), "{}", f.files);
        }
        let list = supported_list();
        assert!(list.starts_with("X data archive: the whole .zip, or tweets.js"));
        assert!(list.ends_with("; Unroll JSON: threads exported from this reader"));
    }
}
