//! A button that copies text and says honestly whether it did.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::shared::clipboard::copy;
use crate::app::shared::i18n::use_texts;

/// Copies `text`; `status` then says `copied` only if the clipboard took
/// it. Otherwise `on_refused` runs (it should select the text on screen) and
/// `status` tells the reader to copy by hand. `label` and `copied` come from
/// the caller's catalogue.
#[component]
pub fn CopyButton(
    #[prop(into)] label: String,
    #[prop(into)] text: Signal<String>,
    copied: &'static str,
    status: RwSignal<String>,
    #[prop(into)] on_refused: Callback<()>,
) -> impl IntoView {
    let by_hand = use_texts().copy_by_hand();
    let on_click = move |_| {
        let text = text.get_untracked();
        spawn_local(async move {
            if copy(&text).await {
                status.set(copied.to_string());
            } else {
                // The screen may have gone while the browser answered.
                on_refused.try_run(());
                status.set(by_hand.to_string());
            }
        });
    };
    view! {
        <button type="button" on:click=on_click>
            {label}
        </button>
    }
}
