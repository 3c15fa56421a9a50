//! One post of a thread: its paragraphs, media, link card, poll and quote, with a numbered
//! permalink, under an "Added 6 days later" marker when it starts a later part, and over
//! its text "Reposted by @handle" when the file held a repost of it; under a post the file
//! cut short, a note saying so with a link to the whole. A post under a content warning
//! keeps all of that inside a `<details>` whose summary is the warning: the reader opens it
//! on request (print opens it, see the CSS).

use unroll_core::present::{post_number_label, CutNotice, PostView, CW_LABEL};
use unroll_core::url::safe_url;
use yew::prelude::*;

use crate::components::link_card::LinkCardView;
use crate::components::media::MediaFigure;
use crate::components::poll::poll_block;
use crate::components::quote::quote_card;
use crate::components::rich_text::{rich_text, EXTERNAL_REL};

/// "This post is cut short in the file. Read it whole on X".
fn cut_notice(n: &CutNotice) -> Html {
    html! {
        <p class="cut-notice">
            { n.label.clone() }
            if let Some(href) = safe_url(&n.url) {
                { " " }
                <a href={href.to_string()} rel={EXTERNAL_REL} target="_blank">{ n.link_label.clone() }</a>
            }
        </p>
    }
}

fn body(p: &PostView) -> Html {
    html! {
        <>
            { rich_text(&p.segments) }
            if let Some(n) = &p.cut_notice {
                { cut_notice(n) }
            }
            { for p.media.iter().map(|m| html! { <MediaFigure media={m.clone()} post_id={p.id.clone()} /> }) }
            if let Some(card) = &p.card {
                <LinkCardView card={card.clone()} />
            }
            if let Some(poll) = &p.poll {
                { poll_block(poll) }
            }
            if let Some(q) = &p.quote {
                { quote_card(q) }
            }
        </>
    }
}

pub fn post_section(p: &PostView) -> Html {
    let number = post_number_label(p.number);
    let permalink = match safe_url(&p.permalink) {
        Some(href) => html! {
            <a class="permalink" href={href.to_string()} title={p.time_label.clone()} rel={EXTERNAL_REL} target="_blank">{ number }</a>
        },
        None => html! { <span class="permalink" title={p.time_label.clone()}>{ number }</span> },
    };
    html! {
        <>
        if let Some(part) = &p.part_label {
            <p class="later-part" dir="ltr" role="separator">{ part.clone() }</p>
        }
        <section class="post" id={format!("p-{}", p.id)} dir="auto" lang={p.lang.clone()}>
            { permalink }
            if let Some(label) = &p.reposted_label {
                <p class="reposted" dir="auto">{ label.clone() }</p>
            }
            if let Some(warning) = &p.content_warning {
                <details class="content-warning">
                    // A `dir` of its own keeps the Latin "CW:" out of the post's `dir="auto"`
                    // guess, which then follows the post's text (Arabic stays right to left).
                    <summary dir="auto">
                        <span class="cw-label">{ CW_LABEL }</span>{ " " }
                        <span class="cw-text" dir="auto">{ warning.clone() }</span>
                    </summary>
                    <div class="cw-body">{ body(p) }</div>
                </details>
            } else {
                { body(p) }
            }
        </section>
        </>
    }
}
