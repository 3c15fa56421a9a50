//! A whole thread as one `<article>`: the header (avatar, name, handle, date, counts and the
//! "Read on X" / "Read on Bluesky" / "Read on <instance>" link), the integrity summary under
//! it, the posts and gap markers in reading order, and the end mark.

use std::rc::Rc;

use unroll_core::present::{ItemView, ThreadView};
use yew::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::integrity::integrity_details;
use crate::components::post::post_section;
use crate::components::rich_text::EXTERNAL_REL;
use crate::iso_time::rfc3339;
use crate::links::safe_url;

#[derive(Properties, PartialEq)]
pub struct ThreadArticleProps {
    pub view: Rc<ThreadView>,
}

fn item(i: &ItemView) -> Html {
    match i {
        ItemView::Post(p) => post_section(p),
        ItemView::Gap { label } => html! { <div class="gap" role="note">{ label.clone() }</div> },
    }
}

#[function_component]
pub fn ThreadArticle(props: &ThreadArticleProps) -> Html {
    let v = &props.view;
    let avatar = v
        .author
        .avatar_url
        .as_deref()
        .and_then(safe_url)
        .map(str::to_string);
    html! {
        <article class="thread" aria-labelledby="thread-title">
            <header class="thread-header">
                <div class="author">
                    if let Some(url) = avatar {
                        <Avatar key={url.clone()} url={url.clone()} />
                    }
                    <div class="byline">
                        <h1 class="author-name" id="thread-title" dir="auto" tabindex="-1">{ v.author.display_name.clone() }</h1>
                        if !v.author.handle.is_empty() {
                            <p class="author-handle">{ format!("@{}", v.author.handle) }</p>
                        }
                    </div>
                </div>
                <div class="thread-facts">
                    <p class="thread-meta">
                        <time datetime={rfc3339(v.created_at)}>{ v.date_label.clone() }</time>
                        <span class="sep" aria-hidden="true">{ " · " }</span>
                        <span class="count">{ v.count_label.clone() }</span>
                        <span class="sep" aria-hidden="true">{ " · " }</span>
                        <span class="read-time">{ v.read_label.clone() }</span>
                    </p>
                    if let Some(href) = safe_url(&v.original_url) {
                        <a class="original" href={href.to_string()} rel={EXTERNAL_REL} target="_blank">{ v.original_label.clone() }</a>
                    }
                </div>
            </header>
            { integrity_details(&v.integrity) }
            <div class="posts">
                { for v.items.iter().map(item) }
            </div>
            <p class="end-mark" aria-hidden="true">{ "• • •" }</p>
        </article>
    }
}
