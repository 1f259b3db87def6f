//! The magnesium food picker: search the curated foods (and, once fetched, the full USDA
//! table), add portions, and see the day's total against the recommended intake.

mod usda_table;

use super::ViewHeading;
use crate::domain::learn::content::MAGNESIUM_NOTES;
use crate::domain::magnesium::foods::{self, Category, CURATED, USDA_FOODS};
use crate::domain::magnesium::intake::{self, Profile, ADULT_RANGE};
use crate::domain::magnesium::search::{
    is_unsearchable, query_words, score, Indexed, UNSEARCHABLE,
};
use crate::domain::magnesium::{
    self, mg_text, whole_mg, Amount, Facts, FoodRef, MagCmd, MagnesiumLog,
};
use crate::domain::settings::SettingsCmd;
use crate::domain::sorted;
use crate::domain::time::DayNum;
use crate::state::Stores;
use crate::ui::act::{field, read, ViewCmd};
use crate::ui::clock::{today, today_untracked};
use crate::ui::markup::{escape, source_ref, Markup};
use leptos::prelude::*;
use std::fmt::Write;
use usda_table::UsdaState;

/// Most search results shown.
const RESULTS_MAX: usize = 40;

/// A food found by the search (or listed as a favourite or recent).
#[derive(Clone, PartialEq)]
struct Hit {
    food: FoodRef,
    facts: Facts,
    /// Other measures for USDA foods (label, grams tenths).
    measures: Vec<(String, u32)>,
    category: Category,
    curated: bool,
    note: &'static str,
}

/// What the portion picker is for.
#[derive(Clone, PartialEq)]
enum Picking {
    None,
    /// Adding a food.
    New(Box<Hit>),
    /// Changing a logged entry.
    Entry {
        id: u32,
        facts: Facts,
        amount: Amount,
    },
}

#[derive(Clone, Copy, PartialEq)]
enum Sort {
    Relevance,
    PerServing,
    Per100g,
}

/// The target for the profile, or the adult range without one.
fn target_text(profile: Option<Profile>) -> (Option<u32>, String) {
    match profile {
        Some(p) => match intake::target(p) {
            Some(t) => (
                Some(t.mg),
                match intake::note(p) {
                    Some(note) => format!("{} mg recommended for {}. {note}", t.mg, t.group),
                    None => format!("{} mg recommended for {}", t.mg, t.group),
                },
            ),
            None => (None, intake::BABY_NOTE.to_string()),
        },
        None => (
            None,
            format!(
                "Adults need {} to {} mg a day. Set your age and sex for your own target.",
                ADULT_RANGE.0, ADULT_RANGE.1
            ),
        ),
    }
}

crate::view_commands! {
    /// What the magnesium view's buttons do (`Pick`, `Fav`: a search hit; `Measure`: one of
    /// its household measures; `Change`, `Remove`: a log entry; the custom ones: a food id).
    pub enum FoodCmd {
        Grams = "grams",
        CancelPick = "cancel-pick",
        LoadUsda = "load-usda",
        NewCustom = "new-custom",
        SaveCustom = "save-custom",
        CancelCustom = "cancel-custom",
        DismissProfile = "dismiss-profile",
        SaveProfile = "save-profile",
        ;
        Pick(usize) = "pick",
        Fav(usize) = "fav",
        Halves(u8) = "halves",
        Measure(usize) = "measure",
        Change(u32) = "change",
        Remove(u32) = "remove",
        Category(String) = "cat",
        EditCustom(u32) = "edit-custom",
        RemoveCustom(u32) = "remove-custom",
    }
}

