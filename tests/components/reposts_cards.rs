//! X GraphQL reposts and cards through the whole path (import, reducer, present, render):
//! real captures from `tests/corpus/x-graphql` (see its SOURCES.md).

use std::path::Path;

use unroll_core::import::InputFile;

use super::html::first;
use super::load_files;

fn corpus(name: &str) -> InputFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/x-graphql")
        .join(name);
    InputFile {
        name: name.to_string(),
        bytes: std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    }
}

/// The article the app opens after loading `name` alone.
fn open(name: &str) -> String {
    load_files(&[corpus(name)], 0).open_article(0)
}

#[test]
fn a_focal_repost_reads_as_its_original_marked_reposted_by() {
    let html = open("twscrape_issue_28_repost_detail.json");
    let post = first(&html, "section.post[id=p-1658407192859492355]");
    assert_eq!(post.first("p.reposted").text(), "Reposted by @REDROJA4");
    let header = first(&html, "article.thread").first("header");
    assert_eq!(header.first("p.author-handle").text(), "@SisuMisu3");
    let original = header.first("a.original");
    assert_eq!(original.text(), "Read on X");
    assert_eq!(
        original.attr("href"),
        Some("https://x.com/SisuMisu3/status/1658407192859492355")
    );
}

#[test]
fn a_unified_card_shows_its_video_title_and_link() {
    let html = open("twscrape_card_unified_video_website.json");
    let post = first(&html, "section.post[id=p-1696922210588410217]");
    let card = post.first("a.link-card");
    assert_eq!(
        card.attr("href"),
        Some(
            "https://fortnite.com/b/chapter4-season4?utm_source=Twitter&amp;\
             utm_campaign=FNBR_RT_C4S4_Twitter_LINK-CLICKS_IT"
        )
    );
    assert_eq!(card.first("span.card-domain").text(), "fortnite.com");
    assert_eq!(
        card.first("span.card-title").text(),
        "Il colpo perfetto ha inizio!"
    );
    let video = post.first("figure.video");
    assert!(
        video.inner_html().contains(
            "https://video.twimg.com/amplify_video/1696919248436670464/vid/1280x720/\
             JzyWcPQpTP-56i4V.mp4?tag=14"
        ),
        "{}",
        video.inner_html()
    );
}
