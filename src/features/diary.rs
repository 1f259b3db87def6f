//! The cramp diary: log a cramp in a few taps, the list (edit, delete with undo), a weekly
//! chart next to the checklist, and a printable summary for a doctor with a CSV export.

use super::ViewHeading;
use crate::browser;
use crate::domain::checklist::Checklist;
use crate::domain::diary::{self as diary, insights};
use crate::domain::diary::{
    duration_words, tenths, Diary, DiaryCmd, Draft, Entry, Summary, WeekStat,
};
use crate::domain::stretch::routine::{Leg, Muscle};
use crate::domain::time::{DayNum, LocalMinute};
use crate::state::clock::Clock;
use crate::state::Stores;
use crate::ui::act::{read, ViewCmd};
use crate::ui::field::{described_by, focus, invalid, FieldError, Problem};
use crate::ui::file_out::{offer, FileOutStatus};
use crate::ui::markup::{escape, Markup};
use leptos::prelude::*;
use std::fmt::Write;

/// How many entries the list shows before "Show more".
const PAGE: usize = 40;

/// Where the log form is.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    Closed,
    New,
    Edit(u32),
}

crate::view_commands! {
    /// What the diary view's buttons do (`Edit`, `Delete`: an entry id).
    pub enum DiaryViewCmd {
        New = "new",
        Undo = "undo",
        More = "more",
        Print = "print",
        Csv = "csv",
        ;
        Edit(u32) = "edit",
        Delete(u32) = "delete",
        Weeks(i32) = "weeks",
    }
}

/// What the diary says once its CSV has left the phone.
const CSV_WORDS: browser::Words = browser::Words {
    shared: "The CSV went to the share sheet: save it to Files or send it to your doctor.",
    downloaded: "The CSV file is downloading. It opens in any spreadsheet.",
};

