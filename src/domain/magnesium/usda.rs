//! The full USDA food table (Standard Reference, release 26) in a compact form the app
//! fetches on first use: the converter from the original caret-separated files, and the
//! reader of the compact file.
//!
//! Compact format, UTF-8 text, one line per food, fields separated by tabs:
//! `ndb  group  name  mg_per_100g_x10  measures` where measures are `label=grams_x10`
//! joined by `|`. The first line is `#uncramp-usda-sr26 v1` and a second line lists the food
//! groups as `#groups code=name|…`.

use std::collections::HashMap;

/// Most household measures kept per food.
pub const MEASURES_MAX: usize = 4;
const HEADER: &str = "#uncramp-usda-sr26 v1";

/// One food of the full table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsdaFood {
    pub ndb: u32,
    pub group: u16,
    pub name: String,
    pub mg100_x10: u32,
    /// (household measure, grams in tenths)
    pub measures: Vec<(String, u32)>,
}

/// Splits one SR26 line into fields: `^` separates, `~` quotes text.
fn fields(line: &str) -> Vec<&str> {
    line.trim_end_matches(['\r', '\n'])
        .split('^')
        .map(|f| f.trim_matches('~'))
        .collect()
}

/// A decimal like `28.35` in tenths (283), rounded; `None` if empty or not a number.
fn tenths(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let whole: u32 = whole.parse().ok()?;
    let digits: Vec<u32> = frac
        .chars()
        .take(2)
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()?;
    let first = digits.first().copied().unwrap_or(0);
    let round_up = u32::from(digits.get(1).copied().unwrap_or(0) >= 5);
    whole.checked_mul(10)?.checked_add(first + round_up)
}

/// `0.5` or `.5` → `1/2`, `1.5` → `1 1/2`, `2` → `2`, `.167` → `1/6`; other decimals get a
/// leading zero (`.2` → `0.2`). SR26 writes amounts like `.5`, which once became " 1/2".
fn amount_words(text: &str) -> String {
    let (whole, frac) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    let whole = if whole.is_empty() { "0" } else { whole };
    let frac = frac.trim_end_matches('0');
    let fraction = match frac {
        "" => "",
        "5" => "1/2",
        "25" => "1/4",
        "75" => "3/4",
        "33" | "333" => "1/3",
        "67" | "667" | "66" | "666" => "2/3",
        "125" => "1/8",
        "167" | "17" => "1/6",
        _ => return format!("{whole}.{frac}"),
    };
    match (whole, fraction) {
        (w, "") => w.to_string(),
        ("0", f) => f.to_string(),
        (w, f) => format!("{w} {f}"),
    }
}

/// Which household measures come first (the first is a food's default serving): an NLEA
/// serving, then an ounce, then a "medium" one, then one of anything but a cup; cups and the
/// rest keep the USDA's order after them (REVIEW K12: a cup of pumpkin seeds is no serving).
fn measure_rank(amount: &str, label: &str) -> u8 {
    let unit = label.to_ascii_lowercase();
    let one = amount.trim() == "1" || amount.trim() == "1.0";
    let whole_thing = [
        "bunch",
        "quart",
        "pint",
        "gallon",
        "liter",
        "litre",
        "package",
        "recipe",
        "container",
        "loaf",
        "pie",
        "cake",
        "pkg",
        "can",
        "jar",
        "bottle",
        "head",
        "lb",
    ]
    .iter()
    .any(|w| unit.starts_with(w));
    if unit.contains("nlea serving") {
        0
    } else if one && unit.starts_with("oz") {
        1
    } else if unit.contains("medium") {
        2
    } else if one && !whole_thing && !unit.starts_with("cup") && !unit.starts_with("fl oz") {
        3
    } else if !whole_thing {
        4
    } else {
        5 // a bunch of spinach or a whole recipe is no serving
    }
}

/// Converts the SR26 files into the compact table.
pub fn convert(abbrev: &str, food_des: &str, weight: &str, fd_group: &str) -> String {
    let mut groups: Vec<(String, String)> = fd_group
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(fields)
        .filter(|f| f.len() >= 2)
        .map(|f| (f[0].to_string(), f[1].to_string()))
        .collect();
    groups.sort();
    let mut names: HashMap<&str, (&str, &str)> = HashMap::new();
    for line in food_des.lines() {
        let f = fields(line);
        if f.len() > 2 {
            names.insert(f[0], (f[1], f[2]));
        }
    }
    let mut measures: HashMap<&str, Vec<(u8, u32, String, u32)>> = HashMap::new();
    for line in weight.lines() {
        let f = fields(line);
        if f.len() < 5 {
            continue;
        }
        let (Ok(seq), Some(grams)) = (f[1].parse::<u32>(), tenths(f[4])) else {
            continue;
        };
        if grams == 0 {
            continue;
        }
        let label =
            format!("{} {}", amount_words(f[2]), f[3].trim()).replace(['\t', '|', '='], " ");
        let rank = measure_rank(f[2], f[3]);
        measures
            .entry(f[0])
            .or_default()
            .push((rank, seq, label, grams));
    }
    let mut out = String::from(HEADER);
    out.push('\n');
    out.push_str("#groups ");
    out.push_str(
        &groups
            .iter()
            .map(|(code, name)| format!("{}={}", code.trim_start_matches('0'), name))
            .collect::<Vec<_>>()
            .join("|"),
    );
    out.push('\n');
    let mut rows: Vec<(u32, String)> = Vec::new();
    for line in abbrev.lines() {
        let f = fields(line);
        if f.len() < 13 {
            continue;
        }
        let (Ok(ndb), Some(mg)) = (f[0].parse::<u32>(), tenths(f[12])) else {
            continue;
        };
        let Some(&(group, name)) = names.get(f[0]) else {
            continue;
        };
        let group: u16 = group.parse::<u16>().unwrap_or(0) / 100;
        let mut m = measures.get(f[0]).cloned().unwrap_or_default();
        m.sort();
        let m: Vec<String> = m
            .into_iter()
            .take(MEASURES_MAX)
            .map(|(_, _, label, grams)| format!("{label}={grams}"))
            .collect();
        rows.push((
            ndb,
            format!(
                "{ndb}\t{group}\t{}\t{mg}\t{}",
                name.replace('\t', " "),
                m.join("|")
            ),
        ));
    }
    rows.sort();
    for (_, row) in rows {
        out.push_str(&row);
        out.push('\n');
    }
    out
}

