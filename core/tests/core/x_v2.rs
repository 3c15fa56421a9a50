//! X API v2 import on real responses (`assets/samples/twitter-v2`, see SOURCES.md there):
//! golden expectations on posts, text, links, media, quotes and the threads they assemble to.

use crate::support::v2;

use unroll_core::{MediaKind, Network, Segment, SourceFormat, ThreadItem};
use v2::{import_sample as import_ok, library, post, text, K_SZE};

#[test]
fn search_response_imports_every_post_with_its_author() {
    let batch = import_ok(K_SZE);
    // data[] holds 257 posts (254 by k_sze, 3 by noahwp); every parent in includes.tweets by
    // the same author is already among them.
    assert_eq!(batch.posts.len(), 257);
    assert_eq!(
        batch
            .posts
            .iter()
            .filter(|p| p.author_id == "7820042")
            .count(),
        254
    );
    assert_eq!(batch.posts.iter().filter(|p| p.is_repost).count(), 10);
    assert!(batch.posts.iter().all(|p| p.source == SourceFormat::XApiV2));

    let mut authors: Vec<(&str, &str)> = batch
        .authors
        .iter()
        .map(|a| (a.handle.as_str(), a.display_name.as_str()))
        .collect();
    authors.sort();
    assert_eq!(authors, [("k_sze", "Kal Sze"), ("noahwp", "Noah")]);
    let k_sze = batch.authors.iter().find(|a| a.id == "7820042").unwrap();
    assert_eq!(k_sze.network, Network::X);
    assert_eq!(
        k_sze.avatar_url.as_deref(),
        Some("https://pbs.twimg.com/profile_images/483988290488385536/AMCr6Vsd_400x400.jpeg")
    );
}

#[test]
fn search_post_fields_come_from_the_wire() {
    let batch = import_ok(K_SZE);
    let p = post(&batch, "1388519437158916099");
    assert_eq!(p.author_id, "7820042");
    assert_eq!(p.created_at, 1_619_883_805); // 2021-05-01T15:43:25.000Z
    assert_eq!(
        p.permalink,
        "https://x.com/k_sze/status/1388519437158916099"
    );
    assert_eq!(p.conversation_id.as_deref(), Some("1388519428753530883"));
    assert_eq!(p.lang.as_deref(), Some("en"));
    let reply = p.reply_to.as_ref().unwrap();
    assert_eq!(reply.post_id, "1388519428753530883");
    assert_eq!(reply.user_id.as_deref(), Some("7820042"));
    assert_eq!(reply.handle.as_deref(), Some("k_sze"));
    // The response did not expand media: the picture stays a link to its page.
    assert!(p.media.is_empty());
    assert_eq!(
        p.segments,
        [
            text("First of all, what the fuck is this?\nCan you tell which one is "),
            Segment::Mention {
                handle: "Adobe".into(),
                url: "https://x.com/i/user/63786611".into()
            },
            text("’s 2FA app?\n\nYeah, neither can I. Why aren’t they even using their company’s colour, the iconic Adobe red? At least Blizzard knows to use a blue icon because gamers remember that from Blizzard’s UIs and website. "),
            Segment::Link {
                text: "pic.twitter.com/2ZJIAYFWky".into(),
                url: "https://twitter.com/k_sze/status/1388519437158916099/photo/1".into()
            },
        ]
    );
}

