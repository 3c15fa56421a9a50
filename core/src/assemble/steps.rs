//! Assembly in steps: the same algorithm as one call, cut into phases whose loops stop after
//! a budget of work and resume where they stopped, so 100k posts never make one long task.
//! Between steps it holds positions and ids only, never references into the posts, so the
//! library may be read (and grow) in between; each step is given the posts again.

use std::cmp::Reverse;

use crate::model::{Post, Thread, ThreadItem};
use crate::sort::MergeSort;
use rustc_hash::FxHashMap;

/// Position of a post in the time-sorted list.
type Ix = usize;

/// One self-reply tree before threads are formed: a root and every self-reply below it, in
/// time order.
struct Chain {
    posts: Vec<Ix>,
    /// The root's parent is missing (a gap comes before it).
    missing_parent: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Sort,
    Children,
    Trees,
    Groups,
    Members,
    Threads,
    Done,
}

/// Threads being assembled. `step` until it returns true, then `finish`.
pub struct Assembly {
    phase: Phase,
    /// (time, id) of every post taking part (reposts left out); once sorted, a post's
    /// position in it is its `Ix`.
    keys: Vec<(i64, String)>,
    sort: Option<MergeSort>,
    /// Where the current phase's loop is.
    cursor: usize,
    /// Self-replies of each post (in time order), chain roots, and the missing parent of a
    /// self-reply whose parent is not loaded.
    children: Vec<Vec<Ix>>,
    roots: Vec<Ix>,
    orphan: Vec<Option<String>>,
    chains: Vec<Chain>,
    chain_of: Vec<Option<usize>>,
    starts: Vec<Ix>,
    /// The chain each chain was joined into, and each group's chains.
    group_of: Vec<usize>,
    members_of: Vec<Vec<usize>>,
    /// (position of the first post, thread).
    threads: Vec<(Ix, Thread)>,
}

impl Assembly {
    /// Assembly of `keys`: (time, id) of the posts to assemble, reposts left out.
    pub fn new(keys: Vec<(i64, String)>) -> Self {
        Assembly {
            phase: Phase::Sort,
            sort: Some(MergeSort::new(keys.len())),
            keys,
            cursor: 0,
            children: Vec::new(),
            roots: Vec::new(),
            orphan: Vec::new(),
            chains: Vec::new(),
            chain_of: Vec::new(),
            starts: Vec::new(),
            group_of: Vec::new(),
            members_of: Vec::new(),
            threads: Vec::new(),
        }
    }

    /// Assembly of every post of `posts`.
    pub fn of(posts: &FxHashMap<String, Post>) -> Self {
        Self::new(keys_of(posts.values()))
    }

    /// Does about `budget` units of work (a post placed, linked or walked) on `posts` (the
    /// same map each time, possibly grown); true once the threads are ready.
    pub fn step(&mut self, posts: &FxHashMap<String, Post>, budget: usize) -> bool {
        let mut left = budget;
        while self.phase != Phase::Done && left > 0 {
            left = match self.phase {
                Phase::Sort => self.sort_step(left),
                Phase::Children => self.children_step(posts, left),
                Phase::Trees => self.trees_step(left),
                Phase::Groups => self.groups_step(posts, left),
                Phase::Members => self.members_step(left),
                Phase::Threads => self.threads_step(posts, left),
                Phase::Done => left,
            };
        }
        self.phase == Phase::Done
    }

    /// The threads, newest first (by their first post's time).
    pub fn finish(self) -> Vec<Thread> {
        self.into_parts().0
    }

    /// The threads, newest first, and the ids of the posts that took part, oldest first.
    pub fn into_parts(mut self) -> (Vec<Thread>, Vec<String>) {
        crate::sort::sort_by_key(&mut self.threads, |(first, _)| Reverse(*first));
        let threads = self.threads.into_iter().map(|(_, t)| t).collect();
        (threads, self.keys.into_iter().map(|(_, id)| id).collect())
    }

