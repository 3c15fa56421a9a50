//! Format detection by content, never by file name, and the typed errors of files that are
//! not (or not quite) a supported format.

use crate::support::position;
use crate::support::v2;

use unroll_core::import::import_files;
use unroll_core::{Batch, ImportError, ImportErrorKind};
use v2::{input as file, sample_bytes, K_SZE, MINIMAL};

fn one(name: &str, bytes: impl Into<Vec<u8>>) -> (Batch, Vec<ImportError>) {
    import_files(&[file(name, bytes)])
}

/// The error kind of a file that must fail alone.
fn error_of(bytes: impl Into<Vec<u8>>) -> ImportErrorKind {
    let (batch, mut errors) = one("dropped.json", bytes);
    assert!(batch.posts.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.remove(0).kind
}

#[test]
fn the_same_bytes_import_the_same_under_any_name() {
    let bytes = sample_bytes(K_SZE);
    let (expected, errors) = one(K_SZE, bytes.clone());
    assert!(errors.is_empty());
    assert_eq!(expected.posts.len(), 257);
    for name in [
        "tweets.js",
        "account.js",
        "thread.unroll.json",
        "notes.txt",
        "",
    ] {
        let (batch, errors) = one(name, bytes.clone());
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert_eq!(batch, expected, "{name}");
    }
    // JSON Lines under a .json name.
    let (batch, errors) = one("media.json", sample_bytes("twarc-csv_media_tweet.jsonl"));
    assert!(errors.is_empty());
    assert_eq!(batch.posts.len(), 1);
}

#[test]
fn a_utf8_bom_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(sample_bytes(MINIMAL));
    let (batch, errors) = one(MINIMAL, bytes);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(batch.posts.len(), 2);
}

#[test]
fn unknown_json_names_the_supported_formats() {
    let garbage = br#"{"name": "left-pad", "version": "1.3.0", "dependencies": {}}"#;
    let (batch, errors) = one("package.json", garbage.to_vec());
    assert!(batch.posts.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "package.json");
    assert_eq!(errors[0].kind, ImportErrorKind::UnknownFormat);
    let message = errors[0].to_string();
    for format in [
        "X data archive",
        "tweets.js",
        "X API v2",
        "JSON Lines",
        "Unroll",
    ] {
        assert!(message.contains(format), "{message:?} lacks {format:?}");
    }
    // Other shapes no format has.
    for other in [
        &b"[1, 2, 3]"[..],
        b"\"just a string\"",
        b"42",
        br#"{"format": "something-else", "version": 1, "posts": []}"#,
        br#"{"data": [{"id": "1", "username": "a user, not a tweet"}]}"#,
    ] {
        assert_eq!(error_of(other), ImportErrorKind::UnknownFormat);
    }
}

#[test]
fn truncated_json_reports_line_and_column() {
    // The real one-line response cut after 1,000 bytes, inside a string: the end of input is
    // its 978th character (Chinese text and an emoji before it take 22 more bytes).
    let bytes = sample_bytes(K_SZE);
    assert_eq!(
        std::str::from_utf8(&bytes[..1000]).unwrap().chars().count(),
        978
    );
    match error_of(&bytes[..1000]) {
        ImportErrorKind::Syntax {
            format,
            line,
            column,
            message,
        } => {
            assert_eq!(format, "JSON");
            assert_eq!((line, column), (1, 978));
            assert_eq!(message, "EOF while parsing a string");
        }
        other => panic!("{other:?}"),
    }
    // A pretty-printed file with a stray `x`: its 39th character (serde_json's byte column
    // would be 41), as editors count.
    let text = "{\n  \"data\": [\n    {\"id\": \"1\", \"text\": \"héllo wörld\" x}\n  ]\n}";
    match error_of(text) {
        ImportErrorKind::Syntax { line, column, .. } => assert_eq!((line, column), (3, 39)),
        other => panic!("{other:?}"),
    }
    let shown = one("cut.json", &bytes[..1000]).1[0].to_string();
    assert_eq!(
        shown,
        "cut.json: malformed JSON at line 1, column 978: EOF while parsing a string"
    );
}

#[test]
fn json_lines_errors_name_the_line() {
    let page = String::from_utf8(sample_bytes("twarc-csv_media_tweet.jsonl")).unwrap();
    let page = page.trim_end();
    // Three pages, the second with a wrong type: the path says which line.
    let bad = page.replacen(
        "\"id\": \"1558553189766631429\"",
        "\"id\": 1558553189766631429",
        1,
    );
    assert_ne!(bad, page);
    let text = format!("{page}\n{bad}\n{page}\n");
    let wrong = "\"id\": 1558553189766631429";
    assert_eq!(position::position_of_end(&text, wrong), (2, 105));
    match error_of(text) {
        ImportErrorKind::Invalid { format, path, .. } => {
            assert_eq!(format, "X API v2");
            assert_eq!(path, "line 2: data (line 2, column 105)");
        }
        other => panic!("{other:?}"),
    }
    // The same pages whole: one post (the copies are the same post).
    let (batch, errors) = one("pages.jsonl", format!("{page}\n\n{page}\n"));
    assert!(errors.is_empty());
    assert_eq!(batch.posts.len(), 1);
}

