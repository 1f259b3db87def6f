//! The guide screen: a full-screen overlay with the countdown, the step, its picture, big
//! one-thumb controls, the clot check, the long-cramp alert and the finished screen. It
//! renders `domain::stretch::guide::Screen` and turns taps into actions; it decides nothing.

use super::super::art;
use super::Guide;
use crate::domain::learn::safety::{self, Level};
use crate::domain::stretch::guide::{Action, Ending, Screen};
use crate::domain::stretch::timer::{ClotCheck, TimerCmd};
use crate::tr;
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

/// The full-screen guide, shown while a session is open.
#[component]
pub fn GuideOverlay() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let severity = RwSignal::new(None::<u8>);
    let flags_open = RwSignal::new(false);
    let lang = crate::translations::shown();
    let alert = safety::long_cramp_alert_in(lang);
    let words = safety::guide_safety(lang);

    // Everything the screen shows, computed once per step; each binding reads one field.
    let screen = Memo::new(move |_| {
        let now = guide.now.get();
        guide.stores.session.with(|a| {
            a.session
                .as_ref()
                .map(|s| Screen::of(s, now, lang))
                .unwrap_or_default()
        })
    });
    let finished = move || screen.with(|f| f.finished);
    let paused = move || screen.with(|f| f.paused);
    let alert_open = move || screen.with(|f| f.alert);
    let ending = move || screen.with(|f| f.ending);
    let art = Signal::derive(move || {
        screen.with(|f| f.pose.map(|pose| art::svg(pose, lang)).unwrap_or_default())
    });
    // Said once, the first time the guide runs on an iPhone whose silent switch may mute the
    // tones (no Audio Session API): shown for this session, marked as shown.
    let silent_note = guide
        .stores
        .settings
        .with_untracked(|s| s.stretch.sound && !s.care.silent_note_shown)
        && super::super::cues::silent_switch_mutes();
    if silent_note {
        guide
            .stores
            .settings
            .update(|s| s.apply(crate::domain::settings::SettingsCmd::SilentNoteShown));
    }
    // A bedtime routine done in Safari on an iPhone counts in Safari's copy of the data only.
    let safari_tab = crate::browser::platform().ios_tab();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        // The first tap unlocks the sound a shortcut start could not, and says the step.
        guide.act(Action::Touch);
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
            GuideCmd::Close => return guide.act(Action::Close),
            GuideCmd::Flags => return flags_open.update(|o| *o = !*o),
            GuideCmd::Log => return guide.log(severity.get_untracked()),
            // The first tap (above) already unlocked sound.
            GuideCmd::Unlock => return,
            GuideCmd::Severity(n) => {
                return severity.update(|s| *s = if *s == Some(n) { None } else { Some(n) })
            }
        };
        guide.control(timer);
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
            lang=crate::translations::shown().tag()
            role="dialog"
            aria-modal="true"
            aria-labelledby="guide-title"
            data-state=move || if finished() { "finished" } else if paused() { "paused" } else { "running" }
            on:click=on_click
        >
            <div class="guide__top">
                <div class="guide__heading">
                    <h1 id="guide-title" class="guide__title" tabindex="-1">{move || screen.with(|f| f.title.clone())}</h1>
                    <p class="guide__counter" hidden=finished>{move || screen.with(|f| f.counter.clone())}</p>
                </div>
                <button type="button" class="button button--small guide__flags" data-cmd=GuideCmd::Flags.render() aria-expanded=move || flags_open.get().to_string()>
                    {tr!(guide.red_flags)}
                </button>
                <button type="button" class="iconbutton guide__stop" data-cmd=GuideCmd::Stop.render() aria-label=tr!(guide.stop) hidden=finished>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"></path></svg>
                </button>
            </div>

            <p class="clotcheck" role="note" hidden=move || screen.with(|f| f.clot_check == ClotCheck::None)>
                <strong>{move || if screen.with(|f| f.clot_check == ClotCheck::Short) { words.clot_check_short } else { words.clot_check }}</strong>" "
                <button type="button" class="linkbutton" data-cmd=GuideCmd::Flags.render() aria-expanded=move || flags_open.get().to_string()>{words.clot_check_link}</button>
            </p>

            // Not role="alert": the core announces the alert once when it opens (the live region
            // below), and an alert role read the whole sheet out a second time.
            <div class="redflag" role="region" aria-label=tr!(guide.red_flags) hidden=move || !(alert_open() || flags_open.get())>
                <div class="redflag__lead" hidden=move || !alert_open()>
                    <p><strong>{alert.lead}</strong></p>
                    <p>{alert.advice}</p>
                    <button type="button" class="button button--small" data-cmd=GuideCmd::Eased.render()>{tr!(guide.eased)}</button>
                </div>
                {[Level::Emergency, Level::Urgent]
                    .into_iter()
                    .map(|level| view! {
                        <p class="redflag__level"><strong>{level.heading_in(lang)}</strong></p>
                        <ul class="redflag__list">
                            {safety::flag_sheet()
                                .filter(|f| f.level == level)
                                .map(|f| view! { <li>{f.full_text_in(lang)}</li> })
                                .collect_view()}
                        </ul>
                    })
                    .collect_view()}
                <a class="redflag__more" href="learn/#red-flags">{tr!(guide.all_flags)}</a>
                <button type="button" class="button button--small" data-cmd=GuideCmd::Flags.render() hidden=move || !flags_open.get() || alert_open()>{tr!(guide.hide_flags)}</button>
            </div>

            // Also on the finished screen while the alert is open: it is said once sound is on.
            <p class="guide__sound" hidden=move || guide.sound_on.get() || (finished() && !alert_open())>
                <button type="button" class="button button--small" data-cmd=GuideCmd::Unlock.render()>{tr!(guide.sound)}</button>
            </p>
            {silent_note.then(|| view! {
                <p class="hint guide__silent" role="note" hidden=finished>
                    {tr!(guide.silent)}
                </p>
            })}

            <div class="guide__body" hidden=finished data-compact=move || (alert_open() || flags_open.get()).to_string() data-clot=move || screen.with(|f| match f.clot_check { ClotCheck::None => "none", ClotCheck::Full => "full", ClotCheck::Short => "short" })>
                <Markup html=art class="guide__art" />
                <div class="ring" role="timer" aria-label=move || tr!(guide.seconds_left, s = screen.with(|f| f.seconds)).to_string()>
                    <svg class="ring__svg" viewBox="0 0 200 200" aria-hidden="true">
                        <circle class="ring__track" cx="100" cy="100" r="88"></circle>
                        <circle class="ring__bar" cx="100" cy="100" r="88" pathLength="1000" stroke-dasharray="1000" stroke-dashoffset=move || screen.with(|f| f.dash.to_string())></circle>
                    </svg>
                    <span class="ring__digits" aria-hidden="true" data-len=move || screen.with(|f| f.digits.len().to_string())>{move || screen.with(|f| f.digits.clone())}</span>
                    <span class="ring__paused" hidden=move || !paused()>{tr!(guide.paused)}</span>
                </div>
                <h2 class="guide__step">{move || screen.with(|f| f.step_name.clone())}</h2>
                <p class="guide__instruction">{move || screen.with(|f| f.instruction)}</p>
                <p class="guide__next">{move || screen.with(|f| f.next.clone())}</p>
            </div>

            <div class="guide__controls" hidden=finished>
                <div class="guide__hold" hidden=move || !screen.with(|f| f.hold_until_eased)>
                    <button type="button" class="button button--big button--stack" data-cmd=GuideCmd::Extend.render()>
                        <span class="button__small">{tr!(guide.still_cramping)}</span>
                        "+30 s"
                    </button>
                    <button type="button" class="button button--big button--primary" data-cmd=GuideCmd::Eased.render()>{tr!(guide.eased)}</button>
                </div>
                <div class="guide__nav">
                    <button type="button" class="button button--big" data-cmd=GuideCmd::Back.render()>{tr!(guide.back)}</button>
                    <button type="button" class="button button--big" data-cmd=GuideCmd::Pause.render() hidden=paused>{tr!(guide.pause)}</button>
                    <button type="button" class="button button--big button--primary" data-cmd=GuideCmd::Resume.render() hidden=move || !paused()>{tr!(guide.resume)}</button>
                    <button type="button" class="button button--big" data-cmd=GuideCmd::Skip.render()>{tr!(guide.skip)}</button>
                </div>
                <p class="guide__status">
                    <span class="awake" hidden=move || !guide.awake.get()>{tr!(guide.awake)}</span>
                    // No wake lock (unsupported, refused, or released by the browser): say so.
                    <span hidden=move || guide.awake.get() || paused()>
                        {tr!(guide.may_sleep)}
                    </span>
                </p>
            </div>

            <div class="guide__done" hidden=move || !finished()>
                {move || match ending() {
                    Ending::StillCramping => view! {
                        <h2 class="guide__step">{tr!(guide.still_title)}</h2>
                        <p hidden=alert_open>{tr!(guide.still_text)}</p>
                        <div class="actions">
                            <button type="button" class="button button--big button--primary" data-cmd=GuideCmd::Restart.render()>{tr!(guide.start_again)}</button>
                            <button type="button" class="button button--big" data-cmd=GuideCmd::Eased.render()>{tr!(guide.eased)}</button>
                        </div>
                    }.into_any(),
                    // After a long cramp the page asks to book an appointment: no "well done".
                    Ending::Eased { long } => view! {
                        <h2 class="guide__step">{if long { tr!(guide.eased_title) } else { tr!(guide.well_done) }}</h2>
                        {long.then(|| view! { <p class="clotcheck" role="note"><strong>{words.after_long_cramp}</strong></p> })}
                    }.into_any(),
                    Ending::Routine { bedtime } => view! {
                        <h2 class="guide__step">{tr!(guide.well_done)}</h2>
                        <p>{if bedtime { tr!(guide.done_sleep) } else { tr!(guide.done) }}</p>
                        {safari_tab.then(|| view! {
                            <p class="hint" role="note">
                                {tr!(guide.safari)}
                            </p>
                        })}
                    }.into_any(),
                    Ending::Running => ().into_any(),
                }}
                {move || screen.with(|f| f.cramp).then(|| log_cramp(guide, severity, screen))}
                // Offered once: the card marks the offer made as it appears (read untracked here,
                // so marking it does not take the card away again).
                {move || (matches!(ending(), Ending::Routine { bedtime: true }) && !guide.stores.settings.with_untracked(|s| s.reminder_offered)).then(|| view! {
                    {use_context::<crate::state::shared::ReminderOffer>().map(|offer| (offer.0)())}
                })}
                <p class="hint" hidden=move || matches!(ending(), Ending::Routine { bedtime: true })>{tr!(guide.keep_coming)}</p>
                <button type="button" class="button button--big" data-cmd=GuideCmd::Close.render()>{tr!(guide.close)}</button>
                <button type="button" class="button button--quiet" data-cmd=GuideCmd::Restart.render() hidden=move || ending() == Ending::StillCramping>{tr!(guide.start_again)}</button>
            </div>

            <p class="visually-hidden" aria-live="polite">{move || guide.announce.get()}</p>
        </div>
    }
}

