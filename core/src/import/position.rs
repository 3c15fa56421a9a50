//! Where an error sits, as people count: 1-based lines and character columns in the whole
//! document (a part's own position placed in the file it was cut from), and the `Syntax` and
//! `Invalid` errors that carry them.

use crate::error::ImportErrorKind;
use crate::json::{FromJson, JsonError, Raw};

/// The format label used for syntax errors, before the format is known.
const JSON: &str = "JSON";

/// A syntax error with its 1-based line and column. The reader counts the column in bytes;
/// people (and editors) count characters, so it is converted.
pub(super) fn syntax(text: &str, e: &JsonError) -> ImportErrorKind {
    let (line, column) = e.line_column(text.as_bytes());
    ImportErrorKind::Syntax {
        format: JSON,
        line,
        column: char_column(text, line, column),
        message: e.message.clone(),
    }
}

/// The 1-based character column of the `byte_column`th byte of line `line` (both 1-based).
pub(super) fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let line_start = if line <= 1 {
        Some(0)
    } else {
        text.match_indices('\n').nth(line - 2).map(|(at, _)| at + 1)
    };
    match line_start.and_then(|start| text.get(start..)) {
        Some(rest) => rest
            .char_indices()
            .take_while(|&(at, c)| at < byte_column && c != '\n')
            .count(),
        None => byte_column,
    }
}

/// Parse one top-level part (`key`) of a value into a typed wire struct. A wrong type or a
/// missing required field becomes `Invalid` at "key (line L, column C)", the position of the
/// failure in the document `doc` (which `raw` is a slice of), prefixed with "line N: " for
/// the Nth value of a JSON Lines file.
pub(crate) fn parse_part<T: for<'de> FromJson<'de>>(
    doc: &str,
    raw: Raw<'_>,
    key: &str,
    line: Option<usize>,
    format: &'static str,
) -> Result<T, ImportErrorKind> {
    crate::json::from_slice(raw.get().as_bytes()).map_err(|e| {
        let (part_line, part_column) = e.line_column(raw.get().as_bytes());
        let (at_line, at_column) = doc_position(doc, raw.get(), part_line, part_column);
        let position = format!("line {at_line}, column {at_column}");
        let path = if key.is_empty() {
            position
        } else {
            format!("{key} ({position})")
        };
        invalid(format, line, path, e.message)
    })
}

/// The 1-based line and character column in `doc` of serde_json's (line, byte column)
/// inside `part`. `part` is a slice of `doc`; if it is not, the position is `part`'s own.
fn doc_position(doc: &str, part: &str, line: usize, byte_column: usize) -> (usize, usize) {
    let start = (part.as_ptr() as usize)
        .checked_sub(doc.as_ptr() as usize)
        .filter(|&at| at + part.len() <= doc.len())
        .and_then(|at| doc.get(..at));
    let Some(before) = start else {
        return (line, char_column(part, line, byte_column));
    };
    let lines_before = before.bytes().filter(|&b| b == b'\n').count();
    let byte_column = if line <= 1 {
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        before.len() - line_start + byte_column
    } else {
        byte_column
    };
    let line = lines_before + line;
    (line, char_column(doc, line, byte_column))
}

/// `path.`, or nothing at the top level: what the path of a field inside `path` starts with.
pub(crate) fn path_prefix(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("{path}.")
    }
}

/// An `Invalid` error at `path`, prefixed with the JSON Lines line when there is one.
pub(crate) fn invalid(
    format: &'static str,
    line: Option<usize>,
    path: String,
    message: String,
) -> ImportErrorKind {
    let path = match line {
        Some(n) => format!("line {n}: {path}"),
        None => path,
    };
    ImportErrorKind::Invalid {
        format,
        path,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::detect::Top;
    use crate::import::values;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\"a\": 1,\n \"é€\": x}";
        let err = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        // serde_json says byte 11 of line 2; the `x` is its 8th character.
        assert_eq!((err.line(), err.column()), (2, 11));
        assert_eq!(char_column(text, 2, 11), 8);
        assert_eq!(char_column("abc", 1, 2), 2);
        assert_eq!(char_column("abc", 5, 2), 2);
    }

    #[test]
    fn wrong_types_are_placed_in_the_whole_document() {
        // "data" starts on line 2; its bad "id" is on line 3, after a two-byte "é".
        let doc = "{\"é\": 1,\n \"data\": {\"text\": \"a\",\n  \"id\": 7}}";
        let (values, _) = values::read_values(doc).unwrap();
        let Some((_, Top::Object(env), _)) = values.first() else {
            panic!("not an object");
        };
        let data = env.data.unwrap();
        crate::json::wire! {
            #[derive(Debug, Default)]
            struct Wire {
                #[allow(dead_code)]
                id: String => required,
            }
        }
        let err = parse_part::<Wire>(doc, data, "data", Some(4), "X API v2").unwrap_err();
        assert_eq!(
            err,
            ImportErrorKind::Invalid {
                format: "X API v2",
                path: "line 4: data (line 3, column 9)".into(),
                message: "invalid type: integer `7`, expected a string".into(),
            }
        );
        // On the value's first line the columns before it count; "é" is one character.
        let one_line = "{\"é\": 1, \"data\": {\"id\": 7}}";
        let (values, _) = values::read_values(one_line).unwrap();
        let Some((_, Top::Object(env), _)) = values.first() else {
            panic!("not an object");
        };
        let err = parse_part::<Wire>(one_line, env.data.unwrap(), "data", None, "X API v2");
        match err {
            Err(ImportErrorKind::Invalid { path, .. }) => {
                assert_eq!(path, "data (line 1, column 25)")
            }
            other => panic!("{other:?}"),
        }
        // A part that is not a slice of the document keeps its own position.
        assert_eq!(doc_position(doc, "{\n\"a\": 1}", 2, 6), (2, 6));
    }
}
