//! Settings: language, theme, when the day starts, your data (export, import, delete), install, about.

use super::ViewHeading;
use crate::browser::OutState;
use crate::domain::saved::backup::ImportPreview;
use crate::domain::saved::care;
use crate::domain::settings::{DayStart, DoseOf, EveningFrom, SettingsCmd, ThemeChoice};
use crate::domain::stretch::routine::Dose;
use crate::features::profile::ProfileForm;
use crate::state::data::{
    backup_file, backup_words, changed_since_import, delete_all, forget_undo, import_all,
    record_backup, undo_import,
};
use crate::state::Stores;
use crate::storage;
use crate::tr;
use crate::ui::act::{field, read, ViewCmd};
use crate::ui::file_out::{offer, FileOutStatus};
use crate::ui::icons::{Icon, Svg};
use crate::ui::install::InstallHint;
use leptos::prelude::*;

mod import;
mod language;
mod phone;
use import::{check_pasted, read_backup};
use language::LanguageCard;
use phone::{StorageRisk, VoiceHint};

/// Where the data card is: idle, asking, or saying how it went.
#[derive(Clone, PartialEq)]
enum DataState {
    Idle,
    ImportPreview(ImportPreview),
    ConfirmDelete,
    /// A short outcome, and whether it is a problem.
    Said(String, bool),
    /// An import is done (`true`: its undo survives a reload).
    Imported(bool),
    /// Undoing would also throw away these parts, changed since the import.
    ConfirmUndo(Vec<&'static str>),
}

crate::view_commands! {
    /// What the Settings view's buttons do.
    pub enum SettingsViewCmd {
        Export = "export",
        ImportConfirm = "import-confirm",
        ImportUndo = "import-undo",
        ImportUndoAnyway = "import-undo-anyway",
        ImportKeep = "import-keep",
        SaveFirst = "save-first",
        CheckPasted = "check-pasted",
        DeleteAsk = "delete-ask",
        DeleteYes = "delete-yes",
        Cancel = "cancel",
        ResetDoses = "reset-doses",
        ;
    }
}

/// The Settings view.
#[component]
pub fn SettingsView() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let state = RwSignal::new(DataState::Idle);
    let say = move |text: String, problem: bool| state.set(DataState::Said(text, problem));
    // Where the last backup file got to (shared, downloaded, or its text to copy).
    let out = RwSignal::new(None::<OutState>);
    let export = move || {
        out.set(None);
        offer(backup_file(stores), backup_words(), out, move || {
            record_backup(stores)
        });
    };
    let pasted = RwSignal::new(String::new());
    // What the magnesium profile's last save or clear did.
    let profile_said = RwSignal::new(None::<&'static str>);

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<SettingsViewCmd>(&ev) else {
            return;
        };
        // Where the last backup went is said until the next thing is done here.
        if !matches!(cmd, SettingsViewCmd::Export | SettingsViewCmd::SaveFirst) {
            out.set(None);
        }
        match cmd {
            SettingsViewCmd::Export => export(),
            SettingsViewCmd::ImportConfirm => {
                if let DataState::ImportPreview(preview) = state.get_untracked() {
                    match import_all(stores, &preview) {
                        Ok(done) => state.set(DataState::Imported(done.undo_kept)),
                        Err(e) => say(tr!(settings.import_stopped, error = e).to_string(), true),
                    }
                }
            }
            SettingsViewCmd::ImportUndo if !changed_since_import(stores).is_empty() => {
                state.set(DataState::ConfirmUndo(changed_since_import(stores)))
            }
            SettingsViewCmd::ImportUndo | SettingsViewCmd::ImportUndoAnyway => {
                match undo_import(stores) {
                    Ok(()) => say(tr!(settings.undone).into(), false),
                    Err(e) => say(tr!(settings.undo_stopped, error = e).to_string(), true),
                }
            }
            SettingsViewCmd::ImportKeep => {
                forget_undo(stores);
                state.set(DataState::Idle);
            }
            // The preview stays open; where the file went is said under the buttons.
            SettingsViewCmd::SaveFirst => export(),
            SettingsViewCmd::CheckPasted => check_pasted(&pasted.get_untracked(), state),
            SettingsViewCmd::DeleteAsk => {
                state.set(DataState::ConfirmDelete);
                // It opens above the paste box, which may have pushed it off a small screen.
                request_animation_frame(|| {
                    if let Some(question) = document().get_element_by_id("confirm-title") {
                        question.scroll_into_view_with_bool(false);
                    }
                });
            }
            SettingsViewCmd::DeleteYes => match delete_all(stores) {
                Ok(()) => say(tr!(settings.deleted).into(), false),
                Err(e) => say(tr!(settings.delete_failed, error = e).to_string(), true),
            },
            SettingsViewCmd::Cancel => state.set(DataState::Idle),
            SettingsViewCmd::ResetDoses => {
                stores.settings.update(|s| s.apply(SettingsCmd::ResetDoses))
            }
        }
    };

