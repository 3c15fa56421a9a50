//! The author's avatar, hidden for good when the image fails to load (no broken-image icon
//! in the header). When the person dropped the X archive holding it (`profile_media/` in the
//! zip, `MediaFiles` in the context), it is shown from there by a blob URL, and nothing is
//! asked of the network.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::media_files::MediaFiles;

#[derive(Properties, PartialEq)]
pub struct AvatarProps {
    /// Already vetted with `links::safe_url`.
    pub url: AttrValue,
    /// The author's id: an archive names the avatar's file after it.
    #[prop_or_default]
    pub author_id: AttrValue,
}

/// The avatar's file in a dropped archive, as far as the reader knows it.
#[derive(Debug, Clone, PartialEq)]
enum Archived {
    /// No dropped archive holds it: the remote URL is shown.
    Absent,
    /// Being read; nothing is asked of the network meanwhile.
    Pending,
    Ready(String),
}

impl Archived {
    fn now(files: Option<&Rc<MediaFiles>>, author_id: &str, url: &str) -> Self {
        match files {
            Some(f) if f.has_avatar(author_id, url) => f
                .cached_avatar_url(author_id, url)
                .map_or(Archived::Pending, Archived::Ready),
            _ => Archived::Absent,
        }
    }
}

#[hook]
fn use_archived_avatar(author_id: &AttrValue, url: &AttrValue) -> Archived {
    let files = use_context::<Rc<MediaFiles>>();
    let state = use_state_eq(|| Archived::now(files.as_ref(), author_id, url));
    {
        let state = state.clone();
        use_effect_with(
            (files, author_id.clone(), url.clone()),
            move |(files, author_id, url)| {
                let now = Archived::now(files.as_ref(), author_id, url);
                let pending = now == Archived::Pending;
                state.set(now);
                let Some(files) = files.clone().filter(|_| pending) else {
                    return;
                };
                let (author_id, url) = (author_id.clone(), url.clone());
                spawn_local(async move {
                    match files.avatar_url(&author_id, &url).await {
                        Some(Ok(blob)) => state.set(Archived::Ready(blob)),
                        Some(Err(e)) => {
                            gloo::console::warn!(format!("archive avatar not shown: {e}"));
                            state.set(Archived::Absent);
                        }
                        None => state.set(Archived::Absent),
                    }
                });
            },
        );
    }
    (*state).clone()
}

/// Give it `key={url}` so a new author's avatar gets a fresh chance to load. It always
/// renders its `<img>` (hidden after a failure, and without a source while the archive's
/// copy is read): a component rendering nothing between changing siblings trips yew 0.23
/// (yewstack/yew#4092).
#[function_component]
pub fn Avatar(props: &AvatarProps) -> Html {
    // The source that failed to load, if any: the archive's copy gets its own chance.
    let failed = use_state_eq(|| None::<String>);
    let src = match use_archived_avatar(&props.author_id, &props.url) {
        Archived::Ready(blob) => Some(blob),
        Archived::Pending => None,
        Archived::Absent => Some(props.url.to_string()),
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
