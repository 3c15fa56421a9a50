//! Starting what serves the page: the worker, or, where the page may not start one (or it
//! fails before it is ready), the worker's own script on the page behind a `MessagePort`;
//! in the browser tests, a service linked into the page's module.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use super::{Client, Link, Target, LOCAL_SERVICE};

/// The worker's loader script, beside the page (Trunk writes it; relative, so the site
/// works under any path).
const WORKER_URL: &str = "worker_loader.js";
/// The worker's script and the page's shim that starts it on the page (`assets/`).
const WORKER_SCRIPT: &str = "worker.js";
const ON_PAGE_SCRIPT: &str = "on-page-worker.js";

impl Client {
    /// Starts the worker; should it fail before it is ready, the service on the page.
    pub(super) fn start(&self) {
        if let Some(serve) = LOCAL_SERVICE.with(Cell::get) {
            return self.connect_local(serve);
        }
        match web_sys::Worker::new(WORKER_URL) {
            Ok(worker) => {
                let listeners = vec![
                    self.listen(&worker),
                    EventListener::new(&worker, "error", {
                        let client = self.clone();
                        move |_| client.worker_failed()
                    }),
                ];
                self.0.listeners.borrow_mut().extend(listeners);
                *self.0.state.borrow_mut() = Link::Starting(Target::Worker(worker));
            }
            Err(_) => self.start_on_page(),
        }
    }

    fn listen(&self, target: &web_sys::EventTarget) -> EventListener {
        let client = self.clone();
        EventListener::new(target, "message", move |e| {
            if let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() {
                client.receive(e.data());
            }
        })
    }

    /// A worker that fails before it is ready never ran: the page serves instead. One that
    /// fails later lost its library; the page says so.
    fn worker_failed(&self) {
        let starting = match &*self.0.state.borrow() {
            Link::Starting(Target::Worker(worker)) => Some(worker.clone()),
            _ => None,
        };
        if let Some(worker) = starting {
            // Its listeners stay (this runs in one of them); a terminated worker sends nothing.
            worker.terminate();
            self.start_on_page();
        } else {
            self.failed("Unroll's reader stopped; reload the page to read again".into());
        }
    }

    /// A channel whose one end the page listens on (starting through it); the other end,
    /// for the service. None (and the link broken) when the browser has no channel.
    fn open_channel(&self) -> Option<web_sys::MessagePort> {
        let Ok(channel) = web_sys::MessageChannel::new() else {
            self.broken();
            return None;
        };
        let port = channel.port1();
        port.start();
        let listener = self.listen(&port);
        self.0.listeners.borrow_mut().push(listener);
        *self.0.state.borrow_mut() = Link::Starting(Target::Port(port));
        Some(channel.port2())
    }

    fn connect_local(&self, serve: fn(web_sys::MessagePort)) {
        if let Some(theirs) = self.open_channel() {
            serve(theirs);
        }
    }

    /// Loads the worker's script on the page, then connects to it through a channel.
    fn start_on_page(&self) {
        let Some(theirs) = self.open_channel() else {
            return;
        };
        let client = self.clone();
        load_script(WORKER_SCRIPT, move |ok| {
            if !ok {
                return client.broken();
            }
            let client = client.clone();
            let theirs = theirs.clone();
            load_script(ON_PAGE_SCRIPT, move |ok| {
                let connect = js_sys::Reflect::get(&js_sys::global(), &"unrollConnect".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                match connect {
                    Some(connect) if ok => {
                        if connect.call1(&JsValue::NULL, &theirs).is_err() {
                            client.broken();
                        }
                    }
                    _ => client.broken(),
                }
            });
        });
    }

    fn broken(&self) {
        *self.0.state.borrow_mut() = Link::Broken;
        self.0.queue.borrow_mut().clear();
        self.failed("Unroll could not start its reader".into());
    }
}

/// Adds a classic script `src` to the page; `done(true)` once it ran, `done(false)` if it
/// could not load.
fn load_script(src: &str, done: impl Fn(bool) + 'static) {
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| Some((d.create_element("script").ok()?, d.head()?)));
    let Some((script, head)) = script else {
        return done(false);
    };
    let Ok(script) = script.dyn_into::<web_sys::HtmlScriptElement>() else {
        return done(false);
    };
    let done = Rc::new(done);
    for (event, ok) in [("load", true), ("error", false)] {
        let done = Rc::clone(&done);
        // At most two scripts, once per page: their listeners may stay.
        EventListener::once(&script, event, move |_| done(ok)).forget();
    }
    script.set_src(src);
    if head.append_child(&script).is_err() {
        done(false);
    }
}
