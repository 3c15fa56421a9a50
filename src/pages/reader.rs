//! The reader: the open thread as an article with the sidebar beside it (below on phones).

use std::rc::Rc;

use unroll_core::present::{ThreadSummary, ThreadView};
use yew::prelude::*;

use crate::components::sidebar::Sidebar;
use crate::components::thread::ThreadArticle;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub thread: Rc<ThreadView>,
    pub more: Rc<Vec<ThreadSummary>>,
    pub library: Rc<Vec<ThreadSummary>>,
    pub on_open: Callback<String>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    html! {
        <div class="reader">
            <main class="reading">
                <ThreadArticle view={Rc::clone(&props.thread)} />
            </main>
            <Sidebar
                handle={props.thread.author.handle.clone()}
                current={props.thread.id.clone()}
                more={Rc::clone(&props.more)}
                library={Rc::clone(&props.library)}
                on_open={props.on_open.clone()}
            />
        </div>
    }
}
