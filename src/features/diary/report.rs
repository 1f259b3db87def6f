//! "Report for your doctor": the period the person picks (4 weeks, 12 weeks, a year, or dates)
//! and the parts (cramps, sleep, medicines, habits, what came before), shown here as the
//! report will read, then sent as a file from the phone: a self-contained page that prints
//! well, and the CSV, through the same share-or-download path as the backup.

use crate::browser;
use crate::domain::diary::insights;
use crate::domain::diary::report::{self, Parts, Period};
use crate::domain::time::DayNum;
use crate::state::clock::Clock;
use crate::state::Stores;
use crate::tr;
use crate::ui::act::{read, ViewCmd};
use crate::ui::field::{described_by, invalid, FieldError, Problem};
use crate::ui::file_out::{offer, FileOutStatus};
use crate::ui::markup::Markup;
use leptos::prelude::*;

crate::view_commands! {
    /// What the report card's buttons do (`Weeks`: 4, 12 or 52).
    enum ReportCmd {
        Dates = "dates",
        Print = "print",
        Page = "page",
        Csv = "csv",
        ;
        Weeks(u8) = "weeks",
    }
}

/// What the diary says once its report has left the phone.
fn report_words() -> browser::Words {
    browser::Words {
        shared: tr!(report.report_shared),
        downloaded: tr!(report.report_downloaded),
    }
}

/// What the diary says once its CSV has left the phone.
fn csv_words() -> browser::Words {
    browser::Words {
        shared: tr!(report.csv_shared),
        downloaded: tr!(report.csv_downloaded),
    }
}

/// Which part a checkbox picks.
#[derive(Clone, Copy)]
enum Part {
    Cramps,
    Sleep,
    Medicines,
    Habits,
    Tags,
}

impl Part {
    const ALL: [Part; 5] = [
        Part::Cramps,
        Part::Sleep,
        Part::Medicines,
        Part::Habits,
        Part::Tags,
    ];

    fn label(self) -> &'static str {
        match self {
            Part::Cramps => tr!(report.p_cramps),
            Part::Sleep => tr!(report.p_sleep),
            Part::Medicines => tr!(report.p_medicines),
            Part::Habits => tr!(report.p_habits),
            Part::Tags => tr!(report.p_tags),
        }
    }

    fn of(self, parts: &mut Parts) -> &mut bool {
        match self {
            Part::Cramps => &mut parts.cramps,
            Part::Sleep => &mut parts.sleep,
            Part::Medicines => &mut parts.medicines,
            Part::Habits => &mut parts.habits,
            Part::Tags => &mut parts.tags,
        }
    }

    fn is_in(self, mut parts: Parts) -> bool {
        *self.of(&mut parts)
    }
}

fn no_parts() -> &'static str {
    tr!(report.no_parts)
}

