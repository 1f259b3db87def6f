//! The prevention checklist: today's habits (real checkboxes), "not today", a 12-week
//! calendar with streaks where past days can be edited, and editing of the list itself.

use super::ViewHeading;
use crate::domain::checklist::{Builtin, Cell, ChecklistCmd};
use crate::domain::language::Lang;
use crate::domain::stretch::guide::StartedBy;
use crate::domain::stretch::routine::RoutineKind;
use crate::domain::time::{weekday_in, DayNum};
use crate::features::stretch::Guide;
use crate::state::clock::Clock;
use crate::state::Stores;
use crate::tr;
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
    let lang = crate::translations::shown();
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
                            {b.why_in(lang)}" "
                            <span class=format!("badge badge--{}", b.strength().name())>{b.strength().label_in(lang)}</span>
                            {b.sources().iter().map(|&s| view! { " " {source_ref(s)} }).collect_view()}
                        </p>
                        {(b == Builtin::BedtimeStretch).then(|| view! {
                            <button type="button" class="button button--small habit__go" data-cmd=ChecklistViewCmd::Bedtime.render()>{tr!(home.start_bedtime)}</button>
                        })}
                    }.into_any(),
                    None => view! { <p class="habit__why" id=why_id>{tr!(checklist.own_habit)}</p> }.into_any(),
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
    let lang = crate::translations::shown();
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
                .map(|i| (i.id, i.label_in(lang).to_string(), i.builtin))
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
                        i.label_in(lang).to_string(),
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
            .with(|c| calendar_html(&c.calendar(t, 12), d, t, lang))
    });
    let progress = move || {
        let d = day();
        stores.checklist.with(|c| {
            if c.is_skipped(d) {
                tr!(checklist.skipped_note).to_string()
            } else {
                let (done, of) = c.progress(d);
                tr!(checklist.done_of, done = done, of = of).to_string()
            }
        })
    };
    let streaks = move || {
        let t = today();
        stores.checklist.with(|c| {
            let (current, best) = c.streaks(t);
            // English and Dutch share the one/other plural rule.
            let days = |n: u32| match n {
                1 => tr!(checklist.day_one).to_string(),
                n => tr!(checklist.days, n = n).to_string(),
            };
            tr!(
                checklist.streaks,
                current = days(current),
                best = days(best)
            )
            .to_string()
        })
    };
    let skipped = move || {
        let d = day();
        stores.checklist.with(|c| c.is_skipped(d))
    };

    view! {
        <section class="view" lang=lang.tag() on:click=on_click>
            <ViewHeading title=tr!(checklist.title) intro=tr!(checklist.intro) />
            <div class="card">
                <div class="daybar">
                    <h2 class="card__title">{move || if picked.get().is_some() { day().long_in(lang) } else { tr!(checklist.today, day = day().long_in(lang)).to_string() }}</h2>
                    <p class="hint" hidden=move || picked.get().is_some()>{move || clock.rollover_note()}</p>
                    <p class="daybar__past" hidden=move || picked.get().is_none()>
                        {tr!(checklist.editing_past)}
                        <button type="button" class="button button--small" data-cmd=ChecklistViewCmd::Today.render()>{tr!(checklist.back_today)}</button>
                    </p>
                </div>
                <div class="habits">
                    <For each=rows key=|row| row.clone() let:row>
                        <HabitRow id=row.0 label=row.1 builtin=row.2 done=Signal::derive(move || is_done(row.0)) on_toggle=toggle />
                    </For>
                    <p class="hint" hidden=move || !rows().is_empty()>{tr!(checklist.empty)}</p>
                </div>
                <div class="habits__foot">
                    <p class="status" role="status">{progress}</p>
                    <button type="button" class="button button--small" data-cmd=ChecklistViewCmd::Skip.render() aria-pressed=move || skipped().to_string()>
                        {move || if skipped() { tr!(checklist.count_again) } else { tr!(checklist.not_today) }}
                    </button>
                </div>
            </div>
            <div class="card" aria-labelledby="history-title">
                <h2 id="history-title" class="card__title">{tr!(checklist.history)}</h2>
                <p class="streak">{streaks}</p>
                <p class="hint">{tr!(checklist.history_hint)}</p>
                <Markup html=calendar_html class="cal" />
                <p class="cal__legend hint" aria-hidden="true">
                    {tr!(checklist.less)} <span class="cal__key" data-level="0"></span><span class="cal__key" data-level="1"></span>
                    <span class="cal__key" data-level="2"></span><span class="cal__key" data-level="3"></span>
                    <span class="cal__key" data-level="4"></span> {tr!(checklist.more)} <span class="cal__key cal__key--skip"></span> " " {tr!(checklist.not_today)}
                </p>
            </div>
            <div class="card">
                <div class="card__row">
                    <h2 class="card__title">{tr!(checklist.your_list)}</h2>
                    <button type="button" class="button button--small" data-cmd=ChecklistViewCmd::Edit.render() aria-expanded=move || editing.get().to_string()>
                        {move || if editing.get() { tr!(checklist.done) } else { tr!(checklist.edit) }}
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
                                            <span class="visually-hidden">{tr!(checklist.show, name = label.clone()).to_string()}</span>
                                        </label>
                                        <input class="input edit-row__name" type="text" maxlength="80" prop:value=name.clone() aria-label=tr!(checklist.name_of, name = name.clone()).to_string()
                                            on:change=move |ev| apply(ChecklistCmd::Rename { item: id, name: event_target_value(&ev) }) />
                                        <button type="button" class="iconbutton" data-cmd=ChecklistViewCmd::Up(id).render() aria-label=tr!(checklist.up, name = name.clone()).to_string() disabled=first>"↑"</button>
                                        <button type="button" class="iconbutton" data-cmd=ChecklistViewCmd::Down(id).render() aria-label=tr!(checklist.down, name = name.clone()).to_string() disabled=last>"↓"</button>
                                        {own.then(|| view! {
                                            <button type="button" class="button button--small button--quiet" data-cmd=ChecklistViewCmd::Remove(id).render() aria-label=tr!(checklist.remove_named, name = name.clone()).to_string()>{tr!(checklist.remove)}</button>
                                        })}
                                    </div>
                                }
                            }
                        </For>
                    </div>
                    <div class="add-habit">
                        <label class="field__label" for="new-habit">{tr!(checklist.add_own)}</label>
                        <div class="add-habit__row">
                            <input id="new-habit" class="input" type="text" maxlength="80" autocomplete="off" placeholder=tr!(checklist.placeholder) prop:value=move || new_habit.get() on:input=move |ev| new_habit.set(event_target_value(&ev)) />
                            <button type="button" class="button" data-cmd=ChecklistViewCmd::Add.render()>{tr!(checklist.add)}</button>
                        </div>
                    </div>
                </div>
                <p class="hint" hidden=move || editing.get()>{tr!(checklist.edit_hint)}</p>
            </div>
        </section>
    }
}

