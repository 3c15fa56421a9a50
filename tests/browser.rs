//! Browser tests (wasm-bindgen-test in headless Chromium): what needs a real DOM. The app is
//! mounted, a file is dropped on the page as a person would, and the live DOM is checked:
//! the thread shows, hostile markup stayed text, every link is http(s). Also the `?src`
//! vetting with the browser's own URL parser, and the worker's file reading. The test runner
//! serves no worker script, so the app's service runs here, behind the same port.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use unroll::app::App;
use unroll::io;
use unroll::media_files::{MediaFiles, MediaSource, Wanted};
use unroll::worker::read::{gather, Gathered, Unwatched};
use unroll_core::protocol::Source;
use unroll_core::{Media, MediaKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// An X API v2 response: a two-post self-thread whose text carries markup and whose links
/// point at `javascript:` and `data:` targets, plus one good link.
fn hostile_v2() -> String {
    let text = "Hostile <script>window.__pwned=1</script> <img src=x onerror=\"window.__pwned=2\"> see https://t.co/bad1 or https://t.co/bad2 and https://t.co/good";
    let span = |needle: &str| {
        let at = text.find(needle).unwrap_or(0);
        let start = text[..at].chars().count();
        (start, start + needle.chars().count())
    };
    let (b1s, b1e) = span("https://t.co/bad1");
    let (b2s, b2e) = span("https://t.co/bad2");
    let (gs, ge) = span("https://t.co/good");
    let first = serde_json_string(text);
    format!(
        r#"{{
  "data": [
    {{"id": "1700000000000000002", "author_id": "666", "conversation_id": "1700000000000000001",
      "created_at": "2023-09-06T10:05:00.000Z", "in_reply_to_user_id": "666",
      "referenced_tweets": [{{"type": "replied_to", "id": "1700000000000000001"}}],
      "text": "Second post by <b>Mallory</b>"}},
    {{"id": "1700000000000000001", "author_id": "666", "conversation_id": "1700000000000000001",
      "created_at": "2023-09-06T10:00:00.000Z", "text": {first},
      "entities": {{"urls": [
        {{"start": {b1s}, "end": {b1e}, "url": "https://t.co/bad1", "expanded_url": "javascript:window.__pwned=3", "display_url": "example.com/safe"}},
        {{"start": {b2s}, "end": {b2e}, "url": "https://t.co/bad2", "expanded_url": "data:text/html,<script>alert(2)</script>", "display_url": "data.example"}},
        {{"start": {gs}, "end": {ge}, "url": "https://t.co/good", "expanded_url": "https://example.com/ok", "display_url": "example.com/ok"}}
      ]}}}}
  ],
  "includes": {{"users": [{{"id": "666", "username": "mallory", "name": "<i>Mallory</i>", "profile_image_url": "javascript:alert(5)"}}]}}
}}"#
    )
}

/// `s` as a JSON string literal (quotes and backslashes escaped).
fn serde_json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn file(name: &str, text: &str) -> web_sys::File {
    let bytes = js_sys::Uint8Array::from(text.as_bytes());
    web_sys::File::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes), name).expect("a File")
}

/// Dispatches dragenter, dragover and drop carrying `files` on the body, as a person's drop
/// does; returns whether the drop was taken (its default prevented).
fn drop_files(files: &[web_sys::File]) -> bool {
    let dt = web_sys::DataTransfer::new().expect("a DataTransfer");
    for f in files {
        dt.items().add_with_file(f).expect("file added");
    }
    let body = document().body().expect("a body");
    let mut taken = false;
    for kind in ["dragenter", "dragover", "drop"] {
        let init = web_sys::DragEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_data_transfer(Some(&dt));
        let event = web_sys::DragEvent::new_with_event_init_dict(kind, &init).expect("a DragEvent");
        taken = !body.dispatch_event(&event).expect("dispatched");
    }
    taken
}

/// Waits (up to 5 s) until `selector` matches in the page.
async fn wait_for(selector: &str) -> web_sys::Element {
    for _ in 0..100 {
        if let Ok(Some(el)) = document().query_selector(selector) {
            return el;
        }
        gloo::timers::future::sleep(Duration::from_millis(50)).await;
    }
    panic!("{selector} never appeared");
}

