//! The author's avatar, hidden for good when the image fails to load (no broken-image icon
//! in the header). When the person dropped the X archive holding it (`profile_media/` in the
//! zip, `MediaFiles` in the context), it is shown from there by a blob URL, and nothing is
//! asked of the network.

use yew::prelude::*;

use crate::hooks::use_archived::{use_archived, Archived};
use crate::media_files::Wanted;

#[derive(Properties, PartialEq)]
pub struct AvatarProps {
    /// Already vetted with `unroll_core::url::safe_url`.
    pub url: AttrValue,
    /// The author's id: an archive names the avatar's file after it.
    #[prop_or_default]
    pub author_id: AttrValue,
}

/// Give it `key={url}` so a new author's avatar gets a fresh chance to load. It always
/// renders its `<img>` (hidden after a failure, and without a source while the archive's
/// copy is read): a component rendering nothing between changing siblings trips yew 0.23
/// (yewstack/yew#4092).
#[function_component]
pub fn Avatar(props: &AvatarProps) -> Html {
    // The source that failed to load, if any: the archive's copy gets its own chance.
    let failed = use_state_eq(|| None::<String>);
    let wanted = Wanted::Avatar {
        account_id: props.author_id.to_string(),
        url: props.url.to_string(),
    };
    let src = match use_archived(wanted) {
        Archived::Ready(blob) => Some(blob),
        Archived::Pending => None,
        Archived::Absent | Archived::Failed => Some(props.url.to_string()),
    };
    let onerror = {
        let failed = failed.setter();
        let src = src.clone();
        Callback::from(move |_: Event| failed.set(src.clone()))
    };
    let hidden = src.is_none() || *failed == src;
    html! {
        <img class="avatar" src={src} alt="" width="48" height="48" {hidden} {onerror} />
    }
}
