//! What the diary gives a doctor, as files the person can send from the phone:
//!
//! - [`csv`]: every cramp of a period as one table, for a spreadsheet. Its columns are one
//!   list ([`COLUMNS`]): each names its header and how it reads a row, once.
//! - [`html`]: the doctor report, a self-contained page (no script, styles inline, no request)
//!   that prints well: the period and the parts the person picks (cramps, sleep, medicines,
//!   habits, what came before), with counts first and the same cautions as in the app.

use super::insights;
use super::medicines::{self, BeforeAfter};
use super::nights::{self, Tally};
use super::{Diary, Entry};
use crate::domain::checklist::Checklist;
use crate::domain::language::{t, Lang};
use crate::domain::sorted;
use crate::domain::stretch::routine::{Leg, Muscle};
use crate::domain::time::{iso_date, DayNum};
use std::fmt::Write;

/// A row of the CSV: one cramp, with what the diary knows of its night.
pub struct Row<'a> {
    pub entry: &'a Entry,
    pub night: DayNum,
    pub diary: &'a Diary,
    pub lang: Lang,
}

/// One column of the CSV: its header, and how it reads a row.
pub struct Column {
    pub header: &'static str,
    /// The header in Dutch.
    pub header_nl: &'static str,
    pub value: fn(&Row) -> String,
}

/// The CSV's columns, in order.
pub const COLUMNS: &[Column] = &[
    Column {
        header: "date",
        header_nl: "datum",
        value: |r| iso_date(r.entry.draft.at.date()),
    },
    Column {
        header: "time",
        header_nl: "tijd",
        value: |r| r.entry.draft.at.clock(),
    },
    Column {
        header: "night_of",
        header_nl: "nacht_van",
        value: |r| r.night.iso(),
    },
    Column {
        header: "muscle",
        header_nl: "spier",
        value: |r| r.entry.draft.muscle.lower_in(r.lang).to_string(),
    },
    Column {
        header: "leg",
        header_nl: "been",
        value: |r| match r.entry.draft.leg {
            Leg::Unsaid => String::new(),
            other => other.name().to_string(),
        },
    },
    Column {
        header: "severity_0_10",
        header_nl: "ernst_0_10",
        value: |r| opt(r.entry.draft.severity),
    },
    Column {
        header: "duration_s",
        header_nl: "duur_s",
        value: |r| opt(r.entry.draft.duration_s),
    },
    Column {
        header: "woke_up",
        header_nl: "wakker_geworden",
        value: |r| match r.entry.draft.woke {
            Some(true) => t(r.lang, "yes", "ja").into(),
            Some(false) => t(r.lang, "no", "nee").into(),
            None => String::new(),
        },
    },
    Column {
        header: "sleep_lost_0_10",
        header_nl: "slaap_verloren_0_10",
        value: |r| opt(nights::sleep_of(r.diary, r.night)),
    },
    Column {
        header: "before_it",
        header_nl: "daarvoor",
        value: |r| {
            r.entry
                .draft
                .tags
                .iter()
                .map(|tag| tag.label_in(r.lang).to_string())
                .collect::<Vec<_>>()
                .join("; ")
        },
    },
    Column {
        header: "eased_by",
        header_nl: "over_bij",
        value: |r| {
            r.entry
                .draft
                .eased_by
                .map(|p| p.step_name_in(r.lang).to_string())
                .unwrap_or_default()
        },
    },
    Column {
        header: "medicines_taken",
        header_nl: "medicijnen",
        value: |r| {
            r.diary
                .medicines
                .iter()
                .filter(|m| m.draft.started.is_some() && m.taken_on(r.night))
                .map(|m| m.draft.name.clone())
                .collect::<Vec<_>>()
                .join("; ")
        },
    },
    Column {
        header: "logged_from",
        header_nl: "vastgelegd_via",
        value: |r| {
            if r.entry.draft.from_guide {
                t(r.lang, "stretch guide", "rekken")
            } else {
                t(r.lang, "diary", "dagboek")
            }
            .to_string()
        },
    },
    Column {
        header: "note",
        header_nl: "notitie",
        value: |r| r.entry.draft.note.clone(),
    },
];

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The cramps of `from` to `to` as CSV (RFC 4180 via the `csv` crate, oldest first), ready for
/// a spreadsheet: a UTF-8 byte order mark (so Excel reads accents), CRLF line ends, text a
/// spreadsheet would run as a formula defused, durations in whole seconds (a decimal such as
/// "1.5" opens as a date in comma-decimal locales).
pub fn csv(diary: &Diary, from: DayNum, to: DayNum, lang: Lang) -> String {
    let mut rows: Vec<&Entry> = diary.between(from, to).collect();
    sorted::sort_by(&mut rows, |a, b| a.draft.at.cmp(&b.draft.at));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(COLUMNS.iter().map(|c| t(lang, c.header, c.header_nl)));
    for entry in rows {
        let row = Row {
            entry,
            night: entry.night(),
            diary,
            lang,
        };
        let _ = writer.write_record(COLUMNS.iter().map(|c| defuse(&(c.value)(&row))));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// Defuses text a spreadsheet would run as a formula (OWASP CSV injection): a leading
/// `=`, `+`, `-`, `@`, tab or carriage return gets a `'` in front.
fn defuse(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Which parts the report holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub cramps: bool,
    pub sleep: bool,
    pub medicines: bool,
    pub habits: bool,
    pub tags: bool,
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            cramps: true,
            sleep: true,
            medicines: true,
            habits: true,
            tags: true,
        }
    }
}

