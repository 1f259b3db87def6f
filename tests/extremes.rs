//! Issue 11, fault 9: no stored or imported value, however far out of range, can hang, panic
//! or mis-draw a view. Whole stores are generated with extreme integers (any day, count,
//! timestamp or duration), decoded as storage or an import would, and every domain operation
//! the views call is run on them: streaks, calendars, weekly stats, summaries, CSV, totals,
//! series, the timer's position, cues and settling.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use serde_json::{json, Value};
use uncramp::domain::checklist::Checklist;
use uncramp::domain::diary::Diary;
use uncramp::domain::magnesium::{whole_mg, MagnesiumLog};
use uncramp::domain::saved::registry::StoreId;
use uncramp::domain::saved::schema::decode;
use uncramp::domain::stretch::timer::{clock_digits, cue_between, ActiveSession, TimerCmd};
use uncramp::domain::time::DayNum;

/// Integers where bugs live: the extremes, around zero, and plausible values.
fn int(lo: i64, hi: i64) -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(lo),
        Just(hi),
        Just(0),
        Just(-1),
        Just(1),
        lo..=hi,
        20_000i64..21_000,                       // days around now
        1_700_000_000_000i64..1_800_000_000_000, // ms around now
    ]
    .prop_map(move |v| v.clamp(lo, hi))
}

fn day() -> impl Strategy<Value = i64> {
    int(i64::from(i32::MIN), i64::from(i32::MAX))
}

fn checklist() -> impl Strategy<Value = Value> {
    let item = (int(0, u32::MAX.into()), any::<bool>(), 0usize..7).prop_map(|(id, hidden, b)| {
        let builtins = [
            "bedtime_stretch",
            "daytime_stretch",
            "drink",
            "easy_evening",
            "magnesium_food",
            "activity",
            "loose_bedding",
        ];
        json!({"id": id, "builtin": builtins[b], "name": "", "hidden": hidden})
    });
    let record = (
        day(),
        prop::collection::vec(int(0, u32::MAX.into()), 0..5),
        int(0, 255),
        any::<bool>(),
    )
        .prop_map(|(day, done, of, skipped)| {
            json!({"day": day, "done": done, "of": of, "skipped": skipped})
        });
    (
        prop::collection::vec(item, 0..8),
        prop::collection::vec(record, 0..12),
        int(0, u32::MAX.into()),
    )
        .prop_map(|(items, days, next_id)| {
            json!({"v": 1, "data": {"items": items, "days": days, "next_id": next_id}})
        })
}

fn diary() -> impl Strategy<Value = Value> {
    let entry = (
        int(0, u32::MAX.into()),
        int(i64::MIN, i64::MAX),
        prop::option::of(int(0, u32::MAX.into())),
        prop::option::of(int(0, 255)),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(id, at, duration_s, severity, woke)| {
            json!({"id": id, "draft": {"at": at, "duration_s": duration_s, "leg": "left",
                   "muscle": "calf", "severity": severity, "woke": woke, "note": "=1+1",
                   "from_guide": false}})
        });
    (prop::collection::vec(entry, 0..10), int(0, u32::MAX.into())).prop_map(
        |(entries, next_id)| json!({"v": 1, "data": {"entries": entries, "next_id": next_id}}),
    )
}

fn magnesium() -> impl Strategy<Value = Value> {
    let big = || int(0, u32::MAX.into());
    let entry = (big(), big(), big(), big(), big(), any::<bool>()).prop_map(
        |(id, g, mg, mg100, amount, halves)| {
            let amount = if halves {
                json!({"halves": amount % 256})
            } else {
                json!({"grams": amount})
            };
            json!({"id": id, "food": {"usda": 11457},
                   "facts": {"name": "x", "serving": "1 cup", "serving_g_x10": g,
                             "serving_mg_x10": mg, "mg100_x10": mg100},
                   "amount": amount})
        },
    );
    let day_rec = (day(), prop::collection::vec(entry, 0..6))
        .prop_map(|(d, e)| json!({"day": d, "entries": e}));
    (prop::collection::vec(day_rec, 0..6), big()).prop_map(|(days, next_id)| {
        json!({"v": 1, "data": {"days": days, "custom": [], "favourites": [], "recents": [],
                                "next_id": next_id}})
    })
}

