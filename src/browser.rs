//! Small pieces of browser glue the views share: the clock and file downloads.

use crate::domain::time;
use wasm_bindgen::JsCast;

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The local date and time now (follows Playwright's fake clock too).
pub fn local_now() -> chrono::DateTime<chrono::Local> {
    chrono::Local::now()
}

/// The local wall-clock time of an instant (epoch ms).
pub fn local_datetime(ms: f64) -> chrono::NaiveDateTime {
    use chrono::TimeZone;
    chrono::Local
        .timestamp_millis_opt(ms as i64)
        .single()
        .map(|t| t.naive_local())
        .unwrap_or_else(|| local_now().naive_local())
}

/// Today's local calendar date as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    time::iso_date(local_now().date_naive())
}

/// Now as an RFC 3339 timestamp with the local offset.
pub fn timestamp_now() -> String {
    let now = local_now();
    time::iso_timestamp(now.naive_local(), now.offset().local_minus_utc() / 60)
}

/// Offers `text` to the user as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let document = leptos::prelude::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "the browser could not start the download".to_string())?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
        anchor.click();
        anchor.remove();
    }
    // Let the download start before the URL goes away.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Offers a file to the phone: the share sheet where the browser can share files (so a
/// calendar file goes straight to the calendar app), a download otherwise.
pub fn share_or_download(name: &str, mime: &str, text: &str, title: &str) -> Result<(), String> {
    if let Some((navigator, data)) = share_data(name, mime, text, title) {
        let share = js_sys::Reflect::get(&navigator, &"share".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(promise) = share
            .and_then(|f| f.call1(&navigator, &data).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        {
            let (name, mime, text) = (name.to_owned(), mime.to_owned(), text.to_owned());
            leptos::task::spawn_local(async move {
                if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
                    // Cancelled by the user: nothing to do. Refused: download instead.
                    let cancelled = js_sys::Reflect::get(&e, &"name".into())
                        .ok()
                        .and_then(|n| n.as_string())
                        .is_some_and(|n| n == "AbortError");
                    if !cancelled {
                        let _ = download(&name, &mime, &text);
                    }
                }
            });
            return Ok(());
        }
    }
    download(name, mime, text)
}

/// `{ files: [File], title }` when `navigator.canShare` accepts it.
fn share_data(
    name: &str,
    mime: &str,
    text: &str,
    title: &str,
) -> Option<(wasm_bindgen::JsValue, js_sys::Object)> {
    let navigator: wasm_bindgen::JsValue = leptos::prelude::window().navigator().into();
    let can_share = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let file = web_sys::File::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&text.into()),
        name,
        &options,
    )
    .ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    let ok = can_share.call1(&navigator, &data).ok()?.as_bool()?;
    ok.then_some((navigator, data))
}
