//! Messages about the reader's data: unreadable records, no storage.

use leptos::prelude::*;

use crate::app::shared::i18n::I18n;
use crate::core::catalogue::{ProblemTexts, Texts};

use crate::app::reader::state::Session;

/// A status region listing the session's notices in the page's language,
/// with a Dismiss button. It stays while screens change, and its words
/// follow a change of language.
#[component]
pub fn Notices() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let texts = move || i18n.tracked::<Texts>();
    let notices = expect_context::<Session>().notices;
    let messages = move || {
        let (texts, p) = (texts(), i18n.tracked::<ProblemTexts>());
        notices.with(|n| {
            n.iter()
                .map(|n| view! { <p>{n.message(texts, p)}</p> })
                .collect_view()
        })
    };
    view! {
        <div
            class="notices"
            role="status"
            aria-label=move || texts().notices_label()
            hidden=move || notices.with(Vec::is_empty)
        >
            {messages}
            <button type="button" on:click=move |_| notices.set(Vec::new())>
                {move || texts().dismiss()}
            </button>
        </div>
    }
}
