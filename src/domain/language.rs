//! The languages Uncramp speaks, and which one a person gets.
//!
//! A language is picked the way browsers and the HTTP `Accept-Language` header pick one: the
//! person's own list of preferred languages (`navigator.languages`, most wanted first, as
//! BCP 47 language tags such as `nl-BE`), matched by the *lookup* scheme of RFC 4647 section 3.4
//! on the primary language subtag. The first tag whose language the app has wins; with none,
//! English.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The English or the Dutch of a text the core words itself (the guide's steps, the red flags,
/// dates), side by side so a review reads them together. The views' words are in the locale
/// files (`src/locales`, leptos_i18n).
pub fn t(lang: Lang, en: &'static str, nl: &'static str) -> &'static str {
    match lang.words() {
        Lang::En => en,
        Lang::Nl => nl,
    }
}

/// A language the app has text for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (the text the app was written in, and the fallback).
    #[default]
    En,
    /// Dutch, for the Netherlands and Flanders.
    Nl,
}

/// The one language of a build for one language (cargo feature `lang-en` or `lang-nl`):
/// scripts/build makes one build per language and index.html loads the one it shows, so a
/// person downloads the words of their language only. `None` in a build with every language
/// (`trunk serve`, the tests).
pub const BUILT_FOR: Option<Lang> = if cfg!(feature = "lang-nl") {
    Some(Lang::Nl)
} else if cfg!(feature = "lang-en") {
    Some(Lang::En)
} else {
    None
};

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The language whose words a text in `self` is given in: `self`, but in a build for one
    /// language ([`BUILT_FOR`]) that language, the only one it has words for. Every choice of
    /// words goes through it (`match lang.words()`, [`t`]), so in such a build the compiler
    /// sees one branch and leaves the other languages' words out of the wasm.
    pub const fn words(self) -> Lang {
        match BUILT_FOR {
            Some(lang) => lang,
            None => self,
        }
    }

    /// The BCP 47 language tag (`<html lang>`, speech voices, `Intl` formats).
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
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

    /// Whether the app's text in this language is whole, so that a phone set to it gets it
    /// without asking. Dutch is (issue 23: every view, the health content with the Dutch and
    /// Belgian route, the first paint); a language added later is offered in Settings before
    /// it is whole, and nobody gets half a translation unasked.
    pub fn complete(self) -> bool {
        match self {
            Self::En | Self::Nl => true,
        }
    }

    /// The language's name as the language picker shows it: its name in itself (so a person
    /// who cannot read the current language still finds their own), marked in its own words
    /// while its text is not whole.
    pub fn choice_label(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Nl => "Nederlands",
        }
    }

    /// The first of the person's preferred languages that the app has whole
    /// ([`Lang::complete`]); English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        Self::negotiate_among(
            Self::ALL.into_iter().filter(|lang| lang.complete()),
            preferred,
        )
    }

    /// The first of the person's preferred languages that is among `offered` (RFC 4647
    /// lookup on the primary subtag); English when none is.
    pub fn negotiate_among<'a>(
        offered: impl IntoIterator<Item = Lang> + Clone,
        preferred: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        preferred
            .into_iter()
            .filter_map(Lang::of_tag)
            .find(|lang| offered.clone().into_iter().any(|o| o == *lang))
            .unwrap_or_default()
    }
}

/// The language the person chose in Settings, or the phone's (saved in the settings from
/// version 5, as `null` or a language tag such as `"nl"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageChoice {
    /// The first of the phone's languages that the app has ([`Lang::negotiate`]).
    #[default]
    Phone,
    Chosen(Lang),
}

impl Serialize for LanguageChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Phone => serializer.serialize_none(),
            Self::Chosen(lang) => serializer.serialize_some(lang.tag()),
        }
    }
}

impl<'de> Deserialize<'de> for LanguageChoice {
    /// Lenient: a language this build does not have (saved by a newer one, or in a backup
    /// edited by hand), or any value that is not a tag, reads as the phone's, so the rest of
    /// the settings still load. (A visitor, not `serde_json::Value`: the settings are read at
    /// start-up, and `Value` would add 10 KB to the first module.)
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ChoiceVisitor)
    }
}

struct ChoiceVisitor;

impl<'de> serde::de::Visitor<'de> for ChoiceVisitor {
    type Value = LanguageChoice;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a language tag or null")
    }

    fn visit_str<E>(self, tag: &str) -> Result<Self::Value, E> {
        Ok(Lang::of_tag(tag).map_or(LanguageChoice::Phone, LanguageChoice::Chosen))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(LanguageChoice::Phone)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(LanguageChoice::Phone)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(LanguageChoice::Phone)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(LanguageChoice::Phone)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(LanguageChoice::Phone)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(LanguageChoice::Phone)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(LanguageChoice::Phone)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map
            .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
            .is_some()
        {}
        Ok(LanguageChoice::Phone)
    }
}

