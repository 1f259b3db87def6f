//! The magnesium view's two small forms: the portion picker (servings or grams) and the form
//! for one of the user's own foods.

use super::{FoodCmd, Picking};
use crate::domain::magnesium::finder::{parse_tenths, tenths_text};
use crate::domain::magnesium::{self, custom_problem_in, mg_text, Facts};
use crate::tr;
use crate::ui::act::ViewCmd;
use crate::ui::field::{described_by, invalid, FieldError, Problem};
use leptos::prelude::*;

/// Servings (½, 1, 1½, 2) or grams, for the food being added or the entry being changed.
#[component]
pub(super) fn PortionPicker(
    /// What is being picked for.
    picking: RwSignal<Picking>,
    /// The grams typed in.
    grams: RwSignal<String>,
    /// What is wrong with them ("Add grams" with none), shown under the field.
    grams_error: Problem,
) -> impl IntoView {
    let facts = move || match picking.get() {
        Picking::New(hit) => Some(hit.facts),
        Picking::Entry { facts, .. } => Some(facts),
        Picking::None => None,
    };
    // The food as the language shows it: (facts, name, serving).
    let lang = crate::translations::shown();
    let shown = move || {
        let (food, facts) = match picking.get() {
            Picking::New(hit) => (hit.food, hit.facts),
            Picking::Entry { food, facts, .. } => (food, facts),
            Picking::None => return None,
        };
        let (name, serving) = magnesium::shown(&food, &facts, lang);
        Some((facts, name, serving))
    };
    let measures = move || match picking.get() {
        Picking::New(hit) if hit.measures.len() > 1 => hit.measures,
        _ => Vec::new(),
    };
    view! {
        <div class="portion" role="group" aria-labelledby="portion-title" hidden=move || facts().is_none()>
            <h3 id="portion-title" class="portion__title" tabindex="-1">{move || shown().map(|(_, name, _)| name).unwrap_or_default()}</h3>
            <p class="hint">{move || shown().map(|(f, _, serving)| tr!(magnesium.one_serving, serving = serving, mg = mg_text(f.serving_mg_x10)).to_string()).unwrap_or_default()}</p>
            <div class="portion__chips">
                <button type="button" class="chip" data-cmd=FoodCmd::Halves(1).render()>"½"</button>
                <button type="button" class="chip" data-cmd=FoodCmd::Halves(2).render()>"1"</button>
                <button type="button" class="chip" data-cmd=FoodCmd::Halves(3).render()>"1½"</button>
                <button type="button" class="chip" data-cmd=FoodCmd::Halves(4).render()>"2"</button>
            </div>
            <div class="chips chips--wrap">
                {move || {
                    let all = measures();
                    (!all.is_empty()).then(|| view! {
                        <p class="hint">{tr!(magnesium.other_measures)}</p>
                        {all.into_iter().enumerate().map(|(i, (label, _))| view! {
                            <button type="button" class="chip chip--wide" data-cmd=FoodCmd::Measure(i).render()>{label}</button>
                        }).collect_view()}
                    })
                }}
            </div>
            <div class="portion__grams" hidden=move || facts().is_some_and(|f| f.mg100_x10 == 0 && f.serving_g_x10 == 0)>
                <label class="field__label" for="portion-grams">{tr!(magnesium.or_grams)}</label>
                <input id="portion-grams" class="input input--short" type="text" inputmode="decimal" autocomplete="off"
                    aria-invalid=invalid(grams_error)
                    aria-describedby=described_by(grams_error, "portion-grams-error")
                    prop:value=move || grams.get()
                    on:input=move |ev| { grams.set(event_target_value(&ev)); grams_error.set(None); } />
                <FieldError id="portion-grams-error" problem=grams_error class="portion__error" />
                <button type="button" class="button" data-cmd=FoodCmd::Grams.render()>{tr!(magnesium.add_grams)}</button>
            </div>
            <button type="button" class="button button--quiet" data-cmd=FoodCmd::CancelPick.render()>{tr!(magnesium.cancel)}</button>
        </div>
    }
}

/// The form for one of the user's own foods.
#[component]
pub(super) fn CustomForm(
    /// The food being edited (default when new).
    facts: Facts,
    /// Called with the checked food.
    on_save: Callback<Facts>,
    /// Called on "Cancel".
    on_cancel: Callback<()>,
) -> impl IntoView {
    let text = |x10: u32| {
        if x10 > 0 {
            tenths_text(x10)
        } else {
            String::new()
        }
    };
    let name = RwSignal::new(facts.name.clone());
    let serving = RwSignal::new(facts.serving.clone());
    let grams = RwSignal::new(text(facts.serving_g_x10));
    let mg = RwSignal::new(text(facts.serving_mg_x10));
    let error = RwSignal::new(None::<&'static str>);
    let save = move |_| {
        let food = Facts {
            name: name.get_untracked(),
            serving: serving.get_untracked(),
            serving_g_x10: parse_tenths(&grams.get_untracked()).unwrap_or(0),
            serving_mg_x10: parse_tenths(&mg.get_untracked()).unwrap_or(0),
            mg100_x10: 0,
        };
        if food.name.trim().is_empty() || food.serving_mg_x10 == 0 {
            error.set(Some(tr!(magnesium.own_missing)));
            return;
        }
        if let Some(problem) = custom_problem_in(&food, crate::translations::shown()) {
            error.set(Some(problem));
            return;
        }
        on_save.run(food);
    };
    let field = |id: &'static str,
                 label: &'static str,
                 value: RwSignal<String>,
                 short: bool,
                 decimal: bool| {
        view! {
            <div class="field">
                <label class="field__label" for=id>{label}</label>
                <input id=id class=if short { "input input--short" } else { "input" } type="text" maxlength="100"
                    inputmode=if decimal { "decimal" } else { "text" }
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    view! {
        <div class="custom-form" role="group" aria-label=tr!(magnesium.your_food)>
            {field("custom-name", tr!(magnesium.f_name), name, false, false)}
            {field("custom-serving", tr!(magnesium.f_serving), serving, false, false)}
            {field("custom-grams", tr!(magnesium.f_grams), grams, true, true)}
            {field("custom-mg", tr!(magnesium.f_mg), mg, true, true)}
            {move || error.get().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
            <div class="actions">
                <button type="button" class="button button--primary" on:click=save>{tr!(magnesium.save_food)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr!(magnesium.cancel)}</button>
            </div>
        </div>
    }
}
