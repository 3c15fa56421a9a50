//! The root component: owns the reducer, wires the browser (files, URL, printing, download)
//! to actions, computes core's view models for the open thread and picks the screen:
//! landing page, loading, or reader.

mod page_events;

use std::rc::Rc;

use unroll_core::export::export_thread;
use unroll_core::import::InputFile;
use unroll_core::present::{thread_view, ThreadView};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::clock::now_secs;
use crate::components::error_banner::ErrorBanner;
use crate::components::toolbar::Toolbar;
use crate::error::LoadError;
use crate::io;
use crate::media_files::MediaFiles;
use crate::pages::landing::Landing;
use crate::pages::reader::Reader;
use crate::route::SAMPLE_FILES;
use crate::state::{Action, State};
use crate::thread_list::ThreadList;

/// The open thread ready to show, with its author's other threads.
struct OpenThread {
    view: Rc<ThreadView>,
    more: Rc<ThreadList>,
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let dragging = use_state(|| false);
    // Set when the person opens a thread, to the address at that moment: the open gets its
    // own history entry and focus follows them to the new article. Automatic opens (after a
    // load, an address typed, Back and Forward) replace the address and leave focus alone.
    let opened_by_person = use_mut_ref(|| None::<String>);
    // The thread the last render showed (what a deferred history entry must still name).
    let shown = use_mut_ref(|| None::<String>);

    {
        let dispatcher = state.dispatcher();
        let library = state.library.clone();
        let dragging = dragging.setter();
        use_effect_with((), move |_| {
            let listeners = page_events::listen(dispatcher, library, dragging);
            move || drop(listeners)
        });
    }

    let current = state.current_thread_id();
    // The lists' summaries are made as their entries render (25 each until the person asks
    // for all), so they come with the article in one render and one layout (a library of
    // over 2,048 threads a frame later: see the sidebar).
    let library = use_memo(state.revision, {
        let lib = state.library.clone();
        move |_| ThreadList::library(&lib, now_secs())
    });
    let view = use_memo((state.revision, current.clone()), {
        let lib = state.library.clone();
        move |(_, id)| {
            let id = id.as_deref()?;
            thread_view(&lib.borrow(), id, now_secs()).map(Rc::new)
        }
    });
    let author = (*view).as_ref().map(|v| v.author.id.clone());
    let more = use_memo((state.revision, author), {
        let lib = state.library.clone();
        move |(_, author)| {
            let author = author.as_deref().unwrap_or_default();
            ThreadList::by_author(&lib, author, now_secs())
        }
    });
    let open = (*view).as_ref().map(|view| OpenThread {
        view: Rc::clone(view),
        more: Rc::clone(&more),
    });

    // Keep the address bar, the scroll position and the title in step with the open thread.
    {
        let title = match open.as_ref() {
            Some(t)
                if t.view
                    .author
                    .display_name
                    .eq_ignore_ascii_case(&t.view.author.handle) =>
            {
                format!("Thread by @{} — Unroll", t.view.author.handle)
            }
            Some(t) => format!(
                "Thread by {} (@{}) — Unroll",
                t.view.author.display_name, t.view.author.handle
            ),
            None => "Unroll — read threads as articles".to_string(),
        };
        let opened_by_person = opened_by_person.clone();
        let shown = shown.clone();
        use_effect_with((current.clone(), title), move |(id, title)| {
            shown.replace(id.clone());
            match (id, opened_by_person.take()) {
                (Some(id), None) => {
                    io::replace_fragment(id);
                    io::scroll_to_top();
                }
                // The history entry and focus change nothing on screen: they wait until the
                // new article is painted. Done before, each forced its own style and layout
                // of the page into the click (pushState alone took over a millisecond).
                // Unless, by then, the address was changed (a hashchange not yet handled)
                // or another thread opened.
                (Some(id), Some(address)) => {
                    let id = id.clone();
                    spawn_local(async move {
                        io::after_paint().await;
                        if io::fragment() == address && shown.borrow().as_ref() == Some(&id) {
                            io::push_fragment(&id);
                            io::focus_thread_title();
                        }
                    });
                }
                (None, _) => {}
            }
            io::set_title(title);
        });
    }

