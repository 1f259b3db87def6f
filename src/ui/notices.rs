//! Notices under the app bar: storage problems in plain words, and "Update available".

use crate::browser;
use crate::domain::route::View;
use crate::features::stretch::Guide;
use crate::pwa::Pwa;
use crate::state::Stores;
use crate::storage::{Report, Reports};
use crate::ui::act::command;
use crate::ui::icons::{Icon, Svg};
use crate::ui::router::Nav;
use leptos::prelude::*;

/// Whether something on screen must not be interrupted by an update (a running stretch).
#[derive(Clone, Copy)]
pub struct Busy(pub Signal<bool>);

/// The notice area: one card per open problem, plus the update offer.
#[component]
pub fn Notices() -> impl IntoView {
    let reports = expect_context::<Reports>();
    let stores = expect_context::<Stores>();
    let pwa = expect_context::<Pwa>();
    let busy = use_context::<Busy>().map(|b| b.0);
    let guide = expect_context::<Guide>();
    let nav = expect_context::<Nav>();
    let later = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let show_update =
        move || pwa.update_ready.get() && !later.get() && !busy.is_some_and(|b| b.get());

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = command(&ev) else { return };
        let (verb, index) = cmd.split_once(':').unwrap_or((cmd.as_str(), ""));
        let index = index.parse::<usize>().unwrap_or(usize::MAX);
        match verb {
            "update" => pwa.apply_update(),
            "later" => later.set(true),
            "reload" => {
                let _ = window().location().reload();
            }
            "dismiss" => reports.dismiss(index),
            "export" => leptos::task::spawn_local(async move {
                failure.try_set(crate::chunks::export_all(stores).await.err());
            }),
            "copy" => {
                if let Some(Report::Unreadable { label, raw, .. }) =
                    reports.list().into_iter().nth(index)
                {
                    let name = format!("uncramp-unreadable-{label}-{}.txt", browser::today_iso());
                    failure.set(browser::download(&name, "text/plain", &raw).err());
                }
            }
            _ => {}
        }
    };

    view! {
        <div class="notices" on:click=on_click>
            {move || {
                reports
                    .list()
                    .into_iter()
                    .enumerate()
                    .map(|(index, report)| report_card(&report, index))
                    .collect_view()
            }}
            {move || failure.get().map(|e| view! { <p class="notice__error" role="alert">{e}</p> })}
            {move || {
                (guide.is_open() && !nav.is(View::Stretch))
                    .then(|| {
                        view! {
                            <div class="notice notice--update" role="status">
                                <p class="notice__text">"Your stretch is still running."</p>
                                <div class="notice__actions">
                                    <a class="button button--primary button--small" href="./">"Back to the stretch"</a>
                                </div>
                            </div>
                        }
                    })
            }}
            {move || {
                show_update()
                    .then(|| {
                        view! {
                            <div class="notice notice--update" role="status">
                                <p class="notice__text">"A new version of Uncramp is ready."</p>
                                <div class="notice__actions">
                                    <button
                                        type="button"
                                        class="button button--primary button--small"
                                        data-cmd="update"
                                    >
                                        "Update now"
                                    </button>
                                    <button type="button" class="button button--small" data-cmd="later">
                                        "Later"
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// One storage problem, in plain words, with what the user can do about it.
fn report_card(report: &Report, index: usize) -> impl IntoView {
    let (text, action, action_label) = match report {
        Report::Unavailable => (
            "This browser is not letting Uncramp save anything (private browsing, or storage \
             is blocked). Everything works, but your changes will be gone when you close the app."
                .to_string(),
            None,
            "",
        ),
        Report::Unreadable {
            label,
            reason,
            aside_key,
            ..
        } => (
            match aside_key {
                Some(_) => format!(
                    "Your saved {label} could not be read: {reason}. Uncramp kept a copy of it \
                     and started with defaults. You can download the copy."
                ),
                None => format!(
                    "Your saved {label} could not be read: {reason}. Uncramp could not keep a \
                     copy, so it will not overwrite it: changes to your {label} will not be \
                     saved. Download it to keep it."
                ),
            },
            Some(format!("copy:{index}")),
            "Download the copy",
        ),
        Report::NewerVersion { label } => (
            format!(
                "Your {label} was saved by a newer version of Uncramp (in another tab, or after \
                 an update). This page will not overwrite it: reload to use the new version. \
                 Changes you make here until then are not saved."
            ),
            Some("reload".to_string()),
            "Reload",
        ),
        Report::WriteFailed { label, reason } => (
            format!(
                "Your latest change to your {label} could not be saved: {reason}. It is kept \
                 until you close the app. Export your data to keep it safe."
            ),
            Some("export".to_string()),
            "Export my data",
        ),
    };
    view! {
        <div class="notice notice--warning" role="alert">
            <Svg icon=Icon::Warning />
            <p class="notice__text">{text}</p>
            <div class="notice__actions">
                {action
                    .map(|cmd| {
                        view! {
                            <button type="button" class="button button--small" data-cmd=cmd>
                                <Svg icon=Icon::Download />
                                {action_label}
                            </button>
                        }
                    })}
                <button
                    type="button"
                    class="button button--small button--quiet"
                    data-cmd=format!("dismiss:{index}")
                >
                    "Dismiss"
                </button>
            </div>
        </div>
    }
}
