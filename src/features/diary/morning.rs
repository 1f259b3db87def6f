//! The morning question on the home view: from the day's start until noon, once about last
//! night: "No cramp", "A cramp" (answers, and opens the diary's form for last night) or
//! "Later". Quiet nights become data. It is in the diary's module (the home view shows it
//! through `chunks::MorningQuestion`), below "Cramp now", never in its way.

use crate::domain::diary::nights::{self, NightAnswer};
use crate::domain::diary::DiaryCmd;
use crate::domain::route::View;
use crate::domain::time::DayNum;
use crate::state::clock::Clock;
use crate::state::shared::LogNight;
use crate::state::Stores;
use crate::tr;
use crate::ui::act::{read, ViewCmd};
use crate::ui::router::Nav;
use leptos::prelude::*;

crate::view_commands! {
    /// What the morning question's buttons do (each about one night).
    enum MorningCmd {
        ;
        NoCramp(i32) = "no-cramp",
        Cramp(i32) = "cramp",
        Later(i32) = "later",
        Undo(i32) = "undo",
    }
}

thread_local! {
    /// The night "Later" was tapped for (asked again when the app is next opened).
    static LATER: std::cell::Cell<Option<DayNum>> = const { std::cell::Cell::new(None) };
}

/// The morning question's card.
#[component]
pub fn MorningCard() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let later = RwSignal::new(LATER.with(std::cell::Cell::get));
    // The night just answered "No cramp" here (its line and Undo stay until the next view).
    let noted = RwSignal::new(None::<DayNum>);
    let asked = Memo::new(move |_| {
        let (now, start) = (
            clock.minute(),
            stores.settings.with(|s| s.day_start.minutes()),
        );
        stores
            .diary
            .with(|d| nights::morning_question(d, now, start))
            .filter(|n| later.get() != Some(*n))
    });
    let (nav, log) = (expect_context::<Nav>(), use_context::<LogNight>());
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<MorningCmd>(&ev) else {
            return;
        };
        // The home view's own commands are not these.
        ev.stop_propagation();
        match cmd {
            MorningCmd::NoCramp(n) => {
                stores.diary.update(|d| {
                    d.apply(DiaryCmd::AnswerNight {
                        night: DayNum(n),
                        answer: NightAnswer::NoCramp,
                    });
                });
                noted.set(Some(DayNum(n)));
            }
            MorningCmd::Cramp(n) => {
                stores.diary.update(|d| {
                    d.apply(DiaryCmd::AnswerNight {
                        night: DayNum(n),
                        answer: NightAnswer::Cramp,
                    });
                });
                if let Some(log) = log {
                    log.0.set(Some(DayNum(n)));
                }
                nav.go(View::Diary);
            }
            MorningCmd::Later(n) => {
                LATER.with(|l| l.set(Some(DayNum(n))));
                later.set(Some(DayNum(n)));
            }
            MorningCmd::Undo(n) => {
                stores
                    .diary
                    .update(|d| _ = d.apply(DiaryCmd::ForgetAnswer(DayNum(n))));
                noted.set(None);
            }
        }
    };
    move || {
        if let Some(n) = noted.get() {
            return Some(view! {
                <p class="tonight-done morning__noted" role="status" on:click=on_click>
                    <span>{tr!(morning.noted)}</span>
                    <button type="button" class="button button--small button--quiet" data-cmd=MorningCmd::Undo(n.0).render()>{tr!(morning.undo)}</button>
                </p>
            }
            .into_any());
        }
        let night = asked.get()?;
        let name = crate::domain::time::weekday_in(night, crate::translations::shown());
        Some(view! {
            <section class="card card--quiet morning" aria-labelledby="morning-title" on:click=on_click>
                <h2 id="morning-title" class="card__title">{tr!(morning.title)}</h2>
                <p>{tr!(morning.ask, day = name).to_string()}</p>
                <div class="actions morning__answers">
                    <button type="button" class="button" data-cmd=MorningCmd::NoCramp(night.0).render()>{tr!(morning.no_cramp)}</button>
                    <button type="button" class="button" data-cmd=MorningCmd::Cramp(night.0).render()>{tr!(morning.a_cramp)}</button>
                    <button type="button" class="button button--quiet" data-cmd=MorningCmd::Later(night.0).render()>{tr!(morning.later)}</button>
                </div>
            </section>
        }
        .into_any())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::MorningCmd::samples());
    }
}
