//! The root component: owns the reducer, wires the browser (files, URL, printing, download)
//! to actions, computes core's view models for the open thread and picks the screen:
//! landing page, loading, or reader.

mod page_events;

use std::rc::Rc;

use unroll_core::export::export_thread;
use unroll_core::import::InputFile;
use unroll_core::present::{library_summaries, summary, thread_view, ThreadSummary, ThreadView};
use unroll_core::related::threads_by;
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
use crate::state::{Action, SharedLibrary, State};

/// Threads summarised between two looks at the clock while the library list is made.
const SUMMARIES_STEP: usize = 256;

/// Summaries of every loaded thread (the library list, and "More from" is picked from
/// them), with the library revision they were made for. A small library's are made at
/// once; a large one's after the load's first render, in slices the browser runs between,
/// so the opened thread shows without waiting for them and no task is long (8,000 threads'
/// excerpts took ~0.1 s).
#[hook]
fn use_summaries(library: &SharedLibrary, revision: u64) -> (Rc<Vec<ThreadSummary>>, u64) {
    let made = use_state(|| (0u64, Rc::new(Vec::new())));
    let latest = use_mut_ref(|| 0u64);
    // A small library is listed in the render that shows the load: one render and one
    // layout. (Made in an effect, it took a second render, which yew's scheduler ran after
    // letting the browser lay out the first: two layouts of the whole reader.)
    let small = use_memo(revision, {
        let library = library.clone();
        move |&revision| {
            let lib = library.borrow();
            let small = revision != 0 && lib.threads().len() <= SUMMARIES_STEP;
            small.then(|| Rc::new(library_summaries(&lib, now_secs())))
        }
    });
    {
        let made = made.clone();
        let library = library.clone();
        let small = small.is_some();
        use_effect_with(revision, move |&revision| {
            *latest.borrow_mut() = revision;
            if revision == 0 || small {
                return;
            }
            spawn_local(async move {
                io::yield_to_browser().await;
                // In slices between which the browser runs: 100k posts make 8,000 threads,
                // and their excerpts were one task of over 0.1 s.
                let now = now_secs();
                let mut list = Vec::new();
                let mut slice = io::Slice::start();
                loop {
                    if *latest.borrow() != revision {
                        return;
                    }
                    let done = {
                        let lib = library.borrow();
                        let threads = lib.threads();
                        let end = (list.len() + SUMMARIES_STEP).min(threads.len());
                        let next = threads.get(list.len()..end).unwrap_or_default();
                        list.extend(next.iter().map(|t| summary(&lib, t, now)));
                        end >= threads.len()
                    };
                    if done {
                        break;
                    }
                    slice.yield_when_used().await;
                }
                made.set((revision, Rc::new(list.into_iter().flatten().collect())));
            });
        });
    }
    match small.as_ref() {
        Some(list) => (Rc::clone(list), revision),
        None => (Rc::clone(&made.1), made.0),
    }
}

/// The open thread ready to show, with its author's other threads.
struct OpenThread {
    view: Rc<ThreadView>,
    more: Rc<Vec<ThreadSummary>>,
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let dragging = use_state(|| false);
    // Set when the person opens a thread: the open gets its own history entry and focus
    // follows them to the new article. Automatic opens (after a load, Back and Forward)
    // replace the address and leave focus alone.
    let opened_by_person = use_mut_ref(|| false);

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
    let (library, library_revision) = use_summaries(&state.library, state.revision);
    let view = use_memo((state.revision, current.clone()), {
        let lib = state.library.clone();
        move |(_, id)| {
            let id = id.as_deref()?;
            thread_view(&lib.borrow(), id, now_secs()).map(Rc::new)
        }
    });
    let author = (*view).as_ref().map(|v| v.author.id.clone());
    let more = use_memo((library_revision, author), {
        let summaries = Rc::clone(&library);
        move |(_, author)| {
            Rc::new(
                author
                    .as_deref()
                    .map_or_else(Vec::new, |a| threads_by(&summaries, a)),
            )
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
        use_effect_with((current.clone(), title), move |(id, title)| {
            if let Some(id) = id {
                let by_person = opened_by_person.replace(false);
                if !by_person {
                    io::scroll_to_top();
                }
                // The address and focus change nothing on screen: they wait until the new
                // article is painted. Done before, each forced its own style and layout
                // of the page into the click (pushState alone took over a millisecond).
                let id = id.clone();
                spawn_local(async move {
                    io::after_paint().await;
                    if by_person {
                        io::push_fragment(&id);
                        io::focus_thread_title();
                    } else {
                        io::replace_fragment(&id);
                    }
                });
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
        use_callback((), move |id: String, ()| {
            *opened_by_person.borrow_mut() = true;
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
                <Reader thread={Rc::clone(&t.view)} more={Rc::clone(&t.more)} library={Rc::clone(&library)} {on_open}
                    listing={library_revision != state.revision} />
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
