//! The person's medicines: name, dose in their own words, start and stop, taken regularly or as
//! needed, and (if they pick one) the class of medicine it belongs to. Some classes are linked
//! to night cramps by a source ([`DrugClass`]); an entry of such a class is marked, never
//! guessed from a brand name, and the app gives no dose advice: ask your doctor, never stop a
//! medicine on your own.
//!
//! "Could a medicine be behind it?": for each medicine started while the diary was kept, the
//! cramps per answered night in the 8 weeks before and after the start, once each side has
//! [`MIN_NIGHTS`] answered nights. The same caution as "what works for you" goes with it.

use super::nights::{self, Tally};
use super::Diary;
use crate::domain::language::{t, Lang};
use crate::domain::learn::sources::Src;
use crate::domain::time::DayNum;
use serde::{Deserialize, Serialize};

/// Longest name and dose kept (characters).
pub const TEXT_MAX: usize = 80;
/// Each side of a before/after needs this many answered nights.
pub const MIN_NIGHTS: u32 = 14;
/// The weeks compared before and after a start.
pub const WEEKS: i32 = 8;

/// The caution that goes with every before/after.
pub const CAUTION: &str = "This is your own record, not proof: cramps come and go for many reasons, and night cramps are more common in summer. Ask your doctor before changing a medicine, and never stop one on your own.";

/// [`CAUTION`] in `lang`.
pub fn caution_in(lang: Lang) -> &'static str {
    t(
        lang,
        CAUTION,
        "Dit is uw eigen verslag, geen bewijs: kramp komt en gaat om veel redenen, en nachtelijke kramp komt in de zomer vaker voor. Overleg met uw huisarts voordat u een medicijn verandert, en stop er nooit zelf mee.",
    )
}

/// A class of medicine a source links to night cramps (or "another medicine").
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DrugClass {
    ThiazideDiuretic,
    PotassiumSparingDiuretic,
    InhaledLaba,
    Statin,
    IntravenousIron,
    ConjugatedOestrogens,
    Raloxifene,
    Naproxen,
    Teriparatide,
}

impl DrugClass {
    pub const ALL: [DrugClass; 9] = [
        Self::ThiazideDiuretic,
        Self::PotassiumSparingDiuretic,
        Self::InhaledLaba,
        Self::Statin,
        Self::IntravenousIron,
        Self::ConjugatedOestrogens,
        Self::Raloxifene,
        Self::Naproxen,
        Self::Teriparatide,
    ];

