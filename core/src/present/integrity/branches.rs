//! The shape of a thread: the posts its author replied to more than once (a fan of replies
//! to the first post, or a chain that forks), each with the numbers of those replies. Every
//! one of them is in the thread; this only says where the thread branches.

use std::collections::HashMap;

use crate::library::Library;
use crate::model::{Post, Thread};

/// A post of the thread that the author replied to more than once.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BranchView {
    /// The number of the post replied to.
    pub from_number: usize,
    /// The numbers of its replies in the thread, in reading order.
    pub reply_numbers: Vec<usize>,
    /// "#1: 7 replies (#2, #3, #4, #5, #6, #7, #8)".
    pub label: String,
}

/// The branch points of `thread`, in thread order; `number_of` numbers its posts.
pub(super) fn branches(
    library: &Library,
    thread: &Thread,
    number_of: &HashMap<&str, usize>,
) -> Vec<BranchView> {
    let mut replies: HashMap<usize, Vec<usize>> = HashMap::new();
    for p in thread.post_ids().filter_map(|id| library.post(id)) {
        if let (Some(parent), Some(&own)) =
            (parent_number(p, number_of), number_of.get(p.id.as_str()))
        {
            replies.entry(parent).or_default().push(own);
        }
    }
    let mut points: Vec<BranchView> = replies
        .into_iter()
        .filter(|(_, r)| r.len() >= 2)
        .map(|(from, mut reply_numbers)| {
            reply_numbers.sort_unstable();
            let list: Vec<String> = reply_numbers.iter().map(|n| format!("#{n}")).collect();
            BranchView {
                from_number: from,
                label: format!(
                    "#{from}: {} replies ({})",
                    reply_numbers.len(),
                    list.join(", ")
                ),
                reply_numbers,
            }
        })
        .collect();
    points.sort_unstable_by_key(|b| b.from_number);
    points
}

/// The number of the post `p` replies to, when that post is in the thread.
fn parent_number(p: &Post, number_of: &HashMap<&str, usize>) -> Option<usize> {
    let parent = p.reply_to.as_ref()?.post_id.as_str();
    (parent != p.id).then(|| number_of.get(parent).copied())?
}

/// The summary's word on branches: "no branches", "7 replies to #1", "branches at #1 and #5".
pub(super) fn summary(branches: &[BranchView]) -> String {
    const NAMED: usize = 3;
    match branches {
        [] => "no branches".to_string(),
        [one] => format!(
            "{} replies to #{}",
            one.reply_numbers.len(),
            one.from_number
        ),
        _ if branches.len() > NAMED => format!("branches at {} posts", branches.len()),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|b| format!("#{}", b.from_number)).collect();
            format!("branches at {} and #{}", init.join(", "), last.from_number)
        }
    }
}
