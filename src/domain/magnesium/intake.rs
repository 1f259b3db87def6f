//! Recommended magnesium intake by age, sex, pregnancy and breastfeeding, from one of two
//! authorities ([`Reference`]): the US Institute of Medicine's 1997 Dietary Reference Intakes
//! as the NIH Office of Dietary Supplements gives them (RDA), or the European Food Safety
//! Authority's 2015 adequate intakes (AI); and the upper limit for supplements (IOM).
//! `tests/food_data.rs` checks the tables against data/magnesium_rda.csv and
//! data/magnesium_ai_efsa.csv.

use crate::domain::language::{t, Lang};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
}

/// Who the target is for (set once in Settings).
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(default)]
pub struct Profile {
    /// Age in whole years (0 for a baby under one).
    pub age: u8,
    pub sex: Sex,
    pub pregnant: bool,
    pub breastfeeding: bool,
}

impl Default for Profile {
    fn default() -> Self {
        Self {
            age: 40,
            sex: Sex::Female,
            pregnant: false,
            breastfeeding: false,
        }
    }
}

/// Whose recommended intakes the targets are (issue 23: the Dutch and Belgian advice follows
/// the European figures, which differ from the US ones).
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Reference {
    /// US Institute of Medicine (1997), as the NIH Office of Dietary Supplements gives them:
    /// Recommended Dietary Allowances.
    Us,
    /// European Food Safety Authority (2015): Adequate Intakes, the same in pregnancy and
    /// breastfeeding.
    Eu,
}

impl Reference {
    pub const ALL: [Reference; 2] = [Reference::Us, Reference::Eu];

    /// The reference a language's users are advised by, until they choose: the European one
    /// in Dutch (the Netherlands and Belgium), the US one in English.
    pub fn of_language(lang: Lang) -> Reference {
        match lang {
            Lang::En => Reference::Us,
            Lang::Nl => Reference::Eu,
        }
    }

    /// The adult range, shown until a profile is set (mg a day).
    pub fn adult_range(self) -> (u32, u32) {
        match self {
            Reference::Us => ADULT_RANGE,
            Reference::Eu => (300, 350),
        }
    }

    /// A short name: "US (NIH)" or "EU (EFSA)".
    pub fn name_in(self, lang: Lang) -> &'static str {
        match self {
            Reference::Us => t(lang, "US (NIH)", "Amerikaans (NIH)"),
            Reference::Eu => t(lang, "European (EFSA)", "Europees (EFSA)"),
        }
    }

    /// Whose figures these are, with the publication.
    pub fn source_in(self, lang: Lang) -> &'static str {
        match self {
            Reference::Us => t(
                lang,
                "Recommended intakes: Institute of Medicine (1997), as given by the NIH Office of Dietary Supplements.",
                "Aanbevolen hoeveelheden: Institute of Medicine (1997), zoals het NIH Office of Dietary Supplements ze geeft (Amerikaans).",
            ),
            Reference::Eu => t(
                lang,
                "Adequate intakes: European Food Safety Authority (EFSA), Dietary Reference Values for magnesium, EFSA Journal 2015;13(7):4186.",
                "Adequate inname: Europese Autoriteit voor voedselveiligheid (EFSA), Dietary Reference Values for magnesium, EFSA Journal 2015;13(7):4186.",
            ),
        }
    }
}

/// A daily target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub mg: u32,
    /// Who the row is for, in a sentence: "women 31-50", "pregnancy, 19-30" …
    pub group: &'static str,
}

/// The adult range shown until a profile is set: 310 to 420 mg.
pub const ADULT_RANGE: (u32, u32) = (310, 420);

/// What the app says instead of a target for a baby under one year.
pub const BABY_NOTE: &str = "Babies under one year get their magnesium from breast milk or formula (and from about 6 months, first foods): Uncramp sets no target for them.";

/// [`BABY_NOTE`] in Dutch.
pub const BABY_NOTE_NL: &str = "Baby's onder één jaar krijgen hun magnesium uit moedermelk of flesvoeding (en vanaf ongeveer 6 maanden uit de eerste hapjes): Uncramp stelt voor hen geen doel.";