/// The language the app shows at start-up: the one a link asks for (`?lang=`, for that visit),
/// else the one chosen in Settings, else the first of the phone's preferred languages
/// (`navigator.languages`) that the app has, else English.
pub fn pick<'a>(
    asked: Option<Lang>,
    choice: LanguageChoice,
    preferred: impl IntoIterator<Item = &'a str>,
) -> Lang {
    match (asked, choice) {
        (Some(lang), _) | (None, LanguageChoice::Chosen(lang)) => lang,
        (None, LanguageChoice::Phone) => Lang::negotiate(preferred),
    }
}

/// The language a link asks for with `?lang=<tag>` in its query string (`search`, with or
/// without the leading `?`), if the app has it: a link can open the app in a language for that
/// visit, whatever the phone's. Only the first `lang` counts.
pub fn asked_in_query(search: &str) -> Option<Lang> {
    crate::domain::query::query_value(search, "lang").and_then(Lang::of_tag)
}

/// The query string (`?` and all, or empty) that opens the app again in `lang` for that
/// visit (`Some`), or in the saved or phone's language (`None`): every `lang` pair of
/// `search` is dropped, the others kept in order.
pub fn query_for(search: &str, lang: Option<Lang>) -> String {
    let pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"))
        .map(str::to_owned)
        .chain(lang.map(|lang| format!("lang={}", lang.tag())))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
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
        let both = Lang::ALL;
        assert_eq!(Lang::negotiate_among(both, ["nl-NL", "en-GB"]), Lang::Nl);
        assert_eq!(Lang::negotiate_among(both, ["en-GB", "nl"]), Lang::En);
        // A Belgian phone set to French first and Dutch second gets Dutch, not the fallback.
        assert_eq!(
            Lang::negotiate_among(both, ["fr-BE", "nl-BE", "en"]),
            Lang::Nl
        );
        assert_eq!(
            Lang::negotiate_among(both, ["de-DE", "fr"]),
            Lang::En,
            "the fallback"
        );
        assert_eq!(Lang::negotiate_among(both, []), Lang::En, "an empty list");
    }

    /// Issue 23: Dutch is whole, so a phone set to Dutch (or Flemish) gets it unasked; a phone
    /// in a language the app lacks gets English; a choice in Settings wins.
    #[test]
    fn a_phone_set_to_dutch_gets_dutch() {
        assert!(Lang::En.complete() && Lang::Nl.complete());
        assert_eq!(Lang::negotiate(["nl-BE", "fr-BE"]), Lang::Nl);
        assert_eq!(
            Lang::negotiate(["fr-BE", "nl-BE"]),
            Lang::Nl,
            "the first the app has"
        );
        assert_eq!(Lang::negotiate(["fr-BE", "de"]), Lang::En);
        assert_eq!(
            pick(None, LanguageChoice::Chosen(Lang::En), ["nl-NL"]),
            Lang::En,
            "chosen"
        );
        assert_eq!(Lang::Nl.choice_label(), "Nederlands");
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
    fn a_link_beats_the_choice_which_beats_the_phone() {
        let phone = ["nl-BE", "fr-BE"];
        assert_eq!(pick(None, LanguageChoice::Phone, ["fr", "de"]), Lang::En);
        assert_eq!(
            pick(None, LanguageChoice::Chosen(Lang::En), phone),
            Lang::En
        );
        assert_eq!(
            pick(Some(Lang::Nl), LanguageChoice::Chosen(Lang::En), ["en"]),
            Lang::Nl
        );
        assert_eq!(
            pick(None, LanguageChoice::Phone, ["en-GB"]),
            Lang::En,
            "the phone's"
        );
    }

    #[test]
    fn the_choice_is_saved_as_a_tag_and_read_leniently() {
        let json = |c: LanguageChoice| serde_json::to_string(&c).expect("serializes");
        assert_eq!(json(LanguageChoice::Phone), "null");
        assert_eq!(json(LanguageChoice::Chosen(Lang::Nl)), "\"nl\"");
        let read = |s: &str| serde_json::from_str::<LanguageChoice>(s).expect("reads");
        assert_eq!(read("\"nl\""), LanguageChoice::Chosen(Lang::Nl));
        assert_eq!(read("\"nl-BE\""), LanguageChoice::Chosen(Lang::Nl));
        assert_eq!(read("null"), LanguageChoice::Phone);
        // A language of a newer build, or a value edited by hand: the phone's, not an error.
        assert_eq!(read("\"fr\""), LanguageChoice::Phone);
        assert_eq!(read("3"), LanguageChoice::Phone);
        assert_eq!(read("{\"x\":[1,\"nl\"]}"), LanguageChoice::Phone);
        assert_eq!(read("[\"nl\"]"), LanguageChoice::Phone);
        assert_eq!(read("true"), LanguageChoice::Phone);
        assert_eq!(read("-2.5"), LanguageChoice::Phone);
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
    fn a_query_can_be_rewritten_for_a_language() {
        assert_eq!(query_for("?lang=nl", None), "");
        assert_eq!(query_for("", None), "");
        assert_eq!(query_for("", Some(Lang::Nl)), "?lang=nl");
        assert_eq!(
            query_for("?start=cramp&lang=en&lang=nl", Some(Lang::Nl)),
            "?start=cramp&lang=nl"
        );
        assert_eq!(query_for("?language=x&lang", None), "?language=x");
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
