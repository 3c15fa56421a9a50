//! HTML character references in source text (X escapes "&", "<" and ">" in `full_text`):
//! decoded exactly once, so "&amp;lt;" reads "&lt;", never "<".

/// Decodes HTML character references exactly once: "R&amp;D" → "R&D", "&amp;lt;" → "&lt;".
/// Knows the named references sources actually emit (amp, lt, gt, quot, apos, nbsp) and
/// numeric ones (`&#39;`, `&#x1F600;`); anything else is left as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        // `find` and `decode_one` give char boundaries; `get` never panics regardless.
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp..).unwrap_or("");
        let (ch, len) = decode_one(after).unwrap_or(('&', 1));
        out.push(ch);
        rest = after.get(len..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// Decodes one reference at the start of `s` (which starts with '&'): the character and
/// the reference's length in bytes.
fn decode_one(s: &str) -> Option<(char, usize)> {
    // The longest reference we know is "&#x10FFFF;" (10 bytes); look a little further.
    let semi = s.bytes().take(12).position(|b| b == b';')?;
    let name = s.get(1..semi)?;
    let ch = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse::<u32>().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((ch, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_exactly_once() {
        assert_eq!(decode_entities("R&amp;D"), "R&D");
        assert_eq!(decode_entities("&amp;lt;"), "&lt;");
        assert_eq!(
            decode_entities("a &lt;b&gt; &quot;c&quot; &#39;d&#x27;"),
            "a <b> \"c\" 'd'"
        );
        assert_eq!(
            decode_entities("fish & chips &unknown; &#xZZ; &"),
            "fish & chips &unknown; &#xZZ; &"
        );
        assert_eq!(decode_entities("&#128512;"), "😀");
        assert_eq!(decode_entities("&#xD800;"), "&#xD800;");
    }
}
