//! Everything that talks to the browser: reading dropped and picked files as bytes, fetching
//! `?src` and sample URLs, the location's query and fragment, scrolling, printing and the
//! JSON download. It only runs in the browser; native builds compile it but never call it.
//! Files loaded together are imported together (`ImportSteps`, in slices of about 30 ms
//! with the browser running between them), so an archive's account.js names the author of
//! its tweets.js. Reading the files themselves is `files`.

mod files;
mod slice_worker;

pub use files::{read_files, Gathered};
pub use slice_worker::spare_ready as reader_ready;

use gloo::file::{Blob, ObjectUrl};
use unroll_core::import::x_archive::TWEETS_PER_STEP;
use unroll_core::import::{unzip, ImportSteps, InputFile};
use unroll_core::{Addition, Batch, ImportError};
use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::UseReducerDispatcher;

use crate::error::LoadError;
use crate::route::{thread_fragment, vet_src};
use crate::state::{Action, SharedLibrary, State};

/// Fetches every URL (already vetted) as bytes; each file is named by the URL as given.
pub async fn fetch_urls(urls: Vec<String>) -> Gathered {
    let mut out = Gathered::default();
    for url in urls {
        match fetch_one(&url).await {
            Ok(bytes) => out.inputs.push(InputFile { name: url, bytes }),
            Err(message) => out.errors.push(LoadError::Fetch { url, message }),
        }
    }
    out
}

async fn fetch_one(url: &str) -> Result<Vec<u8>, String> {
    let response = gloo::net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    // A same-origin URL that redirected elsewhere is refused like a cross-origin `?src`.
    if let (Some(page), Some(landed)) = (page_origin(), origin_of(&response.url())) {
        if page != landed {
            return Err(format!("redirected to another site ({landed})"));
        }
    }
    response.binary().await.map_err(|e| e.to_string())
}

fn origin_of(url: &str) -> Option<String> {
    web_sys::Url::new(url).ok().map(|u| u.origin())
}

fn page_origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// Work between two yields to the browser during an import, in milliseconds.
const SLICE_MS: f64 = 30.0;

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

/// Starts one load: marks it in the state, gathers the files, imports them together, adds
/// them to `library`, and reports everything in one `Added`. Importing and adding both run
/// in slices of about SLICE_MS, the browser painting and answering input between them,
/// rather than as tasks of seconds for a large archive.
pub fn load<F>(dispatcher: UseReducerDispatcher<State>, library: SharedLibrary, gather: F)
where
    F: std::future::Future<Output = Gathered> + 'static,
{
    dispatcher.dispatch(Action::LoadStarted);
    spawn_local(async move {
        let Gathered {
            mut inputs,
            media,
            mut errors,
            tweets,
        } = gather.await;
        let (unzipped, zip_errors) = unzip(&inputs);
        errors.extend(zip_errors.into_iter().map(LoadError::from));
        let mut slice = Slice::start();
        let mut imported = None;
        if let Some(file) = tweets {
            let name = file.name();
            match import_streaming(&inputs, &unzipped, &file, &mut slice).await {
                Ok(Streaming::Imported(done)) => imported = Some(done),
                // The plain case it was not: import the whole file the usual way.
                Ok(Streaming::Read(bytes)) => inputs.push(InputFile { name, bytes }),
                Err(message) => errors.push(LoadError::Read {
                    file: name,
                    message,
                }),
            }
        }
        let (batch, import_errors) = match imported {
            Some(done) => done,
            None => {
                let mut steps = ImportSteps::new(&inputs, &unzipped);
                while !steps.step() {
                    slice.yield_when_used().await;
                }
                steps.finish()
            }
        };
        errors.extend(import_errors.into_iter().map(LoadError::from));
        drop((inputs, unzipped));
        let changed = !batch.posts.is_empty() || !batch.authors.is_empty();
        // One load adds to the library at a time; a later one waits its turn.
        while !library.claim() {
            yield_to_browser().await;
        }
        let mut addition = Addition::new(batch);
        while !library.add_step(&mut addition) {
            slice.yield_when_used().await;
        }
        let picked = library.picked(&addition);
        drop(addition);
        // The first render of what was loaded is a task of its own.
        yield_to_browser().await;
        dispatcher.dispatch(Action::Added {
            changed,
            picked,
            errors,
            media,
        });
    });
}

/// How a streamed tweets file ended: imported with the other files, or read whole for the
/// usual import (the stream gave up, or the other files do not allow one).
enum Streaming {
    Imported((Batch, Vec<ImportError>)),
    Read(Vec<u8>),
}

/// Imports `inputs` with the tweets file `file`, read slice by slice and parsed as it
/// arrives (the browser reads the next slice while the last is parsed). Only the slice being
/// parsed is in wasm memory; should the stream give up, the file is read again whole.
async fn import_streaming(
    inputs: &[InputFile],
    unzipped: &[InputFile],
    file: &gloo::file::File,
    slice: &mut Slice,
) -> Result<Streaming, String> {
    let mut steps = ImportSteps::new(inputs, unzipped);
    let Some(mut stream) = steps.tweets_stream() else {
        return files::read_whole(file).await.map(Streaming::Read);
    };
    let mut reader = files::SliceReader::new(file)?;
    while let Some(view) = reader.next_view().await? {
        if stream.failed() {
            break;
        }
        files::append_view(stream.buffer(view.length() as usize), &view)?;
        while stream.step(TWEETS_PER_STEP) {
            slice.yield_when_used().await;
        }
        slice.yield_when_used().await;
    }
    drop(reader);
    let Some(done) = stream.finish() else {
        return files::read_whole(file).await.map(Streaming::Read);
    };
    steps.add_streamed(&file.name(), done);
    while !steps.step() {
        slice.yield_when_used().await;
    }
    Ok(Streaming::Imported(steps.finish()))
}

/// A slice of work between two yields to the browser.
pub struct Slice(f64);

impl Slice {
    pub fn start() -> Self {
        Slice(js_sys::Date::now())
    }

    /// Yields once SLICE_MS of work is done, starting a new slice.
    pub async fn yield_when_used(&mut self) {
        if js_sys::Date::now() - self.0 >= SLICE_MS {
            yield_to_browser().await;
            self.0 = js_sys::Date::now();
        }
    }
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
