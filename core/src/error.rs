//! Typed import errors: every one names the file and the format, and where it can, the
//! line and column: of malformed JSON, or of a field of the wrong type.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{file}: {kind}")]
pub struct ImportError {
    /// The file's name as the person dropped or picked it.
    pub file: String,
    pub kind: ImportErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportErrorKind {
    /// The bytes are not JSON (or not the JavaScript assignment an X archive uses).
    #[error("malformed {format} at line {line}, column {column}: {message}")]
    Syntax {
        format: &'static str,
        line: usize,
        column: usize,
        message: String,
    },
    /// Valid JSON of a known format, but a field holds something it must not. `path` says
    /// where: a value of the wrong type (or an object missing a field) by its place in the
    /// file, "data (line 3, column 17)"; a bad value found while converting by its JSON path,
    /// "data[0].created_at". A value of a JSON Lines file prefixes "line N: ".
    #[error("invalid {format} at {path}: {message}")]
    Invalid {
        format: &'static str,
        path: String,
        message: String,
    },
    /// Valid JSON that matches no supported format: the message lists them
    /// (`crate::formats`).
    #[error(
        "not a format Unroll reads. Supported: {}",
        crate::formats::supported_list()
    )]
    UnknownFormat,
    /// The file is not UTF-8 text.
    #[error("not UTF-8 text (byte {offset})")]
    NotText { offset: usize },
    /// A file of an X archive that holds no posts (likes, followers, DMs, the long-post
    /// texts of note-tweet.js), dropped without the archive's tweets.
    #[error(
        "this X archive file holds {what}, nothing Unroll shows on its own; \
         drop it together with tweets.js (or tweet.js) from the archive's data folder"
    )]
    ArchiveFileAlone { what: String },
    /// A .zip (an X archive as downloaded) that cannot be read: `problem` says what is
    /// wrong, naming the entry when one is at fault.
    #[error("unreadable zip archive: {problem}")]
    BadZip { problem: String },
    /// A JSON Lines file of which some lines could not be read: the others were.
    #[error("{}", skipped_lines(*read, skipped))]
    SkippedLines {
        /// Values read.
        read: usize,
        skipped: Vec<crate::import::SkippedLine>,
    },
    /// A file of a known format, read without error, that holds no post Unroll can show.
    #[error("{}", nothing_to_show(*reposts))]
    NothingToShow {
        /// Reposts it holds (the reposted posts themselves are not in it).
        reposts: usize,
    },
    /// An Unroll export written by a newer version.
    #[error("Unroll format version {found} is newer than this reader (up to {supported})")]
    UnsupportedVersion { found: u64, supported: u64 },
}

impl ImportError {
    pub fn new(file: impl Into<String>, kind: ImportErrorKind) -> Self {
        ImportError {
            file: file.into(),
            kind,
        }
    }
}

/// A value quoted in a message, "like this". Not `{:?}`: Debug's escaping would bring its
/// Unicode tables into the wasm for the odd control character.
pub(crate) fn quoted(value: &str) -> String {
    format!("\"{value}\"")
}

/// "read 214 lines; skipped line 5 (…) and line 216 (…)"; at most five lines are named.
fn skipped_lines(read: usize, skipped: &[crate::import::SkippedLine]) -> String {
    const NAMED: usize = 5;
    let named: Vec<String> = skipped
        .iter()
        .take(NAMED)
        .map(|s| format!("line {} ({})", s.line, s.message))
        .collect();
    let mut list = match named.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    if skipped.len() > NAMED {
        list = format!("{}, and {} more", named.join(", "), skipped.len() - NAMED);
    }
    let lines = |n: usize| if n == 1 { "line" } else { "lines" };
    format!(
        "read {read} JSON {}; skipped {} that could not be read: {list}",
        lines(read),
        if skipped.len() == 1 {
            "1 line".to_string()
        } else {
            format!("{} lines", skipped.len())
        },
    )
}

/// Why nothing of the file is shown.
fn nothing_to_show(reposts: usize) -> String {
    match reposts {
        0 => "no posts found (the format is known, but the file holds no posts)".to_string(),
        1 => "nothing to show: the file holds 1 repost and no post of its own".to_string(),
        n => format!("nothing to show: the file holds {n} reposts and no post of their own"),
    }
}
