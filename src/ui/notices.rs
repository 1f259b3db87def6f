//! Notices under the app bar: storage problems in plain words, and "Update available".

use crate::browser::{self, OutFile, OutState, Words};
use crate::domain::route::View;
use crate::pwa::Pwa;
use crate::state::shared::{Busy, ExportAll, StartAfresh, StretchOpen};
use crate::state::Stores;
use crate::storage::{Report, Reports};
use crate::tr;
use crate::ui::act::{read, ViewCmd};
use crate::ui::file_out::{offer, FileOutStatus};
use crate::ui::icons::{Icon, Svg};
use crate::ui::router::Nav;
use leptos::prelude::*;

crate::view_commands! {
    /// What the notices' buttons do (`index`: which open report).
    pub enum NoticeCmd {
        Update = "update",
        Later = "later",
        Reload = "reload",
        Export = "export",
        ;
        Dismiss(usize) = "dismiss",
        Copy(usize) = "copy",
        Afresh(usize) = "afresh",
    }
}

/// What the app says once a copy of unreadable data has left the phone.
fn copy_words() -> Words {
    Words {
        shared: tr!(shell.copy_shared),
        downloaded: tr!(shell.copy_downloaded),
    }
}

/// The notice area: one card per open problem, plus the update offer.
#[component]
pub fn Notices() -> impl IntoView {
    let reports = expect_context::<Reports>();
    let stores = expect_context::<Stores>();
    let pwa = expect_context::<Pwa>();
    let busy = use_context::<Busy>().map(|b| b.0);
    let stretch_open = use_context::<StretchOpen>().map(|s| s.0);
    let nav = expect_context::<Nav>();
    let later = RwSignal::new(false);
    // Where an export or a copy of unreadable data went (or why it could not).
    let out = RwSignal::new(None::<OutState>);
    let show_update =
        move || pwa.update_ready.get() && !later.get() && !busy.is_some_and(|b| b.get());

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<NoticeCmd>(&ev) else {
            return;
        };
        match cmd {
            NoticeCmd::Update => pwa.apply_update(),
            NoticeCmd::Later => later.set(true),
            NoticeCmd::Reload => {
                let _ = window().location().reload();
            }
            NoticeCmd::Dismiss(index) => reports.dismiss(index),
            NoticeCmd::Export => {
                if let Some(ExportAll(export)) = use_context::<ExportAll>() {
                    export(stores, out);
                }
            }
            NoticeCmd::Afresh(index) => {
                if let Some(report @ Report::NewerVersion { .. }) =
                    reports.list().into_iter().nth(index)
                {
                    if let Some(StartAfresh(afresh)) = use_context::<StartAfresh>() {
                        afresh(stores, reports, report);
                    }
                }
            }
            NoticeCmd::Copy(index) => {
                if let Some(Report::Unreadable { label, raw, .. }) =
                    reports.list().into_iter().nth(index)
                {
                    let name = format!(
                        "uncramp-unreadable-{}-{}.txt",
                        // Letters and digits only ("copy-for-Undo-import").
                        label
                            .split(|c: char| !c.is_ascii_alphanumeric())
                            .filter(|word| !word.is_empty())
                            .collect::<Vec<_>>()
                            .join("-"),
                        browser::today_iso()
                    );
                    let file = OutFile {
                        name,
                        mime: "text/plain",
                        text: raw,
                        title: tr!(shell.unreadable_title),
                    };
                    offer(file, copy_words(), out, || {});
                }
            }
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
            <FileOutStatus state=out />
            {move || {
                (stretch_open.is_some_and(|s| s.get()) && !nav.is(View::Stretch))
                    .then(|| {
                        view! {
                            <div class="notice notice--update" role="status">
                                <p class="notice__text">{tr!(shell.still_running)}</p>
                                <div class="notice__actions">
                                    <a class="button button--primary button--small" href="./">{tr!(shell.back_to_stretch)}</a>
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
                                <p class="notice__text">{tr!(shell.new_version)}</p>
                                <div class="notice__actions">
                                    <button
                                        type="button"
                                        class="button button--primary button--small"
                                        data-cmd=NoticeCmd::Update.render()
                                    >
                                        {tr!(shell.update_now)}
                                    </button>
                                    <button type="button" class="button button--small" data-cmd=NoticeCmd::Later.render()>
                                        {tr!(shell.later)}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// A store's name in the language shown ("cramp diary", "krampdagboek").
fn store_label(label: &'static str) -> &'static str {
    crate::domain::saved::label_in(label, crate::translations::shown())
}

/// One storage problem, in plain words, with what the user can do about it.
fn report_card(report: &Report, index: usize) -> impl IntoView {
    // The newer-version notice has a second way out: start afresh, keeping a copy.
    let second = match report {
        Report::NewerVersion { .. } => Some((NoticeCmd::Afresh(index).render(), tr!(shell.afresh))),
        _ => None,
    };
    let (text, action, action_label) = match report {
        Report::Unavailable => (tr!(shell.unavailable).to_string(), None, ""),
        Report::Unreadable {
            label,
            reason,
            aside_key,
            ..
        } => (
            match aside_key {
                Some(_) => tr!(
                    shell.unreadable_kept,
                    label = store_label(label),
                    reason = reason.describe_in(crate::translations::shown())
                )
                .to_string(),
                None => tr!(
                    shell.unreadable_not_kept,
                    label = store_label(label),
                    reason = reason.describe_in(crate::translations::shown())
                )
                .to_string(),
            },
            Some(NoticeCmd::Copy(index).render()),
            tr!(shell.download_copy),
        ),
        Report::NewerVersion { label } => (
            tr!(shell.newer, label = store_label(label)).to_string(),
            Some(NoticeCmd::Reload.render()),
            tr!(shell.reload),
        ),
        Report::WriteFailed { label, reason } => (
            tr!(
                shell.write_failed,
                label = store_label(label),
                reason = reason.describe_in(crate::translations::shown())
            )
            .to_string(),
            Some(NoticeCmd::Export.render()),
            tr!(shell.export),
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
                            <button type="button" class="button button--small" data-cmd=cmd.clone()>
                                {(cmd != NoticeCmd::Reload.render()).then(|| view! { <Svg icon=Icon::Download /> })}
                                {action_label}
                            </button>
                        }
                    })}
                {second
                    .map(|(cmd, label)| {
                        view! {
                            <button type="button" class="button button--small" data-cmd=cmd>
                                {label}
                            </button>
                        }
                    })}
                <button
                    type="button"
                    class="button button--small button--quiet"
                    data-cmd=NoticeCmd::Dismiss(index).render()
                >
                    {tr!(shell.dismiss)}
                </button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::NoticeCmd::samples());
    }
}