    /// [`DrugClass::label`] in `lang` (Dutch names of the same medicines).
    pub fn label_in(self, lang: Lang) -> &'static str {
        let nl = match self {
            Self::ThiazideDiuretic => "Een thiazide-plastablet (zoals hydrochloorthiazide, chloortalidon, indapamide)",
            Self::PotassiumSparingDiuretic => "Een kaliumsparende plastablet (zoals spironolacton, amiloride)",
            Self::InhaledLaba => "Een langwerkende luchtwegverwijder om te inhaleren (zoals salmeterol, formoterol, vaak samen met een ontstekingsremmer)",
            Self::Statin => "Een statine (zoals atorvastatine, simvastatine)",
            Self::IntravenousIron => "IJzer via een infuus",
            Self::ConjugatedOestrogens => "Geconjugeerde oestrogenen (een hormoonmedicijn)",
            Self::Raloxifene => "Raloxifeen",
            Self::Naproxen => "Naproxen",
            Self::Teriparatide => "Teriparatide",
        };
        t(lang, self.label(), nl)
    }

    /// [`DrugClass::finding`] in `lang`.
    pub fn finding_in(self, lang: Lang) -> &'static str {
        let nl = match self {
            Self::InhaledLaba | Self::PotassiumSparingDiuretic => {
                "In een onderzoek bij 4,2 miljoen mensen kwam behandeling voor nachtelijke kramp ongeveer twee keer zo vaak voor in het jaar na de start van dit soort medicijn."
            }
            Self::ThiazideDiuretic => {
                "In een onderzoek bij 4,2 miljoen mensen kwam behandeling voor nachtelijke kramp ongeveer 1,5 keer zo vaak voor in het jaar na de start van dit soort medicijn."
            }
            Self::Statin => {
                "In een onderzoek bij 4,2 miljoen mensen was het verband met nachtelijke kramp klein. Bij een statine vormen nieuwe spierpijn, gevoelige of slappe spieren of krampen zonder duidelijke reden de uitzondering op “stop nooit zelf”: stop met de statine en bel meteen uw huisarts (Britse NHS)."
            }
            Self::IntravenousIron
            | Self::ConjugatedOestrogens
            | Self::Raloxifene
            | Self::Naproxen
            | Self::Teriparatide => {
                "Genoemd bij de medicijnen die het sterkst met nachtelijke kramp samenhangen, in een overzicht voor huisartsen."
            }
        };
        t(lang, self.finding(), nl)
    }

    /// What the form says, with common examples (not a full list).
    pub fn label(self) -> &'static str {
        match self {
            Self::ThiazideDiuretic => {
                "A thiazide-type water tablet (such as hydrochlorothiazide, bendroflumethiazide, indapamide)"
            }
            Self::PotassiumSparingDiuretic => {
                "A potassium-sparing water tablet (such as spironolactone, amiloride)"
            }
            Self::InhaledLaba => {
                "A long-acting reliever inhaler (such as salmeterol, formoterol, often with a steroid)"
            }
            Self::Statin => "A statin (such as atorvastatin, simvastatin)",
            Self::IntravenousIron => "Iron given into a vein",
            Self::ConjugatedOestrogens => "Conjugated oestrogens (a hormone medicine)",
            Self::Raloxifene => "Raloxifene",
            Self::Naproxen => "Naproxen",
            Self::Teriparatide => "Teriparatide",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::ThiazideDiuretic => "thiazide_diuretic",
            Self::PotassiumSparingDiuretic => "potassium_sparing_diuretic",
            Self::InhaledLaba => "inhaled_laba",
            Self::Statin => "statin",
            Self::IntravenousIron => "intravenous_iron",
            Self::ConjugatedOestrogens => "conjugated_oestrogens",
            Self::Raloxifene => "raloxifene",
            Self::Naproxen => "naproxen",
            Self::Teriparatide => "teriparatide",
        }
    }

    pub fn from_name(name: &str) -> Option<DrugClass> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// What the source found, in one sentence (shown beside a marked medicine).
    pub fn finding(self) -> &'static str {
        match self {
            Self::InhaledLaba | Self::PotassiumSparingDiuretic => {
                "In a study of 4.2 million people, treatment for night cramps was about twice as likely in the year after starting this kind of medicine."
            }
            Self::ThiazideDiuretic => {
                "In a study of 4.2 million people, treatment for night cramps was about 1.5 times as likely in the year after starting this kind of medicine."
            }
            Self::Statin => {
                "In a study of 4.2 million people, the link with night cramps was small. On a statin, new muscle pain, tenderness, weakness or cramps you cannot explain are the exception to “never stop one on your own”: stop the statin and get medical advice straight away (NHS)."
            }
            Self::IntravenousIron
            | Self::ConjugatedOestrogens
            | Self::Raloxifene
            | Self::Naproxen
            | Self::Teriparatide => {
                "Listed among the medicines most strongly linked to night cramps in a review for family doctors."
            }
        }
    }

    pub fn sources(self) -> &'static [Src] {
        match self {
            Self::ThiazideDiuretic
            | Self::PotassiumSparingDiuretic
            | Self::InhaledLaba
            | Self::Statin => &[Src::Garrison2012],
            _ => &[Src::Aafp2012],
        }
    }
}

