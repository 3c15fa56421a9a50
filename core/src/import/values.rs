//! A file's top-level JSON values, one after another, and the bad lines of a JSON Lines
//! file stepped over: a stream stopped mid-write (or one damaged line) must not cost the
//! good lines.
//!
//! The rule: a file is read as JSON Lines when its first value is a whole line on its own
//! (nothing but whitespace before it on its line or after it up to the line's end). In such
//! a file, a value that cannot be read is skipped from the start of its line to the start of
//! the next line, and reading goes on from there; the skipped lines are reported. In any
//! other file the first error stands for the file: a pretty-printed document with one
//! mistake is not read line by line, which would make nonsense of it.

use crate::json::{FromJson, JsonError, Reader};

use super::detect::Top;

/// A value of the file: the 1-based line it starts on, its top level, its own JSON text.
pub(super) type Value<'a> = (usize, Top<'a>, &'a str);

/// A line of a JSON Lines file that was skipped: its 1-based number and the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedLine {
    pub line: usize,
    /// The reader's words with the column, "EOF while parsing a string at column 312".
    pub message: String,
}

/// Every value of `text`, and the lines skipped, or the first error (with its offset in
/// `text`) when the file is not JSON Lines or no line of it can be read.
pub(super) fn read_values(text: &str) -> Result<(Vec<Value<'_>>, Vec<SkippedLine>), JsonError> {
    let bytes = text.as_bytes();
    let mut values = Vec::new();
    let mut skipped = Vec::new();
    let mut lines_mode = false;
    let (mut base, mut counted_to, mut line) = (0, 0, 1);
    'file: while base < bytes.len() {
        let Some(rest) = bytes.get(base..) else { break };
        let mut r = Reader::new(rest);
        loop {
            if r.at_end() {
                break 'file;
            }
            let start = base + r.offset();
            line += newlines(bytes, counted_to, start);
            counted_to = start;
            match Top::read(&mut r) {
                Ok(top) => {
                    let end = base + r.offset();
                    let raw = text.get(start..end).unwrap_or_default();
                    if values.is_empty() {
                        lines_mode = is_whole_line(bytes, start, end);
                    }
                    values.push((line, top, raw));
                }
                Err(e) => {
                    let mut e = *e;
                    e.offset += base;
                    if !lines_mode {
                        return Err(e);
                    }
                    let (error_line, column) = e.line_column(bytes);
                    let column = super::char_column(text, error_line, column);
                    let message = if error_line == line {
                        format!("{} at column {column}", e.message)
                    } else {
                        format!("{} at line {error_line}, column {column}", e.message)
                    };
                    skipped.push(SkippedLine { line, message });
                    // Go on from the start of the next line.
                    let next = bytes
                        .get(start..)
                        .and_then(|b| b.iter().position(|&c| c == b'\n'))
                        .map_or(bytes.len(), |at| start + at + 1);
                    base = next;
                    continue 'file;
                }
            }
        }
    }
    Ok((values, skipped))
}

/// Newlines in `bytes[from..to]`.
fn newlines(bytes: &[u8], from: usize, to: usize) -> usize {
    bytes
        .get(from..to)
        .map_or(0, |s| s.iter().filter(|&&b| b == b'\n').count())
}

/// The value at `start..end` is alone on its line.
fn is_whole_line(bytes: &[u8], start: usize, end: usize) -> bool {
    let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\r');
    let before = bytes.get(..start).unwrap_or_default();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let after = bytes.get(end..).unwrap_or_default();
    let line_end = after
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(after.len());
    let inside = bytes.get(start..end).unwrap_or_default();
    before
        .get(line_start..)
        .unwrap_or_default()
        .iter()
        .all(blank)
        && after.get(..line_end).unwrap_or_default().iter().all(blank)
        && !inside.contains(&b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> (Vec<usize>, Vec<SkippedLine>) {
        let (values, skipped) = read_values(text).unwrap();
        (values.iter().map(|(l, _, _)| *l).collect(), skipped)
    }

    #[test]
    fn several_values_know_their_lines() {
        let (values, skipped) = read_values("{\"a\":1}\n\n  {\"b\":[\n1]}\n{}").unwrap();
        let found: Vec<usize> = values.iter().map(|(line, _, _)| *line).collect();
        assert_eq!(found, [1, 3, 5]);
        let raws: Vec<&str> = values.iter().map(|(_, _, raw)| *raw).collect();
        assert_eq!(raws, ["{\"a\":1}", "{\"b\":[\n1]}", "{}"]);
        assert!(skipped.is_empty());
    }

    #[test]
    fn a_cut_off_last_line_is_skipped() {
        let (found, skipped) = lines("{\"a\":1}\n{\"b\":2}\n{\"c\":\"cut");
        assert_eq!(found, [1, 2]);
        assert_eq!(
            skipped,
            [SkippedLine {
                line: 3,
                message: "EOF while parsing a string at column 9".into()
            }]
        );
    }

    #[test]
    fn a_damaged_middle_line_costs_only_itself() {
        let (found, skipped) = lines("{\"a\":1}\n{\"b\":[1,2\n{\"c\":3}\n\n{\"d\":4}\n");
        assert_eq!(found, [1, 3, 5]);
        assert_eq!(
            skipped,
            [SkippedLine {
                line: 2,
                message: "expected `,` or `]` at line 3, column 1".into()
            }]
        );
    }

    #[test]
    fn a_bad_first_value_is_the_files_error() {
        assert!(read_values("{\"a\":\n{\"b\":2}\n").is_err());
    }

    #[test]
    fn a_pretty_printed_document_with_a_mistake_is_one_error() {
        let text = "{\n  \"data\": [\n    {\"id\": \"1\"},\n    {\"id\": 2 3}\n  ]\n}\n";
        let e = read_values(text).unwrap_err();
        assert_eq!(e.line_column(text.as_bytes()).0, 4);
    }

    #[test]
    fn a_last_array_element_alone_on_its_line_does_not_make_lines() {
        let text = "{\n  \"data\": [\n    {\"id\": 2 3},\n    {\"id\": \"1\"}\n  ]\n}\n";
        let e = read_values(text).unwrap_err();
        assert_eq!(e.line_column(text.as_bytes()).0, 3);
    }
}
