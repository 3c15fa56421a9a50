//! The root component.

use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    html! { <main>{ "Unroll" }</main> }
}
