//! The host's call to action on the report.

use leptos::prelude::*;

use crate::core::options::CallToAction as Cta;

/// A button-styled link to the host's address (checked to be http(s)),
/// opened in a new tab.
#[component]
pub fn CallToAction(cta: Cta) -> impl IntoView {
    view! {
        <p class="cta">
            <a class="button primary" href=cta.url target="_blank" rel="noopener noreferrer">
                {cta.label}
            </a>
        </p>
    }
}