/// The period a report covers, as the person picks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// The last so many weeks of nights, up to last night (as "what works for you" counts).
    Weeks(u8),
    /// The last 52 weeks of nights.
    Year,
    /// From one night to another (in either order; a night after today counts as today).
    Dates(DayNum, DayNum),
}

impl Period {
    /// The first and last night it covers, `today` being the current night.
    pub fn range(self, today: DayNum) -> (DayNum, DayNum) {
        match self {
            Period::Weeks(w) => (today.plus(-7 * i32::from(w.max(1))), today.plus(-1)),
            Period::Year => (today.plus(-7 * 52), today.plus(-1)),
            Period::Dates(a, b) => {
                let (a, b) = (a.min(today), b.min(today));
                (a.min(b), a.max(b))
            }
        }
    }
}

/// How far back a period of dates may start (about ten years).
pub const DATES_BACK_MAX: i32 = 3653;

impl Period {
    /// The nights two date fields give, or what is wrong with them, in plain words: both
    /// needed, in order, over by now (the last night is last night at the latest), and within
    /// the last ten years.
    pub fn from_fields(first: &str, last: &str, today: DayNum) -> Result<Period, &'static str> {
        Self::from_fields_in(first, last, today, Lang::En)
    }

    /// [`Period::from_fields`] with its messages in `lang`.
    pub fn from_fields_in(
        first: &str,
        last: &str,
        today: DayNum,
        lang: Lang,
    ) -> Result<Period, &'static str> {
        let (Some(a), Some(b)) = (DayNum::parse_iso(first), DayNum::parse_iso(last)) else {
            return Err(t(
                lang,
                "Enter both dates of the period.",
                "Vul beide datums van de periode in.",
            ));
        };
        if a > b {
            return Err(t(
                lang,
                "The first night is after the last night.",
                "De eerste nacht ligt na de laatste nacht.",
            ));
        }
        if b >= today {
            return Err(t(
                lang,
                "The last night can be last night at the latest: a night counts once it is over.",
                "De laatste nacht kan hoogstens afgelopen nacht zijn: een nacht telt pas als hij voorbij is.",
            ));
        }
        if a < today.plus(-DATES_BACK_MAX) {
            return Err(t(
                lang,
                "Pick a first night in the last ten years.",
                "Kies een eerste nacht in de afgelopen tien jaar.",
            ));
        }
        Ok(Period::Dates(a, b))
    }
}

impl Parts {
    /// Whether no part is picked (the report would be empty).
    pub fn is_empty(self) -> bool {
        !(self.cramps || self.sleep || self.medicines || self.habits || self.tags)
    }
}

/// What the report is made from.
pub struct Input<'a> {
    pub diary: &'a Diary,
    pub checklist: &'a Checklist,
    pub from: DayNum,
    pub to: DayNum,
    pub parts: Parts,
    /// The first night the person used the app (for the medicines' before/after).
    pub first_used: DayNum,
    /// The current night (the day it is made): a night counts once it is over.
    pub today: DayNum,
    /// The language it is written in.
    pub lang: Lang,
}

impl Input<'_> {
    /// The last night of the period that is over (the period's end, or last night).
    fn last_over(&self) -> DayNum {
        self.to.min(self.today.plus(-1))
    }
}

fn esc(text: &str) -> String {
    crate::domain::learn::content::escape(text)
}

const STYLE: &str = "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1e23;margin:1.5rem auto;max-width:46rem;padding:0 1rem}h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d3d0c7;padding-bottom:.2rem}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #e3e1da;vertical-align:top}.note{color:#4a4f57;font-size:.9rem}.figure,.period{font-weight:600}h3{font-size:1rem;margin:1rem 0 .25rem}.scroll{overflow-x:auto}li,p{overflow-wrap:anywhere}@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}";

