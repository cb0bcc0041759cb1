//! The row of links at the foot of a screen.

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::shared::i18n::use_texts;
use crate::app::shared::page::use_options;

/// A `nav` named "More", or a plain `div` when Candor runs in a host page's
/// frame: two embedded quizzes would otherwise add two identical landmarks.
#[component]
pub fn Links<T: IntoView + 'static>(children: TypedChildren<T>) -> impl IntoView {
    let embedded = use_options().embed;
    let more = use_texts().more();
    if embedded {
        Either::Left(view! { <div class="links" aria-label=more>{children.into_inner()()}</div> })
    } else {
        Either::Right(view! { <nav class="links" aria-label=more>{children.into_inner()()}</nav> })
    }
}
