//! Food search: case- and accent-insensitive, every word of the query must start a word of
//! the food's name, in any order ("oat bran" and "bran oat" both find "Oat bran"); curated
//! foods rank before the full USDA table.

/// Lower-cases ASCII and folds common Latin accents (é → e, ñ → n, ß → ss …), keeping
/// letters and digits and turning everything else into spaces. (No Unicode case tables:
/// they would add tens of kilobytes to the app.)
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let folded = match c {
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            'a'..='z' | '0'..='9' => Some(c),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'ą' => {
                Some('a')
            }
            'ç' | 'Ç' | 'ć' | 'č' => Some('c'),
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'ę' | 'ě' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' => Some('i'),
            'ñ' | 'Ñ' | 'ń' | 'ň' => Some('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'ő' => {
                Some('o')
            }
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'ů' | 'ű' => Some('u'),
            'ý' | 'ÿ' | 'Ý' => Some('y'),
            'ž' | 'ź' | 'ż' | 'Ž' => Some('z'),
            'š' | 'ś' | 'Š' => Some('s'),
            'ł' | 'Ł' => Some('l'),
            'ř' => Some('r'),
            'ß' => {
                out.push_str("ss");
                continue;
            }
            'æ' | 'Æ' => {
                out.push_str("ae");
                continue;
            }
            'œ' | 'Œ' => {
                out.push_str("oe");
                continue;
            }
            _ => None,
        };
        match folded {
            Some(f) => out.push(f),
            None => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
        }
    }
    out.trim().to_string()
}

/// A food prepared for searching: its folded words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indexed {
    pub words: Vec<String>,
    /// Curated (and your own) foods rank first.
    pub curated: bool,
}

impl Indexed {
    pub fn new(name: &str, curated: bool) -> Self {
        Self {
            words: fold(name)
                .split(' ')
                .map(str::to_string)
                .filter(|w| !w.is_empty())
                .collect(),
            curated,
        }
    }
}

/// The query's folded words.
pub fn query_words(query: &str) -> Vec<String> {
    fold(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `name` with the tails of its long words added, so that a Dutch compound is found by its
/// last part: "Volkorenbrood" by "brood", "Hazelnoten" by "noten", "Zilvervliesrijst" by
/// "rijst" (a search matches the start of a word). Tails of 4 letters or more, of words of 7
/// or more.
pub fn with_compound_parts(name: &str) -> String {
    let mut out = name.to_string();
    for word in fold(name).split(' ') {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 7 {
            continue;
        }
        for start in 3..=chars.len() - 4 {
            out.push(' ');
            out.extend(&chars[start..]);
        }
    }
    out
}

/// Whether the query has something in it that cannot be searched: no Latin letter or digit
/// survives folding (Cyrillic, Greek, emoji …), so it must find nothing and say so rather
/// than act like an empty query and list every food.
pub fn is_unsearchable(query: &str) -> bool {
    query_words(query).is_empty()
        && query
            .chars()
            .any(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
}

/// What the search says when an unsearchable query finds nothing.
pub const UNSEARCHABLE: &str = "No food found: food names here are in English (from the USDA), written in Latin letters. Try an English word, such as \u{201c}spinach\u{201d}.";

/// [`UNSEARCHABLE`] in `lang`.
pub fn unsearchable_in(lang: crate::domain::language::Lang) -> &'static str {
    crate::domain::language::t(
        lang,
        UNSEARCHABLE,
        "Niets gevonden: de voedingsmiddelen hier hebben Nederlandse of Engelse namen (de USDA-tabel), in Latijnse letters. Probeer bijvoorbeeld \u{201c}spinazie\u{201d}.",
    )
}

/// How well a food matches the query, or `None` when it does not.
/// Higher is better: curated foods first, then foods whose first word matches the first
/// query word, then names with fewer other words.
pub fn score(food: &Indexed, query: &[String]) -> Option<u32> {
    if query.is_empty() {
        return Some(if food.curated { 10_000 } else { 0 });
    }
    let has = |q: &str| food.words.iter().any(|w| w.starts_with(q));
    if !query.iter().all(|q| has(q)) {
        // "soy milk" finds "Soymilk": the words typed apart, written together.
        let joined: String = query.concat();
        if query.len() < 2 || !has(&joined) {
            return None;
        }
    }
    let mut s = 1_000;
    if food.curated {
        s += 10_000;
    }
    if food
        .words
        .first()
        .is_some_and(|w| w.starts_with(query[0].as_str()))
    {
        s += 500;
    }
    if food.words.iter().any(|w| query.iter().any(|q| w == q)) {
        s += 100;
    }
    Some(s - (food.words.len() as u32).min(50) * 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_in_another_script_is_unsearchable_not_empty() {
        for q in ["молоко", "γάλα", "🥛🍌", "  шпинат  "] {
            assert!(is_unsearchable(q), "{q}");
        }
        for q in ["", "   ", "...", "milk", "crème", "milk молоко"] {
            assert!(!is_unsearchable(q), "{q}");
        }
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Purée, JALAPEÑO-style"), "puree jalapeno style");
        assert_eq!(fold("Straße  crème brûlée"), "strasse creme brulee");
        assert_eq!(fold("  ...  "), "");
        assert_eq!(fold("Milk, 2% fat"), "milk 2 fat");
    }

    #[track_caller]
    fn matches(name: &str, query: &str) -> bool {
        score(&Indexed::new(name, false), &query_words(query)).is_some()
    }

    #[test]
    fn words_match_by_prefix_in_any_order() {
        assert!(matches("Cereals, oat bran, cooked", "oat bran"));
        assert!(matches("Cereals, oat bran, cooked", "bran oat"));
        assert!(matches("Cereals, oat bran, cooked", "OAT"));
        assert!(matches("Nuts, almonds", "alm"));
        assert!(matches("Soymilk, original and vanilla", "soy milk"));
        assert!(!matches("Milk, imitation, non-soy", "soymilk"));
        assert!(matches("Jalapeño peppers", "jalapeno"));
        assert!(matches("Jalapeno peppers", "jalapeño"));
        assert!(
            !matches("Nuts, almonds", "mond"),
            "prefixes of words, not any substring"
        );
        assert!(!matches("Cereals, oat bran", "oat rice"));
    }

    #[test]
    fn ranking() {
        let q = query_words("spinach");
        let curated = score(&Indexed::new("Spinach, boiled, drained", true), &q).expect("match");
        let usda_first = score(&Indexed::new("Spinach, raw", false), &q).expect("match");
        let usda_later =
            score(&Indexed::new("Soup, cream of spinach, canned", false), &q).expect("match");
        assert!(curated > usda_first, "curated first");
        assert!(usda_first > usda_later, "first-word matches first");
        let short = score(&Indexed::new("Spinach, raw", false), &q).expect("match");
        let long = score(
            &Indexed::new("Spinach, frozen, chopped or leaf, unprepared", false),
            &q,
        )
        .expect("match");
        assert!(short > long, "shorter names first");
    }
}
