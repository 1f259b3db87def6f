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
                "{} met voeding, {} eigen voedingsmiddelen",
                count(self.days.len(), lang, ("", ""), ("dag", "dagen")),
                self.custom.len()
            ),
        }
    }

    fn describe(&self) -> String {
        format!(
            "{} days of food, {} foods of your own",
            self.days.len(),
            self.custom.len()
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
