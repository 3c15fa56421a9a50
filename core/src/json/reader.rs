//! The reader's walk over JSON: whitespace, literals, objects and arrays, numbers, skipping
//! a value whole, and the errors (serde_json's words, at serde_json's positions).

use std::borrow::Cow;

use super::{JsonError, Kind, Reader, Result, MAX_DEPTH};

impl<'a> Reader<'a> {
    /// A syntax error at the byte read next.
    pub(super) fn syntax(&self, message: &str) -> Box<JsonError> {
        self.syntax_at(self.pos + 1, message)
    }

    pub(super) fn syntax_at(&self, offset: usize, message: &str) -> Box<JsonError> {
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
    #[inline(always)]
    pub(super) fn peek(&mut self) -> Option<u8> {
        match self.src.get(self.pos) {
            // Most values follow a ',', ':' or bracket directly, or one space after it.
            Some(&b) if b > b' ' => Some(b),
            Some(b' ') => match self.src.get(self.pos + 1) {
                Some(&b) if b > b' ' => {
                    self.pos += 1;
                    Some(b)
                }
                _ => self.skip_whitespace(),
            },
            _ => self.skip_whitespace(),
        }
    }

    /// `peek`'s slow path. Pretty-printed files (every X archive) indent each line by up to a
    /// dozen spaces and more, so spaces are stepped over eight bytes at a time.
    #[inline(never)]
    fn skip_whitespace(&mut self) -> Option<u8> {
        const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
        let src = self.src;
        let mut i = self.pos;
        loop {
            while let Some(chunk) = src.get(i..i + 8) {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                let word = u64::from_le_bytes(word);
                if word != SPACES {
                    // The spaces before the first other byte (little-endian: the low bytes).
                    i += ((word ^ SPACES).trailing_zeros() / 8) as usize;
                    break;
                }
                i += 8;
            }
            match src.get(i) {
                Some(b' ' | b'\n' | b'\r' | b'\t') => i += 1,
                other => {
                    self.pos = i;
                    return other.copied();
                }
            }
        }
    }

    pub(super) fn eof(&self) -> Box<JsonError> {
        self.eof_in("EOF while parsing a value")
    }

    /// An error at the end of the input.
    pub(super) fn eof_in(&self, message: &str) -> Box<JsonError> {
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

    pub(super) fn literal(&mut self, word: &[u8]) -> Result<()> {
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

    pub(super) fn skip_at_depth(&mut self, depth: usize) -> Result<()> {
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
