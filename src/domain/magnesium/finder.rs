//! Finding foods to log: the ranking over the curated foods, your own foods and (once
//! fetched) the USDA table, the hits it returns, and the small number parsers the picker
//! uses. Pure: the shell fetches the USDA table and draws the hits.

use super::foods::{self, Category, CURATED};
use super::intake::{self, Profile, Reference};
use super::search::{is_unsearchable, query_words, score, with_compound_parts, Indexed};
use super::usda::UsdaFood;
use super::{Facts, FoodRef, MagnesiumLog};
use crate::domain::language::{t, Lang};
use crate::domain::sorted;
use std::fmt::Write;

/// Most results shown.
pub const RESULTS_MAX: usize = 40;

/// The parsed USDA table and its search index.
pub struct UsdaIndex {
    pub foods: Vec<UsdaFood>,
    pub index: Vec<Indexed>,
}

impl UsdaIndex {
    /// Indexes a parsed table.
    pub fn new(foods: Vec<UsdaFood>) -> Self {
        let index = foods.iter().map(|f| Indexed::new(&f.name, false)).collect();
        Self { foods, index }
    }
}

/// A search hit for a USDA food: its first household measure is the serving.
pub fn usda_hit(f: &UsdaFood) -> Hit {
    let first = f.measures.first().map(|(l, g)| (l.as_str(), *g));
    Hit {
        food: FoodRef::Usda(f.ndb),
        facts: Facts::of_usda(&f.name, f.mg100_x10, first),
        measures: f.measures.clone(),
        category: Category::of_usda_group(f.group),
        curated: false,
        note: "",
    }
}

/// A food found by the search (or listed as a favourite or recent).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub food: FoodRef,
    pub facts: Facts,
    /// Other measures for USDA foods (label, grams tenths).
    pub measures: Vec<(String, u32)>,
    pub category: Category,
    pub curated: bool,
    pub note: &'static str,
}

/// How results are ordered after "curated first".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Relevance,
    PerServing,
    Per100g,
}

/// The target for the profile, or the adult range without one (US figures, English).
pub fn target_text(profile: Option<Profile>) -> (Option<u32>, String) {
    target_text_in(profile, Reference::Us, Lang::En)
}

/// Whose figure a target is, after it: nothing for the US figures in English (as before
/// issue 23), else the authority.
fn whose(reference: Reference, lang: Lang) -> &'static str {
    match (reference, lang.words()) {
        (Reference::Us, Lang::En) => "",
        (Reference::Eu, Lang::En) => " (European figure, EFSA)",
        (Reference::Us, Lang::Nl) => " (Amerikaanse aanbeveling, IOM/NIH)",
        (Reference::Eu, Lang::Nl) => " (Europese aanbeveling, EFSA)",
    }
}

/// [`target_text`] by `reference`, in `lang`, saying whose figure it is. The upper limit for
/// a child's supplements is the US one whichever the reference (the Dutch says so).
pub fn target_text_in(
    profile: Option<Profile>,
    reference: Reference,
    lang: Lang,
) -> (Option<u32>, String) {
    let whose = whose(reference, lang);
    match profile {
        Some(p) => match intake::target_by(p, reference) {
            Some(tg) => {
                let group = intake::group_in(tg.group, lang);
                let mut text = match lang.words() {
                    Lang::En => format!("{} mg recommended for {group}{whose}.", tg.mg),
                    Lang::Nl => format!("{} mg per dag aanbevolen voor {group}{whose}.", tg.mg),
                };
                if let Some(note) = intake::note_by(p, reference, lang) {
                    text.push(' ');
                    text.push_str(note);
                }
                // A child's limit differs from the 350 mg the notes give (REVIEW K27).
                if let Some(limit) = intake::supplement_limit(p.age).filter(|&l| l < 350) {
                    let _ = match (lang.words(), reference) {
                        (Lang::En, Reference::Us) => write!(
                            text,
                            " From supplements and medicines (not food), a child of this age should have no more than {limit} mg a day."
                        ),
                        // Beside a European figure, the limit says it is the US one.
                        (Lang::En, Reference::Eu) => write!(
                            text,
                            " From supplements and medicines (not food), a child of this age should have no more than {limit} mg a day by the US limit (IOM)."
                        ),
                        (Lang::Nl, _) => write!(
                            text,
                            " Uit supplementen en medicijnen (niet uit voeding) mag een kind van deze leeftijd volgens de Amerikaanse norm niet meer dan {limit} mg per dag krijgen."
                        ),
                    };
                }
                (Some(tg.mg), text)
            }
            None => (
                None,
                t(lang, intake::BABY_NOTE, intake::BABY_NOTE_NL).to_string(),
            ),
        },
        None => {
            let (low, high) = reference.adult_range();
            (
                None,
                match lang.words() {
                    Lang::En => format!(
                        "Adults need {low} to {high} mg a day{whose}. Set your age and sex for your own target."
                    ),
                    Lang::Nl => format!(
                        "Volwassenen hebben {low} tot {high} mg per dag nodig{whose}. Vul uw leeftijd en geslacht in voor uw eigen doel."
                    ),
                },
            )
        }
    }
}