#[test]
fn entities_are_decoded_once_and_reply_mentions_hidden() {
    let batch = import_ok(K_SZE);
    // "@witnessmenow You bought a &lt;project&gt; *kit*." — a reply: its mention is hidden.
    assert_eq!(
        post(&batch, "1365473698078097408").plain_text(),
        "You bought a <project> *kit*."
    );
    assert!(post(&batch, "1357243948696178688")
        .plain_text()
        .starts_with("> However, even small mammals"));
    // A post that is not a reply keeps a leading mention; a hashtag is linked.
    let til = post(&batch, "1361862738641702913");
    assert_eq!(
        til.segments.first(),
        Some(&Segment::Hashtag {
            tag: "TIL".into(),
            url: "https://x.com/hashtag/TIL".into()
        })
    );
    // Chinese text and a skin-toned emoji before a link: code points, not UTF-16 units.
    let zh = post(&batch, "1398813990428368899");
    assert_eq!(
        zh.segments,
        [
            text("兩個男人的浪漫 cross-over。正。👍🏼 "),
            Segment::Link {
                text: "pic.twitter.com/AIlntoggFn".into(),
                url: "https://twitter.com/k_sze/status/1398813990428368899/photo/1".into()
            },
        ]
    );
    assert_eq!(zh.lang.as_deref(), Some("zh"));
}

