//! The side column: the `<aside>` "More from @handle" (the author's other loaded threads,
//! newest first) and the library of every loaded thread, the open one marked `aria-current`.

use std::rc::Rc;

use unroll_core::present::ThreadSummary;
use yew::prelude::*;

use crate::iso_time::rfc3339;
use crate::route::thread_fragment;

#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    /// The open thread's author, without "@".
    pub handle: AttrValue,
    pub current: AttrValue,
    /// `related::more_from_author` for the open thread.
    pub more: Rc<Vec<ThreadSummary>>,
    /// `present::library_summaries`.
    pub library: Rc<Vec<ThreadSummary>>,
    /// Opens a thread by id.
    pub on_open: Callback<String>,
}

fn open_on_click(on_open: &Callback<String>, id: &str) -> Callback<MouseEvent> {
    let on_open = on_open.clone();
    let id = id.to_string();
    Callback::from(move |e: MouseEvent| {
        // Let modified clicks (new tab, new window) do what the person asked.
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        on_open.emit(id.clone());
    })
}

fn more_entry(s: &ThreadSummary, on_open: &Callback<String>) -> Html {
    html! {
        <li>
            <a class="summary" href={thread_fragment(&s.thread_id)} onclick={open_on_click(on_open, &s.thread_id)}>
                <time datetime={rfc3339(s.created_at)}>{ s.date_label.clone() }</time>
                <span class="excerpt" dir="auto">{ s.excerpt.clone() }</span>
                <span class="read-more">{ s.read_label.clone() }</span>
            </a>
        </li>
    }
}

fn library_entry(s: &ThreadSummary, current: &str, on_open: &Callback<String>) -> Html {
    let is_current = s.thread_id == current;
    html! {
        <li>
            <a
                class="library-entry"
                href={thread_fragment(&s.thread_id)}
                aria-current={is_current.then_some("page")}
                onclick={open_on_click(on_open, &s.thread_id)}
            >
                <span class="entry-head">
                    <span class="handle">{ format!("@{}", s.author_handle) }</span>
                    <time datetime={rfc3339(s.created_at)}>{ s.date_label.clone() }</time>
                </span>
                <span class="excerpt" dir="auto">{ s.excerpt.clone() }</span>
            </a>
        </li>
    }
}

/// The side column: the `<aside>` with "More from @handle", then the library `<nav>` below
/// it. The nav is the site's navigation, not content related to the thread, so it stands
/// beside the aside rather than inside it.
#[function_component]
pub fn Sidebar(props: &SidebarProps) -> Html {
    let handle = format!("@{}", props.handle);
    html! {
        <div class="side">
            <aside class="sidebar" aria-labelledby="more-from-title">
                <h2 id="more-from-title">{ format!("More from {handle}") }</h2>
                if props.more.is_empty() {
                    <p class="empty">{ format!("No other threads by {handle} are loaded.") }</p>
                } else {
                    <ol class="summaries">
                        { for props.more.iter().map(|s| more_entry(s, &props.on_open)) }
                    </ol>
                }
            </aside>
            <nav class="library" aria-label="Library">
                <h2>{ "Library" }</h2>
                <ol>
                    { for props.library.iter().map(|s| library_entry(s, &props.current, &props.on_open)) }
                </ol>
            </nav>
        </div>
    }
}
