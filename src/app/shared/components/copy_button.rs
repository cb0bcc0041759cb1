//! A button that copies text and says honestly whether it did.

use leptos::prelude::*;

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
    let copy_text = Action::new_local(move |text: &String| {
        let text = text.clone();
        async move {
            // The screen may have gone while the browser answered.
            if copy(&text).await {
                status.try_set(copied.to_string());
            } else {
                on_refused.try_run(());
                status.try_set(by_hand.to_string());
            }
        }
    });
    let on_click = move |_| {
        copy_text.dispatch_local(text.get_untracked());
    };
    view! {
        <button type="button" on:click=on_click>
            {label}
        </button>
    }
}
