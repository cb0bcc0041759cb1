//! Where the reader is in the quiz.

use leptos::prelude::*;

use crate::app::shared::i18n::use_texts;
use crate::core::catalogue::fill;

/// "7 of 28" and a progress bar labelled by it.
#[component]
pub fn ProgressBar(number: usize, total: usize) -> impl IntoView {
    let texts = use_texts();
    let count = fill(texts.progress(), &[("n", &number), ("total", &total)]);
    view! {
        <p class="count" id="count">{count}</p>
        <progress max=total value=number aria-labelledby="count"></progress>
    }
}