/// What the medicine form holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[serde(default)]
pub struct MedicineDraft {
    pub name: String,
    /// In the person's own words ("20 mg in the morning"); never checked or advised on.
    pub dose: String,
    pub class: Option<DrugClass>,
    pub started: Option<DayNum>,
    pub stopped: Option<DayNum>,
    /// Taken only when needed (else regularly).
    pub as_needed: bool,
}

/// A medicine in the diary. Saved as one flat record ([`Record`]: its id beside the draft's
/// fields), without serde's `flatten`, whose buffering code would weigh on the first download.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[serde(from = "Record", into = "Record")]
pub struct Medicine {
    pub id: u32,
    pub draft: MedicineDraft,
}

/// A medicine as saved.
#[derive(Serialize, Deserialize)]
#[serde(default)]
struct Record {
    id: u32,
    name: String,
    dose: String,
    class: Option<DrugClass>,
    started: Option<DayNum>,
    stopped: Option<DayNum>,
    as_needed: bool,
}

impl Default for Record {
    fn default() -> Self {
        Medicine::new(0, MedicineDraft::default()).into()
    }
}

impl From<Record> for Medicine {
    fn from(r: Record) -> Medicine {
        Medicine::new(
            r.id,
            MedicineDraft {
                name: r.name,
                dose: r.dose,
                class: r.class,
                started: r.started,
                stopped: r.stopped,
                as_needed: r.as_needed,
            },
        )
    }
}

impl From<Medicine> for Record {
    fn from(m: Medicine) -> Record {
        let d = m.draft;
        Record {
            id: m.id,
            name: d.name,
            dose: d.dose,
            class: d.class,
            started: d.started,
            stopped: d.stopped,
            as_needed: d.as_needed,
        }
    }
}

impl Medicine {
    /// A medicine from a form: text trimmed and cut to length, a stop before the start dropped.
    pub fn new(id: u32, mut draft: MedicineDraft) -> Medicine {
        draft.name = draft.name.trim().chars().take(TEXT_MAX).collect();
        draft.dose = draft.dose.trim().chars().take(TEXT_MAX).collect();
        if let (Some(start), Some(stop)) = (draft.started, draft.stopped) {
            if stop < start {
                draft.stopped = None;
            }
        }
        Medicine { id, draft }
    }

    /// Taken on `day` (started on or before it, not stopped before it); unknown dates count
    /// as taken.
    pub fn taken_on(&self, day: DayNum) -> bool {
        self.draft.started.is_none_or(|s| s <= day) && self.draft.stopped.is_none_or(|s| day <= s)
    }
}

/// Cramps per answered night before and after a medicine was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BeforeAfter {
    pub started: DayNum,
    pub before: Tally,
    pub after: Tally,
}

impl BeforeAfter {
    /// Both sides have enough answered nights to show.
    pub fn is_shown(&self) -> bool {
        self.before.answered >= MIN_NIGHTS && self.after.answered >= MIN_NIGHTS
    }

    /// [`BeforeAfter::sentence`] in `lang`.
    pub fn sentence_in(&self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.sentence(),
            Lang::Nl => format!(
                "Ervoor: {}. Sindsdien: {}.",
                self.before.said_in(lang),
                self.after.said_in(lang)
            ),
        }
    }

    /// "Before: 4 cramps in 20 answered nights (0.20 a night). After: 15 in 25 (0.60)."
    pub fn sentence(&self) -> String {
        format!(
            "Before it: {}. Since: {}.",
            self.before.said(),
            self.after.said()
        )
    }
}

