//! A custom emoji: its image at text size, with alt and title ":shortcode:", or the
//! ":shortcode:" text itself when the image URL is not a vetted http(s) URL or the image
//! fails to load (deleted, offline) — the same text a copy of the post carries.

use unroll_core::present::emoji_label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmojiProps {
    /// Without colons.
    pub shortcode: AttrValue,
    /// The vetted image URL; None shows the text.
    pub src: Option<AttrValue>,
}

#[function_component]
pub fn EmojiImage(props: &EmojiProps) -> Html {
    let failed = use_state_eq(|| None::<AttrValue>);
    let label = emoji_label(&props.shortcode);
    match &props.src {
        Some(src) if failed.as_ref() != Some(src) => {
            let onerror = {
                let failed = failed.setter();
                let src = src.clone();
                Callback::from(move |_: Event| failed.set(Some(src.clone())))
            };
            html! {
                <img class="emoji" src={src.clone()} alt={label.clone()} title={label}
                    draggable="false" decoding="async" {onerror} />
            }
        }
        _ => html! { { label } },
    }
}
