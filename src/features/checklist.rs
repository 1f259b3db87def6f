//! The prevention checklist: today's habits (real checkboxes), "not today", a 12-week
//! calendar with streaks where past days can be edited, and editing of the list itself.

use super::ViewHeading;
use crate::domain::checklist::{Builtin, Cell, ChecklistCmd};
use crate::domain::stretch::guide::StartedBy;
use crate::domain::stretch::routine::RoutineKind;
use crate::domain::time::{DayNum, WEEKDAYS};
use crate::features::stretch::Guide;
use crate::state::clock::Clock;
use crate::state::Stores;
use crate::ui::act::{read, ViewCmd};
use crate::ui::markup::source_ref;
use crate::ui::markup::Markup;
use crate::ui::router::Nav;
use leptos::prelude::*;
use std::fmt::Write;

/// One habit: its box, its name, why (with the evidence and sources), and for the bedtime
/// stretch a button that starts it.
#[component]
fn HabitRow(
    /// The item's id.
    id: u32,
    /// Its name.
    label: String,
    /// The built-in habit it is, if it is one.
    builtin: Option<Builtin>,
    /// Ticked on the day shown.
    done: Signal<bool>,
    /// Ticks or unticks it.
    on_toggle: Callback<u32>,
) -> impl IntoView {
    let box_id = format!("h-{id}");
    let why_id = format!("hw-{id}");
    view! {
        <div class="habit">
            <input type="checkbox" class="habit__box" id=box_id.clone() aria-describedby=why_id.clone()
                prop:checked=done on:change=move |_| on_toggle.run(id) />
            <div class="habit__text">
                <label class="habit__name" for=box_id>{label}</label>
                {match builtin {
                    Some(b) => view! {
                        <p class="habit__why" id=why_id>
                            {b.why()}" "
                            <span class=format!("badge badge--{}", b.strength().name())>{b.strength().label()}</span>
                            {b.sources().iter().map(|&s| view! { " " {source_ref(s)} }).collect_view()}
                        </p>
                        {(b == Builtin::BedtimeStretch).then(|| view! {
                            <button type="button" class="button button--small habit__go" data-cmd=ChecklistViewCmd::Bedtime.render()>"Start the bedtime stretch"</button>
                        })}
                    }.into_any(),
                    None => view! { <p class="habit__why" id=why_id>"Your own habit."</p> }.into_any(),
                }}
            </div>
        </div>
    }
}

crate::view_commands! {
    /// What the checklist view's buttons do (`Pick`: a day number; the rest: an item id).
    pub enum ChecklistViewCmd {
        Skip = "skip",
        Today = "today",
        Edit = "edit",
        Add = "add",
        Bedtime = "bedtime",
        ;
        Pick(i32) = "pick",
        Up(u32) = "up",
        Down(u32) = "down",
        Remove(u32) = "remove",
    }
}