/// The doctor report: a whole HTML page, self-contained.
pub fn html(input: &Input) -> String {
    let lang = input.lang;
    let title = t(
        lang,
        "Night cramps: summary for my doctor",
        "Nachtelijke kramp: overzicht voor mijn huisarts",
    );
    let made = match lang.words() {
        Lang::En => format!(
            "Made with Uncramp on {}, from my own diary. Uncramp gives general information, not a diagnosis.",
            input.today.dated()
        ),
        Lang::Nl => format!(
            "Gemaakt met Uncramp op {}, uit mijn eigen dagboek. Uncramp geeft algemene informatie, geen diagnose.",
            input.today.dated_in(lang)
        ),
    };
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1><p class=\"note\">{}</p>{}</body></html>",
        lang.tag(),
        esc(&made),
        body(input)
    )
}

/// The report's content (the period, then each part picked): the file's body, and what the
/// diary view shows before it is sent.
pub fn body(input: &Input) -> String {
    let Input {
        diary,
        from,
        to,
        parts,
        lang,
        ..
    } = *input;
    let mut out = String::new();
    if from == to {
        let _ = write!(
            out,
            "<p class=\"period\">{} {}</p>",
            t(lang, "The night of", "De nacht van"),
            esc(&from.dated_in(lang))
        );
    } else {
        let _ = write!(
            out,
            "<p class=\"period\">{} {} {} {}</p>",
            esc(&from.dated_in(lang)),
            t(lang, "to", "tot"),
            esc(&to.dated_in(lang)),
            t(lang, "(nights)", "(nachten)"),
        );
    }
    let entries: Vec<&Entry> = {
        let mut e: Vec<&Entry> = diary.between(from, to).collect();
        sorted::sort_by(&mut e, |a, b| a.draft.at.cmp(&b.draft.at));
        e
    };
    let tally = nights::tally(diary, from, input.last_over(), |_| true);
    if parts.cramps {
        cramps_part(&mut out, &entries, tally, lang);
    }
    if parts.sleep {
        sleep_part(&mut out, diary, &entries, from, to, lang);
    }
    if parts.medicines {
        medicines_part(&mut out, input);
    }
    if parts.habits {
        habits_part(&mut out, input);
    }
    if parts.tags {
        tags_part(&mut out, &entries, lang);
    }
    if parts.cramps && !entries.is_empty() {
        let every = t(lang, "Every cramp", "Elke kramp");
        let _ = write!(out, "<h2>{every}</h2>");
        out.push_str(&scroll_table(every, lang));
        out.push_str(t(lang, "<table><tr><th>Date</th><th>Time</th><th>Muscle</th><th>Lasted</th><th>Severity</th><th>Woke me</th><th>Before it</th><th>Note</th></tr>", "<table><tr><th>Datum</th><th>Tijd</th><th>Spier</th><th>Duur</th><th>Ernst</th><th>Werd wakker</th><th>Daarvoor</th><th>Notitie</th></tr>"));
        for e in &entries {
            let d = &e.draft;
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&iso_date(d.at.date())),
                esc(&d.at.clock()),
                esc(&muscle_leg(d.muscle, d.leg, lang)),
                d.lasted_in(lang).unwrap_or_default(),
                opt(d.severity),
                match d.woke {
                    Some(true) => t(lang, "yes", "ja"),
                    Some(false) => t(lang, "no", "nee"),
                    None => "",
                },
                esc(&d.tags.iter().map(|tag| tag.label_in(lang).to_string()).collect::<Vec<_>>().join(", ")),
                esc(&d.note)
            );
        }
        out.push_str("</table></div>");
    }
    let _ = write!(
        out,
        "<p class=\"note\">{}</p>",
        t(
            lang,
            "Counts are from my own diary: a night counts when I answered the morning question for it or logged a cramp. Cramps come and go for many reasons; none of this is proof of a cause.",
            "De aantallen komen uit mijn eigen dagboek: een nacht telt als ik er de ochtendvraag voor beantwoordde of er een kramp opschreef. Kramp komt en gaat om veel redenen; niets hiervan bewijst een oorzaak.",
        )
    );
    out
}

