//! Page-level listeners, set up once when the app mounts: files dragged over and dropped
//! anywhere on the page (with the drop overlay shown meanwhile), back/forward through
//! `#t=<id>` fragments, and what the URL asks for on start (`#t=`, `?src=`, `?sample`) or
//! the landing page was given before the app started.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::UseStateSetter;

use crate::components::file_picker::file_list;
use crate::io;
use crate::route::{thread_from_fragment, SAMPLE_FILES};
use crate::session::Session;
use crate::shell;

fn data_transfer(e: &web_sys::Event) -> Option<web_sys::DataTransfer> {
    e.dyn_ref::<web_sys::DragEvent>()?.data_transfer()
}

/// Whether a drag carries files (not text or a link being dragged within the page, which
/// must keep working, e.g. into the paste box).
fn carries_files(e: &web_sys::Event) -> bool {
    data_transfer(e).is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// Listens until the returned listeners are dropped.
pub fn listen(session: Session, dragging: UseStateSetter<bool>) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let Some(document) = window.document() else {
        return Vec::new();
    };
    // dragenter/dragleave fire for every element crossed; count them to know when the drag
    // has really left the page.
    let depth = Rc::new(Cell::new(0_u32));
    let active = EventListenerOptions::enable_prevent_default();
    let mut listeners = Vec::new();

    listeners.push({
        let (depth, dragging) = (Rc::clone(&depth), dragging.clone());
        EventListener::new_with_options(&document, "dragenter", active, move |e| {
            if carries_files(e) {
                e.prevent_default();
                depth.set(depth.get().saturating_add(1));
                dragging.set(true);
            }
        })
    });
    listeners.push(EventListener::new_with_options(
        &document,
        "dragover",
        active,
        move |e| {
            if carries_files(e) {
                e.prevent_default();
                if let Some(dt) = data_transfer(e) {
                    dt.set_drop_effect("copy");
                }
            }
        },
    ));
    listeners.push({
        let (depth, dragging) = (Rc::clone(&depth), dragging.clone());
        EventListener::new(&document, "dragleave", move |e| {
            if carries_files(e) {
                depth.set(depth.get().saturating_sub(1));
                if depth.get() == 0 {
                    dragging.set(false);
                }
            }
        })
    });
    listeners.push({
        let (depth, dragging, session) = (Rc::clone(&depth), dragging.clone(), session.clone());
        EventListener::new_with_options(&document, "drop", active, move |e| {
            depth.set(0);
            dragging.set(false);
            if !carries_files(e) {
                return;
            }
            // Without this the browser would leave the app to show the dropped file.
            e.prevent_default();
            let files = file_list(data_transfer(e).and_then(|dt| dt.files()));
            if !files.is_empty() {
                session.load_files(files);
            }
        })
    });
    listeners.push({
        let (depth, dragging) = (Rc::clone(&depth), dragging.clone());
        EventListener::new(&document, "dragend", move |_| {
            depth.set(0);
            dragging.set(false);
        })
    });
    // A fragment typed or followed fires `hashchange`; Back/Forward across the entries
    // `io::push_fragment` adds fire `popstate`. Opening an already open thread is a no-op.
    for event in ["hashchange", "popstate"] {
        let session = session.clone();
        listeners.push(EventListener::new(&window, event, move |_| {
            if let Some(id) = thread_from_fragment(&io::fragment()) {
                session.open(id);
            }
        }));
    }

    start_from_url(&session);
    listeners
}

/// `#t=<id>` opens that thread once it is loaded; `?sample` and `?src=` load on start, and
/// so does what the person gave the landing page before the app started.
fn start_from_url(session: &Session) {
    if let Some(id) = thread_from_fragment(&io::fragment()) {
        session.open(id);
    }
    let early = shell::take();
    shell::restore(&early);
    if !early.files.is_empty() {
        session.load_files(early.files);
    }
    if let Some(text) = early.pasted {
        session.load_pasted(text);
    }
    let (srcs, sample) = io::query_sources();
    if sample || early.sample {
        session.load_urls(SAMPLE_FILES.iter().map(|s| s.to_string()).collect());
    }
    if !srcs.is_empty() {
        let (ok, refused) = io::vet_sources(srcs);
        session.report(refused);
        if !ok.is_empty() {
            session.load_urls(ok);
        }
    }
}