/// "Log this cramp?" on the finished screen, or what became of it.
fn log_cramp(guide: Guide, severity: RwSignal<Option<u8>>, screen: Memo<Screen>) -> AnyView {
    if screen.with(|f| f.logged) {
        return match guide.log_error.get() {
            None => view! { <p role="status">{tr!(guide.saved)}</p> }.into_any(),
            Some(e) => view! {
                <p role="alert" class="field__error">{tr!(guide.save_failed, error = e).to_string()}</p>
            }
            .into_any(),
        };
    }
    let (ask, button) = if screen.with(|f| f.in_diary) {
        (tr!(guide.in_diary_ask), tr!(guide.update_entry))
    } else {
        (tr!(guide.log_ask), tr!(guide.log))
    };
    view! {
        <p>{ask}</p>
        <p class="field__label" id="sev-label">{tr!(guide.severity)}</p>
        <div role="group" aria-labelledby="sev-label" class="chips">
            {(0..=10u8).map(|n| view! {
                <button type="button" class="chip" data-cmd=GuideCmd::Severity(n).render() aria-pressed=move || (severity.get() == Some(n)).to_string()>{n}</button>
            }).collect_view()}
        </div>
        <button type="button" class="button button--big button--primary" data-cmd=GuideCmd::Log.render()>{button}</button>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::GuideCmd;

    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(GuideCmd::samples());
        assert_eq!(ViewCmd::render(&GuideCmd::Severity(7)), "sev:7");
    }

    use crate::ui::act::ViewCmd;
}
