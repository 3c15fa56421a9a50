//! A whole thread as one `<article>`: the header (avatar, name, handle, date, counts and the
//! "Read on X" / "Read on Bluesky" / "Read on <instance>" link), the integrity summary under
//! it, the posts and gap markers in reading order, and the end mark.
//!
//! A long thread is put on the page in steps: the first screens at once, the rest a slice per
//! animation frame, so a 1,000-post thread shows as fast as a short one and the page stays
//! responsive while the rest arrives. Until every post is in, the article is `aria-busy`
//! and has no end mark; printing (`beforeprint`: the print dialog, Save as PDF) puts every
//! post in first.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use unroll_core::present::{handle_label, ItemView, ThreadView};
use unroll_core::time::format_rfc3339;
use unroll_core::url::safe_url;
use yew::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::integrity::integrity_details;
use crate::components::post::post_section;
use crate::components::rich_text::{name_text, EXTERNAL_REL};

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

/// Items (posts and gaps) put on the page at once: more than a tall screen holds.
pub const FIRST_ITEMS: usize = 24;
/// Items added per animation frame after that: at least, and at most.
const MIN_STEP_ITEMS: usize = 48;
const MAX_STEP_ITEMS: usize = 160;

/// Where the chunk starting at `start` ends: chunks grow with what is on the page (half
/// of it, 48 to 160 items), so a 5,000-post thread is whole in a few dozen frames while the
/// first frames stay short.
fn chunk_end(start: usize) -> usize {
    start + (start / 2).clamp(MIN_STEP_ITEMS, MAX_STEP_ITEMS)
}

/// The chunks holding the first `shown` items: the first screens, then one per step. The
/// boundaries depend on nothing else, so a chunk once whole is never rendered again.
fn chunks(shown: usize) -> impl Iterator<Item = (usize, usize)> {
    let first = (0, FIRST_ITEMS.min(shown));
    let rest = std::iter::successors(Some(FIRST_ITEMS), |&start| Some(chunk_end(start)))
        .take_while(move |&start| start < shown)
        .map(move |start| (start, chunk_end(start).min(shown)));
    std::iter::once(first)
        .chain(rest)
        .filter(|(start, end)| start < end)
}

/// How many of `total` items are on the page: all of them after a few frames, or at once
/// when the page is about to print. Keyed by the thread (the component is keyed by it too).
#[hook]
fn use_items_shown(total: usize) -> usize {
    let shown = use_state_eq(|| FIRST_ITEMS.min(total));
    // Once printing asked for every item, no step may bring fewer back.
    let all = use_mut_ref(|| false);
    {
        let shown = shown.clone();
        let all = all.clone();
        use_effect_with((*shown, total), move |&(n, total)| {
            // The frame and timer handles pending (dropping one cancels it).
            let frames: Rc<RefCell<Vec<AnimationFrame>>> = Rc::default();
            let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
            if n < total {
                let step = move || {
                    if !*all.borrow() {
                        shown.set(chunk_end(n).min(total));
                    }
                };
                if n <= FIRST_ITEMS {
                    // After the first screen: two frames on (its frame may have come early,
                    // right after the click), then in a task, behind whatever the page queued
                    // meanwhile (input above all), so none of it waits for the next slice's
                    // render and layout.
                    let inner = Rc::clone(&frames);
                    let timer = Rc::clone(&timer);
                    let outer = request_animation_frame(move |_| {
                        let next = request_animation_frame(move |_| {
                            timer.replace(Some(Timeout::new(0, step)));
                        });
                        inner.borrow_mut().push(next);
                    });
                    frames.borrow_mut().push(outer);
                } else {
                    frames
                        .borrow_mut()
                        .push(request_animation_frame(move |_| step()));
                }
            }
            move || {
                frames.borrow_mut().clear();
                timer.borrow_mut().take();
            }
        });
    }
    {
        let shown = shown.setter();
        let all = all.clone();
        use_effect_with(total, move |&total| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "beforeprint", move |_| {
                    *all.borrow_mut() = true;
                    shown.set(total);
                })
            });
            move || drop(listener)
        });
    }
    if *all.borrow() {
        total
    } else {
        *shown
    }
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
                        <Avatar key={url.clone()} url={url.clone()} author_id={v.author.id.clone()} />
                    }
                    <div class="byline">
                        <h1 class="author-name" id="thread-title" dir="auto" tabindex="-1">{ name_text(&v.author_name) }</h1>
                        if !v.author.handle.is_empty() {
                            <p class="author-handle">{ handle_label(&v.author.handle) }</p>
                        }
                    </div>
                </div>
                <div class="thread-facts">
                    <p class="thread-meta">
                        <time datetime={format_rfc3339(v.created_at)}>{ v.date_label.clone() }</time>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_what_is_shown_and_keep_their_bounds_as_more_arrives() {
        let mut shown = FIRST_ITEMS;
        let mut before: Vec<(usize, usize)> = chunks(shown).collect();
        let mut frames = 1;
        while shown < 5_000 {
            shown = chunk_end(shown).min(5_000);
            frames += 1;
            let now: Vec<(usize, usize)> = chunks(shown).collect();
            // Contiguous from 0 to `shown`.
            assert_eq!(now.first().map(|c| c.0), Some(0));
            assert!(now.windows(2).all(|w| w[0].1 == w[1].0));
            assert_eq!(now.last().map(|c| c.1), Some(shown));
            // Every chunk that was whole before is unchanged.
            assert_eq!(&now[..before.len()], &before[..]);
            before = now;
        }
        assert!(frames < 45, "5,000 items in {frames} frames");
        // Printing jumps to any count: the same bounds, the last chunk cut there.
        let print: Vec<(usize, usize)> = chunks(1_234).collect();
        let steps: Vec<(usize, usize)> = chunks(5_000).collect();
        assert_eq!(print.last().map(|c| c.1), Some(1_234));
        assert_eq!(&print[..print.len() - 1], &steps[..print.len() - 1]);
    }
}