/// The magnesium view.
#[component]
pub fn MagnesiumView() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let table = usda_table::provide();
    let query = RwSignal::new(String::new());
    let category = RwSignal::new(None::<Category>);
    let sort = RwSignal::new(Sort::Relevance);
    let picking = RwSignal::new(Picking::None);
    let said = RwSignal::new(None::<String>);
    let custom_open = RwSignal::new(None::<Option<u32>>);
    let profile = move || stores.settings.with(|s| s.profile);

    let day = move || today(stores);
    let total = move || {
        let d = day();
        whole_mg(stores.magnesium.with(|m| m.total_x10(d)))
    };
    let target = move || target_text(profile());

    let hits = Memo::new(move |_| {
        let q = query.get();
        let cat = category.get();
        let s = sort.get();
        let usda_version = table.version.get();
        stores
            .magnesium
            .with(|log| table.with(usda_version, |usda| search(log, usda, &q, cat, s)))
    });
    let results_html = Signal::derive(move || {
        if query.with(|q| is_unsearchable(q)) {
            return format!(r#"<p class="hint" role="status">{UNSEARCHABLE}</p>"#);
        }
        let q = query.with(|q| q.trim().is_empty());
        stores
            .magnesium
            .with(|log| hits.with(|h| results_html(h, log, q)))
    });
    let entries_html = Signal::derive(move || {
        let d = day();
        stores.magnesium.with(|log| entries_html(log, d))
    });
    let chart_html = Signal::derive(move || {
        let (t, target) = (day(), target().0);
        stores.magnesium.with(|log| chart_html(log, t, target))
    });
    let custom_html = Signal::derive(move || stores.magnesium.with(custom_html));

    let after_add = move |name: &str, mg_x10: u32| {
        let d = today_untracked(stores);
        said.set(Some(format!("Added {name}: {}.", mg_text(mg_x10))));
        let profile = stores.settings.with_untracked(|s| s.profile);
        if let Some(cmd) = stores
            .magnesium
            .with_untracked(|m| magnesium::on_logged(m, d, profile))
        {
            stores.checklist.update(|c| c.apply(cmd, d));
        }
    };

    let add = move |amount: Amount| {
        let d = today_untracked(stores);
        match picking.get_untracked() {
            Picking::New(hit) => {
                let hit = *hit;
                let mg = crate::domain::magnesium::Entry {
                    id: 0,
                    food: hit.food.clone(),
                    facts: hit.facts.clone(),
                    amount,
                }
                .mg_x10();
                let name = hit.facts.name.clone();
                stores.magnesium.update(|m| {
                    m.apply(MagCmd::Add {
                        day: d,
                        food: hit.food,
                        facts: hit.facts,
                        amount,
                    })
                });
                after_add(&name, mg);
            }
            Picking::Entry { id, .. } => {
                stores
                    .magnesium
                    .update(|m| m.apply(MagCmd::SetAmount { day: d, id, amount }));
                said.set(Some("Changed.".into()));
            }
            Picking::None => {}
        }
        picking.set(Picking::None);
    };

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<FoodCmd>(&ev) else {
            return;
        };
        match cmd {
            FoodCmd::Pick(i) => {
                if let Some(hit) = hits.with_untracked(|h| h.get(i).cloned()) {
                    picking.set(Picking::New(Box::new(hit)));
                    focus("portion-title");
                }
            }
            FoodCmd::Fav(i) => {
                if let Some(hit) = hits.with_untracked(|h| h.get(i).cloned()) {
                    stores
                        .magnesium
                        .update(|m| m.apply(MagCmd::ToggleFavourite(hit.food)));
                }
            }
            FoodCmd::Halves(h) => add(Amount::Halves(h)),
            FoodCmd::Grams => {
                let grams = input_value("portion-grams").and_then(|v| parse_tenths(&v));
                match grams {
                    Some(g) if g > 0 => add(Amount::Grams(g)),
                    _ => said.set(Some("Enter how many grams, for example 50.".into())),
                }
            }
            FoodCmd::Measure(i) => {
                // A USDA food's other household measure becomes the serving.
                if let Picking::New(mut hit) = picking.get_untracked() {
                    if let Some((label, grams)) = hit.measures.get(i).cloned() {
                        hit.facts = Facts::of_usda(
                            &hit.facts.name,
                            hit.facts.mg100_x10,
                            Some((&label, grams)),
                        );
                        picking.set(Picking::New(hit));
                    }
                }
            }
            FoodCmd::CancelPick => picking.set(Picking::None),
            FoodCmd::Change(id) => {
                let d = today_untracked(stores);
                let entry = stores.magnesium.with_untracked(|m| {
                    m.day(d)
                        .and_then(|day| day.entries.iter().find(|e| e.id == id).cloned())
                });
                if let Some(e) = entry {
                    picking.set(Picking::Entry {
                        id,
                        facts: e.facts,
                        amount: e.amount,
                    });
                    focus("portion-title");
                }
            }
            FoodCmd::Remove(id) => {
                let d = today_untracked(stores);
                stores
                    .magnesium
                    .update(|m| m.apply(MagCmd::Remove { day: d, id }));
                said.set(Some("Removed.".into()));
            }
            FoodCmd::Category(name) => {
                let c = Category::from_name(&name);
                category.update(|cur| *cur = if *cur == c { None } else { c });
            }
            FoodCmd::LoadUsda => table.load(),
            FoodCmd::NewCustom => custom_open.set(Some(None)),
            FoodCmd::EditCustom(id) => custom_open.set(Some(Some(id))),
            FoodCmd::RemoveCustom(id) => stores
                .magnesium
                .update(|m| m.apply(MagCmd::RemoveCustom(id))),
            FoodCmd::SaveCustom => {
                let facts = Facts {
                    name: input_value("custom-name").unwrap_or_default(),
                    serving: input_value("custom-serving").unwrap_or_default(),
                    serving_g_x10: input_value("custom-grams")
                        .and_then(|v| parse_tenths(&v))
                        .unwrap_or(0),
                    serving_mg_x10: input_value("custom-mg")
                        .and_then(|v| parse_tenths(&v))
                        .unwrap_or(0),
                    mg100_x10: 0,
                };
                if facts.name.trim().is_empty() || facts.serving_mg_x10 == 0 {
                    said.set(Some(
                        "Give your food a name and its magnesium per serving.".into(),
                    ));
                    return;
                }
                let id = custom_open.get_untracked().flatten();
                stores
                    .magnesium
                    .update(|m| m.apply(MagCmd::SaveCustom { id, facts }));
                custom_open.set(None);
                said.set(Some("Your food is saved: search for it by name.".into()));
            }
            FoodCmd::CancelCustom => custom_open.set(None),
            FoodCmd::DismissProfile => stores
                .settings
                .update(|s| s.apply(SettingsCmd::DismissProfilePrompt)),
            FoodCmd::SaveProfile => {
                if let Some(p) = read_profile() {
                    stores
                        .settings
                        .update(|s| s.apply(SettingsCmd::SetProfile(Some(p))));
                } else {
                    said.set(Some("Enter an age from 0 to 120.".into()));
                }
            }
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(f) = field(&ev) else { return };
        if f.name == "sort" {
            sort.set(match f.value.as_str() {
                "serving" => Sort::PerServing,
                "100g" => Sort::Per100g,
                _ => Sort::Relevance,
            });
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Some(f) = field(&ev) {
            if f.name == "food-search" {
                let long_enough = f.value.trim().chars().count() >= 3 && !is_unsearchable(&f.value);
                query.set(f.value);
                // Searching beyond the curated list fetches the full table, once.
                if long_enough && !table.is_loaded() && hits.with_untracked(|h| h.len()) < 3 {
                    table.load();
                }
            }
        }
    };

    let percent = move || {
        target()
            .0
            .map(|t| (u64::from(total()) * 100 / u64::from(t.max(1))) as u32)
    };
    let bar_value = move || {
        let t = target().0.unwrap_or(ADULT_RANGE.0);
        total().min(t).to_string()
    };
    let bar_max = move || target().0.unwrap_or(ADULT_RANGE.0).to_string();
    let show_profile_prompt = move || {
        stores
            .settings
            .with(|s| s.profile.is_none() && !s.profile_prompt_dismissed)
    };
    let category_chips = Signal::derive(move || {
        let current = category.get();
        let mut out = String::new();
        for c in Category::ALL {
            let _ = write!(
                out,
                r#"<button type="button" class="chip chip--wide" id="cat-{n}" data-cmd="{cmd}" aria-pressed="{}">{}</button>"#,
                current == Some(c),
                c.label(),
                n = c.name(),
                cmd = FoodCmd::Category(c.name().to_string()).render()
            );
        }
        out
    });
    let usda_status = move || match table.state.get() {
        UsdaState::NotLoaded => None,
        UsdaState::Loading => Some("Loading the USDA table…".to_string()),
        UsdaState::Loaded => Some(format!("Searching all {USDA_FOODS} USDA foods as well.")),
        UsdaState::Failed(e) => Some(format!(
            "The USDA table could not be loaded: {e}. Try again when you are online."
        )),
    };

    view! {
        <section class="view" on:click=on_click on:change=on_change on:input=on_input>
            <ViewHeading
                title="Magnesium from food"
                intro="Pick what you ate and see the day's magnesium against the amount recommended for you."
            />
            <div class="card" aria-labelledby="today-mg">
                <h2 id="today-mg" class="card__title">"Today"</h2>
                <p class="mg-total">
                    <span class="mg-total__mg">{move || format!("{} mg", total())}</span>
                    <span class="mg-total__pct">{move || percent().map(|p| format!("{p}% of your target")).unwrap_or_default()}</span>
                </p>
                <progress class="meter" max=bar_max value=bar_value aria-label="Magnesium today against your target"></progress>
                <p class="hint">{move || target().1}</p>
                <Markup html=entries_html class="mg-entries" />
                {move || said.get().map(|m| view! { <p class="status" role="status">{m}</p> })}
            </div>

            <div class="card" aria-labelledby="add-title">
                <h2 id="add-title" class="card__title">"Add a food"</h2>
                <div class="field">
                    <label class="field__label" for="food-search">"Search foods"</label>
                    <input id="food-search" name="food-search" class="input" type="search" autocomplete="off" placeholder="almonds, spinach, oat bran…" />
                </div>
                <Markup html=category_chips class="chips chips--wrap" />
                <div class="field field--inline">
                    <label class="field__label" for="sort">"Order"</label>
                    <select id="sort" name="sort" class="select">
                        <option value="relevance">"Best match"</option>
                        <option value="serving">"Most magnesium per serving"</option>
                        <option value="100g">"Most magnesium per 100 g"</option>
                    </select>
                </div>
                <PortionPicker picking />
                <Markup html=results_html class="results" />
                <div class="usda">
                    <button type="button" class="button" data-cmd=FoodCmd::LoadUsda.render() hidden=move || table.state.with(|s| matches!(s, UsdaState::Loaded | UsdaState::Loading))>
                        {format!("Search all {USDA_FOODS} USDA foods")}
                    </button>
                    <p class="hint" role="status">{usda_status}</p>
                </div>
            </div>

            <div class="card" hidden=move || !show_profile_prompt()>
                <h2 class="card__title">"Your daily target"</h2>
                <p>"Your recommended magnesium depends on your age and sex, and changes in pregnancy and while breastfeeding."</p>
                <ProfileFields />
                <div class="actions">
                    <button type="button" class="button button--primary" data-cmd=FoodCmd::SaveProfile.render()>"Set my target"</button>
                    <button type="button" class="button button--quiet" data-cmd=FoodCmd::DismissProfile.render()>"Not now"</button>
                </div>
                <p class="hint">"You can change it any time in Settings."</p>
            </div>

            <div class="card" aria-labelledby="own-title">
                <div class="card__row">
                    <h2 id="own-title" class="card__title">"Your own foods"</h2>
                    <button type="button" class="button button--small" data-cmd=FoodCmd::NewCustom.render() hidden=move || custom_open.get().is_some()>"Add a food"</button>
                </div>
                {move || custom_open.get().map(|id| {
                    let facts = id.and_then(|id| stores.magnesium.with_untracked(|m| m.custom(id).map(|c| c.facts.clone()))).unwrap_or_default();
                    view! { <CustomForm facts /> }
                })}
                <Markup html=custom_html class="custom-list" />
            </div>

            <div class="card" aria-labelledby="month-title">
                <h2 id="month-title" class="card__title">"Last 30 days"</h2>
                <Markup html=chart_html class="chart" />
            </div>

            <div class="card card--quiet" aria-labelledby="mg-note">
                <h2 id="mg-note" class="card__title">"Good to know"</h2>
                <ul class="plain-list">
                    {MAGNESIUM_NOTES
                        .iter()
                        .map(|st| view! { <li>{st.text}" "{st.sources.iter().map(|&src| source_ref(src)).collect_view()}</li> })
                        .collect_view()}
                    <li>"Uncramp gives general information, not a diagnosis or a diet plan."</li>
                </ul>
            </div>
        </section>
    }
}

fn input_value(id: &str) -> Option<String> {
    let el = document().get_element_by_id(id)?;
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el)
        .ok()
        .map(|i| i.value())
}

