//! The language card: the phone's language, or one the person picks. The app shows its
//! words in one language from start-up on, so a new choice opens the app again.

use crate::domain::language::{self, Lang, LanguageChoice};
use crate::domain::settings::SettingsCmd;
use crate::state::Stores;
use crate::tr;
use leptos::prelude::*;

/// The form value of a choice (`phone`, or a language tag).
fn value_of(choice: LanguageChoice) -> &'static str {
    match choice {
        LanguageChoice::Phone => "phone",
        LanguageChoice::Chosen(lang) => lang.tag(),
    }
}

/// Saves the choice and opens the app again in it. Where the choice cannot be saved (storage
/// blocked or full), the address carries it for this visit (`?lang=`), so it still applies.
fn choose(stores: Stores, choice: LanguageChoice) {
    let saved = stores
        .settings
        .try_update(|s| s.apply(SettingsCmd::SetLanguage(choice)));
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let for_visit = match (saved, choice) {
        (Err(_), LanguageChoice::Chosen(lang)) => Some(lang),
        _ => None,
    };
    let query = language::query_for(&search, for_visit);
    let opened = if query == search {
        location.reload()
    } else {
        // The same page with the new query (none: no bare "?"), in place of this one.
        let page = format!(
            "{}{query}{}",
            location.pathname().unwrap_or_default(),
            location.hash().unwrap_or_default()
        );
        location.replace(&page)
    };
    if opened.is_err() {
        leptos::logging::warn!("the app could not open again in the new language");
    }
}

/// Settings' language card.
#[component]
pub(super) fn LanguageCard() -> impl IntoView {
    let stores = expect_context::<Stores>();
    // What is in effect: a link's `?lang=` (this visit, or the choice storage could not keep)
    // shows as that language chosen, so "Same as phone" can still be picked to leave it.
    // A visit in another language than a start shows (a `?lang=` link, which the app's own
    // links then leave out of the address) is that language chosen for the visit.
    let start = crate::browser::start_language();
    let shown = crate::translations::shown();
    let asked = crate::browser::asked_language()
        .or_else(|| start.filter(|&start| start != shown).map(|_| shown));
    let choice = move || match asked {
        Some(lang) => LanguageChoice::Chosen(lang),
        None => stores.settings.with(|s| s.language),
    };
    let phone = crate::browser::preferred_languages();
    let phone = Lang::negotiate(phone.iter().map(String::as_str));
    // A language whose build cannot be fetched now (offline: the service worker keeps the
    // build of the language shown only), and a tick that puts the radios back as they were.
    let unreachable = RwSignal::new(None::<Lang>);
    let redraw = RwSignal::new(0_u32);
    // Each pick's number: a check that ends after another pick does nothing.
    let picks = StoredValue::new(0_u32);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(f) = crate::ui::act::field(&ev) else {
            return;
        };
        let picked = if f.value == "phone" {
            Some(LanguageChoice::Phone)
        } else {
            Lang::of_tag(&f.value).map(LanguageChoice::Chosen)
        };
        picks.update_value(|n| *n += 1);
        unreachable.set(None);
        let pick = picks.get_value();
        let Some(picked) = picked.filter(|&picked| picked != choice()) else {
            return;
        };
        let shows = match picked {
            LanguageChoice::Chosen(lang) => lang,
            LanguageChoice::Phone => phone,
        };
        // In a build for one language, the app opens again in another build: first make
        // sure it can be fetched, or the app would not start.
        match crate::browser::build_of(shows).filter(|_| shows != crate::translations::shown()) {
            None => choose(stores, picked),
            Some(files) => leptos::task::spawn_local(async move {
                let mut all = true;
                for file in &files {
                    all = all && crate::browser::answers(file).await;
                }
                if picks.try_get_value() != Some(pick) {
                    // Picked again meanwhile (back to where it was, or another language).
                } else if all {
                    choose(stores, picked);
                } else {
                    unreachable.set(Some(shows));
                    redraw.update(|n| *n += 1);
                }
            }),
        }
    };
    let option = move |choice_of: LanguageChoice, label: String, lang: Option<Lang>| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="language"
                    value=value_of(choice_of)
                    prop:checked=move || {
                        redraw.track();
                        choice() == choice_of
                    }
                />
                <span lang=lang.map(Lang::tag)>{label}</span>
            </label>
        }
    };
    view! {
        <fieldset class="card fieldset" id="language" on:change=on_change>
            <legend class="card__title">{tr!(settings.language)}</legend>
            <div class="choices choices--list">
                {option(
                    LanguageChoice::Phone,
                    tr!(settings.language_phone, language = super::phone::language_name(phone)).to_string(),
                    None,
                )}
                {Lang::ALL
                    .into_iter()
                    .map(|lang| option(LanguageChoice::Chosen(lang), lang.choice_label().into(), Some(lang)))
                    .collect_view()}
            </div>
            <p class="hint">{tr!(settings.language_hint)}</p>
            // Only while there is something to say: an empty status region is still one.
            {move || {
                unreachable
                    .get()
                    .map(|lang| {
                        let said = tr!(
                            settings.language_offline,
                            language = super::phone::language_name(lang)
                        )
                        .to_string();
                        view! { <p class="status" role="status">{said}</p> }
                    })
            }}
        </fieldset>
    }
}