fn mount_app() -> yew::AppHandle<App> {
    unroll::client::serve_on_page();
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root(root).render()
}

#[wasm_bindgen_test]
async fn a_dropped_hostile_file_renders_as_inert_text() {
    let app = mount_app();
    wait_for("input[type=file]").await;
    assert!(
        drop_files(&[file("hostile-v2.json", &hostile_v2())]),
        "the drop was taken"
    );
    let article = wait_for("article.thread").await;
    let text = article.text_content().unwrap_or_default();
    assert!(text.contains("<script>window.__pwned=1</script>"), "{text}");
    assert!(
        text.contains("<img src=x onerror=\"window.__pwned=2\">"),
        "{text}"
    );
    assert!(text.contains("<b>Mallory</b>"), "{text}");
    assert!(
        text.contains("<i>Mallory</i>"),
        "display name as text: {text}"
    );
    assert!(
        text.contains("example.com/safe"),
        "unsafe link keeps its text: {text}"
    );
    assert!(text.contains("2 tweets"), "{text}");

    let doc = document();
    let links = doc.query_selector_all("a[href]").expect("links");
    for i in 0..links.length() {
        let a = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            .expect("an anchor");
        let protocol = a.protocol();
        assert!(
            protocol == "https:"
                || protocol == "http:"
                || a.get_attribute("href")
                    .is_some_and(|h| h.starts_with("#t=")),
            "unsafe link {:?}",
            a.get_attribute("href")
        );
    }
    // An entity whose expanded target is unsafe links its safe t.co URL instead (core's
    // url::first_safe); the good one links its target.
    let hrefs: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter(|a| a.class_name().split(' ').any(|c| c == "link"))
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "https://t.co/bad1",
            "https://t.co/bad2",
            "https://example.com/ok"
        ]
    );
    let injected = doc
        .query_selector_all(
            "article script, article b, article i, img[src='x'], [onerror], img.avatar",
        )
        .expect("query")
        .length();
    assert_eq!(
        injected, 0,
        "no element made from imported markup, no javascript: avatar"
    );
    let pwned =
        js_sys::Reflect::get(&web_sys::window().expect("window"), &"__pwned".into()).expect("read");
    assert!(pwned.is_undefined(), "no injected script ran");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_malformed_file_after_a_thread_shows_one_banner_and_keeps_the_thread() {
    let app = mount_app();
    wait_for("input[type=file]").await;
    drop_files(&[file("good.json", &hostile_v2())]);
    wait_for("article.thread").await;
    drop_files(&[file(
        "broken.json",
        "{\n  \"data\": [\n    {\"id\": \"1\" \"x\"}\n  ]\n}\n",
    )]);
    let banner = wait_for(".error-banner[role=alert]").await;
    let message = banner.text_content().unwrap_or_default();
    assert!(message.contains("broken.json"), "{message}");
    assert!(message.contains("line 3"), "{message}");
    assert_eq!(
        document()
            .query_selector_all("[role=alert]")
            .expect("query")
            .length(),
        1
    );
    assert!(
        document()
            .query_selector("article.thread")
            .ok()
            .flatten()
            .is_some(),
        "the thread stays"
    );
    // Dismissing clears the banner, not the thread.
    let dismiss = banner
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("a dismiss button");
    dismiss.click();
    gloo::timers::future::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        document()
            .query_selector_all("[role=alert]")
            .expect("query")
            .length(),
        0
    );
    assert!(document()
        .query_selector("article.thread")
        .ok()
        .flatten()
        .is_some());
    app.destroy();
}

/// `files` read as a load of them reads them.
async fn read_files(files: Vec<web_sys::File>) -> Gathered {
    let sources = (0..files.len() as u32)
        .map(|index| Source::File { index })
        .collect();
    match gather(&Unwatched, sources, &files).await {
        Ok(gathered) => gathered,
        Err(_) => panic!("nothing cancels an unwatched read"),
    }
}