/// The report card.
#[component]
pub fn ReportCard() -> impl IntoView {
    let lang = crate::translations::shown();
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let period = RwSignal::new(Period::Weeks(4));
    let dates = RwSignal::new(false);
    let from_text = RwSignal::new(String::new());
    let to_text = RwSignal::new(String::new());
    let date_error: Problem = RwSignal::new(None);
    let parts_error: Problem = RwSignal::new(None);
    let parts = RwSignal::new(Parts::default());
    let out = RwSignal::new(None::<browser::OutState>);
    // The period's nights, or what is wrong with the dates typed.
    let range = move || -> Result<(DayNum, DayNum), &'static str> {
        let today = clock.today();
        let picked = if dates.get() {
            Period::from_fields_in(&from_text.get(), &to_text.get(), today, lang)?
        } else {
            period.get()
        };
        Ok(picked.range(today))
    };
    let body = move |from: DayNum, to: DayNum, parts: Parts| {
        let today = clock.today();
        stores.checklist.with(|c| {
            stores.diary.with(|d| {
                let input = report::Input {
                    diary: d,
                    checklist: c,
                    from,
                    to,
                    parts,
                    first_used: insights::first_night(d, c).unwrap_or(from),
                    today,
                    lang,
                };
                (report::body(&input), report::html(&input))
            })
        })
    };
    let preview = Signal::derive(move || match (range(), parts.get()) {
        (Err(problem), _) => format!(r#"<p class="hint">{problem}</p>"#),
        (Ok(_), p) if p.is_empty() => format!(r#"<p class="hint">{}</p>"#, no_parts()),
        (Ok((from, to)), p) => body(from, to, p).0,
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<ReportCmd>(&ev) else {
            return;
        };
        ev.stop_propagation();
        match cmd {
            ReportCmd::Weeks(w) => {
                dates.set(false);
                period.set(match w {
                    52 => Period::Year,
                    12 => Period::Weeks(12),
                    _ => Period::Weeks(4),
                });
            }
            ReportCmd::Dates => {
                if from_text.get_untracked().is_empty() {
                    let (from, to) = period.get_untracked().range(clock.today_untracked());
                    from_text.set(from.iso());
                    to_text.set(to.iso());
                }
                dates.set(true);
            }
            ReportCmd::Print | ReportCmd::Page | ReportCmd::Csv => {
                let (from, to) = match untrack(range) {
                    Ok(nights) => nights,
                    Err(problem) => {
                        out.set(None);
                        date_error.set(Some(problem));
                        crate::ui::field::focus("report-from");
                        return;
                    }
                };
                // The CSV is every logged cramp of the period; the page and print need a part.
                if cmd != ReportCmd::Csv && parts.get_untracked().is_empty() {
                    out.set(None);
                    parts_error.set(Some(no_parts()));
                    return;
                }
                if cmd == ReportCmd::Print {
                    let _ = window().print();
                    return;
                }
                let file = if cmd == ReportCmd::Page {
                    browser::OutFile {
                        name: tr!(report.file_name, from = from.iso(), to = to.iso()).to_string(),
                        mime: "text/html",
                        text: untrack(|| body(from, to, parts.get())).1,
                        title: tr!(report.file_title),
                    }
                } else {
                    browser::OutFile {
                        name: tr!(report.csv_name, from = from.iso(), to = to.iso()).to_string(),
                        mime: "text/csv",
                        text: stores
                            .diary
                            .with_untracked(|d| report::csv(d, from, to, lang)),
                        title: tr!(report.csv_title),
                    }
                };
                let words = if cmd == ReportCmd::Page {
                    report_words()
                } else {
                    csv_words()
                };
                offer(file, words, out, || {});
            }
        }
    };
    let pressed = move |p: Period| move || (!dates.get() && period.get() == p).to_string();
    let part_box = move |part: Part, label: &'static str| {
        view! {
            <label class="pick">
                <input type="checkbox"
                    prop:checked=move || part.is_in(parts.get())
                    on:change=move |ev| {
                        parts.update(|p| *part.of(p) = event_target_checked(&ev));
                        parts_error.set(None);
                    } />
                <span>{label}</span>
            </label>
        }
    };
    let date_field = move |id: &'static str, label: &'static str, text: RwSignal<String>| {
        view! {
            <div class="field">
                <label class="field__label" for=id>{label}</label>
                <input class="input" id=id type="date" max=move || clock.today().plus(-1).iso()
                    min=move || clock.today().plus(-report::DATES_BACK_MAX).iso()
                    prop:value=move || text.get()
                    aria-invalid=invalid(date_error)
                    aria-describedby=described_by(date_error, "report-dates-error")
                    on:input=move |ev| { text.set(event_target_value(&ev)); date_error.set(None); } />
            </div>
        }
    };
    view! {
        <section class="card summary" aria-labelledby="summary-title" on:click=on_click>
            <h2 id="summary-title" class="card__title">{tr!(report.title)}</h2>
            <div class="actions no-print" role="group" aria-label=tr!(report.period)>
                <button type="button" class="button button--small" data-cmd=ReportCmd::Weeks(4).render() aria-pressed=pressed(Period::Weeks(4))>{tr!(report.w4)}</button>
                <button type="button" class="button button--small" data-cmd=ReportCmd::Weeks(12).render() aria-pressed=pressed(Period::Weeks(12))>{tr!(report.w12)}</button>
                <button type="button" class="button button--small" data-cmd=ReportCmd::Weeks(52).render() aria-pressed=pressed(Period::Year)>{tr!(report.year)}</button>
                <button type="button" class="button button--small" data-cmd=ReportCmd::Dates.render() aria-pressed=move || dates.get().to_string()>{tr!(report.dates)}</button>
            </div>
            <Show when=move || dates.get()>
                <div class="report__dates no-print">
                    {date_field("report-from", tr!(report.first), from_text)}
                    {date_field("report-to", tr!(report.last), to_text)}
                </div>
                <FieldError id="report-dates-error" problem=date_error />
            </Show>
            <fieldset class="fieldset no-print">
                <legend class="segmented__legend">{tr!(report.holds)}</legend>
                <div class="picks">
                    {Part::ALL.map(|part| part_box(part, part.label())).collect_view()}
                </div>
                <FieldError id="report-parts-error" problem=parts_error />
            </fieldset>
            <Markup html=preview class="summary__body report" />
            <div class="actions no-print">
                <button type="button" class="button button--primary" data-cmd=ReportCmd::Page.render()>{tr!(report.send)}</button>
                <button type="button" class="button" data-cmd=ReportCmd::Csv.render()>{tr!(report.csv)}</button>
                <button type="button" class="button" data-cmd=ReportCmd::Print.render()>{tr!(report.print)}</button>
            </div>
            <FileOutStatus state=out />
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::ReportCmd::samples());
    }
}
