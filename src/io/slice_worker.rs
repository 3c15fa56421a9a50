//! A dedicated worker that reads file slices (`Blob.arrayBuffer()`) off the main thread and
//! hands each back transferred, not copied. Read on the main thread, a 300 MB file arrived
//! in some 3,400 tasks of about 0.1 ms each, 0.37 s the import could not use.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

/// The worker's whole script: each message is a Blob; the reply is its bytes, or why they
/// could not be read.
const SCRIPT: &str = "onmessage = (e) => e.data.arrayBuffer().then(\
     (b) => postMessage(b, [b]), (r) => postMessage(String(r)));";

pub struct SliceWorker {
    worker: web_sys::Worker,
    url: String,
    /// Set once the worker reports an error, so a worker that failed while idle is not
    /// asked again. (A page whose content security policy forbids blob: workers gets a
    /// Worker all the same, which fails as it starts; a read pending then is rejected.)
    failed: Rc<Cell<bool>>,
    _on_error: gloo::events::EventListener,
}

thread_local! {
    /// The worker of the last large file read, idle, kept for the next one. (Started ahead
    /// when the page came up, it made a 10k import 6 ms faster, interleaved: not worth a
    /// thread on every visit.)
    static SPARE: std::cell::RefCell<Option<SliceWorker>> = const { std::cell::RefCell::new(None) };
}

/// Whether a spare worker is ready (it is once a large file's read gave it back).
pub fn spare_ready() -> bool {
    SPARE.with(|spare| spare.borrow().is_some())
}

impl SliceWorker {
    /// The spare worker, or a new one; None where the page cannot start one (the caller
    /// reads on the main thread then).
    pub fn take() -> Option<Self> {
        SPARE
            .with(|spare| spare.borrow_mut().take())
            .or_else(SliceWorker::start)
    }

    /// Keeps an idle worker (no read pending) as the spare, or ends it if there is one.
    pub fn give_back(self) {
        SPARE.with(|spare| {
            let mut spare = spare.borrow_mut();
            if spare.is_none() {
                *spare = Some(self);
            }
        });
    }

    fn start() -> Option<Self> {
        let parts = js_sys::Array::of1(&JsValue::from_str(SCRIPT));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        match web_sys::Worker::new(&url) {
            Ok(worker) => {
                let failed = Rc::new(Cell::new(false));
                let on_error = {
                    let failed = Rc::clone(&failed);
                    gloo::events::EventListener::new(&worker, "error", move |_| failed.set(true))
                };
                Some(SliceWorker {
                    worker,
                    url,
                    failed,
                    _on_error: on_error,
                })
            }
            Err(_) => {
                let _ = web_sys::Url::revoke_object_url(&url);
                None
            }
        }
    }

    /// Asks for `blob`'s bytes: a promise of the worker's reply (a `MessageEvent`, see
    /// `reply_bytes`). One read at a time: the next is asked once this one is settled.
    pub fn read(&self, blob: &web_sys::Blob) -> Result<js_sys::Promise, String> {
        if self.failed.get() {
            return Err("the reading worker failed".to_string());
        }
        let worker = &self.worker;
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            worker.set_onmessage(Some(&resolve));
            worker.set_onerror(Some(&reject));
        });
        worker
            .post_message(blob)
            .map_err(|e| format!("could not ask the reading worker: {e:?}"))?;
        Ok(promise)
    }
}

/// The bytes in a reply to `read`, or the reason the worker gave.
pub fn reply_bytes(reply: &JsValue) -> Result<JsValue, String> {
    let data = reply
        .dyn_ref::<web_sys::MessageEvent>()
        .map(web_sys::MessageEvent::data)
        .ok_or("the reading worker sent no message")?;
    if data.is_instance_of::<js_sys::ArrayBuffer>() {
        Ok(data)
    } else {
        Err(data.as_string().unwrap_or_else(|| format!("{data:?}")))
    }
}

impl Drop for SliceWorker {
    fn drop(&mut self) {
        self.worker.terminate();
        let _ = web_sys::Url::revoke_object_url(&self.url);
    }
}
