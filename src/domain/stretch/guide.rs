//! The running guide's decisions, as one pure step function.
//!
//! [`step`] takes the saved session ([`ActiveSession`]), what only this page knows
//! ([`Runtime`]: the previous reading, whether a tap unlocked sound), what happened
//! ([`Action`]) and the time, and returns what to do as data ([`Effect`]s: a cue to speak, a
//! chime, a vibration, an announcement, the tones to plan, the screen to keep on, a checklist
//! tick, a diary entry), whether the session must be saved, and when to step again. The view
//! ([`crate::features::stretch`]) renders [`Screen::of`] and carries the effects out; it
//! decides nothing. `tests/guide_model.rs` drives random sequences of actions and clock jumps
//! through it and checks the safety rules on every path.
//!
//! The safety rules it keeps (issue 20, REVIEW W10, K22):
//! - **The long-cramp rule.** A cramp counts from when it began until the person says it has
//!   eased ([`Session::cramping_since`]); "Still cramping" and "Start again" mean it has not.
//!   Once it has lasted 10 minutes the alert is open, whatever else happened: the routine
//!   ended, Stop, Start again, a pause, a reload, a hidden page, a clock set back. It opens by
//!   itself and is spoken once per cramp ([`Session::alert_raised`]).
//! - **No downgrade.** The finished screen of a cramp that has not eased asks "Still
//!   cramping?" and keeps the alert; "book an appointment" is only for a cramp that eased after
//!   more than 10 minutes.
//! - **The clot check** shows on every step of a Cramp-now routine: in full on the first, in
//!   one line on the others.

use crate::domain::diary::DiaryCmd;
use crate::domain::language::Lang;
use crate::domain::learn::safety;
use crate::domain::settings::StretchPrefs;
use crate::domain::stretch::routine::{Dose, Leg, Pose, RoutineKind, StepKind};
use crate::domain::stretch::timer::{
    clock_digits, cue_between, ActiveSession, ClotCheck, Cue, Ms, Position, Session, Settled,
    TimerCmd,
};

/// How a routine was started: by a tap on the page (sound and speech can be unlocked in it),
/// or by a link (the home-screen shortcut, the calendar reminder): then the guide is silent
/// until the first tap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartedBy {
    Tap,
    Link,
}

/// What happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Start a routine, unless one is running. The doses are the user's.
    Start {
        routine: RoutineKind,
        by: StartedBy,
        bedtime: Dose,
        daytime: Dose,
    },
    /// A control of the running guide (pause, skip, "It has eased", Stop …).
    Control(TimerCmd),
    /// A tap anywhere on the guide: the first one after a link start unlocks sound and says
    /// the step.
    Touch,
    /// Time passed: the timer fired, the page came back, or the app loaded a saved session.
    Tick,
    /// "Log this cramp", with the severity picked (if any). `start` is the cramp's start in
    /// local time (the shell knows the time zone).
    Log {
        severity: Option<u8>,
        start: chrono::NaiveDateTime,
    },
    /// The diary saved the entry under this id.
    Logged(u32),
    /// The tones the user turned on were lost (a phone call, Siri or another app took the
    /// audio): the guide offers "Tap to turn on sound" again; speech goes on.
    SoundLost,
    /// Close the guide.
    Close,
}

/// What only this page knows: not saved, so a reload starts it afresh.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Runtime {
    /// The previous reading's position, to find the cue between two readings (`None`: give one
    /// cue for where it is now).
    last: Option<Position>,
    /// A tap has unlocked speech (it stays unlocked).
    pub speech_on: bool,
    /// The tones can be heard: a tap unlocked them, and they were not lost since (a call or
    /// Siri can take the audio; then "Tap to turn on sound" shows again).
    pub sound_on: bool,
    /// The language the guide speaks and announces in (the app's, set by the shell).
    pub lang: Lang,
}

impl Runtime {
    /// A new page's runtime, speaking `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            ..Self::default()
        }
    }
}

/// The tones to plan for the end of the current step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tones {
    /// When the step ends (epoch ms): the 3-2-1 before it and the chime at it.
    pub end_at: Ms,
    /// The step is the last one (the end chime).
    pub last_step: bool,
}

