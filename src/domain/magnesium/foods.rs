//! Foods and their magnesium: the curated list compiled into the app (from the NIH ODS table
//! and USDA SR26, generated into `foods/table.rs`), and the categories used to browse them.

mod table;

pub use table::{CURATED, USDA_FILE, USDA_FOODS};

use crate::domain::language::{t, Lang};
use crate::domain::learn::sources::Src;

/// A food category for browsing and filtering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    NutsSeeds,
    WholeGrains,
    LeafyGreens,
    Legumes,
    Fruit,
    Fish,
    Dairy,
    Other,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::NutsSeeds,
        Category::WholeGrains,
        Category::LeafyGreens,
        Category::Legumes,
        Category::Fruit,
        Category::Fish,
        Category::Dairy,
        Category::Other,
    ];

    /// [`Category::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let nl = match self {
            Category::NutsSeeds => "Noten en zaden",
            Category::WholeGrains => "Volkoren",
            Category::LeafyGreens => "Bladgroenten",
            Category::Legumes => "Peulvruchten",
            Category::Fruit => "Fruit",
            Category::Fish => "Vis",
            Category::Dairy => "Zuivel",
            Category::Other => "Overig",
        };
        t(lang, self.label(), nl)
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::NutsSeeds => "Nuts and seeds",
            Category::WholeGrains => "Whole grains",
            Category::LeafyGreens => "Leafy greens",
            Category::Legumes => "Legumes",
            Category::Fruit => "Fruit",
            Category::Fish => "Fish",
            Category::Dairy => "Dairy",
            Category::Other => "Other",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Category::NutsSeeds => "nuts",
            Category::WholeGrains => "grains",
            Category::LeafyGreens => "greens",
            Category::Legumes => "legumes",
            Category::Fruit => "fruit",
            Category::Fish => "fish",
            Category::Dairy => "dairy",
            Category::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Category> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The category of a USDA food group (code / 100). Only groups that clearly match map;
    /// the rest are "Other".
    pub fn of_usda_group(group: u16) -> Category {
        match group {
            12 => Category::NutsSeeds,
            16 => Category::Legumes,
            9 => Category::Fruit,
            15 => Category::Fish,
            1 => Category::Dairy,
            _ => Category::Other,
        }
    }
}

/// A food of the curated list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Curated {
    pub id: &'static str,
    pub name: &'static str,
    pub category: Category,
    /// Household serving, e.g. "1 oz (28 g)".
    pub serving: &'static str,
    pub serving_g_x10: u32,
    /// Magnesium per serving (from NIH ODS where it lists the food, else USDA-derived).
    pub mg_serving: u32,
    /// Magnesium per 100 g (USDA SR26).
    pub mg100: u32,
    /// Where the per-serving value comes from.
    pub source: Src,
    /// USDA NDB number of the food.
    pub ndb: u32,
    /// Where the sources disagree, what the other says.
    pub note: &'static str,
    /// Its name, serving and note in Dutch (data/magnesium_foods_nl.csv).
    pub nl: DutchFood,
}

/// A curated food's words in Dutch: the name a Dutch or Flemish shopper knows, the serving in
/// grams first with a Dutch household measure, and the note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DutchFood {
    pub name: &'static str,
    pub serving: &'static str,
    pub note: &'static str,
}

impl Curated {
    /// The note in `lang`.
    pub fn note_in(&self, lang: Lang) -> &'static str {
        t(lang, self.note, self.nl.note)
    }
}

/// A curated food by its id.
pub fn curated(id: &str) -> Option<&'static Curated> {
    CURATED.iter().find(|f| f.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curated_list_is_sane() {
        assert_eq!(CURATED.len(), 67);
        for f in CURATED {
            assert!(f.mg_serving > 0 || f.id == "garlic", "{}", f.id);
            assert!(f.serving_g_x10 > 0 && f.mg100 > 0, "{}", f.id);
            assert!(matches!(f.source, Src::NihOdsMagnesium | Src::UsdaSr26));
            assert!(curated(f.id).is_some());
        }
        let almonds = curated("almonds").expect("almonds");
        assert_eq!(
            (almonds.mg_serving, almonds.mg100, almonds.serving_g_x10),
            (80, 279, 284)
        );
        assert_eq!(almonds.source, Src::NihOdsMagnesium);
        assert!(
            !curated("chia_seeds").expect("chia").note.is_empty(),
            "flagged disagreement"
        );
        assert!(USDA_FILE.starts_with("data/usda-sr26-") && USDA_FOODS > 7000);
        for c in Category::ALL {
            assert!(CURATED.iter().any(|f| f.category == c), "{c:?} has foods");
            assert_eq!(Category::from_name(c.name()), Some(c));
        }
    }
}
