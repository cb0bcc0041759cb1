//! The bridge to a host page when Candor runs in a frame (`embed=1`):
//! height messages for `embed.js`, screen changes, and the opt-in events.
//!
//! Messages are `{source: "candor", type, …}`. They carry no answers, except
//! `completed`, which carries the share code and is sent only with `events=1`.

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::core::options::Options;

/// The frame's parent window, when there is one.
fn host() -> Option<web_sys::Window> {
    let me = window();
    let parent = me.parent().ok().flatten()?;
    // A top-level page is its own parent.
    (!Object::is(&parent, &me)).then_some(parent)
}

fn post(kind: &str, extra: Option<(&str, JsValue)>) {
    let Some(host) = host() else { return };
    let message = Object::new();
    let _ = Reflect::set(&message, &"source".into(), &"candor".into());
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    if let Some((key, value)) = extra {
        let _ = Reflect::set(&message, &key.into(), &value);
    }
    // The host's origin is not known to the frame; nothing private is sent
    // unless the host asked for events.
    let _ = host.post_message(&message, "*");
}

/// Tells the host the page's height now.
pub fn post_height() {
    if let Some(body) = document().body() {
        let height = body.get_bounding_client_rect().height().ceil();
        post("resize", Some(("height", height.into())));
    }
}

/// A `ResizeObserver` and its callback, disconnected when dropped.
struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn Fn()>,
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// In embed mode, reports the content height whenever the layout changes,
/// for as long as the calling component lives (its owner keeps the observer).
pub fn observe_height(options: &Options) {
    if !options.embed {
        return;
    }
    let callback = Closure::<dyn Fn()>::new(post_height);
    let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        document().body(),
    ) else {
        return;
    };
    observer.observe(&body);
    StoredValue::new_local(HeightObserver {
        observer,
        _callback: callback,
    });
    post_height();
}

/// Tells the host a new screen is showing (it scrolls to the frame if needed).
pub fn screen_changed(options: &Options) {
    if options.embed {
        post("screen", None);
        post_height();
    }
}

/// The reader answered the first question of a new attempt.
pub fn started(options: &Options) {
    if options.events {
        post("started", None);
    }
}

/// The reader finished; `code` is the result's share code.
pub fn completed(options: &Options, code: &str) {
    if options.events {
        post("completed", Some(("code", code.into())));
    }
}
