//! A whole thread as one `<article>`: the header (avatar, name, handle, date, counts and the
//! "Read on X" / "Read on Bluesky" / "Read on <instance>" link), the integrity summary under
//! it, the posts and gap markers in reading order, and the end mark.
//!
//! A long thread is put on the page in steps: the first screens at once, the rest a slice per
//! animation frame, so a 1,000-post thread shows as fast as a short one and the page stays
//! responsive while the rest arrives. Until every post is in, the article is `aria-busy`
//! and has no end mark; printing (`beforeprint`: the print dialog, Save as PDF) puts every
//! post in first.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::render::request_animation_frame;
use unroll_core::present::{ItemView, ThreadView};
use yew::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::integrity::integrity_details;
use crate::components::post::post_section;
use crate::components::rich_text::EXTERNAL_REL;
use crate::iso_time::rfc3339;
use crate::links::safe_url;

#[derive(Properties)]
pub struct ThreadArticleProps {
    pub view: Rc<ThreadView>,
}

/// The same view by pointer: the app makes a new `Rc` whenever the view changes, and
/// comparing a long thread's posts field by field on every render was measurable.
impl PartialEq for ThreadArticleProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view)
    }
}

fn item(i: &ItemView) -> Html {
    match i {
        ItemView::Post(p) => post_section(p),
        ItemView::Gap { label } => html! { <div class="gap" role="note">{ label.clone() }</div> },
    }
}

/// Items `start..end` of a thread. Each step of a long thread adds one chunk; the chunks
/// already on the page are not rendered again (their props compare equal by pointer).
#[derive(Properties)]
struct ChunkProps {
    view: Rc<ThreadView>,
    start: usize,
    end: usize,
}

impl PartialEq for ChunkProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view) && self.start == other.start && self.end == other.end
    }
}

#[function_component]
fn Chunk(props: &ChunkProps) -> Html {
    let items = props
        .view
        .items
        .get(props.start..props.end)
        .unwrap_or_default();
    html! { <>{ for items.iter().map(item) }</> }
}

/// The chunks holding the first `shown` items: the first screens, then one per step.
fn chunks(shown: usize) -> impl Iterator<Item = (usize, usize)> {
    let first = (0, FIRST_ITEMS.min(shown));
    let rest = (FIRST_ITEMS..shown)
        .step_by(STEP_ITEMS)
        .map(move |start| (start, (start + STEP_ITEMS).min(shown)));
    std::iter::once(first)
        .chain(rest)
        .filter(|(start, end)| start < end)
}

/// Items (posts and gaps) put on the page at once: more than a tall screen holds.
pub const FIRST_ITEMS: usize = 24;
/// Items added per animation frame after that.
const STEP_ITEMS: usize = 48;

/// How many of `total` items are on the page: all of them after a few frames, or at once
/// when the page is about to print. Keyed by the thread (the component is keyed by it too).
#[hook]
fn use_items_shown(total: usize) -> usize {
    let shown = use_state_eq(|| FIRST_ITEMS.min(total));
    {
        let shown = shown.clone();
        use_effect_with((*shown, total), move |&(n, total)| {
            let frame = (n < total).then(|| {
                let shown = shown.clone();
                request_animation_frame(move |_| shown.set((n + STEP_ITEMS).min(total)))
            });
            move || drop(frame)
        });
    }
    {
        let shown = shown.setter();
        use_effect_with(total, move |&total| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "beforeprint", move |_| shown.set(total)));
            move || drop(listener)
        });
    }
    *shown
}

#[function_component]
pub fn ThreadArticle(props: &ThreadArticleProps) -> Html {
    let v = &props.view;
    let shown = use_items_shown(v.items.len());
    let complete = shown >= v.items.len();
    let avatar = v
        .author
        .avatar_url
        .as_deref()
        .and_then(safe_url)
        .map(str::to_string);
    html! {
        <article class="thread" aria-labelledby="thread-title" aria-busy={(!complete).then_some("true")}>
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
                { for chunks(shown).map(|(start, end)| html! {
                    <Chunk key={start} view={Rc::clone(v)} {start} {end} />
                }) }
            </div>
            if complete {
                <p class="end-mark" aria-hidden="true">{ "• • •" }</p>
            }
        </article>
    }
}
