//! The live preview: the embedded quiz with the valid settings, in a frame
//! sized from its own resize messages, as `embed.js` sizes one.

use leptos::html::Iframe;
use leptos::prelude::*;

use crate::app::shared::embed::on_frame_message;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::snippet::EmbedSettings;

/// The frame showing the app served from `app` with the `valid` settings.
#[component]
pub fn Preview(valid: Memo<EmbedSettings>, app: String) -> impl IntoView {
    let t = use_tool_texts();
    let src = Memo::new(move |_| valid.with(|s| format!("{app}?{}", s.query())));
    let frame = NodeRef::<Iframe>::new();
    let height = RwSignal::new(600u32);
    on_frame_message(frame, move |_, message| {
        if let Some(h) = message.height(200, 5000) {
            height.set(h);
        }
    });
    view! {
        <iframe class="preview" title=t.preview_label() height=height src=src node_ref=frame></iframe>
    }
}