    let on_change = move |ev: leptos::ev::Event| {
        let Some(f) = field(&ev) else { return };
        match f.name.as_str() {
            "theme" => {
                if let Some(theme) = ThemeChoice::ALL.into_iter().find(|t| t.name() == f.value) {
                    stores
                        .settings
                        .update(|s| s.apply(SettingsCmd::SetTheme(theme)));
                }
            }
            "evening-from" => {
                if let Ok(minutes) = f.value.parse::<u16>() {
                    stores
                        .settings
                        .update(|s| s.apply(SettingsCmd::SetEveningFrom(minutes)));
                }
            }
            "day-start" => {
                if let Ok(minutes) = f.value.parse::<u16>() {
                    stores
                        .settings
                        .update(|s| s.apply(SettingsCmd::SetDayStart(minutes)));
                }
            }
            "sound" => stores
                .settings
                .update(|s| s.apply(SettingsCmd::SetSound(f.checked))),
            "speech" => stores
                .settings
                .update(|s| s.apply(SettingsCmd::SetSpeech(f.checked))),
            "vibration" => stores
                .settings
                .update(|s| s.apply(SettingsCmd::SetVibration(f.checked))),
            "rate" => {
                if let Ok(rate) = f.value.parse::<u8>() {
                    stores
                        .settings
                        .update(|s| s.apply(SettingsCmd::SetSpeechRate(rate)));
                }
            }
            name if name.starts_with("bedtime-") || name.starts_with("daytime-") => {
                let Ok(value) = f.value.parse::<u16>() else {
                    return;
                };
                let (of, part) = name.split_once('-').unwrap_or_default();
                let of = if of == "bedtime" {
                    DoseOf::Bedtime
                } else {
                    DoseOf::Daytime
                };
                stores.settings.update(|s| {
                    let mut dose = match of {
                        DoseOf::Bedtime => s.stretch.bedtime,
                        DoseOf::Daytime => s.stretch.daytime,
                    };
                    match part {
                        "hold" => dose.hold_s = value,
                        "rest" => dose.rest_s = value,
                        _ => dose.reps = value.min(255) as u8,
                    }
                    s.apply(SettingsCmd::SetDose(of, dose));
                });
            }
            "import-file" => {
                let Some(input) = f.input else { return };
                let Some(file) = input.files().and_then(|l| l.get(0)) else {
                    return;
                };
                // Cleared, so choosing the same file again is a change too.
                input.set_value("");
                out.set(None);
                read_backup(file, state);
            }
            _ => {}
        }
    };

    let theme = move || stores.settings.with(|s| s.theme);
    let stretch = move || stores.settings.with(|s| s.stretch);