/// The diary view.
#[component]
pub fn DiaryView() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let form = RwSignal::new(Form::Closed);
    let shown = RwSignal::new(PAGE);
    let weeks = RwSignal::new(4i32);
    let deleted = RwSignal::new(None::<Entry>);
    let message = RwSignal::new(None::<String>);
    // Where the CSV went (shared, downloaded, or its text to copy).
    let csv_out = RwSignal::new(None::<browser::OutState>);
    let day_start = move || stores.settings.with(|s| s.day_start.minutes());

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<DiaryViewCmd>(&ev) else {
            return;
        };
        match cmd {
            DiaryViewCmd::New => form.set(Form::New),
            DiaryViewCmd::Edit(id) => {
                form.set(Form::Edit(id));
                scroll_to("log-form");
            }
            DiaryViewCmd::Delete(id) => {
                let entry = stores.diary.with_untracked(|d| d.get(id).cloned());
                stores.diary.update(|d| {
                    d.apply(DiaryCmd::Delete(id));
                });
                deleted.set(entry);
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
            DiaryViewCmd::Weeks(w) => weeks.set(if w == 12 { 12 } else { 4 }),
            DiaryViewCmd::Print => {
                let _ = window().print();
            }
            DiaryViewCmd::Csv => {
                let today = clock.today_untracked();
                let from = today.plus(-7 * weeks.get_untracked() + 1);
                let start = stores.settings.with_untracked(|s| s.day_start.minutes());
                let csv = stores
                    .diary
                    .with_untracked(|d| diary::report::csv(d, from, today, start));
                let name = format!("uncramp-diary-{}-to-{}.csv", from.iso(), today.iso());
                let file = browser::OutFile {
                    name,
                    mime: "text/csv",
                    text: csv,
                    title: "Uncramp diary (CSV)",
                };
                offer(file, CSV_WORDS, csv_out, || {});
            }
        }
    };
    // The form hands back a checked draft; saving it is the view's job.
    let save = move |draft: Draft| {
        let cmd = match form.get_untracked() {
            Form::Edit(id) => DiaryCmd::Update(id, draft),
            _ => DiaryCmd::Add(draft),
        };
        let saved = stores.diary.try_update(|d| {
            d.apply(cmd);
        });
        message.set(Some(match saved {
            Ok(()) => "Saved.".into(),
            Err(e) => format!("Added for now, but it could not be saved: {e}."),
        }));
        form.set(Form::Closed);
    };

    // The draft the form starts from (None: no form open).
    let form_draft = move || match form.get() {
        Form::Closed => None,
        Form::New => Some((
            Draft {
                at: LocalMinute::from_naive(browser::local_now().naive_local()),
                ..Draft::default()
            },
            false,
        )),
        Form::Edit(id) => stores
            .diary
            .with(|d| d.get(id).map(|e| (e.draft.clone(), true))),
    };
    let list_html = Signal::derive(move || {
        let (n, start, today) = (shown.get(), day_start(), clock.today());
        stores
            .diary
            .with(|d| list_html(&d.entries, n, start, today))
    });
    let stats = Memo::new(move |_| {
        let (t, start) = (clock.today(), day_start());
        stores
            .checklist
            .with(|c| stores.diary.with(|d| d.weekly(c, t, 12, start)))
    });
    let chart_html = Signal::derive(move || stats.with(|s| chart_html(s)));
    let table_html = Signal::derive(move || stats.with(|s| table_html(s)));
    let summary_html = Signal::derive(move || {
        let (t, w, start) = (clock.today(), weeks.get(), day_start());
        stores.checklist.with(|c| {
            stores
                .diary
                .with(|d| summary_html(&d.summary(c, t, w, start), &works_html(d, c, t, w, start)))
        })
    });
    let count = move || stores.diary.with(|d| d.entries.len());

    view! {
        <section class="view" on:click=on_click>
            <ViewHeading
                title="Cramp diary"
                intro="Log your cramps to see what helps you, and to show your doctor."
            />
            <div class="card" id="log-form">
                <button type="button" class="button button--big button--primary" data-cmd=DiaryViewCmd::New.render() hidden=move || form.get() != Form::Closed>
                    "Log a cramp"
                </button>
                {move || form_draft().map(|(draft, editing)| view! {
                    <CrampForm draft editing on_save=Callback::new(save) on_cancel=Callback::new(move |()| form.set(Form::Closed)) />
                })}
                {move || message.get().map(|m| view! { <p class="status" role="status">{m}</p> })}
            </div>

            <div class="card" aria-labelledby="chart-title">
                <h2 id="chart-title" class="card__title">"Cramps per week"</h2>
                <p class="hint">"Bars: cramps. Dots: average severity (0 to 10). Below: days you kept your checklist."</p>
                <Markup html=chart_html class="chart" />
                <details class="chart__table">
                    <summary>"Show as a table"</summary>
                    <Markup html=table_html />
                </details>
            </div>

            <WhatWorks />

            <div class="card summary" aria-labelledby="summary-title">
                <div class="card__row">
                    <h2 id="summary-title" class="card__title">"Summary for your doctor"</h2>
                </div>
                <div class="actions no-print" role="group" aria-label="Period">
                    <button type="button" class="button button--small" data-cmd=DiaryViewCmd::Weeks(4).render() aria-pressed=move || (weeks.get() == 4).to_string()>"Last 4 weeks"</button>
                    <button type="button" class="button button--small" data-cmd=DiaryViewCmd::Weeks(12).render() aria-pressed=move || (weeks.get() == 12).to_string()>"Last 12 weeks"</button>
                </div>
                <Markup html=summary_html class="summary__body" />
                <div class="actions no-print">
                    <button type="button" class="button" data-cmd=DiaryViewCmd::Print.render()>"Print"</button>
                    <button type="button" class="button" data-cmd=DiaryViewCmd::Csv.render()>"Save as CSV"</button>
                </div>
                <FileOutStatus state=csv_out />
            </div>

            <div class="card" aria-labelledby="list-title">
                <h2 id="list-title" class="card__title">{move || format!("All cramps ({})", count())}</h2>
                {move || {
                    deleted
                        .get()
                        .map(|_| {
                            view! {
                                <p class="toast" role="status">
                                    "Entry deleted. "
                                    <button type="button" class="button button--small" data-cmd=DiaryViewCmd::Undo.render()>"Undo"</button>
                                </p>
                            }
                        })
                }}
                <Markup html=list_html class="entries" />
                <button type="button" class="button" data-cmd=DiaryViewCmd::More.render() hidden=move || count() <= shown.get()>"Show more"</button>
            </div>
        </section>
    }
}

