//! The side column: the `<aside>` "More from @handle" (the author's other loaded threads,
//! newest first) and the library of every loaded thread, the open one marked `aria-current`.
//! Each list shows its first [`CAP`] entries and a "Show all N threads" button: a 100k-post
//! archive holds thousands of threads, and rendering them all costs seconds and megabytes.

use std::rc::Rc;

use unroll_core::present::handle_label;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::io;
use crate::iso_time::rfc3339;
use crate::route::thread_fragment;
use crate::thread_list::ThreadList;

#[derive(Properties)]
pub struct SidebarProps {
    /// The open thread's author, without "@".
    pub handle: AttrValue,
    pub current: AttrValue,
    /// The author's threads (`ThreadList::by_author`); the open one, if among them, is left
    /// out here, so one list serves every thread of the author.
    pub more: Rc<ThreadList>,
    /// Every loaded thread (`ThreadList::library`).
    pub library: Rc<ThreadList>,
    /// Opens a thread by id.
    pub on_open: Callback<String>,
}

/// The lists compare by pointer: the app makes them once per load (and per author).
impl PartialEq for SidebarProps {
    fn eq(&self, other: &Self) -> bool {
        self.handle == other.handle
            && self.current == other.current
            && Rc::ptr_eq(&self.more, &other.more)
            && Rc::ptr_eq(&self.library, &other.library)
            && self.on_open == other.on_open
    }
}

/// How many entries each list shows until the person asks for all of them. 25 rather than a
/// rounder 20 so the sample archive's "More from" still reaches its 18-post thread of Feb 23,
/// 2022 (21st newest), which the e2e reader test expects to see without expanding.
pub const CAP: usize = 25;

/// A library of more threads than this is listed a frame after the reader first shows: the
/// first layout of the page looks up its fonts, and the article's and the lists' together
/// made one task of over 50 ms after a 100k-post import (8,000 threads, and a heap whose
/// collection may fall into that task). Smaller libraries are listed with the article.
pub const LIST_AFTER_PAINT_OVER: usize = 2048;

/// The library entries to show while collapsed: the first [`CAP`], the open thread always
/// among them (in its place in the order, taking the last slot when it sorts further down).
fn capped_library(library: &ThreadList, current: &str) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..library.len().min(CAP)).collect();
    if shown.len() == CAP && !library.ids().take(CAP).any(|id| id == current) {
        if let Some(open) = library.ids().skip(CAP).position(|id| id == current) {
            shown.pop();
            shown.push(CAP + open);
        }
    }
    shown
}

fn show_all_button(total: usize, on_click: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="show-all" onclick={on_click}>
            { format!("Show all {total} threads") }
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

/// One entry of a list: `list[index]`. Entries are components comparing their props by
/// pointer, so opening another thread re-renders only the entries that change (the two whose
/// `aria-current` moves, the one leaving "More from" and the one coming back), not all 50.
#[derive(Properties)]
struct EntryProps {
    list: Rc<ThreadList>,
    index: usize,
    /// The open thread (library entries mark it `aria-current`).
    #[prop_or_default]
    current: bool,
    on_open: Callback<String>,
}

impl PartialEq for EntryProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.list, &other.list)
            && self.index == other.index
            && self.current == other.current
            && self.on_open == other.on_open
    }
}

#[function_component]
fn MoreEntry(props: &EntryProps) -> Html {
    let Some(s) = props.list.summary(props.index) else {
        return Html::default();
    };
    html! {
        <li>
            <a class="summary" href={thread_fragment(&s.thread_id)} onclick={open_on_click(&props.on_open, &s.thread_id)}>
                <time datetime={rfc3339(s.created_at)}>{ s.date_label.clone() }</time>
                <span class="excerpt" dir="auto">{ s.excerpt.clone() }</span>
                <span class="read-more">{ s.read_label.clone() }</span>
            </a>
        </li>
    }
}

#[function_component]
fn LibraryEntry(props: &EntryProps) -> Html {
    let Some(s) = props.list.summary(props.index) else {
        return Html::default();
    };
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
    // Threads without an author id may be anyone's: say so rather than "@".
    let handle = if props.handle.is_empty() {
        "unknown authors".to_string()
    } else {
        handle_label(&props.handle)
    };
    // The author whose "More from" list is expanded: another author's list starts collapsed.
    let more_expanded_for = use_state(|| None::<AttrValue>);
    let library_expanded = use_state(|| false);
    let listed = use_state(|| props.library.len() <= LIST_AFTER_PAINT_OVER);
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
                    <h2 id="more-from-title">{ format!("More from {handle}") }</h2>
                    <p class="empty" role="status">{ "Listing threads…" }</p>
                </aside>
                <nav class="library" aria-label="Library">
                    <h2>{ "Library" }</h2>
                </nav>
            </div>
        };
    }

    // With their indices in `props.more`; the open thread left out.
    let more: Vec<(usize, &str)> = (props.more.ids().enumerate())
        .filter(|&(_, id)| id != props.current.as_str())
        .collect();
    let more_expanded = more_expanded_for.as_ref() == Some(&props.handle);
    let more_shown = if more_expanded {
        more.len()
    } else {
        more.len().min(CAP)
    };
    let expand_more = {
        let setter = more_expanded_for.setter();
        let handle = props.handle.clone();
        Callback::from(move |_: MouseEvent| setter.set(Some(handle.clone())))
    };
    let library_shown: Vec<usize> = if *library_expanded {
        (0..props.library.len()).collect()
    } else {
        capped_library(&props.library, &props.current)
    };
    let expand_library = {
        let setter = library_expanded.setter();
        Callback::from(move |_: MouseEvent| setter.set(true))
    };
    html! {
        <div class="side">
            <aside class="sidebar" aria-labelledby="more-from-title">
                <h2 id="more-from-title">{ format!("More from {handle}") }</h2>
                if more.is_empty() {
                    <p class="empty">{ format!("No other threads by {handle} are loaded.") }</p>
                } else {
                    <ol class="summaries">
                        { for more.iter().take(more_shown).map(|&(index, id)| html! {
                            <MoreEntry
                                key={id}
                                list={Rc::clone(&props.more)}
                                {index}
                                on_open={props.on_open.clone()}
                            />
                        }) }
                    </ol>
                    if more_shown < more.len() {
                        { show_all_button(more.len(), expand_more) }
                    }
                }
            </aside>
            <nav class="library" aria-label="Library">
                <h2>{ "Library" }</h2>
                <ol>
                    { for library_shown.iter().filter_map(|&index| {
                        let id = props.library.id(index)?;
                        Some(html! {
                            <LibraryEntry
                                key={id}
                                list={Rc::clone(&props.library)}
                                {index}
                                current={id == props.current.as_str()}
                                on_open={props.on_open.clone()}
                            />
                        })
                    }) }
                </ol>
                if library_shown.len() < props.library.len() {
                    { show_all_button(props.library.len(), expand_library) }
                }
            </nav>
        </div>
    }
}
