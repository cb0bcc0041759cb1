//! The bridge to a host page when Candor runs in a frame (`embed=1`):
//! height messages for `embed.js`, screen changes, the opt-in events, and
//! the file a page that tries a quiz (`try=1`) asks the checker around it for.
//!
//! Messages are `{source: "candor", type, …}`. They carry no answers, except
//! `completed`, which carries the share code, and `checked`, which carries a
//! quiz file Candor found valid, both sent only with `events=1`.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use js_sys::{JsString, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::core::options::Options;
use crate::core::validate::MAX_FILE_BYTES;

/// The frame's parent window, when there is one.
fn host() -> Option<web_sys::Window> {
    let me = window();
    let parent = me.parent().ok().flatten()?;
    // A top-level page is its own parent.
    (!Object::is(&parent, &me)).then_some(parent)
}

/// `{source: "candor", type: kind, …fields}`.
pub fn message(kind: &str, fields: &[(&str, JsValue)]) -> Object {
    let message = Object::new();
    let _ = Reflect::set(&message, &"source".into(), &"candor".into());
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = Reflect::set(&message, &(*key).into(), value);
    }
    message
}

fn post(kind: &str, fields: &[(&str, JsValue)]) {
    let Some(host) = host() else { return };
    // The host's origin is not known to the frame; nothing private is sent
    // unless the host asked for events.
    let _ = host.post_message(&message(kind, fields), "*");
}

/// A message from a frame of Candor's that this page shows (the builder's
/// preview, the checker's try): `{source: "candor", type, …}`.
pub struct FrameMessage {
    /// Its `type`.
    pub kind: String,
    data: JsValue,
}

impl FrameMessage {
    /// A number field of the message.
    pub fn number(&self, key: &str) -> Option<f64> {
        Reflect::get(&self.data, &key.into()).ok()?.as_f64()
    }

    /// The `height` of a `resize` message, kept within `min..=max` pixels.
    pub fn height(&self, min: u32, max: u32) -> Option<u32> {
        (self.kind == "resize")
            .then(|| self.number("height"))
            .flatten()
            .map(|h| h.clamp(min as f64, max as f64) as u32)
    }
}

/// Calls `on` with each Candor message that the window of `frame` posts to
/// this page, from this page's own origin (the frames are Candor's own),
/// with that window to answer to, for as long as the calling component lives.
pub fn on_frame_message(
    frame: leptos::prelude::NodeRef<leptos::html::Iframe>,
    on: impl Fn(&web_sys::Window, FrameMessage) + 'static,
) {
    let origin = window().location().origin().unwrap_or_default();
    let listener = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let Some(child) = frame
            .try_get_untracked()
            .flatten()
            .and_then(|f| f.content_window())
        else {
            return;
        };
        let from_frame = ev.source().is_some_and(|s| Object::is(&s, &child));
        if !from_frame || ev.origin() != origin {
            return;
        }
        let data = ev.data();
        let text = |k: &str| Reflect::get(&data, &k.into()).ok()?.as_string();
        if text("source").as_deref() != Some("candor") {
            return;
        }
        if let Some(kind) = text("type") {
            on(&child, FrameMessage { kind, data });
        }
    });
    on_cleanup(move || listener.remove());
}

/// Tells the host the page's height now.
pub fn post_height() {
    if let Some(body) = document().body() {
        let height = body.get_bounding_client_rect().height().ceil();
        post("resize", &[("height", height.into())]);
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
        post("screen", &[]);
        post_height();
    }
}

/// The reader answered the first question of a new attempt.
pub fn started(options: &Options) {
    if options.events {
        post("started", &[]);
    }
}

/// The reader finished; `code` is the result's share code.
pub fn completed(options: &Options, code: &str) {
    if options.events {
        post("completed", &[("code", code.into())]);
    }
}

/// The quiz-file checker's verdict changed: `name` is valid (with its
/// `text`) or not (`None`, and then nothing of it is sent but its name).
pub fn checked(options: &Options, name: &str, valid_text: Option<&str>) {
    if options.events {
        let mut fields = vec![
            ("valid", JsValue::from_bool(valid_text.is_some())),
            ("name", name.into()),
        ];
        if let Some(text) = valid_text {
            fields.push(("text", text.into()));
        }
        post("checked", &fields);
    }
}

/// How long a page that tries a quiz waits for the checker's answer.
const TRY_WAIT: Duration = Duration::from_secs(5);

/// A quiz file the checker gave to try: its name as the coach's device
/// named it, and its text.
pub struct TryFile {
    pub name: String,
    pub text: String,
}

/// With `try=1`: asks the parent window for the file to try
/// (`{source: "candor", type: "try-ready"}`) and runs `then` with the
/// answer (`{source: "candor", type: "try", name, text}`), or with `None`
/// when the page has no parent or none answers in time. Only an answer from
/// the parent window, on this page's own origin, is taken, and only the
/// first; its text must fit a quiz file's size limit.
pub fn ask_for_try_file(then: impl FnOnce(Option<TryFile>) + 'static) {
    let Some(parent) = host() else {
        return then(None);
    };
    type Pending = Rc<RefCell<Option<Box<dyn FnOnce(Option<TryFile>)>>>>;
    let pending: Pending = Rc::new(RefCell::new(Some(Box::new(then))));
    let finish = move |file: Option<TryFile>| {
        let then = pending.borrow_mut().take();
        if let Some(then) = then {
            then(file);
        }
    };
    let finish = Rc::new(finish);
    let own_origin = window().location().origin().unwrap_or_default();
    let answered = finish.clone();
    let listener = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let from_parent = ev.source().is_some_and(|s| Object::is(&s, &parent));
        if from_parent && ev.origin() == own_origin {
            if let Some(file) = try_file(&ev.data()) {
                answered(Some(file));
            }
        }
    });
    set_timeout(
        move || {
            listener.remove();
            finish(None);
        },
        TRY_WAIT,
    );
    post("try-ready", &[]);
}

/// The checker's answer, if `data` is one: `type` "try", a name and a text
/// no longer than a quiz file may be.
fn try_file(data: &JsValue) -> Option<TryFile> {
    let field = |k: &str| Reflect::get(data, &k.into()).ok();
    let text = |k: &str| field(k).filter(JsValue::is_string);
    let is = |k: &str, v: &str| text(k).and_then(|x| x.as_string()).as_deref() == Some(v);
    if !(is("source", "candor") && is("type", "try")) {
        return None;
    }
    // UTF-16 units are never more than UTF-8 bytes: a longer text is
    // refused before it is copied.
    let bounded = |k: &str, max: usize| {
        text(k)
            .filter(|v| v.unchecked_ref::<JsString>().length() as usize <= max)
            .and_then(|v| v.as_string())
    };
    Some(TryFile {
        name: bounded("name", 255)?,
        text: bounded("text", MAX_FILE_BYTES)?,
    })
}
