//! The stretch routines: what to do, in what order, for how long.
//!
//! Content follows the evidence summary (shared/health/EVIDENCE.md parts C and E): during a
//! cramp, stretch the muscle and hold "until the cramp eases" (NHS, AAOS, Mayo Clinic), here in
//! 30-second blocks the user can extend; at bedtime, the Hallegraeff et al. 2012 protocol (calf
//! and hamstring, each leg, 10 s hold and 10 s rest, 3 times); in the day, the wall stretches
//! of Mayo Clinic's "Controlling painful leg cramps" (15-30 s holds, 3 each leg). Instructions
//! are our own plain words.
//!
//! Each text is given in English and Dutch (`t`); the Dutch says the same steps in plain
//! words (B1), addressing the person as "u".
//!
//! Safety (REVIEW H2): a clot can feel like a cramp, so the first Cramp-now step starts with
//! the clot check (`safety::CLOT_CHECK`, shown and spoken), the calf stretch says to stop if it
//! makes the pain worse, and no step says to rub a leg that is swollen, warm, red or darker.

use crate::domain::language::Lang;
use crate::domain::learn::safety;
use serde::{Deserialize, Serialize};

// The steps are the same protocol in every language (the sources above); only the words
// differ, each English text beside its Dutch (`t`).
use crate::domain::language::t;

/// The cramping muscle chosen on the home view.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Muscle {
    #[default]
    Calf,
    Foot,
    Hamstring,
    Quad,
}

impl Muscle {
    pub const ALL: [Muscle; 4] = [Self::Calf, Self::Foot, Self::Hamstring, Self::Quad];

    pub fn name(self) -> &'static str {
        match self {
            Self::Calf => "calf",
            Self::Foot => "foot",
            Self::Hamstring => "hamstring",
            Self::Quad => "quad",
        }
    }

    /// In a sentence: "the calf stretch".
    pub fn lower(self) -> &'static str {
        match self {
            Self::Calf => "calf",
            Self::Foot => "foot",
            Self::Hamstring => "back of thigh",
            Self::Quad => "front of thigh",
        }
    }

    /// [`Muscle::lower`] in `lang`.
    pub fn lower_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Calf => t(lang, "calf", "kuit"),
            Self::Foot => t(lang, "foot", "voet"),
            Self::Hamstring => t(lang, "back of thigh", "achterkant bovenbeen"),
            Self::Quad => t(lang, "front of thigh", "voorkant bovenbeen"),
        }
    }

    /// [`Muscle::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let nl = match self {
            Self::Calf => "Kuit",
            Self::Foot => "Voet of tenen",
            Self::Hamstring => "Achterkant bovenbeen",
            Self::Quad => "Voorkant bovenbeen",
        };
        t(lang, self.label(), nl)
    }

    /// As the chooser says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Calf => "Calf",
            Self::Foot => "Foot or toes",
            Self::Hamstring => "Back of thigh",
            Self::Quad => "Front of thigh",
        }
    }

    pub fn from_name(name: &str) -> Option<Muscle> {
        Self::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// Which leg, if the user said.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Leg {
    #[default]
    Unsaid,
    Left,
    Right,
}

impl Leg {
    pub fn name(self) -> &'static str {
        match self {
            Self::Unsaid => "unsaid",
            Self::Left => "left",
            Self::Right => "right",
        }
    }

    pub fn from_name(name: &str) -> Option<Leg> {
        [Self::Unsaid, Self::Left, Self::Right]
            .into_iter()
            .find(|l| l.name() == name)
    }

    /// "left leg", or "" when unsaid.
    pub fn phrase(self) -> &'static str {
        self.phrase_in(Lang::En)
    }

    /// [`Leg::phrase`] in `lang`.
    pub fn phrase_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Unsaid => "",
            Self::Left => t(lang, "left leg", "linkerbeen"),
            Self::Right => t(lang, "right leg", "rechterbeen"),
        }
    }
}

/// Which routine.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RoutineKind {
    /// During a cramp; `first`: the step to start with, where the person chose the one that
    /// eases their cramps fastest (`diary::technique`), if this routine has it.
    Cramp {
        muscle: Muscle,
        leg: Leg,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        first: Option<Pose>,
    },
    /// The bedtime prevention routine; `seated` for people who cannot stand.
    Bedtime { seated: bool },
    /// Daytime wall stretches.
    Daytime,
}

