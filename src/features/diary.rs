//! The cramp diary: log a cramp in a few taps (with what came before it and the sleep lost),
//! answer the nights you missed, the list (edit, delete with undo), a weekly chart next to the
//! checklist with medicine starts marked, what works for you, your medicines, what eases your
//! cramps fastest, the personal trial of the bedtime stretch, and the doctor report as a file.
//!
//! This file holds the view, the log form's save and the nights and entries; each other card is
//! a component of its own ([`cards`], [`medicines`], [`report`]) with its own commands, and the
//! home view's morning question is [`morning`].

mod cards;
mod form;
mod markup;
mod medicines;
mod medicines_markup;
pub mod morning;
mod report;

use super::ViewHeading;
use crate::browser;
use crate::domain::diary::nights::{self, NightAnswer};
use crate::domain::diary::{night_of, Diary, DiaryCmd, Draft, Entry, FormInProgress};
use crate::domain::time::{DayNum, LocalMinute};
use crate::state::clock::Clock;
use crate::state::shared::LogNight;
use crate::state::Stores;
use crate::storage;
use crate::tr;
use crate::ui::act::{field, read, ViewCmd};
use crate::ui::markup::Markup;
use form::{CrampForm, Filled};
use leptos::prelude::*;
use markup::{chart_html, list_html, nights_html, table_html, Start, NIGHTS_SHOWN};

/// How many entries the list shows before "Show more".
const PAGE: usize = 40;

/// Where the log form is.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    Closed,
    New,
    /// A cramp on this night, from the morning question's "A cramp".
    Night(DayNum),
    Edit(u32),
}

crate::view_commands! {
    /// What the diary's log form, nights and list do (`Edit`, `Delete`: an entry id;
    /// `NoCramp`, `Cramp`, `Sleep`: a night).
    pub enum DiaryViewCmd {
        New = "new",
        Undo = "undo",
        More = "more",
        ;
        Edit(u32) = "edit",
        Delete(u32) = "delete",
        NoCramp(i32) = "no-cramp",
        Cramp(i32) = "cramp",
        Sleep(i32) = "sleep",
        EditMedicine(u32) = "edit-med",
        DeleteMedicine(u32) = "delete-med",
    }
}

/// The time a cramp on `night` is filled in with: 03:00 the morning after (the middle of a
/// night), or now if that is later than now.
fn night_time(night: DayNum) -> LocalMinute {
    let now = LocalMinute::from_naive(browser::local_now().naive_local());
    let three = night
        .plus(1)
        .to_date()
        .and_hms_opt(3, 0, 0)
        .map_or(now, LocalMinute::from_naive);
    three.min(now)
}

/// The medicine starts the chart marks.
fn starts(d: &Diary) -> Vec<Start> {
    d.medicines
        .iter()
        .filter_map(|m| {
            m.draft.started.map(|day| Start {
                day,
                name: m.draft.name.clone(),
            })
        })
        .collect()
}

