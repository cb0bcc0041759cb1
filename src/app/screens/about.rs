//! About / Sources: credits, how scoring works, the privacy promise.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::route::Route;
use crate::core::quiz::Quiz;

#[component]
pub fn About() -> impl IntoView {
    let quiz = expect_context::<Arc<Quiz>>();
    let sources = quiz
        .sources
        .iter()
        .map(|s| {
            let date = s.date.clone().unwrap_or_else(|| "undated".into());
            view! {
                <li>
                    <cite>{s.title.clone()}</cite>
                    " — "
                    {s.author.clone()}
                    ", "
                    <span class="date">{date}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <main id="main" class="screen about">
            <h1 tabindex="-1">"About Candor"</h1>
            <p>
                "Candor asks how you handle clients who are wrong: do you speak up, or comply and grumble? "
                "Its questions and advice are written in our own words from these articles:"
            </p>
            <ul class="sources">{sources}</ul>
            <h2>"Your privacy"</h2>
            <p>
                "Candor runs entirely in your browser. Your answers are kept on this device only, "
                "and the page makes no requests to any other site."
            </p>
            <nav class="links" aria-label="More">
                <a href=Route::Intro.to_hash()>"Back to the start"</a>
            </nav>
        </main>
    }
}
