//! The other formats end to end, natively: real samples from assets/samples (some derived
//! with a field changed, as noted) imported by core as the app does, reduced into the app
//! state, presented and rendered. Bluesky and Mastodon threads with their "Read on …" links,
//! link cards, the X poll, a Mastodon content warning and a right-to-left Mastodon post.

use std::path::Path;

use serde_json::{json, Value};
use unroll_core::import::InputFile;

use super::html::{first, select};
use super::{load_files, Loaded};

/// Apr 1, 2026: after the poll sample's end (Apr 18, 2024).
const NOW: i64 = 1_775_001_600;

fn sample(rel: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sample_json(rel: &str) -> Value {
    serde_json::from_slice(&sample(rel)).expect("the sample is JSON")
}

/// Files loaded together, as a drop does.
fn load(files: Vec<InputFile>) -> Loaded {
    load_files(&files, NOW)
}

fn load_sample(rel: &str) -> Loaded {
    load(vec![InputFile {
        name: rel.to_string(),
        bytes: sample(rel),
    }])
}

fn load_value(v: &Value) -> Loaded {
    load(vec![InputFile {
        name: "derived.json".into(),
        bytes: v.to_string().into_bytes(),
    }])
}

/// The open thread of `loaded`, rendered at `now`.
fn open_article(loaded: &Loaded, now: i64) -> String {
    loaded.open_article(now)
}

#[test]
fn a_bluesky_thread_reads_on_bluesky() {
    let state = load_sample("bluesky/morpho_threadTortureTest.json");
    let html = open_article(&state, NOW);
    let header = first(&html, "header");
    assert_eq!(header.first("h1").text(), "Orual");
    assert_eq!(
        header.first("p.author-handle").text(),
        "@nonbinary.computer"
    );
    assert_eq!(header.first("span.count").text(), "2 posts");
    let original = header.first("a.original");
    assert_eq!(original.text(), "Read on Bluesky");
    assert_eq!(
        original.attr("href"),
        Some("https://bsky.app/profile/nonbinary.computer/post/3kosdondcpl2i")
    );
    let posts = select(&html, "section.post");
    assert_eq!(posts.len(), 2);
    assert_eq!(
        posts[1].first("p").text(),
        "One thing that manufacturers don't always do a good job of is choosing case materials \
         with good radio transparency. They also tend to skimp on antennas bc of cost."
    );
    assert_eq!(
        posts[1].first("a.permalink").attr("href"),
        Some("https://bsky.app/profile/nonbinary.computer/post/3kosdty4sbj2q")
    );
    assert_eq!(
        first(&html, "details.integrity")
            .first("span.integrity-summary")
            .text(),
        "2 posts · no gaps · no branches"
    );
}

#[test]
fn a_bluesky_external_embed_is_a_link_card() {
    // Derived: the mid-thread sample's parent (Matt Binder's post, with an external embed)
    // as getPostThread returns it when asked for that post.
    let mut doc = sample_json("bluesky/morpho_threadResponseMidThreadJson.json");
    let state = load_value(&json!({ "thread": doc["thread"]["parent"].take() }));
    let html = open_article(&state, NOW);
    assert_eq!(first(&html, "a.original").text(), "Read on Bluesky");
    let card = first(&html, "a.link-card");
    assert_eq!(
        card.attr("href"),
        Some("https://mashable.com/article/bluesky-record-new-signups-after-musk-says-charge-x-twitter-users-fee")
    );
    assert_eq!(card.attr("rel"), Some("noopener noreferrer nofollow"));
    assert!(card.has_class("with-thumb"));
    let thumb = card.first("img.card-thumb");
    assert!(thumb
        .attr("src")
        .is_some_and(|s| s.starts_with("https://av-cdn.bsky.app/img/feed_thumbnail/")));
    assert_eq!(thumb.attr("alt"), Some(""));
    assert_eq!(card.first("span.card-domain").text(), "mashable.com");
    assert_eq!(
        card.first("span.card-title").text(),
        "Bluesky sees record signups day after Musk says X will go paid-only"
    );
    assert_eq!(card.first("span.card-title").attr("dir"), Some("auto"));
    assert!(card
        .first("span.card-description")
        .text()
        .starts_with("The day isn't even over yet"));
    // The post's own link facet stays in the text, shown as the author's client wrote it.
    assert_eq!(
        first(&html, "section.post").first("a.link").text(),
        "mashable.com/article/blue..."
    );
}

#[test]
fn bluesky_mentions_and_hashtags_link_to_bsky_app() {
    // Derived: Matt Binder's real post with "@orual.test #bluesky " written before its text,
    // faceted as a Bluesky client writes it (UTF-8 byte ranges), its link facet moved along.
    let mut doc = sample_json("bluesky/morpho_threadResponseMidThreadJson.json");
    let mut thread = json!({ "thread": doc["thread"]["parent"].take() });
    let record = &mut thread["thread"]["post"]["record"];
    let prefix = "@orual.test #bluesky ";
    let old = record["text"].as_str().expect("text").to_string();
    record["text"] = json!(format!("{prefix}{old}"));
    let by = prefix.len();
    let link = record["facets"][0].take();
    record["facets"] = json!([
        {"index": {"byteStart": 0, "byteEnd": 11},
         "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:yfvwmnlztr4dwkb7hwz55r2g"}]},
        {"index": {"byteStart": 12, "byteEnd": 20},
         "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "bluesky"}]},
        {"index": {"byteStart": 131 + by, "byteEnd": 159 + by}, "features": link["features"]}
    ]);
    let html = open_article(&load_value(&thread), NOW);
    let post = first(&html, "section.post");
    let mention = post.first("a.mention");
    assert_eq!(mention.text(), "@orual.test");
    assert_eq!(
        mention.attr("href"),
        Some("https://bsky.app/profile/did:plc:yfvwmnlztr4dwkb7hwz55r2g")
    );
    let tag = post.first("a.hashtag");
    assert_eq!(tag.text(), "#bluesky");
    assert_eq!(tag.attr("href"), Some("https://bsky.app/hashtag/bluesky"));
    assert_eq!(post.first("a.link").text(), "mashable.com/article/blue...");
}

