//! The page's handle on the worker that runs core: it sends `Request`s (with a load's files
//! beside them) and hands every `Reply` to the app, the views sent ahead once the page has
//! painted. The worker starts (`start`) with the first request or once the page is painted
//! and usable (`warm_up`), whichever comes first, so the first drop does not wait for it;
//! where the page may not start one, the same service runs on the page behind a
//! `MessagePort`: slower for big files, the same messages.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use unroll_core::protocol::{MediaRef, Reply, Request, Source};
use wasm_bindgen::JsValue;
use yew::Callback;

use crate::media_files::MediaSource;

mod start;

/// How the replies the page treats apart begin, as JSON text (a test checks them).
const AHEAD_PREFIX: &str = "{\"Ahead\":";
const SHOWN_PREFIX: &str = "{\"Shown\":";
const LOADED_PREFIX: &str = "{\"Loaded\":";

thread_local! {
    /// Serve clients on this page, never from a worker (the browser tests, whose runner
    /// serves no worker script).
    static ON_PAGE: Cell<bool> = const { Cell::new(false) };
}

/// Clients started from now on are served on this page, through a port.
pub fn serve_on_page() {
    ON_PAGE.with(|s| s.set(true));
}

/// A reply, with where the page reads the archive media files it names (a `Shown`'s or
/// an `Ahead`'s).
pub type OnReply = Callback<(Reply, Vec<(String, MediaSource)>)>;

#[derive(Clone)]
pub struct Client(Rc<Inner>);

/// Equal only to itself: the context compares it, and it never changes.
impl PartialEq for Client {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Inner {
    on_reply: OnReply,
    state: RefCell<Link>,
    /// Messages waiting for the worker to be ready.
    queue: RefCell<Vec<js_sys::Array>>,
    next_load: Cell<u32>,
    /// Every file sent, in order: a `MediaRef` names one by its number.
    files: RefCell<Vec<web_sys::File>>,
    /// Loads in flight.
    loads: RefCell<Vec<u32>>,
    /// Replies that showed something (`Shown`, `Loaded`), counted: views sent ahead of an
    /// older one are out of date.
    shown_count: Cell<u32>,
    /// The threads whose views came ahead (the page's state holds them).
    ahead: RefCell<Vec<String>>,
    listeners: RefCell<Vec<EventListener>>,
}

enum Link {
    /// No request yet: nothing started.
    Idle,
    /// Started, not ready yet.
    Starting(Target),
    Ready(Target),
    /// Neither a worker nor the page could run the service.
    Broken,
}

#[derive(Clone)]
enum Target {
    Worker(web_sys::Worker),
    Port(web_sys::MessagePort),
}

impl Target {
    fn post(&self, message: &js_sys::Array) -> Result<(), JsValue> {
        match self {
            Target::Worker(w) => w.post_message(message),
            Target::Port(p) => p.post_message(message),
        }
    }
}

impl Client {
    pub fn new(on_reply: OnReply) -> Self {
        Client(Rc::new(Inner {
            on_reply,
            state: RefCell::new(Link::Idle),
            queue: RefCell::new(Vec::new()),
            next_load: Cell::new(1),
            files: RefCell::new(Vec::new()),
            loads: RefCell::new(Vec::new()),
            shown_count: Cell::new(0),
            ahead: RefCell::new(Vec::new()),
            listeners: RefCell::new(Vec::new()),
        }))
    }

    /// Starts a load of `sources` (`files` are those `Source::File` numbers): its number.
    pub fn load(&self, sources: Vec<Source>, files: Vec<web_sys::File>) -> u32 {
        let load = self.0.next_load.get();
        self.0.next_load.set(load.wrapping_add(1));
        let array = js_sys::Array::new();
        for f in &files {
            array.push(f);
        }
        let mut all = self.0.files.borrow_mut();
        let first_file = u32::try_from(all.len()).unwrap_or(u32::MAX);
        all.extend(files);
        drop(all);
        self.0.loads.borrow_mut().push(load);
        let request = Request::Load {
            load,
            sources,
            first_file,
        };
        self.post(&request, array.into());
        load
    }

    /// Starts the worker now if nothing has (the page calls this once it is painted and
    /// usable, so the first drop does not wait for the worker to download and compile).
    pub fn warm_up(&self) {
        let idle = matches!(&*self.0.state.borrow(), Link::Idle);
        if idle {
            self.start();
        }
    }

    pub fn send(&self, request: &Request) {
        self.post(request, JsValue::UNDEFINED);
    }

    fn post(&self, request: &Request, files: JsValue) {
        let Ok(value) = serde_wasm_bindgen::to_value(request) else {
            return;
        };
        let message = js_sys::Array::of2(&value, &files);
        let state = self.0.state.borrow();
        match &*state {
            Link::Ready(target) => {
                if target.post(&message).is_err() {
                    drop(state);
                    self.failed("the worker could not be sent a request".into());
                }
            }
            Link::Starting(_) => self.0.queue.borrow_mut().push(message),
            Link::Broken => {
                drop(state);
                self.failed("Unroll could not start its reader".into());
            }
            Link::Idle => {
                drop(state);
                self.0.queue.borrow_mut().push(message);
                self.start();
            }
        }
    }

