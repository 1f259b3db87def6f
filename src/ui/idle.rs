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
    let Some((owner, task)) = QUEUE.with(|q| q.borrow_mut().pop_front()) else {
        return;
    };
    match owner {
        Some(owner) => owner.with(task),
        None => task(),
    }
    if QUEUE.with(|q| !q.borrow().is_empty()) {
        schedule();
    }
}
