//! A small pull reader over JSON bytes, and `FromJson`, the way the importers' wire structs
//! are read. Unlike serde's derive, the code each wire struct compiles to is one loop over
//! its keys calling one non-generic reader, so seven formats' worth of wire structs stay
//! small in the wasm; strings borrow from the input when they hold no escapes.

mod from_json;
mod reader;
mod strings;

pub(crate) use from_json::wire;
pub use from_json::{key_index, read_into, whole_part, FromJson, Skip, Whole};

/// Why a value could not be read, and where: `offset` is the end of what had been read
/// when the error was found, as serde_json counts it: just past a value of the wrong type,
/// an object missing a key or a byte that cannot start what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub offset: usize,
    pub message: String,
    /// The input is not well-formed JSON (as opposed to JSON of an unexpected shape).
    pub syntax: bool,
}

impl JsonError {
    /// The 1-based line of the error in `src`, the input it was read from, and its column:
    /// the bytes of that line read up to it (serde_json's convention, so the column of the
    /// last byte read).
    pub fn line_column(&self, src: &[u8]) -> (usize, usize) {
        let at = self.offset.min(src.len());
        let before = src.get(..at).unwrap_or_default();
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        (line, at - line_start)
    }
}

/// Boxed, so that every `Result` a reader returns stays small.
pub type Result<T> = std::result::Result<T, Box<JsonError>>;

/// Reads `T` from the whole of `src`, allowing only whitespace after it.
pub fn from_slice<'a, T: FromJson<'a>>(src: &'a [u8]) -> Result<T> {
    let mut r = Reader::new(src);
    let value = T::read(&mut r)?;
    r.finish()?;
    Ok(value)
}

/// The text of one JSON value, unread (serde_json's `RawValue`): a slice of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raw<'a>(&'a str);

impl<'a> Raw<'a> {
    /// `text` taken as one JSON value's text, unchecked.
    pub fn new(text: &'a str) -> Self {
        Raw(text)
    }

    pub fn get(self) -> &'a str {
        self.0
    }
}

impl<'a> FromJson<'a> for Raw<'a> {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        r.raw().map(Raw)
    }
}

/// The kind of the next value, from its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

/// Nesting deeper than this is refused, as serde_json refuses it, so that skipping a
/// hostile value cannot overflow the stack.
const MAX_DEPTH: usize = 128;

/// A cursor over JSON bytes.
pub struct Reader<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(src: &'a [u8]) -> Self {
        Reader { src, pos: 0 }
    }

    /// The byte offset of what is read next.
    pub fn offset(&self) -> usize {
        self.pos
    }
}

#[cfg(test)]
mod tests;