    /// Every load in flight ends, failed with `message`; nothing loaded before is lost.
    fn failed(&self, message: String) {
        let loads: Vec<u32> = self.0.loads.borrow_mut().drain(..).collect();
        // One banner line: with the first load's end, or on its own when none was running.
        let mut message = Some(message);
        for load in loads {
            let ended = Reply::Loaded {
                load,
                errors: message.take().into_iter().collect(),
                cancelled: false,
                shown: None,
            };
            self.0.on_reply.emit((ended, Vec::new()));
        }
        if let Some(message) = message {
            self.0
                .on_reply
                .emit((Reply::Failed { message }, Vec::new()));
        }
    }

    fn receive(&self, data: JsValue) {
        let text = data.as_string().unwrap_or_default();
        if text.starts_with(AHEAD_PREFIX) {
            return self.receive_later(text);
        }
        if text.starts_with(SHOWN_PREFIX) || text.starts_with(LOADED_PREFIX) {
            self.0
                .shown_count
                .set(self.0.shown_count.get().wrapping_add(1));
        }
        self.receive_text(text);
    }

    /// Views sent ahead are decoded once the page has painted what it was shown, so they
    /// never hold back that frame; dropped if something else was shown meanwhile (its own
    /// views follow it).
    fn receive_later(&self, text: String) {
        let client = self.clone();
        let shown_count = self.0.shown_count.get();
        yew::platform::spawn_local(async move {
            crate::io::after_paint().await;
            if client.0.shown_count.get() == shown_count {
                client.receive_text(text);
            }
        });
    }

    fn receive_text(&self, text: String) {
        let reply: Reply = match serde_json::from_str(&text) {
            Ok(reply) => reply,
            Err(e) => {
                return self.failed(format!("Unroll could not read its reader's answer ({e})"))
            }
        };
        if reply == Reply::Ready {
            let target = match &*self.0.state.borrow() {
                Link::Starting(target) => target.clone(),
                _ => return,
            };
            *self.0.state.borrow_mut() = Link::Ready(target.clone());
            for message in self.0.queue.borrow_mut().drain(..) {
                let _ = target.post(&message);
            }
            return;
        }
        let refs = match &reply {
            Reply::Loaded { load, shown, .. } => {
                self.0.loads.borrow_mut().retain(|l| l != load);
                if shown.is_some() {
                    self.0.ahead.borrow_mut().clear();
                }
                shown.as_ref().map(|s| &s.media[..])
            }
            Reply::Shown(shown) => Some(&shown.media[..]),
            Reply::Ahead(ahead) => {
                *self.0.ahead.borrow_mut() =
                    ahead.threads.iter().map(|t| t.view.id.clone()).collect();
                Some(&ahead.media[..])
            }
            _ => None,
        };
        let media = refs.map_or_else(Vec::new, |refs| self.media_sources(refs));
        self.0.on_reply.emit((reply, media));
    }

    /// Whether the view of thread `id` came ahead (the page can show it without asking).
    pub fn holds(&self, id: &str) -> bool {
        self.0.ahead.borrow().iter().any(|a| a == id)
    }

    /// Where the page reads each archive media file: a loose file it sent, or an entry of
    /// a zip it sent.
    fn media_sources(&self, refs: &[MediaRef]) -> Vec<(String, MediaSource)> {
        let files = self.0.files.borrow();
        refs.iter()
            .filter_map(|m| {
                let file = files.get(usize::try_from(m.file).ok()?)?.clone();
                let source = match &m.entry {
                    Some(entry) => MediaSource::ZipEntry {
                        zip: file,
                        entry: entry.clone(),
                    },
                    None => MediaSource::Loose(file),
                };
                Some((m.path.clone(), source))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use unroll_core::protocol::{Ahead, Reply, ThreadList};

    use super::{AHEAD_PREFIX, LOADED_PREFIX, SHOWN_PREFIX};

    #[test]
    fn the_replies_treated_apart_begin_as_the_page_expects() {
        let json = |r: &Reply| serde_json::to_string(r).unwrap_or_default();
        assert!(json(&Reply::Ahead(Ahead::default())).starts_with(AHEAD_PREFIX));
        let loaded = Reply::Loaded {
            load: 1,
            errors: vec![],
            cancelled: false,
            shown: None,
        };
        assert!(json(&loaded).starts_with(LOADED_PREFIX));
        let shown = Reply::Shown(unroll_core::protocol::Shown {
            open: None,
            view: None,
            more: ThreadList::default(),
            library: None,
            media: vec![],
            held: false,
        });
        assert!(json(&shown).starts_with(SHOWN_PREFIX));
    }
}
