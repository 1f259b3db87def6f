//! The magnesium food picker: search the curated foods (and, once fetched, the full USDA
//! table), add portions, and see the day's total against the recommended intake.

mod forms;
mod markup;
mod usda_table;

use super::ViewHeading;
use crate::domain::learn::content::{kidney_before_target, statement_in, MAGNESIUM_NOTES};
use crate::domain::magnesium::finder::{self, parse_tenths, target_text_in, Hit, Sort};
use crate::domain::magnesium::foods::{Category, USDA_FOODS};
use crate::domain::magnesium::search::{is_unsearchable, unsearchable_in};
use crate::domain::magnesium::{self, mg_text, whole_mg, Amount, Facts, FoodRef, MagCmd};
use crate::domain::settings::SettingsCmd;
use crate::features::profile::ProfileForm;
use crate::state::clock::Clock;
use crate::state::Stores;
use crate::tr;
use crate::ui::act::{field, read, ViewCmd};
use crate::ui::field::{focus, Problem};
use crate::ui::markup::{source_ref, Markup};
use forms::{CustomForm, PortionPicker};
use leptos::prelude::*;
use markup::{chart_html, custom_html, entries_html, results_html};
use usda_table::UsdaState;

/// The id of what a change says (under the day's list).
const SAID: &str = "mg-said";

/// What the portion picker is for.
#[derive(Clone, PartialEq)]
enum Picking {
    None,
    /// Adding a food.
    New(Box<Hit>),
    /// Changing a logged entry.
    Entry {
        id: u32,
        food: FoodRef,
        facts: Facts,
        amount: Amount,
    },
}