fn checked(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok())
        .is_some_and(|i| i.checked())
}

fn focus(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id) {
            if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
                let _ = el.focus();
            }
        }
    });
}

/// "12.5" → 125 (tenths); commas accepted as decimal points.
fn parse_tenths(text: &str) -> Option<u32> {
    let text = text.trim().replace(',', ".");
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let tenth: u32 = match frac.chars().next() {
        None => 0,
        Some(c) => c.to_digit(10)?,
    };
    whole.checked_mul(10)?.checked_add(tenth)
}

/// Reads the profile fields (in Settings or the prompt).
pub fn read_profile() -> Option<Profile> {
    let age = input_value("profile-age")?
        .trim()
        .parse::<u8>()
        .ok()
        .filter(|a| *a <= 120)?;
    let sex = if checked("profile-male") {
        intake::Sex::Male
    } else {
        intake::Sex::Female
    };
    Some(Profile {
        age,
        sex,
        pregnant: checked("profile-pregnant"),
        breastfeeding: checked("profile-feeding"),
    })
}

/// Age, sex, pregnant, breastfeeding (read with [`read_profile`]).
#[component]
pub fn ProfileFields() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let p = stores
        .settings
        .with_untracked(|s| s.profile)
        .unwrap_or_default();
    let male = p.sex == intake::Sex::Male;
    view! {
        <div class="profile">
            <div class="field">
                <label class="field__label" for="profile-age">"Age (years)"</label>
                <input id="profile-age" class="input input--short" type="number" inputmode="numeric" min="0" max="120" value=p.age.to_string() />
            </div>
            <fieldset class="segmented">
                <legend class="segmented__legend">"Sex"</legend>
                <div class="segmented__grid">
                    <label class="segmented__option"><input type="radio" name="profile-sex" id="profile-female" value="female" checked=!male /><span>"Female"</span></label>
                    <label class="segmented__option"><input type="radio" name="profile-sex" id="profile-male" value="male" checked=male /><span>"Male"</span></label>
                </div>
            </fieldset>
            <label class="check"><input type="checkbox" id="profile-pregnant" checked=p.pregnant /><span>"Pregnant"</span></label>
            <label class="check"><input type="checkbox" id="profile-feeding" checked=p.breastfeeding /><span>"Breastfeeding"</span></label>
        </div>
    }
}

