//! Display-only markup built as strings: lists, charts and pictures whose only interaction is
//! a delegated click (`data-cmd`). Much smaller in wasm than the same markup as typed views,
//! and every piece of user text goes through [`escape`].

use crate::domain::learn::sources::Src;
use leptos::prelude::*;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A `<div>` whose content is the markup `html` returns, re-rendered when it changes.
/// Focus survives a re-render: the element that had it (found again by its `id`) gets it back.
#[component]
pub fn Markup(
    /// The markup (escape user text with [`escape`]).
    html: Signal<String>,
    /// The div's class.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |previous: Option<String>| {
        let markup = html.get();
        // The first render came with the view (no flash); later ones replace the content.
        if previous.is_none() || previous.as_deref() == Some(markup.as_str()) {
            return markup;
        }
        if let Some(el) = node.get() {
            let focused = document()
                .active_element()
                .filter(|a| el.contains(Some(a)))
                .map(|a| a.id())
                .filter(|id| !id.is_empty());
            el.set_inner_html(&markup);
            if let Some(id) = focused {
                if let Some(again) = document().get_element_by_id(&id) {
                    if let Some(again) =
                        wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&again)
                    {
                        let _ = again.focus();
                    }
                }
            }
        }
        markup
    });
    view! { <div class=class node_ref=node inner_html=move || html.get_untracked()></div> }
}

/// A small "[n]" link to a source in the Learn view's list.
pub fn source_ref(src: Src) -> impl IntoView {
    let n = src.number();
    view! {
        <a class="ref" href=format!("learn/#src-{n}") aria-label=crate::tr!(common.source, n = n, name = src.short()).to_string()>{format!("[{n}]")}</a>
    }
}

/// Compares markup with its snapshot in `tests/snapshots/<name>.html` (host tests of the
/// escaped-markup helpers). `UPDATE_SNAPSHOTS=1 cargo test` rewrites the snapshots.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub fn check_snapshot(name: &str, html: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.html"));
    // One element per line, so a change reads as a small diff.
    let pretty = html.replace("><", ">\n<") + "\n";
    if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &pretty).expect("write the snapshot");
    }
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        saved, pretty,
        "{name}: markup changed; if on purpose, run UPDATE_SNAPSHOTS=1 cargo test"
    );
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_everything_that_could_become_markup() {
        assert_eq!(
            escape(r#"<img src=x onerror=alert(1)> & "q" 'a'"#),
            "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;"
        );
        assert_eq!(escape("plain é"), "plain é");
    }
}
