//! "Your medicines": what the person takes, with a form (name, dose in their words, the class
//! of medicine if they know it, start and stop, regularly or as needed), the sourced mark on a
//! class linked to night cramps, and their nights before and after each start. No dose advice:
//! ask your doctor, never stop a medicine on your own.

use super::medicines_markup::medicines_html;
use super::DiaryViewCmd;
use crate::domain::diary::medicines::{self, DrugClass, MedicineDraft};
use crate::domain::diary::{insights, DiaryCmd, Medicine};
use crate::domain::learn::sources::Src;
use crate::domain::time::DayNum;
use crate::state::clock::Clock;
use crate::state::Stores;
use crate::tr;
use crate::ui::act::read;
use crate::ui::field::{described_by, focus, invalid, FieldError, Problem};
use crate::ui::markup::{source_ref, Markup};
use leptos::prelude::*;

/// Where the medicine form is.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    Closed,
    New,
    Medicine(u32),
}

/// The medicines card.
#[component]
pub fn MedicinesCard() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let editing = RwSignal::new(Editing::Closed);
    let deleted = RwSignal::new(None::<Medicine>);
    let on_click = move |ev: leptos::ev::MouseEvent| match read::<DiaryViewCmd>(&ev) {
        Some(DiaryViewCmd::EditMedicine(id)) => editing.set(Editing::Medicine(id)),
        Some(DiaryViewCmd::DeleteMedicine(id)) => {
            let gone = stores
                .diary
                .with_untracked(|d| d.medicines.iter().find(|m| m.id == id).cloned());
            stores
                .diary
                .update(|d| _ = d.apply(DiaryCmd::DeleteMedicine(id)));
            deleted.set(gone);
        }
        _ => {}
    };
    let undo = move |_| {
        if let Some(m) = deleted.get_untracked() {
            stores
                .diary
                .update(|d| _ = d.apply(DiaryCmd::AddMedicine(m.draft)));
        }
        deleted.set(None);
    };
    let save = move |draft: MedicineDraft| {
        let cmd = match editing.get_untracked() {
            Editing::Medicine(id) => DiaryCmd::UpdateMedicine(id, draft),
            _ => DiaryCmd::AddMedicine(draft),
        };
        stores.diary.update(|d| _ = d.apply(cmd));
        editing.set(Editing::Closed);
    };
    let list = Signal::derive(move || {
        let today = clock.today();
        stores.checklist.with(|c| {
            stores.diary.with(|d| {
                let first = insights::first_night(d, c).unwrap_or(today);
                let shown: Vec<_> = d
                    .medicines
                    .iter()
                    .map(|m| (m.id, medicines::before_after(d, m, today, first)))
                    .collect();
                medicines_html(d, &shown)
            })
        })
    });
    let form = move || {
        let draft = match editing.get() {
            Editing::Closed => return None,
            Editing::New => MedicineDraft::default(),
            Editing::Medicine(id) => stores.diary.with_untracked(|d| {
                d.medicines
                    .iter()
                    .find(|m| m.id == id)
                    .map(|m| m.draft.clone())
            })?,
        };
        let is_new = editing.get_untracked() == Editing::New;
        Some(view! {
            <MedicineForm draft is_new today=clock.today_untracked()
                on_save=Callback::new(save) on_cancel=Callback::new(move |()| editing.set(Editing::Closed)) />
        })
    };
    view! {
        <section class="card" aria-labelledby="meds-title" on:click=on_click>
            <h2 id="meds-title" class="card__title">{tr!(medicines.title)}</h2>
            <p class="hint">
                {tr!(medicines.hint)}
                {source_ref(Src::Garrison2012)}" "{source_ref(Src::Aafp2012)}
            </p>
            <p class="hint"><strong>{tr!(medicines.ask)}</strong>{tr!(medicines.no_dose)}</p>
            {move || deleted.get().map(|m| view! {
                <p class="toast" role="status">
                    {tr!(medicines.deleted, name = m.draft.name.clone()).to_string()}
                    <button type="button" class="button button--small" on:click=undo>{tr!(medicines.undo)}</button>
                </p>
            })}
            <Markup html=list class="meds__list" />
            {form}
            <button type="button" class="button" hidden=move || editing.get() != Editing::Closed on:click=move |_| editing.set(Editing::New)>{tr!(medicines.add)}</button>
            <p class="hint">{medicines::caution_in(crate::translations::shown())}</p>
        </section>
    }
}

