//! Messages about the reader's data: unreadable records, no storage.

use leptos::prelude::*;

use crate::app::i18n::{use_problems, use_texts};

use crate::app::state::Session;

/// A status region listing the session's notices in the page's language,
/// with a Dismiss button.
#[component]
pub fn Notices() -> impl IntoView {
    let texts = use_texts();
    let p = use_problems();
    let notices = expect_context::<Session>().notices;
    view! {
        <div
            class="notices"
            role="status"
            aria-label=texts.notices_label().to_string()
            hidden=move || notices.with(Vec::is_empty)
        >
            {move || notices.with(|n| n.iter().map(|n| view! { <p>{n.message(texts, p)}</p> }).collect_view())}
            <button type="button" on:click=move |_| notices.set(Vec::new())>
                {texts.dismiss().to_string()}
            </button>
        </div>
    }
}