#[test]
fn links_show_display_text_and_point_at_the_expansion() {
    let batch = import_ok(K_SZE);
    let p = post(&batch, "1384776913369985032");
    let links: Vec<(&str, &str)> = p
        .segments
        .iter()
        .filter_map(|s| match s {
            Segment::Link { text, url } => Some((text.as_str(), url.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].0, "medium.com/%E8%AA%9E%E7%B…");
    assert!(links[0]
        .1
        .starts_with("https://medium.com/%E8%AA%9E%E7%B5%B2"));
    assert!(links[0].1.ends_with("-2c87bd6ad039"));
    assert!(p
        .plain_text()
        .starts_with("There's this article, which is about"));
}

#[test]
fn quoted_posts_become_cards_and_their_links_leave_the_text() {
    let batch = import_ok(K_SZE);
    let p = post(&batch, "1361862738641702913");
    assert_eq!(
        p.plain_text(),
        "#TIL that Texas can reach freezing temperatures."
    );
    let q = p.quote.as_ref().unwrap();
    assert_eq!(q.post_id.as_deref(), Some("1361477444746813440"));
    assert_eq!(
        q.permalink,
        "https://x.com/ThomasBlackGG/status/1361477444746813440"
    );
    assert_eq!(
        q.author.as_ref().map(|a| a.handle.as_str()),
        Some("ThomasBlackGG")
    );
    assert_eq!(q.created_at, Some(1_613_436_492)); // 2021-02-16T00:48:12.000Z
    assert_eq!(
        q.segments.first(),
        Some(&text(
            "This is how cold it is at my Apartment. \n\nAs a Texan, yes, I'm certainly not built for this. I don't even care. "
        ))
    );
}

#[test]
fn self_threads_assemble_in_time_order_though_the_file_is_newest_first() {
    let batch = import_ok(K_SZE);
    let order: Vec<&str> = batch.posts.iter().map(|p| p.id.as_str()).collect();
    let pos = |id: &str| order.iter().position(|x| *x == id).unwrap();
    assert!(
        pos("1388519443966218243") < pos("1388519428753530883"),
        "file is newest first"
    );

    let lib = library(batch);
    // Conversation 1388519428753530883: a post and 4 self-replies in a row.
    let t = lib.thread("1388519428753530883").expect("the 2FA thread");
    assert_eq!(
        t.post_ids().collect::<Vec<_>>(),
        [
            "1388519428753530883",
            "1388519437158916099",
            "1388519440644329475",
            "1388519442452082691",
            "1388519443966218243",
        ]
    );
    assert_eq!(
        lib.post("1388519428753530883").unwrap().plain_text(),
        "I have never seen a 2FA UX as broken as @Adobe’s."
    );

    // Conversation 1384732009969471489: 8 posts by k_sze, replying to TimppaKarjalai1 and to
    // WesleyCrasher: a 6-post chain answering Timppa, and a 2-post branch under Wesley.
    let timppa = lib.thread("1384733747237441537").expect("the tones thread");
    assert_eq!(timppa.author_id, "7820042");
    assert_eq!(
        timppa.items,
        [
            "1384733747237441537",
            "1384734120329191426",
            "1384734667413151749",
            "1384735710620446720",
            "1385096769466363906",
            "1385097314746781701",
        ]
        .map(|id| ThreadItem::Post { id: id.into() })
    );
    assert_eq!(
        lib.post("1384733747237441537").unwrap().plain_text(),
        "Yes, I realise the tonal property of languages such as Chinese can cause confusion. The really short answer that I would give has two parts."
    );
    let wesley = lib
        .thread("1384776913369985032")
        .expect("the branch under Wesley");
    assert_eq!(
        wesley.post_ids().collect::<Vec<_>>(),
        ["1384776913369985032", "1384777556969234434"]
    );
}

#[test]
fn video_gets_its_poster_and_best_mp4() {
    let batch = import_ok("twarc-csv_media_tweet.jsonl");
    assert_eq!(
        batch.posts.len(),
        1,
        "includes.tweets repeats the post: counted once"
    );
    let p = &batch.posts[0];
    assert_eq!(p.id, "1558553189766631429");
    // The pic.twitter.com link of the video leaves the text; the emoji stays whole.
    assert_eq!(p.segments, [text("She's GOING with it! 🐍")]);
    assert_eq!(p.media.len(), 1);
    let m = &p.media[0];
    assert_eq!(m.kind, MediaKind::Video);
    assert_eq!(
        m.url,
        "https://pbs.twimg.com/ext_tw_video_thumb/1558552952549277696/pu/img/7VaQu-AvReI8RHkv.jpg"
    );
    assert_eq!(
        m.link.as_deref(),
        Some("https://video.twimg.com/ext_tw_video/1558552952549277696/pu/vid/1280x720/WiZrNZKT2lMzK5zA.mp4?tag=12")
    );
    assert_eq!((m.width, m.height), (Some(1280), Some(720)));
    assert_eq!(m.alt, None);
    assert_eq!(batch.authors.len(), 1);
    assert_eq!(batch.authors[0].handle, "IgorBrigadir");
    assert_eq!(
        batch.authors[0].display_name,
        "Igor Brigadir 🇺🇦 @igor@mastodon.social"
    );
}

#[test]
fn urls_point_at_the_unwound_target_and_included_parents_complete_the_thread() {
    let batch = import_ok("twarc-csv_many_urls.jsonl");
    // The reply in data[] and, from includes.tweets, the post it answers by the same author.
    assert_eq!(batch.posts.len(), 2);
    let reply = post(&batch, "1610692575752601600");
    assert_eq!(
        reply.segments.last(),
        Some(&Segment::Link {
            text: "uiadrian.gumroad.com/l/web-design-g…".into(),
            url: "https://uiadrian.gumroad.com/l/web-design-guide/?offer_code=twk0uc9f7".into()
        })
    );
    assert!(reply
        .plain_text()
        .starts_with("P.S. If you're interested in learning web design"));
    let root = post(&batch, "1610623087061471232");
    assert_eq!(root.created_at, 1_672_837_442); // 2023-01-04T13:04:02.000Z
    assert!(root
        .plain_text()
        .ends_with("Share it with your friends! Thanks 💙"));

    let lib = library(batch);
    let t = lib.thread("1610623087061471232").expect("a 2-post thread");
    assert_eq!(
        t.post_ids().collect::<Vec<_>>(),
        ["1610623087061471232", "1610692575752601600"]
    );
}

#[test]
fn quote_and_reply_at_once() {
    let batch = import_ok("twarc-csv_quoted_edit.jsonl");
    // The parent is by someone else: only the reply itself is imported.
    assert_eq!(batch.posts.len(), 1);
    let p = &batch.posts[0];
    // "@wongmjane Test \nhttps://t.co/…": the reply mention is hidden, the quote link dropped.
    assert_eq!(p.segments, [text("Test")]);
    assert_eq!(
        p.reply_to.as_ref().unwrap().handle.as_deref(),
        Some("wongmjane")
    );
    let q = p.quote.as_ref().unwrap();
    assert_eq!(
        q.permalink,
        "https://x.com/wongmjane/status/1576994746135764992"
    );
    assert_eq!(
        q.author.as_ref().map(|a| a.display_name.as_str()),
        Some("Jane Manchun Wong")
    );
    assert_eq!(
        q.segments.first(),
        Some(&text("i miss y’all so much haha,,, "))
    );
}

#[test]
fn json_lines_pages_import_together() {
    let batch = import_ok("twarc-csv_withheld.jsonl");
    // 5 pages of 1, 1, 1, 100 and 112 posts; their errors[] are not fatal.
    assert_eq!(batch.posts.len(), 215);
    // 107 authors, 6 of them withheld: not in includes.users, so no Author (their posts keep
    // the author id and an /i/web/ permalink).
    assert_eq!(batch.authors.len(), 101);
    assert_eq!(
        post(&batch, "1255570133587804163").permalink,
        "https://x.com/PhillyNEFL/status/1255570133587804163"
    );
    let unknown = post(&batch, "1404392676510814211");
    assert_eq!(unknown.author_id, "1336728664738848773");
    assert_eq!(
        unknown.permalink,
        "https://x.com/i/web/status/1404392676510814211"
    );
    assert_eq!(
        post(&batch, "1255570133587804163").plain_text(),
        "Remember when your mom would say tell me the truth & I won't be mad. Then u did & she gave u a beating anyways. Trusting a woman was F'd up from da giddy up"
    );
    // An animated GIF without variants: the poster only, and its link leaves the text.
    let gif_post = batch
        .posts
        .iter()
        .find(|p| p.media.iter().any(|m| m.kind == MediaKind::Gif))
        .unwrap();
    assert_eq!(gif_post.id, "1256614037586132992");
    assert_eq!(
        gif_post.media[0].url,
        "https://pbs.twimg.com/tweet_video_thumb/EXBjzZTWsAArsOz.jpg"
    );
    assert_eq!(gif_post.media[0].link, None);
    assert!(!gif_post
        .segments
        .iter()
        .any(|s| matches!(s, Segment::Link { .. })));
}

#[test]
fn minimal_fields_still_import() {
    let batch = import_ok("tweepy_get_tweets_minimal_fields.json");
    assert_eq!(batch.posts.len(), 2);
    assert!(batch.authors.is_empty(), "no expansions: no users");
    let p = post(&batch, "1293593516040269825");
    assert_eq!(p.author_id, "");
    assert_eq!(
        p.permalink,
        "https://x.com/i/web/status/1293593516040269825"
    );
    // No created_at: the time comes from the snowflake id (2020-08-12T17:01:42Z).
    assert_eq!(p.created_at, 1_597_251_702);
    // No entities were requested: the text is one run, and "\uD83E\uDD41" in the JSON is
    // one emoji, U+1F941.
    assert_eq!(
        p.segments,
        [text("It’s finally here! \u{1F941} Say hello to the new #TwitterAPI.\n\nWe’re rebuilding the Twitter API v2 from the ground up to better serve our developer community. And today’s launch is only the beginning.\n\nhttps://t.co/32VrwpGaJw https://t.co/KaFSbjWUA8")]
    );
    assert_eq!(p.reply_to, None);
    assert_eq!(p.lang, None);
}

#[test]
fn only_errors_imports_nothing_and_says_so() {
    let name = "academictwitteR_tweets_lookup_all_not_found.json";
    let file = unroll_core::import::InputFile {
        name: name.into(),
        bytes: v2::sample_bytes(name),
    };
    let (batch, errors) = unroll_core::import::import_files(&[file]);
    assert!(batch.posts.is_empty());
    assert!(batch.authors.is_empty());
    assert_eq!(
        errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "{name}: no posts found (the format is known, but the file holds no posts)"
        )]
    );
}