/// "12.5" → 125 (tenths); commas accepted as decimal points.
pub fn parse_tenths(text: &str) -> Option<u32> {
    let text = text.trim().replace(',', ".");
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let tenth: u32 = match frac.chars().next() {
        None => 0,
        Some(c) => c.to_digit(10)?,
    };
    whole.checked_mul(10)?.checked_add(tenth)
}

/// 125 → "12.5", 120 → "12".
pub fn tenths_text(x10: u32) -> String {
    if x10.is_multiple_of(10) {
        (x10 / 10).to_string()
    } else {
        format!("{}.{}", x10 / 10, x10 % 10)
    }
}

/// A candidate result, cheap to rank; only the best few become [`Hit`]s.
enum Cand<'a> {
    Known(Hit),
    Curated(&'static foods::Curated),
    Custom(u32, &'a Facts),
    Usda(usize),
}

thread_local! {
    /// The curated foods' search index (built once).
    /// Both names of each: a curated food is found by its English or its Dutch name, whatever
    /// the language shown.
    static CURATED_INDEX: Vec<Indexed> = CURATED
        .iter()
        .map(|f| Indexed::new(&format!("{} {}", f.name, with_compound_parts(f.nl.name)), true))
        .collect();
}

/// Finds foods: favourites and recents first when the query is empty; otherwise curated and
/// your own foods, then (once loaded) the USDA table. Ranks cheaply, then builds only the
/// hits it shows.
pub fn find(
    log: &MagnesiumLog,
    usda: Option<&UsdaIndex>,
    q: &str,
    cat: Option<Category>,
    sort: Sort,
) -> Vec<Hit> {
    if is_unsearchable(q) {
        return Vec::new();
    }
    let words = query_words(q);
    let wanted = |c: Category| cat.is_none_or(|w| w == c);
    let key = |per_serving: u32, per100: u32| match sort {
        Sort::PerServing => per_serving,
        Sort::Per100g => per100,
        Sort::Relevance => 0,
    };
    // (curated, sort key, score, candidate)
    let mut found: Vec<(bool, u32, u32, Cand)> = Vec::new();
    if words.is_empty() && cat.is_none() {
        let mut seen: Vec<FoodRef> = Vec::new();
        for food in log.favourites.iter().chain(log.recents.iter()) {
            if seen.contains(food) {
                continue;
            }
            if let Some(hit) = hit_of(log, usda, food) {
                seen.push(food.clone());
                let rank = 30_000 - found.len() as u32;
                found.push((true, u32::MAX, rank, Cand::Known(hit)));
            }
        }
        for f in CURATED {
            if !seen
                .iter()
                .any(|s| matches!(s, FoodRef::Curated(id) if id == f.id))
            {
                found.push((
                    true,
                    key(f.mg_serving * 10, f.mg100 * 10),
                    10_000,
                    Cand::Curated(f),
                ));
            }
        }
    } else {
        for c in &log.custom {
            if let Some(s) = score(&Indexed::new(&c.facts.name, true), &words)
                .filter(|_| wanted(Category::Other))
            {
                found.push((
                    true,
                    key(c.facts.serving_mg_x10, c.facts.mg100_x10),
                    s + 1,
                    Cand::Custom(c.id, &c.facts),
                ));
            }
        }
        CURATED_INDEX.with(|index| {
            for (f, idx) in CURATED.iter().zip(index) {
                if wanted(f.category) {
                    if let Some(s) = score(idx, &words) {
                        found.push((
                            true,
                            key(f.mg_serving * 10, f.mg100 * 10),
                            s,
                            Cand::Curated(f),
                        ));
                    }
                }
            }
        });
        if let Some(usda) = usda {
            for (i, (food, index)) in usda.foods.iter().zip(&usda.index).enumerate() {
                if !wanted(Category::of_usda_group(food.group)) {
                    continue;
                }
                if let Some(s) = score(index, &words) {
                    let grams = food.measures.first().map_or(1000, |m| m.1);
                    let per_serving = (u64::from(grams) * u64::from(food.mg100_x10) / 1000) as u32;
                    found.push((false, key(per_serving, food.mg100_x10), s, Cand::Usda(i)));
                }
            }
        }
    }
    // Curated before the USDA table always; then the chosen order; then relevance.
    let by = |a: &(bool, u32, u32, Cand), b: &(bool, u32, u32, Cand)| {
        b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2))
    };
    if found.len() > RESULTS_MAX {
        found.select_nth_unstable_by(RESULTS_MAX - 1, by);
        found.truncate(RESULTS_MAX);
    }
    sorted::sort_by(&mut found, by);
    found
        .into_iter()
        .map(|(_, _, _, c)| match c {
            Cand::Known(hit) => hit,
            Cand::Curated(f) => curated_hit(f),
            Cand::Custom(id, facts) => custom_hit(id, facts),
            Cand::Usda(i) => {
                usda_hit(&usda.expect("a USDA candidate comes from the table").foods[i])
            }
        })
        .collect()
}

