//! Small helpers for the vectors the domain keeps sorted by a key (days, mostly).

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
