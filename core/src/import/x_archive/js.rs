//! The JavaScript wrapper of archive files (`window.YTD.tweets.part0 = [ … ]`): finding the
//! assignment's target and JSON body, and parsing that body with serde while reporting
//! errors at their line and column in the WHOLE file (the prefix counted in).

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde::Deserialize;

use super::{is_archive_file, BOM, FORMAT};
use crate::error::{ImportError, ImportErrorKind};
use crate::import::InputFile;

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

fn kind_of(global: &str) -> Kind {
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

/// Parses the body as a JSON array, remembering which element failed.
pub(super) fn parse_items<'a, T: Deserialize<'a>>(
    file: &InputFile,
    a: &Assignment<'a>,
) -> Result<Vec<T>, ImportError> {
    let index = Cell::new(0usize);
    // As bytes, like `ItemsCursor`: one reader type, so the wire structs' deserializers
    // are compiled once (the text is valid UTF-8 already).
    let mut de = serde_json::Deserializer::from_slice(a.body.as_bytes());
    let seed = Items::<T> {
        index: &index,
        _t: PhantomData,
    };
    seed.deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| json_error(file, a, &e, &format!("{}[{}]", a.global, index.get())))
}

pub(super) fn parse_json<'a, T: Deserialize<'a>>(
    file: &InputFile,
    a: &Assignment<'a>,
) -> Result<T, ImportError> {
    serde_json::from_slice(a.body.as_bytes()).map_err(|e| json_error(file, a, &e, a.global))
}

/// A JSON array body read a few elements at a time, so a large `tweets.js` is parsed in
/// steps the app can yield between. It reads the file's bytes: each element is parsed on
/// its own with `serde_json::from_slice`, which checks the UTF-8 of the strings it reads
/// (borrowing them from the file), so the whole file is never validated in one go. On any
/// error, or anything odd about the array itself (not an array, trailing text), the file is
/// read as text and parsed whole by `parse_items`, which words the error exactly as before
/// (a file that is not UTF-8 gets `NotText`).
pub(super) struct ItemsCursor<'a> {
    file: &'a InputFile,
    /// "window.YTD.tweets.part0".
    global: &'a str,
    /// The JSON after '=' (trailing ';' and whitespace removed), and its offset in the file.
    body: &'a [u8],
    body_offset: usize,
    /// Byte offset in the body of what is read next.
    pos: usize,
    /// Elements read so far.
    index: usize,
    started: bool,
    after_value: bool,
    done: bool,
    /// The elements were read again from the start (`whole`): drop what came before.
    restarted: bool,
}

impl<'a> ItemsCursor<'a> {
    /// A cursor over a tweets file, when its bytes start like one (`window.YTD.tweets… =`);
    /// None otherwise (the caller reads it as text).
    pub(super) fn over_tweets(file: &'a InputFile) -> Option<Self> {
        let bytes = file.bytes.as_slice();
        let bytes_after_bom = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
        let lead = bytes.len() - bytes_after_bom.len()
            + bytes_after_bom
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .unwrap_or(bytes_after_bom.len());
        // The global is short: look for '=' in the first few hundred bytes only.
        let head = bytes.get(lead..bytes.len().min(lead + 256))?;
        let eq = lead + head.iter().position(|&b| b == b'=')?;
        let global = std::str::from_utf8(bytes.get(lead..eq)?).ok()?.trim();
        if kind_of(global) != Kind::Tweets || !is_archive_file(bytes) {
            return None;
        }
        let mut end = bytes.len();
        while end > eq + 1 && (bytes[end - 1].is_ascii_whitespace() || bytes[end - 1] == b';') {
            end -= 1;
        }
        Some(Self {
            file,
            global,
            body: bytes.get(eq + 1..end)?,
            body_offset: eq + 1,
            pos: 0,
            index: 0,
            started: false,
            after_value: false,
            done: false,
            restarted: false,
        })
    }