/// The 8 weeks before `medicine`'s start and after it (until yesterday, or its stop), if it
/// has a start that the diary covers: the first night counted is the first the person used the
/// diary, so nights before they started do not count as "before".
pub fn before_after(
    diary: &Diary,
    medicine: &Medicine,
    today: DayNum,
    first_used: DayNum,
) -> Option<BeforeAfter> {
    let started = medicine.draft.started?;
    let last = today.plus(-1);
    if started > last {
        return None;
    }
    let before_from = started.plus(-7 * WEEKS).max(first_used);
    let before = if before_from < started {
        nights::tally(diary, before_from, started.plus(-1), |_| true)
    } else {
        Tally::default()
    };
    let after_to = started
        .plus(7 * WEEKS - 1)
        .min(last)
        .min(medicine.draft.stopped.unwrap_or(last));
    let after = nights::tally(diary, started, after_to, |_| true);
    Some(BeforeAfter {
        started,
        before,
        after,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::{DiaryCmd, NightAnswer};
    use chrono::NaiveDate;

    fn day(m: u32, d: u32) -> DayNum {
        DayNum::from_date(NaiveDate::from_ymd_opt(2026, m, d).expect("date"))
    }

    #[test]
    fn a_medicine_keeps_its_text_short_and_its_dates_sane() {
        let m = Medicine::new(
            1,
            MedicineDraft {
                name: format!("  {}  ", "a".repeat(200)),
                dose: " 20 mg ".into(),
                started: Some(day(6, 10)),
                stopped: Some(day(6, 1)),
                ..MedicineDraft::default()
            },
        );
        assert_eq!(m.draft.name.len(), TEXT_MAX);
        assert_eq!(m.draft.dose, "20 mg");
        assert_eq!(m.draft.stopped, None, "a stop before the start is dropped");
        assert!(m.taken_on(day(6, 10)) && !m.taken_on(day(6, 9)));
        for class in DrugClass::ALL {
            assert_eq!(DrugClass::from_name(class.name()), Some(class));
            assert!(!class.sources().is_empty());
        }
    }

    /// Hand-counted: the diary starts on 1 June; a diuretic started on 1 July. Before: 30
    /// nights, 20 answered, 4 cramps. After (to 31 July): 31 nights, 25 answered, 15 cramps.
    #[test]
    fn before_and_after_a_start_counts_answered_nights() {
        let mut diary = Diary::default();
        let answer = |diary: &mut Diary, d: DayNum, cramp: bool| {
            diary.apply(DiaryCmd::AnswerNight {
                night: d,
                answer: if cramp {
                    NightAnswer::Cramp
                } else {
                    NightAnswer::NoCramp
                },
            });
        };
        for i in 0..20 {
            answer(&mut diary, day(6, 1).plus(i), i < 4);
        }
        for i in 0..25 {
            answer(&mut diary, day(7, 1).plus(i), i < 15);
        }
        let id = diary
            .apply(DiaryCmd::AddMedicine(MedicineDraft {
                name: "Indapamide".into(),
                class: Some(DrugClass::ThiazideDiuretic),
                started: Some(day(7, 1)),
                ..MedicineDraft::default()
            }))
            .expect("added");
        let m = diary.medicines.iter().find(|m| m.id == id).expect("kept");
        let ba = before_after(&diary, m, day(8, 1), day(6, 1)).expect("covered");
        assert_eq!(
            (ba.before.answered, ba.before.cramps, ba.before.unanswered),
            (20, 4, 10)
        );
        assert_eq!(
            (ba.after.answered, ba.after.cramps, ba.after.unanswered),
            (25, 15, 6)
        );
        assert!(ba.is_shown());
        assert_eq!(
            ba.sentence(),
            "Before it: 4 cramps in 20 answered nights (0.20 a night). Since: 15 cramps in 25 answered nights (0.60 a night)."
        );
        // Too few nights before: not shown. A start after today: nothing.
        let late = before_after(&diary, m, day(8, 1), day(6, 25)).expect("covered");
        assert!(!late.is_shown());
        let mut future = m.clone();
        future.draft.started = Some(day(9, 1));
        assert_eq!(before_after(&diary, &future, day(8, 1), day(6, 1)), None);
    }
}
