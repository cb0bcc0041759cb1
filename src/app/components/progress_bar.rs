//! Where the reader is in the quiz.

use leptos::prelude::*;

/// "7 of 28" and a progress bar labelled by it.
#[component]
pub fn ProgressBar(number: usize, total: usize) -> impl IntoView {
    view! {
        <p class="count" id="count">{format!("{number} of {total}")}</p>
        <progress max=total value=number aria-labelledby="count"></progress>
    }
}
