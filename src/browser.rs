//! Small pieces of browser glue the views share: the clock, the platform, and files that
//! leave the app (share sheet, download, or text to copy).

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

/// The person's preferred languages, most wanted first (`navigator.languages`, BCP 47 tags);
/// just `navigator.language` where the list is empty.
pub fn preferred_languages() -> Vec<String> {
    let navigator = leptos::prelude::window().navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The language this address asks for (`?lang=`), if the app has it.
pub fn asked_language() -> Option<crate::domain::language::Lang> {
    leptos::prelude::window()
        .location()
        .search()
        .ok()
        .and_then(|search| crate::domain::language::asked_in_query(&search))
}

/// The language of a start without a link's `?lang=` (index.html's first script puts it in
/// `<html data-lang-start>`: the choice saved in Settings, else the phone's).
pub fn start_language() -> Option<crate::domain::language::Lang> {
    leptos::prelude::document()
        .document_element()
        .and_then(|html| html.get_attribute("data-lang-start"))
        .and_then(|tag| crate::domain::language::Lang::of_tag(&tag))
}

/// In a build for one language, the addresses of `lang`'s build (its entry script and first
/// module), from the table scripts/build puts in index.html (`<meta name="uncramp-builds">`,
/// the builds by language tag); `None` in a build with every language (no table), or for a
/// language with no build of its own.
pub fn build_of(lang: crate::domain::language::Lang) -> Option<Vec<String>> {
    let table = leptos::prelude::document()
        .query_selector(r#"meta[name="uncramp-builds"]"#)
        .ok()??
        .get_attribute("content")?;
    // The browser's JSON parser: serde_json's for this map cost 12 KB in the Settings module.
    let table = js_sys::JSON::parse(&table).ok()?;
    let files = js_sys::Reflect::get(&table, &lang.tag().into()).ok()?;
    let files: js_sys::Array = files.dyn_into().ok()?;
    Some(files.iter().filter_map(|f| f.as_string()).collect())
}

/// Whether the host answers for `url` now: a `HEAD` request (no body downloaded), past the
/// browser's HTTP cache (`no-store`: a file seen before may be there offline while the rest of
/// its build is not) and past the service worker (its routes take `GET` only).
pub async fn answers(url: &str) -> bool {
    let init = web_sys::RequestInit::new();
    init.set_method("HEAD");
    init.set_cache(web_sys::RequestCache::NoStore);
    let fetch = leptos::prelude::window().fetch_with_str_and_init(url, &init);
    let Ok(response) = wasm_bindgen_futures::JsFuture::from(fetch).await else {
        return false;
    };
    response
        .dyn_into::<web_sys::Response>()
        .is_ok_and(|r| r.ok())
}

/// What the app knows of the phone it runs on (from the user agent and display mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Platform {
    /// An iPhone or iPad (an iPad may say it is a Mac, with a touch screen).
    pub ios: bool,
    /// Running as the installed app (home screen), not in a browser tab.
    pub standalone: bool,
}

impl Platform {
    /// Safari keeps a tab's data apart from the home-screen app's, and deletes it after 7 days
    /// of Safari use without a visit (WebKit's storage policy).
    pub fn ios_tab(self) -> bool {
        self.ios && !self.standalone
    }

    /// The iPhone home-screen app: a plain download does nothing or opens a preview the user
    /// cannot leave, so files leave through the share sheet.
    pub fn ios_app(self) -> bool {
        self.ios && self.standalone
    }
}

/// The phone this runs on.
pub fn platform() -> Platform {
    let Some(window) = web_sys::window() else {
        return Platform::default();
    };
    let navigator = window.navigator();
    let ua = navigator.user_agent().unwrap_or_default();
    let ipad_as_mac = ua.contains("Macintosh") && navigator.max_touch_points() > 1;
    let ios = ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod") || ipad_as_mac;
    let display = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let ios_standalone = js_sys::Reflect::get(&navigator, &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    Platform {
        ios,
        standalone: display || ios_standalone,
    }
}

/// A file the app offers to the user: a backup, the diary's CSV, a calendar file, a copy of
/// unreadable data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
    /// What the share sheet calls it.
    pub title: &'static str,
}

/// What to say once a file has left the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// After the share sheet took it.
    pub shared: &'static str,
    /// After a download started.
    pub downloaded: &'static str,
}

