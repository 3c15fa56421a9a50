//! The reader against serde_json: the same values, and errors at the same places.

use std::borrow::Cow;

use super::*;
use crate::json::whole_part;

wire! {
    #[derive(Debug, Default, PartialEq)]
    struct Item<'a> {
        id: Cow<'a, str> => required,
        kind: Option<Cow<'a, str>> = "type",
        count: u32,
        tags: Vec<String>,
        nested: Option<Box<Item<'a>>>,
        seen: Option<Skip>,
    }
}

fn item(json: &str) -> Result<Item<'_>> {
    from_slice(json.as_bytes())
}

#[test]
fn keys_fill_fields_and_unknown_ones_are_skipped() {
    let got = item(
        r#"{"x": [1, {"y": null}], "id": "7", "type": "photo", "count": 3,
            "tags": ["a", "b"], "nested": {"id": "8"}, "seen": {"deep": [true]}}"#,
    )
    .unwrap();
    assert_eq!(got.id, "7");
    assert_eq!(got.kind.as_deref(), Some("photo"));
    assert_eq!(got.count, 3);
    assert_eq!(got.tags, ["a", "b"]);
    assert_eq!(got.nested.as_ref().map(|n| &*n.id), Some("8"));
    assert_eq!(got.seen, Some(Skip));
    let bare = item(r#"{"id": "1", "type": null}"#).unwrap();
    assert_eq!((bare.kind, bare.count, bare.seen), (None, 0, None));
}

