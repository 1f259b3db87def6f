//! The languages Uncramp speaks, and which one a person gets.
//!
//! A language is picked the way browsers and the HTTP `Accept-Language` header pick one: the
//! person's own list of preferred languages (`navigator.languages`, most wanted first, as
//! BCP 47 language tags such as `nl-BE`), matched by the *lookup* scheme of RFC 4647 section 3.4
//! on the primary language subtag. The first tag whose language the app has wins; with none,
//! English.

/// A language the app has text for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (the text the app was written in, and the fallback).
    #[default]
    En,
    /// Dutch, for the Netherlands and Flanders.
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The BCP 47 language tag (`<html lang>`, speech voices, `Intl` formats).
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
        }
    }

    /// The language's name in itself, as a language picker shows it (so a person who cannot
    /// read the current language still finds their own).
    pub fn endonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Nl => "Nederlands",
        }
    }

    /// The language of one BCP 47 tag, by its primary subtag, ignoring case (`nl-BE`,
    /// `NL`, `en-GB`, `en_US` as some systems write it). `None` for a language the app does
    /// not have, or for `*` and empty tags.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Self::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }

    /// The first of the person's preferred languages that the app has (RFC 4647 lookup on
    /// the primary subtag); English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::of_tag)
            .unwrap_or_default()
    }
}

/// The language a link asks for with `?lang=<tag>` in its query string (`search`, with or
/// without the leading `?`), if the app has it: a link can open the app in a language for that
/// visit, whatever the phone's. Only the first `lang` counts.
pub fn asked_in_query(search: &str) -> Option<Lang> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, tag)| Lang::of_tag(tag))
}

/// Whether a device's speech voices, given by their BCP 47 language tags (`SpeechSynthesisVoice.lang`),
/// include one for `lang`. Without one, a browser may stay silent or read the text with a voice
/// of another language, so Settings says so.
pub fn has_voice_for<'a>(lang: Lang, voices: impl IntoIterator<Item = &'a str>) -> bool {
    voices
        .into_iter()
        .any(|tag| Lang::of_tag(tag) == Some(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_preferred_language_the_app_has_wins() {
        assert_eq!(Lang::negotiate(["nl-NL", "en-GB"]), Lang::Nl);
        assert_eq!(Lang::negotiate(["en-GB", "nl"]), Lang::En);
        // A Belgian phone set to French first and Dutch second gets Dutch, not the fallback.
        assert_eq!(Lang::negotiate(["fr-BE", "nl-BE", "en"]), Lang::Nl);
        assert_eq!(Lang::negotiate(["de-DE", "fr"]), Lang::En, "the fallback");
        assert_eq!(Lang::negotiate([]), Lang::En, "an empty list");
    }

    #[test]
    fn tags_match_on_the_primary_subtag_in_any_case() {
        assert_eq!(Lang::of_tag("NL-be"), Some(Lang::Nl));
        assert_eq!(Lang::of_tag("nl_NL"), Some(Lang::Nl));
        assert_eq!(Lang::of_tag(" en "), Some(Lang::En));
        assert_eq!(Lang::of_tag("*"), None);
        assert_eq!(Lang::of_tag(""), None);
        // Not a prefix match: Low German (nds) and Nepali (ne) are not Dutch or English.
        assert_eq!(Lang::of_tag("nds-NL"), None);
        assert_eq!(Lang::of_tag("enm"), None);
    }

    #[test]
    fn a_link_can_ask_for_a_language() {
        assert_eq!(asked_in_query("?lang=nl"), Some(Lang::Nl));
        assert_eq!(asked_in_query("start=cramp&lang=nl-BE"), Some(Lang::Nl));
        assert_eq!(
            asked_in_query("?lang=en&lang=nl"),
            Some(Lang::En),
            "the first"
        );
        assert_eq!(asked_in_query("?lang=fr"), None, "a language the app lacks");
        assert_eq!(asked_in_query("?language=nl"), None);
        assert_eq!(asked_in_query(""), None);
        assert_eq!(asked_in_query("?lang"), None);
    }

    #[test]
    fn a_voice_counts_for_its_language_only() {
        assert!(has_voice_for(Lang::En, ["nl-NL", "en-GB"]));
        assert!(
            has_voice_for(Lang::En, ["en_US"]),
            "Android writes an underscore"
        );
        assert!(!has_voice_for(Lang::En, ["nl-NL", "nl-BE"]));
        assert!(!has_voice_for(Lang::Nl, []), "no voices at all");
        assert!(has_voice_for(Lang::Nl, ["nl-BE"]));
    }
}
