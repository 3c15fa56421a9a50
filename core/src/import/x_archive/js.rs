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
    let mut de = serde_json::Deserializer::from_str(a.body);
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
    serde_json::from_str(a.body).map_err(|e| json_error(file, a, &e, a.global))
}

/// A JSON array body read a few elements at a time, so a large `tweets.js` is parsed in
/// steps the app can yield between. Each element is parsed on its own (borrowing from the
/// file); anything odd about the array itself (not an array, trailing text) is left to
/// `parse_items`, which words the error exactly as for a whole parse.
pub(super) struct ItemsCursor<'a> {
    a: Assignment<'a>,
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
    pub(super) fn new(a: Assignment<'a>) -> Self {
        Self {
            a,
            pos: 0,
            index: 0,
            started: false,
            after_value: false,
            done: false,
            restarted: false,
        }
    }

    /// True once, after the elements were read again from the start.
    pub(super) fn take_restarted(&mut self) -> bool {
        std::mem::take(&mut self.restarted)
    }

    /// Reads up to `n` more elements into `out`; Ok(true) once the array is finished.
    pub(super) fn next_items<T: Deserialize<'a>>(
        &mut self,
        file: &InputFile,
        n: usize,
        out: &mut Vec<T>,
    ) -> Result<bool, ImportError> {
        let body = self.a.body;
        let bytes = body.as_bytes();
        let skip_ws = |mut i: usize| {
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            i
        };
        if !self.started {
            self.pos = skip_ws(0);
            if bytes.get(self.pos) != Some(&b'[') {
                return self.whole(file, out);
            }
            self.pos += 1;
            self.started = true;
        }
        let mut read = 0;
        while !self.done && read < n {
            self.pos = skip_ws(self.pos);
            match bytes.get(self.pos) {
                Some(b']') if self.after_value || self.index == 0 => {
                    if body
                        .get(self.pos + 1..)
                        .is_some_and(|rest| rest.trim().is_empty())
                    {
                        self.done = true;
                    } else {
                        return self.whole(file, out);
                    }
                }
                Some(b',') if self.after_value => {
                    self.pos += 1;
                    self.after_value = false;
                }
                _ if self.after_value => return self.whole(file, out),
                _ => {
                    let rest = body.get(self.pos..).unwrap_or("");
                    let mut values = serde_json::Deserializer::from_str(rest).into_iter::<T>();
                    match values.next() {
                        Some(Ok(v)) => {
                            self.pos += values.byte_offset();
                            out.push(v);
                            self.index += 1;
                            self.after_value = true;
                            read += 1;
                        }
                        Some(Err(e)) => {
                            let path = format!("{}[{}]", self.a.global, self.index);
                            return Err(json_error_at(file, &self.a, self.pos, &e, &path));
                        }
                        None => return self.whole(file, out),
                    }
                }
            }
        }
        Ok(self.done)
    }

    /// The array parsed whole: its exact error, or (should the steps have been wrong) all
    /// its elements.
    fn whole<T: Deserialize<'a>>(
        &mut self,
        file: &InputFile,
        out: &mut Vec<T>,
    ) -> Result<bool, ImportError> {
        let items = parse_items(file, &self.a)?;
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
