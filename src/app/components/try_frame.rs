//! The reader's app in a frame, running a quiz file the checker holds, as a
//! reader would take it (`?embed=1&try=1`).
//!
//! The frame asks its parent for the file once it is ready
//! (`{source: "candor", type: "try-ready"}`); this component answers with
//! `{source: "candor", type: "try", name, text}`, to that frame's window
//! alone and only on this page's own origin, and sizes the frame from its
//! height messages, as `embed.js` does for a host page. Nothing is
//! uploaded: the file goes from this page to the frame in the browser.

use std::sync::Arc;

use leptos::html::Iframe;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::address::app_folder;
use crate::app::embed::message;
use crate::core::options::TRY;

/// The frame's height before its first height message, in pixels.
const FIRST_HEIGHT: u32 = 600;

/// A frame trying `text` (a quiz file), named `title` for assistive technology.
#[component]
pub fn TryFrame(name: String, text: Arc<str>, title: &'static str) -> impl IntoView {
    let frame = NodeRef::<Iframe>::new();
    let height = RwSignal::new(FIRST_HEIGHT);
    let origin = window().location().origin().unwrap_or_default();
    let src = format!("{}?embed=1&{TRY}=1", app_folder());
    let listener = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let Some(child) = frame.get_untracked().and_then(|f| f.content_window()) else {
            return;
        };
        let from_frame = ev
            .source()
            .is_some_and(|s| js_sys::Object::is(&s, child.unchecked_ref()));
        if !from_frame || ev.origin() != origin {
            return;
        }
        let data = ev.data();
        let field = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
        let text_of = |k: &str| field(k).and_then(|v| v.as_string());
        if text_of("source").as_deref() != Some("candor") {
            return;
        }
        match text_of("type").as_deref() {
            Some("resize") => {
                if let Some(h) = field("height").and_then(|v| v.as_f64()) {
                    height.set(h.clamp(200.0, 20_000.0) as u32);
                }
            }
            Some("try-ready") => {
                let answer = message(
                    "try",
                    &[("name", name.as_str().into()), ("text", (*text).into())],
                );
                let _ = child.post_message(&answer, &origin);
            }
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());
    view! { <iframe class="preview try-frame" title=title src=src height=height node_ref=frame></iframe> }
}
