//! The profile form (age, sex, pregnant, breastfeeding) that sets the magnesium target: one
//! component, used by the magnesium view's prompt and by Settings.

use crate::domain::magnesium::intake::{Profile, Reference, Sex};
use crate::domain::settings::SettingsCmd;
use crate::state::Stores;
use crate::tr;
use leptos::prelude::*;

/// The age as typed: whole years from 0 to 120.
pub fn parse_age(text: &str) -> Option<u8> {
    text.trim().parse::<u8>().ok().filter(|a| *a <= 120)
}

/// Age, sex, pregnant, breastfeeding, with typed state, filled in from the saved profile. It
/// checks the age and hands back the profile.
#[component]
pub fn ProfileForm(
    /// The main button's words.
    save_label: &'static str,
    /// Called with a checked profile.
    on_save: Callback<Profile>,
    /// A second, quieter button: its words and what it does ("Not now", "Clear").
    #[prop(optional)]
    other: Option<(&'static str, Callback<()>)>,
) -> impl IntoView {
    let stores = expect_context::<Stores>();
    let saved = stores
        .settings
        .with_untracked(|s| s.profile)
        .unwrap_or_default();
    let age = RwSignal::new(saved.age.to_string());
    let sex = RwSignal::new(saved.sex);
    let pregnant = RwSignal::new(saved.pregnant);
    let breastfeeding = RwSignal::new(saved.breastfeeding);
    let error = RwSignal::new(false);
    // The figures the target is read from: the US ones have pregnancy and breastfeeding rows
    // from 14 (IOM); EFSA's are the same in pregnancy and breastfeeding, for girls from 10
    // and women.
    let reference = move || {
        stores
            .settings
            .with(|s| s.mg_reference(crate::translations::shown()))
    };
    let youngest_mother = move || match reference() {
        Reference::Us => 14,
        Reference::Eu => 10,
    };
    let can_carry = move || {
        sex.get() == Sex::Female && parse_age(&age.get()).is_some_and(|a| a >= youngest_mother())
    };
    let save = move |_| match parse_age(&age.get_untracked()) {
        Some(a) => {
            error.set(false);
            let carry = sex.get_untracked() == Sex::Female && a >= untrack(youngest_mother);
            on_save.run(Profile {
                age: a,
                sex: sex.get_untracked(),
                pregnant: carry && pregnant.get_untracked(),
                breastfeeding: carry && breastfeeding.get_untracked(),
            });
        }
        None => error.set(true),
    };
    let sex_option = move |s: Sex, label: &'static str| {
        view! {
            <label class="segmented__option">
                <input type="radio" name="profile-sex" prop:checked=move || sex.get() == s on:change=move |_| sex.set(s) />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <div class="profile">
            <div class="field">
                <label class="field__label" for="profile-age">{tr!(magnesium.age)}</label>
                <input id="profile-age" class="input input--short" type="number" inputmode="numeric" min="0" max="120"
                    prop:value=move || age.get() on:input=move |ev| age.set(event_target_value(&ev)) />
                {move || error.get().then(|| view! { <p class="field__error" role="alert">{tr!(magnesium.age_error)}</p> })}
            </div>
            <fieldset class="segmented">
                <legend class="segmented__legend">{tr!(magnesium.sex)}</legend>
                <div class="segmented__grid">
                    {sex_option(Sex::Female, tr!(magnesium.female))}
                    {sex_option(Sex::Male, tr!(magnesium.male))}
                </div>
            </fieldset>
            <label class="check">
                <input type="checkbox" prop:checked=move || pregnant.get() && can_carry() disabled=move || !can_carry()
                    on:change=move |ev| pregnant.set(event_target_checked(&ev)) />
                <span>{tr!(magnesium.pregnant)}</span>
            </label>
            <label class="check">
                <input type="checkbox" prop:checked=move || breastfeeding.get() && can_carry() disabled=move || !can_carry()
                    on:change=move |ev| breastfeeding.set(event_target_checked(&ev)) />
                <span>{tr!(magnesium.breastfeeding)}</span>
            </label>
            <p class="hint" hidden=move || {
                reference() != Reference::Us || sex.get() == Sex::Male || parse_age(&age.get()).is_none_or(|a| !(10..14).contains(&a))
            }>
                {tr!(magnesium.young_mother)}
            </p>
            <div class="actions">
                <button type="button" class="button button--primary" on:click=save>{save_label}</button>
                {other.map(|(label, run)| view! {
                    <button type="button" class="button button--quiet" on:click=move |_| run.run(())>{label}</button>
                })}
            </div>
        </div>
    }
}

/// Settings' line on the magnesium target: the target by `reference` and whom it is for, in
/// the language shown (a baby's note, or the adult range without a profile).
pub fn target_line(profile: Option<Profile>, reference: Reference) -> String {
    use crate::domain::magnesium::{finder, intake};
    let lang = crate::translations::shown();
    let Some(p) = profile else {
        let (low, high) = reference.adult_range();
        return tr!(settings.mg_no_profile, low = low, high = high).to_string();
    };
    match intake::target_by(p, reference) {
        Some(t) => format!(
            "{}{}",
            tr!(
                settings.mg_target,
                mg = t.mg,
                group = intake::group_in(t.group, lang)
            ),
            intake::note_by(p, reference, lang)
                .map(|n| format!(" {n}"))
                .unwrap_or_default()
        ),
        None => finder::target_text_in(Some(p), reference, lang).1,
    }
}

/// Whose recommended intakes the targets are (US or European), saved when chosen; until
/// then the language's is checked. Its source is said below it.
#[component]
pub fn ReferenceChoice() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let lang = crate::translations::shown();
    let current = move || stores.settings.with(|s| s.mg_reference(lang));
    let option = move |r: Reference| {
        view! {
            <label class="segmented__option">
                <input type="radio" name="mg-reference" prop:checked=move || current() == r
                    on:change=move |_| stores.settings.update(|s| s.apply(SettingsCmd::SetMgReference(Some(r)))) />
                <span>{r.name_in(lang)}</span>
            </label>
        }
    };
    view! {
        <fieldset class="segmented">
            <legend class="segmented__legend">{tr!(settings.mg_reference)}</legend>
            <div class="segmented__grid">
                {Reference::ALL.map(option)}
            </div>
        </fieldset>
        <p class="hint">{move || current().source_in(lang)}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_age;

    #[test]
    fn ages_are_whole_years_up_to_120() {
        assert_eq!(parse_age(" 40 "), Some(40));
        assert_eq!(parse_age("0"), Some(0));
        assert_eq!(parse_age("121"), None);
        assert_eq!(parse_age("2.5"), None);
        assert_eq!(parse_age("-3"), None);
    }
}