/// The habits kept, and the nights after each habit against nights without where both sides
/// have enough answered nights (as "what works for you" counts them).
fn habits_part(out: &mut String, input: &Input) {
    let Input {
        diary,
        checklist,
        from,
        lang,
        ..
    } = *input;
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t(lang, "Habits kept", "Gewoontes bijgehouden")
    );
    let mut rows = String::new();
    let mut any = false;
    for item in checklist.active() {
        let (done, days) = checklist.kept_days(item.id, from, input.to);
        any |= done > 0;
        let _ = write!(
            rows,
            "<tr><td>{}</td><td>{done} {} {days}</td></tr>",
            esc(item.label_in(lang)),
            t(lang, "of", "van")
        );
    }
    if rows.is_empty() {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            t(
                lang,
                "No habits on the checklist.",
                "Geen gewoontes op de checklist."
            )
        );
        return;
    }
    if !any {
        // Not "0 of 28" for each: that would read as advice not followed.
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            t(
                lang,
                "The checklist was not used in this period.",
                "De checklist is in deze periode niet gebruikt."
            )
        );
        return;
    }
    let _ = write!(
        out,
        "<table><tr><th>{}</th><th>{}</th></tr>{rows}</table>",
        t(lang, "Habit", "Gewoonte"),
        t(lang, "Days kept", "Dagen bijgehouden")
    );
    let first = insights::first_night(diary, checklist).unwrap_or(from);
    let (start, last) = (from.max(first), input.last_over());
    if start > last {
        return;
    }
    let shown: Vec<String> = checklist
        .active()
        .map(|i| insights::compare_between(diary, checklist, i.id, start, last))
        .filter(insights::Comparison::is_shown)
        .map(|x| {
            format!(
                "<li>{} ({}).</li>",
                esc(&x.sentence_in(&insights::habit_phrase_in(checklist, x.item, lang), lang)),
                x.rates_in(lang)
            )
        })
        .collect();
    if !shown.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3><ul>{}</ul><p class=\"note\">{}</p>",
            t(
                lang,
                "Nights with and without a habit",
                "Nachten met en zonder een gewoonte"
            ),
            shown.concat(),
            esc(insights::caution_in(lang))
        );
    }
}

fn muscle_leg(muscle: Muscle, leg: Leg, lang: Lang) -> String {
    match leg.phrase_in(lang) {
        "" => muscle.lower_in(lang).to_string(),
        leg => format!("{}, {leg}", muscle.lower_in(lang)),
    }
}

/// "3 nights", "1 nacht": a count with its noun, in `lang` (English and Dutch share the
/// one/other rule).
fn count(n: u32, lang: Lang, en: (&str, &str), nl: (&str, &str)) -> String {
    let (one, more) = match lang.words() {
        Lang::En => en,
        Lang::Nl => nl,
    };
    format!("{n} {}", if n == 1 { one } else { more })
}

fn nights_said(n: u32, lang: Lang) -> String {
    count(n, lang, ("night", "nights"), ("nacht", "nachten"))
}

fn cramps_said(n: u32, lang: Lang) -> String {
    count(n, lang, ("cramp", "cramps"), ("kramp", "krampen"))
}

/// A tenths figure ("6.5") as `lang` writes it ("6,5").
fn tenths_in(x10: u32, lang: Lang) -> String {
    let text = super::tenths(x10);
    match lang.words() {
        Lang::En => text,
        Lang::Nl => text.replace('.', ","),
    }
}

fn cramps_part(out: &mut String, entries: &[&Entry], tally: Tally, lang: Lang) {
    let _ = write!(out, "<h2>{}</h2><ul>", t(lang, "Cramps", "Krampen"));
    if tally.answered == 0 {
        let _ = match lang.words() {
            Lang::En => write!(
                out,
                "<li class=\"figure\">No answered nights in this period ({} not answered)</li>",
                nights_said(tally.unanswered, lang)
            ),
            Lang::Nl => write!(
                out,
                "<li class=\"figure\">Geen beantwoorde nachten in deze periode ({} niet beantwoord)</li>",
                nights_said(tally.unanswered, lang)
            ),
        };
    } else {
        let _ = match lang.words() {
            Lang::En => write!(
                out,
                "<li class=\"figure\">{}; {} not answered</li><li>Nights with a cramp: {} of {} answered</li>",
                tally.said(),
                nights_said(tally.unanswered, lang),
                tally.with_cramp,
                tally.answered
            ),
            Lang::Nl => write!(
                out,
                "<li class=\"figure\">{}; {} niet beantwoord</li><li>Nachten met een kramp: {} van {} beantwoord</li>",
                tally.said_in(lang),
                nights_said(tally.unanswered, lang),
                tally.with_cramp,
                tally.answered
            ),
        };
    }
    let _ = write!(
        out,
        "<li>{}: {}</li>",
        t(lang, "Logged with details", "Opgeschreven met details"),
        cramps_said(entries.len() as u32, lang)
    );
    let severities: Vec<u32> = entries
        .iter()
        .filter_map(|e| e.draft.severity)
        .map(u32::from)
        .collect();
    if !severities.is_empty() {
        let avg = (severities.iter().sum::<u32>() * 10 + severities.len() as u32 / 2)
            / severities.len() as u32;
        let _ = write!(
            out,
            "<li>{}: {} {}, {} {}</li>",
            t(lang, "Severity (0 to 10)", "Ernst (0 tot 10)"),
            tenths_in(avg, lang),
            t(lang, "on average", "gemiddeld"),
            cramps_said(severities.len() as u32, lang),
            t(lang, "rated", "beoordeeld")
        );
    }
    if let Some(longest) = entries
        .iter()
        .filter(|e| e.draft.duration_s.is_some())
        .max_by_key(|e| e.draft.duration_s)
        .and_then(|e| e.draft.lasted_in(lang))
    {
        let _ = write!(out, "<li>{}: {longest}</li>", t(lang, "Longest", "Langste"));
    }
    let mut muscles: Vec<(Muscle, u32)> = Muscle::ALL
        .iter()
        .map(|&m| {
            (
                m,
                entries.iter().filter(|e| e.draft.muscle == m).count() as u32,
            )
        })
        .filter(|&(_, n)| n > 0)
        .collect();
    sorted::sort_by(&mut muscles, |a, b| b.1.cmp(&a.1));
    if !muscles.is_empty() {
        let list: Vec<String> = muscles
            .iter()
            .map(|(m, n)| format!("{} {n}", m.lower_in(lang)))
            .collect();
        let _ = write!(
            out,
            "<li>{}: {}</li>",
            t(lang, "Where", "Waar"),
            esc(&list.join(", "))
        );
    }
    out.push_str("</ul>");
}