    view! {
        // The language of the view's own words (the rest of the page may still be English).
        <section class="view" lang=crate::translations::shown().tag() on:click=on_click on:change=on_change>
            <ViewHeading title=tr!(settings.title) />
            <LanguageCard />
            <fieldset class="card fieldset">
                <legend class="card__title">{tr!(settings.theme)}</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name="theme" value="system" prop:checked=move || theme() == ThemeChoice::System />
                        <span>{tr!(settings.theme_system)}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="theme" value="light" prop:checked=move || theme() == ThemeChoice::Light />
                        <span>{tr!(settings.theme_light)}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="theme" value="dark" prop:checked=move || theme() == ThemeChoice::Dark />
                        <span>{tr!(settings.theme_dark)}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="theme" value="night" prop:checked=move || theme() == ThemeChoice::Night />
                        <span>{tr!(settings.theme_night)}</span>
                    </label>
                </div>
                <p class="hint">
                    {tr!(settings.theme_hint)}
                </p>
            </fieldset>
            <div class="card">
                <h2 class="card__title">{tr!(settings.guide)}</h2>
                <label class="check">
                    <input type="checkbox" name="sound" prop:checked=move || stretch().sound />
                    <span>{tr!(settings.sound)}</span>
                </label>
                <label class="check">
                    <input type="checkbox" name="speech" prop:checked=move || stretch().speech />
                    <span>{tr!(settings.speech)}</span>
                </label>
                {crate::features::stretch::cues::silent_switch_mutes().then(|| view! {
                    <p class="hint">{tr!(settings.silent_hint)}</p>
                })}
                {(!crate::features::stretch::cues::can_speak()).then(|| view! {
                    <p class="hint">{tr!(settings.cannot_speak)}</p>
                })}
                <VoiceHint speech=Signal::derive(move || stretch().speech) />
                <div class="field">
                    <label class="field__label" for="rate">{tr!(settings.rate)}</label>
                    <select id="rate" name="rate" class="select" prop:value=move || stretch().speech_rate.to_string()>
                        {[(70, tr!(settings.rate_slow)), (90, tr!(settings.rate_normal)), (110, tr!(settings.rate_quick)), (130, tr!(settings.rate_fast))].map(|(v, label)| view! {
                            <option value=v.to_string() selected=move || stretch().speech_rate == v>{label}</option>
                        }).collect_view()}
                    </select>
                </div>
                <label class="check">
                    <input type="checkbox" name="vibration" prop:checked=move || stretch().vibration />
                    <span>{tr!(settings.vibration)}</span>
                </label>
                <DoseFields of=DoseOf::Bedtime />
                <DoseFields of=DoseOf::Daytime />
                <p class="hint">
                    {tr!(settings.doses_hint)}
                </p>
                <button type="button" class="button button--quiet" data-cmd=SettingsViewCmd::ResetDoses.render()>{tr!(settings.reset_doses)}</button>
            </div>
            <crate::features::reminder::ReminderCard />
            <div class="card" aria-labelledby="profile-title">
                <h2 id="profile-title" class="card__title">{tr!(settings.mg_title)}</h2>
                <p>{move || stores.settings.with(|s| crate::features::profile::target_line(s.profile, s.mg_reference(crate::translations::shown())))}</p>
                <ProfileForm
                    save_label=tr!(settings.save)
                    on_save=Callback::new(move |p| {
                        stores.settings.update(|s| s.apply(SettingsCmd::SetProfile(Some(p))));
                        profile_said.set(Some(tr!(settings.target_updated)));
                    })
                    other=(tr!(settings.clear), Callback::new(move |()| {
                        stores.settings.update(|s| s.apply(SettingsCmd::SetProfile(None)));
                        profile_said.set(Some(tr!(settings.profile_cleared)));
                    }))
                />
                // Said here, beside the form, not in Your data (where it replaced an offer to
                // undo an import, or a question, that had nothing to do with it).
                {move || profile_said.get().map(|said| view! { <p role="status" class="status">{said}</p> })}
                <crate::features::profile::ReferenceChoice />
            </div>
            <div class="card">
                <h2 class="card__title">{tr!(settings.day_title)}</h2>
                <HalfHourSelect
                    name="day-start"
                    label=tr!(settings.day_start)
                    range=(0, DayStart::MAX_MINUTES)
                    value=Signal::derive(move || stores.settings.with(|s| s.day_start.minutes()))
                    hint=tr!(settings.day_start_hint)
                />
                <HalfHourSelect
                    name="evening-from"
                    label=tr!(settings.evening_from)
                    range=EveningFrom::RANGE
                    value=Signal::derive(move || stores.settings.with(|s| s.evening_from.minutes()))
                    hint=tr!(settings.evening_hint)
                />
            </div>
            <section class="card" id="your-data" aria-labelledby="your-data-title">
                <h2 id="your-data-title" class="card__title">{tr!(settings.data_title)}</h2>
                <p>
                    {if storage::available() {
                        tr!(settings.data_local)
                    } else {
                        tr!(settings.data_unsaved)
                    }}
                </p>
                <StorageRisk />
                <p class="data__last">
                    {tr!(settings.last_backup)}
                    <strong>{move || stores.settings.with(|s| crate::ui::words::last_backup(care::days_since_backup(s.care.last_backup_ms, crate::browser::now_ms() as i64)))}</strong>
                </p>
                <div class="actions">
                    <button type="button" class="button" data-cmd=SettingsViewCmd::Export.render()>
                        <Svg icon=Icon::Download />
                        {tr!(settings.export)}
                    </button>
                    // A label opens the file picker natively: a script calling `click()` on the
                    // input from the view's click handler would re-enter that handler.
                    <label class="button button--file" for="import-file">
                        <Svg icon=Icon::Upload />
                        {tr!(settings.import)}
                    </label>
                    <input
                        id="import-file"
                        type="file"
                        name="import-file"
                        accept="application/json,.json"
                        class="visually-hidden"
                    />
                </div>
                {move || {
                    let now = crate::browser::now_ms() as i64;
                    let pending = stores
                        .import_undo
                        .with(|u| u.is_offered(now).then(|| u.imported_at.clone()));
                    data_panel(state.get(), pending)
                }}
                <FileOutStatus state=out on_copied=Callback::new(move |()| record_backup(stores)) />
                <details class="paste">
                    <summary>{tr!(settings.paste)}</summary>
                    <div class="field">
                        <label class="field__label" for="pasted-backup">{tr!(settings.pasted)}</label>
                        <textarea id="pasted-backup" class="input" rows="4" on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                    </div>
                    <button type="button" class="button" data-cmd=SettingsViewCmd::CheckPasted.render()>{tr!(settings.check)}</button>
                </details>
                <div class="danger">
                    <button type="button" class="button button--quiet" data-cmd=SettingsViewCmd::DeleteAsk.render()>
                        {tr!(settings.delete_ask)}
                    </button>
                </div>
            </section>
            <InstallHint />
            <div class="card">
                <h2 class="card__title">{tr!(settings.about_title)}</h2>
                <p>
                    {tr!(settings.about_not_diagnosis)}
                </p>
                <p>{tr!(settings.about_privacy)}</p>
                <p class="hint">{tr!(settings.version, version = env!("CARGO_PKG_VERSION")).to_string()}</p>
            </div>
        </section>
    }
}

