//! Red flags: when a leg cramp may be something else, and how urgently to get help.
//!
//! [`RED_FLAGS`] is the one table. The Learn page, the guide's flag sheet, its 10-minute
//! alert and the clot check on the first Cramp-now step all read it; nothing else in the app
//! writes a red flag in its own words (`tests/content.rs` checks that the guide shows only
//! flags from here and that every flag has a source).
//!
//! Triage follows the sources (shared/health/REVIEW-2026-11-29.md, H1, H2, W1-W5):
//! emergency (call the emergency number now), urgent (a doctor or the local non-urgent
//! medical line, today or straight away) and see a doctor. Wording works in any country; NHS
//! 111 is named only as the UK example.

use crate::domain::learn::sources::Src;

/// How urgently to get help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Call your local emergency number now.
    Emergency,
    /// Get medical advice today or straight away: your doctor or the non-urgent medical line.
    Urgent,
    /// Book a visit to a doctor.
    SeeDoctor,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Emergency, Level::Urgent, Level::SeeDoctor];

    /// The heading of the level's group: what to do.
    pub fn heading(self) -> &'static str {
        match self {
            Level::Emergency => {
                "Emergency: call your local emergency number now (999 in the UK, 911 in the US, 112 in the EU)"
            }
            Level::Urgent => {
                "Urgent: get medical advice today, or straight away where it says so: call your doctor or the local non-urgent medical line (NHS 111 in the UK)"
            }
            Level::SeeDoctor => "See a doctor: book an appointment",
        }
    }

    /// One word or two, before a flag in a short list.
    pub fn short(self) -> &'static str {
        match self {
            Level::Emergency => "Emergency",
            Level::Urgent => "Urgent",
            Level::SeeDoctor => "See a doctor",
        }
    }

    /// The CSS modifier and anchor name.
    pub fn name(self) -> &'static str {
        match self {
            Level::Emergency => "emergency",
            Level::Urgent => "urgent",
            Level::SeeDoctor => "doctor",
        }
    }
}

/// One red flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RedFlag {
    /// Stable name, for tests and anchors.
    pub id: &'static str,
    pub level: Level,
    /// What to look for, and what it may mean.
    pub text: &'static str,
    /// A worse form of the same sign that needs the emergency number.
    pub escalate: Option<&'static str>,
    pub sources: &'static [Src],
    /// What the guide says aloud when it raises this flag (its 10-minute alert).
    pub spoken: Option<&'static str>,
}

impl RedFlag {
    /// The text with its emergency part, as one paragraph.
    pub fn full_text(&self) -> String {
        match self.escalate {
            Some(more) => format!("{} {more}", self.text),
            None => self.text.to_owned(),
        }
    }
}

use Level::*;
use Src::*;

