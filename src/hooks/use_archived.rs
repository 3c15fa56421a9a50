//! `use_archived`: the blob URL of a file the reader may show from a dropped X archive (a
//! post's photo or video, the account's avatar), read the first time it is wanted. While it
//! is read nothing is asked of the network; a file that cannot be read is reported as such,
//! so the caller can fall back to the remote URL.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::media_files::{MediaFiles, Wanted};

/// The archive's copy of a file, as far as the reader knows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Archived {
    /// No dropped archive holds it: the remote URL is shown.
    Absent,
    /// Being read; nothing is asked of the network meanwhile.
    Pending,
    /// Its blob URL.
    Ready(String),
    /// Its file could not be read.
    Failed,
}

impl Archived {
    fn now(files: Option<&Rc<MediaFiles>>, wanted: &Wanted) -> Self {
        match files {
            Some(f) if f.has(wanted) => f
                .cached_url(wanted)
                .map_or(Archived::Pending, Archived::Ready),
            _ => Archived::Absent,
        }
    }
}

/// Where `wanted` can be shown from, with `MediaFiles` from the context.
#[hook]
pub fn use_archived(wanted: Wanted) -> Archived {
    let files = use_context::<Rc<MediaFiles>>();
    let state = use_state_eq(|| Archived::now(files.as_ref(), &wanted));
    {
        let state = state.clone();
        use_effect_with((files, wanted), move |(files, wanted)| {
            let now = Archived::now(files.as_ref(), wanted);
            let pending = now == Archived::Pending;
            state.set(now);
            let Some(files) = files.clone().filter(|_| pending) else {
                return;
            };
            let wanted = wanted.clone();
            spawn_local(async move {
                match files.url(&wanted).await {
                    Some(Ok(blob)) => state.set(Archived::Ready(blob)),
                    Some(Err(e)) => {
                        gloo::console::warn!(format!("archive media not shown: {e}"));
                        state.set(Archived::Failed);
                    }
                    None => state.set(Archived::Absent),
                }
            });
        });
    }
    (*state).clone()
}