/// A select's options from `values`, `shown` with its label, the current one selected.
fn options(values: Vec<u16>, label: fn(u16) -> String, current: Signal<u16>) -> impl IntoView {
    values
        .into_iter()
        .map(|v| view! { <option value=v.to_string() selected=move || current.get() == v>{label(v)}</option> })
        .collect_view()
}

/// Hold, relax and repetitions of one prevention routine (changes arrive through the
/// view's delegated change handler, by the selects' names).
#[component]
fn DoseFields(
    /// Which routine.
    of: DoseOf,
) -> impl IntoView {
    let stores = expect_context::<Stores>();
    let (name, legend) = match of {
        DoseOf::Bedtime => ("bedtime", tr!(settings.bedtime_stretch)),
        DoseOf::Daytime => ("daytime", tr!(settings.daytime_stretch)),
    };
    let dose = move || {
        stores.settings.with(|s| match of {
            DoseOf::Bedtime => s.stretch.bedtime,
            DoseOf::Daytime => s.stretch.daytime,
        })
    };
    view! {
        <fieldset class="dose">
            <legend class="field__label">{legend}</legend>
            <div class="dose__grid">
                <label>{tr!(settings.hold)}<select name=format!("{name}-hold") class="select" prop:value=move || dose().hold_s.to_string()>
                    {options((Dose::HOLD_RANGE.0..=Dose::HOLD_RANGE.1).step_by(5).collect(), |s| tr!(settings.seconds, s = s).to_string(), Signal::derive(move || dose().hold_s))}
                </select></label>
                <label>{tr!(settings.relax)}<select name=format!("{name}-rest") class="select" prop:value=move || dose().rest_s.to_string()>
                    {options((Dose::REST_RANGE.0..=Dose::REST_RANGE.1).step_by(5).collect(), |s| tr!(settings.seconds, s = s).to_string(), Signal::derive(move || dose().rest_s))}
                </select></label>
                <label>{tr!(settings.times)}<select name=format!("{name}-reps") class="select" prop:value=move || dose().reps.to_string()>
                    {options((1..=6).collect(), |n| n.to_string(), Signal::derive(move || u16::from(dose().reps)))}
                </select></label>
            </div>
        </fieldset>
    }
}

