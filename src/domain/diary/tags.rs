//! "What came before" a cramp: a few tags people with night cramps and their doctors ask about
//! (a long day standing, hard exercise, a hot day, alcohol, new shoes, not drinking enough),
//! and the person's own. "What works for you" counts them like the habits.

use crate::domain::language::Lang;
use serde::{Deserialize, Serialize};

/// Longest own tag kept (characters).
pub const OWN_MAX: usize = 40;
/// At most this many own tags are kept.
pub const OWN_TAGS_MAX: usize = 30;

/// One thing that came before a cramp.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Tag {
    Standing,
    Exercise,
    HotDay,
    Alcohol,
    NewShoes,
    LittleToDrink,
    /// The person's own words.
    Own(String),
}

impl Tag {
    /// The built-in tags, in the order the form shows them.
    pub const BUILT_IN: [Tag; 6] = [
        Tag::Standing,
        Tag::Exercise,
        Tag::HotDay,
        Tag::Alcohol,
        Tag::NewShoes,
        Tag::LittleToDrink,
    ];

    /// As the form and the reports say it.
    /// [`Tag::label`] in `lang` (an own tag is the person's own words).
    pub fn label_in(&self, lang: Lang) -> &str {
        let nl = match self {
            Tag::Standing => "Lang gestaan",
            Tag::Exercise => "Zware inspanning",
            Tag::HotDay => "Een warme dag",
            Tag::Alcohol => "Alcohol",
            Tag::NewShoes => "Nieuwe schoenen",
            Tag::LittleToDrink => "Weinig gedronken",
            Tag::Own(name) => return name,
        };
        match lang.words() {
            Lang::En => self.label(),
            Lang::Nl => nl,
        }
    }

    pub fn label(&self) -> &str {
        match self {
            Tag::Standing => "A long day standing",
            Tag::Exercise => "Hard exercise",
            Tag::HotDay => "A hot day",
            Tag::Alcohol => "Alcohol",
            Tag::NewShoes => "New shoes",
            Tag::LittleToDrink => "Little to drink",
            Tag::Own(name) => name,
        }
    }

    /// A stable name for a form value and the CSV: "standing", "own:gardening".
    pub fn key(&self) -> String {
        match self {
            Tag::Standing => "standing".into(),
            Tag::Exercise => "exercise".into(),
            Tag::HotDay => "hot_day".into(),
            Tag::Alcohol => "alcohol".into(),
            Tag::NewShoes => "new_shoes".into(),
            Tag::LittleToDrink => "little_to_drink".into(),
            Tag::Own(name) => format!("own:{name}"),
        }
    }

    /// The tag of a form value ([`Tag::key`]).
    pub fn from_key(key: &str) -> Option<Tag> {
        if let Some(own) = key.strip_prefix("own:") {
            return clean_own(own).map(Tag::Own);
        }
        Tag::BUILT_IN.into_iter().find(|t| t.key() == key)
    }
}