/// The food groups named in a compact table's header: (code / 100, name).
pub fn groups(text: &str) -> Vec<(u16, String)> {
    text.lines()
        .find_map(|l| l.strip_prefix("#groups "))
        .map(|g| {
            g.split('|')
                .filter_map(|pair| {
                    let (code, name) = pair.split_once('=')?;
                    Some((code.parse::<u16>().ok()? / 100, name.to_string()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Reads the compact table. Lines that do not parse are skipped; a file that is not the
/// table at all (wrong header) gives `None`.
pub fn parse(text: &str) -> Option<Vec<UsdaFood>> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let foods = lines
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let mut f = line.split('\t');
            let ndb = f.next()?.parse().ok()?;
            let group = f.next()?.parse().ok()?;
            let name = f.next()?.to_string();
            let mg100_x10 = f.next()?.parse().ok()?;
            let measures = f
                .next()
                .unwrap_or("")
                .split('|')
                .filter_map(|m| {
                    let (label, grams) = m.rsplit_once('=')?;
                    Some((label.to_string(), grams.parse().ok()?))
                })
                .collect();
            Some(UsdaFood {
                ndb,
                group,
                name,
                mg100_x10,
                measures,
            })
        })
        .collect();
    Some(foods)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_amounts() {
        assert_eq!(tenths("28.35"), Some(284));
        assert_eq!(tenths("270"), Some(2700));
        assert_eq!(tenths("0.04"), Some(0));
        assert_eq!(tenths("0.05"), Some(1));
        assert_eq!(tenths(""), None);
        assert_eq!(tenths("x"), None);
        assert_eq!(amount_words("1"), "1");
        assert_eq!(amount_words("0.5"), "1/2");
        assert_eq!(amount_words("1.5"), "1 1/2");
        assert_eq!(amount_words("0.33"), "1/3");
        assert_eq!(amount_words("2.0"), "2");
        assert_eq!(amount_words("0.2"), "0.2");
        // SR26 writes ".5": no leading space, no bare decimal point (REVIEW S2).
        assert_eq!(amount_words(".5"), "1/2");
        assert_eq!(amount_words(".167"), "1/6");
        assert_eq!(amount_words(".666"), "2/3");
        assert_eq!(amount_words(".2"), "0.2");
        assert_eq!(amount_words("3.527"), "3.527");
        assert_eq!(measure_rank("1", "oz"), 1);
        assert_eq!(measure_rank("1", "cup"), 4);
        assert_eq!(measure_rank("1", "serving (NLEA serving)"), 0);
        assert_eq!(measure_rank("1", "medium (7\" to 7-7/8\" long)"), 2);
        assert_eq!(measure_rank("1", "slice"), 3);
        assert_eq!(measure_rank("1", "bunch"), 5);
        assert_eq!(
            measure_rank("1", "quart"),
            5,
            "a quart of milk is no serving"
        );
        assert_eq!(measure_rank("1", "recipe yield"), 5);
    }

    #[test]
    fn converts_and_reads_back_a_small_table() {
        let abbrev = "~12061~^~ALMONDS~^4.41^579^21.15^49.93^2.97^21.55^12.5^4.35^269^3.71^270^481\r\n~99999~^~NO MG~^1^1^1^1^1^1^1^1^1^1^^1\r\n";
        let des =
            "~12061~^~1200~^~Nuts, almonds~^~ALMONDS~\r\n~99999~^~1200~^~No magnesium~^~X~\r\n";
        let weight = "~12061~^2^1^~cup, sliced~^92^4^32.082\r\n~12061~^1^1^~cup, whole~^143^23^6.098\r\n~12061~^5^1^~oz (23 whole kernels)~^28.35^^\r\n~12061~^6^0.5^~almond~^1.2^^\r\n";
        let groups_txt = "~1200~^~Nut and Seed Products~\r\n~0900~^~Fruits and Fruit Juices~\r\n";
        let table = convert(abbrev, des, weight, groups_txt);
        let foods = parse(&table).expect("own format");
        assert_eq!(
            foods.len(),
            1,
            "foods without a magnesium value are left out"
        );
        let almonds = &foods[0];
        assert_eq!(
            (almonds.ndb, almonds.group, almonds.mg100_x10),
            (12061, 12, 2700)
        );
        assert_eq!(almonds.name, "Nuts, almonds");
        assert_eq!(
            almonds.measures,
            vec![
                ("1 oz (23 whole kernels)".to_string(), 284),
                ("1 cup, whole".to_string(), 1430),
                ("1 cup, sliced".to_string(), 920),
                ("1/2 almond".to_string(), 12),
            ],
            "an ounce first, then the USDA's order, at most four"
        );
        assert_eq!(
            groups(&table),
            vec![
                (9, "Fruits and Fruit Juices".to_string()),
                (12, "Nut and Seed Products".to_string())
            ]
        );
        assert_eq!(parse("not the table"), None);
    }
}
