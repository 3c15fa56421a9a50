//! The JavaScript wrapper of archive files (`window.YTD.tweets.part0 = [ … ]`): finding the
//! assignment's target and JSON body, and reading that body into wire structs while
//! reporting errors at their line and column in the WHOLE file (the prefix counted in).

use super::{is_archive_file, BOM, FORMAT};
use crate::error::{ImportError, ImportErrorKind};
use crate::import::InputFile;
use crate::json::{FromJson, JsonError, Reader};

/// What an archive file holds, from the global it assigns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Tweets,
    /// note-tweet.js: the full text of long posts.
    NoteTweets,
    Account,
    Profile,
    Manifest,
    /// Likes, followers, DMs …: nothing Unroll shows.
    Other,
}

/// An archive file split into its assignment's target and its JSON body.
pub(super) struct Assignment<'a> {
    /// The whole file as text.
    pub(super) text: &'a str,
    /// "window.YTD.tweets.part0".
    pub(super) global: &'a str,
    pub(super) kind: Kind,
    /// The JSON after '=' (trailing ';' and whitespace removed).
    pub(super) body: &'a str,
    /// Byte offset of `body` in `text`.
    pub(super) body_offset: usize,
}

pub(super) fn kind_of(global: &str) -> Kind {
    if global == "window.__THAR_CONFIG" {
        return Kind::Manifest;
    }
    let data_type = global
        .strip_prefix("window.YTD.")
        .and_then(|rest| rest.rsplit_once('.'))
        .map_or("", |(data_type, _part)| data_type);
    match data_type {
        "tweets" | "tweet" => Kind::Tweets,
        "note_tweet" => Kind::NoteTweets,
        "account" => Kind::Account,
        "profile" => Kind::Profile,
        _ => Kind::Other,
    }
}

/// The global an archive file assigns and the offset of its '=', from the file's first bytes
/// (after a BOM and whitespace). None when no '=' is among the first few hundred bytes (the
/// global is short) or the global is not text.
pub(super) fn assignment_head(bytes: &[u8]) -> Option<(&str, usize)> {
    let after_bom = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    let lead = bytes.len() - after_bom.len()
        + after_bom
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(after_bom.len());
    let head = bytes.get(lead..bytes.len().min(lead + 256))?;
    let eq = lead + head.iter().position(|&b| b == b'=')?;
    let global = std::str::from_utf8(bytes.get(lead..eq)?).ok()?.trim();
    Some((global, eq))
}

pub(super) fn split_assignment<'a>(
    file: &InputFile,
    text: &'a str,
) -> Result<Assignment<'a>, ImportError> {
    let lead = text.len() - text.trim_start_matches(BOM).trim_start().len();
    let eq = text.get(lead..).and_then(|t| t.find('=')).map(|i| i + lead);
    let (Some(eq), true) = (eq, is_archive_file(text.as_bytes())) else {
        return Err(ImportError::new(&file.name, ImportErrorKind::UnknownFormat));
    };
    let global = text.get(lead..eq).unwrap_or("").trim();
    let after = text.get(eq + 1..).unwrap_or("");
    let body = after.trim_end().trim_end_matches(';');
    Ok(Assignment {
        text,
        global,
        kind: kind_of(global),
        body,
        body_offset: eq + 1,
    })
}

/// Reads the body as a JSON array, naming the element that failed.
pub(super) fn parse_items<'a, T: FromJson<'a>>(
    file: &InputFile,
    a: &Assignment<'a>,
) -> Result<Vec<T>, ImportError> {
    let mut r = Reader::new(a.body.as_bytes());
    let mut out = Vec::new();
    let mut read = || -> crate::json::Result<()> {
        r.begin_array("a sequence")?;
        let mut first = true;
        while r.next_element(&mut first)? {
            out.push(T::read(&mut r)?);
        }
        r.finish()
    };
    match read() {
        Ok(()) => Ok(out),
        Err(e) => Err(body_error(
            file,
            a,
            &e,
            &format!("{}[{}]", a.global, out.len()),
        )),
    }
}

pub(super) fn parse_json<'a, T: FromJson<'a>>(
    file: &InputFile,
    a: &Assignment<'a>,
) -> Result<T, ImportError> {
    crate::json::from_slice(a.body.as_bytes()).map_err(|e| body_error(file, a, &e, a.global))
}

/// A tweets file read from its bytes, each element handed over as it is read, so a large
/// `tweets.js` can be converted and dropped element by element. The strings each element
/// keeps are checked as UTF-8 (and borrowed from the file) as they are read, so the whole
/// file is never validated in one go. A file that is not UTF-8 still gets `NotText`: any
/// error is placed in the file read as text, and anything odd about the array itself (not
/// an array, trailing text) has the file read as text and parsed whole by `parse_items`.
pub(super) struct TweetsFile<'a> {
    pub(super) file: &'a InputFile,
    /// "window.YTD.tweets.part0".
    global: &'a str,
    /// The JSON after '=' (trailing ';' and whitespace removed).
    body: &'a [u8],
}

