//! The thread's integrity under its header: a `<details>` whose summary line says how many
//! posts were found, how many gaps and branches there are and what the numbering says, and
//! which opens on where posts are missing, where the author replied more than once to one
//! post (every reply is in the article) and the numbering notes.

use unroll_core::present::{BranchView, GapView, IntegrityView};
use unroll_core::url::safe_url;
use yew::prelude::*;

use crate::components::rich_text::EXTERNAL_REL;

fn gap(g: &GapView) -> Html {
    let id = g.missing_id.clone().map(|id| {
        match g.missing_url.as_deref().and_then(safe_url) {
            Some(href) => html! {
                <a class="missing-id" href={href.to_string()} rel={EXTERNAL_REL} target="_blank">{ id }</a>
            },
            None => html! { <code class="missing-id">{ id }</code> },
        }
    });
    html! {
        <dd>
            { g.note.clone() }
            if let Some(id) = id {
                { " " }{ id }
            }
        </dd>
    }
}

fn branch(b: &BranchView) -> Html {
    html! { <dd class="branch">{ b.label.clone() }</dd> }
}

pub fn integrity_details(v: &IntegrityView) -> Html {
    let class = classes!("integrity", (!v.complete).then_some("has-notes"));
    html! {
        <details {class}>
            <summary>
                <span class="integrity-title">{ "Thread check" }</span>
                <span class="integrity-summary">{ v.summary_label.clone() }</span>
            </summary>
            <dl class="integrity-notes">
                <dt>{ "Gaps" }</dt>
                if v.gaps.is_empty() {
                    <dd>{ v.gaps_label.clone() }</dd>
                } else {
                    { for v.gaps.iter().map(gap) }
                }
                <dt>{ "Branches" }</dt>
                if v.branches.is_empty() {
                    <dd>{ v.branches_label.clone() }</dd>
                } else {
                    { for v.branches.iter().map(branch) }
                }
                if let Some(n) = &v.numbering {
                    <dt>{ "Numbering" }</dt>
                    { for n.notes.iter().map(|note| html! { <dd>{ note.clone() }</dd> }) }
                }
            </dl>
        </details>
    }
}
