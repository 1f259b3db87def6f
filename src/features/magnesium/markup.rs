//! The magnesium view's display-only lists and chart as escaped markup (results, the day's
//! entries, your own foods, the 30-day chart): long lists whose only interaction is a typed
//! command on a button, cheaper as markup than as typed views.

use super::FoodCmd;
use crate::domain::language::Lang;
use crate::domain::magnesium::finder::Hit;
use crate::domain::magnesium::foods::curated;
use crate::domain::magnesium::{mg_text, shown, whole_mg, FoodRef, MagnesiumLog};
use crate::domain::time::DayNum;
use crate::tr;
use crate::ui::act::ViewCmd;
use crate::ui::markup::escape;
use std::fmt::Write;

pub fn results_html(hits: &[Hit], log: &MagnesiumLog, empty_query: bool, lang: Lang) -> String {
    if hits.is_empty() {
        return format!(r#"<p class="hint">{}</p>"#, tr!(magnesium.none_found));
    }
    let mut out = String::new();
    if empty_query && (!log.favourites.is_empty() || !log.recents.is_empty()) {
        let _ = write!(out, r#"<p class="hint">{}</p>"#, tr!(magnesium.favs_first));
    }
    out.push_str(r#"<ul class="results__list">"#);
    for (i, h) in hits.iter().enumerate() {
        let fav = log.is_favourite(&h.food);
        let (raw_name, serving) = shown(&h.food, &h.facts, lang);
        let name = escape(&raw_name);
        let per100 = if h.facts.mg100_x10 > 0 {
            tr!(magnesium.per100, mg = whole_mg(h.facts.mg100_x10)).to_string()
        } else {
            String::new()
        };
        let tag = if h.curated {
            ""
        } else {
            r#" <span class="tag">USDA</span>"#
        };
        let note = match &h.food {
            FoodRef::Curated(id) if !h.note.is_empty() => {
                let note = curated(id).map_or(h.note, |f| f.note_in(lang));
                format!(r#"<p class="result__note">{}</p>"#, escape(note))
            }
            _ => String::new(),
        };
        let favourite = escape(&tr!(magnesium.favourite, name = raw_name.clone()).to_string());
        let _ = write!(
            out,
            r#"<li class="result"><button type="button" class="result__main" id="r-{i}" data-cmd="{pick}"><span class="result__name">{name}{tag}</span><span class="result__mg">{mg}</span><span class="result__serving">{serving}{per100}</span></button><button type="button" class="iconbutton result__fav" id="f-{i}" data-cmd="{fav_cmd}" aria-pressed="{fav}" aria-label="{favourite}">{star}</button>{note}</li>"#,
            mg = escape(&mg_text(h.facts.serving_mg_x10)),
            serving = escape(&serving),
            pick = FoodCmd::Pick(i).render(),
            fav_cmd = FoodCmd::Fav(i).render(),
            star = if fav { "★" } else { "☆" },
        );
    }
    out.push_str("</ul>");
    out
}

pub fn entries_html(log: &MagnesiumLog, day: DayNum, lang: Lang) -> String {
    let Some(d) = log.day(day).filter(|d| !d.entries.is_empty()) else {
        return format!(r#"<p class="hint">{}</p>"#, tr!(magnesium.nothing_today));
    };
    let mut out = String::from(r#"<ul class="mg-entries__list">"#);
    for e in &d.entries {
        let (raw_name, serving) = shown(&e.food, &e.facts, lang);
        let name = escape(&raw_name);
        let _ = write!(
            out,
            r#"<li class="mg-entry"><span class="mg-entry__name">{name}</span><span class="mg-entry__amount">{amount}</span><span class="mg-entry__mg">{mg}</span><span class="mg-entry__actions"><button type="button" class="button button--small" data-cmd="{change}" aria-label="{change_label}">{change_word}</button><button type="button" class="button button--small button--quiet" data-cmd="{remove}" aria-label="{remove_label}">{remove_word}</button></span></li>"#,
            change_label =
                escape(&tr!(magnesium.change_portion, name = raw_name.clone()).to_string()),
            remove_label =
                escape(&tr!(magnesium.remove_named, name = raw_name.clone()).to_string()),
            change_word = tr!(magnesium.change),
            remove_word = tr!(magnesium.remove),
            amount = escape(&e.amount.label_in(&serving, lang)),
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
        return format!(r#"<p class="hint">{}</p>"#, tr!(magnesium.own_empty));
    }
    let mut out = String::from(r#"<ul class="plain-list">"#);
    for c in &log.custom {
        let _ = write!(
            out,
            r#"<li class="custom-item"><span>{line}</span> <button type="button" class="button button--small" data-cmd="{edit}" aria-label="{edit_label}">{edit_word}</button> <button type="button" class="button button--small button--quiet" data-cmd="{remove}" aria-label="{remove_label}">{remove_word}</button></li>"#,
            line = escape(
                &tr!(
                    magnesium.per,
                    name = c.facts.name.clone(),
                    mg = mg_text(c.facts.serving_mg_x10),
                    serving = c.facts.serving_label()
                )
                .to_string()
            ),
            edit_label =
                escape(&tr!(magnesium.edit_named, name = c.facts.name.clone()).to_string()),
            remove_label =
                escape(&tr!(magnesium.remove_named, name = c.facts.name.clone()).to_string()),
            edit_word = tr!(magnesium.edit),
            remove_word = tr!(magnesium.remove),
            edit = FoodCmd::EditCustom(c.id).render(),
            remove = FoodCmd::RemoveCustom(c.id).render(),
        );
    }
    out.push_str("</ul>");
    out
}

/// Daily totals for the last 30 days against the target line (`goal`, mg: the profile's
/// target, or the low end of the adult range), with a table alternative.
pub fn chart_html(log: &MagnesiumLog, today: DayNum, goal: u32, lang: Lang) -> String {
    let series = log.series(today, 30);
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
        r#"<svg viewBox="0 0 {w} {h}" class="chart__svg" role="img" aria-label="{label}"><line class="chart__axis" x1="0" x2="{w}" y1="{plot}" y2="{plot}"></line>"#,
        label = tr!(magnesium.chart, goal = goal)
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
        r#"<line class="chart__target" x1="0" x2="{w}" y1="{y}" y2="{y}"></line><text class="chart__label chart__label--end" x="{}" y="{}">{target_label}</text><text class="chart__label chart__label--start" x="2" y="{}">{}</text><text class="chart__label chart__label--end" x="{}" y="{}">{today_label}</text></svg>"#,
        w - 2,
        y.saturating_sub(4).max(10),
        h - 18,
        series[0].0.short_in(lang),
        w - 2,
        h - 18,
        target_label = tr!(magnesium.chart_target, goal = goal),
        today_label = tr!(magnesium.chart_today),
    );
    let mut table = format!(
        r#"<details class="chart__table"><summary>{}</summary><table class="table"><thead><tr><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        tr!(magnesium.as_table),
        tr!(magnesium.day),
        tr!(magnesium.magnesium),
    );
    for (d, mg) in series.iter().rev() {
        let _ = write!(
            table,
            r#"<tr><th scope="row">{}</th><td>{mg} mg</td></tr>"#,
            d.short_in(lang)
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
        check_snapshot("mg-entries", &entries_html(&log, DayNum(20_000), Lang::En));
        check_snapshot(
            "mg-entries-empty",
            &entries_html(&log, DayNum(19_000), Lang::En),
        );
        check_snapshot("mg-custom", &custom_html(&log));
        check_snapshot("mg-chart", &chart_html(&log, DayNum(20_001), 320, Lang::En));
        let hits = finder::find(&log, None, "garlic", None, Sort::Relevance);
        check_snapshot(
            "mg-results-garlic",
            &results_html(&hits, &log, false, Lang::En),
        );
    }

    /// Issue 23: in Dutch a curated food shows its Dutch name and serving (grams first),
    /// found by its Dutch name too; amounts have a decimal comma; your own food keeps its
    /// own words; nothing is escaped twice.
    #[test]
    fn the_dutch_markup_says_the_foods_in_dutch() {
        // The words from the locale files follow the language shown (this test's thread).
        crate::translations::show(Lang::Nl);
        let mut log = log();
        log.apply(MagCmd::Add {
            day: DayNum(20_000),
            food: FoodRef::Curated("spinach_boiled".into()),
            facts: Facts::of_curated(
                crate::domain::magnesium::foods::curated("spinach_boiled").expect("spinach"),
            ),
            amount: Amount::Grams(125),
        });
        let entries = entries_html(&log, DayNum(20_000), Lang::Nl);
        assert!(
            entries.contains("Amandelen, geroosterd zonder olie"),
            "{entries}"
        );
        assert!(
            entries.contains("1½ × 28 g (een handje, ongeveer 22 stuks)"),
            "{entries}"
        );
        assert!(
            entries.contains("12,5 g") && entries.contains(">Aanpassen<"),
            "{entries}"
        );
        assert!(!entries.contains("Almonds") && !entries.contains("&amp;amp;"));
        check_snapshot("mg-entries-nl", &entries);
        let hits = finder::find(&log, None, "spinazie", None, Sort::Relevance);
        let results = results_html(&hits, &log, false, Lang::Nl);
        assert!(
            results.contains("Spinazie, gekookt, uitgelekt"),
            "{results}"
        );
        assert!(
            results.contains("90 g gekookt (een halve kop)"),
            "{results}"
        );
        let chart = chart_html(&log, DayNum(20_001), 320, Lang::Nl);
        assert!(chart.contains("doel 320 mg") && chart.contains("Als tabel tonen"));
    }
}
