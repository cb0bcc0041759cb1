//! Where the reader is in the quiz.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::catalogue::{fill, Texts};

/// "7 of 28" and a progress bar labelled by it.
#[component]
pub fn ProgressBar(number: usize, total: usize) -> impl IntoView {
    let texts = expect_context::<Arc<Texts>>();
    let count = fill(&texts.progress, &[("n", &number), ("total", &total)]);
    view! {
        <p class="count" id="count">{count}</p>
        <progress max=total value=number aria-labelledby="count"></progress>
    }
}