/// Every red flag, most urgent first.
pub static RED_FLAGS: &[RedFlag] = &[
    RedFlag {
        id: "lungs",
        level: Emergency,
        text: "Sudden breathlessness, chest pain (often worse when you breathe in) or coughing up blood, with or without a painful or swollen leg. This can be a blood clot that has reached the lungs.",
        escalate: None,
        sources: &[NhsDvt],
        spoken: Some("If you are short of breath or have chest pain, call your emergency number now."),
    },
    RedFlag {
        id: "clot",
        level: Urgent,
        text: "Pain, swelling or tenderness in one leg (calf or thigh), warm skin, red or darker skin (harder to see on brown or black skin), swollen veins that are hard or sore, or pain that gets worse when you pull your toes up. Any of these can be a blood clot (deep vein thrombosis), not a cramp: do not rub the leg, and get medical advice today.",
        escalate: None,
        sources: &[NhsDvt, NiceCks],
        spoken: Some("If one leg is swollen, warm, red or darker, it may be a blood clot: do not rub it, and get medical advice today."),
    },
    RedFlag {
        id: "long-cramp",
        level: Urgent,
        text: "A cramp that lasts longer than 10 minutes and is not easing with stretching, or severe cramping that keeps going: get medical advice now, or today at the latest (in the UK, NHS 111 is open day and night).",
        escalate: None,
        sources: &[Nidirect, MayoNightCramps],
        spoken: None,
    },
    RedFlag {
        id: "statin",
        level: Urgent,
        text: "You take a statin and have new muscle pain, tenderness, weakness or cramps that you cannot explain: stop the statin and contact your doctor or the non-urgent medical line straight away. These can be signs of muscle damage.",
        escalate: None,
        sources: &[NhsStatins],
        spoken: None,
    },
    RedFlag {
        id: "dark-urine",
        level: Urgent,
        text: "Dark urine (the colour of tea or cola) with muscle pain or weakness, especially after hard exercise, heat or a new medicine. This can be muscle breakdown (rhabdomyolysis), which can harm the kidneys: get medical help today.",
        escalate: Some("Call an ambulance if you pass little or no urine or feel very unwell."),
        sources: &[NhsStatins, MedlinePlusRhabdo],
        spoken: None,
    },
    RedFlag {
        id: "pregnancy",
        level: Urgent,
        text: "You are pregnant or have recently given birth, and one leg is swollen or painful; or you have a severe headache, problems with your vision, or sudden swelling of your face, hands or feet: call your midwife or doctor now, or NHS 111 in the UK.",
        escalate: None,
        sources: &[NhsPreEclampsia, NhsDvt],
        spoken: None,
    },
    RedFlag {
        id: "weakness",
        level: Urgent,
        text: "New weakness, or loss of feeling in part of your body, with the cramps; or muscle twitching with weakness.",
        escalate: None,
        sources: &[Merck],
        spoken: None,
    },
    RedFlag {
        id: "elsewhere",
        level: Urgent,
        text: "Cramps in your chest, arms or belly.",
        escalate: Some("If it is chest pain, call your emergency number."),
        sources: &[Merck],
        spoken: None,
    },
    RedFlag {
        id: "fluid-loss",
        level: Urgent,
        text: "Cramps after losing a lot of fluid: being sick, diarrhoea, heavy sweating, or taking water tablets (diuretics).",
        escalate: None,
        sources: &[Merck],
        spoken: None,
    },
    RedFlag {
        id: "tetanus",
        level: Urgent,
        text: "Cramps after a cut or wound that was dirty (for example with soil), which can mean tetanus, or after contact with a poison such as lead or mercury.",
        escalate: None,
        sources: &[Nidirect, MayoNightCramps],
        spoken: None,
    },
    RedFlag {
        id: "often-long",
        level: SeeDoctor,
        text: "Cramps that often last several minutes, or one that lasted longer than 10 minutes before it eased.",
        escalate: None,
        sources: &[NhsLegCramps],
        spoken: None,
    },
    RedFlag {
        id: "sleep",
        level: SeeDoctor,
        text: "Cramps that wake you often or leave you tired in the day.",
        escalate: None,
        sources: &[NhsLegCramps, MayoNightCramps],
        spoken: None,
    },
    RedFlag {
        id: "numb-both",
        level: SeeDoctor,
        text: "Numbness or swelling in both legs with the cramps (swelling in one leg: see Urgent).",
        escalate: None,
        sources: &[NhsLegCramps],
        spoken: None,
    },
    RedFlag {
        id: "wasting",
        level: SeeDoctor,
        text: "Muscles that are slowly getting thinner or weaker, with cramps.",
        escalate: None,
        sources: &[MayoNightCramps],
        spoken: None,
    },
    RedFlag {
        id: "new-medicine",
        level: SeeDoctor,
        text: "Cramps that started after a new medicine (for a statin, see Urgent): talk to your doctor within a day or two.",
        escalate: None,
        sources: &[Merck],
        spoken: None,
    },
    RedFlag {
        id: "alcohol",
        level: SeeDoctor,
        text: "Cramps when you drink a lot of alcohol.",
        escalate: None,
        sources: &[Merck],
        spoken: None,
    },
    RedFlag {
        id: "walking",
        level: SeeDoctor,
        text: "Leg pain that comes when you walk and stops when you rest.",
        escalate: None,
        sources: &[Merck, Aafp2012],
        spoken: None,
    },
];

/// The flags of one level, in table order.
pub fn at_level(level: Level) -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(move |f| f.level == level)
}

/// The flag named `id`.
pub fn flag(id: &str) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}

/// What the guide's "Red flags" sheet lists: every emergency and urgent flag, not a shortened
/// list (REVIEW K16). The see-a-doctor flags are on the Learn page it links to.
pub fn flag_sheet() -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(|f| f.level != SeeDoctor)
}

/// The check that costs a person in pain nothing: one short line, always visible on the home
/// view and on the first step of every Cramp-now routine, and wherever the app speaks
/// without the wasm (index.html, the crash page, the offline Learn fallback).
pub const CLOT_CHECK: &str = "One leg swollen, warm, red or darker? This may not be a cramp. Short of breath or chest pain? Call your emergency number.";
/// The clot check with what to do, for pages that show without the app or its Learn page:
/// index.html's boot-failure and noscript text, the crash page, the offline Learn fallback.
pub const CLOT_ADVICE: &str = "One leg swollen, warm, red or darker? This may not be a cramp. Short of breath or chest pain? Call your emergency number. Do not rub a swollen, warm or red leg: get medical advice today.";
/// The link after [`CLOT_CHECK`].
pub const CLOT_CHECK_LINK: &str = "See red flags";
/// The sources of the clot check (the `clot` and `lungs` flags).
pub const CLOT_CHECK_SOURCES: &[Src] = &[NhsDvt];
/// The same warning as one spoken sentence, said before the first Cramp-now step.
pub const CLOT_CHECK_SPOKEN: &str = "If one leg is swollen, warm, red or darker, stop and check the red flags, and if you are short of breath or have chest pain, call your emergency number.";

