//! The running guide's shell: it feeds what happens (a tap, the timer, the page coming back)
//! to the pure step function `domain::stretch::guide::step`, saves the session when it says
//! so, and carries out its effects with the browser (cues, wake lock, the diary, the
//! checklist). What to say, when the 10-minute alert opens and how a session ends are all
//! decided there; [`GuideOverlay`] only renders `Screen`.

mod overlay;

pub use overlay::GuideOverlay;

use super::cues;
use crate::browser;
use crate::domain::checklist::{Builtin, ChecklistCmd};
use crate::domain::saved::schema::{encode, Schema};
use crate::domain::stretch::guide::{self as core, Action, Effect as Do, Runtime, StartedBy};
use crate::domain::stretch::routine::RoutineKind;
use crate::domain::stretch::timer::{ActiveSession, Ms, Session, TimerCmd};
use crate::domain::time::logical_day;
use crate::state::clock::Clock;
use crate::state::shared::{Busy, StretchOpen};
use crate::state::Stores;
use crate::storage::{self, Reason, Report, Reports};
use leptos::prelude::*;

/// The guide's state, shared through context.
#[derive(Clone, Copy)]
pub struct Guide {
    stores: Stores,
    /// The minute clock and the logical day (for the checklist tick when a routine ends).
    clock: Clock,
    /// The clock as of the latest step.
    pub now: RwSignal<Ms>,
    /// The screen wake lock is held.
    pub awake: RwSignal<bool>,
    /// A tap has unlocked sound and speech (a start from the home-screen shortcut has none).
    pub sound_on: RwSignal<bool>,
    /// Why the cramp could not be saved in the diary, if it could not.
    pub log_error: RwSignal<Option<String>>,
    /// Screen-reader announcement (once per step).
    pub announce: RwSignal<String>,
    runtime: StoredValue<Runtime>,
    reports: Reports,
    timer: StoredValue<Option<TimeoutHandle>>,
}

fn now_ms() -> Ms {
    browser::now_ms() as Ms
}

impl Guide {
    /// A session is open (running, paused, or finished and not yet closed).
    pub fn is_open(&self) -> bool {
        self.stores.session.with(|a| a.session.is_some())
    }

    /// A session is running or paused (not finished).
    pub fn is_running(&self) -> bool {
        let now = self.now.get();
        self.stores.session.with(|a| {
            a.session
                .as_ref()
                .is_some_and(|s| !s.position(now.max(s.last_seen)).finished)
        })
    }

    /// The open session, if any (not tracked).
    pub fn session(&self) -> Option<Session> {
        self.stores.session.with_untracked(|a| a.session.clone())
    }

    /// Starts `routine` (unless one is running). `by`: a tap on the page (call it from the
    /// tap, so sound and speech unlock), or a link, a shortcut or a held tap (silent until the
    /// first tap on the guide).
    pub fn start(&self, routine: RoutineKind, by: StartedBy) {
        let prefs = self.stores.settings.with_untracked(|s| s.stretch);
        // A cramp starts with the step the person chose (what eases theirs fastest), if any.
        let routine = match routine {
            RoutineKind::Cramp { muscle, leg, .. } => RoutineKind::Cramp {
                muscle,
                leg,
                first: prefs.start_with,
            },
            other => other,
        };
        self.log_error.set(None);
        self.act(Action::Start {
            routine,
            by,
            bedtime: prefs.bedtime,
            daytime: prefs.daytime,
        });
    }

    /// A control of the running guide.
    pub fn control(&self, cmd: TimerCmd) {
        self.act(Action::Control(cmd));
    }

    /// Logs the cramp in the diary with the severity picked (if any).
    pub fn log(&self, severity: Option<u8>) {
        let Some(session) = self.session() else {
            return;
        };
        let start = browser::local_datetime(session.episode_start() as f64);
        self.act(Action::Log { severity, start });
    }

    /// Steps the guide: the step function decides, this carries it out and sets the timer.
    pub fn act(&self, action: Action) {
        self.stop_timer();
        let now = now_ms();
        let prefs = self.stores.settings.with_untracked(|s| s.stretch);
        let mut active = self.stores.session.get_untracked();
        let mut runtime = self.runtime.get_value();
        let out = core::step(&mut active, &mut runtime, action, now, &prefs);
        if runtime.sound_on != self.sound_on.get_untracked() {
            self.sound_on.set(runtime.sound_on);
        }
        self.runtime.set_value(runtime);
        if out.save {
            self.stores.session.update(|a| *a = active);
        }
        self.now.set(now);
        for effect in out.effects {
            self.carry_out(effect, now, prefs.rate());
        }
        // The sound turned on in a tap can be lost (a call, Siri): offer the tap again.
        if self.sound_on.get_untracked() && prefs.sound && cues::sound_lost() {
            self.act(Action::SoundLost);
        }
        // An effect may have stepped again (a diary save) and set its own timer: this one wins.
        self.stop_timer();
        if let Some(ms) = out.wake_in {
            let this = *self;
            let handle = set_timeout_with_handle(
                move || this.act(Action::Tick),
                std::time::Duration::from_millis(u64::from(ms)),
            )
            .ok();
            self.timer.set_value(handle);
        }
    }

    fn stop_timer(&self) {
        if let Some(handle) = self.timer.try_update_value(|t| t.take()).flatten() {
            handle.clear();
        }
    }