    let on_files = {
        let dispatcher = state.dispatcher();
        let library = state.library.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            io::load(dispatcher.clone(), library.clone(), io::read_files(files));
        })
    };
    let on_paste = {
        let dispatcher = state.dispatcher();
        let library = state.library.clone();
        Callback::from(move |text: String| {
            if text.trim().is_empty() {
                dispatcher.dispatch(Action::Report(vec![LoadError::NothingPasted]));
                return;
            }
            let file = InputFile {
                name: "pasted.json".to_string(),
                bytes: text.into_bytes(),
            };
            io::load(dispatcher.clone(), library.clone(), async move {
                io::Gathered::from(vec![file])
            });
        })
    };
    let on_sample = {
        let dispatcher = state.dispatcher();
        let library = state.library.clone();
        Callback::from(move |()| {
            let urls = SAMPLE_FILES.iter().map(|s| s.to_string()).collect();
            io::load(dispatcher.clone(), library.clone(), io::fetch_urls(urls));
        })
    };
    // The same callback on every render, so the reader and sidebar, which compare their
    // props, are not rendered again for nothing.
    let on_open = {
        let dispatcher = state.dispatcher();
        let opened_by_person = opened_by_person.clone();
        let shown = shown.clone();
        use_callback((), move |id: String, ()| {
            // The open thread asked for again: back to its top, focus left on the link (no
            // render follows to take it anywhere, nor to clear the flag below).
            if shown.borrow().as_deref() == Some(id.as_str()) {
                io::scroll_to_top();
                return;
            }
            *opened_by_person.borrow_mut() = Some(io::fragment());
            // Before the new article is rendered, while the page's style is still clean: then
            // neither forces a style recalculation into the click. Removing the focused link
            // (the open thread leaves "More from") would, and so would scrolling after the
            // change. Focus moves to the new heading once it is painted.
            io::blur_active();
            io::scroll_to_top();
            dispatcher.dispatch(Action::Open(id));
        })
    };
    let on_dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::DismissError))
    };
    let on_print = Callback::from(|()| io::print());
    let on_export = {
        let dispatcher = state.dispatcher();
        let lib = state.library.clone();
        let id = current.clone();
        Callback::from(move |()| {
            let Some(id) = id.as_deref() else { return };
            let result = match export_thread(&lib.borrow(), id) {
                Some(json) => io::download_json(&format!("unroll-thread-{id}.json"), &json),
                None => Err(LoadError::Export {
                    message: format!("thread {id} is not loaded"),
                }),
            };
            if let Err(e) = result {
                dispatcher.dispatch(Action::Report(vec![e]));
            }
        })
    };

    let messages = Rc::new(
        state
            .errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
    );
    // Every child below renders at least one node or is left out by an `if`: a component
    // rendering nothing between siblings that change trips yew 0.23 (yewstack/yew#4092).
    let screen = match open.as_ref() {
        Some(t) => html! {
            <ContextProvider<Rc<MediaFiles>> context={Rc::clone(&state.media)}>
                <Reader thread={Rc::clone(&t.view)} more={Rc::clone(&t.more)} library={Rc::clone(&library)} {on_open} />
            </ContextProvider<Rc<MediaFiles>>>
        },
        None if state.is_loading() => html! {
            <main class="loading-page"><p class="loading" role="status">{ "Loading…" }</p></main>
        },
        None => html! {
            <Landing loading={state.is_loading()} on_files={on_files.clone()} {on_paste} {on_sample} />
        },
    };
    html! {
        <div class={classes!("app", dragging.then_some("dragging"))}>
            if open.is_some() {
                <div class="appbar">
                    <span class="brand">{ "Unroll" }</span>
                    if state.is_loading() {
                        <span class="loading" role="status">{ "Loading…" }</span>
                    }
                    <Toolbar {on_files} {on_print} {on_export} />
                </div>
            }
            if !messages.is_empty() {
                <ErrorBanner {messages} {on_dismiss} />
            }
            { screen }
            if *dragging {
                <div class="drop-overlay" aria-hidden="true"><p>{ "Drop to read" }</p></div>
            }
        </div>
    }
}
