//! The stretch routines: what to do, in what order, for how long.
//!
//! Content follows the evidence summary (shared/health/EVIDENCE.md parts C and E): during a
//! cramp, stretch the muscle and hold "until the cramp eases" (NHS, AAOS, Mayo Clinic), here in
//! 30-second blocks the user can extend; at bedtime, the Hallegraeff et al. 2012 protocol (calf
//! and hamstring, each leg, 10 s hold and 10 s rest, 3 times); in the day, the wall stretches
//! of Mayo Clinic's "Controlling painful leg cramps" (15-30 s holds, 3 each leg). Instructions
//! are our own plain words.
//!
//! Safety (REVIEW H2): a clot can feel like a cramp, so the first Cramp-now step starts with
//! the clot check (`safety::CLOT_CHECK`, shown and spoken), the calf stretch says to stop if it
//! makes the pain worse, and no step says to rub a leg that is swollen, warm, red or darker.

use crate::domain::learn::safety::CLOT_CHECK_SPOKEN;
use serde::{Deserialize, Serialize};

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
        match self {
            Self::Unsaid => "",
            Self::Left => "left leg",
            Self::Right => "right leg",
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
    pub fn title(self) -> &'static str {
        match self {
            Self::Cramp { .. } => "Cramp now",
            Self::Bedtime { seated: false } => "Bedtime stretch",
            Self::Bedtime { seated: true } => "Bedtime stretch, seated",
            Self::Daytime => "Daytime stretch",
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

fn cramp_steps(muscle: Muscle, first: Option<Pose>) -> Vec<Step> {
    use Pose::*;
    use StepKind::*;
    let massage = step(
        Move,
        MassageWalk,
        "Rub it and walk",
        "Rub the muscle gently (not if the leg is swollen, warm, red or darker), then walk around.",
        "Rub the muscle gently, but not if the leg is swollen, warm, red or darker. Then walk around gently.",
        60_000,
    );
    let mut steps = match muscle {
        Muscle::Calf => vec![
            step(
                HoldUntilEased,
                CalfPull,
                "Pull your toes up",
                "Straighten the leg, pull your toes up towards your shin (a towel helps). If that makes the pain worse instead of easing it, stop.",
                "Straighten your leg. Pull your toes towards you. Hold. If that makes the pain worse instead of easing it, stop.",
                BLOCK_MS,
            ),
            step(
                HoldUntilEased,
                StandLoad,
                "Stand on it",
                "Carefully stand and put your weight on the cramping leg, knee slightly bent. Hold a chair or the wall.",
                "Now stand up carefully and put your weight on that leg. Hold on to something.",
                BLOCK_MS,
            ),
            step(
                Hold,
                WallLean,
                "Wall lean",
                "Hands on the wall, cramping leg back, heel down, knee straight. Lean in gently.",
                "Hands on the wall. Cramping leg back, heel down. Lean in gently.",
                BLOCK_MS,
            ),
            massage,
        ],
        Muscle::Foot => vec![
            step(
                HoldUntilEased,
                FootPull,
                "Pull your toes back",
                "Sit, hold your toes and gently pull them up towards your shin until the arch stretches.",
                "Hold your toes and gently pull them back towards your shin. Hold.",
                BLOCK_MS,
            ),
            step(
                HoldUntilEased,
                StandLoad,
                "Stand on it",
                "Stand and put your weight through the foot, toes flat on the floor. Hold a chair or the wall.",
                "Now stand and put your weight on that foot. Hold on to something.",
                BLOCK_MS,
            ),
            step(
                Move,
                MassageWalk,
                "Rub it and walk",
                "Rub the sole of your foot gently (not if it is swollen, warm, red or darker), then walk.",
                "Rub the sole of your foot gently, but not if it is swollen, warm, red or darker. Then walk around gently.",
                60_000,
            ),
        ],
        Muscle::Hamstring => vec![
            step(
                HoldUntilEased,
                HamstringSeated,
                "Straighten and reach",
                "Sit with the leg straight and slide your hands towards your ankle until the back of the thigh stretches.",
                "Sit with your leg straight. Slide your hands towards your ankle. Hold.",
                BLOCK_MS,
            ),
            step(
                Hold,
                HamstringChair,
                "Lean forward",
                "Stand with both legs straight, hold a chair, and lean forward from the hips.",
                "Stand up, legs straight, hold a chair, and lean forward from your hips.",
                BLOCK_MS,
            ),
            massage,
        ],
        Muscle::Quad => vec![
            step(
                HoldUntilEased,
                QuadStanding,
                "Heel to bottom",
                "Hold a wall or chair, bend the knee and hold your ankle, heel towards your bottom, knees together.",
                "Hold on to something. Bend your knee and hold your ankle, heel towards your bottom. Hold.",
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
        first.spoken = format!("{CLOT_CHECK_SPOKEN} {}", first.spoken);
    }
    steps
}

/// The prevention routines: for each stretch and each leg, `reps` holds with rests between.
fn prevention_steps(stretches: &[(Pose, &str, &'static str, &str)], dose: Dose) -> Vec<Step> {
    let dose = dose.clamped();
    let mut steps = Vec::new();
    for (pose, name, instruction, spoken) in stretches {
        for side in ["left", "right"] {
            for rep in 1..=dose.reps {
                steps.push(Step {
                    kind: StepKind::Hold,
                    pose: *pose,
                    name: format!("{name}, {side} leg ({rep} of {})", dose.reps),
                    instruction,
                    spoken: if rep == 1 {
                        format!("{name}, {side} leg. {spoken} Hold.")
                    } else {
                        "Stretch again. Hold.".to_owned()
                    },
                    duration_ms: u32::from(dose.hold_s) * 1000,
                });
                if dose.rest_s > 0 {
                    steps.push(Step {
                        kind: StepKind::Rest,
                        pose: Pose::Rest,
                        name: "Relax".to_owned(),
                        instruction: "Ease off and breathe normally.",
                        spoken: "Relax.".to_owned(),
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

const STANDING_CALF: (Pose, &str, &str, &str) = (
    Pose::WallLean,
    "Calf stretch",
    "Face the wall, palms on it at chest height, arms straight. One leg back, heel down, knee straight; lean in until you feel a firm stretch.",
    "Face the wall, one leg back, heel down. Lean in.",
);
const STANDING_HAMSTRING: (Pose, &str, &str, &str) = (
    Pose::HamstringStanding,
    "Hamstring stretch",
    "Hold a wall or chair. Put your heel on a low step, leg straight, and lean forward from the hips until the back of the thigh stretches.",
    "Hold a wall or chair. Heel on a low step, leg straight. Lean forward from your hips.",
);
const SEATED_CALF: (Pose, &str, &str, &str) = (
    Pose::CalfSeated,
    "Seated calf stretch",
    "Sit with the leg straight, loop a towel round the ball of your foot and pull your toes towards you.",
    "Sit, leg straight, towel round your foot. Pull your toes towards you.",
);
const SEATED_HAMSTRING: (Pose, &str, &str, &str) = (
    Pose::HamstringSeated,
    "Seated hamstring stretch",
    "Sit on the edge of a chair, one leg straight out, heel on the floor, and lean forward from the hips.",
    "Sit on the edge of a chair, one leg straight. Lean forward from your hips.",
);

/// The steps of a routine, with the user's doses for the prevention routines.
pub fn steps(kind: RoutineKind, bedtime: Dose, daytime: Dose) -> Vec<Step> {
    match kind {
        RoutineKind::Cramp { muscle, first, .. } => cramp_steps(muscle, first),
        RoutineKind::Bedtime { seated: false } => {
            prevention_steps(&[STANDING_CALF, STANDING_HAMSTRING], bedtime)
        }
        RoutineKind::Bedtime { seated: true } => {
            prevention_steps(&[SEATED_CALF, SEATED_HAMSTRING], bedtime)
        }
        RoutineKind::Daytime => prevention_steps(&[STANDING_CALF, STANDING_HAMSTRING], daytime),
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
        let calf = cramp_steps(Muscle::Calf, None);
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
