//! A link preview card under a post (Bluesky external embeds, Mastodon cards): the thumbnail
//! (http(s) only, folded away if it fails to load), the domain, title and description, the
//! whole card one link to the page. A card whose target is not a safe URL is shown unlinked.

use unroll_core::present::domain_label;
use unroll_core::url::safe_url;
use unroll_core::LinkCard;
use yew::prelude::*;

use crate::components::rich_text::EXTERNAL_REL;

#[derive(Properties, PartialEq)]
pub struct LinkCardViewProps {
    pub card: LinkCard,
}

fn non_blank(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

#[function_component]
pub fn LinkCardView(props: &LinkCardViewProps) -> Html {
    let failed = use_state(|| false);
    let onerror = {
        let failed = failed.setter();
        Callback::from(move |_: Event| failed.set(true))
    };
    let card = &props.card;
    let href = safe_url(&card.url).map(str::to_string);
    let thumb = card.thumb.as_deref().and_then(safe_url).map(str::to_string);
    let domain = domain_label(&card.url).unwrap_or_else(|| card.url.clone());
    let title = non_blank(&card.title);
    let description = non_blank(&card.description);
    let has_thumb = thumb.is_some() && !*failed;
    let class = classes!("link-card", has_thumb.then_some("with-thumb"));
    // The thumbnail only illustrates the title beside it: empty alt.
    let body = html! {
        <>
            if let Some(src) = thumb {
                <img class="card-thumb" {src} alt="" loading="lazy" decoding="async" hidden={*failed} {onerror} />
            }
            <span class="card-text">
                <span class="card-domain">{ domain }</span>
                if let Some(title) = title {
                    <span class="card-title" dir="auto">{ title }</span>
                }
                if let Some(description) = description {
                    <span class="card-description" dir="auto">{ description }</span>
                }
            </span>
        </>
    };
    match href {
        Some(href) => html! {
            <a {class} {href} rel={EXTERNAL_REL} target="_blank">{ body }</a>
        },
        None => html! { <div {class}>{ body }</div> },
    }
}
