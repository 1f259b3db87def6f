//! Settings: theme, when the day starts, your data (export, import, delete), install, about.

use super::ViewHeading;
use crate::browser::OutState;
use crate::domain::saved::backup::{self, ImportPreview};
use crate::domain::saved::care;
use crate::domain::settings::{DayStart, DoseOf, EveningFrom, SettingsCmd, ThemeChoice};
use crate::domain::stretch::routine::Dose;
use crate::features::profile::ProfileForm;
use crate::state::data::{
    backup_file, changed_since_import, delete_all, forget_undo, import_all, record_backup,
    undo_import, BACKUP_WORDS,
};
use crate::state::Stores;
use crate::storage;
use crate::ui::act::{field, read, ViewCmd};
use crate::ui::file_out::{offer, FileOutStatus};
use crate::ui::icons::{Icon, Svg};
use crate::ui::install::InstallHint;
use leptos::prelude::*;

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
        offer(backup_file(stores), BACKUP_WORDS, out, move || {
            record_backup(stores)
        });
    };
    let pasted = RwSignal::new(String::new());

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
                        Err(e) => say(
                            format!("The import stopped: {e}. Nothing was changed."),
                            true,
                        ),
                    }
                }
            }
            SettingsViewCmd::ImportUndo if !changed_since_import(stores).is_empty() => {
                state.set(DataState::ConfirmUndo(changed_since_import(stores)))
            }
            SettingsViewCmd::ImportUndo | SettingsViewCmd::ImportUndoAnyway => {
                match undo_import(stores) {
                    Ok(()) => say(
                        "The import is undone. Your data is back as it was.".into(),
                        false,
                    ),
                    Err(e) => say(format!("The undo stopped: {e}. Nothing was changed."), true),
                }
            }
            SettingsViewCmd::ImportKeep => {
                forget_undo(stores);
                state.set(DataState::Idle);
            }
            // The preview stays open; where the file went is said under the buttons.
            SettingsViewCmd::SaveFirst => export(),
            SettingsViewCmd::CheckPasted => {
                state.set(match backup::check_import(pasted.get_untracked().trim()) {
                    Err(e) => DataState::Said(format!("{e} Nothing was changed."), true),
                    Ok(preview) => DataState::ImportPreview(preview),
                })
            }
            SettingsViewCmd::DeleteAsk => state.set(DataState::ConfirmDelete),
            SettingsViewCmd::DeleteYes => match delete_all(stores) {
                Ok(()) => say("All Uncramp data on this phone was deleted.".into(), false),
                Err(e) => say(format!("Not everything could be deleted: {e}."), true),
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
        <section class="view" on:click=on_click on:change=on_change>
            <ViewHeading title="Settings" />
            <fieldset class="card fieldset">
                <legend class="card__title">"Theme"</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name="theme" value="system" prop:checked=move || theme() == ThemeChoice::System />
                        <span>{ThemeChoice::System.label()}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="theme" value="light" prop:checked=move || theme() == ThemeChoice::Light />
                        <span>{ThemeChoice::Light.label()}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="theme" value="dark" prop:checked=move || theme() == ThemeChoice::Dark />
                        <span>{ThemeChoice::Dark.label()}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="theme" value="night" prop:checked=move || theme() == ThemeChoice::Night />
                        <span>{ThemeChoice::Night.label()}</span>
                    </label>
                </div>
                <p class="hint">
                    "Night is very dim red on black, for a dark bedroom. The moon button at the top switches it on and off."
                </p>
            </fieldset>
            <div class="card">
                <h2 class="card__title">"Stretch guide"</h2>
                <label class="check">
                    <input type="checkbox" name="sound" prop:checked=move || stretch().sound />
                    <span>"Tones at each step, and 3, 2, 1 before it"</span>
                </label>
                <label class="check">
                    <input type="checkbox" name="speech" prop:checked=move || stretch().speech />
                    <span>"Spoken instructions"</span>
                </label>
                {crate::features::stretch::cues::silent_switch_mutes().then(|| view! {
                    <p class="hint">"On an iPhone set to silent, these tones are muted; the spoken steps still play."</p>
                })}
                {(!crate::features::stretch::cues::can_speak()).then(|| view! {
                    <p class="hint">"This browser cannot speak: the guide shows each step and plays tones instead."</p>
                })}
                <VoiceHint speech=Signal::derive(move || stretch().speech) />
                <div class="field">
                    <label class="field__label" for="rate">"Speaking speed"</label>
                    <select id="rate" name="rate" class="select" prop:value=move || stretch().speech_rate.to_string()>
                        {[(70, "Slow"), (90, "Normal"), (110, "Quick"), (130, "Fast")].map(|(v, label)| view! {
                            <option value=v.to_string() selected=move || stretch().speech_rate == v>{label}</option>
                        }).collect_view()}
                    </select>
                </div>
                <label class="check">
                    <input type="checkbox" name="vibration" prop:checked=move || stretch().vibration />
                    <span>"Vibrate at each step (where the phone can)"</span>
                </label>
                <DoseFields of=DoseOf::Bedtime />
                <DoseFields of=DoseOf::Daytime />
                <p class="hint">
                    "Defaults come from the sources: bedtime 10 s hold, 10 s relax, 3 times (Hallegraeff et al. 2012); daytime 30 s holds, 3 times each leg (Mayo Clinic, \u{201c}Controlling painful leg cramps\u{201d}: 15 to 30 s)."
                </p>
                <button type="button" class="button button--quiet" data-cmd=SettingsViewCmd::ResetDoses.render()>"Back to the defaults"</button>
            </div>
            <crate::features::reminder::ReminderCard />
            <div class="card" aria-labelledby="profile-title">
                <h2 id="profile-title" class="card__title">"Magnesium target"</h2>
                <p>{move || stores.settings.with(|s| match s.profile {
                    Some(p) => match crate::domain::magnesium::intake::target(p) {
                        Some(t) => format!(
                            "Your target: {} mg a day ({}).{}",
                            t.mg,
                            t.group,
                            crate::domain::magnesium::intake::note(p).map(|n| format!(" {n}")).unwrap_or_default()
                        ),
                        None => crate::domain::magnesium::intake::BABY_NOTE.to_string(),
                    },
                    None => "No profile yet: the food picker shows the adult range (310 to 420 mg).".to_string(),
                })}</p>
                <ProfileForm
                    save_label="Save"
                    on_save=Callback::new(move |p| {
                        stores.settings.update(|s| s.apply(SettingsCmd::SetProfile(Some(p))));
                        say("Your magnesium target is updated.".into(), false);
                    })
                    other=("Clear", Callback::new(move |()| {
                        stores.settings.update(|s| s.apply(SettingsCmd::SetProfile(None)));
                        say("Your profile is cleared.".into(), false);
                    }))
                />
                <p class="hint">"Recommended intakes: Institute of Medicine (1997), as given by the NIH Office of Dietary Supplements."</p>
            </div>
            <div class="card">
                <h2 class="card__title">"Your day"</h2>
                <HalfHourSelect
                    name="day-start"
                    label="A new day starts at"
                    range=(0, DayStart::MAX_MINUTES)
                    value=Signal::derive(move || stores.settings.with(|s| s.day_start.minutes()))
                    hint="A tick at half past midnight still counts for the evening before, until this time."
                />
                <HalfHourSelect
                    name="evening-from"
                    label="Show tonight's stretch on the home screen from"
                    range=EveningFrom::RANGE
                    value=Signal::derive(move || stores.settings.with(|s| s.evening_from.minutes()))
                    hint="The card stays until you have done the bedtime stretch or the new day starts."
                />
            </div>
            <section class="card" id="your-data" aria-labelledby="your-data-title">
                <h2 id="your-data-title" class="card__title">"Your data"</h2>
                <p>
                    {if storage::available() {
                        "Everything you enter stays on this phone, in this browser. Nothing is sent anywhere. A backup file keeps it safe if you change phones or clear your browser."
                    } else {
                        "This browser is not letting Uncramp save anything, so your changes will be gone when you close the app. Export a backup to keep them."
                    }}
                </p>
                <StorageRisk />
                <p class="data__last">
                    "Last backup: "
                    <strong>{move || stores.settings.with(|s| care::last_backup_words(s.care.last_backup_ms, crate::browser::now_ms() as i64))}</strong>
                </p>
                <div class="actions">
                    <button type="button" class="button" data-cmd=SettingsViewCmd::Export.render()>
                        <Svg icon=Icon::Download />
                        "Export a backup"
                    </button>
                    // A label opens the file picker natively: a script calling `click()` on the
                    // input from the view's click handler would re-enter that handler.
                    <label class="button button--file" for="import-file">
                        <Svg icon=Icon::Upload />
                        "Import a backup"
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
                    <summary>"Paste a backup's text instead"</summary>
                    <div class="field">
                        <label class="field__label" for="pasted-backup">"The backup's text"</label>
                        <textarea id="pasted-backup" class="input" rows="4" on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                    </div>
                    <button type="button" class="button" data-cmd=SettingsViewCmd::CheckPasted.render()>"Check it"</button>
                </details>
                <div class="danger">
                    <button type="button" class="button button--quiet" data-cmd=SettingsViewCmd::DeleteAsk.render()>
                        "Delete all data…"
                    </button>
                </div>
            </section>
            <InstallHint />
            <div class="card">
                <h2 class="card__title">"About Uncramp"</h2>
                <p>
                    "Uncramp gives general information about leg cramps. It is not a diagnosis and does not replace a doctor. If your cramps worry you, see a doctor."
                </p>
                <p>"No account, no tracking, no ads. Works offline."</p>
                <p class="hint">"Version " {env!("CARGO_PKG_VERSION")}</p>
            </div>
        </section>
    }
}