impl RoutineKind {
    /// The stretch a link asks to start, from its query (`location.search`, with or without
    /// the `?`): `start=cramp` (the home-screen shortcut; with `muscle=` and `leg=` when
    /// index.html's start script carries a tap held on "Cramp now" over to another language's
    /// build), `start=bedtime` (the reminder), seated as the settings say. A muscle or leg
    /// this version does not know reads as the calf and "not said".
    pub fn asked_in_query(query: &str, seated: bool) -> Option<RoutineKind> {
        let value = |name: &str| crate::domain::query::query_value(query, name);
        match value("start")? {
            "cramp" => Some(Self::Cramp {
                muscle: value("muscle")
                    .and_then(Muscle::from_name)
                    .unwrap_or_default(),
                leg: value("leg").and_then(Leg::from_name).unwrap_or_default(),
                first: None,
            }),
            "bedtime" => Some(Self::Bedtime { seated }),
            _ => None,
        }
    }

    pub fn title(self) -> &'static str {
        self.title_in(Lang::En)
    }

    /// [`RoutineKind::title`] in `lang`.
    pub fn title_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Cramp { .. } => t(lang, "Cramp now", "Kramp nu"),
            Self::Bedtime { seated: false } => t(lang, "Bedtime stretch", "Rekken voor het slapen"),
            Self::Bedtime { seated: true } => t(
                lang,
                "Bedtime stretch, seated",
                "Rekken voor het slapen, zittend",
            ),
            Self::Daytime => t(lang, "Daytime stretch", "Rekken overdag"),
        }
    }

    pub fn is_cramp(self) -> bool {
        matches!(self, Self::Cramp { .. })
    }
}

/// Hold, rest and repetitions of a prevention routine (adjustable in Settings).
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(default)]
pub struct Dose {
    pub hold_s: u16,
    pub rest_s: u16,
    pub reps: u8,
}

impl Dose {
    /// Hallegraeff et al. 2012: 10 s hold, 10 s rest, 3 times.
    pub const BEDTIME: Dose = Dose {
        hold_s: 10,
        rest_s: 10,
        reps: 3,
    };
    /// Mayo Clinic Head to Toe, "Controlling painful leg cramps": hold 15-30 s, each leg at
    /// least 3 times.
    pub const DAYTIME: Dose = Dose {
        hold_s: 30,
        rest_s: 10,
        reps: 3,
    };
    pub const HOLD_RANGE: (u16, u16) = (5, 60);
    pub const REST_RANGE: (u16, u16) = (0, 60);
    pub const REPS_RANGE: (u8, u8) = (1, 6);

    /// Keeps every field in its range (stored data may be anything).
    pub fn clamped(self) -> Dose {
        Dose {
            hold_s: self.hold_s.clamp(Self::HOLD_RANGE.0, Self::HOLD_RANGE.1),
            rest_s: self.rest_s.clamp(Self::REST_RANGE.0, Self::REST_RANGE.1),
            reps: self.reps.clamp(Self::REPS_RANGE.0, Self::REPS_RANGE.1),
        }
    }
}

impl Default for Dose {
    fn default() -> Self {
        Self::BEDTIME
    }
}

/// How a step ends.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Hold until the cramp eases: runs in blocks, "+30 s" extends, "It has eased" moves on.
    HoldUntilEased,
    /// A stretch held for a set time.
    Hold,
    /// Relax between holds.
    Rest,
    /// Massage, walk: a set time.
    Move,
}

