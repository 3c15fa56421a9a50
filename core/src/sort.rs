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

/// Sorts `v` ascending.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions 0..n in sorted order: a bottom-up merge sort, stable.
fn sorted_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    // Runs of `width` positions are sorted; merge them in pairs.
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in to.iter_mut().take(end).skip(start) {
                // Take from the left run unless the right one's head is strictly less.
                let take_left = j >= end || (i < mid && cmp(from[j], from[i]) != Ordering::Less);
                if take_left {
                    *slot = from[i];
                    i += 1;
                } else {
                    *slot = from[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
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
            let mut std = v;
            std.sort_by_key(|&(x, _)| x);
            assert_eq!(ours, std, "n = {n}");
        }
    }

    #[test]
    fn moves_elements_that_are_not_copy() {
        let mut v: Vec<String> = ["pear", "apple", "fig", "apple"].map(String::from).to_vec();
        sort(&mut v);
        assert_eq!(v, ["apple", "apple", "fig", "pear"]);
    }
}