/// Why the data may be lost in this browser, said plainly with the ways out (a Safari tab on
/// an iPhone; a browser that did not promise to keep it), or that it promised.
/// How long Settings waits for the browser to list its voices before taking "none" as the
/// answer (Chromium lists them a moment after the page asks; a browser with none never does).
const VOICE_WAIT_MS: u64 = 2_000;

/// Says, while spoken instructions are on, when this phone has no voice for the guide's
/// language: the browser may then stay silent or read the steps with another language's voice.
#[component]
fn VoiceHint(speech: Signal<bool>) -> impl IntoView {
    use crate::domain::language::has_voice_for;
    use crate::features::stretch::cues;
    // `None` until the voices are known.
    let voices = RwSignal::new(Some(cues::voice_langs()).filter(|tags| !tags.is_empty()));
    cues::on_voices_changed(move || {
        voices.try_set(Some(cues::voice_langs()));
    });
    let settle = set_timeout_with_handle(
        move || {
            voices.try_update(|known| {
                if known.is_none() {
                    *known = Some(Vec::new());
                }
            });
        },
        std::time::Duration::from_millis(VOICE_WAIT_MS),
    );
    on_cleanup(move || {
        if let Ok(handle) = settle {
            handle.clear();
        }
    });
    let missing = move || {
        cues::can_speak()
            && speech.get()
            && voices.with(|known| {
                known.as_ref().is_some_and(|tags| {
                    !has_voice_for(cues::SPOKEN, tags.iter().map(String::as_str))
                })
            })
    };
    view! {
        <Show when=missing>
            <p class="hint" id="voice-hint">
                "This phone has no English voice, so the guide may stay silent or read the steps with another language\u{2019}s voice. The steps still show on screen, with the tones. To add one: on Android, text-to-speech in the phone\u{2019}s settings; on an iPhone, Settings, Accessibility, Spoken Content, Voices."
            </p>
        </Show>
    }
}

