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
