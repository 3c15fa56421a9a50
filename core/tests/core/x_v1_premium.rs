//! X API v1.1 premium search (30-day and full-archive sandboxes) on a real response
//! (`tests/corpus/x-v1.1`, see SOURCES.md there): `{"results": [status…], "next",
//! "requestParameters"}`, in compat mode with each long post's `extended_tweet`.

use crate::support::fixtures;
use crate::support::x_formats as x;

use fixtures::read_corpus;
use unroll_core::{ImportErrorKind, SourceFormat};
use x::{ids, import, import_ok, input, mention, post, text};

const PREMIUM: &str = "x-v1.1/premium-30day-localbyflywheel.extracted.json";

#[test]
fn premium_search_results_are_read() {
    let batch = import_ok(&[input("search.json", read_corpus(PREMIUM))]);
    assert_eq!(
        ids(&batch),
        [
            "1153335614483206144",
            "1153289782287568896",
            "1153075020920266752"
        ]
    );
    assert!(batch.posts.iter().all(|p| p.source == SourceFormat::XApiV1));
    assert!(batch.posts.iter().all(|p| p.standalone));
    let mut handles: Vec<&str> = batch.authors.iter().map(|a| a.handle.as_str()).collect();
    handles.sort_unstable();
    assert_eq!(
        handles,
        ["Bayareamade", "SjoerdKoelewijn", "brendanrfoster"]
    );
    // Compat mode cut the text at 140; `extended_tweet` holds the whole post.
    let p = post(&batch, "1153075020920266752");
    assert_eq!(
        p.segments,
        [
            text("I think I've finally gotten rid of "),
            mention("mamp_en", "69245216"),
            text(" just installed "),
            mention("LocalbyFlywheel", "1006207152187428865"),
            text(" and it's working incredible. Exactly how "),
            mention("mamp_en", "69245216"),
            text(" should. Back to speedy coding."),
        ]
    );
    assert!(!p.truncated, "the whole text is in the file");
    assert_eq!(
        p.permalink,
        "https://x.com/brendanrfoster/status/1153075020920266752"
    );
}

#[test]
fn premium_search_pages_as_json_lines_are_read() {
    let page = String::from_utf8(read_corpus(PREMIUM)).unwrap();
    let empty = r#"{"results":[],"requestParameters":{"maxResults":10,"fromDate":"201906220000","toDate":"201907221840"}}"#;
    let lines = format!("{}\n{empty}\n", page.trim_end());
    let batch = import_ok(&[input("pages.jsonl", lines)]);
    assert_eq!(batch.posts.len(), 3);
    // A wrong type is placed in its page and under `results`.
    let broken = page.replacen(
        "\"created_at\":\"Mon Jul 22 16:06:53",
        "\"created_at\":5,\"x\":\"",
        1,
    );
    let (_, errors) = import(&[input("pages.jsonl", format!("{empty}\n{broken}"))]);
    let [error] = &errors[..] else {
        panic!("{errors:?}")
    };
    let ImportErrorKind::Invalid { format, path, .. } = &error.kind else {
        panic!("{error:?}")
    };
    assert_eq!(*format, "X API v1.1");
    assert!(
        path.starts_with("line 2: results (line 2, column "),
        "{path}"
    );
}

#[test]
fn results_of_something_else_stay_unknown() {
    let (_, errors) = import(&[input(
        "r.json",
        r#"{"results": [{"title": "a"}], "next": "x"}"#,
    )]);
    assert!(
        matches!(errors[..], [ref e] if e.kind == ImportErrorKind::UnknownFormat),
        "{errors:?}"
    );
}