#[component]
fn StorageRisk() -> impl IntoView {
    let here = crate::browser::platform();
    let durable = use_context::<crate::state::shared::Durable>().map(|d| d.0);
    move || {
        let text = if here.ios_tab() {
            Some("In a Safari tab on an iPhone, Safari deletes this data after 7 days of using Safari without opening Uncramp, and the app on your home screen keeps its own data apart from Safari. Use Uncramp from your home screen, and keep a backup.")
        } else {
            match durable.and_then(|d| d.get()) {
                Some(false) => Some("This browser has not promised to keep Uncramp's data: it may delete it when the phone runs low on space. Keep a backup now and then."),
                Some(true) => Some("This browser has promised to keep Uncramp's data."),
                None => None,
            }
        };
        text.map(|t| view! { <p class="hint storage-risk">{t}</p> })
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
        DoseOf::Bedtime => ("bedtime", "Bedtime stretch"),
        DoseOf::Daytime => ("daytime", "Daytime stretch"),
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
                <label>"Hold"<select name=format!("{name}-hold") class="select" prop:value=move || dose().hold_s.to_string()>
                    {options((Dose::HOLD_RANGE.0..=Dose::HOLD_RANGE.1).step_by(5).collect(), |s| format!("{s} s"), Signal::derive(move || dose().hold_s))}
                </select></label>
                <label>"Relax"<select name=format!("{name}-rest") class="select" prop:value=move || dose().rest_s.to_string()>
                    {options((Dose::REST_RANGE.0..=Dose::REST_RANGE.1).step_by(5).collect(), |s| format!("{s} s"), Signal::derive(move || dose().rest_s))}
                </select></label>
                <label>"Times"<select name=format!("{name}-reps") class="select" prop:value=move || dose().reps.to_string()>
                    {options((1..=6).collect(), |n| n.to_string(), Signal::derive(move || u16::from(dose().reps)))}
                </select></label>
            </div>
        </fieldset>
    }
}

