//! The user's settings: theme, when the day starts, and one-off hints they dismissed.

pub mod reminder;

use crate::domain::language::Lang;
use crate::domain::language::LanguageChoice;
use crate::domain::magnesium::intake::{Profile, Reference};
use crate::domain::saved::schema::Schema;
use crate::domain::settings::reminder::Reminder;
use crate::domain::stretch::routine::{Dose, Pose};
use serde::{Deserialize, Serialize};

/// Which colour theme the app uses.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Follow the phone's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
    /// Very dim red on black, for a dark bedroom.
    Night,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 4] = [Self::System, Self::Light, Self::Dark, Self::Night];

    /// The value of `<html data-theme>`; `None` lets the CSS follow the system.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Self::System => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
            Self::Night => Some("night"),
        }
    }

    /// A stable lowercase name (form values, ids).
    pub fn name(self) -> &'static str {
        self.attribute().unwrap_or("system")
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Same as phone",
            Self::Light => "Light",
            Self::Dark => "Dark",
            Self::Night => "Night (dim red)",
        }
    }

    /// The browser chrome colour for this theme (`<meta name="theme-color">`), matching
    /// `--surface-1` in style/tokens.css. `None` for the system theme, whose colours the
    /// page's media-specific meta tags already give.
    pub fn chrome_colour(self) -> Option<&'static str> {
        match self {
            Self::System => None,
            Self::Light => Some(LIGHT_SURFACE),
            Self::Dark => Some(DARK_SURFACE),
            Self::Night => Some(NIGHT_SURFACE),
        }
    }
}

/// `--surface-1` of each theme (kept equal to style/tokens.css and the manifest by a test).
pub const LIGHT_SURFACE: &str = "#f6f5f1";
pub const DARK_SURFACE: &str = "#12151a";
pub const NIGHT_SURFACE: &str = "#000000";

/// Minutes after local midnight at which a new day starts (for the checklist and food log).
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(transparent)]
pub struct DayStart(u16);

impl DayStart {
    /// Latest allowed start: 06:00. Later than that and an early-morning tick would land on
    /// yesterday, which surprises people more than it helps.
    pub const MAX_MINUTES: u16 = 6 * 60;

    /// Clamps to 00:00 ..= 06:00.
    pub fn from_minutes(minutes: u16) -> Self {
        Self(minutes.min(Self::MAX_MINUTES))
    }

    pub fn minutes(self) -> u16 {
        self.0.min(Self::MAX_MINUTES)
    }

    /// `"04:00"`.
    pub fn label(self) -> String {
        crate::domain::time::hhmm(self.minutes())
    }
}

impl Default for DayStart {
    fn default() -> Self {
        Self(4 * 60)
    }
}

/// How the stretch guide sounds and how long the prevention stretches hold.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(default)]
pub struct StretchPrefs {
    /// Tones at each step and a 3-2-1 before it.
    pub sound: bool,
    /// Spoken instructions.
    pub speech: bool,
    /// Speaking rate in percent of normal (50..=150).
    pub speech_rate: u8,
    pub vibration: bool,
    pub bedtime: Dose,
    pub daytime: Dose,
    /// Offer the seated bedtime routine first.
    pub seated: bool,
    /// The step a Cramp-now routine starts with, where the person chose the one that eases
    /// their cramps fastest (version 4).
    #[serde(default)]
    pub start_with: Option<Pose>,
}

impl StretchPrefs {
    pub const RATE_RANGE: (u8, u8) = (50, 150);

    pub fn rate(&self) -> f32 {
        f32::from(
            self.speech_rate
                .clamp(Self::RATE_RANGE.0, Self::RATE_RANGE.1),
        ) / 100.0
    }
}

impl Default for StretchPrefs {
    fn default() -> Self {
        Self {
            sound: true,
            speech: true,
            speech_rate: 90,
            vibration: true,
            bedtime: Dose::BEDTIME,
            daytime: Dose::DAYTIME,
            seated: false,
            start_with: None,
        }
    }
}

/// Which prevention routine a dose belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoseOf {
    Bedtime,
    Daytime,
}

/// Everything on the Settings page that is not a feature's own data.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    pub day_start: DayStart,
    pub install_hint_dismissed: bool,
    pub stretch: StretchPrefs,
    pub profile: Option<Profile>,
    pub profile_prompt_dismissed: bool,
    /// The bedtime reminder (its time, and how many calendar files were made).
    pub reminder: Reminder,
    /// A reminder file was made and not stopped.
    pub reminder_on: bool,
    /// The reminder was offered once, after the first bedtime routine.
    pub reminder_offered: bool,
    /// From when the home view shows "Tonight's stretch" (version 2).
    pub evening_from: EveningFrom,
    /// The theme to go back to when night mode is turned off (version 3): the one chosen
    /// before it was turned on.
    pub theme_before_night: ThemeChoice,
    /// Keeping the data on this phone (version 4): when a backup last left it (ms since the
    /// epoch), the backup nudge put off until when, and the one-time notes answered.
    pub care: Care,
    /// The language chosen in Settings, or the phone's (version 5).
    pub language: LanguageChoice,
    /// Whose recommended magnesium intakes the targets are, if chosen (version 6); else the
    /// language's ([`Reference::of_language`]). A value this version does not know reads as
    /// not chosen.
    #[serde(deserialize_with = "lenient_reference")]
    pub mg_reference: Option<Reference>,
}