impl Pose {
    /// The name of the step it pictures in a Cramp-now routine ("Stand on it"), for "what
    /// eases your cramp fastest" and the diary's CSV.
    /// [`Pose::step_name`] in `lang` (the step's title in the guide).
    pub fn step_name_in(self, lang: Lang) -> &'static str {
        let nl = match self {
            Self::CalfPull => "Tenen naar u toe",
            Self::StandLoad => "Op uw been staan",
            Self::WallLean => "Tegen de muur leunen",
            Self::MassageWalk => "Wrijven en lopen",
            Self::FootPull => "Tenen naar u toe trekken",
            Self::HamstringSeated => "Strekken en reiken",
            Self::HamstringChair => "Vooroverbuigen",
            Self::QuadStanding => "Hiel naar de billen",
            Self::HamstringStanding => "Achterkant bovenbeen rekken",
            Self::CalfSeated => "Kuit rekken, zittend",
            Self::Rest => "Ontspannen",
        };
        t(lang, self.step_name(), nl)
    }

    pub fn step_name(self) -> &'static str {
        match self {
            Self::CalfPull => "Pull your toes up",
            Self::StandLoad => "Stand on it",
            Self::WallLean => "Wall lean",
            Self::MassageWalk => "Rub it and walk",
            Self::FootPull => "Pull your toes back",
            Self::HamstringSeated => "Straighten and reach",
            Self::HamstringChair => "Lean forward",
            Self::QuadStanding => "Heel to bottom",
            Self::HamstringStanding => "Hamstring stretch",
            Self::CalfSeated => "Seated calf stretch",
            Self::Rest => "Relax",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::CalfPull => "calf_pull",
            Self::StandLoad => "stand_load",
            Self::WallLean => "wall_lean",
            Self::MassageWalk => "massage_walk",
            Self::FootPull => "foot_pull",
            Self::HamstringSeated => "hamstring_seated",
            Self::HamstringChair => "hamstring_chair",
            Self::QuadStanding => "quad_standing",
            Self::HamstringStanding => "hamstring_standing",
            Self::CalfSeated => "calf_seated",
            Self::Rest => "rest",
        }
    }

    pub const ALL: [Pose; 11] = [
        Self::CalfPull,
        Self::StandLoad,
        Self::WallLean,
        Self::MassageWalk,
        Self::FootPull,
        Self::HamstringSeated,
        Self::HamstringChair,
        Self::QuadStanding,
        Self::HamstringStanding,
        Self::CalfSeated,
        Self::Rest,
    ];

    pub fn from_name(name: &str) -> Option<Pose> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// Which picture goes with a step.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Pose {
    CalfPull,
    StandLoad,
    WallLean,
    MassageWalk,
    FootPull,
    HamstringSeated,
    /// Heel on a low step, one leg straight (the bedtime hamstring stretch).
    HamstringStanding,
    /// Both legs straight, leaning forward from the hips with a hand on a chair.
    HamstringChair,
    QuadStanding,
    CalfSeated,
    Rest,
}

/// One step of a routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub kind: StepKind,
    pub pose: Pose,
    /// Short name: "Pull your toes up".
    pub name: String,
    /// One line to read.
    pub instruction: &'static str,
    /// What the voice says at the start of the step.
    pub spoken: String,
    pub duration_ms: u32,
}

/// The length of one block of a hold-until-eased step, and of "+30 s".
pub const BLOCK_MS: u32 = 30_000;

fn step(
    kind: StepKind,
    pose: Pose,
    name: &str,
    instruction: &'static str,
    spoken: &str,
    duration_ms: u32,
) -> Step {
    Step {
        kind,
        pose,
        name: name.to_owned(),
        instruction,
        spoken: spoken.to_owned(),
        duration_ms,
    }
}