    /// True once, after the elements were read again from the start.
    pub(super) fn take_restarted(&mut self) -> bool {
        std::mem::take(&mut self.restarted)
    }

    /// Reads up to `n` more elements into `out`; Ok(true) once the array is finished.
    pub(super) fn next_items<T: Deserialize<'a>>(
        &mut self,
        n: usize,
        out: &mut Vec<T>,
    ) -> Result<bool, ImportError> {
        let body = self.body;
        let skip_ws = |mut i: usize| {
            while body.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            i
        };
        if !self.started {
            self.pos = skip_ws(0);
            if body.get(self.pos) != Some(&b'[') {
                return self.whole(out);
            }
            self.pos += 1;
            self.started = true;
        }
        let mut read = 0;
        while !self.done && read < n {
            self.pos = skip_ws(self.pos);
            match body.get(self.pos) {
                Some(b']') if self.after_value || self.index == 0 => {
                    if skip_ws(self.pos + 1) == body.len() {
                        self.done = true;
                    } else {
                        return self.whole(out);
                    }
                }
                Some(b',') if self.after_value => {
                    self.pos += 1;
                    self.after_value = false;
                }
                _ if self.after_value => return self.whole(out),
                _ => {
                    let rest = body.get(self.pos..).unwrap_or_default();
                    let mut values = serde_json::Deserializer::from_slice(rest).into_iter::<T>();
                    match values.next() {
                        Some(Ok(v)) => {
                            self.pos += values.byte_offset();
                            out.push(v);
                            self.index += 1;
                            self.after_value = true;
                            read += 1;
                        }
                        Some(Err(e)) => return Err(self.error_at(&e)),
                        None => return self.whole(out),
                    }
                }
            }
        }
        Ok(self.done)
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

    /// `e`, met in the element at `pos`, placed in the whole file.
    fn error_at(&self, e: &serde_json::Error) -> ImportError {
        match self.assignment() {
            Ok(a) => {
                let path = format!("{}[{}]", self.global, self.index);
                let at = (self.body_offset + self.pos).saturating_sub(a.body_offset);
                json_error_at(self.file, &a, at, e, &path)
            }
            Err(not_text) => not_text,
        }
    }

    /// The array parsed whole: its exact error, or (should the steps have been wrong) all
    /// its elements.
    fn whole<T: Deserialize<'a>>(&mut self, out: &mut Vec<T>) -> Result<bool, ImportError> {
        let a = self.assignment()?;
        let items = parse_items(self.file, &a)?;
        out.clear();
        out.extend(items);
        self.done = true;
        self.restarted = self.index > 0;
        Ok(true)
    }
}

/// A serde_json error as an ImportError, its position made relative to the whole file.
fn json_error(
    file: &InputFile,
    a: &Assignment<'_>,
    e: &serde_json::Error,
    path: &str,
) -> ImportError {
    json_error_at(file, a, 0, e, path)
}

/// The same for an error in the part of the body starting at byte `at`.
fn json_error_at(
    file: &InputFile,
    a: &Assignment<'_>,
    at: usize,
    e: &serde_json::Error,
    path: &str,
) -> ImportError {
    let (line, column) = file_position(a.text, a.body_offset + at, e.line(), e.column());
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    let kind = match e.classify() {
        serde_json::error::Category::Data => ImportErrorKind::Invalid {
            format: FORMAT,
            path: path.to_string(),
            message: format!("{message} (line {line}, column {column})"),
        },
        _ => ImportErrorKind::Syntax {
            format: FORMAT,
            line,
            column,
            message,
        },
    };
    ImportError::new(&file.name, kind)
}

/// Converts serde_json's (line, byte column) within the body into a 1-based line and a
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

/// A JSON array deserialized element by element, counting as it goes so an error can name
/// the element.
struct Items<'c, T> {
    index: &'c Cell<usize>,
    _t: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Items<'_, T> {
    type Value = Vec<T>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Vec<T>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Items<'_, T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            out.push(item);
            self.index.set(out.len());
        }
        Ok(out)
    }
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