    /// The post at position `i`.
    fn post<'p>(&self, posts: &'p FxHashMap<String, Post>, i: Ix) -> Option<&'p Post> {
        posts.get(&self.keys.get(i)?.1)
    }

    /// The position of post `id`, when it takes part.
    fn position(&self, posts: &FxHashMap<String, Post>, id: &str) -> Option<Ix> {
        let p = posts.get(id)?;
        self.keys
            .binary_search_by(|(t, k)| (*t, k.as_str()).cmp(&(p.created_at, id)))
            .ok()
    }

    /// The positions of the current phase's loop over `len` items this step handles: at
    /// most `left` from the cursor, which moves past them, charged to `left`.
    fn chunk(&mut self, len: usize, left: &mut usize) -> std::ops::Range<usize> {
        let start = self.cursor.min(len);
        let end = start + (*left).min(len - start);
        self.cursor = end;
        *left -= end - start;
        start..end
    }

    fn next(&mut self, phase: Phase) {
        self.phase = phase;
        self.cursor = 0;
    }

    fn sort_step(&mut self, left: usize) -> usize {
        let Some(sort) = self.sort.as_mut() else {
            self.next(Phase::Children);
            return left;
        };
        let keys = &self.keys;
        let done = sort.step(left, &mut |a, b| match (keys.get(a), keys.get(b)) {
            (Some((ta, ia)), Some((tb, ib))) => (ta, ia).cmp(&(tb, ib)),
            _ => std::cmp::Ordering::Equal,
        });
        if !done {
            return 0;
        }
        let order = self.sort.take().map(MergeSort::order).unwrap_or_default();
        let mut old: Vec<Option<(i64, String)>> = std::mem::take(&mut self.keys)
            .into_iter()
            .map(Some)
            .collect();
        self.keys = order
            .iter()
            .filter_map(|&i| old.get_mut(i).and_then(Option::take))
            .collect();
        let n = self.keys.len();
        self.children = vec![Vec::new(); n];
        self.orphan = vec![None; n];
        self.next(Phase::Children);
        left.saturating_sub(n / 8)
    }

    /// Children lists (already in time order since positions are), roots, orphans.
    fn children_step(&mut self, posts: &FxHashMap<String, Post>, mut left: usize) -> usize {
        for i in self.chunk(self.keys.len(), &mut left) {
            let Some(p) = self.post(posts, i) else {
                self.roots.push(i);
                continue;
            };
            let Some(r) = &p.reply_to else {
                self.roots.push(i);
                continue;
            };
            match self.position(posts, &r.post_id) {
                Some(parent)
                    if parent != i
                        && self
                            .post(posts, parent)
                            .is_some_and(|q| q.author_id == p.author_id) =>
                {
                    if let Some(c) = self.children.get_mut(parent) {
                        c.push(i);
                    }
                }
                Some(_) => self.roots.push(i),
                None => {
                    if r.user_id.as_deref() == Some(p.author_id.as_str()) {
                        if let Some(o) = self.orphan.get_mut(i) {
                            *o = Some(r.post_id.clone());
                        }
                    }
                    self.roots.push(i);
                }
            }
        }
        if self.cursor < self.keys.len() {
            return 0;
        }
        self.chain_of = vec![None; self.keys.len()];
        self.starts = std::mem::take(&mut self.roots);
        self.next(Phase::Trees);
        left
    }

    /// Gathers each root's whole self-reply tree (iteratively: deep chains cannot overflow
    /// the stack) and puts it in time order, which positions are.
    fn trees_step(&mut self, mut left: usize) -> usize {
        while let Some(start) = self.starts.pop() {
            let mut chain = Chain {
                posts: Vec::new(),
                missing_parent: self.orphan.get(start).cloned().flatten(),
            };
            let mut below = vec![start];
            while let Some(node) = below.pop() {
                match self.chain_of.get_mut(node) {
                    Some(slot @ None) => *slot = Some(self.chains.len()),
                    _ => continue,
                }
                chain.posts.push(node);
                below.extend(self.children.get(node).into_iter().flatten());
            }
            chain.posts.sort_unstable();
            left = left.saturating_sub(chain.posts.len());
            self.chains.push(chain);
            if left == 0 {
                return 0;
            }
        }
        self.group_of = (0..self.chains.len()).collect();
        self.next(Phase::Groups);
        left
    }

    /// An orphan chain joins the chain holding its conversation root.
    fn groups_step(&mut self, posts: &FxHashMap<String, Post>, mut left: usize) -> usize {
        for ci in self.chunk(self.chains.len(), &mut left) {
            let Some(chain) = self.chains.get(ci) else {
                continue;
            };
            let Some(&first) = chain.posts.first() else {
                continue;
            };
            if chain.missing_parent.is_none() {
                continue;
            }
            let Some(p) = self.post(posts, first) else {
                continue;
            };
            let target = p
                .conversation_id
                .as_deref()
                .filter(|c| *c != p.id)
                .and_then(|c| self.position(posts, c))
                .filter(|&root| {
                    self.post(posts, root)
                        .is_some_and(|q| q.author_id == p.author_id)
                })
                .and_then(|root| self.chain_of.get(root).copied().flatten());
            if let Some(target) = target {
                let t = root_of(&self.group_of, target);
                if t != ci {
                    if let Some(g) = self.group_of.get_mut(ci) {
                        *g = t;
                    }
                }
            }
        }
        if self.cursor < self.chains.len() {
            return 0;
        }
        self.members_of = vec![Vec::new(); self.chains.len()];
        self.next(Phase::Members);
        left
    }

    fn members_step(&mut self, mut left: usize) -> usize {
        for ci in self.chunk(self.chains.len(), &mut left) {
            if let Some(m) = self.members_of.get_mut(root_of(&self.group_of, ci)) {
                m.push(ci);
            }
        }
        if self.cursor < self.chains.len() {
            return 0;
        }
        self.next(Phase::Threads);
        left
    }

    fn size(&self, members: &[usize]) -> usize {
        members
            .iter()
            .filter_map(|&ci| self.chains.get(ci))
            .map(|c| c.posts.len())
            .sum()
    }

    fn threads_step(&mut self, posts: &FxHashMap<String, Post>, mut left: usize) -> usize {
        while self.cursor < self.members_of.len() {
            if left == 0 {
                return 0;
            }
            let members = self
                .members_of
                .get_mut(self.cursor)
                .map(std::mem::take)
                .unwrap_or_default();
            self.cursor += 1;
            let size = self.size(&members);
            left = left.saturating_sub(size.max(1));
            // Every post of the group in time order, each chain's missing parent a gap
            // before its root.
            let mut order: Vec<(Ix, Option<&String>)> = Vec::with_capacity(size);
            for chain in members.iter().filter_map(|&ci| self.chains.get(ci)) {
                for (k, &i) in chain.posts.iter().enumerate() {
                    let gap = if k == 0 {
                        chain.missing_parent.as_ref()
                    } else {
                        None
                    };
                    order.push((i, gap));
                }
            }
            crate::sort::sort_by_key(&mut order, |&(i, _)| i);
            let first = order.first().map(|&(i, _)| i);
            // One post is a thread only when its file asks for it (see `Post::standalone`).
            let alone = |i| !self.post(posts, i).is_some_and(|p| p.standalone);
            if first.is_none() || (size < 2 && first.is_some_and(alone)) {
                continue;
            }
            let mut items = Vec::with_capacity(size + members.len());
            for (i, gap) in order {
                if let Some(missing) = gap {
                    items.push(ThreadItem::Gap {
                        missing_id: Some(missing.clone()),
                    });
                }
                if let Some((_, id)) = self.keys.get(i) {
                    items.push(ThreadItem::Post { id: id.clone() });
                }
            }
            let Some(first) = first else { continue };
            let Some(p) = self.post(posts, first) else {
                continue;
            };
            let thread = Thread {
                id: p.id.clone(),
                author_id: p.author_id.clone(),
                items,
            };
            self.threads.push((first, thread));
        }
        self.next(Phase::Done);
        left
    }
}

/// (time, id) of `posts`, reposts left out: what `Assembly::new` takes.
pub fn keys_of<'p>(posts: impl Iterator<Item = &'p Post>) -> Vec<(i64, String)> {
    posts
        .filter(|p| !p.is_repost)
        .map(|p| (p.created_at, p.id.clone()))
        .collect()
}

/// The chain a chain was joined into (following joins; bounded, joins never form cycles).
fn root_of(group_of: &[usize], ci: usize) -> usize {
    let mut g = ci;
    for _ in 0..group_of.len() {
        match group_of.get(g) {
            Some(&next) if next != g => g = next,
            _ => break,
        }
    }
    g
}
