//! The first screen: what the quiz is, what you get, and Start.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{navigate, route::Route};
use crate::core::quiz::Quiz;

#[component]
pub fn Intro() -> impl IntoView {
    let quiz = expect_context::<Arc<Quiz>>();
    let facts = format!("{} questions · about {} minutes", quiz.questions.len(), quiz.minutes);
    view! {
        <main id="main" class="screen intro">
            <h1 tabindex="-1">{quiz.title.clone()}</h1>
            <p class="promise">{quiz.intro.clone()}</p>
            <p class="facts">{facts}</p>
            <p class="privacy">"Your answers stay on this device. Nothing is sent anywhere."</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| navigate(&Route::About)>
                    "Start"
                </button>
            </div>
            <nav class="links" aria-label="More">
                <a href=Route::About.to_hash()>"About"</a>
            </nav>
        </main>
    }
}
