//! The running guide: a full-screen overlay with the countdown, the step, its picture, and
//! big one-thumb controls; it ticks, cues, keeps the screen on, and offers to log the cramp.

use super::art;
use super::cues;
use crate::browser;
use crate::domain::diary::{DiaryCmd, Draft};
use crate::domain::learn::safety::{self, Level, AFTER_LONG_CRAMP, CLOT_CHECK, CLOT_CHECK_LINK};
use crate::domain::saved::schema::{encode, Schema};
use crate::domain::stretch::routine::{RoutineKind, StepKind};
use crate::domain::stretch::timer::{
    clock_digits, cue_between, ActiveSession, Cue, Ms, Position, Session, Settled, TimerCmd,
};
use crate::domain::time::LocalMinute;
use crate::state::clock::Clock;
use crate::state::Stores;
use crate::storage::{self, Persisted, Report, Reports};
use crate::ui::act::{read, ViewCmd};
use crate::ui::markup::Markup;
use leptos::prelude::*;

crate::view_commands! {
    /// What the guide's controls do.
    pub enum GuideCmd {
        Pause = "pause",
        Resume = "resume",
        Skip = "skip",
        Back = "back",
        Extend = "extend",
        Eased = "eased",
        Restart = "restart",
        Stop = "stop",
        Close = "close",
        Flags = "flags",
        Log = "log",
        Unlock = "unlock",
        ;
        Severity(u8) = "sev",
    }
}

/// The guide's state, shared through context.
#[derive(Clone, Copy)]
pub struct Guide {
    pub store: Persisted<ActiveSession>,
    /// The minute clock and the logical day (for the checklist tick when a routine ends).
    clock: Clock,
    /// The clock as of the latest tick.
    pub now: RwSignal<Ms>,
    /// The screen wake lock is held.
    pub awake: RwSignal<bool>,
    /// A tap has unlocked sound and speech (a start from the home-screen shortcut has none).
    pub sound_on: RwSignal<bool>,
    /// The cramp was logged in the diary: its id, and why it could not be saved (if so).
    pub logged: RwSignal<Option<(u32, Option<String>)>>,
    /// Screen-reader announcement (once per step).
    pub announce: RwSignal<String>,
    /// The previous tick's position, to find the cue between two ticks.
    last: StoredValue<Option<Position>>,
    /// Whether the previous tick showed the 10-minute alert (it is spoken once, when it comes).
    alerted: StoredValue<bool>,
    reports: Reports,
    timer: StoredValue<Option<TimeoutHandle>>,
}

fn now_ms() -> Ms {
    browser::now_ms() as Ms
}

impl Guide {
    pub fn new(store: Persisted<ActiveSession>, reports: Reports, clock: Clock) -> Self {
        Self {
            reports,
            store,
            clock,
            now: RwSignal::new(now_ms()),
            awake: RwSignal::new(false),
            sound_on: RwSignal::new(false),
            logged: RwSignal::new(None),
            announce: RwSignal::new(String::new()),
            last: StoredValue::new(None),
            alerted: StoredValue::new(false),
            timer: StoredValue::new(None),
        }
    }

    /// A session is open (running, paused, or finished and not yet closed).
    pub fn is_open(&self) -> bool {
        self.store.with(|a| a.session.is_some())
    }

    /// A session is running or paused (not finished).
    pub fn is_running(&self) -> bool {
        let now = self.now.get();
        self.store.with(|a| {
            a.session
                .as_ref()
                .is_some_and(|s| !s.position(now).finished)
        })
    }

    /// Starts a routine. Call it from the user's tap, so sound and speech unlock.
    pub fn start(&self, routine: RoutineKind, stores: Stores, from_tap: bool) {
        if from_tap {
            cues::unlock();
            self.sound_on.set(true);
        }
        let prefs = stores.settings.with_untracked(|s| s.stretch);
        let now = now_ms();
        self.last.set_value(None);
        self.logged.set(None);
        self.store.update(|a| {
            a.session = Some(Session::start(routine, prefs.bedtime, prefs.daytime, now))
        });
        self.tick(stores);
    }

