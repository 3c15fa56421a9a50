//! The reader's toolbar (never printed): add more files, save as PDF, export the open thread.

use yew::prelude::*;

use crate::components::file_picker::FilePicker;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_print: Callback<()>,
    pub on_export: Callback<()>,
}

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    html! {
        <div class="toolbar" role="toolbar" aria-label="Thread actions">
            <FilePicker id="add-files" label="Add files" on_files={props.on_files.clone()} />
            <button type="button" class="button" onclick={props.on_print.reform(|_: MouseEvent| ())}>{ "Save as PDF" }</button>
            <button type="button" class="button" onclick={props.on_export.reform(|_: MouseEvent| ())}>{ "Export JSON" }</button>
        </div>
    }
}