/// Something for the shell to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Create or resume the audio context and prime speech: only inside the user's tap.
    Unlock,
    /// Say this, cutting off anything still being said.
    Speak(String),
    /// The chime of a step now (or of the end, `finished`).
    Chime {
        finished: bool,
    },
    Vibrate(&'static [u32]),
    /// For screen readers (a polite live region).
    Announce(String),
    /// Plan the step-end tones, replacing any planned; `None` cancels them.
    PlanTones(Option<Tones>),
    /// Stop speaking.
    Hush,
    /// Keep the screen on, or let it sleep.
    KeepAwake(bool),
    /// No session any more: give the audio back (the audio session to its default).
    ReleaseAudio,
    /// A prevention routine ended at `at`: tick it on the checklist for that moment's day.
    TickChecklist {
        routine: RoutineKind,
        at: Ms,
    },
    /// A stored session that does not fit this version's routines: keep it aside, tell the
    /// user, never run it.
    SetAside(Session),
    /// Save the cramp in the diary: a new entry ([`DiaryCmd::Add`]), or the one it was logged
    /// as again ([`DiaryCmd::Relog`]); then step with [`Action::Logged`].
    LogCramp(DiaryCmd),
}

/// What [`step`] returns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    pub effects: Vec<Effect>,
    /// The session changed: save it.
    pub save: bool,
    /// Step again (with [`Action::Tick`]) this many ms from now; `None` while nothing is due.
    pub wake_in: Option<u32>,
}

const STEP_BUZZ: &[u32] = &[200, 100, 200];
const COUNT_BUZZ: &[u32] = &[60];
const END_BUZZ: &[u32] = &[300, 150, 300, 150, 300];
const ALERT_BUZZ: &[u32] = &[400, 200, 400];
/// What the guide says at the end of a routine (or of a cramp said to have eased).
pub const SAID_AT_THE_END: &str = "That's the end. Well done.";
/// What it says at the end of the steps while the cramp has not been said to have eased: the
/// screen asks "Still cramping?", so "well done" would tell the person it is over.
pub const SAID_STILL_CRAMPING: &str =
    "The steps are done. Still cramping? Tap Start again. If it has eased, tap It has eased.";

/// The guide's own words in `lang`: said at the end (`still`: the cramp has not eased), and
/// announced to screen readers then. The Dutch names the Dutch buttons (`guide.start_again`,
/// `guide.eased` in `src/locales/nl.json`).
fn end_words(lang: Lang, still: bool) -> (&'static str, &'static str) {
    match (lang.words(), still) {
        (Lang::En, true) => (SAID_STILL_CRAMPING, "The steps are done. Still cramping?"),
        (Lang::En, false) => (SAID_AT_THE_END, "Finished. Well done."),
        (Lang::Nl, true) => (
            "Dit waren alle stappen. Hebt u nog kramp? Tik dan op de knop Opnieuw beginnen. Is de kramp weg? Tik op de knop De kramp is weg.",
            "Dit waren alle stappen. Nog steeds kramp?",
        ),
        (Lang::Nl, false) => ("Dat was de laatste stap. Goed gedaan.", "Klaar. Goed gedaan."),
    }
}

/// "Step 2 of 4" in `lang`.
fn step_of(lang: Lang, step: usize, count: usize) -> String {
    match lang.words() {
        Lang::En => format!("Step {step} of {count}"),
        Lang::Nl => format!("Stap {step} van {count}"),
    }
}

