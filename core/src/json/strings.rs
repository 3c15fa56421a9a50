//! Strings: found eight bytes at a time, borrowed from the input unless they hold escapes,
//! checked as UTF-8 when read and only for their form when skipped.

use std::borrow::Cow;

use super::{JsonError, Reader, Result};

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

/// Bytes already known to be ASCII, as a `str`.
#[inline]
fn ascii_str(bytes: &[u8]) -> &str {
    debug_assert!(bytes.is_ascii());
    // SAFETY: callers pass only bytes below 0x80 (`scan_string_ascii` saw no high bit),
    // and ASCII is valid UTF-8.
    unsafe { std::str::from_utf8_unchecked(bytes) }
}

impl<'a> Reader<'a> {
    /// A string, borrowed from the input unless it holds escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>> {
        match self.peek() {
            Some(b'"') => self.string_at_quote(),
            _ => Err(self.invalid_type("a string")?),
        }
    }

    /// The string whose opening quote is at `pos`.
    pub(super) fn string_at_quote(&mut self) -> Result<Cow<'a, str>> {
        self.pos += 1;
        let start = self.pos;
        let (end, ascii) = self.scan_string_ascii()?;
        if self.src.get(end) == Some(&b'"') {
            self.pos = end + 1;
            let bytes = self.src.get(start..end).unwrap_or_default();
            if ascii {
                // Nothing to check: ASCII is UTF-8.
                return Ok(Cow::Borrowed(ascii_str(bytes)));
            }
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
    pub(super) fn scan_string(&mut self) -> Result<usize> {
        self.scan_string_ascii().map(|(end, _)| end)
    }

    /// `scan_string`, and whether every byte before that offset is ASCII.
    #[inline]
    fn scan_string_ascii(&mut self) -> Result<(usize, bool)> {
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        let mut i = self.pos;
        let src = self.src;
        let mut high = 0u64;
        // Eight bytes at a time while none of them is '"', '\\' or a control character.
        while let Some(chunk) = src.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let word = u64::from_le_bytes(word);
            if has_special(word) {
                break;
            }
            high |= word;
            i += 8;
        }
        while let Some(&b) = src.get(i) {
            if b == b'"' || b == b'\\' {
                return Ok((i, high & HIGHS == 0));
            }
            high |= u64::from(b);
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
    pub(super) fn escape(&mut self, out: &mut Vec<u8>) -> Result<()> {
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
    pub(super) fn skip_escape(&mut self) -> Result<()> {
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

    pub(super) fn hex4(&mut self) -> Result<u16> {
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
}