/// The 12-week calendar: a week per row, Monday first; each day a button with a typed
/// command. Kept as escaped markup: 84 display-only buttons with one delegated handler.
fn calendar_html(cells: &[Cell], picked: DayNum, today: DayNum, lang: Lang) -> String {
    let mut out = format!(
        r#"<div class="cal__grid" role="group" aria-label="{}"><span class="cal__corner"></span>"#,
        tr!(checklist.history)
    );
    // A week's days from Monday, by their first letter (Dutch: m d w d v z z).
    for day in 0..7 {
        let name = weekday_in(DayNum(4 + day), lang);
        let _ = write!(
            out,
            r#"<span class="cal__head" aria-hidden="true">{}</span>"#,
            name.chars()
                .next()
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default()
        );
    }
    for week in cells.chunks(7) {
        let _ = write!(
            out,
            r#"<span class="cal__week" aria-hidden="true">{}</span>"#,
            week[0].day.short_in(lang)
        );
        for c in week {
            let state = if c.skipped {
                tr!(checklist.not_today).to_string()
            } else {
                tr!(checklist.done_of, done = c.done, of = c.of).to_string()
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
                label = c.day.long_in(lang),
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
        let html = super::calendar_html(
            &list.calendar(today, 2),
            today.plus(-1),
            today,
            super::Lang::En,
        );
        crate::ui::markup::check_snapshot("checklist-calendar", &html);
    }
}