fn lenient_reference<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Reference>, D::Error> {
    Ok(
        Option::<String>::deserialize(d)?.and_then(|name| match name.as_str() {
            "us" => Some(Reference::Us),
            "eu" => Some(Reference::Eu),
            _ => None,
        }),
    )
}

impl Settings {
    /// The magnesium reference in use: the one chosen, else the language's.
    pub fn mg_reference(&self, lang: Lang) -> Reference {
        self.mg_reference
            .unwrap_or_else(|| Reference::of_language(lang))
    }
}

/// What the app keeps to look after the data on a phone (version 4 of the settings).
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(default)]
pub struct Care {
    /// When a backup last left the phone (shared, downloaded or copied), ms since the epoch.
    pub last_backup_ms: Option<i64>,
    /// "Not now" on the backup nudge: not again before this moment (ms since the epoch).
    pub nudge_after_ms: i64,
    /// The note that this browser may delete the data was read.
    pub storage_note_read: bool,
    /// The guide's note that an iPhone on silent mutes the tones was shown.
    pub silent_note_shown: bool,
    /// The home-screen app's "Coming from Safari? Import your backup" was answered.
    pub safari_import_answered: bool,
}

/// From when (minutes after midnight) the evening starts for the home view's bedtime card.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(transparent)]
pub struct EveningFrom(u16);

impl EveningFrom {
    /// 16:00 to 23:30.
    pub const RANGE: (u16, u16) = (16 * 60, 23 * 60 + 30);

    pub fn from_minutes(minutes: u16) -> Self {
        Self(minutes.clamp(Self::RANGE.0, Self::RANGE.1))
    }

    pub fn minutes(self) -> u16 {
        self.0.clamp(Self::RANGE.0, Self::RANGE.1)
    }

    pub fn label(self) -> String {
        crate::domain::time::hhmm(self.minutes())
    }
}

impl Default for EveningFrom {
    fn default() -> Self {
        Self(20 * 60)
    }
}

impl Schema for Settings {
    const KEY: &'static str = "uncramp.settings";
    /// 2: the bedtime reminder and the evening hour. 3: the theme before night mode. 4: `care`
    /// (the last backup, the nudge, the one-time notes). 5: `language`. 6: `mg_reference`.
    const VERSION: u32 = 6;
    const LABEL: &'static str = "settings";

    fn migrate(from: u32, data: &str) -> Result<Self, String> {
        match from {
            // Versions 1 to 5 had none of the new fields; they take their defaults (no backup
            // known, no note read, the phone's language, the language's magnesium reference).
            1..=5 => serde_json::from_str(data).map_err(|e| e.to_string()),
            _ => Err(format!("no migration from version {from}")),
        }
    }
}

/// A change to the settings.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsCmd {
    SetTheme(ThemeChoice),
    /// The app bar's night-mode button: night mode on, or back to the theme chosen before it.
    ToggleNight,
    SetDayStart(u16),
    DismissInstallHint,
    SetSound(bool),
    SetSpeech(bool),
    SetSpeechRate(u8),
    SetVibration(bool),
    SetSeated(bool),
    SetDose(DoseOf, Dose),
    /// Back to the doses from the sources.
    ResetDoses,
    SetProfile(Option<Profile>),
    /// Whose magnesium intakes to use (`None`: the language's).
    SetMgReference(Option<Reference>),
    DismissProfilePrompt,
    /// A reminder file at this time was made at `now_ms`: the next file replaces it.
    MakeReminder {
        minutes: u16,
        now_ms: i64,
    },
    StopReminder,
    /// The one-time offer after the first bedtime routine was shown.
    ReminderOffered,
    SetEveningFrom(u16),
    /// Start Cramp-now routines with this step (or as written, `None`).
    StartWith(Option<Pose>),
    /// A backup left the phone at `now_ms`.
    BackupMade {
        now_ms: i64,
    },
    /// "Not now" on the backup nudge, at `now_ms`.
    PutOffBackupNudge {
        now_ms: i64,
    },
    ReadStorageNote,
    SilentNoteShown,
    AnswerSafariImport,
    SetLanguage(LanguageChoice),
}

