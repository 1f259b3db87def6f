//! The stretch guide: the home view ("Cramp now" and the prevention routines) and the running
//! guide (`guide`), with its pictures (`art`) and cues (`cues`).

mod art;
mod care;
pub mod cues;
mod guide;
pub mod hero;

pub use guide::{provide_guide, Guide, GuideOverlay};

use crate::domain::diary::nights;
use crate::domain::diary::DiaryCmd;
use crate::domain::settings::{SettingsCmd, StretchPrefs};
use crate::domain::stretch::guide::StartedBy;
use crate::domain::stretch::routine::{self, Leg, Muscle, RoutineKind};
use crate::domain::stretch::tonight::{self, Tonight};
use crate::state::clock::Clock;
use crate::state::shared::MorningQuestion;
use crate::state::Stores;
use crate::tr;
use crate::ui::act::{field, read, ViewCmd};
use crate::ui::icons::{Icon, Svg};
use crate::ui::install::InstallHint;
use leptos::prelude::*;

crate::view_commands! {
    /// What the home view's buttons do.
    pub enum HomeCmd {
        Cramp = "cramp",
        Bedtime = "bedtime",
        Daytime = "daytime",
        LogLast = "log-last",
        DismissLast = "dismiss-last",
        ;
    }
}

/// The home view.
#[component]
pub fn StretchView() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let guide = expect_context::<Guide>();
    // The static hero index.html painted, if this page had one (else the app builds it).
    let kept = hero::kept();
    let (chosen_muscle, chosen_leg) = kept
        .as_ref()
        .map_or((Muscle::Calf, Leg::Unsaid), hero::choice);
    let muscle = RwSignal::new(chosen_muscle);
    let section = NodeRef::<leptos::html::Section>::new();
    if let Some(node) = kept.clone() {
        hero::show_muscle(&node, chosen_muscle);
        section.on_load(move |section| {
            let _ = section.prepend_with_node_1(&node);
        });
    }
    let said = RwSignal::new(None::<&'static str>);
    let lang = crate::translations::shown();
    // A memo: the session is saved at every step of a running guide.
    let unlogged = Memo::new(move |_| stores.session.with(|a| a.unlogged));
    let last_cramp = move || {
        unlogged.get().map(|last| {
            let start = crate::browser::local_datetime(last.started_at as f64);
            last.describe_in(start, crate::browser::local_now().date_naive(), lang)
        })
    };
    // The morning question (from the diary's module), while no guide cramp waits to be logged.
    let morning = use_context::<MorningQuestion>();
    let clock = expect_context::<Clock>();
    let morning_due = Memo::new(move |_| {
        let start = stores.settings.with(|s| s.day_start.minutes());
        unlogged.with(Option::is_none) && nights::is_morning(clock.minute(), start)
    });
    let leg = RwSignal::new(chosen_leg);
    let prefs = move || stores.settings.with(|s| s.stretch);

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<HomeCmd>(&ev) else {
            return;
        };
        let routine = match cmd {
            HomeCmd::LogLast => {
                if let Some(last) = stores.session.with_untracked(|a| a.unlogged) {
                    let start = crate::browser::local_datetime(last.started_at as f64);
                    stores
                        .diary
                        .update(|d| _ = d.apply(DiaryCmd::Add(last.draft(start, None))));
                    stores.session.update(|a| a.unlogged = None);
                    said.set(Some(tr!(home.saved)));
                }
                return;
            }
            HomeCmd::DismissLast => {
                stores.session.update(|a| a.unlogged = None);
                return;
            }
            HomeCmd::Cramp => RoutineKind::Cramp {
                muscle: muscle.get_untracked(),
                leg: leg.get_untracked(),
                first: None,
            },
            HomeCmd::Bedtime => RoutineKind::Bedtime {
                seated: stores.settings.with_untracked(|s| s.stretch.seated),
            },
            HomeCmd::Daytime => RoutineKind::Daytime,
        };
        guide.start(routine, StartedBy::Tap);
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(f) = field(&ev) else { return };
        match f.name.as_str() {
            "muscle" => {
                if let Some(m) = Muscle::from_name(&f.value) {
                    muscle.set(m);
                    if let Some(root) = section.get_untracked() {
                        hero::show_muscle(&root, m);
                    }
                }
            }
            "leg" => {
                if let Some(l) = Leg::from_name(&f.value) {
                    leg.set(l);
                }
            }
            "seated" => stores
                .settings
                .update(|s| s.apply(SettingsCmd::SetSeated(f.checked))),
            _ => {}
        }
    };

    // "About 4 minutes": English and Dutch share the one/other plural rule, so the choice is
    // made here (leptos_i18n's ICU plurals would add their rules' data to the first module).
    let about =
        |kind: RoutineKind, p: StretchPrefs| match routine::minutes(kind, p.bedtime, p.daytime) {
            1 => tr!(home.about_minute).to_string(),
            count => tr!(home.about_minutes, count = count).to_string(),
        };
    let bedtime_length = move || {
        let p = prefs();
        about(RoutineKind::Bedtime { seated: p.seated }, p)
    };
    let bedtime_dose = move || {
        let d = prefs().bedtime.clamped();
        tr!(
            home.bedtime_dose,
            hold = d.hold_s,
            rest = d.rest_s,
            reps = d.reps
        )
        .to_string()
    };
    let daytime_length = move || about(RoutineKind::Daytime, prefs());
    let daytime_dose = move || {
        let d = prefs().daytime.clamped();
        tr!(home.daytime_dose, hold = d.hold_s, reps = d.reps).to_string()
    };

    // From the evening hour until it is done, the bedtime routine is tonight's task, just
    // below "Cramp now"; once done, one line says so (domain::stretch::tonight).
    let tonight = Memo::new(move |_| {
        let now = clock.minute();
        let (day_start, evening_from) = stores
            .settings
            .with(|s| (s.day_start.minutes(), s.evening_from.minutes()));
        // The checklist is read only in the evening (not in the start-up's first task by day).
        if !tonight::is_evening(now, evening_from, day_start) {
            return Tonight::Nothing;
        }
        stores
            .checklist
            .with(|c| tonight::tonight(now, day_start, evening_from, c))
    });
    let streak_so_far = move || match tonight.get() {
        Tonight::Due { streak: 1 } => Some(tr!(home.streak_last_night).to_string()),
        Tonight::Due { streak } if streak > 1 => {
            Some(tr!(home.streak_nights, count = streak).to_string())
        }
        _ => None,
    };
    let bedtime_card = move |evening: bool| {
        view! {
            <section class=if evening { "card card--tonight" } else { "card" } aria-labelledby="bedtime-title">
                <h2 id="bedtime-title" class="card__title">{if evening { tr!(home.tonight_title) } else { tr!(home.bedtime_title) }}</h2>
                <p>{bedtime_length} ". " {bedtime_dose}</p>
                {move || streak_so_far().map(|text| view! { <p class="card__streak">{text}</p> })}
                // In the evening (the checklist is read then anyway), a trial's baseline says
                // to leave the stretch out.
                {move || evening.then(|| {
                    let today = clock.today();
                    stores.diary.with(|d| d.trial.and_then(|t| t.tonight_note_in(today, lang)))
                }).flatten().map(|text| view! { <p role="note"><strong>{text}</strong></p> })}
                <label class="check">
                    <input type="checkbox" name="seated" prop:checked=move || prefs().seated />
                    <span>{tr!(home.seated)}</span>
                </label>
                <button type="button" class="button button--big button--primary" data-cmd=HomeCmd::Bedtime.render()>{tr!(home.start_bedtime)}</button>
                <p class="hint">{tr!(home.bedtime_evidence)}</p>
            </section>
        }
    };

    view! {
        <section class="view view--home" lang=lang.tag() node_ref=section on:click=on_click on:change=on_change>
            {kept.is_none().then(hero::Hero)}
            // After a cramp at night, logging it comes before tonight's stretch.
            {move || last_cramp().map(|text| view! {
                <section class="card card--quiet" aria-labelledby="last-title">
                    <h2 id="last-title" class="card__title">{tr!(home.log_title)}</h2>
                    <p>{tr!(home.not_logged, cramp = text)}</p>
                    <div class="actions">
                        <button type="button" class="button button--primary" data-cmd=HomeCmd::LogLast.render()>{tr!(home.log_it)}</button>
                        <button type="button" class="button button--quiet" data-cmd=HomeCmd::DismissLast.render()>{tr!(home.no_thanks)}</button>
                    </div>
                </section>
            })}
            {move || morning_due.get().then(|| morning.map(|m| (m.0)())).flatten()}
            {move || match tonight.get() {
                Tonight::Done { streak } => Some(view! {
                    <p class="tonight-done" role="status">
                        <Svg icon=Icon::Check />
                        <span>
                            {tr!(home.done_tonight)}
                            {(streak >= 2).then(|| view! {
                                <span class="tonight-done__streak">{tr!(home.nights_in_row, count = streak).to_string()}</span>
                            })}
                        </span>
                    </p>
                }.into_any()),
                Tonight::Due { .. } => Some(bedtime_card(true).into_any()),
                Tonight::Nothing => None,
            }}
            {move || said.get().map(|text| view! { <p class="status" role="status">{text}</p> })}
            // Once done tonight, the one line above says so; the full card comes back tomorrow.
            {move || matches!(tonight.get(), Tonight::Nothing).then(|| bedtime_card(false))}

            <section class="card" aria-labelledby="daytime-title">
                <h2 id="daytime-title" class="card__title">{tr!(home.daytime_title)}</h2>
                <p>{daytime_length} ". " {daytime_dose}</p>
                <button type="button" class="button button--big" data-cmd=HomeCmd::Daytime.render()>{tr!(home.start_daytime)}</button>
                <p class="hint">{tr!(home.daytime_evidence)}</p>
            </section>

            <section class="card card--quiet" aria-labelledby="during-title">
                <h2 id="during-title" class="card__title">{tr!(home.good_to_know)}</h2>
                <ul class="plain-list">
                    <li>{tr!(home.pass_soon)}</li>
                    <li>{tr!(home.gently)}</li>
                    <li><a href="learn/#red-flags">{tr!(home.when_doctor)}</a>" · "<a href="learn/#sources">{tr!(home.sources)}</a></li>
                </ul>
                <p class="hint">{tr!(home.not_diagnosis)}</p>
            </section>
            <care::CareCard />
            <InstallHint dismissible=true />
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::HomeCmd::samples());
    }
}