/// Applies `action` at `now`.
pub fn step(
    active: &mut ActiveSession,
    rt: &mut Runtime,
    action: Action,
    now: Ms,
    prefs: &StretchPrefs,
) -> Outcome {
    let before = active.clone();
    let mut out = Outcome::default();
    match action {
        Action::Start {
            routine,
            by,
            bedtime,
            daytime,
        } => {
            if by == StartedBy::Tap {
                unlock(rt, &mut out);
            }
            let running = active
                .session
                .as_ref()
                .is_some_and(|s| !s.position(now).finished);
            if !running {
                let mut fresh = Session::start(routine, bedtime, daytime, now);
                // A cramp that has not eased, started again from a link: the same cramp.
                if let Some(old) = active.session.as_ref().filter(|_| routine.is_cramp()) {
                    if let Some(since) = old.cramping_since() {
                        fresh.episode_started_at = Some(since);
                        fresh.alert_raised = old.alert_raised;
                        fresh.diary_id = old.diary_id;
                    }
                }
                active.session = Some(fresh);
                rt.last = None;
            }
        }
        Action::Control(cmd) => {
            if let Some(s) = active.session.as_mut() {
                let still = s.cramping_since().is_some();
                s.apply(cmd, now);
                if cmd == TimerCmd::Restart {
                    s.logged = false;
                    rt.last = None;
                }
                // "It has eased" on the finished screen (or under the alert): no step cue
                // follows, so the screen's change is announced here.
                if cmd == TimerCmd::Eased && still && s.position(now.max(s.last_seen)).finished {
                    out.effects.push(Effect::Announce(
                        match rt.lang.words() {
                            Lang::En => "The cramp has eased.",
                            Lang::Nl => "De kramp is over.",
                        }
                        .into(),
                    ));
                }
            }
        }
        Action::Touch => {
            if !rt.sound_on {
                unlock(rt, &mut out);
                // Say where it is now, with the sound just turned on.
                rt.last = None;
            }
        }
        Action::Tick => {}
        Action::Log { severity, start } => {
            if let Some(s) = active.session.as_ref() {
                if let Some(record) = s.cramp_record(now) {
                    let draft = record.draft(start, severity);
                    out.effects.push(Effect::LogCramp(match s.diary_id {
                        Some(id) => DiaryCmd::Relog(id, draft),
                        None => DiaryCmd::Add(draft),
                    }));
                }
            }
        }
        Action::Logged(id) => {
            if let Some(s) = active.session.as_mut() {
                s.logged = true;
                s.diary_id = Some(id);
            }
        }
        Action::Close => {
            active.session = None;
            rt.last = None;
        }
        Action::SoundLost => rt.sound_on = false,
    }
    tick(active, rt, now, prefs, &mut out);
    out.save = *active != before;
    out
}

fn unlock(rt: &mut Runtime, out: &mut Outcome) {
    rt.sound_on = true;
    rt.speech_on = true;
    out.effects.push(Effect::Unlock);
}

