//! The import in steps (`ImportSteps`, `ArchiveSteps`), which the app runs with a yield to
//! the browser between steps, must give exactly what a whole import gives: the same posts
//! and authors, the same errors, whatever the step size.

use crate::support::fixtures;

use fixtures::*;
use unroll_core::import::x_archive::ArchiveSteps;
use unroll_core::import::{import_files, ImportSteps, InputFile};
use unroll_core::{Batch, ImportError, ImportErrorKind};

fn in_steps(files: &[InputFile], n: usize) -> ((Batch, Vec<ImportError>), usize) {
    let refs: Vec<&InputFile> = files.iter().collect();
    let mut steps = ArchiveSteps::new(&refs);
    let mut count = 1;
    while !steps.step(n) {
        count += 1;
    }
    (steps.finish(), count)
}

/// The alrocar_2022 archive with the 2024 excerpt's long posts and their note-tweet.js.
fn archive_with_notes() -> Vec<InputFile> {
    let mut files = archive_files("alrocar_2022", &["account.js", "profile.js", "tweets.js"]);
    files.extend(archive_files(
        "alrocar_2024_excerpt",
        &["tweets.excerpt.js", "note-tweet.js"],
    ));
    files
}

#[test]
fn any_step_size_imports_the_archive_exactly_as_a_whole() {
    let files = archive_with_notes();
    let whole = import(&files);
    assert!(
        whole.0.posts.len() > 436,
        "both tweets files: {}",
        whole.0.posts.len()
    );
    for n in [1, 7, 500] {
        let (stepped, steps) = in_steps(&files, n);
        assert_eq!(stepped, whole, "steps of {n}");
        // Each step reads or converts at most n tweets: more tweets, more steps.
        let tweets = whole.0.posts.len();
        assert!(
            steps >= 2 * tweets / n,
            "{steps} steps of {n} for {tweets} posts"
        );
    }
}