/// The medicine form: a typed view filled in from `draft`.
#[component]
fn MedicineForm(
    draft: MedicineDraft,
    is_new: bool,
    today: DayNum,
    on_save: Callback<MedicineDraft>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let name = RwSignal::new(draft.name.clone());
    let dose = RwSignal::new(draft.dose.clone());
    let class = RwSignal::new(draft.class);
    let started = RwSignal::new(draft.started.map(DayNum::iso).unwrap_or_default());
    let stopped = RwSignal::new(draft.stopped.map(DayNum::iso).unwrap_or_default());
    let as_needed = RwSignal::new(draft.as_needed);
    let name_error: Problem = RwSignal::new(None);
    let date_error: Problem = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if name.get_untracked().trim().is_empty() {
            name_error.set(Some(tr!(medicines.name_needed)));
            focus("med-name");
            return;
        }
        let day = |text: String| DayNum::parse_iso(&text);
        let (start, stop) = (day(started.get_untracked()), day(stopped.get_untracked()));
        let problem = match (start, stop) {
            (Some(s), _) if s > today => Some(("med-start", tr!(medicines.start_future))),
            (_, Some(e)) if e > today => Some(("med-stop", tr!(medicines.stop_future))),
            (Some(s), Some(e)) if e < s => Some(("med-stop", tr!(medicines.stop_before))),
            _ => None,
        };
        if let Some((field, text)) = problem {
            date_error.set(Some(text));
            focus(field);
            return;
        }
        on_save.run(MedicineDraft {
            name: name.get_untracked(),
            dose: dose.get_untracked(),
            class: class.get_untracked(),
            started: start,
            stopped: stop,
            as_needed: as_needed.get_untracked(),
        });
    };
    let max = today.iso();
    view! {
        <form class="log__form" aria-labelledby="med-form-title" novalidate on:submit=submit>
            <h3 class="card__title" id="med-form-title">{if is_new { tr!(medicines.add) } else { tr!(medicines.edit_title) }}</h3>
            <div class="field">
                <label class="field__label" for="med-name">{tr!(medicines.name)}</label>
                <input class="input" id="med-name" type="text" required maxlength=medicines::TEXT_MAX.to_string() autocomplete="off"
                    prop:value=move || name.get()
                    aria-invalid=invalid(name_error)
                    aria-describedby=described_by(name_error, "med-name-error")
                    on:input=move |ev| { name.set(event_target_value(&ev)); name_error.set(None); } />
                <FieldError id="med-name-error" problem=name_error />
            </div>
            <div class="field">
                <label class="field__label" for="med-dose">{tr!(medicines.dose)}</label>
                <input class="input" id="med-dose" type="text" maxlength=medicines::TEXT_MAX.to_string() autocomplete="off" placeholder=tr!(medicines.dose_placeholder)
                    prop:value=move || dose.get() on:input=move |ev| dose.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label class="field__label" for="med-class">{tr!(medicines.kind)}</label>
                <select class="select" id="med-class" on:change=move |ev| class.set(DrugClass::from_name(&event_target_value(&ev)))>
                    <option value="" selected=move || class.get().is_none()>{tr!(medicines.other_kind)}</option>
                    {DrugClass::ALL.map(|c| view! { <option value=c.name() selected=move || class.get() == Some(c)>{c.label_in(crate::translations::shown())}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="med-start">{tr!(medicines.started)}</label>
                <input class="input" id="med-start" type="date" max=max.clone()
                    prop:value=move || started.get()
                    aria-invalid=invalid(date_error)
                    aria-describedby=described_by(date_error, "med-date-error")
                    on:input=move |ev| { started.set(event_target_value(&ev)); date_error.set(None); } />
            </div>
            <div class="field">
                <label class="field__label" for="med-stop">{tr!(medicines.stopped)}</label>
                <input class="input" id="med-stop" type="date" max=max
                    prop:value=move || stopped.get()
                    aria-invalid=invalid(date_error)
                    aria-describedby=described_by(date_error, "med-date-error")
                    on:input=move |ev| { stopped.set(event_target_value(&ev)); date_error.set(None); } />
                <FieldError id="med-date-error" problem=date_error />
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=move || as_needed.get() on:change=move |ev| as_needed.set(event_target_checked(&ev)) />
                <span>{tr!(medicines.as_needed_check)}</span>
            </label>
            <div class="actions">
                <button type="submit" class="button button--primary">{if is_new { tr!(medicines.add_button) } else { tr!(medicines.save_changes) }}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr!(medicines.cancel)}</button>
            </div>
        </form>
    }
}
