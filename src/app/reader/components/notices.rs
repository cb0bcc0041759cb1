//! Messages about the reader's data: unreadable records, no storage.

use leptos::prelude::*;

use crate::app::reader::state::{use_session, Notice, Record};
use crate::app::shared::i18n::use_i18n;
use crate::core::catalogue::{fill, ProblemTexts, Texts};

/// A status region listing the session's notices in the page's language,
/// with a Dismiss button. It stays while screens change, and its words
/// follow a change of language.
#[component]
pub fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let texts = move || i18n.tracked::<Texts>();
    let notices = use_session().notices;
    let messages = move || {
        let (texts, p) = (texts(), i18n.tracked::<ProblemTexts>());
        notices.with(|n| {
            n.iter()
                .map(|n| view! { <p>{message(n, texts, p)}</p> })
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

/// A notice in `texts`' language (`p` words why a record was refused).
fn message(notice: &Notice, texts: &Texts, p: &ProblemTexts) -> String {
    match notice {
        Notice::MemoryOnly => texts.memory_only().to_string(),
        Notice::ChangedElsewhere => texts.changed_elsewhere().to_string(),
        Notice::Unreadable {
            record,
            why,
            key,
            aside,
        } => {
            let what = match record {
                Record::Progress => texts.record_progress(),
                Record::History => texts.record_history(),
                Record::Checklist => texts.record_checklist(),
            };
            let why = why.message(p);
            match aside {
                Some(aside) => fill(
                    texts.unreadable_aside(),
                    &[("what", &what), ("why", &why), ("aside", aside)],
                ),
                None => fill(
                    texts.unreadable_left(),
                    &[("what", &what), ("why", &why), ("key", key)],
                ),
            }
        }
    }
}
