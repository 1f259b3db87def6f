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
use crate::tr;
use crate::ui::act::{read, ViewCmd};
use crate::ui::markup::source_ref;
use leptos::prelude::*;

/// "Your nights with and without each habit" (REVIEW S14): answered nights after each habit
/// against answered nights without, for the last 4 and 12 weeks, and what came before the
/// cramps of the last 12 weeks.
#[component]
pub fn WhatWorks() -> impl IntoView {
    let lang = crate::translations::shown();
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let period = move |weeks: i32| {
        let t = clock.today();
        stores.checklist.with(|c| {
            stores.diary.with(|d| {
                insights::compare_all(d, c, t, weeks)
                    .into_iter()
                    .map(|x| {
                        let phrase = insights::habit_phrase_in(c, x.item, lang);
                        (
                            x.is_shown(),
                            x.sentence_in(&phrase, lang),
                            x.rates_in(lang),
                            phrase,
                            x,
                        )
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
            let bedtime_phrase = stores.checklist.with(|c| {
                c.items
                    .iter()
                    .find(|i| i.builtin == Some(crate::domain::checklist::Builtin::BedtimeStretch))
                    .map(|i| insights::habit_phrase_in(c, i.id, lang))
            });
            let bedtime = rows.iter().find(|r| Some(&r.3) == bedtime_phrase.as_ref());
            let text = match bedtime {
                Some(r) => tr!(
                    cards.too_few_bedtime,
                    min = insights::MIN_NIGHTS,
                    with = r.4.with.nights,
                    without = r.4.without.nights
                )
                .to_string(),
                None => tr!(cards.too_few, min = insights::MIN_NIGHTS).to_string(),
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
            <h3 class="summary__sub">{tr!(cards.last_weeks, n = weeks).to_string()}</h3>
            {body}
            {(unanswered > 0).then(|| view! {
                <p class="hint">{match unanswered {
                    1 => tr!(cards.unanswered_one).to_string(),
                    n => tr!(cards.unanswered, n = n).to_string(),
                }}</p>
            })}
        }
    };
    let before = move || {
        let (tags, cramps) = stores
            .diary
            .with(|d| insights::tags_before(d, clock.today(), 12));
        if tags.is_empty() {
            return view! { <p class="hint">{tr!(cards.tags_hint)}</p> }.into_any();
        }
        view! {
            <ul class="plain-list">
                {tags.into_iter().map(|(tag, n)| view! {
                    <li>{match cramps {
                        1 => tr!(cards.tag_before_one, tag = tag.label_in(lang).to_string(), n = n).to_string(),
                        of => tr!(cards.tag_before, tag = tag.label_in(lang).to_string(), n = n, of = of).to_string(),
                    }}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="works-title">
            <h2 id="works-title" class="card__title">{tr!(cards.works_title)}</h2>
            <p class="hint">{tr!(cards.works_hint)}</p>
            {move || block(4)}
            {move || block(12)}
            <h3 class="summary__sub">{tr!(cards.before_title)}</h3>
            {before}
            <p class="hint">{insights::caution_in(lang)}</p>
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
    let lang = crate::translations::shown();
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
                <p class="hint">{tr!(cards.fastest_none, min = technique::MIN_CRAMPS, eased = eased).to_string()}</p>
            }
            .into_any();
        };
        let chosen = stores.settings.with(|s| s.stretch.start_with);
        let best = f.best;
        let others: Vec<String> = f
            .others
            .iter()
            .map(|r| {
                tr!(
                    cards.fastest_other,
                    step = r.pose.step_name_in(lang),
                    n = r.cramps,
                    time = duration_words(r.median_s)
                )
                .to_string()
            })
            .collect();
        view! {
            <p><strong>{tr!(cards.fastest_best, step = best.pose.step_name_in(lang), n = best.cramps, time = duration_words(best.median_s)).to_string()}</strong></p>
            <p>{tr!(cards.others, list = others.join("; ")).to_string()}</p>
            {if chosen == Some(best.pose) {
                view! {
                    <p class="status">{tr!(cards.starts_with, step = best.pose.step_name_in(lang)).to_string()}</p>
                    <button type="button" class="button" data-cmd=FastestCmd::UsualOrder.render()>{tr!(cards.usual)}</button>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button--primary" data-cmd=FastestCmd::StartWith(best.pose.name().to_string()).render()>
                        {tr!(cards.start_with, step = best.pose.step_name_in(lang)).to_string()}
                    </button>
                    <p class="hint">{tr!(cards.clot_first)}</p>
                }.into_any()
            }}
            <p class="hint">{tr!(cards.typical)}</p>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="fastest-title" on:click=on_click>
            <h2 id="fastest-title" class="card__title">{tr!(cards.fastest_title)}</h2>
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
    let lang = crate::translations::shown();
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
                <p>{tr!(cards.trial_what)}</p>
                <p class="hint">{tr!(cards.trial_worry)}</p>
                <button type="button" class="button button--primary" data-cmd=TrialCmd::Start.render()>{tr!(cards.trial_start)}</button>
            }
            .into_any();
        };
        let today = clock.today();
        let report = stores
            .checklist
            .with(|c| stores.diary.with(|d| t.report(d, c, today)));
        let phase = match report.phase {
            Phase::Baseline(n) => tr!(
                cards.trial_baseline,
                n = n,
                of = trial::BASELINE_NIGHTS,
                day = t.routine_start().long_seen_from_in(today, lang)
            )
            .to_string(),
            Phase::Routine(n) => tr!(
                cards.trial_routine,
                n = n,
                of = trial::ROUTINE_NIGHTS,
                ticked = report.stretched,
                day = t.end().long_seen_from_in(today, lang)
            )
            .to_string(),
            Phase::Done => tr!(
                cards.trial_done,
                day = t.end().long_seen_from_in(today, lang)
            )
            .to_string(),
        };
        view! {
            <p><strong>{phase}</strong></p>
            <p>{report.result_in(lang)}</p>
            <p class="hint">{trial::trial_finding_in(lang)}" "{source_ref(Src::Hallegraeff2012)}" "{source_ref(Src::Cochrane2021Stretching)}</p>
            {move || if stopping.get() {
                view! {
                    <div class="confirm" role="group" aria-labelledby="trial-stop-title">
                        <p id="trial-stop-title">{tr!(cards.trial_stop_ask)}</p>
                        <div class="actions">
                            <button type="button" class="button button--danger" data-cmd=TrialCmd::ConfirmStop.render()>{tr!(cards.trial_yes)}</button>
                            <button type="button" class="button" data-cmd=TrialCmd::KeepGoing.render()>{tr!(cards.trial_keep)}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button--quiet" data-cmd=TrialCmd::Stop.render()>
                        {if report.phase == Phase::Done { tr!(cards.trial_clear) } else { tr!(cards.trial_stop) }}
                    </button>
                }.into_any()
            }}
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="trial-title" on:click=on_click>
            <h2 id="trial-title" class="card__title">{tr!(cards.trial_title)}</h2>
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