pub fn curated_hit(f: &foods::Curated) -> Hit {
    Hit {
        food: FoodRef::Curated(f.id.into()),
        facts: Facts::of_curated(f),
        measures: Vec::new(),
        category: f.category,
        curated: true,
        note: f.note,
    }
}

pub fn custom_hit(id: u32, facts: &Facts) -> Hit {
    Hit {
        food: FoodRef::Custom(id),
        facts: facts.clone(),
        measures: Vec::new(),
        category: Category::Other,
        curated: true,
        note: "Your own food.",
    }
}

fn hit_of(log: &MagnesiumLog, usda: Option<&UsdaIndex>, food: &FoodRef) -> Option<Hit> {
    match food {
        FoodRef::Curated(id) => foods::curated(id).map(curated_hit),
        FoodRef::Custom(id) => log.custom(*id).map(|c| custom_hit(*id, &c.facts)),
        FoodRef::Usda(ndb) => usda
            .and_then(|u| u.foods.iter().find(|f| f.ndb == *ndb))
            .map(usda_hit)
            .or_else(|| {
                log.facts_of(food).map(|facts| Hit {
                    food: food.clone(),
                    facts,
                    measures: Vec::new(),
                    category: Category::Other,
                    curated: false,
                    note: "",
                })
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_typed_in_parse_to_tenths() {
        assert_eq!(parse_tenths("12.5"), Some(125));
        assert_eq!(parse_tenths("12,5"), Some(125));
        assert_eq!(parse_tenths(" 50 "), Some(500));
        assert_eq!(parse_tenths(".5"), Some(5));
        assert_eq!(parse_tenths("x"), None);
        assert_eq!(tenths_text(125), "12.5");
        assert_eq!(tenths_text(120), "12");
    }

    #[test]
    fn curated_foods_come_first_and_results_are_capped() {
        let log = MagnesiumLog::default();
        let hits = find(&log, None, "a", None, Sort::Relevance);
        assert!(!hits.is_empty() && hits.len() <= RESULTS_MAX);
        assert!(hits.iter().all(|h| h.curated));
        assert!(find(&log, None, "молоко", None, Sort::Relevance).is_empty());
        let spinach = find(&log, None, "spinach boiled", None, Sort::Relevance);
        assert_eq!(spinach[0].food, FoodRef::Curated("spinach_boiled".into()));
    }

    #[test]
    fn targets_are_worded_for_the_profile() {
        assert_eq!(target_text(None).0, None);
        assert!(target_text(Some(Profile {
            age: 0,
            ..Profile::default()
        }))
        .1
        .contains("Babies"));
        let child = |age| {
            target_text(Some(Profile {
                age,
                ..Profile::default()
            }))
            .1
        };
        assert!(child(2).contains("no more than 65 mg"), "REVIEW K27");
        assert!(child(6).contains("no more than 110 mg"));
        assert!(!child(10).contains("no more than"));
    }

    /// Issue 23: each text says whose figure it is (but the US one in English, as before),
    /// and the European figures are the EFSA's.
    #[test]
    fn targets_say_whose_figures_they_are() {
        let woman = Some(Profile {
            age: 72,
            ..Profile::default()
        });
        assert_eq!(
            target_text_in(woman, Reference::Us, Lang::En),
            (
                Some(320),
                "320 mg recommended for women 51 and over.".into()
            )
        );
        assert_eq!(
            target_text_in(woman, Reference::Eu, Lang::En),
            (
                Some(300),
                "300 mg recommended for women 18 and over (European figure, EFSA).".into()
            )
        );
        assert_eq!(
            target_text_in(woman, Reference::Eu, Lang::Nl).1,
            "300 mg per dag aanbevolen voor vrouwen van 18 jaar en ouder (Europese aanbeveling, EFSA)."
        );
        assert!(target_text_in(woman, Reference::Us, Lang::Nl)
            .1
            .contains("(Amerikaanse aanbeveling, IOM/NIH)"));
        assert!(target_text_in(None, Reference::Eu, Lang::Nl).1.starts_with(
            "Volwassenen hebben 300 tot 350 mg per dag nodig (Europese aanbeveling, EFSA)."
        ));
        assert!(target_text_in(None, Reference::Us, Lang::En)
            .1
            .starts_with("Adults need 310 to 420 mg a day. "));
        // No US pregnancy note under the European figures: they have no pregnancy rows.
        let young = Some(Profile {
            age: 13,
            pregnant: true,
            ..Profile::default()
        });
        assert!(target_text_in(young, Reference::Us, Lang::En)
            .1
            .contains("midwife"));
        assert!(!target_text_in(young, Reference::Eu, Lang::En)
            .1
            .contains("midwife"));
        // A child's supplement limit is the US one: beside a European figure it says so (in
        // English with the US figures, unchanged).
        let child = Some(Profile {
            age: 6,
            ..Profile::default()
        });
        let us = target_text_in(child, Reference::Us, Lang::En).1;
        assert!(
            us.ends_with("should have no more than 110 mg a day."),
            "{us}"
        );
        let eu = target_text_in(child, Reference::Eu, Lang::En).1;
        assert!(
            eu.ends_with("no more than 110 mg a day by the US limit (IOM)."),
            "{eu}"
        );
        assert!(target_text_in(child, Reference::Eu, Lang::Nl)
            .1
            .contains("volgens de Amerikaanse norm"));
    }

    /// Issue 23: a curated food is found by its Dutch name, and by the last part of a Dutch
    /// compound word; its English name still finds it.
    #[test]
    fn dutch_words_and_compound_tails_find_the_curated_foods() {
        let log = MagnesiumLog::default();
        let names = |q: &str| -> Vec<String> {
            find(&log, None, q, None, Sort::Relevance)
                .into_iter()
                .filter_map(|h| match h.food {
                    FoodRef::Curated(id) => Some(id.to_string()),
                    _ => None,
                })
                .collect()
        };
        assert!(names("spinazie").contains(&"spinach_boiled".to_string()));
        assert!(names("brood").contains(&"whole_wheat_bread".to_string()));
        assert!(names("noten").contains(&"walnuts".to_string()));
        assert!(names("rijst").contains(&"brown_rice".to_string()));
        assert!(names("pitten").contains(&"pumpkin_seeds".to_string()));
        assert!(names("almonds").contains(&"almonds".to_string()));
    }
}
