//! The magnesium view's display-only lists and chart as escaped markup (results, the day's
//! entries, your own foods, the 30-day chart): long lists whose only interaction is a typed
//! command on a button, cheaper as markup than as typed views.

use super::FoodCmd;
use crate::domain::magnesium::finder::Hit;
use crate::domain::magnesium::intake::ADULT_RANGE;
use crate::domain::magnesium::{mg_text, whole_mg, FoodRef, MagnesiumLog};
use crate::domain::time::DayNum;
use crate::ui::act::ViewCmd;
use crate::ui::markup::escape;
use std::fmt::Write;

pub fn results_html(hits: &[Hit], log: &MagnesiumLog, empty_query: bool) -> String {
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
            mg = escape(&mg_text(h.facts.serving_mg_x10)),
            serving = escape(&h.facts.serving_label()),
            pick = FoodCmd::Pick(i).render(),
            fav_cmd = FoodCmd::Fav(i).render(),
            star = if fav { "★" } else { "☆" },
        );
    }
    out.push_str("</ul>");
    out
}

pub fn entries_html(log: &MagnesiumLog, day: DayNum) -> String {
    let Some(d) = log.day(day).filter(|d| !d.entries.is_empty()) else {
        return r#"<p class="hint">Nothing added today yet.</p>"#.into();
    };
    let mut out = String::from(r#"<ul class="mg-entries__list">"#);
    for e in &d.entries {
        let name = escape(&e.facts.name);
        let _ = write!(
            out,
            r#"<li class="mg-entry"><span class="mg-entry__name">{name}</span><span class="mg-entry__amount">{amount}</span><span class="mg-entry__mg">{mg}</span><span class="mg-entry__actions"><button type="button" class="button button--small" data-cmd="{change}" aria-label="Change the portion of {name}">Change</button><button type="button" class="button button--small button--quiet" data-cmd="{remove}" aria-label="Remove {name}">Remove</button></span></li>"#,
            amount = escape(&e.amount.label(&e.facts.serving_label())),
            mg = escape(&mg_text(e.mg_x10())),
            change = FoodCmd::Change(e.id).render(),
            remove = FoodCmd::Remove(e.id).render(),
        );
    }
    out.push_str("</ul>");
    out
}

pub fn custom_html(log: &MagnesiumLog) -> String {
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
            mg = escape(&mg_text(c.facts.serving_mg_x10)),
            serving = escape(&c.facts.serving_label()),
            edit = FoodCmd::EditCustom(c.id).render(),
            remove = FoodCmd::RemoveCustom(c.id).render(),
        );
    }
    out.push_str("</ul>");
    out
}

/// Daily totals for the last 30 days against the target line, with a table alternative.
pub fn chart_html(log: &MagnesiumLog, today: DayNum, target: Option<u32>) -> String {
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
        r#"<line class="chart__target" x1="0" x2="{w}" y1="{y}" y2="{y}"></line><text class="chart__label chart__label--end" x="{}" y="{}">target {goal} mg</text><text class="chart__label chart__label--start" x="2" y="{}">{}</text><text class="chart__label chart__label--end" x="{}" y="{}">today</text></svg>"#,
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::magnesium::finder::{self, Sort};
    use crate::domain::magnesium::{Amount, Facts, MagCmd};
    use crate::ui::markup::check_snapshot;

    fn log() -> MagnesiumLog {
        let mut log = MagnesiumLog::default();
        let almonds = crate::domain::magnesium::foods::curated("almonds").expect("almonds");
        log.apply(MagCmd::Add {
            day: DayNum(20_000),
            food: FoodRef::Curated("almonds".into()),
            facts: Facts::of_curated(almonds),
            amount: Amount::Halves(3),
        });
        log.apply(MagCmd::SaveCustom {
            id: None,
            facts: Facts {
                name: "Flapjack <homemade>".into(),
                serving: "1 square".into(),
                serving_g_x10: 0,
                serving_mg_x10: 7,
                mg100_x10: 0,
            },
        });
        log
    }

    #[test]
    fn markup_matches_its_snapshots() {
        let log = log();
        check_snapshot("mg-entries", &entries_html(&log, DayNum(20_000)));
        check_snapshot("mg-entries-empty", &entries_html(&log, DayNum(19_000)));
        check_snapshot("mg-custom", &custom_html(&log));
        check_snapshot("mg-chart", &chart_html(&log, DayNum(20_001), Some(320)));
        let hits = finder::find(&log, None, "garlic", None, Sort::Relevance);
        check_snapshot("mg-results-garlic", &results_html(&hits, &log, false));
    }
}