fn cramp_steps(muscle: Muscle, first: Option<Pose>, lang: Lang) -> Vec<Step> {
    use Pose::*;
    use StepKind::*;
    let l = lang;
    let massage = step(
        Move,
        MassageWalk,
        t(l, "Rub it and walk", "Wrijven en lopen"),
        t(l,
            "Rub the muscle gently (not if the leg is swollen, warm, red or darker), then walk around.",
            "Wrijf zachtjes over de spier (niet als het been dik, warm, rood of donkerder is) en loop daarna wat rond."),
        t(l,
            "Rub the muscle gently, but not if the leg is swollen, warm, red or darker. Then walk around gently.",
            "Wrijf zachtjes over de spier, maar niet als het been dik, warm, rood of donkerder is. Loop daarna rustig wat rond."),
        60_000,
    );
    let stand = |nl_name, en_i, nl_i, en_s, nl_s| {
        step(
            HoldUntilEased,
            StandLoad,
            t(l, "Stand on it", nl_name),
            t(l, en_i, nl_i),
            t(l, en_s, nl_s),
            BLOCK_MS,
        )
    };
    let mut steps = match muscle {
        Muscle::Calf => vec![
            step(
                HoldUntilEased,
                CalfPull,
                t(l, "Pull your toes up", "Tenen naar u toe"),
                t(l,
                    "Straighten the leg, pull your toes up towards your shin (a towel helps). If that makes the pain worse instead of easing it, stop.",
                    "Strek het been en trek uw tenen naar u toe. Erger in plaats van minder? Stop dan."),
                t(l,
                    "Straighten your leg. Pull your toes towards you. Hold. If that makes the pain worse instead of easing it, stop.",
                    "Strek uw been. Trek uw tenen naar u toe. Blijf zo. Wordt de pijn erger in plaats van minder? Stop dan."),
                BLOCK_MS,
            ),
            stand(
                "Op uw been staan",
                "Carefully stand and put your weight on the cramping leg, knee slightly bent. Hold a chair or the wall.",
                "Sta voorzichtig op en leun op het been met de kramp, knie licht gebogen. Houd u vast aan een stoel of de muur.",
                "Now stand up carefully and put your weight on that leg. Hold on to something.",
                "Sta nu voorzichtig op en zet uw gewicht op dat been. Houd u ergens aan vast.",
            ),
            step(
                Hold,
                WallLean,
                t(l, "Wall lean", "Tegen de muur leunen"),
                t(l,
                    "Hands on the wall, cramping leg back, heel down, knee straight. Lean in gently.",
                    "Handen tegen de muur, het been met de kramp naar achteren, hiel op de grond, knie gestrekt. Leun rustig naar voren."),
                t(l,
                    "Hands on the wall. Cramping leg back, heel down. Lean in gently.",
                    "Handen tegen de muur. Het been met de kramp naar achteren, hiel op de grond. Leun rustig naar voren."),
                BLOCK_MS,
            ),
            massage,
        ],
        Muscle::Foot => vec![
            step(
                HoldUntilEased,
                FootPull,
                t(l, "Pull your toes back", "Tenen naar u toe trekken"),
                t(l,
                    "Sit, hold your toes and gently pull them up towards your shin until the arch stretches.",
                    "Ga zitten, pak uw tenen en trek ze zachtjes naar u toe tot u de voetboog voelt rekken."),
                t(l,
                    "Hold your toes and gently pull them back towards your shin. Hold.",
                    "Pak uw tenen en trek ze zachtjes naar u toe. Blijf zo."),
                BLOCK_MS,
            ),
            stand(
                "Op uw voet staan",
                "Stand and put your weight through the foot, toes flat on the floor. Hold a chair or the wall.",
                "Sta op en zet uw gewicht op de voet, tenen plat op de grond. Houd u vast aan een stoel of de muur.",
                "Now stand and put your weight on that foot. Hold on to something.",
                "Sta nu op en zet uw gewicht op die voet. Houd u ergens aan vast.",
            ),
            step(
                Move,
                MassageWalk,
                t(l, "Rub it and walk", "Wrijven en lopen"),
                t(l,
                    "Rub the sole of your foot gently (not if it is swollen, warm, red or darker), then walk.",
                    "Wrijf zachtjes over uw voetzool (niet als de voet dik, warm, rood of donkerder is) en loop daarna wat rond."),
                t(l,
                    "Rub the sole of your foot gently, but not if it is swollen, warm, red or darker. Then walk around gently.",
                    "Wrijf zachtjes over uw voetzool, maar niet als de voet dik, warm, rood of donkerder is. Loop daarna rustig wat rond."),
                60_000,
            ),
        ],
        Muscle::Hamstring => vec![
            step(
                HoldUntilEased,
                HamstringSeated,
                t(l, "Straighten and reach", "Strekken en reiken"),
                t(l,
                    "Sit with the leg straight and slide your hands towards your ankle until the back of the thigh stretches.",
                    "Ga zitten met het been gestrekt en schuif uw handen naar uw enkel tot u de achterkant van uw bovenbeen voelt rekken."),
                t(l,
                    "Sit with your leg straight. Slide your hands towards your ankle. Hold.",
                    "Ga zitten met uw been gestrekt. Schuif uw handen naar uw enkel. Blijf zo."),
                BLOCK_MS,
            ),
            step(
                Hold,
                HamstringChair,
                t(l, "Lean forward", "Vooroverbuigen"),
                t(l,
                    "Stand with both legs straight, hold a chair, and lean forward from the hips.",
                    "Ga staan met gestrekte benen. Houd u vast aan een stoel en buig vanuit de heupen naar voren."),
                t(l,
                    "Stand up, legs straight, hold a chair, and lean forward from your hips.",
                    "Sta op, benen gestrekt, houd een stoel vast en buig vanuit uw heupen naar voren."),
                BLOCK_MS,
            ),
            massage,
        ],
        Muscle::Quad => vec![
            step(
                HoldUntilEased,
                QuadStanding,
                t(l, "Heel to bottom", "Hiel naar de billen"),
                t(l,
                    "Hold a wall or chair, bend the knee and hold your ankle, heel towards your bottom, knees together.",
                    "Houd u vast aan een muur of stoel, buig de knie en pak uw enkel: hiel naar uw billen, knieën tegen elkaar."),
                t(l,
                    "Hold on to something. Bend your knee and hold your ankle, heel towards your bottom. Hold.",
                    "Houd u ergens aan vast. Buig uw knie en pak uw enkel, hiel naar uw billen. Blijf zo."),
                BLOCK_MS,
            ),
            massage,
        ],
    };
    // The step the person eases fastest with goes first, if this routine holds it (a stretch
    // held until eased; the steps after it keep their order).
    if let Some(at) = first.and_then(|pose| {
        steps
            .iter()
            .position(|s| s.pose == pose && s.kind == HoldUntilEased)
    }) {
        let step = steps.remove(at);
        steps.insert(0, step);
    }
    // The clot check comes first, in one sentence, before the first instruction.
    if let Some(first) = steps.first_mut() {
        first.spoken = format!(
            "{} {}",
            safety::guide_safety(lang).clot_check_spoken,
            first.spoken
        );
    }
    steps
}