/// The confirmation or outcome under the data buttons. `pending_undo`: when the import that
/// can still be undone was made (it survives a reload).
fn data_panel(state: DataState, pending_undo: Option<String>) -> impl IntoView {
    match state {
        DataState::Idle => pending_undo.map(|when| {
            view! {
                <div class="toast" role="status">
                    <p>{tr!(settings.imported_on, when = when).to_string()}</p>
                    <div class="actions">
                        <button type="button" class="button button--small" data-cmd=SettingsViewCmd::ImportUndo.render()>{tr!(settings.undo_import)}</button>
                        <button type="button" class="button button--small button--quiet" data-cmd=SettingsViewCmd::ImportKeep.render()>{tr!(settings.keep_import)}</button>
                    </div>
                </div>
            }
            .into_any()
        }),
        DataState::Said(text, problem) => Some(
            view! {
                <p role=if problem { "alert" } else { "status" } class=if problem { "field__error" } else { "status" }>
                    {text}
                </p>
            }
            .into_any(),
        ),
        DataState::Imported(undo_kept) => Some(
            view! {
                <div class="toast" role="status">
                    <p>
                        {tr!(settings.imported)}
                        {if undo_kept {
                            tr!(settings.undo_kept)
                        } else {
                            tr!(settings.undo_until_closed)
                        }}
                    </p>
                    <div class="actions">
                        <button type="button" class="button button--small" data-cmd=SettingsViewCmd::ImportUndo.render()>{tr!(settings.undo_import)}</button>
                        <button type="button" class="button button--small button--quiet" data-cmd=SettingsViewCmd::ImportKeep.render()>{tr!(settings.keep_import)}</button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        DataState::ConfirmUndo(changed) => Some(
            view! {
                <div class="confirm" role="group" aria-labelledby="confirm-title">
                    <p id="confirm-title">
                        <strong>{tr!(settings.changed_since, parts = changed.join(", ")).to_string()}</strong>
                        {tr!(settings.changes_lost)}
                    </p>
                    <div class="actions">
                        <button type="button" class="button button--danger" data-cmd=SettingsViewCmd::ImportUndoAnyway.render()>{tr!(settings.undo_anyway)}</button>
                        <button type="button" class="button" data-cmd=SettingsViewCmd::Cancel.render()>{tr!(settings.cancel)}</button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        DataState::ConfirmDelete => Some(
            view! {
                <div class="confirm" role="group" aria-labelledby="confirm-title">
                    <p id="confirm-title">
                        <strong>{tr!(settings.delete_confirm)}</strong>
                        {tr!(settings.delete_final)}
                    </p>
                    <div class="actions">
                        <button type="button" class="button button--danger" data-cmd=SettingsViewCmd::DeleteYes.render()>
                            {tr!(settings.delete_all)}
                        </button>
                        <button type="button" class="button" data-cmd=SettingsViewCmd::Cancel.render()>{tr!(settings.cancel)}</button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        DataState::ImportPreview(preview) => {
            let when = if preview.exported_at.is_empty() {
                tr!(settings.unknown_date).to_string()
            } else {
                preview.exported_at.chars().take(16).collect::<String>().replace('T', " ")
            };
            let skipped = preview.skipped.len();
            Some(
                view! {
                    <div class="confirm" role="group" aria-labelledby="confirm-title">
                        <h3 id="confirm-title" class="confirm__title">
                            {tr!(settings.replace_title)}
                        </h3>
                        <p>{tr!(settings.backup_from, when = when).to_string()}</p>
                        <ul class="preview">
                            {preview
                                .parts
                                .into_iter()
                                .map(|p| view! { <li><strong>{p.label}</strong>": "{p.summary}</li> })
                                .collect_view()}
                        </ul>
                        {(skipped > 0)
                            .then(|| {
                                view! {
                                    <p class="hint">
                                        {tr!(settings.skipped, n = skipped).to_string()}
                                    </p>
                                }
                            })}
                        <p>{tr!(settings.replace_note)}</p>
                        <div class="actions">
                            <button type="button" class="button button--primary" data-cmd=SettingsViewCmd::ImportConfirm.render()>
                                {tr!(settings.replace)}
                            </button>
                            <button type="button" class="button" data-cmd=SettingsViewCmd::SaveFirst.render()>
                                {tr!(settings.save_first)}
                            </button>
                            <button type="button" class="button button--quiet" data-cmd=SettingsViewCmd::Cancel.render()>
                                {tr!(settings.cancel)}
                            </button>
                        </div>
                    </div>
                }
                .into_any(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::SettingsViewCmd::samples());
    }
}

/// A time of day chosen in half hours within `range` (minutes after midnight): a `<select>`,
/// so only times the setting allows can be picked. Its change is handled by the view's
/// delegated `on:change` under `name`.
#[component]
fn HalfHourSelect(
    name: &'static str,
    label: &'static str,
    range: (u16, u16),
    value: Signal<u16>,
    hint: &'static str,
) -> impl IntoView {
    view! {
        <div class="field">
            <label class="field__label" for=name>{label}</label>
            <select id=name name=name class="select" prop:value=move || value.get().to_string()>
                {(range.0..=range.1).step_by(30).map(|m| view! {
                    <option value=m.to_string() selected=move || value.get() == m>{crate::domain::time::hhmm(m)}</option>
                }).collect_view()}
            </select>
            <p class="hint">{hint}</p>
        </div>
    }
}
