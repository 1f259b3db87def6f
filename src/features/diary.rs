//! The cramp diary: log a cramp in a few taps, the list (edit, delete with undo), a weekly
//! chart next to the checklist, and a printable summary for a doctor with a CSV export.

use super::ViewHeading;
use crate::browser;
use crate::domain::checklist::Checklist;
use crate::domain::diary::insights;
use crate::domain::diary::{
    duration_words, tenths, woke_answer, woke_from_answer, Diary, DiaryCmd, Draft, Entry, Summary,
    WeekStat,
};
use crate::domain::stretch::routine::{Leg, Muscle};
use crate::domain::time::{DayNum, LocalMinute};
use crate::state::Stores;
use crate::ui::act::{read, ViewCmd};
use crate::ui::clock::{today, today_untracked};
use crate::ui::markup::{escape, Markup};
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::JsCast;

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
        Cancel = "cancel",
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

/// The diary view.
#[component]
pub fn DiaryView() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let form = RwSignal::new(Form::Closed);
    let shown = RwSignal::new(PAGE);
    let weeks = RwSignal::new(4i32);
    let deleted = RwSignal::new(None::<Entry>);
    let message = RwSignal::new(None::<String>);
    let day_start = move || stores.settings.with(|s| s.day_start.minutes());

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<DiaryViewCmd>(&ev) else {
            return;
        };
        match cmd {
            DiaryViewCmd::New => form.set(Form::New),
            DiaryViewCmd::Cancel => form.set(Form::Closed),
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
                let today = today_untracked(stores);
                let from = today.plus(-7 * weeks.get_untracked() + 1);
                let start = stores.settings.with_untracked(|s| s.day_start.minutes());
                let csv = stores.diary.with_untracked(|d| d.csv(from, today, start));
                let name = format!("uncramp-diary-{}-to-{}.csv", from.iso(), today.iso());
                if let Err(e) = browser::download(&name, "text/csv", &csv) {
                    message.set(Some(format!("The download failed: {e}.")));
                }
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(form_el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(&form_el) else {
            return;
        };
        let text = |name: &str| data.get(name).as_string().unwrap_or_default();
        let Some(at) = LocalMinute::parse_input(&text("at")) else {
            message.set(Some("Please enter the date and time of the cramp.".into()));
            return;
        };
        let current = match form.get_untracked() {
            Form::Edit(id) => stores
                .diary
                .with_untracked(|d| d.get(id).map(|e| e.draft.clone())),
            _ => None,
        };
        let draft = Draft {
            at,
            duration_s: text("duration").parse().ok(),
            leg: Leg::from_name(&text("leg")).unwrap_or_default(),
            muscle: Muscle::from_name(&text("muscle")).unwrap_or_default(),
            severity: text("severity").parse().ok(),
            woke: woke_from_answer(&text("woke")),
            note: text("note"),
            from_guide: current.is_some_and(|c| c.from_guide),
        };
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

    let form_html = Signal::derive(move || match form.get() {
        Form::Closed => String::new(),
        Form::New => {
            let now = LocalMinute::from_naive(browser::local_now().naive_local());
            form_html(
                &Draft {
                    at: now,
                    ..Draft::default()
                },
                false,
            )
        }
        Form::Edit(id) => stores
            .diary
            .with(|d| d.get(id).map(|e| form_html(&e.draft, true)))
            .unwrap_or_default(),
    });
    let list_html = Signal::derive(move || {
        let (n, start) = (shown.get(), day_start());
        stores.diary.with(|d| list_html(&d.entries, n, start))
    });
    let stats = Memo::new(move |_| {
        let (t, start) = (today(stores), day_start());
        stores
            .checklist
            .with(|c| stores.diary.with(|d| d.weekly(c, t, 12, start)))
    });
    let chart_html = Signal::derive(move || stats.with(|s| chart_html(s)));
    let table_html = Signal::derive(move || stats.with(|s| table_html(s)));
    let summary_html = Signal::derive(move || {
        let (t, w, start) = (today(stores), weeks.get(), day_start());
        stores.checklist.with(|c| {
            stores
                .diary
                .with(|d| summary_html(&d.summary(c, t, w, start), &works_html(d, c, t, w, start)))
        })
    });
    let count = move || stores.diary.with(|d| d.entries.len());

    view! {
        <section class="view" on:click=on_click on:submit=on_submit>
            <ViewHeading
                title="Cramp diary"
                intro="Log your cramps to see what helps you, and to show your doctor."
            />
            <div class="card" id="log-form">
                <button type="button" class="button button--big button--primary" data-cmd=DiaryViewCmd::New.render() hidden=move || form.get() != Form::Closed>
                    "Log a cramp"
                </button>
                <Markup html=form_html class="log" />
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
                    <button type="button" class="button" data-cmd=DiaryViewCmd::Csv.render()>"Download CSV"</button>
                </div>
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

fn option(out: &mut String, value: &str, label: &str, selected: bool) {
    let sel = if selected { " selected" } else { "" };
    let _ = write!(out, r#"<option value="{value}"{sel}>{label}</option>"#);
}

/// The log form, filled in from `d`.
fn form_html(d: &Draft, editing: bool) -> String {
    let mut muscles = String::new();
    for m in Muscle::ALL {
        option(&mut muscles, m.name(), m.label(), d.muscle == m);
    }
    let mut severity = String::new();
    option(&mut severity, "", "Not rated", d.severity.is_none());
    for n in 0..=10u8 {
        let label = match n {
            0 => "0, no pain".to_string(),
            10 => "10, worst imaginable".to_string(),
            n => n.to_string(),
        };
        option(&mut severity, &n.to_string(), &label, d.severity == Some(n));
    }
    // Durations: the bucket nearest the stored value.
    const DURATIONS: [(u32, &str); 5] = [
        (30, "Under a minute"),
        (90, "1 to 2 minutes"),
        (210, "2 to 5 minutes"),
        (450, "5 to 10 minutes"),
        (900, "Over 10 minutes"),
    ];
    let mut durations = String::new();
    option(&mut durations, "", "Not sure", d.duration_s.is_none());
    let nearest = d.duration_s.map(|s| {
        DURATIONS
            .iter()
            .min_by_key(|(v, _)| v.abs_diff(s))
            .map_or(0, |(v, _)| *v)
    });
    if let Some(exact) = d
        .duration_s
        .filter(|s| !DURATIONS.iter().any(|(v, _)| v == s))
    {
        option(
            &mut durations,
            &exact.to_string(),
            &duration_words(exact),
            true,
        );
    }
    for (v, label) in DURATIONS {
        let exact_shown = d.duration_s.is_some_and(|s| s != v && nearest == Some(v));
        option(
            &mut durations,
            &v.to_string(),
            label,
            d.duration_s == Some(v) && !exact_shown,
        );
    }
    let leg = |l: Leg, label: &str| {
        let checked = if d.leg == l { " checked" } else { "" };
        format!(
            r#"<label class="segmented__option"><input type="radio" name="leg" value="{}"{checked}><span>{label}</span></label>"#,
            l.name()
        )
    };
    let woke = |value: &str, label: &str| {
        let checked = if woke_answer(d.woke) == value {
            " checked"
        } else {
            ""
        };
        format!(
            r#"<label class="segmented__option"><input type="radio" name="woke" value="{value}"{checked}><span>{label}</span></label>"#
        )
    };
    format!(
        r#"<form class="log__form" aria-labelledby="log-title" novalidate>
<h2 class="card__title" id="log-title">{title}</h2>
<div class="field"><label class="field__label" for="log-at">When it started</label><input class="input" id="log-at" name="at" type="datetime-local" value="{at}" required></div>
<div class="field"><label class="field__label" for="log-muscle">Where</label><select class="select" id="log-muscle" name="muscle">{muscles}</select></div>
<fieldset class="segmented"><legend class="segmented__legend">Which leg</legend><div class="segmented__grid segmented__grid--three">{l}{r}{u}</div></fieldset>
<div class="field"><label class="field__label" for="log-sev">How bad (0 to 10)</label><select class="select" id="log-sev" name="severity">{severity}</select></div>
<div class="field"><label class="field__label" for="log-dur">How long</label><select class="select" id="log-dur" name="duration">{durations}</select></div>
<fieldset class="segmented"><legend class="segmented__legend">Did it wake you up?</legend><div class="segmented__grid segmented__grid--three">{wy}{wn}{wu}</div></fieldset>
<div class="field"><label class="field__label" for="log-note">Note (optional)</label><textarea class="input" id="log-note" name="note" rows="2" maxlength="500">{note}</textarea></div>
<div class="actions"><button type="submit" class="button button--primary button--big">{save}</button><button type="button" class="button" data-cmd="{cancel}">Cancel</button></div>
</form>"#,
        title = if editing {
            "Edit this cramp"
        } else {
            "Log a cramp"
        },
        at = d.at.input_value(),
        l = leg(Leg::Left, "Left"),
        r = leg(Leg::Right, "Right"),
        u = leg(Leg::Unsaid, "Not sure"),
        wy = woke("yes", "Yes"),
        wn = woke("no", "No"),
        wu = woke("unsaid", "Not saying"),
        note = escape(&d.note),
        save = if editing { "Save changes" } else { "Save" },
        cancel = DiaryViewCmd::Cancel.render(),
    )
}

/// The newest `limit` entries, grouped by night.
fn list_html(entries: &[Entry], limit: usize, day_start: u16) -> String {
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
                day.long()
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
        r#"<text class="chart__label" x="2" y="{}">{max} cramps</text>"#,
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
            let _ = write!(
                svg,
                r#"<text class="chart__label" x="{}" y="{}">{}</text>"#,
                x + col / 2,
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

/// "What works for you": nights after each habit against nights without, for the last 4 and
/// 12 weeks (display only: a typed view, it holds no controls).
#[component]
fn WhatWorks() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let period = move |weeks: i32| {
        let t = today(stores);
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
            <h2 id="works-title" class="card__title">"What works for you"</h2>
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
