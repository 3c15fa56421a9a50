//! An X archive's tweets read the ways the worker reads them: converted as read when the
//! account names the owner, kept and converted at the end otherwise, and streamed while the
//! file arrives. Each way gives what a whole import gives: the same posts and authors, the
//! same errors.

use crate::support::fixtures;

use fixtures::*;
use unroll_core::import::{
    import_files, import_streamed, import_unzipped, tweets_stream, InputFile,
};
use unroll_core::{Batch, ImportError, ImportErrorKind};

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
fn long_posts_to_join_read_every_tweets_file_before_converting() {
    // note-tweet.js makes the import keep every tweet until all are read.
    let whole = import(&archive_with_notes());
    assert!(
        whole.0.posts.len() > 436,
        "both tweets files: {}",
        whole.0.posts.len()
    );
}

#[test]
fn an_archive_with_its_account_converts_as_it_reads_and_still_matches() {
    // No note-tweet.js and an account.js: each tweet is converted as soon as it is read.
    let files = archive_files("alrocar_2022", &["account.js", "profile.js", "tweets.js"]);
    let whole = import(&files);
    assert_eq!(whole.0.posts.len(), 436);
    assert!(whole.1.is_empty(), "{:?}", whole.1);
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
fn an_element_that_fails_mid_file_fails_its_file() {
    let files = vec![
        file(
            "tweets.js",
            "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"a\", \"created_at\": \"Wed Oct 12 09:00:00 +0000 2022\"}},\n {\"tweet\": 5} ]",
        ),
        file("account.js", "window.YTD.account.part0 = [ {\"account\": {\"accountId\": \"9\", \"username\": \"ann\"}} ]"),
    ];
    let (batch, errors) = import(&files);
    assert!(
        batch.posts.is_empty(),
        "the file's first tweet is not kept either"
    );
    match &errors[..] {
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
fn several_formats_import_together_and_only_the_broken_file_fails() {
    let mut files = archive_files("alrocar_2022", &["account.js", "profile.js", "tweets.js"]);
    files.push(InputFile {
        name: "context.json".into(),
        bytes: read("mastodon/mastodonpy_status_with_card.json"),
    });
    files.push(file("broken.json", "{"));
    let whole = import_files(&files);
    assert_eq!(import_unzipped(&files, &[]), whole);
    assert!(whole.0.posts.len() > 436);
    assert_eq!(whole.1.len(), 1, "only broken.json fails: {:?}", whole.1);
}

#[test]
fn a_tweets_file_read_as_bytes_still_reports_bad_utf8_as_not_text() {
    // Read from its bytes, a tweets file's text is checked only inside the strings it keeps;
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
    let (batch, errors) = import(&files);
    assert!(batch.posts.is_empty());
    match &errors[..] {
        [ImportError {
            kind: ImportErrorKind::NotText { offset },
            ..
        }] => assert_eq!(*offset, bad_at),
        other => panic!("{other:?}"),
    }
}

/// `tweets` pushed to a stream `piece` bytes at a time, the other files imported with it:
/// what the worker does while the tweets file is read.
fn streamed(
    others: &[InputFile],
    tweets: &InputFile,
    piece: usize,
) -> Option<(Batch, Vec<ImportError>)> {
    let mut stream = tweets_stream(others, &[])?;
    for chunk in tweets.bytes.chunks(piece) {
        stream.push(chunk);
        if stream.failed() {
            return None;
        }
    }
    let read = stream.tweets_read();
    let done = stream.finish()?;
    let imported = import_streamed(others, &[], &tweets.name, done);
    assert_eq!(
        read,
        imported.0.posts.len(),
        "every tweet read became a post"
    );
    Some(imported)
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
    assert!(tweets_stream(&with_notes, &[]).is_none());
}

#[test]
fn a_tweets_file_ending_in_a_no_break_space_is_read_whole_each_tweet_once() {
    // Read from its bytes, the array seems to have trailing text (U+00A0); read as text,
    // it is whitespace: the file is parsed whole and its tweets taken from that, not twice.
    let tweet = |id: &str| {
        format!("{{\"tweet\": {{\"id_str\": \"{id}\", \"full_text\": \"t{id}\", \"created_at\": \"Wed Oct 12 09:00:0{id} +0000 2022\"}}}}")
    };
    let tweets = file(
        "tweets.js",
        &format!(
            "window.YTD.tweets.part0 = [ {}, {} ]\u{a0}",
            tweet("1"),
            tweet("2")
        ),
    );
    let account = file(
        "account.js",
        "window.YTD.account.part0 = [ {\"account\": {\"accountId\": \"9\", \"username\": \"ann\"}} ]",
    );
    // With the account each tweet is converted as read; without, all at the end.
    for files in [vec![tweets.clone(), account], vec![tweets]] {
        let (batch, errors) = import(&files);
        assert!(errors.is_empty(), "{errors:?}");
        let ids: Vec<&str> = batch.posts.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["1", "2"]);
    }
}
