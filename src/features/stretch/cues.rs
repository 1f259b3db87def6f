//! Cues that work with eyes closed: Web Audio tones, spoken instructions, vibration, and the
//! screen wake lock. Browser glue only; what to cue and when comes from `domain::stretch::timer`.
//!
//! - The AudioContext is created and resumed in the Start tap (iOS needs a gesture) and
//!   resumed again before cues, from "suspended" only (resuming an "interrupted" one, after a
//!   phone call or Siri, leaves it dead on iOS). A context that is interrupted, closed, or
//!   "running" with a clock that does not move is lost ([`sound_lost`]): the guide offers "Tap
//!   to turn on sound" again, and that tap makes a new one.
//! - Where the browser has the Audio Session API (`navigator.audioSession`, Safari), the guide
//!   asks for "playback" while it runs, so an iPhone's silent switch does not mute the tones
//!   (it pauses other audio meanwhile); without it the guide says once that silent mode may
//!   mute them ([`silent_switch_mutes`]).
//! - The tones for the end of the current step (3, 2, 1 and the step chime) are scheduled
//!   ahead on the audio clock, so they sound on time even when the page's timers are
//!   throttled; they are rescheduled whenever the plan changes (pause, skip, +30 s).
//! - Speech is unlocked in the Start tap too (an empty utterance); where there is no voice,
//!   nothing is said and nothing fails.
//! - Everything is feature-detected: missing APIs are silently skipped.

use crate::domain::language::Lang;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AudioContext, AudioContextState, OscillatorNode, OscillatorType};

thread_local! {
    static AUDIO: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
    /// Tones scheduled for the end of the current step.
    static SCHEDULED: RefCell<Vec<OscillatorNode>> = const { RefCell::new(Vec::new()) };
    /// When (epoch ms) the scheduled step-end chime sounds.
    static PLANNED_END: Cell<Option<f64>> = const { Cell::new(None) };
    static WAKE_LOCK: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Whether the guide wants the screen on (a request may still be on its way).
    static WANT_AWAKE: Cell<bool> = const { Cell::new(false) };
    static REQUESTING: Cell<bool> = const { Cell::new(false) };
    /// The audio clock as last compared (the browser's own time in ms, context seconds), to see
    /// whether it moves.
    static CLOCK_READ: Cell<Option<(f64, f64)>> = const { Cell::new(None) };
    /// The context was found lost: the next tap makes a new one.
    static LOST: Cell<bool> = const { Cell::new(false) };
}

