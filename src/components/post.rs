//! One post of a thread: its paragraphs, media and quote, with a numbered permalink.

use unroll_core::present::PostView;
use yew::prelude::*;

use crate::components::media::MediaFigure;
use crate::components::quote::quote_card;
use crate::components::rich_text::{rich_text, EXTERNAL_REL};
use crate::links::safe_url;

pub fn post_section(p: &PostView) -> Html {
    let number = format!("#{}", p.number);
    let permalink = match safe_url(&p.permalink) {
        Some(href) => html! {
            <a class="permalink" href={href.to_string()} title={p.time_label.clone()} rel={EXTERNAL_REL} target="_blank">{ number }</a>
        },
        None => html! { <span class="permalink" title={p.time_label.clone()}>{ number }</span> },
    };
    html! {
        <section class="post" id={format!("p-{}", p.id)} dir="auto" lang={p.lang.clone()}>
            { permalink }
            { rich_text(&p.segments) }
            { for p.media.iter().map(|m| html! { <MediaFigure media={m.clone()} /> }) }
            if let Some(q) = &p.quote {
                { quote_card(q) }
            }
        </section>
    }
}
