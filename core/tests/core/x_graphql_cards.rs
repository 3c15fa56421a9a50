//! X web GraphQL cards other than polls and link cards (issue 12, item 9): a unified
//! website card with a video, a broadcast card and a Space card, on real TweetDetail
//! captures from twscrape's test data (`tests/corpus/x-graphql`, see its SOURCES.md).

use crate::support::fixtures;
use crate::support::x_formats as x;

use unroll_core::{Batch, LinkCard, Media, MediaKind, Post, Segment};
use x::{import_ok, input, link, post, text};

fn corpus(name: &str) -> Batch {
    let bytes = fixtures::read_corpus(&format!("x-graphql/{name}"));
    import_ok(&[input(name, bytes)])
}

fn links(p: &Post) -> Vec<&Segment> {
    (p.segments.iter())
        .filter(|s| matches!(s, Segment::Link { .. }))
        .collect()
}

#[test]
fn graphql_unified_card_keeps_its_video_and_link() {
    // @FortniteGame's promoted post: text without a link, a video_website unified card.
    let batch = corpus("twscrape_card_unified_video_website.json");
    let p = post(&batch, "1696922210588410217");
    assert_eq!(
        p.segments,
        [text(
            "Il destino dell'isola è in gioco e il furto è l'ultima spiaggia! Recupera i \
             tesori e restituisci all'isola ciò che le appartiene."
        )]
    );
    assert_eq!(
        p.media,
        [Media {
            kind: MediaKind::Video,
            url: "https://pbs.twimg.com/amplify_video_thumb/1696919248436670464/img/\
                  esk-plpGUGbuPPZx.jpg"
                .into(),
            alt: None,
            link: Some(
                "https://video.twimg.com/amplify_video/1696919248436670464/vid/1280x720/\
                 JzyWcPQpTP-56i4V.mp4?tag=14"
                    .into()
            ),
            width: Some(1280),
            height: Some(720),
        }]
    );
    assert_eq!(
        p.card,
        Some(LinkCard {
            url: "https://fortnite.com/b/chapter4-season4?utm_source=Twitter&\
                  utm_campaign=FNBR_RT_C4S4_Twitter_LINK-CLICKS_IT"
                .into(),
            title: Some("Il colpo perfetto ha inizio!".into()),
            description: None,
            thumb: None,
        })
    );
}

#[test]
fn graphql_broadcast_card_keeps_its_title_and_thumbnail() {
    let batch = corpus("twscrape_card_broadcast.json");
    let p = post(&batch, "1790441814857826439");
    assert_eq!(
        p.card,
        Some(LinkCard {
            url: "https://twitter.com/i/broadcasts/1BRJjPqnBqaKw".into(),
            title: Some("Migrating developer apps to the X API 2".into()),
            description: None,
            thumb: Some(
                "https://pbs.twimg.com/card_img/1807101457176653824/7mhMDRKC?format=jpg&\
                 name=800x419"
                    .into()
            ),
        })
    );
    // The text keeps its own link to the broadcast.
    assert_eq!(
        links(p),
        [&link(
            "x.com/i/broadcasts/1…",
            "https://twitter.com/i/broadcasts/1BRJjPqnBqaKw"
        )]
    );
}

#[test]
fn graphql_audiospace_card_keeps_its_link() {
    // A repost (by @XDevelopers) of @suhemparack's post announcing a Space: the card holds
    // only the Space's id, and the text already links to it, so no bare card repeats it.
    let batch = corpus("twscrape_card_audiospace_repost.json");
    let p = post(&batch, "1789053970587271232");
    assert_eq!(p.reposted_by.as_deref(), Some("2244994945"));
    assert_eq!(
        links(p),
        [&link(
            "x.com/i/spaces/1voxw…",
            "https://twitter.com/i/spaces/1vOxwjaWEbdJB"
        )]
    );
    assert_eq!(p.card, None);
}

#[test]
fn graphql_cards_keep_only_safe_urls() {
    // The real captures with their card URLs swapped for script and data URLs: no card
    // links to one, and a safe thumbnail further down the list still wins.
    let read = |name: &str| {
        String::from_utf8(fixtures::read_corpus(&format!("x-graphql/{name}"))).expect("UTF-8")
    };
    let broadcast = read("twscrape_card_broadcast.json")
        .replacen(
            "https://pbs.twimg.com/card_img/1807101457176653824/7mhMDRKC?format=jpg&name=800x419",
            "data:image/svg+xml,<svg onload=alert(1)>",
            1,
        )
        .replace(
            "\"string_value\": \"https://twitter.com/i/broadcasts/1BRJjPqnBqaKw\"",
            "\"string_value\": \"javascript:alert(1)\"",
        );
    let batch = import_ok(&[input("broadcast.json", broadcast.into_bytes())]);
    let p = post(&batch, "1790441814857826439");
    assert_eq!(
        p.card, None,
        "a broadcast card without a safe link is no card"
    );

    let unified = read("twscrape_card_unified_video_website.json").replace(
        "https://fortnite.com/b/chapter4-season4",
        "javascript:alert(1)//",
    );
    let batch = import_ok(&[input("unified.json", unified.into_bytes())]);
    let p = post(&batch, "1696922210588410217");
    assert!(
        p.card
            .as_ref()
            .is_none_or(|c| !c.url.starts_with("javascript:")),
        "{:?}",
        p.card
    );
}