fn sleep_part(
    out: &mut String,
    diary: &Diary,
    entries: &[&Entry],
    from: DayNum,
    to: DayNum,
    lang: Lang,
) {
    let _ = write!(out, "<h2>{}</h2><ul>", t(lang, "Sleep", "Slaap"));
    // Of the logged cramps, those said to have woken me, and those it was not said of (a
    // cramp nobody said this of is not one that let me sleep).
    let woke = entries
        .iter()
        .filter(|e| e.draft.woke == Some(true))
        .count();
    let unsaid = entries.iter().filter(|e| e.draft.woke.is_none()).count();
    let _ = write!(
        out,
        "<li>{}: {woke} {} {} {}{}</li>",
        t(
            lang,
            "Cramps that woke me",
            "Krampen waar ik wakker van werd"
        ),
        t(lang, "of", "van"),
        entries.len(),
        t(lang, "logged", "opgeschreven"),
        if unsaid > 0 {
            format!(" ({unsaid} {})", t(lang, "not said", "niet gezegd"))
        } else {
            String::new()
        }
    );
    let lost: Vec<u32> = diary
        .nights
        .iter()
        .filter(|n| n.night >= from && n.night <= to)
        .filter_map(|n| n.sleep_lost.map(u32::from))
        .collect();
    if lost.is_empty() {
        let _ = write!(
            out,
            "<li>{}</li>",
            t(
                lang,
                "Sleep lost (0 to 10): not recorded",
                "Slaap verloren (0 tot 10): niet ingevuld"
            )
        );
    } else {
        let avg = (lost.iter().sum::<u32>() * 10 + lost.len() as u32 / 2) / lost.len() as u32;
        let five = nights_said(lost.iter().filter(|&&v| v >= 5).count() as u32, lang);
        let _ = match lang.words() {
            Lang::En => write!(
                out,
                "<li>Sleep lost to cramps (0 none, 10 a whole night): {} on average over {} recorded {}; {five} with 5 or more</li>",
                tenths_in(avg, lang),
                lost.len(),
                if lost.len() == 1 { "night" } else { "nights" },
            ),
            Lang::Nl => write!(
                out,
                "<li>Slaap verloren door kramp (0 niets, 10 een hele nacht): gemiddeld {} over {} ingevulde {}; {five} met 5 of meer</li>",
                tenths_in(avg, lang),
                lost.len(),
                if lost.len() == 1 { "nacht" } else { "nachten" },
            ),
        };
    }
    out.push_str("</ul>");
}

/// The box a wide table scrolls in on a phone: focusable and named, so a
/// keyboard can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`).
fn scroll_table(name: &str, lang: Lang) -> String {
    format!(
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}, {}\">",
        esc(name),
        t(
            lang,
            "a table that scrolls sideways",
            "een tabel die zijwaarts schuift"
        )
    )
}