/// Reads and checks a chosen backup file, then shows its preview (or why it was refused).
fn read_backup(file: web_sys::File, state: RwSignal<DataState>) {
    if file.size() > backup::MAX_BYTES as f64 {
        let e = backup::ImportError::TooLarge {
            bytes: file.size() as usize,
        };
        state.set(DataState::Said(format!("{e} Nothing was changed."), true));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        state.set(match text.map(|t| backup::check_import(&t)) {
            None => DataState::Said(
                "The file could not be read. Nothing was changed.".into(),
                true,
            ),
            Some(Err(e)) => DataState::Said(format!("{e} Nothing was changed."), true),
            Some(Ok(preview)) => DataState::ImportPreview(preview),
        });
    });
}

/// The confirmation or outcome under the data buttons. `pending_undo`: when the import that
/// can still be undone was made (it survives a reload).
fn data_panel(state: DataState, pending_undo: Option<String>) -> impl IntoView {
    match state {
        DataState::Idle => pending_undo.map(|when| {
            view! {
                <div class="toast" role="status">
                    <p>{format!("You imported a backup on {when}. You can still undo it.")}</p>
                    <div class="actions">
                        <button type="button" class="button button--small" data-cmd=SettingsViewCmd::ImportUndo.render()>"Undo import"</button>
                        <button type="button" class="button button--small button--quiet" data-cmd=SettingsViewCmd::ImportKeep.render()>"Keep the import"</button>
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
                        "Imported. Your data was replaced by the backup. "
                        {if undo_kept {
                            "You can undo this until you choose to keep it, even after closing the app."
                        } else {
                            "There was no room to keep a copy of your earlier data on this phone, so you can undo this only until you close the app."
                        }}
                    </p>
                    <div class="actions">
                        <button type="button" class="button button--small" data-cmd=SettingsViewCmd::ImportUndo.render()>"Undo import"</button>
                        <button type="button" class="button button--small button--quiet" data-cmd=SettingsViewCmd::ImportKeep.render()>"Keep the import"</button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        DataState::ConfirmUndo(changed) => Some(
            view! {
                <div class="confirm" role="group" aria-labelledby="confirm-title">
                    <p id="confirm-title">
                        <strong>{format!("Since the import you changed your {}.", changed.join(", "))}</strong>
                        " Undoing the import puts back what was there before it, so those changes would be lost. Export a backup first if you may want them."
                    </p>
                    <div class="actions">
                        <button type="button" class="button button--danger" data-cmd=SettingsViewCmd::ImportUndoAnyway.render()>"Undo anyway"</button>
                        <button type="button" class="button" data-cmd=SettingsViewCmd::Cancel.render()>"Cancel"</button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        DataState::ConfirmDelete => Some(
            view! {
                <div class="confirm" role="group" aria-labelledby="confirm-title">
                    <p id="confirm-title">
                        <strong>"Delete everything Uncramp saved on this phone?"</strong>
                        " This cannot be undone. Export a backup first if you may want it back."
                    </p>
                    <div class="actions">
                        <button type="button" class="button button--danger" data-cmd=SettingsViewCmd::DeleteYes.render()>
                            "Delete all data"
                        </button>
                        <button type="button" class="button" data-cmd=SettingsViewCmd::Cancel.render()>"Cancel"</button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        DataState::ImportPreview(preview) => {
            let when = if preview.exported_at.is_empty() {
                "an unknown date".to_string()
            } else {
                preview.exported_at.chars().take(16).collect::<String>().replace('T', " ")
            };
            let skipped = preview.skipped.len();
            Some(
                view! {
                    <div class="confirm" role="group" aria-labelledby="confirm-title">
                        <h3 id="confirm-title" class="confirm__title">
                            "Replace your data with this backup?"
                        </h3>
                        <p>"Backup from " {when} ". It holds:"</p>
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
                                        {format!("{skipped} part(s) this version does not know will be skipped.")}
                                    </p>
                                }
                            })}
                        <p>"These parts replace what is on this phone now; anything the backup does not hold stays as it is."</p>
                        <div class="actions">
                            <button type="button" class="button button--primary" data-cmd=SettingsViewCmd::ImportConfirm.render()>
                                "Replace my data"
                            </button>
                            <button type="button" class="button" data-cmd=SettingsViewCmd::SaveFirst.render()>
                                "Save current data first"
                            </button>
                            <button type="button" class="button button--quiet" data-cmd=SettingsViewCmd::Cancel.render()>
                                "Cancel"
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
