//! Work that waits for an idle moment: each task runs in a browser task of its own, in the
//! order given, when the browser is idle (`requestIdleCallback`; a zero timeout where there is
//! none, as in Safari), so none of it holds up a tap. A task runs under the reactive owner that
//! queued it (contexts and cleanups work as if it ran there and then).

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Task = Box<dyn FnOnce()>;

thread_local! {
    static QUEUE: RefCell<VecDeque<(Option<Owner>, Task)>> = const { RefCell::new(VecDeque::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    static SOON: RefCell<VecDeque<(Option<Owner>, Task)>> = const { RefCell::new(VecDeque::new()) };
    static PORT: Option<web_sys::MessagePort> = channel();
}

/// Runs `task` in a browser task of its own as soon as the browser can (not waiting for an
/// idle moment), after the tasks queued this way before it, under the reactive owner that
/// queued it: a long piece of work cut in two with this lets the browser paint and handle
/// input in between. It posts a message to itself (a `MessageChannel`) rather than setting a
/// zero timeout: no 4 ms clamp, and a test's fake clock does not hold it back.
pub fn soon(task: impl FnOnce() + 'static) {
    SOON.with(|q| q.borrow_mut().push_back((Owner::current(), Box::new(task))));
    PORT.with(|port| {
        if let Some(port) = port {
            let _ = port.post_message(&JsValue::NULL);
        } else {
            // No MessageChannel: a zero timeout.
            let callback = Closure::once_into_js(run_soon);
            let _ = window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
        }
    });
}

/// The port `soon` posts to; its other end runs one queued task per message.
fn channel() -> Option<web_sys::MessagePort> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let on_message = Closure::<dyn FnMut()>::new(run_soon);
    channel
        .port1()
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The channel lives as long as the page.
    on_message.forget();
    Some(channel.port2())
}

fn run_soon() {
    if let Some(queued) = SOON.with(|q| q.borrow_mut().pop_front()) {
        run(queued);
    }
}

/// Runs a queued task under the owner that queued it.
fn run((owner, task): (Option<Owner>, Task)) {
    match owner {
        Some(owner) => owner.with(task),
        None => task(),
    }
}

/// Runs `task` in an idle moment, after the tasks queued before it.
pub fn later(task: impl FnOnce() + 'static) {
    QUEUE.with(|q| q.borrow_mut().push_back((Owner::current(), Box::new(task))));
    schedule();
}

/// Asks the browser for the next idle moment (once, however many tasks wait).
fn schedule() {
    if SCHEDULED.with(|s| s.replace(true)) {
        return;
    }
    let callback = Closure::once_into_js(run_one);
    let idle = js_sys::Reflect::get(&window(), &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let asked = match idle {
        Some(request) => {
            // Within a second even on a page that is never idle.
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &1000.into());
            request.call2(&window(), &callback, &options).is_ok()
        }
        None => false,
    };
    if !asked {
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
    }
}

fn run_one() {
    SCHEDULED.with(|s| s.set(false));
    let Some(queued) = QUEUE.with(|q| q.borrow_mut().pop_front()) else {
        return;
    };
    run(queued);
    if QUEUE.with(|q| !q.borrow().is_empty()) {
        schedule();
    }
}
