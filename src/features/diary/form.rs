//! The log form: a typed view filled in from a draft (when, where, which leg, how bad, how
//! long, did it wake you, what came before, sleep lost that night, a note). It checks the date
//! and hands back the new draft and the night's sleep lost; the view around it saves them.

use crate::browser;
use crate::domain::diary::tags::{self, Tag};
use crate::domain::diary::{self as diary, duration_words, Draft};
use crate::domain::stretch::routine::{Leg, Muscle};
use crate::domain::time::LocalMinute;
use crate::tr;
use crate::ui::field::{described_by, focus, invalid, FieldError, Problem};
use leptos::prelude::*;

/// How long a cramp lasted, as the form offers it: the bands, and the exact value when it is
/// none of them (a cramp logged from the guide).
const DURATIONS: [(u32, &str); 5] = diary::DURATION_BANDS;

/// What the form hands back.
pub struct Filled {
    pub draft: Draft,
    /// Sleep lost that night (0 to 10), if given.
    pub sleep_lost: Option<u8>,
}

/// A radio in a segmented row.
fn radio(
    name: &'static str,
    label: &'static str,
    checked: Signal<bool>,
    pick: Callback<()>,
) -> impl IntoView {
    view! {
        <label class="segmented__option">
            <input type="radio" name=name prop:checked=checked on:change=move |_| pick.run(()) />
            <span>{label}</span>
        </label>
    }
}

/// A "what came before" tag to tick.
fn tag_pick(tag: Tag, picked: RwSignal<Vec<Tag>>) -> impl IntoView {
    let label = tag.label_in(crate::translations::shown()).to_string();
    let on = tag.clone();
    view! {
        <label class="pick">
            <input type="checkbox"
                prop:checked=move || picked.with(|p| p.contains(&on))
                on:change=move |ev| {
                    let ticked = event_target_checked(&ev);
                    picked.update(|p| {
                        p.retain(|t| *t != tag);
                        if ticked { p.push(tag.clone()) }
                    });
                } />
            <span>{label}</span>
        </label>
    }
}

