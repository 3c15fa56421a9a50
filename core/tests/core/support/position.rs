//! Where a piece of an input document sits, to check the line and column an import error
//! reports against the text itself.

/// The 1-based line and 1-based character column of the last character of the first
/// `needle` in `text` (serde_json stops on the last character of a value of the wrong
/// type, and on the closing brace of an object that lacks a field).
pub fn position_of_end(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the input"));
    let before = &text[..at + needle.len()];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count())
}
