//! One photo, video or GIF as a `<figure>`: the image (or poster frame) with its alt text as
//! the caption; videos and GIFs link to the playable media; a file the source could not
//! show (Mastodon `unknown`) is a link to it, labelled by its description. An image that
//! fails to load (deleted, offline) folds into a one-line note instead of an empty box. When
//! the person dropped the X archive holding the file (`use_archived`), the photo or video is
//! shown from it, offline, by a blob URL.

use unroll_core::present::{alt_text, file_view, video_label, FILE_KIND_LABEL};
use unroll_core::url::safe_url;
use unroll_core::{Media, MediaKind};
use yew::prelude::*;

use crate::components::rich_text::EXTERNAL_REL;
use crate::hooks::use_archived::{use_archived, Archived};
use crate::media_files::Wanted;

#[derive(Properties, PartialEq)]
pub struct MediaFigureProps {
    pub media: Media,
    /// The post the media belongs to: an archive names its media files after it.
    pub post_id: AttrValue,
}

#[function_component]
pub fn MediaFigure(props: &MediaFigureProps) -> Html {
    // The source that failed to load, if any: a later source (the archive's) gets its chance.
    let failed = use_state_eq(|| None::<String>);
    let m = &props.media;
    let archived = use_archived(Wanted::Media {
        post_id: props.post_id.to_string(),
        media: m.clone(),
    });
    if m.kind == MediaKind::File {
        return file_link(m);
    }
    let alt = alt_text(m);
    let is_video = m.kind != MediaKind::Photo;
    let pending = archived == Archived::Pending;
    let src = match archived {
        Archived::Ready(blob) if is_video => return archived_video(m, &blob, alt),
        Archived::Ready(blob) => Some(blob),
        Archived::Pending => None,
        Archived::Absent | Archived::Failed => safe_url(&m.url).map(str::to_string),
    };
    let onerror = {
        let failed = failed.setter();
        let src = src.clone();
        Callback::from(move |_: Event| failed.set(src.clone()))
    };
    let src_failed = src.is_some() && *failed == src;
    let link = m.link.as_deref().and_then(safe_url).map(str::to_string);

    let img = match &src {
        Some(src) => html! {
            <img
                src={src.clone()}
                alt={alt.unwrap_or("").to_string()}
                loading="lazy"
                decoding="async"
                width={m.width.map(|w| w.to_string())}
                height={m.height.map(|h| h.to_string())}
                hidden={src_failed}
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
    let unavailable = src_failed || (src.is_none() && !pending);
    let class = classes!(
        "media",
        match m.kind {
            MediaKind::Photo => "photo",
            MediaKind::Video => "video",
            MediaKind::Gif => "gif",
            MediaKind::File => "file",
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

/// A file as a link (never an image: the source could not tell what it is); an unsafe
/// target leaves the label as text.
fn file_link(m: &Media) -> Html {
    let view = file_view(m);
    let href = m.link.as_deref().and_then(safe_url).map(str::to_string);
    html! {
        <figure class="media file">
            <p class="file-link">
                <span class="file-kind">{ FILE_KIND_LABEL }</span>{ " " }
                if let Some(href) = href {
                    <a href={href} rel={EXTERNAL_REL} target="_blank">{ view.label.clone() }</a>
                } else {
                    <span>{ view.label.clone() }</span>
                }
            </p>
            if let Some(detail) = view.detail {
                <figcaption><span class="file-detail">{ detail }</span></figcaption>
            }
        </figure>
    }
}

/// A video or GIF from the archive, played in place: the GIF loops silently like on X. No
/// remote poster: everything shown comes from the archive.
fn archived_video(m: &Media, blob: &str, alt: Option<&str>) -> Html {
    let gif = m.kind == MediaKind::Gif;
    let class = classes!("media", if gif { "gif" } else { "video" }, "is-archived");
    let label = video_label(m);
    html! {
        <figure {class}>
            if gif {
                <video src={blob.to_string()} aria-label={label} autoplay=true loop=true ~muted=true playsinline=true
                    width={m.width.map(|w| w.to_string())} height={m.height.map(|h| h.to_string())} />
            } else {
                <video src={blob.to_string()} aria-label={label} controls=true preload="metadata"
                    width={m.width.map(|w| w.to_string())} height={m.height.map(|h| h.to_string())} />
            }
            if let Some(a) = alt {
                <figcaption><span class="alt">{ a.to_string() }</span></figcaption>
            }
        </figure>
    }
}
