//! The stretch timer as a state machine (issue 13): any sequence of pause, resume, "+30 s",
//! "It has eased", skip, back, restart, finish and clock jumps (forwards and back) keeps the
//! position inside the routine, the time left within the step's bounds, and never panics.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use uncramp::domain::stretch::routine::{Dose, Leg, Muscle, RoutineKind, BLOCK_MS};
use uncramp::domain::stretch::timer::{Ms, Session, TimerCmd};

#[derive(Debug, Clone)]
enum Step {
    Cmd(usize),
    /// Time passes (ms), possibly backwards (a clock set back).
    Clock(i64),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0usize..8).prop_map(Step::Cmd),
        (-4_000_000i64..4_000_000).prop_map(Step::Clock),
        (0i64..40_000).prop_map(Step::Clock),
    ]
}

fn routine() -> impl Strategy<Value = RoutineKind> {
    prop_oneof![
        (0usize..4, 0usize..3).prop_map(|(m, l)| RoutineKind::Cramp {
            muscle: Muscle::ALL[m],
            leg: [Leg::Unsaid, Leg::Left, Leg::Right][l],
            first: None
        }),
        any::<bool>().prop_map(|seated| RoutineKind::Bedtime { seated }),
        Just(RoutineKind::Daytime),
    ]
}

const CMDS: [TimerCmd; 8] = [
    TimerCmd::Pause,
    TimerCmd::Resume,
    TimerCmd::Skip,
    TimerCmd::Back,
    TimerCmd::Extend,
    TimerCmd::Eased,
    TimerCmd::Restart,
    TimerCmd::Finish,
];

proptest! {
    #![proptest_config(common::property_config(3000))]

    #[test]
    fn any_sequence_keeps_the_position_inside_the_routine(
        kind in routine(),
        steps in prop::collection::vec(step(), 0..40),
    ) {
        const T0: Ms = 1_764_300_000_000;
        let mut s = Session::start(kind, Dose::BEDTIME, Dose::DAYTIME, T0);
        let planned: Vec<u32> = s.durations.clone();
        let mut now = T0;
        for st in steps {
            match st {
                Step::Cmd(c) => s.apply(CMDS[c], now),
                Step::Clock(d) => {
                    now = now.saturating_add(d);
                    s.observe(now);
                }
            }
            prop_assert!(s.is_valid(), "stays a session this build can run");
            let p = s.position(now);
            prop_assert!(p.step < s.durations.len());
            if p.finished {
                prop_assert_eq!(p.remaining_ms, 0);
            } else {
                let len = s.durations[p.step];
                prop_assert!(p.remaining_ms >= 1 && p.remaining_ms <= len);
                prop_assert_eq!(p.into_ms + p.remaining_ms, len);
                // A step is never shorter than planned, nor longer than an hour of "+30 s".
                prop_assert!(len >= planned[p.step]);
                prop_assert!(len <= planned[p.step] + 120 * BLOCK_MS);
            }
            prop_assert!(p.permille() <= 1000);
            prop_assert!(s.cramp_duration_ms(now) >= 0);
        }
    }
}