/// Reads the clock: settles the session's end, gives the cue due since the last reading,
/// raises the long-cramp alert once, keeps the screen on, and says when to wake next.
fn tick(
    active: &mut ActiveSession,
    rt: &mut Runtime,
    now: Ms,
    prefs: &StretchPrefs,
    out: &mut Outcome,
) {
    // A clock set back shifts the session first, so no time is lost or gained.
    if let Some(session) = active.session.as_mut() {
        session.observe(now);
    }
    settle(active, rt, now, out);
    let Some(session) = active.session.as_mut() else {
        out.effects.push(Effect::PlanTones(None));
        out.effects.push(Effect::Hush);
        out.effects.push(Effect::KeepAwake(false));
        out.effects.push(Effect::ReleaseAudio);
        return;
    };
    let now = now.max(session.last_seen);
    let pos = session.position(now);
    let cue = match rt.last {
        Some(before) => cue_between(&before, &pos),
        None => (!pos.finished && !pos.paused).then_some(Cue::Step(pos.step)),
    };
    rt.last = Some(pos);
    let steps = session.steps_in(rt.lang);
    let step_count = steps.len();
    match cue {
        Some(Cue::Step(i)) => {
            let step = &steps[i.min(step_count - 1)];
            if prefs.sound {
                out.effects.push(Effect::Chime { finished: false });
            }
            if prefs.speech && rt.speech_on {
                out.effects.push(Effect::Speak(step.spoken.clone()));
            }
            if prefs.vibration {
                out.effects.push(Effect::Vibrate(STEP_BUZZ));
            }
            out.effects.push(Effect::Announce(format!(
                "{}: {}. {}",
                step_of(rt.lang, i + 1, step_count),
                step.name,
                step.instruction
            )));
        }
        Some(Cue::Count(_)) if prefs.vibration => out.effects.push(Effect::Vibrate(COUNT_BUZZ)),
        Some(Cue::Count(_)) => {}
        Some(Cue::Finished) => {
            if prefs.sound {
                out.effects.push(Effect::Chime { finished: true });
            }
            let (said, announced) = end_words(rt.lang, session.cramping_since().is_some());
            if prefs.speech && rt.speech_on {
                out.effects.push(Effect::Speak(said.into()));
            }
            if prefs.vibration {
                out.effects.push(Effect::Vibrate(END_BUZZ));
            }
            out.effects.push(Effect::Announce(announced.into()));
        }
        None => {}
    }
    let unlocked = out.effects.contains(&Effect::Unlock);
    let long = session.long_cramp(now);
    if !long {
        // Eased: if it comes back, the alert opens (and is said) again.
        session.alert_raised = false;
    } else if !session.alert_raised || unlocked {
        // A safety message: said even over a step cue, once each time it opens (not again on
        // a reload or "Start again"), and again when a tap turns on the sound it could not be
        // heard with.
        let text = safety::long_cramp_alert_in(rt.lang).spoken;
        if prefs.speech && rt.speech_on {
            out.effects.push(Effect::Speak(text.clone()));
        }
        if !session.alert_raised {
            session.alert_raised = true;
            if prefs.vibration {
                out.effects.push(Effect::Vibrate(ALERT_BUZZ));
            }
            out.effects.push(Effect::Announce(text));
        }
    }
    let running = !pos.finished && !pos.paused;
    out.effects
        .push(Effect::PlanTones((running && prefs.sound).then(|| Tones {
            end_at: now.saturating_add(Ms::from(pos.remaining_ms)),
            last_step: pos.step + 1 >= step_count,
        })));
    if !running {
        out.effects.push(Effect::Hush);
    }
    out.effects.push(Effect::KeepAwake(running));
    // Wake for the next change on screen (the countdown's next second), the alert, or the
    // finished screen closing by itself, whichever comes first.
    let display = running.then(|| {
        let r = pos.remaining_ms;
        Ms::from(if r % 1000 == 0 { 1000 } else { r % 1000 })
    });
    let alert = session.long_cramp_due(now).map(|due| due - now);
    let close = session
        .finished_at(now)
        .map(|end| end.saturating_add(super::timer::FINISHED_KEEP_MS) + 1 - now);
    out.wake_in = [display, alert, close]
        .into_iter()
        .flatten()
        .min()
        .map(|ms| ms.clamp(4, i64::from(u32::MAX)) as u32);
}

/// Carries out the rules for a session's end ([`ActiveSession::settle`]) as effects.
fn settle(active: &mut ActiveSession, rt: &mut Runtime, now: Ms, out: &mut Outcome) {
    loop {
        match active.settle(now) {
            Settled::Nothing => return,
            Settled::Completed { routine, at } => {
                out.effects.push(Effect::TickChecklist { routine, at })
            }
            Settled::Closed => rt.last = None,
            Settled::Invalid(session) => out.effects.push(Effect::SetAside(session)),
        }
    }
}

/// How a finished session ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ending {
    /// Not finished.
    #[default]
    Running,
    /// A cramp the person has not said eased: "Still cramping?", with "Start again" and "It
    /// has eased" (and the alert, once it has lasted 10 minutes).
    StillCramping,
    /// A cramp that eased; `long`: it took more than 10 minutes (see a doctor about it).
    Eased { long: bool },
    /// A prevention routine.
    Routine { bedtime: bool },
}

/// What the guide screen shows at one moment.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Screen {
    pub title: String,
    /// "Step 2 of 4".
    pub counter: String,
    pub step_name: String,
    pub instruction: &'static str,
    /// "Next: Wall lean".
    pub next: String,
    /// The countdown: "45", "2:20".
    pub digits: String,
    pub seconds: u32,
    /// The ring's unfilled part, in thousandths.
    pub dash: u32,
    pub pose: Option<Pose>,
    pub paused: bool,
    pub finished: bool,
    /// "Still cramping +30 s" and "It has eased" apply.
    pub hold_until_eased: bool,
    pub cramp: bool,
    /// The long-cramp alert is open.
    pub alert: bool,
    /// The clot check (none while the alert, which names the clot signs, is open).
    pub clot_check: ClotCheck,
    pub ending: Ending,
    /// The cramp is in the diary (logged at this end).
    pub logged: bool,
    /// Logging it again updates the entry it was logged as.
    pub in_diary: bool,
}