#[test]
fn a_mastodon_status_reads_on_its_instance_with_its_card() {
    let state = load_sample("mastodon/mastodonpy_status_with_card.json");
    let html = open_article(&state, NOW);
    let original = first(&html, "a.original");
    assert_eq!(original.text(), "Read on localhost:3000");
    assert_eq!(
        original.attr("href"),
        Some("http://localhost:3000/@mastodonpy_test/117020609135389699")
    );
    assert_eq!(first(&html, "span.count").text(), "1 post");
    let card = first(&html, "a.link-card");
    assert_eq!(card.attr("href"), Some("http://example.org/"));
    assert!(!card.has_class("with-thumb") && card.select("img").is_empty());
    assert_eq!(card.first("span.card-domain").text(), "example.org");
    assert_eq!(card.first("span.card-title").text(), "Example Domain");
    assert!(card.select("span.card-description").is_empty());
    let post = first(&html, "section.post");
    assert_eq!(post.attr("lang"), Some("en"));
    assert!(select(&html, "details.content-warning").is_empty());
}

#[test]
fn mastodon_mentions_link_to_the_instance_and_a_missing_parent_is_a_gap() {
    let state = load_sample("mastodon/mastodonpy_status_reply_with_quote.json");
    let html = open_article(&state, NOW);
    let mention = first(&html, "section.post").first("a.mention");
    assert_eq!(mention.text(), "@mastodonpy_test");
    assert_eq!(
        mention.attr("href"),
        Some("http://localhost:3000/@mastodonpy_test")
    );
    assert_eq!(select(&html, "div.gap").len(), 1);
    let integrity = first(&html, "details.integrity");
    assert_eq!(
        integrity.first("span.integrity-summary").text(),
        "1 post · 1 gap · no branches"
    );
    assert!(integrity.has_class("has-notes"));
    let gap = integrity.select("dd")[0].clone();
    assert_eq!(
        gap.text(),
        "Before #1: the post it replies to is not in the loaded files. 117020583129611179"
    );
    // A Mastodon id is the server's own: shown, not guessed into a link.
    assert_eq!(gap.first("code.missing-id").text(), "117020583129611179");
}

#[test]
fn a_content_warning_hides_the_post_until_opened() {
    // Derived: the real card status with a spoiler text, as Mastodon writes it.
    let mut s = sample_json("mastodon/mastodonpy_status_with_card.json");
    s["spoiler_text"] = json!("Film spoilers");
    let html = open_article(&load_value(&s), NOW);
    let post = first(&html, "section.post");
    let cw = post.first("details.content-warning");
    assert_eq!(cw.attr("open"), None, "closed until the reader opens it");
    let summary = cw.first("summary");
    assert_eq!(summary.text(), "CW: Film spoilers");
    assert_eq!(summary.first("span.cw-text").attr("dir"), Some("auto"));
    // Everything of the post is inside: its text and its card; the permalink stays out.
    let body = cw.first("div.cw-body");
    assert_eq!(
        body.first("a.link").attr("href"),
        Some("http://example.org/")
    );
    assert_eq!(body.select("a.link-card").len(), 1);
    assert!(post.first("a.permalink").outer.end <= cw.outer.start);
}

