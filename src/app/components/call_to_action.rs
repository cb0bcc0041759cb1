//! The host's call to action on the report.

use leptos::prelude::*;

use crate::app::i18n::use_texts;
use crate::core::options::CallToAction as Cta;

/// A button-styled link to the host's address (checked to be http(s)),
/// opened in a new tab.
#[component]
pub fn CallToAction(cta: Cta) -> impl IntoView {
    let label = cta
        .label
        .unwrap_or_else(|| use_texts().cta_default().to_string());
    view! {
        <p class="cta">
            <a class="button primary" href=cta.url target="_blank" rel="noopener noreferrer">
                {label}
            </a>
        </p>
    }
}