/// Said on the finished screen of a cramp that lasted more than 10 minutes before it eased
/// (the `often-long` flag: see a doctor), with the clot signs (the `clot` flag).
pub const AFTER_LONG_CRAMP: &str = "This cramp lasted more than 10 minutes. Book an appointment with your doctor about it. If one leg is swollen, warm, red or darker, get medical advice today.";

/// The guide's alert for a cramp that has gone on for 10 minutes and is not easing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongCrampAlert {
    /// The first line, in bold.
    pub lead: &'static str,
    /// What to do, at the `long-cramp` flag's level (urgent).
    pub advice: &'static str,
    /// Said aloud once when the alert appears.
    pub spoken: String,
}

/// The 10-minute alert, built from the table (`long-cramp` for what to do; the flags with
/// spoken words for the clot and lung signs).
pub fn long_cramp_alert() -> LongCrampAlert {
    let mut spoken = String::from(
        "This cramp has lasted 10 minutes. If it is not easing, get medical advice today.",
    );
    for f in RED_FLAGS {
        if let Some(words) = f.spoken {
            spoken.push(' ');
            spoken.push_str(words);
        }
    }
    LongCrampAlert {
        lead: "This cramp has lasted 10 minutes.",
        // Urgent, as the `long-cramp` flag (a test keeps the two in step).
        advice: "If it is not easing, get medical advice today, now if it is severe: call your doctor or the local non-urgent medical line (NHS 111 in the UK, open day and night). A blood clot can feel like a cramp: check the signs below.",
        spoken,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_has_a_source_an_id_and_plain_text() {
        let mut ids = Vec::new();
        for f in RED_FLAGS {
            assert!(!f.sources.is_empty(), "{} has no source", f.id);
            assert!(!ids.contains(&f.id), "{} twice", f.id);
            ids.push(f.id);
            assert!(f.text.ends_with('.'), "{}", f.id);
            assert!(!f.text.to_lowercase().contains("quinine"));
        }
        for level in Level::ALL {
            assert!(at_level(level).count() > 0, "{level:?} is empty");
        }
        // Most urgent first.
        assert!(RED_FLAGS.windows(2).all(|w| w[0].level <= w[1].level));
    }

    #[test]
    fn triage_matches_the_review() {
        let level = |id| flag(id).map(|f| f.level);
        assert_eq!(level("lungs"), Some(Emergency), "W2");
        for id in [
            "clot",
            "long-cramp",
            "statin",
            "dark-urine",
            "pregnancy",
            "weakness",
            "elsewhere",
        ] {
            assert_eq!(level(id), Some(Urgent), "{id}");
        }
        for id in ["often-long", "numb-both", "wasting", "alcohol"] {
            assert_eq!(level(id), Some(SeeDoctor), "{id}");
        }
        let clot = flag("clot").expect("clot").text;
        assert!(
            clot.contains("calf or thigh") && clot.contains("one leg"),
            "W1"
        );
        assert!(!clot.contains(" and painful"), "each symptom on its own");
        assert!(flag("statin")
            .expect("statin")
            .text
            .contains("stop the statin"));
        assert!(flag("dark-urine")
            .and_then(|f| f.escalate)
            .is_some_and(|e| e.contains("ambulance")));
    }

    #[test]
    fn the_guide_sheet_holds_every_urgent_and_emergency_flag() {
        let sheet: Vec<_> = flag_sheet().map(|f| f.id).collect();
        for f in RED_FLAGS {
            assert_eq!(sheet.contains(&f.id), f.level != SeeDoctor, "{}", f.id);
        }
    }

    #[test]
    fn the_long_cramp_alert_says_today_and_names_the_clot() {
        let alert = long_cramp_alert();
        assert_eq!(flag("long-cramp").map(|f| f.level), Some(Urgent));
        assert!(alert.advice.contains("today"));
        assert!(!alert.advice.contains("keep stretching"));
        assert!(alert.spoken.contains("today") && alert.spoken.contains("blood clot"));
        assert!(CLOT_CHECK.len() < 130, "one short line");
        assert!(CLOT_ADVICE.starts_with(CLOT_CHECK));
        assert!(CLOT_CHECK_SPOKEN.ends_with('.') && CLOT_CHECK_SPOKEN.matches(". ").count() == 0);
    }
}
