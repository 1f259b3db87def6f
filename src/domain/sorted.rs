//! Small helpers for the vectors the domain keeps sorted by a key (days, mostly), and the
//! app's one sort.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`.
///
/// The standard library's sort is generic over the element and the comparison, so each
/// `sort_by` call site carries its own copy of it (about 4 KB of wasm each). This sorts a list
/// of positions through one `dyn` comparison instead, so the app holds a single copy, then
/// moves the elements into place.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| cmp(&items[a], &items[b]));
    permute(items, &mut order);
}

fn sort_positions(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Puts `items[order[k]]` at position `k` for every `k`, following each cycle once.
/// `order` must be a permutation of `0..items.len()`; it is used up.
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Puts `items` in order by `key_of` with one element per key, as the lookups here need: a
/// later element with the key of an earlier one is merged into it (`merge(first, later)`),
/// so nothing is dropped. For an import of a backup edited by hand, in any order.
pub fn sort_and_merge<T, K: Ord>(
    items: &mut Vec<T>,
    key_of: impl Fn(&T) -> K,
    mut merge: impl FnMut(&mut T, T),
) {
    sort_by(items, |a, b| key_of(a).cmp(&key_of(b)));
    let mut kept: Vec<T> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        match kept.last_mut() {
            Some(last) if key_of(last) == key_of(&item) => merge(last, item),
            _ => kept.push(item),
        }
    }
    *items = kept;
}

/// The element with `key` in `items` (sorted by `key_of`), inserting `make()` in order if
/// there is none.
pub fn entry<T, K: Ord>(
    items: &mut Vec<T>,
    key: K,
    key_of: impl Fn(&T) -> K,
    make: impl FnOnce() -> T,
) -> &mut T {
    let i = match items.binary_search_by(|t| key_of(t).cmp(&key)) {
        Ok(i) => i,
        Err(i) => {
            items.insert(i, make());
            i
        }
    };
    &mut items[i]
}

/// The element with `key` in `items` (sorted by `key_of`).
pub fn get<T, K: Ord>(items: &[T], key: K, key_of: impl Fn(&T) -> K) -> Option<&T> {
    items
        .binary_search_by(|t| key_of(t).cmp(&key))
        .ok()
        .map(|i| &items[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(
            v,
            vec![(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }

    #[test]
    fn sorts_like_the_standard_library() {
        // A fixed pseudo-random sequence with many repeats, in many lengths.
        let mut x: u32 = 12345;
        for len in 0..200 {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((x >> 16) % 17, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut std = v;
            std.sort_by_key(|t| std::cmp::Reverse(t.0));
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn keeps_order_and_finds() {
        let mut v: Vec<(i32, &str)> = Vec::new();
        entry(&mut v, 5, |t| t.0, || (5, "five"));
        entry(&mut v, 1, |t| t.0, || (1, "one"));
        entry(&mut v, 5, |t| t.0, || (5, "again")).1 = "FIVE";
        assert_eq!(v, vec![(1, "one"), (5, "FIVE")]);
        assert_eq!(get(&v, 5, |t| t.0), Some(&(5, "FIVE")));
        assert_eq!(get(&v, 3, |t| t.0), None);
    }
}
