//! One photo, video or GIF as a `<figure>`: the image (or poster frame) with its alt text as
//! the caption; videos and GIFs link to the playable media. An image that fails to load
//! (deleted, offline) folds into a one-line note instead of an empty box.

use unroll_core::{Media, MediaKind};
use yew::prelude::*;

use crate::components::rich_text::EXTERNAL_REL;
use crate::links::safe_url;

#[derive(Properties, PartialEq)]
pub struct MediaFigureProps {
    pub media: Media,
}

#[function_component]
pub fn MediaFigure(props: &MediaFigureProps) -> Html {
    let failed = use_state(|| false);
    let onerror = {
        let failed = failed.setter();
        Callback::from(move |_: Event| failed.set(true))
    };
    let m = &props.media;
    let alt = m.alt.as_deref().map(str::trim).filter(|a| !a.is_empty());
    let src = safe_url(&m.url).map(str::to_string);
    let link = m.link.as_deref().and_then(safe_url).map(str::to_string);
    let is_video = m.kind != MediaKind::Photo;

    let img = match &src {
        Some(src) => html! {
            <img
                src={src.clone()}
                alt={alt.unwrap_or("").to_string()}
                loading="lazy"
                decoding="async"
                width={m.width.map(|w| w.to_string())}
                height={m.height.map(|h| h.to_string())}
                hidden={*failed}
                {onerror}
            />
        },
        None => html! {},
    };
    // Videos link their poster to the playable media; it is a duplicate of the "Play" link
    // for keyboards and screen readers, so it is hidden from them.
    let picture = match (&link, is_video) {
        (Some(href), true) if src.is_some() => html! {
            <a class="poster" href={href.clone()} rel={EXTERNAL_REL} target="_blank" tabindex="-1" aria-hidden="true">{ img }</a>
        },
        _ => img,
    };
    // The note for a missing image comes from CSS (`.is-unavailable::before`): the figure's
    // text stays the same whether or when an image fails, so the article reads (and copies)
    // the same online and offline.
    let unavailable = *failed || src.is_none();
    let class = classes!(
        "media",
        match m.kind {
            MediaKind::Photo => "photo",
            MediaKind::Video => "video",
            MediaKind::Gif => "gif",
        },
        unavailable.then_some("is-unavailable"),
    );
    let play = is_video.then(|| match &link {
        Some(href) => html! {
            <a class="play" href={href.clone()} rel={EXTERNAL_REL} target="_blank">{ "▶ Play video" }</a>
        },
        None => html! { <span class="play">{ "Video" }</span> },
    });
    let caption = alt.map(|a| html! { <span class="alt">{ a.to_string() }</span> });
    html! {
        <figure {class}>
            { picture }
            if play.is_some() || caption.is_some() {
                <figcaption>
                    { play.unwrap_or_default() }
                    { caption.unwrap_or_default() }
                </figcaption>
            }
        </figure>
    }
}
