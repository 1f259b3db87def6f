//! What Settings says about this phone: whether it has a voice for the guide's language, and
//! whether its browser may delete Uncramp's data.

use crate::tr;
use leptos::prelude::*;

/// How long Settings waits for the browser to list its voices before taking "none" as the
/// answer (Chromium lists them a moment after the page asks; a browser with none never does).
const VOICE_WAIT_MS: u64 = 2_000;

/// Says, while spoken instructions are on, when this phone has no voice for the guide's
/// language: the browser may then stay silent or read the steps with another language's voice.
#[component]
pub(super) fn VoiceHint(speech: Signal<bool>) -> impl IntoView {
    use crate::domain::language::has_voice_for;
    use crate::features::stretch::cues;
    // `None` until the voices are known.
    let voices = RwSignal::new(Some(cues::voice_langs()).filter(|tags| !tags.is_empty()));
    cues::on_voices_changed(move || {
        voices.try_set(Some(cues::voice_langs()));
    });
    let settle = set_timeout_with_handle(
        move || {
            voices.try_update(|known| {
                if known.is_none() {
                    *known = Some(Vec::new());
                }
            });
        },
        std::time::Duration::from_millis(VOICE_WAIT_MS),
    );
    on_cleanup(move || {
        if let Ok(handle) = settle {
            handle.clear();
        }
    });
    let missing = move || {
        cues::can_speak()
            && speech.get()
            && voices.with(|known| {
                known.as_ref().is_some_and(|tags| {
                    !has_voice_for(cues::spoken(), tags.iter().map(String::as_str))
                })
            })
    };
    view! {
        <Show when=missing>
            <p class="hint" id="voice-hint">{tr!(settings.no_voice, language = language_name(cues::spoken())).to_string()}</p>
        </Show>
    }
}

/// Why the data may be lost in this browser, said plainly with the ways out (a Safari tab on
/// an iPhone; a browser that did not promise to keep it), or that it promised.
/// A language's name in the language the app shows ("English", "Engels").
pub(super) fn language_name(lang: crate::domain::language::Lang) -> &'static str {
    match lang {
        crate::domain::language::Lang::En => tr!(language.en),
        crate::domain::language::Lang::Nl => tr!(language.nl),
    }
}

#[component]
pub(super) fn StorageRisk() -> impl IntoView {
    let here = crate::browser::platform();
    let durable = use_context::<crate::state::shared::Durable>().map(|d| d.0);
    move || {
        let text = if here.ios_tab() {
            Some(tr!(settings.storage_ios))
        } else {
            match durable.and_then(|d| d.get()) {
                Some(false) => Some(tr!(settings.storage_not_promised)),
                Some(true) => Some(tr!(settings.storage_promised)),
                None => None,
            }
        };
        text.map(|t| view! { <p class="hint storage-risk">{t}</p> })
    }
}