/// The prevention routines: for each stretch and each leg, `reps` holds with rests between.
fn prevention_steps(poses: &[Pose], dose: Dose, lang: Lang) -> Vec<Step> {
    let dose = dose.clamped();
    let mut steps = Vec::new();
    for pose in poses {
        let [name, instruction, spoken] = stretch_words(*pose, lang);
        for leg in [Leg::Left, Leg::Right] {
            let side = leg.phrase_in(lang);
            for rep in 1..=dose.reps {
                steps.push(Step {
                    kind: StepKind::Hold,
                    pose: *pose,
                    // Dutch names the side short ("links"): the name is on screen beside the
                    // countdown, and "linkerbeen" after "bovenbeen" said "been" twice.
                    name: match lang.words() {
                        Lang::En => format!("{name}, {side} ({rep} of {})", dose.reps),
                        Lang::Nl => {
                            let side = if leg == Leg::Left { "links" } else { "rechts" };
                            format!("{name}, {side} ({rep} van {})", dose.reps)
                        }
                    },
                    instruction,
                    spoken: match (rep, lang.words()) {
                        (1, Lang::En) => format!("{name}, {side}. {spoken} Hold."),
                        (1, Lang::Nl) => format!("{name}, {side}. {spoken} Blijf zo."),
                        _ => t(
                            lang,
                            "Stretch again. Hold.",
                            "Nog een keer rekken. Blijf zo.",
                        )
                        .to_owned(),
                    },
                    duration_ms: u32::from(dose.hold_s) * 1000,
                });
                if dose.rest_s > 0 {
                    steps.push(Step {
                        kind: StepKind::Rest,
                        pose: Pose::Rest,
                        name: t(lang, "Relax", "Ontspannen").to_owned(),
                        instruction: t(
                            lang,
                            "Ease off and breathe normally.",
                            "Laat los en adem rustig door.",
                        ),
                        spoken: t(lang, "Relax.", "Ontspan.").to_owned(),
                        duration_ms: u32::from(dose.rest_s) * 1000,
                    });
                }
            }
        }
    }
    // No rest after the very last hold.
    if steps.last().is_some_and(|s| s.kind == StepKind::Rest) {
        steps.pop();
    }
    steps
}