fn session() -> impl Strategy<Value = Value> {
    let ms = || int(i64::MIN, i64::MAX);
    (
        prop::collection::vec(int(0, u32::MAX.into()), 0..6),
        ms(),
        ms(),
        prop::option::of(ms()),
        int(0, 20),
        ms(),
        prop::option::of(ms()),
        ms(),
        0usize..3,
    )
        .prop_map(
            |(durations, started_at, paused_total, paused_at, anchor_step, anchor_active, eased_at, last_seen, r)| {
                let routine = [
                    json!({"cramp": {"muscle": "calf", "leg": "left"}}),
                    json!({"bedtime": {"seated": false}}),
                    json!("daytime"),
                ][r]
                .clone();
                json!({"v": 1, "data": {"session": {
                    "routine": routine, "dose": {"hold_s": 10, "rest_s": 10, "reps": 3},
                    "durations": durations, "started_at": started_at, "paused_total": paused_total,
                    "paused_at": paused_at, "anchor_step": anchor_step, "anchor_active": anchor_active,
                    "eased_at": eased_at, "last_seen": last_seen}}})
            },
        )
}

proptest! {
    #![proptest_config(common::property_config(400))]

    #[test]
    fn extreme_checklists_and_diaries_draw(list in checklist(), diary in diary(), today in day()) {
        let today = DayNum(today as i32);
        let Ok(list) = decode::<Checklist>(&list.to_string()) else { return Ok(()) };
        let _ = list.streaks(today);
        let cal = list.calendar(today, 12);
        prop_assert_eq!(cal.len(), 84);
        for cell in &cal {
            prop_assert!(cell.level <= 4 && cell.done <= cell.of.max(cell.done));
        }
        let _ = list.adherence(today.plus(-6), today);
        let Ok(diary) = decode::<Diary>(&diary.to_string()) else { return Ok(()) };
        let weeks = diary.weekly(&list, today, 8);
        prop_assert_eq!(weeks.len(), 8);
        let csv = uncramp::domain::diary::report::csv(&diary, today.plus(-27), today, uncramp::domain::language::Lang::En);
        let bom = '\u{feff}';
        prop_assert!(csv.starts_with(bom));
        for e in &diary.entries {
            let _ = e.night();
        }
    }

    #[test]
    fn extreme_food_logs_add_up(log in magnesium(), today in day()) {
        let today = DayNum(today as i32);
        let Ok(log) = decode::<MagnesiumLog>(&log.to_string()) else { return Ok(()) };
        let series = log.series(today, 30);
        prop_assert_eq!(series.len(), 30);
        for d in &log.days {
            let total = log.total_x10(d.day);
            let _ = whole_mg(total);
        }
    }

    #[test]
    fn extreme_sessions_stay_in_bounds(stored in session(), now in int(i64::MIN, i64::MAX), cmds in prop::collection::vec(0usize..8, 0..6)) {
        let Ok(mut active) = decode::<ActiveSession>(&stored.to_string()) else { return Ok(()) };
        let before = active.session.as_ref().map(|s| s.position(now));
        let _ = active.settle(now);
        if let Some(s) = active.session.as_mut() {
            let all = [TimerCmd::Pause, TimerCmd::Resume, TimerCmd::Skip, TimerCmd::Back,
                       TimerCmd::Extend, TimerCmd::Eased, TimerCmd::Restart, TimerCmd::Finish];
            for c in cmds {
                s.apply(all[c], now);
            }
            let p = s.position(now);
            prop_assert!(p.finished || p.step < s.durations.len());
            prop_assert!(p.permille() <= 1000);
            prop_assert!(clock_digits(p.seconds_left()).len() <= 10);
            let _ = s.long_cramp(now);
            let _ = s.ends_at(now);
            let _ = s.finished_at(now);
            let _ = s.is_stale(now);
            if let Some(b) = before {
                let _ = cue_between(&b, &p);
            }
        }
    }

    #[test]
    fn every_store_checks_any_json_without_panicking(list in checklist(), diary in diary(), log in magnesium(), s in session()) {
        for text in [list, diary, log, s].map(|v| v.to_string()) {
            for &id in StoreId::ALL {
                let _ = id.check(&text);
            }
        }
    }
}
