//! The main landmark every screen renders into.

use leptos::prelude::*;

use crate::app::shared::i18n::use_texts;
use crate::app::shared::page::use_options;
use crate::core::catalogue::fill;

/// `<main id="main" class="screen {class}">`. Framed in a host page, which
/// has its own `main`, the landmark is named so each one stays distinct.
#[component]
pub fn Screen<T: IntoView + 'static>(
    class: &'static str,
    children: TypedChildren<T>,
) -> impl IntoView {
    let options = use_options();
    let texts = use_texts();
    let label = options.embed.then(|| match options.frame {
        Some(n) => fill(texts.landmark_n(), &[("n", &n)]),
        None => texts.landmark().to_string(),
    });
    view! {
        <main id="main" class=format!("screen {class}") aria-label=label>
            {children.into_inner()()}
        </main>
    }
}