/// The log form.
#[component]
pub fn CrampForm(
    /// What the form starts from.
    draft: Draft,
    /// Editing an entry (rather than logging a new one).
    editing: bool,
    /// The person's own "what came before" tags.
    own: Vec<String>,
    /// Sleep lost on the draft's night, as saved.
    sleep: Option<u8>,
    /// A line above the fields (the morning question's "A cramp": set the time).
    lead: Option<&'static str>,
    /// Called with the checked draft.
    on_save: Callback<Filled>,
    /// Called on "Cancel".
    on_cancel: Callback<()>,
    /// Called when the person takes one of their own tags off their list.
    on_forget_tag: Callback<String>,
    /// Called with the fields as they are on every change (unchecked: a time being typed
    /// keeps the one before), so that they can be kept for the tab.
    on_progress: Callback<Filled>,
) -> impl IntoView {
    let lang = crate::translations::shown();
    let had = draft.at;
    let at = RwSignal::new(draft.at.input_value());
    let muscle = RwSignal::new(draft.muscle);
    let leg = RwSignal::new(draft.leg);
    let severity = RwSignal::new(draft.severity);
    let duration = RwSignal::new(draft.duration_s);
    let woke = RwSignal::new(draft.woke);
    let note = RwSignal::new(draft.note.clone());
    let picked = RwSignal::new(draft.tags.clone());
    let sleep_lost = RwSignal::new(sleep);
    let error: Problem = RwSignal::new(None);
    let (from_guide, eased_by) = (draft.from_guide, draft.eased_by);
    // The tags offered: the built-in ones, the person's own, and any own tag this entry has
    // that is no longer in their list; one typed here is added to them.
    let mut offered: Vec<Tag> = Tag::BUILT_IN.to_vec();
    offered.extend(own.into_iter().map(Tag::Own));
    for t in &draft.tags {
        if !offered.contains(t) {
            offered.push(t.clone());
        }
    }
    let offered = RwSignal::new(offered);
    let new_tag = RwSignal::new(String::new());
    let add_tag = move || {
        if let Some(tag) = offered.with_untracked(|o| tags::resolve(o, &new_tag.get_untracked())) {
            offered.update(|o| {
                if !o.contains(&tag) {
                    o.push(tag.clone());
                }
            });
            picked.update(|p| {
                if !p.contains(&tag) {
                    p.push(tag);
                }
            });
        }
        new_tag.set(String::new());
    };
    // The picker offers no time later than now (or than the entry's own, if that is later).
    let opened = LocalMinute::from_naive(browser::local_now().naive_local());
    let max_at = opened.max(had).input_value();
    let min_at = diary::earliest_start(opened, had).input_value();
    let exact = draft
        .duration_s
        .filter(|s| !DURATIONS.iter().any(|(v, _)| v == s));
    // The fields as they are, with the start `when`.
    let filled = move |when: LocalMinute| Filled {
        draft: Draft {
            at: when,
            duration_s: duration.get(),
            leg: leg.get(),
            muscle: muscle.get(),
            severity: severity.get(),
            woke: woke.get(),
            note: note.get(),
            from_guide,
            tags: picked.get(),
            eased_by,
        },
        sleep_lost: sleep_lost.get(),
    };
    // Kept as it is changed (the view keeps it for the tab): a reload loses nothing. Not on
    // opening: a form opened and left untouched is nothing to come back to.
    let last_whole = StoredValue::new(had);
    Effect::new(move |ran: Option<()>| {
        let when = LocalMinute::parse_input(&at.get()).unwrap_or(last_whole.get_value());
        last_whole.set_value(when);
        let now = filled(when);
        if ran.is_some() {
            on_progress.run(now);
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(at) = LocalMinute::parse_input(&at.get_untracked()) else {
            error.set(Some(tr!(diary.enter_time)));
            focus("log-at");
            return;
        };
        let now = LocalMinute::from_naive(browser::local_now().naive_local());
        if let Err(problem) = diary::check_start_in(at, had, now, lang) {
            error.set(Some(problem));
            focus("log-at");
            return;
        }
        on_save.run(untrack(|| filled(at)));
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
    let scale = |n: u8, low: &str, high: &str| match n {
        0 => format!("0, {low}"),
        10 => format!("10, {high}"),
        n => n.to_string(),
    };
    view! {
        <form class="log__form" aria-labelledby="log-title" novalidate on:submit=submit>
            <h2 class="card__title" id="log-title">{if editing { tr!(diary.edit_title) } else { tr!(diary.log) }}</h2>
            {lead.map(|text| view! { <p class="hint">{text}</p> })}
            <div class="field">
                <label class="field__label" for="log-at">{tr!(diary.started)}</label>
                <input class="input" id="log-at" type="datetime-local" required prop:value=move || at.get() min=min_at max=max_at
                    aria-invalid=invalid(error)
                    aria-describedby=described_by(error, "log-at-error")
                    on:input=move |ev| { at.set(event_target_value(&ev)); error.set(None); } />
                <FieldError id="log-at-error" problem=error />
            </div>
            <div class="field">
                <label class="field__label" for="log-muscle">{tr!(diary.where_label)}</label>
                <select class="select" id="log-muscle" on:change=move |ev| {
                    if let Some(m) = Muscle::from_name(&event_target_value(&ev)) { muscle.set(m) }
                }>
                    {Muscle::ALL.map(|m| view! { <option value=m.name() selected=move || muscle.get() == m>{m.label_in(lang)}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="segmented">
                <legend class="segmented__legend">{tr!(diary.which_leg)}</legend>
                <div class="segmented__grid segmented__grid--three">
                    {leg_radio(Leg::Left, tr!(diary.left))}
                    {leg_radio(Leg::Right, tr!(diary.right))}
                    {leg_radio(Leg::Unsaid, tr!(diary.not_sure))}
                </div>
            </fieldset>
            <div class="field">
                <label class="field__label" for="log-sev">{tr!(diary.how_bad)}</label>
                <select class="select" id="log-sev" on:change=move |ev| severity.set(event_target_value(&ev).parse().ok())>
                    <option value="" selected=move || severity.get().is_none()>{tr!(diary.not_rated)}</option>
                    {(0..=10u8).map(|n| view! { <option value=n.to_string() selected=move || severity.get() == Some(n)>{scale(n, tr!(diary.no_pain), tr!(diary.worst))}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="log-dur">{tr!(diary.how_long)}</label>
                <select class="select" id="log-dur" on:change=move |ev| duration.set(event_target_value(&ev).parse().ok())>
                    <option value="" selected=move || duration.get().is_none()>{tr!(diary.not_sure)}</option>
                    {exact.map(|s| view! { <option value=s.to_string() selected=move || duration.get() == Some(s)>{duration_words(s)}</option> })}
                    {DURATIONS.into_iter().enumerate().map(|(i, (v, _))| view! { <option value=v.to_string() selected=move || duration.get() == Some(v)>{diary::duration_band_in(i, lang)}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="segmented">
                <legend class="segmented__legend">{tr!(diary.woke)}</legend>
                <div class="segmented__grid segmented__grid--three">
                    {woke_radio(Some(true), tr!(diary.yes))}
                    {woke_radio(Some(false), tr!(diary.no))}
                    {woke_radio(None, tr!(diary.not_saying))}
                </div>
            </fieldset>
            <div class="field">
                <label class="field__label" for="log-sleep">{tr!(diary.sleep_lost)}</label>
                <select class="select" id="log-sleep" on:change=move |ev| sleep_lost.set(event_target_value(&ev).parse().ok())>
                    <option value="" selected=move || sleep_lost.get().is_none()>{tr!(diary.not_saying)}</option>
                    {(0..=10u8).map(|n| view! { <option value=n.to_string() selected=move || sleep_lost.get() == Some(n)>{scale(n, tr!(diary.none), tr!(diary.whole_night))}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="fieldset">
                <legend class="segmented__legend">{tr!(diary.before)}</legend>
                <div class="picks">
                    <For each=move || offered.get() key=|t| t.key() let(tag)>
                        {tag_pick(tag, picked)}
                    </For>
                </div>
                <div class="add-tag">
                    <label class="field__label" for="log-own-tag">{tr!(diary.something_else)}</label>
                    <input class="input" id="log-own-tag" type="text" maxlength=tags::OWN_MAX.to_string() placeholder=tr!(diary.tag_placeholder)
                        prop:value=move || new_tag.get()
                        on:input=move |ev| new_tag.set(event_target_value(&ev))
                        on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add_tag(); } />
                    <button type="button" class="button button--small" on:click=move |_| add_tag() aria-label=tr!(diary.add_tag)>{tr!(diary.add)}</button>
                </div>
                {move || {
                    let own: Vec<String> = offered.with(|o| {
                        o.iter()
                            .filter_map(|t| match t {
                                Tag::Own(name) => Some(name.clone()),
                                _ => None,
                            })
                            .collect()
                    });
                    (!own.is_empty()).then(|| view! {
                        <details class="own-tags">
                            <summary>{tr!(diary.own_tags)}</summary>
                            <p class="hint">{tr!(diary.own_tags_hint)}</p>
                            <ul class="own-tags__list">
                                {own.into_iter().map(|name| {
                                    let label = tr!(diary.take_off, name = name.clone()).to_string();
                                    let tag = Tag::Own(name.clone());
                                    view! {
                                        <li>
                                            <span>{name.clone()}</span>
                                            <button type="button" class="button button--small button--quiet" aria-label=label
                                                on:click=move |_| {
                                                    offered.update(|o| o.retain(|t| *t != tag));
                                                    picked.update(|p| p.retain(|t| *t != tag));
                                                    on_forget_tag.run(name.clone());
                                                }>{tr!(diary.remove)}</button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </details>
                    })
                }}
            </fieldset>
            <div class="field">
                <label class="field__label" for="log-note">{tr!(diary.note)}</label>
                <textarea class="input" id="log-note" rows="2" maxlength="500" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="button button--primary button--big">{if editing { tr!(diary.save_changes) } else { tr!(diary.save) }}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr!(diary.cancel)}</button>
            </div>
        </form>
    }
}
