//! The landing page, shown while nothing is loaded: what Unroll is, a drop zone with a file
//! picker, the paste box, the bundled sample and every format it reads.

use yew::prelude::*;

use crate::components::file_picker::FilePicker;
use crate::components::paste_box::PasteBox;

#[derive(Properties, PartialEq)]
pub struct LandingProps {
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_paste: Callback<String>,
    pub on_sample: Callback<()>,
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
                <p class="drop-hint">{ "Drop files anywhere on this page" }</p>
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
                    <li>
                        <strong>{ "X data archive" }</strong>{ ": the whole " }<code>{ ".zip" }</code>{ ", or " }<code>{ "tweets.js" }</code>{ " (or the older " }
                        <code>{ "tweet.js" }</code>{ ", or split " }<code>{ "tweets-part1.js" }</code>{ "…) with " }
                        <code>{ "account.js" }</code>{ ", " }<code>{ "profile.js" }</code>{ " and " }
                        <code>{ "note-tweet.js" }</code>{ " for long posts in full" }
                    </li>
                    <li><strong>{ "X API v2" }</strong>{ ": tweet lookup and search responses, JSON or JSON Lines" }</li>
                    <li><strong>{ "X API v1.1" }</strong>{ ": statuses and timelines, extended or compat mode" }</li>
                    <li>
                        <strong>{ "X web (GraphQL)" }</strong>{ ": a " }<code>{ "TweetDetail" }</code>
                        { " response saved from the browser or a scraper, polls included" }
                    </li>
                    <li>
                        <strong>{ "Bluesky" }</strong>{ ": " }<code>{ "app.bsky.feed.getPostThread" }</code>
                        { " output, with link cards and quotes" }
                    </li>
                    <li>
                        <strong>{ "Mastodon" }</strong>{ ": a status with its " }<code>{ "/context" }</code>
                        { ", or an array of statuses; content warnings kept" }
                    </li>
                    <li><strong>{ "Unroll JSON" }</strong>{ ": threads exported from this reader" }</li>
                </ul>
            </section>
        </main>
    }
}
