//! A quoted post as a card. Sources that only link the quote (X archives) give just its
//! permalink: the card then says "Quoted post" and links it.

use unroll_core::present::{handle_label, name_parts, shown_url};
use unroll_core::url::safe_url;
use unroll_core::Quote;
use yew::prelude::*;

use crate::components::media::MediaFigure;
use crate::components::rich_text::{name_text, rich_text, EXTERNAL_REL};

pub fn quote_card(q: &Quote) -> Html {
    let href = safe_url(&q.permalink).map(str::to_string);
    let has_body = q.author.is_some() || !q.segments.is_empty() || !q.media.is_empty();
    if !has_body {
        return html! {
            <blockquote class="quote bare" cite={href.clone()}>
                <p>
                    <span class="quote-label">{ "Quoted post" }</span>{ " " }
                    if let Some(href) = href {
                        <a class="quote-link shown-url" href={href.clone()} rel={EXTERNAL_REL} target="_blank">{ shown_url(&href).to_string() }</a>
                    } else {
                        <span class="quote-link">{ q.permalink.clone() }</span>
                    }
                </p>
            </blockquote>
        };
    }
    html! {
        <blockquote class="quote" cite={href.clone()}>
            if let Some(a) = &q.author {
                <p class="quote-author">
                    <span class="name">{ name_text(&name_parts(a)) }</span>{ " " }
                    <span class="handle">{ handle_label(&a.handle) }</span>
                </p>
            }
            { rich_text(&q.segments) }
            { for q.media.iter().map(|m| html! { <MediaFigure media={m.clone()} post_id={q.post_id.clone().unwrap_or_default()} /> }) }
            if let Some(href) = href {
                <p class="quote-source">
                    <a class="quote-link" href={href} rel={EXTERNAL_REL} target="_blank">{ "Open quoted post" }</a>
                </p>
            }
        </blockquote>
    }
}