crate::view_commands! {
    /// What the magnesium view's buttons do (`Pick`, `Fav`: a search hit; `Measure`: one of
    /// its household measures; `Change`, `Remove`: a log entry; the custom ones: a food id).
    pub enum FoodCmd {
        Grams = "grams",
        CancelPick = "cancel-pick",
        LoadUsda = "load-usda",
        NewCustom = "new-custom",
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
    let clock = expect_context::<Clock>();
    let table = usda_table::provide();
    let query = RwSignal::new(String::new());
    let category = RwSignal::new(None::<Category>);
    let sort = RwSignal::new(Sort::Relevance);
    let picking = RwSignal::new(Picking::None);
    let said = RwSignal::new(None::<String>);
    let custom_open = RwSignal::new(None::<Option<u32>>);
    let grams_text = RwSignal::new(String::new());
    // What is wrong with the grams typed in, shown under that field.
    let grams_error: Problem = RwSignal::new(None);
    let profile = move || stores.settings.with(|s| s.profile);

    let day = move || clock.today();
    let total = move || {
        let d = day();
        whole_mg(stores.magnesium.with(|m| m.total_x10(d)))
    };
    let lang = crate::translations::shown();
    let reference = move || stores.settings.with(|s| s.mg_reference(lang));
    let target = move || target_text_in(profile(), reference(), lang);
    // The line the day is measured against: the target, or the adult range's low end.
    let goal = move || target().0.unwrap_or(reference().adult_range().0);

    let hits = Memo::new(move |_| {
        let q = query.get();
        let cat = category.get();
        let s = sort.get();
        let usda_version = table.version.get();
        stores
            .magnesium
            .with(|log| table.with(usda_version, |usda| finder::find(log, usda, &q, cat, s)))
    });
    let results_html = Signal::derive(move || {
        if query.with(|q| is_unsearchable(q)) {
            return format!(
                r#"<p class="hint" role="status">{}</p>"#,
                unsearchable_in(lang)
            );
        }
        let q = query.with(|q| q.trim().is_empty());
        stores
            .magnesium
            .with(|log| hits.with(|h| results_html(h, log, q, lang)))
    });
    let entries_html = Signal::derive(move || {
        let d = day();
        stores.magnesium.with(|log| entries_html(log, d, lang))
    });
    let chart_html = Signal::derive(move || {
        let (t, goal) = (day(), goal());
        stores.magnesium.with(|log| chart_html(log, t, goal, lang))
    });
    let custom_html = Signal::derive(move || stores.magnesium.with(custom_html));

    // A change says whether it is stored: "for now" if not (storage blocked or full, or the
    // log frozen by a newer version's), as the diary's "Saved" does. What it says is shown
    // under the day's list, and brought into view with the focus: the portion picker or the
    // form the change came from has closed, and on a phone the list is often scrolled away.
    let tell = move |text: String| {
        said.set(Some(text));
        // After the redraw (the message is a new element): the tasks queued by then, the
        // redraw among them, have run after a tick. Not a frame: no timer is waited for.
        leptos::task::spawn_local(async {
            leptos::task::tick().await;
            focus(SAID);
        });
    };
    let after_add =
        move |name: &str, mg_x10: u32, saved: Result<(), crate::storage::StorageError>| {
            let d = clock.today_untracked();
            let (name, mg) = (name.to_string(), mg_text(mg_x10));
            tell(match saved {
                Ok(()) => tr!(magnesium.added, name, mg).to_string(),
                Err(e) => tr!(
                    magnesium.added_not_saved,
                    name,
                    mg,
                    error = e.describe_in(lang)
                )
                .to_string(),
            });
            let (profile, reference) = stores
                .settings
                .with_untracked(|s| (s.profile, s.mg_reference(lang)));
            if let Some(cmd) = stores
                .magnesium
                .with_untracked(|m| magnesium::on_logged(m, d, profile, reference))
            {
                stores.checklist.update(|c| c.apply(cmd, d));
            }
        };

    let add = move |amount: Amount| {
        if let Some(problem) = magnesium::amount_problem_in(amount, lang) {
            // Grams typed: said under the grams field, as an empty or unreadable entry is.
            if matches!(amount, Amount::Grams(_)) {
                grams_error.set(Some(problem));
                focus("portion-grams");
            } else {
                tell(problem.into());
            }
            return;
        }
        let d = clock.today_untracked();
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
                let name = magnesium::shown(&hit.food, &hit.facts, lang).0;
                let saved = stores.magnesium.try_update(|m| {
                    m.apply(MagCmd::Add {
                        day: d,
                        food: hit.food,
                        facts: hit.facts,
                        amount,
                    })
                });
                after_add(&name, mg, saved);
            }
            Picking::Entry { id, .. } => {
                let saved = stores
                    .magnesium
                    .try_update(|m| m.apply(MagCmd::SetAmount { day: d, id, amount }));
                tell(match saved {
                    Ok(()) => tr!(magnesium.changed).into(),
                    Err(e) => {
                        tr!(magnesium.changed_not_saved, error = e.describe_in(lang)).to_string()
                    }
                });
            }
            Picking::None => {}
        }
        picking.set(Picking::None);
        grams_text.set(String::new());
        grams_error.set(None);
    };

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<FoodCmd>(&ev) else {
            return;
        };
        if !matches!(cmd, FoodCmd::Grams) {
            // Another food, a serving, or "Cancel": the grams message no longer applies.
            grams_error.set(None);
        }
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
                let grams = parse_tenths(&grams_text.get_untracked());
                match grams {
                    Some(g) if g > 0 => add(Amount::Grams(g)),
                    _ => {
                        grams_error.set(Some(tr!(magnesium.grams_needed)));
                        focus("portion-grams");
                    }
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
                let d = clock.today_untracked();
                let entry = stores.magnesium.with_untracked(|m| {
                    m.day(d)
                        .and_then(|day| day.entries.iter().find(|e| e.id == id).cloned())
                });
                if let Some(e) = entry {
                    picking.set(Picking::Entry {
                        id,
                        food: e.food,
                        facts: e.facts,
                        amount: e.amount,
                    });
                    focus("portion-title");
                }
            }
            FoodCmd::Remove(id) => {
                let d = clock.today_untracked();
                let saved = stores
                    .magnesium
                    .try_update(|m| m.apply(MagCmd::Remove { day: d, id }));
                tell(match saved {
                    Ok(()) => tr!(magnesium.removed).into(),
                    Err(e) => {
                        tr!(magnesium.removed_not_saved, error = e.describe_in(lang)).to_string()
                    }
                });
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
    let bar_value = move || total().min(goal()).to_string();
    let bar_max = move || goal().to_string();
    let show_profile_prompt = move || {
        stores
            .settings
            .with(|s| s.profile.is_none() && !s.profile_prompt_dismissed)
    };
    let usda_status = move || match table.state.get() {
        UsdaState::NotLoaded => None,
        UsdaState::Loading => Some(tr!(magnesium.usda_loading).to_string()),
        UsdaState::Loaded => Some(tr!(magnesium.usda_loaded, n = USDA_FOODS).to_string()),
        UsdaState::Failed(e) => Some(tr!(magnesium.usda_failed, error = e).to_string()),
    };

    view! {
        <section class="view" lang=lang.tag() on:click=on_click on:change=on_change on:input=on_input>
            <ViewHeading
                title=tr!(magnesium.title)
                intro=tr!(magnesium.intro)
            />
            <div class="card" aria-labelledby="today-mg">
                <h2 id="today-mg" class="card__title">{tr!(magnesium.today)}</h2>
                <p class="mg-total">
                    <span class="mg-total__mg">{move || format!("{} mg", total())}</span>
                    <span class="mg-total__pct">{move || percent().map(|p| tr!(magnesium.pct, p = p).to_string()).unwrap_or_default()}</span>
                </p>
                <progress class="meter" max=bar_max value=bar_value aria-label=tr!(magnesium.meter)></progress>
                <p class="hint">{move || target().1}</p>
                <p class="hint">{kidney_before_target(lang)}</p>
                <Markup html=entries_html class="mg-entries" />
                {move || said.get().map(|m| view! { <p id=SAID class="status" role="status" tabindex="-1">{m}</p> })}
            </div>

            <div class="card" aria-labelledby="add-title">
                <h2 id="add-title" class="card__title">{tr!(magnesium.add_title)}</h2>
                <div class="field">
                    <label class="field__label" for="food-search">{tr!(magnesium.search)}</label>
                    <input id="food-search" name="food-search" class="input" type="search" autocomplete="off" placeholder=tr!(magnesium.placeholder) />
                </div>
                <div class="chips chips--wrap">
                    {Category::ALL.map(|c| view! {
                        <button type="button" class="chip chip--wide" id=format!("cat-{}", c.name())
                            data-cmd=FoodCmd::Category(c.name().to_string()).render()
                            aria-pressed=move || (category.get() == Some(c)).to_string()>{c.label_in(lang)}</button>
                    }).collect_view()}
                </div>
                <div class="field field--inline">
                    <label class="field__label" for="sort">{tr!(magnesium.order)}</label>
                    <select id="sort" name="sort" class="select">
                        <option value="relevance">{tr!(magnesium.best)}</option>
                        <option value="serving">{tr!(magnesium.per_serving)}</option>
                        <option value="100g">{tr!(magnesium.per_100g)}</option>
                    </select>
                </div>
                <PortionPicker picking grams=grams_text grams_error />
                <Markup html=results_html class="results" />
                <div class="usda">
                    <button type="button" class="button" data-cmd=FoodCmd::LoadUsda.render() hidden=move || table.state.with(|s| matches!(s, UsdaState::Loaded | UsdaState::Loading))>
                        {tr!(magnesium.usda_all, n = USDA_FOODS).to_string()}
                    </button>
                    <p class="hint" role="status">{usda_status}</p>
                </div>
            </div>

            <div class="card" hidden=move || !show_profile_prompt()>
                <h2 class="card__title">{tr!(magnesium.target_title)}</h2>
                <p>
                    {move || match stores.settings.with(|s| s.mg_reference(crate::translations::shown())) {
                        crate::domain::magnesium::intake::Reference::Us => tr!(magnesium.target_why),
                        crate::domain::magnesium::intake::Reference::Eu => tr!(magnesium.target_why_efsa),
                    }}
                </p>
                <ProfileForm
                    save_label=tr!(magnesium.set_target)
                    on_save=Callback::new(move |p| stores.settings.update(|s| s.apply(SettingsCmd::SetProfile(Some(p)))))
                    other=(tr!(magnesium.not_now), Callback::new(move |()| stores.settings.update(|s| s.apply(SettingsCmd::DismissProfilePrompt))))
                />
                <p class="hint">{tr!(magnesium.change_later)}</p>
            </div>

            <div class="card" aria-labelledby="own-title">
                <div class="card__row">
                    <h2 id="own-title" class="card__title">{tr!(magnesium.own_title)}</h2>
                    <button type="button" class="button button--small" data-cmd=FoodCmd::NewCustom.render() hidden=move || custom_open.get().is_some()>{tr!(magnesium.add_title)}</button>
                </div>
                {move || custom_open.get().map(|id| {
                    let facts = id.and_then(|id| stores.magnesium.with_untracked(|m| m.custom(id).map(|c| c.facts.clone()))).unwrap_or_default();
                    let on_save = Callback::new(move |facts: Facts| {
                        let saved = stores.magnesium.try_update(|m| m.apply(MagCmd::SaveCustom { id, facts }));
                        custom_open.set(None);
                        tell(match saved {
                            Ok(()) => tr!(magnesium.own_saved).into(),
                            Err(e) => tr!(magnesium.own_not_saved, error = e.describe_in(lang)).to_string(),
                        });
                    });
                    view! { <CustomForm facts on_save on_cancel=Callback::new(move |()| custom_open.set(None)) /> }
                })}
                <Markup html=custom_html class="custom-list" />
            </div>

            <div class="card" aria-labelledby="month-title">
                <h2 id="month-title" class="card__title">{tr!(magnesium.month)}</h2>
                <Markup html=chart_html class="chart" />
            </div>

            <div class="card card--quiet" aria-labelledby="mg-note">
                <h2 id="mg-note" class="card__title">{tr!(magnesium.good_to_know)}</h2>
                <ul class="plain-list">
                    {MAGNESIUM_NOTES
                        .iter()
                        .map(|st| {
                            let (text, sources) = statement_in(st, lang);
                            view! { <li>{text}" "{sources.into_iter().map(source_ref).collect_view()}</li> }
                        })
                        .collect_view()}
                    <li>{tr!(magnesium.not_diet)}</li>
                </ul>
            </div>
        </section>
    }
}

#[cfg(test)]
mod command_tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::FoodCmd::samples());
    }
}