impl Screen {
    /// What the guide shows of `session` at `now`, in `lang`.
    pub fn of(session: &Session, now: Ms, lang: Lang) -> Screen {
        let now = now.max(session.last_seen);
        let pos = session.position(now);
        let steps = session.steps_in(lang);
        let step = steps.get(pos.step);
        let kind = session.routine.title_in(lang);
        let title = match session.routine {
            // Dutch says the side short in the title ("links", as the prevention steps do):
            // "rechterbeen, achterkant bovenbeen" did not fit beside the red-flags button.
            RoutineKind::Cramp { muscle, leg, .. } => match (lang.words(), leg) {
                (Lang::Nl, Leg::Left) => format!("{kind} · links, {}", muscle.lower_in(lang)),
                (Lang::Nl, Leg::Right) => format!("{kind} · rechts, {}", muscle.lower_in(lang)),
                _ => match leg.phrase_in(lang) {
                    "" => format!("{kind} · {}", muscle.lower_in(lang)),
                    leg => format!("{kind} · {leg}, {}", muscle.lower_in(lang)),
                },
            },
            _ => kind.to_string(),
        };
        let cramp = session.routine.is_cramp();
        let ending = match (pos.finished, session.routine) {
            (false, _) => Ending::Running,
            (true, RoutineKind::Cramp { .. }) => match session.eased_at {
                None => Ending::StillCramping,
                Some(eased) => Ending::Eased {
                    long: eased.saturating_sub(session.episode_start())
                        >= super::timer::RED_FLAG_MS,
                },
            },
            (true, routine) => Ending::Routine {
                bedtime: matches!(routine, RoutineKind::Bedtime { .. }),
            },
        };
        Screen {
            title,
            counter: step_of(lang, pos.step + 1, steps.len()),
            step_name: step.map(|s| s.name.clone()).unwrap_or_default(),
            instruction: step.map_or("", |s| s.instruction),
            next: steps
                .get(pos.step + 1)
                .map(|n| match lang.words() {
                    Lang::En => format!("Next: {}", n.name),
                    Lang::Nl => format!("Hierna: {}", n.name),
                })
                .unwrap_or_default(),
            digits: clock_digits(pos.seconds_left()),
            seconds: pos.seconds_left(),
            dash: 1000 - pos.permille(),
            pose: step.map(|s| s.pose),
            paused: pos.paused,
            finished: pos.finished,
            hold_until_eased: !pos.finished
                && step.is_some_and(|s| s.kind == StepKind::HoldUntilEased),
            cramp,
            alert: session.long_cramp(now),
            clot_check: if session.long_cramp(now) {
                ClotCheck::None
            } else {
                session.clot_check(now)
            },
            ending,
            logged: session.logged,
            in_diary: session.diary_id.is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::stretch::routine::Muscle;
    use crate::domain::stretch::timer::RED_FLAG_MS;

    const T0: Ms = 1_764_300_000_000;
    const MIN: Ms = 60_000;

    fn calf() -> Action {
        Action::Start {
            routine: RoutineKind::Cramp {
                muscle: Muscle::Calf,
                leg: Leg::Left,
                first: None,
            },
            by: StartedBy::Tap,
            bedtime: Dose::BEDTIME,
            daytime: Dose::DAYTIME,
        }
    }

    struct Guide {
        active: ActiveSession,
        rt: Runtime,
        prefs: StretchPrefs,
    }

    impl Guide {
        fn new() -> Self {
            Guide {
                active: ActiveSession::default(),
                rt: Runtime::default(),
                prefs: StretchPrefs::default(),
            }
        }
        fn at(&mut self, t: Ms, action: Action) -> Outcome {
            step(&mut self.active, &mut self.rt, action, T0 + t, &self.prefs)
        }
        fn screen(&self, t: Ms) -> Screen {
            Screen::of(
                self.active.session.as_ref().expect("open"),
                T0 + t,
                Lang::En,
            )
        }
    }

    fn spoken(out: &Outcome) -> Vec<&str> {
        out.effects
            .iter()
            .filter_map(|e| match e {
                Effect::Speak(text) => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    fn alert_said(out: &Outcome) -> bool {
        spoken(out)
            .iter()
            .any(|t| t.starts_with("This cramp has lasted"))
    }

    #[test]
    fn a_tap_start_unlocks_sound_and_says_the_first_step_with_the_clot_check() {
        let mut g = Guide::new();
        let out = g.at(0, calf());
        assert_eq!(out.effects[0], Effect::Unlock);
        assert!(spoken(&out)[0].starts_with(safety::CLOT_CHECK_SPOKEN));
        assert!(out.save);
        assert_eq!(out.wake_in, Some(1000));
        assert!(out.effects.contains(&Effect::KeepAwake(true)));
        assert_eq!(g.screen(0).clot_check, ClotCheck::Full);
    }

    /// Issue 23: a Dutch page's guide speaks, announces and shows Dutch from the clot check to
    /// the end and the 10-minute alert, with the same steps and times as the English.
    #[test]
    fn a_dutch_guide_speaks_and_shows_dutch_on_the_whole_path() {
        let mut g = Guide::new();
        g.rt = Runtime::new(Lang::Nl);
        let dutch = safety::guide_safety(Lang::Nl);
        let out = g.at(0, calf());
        assert!(spoken(&out)[0].starts_with(dutch.clot_check_spoken));
        assert!(spoken(&out)[0].contains("Trek uw tenen naar u toe."));
        let announced = |out: &Outcome| {
            out.effects
                .iter()
                .filter_map(|e| match e {
                    Effect::Announce(text) => Some(text.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(announced(&out)[0].split(':').next(), Some("Stap 1 van 4"));
        let session = g.active.session.as_ref().expect("open");
        let screen = Screen::of(session, T0, Lang::Nl);
        assert_eq!(screen.title, "Kramp nu · links, kuit");
        assert_eq!(screen.counter, "Stap 1 van 4");
        assert_eq!(screen.next, "Hierna: Op uw been staan");
        assert_eq!(screen.step_name, "Tenen naar u toe");
        // The same steps and times: the English screen at any moment is on the same step.
        for t in [0, 29_999, 30_000, 95_000, 200_000] {
            let en = Screen::of(session, T0 + t, Lang::En);
            let nl = Screen::of(session, T0 + t, Lang::Nl);
            assert_eq!(
                (en.digits, en.pose, en.finished),
                (nl.digits, nl.pose, nl.finished)
            );
        }
        // The end of the steps, not eased: Dutch, and no "goed gedaan".
        let mut end = Vec::new();
        for t in (1..=200).map(|s| s * 1_000) {
            let out = g.at(t, Action::Tick);
            end.extend(spoken(&out).iter().map(|s| s.to_string()));
            end.extend(announced(&out));
        }
        assert!(end
            .iter()
            .any(|s| s.starts_with("Dit waren alle stappen. Hebt u nog kramp?")));
        assert!(end
            .iter()
            .all(|s| !s.contains("Goed gedaan") && !s.contains("Step ")));
        // Ten minutes on: the Dutch alert, said once.
        let out = g.at(10 * 60_000, Action::Tick);
        let said = spoken(&out);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].starts_with(dutch.alert_spoken_lead) && said[0].contains("112"));
    }

    #[test]
    fn a_link_start_is_silent_until_the_first_touch() {
        let mut g = Guide::new();
        let out = g.at(
            0,
            Action::Start {
                routine: RoutineKind::Cramp {
                    muscle: Muscle::Calf,
                    leg: Leg::Unsaid,
                    first: None,
                },
                by: StartedBy::Link,
                bedtime: Dose::BEDTIME,
                daytime: Dose::DAYTIME,
            },
        );
        assert!(spoken(&out).is_empty() && !out.effects.contains(&Effect::Unlock));
        let out = g.at(2_000, Action::Touch);
        assert_eq!(out.effects[0], Effect::Unlock);
        assert_eq!(spoken(&out).len(), 1, "the step, now that it can be heard");
        assert!(spoken(&g.at(2_500, Action::Touch)).is_empty(), "once");
    }

    /// Issue 20 §2, path 1: "It has eased" at 5 s, then "Still cramping" for 12 minutes.
    #[test]
    fn eased_then_still_cramping_raises_the_alert_at_ten_minutes() {
        let mut g = Guide::new();
        g.at(0, calf());
        g.at(5_000, Action::Control(TimerCmd::Eased));
        let mut said = 0;
        let mut t = 6_000;
        while t < 12 * MIN {
            let out = g.at(t, Action::Control(TimerCmd::Extend));
            said += usize::from(alert_said(&out));
            let out = g.at(t + 1, Action::Tick);
            said += usize::from(alert_said(&out));
            assert_eq!(g.screen(t + 1).alert, t + 1 >= RED_FLAG_MS, "at {t}");
            t += 20_000;
        }
        assert_eq!(said, 1, "spoken once");
    }

    /// Path 2: the routine ends, or Stop, while still cramping after 10 minutes: the urgent
    /// alert stays and the finished screen does not say "book an appointment" (REVIEW W10).
    #[test]
    fn the_end_of_the_routine_keeps_the_urgent_alert() {
        for stop in [false, true] {
            let mut g = Guide::new();
            g.at(0, calf());
            for i in 0..20 {
                g.at(i * 1_000, Action::Control(TimerCmd::Extend));
            }
            g.at(RED_FLAG_MS + 1_000, Action::Tick);
            assert!(g.screen(RED_FLAG_MS + 1_000).alert);
            let end = if stop {
                g.at(RED_FLAG_MS + 2_000, Action::Control(TimerCmd::Finish));
                RED_FLAG_MS + 2_000
            } else {
                g.at(40 * MIN, Action::Tick);
                40 * MIN
            };
            let screen = g.screen(end);
            assert!(screen.finished);
            assert!(screen.alert, "stop={stop}");
            assert_eq!(screen.ending, Ending::StillCramping);
        }
    }

    /// Path 2 again: Start again after 10 minutes keeps the alert and does not say it again.
    #[test]
    fn start_again_keeps_the_alert_without_saying_it_twice() {
        let mut g = Guide::new();
        g.at(0, calf());
        g.at(150_000, Action::Control(TimerCmd::Restart));
        g.at(300_000, Action::Control(TimerCmd::Restart));
        g.at(450_000, Action::Control(TimerCmd::Restart));
        let out = g.at(RED_FLAG_MS, Action::Tick);
        assert!(alert_said(&out));
        let out = g.at(RED_FLAG_MS + 5_000, Action::Control(TimerCmd::Restart));
        assert!(g.screen(RED_FLAG_MS + 5_000).alert);
        assert!(!alert_said(&out));
    }

    /// Path 3: a finished cramp that was never said to have eased wakes the guide when the
    /// alert is due, with no tick in between (a paused or finished guide has no countdown).
    #[test]
    fn a_paused_or_finished_guide_wakes_for_the_alert() {
        let mut g = Guide::new();
        g.at(0, calf());
        let out = g.at(60_000, Action::Control(TimerCmd::Pause));
        assert_eq!(out.wake_in, Some((RED_FLAG_MS - 60_000) as u32));
        let out = g.at(RED_FLAG_MS - 60_000 + 60_000, Action::Tick);
        assert!(alert_said(&out));
        assert!(g.screen(RED_FLAG_MS).alert && g.screen(RED_FLAG_MS).paused);
    }

    #[test]
    fn a_reload_keeps_the_count_and_does_not_say_the_alert_again() {
        use crate::domain::saved::schema::{decode, encode};
        let mut g = Guide::new();
        g.at(0, calf());
        g.at(RED_FLAG_MS + 1, Action::Tick);
        let mut reloaded = Guide {
            active: decode(&encode(&g.active)).expect("round trip"),
            rt: Runtime::default(),
            prefs: StretchPrefs::default(),
        };
        let out = reloaded.at(RED_FLAG_MS + 2_000, Action::Tick);
        assert!(!alert_said(&out));
        assert!(reloaded.screen(RED_FLAG_MS + 2_000).alert);
    }

    #[test]
    fn it_has_eased_on_the_finished_screen_ends_the_cramp() {
        let mut g = Guide::new();
        g.at(0, calf());
        g.at(3 * MIN, Action::Tick);
        assert_eq!(g.screen(3 * MIN).ending, Ending::StillCramping);
        g.at(4 * MIN, Action::Control(TimerCmd::Eased));
        assert_eq!(g.screen(4 * MIN).ending, Ending::Eased { long: false });
        assert!(!g.screen(20 * MIN).alert);
        // Eased after 12 minutes: see a doctor about it (the `often-long` flag).
        let mut g = Guide::new();
        g.at(0, calf());
        g.at(12 * MIN, Action::Control(TimerCmd::Eased));
        assert_eq!(g.screen(12 * MIN).ending, Ending::Eased { long: true });
    }

    #[test]
    fn a_bedtime_routine_ticks_the_checklist_once_when_it_ends() {
        let mut g = Guide::new();
        g.at(
            0,
            Action::Start {
                routine: RoutineKind::Bedtime { seated: false },
                by: StartedBy::Tap,
                bedtime: Dose::BEDTIME,
                daytime: Dose::DAYTIME,
            },
        );
        let out = g.at(10 * MIN, Action::Tick);
        let ticks = |out: &Outcome| {
            out.effects
                .iter()
                .filter(|e| matches!(e, Effect::TickChecklist { .. }))
                .count()
        };
        assert_eq!(ticks(&out), 1);
        assert_eq!(ticks(&g.at(10 * MIN + 1, Action::Tick)), 0);
        assert!(!g.screen(10 * MIN).alert);
    }

    #[test]
    fn logging_adds_once_then_updates_the_same_entry() {
        let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 5)
            .and_then(|d| d.and_hms_opt(3, 10, 0))
            .expect("valid");
        let mut g = Guide::new();
        g.at(0, calf());
        g.at(65_000, Action::Control(TimerCmd::Eased));
        g.at(70_000, Action::Control(TimerCmd::Finish));
        let out = g.at(
            80_000,
            Action::Log {
                severity: Some(6),
                start,
            },
        );
        let Some(Effect::LogCramp(DiaryCmd::Add(draft))) = out.effects.first() else {
            panic!("{:?}", out.effects);
        };
        assert_eq!((draft.duration_s, draft.severity), (Some(65), Some(6)));
        g.at(81_000, Action::Logged(7));
        assert!(g.screen(81_000).logged);
        // It came back: Start again, then logged again updates entry 7.
        g.at(90_000, Action::Control(TimerCmd::Restart));
        assert!(!g.screen(90_000).logged && g.screen(90_000).in_diary);
        g.at(200_000, Action::Control(TimerCmd::Eased));
        let out = g.at(
            210_000,
            Action::Log {
                severity: None,
                start,
            },
        );
        assert!(matches!(
            out.effects.first(),
            Some(Effect::LogCramp(DiaryCmd::Relog(7, draft))) if draft.duration_s == Some(200)
        ));
    }

    #[test]
    fn lost_sound_is_offered_again_and_the_next_touch_turns_it_on() {
        let mut g = Guide::new();
        g.at(0, calf());
        assert!(g.rt.sound_on);
        g.at(5_000, Action::SoundLost);
        assert!(!g.rt.sound_on && g.rt.speech_on, "the voice goes on");
        let out = g.at(6_000, Action::Touch);
        assert_eq!(out.effects[0], Effect::Unlock, "every time it is needed");
        assert_eq!(spoken(&out).len(), 1, "and the step is said again");
    }

    #[test]
    fn close_ends_it_and_lets_the_screen_sleep() {
        let mut g = Guide::new();
        g.at(0, calf());
        let out = g.at(1_000, Action::Close);
        assert!(g.active.session.is_none());
        assert!(out.effects.contains(&Effect::KeepAwake(false)));
        assert!(out.effects.contains(&Effect::PlanTones(None)));
        assert!(out.effects.contains(&Effect::ReleaseAudio));
        assert_eq!(out.wake_in, None);
    }
}