/// A prevention stretch's name, instruction and spoken cue in `lang`. (A function, not a
/// table: in a build for one language the other language's words are left out.)
#[rustfmt::skip]
fn stretch_words(pose: Pose, lang: Lang) -> [&'static str; 3] {
    match pose {
        // standing calf
        Pose::WallLean => [
            t(lang, "Calf stretch", "Kuit rekken"),
            t(lang,
                "Face the wall, palms on it at chest height, arms straight. One leg back, heel down, knee straight; lean in until you feel a firm stretch.",
                "Handen tegen de muur op borsthoogte, armen gestrekt. Het been naar achteren, hiel op de grond, knie gestrekt. Leun naar voren tot u het goed voelt rekken."),
            t(lang,
                "Face the wall, one leg back, heel down. Lean in.",
                "Gezicht naar de muur, één been naar achteren, hiel op de grond. Leun naar voren."),
        ],
        // standing hamstring
        Pose::HamstringStanding => [
            t(lang, "Hamstring stretch", "Achterkant bovenbeen rekken"),
            t(lang,
                "Hold a wall or chair. Put your heel on a low step, leg straight, and lean forward from the hips until the back of the thigh stretches.",
                "Houd u vast aan een muur of stoel. Hiel op een lage traptree, been gestrekt. Buig vanuit de heupen naar voren tot u de achterkant van het bovenbeen voelt rekken."),
            t(lang,
                "Hold a wall or chair. Heel on a low step, leg straight. Lean forward from your hips.",
                "Houd u vast aan een muur of stoel. Hiel op een lage traptree, been gestrekt. Buig vanuit uw heupen naar voren."),
        ],
        // seated calf
        Pose::CalfSeated => [
            t(lang, "Seated calf stretch", "Kuit rekken, zittend"),
            t(lang,
                "Sit with the leg straight, loop a towel round the ball of your foot and pull your toes towards you.",
                "Ga zitten met het been gestrekt, leg een handdoek om de bal van uw voet en trek uw tenen naar u toe."),
            t(lang,
                "Sit, leg straight, towel round your foot. Pull your toes towards you.",
                "Ga zitten, been gestrekt, handdoek om uw voet. Trek uw tenen naar u toe."),
        ],
        // seated hamstring
        Pose::HamstringSeated => [
            t(lang, "Seated hamstring stretch", "Achterkant bovenbeen, zittend"),
            t(lang,
                "Sit on the edge of a chair, one leg straight out, heel on the floor, and lean forward from the hips.",
                "Ga op het puntje van een stoel zitten, één been gestrekt naar voren, hiel op de grond, en buig vanuit de heupen naar voren."),
            t(lang,
                "Sit on the edge of a chair, one leg straight. Lean forward from your hips.",
                "Ga op het puntje van een stoel zitten, één been gestrekt. Buig vanuit uw heupen naar voren."),
        ],
        _ => unreachable!("not a prevention stretch: {pose:?}"),
    }
}

/// The steps of a routine, with the user's doses for the prevention routines (in English:
/// the words of [`steps_in`] another language are the same steps).
pub fn steps(kind: RoutineKind, bedtime: Dose, daytime: Dose) -> Vec<Step> {
    steps_in(Lang::En, kind, bedtime, daytime)
}

/// The steps of a routine with their words in `lang`: the same kinds, pictures and durations
/// in every language.
pub fn steps_in(lang: Lang, kind: RoutineKind, bedtime: Dose, daytime: Dose) -> Vec<Step> {
    match kind {
        RoutineKind::Cramp { muscle, first, .. } => cramp_steps(muscle, first, lang),
        RoutineKind::Bedtime { seated: false } => {
            prevention_steps(&[Pose::WallLean, Pose::HamstringStanding], bedtime, lang)
        }
        RoutineKind::Bedtime { seated: true } => {
            prevention_steps(&[Pose::CalfSeated, Pose::HamstringSeated], bedtime, lang)
        }
        RoutineKind::Daytime => {
            prevention_steps(&[Pose::WallLean, Pose::HamstringStanding], daytime, lang)
        }
    }
}

/// "About 4 minutes": how long a routine takes, rounded to whole minutes.
pub fn about_minutes(kind: RoutineKind, bedtime: Dose, daytime: Dose) -> String {
    let min = minutes(kind, bedtime, daytime);
    format!("About {min} minute{}", if min == 1 { "" } else { "s" })
}

/// How long a routine takes, in whole minutes (rounded, at least 1).
pub fn minutes(kind: RoutineKind, bedtime: Dose, daytime: Dose) -> u64 {
    let ms = total_ms(&steps(kind, bedtime, daytime));
    (ms.saturating_add(30_000) / 60_000).max(1)
}

