//! The landing page the HTML carries before the app starts (`#shell` in `index.html`, the
//! app's own first render): taking it over as the app mounts, with whatever the person did
//! with it meanwhile (`assets/early.js` held it), so a first visit can take a file before
//! the app's wasm has arrived. It only runs in the browser.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

use crate::components::paste_box::PASTE_ID;

/// The element of `index.html` holding the landing page until the app renders.
pub const SHELL_ID: &str = "shell";

/// What the person did on the landing page before the app started.
#[derive(Default)]
pub struct Early {
    pub files: Vec<web_sys::File>,
    pub sample: bool,
    /// Text sent with "Load pasted JSON".
    pub pasted: Option<String>,
    /// What the paste box held (sent or not): the app's paste box gets it back.
    pub draft: String,
    /// The id of the element that had focus, to give it back.
    pub focused: String,
}

thread_local! {
    static EARLY: RefCell<Option<Early>> = const { RefCell::new(None) };
}

/// Ends the early page: stops its listeners, keeps what it held for `take` and removes its
/// markup, so the app renders in its place. Call right before mounting the app.
pub fn hand_over() {
    let early = held();
    EARLY.with(|e| *e.borrow_mut() = Some(early));
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SHELL_ID))
    {
        shell.remove();
    }
}

/// What the early page held (once; empty after, or when there was none).
pub fn take() -> Early {
    EARLY.with(|e| e.borrow_mut().take()).unwrap_or_default()
}

/// Gives the app's paste box the draft and the focus back, once the app is rendered.
pub fn restore(early: &Early) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if !early.draft.is_empty() {
        if let Some(area) = document
            .get_element_by_id(PASTE_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            area.set_value(&early.draft);
        }
    }
    if !early.focused.is_empty() {
        if let Some(el) = document
            .get_element_by_id(&early.focused)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }
}

/// Calls `window.unrollEarly.take()`; nothing when the script did not run.
fn held() -> Early {
    let Some(window) = web_sys::window() else {
        return Early::default();
    };
    let get = |target: &JsValue, key: &str| js_sys::Reflect::get(target, &JsValue::from_str(key));
    let Ok(early) = get(&window, "unrollEarly") else {
        return Early::default();
    };
    let Some(take) = get(&early, "take")
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return Early::default();
    };
    let Ok(held) = take.call0(&early) else {
        return Early::default();
    };
    let files = get(&held, "files")
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Array>().ok())
        .map(|a| {
            a.iter()
                .filter_map(|f| f.dyn_into::<web_sys::File>().ok())
                .collect()
        })
        .unwrap_or_default();
    let text = |key| get(&held, key).ok().and_then(|v| v.as_string());
    Early {
        files,
        sample: get(&held, "sample").ok().and_then(|v| v.as_bool()) == Some(true),
        pasted: text("pasted"),
        draft: text("draft").unwrap_or_default(),
        focused: text("focused").unwrap_or_default(),
    }
}
