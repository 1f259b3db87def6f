//! The top of the home view: where it hurts, which leg, "Cramp now" and the clot check.
//!
//! index.html has it as static HTML, painted before the app has loaded, and its "Cramp now"
//! link works without the app (`?start=cramp`); a tap on it while the app is still loading is
//! held for the app (index.html's script marks the link `data-tapped`) instead of loading the
//! page again. The app adopts that markup rather than building it again: Leptos cannot hydrate
//! hand-written HTML, and a rebuilt copy would be a second, later paint of the largest element
//! (it made Lighthouse's LCP flip between 1 s and 2.7 s), would cost start-up time, and would
//! forget a choice made before the app was ready. Adopting, the link becomes a button (its own
//! spans moved into it, so nothing is painted anew) and the node is kept for later visits to the
//! home view. A page that started on another view has no static home: then [`Hero`] builds the
//! same markup (tests/consistency.rs keeps the two in step).

use super::HomeCmd;
use crate::domain::learn::safety;
use crate::domain::stretch::routine::{Leg, Muscle, RoutineKind};
use crate::features::ViewHeading;
use crate::tr;
use crate::ui::act::ViewCmd;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::Element;

thread_local! {
    /// The adopted static hero, while it is not on screen (or about to be put there).
    static KEPT: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Adopts the static home's top in index.html's start-up block, where it stays painted until
/// the home view takes it (the app removes the rest of the block then), and keeps it for the
/// home view. Returns the stretch to start at once when "Cramp now" was tapped while the app
/// was loading.
pub fn adopt_static() -> Option<RoutineKind> {
    let hero = document().query_selector("#boot .home__hero").ok()??;
    let mut tapped = false;
    if let Ok(Some(link)) = hero.query_selector("a.cramp-button") {
        tapped = link.has_attribute("data-tapped");
        if let Ok(button) = document().create_element("button") {
            let _ = button.set_attribute("type", "button");
            button.set_class_name("cramp-button");
            let _ = button.set_attribute("data-cmd", &HomeCmd::Cramp.render());
            while let Some(child) = link.first_child() {
                let _ = button.append_child(&child);
            }
            let _ = link.replace_with_with_node_1(&button);
        }
    }
    if let Ok(Some(title)) = hero.query_selector("h1") {
        // As the app's own headings: focusable, so a view change can move focus to it.
        let _ = title.set_attribute("tabindex", "-1");
    }
    let (muscle, leg) = choice(&hero);
    KEPT.with(|k| *k.borrow_mut() = Some(hero));
    tapped.then_some(RoutineKind::Cramp {
        muscle,
        leg,
        first: None,
    })
}

/// The stretch to start when "Cramp now" was tapped after [`adopt_static`] but before the
/// home view was there to handle it (index.html's script holds that tap too), once.
pub fn take_held_tap() -> Option<RoutineKind> {
    let hero = kept()?;
    let button = hero.query_selector(".cramp-button[data-tapped]").ok()??;
    let _ = button.remove_attribute("data-tapped");
    let (muscle, leg) = choice(&hero);
    Some(RoutineKind::Cramp {
        muscle,
        leg,
        first: None,
    })
}

/// The adopted hero, to put on screen (`None`: this page had no static home view).
pub fn kept() -> Option<Element> {
    KEPT.with(|k| k.borrow().clone())
}

/// The muscle and leg the hero's radios say now.
pub fn choice(hero: &Element) -> (Muscle, Leg) {
    let checked = |name: &str| {
        hero.query_selector(&format!("input[name={name}]:checked"))
            .ok()
            .flatten()
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default()
    };
    (
        Muscle::from_name(&checked("muscle")).unwrap_or(Muscle::Calf),
        Leg::from_name(&checked("leg")).unwrap_or(Leg::Unsaid),
    )
}

/// Says on "Cramp now" which stretch it starts.
pub fn show_muscle(root: &Element, muscle: Muscle) {
    if let Ok(Some(sub)) = root.query_selector(".cramp-button__sub") {
        sub.set_text_content(Some(&sub_label(muscle)));
    }
}

fn sub_label(muscle: Muscle) -> String {
    let lang = crate::translations::shown();
    tr!(hero.start_stretch, muscle = muscle.lower_in(lang)).to_string()
}

/// The hero built by the app, the same as index.html's (for a start on another view).
#[component]
pub fn Hero() -> impl IntoView {
    let words = safety::guide_safety(crate::translations::shown());
    view! {
        <div class="home__hero" lang=crate::translations::shown().tag()>
            <ViewHeading title=tr!(hero.title) intro=tr!(hero.intro) />
            <div class="home__choices">
            <fieldset class="segmented">
                <legend class="segmented__legend">{tr!(hero.where_cramp)}</legend>
                <div class="segmented__grid">
                <label class="segmented__option"><input type="radio" name="muscle" value="calf" checked /><span>{tr!(hero.calf)}</span></label>
                <label class="segmented__option"><input type="radio" name="muscle" value="foot" /><span>{tr!(hero.foot)}</span></label>
                <label class="segmented__option"><input type="radio" name="muscle" value="hamstring" /><span>{tr!(hero.hamstring)}</span></label>
                <label class="segmented__option"><input type="radio" name="muscle" value="quad" /><span>{tr!(hero.quad)}</span></label>
                </div>
            </fieldset>
            <fieldset class="segmented">
                <legend class="segmented__legend">{tr!(hero.which_leg)}</legend>
                <div class="segmented__grid segmented__grid--three">
                <label class="segmented__option"><input type="radio" name="leg" value="left" /><span>{tr!(hero.left)}</span></label>
                <label class="segmented__option"><input type="radio" name="leg" value="right" /><span>{tr!(hero.right)}</span></label>
                <label class="segmented__option"><input type="radio" name="leg" value="unsaid" checked /><span>{tr!(hero.not_sure)}</span></label>
                </div>
            </fieldset>
            </div>
            <button type="button" class="cramp-button" data-cmd=HomeCmd::Cramp.render()>
                <span class="cramp-button__label">{tr!(hero.cramp_now)}</span>
                <span class="cramp-button__sub">{sub_label(Muscle::Calf)}</span>
            </button>
            <p class="clotcheck clotcheck--home" role="note"><strong>{words.clot_check}</strong>" "<a href="learn/#red-flags">{words.clot_check_link}</a></p>
        </div>
    }
}
