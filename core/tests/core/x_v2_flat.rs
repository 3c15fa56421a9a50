//! twarc2 `flatten` output on a real file (`tests/corpus/x-v2`, see SOURCES.md there): one v2
//! tweet per line with its author, media and referenced tweets inlined, as most twarc users
//! keep tweets; also the same tweets as one JSON array.

use crate::support::fixtures;

use fixtures::read_corpus;
use unroll_core::import::{import_files, InputFile};
use unroll_core::{Batch, ImportErrorKind, MediaKind, Segment, SourceFormat};

/// 25 lines of `twarc2 search obama | twarc2 flatten` (twarc 2.0.3, April 2021).
const FLAT: &str = "x-v2/twarc2-flat-obama.excerpt.jsonl";
/// @JenATweeter's post quoting @Breaking911 (line 25).
const QUOTING: &str = "1380242403009966082";

fn import_flat(name: &str, bytes: Vec<u8>) -> Batch {
    let (batch, errors) = import_files(&[InputFile {
        name: name.to_string(),
        bytes,
    }]);
    assert!(errors.is_empty(), "{errors:?}");
    batch
}

fn post<'a>(batch: &'a Batch, id: &str) -> &'a unroll_core::Post {
    batch
        .posts
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("post {id} not imported"))
}

#[test]
fn twarc2_flatten_output_is_read_line_by_line() {
    let batch = import_flat("tweets.jsonl", read_corpus(FLAT));
    assert_eq!(batch.posts.len(), 25);
    assert!(batch.posts.iter().all(|p| p.source == SourceFormat::XApiV2));
    assert_eq!(batch.posts.iter().filter(|p| p.is_repost).count(), 11);
    // Every line's author is inlined; @JenATweeter wrote two of the 25.
    assert_eq!(batch.authors.len(), 24);
    let jen = batch
        .authors
        .iter()
        .find(|a| a.id == "942248349213904896")
        .unwrap();
    assert_eq!(
        (jen.handle.as_str(), jen.display_name.as_str()),
        ("JenATweeter", "Jen 🇺🇲")
    );
    assert_eq!(
        jen.avatar_url.as_deref(),
        Some("https://pbs.twimg.com/profile_images/1022067863337615360/tB94CFEn_400x400.jpg")
    );
    let p = post(&batch, QUOTING);
    assert_eq!(p.author_id, "942248349213904896");
    assert_eq!(
        p.permalink,
        "https://x.com/JenATweeter/status/1380242403009966082"
    );
    assert_eq!(p.created_at, 1_617_910_407); // 2021-04-08T19:33:27.000Z
    assert_eq!(
        p.segments,
        [Segment::Text {
            text: format!("Obama's third term is going great!{}", "🙄".repeat(18))
        }]
    );
}

#[test]
fn twarc2_flatten_quotes_come_from_the_inlined_referenced_tweet() {
    let batch = import_flat("tweets.jsonl", read_corpus(FLAT));
    let q = post(&batch, QUOTING).quote.as_ref().unwrap();
    assert_eq!(q.post_id.as_deref(), Some("1380226330034372610"));
    assert_eq!(
        q.permalink,
        "https://x.com/Breaking911/status/1380226330034372610"
    );
    let author = q.author.as_ref().unwrap();
    assert_eq!(
        (author.handle.as_str(), author.display_name.as_str()),
        ("Breaking911", "Breaking911")
    );
    let text: String = q
        .segments
        .iter()
        .map(|s| match s {
            Segment::Text { text } | Segment::Link { text, .. } => text.as_str(),
            _ => "",
        })
        .collect();
    assert!(
        text.starts_with(
            "PSAKI: Pres. Biden and fmr. Pres. Obama \"talk regularly about a range of issues,"
        ),
        "{text}"
    );
}

#[test]
fn twarc2_flatten_media_and_reply_handles_are_inlined() {
    let batch = import_flat("tweets.jsonl", read_corpus(FLAT));
    // Line 7: a reply with a GIF from `attachments.media` (no `includes` anywhere).
    let p = post(&batch, "1380242549785366530");
    assert_eq!(p.media.len(), 1);
    assert_eq!(p.media[0].kind, MediaKind::Gif);
    assert_eq!(
        p.media[0].url,
        "https://pbs.twimg.com/tweet_video_thumb/EyebRt_XIAIJDr9.jpg"
    );
    assert_eq!(
        (p.media[0].width, p.media[0].height),
        (Some(480), Some(254))
    );
    let reply = p.reply_to.as_ref().unwrap();
    assert_eq!(reply.post_id, "1380241441637625860");
    assert_eq!(reply.user_id.as_deref(), Some("994323630845644800"));
    // From the inlined `in_reply_to_user`.
    assert_eq!(reply.handle.as_deref(), Some("1nonblonde2"));
    assert_eq!(
        batch.posts.iter().filter(|p| !p.media.is_empty()).count(),
        3
    );
}

#[test]
fn twarc2_flatten_array_reads_like_its_lines() {
    let text = String::from_utf8(read_corpus(FLAT)).unwrap();
    let array = format!("[{}]", text.trim_end().replace('\n', ",\n"));
    let from_array = import_flat("tweets.json", array.into_bytes());
    let from_lines = import_flat("tweets.jsonl", read_corpus(FLAT));
    assert_eq!(from_array, from_lines);
}

#[test]
fn twarc2_flatten_wrong_types_are_placed() {
    let text = String::from_utf8(read_corpus(FLAT)).unwrap();
    // A media object whose width is a string, on line 7.
    let broken = text.replacen("\"width\": 480", "\"width\": \"480\"", 1);
    let (batch, errors) = import_files(&[InputFile {
        name: "tweets.jsonl".into(),
        bytes: broken.into_bytes(),
    }]);
    assert!(batch.posts.is_empty());
    let [error] = &errors[..] else {
        panic!("{errors:?}")
    };
    let ImportErrorKind::Invalid { format, path, .. } = &error.kind else {
        panic!("{error:?}")
    };
    assert_eq!(*format, "X API v2");
    assert!(
        path.starts_with("line 7: attachments.media[0] (line 7, column "),
        "{path}"
    );
}