fn medicines_part(out: &mut String, input: &Input) {
    let lang = input.lang;
    let title = t(lang, "Medicines", "Medicijnen");
    let _ = write!(out, "<h2>{title}</h2>");
    let diary = input.diary;
    if diary.medicines.is_empty() {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            t(lang, "None recorded.", "Geen ingevuld.")
        );
        return;
    }
    out.push_str(&scroll_table(title, lang));
    out.push_str(t(lang, "<table><tr><th>Medicine</th><th>Dose (my words)</th><th>Taken</th><th>From</th><th>To</th></tr>", "<table><tr><th>Medicijn</th><th>Dosis (mijn woorden)</th><th>Gebruik</th><th>Van</th><th>Tot</th></tr>"));
    for m in &diary.medicines {
        let d = &m.draft;
        let class = d.class.map_or(String::new(), |c| {
            format!(
                "<br><span class=\"note\">{}: {}</span>",
                esc(c.label_in(lang)),
                esc(c.finding_in(lang))
            )
        });
        let _ = write!(
            out,
            "<tr><td>{}{class}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&d.name),
            esc(&d.dose),
            if d.as_needed {
                t(lang, "as needed", "als het nodig is")
            } else {
                t(lang, "regularly", "vast")
            },
            d.started.map(|s| s.iso()).unwrap_or_default(),
            d.stopped.map(|s| s.iso()).unwrap_or_default()
        );
    }
    out.push_str("</table></div>");
    let today = input.last_over().plus(1);
    let shown: Vec<(&str, BeforeAfter)> = diary
        .medicines
        .iter()
        .filter_map(|m| {
            medicines::before_after(diary, m, today, input.first_used)
                .filter(BeforeAfter::is_shown)
                .map(|ba| (m.draft.name.as_str(), ba))
        })
        .collect();
    for (name, ba) in shown {
        let _ = write!(
            out,
            "<p><strong>{}</strong>, {} {}: {}</p>",
            esc(name),
            t(lang, "started", "gestart op"),
            ba.started.dated_in(lang),
            esc(&ba.sentence_in(lang))
        );
    }
    let _ = write!(
        out,
        "<p class=\"note\">{}</p>",
        esc(medicines::caution_in(lang))
    );
}

fn tag_label(tag: &super::Tag, lang: Lang) -> String {
    tag.label_in(lang).to_string()
}

