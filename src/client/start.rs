//! Starting what serves the page: a worker running this page's own wasm module, or, where
//! the page may not start one (or it fails before it is ready), the same service on the
//! page itself behind a `MessagePort`.

use std::cell::Cell;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use super::{Client, Link, Target, ON_PAGE};

/// The worker's script, beside the page (`assets/worker.js`; relative, so the site works
/// under any path). A module worker: it imports the page's glue.
const WORKER_URL: &str = "worker.js";

impl Client {
    /// Starts the worker; should it fail before it is ready, the service on the page.
    pub(super) fn start(&self) {
        if ON_PAGE.with(Cell::get) {
            return self.start_on_page();
        }
        match start_worker() {
            Some(worker) => {
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
            None => self.start_on_page(),
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

    /// Serves the page from this very module, through a channel whose one end the page
    /// listens on.
    fn start_on_page(&self) {
        let Ok(channel) = web_sys::MessageChannel::new() else {
            return self.broken();
        };
        let port = channel.port1();
        port.start();
        let listener = self.listen(&port);
        self.0.listeners.borrow_mut().push(listener);
        *self.0.state.borrow_mut() = Link::Starting(Target::Port(port));
        crate::worker::serve_port(channel.port2());
    }

    fn broken(&self) {
        *self.0.state.borrow_mut() = Link::Broken;
        self.0.queue.borrow_mut().clear();
        self.failed("Unroll could not start its reader".into());
    }
}

/// A module worker running this page's wasm: sent the compiled module (so it is neither
/// fetched nor compiled again) and where the page's glue is. None where the page may not
/// start one, or cannot say where its glue is.
fn start_worker() -> Option<web_sys::Worker> {
    let glue = glue_url()?;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(WORKER_URL, &options).ok()?;
    let boot = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| js_sys::Reflect::set(&boot, &key.into(), value).ok();
    set("glue", &glue.into())?;
    set("module", &wasm_bindgen::module())?;
    if worker.post_message(&boot).is_err() {
        worker.terminate();
        return None;
    }
    Some(worker)
}

/// The page's wasm-bindgen glue, as the absolute URL Trunk's `modulepreload` link gives.
fn glue_url() -> Option<String> {
    let link = web_sys::window()?
        .document()?
        .query_selector("link[rel=modulepreload]")
        .ok()??;
    let href = link.dyn_into::<web_sys::HtmlLinkElement>().ok()?.href();
    (!href.is_empty()).then_some(href)
}
