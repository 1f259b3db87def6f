//! Delegated events: a view has one click (and one change) handler on its root, and its
//! controls say what they do with `data-cmd="…"`.
//!
//! Each `on:click` closure in Leptos is its own generic instance (about 0.45 KB of gzipped
//! wasm each); one handler per view that matches on the command keeps the app small. The
//! controls stay real `<button>`s and `<input>`s, so keyboards and screen readers see no
//! difference.

use wasm_bindgen::JsCast;

/// The `data-cmd` of the control an event came from (the closest element that has one).
pub fn command(ev: &web_sys::Event) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let control = target.closest("[data-cmd]").ok()??;
    if control.has_attribute("disabled") {
        return None;
    }
    control.get_attribute("data-cmd")
}

/// The input or select an event came from: its `name`, `value` and `checked`.
pub fn field(ev: &web_sys::Event) -> Option<Field> {
    let target = ev.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(Field {
            name: input.name(),
            value: input.value(),
            checked: input.checked(),
            input: Some(input.clone()),
        });
    }
    let select = target.dyn_ref::<web_sys::HtmlSelectElement>()?;
    Some(Field {
        name: select.name(),
        value: select.value(),
        checked: false,
        input: None,
    })
}

/// What [`field`] reads from a form control.
pub struct Field {
    pub name: String,
    pub value: String,
    pub checked: bool,
    /// The element itself when it is an `<input>` (for files).
    pub input: Option<web_sys::HtmlInputElement>,
}

/// A view's commands: each variant renders its own `data-cmd` value and parses it back, so a
/// view never reads a command by hand (`unwrap_or(0)` on a bad number once picked item 0).
pub trait ViewCmd: Sized {
    /// The `data-cmd` value: `"pause"`, `"sev:5"`.
    fn render(&self) -> String;
    /// The command a `data-cmd` value names; `None` for an unknown or malformed one.
    fn parse(text: &str) -> Option<Self>;
}

/// The typed command of the control an event came from. An unknown or malformed one is
/// ignored and logged (a bug in the view's markup), never read as some other command.
pub fn read<C: ViewCmd>(ev: &web_sys::Event) -> Option<C> {
    let text = command(ev)?;
    let cmd = C::parse(&text);
    if cmd.is_none() {
        leptos::logging::warn!("ignored an unknown command: {text:?}");
    }
    cmd
}

/// Defines a view's command enum and its [`ViewCmd`] impl from one list: unit commands
/// (`Pause = "pause",`), a `;`, then commands with one argument (`Severity(u8) = "sev",`,
/// rendered `"sev:5"`). `samples()` lists every variant (arguments at their default), for the
/// round-trip test every view has.
#[macro_export]
macro_rules! view_commands {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$umeta:meta])* $unit:ident = $uverb:literal, )*
            ;
            $( $(#[$ameta:meta])* $with:ident($arg:ty) = $averb:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        $vis enum $name {
            $( $(#[$umeta])* $unit, )*
            $( $(#[$ameta])* $with($arg), )*
        }

        impl $crate::ui::act::ViewCmd for $name {
            fn render(&self) -> String {
                match self {
                    $( Self::$unit => $uverb.to_string(), )*
                    $( Self::$with(arg) => format!("{}:{}", $averb, arg), )*
                }
            }

            fn parse(text: &str) -> Option<Self> {
                let (verb, arg) = match text.split_once(':') {
                    Some((verb, arg)) => (verb, Some(arg)),
                    None => (text, None),
                };
                match verb {
                    $( $uverb if arg.is_none() => Some(Self::$unit), )*
                    $( $averb => arg?.parse::<$arg>().ok().map(Self::$with), )*
                    _ => None,
                }
            }
        }

        impl $name {
            /// Every variant, arguments at their default (for tests).
            #[allow(dead_code)]
            pub fn samples() -> Vec<Self> {
                vec![ $( Self::$unit, )* $( Self::$with(<$arg>::default()), )* ]
            }
        }
    };
}

/// Checks that every command of a view renders a value that parses back to it, and that
/// malformed values parse to nothing.
#[cfg(test)]
pub fn check_round_trip<C: ViewCmd + PartialEq + std::fmt::Debug>(samples: Vec<C>) {
    for c in samples {
        let text = c.render();
        assert_eq!(C::parse(&text).as_ref(), Some(&c), "{text}");
        match text.split_once(':') {
            // A command without an argument takes none; one with an argument needs it.
            None => assert!(C::parse(&format!("{text}:1")).is_none(), "{text}:1"),
            Some((verb, _)) => assert!(C::parse(verb).is_none(), "{verb} alone"),
        }
    }
    for bad in ["", "no-such-command", ":", "x:1"] {
        assert!(C::parse(bad).is_none(), "{bad}");
    }
}
