//! The install hint: the browser's own prompt where there is one, Share → Add to Home Screen
//! on iOS Safari, and nothing once installed.

use crate::browser::OutState;
use crate::domain::settings::SettingsCmd;
use crate::pwa::{Install, Pwa};
use crate::state::shared::ExportAll;
use crate::state::Stores;
use crate::tr;
use crate::ui::act::{read, ViewCmd};
use crate::ui::file_out::FileOutStatus;
use crate::ui::icons::{Icon, Svg};
use leptos::prelude::*;

crate::view_commands! {
    /// What the install card's buttons do.
    pub enum InstallCmd {
        Install = "install",
        Dismiss = "install-dismiss",
        SaveFirst = "install-save-first",
        ;
    }
}

/// A small dismissible card; `dismissible` ones stay closed once closed.
#[component]
pub fn InstallHint(
    /// Whether the card has a close button (on the home view) or is always shown (Settings).
    #[prop(optional)]
    dismissible: bool,
) -> impl IntoView {
    let pwa = expect_context::<Pwa>();
    let stores = expect_context::<Stores>();
    let out = RwSignal::new(None::<OutState>);
    let hidden = move || {
        pwa.install.get() == Install::Nothing
            || (dismissible && stores.settings.with(|s| s.install_hint_dismissed))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<InstallCmd>(&ev) else {
            return;
        };
        // Handled here: the view around this card has a delegated handler of its own.
        ev.stop_propagation();
        match cmd {
            InstallCmd::Install => pwa.prompt_install(),
            InstallCmd::Dismiss => stores
                .settings
                .update(|s| s.apply(SettingsCmd::DismissInstallHint)),
            InstallCmd::SaveFirst => {
                out.set(None);
                if let Some(ExportAll(export)) = use_context::<ExportAll>() {
                    export(stores, out);
                }
            }
        }
    };
    view! {
        {move || {
            let install = pwa.install.get();
            (!hidden())
                .then(|| {
                    view! {
                        <aside class="card install" lang=crate::translations::shown().tag() aria-labelledby="install-title" on:click=on_click>
                            <h2 id="install-title" class="card__title">{tr!(install.title)}</h2>
                            <p>{tr!(install.why)}</p>
                            <button
                                type="button"
                                class="button button--primary"
                                data-cmd=InstallCmd::Install.render()
                                hidden=install != Install::Prompt
                            >
                                {tr!(install.install)}
                            </button>
                            <ol class="install__steps" hidden=install != Install::IosShareSheet>
                                <li>{tr!(install.step_share)}</li>
                                <li>
                                    {tr!(install.step_scroll)} <strong>{tr!(install.add_to_home)}</strong>
                                    {tr!(install.step_more)} <strong>{tr!(install.view_more)}</strong> {tr!(install.step_more_end)}
                                </li>
                                <li>{tr!(install.step_tap)} <strong>{tr!(install.add)}</strong> "."</li>
                            </ol>
                            // Safari and the home-screen app do not share storage on iOS.
                            <div class="install__carry" hidden=install != Install::IosShareSheet>
                                <p>
                                    <strong>{tr!(install.stays)}</strong>
                                    {tr!(install.carry)}
                                </p>
                                <button type="button" class="button" data-cmd=InstallCmd::SaveFirst.render()>{tr!(install.save_first)}</button>
                                <FileOutStatus state=out />
                            </div>
                            <button
                                type="button"
                                class="iconbutton card__close"
                                aria-label=tr!(install.close)
                                data-cmd=InstallCmd::Dismiss.render()
                                hidden=!dismissible
                            >
                                <Svg icon=Icon::Close />
                            </button>
                        </aside>
                    }
                })
        }}
    }
}
