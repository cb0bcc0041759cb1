//! The first screen: what the quiz is, what you get, and Start or Resume.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::state::Session;
use crate::core::options::Options;

#[component]
pub fn Intro() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let options = expect_context::<Arc<Options>>();
    let quiz = session.quiz();
    // A host may retitle the quiz; its text is shown as text, like all text.
    let title = options.title.clone().unwrap_or_else(|| quiz.title.clone());
    let intro = options.intro.clone().unwrap_or_else(|| quiz.intro.clone());
    let show_history = !options.hide.history;
    let facts = format!(
        "{} questions · about {} minutes",
        quiz.questions.len(),
        quiz.minutes
    );
    let total = quiz.questions.len();
    let in_progress = move || {
        session
            .progress
            .with(|p| p.is_resumable().then_some(p.position + 1))
    };
    let has_result = move || session.history.with(|h| h.latest().is_some());

    let actions = move || {
        match in_progress() {
        Some(at) => view! {
            <button type="button" class="primary" on:click=move |_| nav.go(Route::Question(at))>
                {format!("Resume at question {at} of {total}")}
            </button>
            <button type="button" on:click=move |_| { session.start_over(); nav.go(Route::Question(1)); }>
                "Start over"
            </button>
        }
        .into_any(),
        None => view! {
            <button
                type="button"
                class="primary"
                on:click=move |_| {
                    session.start_over();
                    nav.go(Route::Question(1));
                }
            >
                "Start"
            </button>
        }
        .into_any(),
    }
    };
    view! {
        <main id="main" class="screen intro">
            <h1 tabindex="-1">{title}</h1>
            <p class="promise">{intro}</p>
            <p class="facts">{facts}</p>
            <p class="privacy">"Your answers stay on this device. Nothing is sent anywhere."</p>
            <div class="actions">{actions}</div>
            <nav class="links" aria-label="More">
                {move || (show_history && has_result()).then(|| view! { <a href=Route::Report.to_hash()>"Your last result"</a> })}
                <a href=Route::About.to_hash()>"About"</a>
            </nav>
        </main>
    }
}
