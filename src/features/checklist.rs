//! The prevention checklist: today's habits (real checkboxes), "not today", a 12-week
//! calendar with streaks where past days can be edited, and editing of the list itself.

use super::ViewHeading;
use crate::domain::checklist::{Builtin, Cell, Checklist, ChecklistCmd};
use crate::domain::stretch::routine::RoutineKind;
use crate::domain::time::{DayNum, WEEKDAYS};
use crate::features::stretch::Guide;
use crate::state::Stores;
use crate::ui::act::{field, read, ViewCmd};
use crate::ui::clock::{rollover_note, today, today_untracked};
use crate::ui::markup::{escape, Markup};
use crate::ui::router::Nav;
use leptos::prelude::*;
use std::fmt::Write;

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
    let guide = expect_context::<Guide>();
    let nav = expect_context::<Nav>();
    // The day being shown: `None` follows today (and rolls over); `Some` is a past day.
    let picked = RwSignal::new(None::<DayNum>);
    let editing = RwSignal::new(false);
    let new_habit = RwSignal::new(String::new());
    let today = move || today(stores);
    let day = move || picked.get().unwrap_or_else(today);

    let apply = move |cmd: ChecklistCmd| {
        let today = today_untracked(stores);
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
                picked.set((d != today_untracked(stores)).then_some(d));
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
                guide.start(RoutineKind::Bedtime { seated }, stores, true);
                nav.go(crate::domain::route::View::Stretch);
            }
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(f) = field(&ev) else { return };
        if !matches!(f.name.as_str(), "habit" | "rename" | "shown") {
            return;
        }
        // The item a control belongs to; a missing or malformed one is ignored, never item 0.
        let Some(id) = f
            .input
            .as_ref()
            .and_then(|i| i.get_attribute("data-item"))
            .and_then(|a| a.parse::<u32>().ok())
        else {
            leptos::logging::warn!("a checklist control without an item: {}", f.name);
            return;
        };
        match f.name.as_str() {
            "habit" => apply(ChecklistCmd::Toggle {
                day: day(),
                item: id,
            }),
            "rename" => apply(ChecklistCmd::Rename {
                item: id,
                name: f.value,
            }),
            "shown" => apply(ChecklistCmd::SetHidden {
                item: id,
                hidden: !f.checked,
            }),
            _ => {}
        }
    };

    let list_html = Signal::derive(move || {
        let d = day();
        stores.checklist.with(|c| habits_html(c, d))
    });
    let calendar_html = Signal::derive(move || {
        let (t, d) = (today(), day());
        stores
            .checklist
            .with(|c| calendar_html(&c.calendar(t, 12), d, t))
    });
    let edit_html = Signal::derive(move || stores.checklist.with(edit_html));
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
        <section class="view" on:click=on_click on:change=on_change>
            <ViewHeading
                title="Prevention checklist"
                intro="Habits to try, with the evidence for each. Tick what you did."
            />
            <div class="card">
                <div class="daybar">
                    <h2 class="card__title">{move || if picked.get().is_some() { day().long() } else { format!("Today, {}", day().long()) }}</h2>
                    <p class="hint" hidden=move || picked.get().is_some()>{move || rollover_note(stores)}</p>
                    <p class="daybar__past" hidden=move || picked.get().is_none()>
                        "You are editing a past day. "
                        <button type="button" class="button button--small" data-cmd=ChecklistViewCmd::Today.render()>"Back to today"</button>
                    </p>
                </div>
                <Markup html=list_html class="habits" />
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
                    <Markup html=edit_html class="edit-list" />
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

/// The day's checkboxes, each with why, how strong the evidence is, and its sources.
fn habits_html(list: &Checklist, day: DayNum) -> String {
    let mut out = String::new();
    for item in list.active() {
        let id = item.id;
        let checked = if list.is_done(day, id) {
            " checked"
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<div class="habit"><input type="checkbox" class="habit__box" name="habit" id="h-{id}" data-item="{id}" aria-describedby="hw-{id}"{checked}><div class="habit__text"><label class="habit__name" for="h-{id}">{}</label>"#,
            escape(item.label())
        );
        match item.builtin {
            Some(b) => {
                let refs: String = b
                    .sources()
                    .iter()
                    .map(|s| {
                        format!(
                            r##" <a class="ref" href="learn/#src-{n}" aria-label="Source {n}: {short}">[{n}]</a>"##,
                            n = s.number(),
                            short = s.short()
                        )
                    })
                    .collect();
                let _ = write!(
                    out,
                    r#"<p class="habit__why" id="hw-{id}">{} <span class="badge badge--{}">{}</span>{refs}</p>"#,
                    b.why(),
                    b.strength().name(),
                    b.strength().label()
                );
                if b == Builtin::BedtimeStretch {
                    let _ = write!(
                        out,
                        r#"<button type="button" class="button button--small habit__go" data-cmd="{}">Start the bedtime stretch</button>"#,
                        ChecklistViewCmd::Bedtime.render()
                    );
                }
            }
            None => {
                let _ = write!(
                    out,
                    r#"<p class="habit__why" id="hw-{id}">Your own habit.</p>"#
                );
            }
        }
        out.push_str("</div></div>");
    }
    if out.is_empty() {
        out.push_str(r#"<p class="hint">Your list is empty: add a habit below.</p>"#);
    }
    out
}

/// The 12-week calendar: a week per row, Monday first; each day a button.
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

/// The list editor: rename, show or hide, move, remove (your own items).
fn edit_html(list: &Checklist) -> String {
    let mut out = String::new();
    let last = list.items.len().saturating_sub(1);
    for (i, item) in list.items.iter().enumerate() {
        let id = item.id;
        let label = escape(item.label());
        let shown = if item.hidden { "" } else { " checked" };
        let up = if i == 0 { " disabled" } else { "" };
        let down = if i == last { " disabled" } else { "" };
        let remove = if item.builtin.is_none() {
            format!(
                r#"<button type="button" class="button button--small button--quiet" data-cmd="{}" aria-label="Remove {label}">Remove</button>"#,
                ChecklistViewCmd::Remove(id).render()
            )
        } else {
            String::new()
        };
        let _ = write!(
            out,
            r#"<div class="edit-row"><label class="edit-row__shown"><input type="checkbox" name="shown" data-item="{id}" id="s-{id}"{shown}><span class="visually-hidden">Show {label}</span></label><input class="input edit-row__name" type="text" name="rename" data-item="{id}" id="n-{id}" value="{label}" maxlength="80" aria-label="Name of {label}"><button type="button" class="iconbutton" data-cmd="{cmd_up}" aria-label="Move {label} up"{up}>↑</button><button type="button" class="iconbutton" data-cmd="{cmd_down}" aria-label="Move {label} down"{down}>↓</button>{remove}</div>"#,
            cmd_up = ChecklistViewCmd::Up(id).render(),
            cmd_down = ChecklistViewCmd::Down(id).render(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::ChecklistViewCmd::samples());
    }
}
