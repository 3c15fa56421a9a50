//! What one file shows once imported: a file that holds no thread still shows each of its
//! own posts (as one-post threads), and a file that shows nothing says why, so no file is
//! met with silence.

use std::collections::HashMap;

use crate::error::ImportErrorKind;
use crate::model::Batch;

/// When no post of `batch` replies to a post of its own author in it, every post that is not
/// a repost is marked `standalone`: the file's posts are listed one by one. A file that holds
/// a thread lists its threads only (an archive's single posts and replies to others stay out
/// of the list, as they always have).
pub(super) fn mark_threadless(batch: &mut Batch) {
    let author_of: HashMap<&str, &str> = batch
        .posts
        .iter()
        .map(|p| (p.id.as_str(), p.author_id.as_str()))
        .collect();
    let threaded = batch.posts.iter().any(|p| {
        p.reply_to.as_ref().is_some_and(|r| {
            r.post_id != p.id && author_of.get(r.post_id.as_str()) == Some(&p.author_id.as_str())
        })
    });
    if threaded {
        return;
    }
    for p in batch.posts.iter_mut().filter(|p| !p.is_repost) {
        p.standalone = true;
    }
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
