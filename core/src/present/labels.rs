//! The page's own words around what it shows: the document title, the error banner's title,
//! the side column's headings and notes, a post's number and a custom emoji's text. Each is
//! computed from a count or a name, so it is decided, and tested, here.

use crate::model::Author;
use crate::present::handle_label;

/// The document title while no thread is open.
pub const APP_TITLE: &str = "Unroll — read threads as articles";

/// The document title: "Thread by Ann (@ann) — Unroll" while `author`'s thread is open,
/// "Thread by @ann — Unroll" when the name only repeats the handle, and `APP_TITLE` when no
/// thread is.
pub fn page_title(author: Option<&Author>) -> String {
    let Some(a) = author else {
        return APP_TITLE.to_string();
    };
    let name = a.display_name.trim();
    let by = if a.handle.is_empty() {
        name.to_string()
    } else if name.is_empty() || name.eq_ignore_ascii_case(&a.handle) {
        handle_label(&a.handle)
    } else {
        format!("{name} ({})", handle_label(&a.handle))
    };
    format!("Thread by {by} — Unroll")
}

/// The error banner's title over `count` messages: "A problem while loading", "3 problems
/// while loading".
pub fn problems_title(count: usize) -> String {
    if count == 1 {
        "A problem while loading".to_string()
    } else {
        format!("{count} problems while loading")
    }
}

/// The button under a list cut short: "Show all 34 threads".
pub fn show_all_label(total: usize) -> String {
    format!("Show all {total} threads")
}

/// Whose threads the side column lists: "@ann", or "unknown authors" when the open thread
/// has no handle (threads without an author id may be anyone's).
fn list_author(handle: &str) -> String {
    if handle.is_empty() {
        "unknown authors".to_string()
    } else {
        handle_label(handle)
    }
}

/// The side column's heading: "More from @ann".
pub fn more_from_label(handle: &str) -> String {
    format!("More from {}", list_author(handle))
}

/// The side column's note when the author has no other thread loaded.
pub fn no_more_label(handle: &str) -> String {
    format!("No other threads by {} are loaded.", list_author(handle))
}

/// A post's permalink text: "#3".
pub fn post_number_label(number: usize) -> String {
    format!("#{number}")
}

/// A custom emoji as text (its image's alt and title, and what shows without the image):
/// ":blobcat:", the same text a copy of the post carries.
pub fn emoji_label(shortcode: &str) -> String {
    format!(":{shortcode}:")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(name: &str, handle: &str) -> Author {
        Author {
            display_name: name.into(),
            handle: handle.into(),
            ..Author::default()
        }
    }

    #[test]
    fn the_page_title_names_the_author_once() {
        assert_eq!(
            page_title(Some(&author("Ann Example", "ann"))),
            "Thread by Ann Example (@ann) — Unroll"
        );
        assert_eq!(
            page_title(Some(&author("ANN", "ann"))),
            "Thread by @ann — Unroll"
        );
        assert_eq!(
            page_title(Some(&author(" ", "ann"))),
            "Thread by @ann — Unroll"
        );
        assert_eq!(
            page_title(Some(&author("Unknown author", ""))),
            "Thread by Unknown author — Unroll"
        );
        assert_eq!(page_title(None), APP_TITLE);
    }

    #[test]
    fn counts_and_names_make_the_chrome_s_labels() {
        assert_eq!(problems_title(1), "A problem while loading");
        assert_eq!(problems_title(3), "3 problems while loading");
        assert_eq!(show_all_label(34), "Show all 34 threads");
        assert_eq!(more_from_label("ann"), "More from @ann");
        assert_eq!(more_from_label(""), "More from unknown authors");
        assert_eq!(no_more_label("ann"), "No other threads by @ann are loaded.");
        assert_eq!(
            no_more_label(""),
            "No other threads by unknown authors are loaded."
        );
        assert_eq!(post_number_label(12), "#12");
        assert_eq!(emoji_label("blobcat"), ":blobcat:");
    }
}