#[wasm_bindgen_test]
async fn files_are_read_as_bytes_with_their_names() {
    let gathered = read_files(vec![file("a.json", "{\"x\": 1}"), file("b.js", "ü")]).await;
    assert!(gathered.errors.is_empty());
    assert!(gathered.media.is_empty());
    let got: Vec<_> = gathered
        .inputs
        .iter()
        .map(|f| (f.name.as_str(), f.bytes.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("a.json", b"{\"x\": 1}".to_vec()),
            ("b.js", "ü".as_bytes().to_vec())
        ]
    );
}

#[wasm_bindgen_test]
async fn a_large_file_is_read_whole_in_slices() {
    // 20 MB in slices of 8 MB (the first of 1 MB): every byte in its place, twice.
    let bytes: Vec<u8> = (0..20_000_003u32).map(|i| (i % 251) as u8).collect();
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    let big = web_sys::File::new_with_u8_array_sequence(&js_sys::Array::of1(&array), "big.json")
        .expect("a File");
    for _ in 0..2 {
        let gathered = read_files(vec![big.clone()]).await;
        assert!(gathered.errors.is_empty(), "{:?}", gathered.errors);
        let input = gathered.inputs.first().expect("the file was read");
        assert_eq!(input.bytes.len(), bytes.len());
        assert!(input.bytes == bytes, "the bytes read are the file's");
    }
}

#[wasm_bindgen_test]
async fn a_loose_archive_media_file_is_kept_unread_and_shown_by_a_blob_url() {
    let photo = "1579814683803910144-FezXyZ.jpg";
    let dropped = vec![file(photo, "JPEG bytes"), file("a.json", "{}")];
    let gathered = read_files(dropped.clone()).await;
    assert_eq!(gathered.inputs.len(), 1, "only the JSON is read for import");
    let names: Vec<&str> = gathered.media.iter().map(|m| m.path.as_str()).collect();
    assert_eq!(names, [photo]);
    assert_eq!(gathered.media[0].file, 0, "the first file dropped");
    let files = MediaFiles::default().with(vec![(
        photo.to_string(),
        MediaSource::Loose(dropped[0].clone()),
    )]);
    let media = Media {
        kind: MediaKind::Photo,
        url: "https://pbs.twimg.com/media/FezXyZ.jpg".to_string(),
        alt: None,
        link: None,
        width: None,
        height: None,
    };
    let wanted = |post_id: &str| Wanted::Media {
        post_id: post_id.to_string(),
        media: media.clone(),
    };
    assert_eq!(files.cached_url(&wanted("1579814683803910144")), None);
    let url = match files.url(&wanted("1579814683803910144")).await {
        Some(Ok(url)) => url,
        other => panic!("no blob URL: {other:?}"),
    };
    assert!(url.starts_with("blob:"), "{url}");
    assert_eq!(
        files.cached_url(&wanted("1579814683803910144")),
        Some(url.clone())
    );
    assert!(
        files.url(&wanted("1")).await.is_none(),
        "another post's photo"
    );
    let response = gloo::net::http::Request::get(&url)
        .send()
        .await
        .expect("fetched");
    assert_eq!(
        response.headers().get("content-type").as_deref(),
        Some("image/jpeg")
    );
    assert_eq!(response.text().await.expect("text"), "JPEG bytes");
}

#[wasm_bindgen_test]
fn src_urls_must_be_same_origin_http() {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .expect("an origin");
    let (ok, refused) = io::vet_sources(vec![
        "samples/a.js".into(),
        "/b.json".into(),
        format!("{origin}/c.json"),
        "https://example.com/thread.json".into(),
        "//example.com/thread.json".into(),
        "javascript:alert(1)".into(),
        "data:application/json,{}".into(),
    ]);
    assert_eq!(ok.len(), 3, "{ok:?}");
    assert!(ok.iter().all(|u| u.starts_with(&origin)), "{ok:?}");
    let refused: Vec<String> = refused.iter().map(ToString::to_string).collect();
    assert_eq!(refused.len(), 4, "{refused:?}");
    assert!(
        refused[0].starts_with("https://example.com/thread.json: not loaded"),
        "{refused:?}"
    );
}
