//! The assembly itself, in one pass per stage: the posts sorted by time, each post's
//! self-replies listed, each root's whole tree gathered (a chain), orphan chains joined to
//! their conversation's chain, and each group of chains made a thread. A post is known by
//! its position in the time-sorted list (`Ix`), so every list below is in time order.

use std::cmp::Reverse;

use crate::model::{Post, Thread, ThreadItem};
use rustc_hash::FxHashMap;

/// Position of a post in the time-sorted list.
type Ix = usize;

/// The posts taking part in assembly (reposts left out), oldest first, then by id: a post's
/// place here is its `Ix`.
pub fn in_time_order(posts: &FxHashMap<String, Post>) -> Vec<&Post> {
    let mut order: Vec<&Post> = posts.values().filter(|p| !p.is_repost).collect();
    crate::sort::sort_by(&mut order, |a, b| {
        (a.created_at, &a.id).cmp(&(b.created_at, &b.id))
    });
    order
}

/// The threads of `order` (from `in_time_order` over `posts`), newest first by their first
/// post's time.
pub fn threads(order: &[&Post], posts: &FxHashMap<String, Post>) -> Vec<Thread> {
    let posts = Sorted { order, posts };
    let links = posts.links();
    let (chains, chain_of) = chains(&links);
    let groups = posts.groups(&chains, &chain_of);
    let mut threads: Vec<(Ix, Thread)> = groups
        .iter()
        .filter_map(|members| posts.thread(&chains, members))
        .collect();
    crate::sort::sort_by_key(&mut threads, |(first, _)| Reverse(*first));
    threads.into_iter().map(|(_, t)| t).collect()
}

/// The posts in time order, and every post by id (to find a parent's position).
struct Sorted<'p> {
    order: &'p [&'p Post],
    posts: &'p FxHashMap<String, Post>,
}

/// Who replies to whom, among the posts taking part.
struct Links<'p> {
    /// The self-replies of each post, in time order (since positions are).
    children: Vec<Vec<Ix>>,
    /// Posts that are not a self-reply to a loaded post: where chains start.
    roots: Vec<Ix>,
    /// The parent of a self-reply whose parent is not loaded.
    orphan: Vec<Option<&'p str>>,
}

/// One self-reply tree before threads are formed: a root and every self-reply below it, in
/// time order.
struct Chain<'p> {
    posts: Vec<Ix>,
    /// The root's parent is missing (a gap comes before it).
    missing_parent: Option<&'p str>,
}

impl<'p> Sorted<'p> {
    /// The post at position `i`.
    fn post(&self, i: Ix) -> Option<&'p Post> {
        self.order.get(i).copied()
    }

    /// The position of post `id`, when it takes part.
    fn position(&self, id: &str) -> Option<Ix> {
        let p = self.posts.get(id)?;
        self.order
            .binary_search_by(|q| (q.created_at, q.id.as_str()).cmp(&(p.created_at, id)))
            .ok()
    }

    fn links(&self) -> Links<'p> {
        let n = self.order.len();
        let mut links = Links {
            children: vec![Vec::new(); n],
            roots: Vec::new(),
            orphan: vec![None; n],
        };
        for (i, p) in self.order.iter().enumerate() {
            let Some(r) = &p.reply_to else {
                links.roots.push(i);
                continue;
            };
            match self.position(&r.post_id) {
                Some(parent)
                    if parent != i
                        && self
                            .post(parent)
                            .is_some_and(|q| q.author_id == p.author_id) =>
                {
                    if let Some(c) = links.children.get_mut(parent) {
                        c.push(i);
                    }
                }
                Some(_) => links.roots.push(i),
                None => {
                    if r.user_id.as_deref() == Some(p.author_id.as_str()) {
                        if let Some(o) = links.orphan.get_mut(i) {
                            *o = Some(r.post_id.as_str());
                        }
                    }
                    links.roots.push(i);
                }
            }
        }
        links
    }

    /// The chains of each group: an orphan chain joins the chain holding its conversation
    /// root, when that root is loaded and by the same author.
    fn groups(&self, chains: &[Chain], chain_of: &[Option<usize>]) -> Vec<Vec<usize>> {
        let mut group_of: Vec<usize> = (0..chains.len()).collect();
        for (ci, chain) in chains.iter().enumerate() {
            let Some(&first) = chain.posts.first() else {
                continue;
            };
            if chain.missing_parent.is_none() {
                continue;
            }
            let Some(p) = self.post(first) else {
                continue;
            };
            let target = p
                .conversation_id
                .as_deref()
                .filter(|c| *c != p.id)
                .and_then(|c| self.position(c))
                .filter(|&root| self.post(root).is_some_and(|q| q.author_id == p.author_id))
                .and_then(|root| chain_of.get(root).copied().flatten());
            if let Some(target) = target {
                let t = root_of(&group_of, target);
                if t != ci {
                    if let Some(g) = group_of.get_mut(ci) {
                        *g = t;
                    }
                }
            }
        }
        let mut members_of = vec![Vec::new(); chains.len()];
        for ci in 0..chains.len() {
            if let Some(m) = members_of.get_mut(root_of(&group_of, ci)) {
                m.push(ci);
            }
        }
        members_of
    }

    /// The thread of one group of chains, with the position of its first post: every post
    /// in time order, each chain's missing parent a gap before its root. None for an empty
    /// group, and for a single post its file does not ask to show (`Post::standalone`).
    fn thread(&self, chains: &[Chain], members: &[usize]) -> Option<(Ix, Thread)> {
        let group = || members.iter().filter_map(|&ci| chains.get(ci));
        let size: usize = group().map(|c| c.posts.len()).sum();
        let mut order: Vec<(Ix, Option<&str>)> = Vec::with_capacity(size);
        for chain in group() {
            for (k, &i) in chain.posts.iter().enumerate() {
                let gap = if k == 0 { chain.missing_parent } else { None };
                order.push((i, gap));
            }
        }
        crate::sort::sort_by_key(&mut order, |&(i, _)| i);
        let first = order.first().map(|&(i, _)| i)?;
        let p = self.post(first)?;
        if size < 2 && !p.standalone {
            return None;
        }
        let mut items = Vec::with_capacity(size + members.len());
        for (i, gap) in order {
            if let Some(missing) = gap {
                items.push(ThreadItem::Gap {
                    missing_id: Some(missing.to_string()),
                });
            }
            if let Some(post) = self.post(i) {
                items.push(ThreadItem::Post {
                    id: post.id.clone(),
                });
            }
        }
        let thread = Thread {
            id: p.id.clone(),
            author_id: p.author_id.clone(),
            items,
        };
        Some((first, thread))
    }
}

/// Each root's whole self-reply tree (gathered iteratively: deep chains cannot overflow the
/// stack) in time order, and the chain holding each post. Roots are taken last first.
fn chains<'p>(links: &Links<'p>) -> (Vec<Chain<'p>>, Vec<Option<usize>>) {
    let mut chains = Vec::new();
    let mut chain_of = vec![None; links.children.len()];
    for &start in links.roots.iter().rev() {
        let mut chain = Chain {
            posts: Vec::new(),
            missing_parent: links.orphan.get(start).copied().flatten(),
        };
        let mut below = vec![start];
        while let Some(node) = below.pop() {
            match chain_of.get_mut(node) {
                Some(slot @ None) => *slot = Some(chains.len()),
                _ => continue,
            }
            chain.posts.push(node);
            below.extend(links.children.get(node).into_iter().flatten());
        }
        chain.posts.sort_unstable();
        chains.push(chain);
    }
    (chains, chain_of)
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
