//! A small, strict HTML tokenizer for post content: text runs, start tags with their
//! attributes, end tags. Comments, doctypes and processing instructions are skipped; a
//! tag cut off by the end of the input is dropped; a "<" that starts no tag is text. It
//! never fails and never panics: every slice is taken with `get` at positions found on
//! ASCII bytes, which are always character boundaries.

/// One piece of HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// Raw text, character references not yet decoded.
    Text(&'a str),
    Start(StartTag),
    /// An end tag's name, lower-cased.
    End(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StartTag {
    /// Lower-cased.
    pub name: String,
    /// Names lower-cased, values with character references decoded once.
    pub attrs: Vec<(String, String)>,
}

impl StartTag {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the `class` attribute lists `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|c| c == class))
    }
}

pub(super) struct Tokenizer<'a> {
    rest: &'a str,
}

impl<'a> Tokenizer<'a> {
    pub fn new(html: &'a str) -> Self {
        Tokenizer { rest: html }
    }

    fn advance(&mut self, bytes: usize) {
        self.rest = self.rest.get(bytes..).unwrap_or("");
    }

    /// Skips the content of a raw-text element (`script`, `style` …) up to and including
    /// its end tag `</name…>`, matched without regard to case; to the end when there is none.
    pub fn skip_raw_text(&mut self, name: &str) {
        let needle = format!("</{name}");
        match find_ignore_case(self.rest, &needle) {
            Some(at) => {
                self.advance(at + needle.len());
                let to = self.rest.find('>').map_or(self.rest.len(), |gt| gt + 1);
                self.advance(to);
            }
            None => self.rest = "",
        }
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if self.rest.is_empty() {
                return None;
            }
            let lt = self.rest.find('<').unwrap_or(self.rest.len());
            if lt > 0 {
                let text = self.rest.get(..lt).unwrap_or("");
                self.advance(lt);
                return Some(Token::Text(text));
            }
            let after = self.rest.as_bytes().get(1).copied();
            match after {
                Some(b'!') if self.rest.starts_with("<!--") => {
                    let body = self.rest.get(4..).unwrap_or("");
                    let end = body.find("-->").map_or(self.rest.len(), |at| 4 + at + 3);
                    self.advance(end);
                }
                Some(b'!' | b'?') => self.skip_past_gt(),
                Some(b'/') => match self.rest.as_bytes().get(2) {
                    Some(b) if b.is_ascii_alphabetic() => {
                        let name = tag_name(self.rest.get(2..).unwrap_or(""));
                        self.skip_past_gt();
                        return Some(Token::End(name));
                    }
                    // "</>" and "</ x>" are not end tags; HTML drops them.
                    Some(_) => self.skip_past_gt(),
                    None => {
                        return self.text_lt();
                    }
                },
                Some(b) if b.is_ascii_alphabetic() => match parse_start(self.rest) {
                    Some((tag, len)) => {
                        self.advance(len);
                        return Some(Token::Start(tag));
                    }
                    // The input ends inside the tag: drop it.
                    None => self.rest = "",
                },
                _ => return self.text_lt(),
            }
        }
    }
}

impl<'a> Tokenizer<'a> {
    /// A "<" that starts no tag: it is text.
    fn text_lt(&mut self) -> Option<Token<'a>> {
        let lt = self.rest.get(..1).unwrap_or("");
        self.advance(1);
        Some(Token::Text(lt))
    }

    fn skip_past_gt(&mut self) {
        let to = self.rest.find('>').map_or(self.rest.len(), |gt| gt + 1);
        self.advance(to);
    }
}

/// The lower-cased tag name at the start of `s` (letters, digits, "-" and ":").
fn tag_name(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// A start tag at the start of `s` ("<name attr=value …>"): the tag and its length in bytes;
/// None when the input ends before the tag does.
fn parse_start(s: &str) -> Option<(StartTag, usize)> {
    let bytes = s.as_bytes();
    let name = tag_name(s.get(1..)?);
    let mut i = 1 + name.len();
    let mut attrs = Vec::new();
    loop {
        while bytes.get(i).is_some_and(|&b| is_space(b) || b == b'/') {
            i += 1;
        }
        match bytes.get(i)? {
            b'>' => return Some((StartTag { name, attrs }, i + 1)),
            _ => {
                let start = i;
                while bytes
                    .get(i)
                    .is_some_and(|&b| !is_space(b) && !matches!(b, b'=' | b'>' | b'/'))
                {
                    i += 1;
                }
                // A lone "=" (no name) still has to be stepped over.
                let attr_name = s.get(start..i)?.to_ascii_lowercase();
                while bytes.get(i).is_some_and(|&b| is_space(b)) {
                    i += 1;
                }
                let mut value = String::new();
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    while bytes.get(i).is_some_and(|&b| is_space(b)) {
                        i += 1;
                    }
                    let raw = match bytes.get(i)? {
                        &q @ (b'"' | b'\'') => {
                            let body = s.get(i + 1..)?;
                            let close = body.find(char::from(q))?;
                            i += 1 + close + 1;
                            body.get(..close)?
                        }
                        _ => {
                            let from = i;
                            while bytes.get(i).is_some_and(|&b| !is_space(b) && b != b'>') {
                                i += 1;
                            }
                            s.get(from..i)?
                        }
                    };
                    value = super::super::decode_entities(raw);
                }
                if !attr_name.is_empty() && !attrs.iter().any(|(n, _)| *n == attr_name) {
                    attrs.push((attr_name, value));
                }
            }
        }
    }
}

/// The byte offset of the first match of the ASCII `needle` in `hay`, ignoring ASCII case.
fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(0);
    }
    hay.as_bytes()
        .windows(n)
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<Token<'_>> {
        Tokenizer::new(s).collect()
    }

    fn start(name: &str, attrs: &[(&str, &str)]) -> Token<'static> {
        Token::Start(StartTag {
            name: name.into(),
            attrs: attrs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        })
    }

    #[test]
    fn tags_attributes_and_text() {
        assert_eq!(
            tokens(r#"<P Class="a b" data-x='1&amp;2' hidden href=x/y>hi</p><br/>"#),
            [
                start(
                    "p",
                    &[
                        ("class", "a b"),
                        ("data-x", "1&2"),
                        ("hidden", ""),
                        ("href", "x/y")
                    ]
                ),
                Token::Text("hi"),
                Token::End("p".into()),
                start("br", &[]),
            ]
        );
    }

    #[test]
    fn comments_doctypes_and_stray_angles() {
        assert_eq!(
            tokens("<!DOCTYPE html><!-- <a href=x> -->a < b <3 </ x> </>c"),
            [
                Token::Text("a "),
                Token::Text("<"),
                Token::Text(" b "),
                Token::Text("<"),
                Token::Text("3 "),
                Token::Text(" "),
                Token::Text("c"),
            ]
        );
        assert_eq!(tokens("x <!-- never closed"), [Token::Text("x ")]);
    }

    #[test]
    fn cut_off_tags_are_dropped() {
        assert_eq!(tokens("a<a href=\"http://x"), [Token::Text("a")]);
        assert_eq!(tokens("a<b"), [Token::Text("a")]);
        assert_eq!(tokens("a<"), [Token::Text("a"), Token::Text("<")]);
        assert_eq!(
            tokens("a</"),
            [Token::Text("a"), Token::Text("<"), Token::Text("/")]
        );
    }

    #[test]
    fn raw_text_is_skipped_to_its_end_tag() {
        let mut t = Tokenizer::new("<script>if (a<b) x='</p>'</SCRIPT >after");
        assert_eq!(t.next(), Some(start("script", &[])));
        t.skip_raw_text("script");
        assert_eq!(t.next(), Some(Token::Text("after")));
        let mut t = Tokenizer::new("<style>never closed <p>text");
        t.next();
        t.skip_raw_text("style");
        assert_eq!(t.next(), None);
    }

    #[test]
    fn multibyte_text_and_attributes_survive() {
        assert_eq!(
            tokens("<a title=\"日本\">é🎉</a>"),
            [
                start("a", &[("title", "日本")]),
                Token::Text("é🎉"),
                Token::End("a".into())
            ]
        );
    }
}