/// Where an offered file got to, for the line under the button (`ui::file_out`).
#[derive(Debug, Clone, PartialEq)]
pub enum OutState {
    /// A short outcome, and whether it is a problem.
    Said(String, bool),
    /// The text to copy out, because no file can leave from here.
    Copy(OutFile),
}

/// How a file left the app (or why it could not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// The share sheet took it (to Files, Mail, a calendar …).
    Shared,
    /// The user closed the share sheet.
    Cancelled,
    /// A share sheet is still open (a second tap): nothing was done.
    Busy,
    /// Downloaded (to Downloads, or opened by an app that takes the type).
    Downloaded,
    /// Neither can work here (the iPhone home-screen app without file sharing): the caller
    /// shows the text to copy.
    CopyOut,
    /// The browser could not prepare the file or start its download.
    Failed(DownloadFailure),
}

/// Why a download could not start (worded by the view, in the language shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownloadFailure {
    /// The file could not be made (`Blob`, or its address).
    Prepare,
    /// The link that starts the download could not be made.
    Start,
}

/// Offers a file, the same way for every file the app writes: the share sheet where the
/// browser can share files (`navigator.canShare({ files })`), a download where it cannot, and
/// on the iPhone home-screen app (where a download does nothing or traps the user in a
/// preview) the text to copy instead. Call it inside the user's tap: the share sheet needs
/// it. `done` hears how it went.
pub fn deliver(file: OutFile, done: impl FnOnce(Delivered) + 'static) {
    let here = platform();
    let Some((navigator, data)) = share_data(&file) else {
        return done(if here.ios_app() {
            Delivered::CopyOut
        } else {
            download(&file)
        });
    };
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&navigator, &data).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = share else {
        return done(download(&file));
    };
    leptos::task::spawn_local(async move {
        let outcome = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => Delivered::Shared,
            Err(e) => match js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .as_deref()
            {
                Some("AbortError") => Delivered::Cancelled,
                // A share sheet is already open (iOS refuses a second one): not a failure.
                Some("InvalidStateError") => Delivered::Busy,
                // Refused (the type is not allowed, or the tap's permission ran out): a
                // download, where one can work.
                _ if here.ios_app() => Delivered::CopyOut,
                _ => download(&file),
            },
        };
        done(outcome);
    });
}

/// Offers the file as a download.
fn download(file: &OutFile) -> Delivered {
    match start_download(&file.name, file.mime, &file.text) {
        Ok(()) => Delivered::Downloaded,
        Err(e) => Delivered::Failed(e),
    }
}

/// Starts a download of `text` named `name` (a hidden link to a `blob:` address).
fn start_download(name: &str, mime: &str, text: &str) -> Result<(), DownloadFailure> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadFailure::Prepare)?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| DownloadFailure::Prepare)?;
    let document = leptos::prelude::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| DownloadFailure::Start)?
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

/// `{ files: [File], title }` when `navigator.canShare` accepts it.
fn share_data(file: &OutFile) -> Option<(wasm_bindgen::JsValue, js_sys::Object)> {
    let navigator: wasm_bindgen::JsValue = leptos::prelude::window().navigator().into();
    let can_share = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let options = web_sys::FilePropertyBag::new();
    options.set_type(file.mime);
    let shared = web_sys::File::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&file.text.as_str().into()),
        &file.name,
        &options,
    )
    .ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&shared)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &file.title.into()).ok()?;
    let ok = can_share.call1(&navigator, &data).ok()?.as_bool()?;
    ok.then_some((navigator, data))
}

/// Copies `text` to the clipboard (inside a tap); `done` hears whether it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    let promise = clipboard.write_text(text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