/// A note for a profile the tables do not cover: pregnancy or breastfeeding under 14.
pub fn note(p: Profile) -> Option<&'static str> {
    note_in(p, Lang::En)
}

/// [`note`] in `lang`.
pub fn note_in(p: Profile, lang: Lang) -> Option<&'static str> {
    note_by(p, Reference::Us, lang)
}

/// [`note_in`] by `reference`: EFSA's intakes are the same in pregnancy and breastfeeding at
/// any age, so it needs none.
pub fn note_by(p: Profile, reference: Reference, lang: Lang) -> Option<&'static str> {
    (reference == Reference::Us && p.sex == Sex::Female && (p.pregnant || p.breastfeeding) && (1..14).contains(&p.age)).then(|| {
        t(
            lang,
            "The recommended intakes for pregnancy and breastfeeding start at age 14, so this is the target for your age: ask your midwife or doctor.",
            "De aanbevelingen voor zwangerschap en borstvoeding beginnen bij 14 jaar, dus dit is het doel voor uw leeftijd: vraag het aan uw verloskundige of huisarts.",
        )
    })
}

/// A target's group ("women 31-50") in `lang`.
pub fn group_in(group: &'static str, lang: Lang) -> &'static str {
    let nl = match group {
        "pregnancy, 14-18" => "zwangerschap, 14 tot en met 18 jaar",
        "pregnancy, 19-30" => "zwangerschap, 19 tot en met 30 jaar",
        "pregnancy, 31 and over" => "zwangerschap, 31 jaar en ouder",
        "breastfeeding, 14-18" => "borstvoeding, 14 tot en met 18 jaar",
        "breastfeeding, 19-30" => "borstvoeding, 19 tot en met 30 jaar",
        "breastfeeding, 31 and over" => "borstvoeding, 31 jaar en ouder",
        "children 1-3" => "kinderen van 1 tot en met 3 jaar",
        "children 4-8" => "kinderen van 4 tot en met 8 jaar",
        "children 9-13" => "kinderen van 9 tot en met 13 jaar",
        "boys 14-18" => "jongens van 14 tot en met 18 jaar",
        "girls 14-18" => "meisjes van 14 tot en met 18 jaar",
        "men 19-30" => "mannen van 19 tot en met 30 jaar",
        "women 19-30" => "vrouwen van 19 tot en met 30 jaar",
        "men 31-50" => "mannen van 31 tot en met 50 jaar",
        "women 31-50" => "vrouwen van 31 tot en met 50 jaar",
        "men 51 and over" => "mannen van 51 jaar en ouder",
        "women 51 and over" => "vrouwen van 51 jaar en ouder",
        "children 1-2" => "kinderen van 1 en 2 jaar",
        "children 3-9" => "kinderen van 3 tot en met 9 jaar",
        "boys 10-17" => "jongens van 10 tot en met 17 jaar",
        "girls 10-17" => "meisjes van 10 tot en met 17 jaar",
        "girls 10-17, also in pregnancy and breastfeeding" => {
            "meisjes van 10 tot en met 17 jaar, ook bij zwangerschap en borstvoeding"
        }
        "men 18 and over" => "mannen van 18 jaar en ouder",
        "women 18 and over" => "vrouwen van 18 jaar en ouder",
        "women 18 and over, also in pregnancy and breastfeeding" => {
            "vrouwen van 18 jaar en ouder, ook bij zwangerschap en borstvoeding"
        }
        other => other,
    };
    t(lang, group, nl)
}

/// The recommended daily intake for a profile, or `None` under one year (REVIEW K8: the
/// adequate intake for babies is not something to log foods against).
///
/// Pregnancy and breastfeeding rows exist from age 14 (IOM has none below); under 14 the
/// child's row is used. Over 50 the 31-50 rows apply, as IOM gives none for older mothers.
pub fn target(p: Profile) -> Option<Target> {
    let female = p.sex == Sex::Female;
    let age = p.age;
    let t = |mg, group| Some(Target { mg, group });
    if female && p.pregnant && age >= 14 {
        return match age {
            14..=18 => t(400, "pregnancy, 14-18"),
            19..=30 => t(350, "pregnancy, 19-30"),
            _ => t(360, "pregnancy, 31 and over"),
        };
    }
    if female && p.breastfeeding && age >= 14 {
        return match age {
            14..=18 => t(360, "breastfeeding, 14-18"),
            19..=30 => t(310, "breastfeeding, 19-30"),
            _ => t(320, "breastfeeding, 31 and over"),
        };
    }
    match (age, female) {
        (0, _) => None,
        (1..=3, _) => t(80, "children 1-3"),
        (4..=8, _) => t(130, "children 4-8"),
        (9..=13, _) => t(240, "children 9-13"),
        (14..=18, false) => t(410, "boys 14-18"),
        (14..=18, true) => t(360, "girls 14-18"),
        (19..=30, false) => t(400, "men 19-30"),
        (19..=30, true) => t(310, "women 19-30"),
        (31..=50, false) => t(420, "men 31-50"),
        (31..=50, true) => t(320, "women 31-50"),
        (_, false) => t(420, "men 51 and over"),
        (_, true) => t(320, "women 51 and over"),
    }
}

/// The daily target for a profile by `reference`, or `None` under one year.
///
/// EFSA (2015) gives adequate intakes for ages 1 to under 3, 3 to under 10, 10 to under 18
/// and 18 and over, and "no evidence for an increased need" in pregnancy and breastfeeding:
/// the woman's (or girl's) own row applies.
pub fn target_by(p: Profile, reference: Reference) -> Option<Target> {
    if reference == Reference::Us {
        return target(p);
    }
    let female = p.sex == Sex::Female;
    let carrying = female && (p.pregnant || p.breastfeeding);
    let t = |mg, group| Some(Target { mg, group });
    match (p.age, female) {
        (0, _) => None,
        (1..=2, _) => t(170, "children 1-2"),
        (3..=9, _) => t(230, "children 3-9"),
        (10..=17, false) => t(300, "boys 10-17"),
        (10..=17, true) if carrying => t(250, "girls 10-17, also in pregnancy and breastfeeding"),
        (10..=17, true) => t(250, "girls 10-17"),
        (_, false) => t(350, "men 18 and over"),
        (_, true) if carrying => t(
            300,
            "women 18 and over, also in pregnancy and breastfeeding",
        ),
        (_, true) => t(300, "women 18 and over"),
    }
}

/// The upper limit for magnesium from supplements and medicines (not food), in mg a day, by
/// age (IOM 1997): 65 mg at 1-3, 110 mg at 4-8, 350 mg from 9; none under one year.
pub fn supplement_limit(age: u8) -> Option<u32> {
    match age {
        0 => None,
        1..=3 => Some(65),
        4..=8 => Some(110),
        _ => Some(350),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_has_its_dutch() {
        for age in 0..=120 {
            for sex in [Sex::Female, Sex::Male] {
                for (pregnant, breastfeeding) in [(false, false), (true, false), (false, true)] {
                    let p = Profile {
                        age,
                        sex,
                        pregnant,
                        breastfeeding,
                    };
                    for r in Reference::ALL {
                        if let Some(tg) = target_by(p, r) {
                            assert_ne!(group_in(tg.group, Lang::Nl), tg.group, "{p:?} {r:?}");
                        }
                    }
                }
            }
        }
    }

    fn who(age: u8, sex: Sex) -> Profile {
        Profile {
            age,
            sex,
            pregnant: false,
            breastfeeding: false,
        }
    }

    #[track_caller]
    fn check(p: Profile, mg: u32) {
        assert_eq!(target(p).map(|t| t.mg), Some(mg), "{p:?}");
    }

    #[test]
    fn every_edge_of_the_table() {
        use Sex::*;
        for sex in [Female, Male] {
            check(who(3, sex), 80);
            check(who(4, sex), 130);
            check(who(8, sex), 130);
            check(who(9, sex), 240);
            check(who(13, sex), 240);
        }
        check(who(14, Male), 410);
        check(who(18, Male), 410);
        check(who(19, Male), 400);
        check(who(30, Male), 400);
        check(who(31, Male), 420);
        check(who(50, Male), 420);
        check(who(51, Male), 420);
        check(who(14, Female), 360);
        check(who(18, Female), 360);
        check(who(19, Female), 310);
        check(who(30, Female), 310);
        check(who(31, Female), 320);
        check(who(50, Female), 320);
        check(who(51, Female), 320);
        check(who(120, Female), 320);
        assert_eq!(target(who(0, Male)), None, "no target under one year (K8)");
    }

    #[test]
    fn pregnancy_and_breastfeeding() {
        let pregnant = |age| Profile {
            pregnant: true,
            ..who(age, Sex::Female)
        };
        check(pregnant(18), 400);
        check(pregnant(19), 350);
        check(pregnant(30), 350);
        check(pregnant(31), 360);
        check(pregnant(50), 360);
        let feeding = |age| Profile {
            breastfeeding: true,
            ..who(age, Sex::Female)
        };
        check(feeding(18), 360);
        check(feeding(19), 310);
        check(feeding(30), 310);
        check(feeding(31), 320);
        // No pregnancy or breastfeeding row under 14 (K8): the child's row.
        check(pregnant(13), 240);
        check(feeding(12), 240);
        assert!(note(pregnant(13)).is_some_and(|n| n.contains("midwife")));
        assert_eq!(note(pregnant(30)), None);
        // Only women are pregnant or breastfeeding here.
        check(
            Profile {
                pregnant: true,
                ..who(35, Sex::Male)
            },
            420,
        );
    }

    #[track_caller]
    fn eu(p: Profile, mg: u32) {
        assert_eq!(target_by(p, Reference::Eu).map(|t| t.mg), Some(mg), "{p:?}");
    }

    #[test]
    fn every_edge_of_the_efsa_table() {
        use Sex::*;
        for sex in [Female, Male] {
            assert_eq!(
                target_by(who(0, sex), Reference::Eu),
                None,
                "no target under one"
            );
            eu(who(1, sex), 170);
            eu(who(2, sex), 170);
            eu(who(3, sex), 230);
            eu(who(9, sex), 230);
        }
        eu(who(10, Male), 300);
        eu(who(17, Male), 300);
        eu(who(18, Male), 350);
        eu(who(120, Male), 350);
        eu(who(10, Female), 250);
        eu(who(17, Female), 250);
        eu(who(18, Female), 300);
        eu(who(120, Female), 300);
        assert_eq!(Reference::Eu.adult_range(), (300, 350));
        assert_eq!(Reference::Us.adult_range(), ADULT_RANGE);
    }

    #[test]
    fn efsa_sets_no_other_intake_in_pregnancy_or_breastfeeding() {
        for age in [14, 17, 18, 30, 45] {
            let own = target_by(who(age, Sex::Female), Reference::Eu).expect("a target");
            for (pregnant, breastfeeding) in [(true, false), (false, true)] {
                let p = Profile {
                    pregnant,
                    breastfeeding,
                    ..who(age, Sex::Female)
                };
                let tg = target_by(p, Reference::Eu).expect("a target");
                assert_eq!(tg.mg, own.mg, "{p:?}");
                assert!(tg.group.contains("pregnancy and breastfeeding"), "{p:?}");
                assert_eq!(note_by(p, Reference::Eu, Lang::En), None, "{p:?}");
            }
        }
        // The US figures are the default and do differ in pregnancy.
        let p = Profile {
            pregnant: true,
            ..who(18, Sex::Female)
        };
        assert_eq!(target_by(p, Reference::Us), target(p));
        assert_eq!(target(p).map(|t| t.mg), Some(400));
    }

    #[test]
    fn a_language_has_its_reference_and_each_reference_its_source() {
        assert_eq!(Reference::of_language(Lang::En), Reference::Us);
        assert_eq!(Reference::of_language(Lang::Nl), Reference::Eu);
        for lang in [Lang::En, Lang::Nl] {
            assert!(Reference::Eu
                .source_in(lang)
                .contains("EFSA Journal 2015;13(7):4186"));
            assert!(Reference::Us
                .source_in(lang)
                .contains("NIH Office of Dietary Supplements"));
        }
    }
}
