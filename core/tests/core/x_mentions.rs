//! Mentions in every X format show the handle as the author typed it, not the account's
//! current spelling the entity lists, and link by the account's id where the file gives one
//! (issue 12, item 11). One real file per format whose text and entity disagree in case.

use crate::support::fixtures;
use crate::support::x_formats as x;

use unroll_core::{Post, Segment};
use x::{import_ok, import_sample, input, mention, mention_by_handle, post};

fn mentions(p: &Post) -> Vec<&Segment> {
    p.segments
        .iter()
        .filter(|s| matches!(s, Segment::Mention { .. }))
        .collect()
}

#[test]
fn archive_mention_keeps_the_typed_casing() {
    // "the best @nba analyst": the entity says "NBA".
    let batch = fixtures::batch(&fixtures::archive_files("alrocar_2022", &fixtures::ALROCAR));
    let p = post(&batch, "1579835788153737218");
    assert_eq!(
        mentions(p),
        [
            &mention("kirkgoldsberry", "50756605"),
            &mention("nba", "19923144")
        ]
    );
    assert!(
        p.plain_text().contains("the best @nba analyst"),
        "{}",
        p.plain_text()
    );
}

#[test]
fn v1_mention_keeps_the_typed_casing() {
    // A streamed compat-mode status whose extended_tweet writes "@Emilysmith1130" for the
    // account "emilysmith1130".
    let name = "python-twitter_streaming_mention_casing.excerpt.jsonl";
    let bytes = fixtures::read_corpus(&format!("x-v1.1/{name}"));
    let batch = import_ok(&[input(name, bytes)]);
    let p = post(&batch, "972473025714147329");
    assert_eq!(
        mentions(p),
        [&mention("Emilysmith1130", "770822345078431744")]
    );
}

#[test]
fn v2_mention_keeps_the_typed_casing() {
    // "via @FantasyandSciFi", listed as "FantasyandScifi"; twarc kept no mention ids, so the
    // link is the handle as typed.
    let batch = import_sample("twitter-v2", "twarc-csv_withheld.jsonl");
    let p = post(&batch, "1257469520882647040");
    assert_eq!(mentions(p), [&mention_by_handle("FantasyandSciFi")]);
}

#[test]
fn graphql_mention_keeps_the_typed_casing() {
    // A UserMedia timeline's post: "@Converseon , @Twitter , and @Mattel", listed as
    // "converseon", "twitter" and "Mattel".
    let name = "twscrape_user_media_mention_casing.excerpt.json";
    let bytes = fixtures::read_corpus(&format!("x-graphql/{name}"));
    let batch = import_ok(&[input(name, bytes)]);
    let p = post(&batch, "1579592617834459141");
    assert_eq!(
        mentions(p),
        [
            &mention("Converseon", "2618731"),
            &mention("Twitter", "1683696495198089217"),
            &mention("Mattel", "98458823")
        ]
    );
}
