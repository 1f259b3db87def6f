//! The diary view's display-only markup, built as strings (see `ui::markup`): the list of
//! cramps, the weekly chart and its table, the nights to answer, the medicines. Their only
//! interaction is a delegated click or change (`data-cmd`, [`DiaryViewCmd`]). Each has a
//! snapshot test.

use super::DiaryViewCmd;
use crate::domain::diary::medicines::{self, BeforeAfter};
use crate::domain::diary::nights::{self, NightAnswer};
use crate::domain::diary::{tenths, Diary, Entry, WeekStat};
use crate::domain::learn::sources::Src;
use crate::domain::stretch::routine::Leg;
use crate::domain::time::DayNum;
use crate::ui::act::ViewCmd;
use crate::ui::markup::escape;
use std::fmt::Write;

/// A "[n]" link to a source in Learn's list.
fn source_link(src: Src) -> String {
    let n = src.number();
    format!(
        r#"<a class="ref" href="learn/#src-{n}" aria-label="Source {n}: {}">[{n}]</a>"#,
        escape(src.short())
    )
}

/// The newest `limit` entries, grouped by night.
pub fn list_html(entries: &[Entry], limit: usize, today: DayNum) -> String {
    if entries.is_empty() {
        return r#"<p class="hint">No cramps logged yet. Log one above, or from the stretch guide when it ends.</p>"#.into();
    }
    let mut out = String::from(r#"<ol class="entries__list">"#);
    let mut last_day = None;
    for e in entries.iter().take(limit) {
        let d = &e.draft;
        let day = e.night();
        if last_day != Some(day) {
            let _ = write!(
                out,
                r#"<li class="entries__day"><h3>Night of {}</h3></li>"#,
                day.long_seen_from(today)
            );
            last_day = Some(day);
        }
        let mut facts = vec![format!("{} {}", d.at.clock(), d.muscle.label())];
        if d.leg != Leg::Unsaid {
            facts.push(d.leg.phrase().to_string());
        }
        if let Some(s) = d.severity {
            facts.push(format!("severity {s}"));
        }
        if let Some(lasted) = d.lasted() {
            facts.push(lasted);
        }
        if d.woke == Some(true) {
            facts.push("woke me up".into());
        }
        if d.from_guide {
            facts.push("from the stretch guide".into());
        }
        let mut more = String::new();
        if !d.tags.is_empty() {
            let labels: Vec<String> = d.tags.iter().map(|t| escape(t.label())).collect();
            let _ = write!(
                more,
                r#"<p class="entry__more">Before it: {}</p>"#,
                labels.join(", ")
            );
        }
        if let Some(pose) = d.eased_by {
            let _ = write!(
                more,
                r#"<p class="entry__more">Eased on: {}</p>"#,
                pose.step_name()
            );
        }
        if !d.note.is_empty() {
            let _ = write!(more, r#"<p class="entry__note">{}</p>"#, escape(&d.note));
        }
        let _ = write!(
            out,
            r#"<li class="entry"><p class="entry__facts">{}</p>{more}<div class="entry__actions"><button type="button" class="button button--small" data-cmd="{edit}" aria-label="Edit the cramp at {time}">Edit</button><button type="button" class="button button--small button--quiet" data-cmd="{delete}" aria-label="Delete the cramp at {time}">Delete</button></div></li>"#,
            facts.join(" · "),
            edit = DiaryViewCmd::Edit(e.id).render(),
            delete = DiaryViewCmd::Delete(e.id).render(),
            time = format!(
                "{} on {}",
                d.at.clock(),
                DayNum::from_date(d.at.date()).short()
            ),
        );
    }
    out.push_str("</ol>");
    out
}

/// A medicine start the chart marks: the day and the medicine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    pub day: DayNum,
    pub name: String,
}

/// Bars for cramps per week, dots for average severity, a strip for checklist days kept, and
/// a marker at the week each medicine was started.
pub fn chart_html(weeks: &[WeekStat], starts: &[Start]) -> String {
    let max = weeks.iter().map(|w| w.cramps).max().unwrap_or(0).max(4);
    let n = weeks.len().max(1) as u32;
    let (w, h, top, plot) = (360u32, 200u32, 14u32, 120u32);
    let col = w / n;
    let marked = if starts.is_empty() {
        ""
    } else {
        ", and a marker at the week a medicine was started"
    };
    let mut svg = format!(
        r#"<svg viewBox="0 0 {w} {h}" class="chart__svg" role="img" aria-labelledby="chart-title chart-desc"><desc id="chart-desc">Cramps per week for the last {n} weeks, with average severity and checklist days kept{marked}; the same numbers are in the table below.</desc>"#
    );
    let _ = write!(
        svg,
        r#"<line class="chart__axis" x1="0" x2="{w}" y1="{y}" y2="{y}"></line>"#,
        y = top + plot
    );
    let _ = write!(
        svg,
        r#"<text class="chart__label chart__label--start" x="2" y="{}">{max} cramps</text>"#,
        top - 3
    );
    let _ = write!(
        svg,
        r#"<line class="chart__grid" x1="0" x2="{w}" y1="{top}" y2="{top}"></line><text class="chart__label chart__label--end" x="{}" y="{}">severity 10</text>"#,
        w - 2,
        top - 3
    );
    for (i, wk) in weeks.iter().enumerate() {
        let x = i as u32 * col;
        let bar = wk.cramps * plot / max;
        if bar > 0 {
            let _ = write!(
                svg,
                r#"<rect class="chart__bar" x="{}" y="{}" width="{}" height="{bar}" rx="3"></rect>"#,
                x + 4,
                top + plot - bar,
                col - 8
            );
            let _ = write!(
                svg,
                r#"<text class="chart__count" x="{}" y="{}">{}</text>"#,
                x + col / 2,
                top + plot - 5,
                wk.cramps
            );
        }
        if let Some(s) = wk.severity_x10 {
            let cy = top + plot - s * plot / 100;
            let _ = write!(
                svg,
                r#"<circle class="chart__dot" cx="{}" cy="{cy}" r="5"></circle>"#,
                x + col / 2
            );
        }
        // A medicine started this week: a dashed line at its day, a diamond on top.
        for s in starts
            .iter()
            .filter(|s| s.day >= wk.start && s.day < wk.start.plus(7))
        {
            let mx = x + 2 + (s.day.0 - wk.start.0) as u32 * (col - 4) / 6;
            let _ = write!(
                svg,
                r#"<line class="chart__start" x1="{mx}" x2="{mx}" y1="{top}" y2="{}"><title>{} started {}</title></line><path class="chart__diamond" d="M{mx} {} l4 5 l-4 5 l-4 -5 z"></path>"#,
                top + plot,
                escape(&s.name),
                s.day.short(),
                top - 2
            );
        }
        // Checklist strip: darker = more days kept.
        let level = wk.adherence.map_or(0, |a| 1 + a * 3 / 100);
        let _ = write!(
            svg,
            r#"<rect class="chart__kept" data-level="{level}" x="{}" y="{}" width="{}" height="16" rx="3"></rect>"#,
            x + 4,
            top + plot + 8,
            col - 8
        );
        if i % 2 == 0 {
            // Under its week, but the first starts at the edge, so it is not cut off.
            let (anchor, lx) = if i == 0 {
                (" chart__label--start", 2)
            } else {
                ("", x + col / 2)
            };
            let _ = write!(
                svg,
                r#"<text class="chart__label{anchor}" x="{lx}" y="{}">{}</text>"#,
                h - 12,
                wk.start.short()
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The chart's numbers as a table (for screen readers, and anyone who prefers numbers).
pub fn table_html(weeks: &[WeekStat], starts: &[Start]) -> String {
    let mut out = String::from(
        r#"<div class="scroll" tabindex="0" role="region" aria-label="Cramps per week, a table that scrolls sideways"><table class="table"><thead><tr><th scope="col">Week of</th><th scope="col">Cramps</th><th scope="col">Average severity</th><th scope="col">Checklist days kept</th><th scope="col">Medicine started</th></tr></thead><tbody>"#,
    );
    for wk in weeks.iter().rev() {
        let started: Vec<String> = starts
            .iter()
            .filter(|s| s.day >= wk.start && s.day < wk.start.plus(7))
            .map(|s| format!("{} ({})", escape(&s.name), s.day.short()))
            .collect();
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            wk.start.short(),
            wk.cramps,
            wk.severity_x10.map_or("–".into(), tenths),
            wk.adherence.map_or("–".into(), |a| format!("{a}%")),
            if started.is_empty() {
                "–".to_string()
            } else {
                started.join(", ")
            }
        );
    }
    out.push_str("</tbody></table></div>");
    out
}

/// How many nights the nights card lists.
pub const NIGHTS_SHOWN: i32 = 14;

/// The last [`NIGHTS_SHOWN`] nights, newest first: each with its answer (or its logged
/// cramps), "No cramp" and "A cramp" to answer or change it, and its sleep lost.
pub fn nights_html(diary: &Diary, today: DayNum) -> String {
    let mut out = String::from(r#"<ol class="nights">"#);
    for back in 1..=NIGHTS_SHOWN {
        let night = today.plus(-back);
        let logged = diary.entries.iter().filter(|e| e.night() == night).count() as u32;
        let said = diary
            .nights
            .iter()
            .find(|n| n.night == night)
            .and_then(|n| n.answer);
        let name = night.long_seen_from(today);
        let state = match (logged, said) {
            (0, None) => "Not answered".to_string(),
            (0, Some(NightAnswer::NoCramp)) => "No cramp".to_string(),
            (0, Some(NightAnswer::Cramp)) => "A cramp (not logged)".to_string(),
            (n, _) => format!("{} logged", nights::plural(n, "cramp")),
        };
        let _ = write!(
            out,
            r#"<li class="night"><p class="night__name">{name}: <span class="night__state">{state}</span></p>"#
        );
        if logged == 0 {
            let pressed = |a: NightAnswer| if said == Some(a) { "true" } else { "false" };
            let _ = write!(
                out,
                r#"<div class="night__answer" role="group" aria-label="{name}"><button type="button" class="button button--small" data-cmd="{no}" aria-pressed="{}">No cramp</button><button type="button" class="button button--small" data-cmd="{yes}" aria-pressed="{}">A cramp</button></div>"#,
                pressed(NightAnswer::NoCramp),
                pressed(NightAnswer::Cramp),
                no = DiaryViewCmd::NoCramp(night.0).render(),
                yes = DiaryViewCmd::Cramp(night.0).render(),
            );
        }
        let lost = nights::sleep_of(diary, night);
        let id = format!("sleep-{}", night.0);
        let _ = write!(
            out,
            r#"<label class="night__sleep" for="{id}">Sleep lost</label><select class="select select--small" id="{id}" data-cmd="{cmd}" aria-label="Sleep lost on the night of {name} (0 to 10)"><option value=""{}>–</option>"#,
            if lost.is_none() { " selected" } else { "" },
            cmd = DiaryViewCmd::Sleep(night.0).render(),
        );
        for v in 0..=10u8 {
            let label = match v {
                0 => "0, none".to_string(),
                10 => "10, all night".to_string(),
                v => v.to_string(),
            };
            let _ = write!(
                out,
                r#"<option value="{v}"{}>{label}</option>"#,
                if lost == Some(v) { " selected" } else { "" }
            );
        }
        out.push_str("</select></li>");
    }
    out.push_str("</ol>");
    out
}

/// The medicines, each with what the diary shows around its start, and Edit and Delete.
pub fn medicines_html(diary: &Diary, shown: &[(u32, Option<BeforeAfter>)]) -> String {
    if diary.medicines.is_empty() {
        return r#"<p class="hint">No medicines recorded. Add the ones you take, with when you started: the diary can then show your nights before and after a start.</p>"#.into();
    }
    let mut out = String::from(r#"<ul class="meds">"#);
    for m in &diary.medicines {
        let d = &m.draft;
        let mut facts = Vec::new();
        if !d.dose.is_empty() {
            facts.push(escape(&d.dose));
        }
        facts.push(
            if d.as_needed {
                "as needed"
            } else {
                "regularly"
            }
            .to_string(),
        );
        match (d.started, d.stopped) {
            (Some(s), Some(e)) => facts.push(format!("{} to {}", s.dated(), e.dated())),
            (Some(s), None) => facts.push(format!("since {}", s.dated())),
            (None, Some(e)) => facts.push(format!("stopped {}", e.dated())),
            (None, None) => {}
        }
        let _ = write!(
            out,
            r#"<li class="med"><p class="med__name">{}</p><p class="med__facts">{}</p>"#,
            escape(&d.name),
            facts.join(" · ")
        );
        if let Some(class) = d.class {
            let refs: String = class.sources().iter().map(|&s| source_link(s)).collect();
            let _ = write!(
                out,
                r#"<p class="med__class"><strong>Linked to night cramps.</strong> {} {refs}</p>"#,
                class.finding()
            );
        }
        match shown
            .iter()
            .find(|(id, _)| *id == m.id)
            .and_then(|(_, ba)| *ba)
        {
            Some(ba) if ba.is_shown() => {
                let _ = write!(
                    out,
                    r#"<p class="med__figures">Cramps per answered night in the {} weeks around its start. {}</p>"#,
                    medicines::WEEKS,
                    ba.sentence()
                );
            }
            Some(ba) => {
                let _ = write!(
                    out,
                    r#"<p class="hint">Before and after its start: not enough answered nights yet ({} before, {} since; each side needs {}).</p>"#,
                    ba.before.answered,
                    ba.after.answered,
                    medicines::MIN_NIGHTS
                );
            }
            None => {}
        }
        let name = escape(&d.name);
        let _ = write!(
            out,
            r#"<div class="entry__actions"><button type="button" class="button button--small" data-cmd="{}" aria-label="Edit {name}">Edit</button><button type="button" class="button button--small button--quiet" data-cmd="{}" aria-label="Delete {name}">Delete</button></div></li>"#,
            DiaryViewCmd::EditMedicine(m.id).render(),
            DiaryViewCmd::DeleteMedicine(m.id).render(),
        );
    }
    out.push_str("</ul>");
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::diary::{DiaryCmd, Draft, DrugClass, MedicineDraft, Tag};
    use crate::domain::stretch::routine::{Muscle, Pose};
    use crate::domain::time::LocalMinute;
    use crate::ui::markup::check_snapshot;

    fn diary() -> Diary {
        let mut d = Diary::default();
        let today = DayNum(20_427);
        let at = |back: i32, h: u32| {
            LocalMinute::from_naive(
                today
                    .plus(-back)
                    .to_date()
                    .and_hms_opt(h, 10, 0)
                    .expect("time"),
            )
        };
        d.apply(DiaryCmd::Add(Draft {
            at: at(1, 3),
            duration_s: Some(95),
            severity: Some(6),
            woke: Some(true),
            muscle: Muscle::Calf,
            leg: Leg::Left,
            from_guide: true,
            eased_by: Some(Pose::StandLoad),
            tags: vec![Tag::Standing, Tag::Own("<gardening>".into())],
            note: "after \"a walk\"".into(),
        }));
        d.apply(DiaryCmd::Add(Draft {
            at: at(9, 23),
            ..Draft::default()
        }));
        d.apply(DiaryCmd::AnswerNight {
            night: today.plus(-3),
            answer: NightAnswer::NoCramp,
        });
        d.apply(DiaryCmd::AnswerNight {
            night: today.plus(-4),
            answer: NightAnswer::Cramp,
        });
        d.apply(DiaryCmd::SleepLost {
            night: today.plus(-4),
            value: Some(7),
        });
        d.apply(DiaryCmd::AddMedicine(MedicineDraft {
            name: "Indapamide".into(),
            dose: "1.5 mg <morning>".into(),
            class: Some(DrugClass::ThiazideDiuretic),
            started: Some(today.plus(-20)),
            stopped: None,
            as_needed: false,
        }));
        d
    }

    #[test]
    fn markup_matches_its_snapshots() {
        let d = diary();
        let today = DayNum(20_427);
        check_snapshot("diary-list", &list_html(&d.entries, 40, today));
        check_snapshot("diary-list-empty", &list_html(&[], 40, today));
        check_snapshot("diary-nights", &nights_html(&d, today));
        let weeks = d.weekly(&Default::default(), today, 4);
        let starts = [Start {
            day: today.plus(-20),
            name: "Indapamide".into(),
        }];
        check_snapshot("diary-chart", &chart_html(&weeks, &starts));
        check_snapshot("diary-table", &table_html(&weeks, &starts));
        let ba = medicines::before_after(&d, &d.medicines[0], today, today.plus(-40));
        check_snapshot("diary-medicines", &medicines_html(&d, &[(1, ba)]));
        check_snapshot(
            "diary-medicines-empty",
            &medicines_html(&Diary::default(), &[]),
        );
    }

    /// What a person typed never becomes markup.
    #[test]
    fn typed_text_is_escaped_everywhere() {
        let d = diary();
        let today = DayNum(20_427);
        let list = list_html(&d.entries, 40, today);
        assert!(list.contains("&lt;gardening&gt;") && !list.contains("<gardening>"));
        assert!(list.contains("after &quot;a walk&quot;"));
        let meds = medicines_html(&d, &[]);
        assert!(meds.contains("1.5 mg &lt;morning&gt;"));
    }

    /// A medicine start shows on the chart in its week, and in the table's row for that week.
    #[test]
    fn a_medicine_start_is_marked_in_its_week() {
        let d = diary();
        let today = DayNum(20_427);
        let weeks = d.weekly(&Default::default(), today, 12);
        let start = today.plus(-20);
        let starts = [Start {
            day: start,
            name: "Indapamide".into(),
        }];
        let svg = chart_html(&weeks, &starts);
        assert_eq!(svg.matches("chart__start").count(), 1);
        assert!(svg.contains(&format!("Indapamide started {}", start.short())));
        let table = table_html(&weeks, &starts);
        let row = table
            .split("<tr>")
            .find(|r| r.contains(&start.week_start().short()))
            .expect("the week's row");
        assert!(row.contains("Indapamide"), "{row}");
        assert_eq!(chart_html(&weeks, &[]).matches("chart__start").count(), 0);
    }
}
