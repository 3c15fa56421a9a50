//! What one file shows once imported: a file that holds no thread still shows each of its
//! own posts (as one-post threads), and a file that shows nothing says why, so no file is
//! met with silence.

use crate::error::ImportErrorKind;
use crate::fast_hash::FastMap;
use crate::model::Batch;

/// When no post of `batch` replies to a post of its own author in it, every post that is not
/// a repost is marked `standalone`: the file's posts are listed one by one. A file that holds
/// a thread lists its threads only (an archive's single posts and replies to others stay out
/// of the list, as they always have).
pub(super) fn mark_threadless(batch: &mut Batch) {
    if !holds_a_thread(batch) {
        for p in batch.posts.iter_mut().filter(|p| !p.is_repost) {
            p.standalone = true;
        }
    }
}

/// Some post of `batch` replies to a post of its own author in it. Only the parents that
/// self-replies name are kept (a 100k-post archive is one task of this), and the scan stops
/// at the first one found.
fn holds_a_thread(batch: &Batch) -> bool {
    // Parent id → the author of a reply to it that may be a self-reply (the source says the
    // reply is to its own author, or does not say to whom).
    let parents: FastMap<&str, &str> = batch
        .posts
        .iter()
        .filter_map(|p| {
            let r = p.reply_to.as_ref()?;
            let maybe_own = r.user_id.as_deref().is_none_or(|u| u == p.author_id);
            (maybe_own && r.post_id != p.id).then_some((r.post_id.as_str(), p.author_id.as_str()))
        })
        .collect();
    !parents.is_empty()
        && batch
            .posts
            .iter()
            .any(|p| parents.get(p.id.as_str()) == Some(&p.author_id.as_str()))
}

/// Why a file read without error shows nothing: it holds no posts, or only reposts.
pub(super) fn nothing_shown(batch: &Batch) -> Option<ImportErrorKind> {
    if batch.posts.iter().any(|p| !p.is_repost) {
        return None;
    }
    Some(ImportErrorKind::NothingToShow {
        reposts: batch.posts.len(),
    })
}
