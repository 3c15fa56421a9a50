//! Long posts in an X archive (`assets/samples/twitter-archive/alrocar_2024_excerpt`):
//! tweets.js cuts them ("…" and a link), note-tweet.js holds their full text under other
//! ids; the join by time and text, and the archive files that hold no posts.

use crate::support::x_formats as x;

use unroll_core::import::InputFile;
use unroll_core::{Batch, ImportErrorKind, MediaKind, Segment};
use x::*;

const TWEETS: &str = "tweets.excerpt.js";
const NOTES: &str = "note-tweet.js";

fn archive(names: &[&str]) -> Vec<InputFile> {
    names.iter().map(|n| sample(NOTES_ARCHIVE, n)).collect()
}

fn with_notes() -> Batch {
    import_ok(&archive(&[TWEETS, NOTES, "account.js", "profile.js"]))
}

/// Posts whose text (links aside) still ends cut short with "…".
fn cut_short(batch: &Batch) -> usize {
    batch
        .posts
        .iter()
        .filter(|p| {
            let last_text = p.segments.iter().rev().find_map(|s| match s {
                Segment::Text { text } => Some(text),
                _ => None,
            });
            let ends_with_link = matches!(p.segments.last(), Some(Segment::Link { .. }));
            !ends_with_link && last_text.is_some_and(|t| t.ends_with('…'))
        })
        .count()
}

#[test]
fn every_cut_post_gets_its_full_text() {
    let without = import_ok(&archive(&[TWEETS, "account.js"]));
    let with = with_notes();
    assert_eq!(with.posts.len(), 80);
    assert_eq!(cut_short(&without), 31);
    assert_eq!(cut_short(&with), 0);
    let changed = with
        .posts
        .iter()
        .zip(&without.posts)
        .filter(|(a, b)| a.segments != b.segments)
        .count();
    assert_eq!(changed, 31);
    // Joining texts changes no thread.
    let (a, b) = (library(with), library(without));
    assert_eq!(threads(&a), threads(&b));
    let mut lengths: Vec<usize> = a.threads().iter().map(|t| t.post_count()).collect();
    lengths.sort_unstable_by(|x, y| y.cmp(x));
    assert_eq!(lengths, [12, 11, 10, 7, 7, 6, 5, 4, 3, 3, 2]);
}

#[test]
fn the_long_text_keeps_its_hashtags_links_and_mentions() {
    let batch = with_notes();
    // Cut in tweets.js at "…publico la parte de…"; the note's link follows an emoji, and its
    // fromIndex counts code points.
    assert_eq!(
        post(&batch, "1773773714741457010").segments,
        [
            text("60/100 "),
            hashtag("100DaysOfCode"),
            text(
                " 👨\u{200d}💻\n\nDejo esto por aquí y me voy de vacaciones 4 días.\n\nAhí están las \
                 5 líneas de código más útiles que he escrito en los últimos meses.\n\nHe dejado \
                 la guarrería que hago para automatizar el clock-in en FactorialHR ⏱\n\nCuando \
                 tenga un rato publico la parte de analítica que es la clave de todo.\n\n👋\n\n"
            ),
            link(
                "github.com/alrocar/locked…",
                "https://github.com/alrocar/locked_screen"
            ),
        ]
    );
    assert_eq!(
        post(&batch, "1832018453630243256").segments,
        [
            text("En el equipo en el que trabajamos "),
            mention_by_handle("BytesAndHumans"),
            text(", "),
            mention_by_handle("sn00b"),
            text(" , "),
            mention_by_handle("raquelbars"),
            text(" , "),
            mention_by_handle("alejandromav_"),
            text(
                " , Asun, Emilia y yo, estamos desbordados y vamos a incorporar gente.\n\nLa \
                 cultura ya la sabes, el reto técnico lo cuento otro día, pero nada de lo que \
                 hacemos es fácil.\n\nYo no me lo pensaría mucho"
            ),
        ]
    );
}

#[test]
fn typed_text_is_not_decoded_again_and_reply_mentions_stay_hidden() {
    let batch = with_notes();
    // tweets.js has "terminado &gt;&gt; trabajo…"; note-tweet.js has ">>" as typed.
    let routine = post(&batch, "1752243867426926637").plain_text();
    assert!(routine.contains("- Revisar PRs: trabajo (casi) terminado >> trabajo WIP\n"));
    assert!(routine.ends_with("¿Cuál es la vuestra?"));
    // A reply whose cut entry starts "@borlanco @Longor A tope…": the note starts at "A tope".
    assert_eq!(
        post(&batch, "1760611342728208575").segments,
        [text(
            "A tope con lo declarativo, pero vamos que nadie nos salva de entender cómo \
             funcionan las cosas. A mí me sorprende la gente que generaliza cómo se ejecuta una \
             SQL sin especificar la base de datos 🤷\n\nEn este caso, era un bug en esa tabla \
             específica de metadatos, cuando tenga un rato lo explico un poco mejor 🙏"
        )]
    );
}

#[test]
fn media_and_quotes_of_the_cut_entry_are_kept() {
    let batch = with_notes();
    let p = post(&batch, "1754499786332409883");
    assert!(p
        .plain_text()
        .ends_with("Si la liamos, podemos hacer rollback con un click"));
    assert_eq!(p.media.len(), 1);
    assert_eq!(p.media[0].kind, MediaKind::Photo);
    assert_eq!(
        p.media[0].url,
        "https://pbs.twimg.com/media/GFk6QEbXMAAKGCR.jpg"
    );
    // The quote link survives in the cut entry only; the card comes from it.
    let q = post(&batch, "1712845356000485462");
    assert!(q.plain_text().ends_with("\n\nCheck it out 👇"));
    assert_eq!(
        q.quote.as_ref().map(|q| q.permalink.as_str()),
        Some("https://x.com/tinybirdco/status/1712831962212077889")
    );
}

#[test]
fn archive_files_without_posts_are_named_when_dropped_alone() {
    let like = input(
        "like.js",
        "window.YTD.like.part0 = [ {\"like\": {\"tweetId\": \"1\", \"fullText\": \"hi\"}} ]",
    );
    let follower = input(
        "follower.js",
        "window.YTD.follower.part0 = [ {\"follower\": {\"accountId\": \"2\"}} ]",
    );
    let (batch, errors) = import(&[like.clone(), follower.clone()]);
    assert!(batch.posts.is_empty());
    let got: Vec<(&str, &ImportErrorKind)> =
        errors.iter().map(|e| (e.file.as_str(), &e.kind)).collect();
    assert_eq!(
        got,
        [
            (
                "like.js",
                &ImportErrorKind::ArchiveFileAlone {
                    what: "\"like\" data".into()
                }
            ),
            (
                "follower.js",
                &ImportErrorKind::ArchiveFileAlone {
                    what: "\"follower\" data".into()
                }
            ),
        ]
    );
    assert!(errors[0].to_string().starts_with(
        "like.js: this X archive file holds \"like\" data, nothing Unroll shows on its own"
    ));

    let (_, errors) = import(&archive(&[NOTES]));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, NOTES);

    // Beside the tweets they are simply not read.
    let mut files = archive(&[TWEETS, NOTES]);
    files.extend([like, follower]);
    let (batch, errors) = import(&files);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(batch.posts.len(), 80);
}
