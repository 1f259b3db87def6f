//! "What eases your cramp fastest": the guide knows which step was running when the person
//! tapped "It has eased", and how long the cramp had lasted. After enough cramps eased in the
//! guide, the step with the shortest typical (median) time is shown with its counts, beside the
//! others, and the guide can start with it (the clot check stays on the first step, whatever it
//! is). It is the person's own record, with the same caution as every other figure.

use super::Diary;
use crate::domain::sorted;
use crate::domain::stretch::routine::Pose;

/// Cramps eased in the guide needed before anything is shown.
pub const MIN_CRAMPS: usize = 5;
/// A step needs this many cramps eased on it to be compared.
pub const MIN_PER_STEP: usize = 2;
/// The fastest needs this many of its own.
pub const MIN_FASTEST: usize = 3;

/// One step's record: how many cramps eased on it, and the median time they took (seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepRecord {
    pub pose: Pose,
    pub cramps: usize,
    pub median_s: u32,
}

/// The fastest step and the others it was compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fastest {
    pub best: StepRecord,
    pub others: Vec<StepRecord>,
}

/// The median of `values` (the lower middle one for an even count), in the units given.
fn median(values: &mut [u32]) -> u32 {
    sorted::sort_by(values, |a, b| a.cmp(b));
    values
        .get((values.len().saturating_sub(1)) / 2)
        .copied()
        .unwrap_or(0)
}

/// Each step's record, fastest first (only steps with [`MIN_PER_STEP`] cramps).
pub fn records(diary: &Diary) -> Vec<StepRecord> {
    let mut by_pose: Vec<(Pose, Vec<u32>)> = Vec::new();
    for e in &diary.entries {
        let (Some(pose), Some(s), true) =
            (e.draft.eased_by, e.draft.duration_s, e.draft.from_guide)
        else {
            continue;
        };
        match by_pose.iter_mut().find(|(p, _)| *p == pose) {
            Some((_, times)) => times.push(s),
            None => by_pose.push((pose, vec![s])),
        }
    }
    let mut out: Vec<StepRecord> = by_pose
        .into_iter()
        .filter(|(_, t)| t.len() >= MIN_PER_STEP)
        .map(|(pose, mut t)| StepRecord {
            pose,
            cramps: t.len(),
            median_s: median(&mut t),
        })
        .collect();
    sorted::sort_by(&mut out, |a, b| {
        a.median_s.cmp(&b.median_s).then(b.cramps.cmp(&a.cramps))
    });
    out
}

/// The fastest step, once there are enough cramps eased in the guide on at least two steps.
pub fn fastest(diary: &Diary) -> Option<Fastest> {
    let all = records(diary);
    let total: usize = all.iter().map(|r| r.cramps).sum();
    if total < MIN_CRAMPS || all.len() < 2 {
        return None;
    }
    let best = *all.iter().find(|r| r.cramps >= MIN_FASTEST)?;
    Some(Fastest {
        best,
        others: all.into_iter().filter(|r| r.pose != best.pose).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::{DiaryCmd, Draft};

    fn eased(diary: &mut Diary, pose: Pose, s: u32) {
        diary.apply(DiaryCmd::Add(Draft {
            duration_s: Some(s),
            eased_by: Some(pose),
            from_guide: true,
            ..Draft::default()
        }));
    }

    /// Hand-counted: standing on it eased 4 cramps in 40, 50, 45 and 200 s (median 45: the
    /// lower middle of 40, 45, 50, 200); pulling the toes up eased 3 in 90, 60 and 120 s
    /// (median 90); one on the wall lean (too few to compare).
    #[test]
    fn the_fastest_step_by_its_median_with_the_counts() {
        let mut diary = Diary::default();
        for s in [40, 50, 45, 200] {
            eased(&mut diary, Pose::StandLoad, s);
        }
        for s in [90, 60, 120] {
            eased(&mut diary, Pose::CalfPull, s);
        }
        eased(&mut diary, Pose::WallLean, 10);
        let f = fastest(&diary).expect("enough");
        assert_eq!(
            f.best,
            StepRecord {
                pose: Pose::StandLoad,
                cramps: 4,
                median_s: 45
            }
        );
        assert_eq!(
            f.others,
            vec![StepRecord {
                pose: Pose::CalfPull,
                cramps: 3,
                median_s: 90
            }]
        );
    }

    #[test]
    fn too_few_cramps_or_one_step_only_shows_nothing() {
        let mut diary = Diary::default();
        for s in [40, 50, 45, 200, 30, 20] {
            eased(&mut diary, Pose::CalfPull, s);
        }
        assert_eq!(fastest(&diary), None, "nothing to compare with");
        let mut few = Diary::default();
        eased(&mut few, Pose::CalfPull, 30);
        eased(&mut few, Pose::CalfPull, 40);
        eased(&mut few, Pose::StandLoad, 50);
        eased(&mut few, Pose::StandLoad, 60);
        assert_eq!(fastest(&few), None, "4 cramps");
        // Cramps logged by hand (no step known) never count.
        let mut hand = Diary::default();
        hand.apply(DiaryCmd::Add(Draft {
            duration_s: Some(10),
            eased_by: Some(Pose::CalfPull),
            from_guide: false,
            ..Draft::default()
        }));
        assert!(records(&hand).is_empty());
    }
}
