//! The coach's call to action on the report: the archetype's own, or the
//! host page's.

use leptos::prelude::*;

use crate::app::shared::i18n::use_texts;
use crate::core::options::CallToAction as Cta;

/// A button-styled link to the coach's address (checked to be http(s) or
/// mailto:), with the reader's result filled in where the address asks for
/// it (`{code}`, `{link}`), opened in a new tab.
#[component]
pub fn CallToAction(cta: Cta, code: String, link: String) -> impl IntoView {
    let href = cta.address(&code, &link);
    let label = cta
        .label
        .unwrap_or_else(|| use_texts().cta_default().to_string());
    view! {
        <p class="cta">
            <a class="button primary" href=href target="_blank" rel="noopener noreferrer">
                {label}
            </a>
        </p>
    }
}