/// An own tag as kept: trimmed, at most [`OWN_MAX`] characters, not empty.
pub fn clean_own(name: &str) -> Option<String> {
    // Runs of spaces are one space ("A  hot   day" is "A hot day").
    let name: String = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(OWN_MAX)
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Whether two tag names are the same one: spaces and case aside, in any script
/// ("Gärtnern" is "GÄRTNERN"). Used where a name is typed (the form, in the diary's module):
/// Unicode's case tables are kilobytes of wasm, kept out of the first download.
pub fn same_name(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    fold(a) == fold(b)
}

/// The same with ASCII case only: the store's own check (`Diary::apply`, in the first
/// download), behind the form's.
fn same_name_ascii(a: &str, b: &str) -> bool {
    a.split_whitespace()
        .map(str::to_ascii_lowercase)
        .eq(b.split_whitespace().map(str::to_ascii_lowercase))
}

/// The tag a typed name means: one already offered whose label matches it (case and spaces
/// aside: "Gardening" is "gardening", "a hot day" is the built-in one), else a new own tag.
pub fn resolve(offered: &[Tag], typed: &str) -> Option<Tag> {
    let name = clean_own(typed)?;
    let same = |t: &&Tag| same_name(t.label(), &name);
    Some(
        offered
            .iter()
            .find(same)
            .or_else(|| Tag::BUILT_IN.iter().find(same))
            .cloned()
            .unwrap_or(Tag::Own(name)),
    )
}

/// Tags as kept on an entry: own ones cleaned, each once, in the order given.
pub fn cleaned(tags: Vec<Tag>) -> Vec<Tag> {
    let mut out: Vec<Tag> = Vec::new();
    for tag in tags {
        let tag = match tag {
            Tag::Own(name) => match clean_own(&name) {
                Some(name) => Tag::Own(name),
                None => continue,
            },
            other => other,
        };
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}

/// Adds an own tag to the person's list (once, case and spaces aside; not a built-in label).
pub fn add_own(list: &mut Vec<String>, name: &str) {
    let Some(name) = clean_own(name) else {
        return;
    };
    let same = |a: &str| same_name_ascii(a, &name);
    if list.iter().any(|t| same(t)) || Tag::BUILT_IN.iter().any(|t| same(t.label())) {
        return;
    }
    if list.len() < OWN_TAGS_MAX {
        list.push(name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_tag_that_exists_is_the_same_tag() {
        let offered = vec![Tag::Standing, Tag::Own("gardening".into())];
        assert_eq!(
            resolve(&offered, " Gardening "),
            Some(Tag::Own("gardening".into()))
        );
        assert_eq!(
            resolve(&offered, "a long DAY standing"),
            Some(Tag::Standing)
        );
        assert_eq!(resolve(&[], "A hot day"), Some(Tag::HotDay));
        assert_eq!(
            resolve(&offered, "cycling"),
            Some(Tag::Own("cycling".into()))
        );
        assert_eq!(resolve(&offered, "   "), None);
        assert_eq!(resolve(&[], "A  hot   day"), Some(Tag::HotDay));
        let umlaut = vec![Tag::Own("Gärtnern".into())];
        assert_eq!(
            resolve(&umlaut, "GÄRTNERN"),
            Some(Tag::Own("Gärtnern".into()))
        );
        let mut list = vec!["Gardening".to_string()];
        add_own(&mut list, "  GARDENING ");
        add_own(&mut list, "a  HOT day");
        assert_eq!(list, vec!["Gardening".to_string()]);
    }

    #[test]
    fn keys_round_trip_and_own_tags_are_cleaned() {
        for tag in Tag::BUILT_IN {
            assert_eq!(Tag::from_key(&tag.key()), Some(tag.clone()));
        }
        assert_eq!(
            Tag::from_key("own:  gardening "),
            Some(Tag::Own("gardening".into()))
        );
        assert_eq!(Tag::from_key("own:   "), None);
        assert_eq!(Tag::from_key("nonsense"), None);
        let long = "x".repeat(100);
        assert_eq!(clean_own(&long).map(|s| s.len()), Some(OWN_MAX));
        assert_eq!(
            cleaned(vec![
                Tag::Alcohol,
                Tag::Own(" walk ".into()),
                Tag::Alcohol,
                Tag::Own("".into()),
            ]),
            vec![Tag::Alcohol, Tag::Own("walk".into())]
        );
    }

    #[test]
    fn own_tags_are_kept_once_and_never_shadow_a_built_in_one() {
        let mut list = Vec::new();
        add_own(&mut list, "Gardening");
        add_own(&mut list, " gardening ");
        add_own(&mut list, "alcohol");
        add_own(&mut list, "");
        assert_eq!(list, vec!["Gardening".to_string()]);
        for i in 0..100 {
            add_own(&mut list, &format!("tag {i}"));
        }
        assert_eq!(list.len(), OWN_TAGS_MAX);
    }
}
