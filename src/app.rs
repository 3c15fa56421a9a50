//! The root component: owns the reducer and the session with the worker, wires the browser
//! (files, URL, printing) to requests, and picks the screen: landing page, loading, or
//! reader.

mod page_events;

use std::rc::Rc;

use unroll_core::present::{page_title, ThreadView};
use unroll_core::protocol::ThreadList;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::error_banner::ErrorBanner;
use crate::components::load_progress::LoadProgress;
use crate::components::toolbar::Toolbar;
use crate::io;
use crate::media_files::MediaFiles;
use crate::pages::landing::Landing;
use crate::pages::reader::Reader;
use crate::route::SAMPLE_FILES;
use crate::session::Session;
use crate::state::State;

/// The open thread ready to show, with its author's other threads.
struct OpenThread {
    view: Rc<ThreadView>,
    more: Rc<ThreadList>,
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let session = (*use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| Session::new(dispatcher)
    }))
    .clone();
    let dragging = use_state(|| false);
    // Set when the person opens a thread, to the address at that moment: the open gets its
    // own history entry and focus follows them to the new article. Automatic opens (after a
    // load, an address typed, Back and Forward) replace the address and leave focus alone.
    let opened_by_person = use_mut_ref(|| None::<String>);
    // The thread the last render showed (what a deferred history entry must still name).
    let shown = use_mut_ref(|| None::<String>);

    {
        let session = session.clone();
        let dragging = dragging.setter();
        use_effect_with((), move |_| {
            // Once the page is painted and usable, the worker downloads behind it.
            spawn_local({
                let session = session.clone();
                async move {
                    io::after_paint().await;
                    session.warm_up();
                }
            });
            let listeners = page_events::listen(session, dragging);
            move || drop(listeners)
        });
    }

    let current = state.current_thread_id();
    let library = Rc::clone(&state.library);
    let open = state.view.as_ref().map(|view| OpenThread {
        view: Rc::clone(view),
        more: Rc::clone(&state.more),
    });

    // Keep the address bar, the scroll position and the title in step with the open thread.
    {
        let title = page_title(open.as_ref().map(|t| &t.view.author));
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
        let session = session.clone();
        Callback::from(move |files: Vec<web_sys::File>| session.load_files(files))
    };
    let on_paste = {
        let session = session.clone();
        Callback::from(move |text: String| session.load_pasted(text))
    };
    let on_sample = {
        let session = session.clone();
        Callback::from(move |()| {
            session.load_urls(SAMPLE_FILES.iter().map(|s| s.to_string()).collect())
        })
    };
    // The same callback on every render, so the reader and sidebar, which compare their
    // props, are not rendered again for nothing.
    let on_open = {
        let session = session.clone();
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
            session.open(id);
        })
    };
    let on_show_all = {
        let session = session.clone();
        use_callback((), move |list, ()| session.show_all(list))
    };
    let on_dismiss = {
        let session = session.clone();
        Callback::from(move |()| session.dismiss_errors())
    };
    let on_print = Callback::from(|()| io::print());
    let on_export = {
        let session = session.clone();
        let id = current.clone();
        Callback::from(move |()| {
            if let Some(id) = id.clone() {
                session.export(id);
            }
        })
    };
    let on_cancel = {
        let session = session.clone();
        let loads: Vec<u32> = state.loads.iter().map(|(l, _)| *l).collect();
        Callback::from(move |()| session.cancel(&loads))
    };
    let progress = state.is_loading().then(|| {
        html! {
            <LoadProgress progress={state.progress()} on_cancel={on_cancel.clone()} />
        }
    });

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
                <Reader thread={Rc::clone(&t.view)} more={Rc::clone(&t.more)} library={Rc::clone(&library)} {on_open} {on_show_all} />
            </ContextProvider<Rc<MediaFiles>>>
        },
        None if state.is_loading() => html! {
            <main class="loading-page">{ progress.clone() }</main>
        },
        None => html! {
            <Landing on_files={on_files.clone()} {on_paste} {on_sample} />
        },
    };
    html! {
        <div class={classes!("app", dragging.then_some("dragging"))}>
            if open.is_some() {
                <div class="appbar">
                    <span class="brand">{ "Unroll" }</span>
                    { progress.clone().unwrap_or_default() }
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