#[test]
fn an_archive_with_its_account_converts_as_it_reads_and_still_matches() {
    // No note-tweet.js and an account.js: each tweet is converted as soon as it is read.
    let files = archive_files("alrocar_2022", &["account.js", "profile.js", "tweets.js"]);
    let whole = import(&files);
    assert_eq!(whole.0.posts.len(), 436);
    assert!(whole.1.is_empty(), "{:?}", whole.1);
    for n in [1, 7] {
        assert_eq!(in_steps(&files, n).0, whole, "steps of {n}");
    }
    // Without the account the owner is inferred from all tweets: the same posts.
    let no_account = archive_files("alrocar_2022", &["profile.js", "tweets.js"]);
    let inferred = import(&no_account);
    let ids = |b: &Batch| {
        let mut v: Vec<(String, String)> = b
            .posts
            .iter()
            .map(|p| (p.id.clone(), p.author_id.clone()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(&inferred.0), ids(&whole.0));
}

#[test]
fn an_element_that_fails_mid_file_fails_its_file_in_steps_too() {
    let files = vec![
        file(
            "tweets.js",
            "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"a\", \"created_at\": \"Wed Oct 12 09:00:00 +0000 2022\"}},\n {\"tweet\": 5} ]",
        ),
        file("account.js", "window.YTD.account.part0 = [ {\"account\": {\"accountId\": \"9\", \"username\": \"ann\"}} ]"),
    ];
    let whole = import(&files);
    let (stepped, _) = in_steps(&files, 1);
    assert_eq!(stepped, whole);
    assert!(
        stepped.0.posts.is_empty(),
        "the file's first tweet is not kept either"
    );
    match &stepped.1[..] {
        [ImportError {
            kind: ImportErrorKind::Invalid { path, message, .. },
            ..
        }] => {
            assert_eq!(path, "window.YTD.tweets.part0[1]");
            assert!(message.ends_with("(line 2, column 12)"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn steps_over_several_formats_give_the_whole_import() {
    let mut files = archive_files("alrocar_2022", &["account.js", "profile.js", "tweets.js"]);
    files.push(InputFile {
        name: "context.json".into(),
        bytes: read("mastodon/mastodonpy_status_with_card.json"),
    });
    files.push(file("broken.json", "{"));
    let whole = import_files(&files);
    let mut steps = ImportSteps::new(&files, &[]);
    let mut count = 1;
    while !steps.step() {
        count += 1;
    }
    assert_eq!(steps.finish(), whole);
    assert!(
        count > 2,
        "the archive's 436 tweets and two more files: {count} steps"
    );
    assert_eq!(whole.1.len(), 1, "only broken.json fails: {:?}", whole.1);
}

#[test]
fn a_tweets_file_read_as_bytes_still_reports_bad_utf8_as_not_text() {
    // Read in steps, a tweets file's text is checked only inside the strings serde reads;
    // a byte that is not UTF-8 must still give NotText at its offset, as a whole read did.
    let mut bytes =
        b"\xef\xbb\xbfwindow.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"a"
            .to_vec();
    let bad_at = bytes.len();
    bytes.push(0xff);
    bytes.extend(b"\"}} ]");
    let files = vec![InputFile {
        name: "tweets.js".into(),
        bytes,
    }];
    let (batch, errors) = in_steps(&files, 1).0;
    assert!(batch.posts.is_empty());
    match &errors[..] {
        [ImportError {
            kind: ImportErrorKind::NotText { offset },
            ..
        }] => assert_eq!(*offset, bad_at),
        other => panic!("{other:?}"),
    }
}

/// `tweets` pushed to a stream `piece` bytes at a time (stepping between pushes), the other
/// files imported with it: what the app does while the tweets file is read.
fn streamed(
    others: &[InputFile],
    tweets: &InputFile,
    piece: usize,
) -> Option<(Batch, Vec<ImportError>)> {
    let mut steps = ImportSteps::new(others, &[]);
    let mut stream = steps.tweets_stream()?;
    for chunk in tweets.bytes.chunks(piece) {
        stream.push(chunk);
        while stream.step(3) {}
        if stream.failed() {
            return None;
        }
    }
    let done = stream.finish()?;
    steps.add_streamed(&tweets.name, done);
    while !steps.step() {}
    Some(steps.finish())
}

#[test]
fn a_tweets_file_streamed_in_pieces_of_any_size_imports_as_a_whole() {
    let files = archive_files("alrocar_2022", &["account.js", "profile.js", "tweets.js"]);
    let whole = import_files(&files);
    assert!(whole.0.posts.len() > 400);
    let (others, tweets) = (&files[..2], &files[2]);
    for piece in [509, 4096, 65_536, 1 << 20] {
        let got = streamed(others, tweets, piece).expect("the plain archive streams");
        assert_eq!(got, whole, "pieces of {piece} bytes");
    }
}

#[test]
fn streaming_gives_up_where_the_whole_import_must_word_an_error() {
    let files = archive_files("alrocar_2022", &["account.js", "profile.js"]);
    // A tweet with a field of the wrong type: the whole import reports it with its place.
    let bad = file(
        "tweets.js",
        "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"a\"}},\n {\"tweet\": {\"entities\": 5}} ]",
    );
    assert_eq!(streamed(&files, &bad, 16), None);
    // Not a tweets file at all, and a file cut short.
    assert_eq!(
        streamed(&files, &file("tweets.js", "window.YTD.like.part0 = []"), 4),
        None
    );
    assert_eq!(
        streamed(
            &files,
            &file("tweets.js", "window.YTD.tweets.part0 = [ {\"tweet\": {}}"),
            4
        ),
        None
    );
    // Long posts to join need every tweet at once: no stream.
    let mut with_notes = files.clone();
    with_notes.extend(archive_files("alrocar_2024_excerpt", &["note-tweet.js"]));
    assert!(ImportSteps::new(&with_notes, &[]).tweets_stream().is_none());
}
