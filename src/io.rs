//! The page's browser calls: vetting `?src` URLs against the page, the location's query and
//! fragment, history, scrolling, focus, printing and the JSON download. It only runs in the
//! browser; native builds compile it but never call it. Reading files is the worker's.

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

use crate::error::LoadError;
use crate::route::{thread_fragment, vet_src};

/// Lets the browser run (paint, input, other tasks) and resumes in a new task. A message to
/// oneself, unlike a zero timeout, is not clamped to 4 ms when repeated.
pub async fn yield_to_browser() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let port = channel.port1();
    let resumed = js_sys::Promise::new(&mut |resolve, _| port.set_onmessage(Some(&resolve)));
    if channel
        .port2()
        .post_message(&wasm_bindgen::JsValue::NULL)
        .is_ok()
    {
        let _ = wasm_bindgen_futures::JsFuture::from(resumed).await;
    }
    port.set_onmessage(None);
}

/// Resolves once the browser has painted the current DOM changes, in the next frame's
/// callbacks (just before that frame's style and layout, which then include whatever the
/// caller changes).
///
/// Not in a task posted after the first frame: work done there (a focus change) made the
/// browser run the next frame, with a long thread's next slice of posts, ahead of every task
/// already waiting (input, or the benchmark's "painted" mark).
pub async fn after_paint() {
    for _ in 0..2 {
        next_frame().await;
    }
}

/// Resolves in the next animation frame's callbacks.
async fn next_frame() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}

/// Splits `?src=` values into the URLs to fetch (resolved against the page) and refusals.
pub fn vet_sources(srcs: Vec<String>) -> (Vec<String>, Vec<LoadError>) {
    let mut ok = Vec::new();
    let mut refused = Vec::new();
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return (ok, refused);
    };
    let page = location.href().unwrap_or_default();
    let page_origin = location.origin().unwrap_or_default();
    for src in srcs {
        match web_sys::Url::new_with_base(&src, &page) {
            Ok(url) => match vet_src(&src, &url.protocol(), &url.origin(), &page_origin) {
                Ok(()) => ok.push(url.href()),
                Err(e) => refused.push(e),
            },
            Err(_) => refused.push(LoadError::Refused {
                src,
                reason: "not a URL".to_string(),
            }),
        }
    }
    (ok, refused)
}

/// What the page's query asks to load on start: every `src` value and whether `sample` is
/// present.
pub fn query_sources() -> (Vec<String>, bool) {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return (Vec::new(), false);
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return (Vec::new(), false);
    };
    let srcs = params
        .get_all("src")
        .iter()
        .filter_map(|v| v.as_string())
        .filter(|s| !s.trim().is_empty())
        .collect();
    (srcs, params.has("sample"))
}

pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts `#t=<id>` in the address bar without a new history entry (automatic opens).
pub fn replace_fragment(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let wanted = thread_fragment(id);
    if window.location().hash().ok().as_deref() == Some(wanted.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&wanted));
    }
}

/// Puts `#t=<id>` in the address bar as a new history entry (the person opened a thread).
/// `pushState` fires no `hashchange` (the app already opens the thread itself); Back and
/// Forward fire `popstate`, which the page listens for.
pub fn push_fragment(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let wanted = thread_fragment(id);
    if window.location().hash().ok().as_deref() == Some(wanted.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&wanted));
    }
}

pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Takes focus from whatever has it (the link just clicked), leaving it on the page.
pub fn blur_active() {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(active) = active {
        let _ = active.blur();
    }
}

/// Moves focus to the open thread's heading (after opening one from the sidebar, a screen
/// reader continues at the new article, not at a link that scrolled away).
pub fn focus_thread_title() {
    let title = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("thread-title"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(title) = title {
        let _ = title.focus();
    }
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Offers `text` as a JSON file download named `file_name`.
pub fn download_json(file_name: &str, text: &str) -> Result<(), LoadError> {
    let fail = |m: &str| LoadError::Export {
        message: m.to_string(),
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let url = ObjectUrl::from(Blob::new_with_options(text, Some("application/json")));
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| fail("could not create the download link"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoking the URL at once can cancel the download in some browsers: keep it a minute.
    gloo::timers::callback::Timeout::new(60_000, move || drop(url)).forget();
    Ok(())
}