/// Total length of a routine in milliseconds.
pub fn total_ms(steps: &[Step]) -> u64 {
    steps.iter().map(|s| u64::from(s.duration_ms)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_starts_the_stretch_it_asks_for() {
        let cramp = |muscle, leg| {
            Some(RoutineKind::Cramp {
                muscle,
                leg,
                first: None,
            })
        };
        assert_eq!(
            RoutineKind::asked_in_query("?start=cramp", false),
            cramp(Muscle::Calf, Leg::Unsaid)
        );
        assert_eq!(
            RoutineKind::asked_in_query("?lang=en&start=cramp&muscle=foot&leg=left", false),
            cramp(Muscle::Foot, Leg::Left)
        );
        assert_eq!(
            RoutineKind::asked_in_query("start=cramp&muscle=elbow&leg=", true),
            cramp(Muscle::Calf, Leg::Unsaid)
        );
        assert_eq!(
            RoutineKind::asked_in_query("?start=bedtime&from=reminder", true),
            Some(RoutineKind::Bedtime { seated: true })
        );
        for nothing in [
            "",
            "?",
            "?lang=nl",
            "?restart=cramp",
            "?start=crampy",
            "?start",
        ] {
            assert_eq!(
                RoutineKind::asked_in_query(nothing, false),
                None,
                "{nothing}"
            );
        }
    }
    use crate::domain::learn::safety::CLOT_CHECK_SPOKEN;

    #[test]
    fn bedtime_follows_hallegraeff_and_takes_three_to_four_minutes() {
        let s = steps(
            RoutineKind::Bedtime { seated: false },
            Dose::BEDTIME,
            Dose::DAYTIME,
        );
        let holds: Vec<_> = s.iter().filter(|s| s.kind == StepKind::Hold).collect();
        assert_eq!(
            holds.len(),
            2 * 2 * 3,
            "calf and hamstring, each leg, 3 times"
        );
        assert!(holds.iter().all(|h| h.duration_ms == 10_000));
        let rests = s.iter().filter(|s| s.kind == StepKind::Rest).count();
        assert_eq!(
            rests,
            holds.len() - 1,
            "a rest between holds, none at the end"
        );
        let minutes = total_ms(&s) as f64 / 60_000.0;
        assert!((3.0..=4.0).contains(&minutes), "{minutes} min");
        assert_eq!(
            about_minutes(
                RoutineKind::Bedtime { seated: false },
                Dose::BEDTIME,
                Dose::DAYTIME
            ),
            "About 4 minutes"
        );
        assert_eq!(s[0].name, "Calf stretch, left leg (1 of 3)");
        assert!(s[0].spoken.contains("left leg"));
        assert_eq!(s[2].spoken, "Stretch again. Hold.");
    }

    /// Every routine: every language has the same steps (kinds, pictures, durations), each
    /// with words of its own; Dutch speaks the Dutch clot check first and never the English.
    #[test]
    fn every_language_has_the_same_steps_in_its_own_words() {
        let mut routines = vec![
            RoutineKind::Bedtime { seated: false },
            RoutineKind::Bedtime { seated: true },
            RoutineKind::Daytime,
        ];
        for muscle in Muscle::ALL {
            for first in std::iter::once(None).chain(Pose::ALL.map(Some)) {
                routines.push(RoutineKind::Cramp {
                    muscle,
                    leg: Leg::Right,
                    first,
                });
            }
        }
        let dose = Dose {
            hold_s: 20,
            rest_s: 5,
            reps: 2,
        };
        for kind in routines {
            let en = steps_in(Lang::En, kind, dose, Dose::DAYTIME);
            assert_eq!(en, steps(kind, dose, Dose::DAYTIME), "{kind:?}");
            let nl = steps_in(Lang::Nl, kind, dose, Dose::DAYTIME);
            assert_eq!(en.len(), nl.len(), "{kind:?}");
            for (e, n) in en.iter().zip(&nl) {
                assert_eq!(
                    (e.kind, e.pose, e.duration_ms),
                    (n.kind, n.pose, n.duration_ms)
                );
                for (e, n) in [
                    (e.name.as_str(), n.name.as_str()),
                    (e.instruction, n.instruction),
                    (e.spoken.as_str(), n.spoken.as_str()),
                ] {
                    assert!(!n.is_empty() && n != e, "not in Dutch: {n:?}");
                    let english = ["your", " the ", "Hold", "left", "right"];
                    assert!(!english.iter().any(|w| n.contains(w)), "English in {n:?}");
                }
            }
            if kind.is_cramp() {
                let dutch = safety::guide_safety(Lang::Nl).clot_check_spoken;
                assert!(nl[0].spoken.starts_with(dutch), "{kind:?}");
                assert!(nl.iter().all(|s| !s.spoken.contains(CLOT_CHECK_SPOKEN)));
            }
        }
        let nl = steps_in(
            Lang::Nl,
            RoutineKind::Bedtime { seated: false },
            Dose::BEDTIME,
            Dose::DAYTIME,
        );
        assert_eq!(nl[0].name, "Kuit rekken, links (1 van 3)");
        assert_eq!(nl[2].spoken, "Nog een keer rekken. Blijf zo.");
        assert!(nl[0].spoken.starts_with("Kuit rekken, linkerbeen."));
        assert_eq!(
            RoutineKind::Bedtime { seated: true }.title_in(Lang::Nl),
            "Rekken voor het slapen, zittend"
        );
    }

    #[test]
    fn seated_alternative_has_the_same_shape() {
        let standing = steps(
            RoutineKind::Bedtime { seated: false },
            Dose::BEDTIME,
            Dose::DAYTIME,
        );
        let seated = steps(
            RoutineKind::Bedtime { seated: true },
            Dose::BEDTIME,
            Dose::DAYTIME,
        );
        assert_eq!(standing.len(), seated.len());
        assert_eq!(seated[0].pose, Pose::CalfSeated);
        assert!(seated.iter().all(|s| s.pose != Pose::WallLean));
    }

    #[test]
    fn daytime_holds_thirty_seconds_three_times_each_leg() {
        let s = steps(RoutineKind::Daytime, Dose::BEDTIME, Dose::DAYTIME);
        let holds: Vec<_> = s.iter().filter(|s| s.kind == StepKind::Hold).collect();
        assert_eq!(holds.len(), 12);
        assert!(holds.iter().all(|h| h.duration_ms == 30_000));
    }

    #[test]
    fn doses_are_clamped_and_a_zero_rest_drops_rests() {
        let wild = Dose {
            hold_s: 999,
            rest_s: 0,
            reps: 0,
        };
        let s = steps(RoutineKind::Daytime, Dose::BEDTIME, wild);
        assert!(s.iter().all(|s| s.kind != StepKind::Rest));
        assert_eq!(s.len(), 4, "one rep minimum: 2 stretches x 2 legs");
        assert!(s.iter().all(|s| s.duration_ms == 60_000));
    }

    #[test]
    fn cramp_routines_start_with_a_hold_until_eased() {
        for muscle in Muscle::ALL {
            let s = steps(
                RoutineKind::Cramp {
                    muscle,
                    leg: Leg::Left,
                    first: None,
                },
                Dose::BEDTIME,
                Dose::DAYTIME,
            );
            assert_eq!(s[0].kind, StepKind::HoldUntilEased, "{muscle:?}");
            assert_eq!(s[0].duration_ms, BLOCK_MS);
            assert_eq!(s.last().map(|s| s.kind), Some(StepKind::Move));
            for st in &s {
                assert!(st.instruction.len() < 140, "one line: {}", st.instruction);
                assert!(!st.spoken.is_empty());
            }
        }
        let calf = steps(
            RoutineKind::Cramp {
                muscle: Muscle::Calf,
                leg: Leg::Unsaid,
                first: None,
            },
            Dose::BEDTIME,
            Dose::DAYTIME,
        );
        let names: Vec<_> = calf.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Pull your toes up",
                "Stand on it",
                "Wall lean",
                "Rub it and walk"
            ]
        );
    }

    #[test]
    fn every_cramp_routine_opens_with_the_clot_check_and_never_rubs_a_hot_leg() {
        for muscle in Muscle::ALL {
            let s = steps(
                RoutineKind::Cramp {
                    muscle,
                    leg: Leg::Unsaid,
                    first: None,
                },
                Dose::BEDTIME,
                Dose::DAYTIME,
            );
            assert!(
                s[0].spoken.starts_with(CLOT_CHECK_SPOKEN),
                "{muscle:?}: {}",
                s[0].spoken
            );
            assert!(s
                .iter()
                .skip(1)
                .all(|st| !st.spoken.contains(CLOT_CHECK_SPOKEN)));
            for st in &s {
                // The clot check itself says not to rub: the steps' own words are checked.
                let spoken = st.spoken.trim_start_matches(CLOT_CHECK_SPOKEN);
                for text in [st.instruction, spoken] {
                    let lower = text.to_lowercase();
                    if lower.contains("rub") {
                        assert!(
                            lower.contains("not if") && lower.contains("swollen"),
                            "{muscle:?}: {text}"
                        );
                        assert!(!lower.contains("firmly"), "{text}");
                    }
                }
            }
        }
        let calf = cramp_steps(Muscle::Calf, None, Lang::En);
        assert!(calf[0]
            .instruction
            .contains("makes the pain worse instead of easing it, stop"));
        assert!(calf[0]
            .spoken
            .contains("makes the pain worse instead of easing it, stop"));
    }

    #[test]
    fn standing_stretches_say_to_hold_on() {
        for kind in [RoutineKind::Bedtime { seated: false }, RoutineKind::Daytime] {
            for st in steps(kind, Dose::BEDTIME, Dose::DAYTIME) {
                if matches!(st.pose, Pose::HamstringStanding) {
                    assert!(st.instruction.contains("Hold a wall or chair"), "K2");
                }
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for m in Muscle::ALL {
            assert_eq!(Muscle::from_name(m.name()), Some(m));
        }
        assert_eq!(Leg::from_name("left"), Some(Leg::Left));
        assert_eq!(Leg::from_name("x"), None);
    }
}
