//! The side column: the `<aside>` "More from @handle" (the author's other loaded threads,
//! newest first) and the library of every loaded thread, the open one marked `aria-current`.
//! Each list shows its first `LIST_CAP` entries (core's `service` decides which) and a "Show all N threads" button: a 100k-post
//! archive holds thousands of threads, and rendering them all costs seconds and megabytes.

use std::rc::Rc;

use unroll_core::present::{
    handle_label, more_from_label, no_more_label, show_all_label, ThreadSummary,
};
use unroll_core::protocol::{ListKind, ThreadList};
use unroll_core::time::format_rfc3339;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::io;
use crate::route::thread_fragment;

#[derive(Properties)]
pub struct SidebarProps {
    /// The open thread's author, without "@".
    pub handle: AttrValue,
    pub current: AttrValue,
    /// The author's other threads (the open one left out).
    pub more: Rc<ThreadList>,
    /// Every loaded thread: the first entries, the open one among them, or all.
    pub library: Rc<ThreadList>,
    /// Opens a thread by id.
    pub on_open: Callback<String>,
    /// Asks for every entry of a list ("Show all N threads").
    pub on_show_all: Callback<ListKind>,
}

/// The lists compare by pointer: the app keeps a list's `Rc` while it is unchanged.
impl PartialEq for SidebarProps {
    fn eq(&self, other: &Self) -> bool {
        self.handle == other.handle
            && self.current == other.current
            && Rc::ptr_eq(&self.more, &other.more)
            && Rc::ptr_eq(&self.library, &other.library)
            && self.on_open == other.on_open
            && self.on_show_all == other.on_show_all
    }
}

/// A library of more threads than this is listed a frame after the reader first shows: the
/// first layout of the page looks up its fonts, and the article's and the lists' together
/// made one task of over 50 ms after a 100k-post import (8,000 threads, and a heap whose
/// collection may fall into that task). Smaller libraries are listed with the article.
pub const LIST_AFTER_PAINT_OVER: usize = 2048;

fn show_all_button(total: usize, on_click: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="show-all" onclick={on_click}>
            { show_all_label(total) }
        </button>
    }
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

/// One entry of a list. Entries compare their props by value, so opening another thread
/// re-renders only the entries that change (the two whose `aria-current` moves, the one
/// leaving "More from" and the one coming back), not all 50.
#[derive(Properties, PartialEq)]
struct EntryProps {
    summary: ThreadSummary,
    /// The open thread (library entries mark it `aria-current`).
    #[prop_or_default]
    current: bool,
    on_open: Callback<String>,
}

#[function_component]
fn MoreEntry(props: &EntryProps) -> Html {
    let s = &props.summary;
    html! {
        <li>
            <a class="summary" href={thread_fragment(&s.thread_id)} onclick={open_on_click(&props.on_open, &s.thread_id)}>
                <time datetime={format_rfc3339(s.created_at)}>{ s.date_label.clone() }</time>
                <span class="excerpt" dir="auto">{ s.excerpt.clone() }</span>
                <span class="read-more">{ s.read_label.clone() }</span>
            </a>
        </li>
    }
}

#[function_component]
fn LibraryEntry(props: &EntryProps) -> Html {
    let s = &props.summary;
    html! {
        <li>
            <a
                class="library-entry"
                href={thread_fragment(&s.thread_id)}
                aria-current={props.current.then_some("page")}
                onclick={open_on_click(&props.on_open, &s.thread_id)}
            >
                <span class="entry-head">
                    <span class="handle">{ handle_label(&s.author_handle) }</span>
                    <time datetime={format_rfc3339(s.created_at)}>{ s.date_label.clone() }</time>
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
    let more_from = more_from_label(&props.handle);
    let listed = use_state(|| props.library.total <= LIST_AFTER_PAINT_OVER);
    {
        let listed = listed.clone();
        use_effect_with((), move |_| {
            if !*listed {
                spawn_local(async move {
                    io::after_paint().await;
                    // Rendered in a task of its own, not in the frame's callbacks: the frame
                    // that lays the lists out is long enough on its own.
                    io::yield_to_browser().await;
                    listed.set(true);
                });
            }
        });
    }
    if !*listed {
        return html! {
            <div class="side">
                <aside class="sidebar" aria-labelledby="more-from-title">
                    <h2 id="more-from-title">{ more_from.clone() }</h2>
                    <p class="empty" role="status">{ "Listing threads…" }</p>
                </aside>
                <nav class="library" aria-label="Library">
                    <h2>{ "Library" }</h2>
                </nav>
            </div>
        };
    }

    let show_all = |list: ListKind| props.on_show_all.reform(move |_: MouseEvent| list);
    let more = &props.more;
    let library = &props.library;
    html! {
        <div class="side">
            <aside class="sidebar" aria-labelledby="more-from-title">
                <h2 id="more-from-title">{ more_from }</h2>
                if more.entries.is_empty() {
                    <p class="empty">{ no_more_label(&props.handle) }</p>
                } else {
                    <ol class="summaries">
                        { for more.entries.iter().map(|s| html! {
                            <MoreEntry
                                key={s.thread_id.clone()}
                                summary={s.clone()}
                                on_open={props.on_open.clone()}
                            />
                        }) }
                    </ol>
                    if !more.is_whole() {
                        { show_all_button(more.total, show_all(ListKind::More)) }
                    }
                }
            </aside>
            <nav class="library" aria-label="Library">
                <h2>{ "Library" }</h2>
                <ol>
                    { for library.entries.iter().map(|s| html! {
                        <LibraryEntry
                            key={s.thread_id.clone()}
                            summary={s.clone()}
                            current={s.thread_id == props.current.as_str()}
                            on_open={props.on_open.clone()}
                        />
                    }) }
                </ol>
                if !library.is_whole() {
                    { show_all_button(library.total, show_all(ListKind::Library)) }
                }
            </nav>
        </div>
    }
}
