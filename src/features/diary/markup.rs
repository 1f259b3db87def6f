//! The diary view's display-only markup, built as strings (see `ui::markup`): the list of
//! cramps, the weekly chart and its table, the nights to answer, the medicines. Their only
//! interaction is a delegated click or change (`data-cmd`, [`DiaryViewCmd`]). Each has a
//! snapshot test.

use super::DiaryViewCmd;
use crate::domain::diary::nights::{self, NightAnswer};
use crate::domain::diary::{tenths, Diary, Entry, WeekStat};
use crate::domain::stretch::routine::Leg;
use crate::domain::time::DayNum;
use crate::tr;
use crate::ui::act::ViewCmd;
use crate::ui::markup::escape;
use std::fmt::Write;

/// A number as `lang` writes it: "6.5", "6,5".
fn decimal(number: &str, lang: crate::domain::language::Lang) -> String {
    match lang.words() {
        crate::domain::language::Lang::En => number.to_string(),
        crate::domain::language::Lang::Nl => number.replace('.', ","),
    }
}

/// The newest `limit` entries, grouped by night.
pub fn list_html(entries: &[Entry], limit: usize, today: DayNum) -> String {
    let lang = crate::translations::shown();
    if entries.is_empty() {
        return format!(r#"<p class="hint">{}</p>"#, tr!(diary.empty));
    }
    let mut out = String::from(r#"<ol class="entries__list">"#);
    let mut last_day = None;
    for e in entries.iter().take(limit) {
        let d = &e.draft;
        let day = e.night();
        if last_day != Some(day) {
            let _ = write!(
                out,
                r#"<li class="entries__day"><h3>{}</h3></li>"#,
                tr!(diary.night_of, day = day.long_seen_from_in(today, lang))
            );
            last_day = Some(day);
        }
        let mut facts = vec![format!("{} {}", d.at.clock(), d.muscle.label_in(lang))];
        if d.leg != Leg::Unsaid {
            facts.push(d.leg.phrase_in(lang).to_string());
        }
        if let Some(s) = d.severity {
            facts.push(tr!(diary.severity, n = s).to_string());
        }
        if let Some(lasted) = d.lasted_in(lang) {
            facts.push(lasted);
        }
        if d.woke == Some(true) {
            facts.push(tr!(diary.woke_me).into());
        }
        if d.from_guide {
            facts.push(tr!(diary.from_guide).into());
        }
        let mut more = String::new();
        if !d.tags.is_empty() {
            let labels: Vec<String> = d.tags.iter().map(|t| escape(t.label_in(lang))).collect();
            let _ = write!(
                more,
                r#"<p class="entry__more">{}</p>"#,
                tr!(diary.before_it, tags = labels.join(", "))
            );
        }
        if let Some(pose) = d.eased_by {
            let _ = write!(
                more,
                r#"<p class="entry__more">{}</p>"#,
                tr!(diary.eased_on, step = pose.step_name_in(lang))
            );
        }
        if !d.note.is_empty() {
            let _ = write!(more, r#"<p class="entry__note">{}</p>"#, escape(&d.note));
        }
        // The buttons' spoken names say the year when it is not this one.
        let on = DayNum::from_date(d.at.date()).short_seen_from_in(today, lang);
        let time = tr!(diary.at_on, time = d.at.clock(), day = on).to_string();
        let _ = write!(
            out,
            r#"<li class="entry"><p class="entry__facts">{}</p>{more}<div class="entry__actions"><button type="button" class="button button--small" data-cmd="{edit}" aria-label="{edit_label}">{edit_word}</button><button type="button" class="button button--small button--quiet" data-cmd="{delete}" aria-label="{delete_label}">{delete_word}</button></div></li>"#,
            facts.join(" · "),
            edit = DiaryViewCmd::Edit(e.id).render(),
            delete = DiaryViewCmd::Delete(e.id).render(),
            edit_label = tr!(diary.edit_at, time = time.clone()),
            delete_label = tr!(diary.delete_at, time = time.clone()),
            edit_word = tr!(diary.edit),
            delete_word = tr!(diary.delete),
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
    let lang = crate::translations::shown();
    let max = weeks.iter().map(|w| w.cramps).max().unwrap_or(0).max(4);
    let n = weeks.len().max(1) as u32;
    let (w, h, top, plot) = (360u32, 200u32, 14u32, 120u32);
    let col = w / n;
    let marked = if starts.is_empty() {
        ""
    } else {
        tr!(diary.chart_marked)
    };
    let mut svg = format!(
        r#"<svg viewBox="0 0 {w} {h}" class="chart__svg" role="img" aria-labelledby="chart-title chart-desc"><desc id="chart-desc">{}</desc>"#,
        tr!(diary.chart_desc, n = n, marked = marked)
    );
    let _ = write!(
        svg,
        r#"<line class="chart__axis" x1="0" x2="{w}" y1="{y}" y2="{y}"></line>"#,
        y = top + plot
    );
    let _ = write!(
        svg,
        r#"<text class="chart__label chart__label--start" x="2" y="{}">{}</text>"#,
        top - 3,
        tr!(diary.chart_cramps, n = max)
    );
    let _ = write!(
        svg,
        r#"<line class="chart__grid" x1="0" x2="{w}" y1="{top}" y2="{top}"></line><text class="chart__label chart__label--end" x="{}" y="{}">{}</text>"#,
        w - 2,
        top - 3,
        tr!(diary.chart_severity)
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
                r#"<line class="chart__start" x1="{mx}" x2="{mx}" y1="{top}" y2="{}"><title>{}</title></line><path class="chart__diamond" d="M{mx} {} l4 5 l-4 5 l-4 -5 z"></path>"#,
                top + plot,
                tr!(
                    diary.chart_started,
                    name = escape(&s.name),
                    day = s.day.short_in(lang)
                ),
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
                wk.start.short_in(lang)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The chart's numbers as a table (for screen readers, and anyone who prefers numbers).
pub fn table_html(weeks: &[WeekStat], starts: &[Start]) -> String {
    let lang = crate::translations::shown();
    let mut out = format!(
        r#"<div class="scroll" tabindex="0" role="region" aria-label="{}"><table class="table"><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        tr!(diary.table_label),
        tr!(diary.week_of),
        tr!(diary.cramps),
        tr!(diary.avg_severity),
        tr!(diary.kept),
        tr!(diary.med_started),
    );
    for wk in weeks.iter().rev() {
        let started: Vec<String> = starts
            .iter()
            .filter(|s| s.day >= wk.start && s.day < wk.start.plus(7))
            .map(|s| format!("{} ({})", escape(&s.name), s.day.short_in(lang)))
            .collect();
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            wk.start.short_in(lang),
            wk.cramps,
            wk.severity_x10
                .map_or("–".into(), |x| decimal(&tenths(x), lang)),
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
    let lang = crate::translations::shown();
    let mut out = String::from(r#"<ol class="nights">"#);
    for back in 1..=NIGHTS_SHOWN {
        let night = today.plus(-back);
        let logged = diary.entries.iter().filter(|e| e.night() == night).count() as u32;
        let said = diary
            .nights
            .iter()
            .find(|n| n.night == night)
            .and_then(|n| n.answer);
        let name = night.long_seen_from_in(today, lang);
        let state = match (logged, said) {
            (0, None) => tr!(diary.not_answered).to_string(),
            (0, Some(NightAnswer::NoCramp)) => tr!(diary.no_cramp).to_string(),
            (0, Some(NightAnswer::Cramp)) => tr!(diary.a_cramp_unlogged).to_string(),
            (1, _) => tr!(diary.logged_one).to_string(),
            (n, _) => tr!(diary.logged, n = n).to_string(),
        };
        let _ = write!(
            out,
            r#"<li class="night"><p class="night__name">{name}: <span class="night__state">{state}</span></p>"#
        );
        if logged == 0 {
            let pressed = |a: NightAnswer| if said == Some(a) { "true" } else { "false" };
            let _ = write!(
                out,
                r#"<div class="night__answer" role="group" aria-label="{name}"><button type="button" class="button button--small" data-cmd="{no}" aria-pressed="{}">{}</button><button type="button" class="button button--small" data-cmd="{yes}" aria-pressed="{}">{}</button></div>"#,
                pressed(NightAnswer::NoCramp),
                tr!(diary.no_cramp),
                pressed(NightAnswer::Cramp),
                tr!(diary.a_cramp),
                no = DiaryViewCmd::NoCramp(night.0).render(),
                yes = DiaryViewCmd::Cramp(night.0).render(),
            );
        }
        let lost = nights::sleep_of(diary, night);
        let id = format!("sleep-{}", night.0);
        let _ = write!(
            out,
            r#"<label class="night__sleep" for="{id}">{}</label><select class="select select--small" id="{id}" data-cmd="{cmd}" aria-label="{}"><option value=""{}>–</option>"#,
            tr!(diary.sleep_short),
            tr!(diary.sleep_night, day = name.clone()),
            if lost.is_none() { " selected" } else { "" },
            cmd = DiaryViewCmd::Sleep(night.0).render(),
        );
        for v in 0..=10u8 {
            let label = match v {
                0 => format!("0, {}", tr!(diary.none)),
                10 => format!("10, {}", tr!(diary.all_night)),
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::medicines_markup::medicines_html;
    use super::*;
    use crate::domain::diary::medicines;
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

    /// A cramp from another year: its buttons' spoken names say the year.
    #[test]
    fn the_buttons_of_a_cramp_from_another_year_name_its_year() {
        let (mut d, today) = (diary(), DayNum(20_427));
        let at = LocalMinute::parse_input("2012-03-04T02:30");
        d.apply(DiaryCmd::Add(Draft {
            at: at.expect("a time"),
            ..Draft::default()
        }));
        let list = list_html(&d.entries, 40, today);
        assert!(list.contains(r#"label="Edit the cramp at 02:30 on 4 March 2012""#));
        let now = DayNum::from_date(d.entries[0].draft.at.date());
        assert!(list.contains(&format!(
            "{} on {}\"",
            d.entries[0].draft.at.clock(),
            now.short()
        )));
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

    /// Issue 23: the diary's list, nights, chart and table in Dutch: Dutch dates, muscles,
    /// bands, tags and steps, a decimal comma, and nothing English.
    #[test]
    fn the_diary_markup_in_dutch() {
        crate::translations::show(crate::domain::language::Lang::Nl);
        let d = diary();
        let today = DayNum(20_427);
        let list = list_html(&d.entries, 40, today);
        for words in [
            "Nacht van",
            "Kuit",
            "linkerbeen",
            "ernst 6",
            "werd er wakker van",
            "Daarvoor: Lang gestaan",
            "Ging over bij: Op uw been staan",
            ">Wijzigen<",
        ] {
            assert!(list.contains(words), "{words}: {list}");
        }
        for english in [
            "Night of",
            "severity",
            "woke me",
            "Before it",
            "Eased on",
            ">Edit<",
        ] {
            assert!(!list.contains(english), "{english}: {list}");
        }
        let nights = nights_html(&d, today);
        assert!(
            nights.contains("Geen kramp") && nights.contains("Slaap verloren"),
            "{nights}"
        );
        let weeks = d.weekly(&Default::default(), today, 4);
        let table = table_html(&weeks, &[]);
        assert!(
            table.contains("Week van") && !table.contains("Week of"),
            "{table}"
        );
        assert!(!table.contains("6.0") || table.contains("6,0"));
        crate::translations::show(crate::domain::language::Lang::En);
    }
}
