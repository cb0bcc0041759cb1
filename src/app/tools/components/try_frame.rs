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

use crate::app::shared::address::app_folder;
use crate::app::shared::embed::{self, on_frame_message};
use crate::core::catalogue::CheckerTexts;
use crate::core::options::TRY;

/// The frame's height before its first height message, in pixels.
const FIRST_HEIGHT: u32 = 600;

/// A frame trying `text` (a quiz file), named `title` for assistive technology.
#[component]
pub fn TryFrame(name: String, text: Arc<str>, title: &'static str) -> impl IntoView {
    let frame = NodeRef::<Iframe>::new();
    let height = RwSignal::new(FIRST_HEIGHT);
    let src = format!("{}?embed=1&{TRY}=1", app_folder());
    on_frame_message(frame, move |child, message| {
        if let Some(h) = message.height(200, 20_000) {
            height.set(h);
        } else if message.kind == "try-ready" {
            let answer = embed::message(
                "try",
                &[("name", name.as_str().into()), ("text", (*text).into())],
            );
            let origin = window().location().origin().unwrap_or_default();
            let _ = child.post_message(&answer, &origin);
        }
    });
    view! { <iframe class="preview try-frame" title=title src=src height=height node_ref=frame></iframe> }
}

/// "Try it as a reader": a heading (`heading_id`, which takes the focus
/// when it opens), a hint, the frame trying `text`, and a button that
/// closes it (`on_close`). The checker's and the editor's.
#[component]
pub fn TryPanel(
    name: String,
    text: Arc<str>,
    heading_id: &'static str,
    c: &'static CheckerTexts,
    #[prop(into)] on_close: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="try">
            <h3 id=heading_id tabindex="-1">{c.check_try_title()}</h3>
            <p class="hint">{c.check_try_hint()}</p>
            <TryFrame name text title=c.check_try_frame()/>
            <div class="actions">
                <button type="button" on:click=move |_| on_close.run(())>{c.check_try_close()}</button>
            </div>
        </div>
    }
}