#[test]
fn strings_borrow_unless_escaped() {
    let got = item(r#"{"id": "plain"}"#).unwrap();
    assert!(matches!(got.id, Cow::Borrowed("plain")));
    let got = item(r#"{"id": "a\"b\\c\/d\n\u00e9\ud83d\ude00 \u65e5"}"#).unwrap();
    assert_eq!(got.id, "a\"b\\c/d\né😀 日");
    let expected: String =
        serde_json::from_str(r#""a\"b\\c\/d\n\u00e9\ud83d\ude00 \u65e5""#).unwrap();
    assert_eq!(got.id, expected);
}

/// Each error as (message, line, column), next to serde_json's for the same text.
fn compare(json: &str) -> ((String, usize, usize), (String, usize, usize)) {
    let ours = item(json).unwrap_err();
    let (line, column) = ours.line_column(json.as_bytes());
    let theirs = serde_json::from_str::<serde_json::Value>(json)
        .and_then(|_| serde_json::from_str::<Typed>(json).map(|_| ()))
        .unwrap_err();
    let message = theirs.to_string();
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or_default()
        .to_string();
    (
        (ours.message, line, column),
        (message, theirs.line(), theirs.column()),
    )
}

/// `Item` as serde would derive it, to hold the reader to serde's errors.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Typed {
    id: String,
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    count: u32,
    #[serde(default)]
    tags: Vec<String>,
}

#[test]
fn data_errors_sit_where_serde_puts_them() {
    for json in [
        r#"{"id": 2}"#,
        "{\"tags\": [\"a\",\n  7], \"id\": \"x\"}",
        r#"{"count": "3", "id": "x"}"#,
        r#"{"count": -1, "id": "x"}"#,
        r#"{"count": 2.5, "id": "x"}"#,
        r#"{"count": 1, "type": {"a": [1]}}"#,
        "{\n\"count\": 1\n}",
        r#"{"tags": true, "id": "x"}"#,
        r#"{"tags": null, "id": "x"}"#,
    ] {
        let (ours, theirs) = compare(json);
        assert_eq!(ours, theirs, "{json}");
    }
}

#[test]
fn malformed_json_is_a_syntax_error() {
    for json in [
        r#"{"id": "x""#,
        r#"{"id": "x",}"#,
        r#"{"id": "x" "count": 1}"#,
        r#"{"id": "x", "seen": [1 2]}"#,
        r#"{"id": "x", "seen": [1,]}"#,
        r#"{"id": "x", "seen": {"a" 1}}"#,
        r#"{"id": "x", "seen": tru}"#,
        r#"{"id": "x", "seen": 01}"#,
        r#"{"id": "x", "seen": "\q"}"#,
        "{\"id\": \"x\ty\"}",
        r#"{"id": "x"} 5"#,
        r#"{"id": "x", "seen": 1."}"#,
    ] {
        let err = item(json).unwrap_err();
        assert!(err.syntax, "{json}: {err:?}");
        assert!(
            serde_json::from_str::<serde_json::Value>(json).is_err(),
            "{json}"
        );
    }
}

#[test]
fn bad_utf8_in_a_read_string_is_a_syntax_error() {
    let bytes = b"{\"id\": \"a\xffb\"}";
    let err = from_slice::<Item>(bytes).unwrap_err();
    assert!(err.syntax);
    assert_eq!(err.offset, 10, "just past the byte that is not UTF-8");
}

#[test]
fn nesting_is_limited() {
    let deep = format!(
        "{{\"id\": \"x\", \"seen\": {}{}}}",
        "[".repeat(200),
        "]".repeat(200)
    );
    let err = item(&deep).unwrap_err();
    assert_eq!(err.message, "recursion limit exceeded");
    let fine = format!(
        "{{\"id\": \"x\", \"seen\": {}{}}}",
        "[".repeat(100),
        "]".repeat(100)
    );
    assert!(item(&fine).is_ok());
}

#[test]
fn null_for_a_struct_reads_as_no_keys() {
    wire! {
        #[derive(Debug, Default)]
        struct Loose { n: u64 }
    }
    let got: Option<Loose> = from_slice(b"null").unwrap();
    assert!(got.is_none());
    let got: Loose = from_slice(b"null").unwrap();
    assert_eq!(got.n, 0);
    assert_eq!(item("null").unwrap_err().message, "missing field `id`");
}

#[test]
fn whole_parts_without_float_parsing() {
    let cases = [
        ("12", Some(12)),
        ("2.5", Some(2)),
        ("0.99", Some(0)),
        ("1e3", Some(1000)),
        ("1.5E+2", Some(150)),
        ("123e-2", Some(1)),
        ("5e-9", Some(0)),
        ("-1", None),
        ("1e400", Some(u64::MAX)),
        ("18446744073709551616", Some(u64::MAX)),
        ("x", None),
    ];
    for (text, expected) in cases {
        assert_eq!(whole_part(text), expected, "{text}");
    }
}

#[test]
fn syntax_errors_sit_where_serde_puts_them() {
    let mut differ = Vec::new();
    for json in [
        "[1, 2,\n {\"a\": ",
        "[1 2]",
        "{\"a\" 1}",
        "{\"a\": 1,}",
        "[1,]",
        "{1: 2}",
        "[tru]",
        "[nul",
        "[01]",
        "[1.]",
        "[1e]",
        "[-]",
        "[\"a\\q\"]",
        "[\"a\tb\"]",
        "[\"abc",
        "  ",
        "",
        "[1] x",
        "{\"a\": 1 \"b\": 2}",
        "{\n\"é\": x}",
        "[\"\\u12\"]",
        "@",
    ] {
        let ours = from_slice::<Skip>(json.as_bytes()).unwrap_err();
        let Err(theirs) = serde_json::from_str::<serde::de::IgnoredAny>(json) else {
            differ.push(format!("{json:?}: serde accepts it"));
            continue;
        };
        let message = theirs.to_string();
        let message = message.split(" at line ").next().unwrap_or_default();
        let (line, column) = ours.line_column(json.as_bytes());
        if (ours.message.as_str(), line, column) != (message, theirs.line(), theirs.column()) {
            differ.push(format!(
                "{json:?}: ours {:?} {line}:{column}, serde's {message:?} {}:{}",
                ours.message,
                theirs.line(),
                theirs.column()
            ));
        }
        assert!(ours.syntax, "{json:?}");
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[test]
fn a_lone_surrogate_is_skipped_but_not_read() {
    // serde_json skips it too; reading it as text is an error in both.
    assert_eq!(from_slice::<Skip>(br#"["\ud800"]"#), Ok(Skip));
    let err = from_slice::<Vec<String>>(br#"["\ud800"]"#).unwrap_err();
    assert!(serde_json::from_str::<Vec<String>>(r#"["\ud800"]"#).is_err());
    assert!(err.syntax);
}

#[test]
fn long_strings_end_where_they_end() {
    // The eight-bytes-at-a-time scan must stop at a quote, backslash or control byte in
    // any position of a word, and never past one.
    for len in 0..24 {
        for special in ["\"", "\\n", "\t"] {
            let body = format!("{}{}{}", "é".repeat(len / 2), "a".repeat(len % 2), special);
            let json = format!("[\"{body}x\"]");
            let ours: std::result::Result<Vec<String>, _> = from_slice(json.as_bytes());
            let theirs: std::result::Result<Vec<String>, _> = serde_json::from_str(&json);
            assert_eq!(ours.ok(), theirs.ok(), "{json:?}");
        }
    }
}

#[test]
fn indented_json_reads_as_compact_json_does() {
    // Runs of spaces are skipped eight at a time: runs of every length up to past two
    // words, ending in a value, a newline, a tab, a bracket or the end of the input.
    for indent in 0..20 {
        let pad = " ".repeat(indent);
        let json = format!(
            "{pad}{{{pad}\n{pad}\"id\"{pad}:{pad}\"7\",\n{pad}\t\"tags\" :\r\n{pad}[{pad}\"a\"{pad},{pad}\"b\"{pad}]{pad}\n{pad}}}{pad}"
        );
        let got = item(&json).unwrap_or_else(|e| panic!("{indent}: {e:?}"));
        assert_eq!(got.id, "7", "{indent}");
        assert_eq!(got.tags, ["a", "b"], "{indent}");
        // An error after a run of spaces sits where serde_json puts it.
        let cut = format!("[1,{pad}x]");
        let ours = from_slice::<Skip>(cut.as_bytes()).unwrap_err();
        let theirs = serde_json::from_str::<serde::de::IgnoredAny>(&cut).unwrap_err();
        assert_eq!(
            ours.line_column(cut.as_bytes()),
            (theirs.line(), theirs.column()),
            "{cut:?}"
        );
        let trailing = format!("[1]{pad}");
        assert_eq!(
            from_slice::<Skip>(trailing.as_bytes()),
            Ok(Skip),
            "{trailing:?}"
        );
    }
}

#[test]
fn strings_are_checked_as_utf8_unless_all_ascii() {
    // A byte that is not ASCII at any position, inside the eight-byte scan or after it:
    // valid UTF-8 reads as serde_json reads it; a stray continuation byte is an error at
    // the byte after it, whatever the position.
    for at in 0..20 {
        let before = "a".repeat(at);
        let json = format!("[\"{before}é{before}\"]");
        let ours: Vec<String> = from_slice(json.as_bytes()).unwrap();
        let theirs: Vec<String> = serde_json::from_str(&json).unwrap();
        assert_eq!(ours, theirs, "{json:?}");
        let mut bad = format!("[\"{before}").into_bytes();
        bad.push(0xA9);
        bad.extend_from_slice(format!("{before}\"]").as_bytes());
        let err = from_slice::<Vec<String>>(&bad).unwrap_err();
        assert!(err.syntax, "{at}");
        assert_eq!(err.offset, 2 + at + 1, "{at}");
    }
}
