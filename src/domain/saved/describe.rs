//! How each saved value sums itself up in a backup preview ("12 cramps", "theme: Night").

use crate::domain::checklist::Checklist;
use crate::domain::diary::Diary;
use crate::domain::language::Lang;
use crate::domain::magnesium::MagnesiumLog;
use crate::domain::saved::undo::ImportUndo;
use crate::domain::settings::Settings;

/// A saved value that can describe itself in a backup preview.
pub trait Describe {
    /// One short line, e.g. "12 entries" or "theme: night".
    fn describe(&self) -> String;

    /// [`Describe::describe`] in `lang` (English when a value has no words of its own).
    fn describe_in(&self, lang: Lang) -> String {
        let _ = lang;
        self.describe()
    }
}

/// "1 cramp", "3 krampen": a count with its noun in `lang`.
fn count(n: usize, lang: Lang, en: (&str, &str), nl: (&str, &str)) -> String {
    let (one, more) = match lang.words() {
        Lang::En => en,
        Lang::Nl => nl,
    };
    format!("{n} {}", if n == 1 { one } else { more })
}

impl Describe for Settings {
    fn describe_in(&self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.describe(),
            Lang::Nl => format!("dag begint om {}", self.day_start.label()),
        }
    }

    fn describe(&self) -> String {
        format!(
            "theme: {}, day starts at {}",
            self.theme.label(),
            self.day_start.label()
        )
    }
}

impl Describe for Diary {
    fn describe_in(&self, lang: Lang) -> String {
        if lang.words() == Lang::En {
            return self.describe();
        }
        let mut parts = vec![count(
            self.entries.len(),
            lang,
            ("", ""),
            ("kramp", "krampen"),
        )];
        let answered = self.nights.iter().filter(|n| n.answer.is_some()).count();
        if answered > 0 {
            parts.push(count(
                answered,
                lang,
                ("", ""),
                ("nacht beantwoord", "nachten beantwoord"),
            ));
        }
        if !self.medicines.is_empty() {
            parts.push(count(
                self.medicines.len(),
                lang,
                ("", ""),
                ("medicijn", "medicijnen"),
            ));
        }
        if self.trial.is_some() {
            parts.push("een proef met rekken voor het slapen".to_string());
        }
        parts.join(", ")
    }

    fn describe(&self) -> String {
        let mut parts = vec![match self.entries.len() {
            1 => "1 cramp".to_string(),
            n => format!("{n} cramps"),
        }];
        let answered = self.nights.iter().filter(|n| n.answer.is_some()).count();
        if answered > 0 {
            parts.push(format!(
                "{answered} night{} answered",
                if answered == 1 { "" } else { "s" }
            ));
        }
        if !self.medicines.is_empty() {
            let n = self.medicines.len();
            parts.push(format!("{n} medicine{}", if n == 1 { "" } else { "s" }));
        }
        if self.trial.is_some() {
            parts.push("a bedtime-stretch trial".to_string());
        }
        parts.join(", ")
    }
}

impl Describe for Checklist {
    fn describe_in(&self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.describe(),
            Lang::Nl => format!(
                "{}, {} geschiedenis",
                count(
                    self.active().count(),
                    lang,
                    ("", ""),
                    ("gewoonte", "gewoontes")
                ),
                count(self.days.len(), lang, ("", ""), ("dag", "dagen"))
            ),
        }
    }

    fn describe(&self) -> String {
        format!(
            "{} habit{}, {} day{} of history",
            self.active().count(),
            if self.active().count() == 1 { "" } else { "s" },
            self.days.len(),
            if self.days.len() == 1 { "" } else { "s" }
        )
    }
}

impl Describe for MagnesiumLog {
    fn describe_in(&self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.describe(),
            Lang::Nl => format!(
                "{} met voeding, {}",
                count(self.days.len(), lang, ("", ""), ("dag", "dagen")),
                count(
                    self.custom.len(),
                    lang,
                    ("", ""),
                    ("eigen voedingsmiddel", "eigen voedingsmiddelen")
                )
            ),
        }
    }

    fn describe(&self) -> String {
        format!(
            "{}, {}",
            count(
                self.days.len(),
                Lang::En,
                ("day of food", "days of food"),
                ("", "")
            ),
            count(
                self.custom.len(),
                Lang::En,
                ("food of your own", "foods of your own"),
                ("", "")
            )
        )
    }
}

impl Describe for crate::domain::stretch::timer::ActiveSession {
    fn describe(&self) -> String {
        match &self.session {
            Some(s) => format!("{} (not restored)", s.routine.title()),
            None => "no stretch running".to_string(),
        }
    }
}

impl Describe for ImportUndo {
    fn describe(&self) -> String {
        format!("what {} parts held before an import", self.parts.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::magnesium::{Facts, MagCmd};
    use crate::domain::time::DayNum;

    /// One of each is said in the singular, in both languages (it said "1 days of food").
    #[test]
    fn a_food_log_counts_in_the_singular_and_the_plural() {
        let mut log = MagnesiumLog::default();
        log.apply(MagCmd::SaveCustom {
            id: None,
            facts: Facts {
                name: "Oat bar".into(),
                serving: "1 bar".into(),
                serving_g_x10: 0,
                serving_mg_x10: 400,
                mg100_x10: 0,
            },
        });
        let food = log.custom[0].id;
        log.apply(MagCmd::Add {
            day: DayNum(20_000),
            food: crate::domain::magnesium::FoodRef::Custom(food),
            facts: log.custom[0].facts.clone(),
            amount: crate::domain::magnesium::Amount::Halves(2),
        });
        assert_eq!(log.describe(), "1 day of food, 1 food of your own");
        assert_eq!(
            log.describe_in(Lang::Nl),
            "1 dag met voeding, 1 eigen voedingsmiddel"
        );
        assert_eq!(
            MagnesiumLog::default().describe(),
            "0 days of food, 0 foods of your own"
        );
    }
}