    fn carry_out(&self, effect: Do, now: Ms, rate: f32) {
        match effect {
            Do::Unlock => cues::unlock(),
            Do::Speak(text) => cues::speak(&text, rate),
            Do::Chime { finished } => cues::chime_now(now as f64, finished),
            Do::Vibrate(pattern) => cues::vibrate(pattern),
            Do::Announce(text) => self.announce.set(text),
            Do::PlanTones(tones) => cues::plan_step_end(
                tones.map(|t| t.end_at as f64),
                now as f64,
                tones.is_some_and(|t| t.last_step),
            ),
            Do::Hush => cues::hush(),
            Do::KeepAwake(on) => cues::keep_awake(on, self.awake),
            Do::ReleaseAudio => cues::release(),
            Do::TickChecklist { routine, at } => self.tick_checklist(routine, at),
            Do::SetAside(session) => self.set_aside(session, now),
            Do::LogCramp(cmd) => {
                let mut id = None;
                let saved = self.stores.diary.try_update(|d| id = d.apply(cmd));
                let lang = crate::translations::shown();
                self.log_error.set(saved.err().map(|e| e.describe_in(lang)));
                if let Some(id) = id {
                    self.act(Action::Logged(id));
                }
            }
        }
    }

    /// A prevention routine's checklist item, ticked on the logical day of the moment it
    /// ended (`at`), which is not "today" when it ended while the app was closed (03:50
    /// start, 04:00 day start: the evening before).
    fn tick_checklist(&self, routine: RoutineKind, at: Ms) {
        let builtin = match routine {
            RoutineKind::Bedtime { .. } => Builtin::BedtimeStretch,
            RoutineKind::Daytime => Builtin::DaytimeStretch,
            RoutineKind::Cramp { .. } => return,
        };
        let start = self
            .stores
            .settings
            .with_untracked(|s| s.day_start.minutes());
        let day = logical_day(browser::local_datetime(at as f64), start);
        let today = self.clock.today_untracked();
        self.stores
            .checklist
            .update(|c| c.apply(ChecklistCmd::Tick { day, builtin }, today));
    }

    /// A stored session that does not fit this version's routines: kept aside, reported.
    fn set_aside(&self, session: Session, now: Ms) {
        let raw = encode(&ActiveSession {
            session: Some(session),
            unlogged: None,
        });
        let aside_key = storage::keep_aside(ActiveSession::KEY, &raw, now as f64).ok();
        self.reports.push(Report::Unreadable {
            label: ActiveSession::LABEL,
            reason: Reason::SessionMisfit,
            aside_key,
            raw,
        });
    }
}

/// Provides [`Guide`], [`Busy`] and [`StretchOpen`]; resumes a saved session (a reload) and
/// starts the guide when the app was opened from a shortcut or the reminder
/// (`?start=cramp`, `?start=bedtime`), or with `tapped` when "Cramp now" was tapped while the
/// app was loading.
pub fn provide_guide(stores: Stores, tapped: Option<RoutineKind>) -> Guide {
    let guide = Guide {
        stores,
        clock: expect_context::<Clock>(),
        now: RwSignal::new(now_ms()),
        awake: RwSignal::new(false),
        sound_on: RwSignal::new(false),
        log_error: RwSignal::new(None),
        announce: RwSignal::new(String::new()),
        runtime: StoredValue::new(Runtime::new(crate::translations::shown())),
        reports: expect_context::<Reports>(),
        timer: StoredValue::new(None),
    };
    // An old, finished or invalid session is settled before anything shows it.
    if stores.session.with_untracked(|a| a.session.is_some()) {
        guide.act(Action::Tick);
    }
    provide_context(guide);
    // Memos: the session is saved at every step, these change far less often.
    provide_context(Busy(Memo::new(move |_| guide.is_running()).into()));
    provide_context(StretchOpen(Memo::new(move |_| guide.is_open()).into()));
    use_ticker(guide);

    if let Some(routine) = tapped {
        guide.start(routine, StartedBy::Link);
    }
    let location = window().location();
    let search = location.search().unwrap_or_default();
    // The home-screen shortcuts and the reminder's link: "Cramp now" and "Bedtime stretch"; and
    // a tap held on "Cramp now" that index.html's start script carried over to the build of
    // the language kept offline.
    let seated = stores.settings.with_untracked(|s| s.stretch.seated);
    let start = RoutineKind::asked_in_query(&search, seated);
    if let Some(routine) = start {
        guide.start(routine, StartedBy::Link);
        // Drop the query, so a reload resumes rather than restarts.
        let clean = location.pathname().unwrap_or_else(|_| "./".into());
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
        }
    }
    guide
}

/// Steps the guide when a session opens (here, or in another tab) and when the page comes
/// back (visible again, a frozen page resumed, a restored page).
fn use_ticker(guide: Guide) {
    let open = Memo::new(move |_| guide.is_open());
    // Syncs with the outside world only: it starts the timer; the step runs in its own task.
    Effect::new(move |_| {
        if open.get() {
            set_timeout(move || guide.act(Action::Tick), std::time::Duration::ZERO);
        }
    });
    let back = move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible
            && guide.stores.session.with_untracked(|a| a.session.is_some())
        {
            guide.act(Action::Tick);
        }
    };
    let visible = window_event_listener_untyped("visibilitychange", back);
    let shown = window_event_listener_untyped("pageshow", back);
    let focus = window_event_listener_untyped("focus", back);
    on_cleanup(move || {
        visible.remove();
        shown.remove();
        focus.remove();
    });
}