/// The diary view.
#[component]
pub fn DiaryView() -> impl IntoView {
    let lang = crate::translations::shown();
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    // The morning question's "A cramp" opens the form for last night.
    let asked = use_context::<LogNight>().and_then(|l| l.0.try_update(Option::take).flatten());
    // A form left half-filled in this tab (the page was reloaded) opens again as it was.
    let resumed = storage::tab::kept::<FormInProgress>(FormInProgress::KEY)
        .and_then(|f| stores.diary.with_untracked(|d| f.still_fits(d)));
    let opened = match (asked, &resumed) {
        (Some(night), _) => Form::Night(night),
        (None, Some(f)) => match (f.editing, f.night) {
            (Some(id), _) => Form::Edit(id),
            (None, Some(night)) => Form::Night(night),
            (None, None) => Form::New,
        },
        (None, None) => Form::Closed,
    };
    let resume = StoredValue::new(resumed.filter(|_| asked.is_none()));
    let form = RwSignal::new(opened);
    // The form closes: nothing in progress to keep any more.
    let close = move || {
        storage::tab::forget(FormInProgress::KEY);
        form.set(Form::Closed);
    };
    let keep_progress = move |filled: Filled| {
        let kind = form.get_untracked();
        let editing = match kind {
            Form::Edit(id) => Some(id),
            _ => None,
        };
        let editing_at = editing.and_then(|id| {
            stores
                .diary
                .with_untracked(|d| d.get(id).map(|e| e.draft.at))
        });
        storage::tab::keep(
            FormInProgress::KEY,
            &FormInProgress {
                editing,
                editing_at,
                night: match kind {
                    Form::Night(night) => Some(night),
                    _ => None,
                },
                draft: filled.draft,
                sleep_lost: filled.sleep_lost,
            },
        );
    };
    let shown = RwSignal::new(PAGE);
    let deleted = RwSignal::new(None::<Entry>);
    let message = RwSignal::new(None::<String>);
    if asked.is_some() {
        request_animation_frame(|| crate::ui::field::focus("log-at"));
    }

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<DiaryViewCmd>(&ev) else {
            return;
        };
        match cmd {
            // Another form replaces the one kept (it is kept again once changed).
            DiaryViewCmd::New => {
                storage::tab::forget(FormInProgress::KEY);
                form.set(Form::New);
            }
            DiaryViewCmd::Edit(id) => {
                storage::tab::forget(FormInProgress::KEY);
                form.set(Form::Edit(id));
                scroll_to("log-form");
            }
            DiaryViewCmd::Delete(id) => {
                // Deleting the cramp being edited closes its form (it left the view with no
                // form and no "Log a cramp").
                if form.get_untracked() == Form::Edit(id) {
                    close();
                }
                let entry = stores.diary.with_untracked(|d| d.get(id).cloned());
                stores.diary.update(|d| {
                    d.apply(DiaryCmd::Delete(id));
                });
                deleted.set(entry);
                // The undo is at the top of the list: take the focus (and the eye) there.
                request_animation_frame(|| crate::ui::field::focus("undo-delete"));
            }
            DiaryViewCmd::Undo => {
                if let Some(entry) = deleted.get_untracked() {
                    stores.diary.update(|d| {
                        d.apply(DiaryCmd::Restore(entry));
                    });
                }
                deleted.set(None);
            }
            DiaryViewCmd::More => shown.update(|n| *n += PAGE),
            DiaryViewCmd::NoCramp(n) | DiaryViewCmd::Cramp(n) => {
                let answer = if matches!(cmd, DiaryViewCmd::NoCramp(_)) {
                    NightAnswer::NoCramp
                } else {
                    NightAnswer::Cramp
                };
                stores.diary.update(|d| {
                    d.apply(DiaryCmd::AnswerNight {
                        night: DayNum(n),
                        answer,
                    });
                });
            }
            // A change (below), or a card's own command.
            _ => {}
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(DiaryViewCmd::Sleep(n)) = read::<DiaryViewCmd>(&ev) {
            let value = field(&ev).and_then(|f| f.value.parse().ok());
            stores.diary.update(|d| {
                d.apply(DiaryCmd::SleepLost {
                    night: DayNum(n),
                    value,
                });
            });
        }
    };
    // The form hands back a checked draft and the night's sleep lost; saving is the view's job.
    let save = move |filled: Filled| {
        let Filled { draft, sleep_lost } = filled;
        let night = night_of(draft.at.to_naive());
        let own: Vec<String> = draft
            .tags
            .iter()
            .filter_map(|t| match t {
                crate::domain::diary::Tag::Own(name) => Some(name.clone()),
                _ => None,
            })
            .collect();
        // Only tags new to this cramp join the list: one the person took off the list stays
        // off when a cramp that had it is saved again.
        let had: Vec<crate::domain::diary::Tag> = match form.get_untracked() {
            Form::Edit(id) => stores
                .diary
                .with_untracked(|d| d.get(id).map(|e| e.draft.tags.clone()))
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let own: Vec<String> = own
            .into_iter()
            .filter(|n| !had.contains(&crate::domain::diary::Tag::Own(n.clone())))
            .collect();
        let cmd = match form.get_untracked() {
            Form::Edit(id) => DiaryCmd::Update(id, draft),
            _ => DiaryCmd::Add(draft),
        };
        let saved = stores.diary.try_update(|d| {
            d.apply(cmd);
            for name in own {
                d.apply(DiaryCmd::AddOwnTag(name));
            }
            if nights::sleep_of(d, night) != sleep_lost {
                d.apply(DiaryCmd::SleepLost {
                    night,
                    value: sleep_lost,
                });
            }
        });
        message.set(Some(match saved {
            Ok(()) => tr!(diary.saved).into(),
            Err(e) => tr!(diary.not_saved, error = e.describe_in(lang)).to_string(),
        }));
        close();
    };

    // Whether a form shows: not for a cramp deleted since its edit began (in another tab).
    let form_open = move || match form.get() {
        Form::Closed => false,
        Form::Edit(id) => stores.diary.with(|d| d.get(id).is_some()),
        Form::New | Form::Night(_) => true,
    };
    // The draft the form starts from, whether it edits, and the night's sleep lost.
    let form_draft = move || {
        let kind = form.get();
        let (draft, editing) = match kind {
            Form::Closed => return None,
            Form::New => (
                Draft {
                    at: LocalMinute::from_naive(browser::local_now().naive_local()),
                    ..Draft::default()
                },
                false,
            ),
            Form::Night(night) => (
                Draft {
                    at: night_time(night),
                    ..Draft::default()
                },
                false,
            ),
            Form::Edit(id) => (
                stores.diary.with(|d| d.get(id).map(|e| e.draft.clone()))?,
                true,
            ),
        };
        let night = night_of(draft.at.to_naive());
        let (own, sleep) = stores
            .diary
            .with_untracked(|d| (d.own_tags.clone(), nights::sleep_of(d, night)));
        let lead = matches!(kind, Form::Night(_)).then_some(tr!(diary.night_lead));
        // The first time, a form kept from before the reload: as it was left.
        if let Some(kept) = resume.try_update_value(Option::take).flatten() {
            let lead = if editing {
                tr!(diary.resumed_edit)
            } else {
                tr!(diary.resumed)
            };
            return Some((kept.draft, editing, own, kept.sleep_lost, Some(lead)));
        }
        Some((draft, editing, own, sleep, lead))
    };
    let list_html = Signal::derive(move || {
        let (n, today) = (shown.get(), clock.today());
        stores.diary.with(|d| list_html(&d.entries, n, today))
    });
    let stats = Memo::new(move |_| {
        let t = clock.today();
        stores
            .checklist
            .with(|c| stores.diary.with(|d| (d.weekly(c, t, 12), starts(d))))
    });
    let chart_html = Signal::derive(move || stats.with(|(w, s)| chart_html(w, s)));
    let table_html = Signal::derive(move || stats.with(|(w, s)| table_html(w, s)));
    let nights_html = Signal::derive(move || {
        let t = clock.today();
        stores.diary.with(|d| nights_html(d, t))
    });
    let nights_tally = move || {
        let t = clock.today();
        let tally = stores
            .diary
            .with(|d| nights::tally(d, t.plus(-NIGHTS_SHOWN), t.plus(-1), |_| true));
        match (tally.answered, tally.unanswered) {
            (0, _) => tr!(diary.nights_none, n = NIGHTS_SHOWN).to_string(),
            (_, 0) => tr!(
                diary.nights_all,
                n = NIGHTS_SHOWN,
                said = tally.said_in(lang)
            )
            .to_string(),
            (_, open) => tr!(
                diary.nights_open,
                n = NIGHTS_SHOWN,
                said = tally.said_in(lang),
                open = open
            )
            .to_string(),
        }
    };
    let count = move || stores.diary.with(|d| d.entries.len());

    view! {
        <section class="view" lang=lang.tag() on:click=on_click on:change=on_change>
            <ViewHeading title=tr!(diary.title) intro=tr!(diary.intro) />
            <div class="card" id="log-form">
                <button type="button" class="button button--big button--primary" data-cmd=DiaryViewCmd::New.render() hidden=form_open>
                    {tr!(diary.log)}
                </button>
                {move || form_draft().map(|(draft, editing, own, sleep, lead)| view! {
                    <CrampForm draft editing own sleep lead
                        on_save=Callback::new(save) on_cancel=Callback::new(move |()| close())
                        on_progress=Callback::new(keep_progress)
                        on_forget_tag=Callback::new(move |name| stores.diary.update(|d| _ = d.apply(DiaryCmd::RemoveOwnTag(name)))) />
                })}
                {move || message.get().map(|m| view! { <p class="status" role="status">{m}</p> })}
            </div>

            <section class="card" aria-labelledby="nights-title">
                <h2 id="nights-title" class="card__title">{tr!(diary.nights_title)}</h2>
                <p>{nights_tally}</p>
                <p class="hint">{tr!(diary.nights_hint)}</p>
                <details class="chart__table">
                    <summary>{tr!(diary.answer_night)}</summary>
                    <Markup html=nights_html />
                </details>
            </section>

            <div class="card" aria-labelledby="chart-title">
                <h2 id="chart-title" class="card__title">{tr!(diary.per_week)}</h2>
                <p class="hint">{tr!(diary.chart_hint)}</p>
                <Markup html=chart_html class="chart" />
                <details class="chart__table">
                    <summary>{tr!(diary.as_table)}</summary>
                    <Markup html=table_html />
                </details>
            </div>

            <cards::WhatWorks />
            <medicines::MedicinesCard />
            <cards::Fastest />
            <cards::TrialCard />
            <report::ReportCard />

            <div class="card" aria-labelledby="list-title">
                <h2 id="list-title" class="card__title">{move || tr!(diary.all, n = count()).to_string()}</h2>
                {move || {
                    deleted
                        .get()
                        .map(|_| {
                            view! {
                                <p class="toast" role="status">
                                    {tr!(diary.deleted)}
                                    <button type="button" id="undo-delete" class="button button--small" data-cmd=DiaryViewCmd::Undo.render()>{tr!(diary.undo)}</button>
                                </p>
                            }
                        })
                }}
                <Markup html=list_html class="entries" />
                <button type="button" class="button" data-cmd=DiaryViewCmd::More.render() hidden=move || count() <= shown.get()>{tr!(diary.more)}</button>
            </div>
        </section>
    }
}

fn scroll_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::DiaryViewCmd::samples());
    }
}
