//! The diary's cards that tell the person something of their own record: nights with and
//! without each habit and what came before their cramps ([`WhatWorks`]), the step that eases
//! their cramps fastest ([`Fastest`]), and the personal trial of the bedtime stretch
//! ([`TrialCard`]). Each says its counts, and the same caution.

use crate::domain::diary::trial::{self, Phase};
use crate::domain::diary::{duration_words, insights, technique, DiaryCmd};
use crate::domain::learn::sources::Src;
use crate::domain::settings::SettingsCmd;
use crate::domain::stretch::routine::Pose;
use crate::state::clock::Clock;
use crate::state::Stores;
use crate::ui::act::{read, ViewCmd};
use crate::ui::markup::source_ref;
use leptos::prelude::*;

/// "Your nights with and without each habit" (REVIEW S14): answered nights after each habit
/// against answered nights without, for the last 4 and 12 weeks, and what came before the
/// cramps of the last 12 weeks.
#[component]
pub fn WhatWorks() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let period = move |weeks: i32| {
        let t = clock.today();
        stores.checklist.with(|c| {
            stores.diary.with(|d| {
                insights::compare_all(d, c, t, weeks)
                    .into_iter()
                    .map(|x| {
                        let phrase = insights::habit_phrase(c, x.item);
                        (x.is_shown(), x.sentence(&phrase), x.rates(), phrase, x)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let block = move |weeks: i32| {
        let rows = period(weeks);
        let unanswered = rows.first().map_or(0, |r| r.4.unanswered);
        let shown: Vec<_> = rows.iter().filter(|r| r.0).cloned().collect();
        let body = if shown.is_empty() {
            let bedtime = rows.iter().find(|r| r.3 == "the bedtime stretch");
            let text = match bedtime {
                Some(r) => format!(
                    "Not enough answered nights yet: a comparison needs at least {} after the habit and {} without (so far, the bedtime stretch: {} and {}).",
                    insights::MIN_NIGHTS, insights::MIN_NIGHTS, r.4.with.nights, r.4.without.nights
                ),
                None => format!("Not enough answered nights yet: a comparison needs at least {} on each side.", insights::MIN_NIGHTS),
            };
            view! { <p class="hint">{text}</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list">
                    {shown.into_iter().map(|r| view! { <li><strong>{r.1}</strong>" ("{r.2}")."</li> }).collect_view()}
                </ul>
            }
            .into_any()
        };
        view! {
            <h3 class="summary__sub">{format!("Last {weeks} weeks")}</h3>
            {body}
            {(unanswered > 0).then(|| view! {
                <p class="hint">{format!("{} not answered, not counted.", crate::domain::diary::nights::plural(unanswered, "night"))}</p>
            })}
        }
    };
    let before = move || {
        let (tags, cramps) = stores
            .diary
            .with(|d| insights::tags_before(d, clock.today(), 12));
        if tags.is_empty() {
            return view! { <p class="hint">"Tick what came before a cramp when you log it (a long day standing, a hot day …): this shows how often each came before one."</p> }.into_any();
        }
        view! {
            <ul class="plain-list">
                {tags.into_iter().map(|(tag, n)| view! {
                    <li>{format!("{}: before {n} of {}", tag.label(), crate::domain::diary::nights::plural(cramps, "cramp"))}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="works-title">
            <h2 id="works-title" class="card__title">"Your nights with and without each habit"</h2>
            <p class="hint">"Cramps per night on answered nights after a habit was done, and on answered nights it was not. Cramps after midnight count for the evening before."</p>
            {move || block(4)}
            {move || block(12)}
            <h3 class="summary__sub">"What came before your cramps (last 12 weeks)"</h3>
            {before}
            <p class="hint">{insights::CAUTION}</p>
        </section>
    }
}

crate::view_commands! {
    /// What the fastest-technique card does: start Cramp now with a step, or the usual order.
    enum FastestCmd {
        UsualOrder = "usual-order",
        ;
        StartWith(String) = "start-with",
    }
}

/// "What eases your cramp fastest": the step with the shortest typical time, its counts and
/// the others', and "Start with it" for Cramp now (the clot check stays first).
#[component]
pub fn Fastest() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<FastestCmd>(&ev) else {
            return;
        };
        ev.stop_propagation();
        let pose = match cmd {
            FastestCmd::StartWith(name) => Pose::from_name(&name),
            FastestCmd::UsualOrder => None,
        };
        stores
            .settings
            .update(|s| s.apply(SettingsCmd::StartWith(pose)));
    };
    let body = move || {
        let eased = stores.diary.with(|d| {
            technique::records(d)
                .iter()
                .map(|r| r.cramps)
                .sum::<usize>()
        });
        let Some(f) = stores.diary.with(technique::fastest) else {
            return view! {
                <p class="hint">{format!(
                    "When a cramp eases during the stretch guide, tap \u{201c}It has eased\u{201d}: the guide notes the step and the time. After {} cramps eased on at least two steps, this shows which step eases yours fastest. So far: {eased}.",
                    technique::MIN_CRAMPS
                )}</p>
            }
            .into_any();
        };
        let chosen = stores.settings.with(|s| s.stretch.start_with);
        let best = f.best;
        let others: Vec<String> = f
            .others
            .iter()
            .map(|r| {
                format!(
                    "{}: {} cramps, typically {}",
                    r.pose.step_name(),
                    r.cramps,
                    duration_words(r.median_s)
                )
            })
            .collect();
        view! {
            <p><strong>{format!("{} eased {} cramps, typically in {}.", best.pose.step_name(), best.cramps, duration_words(best.median_s))}</strong></p>
            <p>{format!("Others: {}.", others.join("; "))}</p>
            {if chosen == Some(best.pose) {
                view! {
                    <p class="status">{format!("Cramp now starts with \u{201c}{}\u{201d} where the muscle's stretch has it. The clot check still comes first.", best.pose.step_name())}</p>
                    <button type="button" class="button" data-cmd=FastestCmd::UsualOrder.render()>"Use the usual order"</button>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button--primary" data-cmd=FastestCmd::StartWith(best.pose.name().to_string()).render()>
                        {format!("Start Cramp now with \u{201c}{}\u{201d}", best.pose.step_name())}
                    </button>
                    <p class="hint">"The clot check stays on the first step, whatever it is."</p>
                }.into_any()
            }}
            <p class="hint">"Typical: the middle of your times. Your own record, not proof: a cramp eases by itself too, and a later step had more time."</p>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="fastest-title" on:click=on_click>
            <h2 id="fastest-title" class="card__title">"What eases your cramps fastest"</h2>
            {body}
        </section>
    }
}

crate::view_commands! {
    /// What the trial card does.
    enum TrialCmd {
        Start = "start",
        Stop = "stop",
        ConfirmStop = "confirm-stop",
        KeepGoing = "keep-going",
        ;
    }
}

/// "Does the bedtime stretch work for you?": two weeks without the bedtime stretch, then six
/// with it every night; the morning question is the measure; the result beside the trial's.
#[component]
pub fn TrialCard() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let stopping = RwSignal::new(false);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<TrialCmd>(&ev) else {
            return;
        };
        ev.stop_propagation();
        match cmd {
            TrialCmd::Start => stores
                .diary
                .update(|d| _ = d.apply(DiaryCmd::StartTrial(clock.today_untracked()))),
            TrialCmd::Stop => stopping.set(true),
            TrialCmd::KeepGoing => stopping.set(false),
            TrialCmd::ConfirmStop => {
                stores.diary.update(|d| _ = d.apply(DiaryCmd::StopTrial));
                stopping.set(false);
            }
        }
    };
    let body = move || {
        let Some(t) = stores.diary.with(|d| d.trial) else {
            return view! {
                <p>"A trial of your own, shaped like the one that tested the bedtime stretch: two weeks without it, then six weeks of it every night. Answer the morning question each day; at the end you see your cramps a night before and with the stretch, beside what the trial found."</p>
                <p class="hint">"If you do the bedtime stretch now, the first two weeks mean stopping it. If that worries you, skip the trial: the stretch is low-risk for most people."</p>
                <button type="button" class="button button--primary" data-cmd=TrialCmd::Start.render()>"Start the trial tonight"</button>
            }
            .into_any();
        };
        let today = clock.today();
        let report = stores
            .checklist
            .with(|c| stores.diary.with(|d| t.report(d, c, today)));
        let phase = match report.phase {
            Phase::Baseline(n) => format!(
                "Night {n} of {}, before the routine: no bedtime stretch these nights. The routine starts on {}.",
                trial::BASELINE_NIGHTS,
                t.routine_start().long_seen_from(today)
            ),
            Phase::Routine(n) => format!(
                "Night {n} of {} with the routine: do the bedtime stretch every night (ticked on {} of the nights so far). It ends on {}.",
                trial::ROUTINE_NIGHTS,
                report.stretched,
                t.end().long_seen_from(today)
            ),
            Phase::Done => format!("The trial ended on {}.", t.end().long_seen_from(today)),
        };
        view! {
            <p><strong>{phase}</strong></p>
            <p>{report.result()}</p>
            <p class="hint">{trial::TRIAL_FINDING}" "{source_ref(Src::Hallegraeff2012)}" "{source_ref(Src::Cochrane2021Stretching)}</p>
            {move || if stopping.get() {
                view! {
                    <div class="confirm" role="group" aria-labelledby="trial-stop-title">
                        <p id="trial-stop-title">"Stop the trial? Its dates go; your diary and your answers stay."</p>
                        <div class="actions">
                            <button type="button" class="button button--danger" data-cmd=TrialCmd::ConfirmStop.render()>"Yes, stop it"</button>
                            <button type="button" class="button" data-cmd=TrialCmd::KeepGoing.render()>"Keep it"</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button--quiet" data-cmd=TrialCmd::Stop.render()>
                        {if report.phase == Phase::Done { "Clear the trial" } else { "Stop the trial" }}
                    </button>
                }.into_any()
            }}
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="trial-title" on:click=on_click>
            <h2 id="trial-title" class="card__title">"Does the bedtime stretch work for you?"</h2>
            {body}
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::FastestCmd::samples());
        crate::ui::act::check_round_trip(super::TrialCmd::samples());
    }
}
