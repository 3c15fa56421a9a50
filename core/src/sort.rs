//! One stable sort for all of core. The standard library's sorts are fast but compile to a
//! few kilobytes of wasm per element type and comparison, a dozen times over; this one is a
//! merge sort of positions compiled once, the comparison passed in as `dyn`, then the
//! elements moved into place along the permutation's cycles.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items = &*v;
        sorted_order(
            items.len(),
            &mut |a, b| match (items.get(a), items.get(b)) {
                (Some(x), Some(y)) => cmp(x, y),
                _ => Ordering::Equal,
            },
        )
    };
    permute(v, &order);
}

/// Sorts `v` by `key`, keeping equal elements in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` by `key`, computed once per element.
pub fn sort_by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = sorted_order(keys.len(), &mut |a, b| match (keys.get(a), keys.get(b)) {
        (Some(x), Some(y)) => x.cmp(y),
        _ => Ordering::Equal,
    });
    permute(v, &order);
}

/// Sorts `v` ascending.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions 0..n in sorted order.
fn sorted_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut sort = MergeSort::new(n);
    sort.step(usize::MAX, cmp);
    sort.order()
}

/// A bottom-up merge sort of the positions 0..n, stable, that can stop and resume: thread
/// assembly sorts 100k posts in steps the app yields between.
#[derive(Debug, Clone)]
pub struct MergeSort {
    from: Vec<usize>,
    to: Vec<usize>,
    /// Length of the runs being merged, and where the next pair of runs starts.
    width: usize,
    start: usize,
}

impl MergeSort {
    pub fn new(n: usize) -> Self {
        MergeSort {
            from: (0..n).collect(),
            to: vec![0; n],
            width: 1,
            start: 0,
        }
    }

    /// Merges pairs of runs until about `budget` positions are placed (a pair is never
    /// split); true once sorted. `cmp` compares two positions.
    pub fn step(&mut self, budget: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> bool {
        let n = self.from.len();
        let mut placed = 0usize;
        while self.width < n {
            while self.start < n {
                if placed >= budget {
                    return false;
                }
                let start = self.start;
                let mid = (start + self.width).min(n);
                let end = (start + 2 * self.width).min(n);
                let (mut i, mut j) = (start, mid);
                let (from, to) = (&self.from, &mut self.to);
                for slot in to.iter_mut().take(end).skip(start) {
                    // Take from the left run unless the right one's head is strictly less.
                    let take_left =
                        j >= end || (i < mid && cmp(from[j], from[i]) != Ordering::Less);
                    if take_left {
                        *slot = from[i];
                        i += 1;
                    } else {
                        *slot = from[j];
                        j += 1;
                    }
                }
                placed += end - start;
                self.start = end;
            }
            std::mem::swap(&mut self.from, &mut self.to);
            self.width *= 2;
            self.start = 0;
        }
        true
    }

    /// The sorted positions (complete once `step` returned true).
    pub fn order(self) -> Vec<usize> {
        self.from
    }
}

/// Moves the elements so that position i holds what was at `order[i]`, following each cycle
/// of the permutation once.
fn permute<T>(v: &mut [T], order: &[usize]) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        if done[start] {
            continue;
        }
        let mut at = start;
        loop {
            done[at] = true;
            let source = order.get(at).copied().unwrap_or(start);
            if source == start || source >= v.len() {
                break;
            }
            v.swap(at, source);
            at = source;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no dependency.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        for (n, range) in [
            (0, 1),
            (1, 1),
            (2, 2),
            (7, 3),
            (100, 10),
            (1000, 1000),
            (4097, 50),
        ] {
            // (value, original position): stability shows in the positions.
            let v: Vec<(u64, usize)> = numbers(n as u64, n, range)
                .into_iter()
                .enumerate()
                .map(|(i, x)| (x, i))
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |&(x, _)| x);
            let mut std = v.clone();
            std.sort_by_key(|&(x, _)| x);
            assert_eq!(ours, std, "n = {n}");
            let mut cached = v.clone();
            sort_by_cached_key(&mut cached, |&(x, _)| std::cmp::Reverse(x));
            let mut std_rev = v;
            std_rev.sort_by_key(|&(x, _)| std::cmp::Reverse(x));
            assert_eq!(cached, std_rev, "n = {n}");
        }
    }

    #[test]
    fn a_sort_in_steps_is_the_same_sort() {
        let v = numbers(7, 1000, 30);
        let whole = {
            let mut w: Vec<usize> = (0..v.len()).collect();
            w.sort_by_key(|&i| v[i]);
            w
        };
        for budget in [1, 7, 64, 1000, 5000] {
            let mut sort = MergeSort::new(v.len());
            let mut steps = 0;
            while !sort.step(budget, &mut |a, b| v[a].cmp(&v[b])) {
                steps += 1;
            }
            assert_eq!(sort.order(), whole, "budget {budget}");
            assert!(
                budget >= 1000 || steps > 1,
                "budget {budget} took {steps} steps"
            );
        }
    }

    #[test]
    fn moves_elements_that_are_not_copy() {
        let mut v: Vec<String> = ["pear", "apple", "fig", "apple"].map(String::from).to_vec();
        sort(&mut v);
        assert_eq!(v, ["apple", "apple", "fig", "pear"]);
    }
}
