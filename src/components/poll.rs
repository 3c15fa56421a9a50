//! A poll under a post: each option with its share as text and as a bar, its votes, then the
//! total and whether voting is over ("Final results", "Voting ends Apr 18, 2024"). The bars
//! are decoration (`aria-hidden`); the percentages and counts are text, so screen readers,
//! copies and print read them.

use unroll_core::present::PollView;
use yew::prelude::*;

pub fn poll_block(poll: &PollView) -> Html {
    // The option(s) in the lead, when the counts are known.
    let top = poll.options.iter().filter_map(|o| o.share_permille).max();
    let option = |o: &unroll_core::present::PollOptionView| {
        let leading = top.is_some_and(|t| t > 0 && o.share_permille == Some(t));
        let width = o
            .share_permille
            .map(|p| format!("width: {}.{}%", p / 10, p % 10));
        html! {
            <li class={classes!("poll-option", leading.then_some("leading"))}>
                if let Some(style) = width {
                    <span class="poll-bar" aria-hidden="true" {style}></span>
                }
                <span class="poll-label" dir="auto">{ o.label.clone() }</span>
                if let Some(votes) = &o.votes_label {
                    <span class="poll-votes">{ votes.clone() }</span>
                }
                if let Some(share) = &o.share_label {
                    <span class="poll-share">{ share.clone() }</span>
                }
            </li>
        }
    };
    html! {
        <div class="poll" role="group" aria-label="Poll">
            <ul class="poll-options">
                { for poll.options.iter().map(option) }
            </ul>
            <p class="poll-status">{ poll.status_line() }</p>
        </div>
    }
}
