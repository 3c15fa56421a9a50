//! Renders a post's segments as paragraphs (`unroll_core::present::paragraphs` decides the
//! layout): text nodes, `<br>` for single newlines, links only for vetted http(s) targets,
//! custom emoji as images at text size; and a display name's text and emoji on one line.

use unroll_core::present::{name_line, paragraphs, Inline, LinkKind};
use unroll_core::Segment;
use yew::prelude::*;

use crate::components::emoji::EmojiImage;

/// `rel` for every link to imported targets: no opener, no referrer, no endorsement.
pub const EXTERNAL_REL: &str = "noopener noreferrer nofollow";

fn class(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Url => "link",
        LinkKind::Mention => "mention",
        LinkKind::Hashtag => "hashtag",
    }
}

fn inline(piece: &Inline) -> Html {
    match piece {
        Inline::Text(t) => html! { { t.clone() } },
        Inline::Break => html! { <br /> },
        Inline::Link {
            kind,
            text,
            href: Some(href),
        } => html! {
            <a class={class(*kind)} href={href.clone()} rel={EXTERNAL_REL} target="_blank">{ text.clone() }</a>
        },
        // An unsafe target: the display text stays, the link does not.
        Inline::Link {
            text, href: None, ..
        } => html! { { text.clone() } },
        Inline::Emoji { shortcode, src } => html! {
            <EmojiImage shortcode={shortcode.clone()} src={src.clone().map(AttrValue::from)} />
        },
    }
}

/// A display name's parts (`unroll_core::present::name_parts`) as inline nodes.
pub fn name_text(parts: &[Segment]) -> Html {
    html! { { for name_line(parts).iter().map(inline) } }
}

/// The paragraphs of `segments` as `<p>` elements.
pub fn rich_text(segments: &[Segment]) -> Html {
    html! {
        { for paragraphs(segments).iter().map(|p| html! { <p>{ for p.iter().map(inline) }</p> }) }
    }
}
