//! What the page asks of the worker, each request with the state change it makes on the
//! page at once: loading files, pasted text or URLs, opening a thread, "Show all", export
//! and cancel. One `Session` is shared by the app, its page-level listeners and the side
//! column (through a context), and the worker's replies come back as actions.

use unroll_core::protocol::{ListKind, Reply, Request, Source};
use yew::UseReducerDispatcher;

use crate::client::Client;
use crate::clock::now_secs;
use crate::error::LoadError;
use crate::io;
use crate::media_files::MediaSource;
use crate::state::{Action, State};

#[derive(Clone, PartialEq)]
pub struct Session {
    client: Client,
    dispatcher: UseReducerDispatcher<State>,
}

impl Session {
    /// A session whose worker's replies go to `dispatcher`'s state.
    pub fn new(dispatcher: UseReducerDispatcher<State>) -> Self {
        let on_reply = {
            let dispatcher = dispatcher.clone();
            yew::Callback::from(move |(reply, media): (Reply, Vec<(String, MediaSource)>)| {
                let rendered_later = matches!(reply, Reply::Loaded { .. });
                let Some(action) = action_of(reply, media) else {
                    return;
                };
                if rendered_later {
                    // A load's first render is a task of its own, not one with the reply's
                    // decoding: together they made one task of over 50 ms.
                    let dispatcher = dispatcher.clone();
                    yew::platform::spawn_local(async move {
                        io::yield_to_browser().await;
                        dispatcher.dispatch(action);
                    });
                } else {
                    dispatcher.dispatch(action);
                }
            })
        };
        Session {
            client: Client::new(on_reply),
            dispatcher,
        }
    }

    /// Starts the worker ahead of the first request.
    pub fn warm_up(&self) {
        self.client.warm_up();
    }

    /// Loads the files picked or dropped.
    pub fn load_files(&self, files: Vec<web_sys::File>) {
        let sources = (0..files.len())
            .filter_map(|i| u32::try_from(i).ok())
            .map(|index| Source::File { index })
            .collect();
        self.load(sources, files);
    }

    /// Loads URLs (vetted already: same origin).
    pub fn load_urls(&self, urls: Vec<String>) {
        let sources = urls.into_iter().map(|url| Source::Url { url }).collect();
        self.load(sources, Vec::new());
    }

    /// Loads what was pasted, as a file named `pasted.json`.
    pub fn load_pasted(&self, text: String) {
        if text.trim().is_empty() {
            self.dispatcher
                .dispatch(Action::Report(vec![LoadError::NothingPasted]));
            return;
        }
        let name = "pasted.json".to_string();
        self.load(vec![Source::Text { name, text }], Vec::new());
    }

    fn load(&self, sources: Vec<Source>, files: Vec<web_sys::File>) {
        let load = self.client.load(sources, files);
        self.dispatcher.dispatch(Action::LoadStarted(load));
    }

    /// Stops every load in flight; what was loaded before stays.
    pub fn cancel(&self, loads: &[u32]) {
        for &load in loads {
            self.client.send(&Request::Cancel { load });
        }
        self.dispatcher.dispatch(Action::Cancelled(loads.to_vec()));
    }

    /// Shows the thread `id` once the worker answers (at once if it is the one asked for).
    pub fn open(&self, id: String) {
        self.dispatcher.dispatch(Action::Open(id.clone()));
        let held = self.client.holds(&id);
        self.client.send(&Request::Open { id, held });
    }

    pub fn show_all(&self, list: ListKind) {
        self.client.send(&Request::ShowAll { list });
    }

    /// Offers the thread `id` as an Unroll JSON download, once the worker made it.
    pub fn export(&self, id: String) {
        self.client.send(&Request::Export {
            id,
            exported_at: now_secs(),
        });
    }

    pub fn dismiss_errors(&self) {
        self.dispatcher.dispatch(Action::DismissError);
    }

    pub fn report(&self, errors: Vec<LoadError>) {
        self.dispatcher.dispatch(Action::Report(errors));
    }
}

/// The action a reply makes (an export is carried out here, in the browser); `media` are
/// the archive files its `Shown` names.
fn action_of(reply: Reply, media: Vec<(String, MediaSource)>) -> Option<Action> {
    match reply {
        Reply::Ready => None,
        Reply::Progress { load, progress } => Some(Action::Progress(load, progress)),
        Reply::Loaded {
            load,
            errors,
            cancelled: _,
            shown,
        } => Some(Action::Loaded {
            load,
            errors: errors.into_iter().map(LoadError::Reported).collect(),
            media,
            shown,
        }),
        Reply::Shown(shown) => Some(Action::Shown { shown, media }),
        Reply::Ahead(ahead) => Some(Action::Ahead {
            threads: ahead.threads,
            media,
        }),
        Reply::Exported { file_name, json } => io::download_json(&file_name, &json)
            .err()
            .map(|e| Action::Report(vec![e])),
        Reply::Failed { message } => Some(Action::Report(vec![LoadError::Reported(message)])),
    }
}
