//! The author's avatar, hidden for good when the image fails to load (no broken-image icon
//! in the header).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AvatarProps {
    /// Already vetted with `links::safe_url`.
    pub url: AttrValue,
}

/// Give it `key={url}` so a new author's avatar gets a fresh chance to load. It always
/// renders its `<img>` (hidden after a failure): a component rendering nothing between
/// changing siblings trips yew 0.23 (yewstack/yew#4092).
#[function_component]
pub fn Avatar(props: &AvatarProps) -> Html {
    let failed = use_state(|| false);
    let onerror = {
        let failed = failed.setter();
        Callback::from(move |_: Event| failed.set(true))
    };
    html! {
        <img class="avatar" src={props.url.clone()} alt="" width="48" height="48" hidden={*failed} {onerror} />
    }
}