fn tags_part(out: &mut String, entries: &[&Entry], lang: Lang) {
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t(lang, "What came before", "Wat ging eraan vooraf")
    );
    let mut counts: Vec<(String, u32)> = Vec::new();
    for e in entries {
        for t in &e.draft.tags {
            let label = tag_label(t, lang);
            match counts.iter_mut().find(|(l, _)| *l == label) {
                Some((_, n)) => *n += 1,
                None => counts.push((label, 1)),
            }
        }
    }
    if counts.is_empty() {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            t(lang, "Nothing recorded.", "Niets ingevuld.")
        );
        return;
    }
    sorted::sort_by(&mut counts, |a, b| b.1.cmp(&a.1));
    out.push_str("<ul>");
    for (label, n) in counts {
        let _ = write!(
            out,
            "<li>{}: {} {} {} {}</li>",
            esc(&label),
            t(lang, "before", "voor"),
            n,
            t(lang, "of", "van"),
            cramps_said(entries.len() as u32, lang)
        );
    }
    out.push_str("</ul>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::{DiaryCmd, DrugClass, MedicineDraft, NightAnswer, Tag};
    use crate::domain::diary::{Draft, Medicine};
    use crate::domain::stretch::routine::Pose;
    use crate::domain::time::LocalMinute;

    fn day(m: u32, d: u32) -> DayNum {
        DayNum::from_date(chrono::NaiveDate::from_ymd_opt(2026, m, d).expect("date"))
    }

    fn cramp(day: DayNum, h: u32) -> Draft {
        Draft {
            at: LocalMinute::from_naive(day.to_date().and_hms_opt(h, 0, 0).expect("valid")),
            duration_s: Some(90),
            ..Draft::default()
        }
    }

    #[test]
    fn the_csv_is_one_table_with_every_new_field() {
        let today = day(11, 28);
        let mut d = Diary::default();
        let mut one = cramp(today, 23);
        one.note = "=HYPERLINK(\"x\"), after \"long\" walk\nsecond line".into();
        one.leg = Leg::Left;
        one.muscle = Muscle::Hamstring;
        one.severity = Some(5);
        one.woke = Some(true);
        one.tags = vec![Tag::HotDay, Tag::Own("gardening".into())];
        one.eased_by = Some(Pose::StandLoad);
        one.from_guide = true;
        d.apply(DiaryCmd::Add(one));
        d.apply(DiaryCmd::Add(cramp(today.plus(-40), 23)));
        d.apply(DiaryCmd::SleepLost {
            night: today,
            value: Some(6),
        });
        d.apply(DiaryCmd::AddMedicine(MedicineDraft {
            name: "Indapamide".into(),
            started: Some(today.plus(-10)),
            ..MedicineDraft::default()
        }));
        let text = csv(&d, today.plus(-27), today, Lang::En);
        let body = text
            .strip_prefix('\u{feff}')
            .expect("a byte order mark first, so Excel reads UTF-8");
        let lines: Vec<&str> = body.split("\r\n").collect();
        let header: Vec<&str> = COLUMNS.iter().map(|c| c.header).collect();
        assert_eq!(lines[0], header.join(","));
        assert_eq!(
            lines[0],
            "date,time,night_of,muscle,leg,severity_0_10,duration_s,woke_up,sleep_lost_0_10,before_it,eased_by,medicines_taken,logged_from,note"
        );
        assert!(
            lines[1].starts_with(
                "2026-11-28,23:00,2026-11-28,back of thigh,left,5,90,yes,6,A hot day; gardening,Stand on it,Indapamide,stretch guide,\"'=HYPERLINK"
            ),
            "{}",
            lines[1]
        );
        assert!(text.contains("\"\"long\"\""), "quotes doubled");
        assert_eq!(text.matches("2026-").count(), 2, "only the entry in range");
        // Every header is distinct: each column is named once.
        let mut seen = header.clone();
        seen.dedup();
        assert_eq!(seen.len(), header.len());
    }

    fn input<'a>(diary: &'a Diary, checklist: &'a Checklist, parts: Parts) -> Input<'a> {
        Input {
            diary,
            checklist,
            from: day(6, 1),
            to: day(7, 31),
            parts,
            first_used: day(6, 1),
            today: day(8, 1),
            lang: Lang::En,
        }
    }

    #[test]
    fn the_doctor_report_holds_the_parts_picked_with_counts_and_no_script() {
        let mut d = Diary::default();
        for i in 0..20 {
            d.apply(DiaryCmd::AnswerNight {
                night: day(6, 1).plus(i),
                answer: if i < 4 {
                    NightAnswer::Cramp
                } else {
                    NightAnswer::NoCramp
                },
            });
        }
        for i in 0..25 {
            d.apply(DiaryCmd::AnswerNight {
                night: day(7, 1).plus(i),
                answer: if i < 15 {
                    NightAnswer::Cramp
                } else {
                    NightAnswer::NoCramp
                },
            });
        }
        let mut c = cramp(day(7, 2), 3);
        c.note = "<script>alert(1)</script>".into();
        c.tags = vec![Tag::Alcohol];
        c.severity = Some(7);
        d.apply(DiaryCmd::Add(c));
        d.apply(DiaryCmd::SleepLost {
            night: day(7, 1),
            value: Some(6),
        });
        d.apply(DiaryCmd::AddMedicine(MedicineDraft {
            name: "Indapamide".into(),
            dose: "1.5 mg".into(),
            class: Some(DrugClass::ThiazideDiuretic),
            started: Some(day(7, 1)),
            ..MedicineDraft::default()
        }));
        let list = Checklist::default();
        let page = html(&input(&d, &list, Parts::default()));
        assert!(page.starts_with("<!doctype html>") && page.ends_with("</html>"));
        assert!(
            !page.contains("<script") && !page.contains(" src="),
            "self-contained, no script"
        );
        assert!(page.contains("&lt;script&gt;"), "the note is escaped");
        // Counts: nights 1 June to 31 July = 61; 45 answered; 19 "cramp" nights (the one with a
        // logged cramp counts that cramp, once).
        assert!(
            page.contains("19 cramps in 45 answered nights (0.42 a night)"),
            "{page}"
        );
        assert!(page.contains("Logged with details: 1 cramp"));
        // One-tap "a cramp" nights count as nights with a cramp, as in every rate.
        assert!(
            page.contains("Nights with a cramp: 19 of 45 answered"),
            "{page}"
        );
        assert!(page.contains("7.0 on average, 1 cramp rated"));
        assert!(
            page.contains("The checklist was not used in this period.")
                && !page.contains(" of 61<"),
            "no row of zeros for a checklist never used"
        );
        assert!(page.contains("16 nights not answered"));
        assert!(page.contains("Sleep lost to cramps"));
        assert!(page.contains("Indapamide") && page.contains("1.5 mg"));
        assert!(page.contains("A thiazide-type water tablet"));
        assert!(page.contains("Before it: 4 cramps in 20 answered nights"));
        assert!(page.contains("never stop one on your own"));
        assert!(page.contains("Alcohol: before 1 of 1 cramp"));
        // A wide table scrolls in a box a keyboard can reach and a screen reader names.
        let boxes = page.matches("<div class=\"scroll\"").count();
        assert_eq!(boxes, 2, "the cramps and the medicines");
        assert_eq!(
            page.matches("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .count(),
            boxes
        );
        // Parts left out are left out.
        let only = html(&input(
            &d,
            &list,
            Parts {
                cramps: true,
                sleep: false,
                medicines: false,
                habits: false,
                tags: false,
            },
        ));
        assert!(!only.contains("Indapamide") && !only.contains("Sleep lost"));
        assert!(!only.contains("What came before"));
        let _ = Medicine::new(1, MedicineDraft::default());
    }

    #[test]
    fn a_period_is_the_nights_picked_up_to_last_night() {
        let today = day(12, 5);
        let last_night = day(12, 4);
        assert_eq!(Period::Weeks(4).range(today), (day(11, 7), last_night));
        assert_eq!(Period::Weeks(12).range(today), (day(9, 12), last_night));
        assert_eq!(
            Period::Year.range(today),
            (day(12, 5).plus(-364), last_night)
        );
        // Dates in either order; a night after today is today.
        assert_eq!(
            Period::Dates(day(12, 20), day(10, 1)).range(today),
            (day(10, 1), today)
        );
        // Date fields: both, in order, over, and not too far back; each said plainly.
        let field = |a: &str, b: &str| Period::from_fields(a, b, today);
        assert_eq!(
            field("2026-10-01", "2026-12-04"),
            Ok(Period::Dates(day(10, 1), last_night))
        );
        assert_eq!(
            field("2026-10-01", ""),
            Err("Enter both dates of the period.")
        );
        assert_eq!(
            field("", "2026-10-01"),
            Err("Enter both dates of the period.")
        );
        assert_eq!(
            field("2026-11-01", "2026-10-01"),
            Err("The first night is after the last night.")
        );
        assert!(
            field("2026-11-01", "2026-12-05").is_err(),
            "tonight is not over"
        );
        assert_eq!(
            field("1900-01-01", "2026-10-01"),
            Err("Pick a first night in the last ten years.")
        );
        assert!(Parts {
            cramps: false,
            sleep: false,
            medicines: false,
            habits: false,
            tags: false
        }
        .is_empty());
        assert!(!Parts::default().is_empty());
    }

    /// Hand-counted: 10 answered nights with the bedtime stretch ticked (1 cramp) and 8
    /// without (4 cramps); the report's habits part says so with the caution, and tonight
    /// (not over) is not counted as unanswered.
    #[test]
    fn the_habits_part_gives_nights_with_and_without_each_habit() {
        use crate::domain::checklist::{Builtin, ChecklistCmd};
        let today = day(7, 19);
        let mut d = Diary::default();
        let mut list = Checklist::default();
        for i in 0..18 {
            let night = day(7, 1).plus(i);
            if i < 10 {
                list.apply(
                    ChecklistCmd::Tick {
                        day: night,
                        builtin: Builtin::BedtimeStretch,
                    },
                    today,
                );
            }
            let cramp_night = i == 0 || (10..14).contains(&i);
            d.apply(DiaryCmd::AnswerNight {
                night,
                answer: if cramp_night {
                    NightAnswer::Cramp
                } else {
                    NightAnswer::NoCramp
                },
            });
        }
        let page = body(&Input {
            diary: &d,
            checklist: &list,
            from: day(7, 1),
            to: today,
            parts: Parts::default(),
            first_used: day(7, 1),
            today,
            lang: Lang::En,
        });
        assert!(
            page.contains("1 cramp in 10 nights after the bedtime stretch, 4 in 8 nights without (0.10 a night against 0.50)"),
            "{page}"
        );
        assert!(page.contains("5 cramps in 18 answered nights"), "{page}");
        assert!(page.contains("0 nights not answered"), "{page}");
        assert!(page.contains("a habit you keep on better nights"));
    }

    /// Issue 23: the report and the CSV in Dutch: Dutch headings, figures with a decimal
    /// comma, Dutch dates, the CSV's Dutch headers and values, and no English left.
    #[test]
    fn the_report_and_the_csv_in_dutch() {
        let mut d = Diary::default();
        d.apply(DiaryCmd::Add(crate::domain::diary::Draft {
            at: crate::domain::time::LocalMinute::from_naive(
                day(7, 10).to_date().and_hms_opt(3, 10, 0).expect("time"),
            ),
            severity: Some(6),
            woke: Some(true),
            duration_s: Some(90),
            tags: vec![crate::domain::diary::Tag::Standing],
            ..Default::default()
        }));
        let list = Checklist::default();
        let page = html(&Input {
            lang: Lang::Nl,
            ..input(&d, &list, Parts::default())
        });
        for words in [
            "<html lang=\"nl\">",
            "Nachtelijke kramp: overzicht voor mijn huisarts",
            "1 juni 2026 tot 31 juli 2026 (nachten)",
            "<h2>Krampen</h2>",
            "Ernst (0 tot 10): 6,0 gemiddeld",
            "<h2>Slaap</h2>",
            "Lang gestaan",
            "1 tot 2 minuten",
            "De aantallen komen uit mijn eigen dagboek",
        ] {
            assert!(page.contains(words), "{words}: {page}");
        }
        for english in [
            "Cramps",
            "Sleep",
            "Every cramp",
            "Severity",
            "nights",
            " of 1",
        ] {
            assert!(!page.contains(english), "English {english:?} in: {page}");
        }
        let text = csv(&d, day(7, 1), day(7, 31), Lang::Nl);
        let header = text.lines().next().expect("header");
        assert!(
            header.starts_with("\u{feff}datum,tijd,nacht_van,spier,been,ernst_0_10"),
            "{header}"
        );
        let row = text.lines().nth(1).expect("row");
        assert!(
            row.contains(",kuit,") && row.contains(",ja,") && row.contains("Lang gestaan"),
            "{row}"
        );
    }
}
