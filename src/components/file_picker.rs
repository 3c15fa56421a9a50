//! A file picker: a real `input[type=file]` (several files at once), visually replaced by a
//! button-styled label that stays keyboard-focusable through the input.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilePickerProps {
    /// The visible label, e.g. "Choose files" or "Add files".
    pub label: AttrValue,
    /// Unique per page: ties the label to the input.
    pub id: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub on_files: Callback<Vec<web_sys::File>>,
}

/// The files of a `FileList`, in order.
pub fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component]
pub fn FilePicker(props: &FilePickerProps) -> Html {
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let files = file_list(input.files());
            // Clear it so picking the same file again still fires `change`.
            input.set_value("");
            if !files.is_empty() {
                on_files.emit(files);
            }
        })
    };
    let mut input = html! {
        <input type="file" id={props.id.clone()} class="visually-hidden" {onchange} />
    };
    // Several files at once, written the way the DOM itself writes a boolean attribute
    // (`multiple=""`); html! would spell it `multiple="multiple"`.
    if let yew::virtual_dom::VNode::VTag(tag) = &mut input {
        std::rc::Rc::make_mut(tag).add_attribute("multiple", "");
    }
    html! {
        <span class={classes!("file-picker", props.class.clone())}>
            { input }
            <label for={props.id.clone()} class="button">{ props.label.clone() }</label>
        </span>
    }
}
