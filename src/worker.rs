//! The worker's side of the protocol: it takes the page's requests, runs core's `Service`
//! and the loads (`load`, reading through `read`), and posts the replies. It runs in a
//! dedicated worker (`assets/worker.js` runs the page's own module and calls
//! `serve_worker`), or, where the page may not start one, on the page itself behind a
//! `MessagePort`: the same code and messages either way.

mod load;
pub mod read;

use std::cell::RefCell;
use std::rc::Rc;

use unroll_core::protocol::{MediaRef, Reply, Request, Shown};
use unroll_core::service::Service;
use unroll_core::Batch;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::clock::now_secs;

/// Where replies go: the worker's own scope, or the port the page connected.
enum Port {
    Worker(web_sys::DedicatedWorkerGlobalScope),
    Channel(web_sys::MessagePort),
}

pub struct Host {
    service: RefCell<Service>,
    /// Loads the page cancelled that have not ended yet.
    cancelled: RefCell<Vec<u32>>,
    port: Port,
}

/// Serves the page from inside a dedicated worker; does nothing anywhere else.
pub fn start_in_worker() {
    if let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() {
        serve(Port::Worker(scope));
    }
}

/// Serves the page through `port` (the page's fallback, where it cannot start a worker).
pub fn serve_port(port: web_sys::MessagePort) {
    serve(Port::Channel(port));
}

/// Takes every message that comes to `port`. The service lives as long as the page: so
/// does its handler.
fn serve(port: Port) {
    let on_message = {
        let host = Host::new(port);
        let handler = Rc::clone(&host);
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                Rc::clone(&handler).receive(e.data());
            });
        host.port.set_onmessage(on_message.as_ref().unchecked_ref());
        on_message
    };
    on_message.forget();
}

impl Port {
    fn set_onmessage(&self, handler: &js_sys::Function) {
        match self {
            Port::Worker(scope) => scope.set_onmessage(Some(handler)),
            Port::Channel(port) => port.set_onmessage(Some(handler)),
        }
    }
}

impl Host {
    fn new(port: Port) -> Rc<Self> {
        let host = Rc::new(Host {
            service: RefCell::new(Service::new()),
            cancelled: RefCell::new(Vec::new()),
            port,
        });
        host.post(&Reply::Ready);
        host
    }

    /// Posts a reply and, when it shows a thread, the views the page may open next.
    pub fn post_shown(&self, reply: Reply) {
        self.post(&reply);
        let shown = match &reply {
            Reply::Shown(shown) => Some(shown),
            Reply::Loaded { shown, .. } => shown.as_ref(),
            _ => None,
        };
        let Some(shown) = shown else { return };
        let ahead = self.service.borrow().ahead(shown, now_secs());
        if !ahead.threads.is_empty() {
            self.post(&Reply::Ahead(ahead));
        }
    }

    /// Posts `reply` to the page, as JSON text. Core's types always encode (string keys,
    /// no non-finite floats); a reply that could not be posted is lost.
    pub fn post(&self, reply: &Reply) {
        let Ok(text) = serde_json::to_string(reply) else {
            return;
        };
        let value = JsValue::from_str(&text);
        let _ = match &self.port {
            Port::Worker(scope) => scope.post_message(&value),
            Port::Channel(port) => port.post_message(&value),
        };
    }

    /// One message from the page: `[request, files]`.
    fn receive(self: Rc<Self>, data: JsValue) {
        let message = js_sys::Array::from(&data);
        let request: Request = match serde_wasm_bindgen::from_value(message.get(0)) {
            Ok(request) => request,
            Err(e) => {
                self.post(&Reply::Failed {
                    message: format!("Unroll's worker could not read a request ({e})"),
                });
                return;
            }
        };
        match request {
            Request::Load {
                load,
                sources,
                first_file,
            } => {
                let files: Vec<web_sys::File> = js_sys::Array::from(&message.get(1))
                    .iter()
                    .filter_map(|f| f.dyn_into().ok())
                    .collect();
                wasm_bindgen_futures::spawn_local(load::run(
                    self, load, sources, files, first_file,
                ));
            }
            Request::Cancel { load } => self.cancelled.borrow_mut().push(load),
            Request::Open { id, held } => {
                let mut service = self.service.borrow_mut();
                let shown = if held {
                    service.open_held(id, now_secs())
                } else {
                    service.open(id, now_secs())
                };
                drop(service);
                self.post_shown(Reply::Shown(shown));
            }
            Request::ShowAll { list } => {
                let shown = self.service.borrow_mut().show_all(list, now_secs());
                self.post_shown(Reply::Shown(shown));
            }
            Request::Export { id, exported_at } => {
                let reply = match self.service.borrow().export(&id, exported_at) {
                    Ok((file_name, json)) => Reply::Exported { file_name, json },
                    Err(message) => Reply::Failed {
                        message: format!("Export: {message}"),
                    },
                };
                self.post(&reply);
            }
        }
    }

    fn is_cancelled(&self, load: u32) -> bool {
        self.cancelled.borrow().contains(&load)
    }

    fn forget_cancel(&self, load: u32) {
        self.cancelled.borrow_mut().retain(|&l| l != load);
    }

    /// Adds a load's batch and the archive media it found: what the page shows now, or None
    /// when nothing changed.
    fn add(&self, batch: Batch, media: Vec<MediaRef>) -> Option<Shown> {
        let mut service = self.service.borrow_mut();
        let new_media = !media.is_empty();
        service.add_media(media);
        (service.add(batch) || new_media).then(|| service.shown(now_secs()))
    }
}
