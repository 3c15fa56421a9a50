//! Related threads: "More from @handle" — the same author's other loaded threads, newest first.

use crate::library::Library;
use crate::model::Thread;
use crate::present::{self, ThreadSummary};

/// The author's other threads (not `thread_id` itself), newest first, summarised. (The app
/// keeps one `threads_by` list per author, summarises entries as they show and leaves out
/// the open thread as it renders.)
pub fn more_from_author(library: &Library, thread_id: &str, now: i64) -> Vec<ThreadSummary> {
    let Some(author_id) = library.thread(thread_id).map(|t| t.author_id.as_str()) else {
        return Vec::new();
    };
    threads_by(library, author_id)
        .filter(|t| t.id != thread_id)
        .filter_map(|t| present::summary(library, t, now))
        .collect()
}

/// Every thread of the author `author_id`, newest first.
pub fn threads_by<'a>(
    library: &'a Library,
    author_id: &'a str,
) -> impl Iterator<Item = &'a Thread> {
    library
        .threads()
        .iter()
        .filter(move |t| t.author_id == author_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Author, Batch, Network, Post, ReplyTo, Segment, SourceFormat};

    fn post(id: &str, author: &str, t: i64, reply: Option<&str>) -> Post {
        Post {
            id: id.into(),
            author_id: author.into(),
            created_at: t,
            segments: vec![Segment::Text {
                text: format!("post {id}"),
            }],
            media: vec![],
            reply_to: reply.map(|r| ReplyTo {
                post_id: r.into(),
                user_id: Some(author.into()),
                handle: None,
            }),
            conversation_id: None,
            quote: None,
            is_repost: false,
            lang: None,
            permalink: format!("https://x.com/a/status/{id}"),
            source: SourceFormat::XApiV2,
            card: None,
            content_warning: None,
            poll: None,
            reposted_by: None,
            truncated: false,
            standalone: false,
        }
    }

    #[test]
    fn same_author_other_threads_newest_first() {
        let author = |id: &str| Author {
            id: id.into(),
            handle: id.into(),
            display_name: id.into(),
            avatar_url: None,
            network: Network::X,
            emojis: Vec::new(),
        };
        let mut lib = Library::new();
        lib.add(Batch {
            authors: vec![author("a"), author("b")],
            posts: vec![
                post("1", "a", 100, None),
                post("2", "a", 101, Some("1")),
                post("3", "a", 300, None),
                post("4", "a", 301, Some("3")),
                post("5", "b", 400, None),
                post("6", "b", 401, Some("5")),
                post("7", "a", 200, None),
                post("8", "a", 201, Some("7")),
            ],
        });
        let more = more_from_author(&lib, "7", 0);
        let ids: Vec<&str> = more.iter().map(|s| s.thread_id.as_str()).collect();
        assert_eq!(ids, ["3", "1"]);
        assert_eq!(more[0].read_label, "Read 2 tweets");
        assert!(more_from_author(&lib, "5", 0).is_empty());
        assert!(more_from_author(&lib, "missing", 0).is_empty());
    }
}
