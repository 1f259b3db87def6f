//! Files that leave the phone, the same way everywhere (the backup, the diary's CSV, the
//! calendar file, a copy of unreadable data): [`offer`] hands the file to
//! [`browser::deliver`] (share sheet, download, or text to copy) and [`FileOutStatus`] says how
//! it went under the button, with the next step the user can follow. Where neither a share nor
//! a download can work (the iPhone home-screen app without file sharing) it shows the text
//! with a Copy button.

use crate::browser::{self, Delivered, OutFile, OutState, Words};
use crate::tr;
use leptos::prelude::*;

/// Offers `file` (call it inside the user's tap); `delivered` runs when it has left the app
/// (shared, downloaded, or copied), to record it.
pub fn offer(
    file: OutFile,
    words: Words,
    state: RwSignal<Option<OutState>>,
    delivered: impl Fn() + Copy + 'static,
) {
    let copy = file.clone();
    browser::deliver(file, move |outcome| {
        let next = match outcome {
            Delivered::Shared => {
                delivered();
                Some(OutState::Said(words.shared.into(), false))
            }
            Delivered::Downloaded => {
                delivered();
                Some(OutState::Said(words.downloaded.into(), false))
            }
            Delivered::Cancelled => None,
            Delivered::Busy => Some(OutState::Said(tr!(shell.share_busy).into(), false)),
            Delivered::CopyOut => Some(OutState::Copy(copy)),
            Delivered::Failed(e) => Some(OutState::Said(
                tr!(shell.file_failed, error = failure_words(e)).to_string(),
                true,
            )),
        };
        state.try_set(next);
    });
}

/// What became of the last file offered: a line, or the text to copy.
#[component]
pub fn FileOutStatus(
    /// The state [`offer`] sets.
    state: RwSignal<Option<OutState>>,
    /// Runs when the text was copied (the file has left, as text).
    #[prop(optional)]
    on_copied: Option<Callback<()>>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    move || {
        state.get().map(|s| match s {
            OutState::Said(text, problem) => view! {
                <p role=if problem { "alert" } else { "status" } class=if problem { "field__error" } else { "status" }>{text}</p>
            }
            .into_any(),
            OutState::Copy(file) => {
                let text = file.text.clone();
                let copy = move |_| {
                    browser::copy_text(&text, move |ok| {
                        copied.try_set(Some(ok));
                        if ok {
                            if let Some(done) = on_copied {
                                done.run(());
                            }
                        }
                    })
                };
                view! {
                    <div class="copyout" role="group" aria-labelledby="copyout-title">
                        <p id="copyout-title">
                            <strong>{tr!(shell.cannot_save)}</strong>
                            {tr!(shell.copy_how, file = file.name.clone()).to_string()}
                        </p>
                        <textarea class="input copyout__text" readonly rows="6" aria-label=tr!(shell.text_of, file = file.name.clone()).to_string() prop:value=file.text.clone()></textarea>
                        <button type="button" class="button button--primary" on:click=copy>{tr!(shell.copy_text)}</button>
                        {move || copied.get().map(|ok| view! {
                            <p role="status" class=if ok { "status" } else { "field__error" }>
                                {if ok { tr!(shell.copied) } else { tr!(shell.not_copied) }}
                            </p>
                        })}
                    </div>
                }
                .into_any()
            }
        })
    }
}

/// Why a download failed, in the language shown.
fn failure_words(failure: crate::browser::DownloadFailure) -> &'static str {
    use crate::browser::DownloadFailure;
    use crate::domain::language::t;
    let lang = crate::translations::shown();
    match failure {
        DownloadFailure::Prepare => t(
            lang,
            "the browser could not prepare the file",
            "de browser kon het bestand niet klaarmaken",
        ),
        DownloadFailure::Start => t(
            lang,
            "the browser could not start the download",
            "de browser kon het downloaden niet starten",
        ),
    }
}
