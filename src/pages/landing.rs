//! The landing page, shown while nothing is loaded: what Unroll is, a drop zone with a file
//! picker, the paste box, the bundled sample and every format it reads (core's
//! `formats` table).

use unroll_core::formats::{pieces, Format, Piece, FORMATS};
use yew::prelude::*;

use crate::components::file_picker::FilePicker;
use crate::components::paste_box::PasteBox;

#[derive(Properties, PartialEq)]
pub struct LandingProps {
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_paste: Callback<String>,
    pub on_sample: Callback<()>,
}

/// A table text's runs as nodes: file and API names as `<code>`.
fn runs(text: &str) -> Html {
    html! {
        { for pieces(text).into_iter().map(|piece| match piece {
            Piece::Text(t) => html! { { t } },
            Piece::Code(c) => html! { <code>{ c }</code> },
        }) }
    }
}

/// One format of core's table: "**Bluesky**: what to load; notes".
fn format_item(f: &Format) -> Html {
    html! {
        <li>
            <strong>{ f.name }</strong>{ ": " }{ runs(f.files) }
            if !f.notes.is_empty() {
                { "; " }{ runs(f.notes) }
            }
        </li>
    }
}

#[function_component]
pub fn Landing(props: &LandingProps) -> Html {
    html! {
        <main class="landing">
            <h1 class="wordmark">{ "Unroll" }</h1>
            <p class="pitch">
                { "Read a thread as one calm article. Give Unroll an X data archive, or a thread's JSON \
                   from X, Bluesky or Mastodon, and it joins each thread's posts into a single page, with \
                   links, images, polls and quoted posts in place, ready to read, print or save as PDF. \
                   Everything happens in this browser tab: nothing you load leaves your computer." }
            </p>
            <section class="drop-zone" aria-label="Load files">
                // A live region: the shell says here what it holds while the app starts.
                <p class="drop-hint" aria-live="polite">{ "Drop files anywhere on this page" }</p>
                <p class="drop-or">{ "or" }</p>
                <FilePicker id="pick-files" label="Choose files" class="primary" on_files={props.on_files.clone()} />
                <p class="drop-note">
                    { "From an X archive, drop the whole " }<code>{ ".zip" }</code>{ " as it is (its posts, and its photos and videos as you read them, never the whole file), or pick " }<code>{ "tweets.js" }</code>{ " together with " }
                    <code>{ "account.js" }</code>{ ", " }<code>{ "profile.js" }</code>{ " and " }
                    <code>{ "note-tweet.js" }</code>{ " (in " }<code>{ "data/" }</code>
                    { ") so threads carry your name, your avatar and long posts in full." }
                </p>
            </section>
            <div class="other-sources">
                <section class="sample">
                    <h2>{ "No file at hand?" }</h2>
                    <p>{ "Read a real 22-post thread from a public X archive." }</p>
                    <button type="button" class="button" onclick={props.on_sample.reform(|_: MouseEvent| ())}>{ "Try the sample" }</button>
                </section>
                <section class="paste">
                    <PasteBox on_paste={props.on_paste.clone()} />
                </section>
            </div>
            <section class="formats">
                <h2>{ "Reads" }</h2>
                <ul>
                    { for FORMATS.iter().map(format_item) }
                </ul>
            </section>
        </main>
    }
}