impl Settings {
    fn set_theme(&mut self, theme: ThemeChoice) {
        if theme == ThemeChoice::Night && self.theme != ThemeChoice::Night {
            self.theme_before_night = self.theme;
        }
        self.theme = theme;
    }

    pub fn apply(&mut self, cmd: SettingsCmd) {
        match cmd {
            SettingsCmd::SetTheme(theme) => self.set_theme(theme),
            SettingsCmd::ToggleNight if self.theme == ThemeChoice::Night => {
                let back = match self.theme_before_night {
                    ThemeChoice::Night => ThemeChoice::System,
                    other => other,
                };
                self.set_theme(back);
            }
            SettingsCmd::ToggleNight => self.set_theme(ThemeChoice::Night),
            SettingsCmd::SetDayStart(minutes) => self.day_start = DayStart::from_minutes(minutes),
            SettingsCmd::DismissInstallHint => self.install_hint_dismissed = true,
            SettingsCmd::SetSound(on) => self.stretch.sound = on,
            SettingsCmd::SetSpeech(on) => self.stretch.speech = on,
            SettingsCmd::SetSpeechRate(rate) => {
                self.stretch.speech_rate =
                    rate.clamp(StretchPrefs::RATE_RANGE.0, StretchPrefs::RATE_RANGE.1)
            }
            SettingsCmd::SetVibration(on) => self.stretch.vibration = on,
            SettingsCmd::SetSeated(on) => self.stretch.seated = on,
            SettingsCmd::SetDose(of, dose) => match of {
                DoseOf::Bedtime => self.stretch.bedtime = dose.clamped(),
                DoseOf::Daytime => self.stretch.daytime = dose.clamped(),
            },
            SettingsCmd::ResetDoses => {
                self.stretch.bedtime = Dose::BEDTIME;
                self.stretch.daytime = Dose::DAYTIME;
            }
            SettingsCmd::SetProfile(profile) => {
                self.profile = profile.map(|mut p| {
                    p.age = p.age.min(120);
                    if p.sex == crate::domain::magnesium::intake::Sex::Male {
                        p.pregnant = false;
                        p.breastfeeding = false;
                    }
                    p
                })
            }
            SettingsCmd::SetMgReference(reference) => self.mg_reference = reference,
            SettingsCmd::DismissProfilePrompt => self.profile_prompt_dismissed = true,
            SettingsCmd::MakeReminder { minutes, now_ms } => {
                let r = &mut self.reminder;
                r.minutes = minutes.min(24 * 60 - 1);
                // A reminder made after one was stopped is a new event (a new UID): a calendar
                // that still holds the deleted one refuses the same UID (field case 8). While
                // one is live, a new file updates it (same UID, higher SEQUENCE).
                if r.created_ms <= 0 || !self.reminder_on {
                    r.created_ms = now_ms.max(1);
                    r.sequence = 0;
                }
                r.sequence = r.sequence.saturating_add(1);
                self.reminder_on = true;
                self.reminder_offered = true;
            }
            SettingsCmd::StopReminder => self.reminder_on = false,
            SettingsCmd::ReminderOffered => self.reminder_offered = true,
            SettingsCmd::SetEveningFrom(m) => self.evening_from = EveningFrom::from_minutes(m),
            SettingsCmd::StartWith(pose) => self.stretch.start_with = pose,
            SettingsCmd::BackupMade { now_ms } => self.care.last_backup_ms = Some(now_ms),
            SettingsCmd::PutOffBackupNudge { now_ms } => {
                self.care.nudge_after_ms =
                    now_ms.saturating_add(crate::domain::saved::care::PUT_OFF_MS)
            }
            SettingsCmd::ReadStorageNote => self.care.storage_note_read = true,
            SettingsCmd::SilentNoteShown => self.care.silent_note_shown = true,
            SettingsCmd::AnswerSafariImport => self.care.safari_import_answered = true,
            SettingsCmd::SetLanguage(choice) => self.language = choice,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn night_mode_turned_off_goes_back_to_the_theme_chosen_before() {
        let mut s = Settings::default();
        for before in [ThemeChoice::Dark, ThemeChoice::Light, ThemeChoice::System] {
            s.apply(SettingsCmd::SetTheme(before));
            s.apply(SettingsCmd::ToggleNight);
            assert_eq!(s.theme, ThemeChoice::Night);
            s.apply(SettingsCmd::ToggleNight);
            assert_eq!(s.theme, before);
        }
        // Chosen in Settings, then turned off with the button: the theme before it.
        s.apply(SettingsCmd::SetTheme(ThemeChoice::Dark));
        s.apply(SettingsCmd::SetTheme(ThemeChoice::Night));
        s.apply(SettingsCmd::SetTheme(ThemeChoice::Night));
        s.apply(SettingsCmd::ToggleNight);
        assert_eq!(s.theme, ThemeChoice::Dark);
        // A stored "before" that is itself night mode (damaged data) falls back to the phone's.
        s.theme = ThemeChoice::Night;
        s.theme_before_night = ThemeChoice::Night;
        s.apply(SettingsCmd::ToggleNight);
        assert_eq!(s.theme, ThemeChoice::System);
    }
    use crate::domain::saved::schema::{decode, encode};

    #[test]
    fn a_new_reminder_file_replaces_the_last_one() {
        let mut s = Settings::default();
        s.apply(SettingsCmd::MakeReminder {
            minutes: 22 * 60 + 30,
            now_ms: 1_000,
        });
        let uid = s.reminder.uid();
        s.apply(SettingsCmd::MakeReminder {
            minutes: 21 * 60,
            now_ms: 9_000,
        });
        assert_eq!(s.reminder.uid(), uid, "same event");
        assert_eq!(s.reminder.sequence, 2);
        assert_eq!(s.reminder.label(), "21:00");
        assert!(s.reminder_on && s.reminder_offered);
        s.apply(SettingsCmd::StopReminder);
        assert!(!s.reminder_on);
        // Made again after a stop: a new event, not the deleted one (field case 8).
        s.apply(SettingsCmd::MakeReminder {
            minutes: 22 * 60 + 30,
            now_ms: 1_801_000_000_000,
        });
        assert_ne!(s.reminder.uid(), uid, "a new series after a stop");
        assert_eq!(s.reminder.sequence, 1);
        let again = s.reminder.uid();
        s.apply(SettingsCmd::MakeReminder {
            minutes: 22 * 60,
            now_ms: 1_802_000_000_000,
        });
        assert_eq!(
            s.reminder.uid(),
            again,
            "changing the time keeps the live one"
        );
        s.apply(SettingsCmd::SetEveningFrom(5));
        assert_eq!(s.evening_from.label(), "16:00");
    }

    #[test]
    fn version_1_migrates_with_the_new_fields_at_their_defaults() {
        let s: Settings = decode(r#"{"v":1,"data":{"theme":"night"}}"#).expect("migrates");
        assert_eq!(s.theme, ThemeChoice::Night);
        assert_eq!(s.evening_from.label(), "20:00");
        assert!(!s.reminder_on);
    }

    #[test]
    fn commands_change_only_what_they_name() {
        let mut s = Settings::default();
        s.apply(SettingsCmd::SetTheme(ThemeChoice::Night));
        assert_eq!(s.theme, ThemeChoice::Night);
        s.apply(SettingsCmd::ToggleNight);
        assert_eq!(
            s.theme,
            ThemeChoice::System,
            "back to the theme before night mode"
        );
        assert_eq!(s.day_start.label(), "04:00");
        s.apply(SettingsCmd::SetDayStart(5 * 60 + 30));
        assert_eq!(s.day_start.label(), "05:30");
        s.apply(SettingsCmd::SetDayStart(23 * 60));
        assert_eq!(s.day_start.label(), "06:00", "clamped to the latest start");
        s.apply(SettingsCmd::DismissInstallHint);
        assert!(s.install_hint_dismissed);
        assert_eq!(decode::<Settings>(&encode(&s)), Ok(s));
    }

    #[test]
    fn stretch_preferences() {
        let mut s = Settings::default();
        assert_eq!(s.stretch.bedtime, Dose::BEDTIME);
        s.apply(SettingsCmd::SetDose(
            DoseOf::Bedtime,
            Dose {
                hold_s: 200,
                rest_s: 5,
                reps: 2,
            },
        ));
        assert_eq!(s.stretch.bedtime.hold_s, 60, "clamped");
        s.apply(SettingsCmd::SetSpeechRate(250));
        assert_eq!(s.stretch.rate(), 1.5);
        s.apply(SettingsCmd::SetSound(false));
        s.apply(SettingsCmd::ResetDoses);
        assert_eq!(s.stretch.bedtime, Dose::BEDTIME);
        assert!(!s.stretch.sound);
        // A v1 file from before the stretch settings existed still loads, with defaults.
        let old: Settings = decode(r#"{"v":1,"data":{"theme":"dark"}}"#).expect("loads");
        assert_eq!(old.stretch, StretchPrefs::default());
    }

    #[test]
    fn out_of_range_stored_day_start_is_clamped_on_use() {
        let s: Settings = decode(r#"{"v":1,"data":{"day_start":9999}}"#).expect("valid v1");
        assert_eq!(s.day_start.minutes(), DayStart::MAX_MINUTES);
    }

    #[test]
    fn theme_attributes() {
        assert_eq!(ThemeChoice::System.attribute(), None);
        assert_eq!(ThemeChoice::Night.attribute(), Some("night"));
        assert_eq!(ThemeChoice::Night.chrome_colour(), Some("#000000"));
    }
}
