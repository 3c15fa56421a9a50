//! The paste box: a textarea for a thread's JSON and a "Load pasted JSON" button. The text is
//! handed on as it is; core names it "pasted.json" in any error.

use yew::prelude::*;

/// The textarea's id (the landing page the HTML carries gives its draft back by it).
pub const PASTE_ID: &str = "paste-json";

#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    pub on_paste: Callback<String>,
}

#[function_component]
pub fn PasteBox(props: &PasteBoxProps) -> Html {
    let area = use_node_ref();
    let onclick = {
        let area = area.clone();
        let on_paste = props.on_paste.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = area.cast::<web_sys::HtmlTextAreaElement>() {
                on_paste.emit(el.value());
            }
        })
    };
    html! {
        <div class="paste-box">
            <label for={PASTE_ID}>{ "Or paste JSON" }</label>
            <textarea
                id={PASTE_ID}
                ref={area}
                rows="5"
                spellcheck="false"
                autocomplete="off"
                placeholder="{\"data\": … }  — an X, Bluesky or Mastodon API response, or an Unroll export"
            />
            <button type="button" class="button" {onclick}>{ "Load pasted JSON" }</button>
        </div>
    }
}