/// Servings (½, 1, 1½, 2) or grams, for the food being added or the entry being changed.
#[component]
fn PortionPicker(
    /// What is being picked for.
    picking: RwSignal<Picking>,
) -> impl IntoView {
    let facts = move || match picking.get() {
        Picking::New(hit) => Some(hit.facts),
        Picking::Entry { facts, .. } => Some(facts),
        Picking::None => None,
    };
    let measures = Signal::derive(move || match picking.get() {
        Picking::New(hit) if hit.measures.len() > 1 => {
            let mut out = String::from(r#"<p class="hint">Other measures:</p>"#);
            for (i, (label, _)) in hit.measures.iter().enumerate() {
                let _ = write!(
                    out,
                    r#"<button type="button" class="chip chip--wide" data-cmd="{}">{}</button>"#,
                    FoodCmd::Measure(i).render(),
                    escape(label)
                );
            }
            out
        }
        _ => String::new(),
    });
    view! {
        <div class="portion" role="group" aria-labelledby="portion-title" hidden=move || facts().is_none()>
            <h3 id="portion-title" class="portion__title" tabindex="-1">{move || facts().map(|f| f.name).unwrap_or_default()}</h3>
            <p class="hint">{move || facts().map(|f| format!("1 serving = {} ({})", f.serving, mg_text(f.serving_mg_x10))).unwrap_or_default()}</p>
            <div class="portion__chips">
                <button type="button" class="chip" data-cmd=FoodCmd::Halves(1).render()>"½"</button>
                <button type="button" class="chip" data-cmd=FoodCmd::Halves(2).render()>"1"</button>
                <button type="button" class="chip" data-cmd=FoodCmd::Halves(3).render()>"1½"</button>
                <button type="button" class="chip" data-cmd=FoodCmd::Halves(4).render()>"2"</button>
            </div>
            <Markup html=measures class="chips chips--wrap" />
            <div class="portion__grams" hidden=move || facts().is_some_and(|f| f.mg100_x10 == 0 && f.serving_g_x10 == 0)>
                <label class="field__label" for="portion-grams">"Or grams"</label>
                <input id="portion-grams" class="input input--short" type="text" inputmode="decimal" autocomplete="off" />
                <button type="button" class="button" data-cmd=FoodCmd::Grams.render()>"Add grams"</button>
            </div>
            <button type="button" class="button button--quiet" data-cmd=FoodCmd::CancelPick.render()>"Cancel"</button>
        </div>
    }
}

/// The form for one of the user's own foods.
#[component]
fn CustomForm(
    /// The food being edited (default when new).
    facts: Facts,
) -> impl IntoView {
    let grams = if facts.serving_g_x10 > 0 {
        tenths_text(facts.serving_g_x10)
    } else {
        String::new()
    };
    let mg = if facts.serving_mg_x10 > 0 {
        tenths_text(facts.serving_mg_x10)
    } else {
        String::new()
    };
    view! {
        <div class="custom-form" role="group" aria-label="Your food">
            <div class="field">
                <label class="field__label" for="custom-name">"Name"</label>
                <input id="custom-name" class="input" type="text" maxlength="100" value=facts.name />
            </div>
            <div class="field">
                <label class="field__label" for="custom-serving">"Serving"</label>
                <input id="custom-serving" class="input" type="text" maxlength="100" placeholder="1 bowl" value=facts.serving />
            </div>
            <div class="field">
                <label class="field__label" for="custom-grams">"Grams per serving (optional)"</label>
                <input id="custom-grams" class="input input--short" type="text" inputmode="decimal" value=grams />
            </div>
            <div class="field">
                <label class="field__label" for="custom-mg">"Magnesium per serving (mg)"</label>
                <input id="custom-mg" class="input input--short" type="text" inputmode="decimal" value=mg />
            </div>
            <div class="actions">
                <button type="button" class="button button--primary" data-cmd=FoodCmd::SaveCustom.render()>"Save food"</button>
                <button type="button" class="button" data-cmd=FoodCmd::CancelCustom.render()>"Cancel"</button>
            </div>
        </div>
    }
}

fn tenths_text(x10: u32) -> String {
    if x10.is_multiple_of(10) {
        (x10 / 10).to_string()
    } else {
        format!("{}.{}", x10 / 10, x10 % 10)
    }
}

/// A candidate result, cheap to rank; only the best few become [`Hit`]s.
enum Cand<'a> {
    Known(Hit),
    Curated(&'static foods::Curated),
    Custom(u32, &'a Facts),
    Usda(usize),
}

thread_local! {
    /// The curated foods' search index (built once).
    static CURATED_INDEX: Vec<Indexed> = CURATED.iter().map(|f| Indexed::new(f.name, true)).collect();
}

/// Finds foods: favourites and recents first when the query is empty; otherwise curated and
/// your own foods, then (once loaded) the USDA table. Ranks cheaply, then builds only the
/// hits it shows.
fn search(
    log: &MagnesiumLog,
    usda: Option<&usda_table::Loaded>,
    q: &str,
    cat: Option<Category>,
    sort: Sort,
) -> Vec<Hit> {
    if is_unsearchable(q) {
        return Vec::new();
    }
    let words = query_words(q);
    let wanted = |c: Category| cat.is_none_or(|w| w == c);
    let key = |per_serving: u32, per100: u32| match sort {
        Sort::PerServing => per_serving,
        Sort::Per100g => per100,
        Sort::Relevance => 0,
    };
    // (curated, sort key, score, candidate)
    let mut found: Vec<(bool, u32, u32, Cand)> = Vec::new();
    if words.is_empty() && cat.is_none() {
        let mut seen: Vec<FoodRef> = Vec::new();
        for food in log.favourites.iter().chain(log.recents.iter()) {
            if seen.contains(food) {
                continue;
            }
            if let Some(hit) = hit_of(log, usda, food) {
                seen.push(food.clone());
                let rank = 30_000 - found.len() as u32;
                found.push((true, u32::MAX, rank, Cand::Known(hit)));
            }
        }
        for f in CURATED {
            if !seen
                .iter()
                .any(|s| matches!(s, FoodRef::Curated(id) if id == f.id))
            {
                found.push((
                    true,
                    key(f.mg_serving * 10, f.mg100 * 10),
                    10_000,
                    Cand::Curated(f),
                ));
            }
        }
    } else {
        for c in &log.custom {
            if let Some(s) = score(&Indexed::new(&c.facts.name, true), &words)
                .filter(|_| wanted(Category::Other))
            {
                found.push((
                    true,
                    key(c.facts.serving_mg_x10, c.facts.mg100_x10),
                    s + 1,
                    Cand::Custom(c.id, &c.facts),
                ));
            }
        }
        CURATED_INDEX.with(|index| {
            for (f, idx) in CURATED.iter().zip(index) {
                if wanted(f.category) {
                    if let Some(s) = score(idx, &words) {
                        found.push((
                            true,
                            key(f.mg_serving * 10, f.mg100 * 10),
                            s,
                            Cand::Curated(f),
                        ));
                    }
                }
            }
        });
        if let Some(usda) = usda {
            for (i, (food, index)) in usda.foods.iter().zip(&usda.index).enumerate() {
                if !wanted(Category::of_usda_group(food.group)) {
                    continue;
                }
                if let Some(s) = score(index, &words) {
                    let grams = food.measures.first().map_or(1000, |m| m.1);
                    let per_serving = (u64::from(grams) * u64::from(food.mg100_x10) / 1000) as u32;
                    found.push((false, key(per_serving, food.mg100_x10), s, Cand::Usda(i)));
                }
            }
        }
    }
    // Curated before the USDA table always; then the chosen order; then relevance.
    let by = |a: &(bool, u32, u32, Cand), b: &(bool, u32, u32, Cand)| {
        b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2))
    };
    if found.len() > RESULTS_MAX {
        found.select_nth_unstable_by(RESULTS_MAX - 1, by);
        found.truncate(RESULTS_MAX);
    }
    sorted::sort_by(&mut found, by);
    found
        .into_iter()
        .map(|(_, _, _, c)| match c {
            Cand::Known(hit) => hit,
            Cand::Curated(f) => curated_hit(f),
            Cand::Custom(id, facts) => custom_hit(id, facts),
            Cand::Usda(i) => usda_table::hit_of_usda(
                &usda.expect("a USDA candidate comes from the table").foods[i],
            ),
        })
        .collect()
}

