//! A small pull reader over JSON bytes, and `FromJson`, the way the importers' wire structs
//! are read. Unlike serde's derive, the code each wire struct compiles to is one loop over
//! its keys calling one non-generic reader, so seven formats' worth of wire structs stay
//! small in the wasm; strings borrow from the input when they hold no escapes.

mod from_json;

use std::borrow::Cow;

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

/// Whether any byte of `word` is '"', '\\' or below 0x20 (the classic SWAR tests: a byte
/// is zero, or less than n, when subtracting sets its top bit where it was clear).
#[inline]
fn has_special(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let quote = has_zero(word ^ (ONES * u64::from(b'"')));
    let backslash = has_zero(word ^ (ONES * u64::from(b'\\')));
    let control = word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
    (quote | backslash | control) != 0
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

    /// A syntax error at the byte read next.
    fn syntax(&self, message: &str) -> Box<JsonError> {
        self.syntax_at(self.pos + 1, message)
    }

    fn syntax_at(&self, offset: usize, message: &str) -> Box<JsonError> {
        Box::new(JsonError {
            offset,
            message: message.to_string(),
            syntax: true,
        })
    }

    /// A data error about what was just read.
    pub fn data_error(&self, message: String) -> Box<JsonError> {
        Box::new(JsonError {
            offset: self.pos,
            message,
            syntax: false,
        })
    }

    /// `missing field `key`` for the object just read.
    pub fn missing(&self, key: &str) -> Box<JsonError> {
        self.data_error(format!("missing field `{key}`"))
    }

    /// Skips whitespace and returns the next byte, unread.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.src.get(self.pos) {
            if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos += 1;
            } else {
                return Some(b);
            }
        }
        None
    }

    fn eof(&self) -> Box<JsonError> {
        self.eof_in("EOF while parsing a value")
    }

    /// An error at the end of the input.
    fn eof_in(&self, message: &str) -> Box<JsonError> {
        self.syntax_at(self.src.len(), message)
    }

    /// The kind of the next value (whitespace skipped).
    pub fn kind(&mut self) -> Result<Kind> {
        match self.peek() {
            Some(b'{') => Ok(Kind::Object),
            Some(b'[') => Ok(Kind::Array),
            Some(b'"') => Ok(Kind::String),
            Some(b'-' | b'0'..=b'9') => Ok(Kind::Number),
            Some(b't' | b'f') => Ok(Kind::Bool),
            Some(b'n') => Ok(Kind::Null),
            Some(_) => Err(self.syntax("expected value")),
            None => Err(self.eof()),
        }
    }

    /// True when only whitespace is left (which is skipped).
    pub fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// Only whitespace may follow the value read.
    pub fn finish(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.syntax("trailing characters")),
        }
    }

    fn literal(&mut self, word: &[u8]) -> Result<()> {
        for (i, &expected) in word.iter().enumerate() {
            match self.src.get(self.pos + i) {
                Some(&b) if b == expected => {}
                Some(_) => return Err(self.syntax_at(self.pos + i + 1, "expected ident")),
                None => return Err(self.eof()),
            }
        }
        self.pos += word.len();
        Ok(())
    }

    /// Reads `null` if it comes next: Ok(true) then, Ok(false) (nothing read) otherwise.
    pub fn null(&mut self) -> Result<bool> {
        if self.peek() == Some(b'n') {
            self.literal(b"null")?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn bool(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b't') => self.literal(b"true").map(|()| true),
            Some(b'f') => self.literal(b"false").map(|()| false),
            _ => Err(self.invalid_type("a boolean")?),
        }
    }

    /// Starts reading an object: Ok(true) after its '{'; Ok(false) for `null` (read), which
    /// a wire struct takes as an object with no keys. Anything else is a data error naming
    /// `expected`.
    pub fn begin_object(&mut self, expected: &str) -> Result<bool> {
        match self.peek() {
            Some(b'{') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b'n') => self.literal(b"null").map(|()| false),
            _ => Err(self.invalid_type(expected)?),
        }
    }

    /// The next key of the object begun with `begin_object` (its ':' read), or None once
    /// its '}' is read. `first` is true until the first key.
    pub fn next_key(&mut self, first: &mut bool) -> Result<Option<Cow<'a, str>>> {
        match self.peek() {
            Some(b'}') => {
                self.pos += 1;
                return Ok(None);
            }
            Some(b',') if !*first => {
                self.pos += 1;
                if self.peek() != Some(b'"') {
                    return Err(match self.peek() {
                        Some(_) => self.syntax("key must be a string"),
                        None => self.eof(),
                    });
                }
            }
            Some(b'"') if *first => {}
            Some(_) if *first => return Err(self.syntax("key must be a string")),
            Some(_) => return Err(self.syntax("expected `,` or `}`")),
            None => return Err(self.eof()),
        }
        *first = false;
        let key = self.string_at_quote()?;
        match self.peek() {
            Some(b':') => self.pos += 1,
            Some(_) => return Err(self.syntax("expected `:`")),
            None => return Err(self.eof()),
        }
        Ok(Some(key))
    }

    /// Starts reading an array: Ok(true) after its '['. Anything else is a data error
    /// naming `expected`.
    pub fn begin_array(&mut self, expected: &str) -> Result<bool> {
        match self.peek() {
            Some(b'[') => {
                self.pos += 1;
                Ok(true)
            }
            _ => Err(self.invalid_type(expected)?),
        }
    }

    /// Ok(true) when another element of the array begun with `begin_array` follows (its
    /// ',' read); Ok(false) once its ']' is read. `first` is true until the first element.
    pub fn next_element(&mut self, first: &mut bool) -> Result<bool> {
        match self.peek() {
            Some(b']') => {
                self.pos += 1;
                Ok(false)
            }
            Some(b',') if !*first => {
                self.pos += 1;
                match self.peek() {
                    Some(b']') => Err(self.syntax("expected value")),
                    Some(_) => Ok(true),
                    None => Err(self.eof()),
                }
            }
            Some(_) if *first => {
                *first = false;
                Ok(true)
            }
            Some(_) => Err(self.syntax("expected `,` or `]`")),
            None => Err(self.eof()),
        }
    }

    /// A string, borrowed from the input unless it holds escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>> {
        match self.peek() {
            Some(b'"') => self.string_at_quote(),
            _ => Err(self.invalid_type("a string")?),
        }
    }

    /// The string whose opening quote is at `pos`.
    fn string_at_quote(&mut self) -> Result<Cow<'a, str>> {
        self.pos += 1;
        let start = self.pos;
        let end = self.scan_string()?;
        if self.src.get(end) == Some(&b'"') {
            self.pos = end + 1;
            let bytes = self.src.get(start..end).unwrap_or_default();
            return match std::str::from_utf8(bytes) {
                Ok(s) => Ok(Cow::Borrowed(s)),
                Err(e) => {
                    self.pos = start + e.valid_up_to();
                    Err(self.syntax("invalid unicode code point"))
                }
            };
        }
        let mut owned = Vec::with_capacity(end - start + 16);
        let mut from = start;
        let mut at = end;
        loop {
            owned.extend_from_slice(self.src.get(from..at).unwrap_or_default());
            match self.src.get(at) {
                Some(b'"') => {
                    self.pos = at + 1;
                    break;
                }
                Some(b'\\') => {
                    self.pos = at + 1;
                    self.escape(&mut owned)?;
                    from = self.pos;
                    at = self.scan_string()?;
                }
                _ => return Err(self.eof_in("EOF while parsing a string")),
            }
        }
        String::from_utf8(owned).map(Cow::Owned).map_err(|e| {
            Box::new(JsonError {
                offset: start + e.utf8_error().valid_up_to() + 1,
                message: "invalid unicode code point".to_string(),
                syntax: true,
            })
        })
    }

    /// The offset of the next '"' or '\\' from `pos`; a control character or the end of
    /// the input is a syntax error.
    #[inline]
    fn scan_string(&mut self) -> Result<usize> {
        let mut i = self.pos;
        let src = self.src;
        // Eight bytes at a time while none of them is '"', '\\' or a control character.
        while let Some(chunk) = src.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            if has_special(u64::from_le_bytes(word)) {
                break;
            }
            i += 8;
        }
        while let Some(&b) = src.get(i) {
            if b == b'"' || b == b'\\' {
                return Ok(i);
            }
            if b < 0x20 {
                self.pos = i;
                return Err(self.syntax_at(
                    i,
                    "control character (\\u0000-\\u001F) found while parsing a string",
                ));
            }
            i += 1;
        }
        self.pos = i;
        Err(self.eof_in("EOF while parsing a string"))
    }

    /// Decodes the escape after a '\\' at `pos - 1` into `out`.
    fn escape(&mut self, out: &mut Vec<u8>) -> Result<()> {
        let Some(&c) = self.src.get(self.pos) else {
            return Err(self.eof_in("EOF while parsing a string"));
        };
        self.pos += 1;
        let byte = match c {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let mut code = u32::from(self.hex4()?);
                if (0xD800..0xDC00).contains(&code) {
                    // A high surrogate: its low half must follow as another \u escape.
                    if self.src.get(self.pos..self.pos + 2) != Some(b"\\u") {
                        return Err(self.syntax("unexpected end of hex escape"));
                    }
                    self.pos += 2;
                    let low = u32::from(self.hex4()?);
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.syntax("lone leading surrogate in hex escape"));
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (0xDC00..0xE000).contains(&code) {
                    return Err(self.syntax("lone leading surrogate in hex escape"));
                }
                let ch = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                return Ok(());
            }
            _ => return Err(self.syntax_at(self.pos, "invalid escape")),
        };
        out.push(byte);
        Ok(())
    }

    /// Steps over the escape after a '\\' at `pos - 1`, checking only its form.
    fn skip_escape(&mut self) -> Result<()> {
        match self.src.get(self.pos) {
            Some(b'u') => {
                self.pos += 1;
                self.hex4().map(|_| ())
            }
            Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => Err(self.syntax("invalid escape")),
            None => Err(self.eof_in("EOF while parsing a string")),
        }
    }

    fn hex4(&mut self) -> Result<u16> {
        let digits = self
            .src
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.eof_in("EOF while parsing a string"))?;
        let mut n = 0u16;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.syntax_at(self.pos + 4, "invalid escape"))?;
            n = n * 16 + v as u16;
        }
        self.pos += 4;
        Ok(n)
    }

    /// A number's text, checked against JSON's grammar; anything else is a data error
    /// naming `expected`.
    pub fn number(&mut self, expected: &str) -> Result<&'a str> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.invalid_type(expected)?);
        }
        let src = self.src;
        let start = self.pos;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while src.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        if src.get(i) == Some(&b'-') {
            i += 1;
        }
        let int_start = i;
        if !digits(&mut i) {
            self.pos = i;
            return Err(self.syntax("invalid number"));
        }
        if src.get(int_start) == Some(&b'0') && i - int_start > 1 {
            self.pos = int_start + 1;
            return Err(self.syntax("invalid number"));
        }
        if src.get(i) == Some(&b'.') {
            i += 1;
            if !digits(&mut i) {
                self.pos = i;
                return Err(if i < src.len() {
                    self.syntax("invalid number")
                } else {
                    self.eof()
                });
            }
        }
        if matches!(src.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(src.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !digits(&mut i) {
                self.pos = i;
                return Err(self.syntax("invalid number"));
            }
        }
        self.pos = i;
        // Only ASCII was matched above.
        Ok(std::str::from_utf8(src.get(start..i).unwrap_or_default()).unwrap_or_default())
    }

    /// Skips one value of any kind, checking that it is well-formed.
    pub fn skip(&mut self) -> Result<()> {
        self.skip_at_depth(0)
    }

    fn skip_at_depth(&mut self, depth: usize) -> Result<()> {
        if depth > MAX_DEPTH {
            return Err(self.syntax("recursion limit exceeded"));
        }
        match self.kind()? {
            Kind::Object => {
                self.pos += 1;
                let mut first = true;
                while self.next_key(&mut first)?.is_some() {
                    self.skip_at_depth(depth + 1)?;
                }
            }
            Kind::Array => {
                self.pos += 1;
                let mut first = true;
                while self.next_element(&mut first)? {
                    self.skip_at_depth(depth + 1)?;
                }
            }
            Kind::String => {
                // Like serde_json's own skipping: escapes are checked, UTF-8 and surrogate
                // pairs are not.
                self.pos += 1;
                loop {
                    let at = self.scan_string()?;
                    self.pos = at + 1;
                    if self.src.get(at) == Some(&b'"') {
                        break;
                    }
                    self.skip_escape()?;
                }
            }
            Kind::Number => {
                self.number("a number")?;
            }
            Kind::Bool => {
                self.bool()?;
            }
            Kind::Null => self.literal(b"null")?,
        }
        Ok(())
    }

    /// The text of the next value, skipped.
    pub fn raw(&mut self) -> Result<&'a str> {
        self.peek();
        let start = self.pos;
        self.skip()?;
        let bytes = self.src.get(start..self.pos).unwrap_or_default();
        std::str::from_utf8(bytes).map_err(|_| self.syntax("invalid unicode code point"))
    }

    /// "invalid type: integer `2`, expected a string", serde's words, for the next value,
    /// placed as serde_json places it: just before an object or array, on the last byte of
    /// anything else (which is read). Err if that value is malformed.
    pub fn invalid_type(&mut self, expected: &str) -> Result<Box<JsonError>> {
        let found = match self.kind()? {
            Kind::Object | Kind::Array => {
                let found = if self.kind()? == Kind::Object {
                    "map"
                } else {
                    "sequence"
                };
                return Ok(self.data_error(format!("invalid type: {found}, expected {expected}")));
            }
            Kind::Null => {
                self.literal(b"null")?;
                return Ok(self.data_error(format!("invalid type: null, expected {expected}")));
            }
            Kind::Bool => format!("boolean `{}`", self.bool()?),
            Kind::String => {
                let s = self.string_at_quote()?;
                return Ok(self.data_error(format!(
                    "invalid type: string {}, expected {expected}",
                    crate::error::quoted(&s)
                )));
            }
            Kind::Number => {
                let n = self.number("a number")?;
                let integer = !n.contains(['.', 'e', 'E']);
                let found = if integer {
                    format!("integer `{n}`")
                } else {
                    format!("floating point `{n}`")
                };
                return Ok(self.data_error(format!("invalid type: {found}, expected {expected}")));
            }
        };
        Ok(self.data_error(format!("invalid type: {found}, expected {expected}")))
    }
}

#[cfg(test)]
mod tests;