/// The state of an audio context as the browser names it: "running", "suspended", "closed",
/// or "interrupted" (Safari), which web-sys's enum does not know.
fn state_name(ctx: &AudioContext) -> String {
    js_sys::Reflect::get(ctx, &"state".into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// `navigator.audioSession`, where the browser has it (Safari 17 and later).
fn audio_session() -> Option<JsValue> {
    js_sys::Reflect::get(&window().navigator(), &"audioSession".into())
        .ok()
        .filter(|s| s.is_object())
}

/// Whether an iPhone's silent switch may mute the guide's tones here: an iPhone without the
/// Audio Session API (the guide says so once, and Settings says it beside the tones).
pub fn silent_switch_mutes() -> bool {
    crate::browser::platform().ios && audio_session().is_none()
}

/// The context's clock beside the browser's own time (`getOutputTimestamp()`: both read by the
/// browser at one moment, so a page clock set back or forward, or a test's fake clock, does
/// not count). `None` where there is no such reading (or no audio output yet).
fn output_stamp(ctx: &AudioContext) -> Option<(f64, f64)> {
    let f = js_sys::Reflect::get(ctx, &"getOutputTimestamp".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let stamp = f.call0(ctx).ok()?;
    let read = |name: &str| {
        js_sys::Reflect::get(&stamp, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    let (performance, context) = (read("performanceTime")?, read("contextTime")?);
    (performance > 0.0).then_some((performance, context))
}

/// Whether the tones the user turned on are lost: the context was interrupted (a call, Siri,
/// another app), closed, or says "running" while its clock stood still for 1.5 s of the
/// browser's time. Then the guide offers "Tap to turn on sound" again; the tap makes a new
/// context.
pub fn sound_lost() -> bool {
    let lost = AUDIO.with(|a| {
        let audio = a.borrow();
        let Some(ctx) = audio.as_ref() else {
            return false;
        };
        match state_name(ctx).as_str() {
            "interrupted" | "closed" => true,
            "running" => {
                let Some(read) = output_stamp(ctx) else {
                    return false;
                };
                match CLOCK_READ.with(|c| c.get()) {
                    // Compared over at least a second and a half of the browser's time.
                    Some((at, _)) if read.0 - at < 1_500.0 && read.0 >= at => false,
                    Some((_, time)) => {
                        CLOCK_READ.with(|c| c.set(Some(read)));
                        read.1 - time < 0.05
                    }
                    None => {
                        CLOCK_READ.with(|c| c.set(Some(read)));
                        false
                    }
                }
            }
            _ => false,
        }
    });
    if lost {
        LOST.with(|l| l.set(true));
    }
    lost
}

/// The speech synthesiser, if this browser has one (`window.speechSynthesis` can be missing:
/// web-sys would then hand back `undefined` as if it were one).
fn synth() -> Option<web_sys::SpeechSynthesis> {
    js_sys::Reflect::get(&window(), &JsValue::from_str("speechSynthesis"))
        .ok()?
        .dyn_into::<web_sys::SpeechSynthesis>()
        .ok()
}

/// Whether this browser can speak (Settings says so when it cannot).
pub fn can_speak() -> bool {
    synth().is_some()
}

/// The language the guide's spoken text is in: the app's (the steps, the clot check, the
/// alert and the end words are given in it by the core).
pub fn spoken() -> Lang {
    crate::translations::shown()
}

/// This device's speech voices with their language tags (`SpeechSynthesisVoice.lang`).
fn voices() -> Vec<(JsValue, String)> {
    let Some(synth) = synth() else {
        return Vec::new();
    };
    synth
        .get_voices()
        .iter()
        .filter_map(|voice| {
            let tag = js_sys::Reflect::get(&voice, &JsValue::from_str("lang")).ok()?;
            Some((voice, tag.as_string()?))
        })
        .collect()
}

/// The language tags of this device's speech voices: empty where there is no synthesiser, no
/// voice, or the browser has not listed them yet (Chromium lists them a moment later, with a
/// `voiceschanged` event).
pub fn voice_langs() -> Vec<String> {
    voices().into_iter().map(|(_, tag)| tag).collect()
}

/// Calls `listen` whenever the browser's list of voices changes, while the calling component
/// lives (one listener at a time: the synthesiser's `onvoiceschanged`).
pub fn on_voices_changed(listen: impl Fn() + 'static) {
    let Some(speech) = synth() else {
        return;
    };
    let handler = Closure::<dyn Fn()>::new(listen).into_js_value();
    speech.set_onvoiceschanged(Some(handler.unchecked_ref()));
    on_cleanup(|| {
        if let Some(speech) = synth() {
            speech.set_onvoiceschanged(None);
        }
    });
}

fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::has(object, &JsValue::from_str(name)).unwrap_or(false)
}

/// Called inside the user's tap: asks for a playback audio session where there is one,
/// creates the audio context (again, if the last one was lost), resumes it, and primes speech.
pub fn unlock() {
    if let Some(session) = audio_session() {
        let _ = js_sys::Reflect::set(&session, &"type".into(), &"playback".into());
    }
    AUDIO.with(|audio| {
        let mut audio = audio.borrow_mut();
        let lost = LOST.with(|l| l.replace(false))
            || audio
                .as_ref()
                .is_some_and(|ctx| matches!(state_name(ctx).as_str(), "interrupted" | "closed"));
        if lost {
            if let Some(old) = audio.take() {
                let _ = old.close();
            }
            SCHEDULED.with(|s| s.borrow_mut().clear());
            PLANNED_END.with(|p| p.set(None));
        }
        CLOCK_READ.with(|c| c.set(None));
        if audio.is_none() && has(&window(), "AudioContext") {
            *audio = AudioContext::new().ok();
        }
        if let Some(ctx) = audio.as_ref() {
            let _ = ctx.resume();
        }
    });
    if let Some(synth) = synth() {
        if let Ok(primer) = web_sys::SpeechSynthesisUtterance::new_with_text("") {
            primer.set_volume(0.0);
            synth.speak(&primer);
        }
    }
}

/// Resumes a context the browser suspended. Not an "interrupted" one: resuming it during the
/// interruption leaves it dead on iOS; it comes back by itself, or with a tap.
fn wake_audio() {
    AUDIO.with(|a| {
        if let Some(ctx) = a.borrow().as_ref() {
            if state_name(ctx) == "suspended" {
                let _ = ctx.resume();
            }
        }
    });
}

/// The guide closed: the audio session goes back to the browser's default (mixing with other
/// audio, silent with the switch).
pub fn release() {
    if let Some(session) = audio_session() {
        let _ = js_sys::Reflect::set(&session, &"type".into(), &"auto".into());
    }
}

/// One soft sine tone `delay_s` from now.
fn tone(ctx: &AudioContext, frequency: f32, delay_s: f64, length_s: f64) -> Option<OscillatorNode> {
    let osc = ctx.create_oscillator().ok()?;
    let gain = ctx.create_gain().ok()?;
    osc.set_type(OscillatorType::Sine);
    osc.frequency().set_value(frequency);
    let start = ctx.current_time() + delay_s.max(0.0);
    let level = gain.gain();
    level.set_value_at_time(0.0, start).ok()?;
    level
        .linear_ramp_to_value_at_time(0.22, start + 0.02)
        .ok()?;
    level
        .exponential_ramp_to_value_at_time(0.001, start + length_s)
        .ok()?;
    osc.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&ctx.destination()).ok()?;
    osc.start_with_when(start).ok()?;
    osc.stop_with_when(start + length_s + 0.05).ok()?;
    Some(osc)
}

/// The chime of a new step (two rising notes) or of the end (three).
fn chime(ctx: &AudioContext, delay_s: f64, finished: bool) -> Vec<OscillatorNode> {
    let notes: &[f32] = if finished {
        &[523.25, 659.25, 783.99]
    } else {
        &[587.33, 880.0]
    };
    notes
        .iter()
        .enumerate()
        .filter_map(|(i, &f)| tone(ctx, f, delay_s + i as f64 * 0.16, 0.22))
        .collect()
}

fn cancel_scheduled() {
    SCHEDULED.with(|s| {
        for osc in s.borrow_mut().drain(..) {
            let _ = osc.stop();
        }
    });
    PLANNED_END.with(|p| p.set(None));
}

/// Plans the tones for the end of the current step: 3-2-1 blips and the chime at `end_at`
/// (epoch ms), or nothing when `end_at` is `None` (paused, finished, sound off).
/// Re-planning the same end is free; a changed end cancels the old tones first.
pub fn plan_step_end(end_at: Option<f64>, now: f64, last_step: bool) {
    let same = PLANNED_END.with(|p| match (p.get(), end_at) {
        (Some(a), Some(b)) => (a - b).abs() < 30.0,
        (None, None) => true,
        _ => false,
    });
    if same {
        return;
    }
    cancel_scheduled();
    let Some(end_at) = end_at else { return };
    wake_audio();
    AUDIO.with(|a| {
        let audio = a.borrow();
        let Some(ctx) = audio.as_ref() else { return };
        if ctx.state() != AudioContextState::Running {
            return;
        }
        let until_end = (end_at - now) / 1000.0;
        let mut nodes = Vec::new();
        for n in 1..=3 {
            let at = until_end - f64::from(n);
            if at > 0.0 {
                nodes.extend(tone(ctx, 440.0, at, 0.09));
            }
        }
        nodes.extend(chime(ctx, until_end, last_step));
        SCHEDULED.with(|s| *s.borrow_mut() = nodes);
        PLANNED_END.with(|p| p.set(Some(end_at)));
    });
}

/// The chime now (a step began by a tap, or the planned one could not be scheduled), unless
/// a planned chime sounded within the last moments.
pub fn chime_now(now: f64, finished: bool) {
    let planned = PLANNED_END.with(|p| p.get());
    if planned.is_some_and(|end| (now - end).abs() < 600.0) {
        return;
    }
    wake_audio();
    AUDIO.with(|a| {
        if let Some(ctx) = a.borrow().as_ref() {
            let _ = chime(ctx, 0.0, finished);
        }
    });
}

/// Stops all planned tones (pause, stop).
pub fn silence() {
    cancel_scheduled();
}

/// Says `text`, cutting off anything still being said.
///
/// WebKit and Linux Chromium drop an utterance queued in the same task as a `cancel()` (and
/// the start tap has just queued the silent primer), so after a cancel the new utterance is
/// queued a moment later, in a task of its own; with nothing to cancel it is said at once.
pub fn speak(text: &str, rate: f32) {
    let Some(synth) = synth() else {
        return;
    };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_rate(rate);
    let lang = spoken();
    utterance.set_lang(lang.tag());
    // A voice of the language, where the device has one: some browsers read a Dutch text with
    // the default (English) voice when only `lang` is set.
    if let Some((voice, _)) = voices()
        .into_iter()
        .find(|(_, tag)| Lang::of_tag(tag) == Some(lang))
    {
        let _ = js_sys::Reflect::set(&utterance, &JsValue::from_str("voice"), &voice);
    }
    if synth.speaking() || synth.pending() {
        synth.cancel();
        set_timeout(
            move || synth.speak(&utterance),
            std::time::Duration::from_millis(SPEAK_AFTER_CANCEL_MS),
        );
    } else {
        synth.speak(&utterance);
    }
}

/// How long after a `cancel()` the next utterance is queued.
const SPEAK_AFTER_CANCEL_MS: u64 = 80;

/// Stops speaking.
pub fn hush() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

/// Vibrates with `pattern` (ms on, off, on …) where the device can, once the user has
/// tapped the page (browsers refuse vibration before that, and say so in the console).
pub fn vibrate(pattern: &[u32]) {
    let navigator = window().navigator();
    if !has(&navigator, "vibrate") {
        return;
    }
    let active = js_sys::Reflect::get(&navigator, &"userActivation".into())
        .ok()
        .filter(|u| u.is_object())
        .and_then(|u| js_sys::Reflect::get(&u, &"hasBeenActive".into()).ok())
        .is_none_or(|v| v.as_bool().unwrap_or(false));
    if !active {
        return;
    }
    let array = pattern
        .iter()
        .map(|&ms| JsValue::from(ms))
        .collect::<js_sys::Array>();
    let _ = navigator.vibrate_with_pattern(&array);
}

/// Keeps the screen on (`on`) or lets it sleep. `held` shows whether a lock is held now; it
/// turns false when the browser releases the lock (page hidden, low battery).
pub fn keep_awake(on: bool, held: RwSignal<bool>) {
    WANT_AWAKE.with(|w| w.set(on));
    if !on {
        if let Some(sentinel) = WAKE_LOCK.with(|w| w.borrow_mut().take()) {
            call0(&sentinel, "release");
        }
        held.set(false);
        return;
    }
    if WAKE_LOCK.with(|w| w.borrow().is_some()) || REQUESTING.with(|r| r.get()) {
        return;
    }
    if document().visibility_state() != web_sys::VisibilityState::Visible {
        return; // Refused while hidden; asked again when the page is visible.
    }
    let navigator = window().navigator();
    let Ok(lock) = js_sys::Reflect::get(&navigator, &"wakeLock".into()) else {
        return;
    };
    if lock.is_undefined() || lock.is_null() {
        return; // Unsupported: no indicator, no error.
    }
    let Some(promise) = call1(&lock, "request", &"screen".into())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    REQUESTING.with(|r| r.set(true));
    leptos::task::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        REQUESTING.with(|r| r.set(false));
        let Ok(sentinel) = result else {
            held.set(false);
            return;
        };
        if !WANT_AWAKE.with(|w| w.get()) {
            // Paused or finished while the request was on its way.
            call0(&sentinel, "release");
            return;
        }
        let on_release = Closure::<dyn FnMut()>::new(move || {
            WAKE_LOCK.with(|w| w.borrow_mut().take());
            held.set(false);
        });
        if let Some(target) = sentinel.dyn_ref::<web_sys::EventTarget>() {
            let _ = target
                .add_event_listener_with_callback("release", on_release.as_ref().unchecked_ref());
        }
        on_release.forget();
        WAKE_LOCK.with(|w| *w.borrow_mut() = Some(sentinel));
        held.set(true);
    });
}

fn call0(object: &JsValue, method: &str) {
    if let Ok(f) = js_sys::Reflect::get(object, &method.into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(object);
        }
    }
}

fn call1(object: &JsValue, method: &str, arg: &JsValue) -> Option<JsValue> {
    let f = js_sys::Reflect::get(object, &method.into()).ok()?;
    f.dyn_ref::<js_sys::Function>()?.call1(object, arg).ok()
}