/// The checklist view.
#[component]
pub fn ChecklistView() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let guide = expect_context::<Guide>();
    let nav = expect_context::<Nav>();
    // The day being shown: `None` follows today (and rolls over); `Some` is a past day.
    let picked = RwSignal::new(None::<DayNum>);
    let editing = RwSignal::new(false);
    let new_habit = RwSignal::new(String::new());
    let today = move || clock.today();
    let day = move || picked.get().unwrap_or_else(today);

    let apply = move |cmd: ChecklistCmd| {
        let today = clock.today_untracked();
        stores.checklist.update(|c| c.apply(cmd, today));
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<ChecklistViewCmd>(&ev) else {
            return;
        };
        match cmd {
            ChecklistViewCmd::Skip => {
                let d = day();
                let skipped = stores.checklist.with_untracked(|c| c.is_skipped(d));
                apply(ChecklistCmd::Skip {
                    day: d,
                    skipped: !skipped,
                });
            }
            ChecklistViewCmd::Pick(n) => {
                let d = DayNum(n);
                picked.set((d != clock.today_untracked()).then_some(d));
            }
            ChecklistViewCmd::Today => picked.set(None),
            ChecklistViewCmd::Edit => editing.update(|e| *e = !*e),
            ChecklistViewCmd::Up(item) => apply(ChecklistCmd::Move { item, up: true }),
            ChecklistViewCmd::Down(item) => apply(ChecklistCmd::Move { item, up: false }),
            ChecklistViewCmd::Remove(item) => apply(ChecklistCmd::Remove { item }),
            ChecklistViewCmd::Add => {
                let name = new_habit.get_untracked();
                if !name.trim().is_empty() {
                    apply(ChecklistCmd::Add { name });
                    new_habit.set(String::new());
                }
            }
            ChecklistViewCmd::Bedtime => {
                let seated = stores.settings.with_untracked(|s| s.stretch.seated);
                guide.start(RoutineKind::Bedtime { seated }, StartedBy::Tap);
                nav.go(crate::domain::route::View::Stretch);
            }
        }
    };
    // The list's rows, keyed by what they show (a rename or reorder redraws that row).
    let rows = move || {
        stores.checklist.with(|c| {
            c.active()
                .map(|i| (i.id, i.label().to_string(), i.builtin))
                .collect::<Vec<_>>()
        })
    };
    let edit_rows = move || {
        stores.checklist.with(|c| {
            let last = c.items.len().saturating_sub(1);
            c.items
                .iter()
                .enumerate()
                .map(|(n, i)| {
                    (
                        i.id,
                        i.label().to_string(),
                        i.hidden,
                        i.builtin.is_none(),
                        n == 0,
                        n == last,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let toggle = Callback::new(move |item: u32| apply(ChecklistCmd::Toggle { day: day(), item }));
    let is_done = move |item: u32| {
        let d = day();
        stores.checklist.with(|c| c.is_done(d, item))
    };
    let calendar_html = Signal::derive(move || {
        let (t, d) = (today(), day());
        stores
            .checklist
            .with(|c| calendar_html(&c.calendar(t, 12), d, t))
    });
    let progress = move || {
        let d = day();
        stores.checklist.with(|c| {
            if c.is_skipped(d) {
                "Not today: this day does not count for or against your streak.".to_string()
            } else {
                let (done, of) = c.progress(d);
                format!("{done} of {of} done")
            }
        })
    };
    let streaks = move || {
        let t = today();
        stores.checklist.with(|c| {
            let (current, best) = c.streaks(t);
            format!(
                "Current streak: {current} day{} · Best: {best} day{}",
                if current == 1 { "" } else { "s" },
                if best == 1 { "" } else { "s" }
            )
        })
    };
    let skipped = move || {
        let d = day();
        stores.checklist.with(|c| c.is_skipped(d))
    };

    view! {
        <section class="view" on:click=on_click>
            <ViewHeading
                title="Prevention checklist"
                intro="Habits to try, with the evidence for each. Tick what you did."
            />
            <div class="card">
                <div class="daybar">
                    <h2 class="card__title">{move || if picked.get().is_some() { day().long() } else { format!("Today, {}", day().long()) }}</h2>
                    <p class="hint" hidden=move || picked.get().is_some()>{move || clock.rollover_note()}</p>
                    <p class="daybar__past" hidden=move || picked.get().is_none()>
                        "You are editing a past day. "
                        <button type="button" class="button button--small" data-cmd=ChecklistViewCmd::Today.render()>"Back to today"</button>
                    </p>
                </div>
                <div class="habits">
                    <For each=rows key=|row| row.clone() let:row>
                        <HabitRow id=row.0 label=row.1 builtin=row.2 done=Signal::derive(move || is_done(row.0)) on_toggle=toggle />
                    </For>
                    <p class="hint" hidden=move || !rows().is_empty()>"Your list is empty: add a habit below."</p>
                </div>
                <div class="habits__foot">
                    <p class="status" role="status">{progress}</p>
                    <button type="button" class="button button--small" data-cmd=ChecklistViewCmd::Skip.render() aria-pressed=move || skipped().to_string()>
                        {move || if skipped() { "Count this day again" } else { "Not today" }}
                    </button>
                </div>
            </div>
            <div class="card" aria-labelledby="history-title">
                <h2 id="history-title" class="card__title">"Last 12 weeks"</h2>
                <p class="streak">{streaks}</p>
                <p class="hint">"A day counts when you tick at least half your list. Tap a day to see or change it."</p>
                <Markup html=calendar_html class="cal" />
                <p class="cal__legend hint" aria-hidden="true">
                    "Less " <span class="cal__key" data-level="0"></span><span class="cal__key" data-level="1"></span>
                    <span class="cal__key" data-level="2"></span><span class="cal__key" data-level="3"></span>
                    <span class="cal__key" data-level="4"></span> " More · " <span class="cal__key cal__key--skip"></span> " Not today"
                </p>
            </div>
            <div class="card">
                <div class="card__row">
                    <h2 class="card__title">"Your list"</h2>
                    <button type="button" class="button button--small" data-cmd=ChecklistViewCmd::Edit.render() aria-expanded=move || editing.get().to_string()>
                        {move || if editing.get() { "Done" } else { "Edit list" }}
                    </button>
                </div>
                <div hidden=move || !editing.get()>
                    <div class="edit-list">
                        <For each=edit_rows key=|row| row.clone() let:row>
                            {
                                let (id, label, hidden, own, first, last) = row;
                                let name = label.clone();
                                view! {
                                    <div class="edit-row">
                                        <label class="edit-row__shown">
                                            <input type="checkbox" prop:checked=!hidden on:change=move |ev| apply(ChecklistCmd::SetHidden { item: id, hidden: !event_target_checked(&ev) }) />
                                            <span class="visually-hidden">{format!("Show {label}")}</span>
                                        </label>
                                        <input class="input edit-row__name" type="text" maxlength="80" prop:value=name.clone() aria-label=format!("Name of {name}")
                                            on:change=move |ev| apply(ChecklistCmd::Rename { item: id, name: event_target_value(&ev) }) />
                                        <button type="button" class="iconbutton" data-cmd=ChecklistViewCmd::Up(id).render() aria-label=format!("Move {name} up") disabled=first>"↑"</button>
                                        <button type="button" class="iconbutton" data-cmd=ChecklistViewCmd::Down(id).render() aria-label=format!("Move {name} down") disabled=last>"↓"</button>
                                        {own.then(|| view! {
                                            <button type="button" class="button button--small button--quiet" data-cmd=ChecklistViewCmd::Remove(id).render() aria-label=format!("Remove {name}")>"Remove"</button>
                                        })}
                                    </div>
                                }
                            }
                        </For>
                    </div>
                    <div class="add-habit">
                        <label class="field__label" for="new-habit">"Add your own"</label>
                        <div class="add-habit__row">
                            <input id="new-habit" class="input" type="text" maxlength="80" autocomplete="off" placeholder="For example: warm bath before bed" prop:value=move || new_habit.get() on:input=move |ev| new_habit.set(event_target_value(&ev)) />
                            <button type="button" class="button" data-cmd=ChecklistViewCmd::Add.render()>"Add"</button>
                        </div>
                    </div>
                </div>
                <p class="hint" hidden=move || editing.get()>"Hide, rename, reorder, or add habits of your own."</p>
            </div>
        </section>
    }
}

/// The 12-week calendar: a week per row, Monday first; each day a button with a typed
/// command. Kept as escaped markup: 84 display-only buttons with one delegated handler.
fn calendar_html(cells: &[Cell], picked: DayNum, today: DayNum) -> String {
    let mut out = String::from(
        r#"<div class="cal__grid" role="group" aria-label="Last 12 weeks"><span class="cal__corner"></span>"#,
    );
    for name in WEEKDAYS {
        let _ = write!(
            out,
            r#"<span class="cal__head" aria-hidden="true">{}</span>"#,
            &name[..1]
        );
    }
    for week in cells.chunks(7) {
        let _ = write!(
            out,
            r#"<span class="cal__week" aria-hidden="true">{}</span>"#,
            week[0].day.short()
        );
        for c in week {
            let state = if c.skipped {
                "Not today".to_string()
            } else {
                format!("{} of {} done", c.done, c.of)
            };
            let current = if c.day == picked {
                r#" aria-current="date""#
            } else {
                ""
            };
            let today_mark = if c.day == today {
                " cal__cell--today"
            } else {
                ""
            };
            let disabled = if c.future { " disabled" } else { "" };
            let _ = write!(
                out,
                r#"<button type="button" class="cal__cell{today_mark}" id="d-{n}" data-cmd="{cmd}" data-level="{level}" data-skip="{skip}" aria-label="{label}: {state}"{current}{disabled}>{dom}</button>"#,
                n = c.day.0,
                cmd = ChecklistViewCmd::Pick(c.day.0).render(),
                level = c.level,
                skip = c.skipped,
                label = c.day.long(),
                dom = chrono::Datelike::day(&c.day.to_date())
            );
        }
    }
    out.push_str("</div>");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::ChecklistViewCmd::samples());
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_calendar_matches_its_snapshot() {
        use crate::domain::checklist::{Builtin, Checklist, ChecklistCmd};
        use crate::domain::time::DayNum;
        let today = DayNum(20_419);
        let mut list = Checklist::default();
        for d in [today.plus(-3), today.plus(-1)] {
            list.apply(
                ChecklistCmd::Tick {
                    day: d,
                    builtin: Builtin::BedtimeStretch,
                },
                today,
            );
            list.apply(
                ChecklistCmd::Tick {
                    day: d,
                    builtin: Builtin::Drink,
                },
                today,
            );
            list.apply(
                ChecklistCmd::Tick {
                    day: d,
                    builtin: Builtin::EasyEvening,
                },
                today,
            );
            list.apply(
                ChecklistCmd::Tick {
                    day: d,
                    builtin: Builtin::Activity,
                },
                today,
            );
        }
        let html = super::calendar_html(&list.calendar(today, 2), today.plus(-1), today);
        crate::ui::markup::check_snapshot("checklist-calendar", &html);
    }
}