fn curated_hit(f: &foods::Curated) -> Hit {
    Hit {
        food: FoodRef::Curated(f.id.into()),
        facts: Facts::of_curated(f),
        measures: Vec::new(),
        category: f.category,
        curated: true,
        note: f.note,
    }
}

fn custom_hit(id: u32, facts: &Facts) -> Hit {
    Hit {
        food: FoodRef::Custom(id),
        facts: facts.clone(),
        measures: Vec::new(),
        category: Category::Other,
        curated: true,
        note: "Your own food.",
    }
}

fn hit_of(log: &MagnesiumLog, usda: Option<&usda_table::Loaded>, food: &FoodRef) -> Option<Hit> {
    match food {
        FoodRef::Curated(id) => foods::curated(id).map(curated_hit),
        FoodRef::Custom(id) => log.custom(*id).map(|c| custom_hit(*id, &c.facts)),
        FoodRef::Usda(ndb) => usda
            .and_then(|u| u.foods.iter().find(|f| f.ndb == *ndb))
            .map(usda_table::hit_of_usda)
            .or_else(|| {
                log.facts_of(food).map(|facts| Hit {
                    food: food.clone(),
                    facts,
                    measures: Vec::new(),
                    category: Category::Other,
                    curated: false,
                    note: "",
                })
            }),
    }
}