fn scroll_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}

/// How long a cramp lasted, as the form offers it: the nearest band, and the exact value
/// when it is none of them (a cramp logged from the guide).
const DURATIONS: [(u32, &str); 5] = [
    (30, "Under a minute"),
    (90, "1 to 2 minutes"),
    (210, "2 to 5 minutes"),
    (450, "5 to 10 minutes"),
    (900, "Over 10 minutes"),
];

/// The log form: a view with typed state, filled in from `draft`. It checks the date and
/// hands back the new draft; the view around it saves it.
#[component]
fn CrampForm(
    /// What the form starts from.
    draft: Draft,
    /// Editing an entry (rather than logging a new one).
    editing: bool,
    /// Called with the checked draft.
    on_save: Callback<Draft>,
    /// Called on "Cancel".
    on_cancel: Callback<()>,
) -> impl IntoView {
    let had = draft.at;
    let at = RwSignal::new(draft.at.input_value());
    let muscle = RwSignal::new(draft.muscle);
    let leg = RwSignal::new(draft.leg);
    let severity = RwSignal::new(draft.severity);
    let duration = RwSignal::new(draft.duration_s);
    let woke = RwSignal::new(draft.woke);
    let note = RwSignal::new(draft.note.clone());
    let error: Problem = RwSignal::new(None);
    let from_guide = draft.from_guide;
    // The picker offers no time later than now (or than the entry's own, if that is later).
    let max_at = LocalMinute::from_naive(browser::local_now().naive_local())
        .max(had)
        .input_value();
    let exact = draft
        .duration_s
        .filter(|s| !DURATIONS.iter().any(|(v, _)| v == s));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(at) = LocalMinute::parse_input(&at.get_untracked()) else {
            error.set(Some("Please enter the date and time of the cramp."));
            focus("log-at");
            return;
        };
        let now = LocalMinute::from_naive(browser::local_now().naive_local());
        if let Err(problem) = diary::check_start(at, had, now) {
            error.set(Some(problem));
            focus("log-at");
            return;
        }
        on_save.run(Draft {
            at,
            duration_s: duration.get_untracked(),
            leg: leg.get_untracked(),
            muscle: muscle.get_untracked(),
            severity: severity.get_untracked(),
            woke: woke.get_untracked(),
            note: note.get_untracked(),
            from_guide,
            tags: Vec::new(),
            eased_by: None,
        });
    };
    let radio = |name: &'static str,
                 label: &'static str,
                 checked: Signal<bool>,
                 pick: Callback<()>| {
        view! {
            <label class="segmented__option">
                <input type="radio" name=name prop:checked=checked on:change=move |_| pick.run(()) />
                <span>{label}</span>
            </label>
        }
    };
    let leg_radio = move |l: Leg, label: &'static str| {
        radio(
            "leg",
            label,
            Signal::derive(move || leg.get() == l),
            Callback::new(move |()| leg.set(l)),
        )
    };
    let woke_radio = move |w: Option<bool>, label: &'static str| {
        radio(
            "woke",
            label,
            Signal::derive(move || woke.get() == w),
            Callback::new(move |()| woke.set(w)),
        )
    };
    view! {
        <form class="log__form" aria-labelledby="log-title" novalidate on:submit=submit>
            <h2 class="card__title" id="log-title">{if editing { "Edit this cramp" } else { "Log a cramp" }}</h2>
            <div class="field">
                <label class="field__label" for="log-at">"When it started"</label>
                <input class="input" id="log-at" type="datetime-local" required prop:value=move || at.get() min=diary::EARLIEST_INPUT max=max_at
                    aria-invalid=invalid(error)
                    aria-describedby=described_by(error, "log-at-error")
                    on:input=move |ev| { at.set(event_target_value(&ev)); error.set(None); } />
                <FieldError id="log-at-error" problem=error />
            </div>
            <div class="field">
                <label class="field__label" for="log-muscle">"Where"</label>
                <select class="select" id="log-muscle" on:change=move |ev| {
                    if let Some(m) = Muscle::from_name(&event_target_value(&ev)) { muscle.set(m) }
                }>
                    {Muscle::ALL.map(|m| view! { <option value=m.name() selected=move || muscle.get() == m>{m.label()}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="segmented">
                <legend class="segmented__legend">"Which leg"</legend>
                <div class="segmented__grid segmented__grid--three">
                    {leg_radio(Leg::Left, "Left")}
                    {leg_radio(Leg::Right, "Right")}
                    {leg_radio(Leg::Unsaid, "Not sure")}
                </div>
            </fieldset>
            <div class="field">
                <label class="field__label" for="log-sev">"How bad (0 to 10)"</label>
                <select class="select" id="log-sev" on:change=move |ev| severity.set(event_target_value(&ev).parse().ok())>
                    <option value="" selected=move || severity.get().is_none()>"Not rated"</option>
                    {(0..=10u8).map(|n| {
                        let label = match n {
                            0 => "0, no pain".to_string(),
                            10 => "10, worst imaginable".to_string(),
                            n => n.to_string(),
                        };
                        view! { <option value=n.to_string() selected=move || severity.get() == Some(n)>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="log-dur">"How long"</label>
                <select class="select" id="log-dur" on:change=move |ev| duration.set(event_target_value(&ev).parse().ok())>
                    <option value="" selected=move || duration.get().is_none()>"Not sure"</option>
                    {exact.map(|s| view! { <option value=s.to_string() selected=move || duration.get() == Some(s)>{duration_words(s)}</option> })}
                    {DURATIONS.map(|(v, label)| view! { <option value=v.to_string() selected=move || duration.get() == Some(v)>{label}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="segmented">
                <legend class="segmented__legend">"Did it wake you up?"</legend>
                <div class="segmented__grid segmented__grid--three">
                    {woke_radio(Some(true), "Yes")}
                    {woke_radio(Some(false), "No")}
                    {woke_radio(None, "Not saying")}
                </div>
            </fieldset>
            <div class="field">
                <label class="field__label" for="log-note">"Note (optional)"</label>
                <textarea class="input" id="log-note" rows="2" maxlength="500" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="button button--primary button--big">{if editing { "Save changes" } else { "Save" }}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>"Cancel"</button>
            </div>
        </form>
    }
}

/// The newest `limit` entries, grouped by night.
fn list_html(entries: &[Entry], limit: usize, day_start: u16, today: DayNum) -> String {
    if entries.is_empty() {
        return r#"<p class="hint">No cramps logged yet. Log one above, or from the stretch guide when it ends.</p>"#.into();
    }
    let mut out = String::from(r#"<ol class="entries__list">"#);
    let mut last_day = None;
    for e in entries.iter().take(limit) {
        let d = &e.draft;
        let day = e.day(day_start);
        if last_day != Some(day) {
            let _ = write!(
                out,
                r#"<li class="entries__day"><h3>Night of {}</h3></li>"#,
                day.long_seen_from(today)
            );
            last_day = Some(day);
        }
        let mut facts = vec![format!("{} {}", d.at.clock(), d.muscle.label())];
        if d.leg != Leg::Unsaid {
            facts.push(d.leg.phrase().to_string());
        }
        if let Some(s) = d.severity {
            facts.push(format!("severity {s}"));
        }
        if let Some(s) = d.duration_s {
            facts.push(duration_words(s));
        }
        if d.woke == Some(true) {
            facts.push("woke me up".into());
        }
        if d.from_guide {
            facts.push("from the stretch guide".into());
        }
        let note = if d.note.is_empty() {
            String::new()
        } else {
            format!(r#"<p class="entry__note">{}</p>"#, escape(&d.note))
        };
        let _ = write!(
            out,
            r#"<li class="entry"><p class="entry__facts">{}</p>{note}<div class="entry__actions"><button type="button" class="button button--small" data-cmd="{edit}" aria-label="Edit the cramp at {time}">Edit</button><button type="button" class="button button--small button--quiet" data-cmd="{delete}" aria-label="Delete the cramp at {time}">Delete</button></div></li>"#,
            facts.join(" · "),
            edit = DiaryViewCmd::Edit(e.id).render(),
            delete = DiaryViewCmd::Delete(e.id).render(),
            time = format!(
                "{} on {}",
                d.at.clock(),
                DayNum::from_date(d.at.date()).short()
            ),
        );
    }
    out.push_str("</ol>");
    out
}

/// Bars for cramps per week, dots for average severity, and a strip for checklist days kept.
fn chart_html(weeks: &[WeekStat]) -> String {
    let max = weeks.iter().map(|w| w.cramps).max().unwrap_or(0).max(4);
    let n = weeks.len().max(1) as u32;
    let (w, h, top, plot) = (360u32, 200u32, 14u32, 120u32);
    let col = w / n;
    let mut svg = format!(
        r#"<svg viewBox="0 0 {w} {h}" class="chart__svg" role="img" aria-labelledby="chart-title chart-desc"><desc id="chart-desc">Cramps per week for the last {n} weeks, with average severity and checklist days kept; the same numbers are in the table below.</desc>"#
    );
    let _ = write!(
        svg,
        r#"<line class="chart__axis" x1="0" x2="{w}" y1="{y}" y2="{y}"></line>"#,
        y = top + plot
    );
    let _ = write!(
        svg,
        r#"<text class="chart__label chart__label--start" x="2" y="{}">{max} cramps</text>"#,
        top - 3
    );
    let _ = write!(
        svg,
        r#"<line class="chart__grid" x1="0" x2="{w}" y1="{top}" y2="{top}"></line><text class="chart__label chart__label--end" x="{}" y="{}">severity 10</text>"#,
        w - 2,
        top - 3
    );
    for (i, wk) in weeks.iter().enumerate() {
        let x = i as u32 * col;
        let bar = wk.cramps * plot / max;
        if bar > 0 {
            let _ = write!(
                svg,
                r#"<rect class="chart__bar" x="{}" y="{}" width="{}" height="{bar}" rx="3"></rect>"#,
                x + 4,
                top + plot - bar,
                col - 8
            );
            let _ = write!(
                svg,
                r#"<text class="chart__count" x="{}" y="{}">{}</text>"#,
                x + col / 2,
                top + plot - 5,
                wk.cramps
            );
        }
        if let Some(s) = wk.severity_x10 {
            let cy = top + plot - s * plot / 100;
            let _ = write!(
                svg,
                r#"<circle class="chart__dot" cx="{}" cy="{cy}" r="5"></circle>"#,
                x + col / 2
            );
        }
        // Checklist strip: darker = more days kept.
        let level = wk.adherence.map_or(0, |a| 1 + a * 3 / 100);
        let _ = write!(
            svg,
            r#"<rect class="chart__kept" data-level="{level}" x="{}" y="{}" width="{}" height="16" rx="3"></rect>"#,
            x + 4,
            top + plot + 8,
            col - 8
        );
        if i % 2 == 0 {
            // Under its week, but the first starts at the edge, so it is not cut off.
            let (anchor, lx) = if i == 0 {
                (" chart__label--start", 2)
            } else {
                ("", x + col / 2)
            };
            let _ = write!(
                svg,
                r#"<text class="chart__label{anchor}" x="{lx}" y="{}">{}</text>"#,
                h - 12,
                wk.start.short()
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The chart's numbers as a table (for screen readers, and anyone who prefers numbers).
fn table_html(weeks: &[WeekStat]) -> String {
    let mut out = String::from(
        r#"<table class="table"><thead><tr><th scope="col">Week of</th><th scope="col">Cramps</th><th scope="col">Average severity</th><th scope="col">Checklist days kept</th></tr></thead><tbody>"#,
    );
    for wk in weeks.iter().rev() {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            wk.start.short(),
            wk.cramps,
            wk.severity_x10.map_or("–".into(), tenths),
            wk.adherence.map_or("–".into(), |a| format!("{a}%"))
        );
    }
    out.push_str("</tbody></table>");
    out
}

/// The doctor summary's "what works" lines: the habits with enough nights on each side.
fn works_html(d: &Diary, c: &Checklist, today: DayNum, weeks: i32, start: u16) -> String {
    let shown: Vec<_> = insights::compare_all(d, c, today, weeks, start)
        .into_iter()
        .filter(|x| x.is_shown())
        .collect();
    if shown.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        r#"<h3 class="summary__sub">Nights with and without a habit</h3><ul class="plain-list">"#,
    );
    for x in &shown {
        let _ = write!(
            out,
            "<li>{} ({}).</li>",
            escape(&x.sentence(&insights::habit_phrase(c, x.item))),
            x.rates()
        );
    }
    let _ = write!(
        out,
        r#"</ul><p class="hint">{}</p>"#,
        escape(insights::CAUTION)
    );
    out
}

/// "Your nights with and without each habit" (once "What works for you", REVIEW S14): nights after each habit against nights without, for the last 4 and
/// 12 weeks (display only: a typed view, it holds no controls).
#[component]
fn WhatWorks() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let period = move |weeks: i32| {
        let t = clock.today();
        let start = stores.settings.with(|s| s.day_start.minutes());
        stores.checklist.with(|c| {
            stores.diary.with(|d| {
                insights::compare_all(d, c, t, weeks, start)
                    .into_iter()
                    .map(|x| {
                        let phrase = insights::habit_phrase(c, x.item);
                        (
                            x.is_shown(),
                            x.sentence(&phrase),
                            x.rates(),
                            phrase,
                            x.with.nights,
                            x.without.nights,
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let block = move |weeks: i32| {
        let rows = period(weeks);
        let shown: Vec<_> = rows.iter().filter(|r| r.0).cloned().collect();
        view! {
            <h3 class="summary__sub">{format!("Last {weeks} weeks")}</h3>
            {if shown.is_empty() {
                let bedtime = rows.iter().find(|r| r.3 == "the bedtime stretch").map(|r| (r.4, r.5));
                view! {
                    <p class="hint">{match bedtime {
                        Some((with, without)) => format!(
                            "Not enough nights yet: a comparison needs at least {} nights after the habit and {} without (so far, the bedtime stretch: {with} and {without}).",
                            insights::MIN_NIGHTS, insights::MIN_NIGHTS
                        ),
                        None => format!("Not enough nights yet: a comparison needs at least {} nights on each side.", insights::MIN_NIGHTS),
                    }}</p>
                }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {shown.into_iter().map(|r| view! { <li><strong>{r.1}</strong>" ("{r.2}")."</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        }
    };
    view! {
        <section class="card" aria-labelledby="works-title">
            <h2 id="works-title" class="card__title">"Your nights with and without each habit"</h2>
            <p class="hint">"Cramps per night on nights after a habit was done, and on nights it was not. Cramps after midnight count for the evening before."</p>
            {move || block(4)}
            {move || block(12)}
            <p class="hint">{insights::CAUTION}</p>
        </section>
    }
}

fn summary_html(s: &Summary, works: &str) -> String {
    let muscles = if s.muscles.is_empty() {
        "none".to_string()
    } else {
        s.muscles
            .iter()
            .map(|(m, n)| format!("{} ({n})", m.label()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut habits = String::new();
    for (name, done, days) in &s.habits {
        let _ = write!(habits, "<li>{}: {done} of {days} days</li>", escape(name));
    }
    format!(
        r#"<p class="summary__period">{from} to {to}</p>
<dl class="facts">
<div><dt>Cramps</dt><dd>{cramps}</dd></div>
<div><dt>Nights woken by a cramp</dt><dd>{nights}</dd></div>
<div><dt>Average severity (0 to 10)</dt><dd>{sev}</dd></div>
<div><dt>Longest cramp</dt><dd>{longest}</dd></div>
<div><dt>Muscles</dt><dd>{muscles}</dd></div>
</dl>
<h3 class="summary__sub">Habits kept</h3><ul class="plain-list">{habits}</ul>
{works}
<p class="hint">From Uncramp, a cramp diary kept on the patient's phone. General information, not a diagnosis.</p>"#,
        from = s.from.long(),
        to = s.to.long(),
        cramps = s.cramps,
        nights = s.nights_disturbed,
        sev = s.severity_x10.map_or("not rated".into(), tenths),
        longest = s.longest_s.map_or("not recorded".into(), duration_words),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::DiaryViewCmd::samples());
    }
}