impl<'a> TweetsFile<'a> {
    /// `file` as a tweets file, when its bytes start like one (`window.YTD.tweets… =`);
    /// None otherwise (the caller reads it as text).
    pub(super) fn of(file: &'a InputFile) -> Option<Self> {
        let bytes = file.bytes.as_slice();
        let (global, eq) = assignment_head(bytes)?;
        if kind_of(global) != Kind::Tweets || !is_archive_file(bytes) {
            return None;
        }
        let after = bytes.get(eq + 1..)?;
        let end = after
            .iter()
            .rposition(|&b| !b.is_ascii_whitespace() && b != b';')
            .map_or(0, |last| last + 1);
        Some(Self {
            file,
            global,
            body: after.get(..end)?,
        })
    }

    /// Reads every element, handing each to `each` as it is read. Ok(None) then; or
    /// Ok(Some(elements)) when the array had to be read whole (see above): these are to be
    /// taken instead of whatever `each` was handed.
    pub(super) fn read_items<T: FromJson<'a>>(
        &self,
        each: &mut dyn FnMut(T),
    ) -> Result<Option<Vec<T>>, ImportError> {
        let mut reader = Reader::new(self.body);
        if reader.begin_array("a sequence").is_err() {
            return self.whole().map(Some);
        }
        let mut index = 0;
        loop {
            let mut first = index == 0;
            match reader.next_element(&mut first) {
                Ok(true) => match T::read(&mut reader) {
                    Ok(v) => {
                        each(v);
                        index += 1;
                    }
                    Err(e) => return Err(self.error(&e, index)),
                },
                Ok(false) if reader.finish().is_ok() => return Ok(None),
                _ => return self.whole().map(Some),
            }
        }
    }

    /// The file as text and split, or why it is not text.
    fn assignment(&self) -> Result<Assignment<'a>, ImportError> {
        let file = self.file;
        let text = std::str::from_utf8(&file.bytes).map_err(|e| {
            ImportError::new(
                &file.name,
                ImportErrorKind::NotText {
                    offset: e.valid_up_to(),
                },
            )
        })?;
        split_assignment(file, text)
    }

    /// `e`, met in element `index`, placed in the whole file.
    fn error(&self, e: &JsonError, index: usize) -> ImportError {
        match self.assignment() {
            Ok(a) => body_error(self.file, &a, e, &format!("{}[{index}]", self.global)),
            Err(not_text) => not_text,
        }
    }

    /// The array parsed whole: its exact error, or (should reading from the bytes have been
    /// wrong) all its elements.
    fn whole<T: FromJson<'a>>(&self) -> Result<Vec<T>, ImportError> {
        parse_items(self.file, &self.assignment()?)
    }
}

/// An error at `e.offset` in the body as an ImportError placed in the whole file: bad
/// syntax is `Syntax`, a value of the wrong type `Invalid` at `path`.
fn body_error(file: &InputFile, a: &Assignment<'_>, e: &JsonError, path: &str) -> ImportError {
    let (line, column) = e.line_column(a.body.as_bytes());
    let (line, column) = file_position(a.text, a.body_offset, line, column);
    let kind = if e.syntax {
        ImportErrorKind::Syntax {
            format: FORMAT,
            line,
            column,
            message: e.message.clone(),
        }
    } else {
        ImportErrorKind::Invalid {
            format: FORMAT,
            path: path.to_string(),
            message: format!("{} (line {line}, column {column})", e.message),
        }
    };
    ImportError::new(&file.name, kind)
}

/// Converts a (line, byte column) within the body into a 1-based line and a
/// 1-based column in characters within the whole file.
fn file_position(text: &str, body_offset: usize, line: usize, column: usize) -> (usize, usize) {
    let body = text.get(body_offset..).unwrap_or("");
    let line_start = if line <= 1 {
        0
    } else {
        body.match_indices('\n')
            .nth(line - 2)
            .map_or(body.len(), |(i, _)| i + 1)
    };
    let mut idx = (body_offset + line_start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(idx) {
        idx -= 1;
    }
    let before = text.get(..idx).unwrap_or("");
    let file_line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    let line_begin = before.rfind('\n').map_or(0, |i| i + 1);
    let file_column = 1 + before.get(line_begin..).unwrap_or("").chars().count();
    (file_line, file_column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_the_global() {
        assert_eq!(kind_of("window.YTD.tweets.part0"), Kind::Tweets);
        assert_eq!(kind_of("window.YTD.tweets.part12"), Kind::Tweets);
        assert_eq!(kind_of("window.YTD.tweet.part0"), Kind::Tweets);
        assert_eq!(kind_of("window.YTD.note_tweet.part0"), Kind::NoteTweets);
        assert_eq!(kind_of("window.YTD.account.part0"), Kind::Account);
        assert_eq!(kind_of("window.YTD.profile.part0"), Kind::Profile);
        assert_eq!(kind_of("window.YTD.like.part0"), Kind::Other);
        assert_eq!(kind_of("window.__THAR_CONFIG"), Kind::Manifest);
    }

    #[test]
    fn position_of_multibyte_lines() {
        let text = "p = [\n\"日本\" x";
        // serde_json reports byte column 10 on line 2 for the 'x' (0-based byte 9).
        assert_eq!(file_position(text, 3, 2, 10), (2, 6));
    }
}