#[test]
fn wrong_types_report_their_json_path() {
    // (input, reported path, the text the position must point at the end of): a wrong
    // type is placed in the document; a bad value found after parsing gets its path.
    let cases: [(&str, &str, Option<&str>); 6] = [
        (r#"{"data": 5}"#, "data", None),
        (r#"{"data": "x", "meta": {}}"#, "data", None),
        (
            r#"{"data": [{"id": "1", "text": "a"}, {"id": 2, "text": "b"}]}"#,
            "data (line 1, column 44)",
            Some(r#""id": 2"#),
        ),
        (
            r#"{"data": {"id": "1", "text": "a", "entities": {"urls": [{"start": -1, "end": 3}]}}}"#,
            "data (line 1, column 68)",
            Some(r#""start": -1"#),
        ),
        (
            r#"{"data": [], "includes": {"users": [{"id": "1", "username": 7}]}}"#,
            "includes (line 1, column 61)",
            Some(r#""username": 7"#),
        ),
        (
            r#"{"data": [{"id": "1", "text": "a", "created_at": "yesterday"}]}"#,
            "data[0].created_at",
            None,
        ),
    ];
    for (json, expected, at) in cases {
        if let Some(needle) = at {
            let (line, column) = position::position_of_end(json, needle);
            let position = format!(" (line {line}, column {column})");
            assert!(expected.ends_with(&position), "{json}: {position}");
        }
        match error_of(json) {
            ImportErrorKind::Invalid { format, path, .. } => {
                assert_eq!(format, "X API v2", "{json}");
                assert_eq!(path, expected, "{json}");
            }
            other => panic!("{json}: {other:?}"),
        }
    }
    let (_, errors) = one(
        "bad.json",
        r#"{"data": [{"id": "1", "text": "a"}, {"id": 2, "text": "b"}]}"#,
    );
    assert_eq!(
        errors[0].to_string(),
        "bad.json: invalid X API v2 at data (line 1, column 44): \
         invalid type: integer `2`, expected a string"
    );
}

#[test]
fn not_utf8_is_not_text() {
    let mut bytes = b"{\"data\": [\"caf".to_vec();
    bytes.push(0xE9); // Latin-1 "é"
    bytes.extend(b"\"]}");
    assert_eq!(error_of(bytes), ImportErrorKind::NotText { offset: 14 });
    assert_eq!(
        error_of(vec![0x89, b'P', b'N', b'G']),
        ImportErrorKind::NotText { offset: 0 }
    );
}

#[test]
fn empty_files_are_malformed() {
    assert!(matches!(
        error_of("  \n"),
        ImportErrorKind::Syntax {
            line: 2,
            column: 0,
            ..
        }
    ));
}

/// A stream stopped mid-write is normal: the good lines are read, the cut one is named.
#[test]
fn a_cut_off_json_lines_file_reads_every_good_line() {
    let page = String::from_utf8(sample_bytes("twarc-csv_withheld.jsonl")).unwrap();
    let lines: Vec<&str> = page.lines().collect();
    assert_eq!(lines.len(), 5);
    let whole = import_files(&[file("withheld.jsonl", page.clone())]).0;
    // The last page cut in the middle of a string, as a stopped stream leaves it.
    let last = lines[4];
    let cut = &last[..last.len() / 2];
    let cut = cut.trim_end_matches(|c: char| c != 'a');
    let text = format!("{}\n{cut}", lines[..4].join("\n"));
    let (batch, errors) = one("withheld.jsonl", text);
    let kept = import_files(&[file("first-four.jsonl", lines[..4].join("\n"))]).0;
    assert_eq!(batch, kept, "every good line is read");
    assert!(batch.posts.len() < whole.posts.len() && !batch.posts.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
    match &errors[0].kind {
        ImportErrorKind::SkippedLines { read, skipped } => {
            assert_eq!(*read, 4);
            assert_eq!(skipped.len(), 1);
            assert_eq!(skipped[0].line, 5);
            assert!(
                skipped[0]
                    .message
                    .starts_with("EOF while parsing a string at column "),
                "{skipped:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    let said = errors[0].to_string();
    assert!(
        said.starts_with(
            "withheld.jsonl: read 4 JSON lines; skipped 1 line that could not be read: line 5 (EOF while parsing a string at column "
        ),
        "{said}"
    );
    // A damaged line in the middle costs that line only.
    let text = format!("{}\n{{\"data\": [\n{}", lines[0], lines[1..].join("\n"));
    let (batch, errors) = one("damaged.jsonl", text);
    assert_eq!(batch, whole);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        matches!(&errors[0].kind, ImportErrorKind::SkippedLines { read: 5, skipped } if skipped[0].line == 2)
    );
}

#[test]
fn each_failing_file_has_its_own_error_and_the_others_import() {
    let files = [
        file("minimal.json", sample_bytes(MINIMAL)),
        file("broken.json", "{\"data\": ["),
        file("search.json", sample_bytes(K_SZE)),
        file("photo.png", vec![0xFF, 0xD8, 0xFF]),
        file("media.jsonl", sample_bytes("twarc-csv_media_tweet.jsonl")),
        file(
            "not-found.json",
            sample_bytes("academictwitteR_tweets_lookup_all_not_found.json"),
        ),
    ];
    let (batch, errors) = import_files(&files);
    // 2 + 257 + 1 posts, concatenated in one batch.
    assert_eq!(batch.posts.len(), 260);
    assert_eq!(batch.authors.len(), 3);
    let failed: Vec<&str> = errors.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(failed, ["broken.json", "photo.png", "not-found.json"]);
    assert!(matches!(
        errors[0].kind,
        ImportErrorKind::Syntax {
            line: 1,
            column: 10,
            ..
        }
    ));
    assert_eq!(errors[1].kind, ImportErrorKind::NotText { offset: 0 });
    // A file that holds no posts is not met with silence, beside good files too.
    assert_eq!(
        errors[2].kind,
        ImportErrorKind::NothingToShow { reposts: 0 }
    );
}
