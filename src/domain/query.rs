//! Reading a page's query string (`location.search`): the links that ask for a language
//! (`?lang=`) or a stretch (`?start=`).

/// The value of the first `name=` pair of a query string (`location.search`, with or without
/// its `?`), as written (not %-decoded: the app's own parameters never need it).
pub fn query_value<'a>(search: &'a str, name: &str) -> Option<&'a str> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_pair_of_a_name_is_its_value() {
        assert_eq!(
            query_value("?start=cramp&lang=nl&lang=en", "lang"),
            Some("nl")
        );
        assert_eq!(query_value("start=cramp&muscle=", "muscle"), Some(""));
        assert_eq!(query_value("?restart=cramp&start", "start"), None);
        assert_eq!(query_value("", "start"), None);
    }
}