#[test]
fn the_x_poll_shows_options_shares_votes_and_when_voting_ended() {
    let state = load_sample("x-graphql-tweetdetail/twscrape_card_poll.json");
    assert_eq!(
        state.state.current_thread_id().as_deref(),
        Some("1780666831310877100")
    );
    let html = open_article(&state, NOW);
    assert_eq!(first(&html, "a.original").text(), "Read on X");
    let post = first(&html, "section.post");
    assert!(post.text().contains("Bring back Vine?"));
    let poll = post.first("div.poll");
    assert_eq!(poll.attr("role"), Some("group"));
    assert_eq!(poll.attr("aria-label"), Some("Poll"));
    let options: Vec<_> = poll
        .select("li.poll-option")
        .iter()
        .map(|o| {
            (
                o.first("span.poll-label").text(),
                o.first("span.poll-votes").text(),
                o.first("span.poll-share").text(),
                o.first("span.poll-bar").attr("style").map(str::to_string),
                o.has_class("leading"),
            )
        })
        .collect();
    assert_eq!(
        options,
        [
            (
                "Yes".to_string(),
                "844,386 votes".to_string(),
                "69.8%".to_string(),
                Some("width: 69.8%".to_string()),
                true
            ),
            (
                "No".to_string(),
                "364,677 votes".to_string(),
                "30.2%".to_string(),
                Some("width: 30.2%".to_string()),
                false
            ),
        ]
    );
    assert!(poll
        .select("span.poll-bar")
        .iter()
        .all(|b| b.attr("aria-hidden") == Some("true")));
    assert_eq!(
        poll.first("p.poll-status").text(),
        "1,209,063 votes · Voting ended Apr 18, 2024"
    );
    // The capture says `counts_are_final: false`: it was saved while voting ran, so its
    // counts are not called final even now that the end has passed.
    // Seen while it ran (Apr 17, 2024), the same poll says when voting ends.
    let running = open_article(&state, 1_713_340_800);
    assert_eq!(
        first(&running, "p.poll-status").text(),
        "1,209,063 votes · Voting ends Apr 18, 2024"
    );
}

#[test]
fn a_right_to_left_mastodon_post_is_laid_out_by_its_own_direction() {
    // Derived: the real card status with Arabic content and language, a Hebrew warning.
    let mut s = sample_json("mastodon/mastodonpy_status_with_card.json");
    s["content"] = json!("<p>مرحبا بالعالم، هذا منشور باللغة العربية</p>");
    s["language"] = json!("ar");
    s["spoiler_text"] = json!("אזהרת תוכן");
    let html = open_article(&load_value(&s), NOW);
    let post = first(&html, "section.post");
    assert_eq!(post.attr("dir"), Some("auto"));
    assert_eq!(post.attr("lang"), Some("ar"));
    assert_eq!(
        post.first("div.cw-body").first("p").text(),
        "مرحبا بالعالم، هذا منشور باللغة العربية"
    );
    // The summary has a `dir` of its own, so the browser skips its Latin "CW:" when it
    // guesses the post's direction from its text.
    assert_eq!(post.first("summary").attr("dir"), Some("auto"));
    let warning = post.first("span.cw-text");
    assert_eq!(warning.attr("dir"), Some("auto"));
    assert_eq!(warning.text(), "אזהרת תוכן");
}

#[test]
fn a_post_without_an_author_shows_no_bare_at_sign() {
    // The tweepy capture asked for no expansions: its tweets have neither author_id nor users.
    let state = load_sample("twitter-v2/tweepy_get_tweets_minimal_fields.json");
    let html = open_article(&state, NOW);
    assert_eq!(first(&html, "h1.author-name").text(), "Unknown author");
    assert!(
        select(&html, "p.author-handle").is_empty(),
        "no handle line"
    );
    assert!(!html.contains(">@<"), "no bare @ anywhere");
    let text = first(&html, "section.post").text();
    assert!(text.contains("#TwitterAPI"), "{text}");
}

#[test]
fn a_compat_mode_cut_post_shows_the_cut_notice_with_its_link() {
    let state = load_sample("twitter-v1.1/python-twitter_extended_tweet_in_compat_mode.json");
    let html = open_article(&state, NOW);
    let post = first(&html, "section.post");
    let notice = post.first("p.cut-notice");
    assert_eq!(
        notice.text(),
        "This post is cut short in the file. Read it whole on X"
    );
    let link = notice.first("a");
    assert_eq!(
        link.attr("href"),
        Some("https://x.com/notinourselves/status/782737772490600448")
    );
    assert_eq!(link.attr("target"), Some("_blank"));
    // Under the text, which ends with the cut word.
    assert!(post.first("p").text().ends_with("python_twitt pytho…"));
}
