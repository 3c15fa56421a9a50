//! Renders a post's segments as paragraphs (`crate::inline` decides the layout): text nodes,
//! `<br>` for single newlines, and links only for vetted http(s) targets.

use unroll_core::Segment;
use yew::prelude::*;

use crate::inline::{paragraphs, Inline};

/// `rel` for every link to imported targets: no opener, no referrer, no endorsement.
pub const EXTERNAL_REL: &str = "noopener noreferrer nofollow";

fn inline(piece: &Inline) -> Html {
    match piece {
        Inline::Text(t) => html! { { t.clone() } },
        Inline::Break => html! { <br /> },
        Inline::Link {
            kind,
            text,
            href: Some(href),
        } => html! {
            <a class={kind.class()} href={href.clone()} rel={EXTERNAL_REL} target="_blank">{ text.clone() }</a>
        },
        // An unsafe target: the display text stays, the link does not.
        Inline::Link {
            text, href: None, ..
        } => html! { { text.clone() } },
    }
}

/// The paragraphs of `segments` as `<p>` elements.
pub fn rich_text(segments: &[Segment]) -> Html {
    html! {
        { for paragraphs(segments).iter().map(|p| html! { <p>{ for p.iter().map(inline) }</p> }) }
    }
}