    /// A command from the controls, then an immediate tick.
    pub fn command(&self, cmd: TimerCmd, stores: Stores) {
        let now = now_ms();
        self.store.update(|a| {
            if let Some(s) = a.session.as_mut() {
                s.apply(cmd, now);
            }
        });
        if cmd == TimerCmd::Restart {
            self.last.set_value(None);
        }
        self.tick(stores);
    }

    /// Closes a finished (or stopped) session.
    pub fn close(&self) {
        self.stop_timer();
        cues::silence();
        cues::hush();
        cues::keep_awake(false, self.awake);
        self.last.set_value(None);
        self.store.update(|a| a.session = None);
    }

    fn stop_timer(&self) {
        if let Some(handle) = self.timer.try_update_value(|t| t.take()).flatten() {
            handle.clear();
        }
    }

    /// Carries out what the session's end calls for (`ActiveSession::settle`, the rules are
    /// in the domain): a checklist tick on the day the routine ended, closing an old session
    /// (a cramp not logged becomes the home view's quiet offer), setting aside one that does
    /// not fit its routine.
    pub fn settle(&self, stores: Stores, now: Ms) {
        loop {
            let mut active = self.store.with_untracked(|a| a.clone());
            let settled = active.settle(now);
            if settled == Settled::Nothing {
                return;
            }
            self.store.update(|a| *a = active);
            match settled {
                Settled::Nothing => return,
                Settled::Completed { routine, at } => {
                    super::on_routine_completed(routine, at, stores, self.clock)
                }
                Settled::Closed => {
                    self.stop_timer();
                    cues::silence();
                    cues::hush();
                    cues::keep_awake(false, self.awake);
                    self.last.set_value(None);
                }
                Settled::Invalid(session) => {
                    let raw = encode(&ActiveSession {
                        session: Some(session),
                        unlogged: None,
                    });
                    let aside_key = storage::keep_aside(ActiveSession::KEY, &raw, now as f64).ok();
                    self.reports.push(Report::Unreadable {
                        label: ActiveSession::LABEL,
                        reason:
                            "its steps do not fit this version's routines, so it was not resumed"
                                .into(),
                        aside_key,
                        raw,
                    });
                }
            }
        }
    }

    /// Reads the clock, cues what is due, keeps the screen on, and schedules the next tick
    /// for the moment the display next changes.
    pub fn tick(&self, stores: Stores) {
        self.stop_timer();
        let now = now_ms();
        self.settle(stores, now);
        let Some(mut session) = self.store.with_untracked(|a| a.session.clone()) else {
            cues::keep_awake(false, self.awake);
            cues::silence();
            return;
        };
        if session.observe(now) {
            // The clock jumped back: keep the shifted session.
            self.store.update(|a| {
                if let Some(s) = a.session.as_mut() {
                    s.observe(now);
                }
            });
        }
        self.now.set(now);
        let pos = session.position(now);
        let prefs = stores.settings.with_untracked(|s| s.stretch);
        let cue = match self.last.get_value() {
            Some(before) => cue_between(&before, &pos),
            // First tick (start or reload): one cue for where it is now.
            None => (!pos.finished && !pos.paused).then_some(Cue::Step(pos.step)),
        };
        self.last.set_value(Some(pos));
        if matches!(cue, Some(Cue::Step(_) | Cue::Finished)) {
            // Saved at each step, so a session ended with the app closed knows how long it was
            // watched (a cramp's length, in the "log that cramp?" offer).
            self.store.update(|a| {
                if let Some(s) = a.session.as_mut() {
                    s.observe(now);
                }
            });
        }
        let alert = session.red_flag(now);
        let new_alert = alert && !self.alerted.get_value();
        self.alerted.set_value(alert);
        let step_count = session.durations.len();
        if let Some(cue) = cue {
            match cue {
                Cue::Step(i) => {
                    let steps = session.steps();
                    let step = &steps[i.min(steps.len() - 1)];
                    if prefs.sound {
                        cues::chime_now(now as f64, false);
                    }
                    if prefs.speech {
                        cues::speak(&step.spoken, prefs.rate());
                    }
                    if prefs.vibration {
                        cues::vibrate(&[200, 100, 200]);
                    }
                    self.announce.set(format!(
                        "Step {} of {}: {}. {}",
                        i + 1,
                        steps.len(),
                        step.name,
                        step.instruction
                    ));
                }
                Cue::Count(_) => {
                    if prefs.vibration {
                        cues::vibrate(&[60]);
                    }
                }
                Cue::Finished => {
                    if prefs.sound {
                        cues::chime_now(now as f64, true);
                    }
                    if prefs.speech {
                        cues::speak("That's the end. Well done.", prefs.rate());
                    }
                    if prefs.vibration {
                        cues::vibrate(&[300, 150, 300, 150, 300]);
                    }
                    self.announce.set("Finished. Well done.".into());
                }
            }
        }
        if new_alert {
            // The 10-minute alert is a safety message: said even over a step cue.
            let text = safety::long_cramp_alert().spoken;
            if prefs.speech {
                cues::speak(&text, prefs.rate());
            }
            if prefs.vibration {
                cues::vibrate(&[400, 200, 400]);
            }
            self.announce.set(text);
        }
        let running = !pos.finished && !pos.paused;
        let end_at = (running && prefs.sound).then(|| (now + Ms::from(pos.remaining_ms)) as f64);
        cues::plan_step_end(end_at, now as f64, pos.step + 1 >= step_count);
        if !running {
            cues::hush();
        }
        cues::keep_awake(running, self.awake);
        if running {
            let r = pos.remaining_ms;
            let delay = if r % 1000 == 0 { 1000 } else { r % 1000 };
            let this = *self;
            let handle = set_timeout_with_handle(
                move || this.tick(stores),
                std::time::Duration::from_millis(u64::from(delay.max(4))),
            )
            .ok();
            self.timer.set_value(handle);
        }
    }

