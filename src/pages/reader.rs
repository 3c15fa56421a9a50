//! The reader: the open thread as an article with the sidebar beside it (below on phones).

use std::rc::Rc;

use unroll_core::present::ThreadView;
use unroll_core::protocol::{ListKind, ThreadList};
use yew::prelude::*;

use crate::components::sidebar::Sidebar;
use crate::components::thread::ThreadArticle;

#[derive(Properties)]
pub struct ReaderProps {
    pub thread: Rc<ThreadView>,
    pub more: Rc<ThreadList>,
    pub library: Rc<ThreadList>,
    pub on_open: Callback<String>,
    pub on_show_all: Callback<ListKind>,
}

/// By pointer: the app makes new `Rc`s when the data changes (see `SidebarProps`).
impl PartialEq for ReaderProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.thread, &other.thread)
            && Rc::ptr_eq(&self.more, &other.more)
            && Rc::ptr_eq(&self.library, &other.library)
            && self.on_open == other.on_open
            && self.on_show_all == other.on_show_all
    }
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    html! {
        <div class="reader">
            <main class="reading">
                <ThreadArticle key={props.thread.id.clone()} view={Rc::clone(&props.thread)} />
            </main>
            <Sidebar
                handle={props.thread.author.handle.clone()}
                current={props.thread.id.clone()}
                more={Rc::clone(&props.more)}
                library={Rc::clone(&props.library)}
                on_open={props.on_open.clone()}
                on_show_all={props.on_show_all.clone()}
            />
        </div>
    }
}
