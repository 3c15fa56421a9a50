//! The one error banner (`role="alert"`): every message of the loads so far, each naming its
//! file (and line and column where core knows them), with a dismiss button.

use std::rc::Rc;

use unroll_core::present::problems_title;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    pub messages: Rc<Vec<String>>,
    pub on_dismiss: Callback<()>,
}

/// Render it only when there are messages: an empty component between siblings that change
/// trips yew 0.23's reconciler (yewstack/yew#4092).
#[function_component]
pub fn ErrorBanner(props: &ErrorBannerProps) -> Html {
    if props.messages.is_empty() {
        return html! {};
    }
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    let title = problems_title(props.messages.len());
    html! {
        <div class="error-banner" role="alert">
            <div class="error-body">
                <p class="error-title">{ title }</p>
                <ul>
                    { for props.messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }
                </ul>
            </div>
            <button type="button" class="dismiss" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