fn results_html(hits: &[Hit], log: &MagnesiumLog, empty_query: bool) -> String {
    if hits.is_empty() {
        return r#"<p class="hint">No food found. Try fewer letters, search all USDA foods, or add your own.</p>"#.into();
    }
    let mut out = String::new();
    if empty_query && (!log.favourites.is_empty() || !log.recents.is_empty()) {
        out.push_str(r#"<p class="hint">Your favourites and recent foods first.</p>"#);
    }
    out.push_str(r#"<ul class="results__list">"#);
    for (i, h) in hits.iter().enumerate() {
        let fav = log.is_favourite(&h.food);
        let name = escape(&h.facts.name);
        let per100 = if h.facts.mg100_x10 > 0 {
            format!(" · {} mg per 100 g", whole_mg(h.facts.mg100_x10))
        } else {
            String::new()
        };
        let tag = if h.curated {
            ""
        } else {
            r#" <span class="tag">USDA</span>"#
        };
        let note = if h.note.is_empty() || matches!(h.food, FoodRef::Custom(_)) {
            String::new()
        } else {
            format!(r#"<p class="result__note">{}</p>"#, h.note)
        };
        let _ = write!(
            out,
            r#"<li class="result"><button type="button" class="result__main" id="r-{i}" data-cmd="{pick}"><span class="result__name">{name}{tag}</span><span class="result__mg">{mg}</span><span class="result__serving">{serving}{per100}</span></button><button type="button" class="iconbutton result__fav" id="f-{i}" data-cmd="{fav_cmd}" aria-pressed="{fav}" aria-label="Favourite: {name}">{star}</button>{note}</li>"#,
            mg = mg_text(h.facts.serving_mg_x10),
            serving = escape(&h.facts.serving),
            pick = FoodCmd::Pick(i).render(),
            fav_cmd = FoodCmd::Fav(i).render(),
            star = if fav { "★" } else { "☆" },
        );
    }
    out.push_str("</ul>");
    out
}

fn entries_html(log: &MagnesiumLog, day: DayNum) -> String {
    let Some(d) = log.day(day).filter(|d| !d.entries.is_empty()) else {
        return r#"<p class="hint">Nothing added today yet.</p>"#.into();
    };
    let mut out = String::from(r#"<ul class="mg-entries__list">"#);
    for e in &d.entries {
        let name = escape(&e.facts.name);
        let _ = write!(
            out,
            r#"<li class="mg-entry"><span class="mg-entry__name">{name}</span><span class="mg-entry__amount">{amount}</span><span class="mg-entry__mg">{mg}</span><span class="mg-entry__actions"><button type="button" class="button button--small" data-cmd="{change}" aria-label="Change the portion of {name}">Change</button><button type="button" class="button button--small button--quiet" data-cmd="{remove}" aria-label="Remove {name}">Remove</button></span></li>"#,
            amount = escape(&e.amount.label(&e.facts.serving)),
            mg = mg_text(e.mg_x10()),
            change = FoodCmd::Change(e.id).render(),
            remove = FoodCmd::Remove(e.id).render(),
        );
    }
    out.push_str("</ul>");
    out
}

fn custom_html(log: &MagnesiumLog) -> String {
    if log.custom.is_empty() {
        return r#"<p class="hint">Foods you add yourself appear here and in the search.</p>"#
            .into();
    }
    let mut out = String::from(r#"<ul class="plain-list">"#);
    for c in &log.custom {
        let name = escape(&c.facts.name);
        let _ = write!(
            out,
            r#"<li class="custom-item"><span>{name}: {mg} per {serving}</span> <button type="button" class="button button--small" data-cmd="{edit}" aria-label="Edit {name}">Edit</button> <button type="button" class="button button--small button--quiet" data-cmd="{remove}" aria-label="Remove {name}">Remove</button></li>"#,
            mg = mg_text(c.facts.serving_mg_x10),
            serving = escape(&c.facts.serving),
            edit = FoodCmd::EditCustom(c.id).render(),
            remove = FoodCmd::RemoveCustom(c.id).render(),
        );
    }
    out.push_str("</ul>");
    out
}

/// Daily totals for the last 30 days against the target line, with a table alternative.
fn chart_html(log: &MagnesiumLog, today: DayNum, target: Option<u32>) -> String {
    let series = log.series(today, 30);
    let goal = target.unwrap_or(ADULT_RANGE.0);
    let max = series
        .iter()
        .map(|(_, mg)| *mg)
        .max()
        .unwrap_or(0)
        .max(goal)
        * 11
        / 10;
    let (w, h, plot) = (360u32, 170u32, 130u32);
    let col = w / 30;
    let mut svg = format!(
        r#"<svg viewBox="0 0 {w} {h}" class="chart__svg" role="img" aria-label="Magnesium per day for the last 30 days against a target of {goal} mg; the numbers are in the table below."><line class="chart__axis" x1="0" x2="{w}" y1="{plot}" y2="{plot}"></line>"#
    );
    for (i, (_, mg)) in series.iter().enumerate() {
        let bar = mg * plot / max.max(1);
        if bar > 0 {
            let _ = write!(
                svg,
                r#"<rect class="chart__bar" x="{}" y="{}" width="{}" height="{bar}" rx="2"></rect>"#,
                i as u32 * col + 1,
                plot - bar,
                col - 2
            );
        }
    }
    let y = plot - goal * plot / max.max(1);
    let _ = write!(
        svg,
        r#"<line class="chart__target" x1="0" x2="{w}" y1="{y}" y2="{y}"></line><text class="chart__label chart__label--end" x="{}" y="{}">target {goal} mg</text><text class="chart__label" x="2" y="{}">{}</text><text class="chart__label chart__label--end" x="{}" y="{}">today</text></svg>"#,
        w - 2,
        y.saturating_sub(4).max(10),
        h - 18,
        series[0].0.short(),
        w - 2,
        h - 18,
    );
    let mut table = String::from(
        r#"<details class="chart__table"><summary>Show as a table</summary><table class="table"><thead><tr><th scope="col">Day</th><th scope="col">Magnesium</th></tr></thead><tbody>"#,
    );
    for (d, mg) in series.iter().rev() {
        let _ = write!(
            table,
            r#"<tr><th scope="row">{}</th><td>{mg} mg</td></tr>"#,
            d.short()
        );
    }
    table.push_str("</tbody></table></details>");
    svg + &table
}

#[cfg(test)]
mod command_tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::FoodCmd::samples());
    }
}
