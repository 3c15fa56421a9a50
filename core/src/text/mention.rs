//! X mentions as segments: shown as the author typed them, linked by the account's id.
//!
//! X's entities carry the mentioned account's *current* screen name ("Funimation"), while
//! the post's text holds what the author wrote ("@FUNimation"); screen names are matched
//! without regard to case, so both name one account. The segment shows the typed spelling
//! (the text at the entity's indices) and links to `https://x.com/i/user/<id>` when the id
//! is known — the one link that survives a rename — else to the profile of the handle as
//! typed. Indices that do not cover the handle (a broken file) fall back to the entity's
//! screen name, so a mention never shows some other piece of text.

use super::{concat, x_profile_url, XMention};
use crate::model::Segment;

/// The link to an X account by its numeric id, which stays valid when the handle changes.
/// None unless `id` is all ASCII digits.
pub fn x_user_url(id: &str) -> Option<String> {
    (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
        .then(|| concat(&["https://x.com/i/user/", id]))
}

/// The segment of mention `m`, whose range covers `original` in the post's raw text.
pub(super) fn segment(m: &XMention, original: &str) -> Segment {
    let typed = original.trim_start_matches(['@', '＠']);
    let as_typed =
        m.handle.is_empty() || (is_handle(typed) && typed.eq_ignore_ascii_case(&m.handle));
    let handle = if as_typed { typed } else { m.handle.as_str() }.to_string();
    let url = (m.id.as_deref().and_then(x_user_url)).unwrap_or_else(|| x_profile_url(&handle));
    Segment::Mention { handle, url }
}

/// X screen names: ASCII letters, digits and "_".
fn is_handle(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(handle: &str, id: Option<&str>) -> XMention {
        XMention {
            start: 0,
            end: 0,
            handle: handle.into(),
            id: id.map(str::to_string),
        }
    }

    #[test]
    fn the_typed_spelling_is_shown_and_the_id_linked() {
        assert_eq!(
            segment(&mention("Funimation", Some("14647877")), "@FUNimation"),
            Segment::Mention {
                handle: "FUNimation".into(),
                url: "https://x.com/i/user/14647877".into()
            }
        );
    }

    #[test]
    fn without_an_id_the_typed_handle_is_linked() {
        assert_eq!(
            segment(&mention("NBA", None), "＠nba"),
            Segment::Mention {
                handle: "nba".into(),
                url: "https://x.com/nba".into()
            }
        );
    }

    #[test]
    fn indices_off_the_handle_keep_the_listed_name() {
        // A range that covers other words (or another account) says nothing about spelling.
        for original in ["@someone", "hello", "@nba!", ""] {
            assert_eq!(
                segment(&mention("NBA", Some("19923144x")), original),
                Segment::Mention {
                    handle: "NBA".into(),
                    url: "https://x.com/NBA".into()
                },
                "{original:?}"
            );
        }
    }

    #[test]
    fn only_numeric_ids_make_user_links() {
        assert_eq!(x_user_url("12"), Some("https://x.com/i/user/12".into()));
        assert_eq!(x_user_url(""), None);
        assert_eq!(x_user_url("../evil"), None);
    }
}