    /// Logs the finished cramp in the diary.
    fn log(&self, stores: Stores, severity: Option<u8>) {
        let Some(session) = self.store.with_untracked(|a| a.session.clone()) else {
            return;
        };
        let RoutineKind::Cramp { muscle, leg } = session.routine else {
            return;
        };
        let now = now_ms();
        let draft = Draft {
            at: LocalMinute::from_naive(browser::local_datetime(session.episode_start() as f64)),
            duration_s: Some((session.cramp_duration_ms(now) / 1000) as u32),
            leg,
            muscle,
            severity,
            woke: None,
            note: String::new(),
            from_guide: true,
        };
        let mut id = None;
        let saved = stores
            .diary
            .try_update(|d| id = d.apply(DiaryCmd::Add(draft)));
        self.logged
            .set(id.map(|id| (id, saved.err().map(|e| e.to_string()))));
        self.store.update(|a| {
            if let Some(s) = a.session.as_mut() {
                s.logged = true;
            }
        });
    }
}

/// Starts ticking when a session is open; re-ticks when the page comes back.
pub fn use_ticker(guide: Guide, stores: Stores) {
    let open = Memo::new(move |_| guide.is_open());
    // Syncs with the outside world only: when a session opens (here, or in another tab), it
    // starts the timer; the tick itself runs in that timer's task, not in the effect.
    Effect::new(move |_| {
        if open.get() {
            set_timeout(move || guide.tick(stores), std::time::Duration::ZERO);
        }
    });
    // Back from the background (visible again, a frozen page resumed, a restored page).
    let back = move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible
            && guide.store.with_untracked(|a| a.session.is_some())
        {
            guide.tick(stores);
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

/// What the guide screen shows at one moment.
#[derive(Clone, PartialEq, Default)]
struct Frame {
    title: String,
    counter: String,
    step_name: String,
    instruction: &'static str,
    next: String,
    digits: String,
    seconds: u32,
    /// The ring's unfilled part, in thousandths.
    dash: u32,
    art: String,
    paused: bool,
    finished: bool,
    hold_until_eased: bool,
    cramp: bool,
    red_flag: bool,
    clot_check: bool,
    /// The user said the cramp eased.
    eased: bool,
    /// The cramp lasted more than 10 minutes.
    long_cramp: bool,
    bedtime: bool,
}

impl Frame {
    fn of(session: &Session, now: Ms) -> Frame {
        let pos = session.position(now);
        let steps = session.steps();
        let step = steps.get(pos.step);
        let title = match session.routine {
            RoutineKind::Cramp { muscle, leg } => {
                let leg = leg.phrase();
                if leg.is_empty() {
                    format!("Cramp now · {}", muscle.lower())
                } else {
                    format!("Cramp now · {leg}, {}", muscle.lower())
                }
            }
            other => other.title().to_string(),
        };
        Frame {
            title,
            counter: format!("Step {} of {}", pos.step + 1, steps.len()),
            step_name: step.map(|s| s.name.clone()).unwrap_or_default(),
            instruction: step.map_or("", |s| s.instruction),
            next: steps
                .get(pos.step + 1)
                .map(|n| format!("Next: {}", n.name))
                .unwrap_or_default(),
            digits: clock_digits(pos.seconds_left()),
            seconds: pos.seconds_left(),
            dash: 1000 - pos.permille(),
            art: step.map(|s| art::svg(s.pose)).unwrap_or_default(),
            paused: pos.paused,
            finished: pos.finished,
            hold_until_eased: !pos.finished
                && step.is_some_and(|s| s.kind == StepKind::HoldUntilEased),
            cramp: session.routine.is_cramp(),
            red_flag: session.red_flag(now),
            clot_check: session.shows_clot_check(now),
            eased: session.eased_at.is_some(),
            long_cramp: session.routine.is_cramp()
                && session.cramp_duration_ms(now) >= crate::domain::stretch::timer::RED_FLAG_MS,
            bedtime: matches!(session.routine, RoutineKind::Bedtime { .. }),
        }
    }
}

/// The full-screen guide, shown while a session is open.
#[component]
pub fn GuideOverlay() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let stores = expect_context::<Stores>();
    let severity = RwSignal::new(None::<u8>);
    let flags_open = RwSignal::new(false);
    let alert = safety::long_cramp_alert();

    // Everything the screen shows, computed once per tick; each binding reads one field.
    let frame = Memo::new(move |_| {
        let now = guide.now.get();
        guide.store.with(|a| {
            a.session
                .as_ref()
                .map(|s| Frame::of(s, now))
                .unwrap_or_default()
        })
    });
    let finished = move || frame.with(|f| f.finished);
    let paused = move || frame.with(|f| f.paused);
    let art = Signal::derive(move || frame.with(|f| f.art.clone()));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        // The first tap unlocks the sound a shortcut start could not, and says the step.
        if !guide.sound_on.get_untracked() {
            cues::unlock();
            guide.sound_on.set(true);
            guide.last.set_value(None);
            guide.tick(stores);
        }
        let Some(cmd) = read::<GuideCmd>(&ev) else {
            return;
        };
        let timer = match cmd {
            GuideCmd::Pause => TimerCmd::Pause,
            GuideCmd::Resume => TimerCmd::Resume,
            GuideCmd::Skip => TimerCmd::Skip,
            GuideCmd::Back => TimerCmd::Back,
            GuideCmd::Extend => TimerCmd::Extend,
            GuideCmd::Eased => TimerCmd::Eased,
            GuideCmd::Restart => TimerCmd::Restart,
            GuideCmd::Stop => TimerCmd::Finish,
            GuideCmd::Close => return guide.close(),
            GuideCmd::Flags => return flags_open.update(|o| *o = !*o),
            GuideCmd::Log => return guide.log(stores, severity.get_untracked()),
            // The first tap (above) already unlocked sound.
            GuideCmd::Unlock => return,
            GuideCmd::Severity(n) => {
                return severity.update(|s| *s = if *s == Some(n) { None } else { Some(n) })
            }
        };
        guide.command(timer, stores);
    };

    // Move focus into the dialog when it opens.
    request_animation_frame(|| {
        if let Some(title) = document().get_element_by_id("guide-title") {
            if let Some(title) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&title) {
                let _ = title.focus();
            }
        }
    });

    view! {
        <div
            class="guide"
            role="dialog"
            aria-modal="true"
            aria-labelledby="guide-title"
            data-state=move || if finished() { "finished" } else if paused() { "paused" } else { "running" }
            on:click=on_click
        >
            <div class="guide__top">
                <div class="guide__heading">
                    <h1 id="guide-title" class="guide__title" tabindex="-1">{move || frame.with(|f| f.title.clone())}</h1>
                    <p class="guide__counter" hidden=finished>{move || frame.with(|f| f.counter.clone())}</p>
                </div>
                <button type="button" class="button button--small guide__flags" data-cmd=GuideCmd::Flags.render() aria-expanded=move || flags_open.get().to_string()>
                    "Red flags"
                </button>
                <button type="button" class="iconbutton guide__stop" data-cmd=GuideCmd::Stop.render() aria-label="Stop the stretch" hidden=finished>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"></path></svg>
                </button>
            </div>

            <p class="clotcheck" role="note" hidden=move || !frame.with(|f| f.clot_check && !f.red_flag)>
                <strong>{CLOT_CHECK}</strong>" "
                <button type="button" class="linkbutton" data-cmd=GuideCmd::Flags.render() aria-expanded=move || flags_open.get().to_string()>{CLOT_CHECK_LINK}</button>
            </p>

            <div class="redflag" role="alert" hidden=move || !(frame.with(|f| f.red_flag) || flags_open.get())>
                <div class="redflag__lead" hidden=move || !frame.with(|f| f.red_flag)>
                    <p><strong>{alert.lead}</strong></p>
                    <p>{alert.advice}</p>
                </div>
                {[Level::Emergency, Level::Urgent]
                    .into_iter()
                    .map(|level| view! {
                        <p class="redflag__level"><strong>{level.heading()}</strong></p>
                        <ul class="redflag__list">
                            {safety::flag_sheet()
                                .filter(|f| f.level == level)
                                .map(|f| view! { <li>{f.full_text()}</li> })
                                .collect_view()}
                        </ul>
                    })
                    .collect_view()}
                <a class="redflag__more" href="learn/#red-flags">"All red flags and sources (the stretch keeps running)"</a>
                <button type="button" class="button button--small" data-cmd=GuideCmd::Flags.render() hidden=move || !flags_open.get() || frame.with(|f| f.red_flag)>"Hide red flags"</button>
            </div>

            <p class="guide__sound" hidden=move || guide.sound_on.get() || finished()>
                <button type="button" class="button button--small" data-cmd=GuideCmd::Unlock.render()>"Tap to turn on sound"</button>
            </p>

            <div class="guide__body" hidden=finished data-compact=move || (frame.with(|f| f.red_flag) || flags_open.get()).to_string() data-clot=move || frame.with(|f| f.clot_check).to_string()>
                <Markup html=art class="guide__art" />
                <div class="ring" role="timer" aria-label=move || format!("{} seconds left", frame.with(|f| f.seconds))>
                    <svg class="ring__svg" viewBox="0 0 200 200" aria-hidden="true">
                        <circle class="ring__track" cx="100" cy="100" r="88"></circle>
                        <circle class="ring__bar" cx="100" cy="100" r="88" pathLength="1000" stroke-dasharray="1000" stroke-dashoffset=move || frame.with(|f| f.dash.to_string())></circle>
                    </svg>
                    <span class="ring__digits" aria-hidden="true" data-len=move || frame.with(|f| f.digits.len().to_string())>{move || frame.with(|f| f.digits.clone())}</span>
                    <span class="ring__paused" hidden=move || !paused()>"Paused"</span>
                </div>
                <h2 class="guide__step">{move || frame.with(|f| f.step_name.clone())}</h2>
                <p class="guide__instruction">{move || frame.with(|f| f.instruction)}</p>
                <p class="guide__next">{move || frame.with(|f| f.next.clone())}</p>
            </div>

            <div class="guide__controls" hidden=finished>
                <div class="guide__hold" hidden=move || !frame.with(|f| f.hold_until_eased)>
                    <button type="button" class="button button--big button--stack" data-cmd=GuideCmd::Extend.render()>
                        <span class="button__small">"Still cramping"</span>
                        "+30 s"
                    </button>
                    <button type="button" class="button button--big button--primary" data-cmd=GuideCmd::Eased.render()>"It has eased"</button>
                </div>
                <div class="guide__nav">
                    <button type="button" class="button button--big" data-cmd=GuideCmd::Back.render()>"Back"</button>
                    <button type="button" class="button button--big" data-cmd=GuideCmd::Pause.render() hidden=paused>"Pause"</button>
                    <button type="button" class="button button--big button--primary" data-cmd=GuideCmd::Resume.render() hidden=move || !paused()>"Resume"</button>
                    <button type="button" class="button button--big" data-cmd=GuideCmd::Skip.render()>"Skip"</button>
                </div>
                <p class="guide__status">
                    <span class="awake" hidden=move || !guide.awake.get()>"Screen stays on"</span>
                    // No wake lock (unsupported, refused, or released by the browser): say so.
                    <span hidden=move || guide.awake.get() || paused()>
                        "Your screen may turn off: touch it now and then to keep it on."
                    </span>
                </p>
            </div>

            <div class="guide__done" hidden=move || !finished()>
                <h2 class="guide__step">
                    {move || if frame.with(|f| f.cramp && !f.eased) { "Still cramping?" } else { "Well done" }}
                </h2>
                {move || frame.with(|f| f.cramp && !f.eased).then(|| view! {
                    <p>"If the cramp has not eased, start the stretch again. A cramp that will not ease may need medical advice: see the red flags."</p>
                    <button type="button" class="button button--big button--primary" data-cmd=GuideCmd::Restart.render()>"Start again"</button>
                })}
                {move || frame.with(|f| f.long_cramp).then(|| view! {
                    <p class="clotcheck" role="note"><strong>{AFTER_LONG_CRAMP}</strong></p>
                })}
                {move || {
                    if !frame.with(|f| f.cramp) {
                        let text = if frame.with(|f| f.bedtime) {
                            "That's the routine done. Sleep well."
                        } else {
                            "That's the routine done."
                        };
                        return view! { <p>{text}</p> }.into_any();
                    }
                    match guide.logged.get() {
                        Some((_, None)) => view! {
                            <p role="status">"Saved in your cramp diary."</p>
                        }
                            .into_any(),
                        Some((_, Some(e))) => view! {
                            <p role="alert" class="field__error">{format!("Added to your diary for now, but it could not be saved: {e}. Export your data from Settings to keep it.")}</p>
                        }
                            .into_any(),
                        None => view! {
                            <p>"Log this cramp in your diary? The time, how long it lasted and the muscle are filled in."</p>
                            <p class="field__label" id="sev-label">"How bad was it? 0 is no pain, 10 the worst (optional)"</p>
                            <div role="group" aria-labelledby="sev-label" class="chips">
                                {(0..=10u8).map(|n| view! {
                                    <button type="button" class="chip" data-cmd=GuideCmd::Severity(n).render() aria-pressed=move || (severity.get() == Some(n)).to_string()>{n}</button>
                                }).collect_view()}
                            </div>
                            <button type="button" class="button button--big button--primary" data-cmd=GuideCmd::Log.render()>"Log this cramp"</button>
                        }
                            .into_any(),
                    }
                }}
                // Offered once: the card marks the offer made as it appears (read untracked here,
                // so marking it does not take the card away again).
                {move || (frame.with(|f| f.bedtime && f.finished) && !stores.settings.with_untracked(|s| s.reminder_offered)).then(|| view! {
                    <crate::features::reminder::ReminderCard offer=true />
                })}
                <p class="hint" hidden=move || frame.with(|f| f.bedtime)>"If cramps keep coming back, a bedtime stretch may help. See Learn for what the evidence says."</p>
                <button type="button" class="button button--big" data-cmd=GuideCmd::Close.render()>"Close"</button>
                <button type="button" class="button button--quiet" data-cmd=GuideCmd::Restart.render() hidden=move || frame.with(|f| f.cramp && !f.eased)>"Start again"</button>
            </div>

            <p class="visually-hidden" aria-live="polite">{move || guide.announce.get()}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::GuideCmd;

    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(GuideCmd::samples());
        assert_eq!(GuideCmd::Severity(7).to_string_for_test(), "sev:7");
    }

    impl GuideCmd {
        fn to_string_for_test(&self) -> String {
            crate::ui::act::ViewCmd::render(self)
        }
    }
}
