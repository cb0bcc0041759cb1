//! About / Sources: credits, how scoring works, privacy, and forgetting data.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::state::Session;

#[component]
pub fn About() -> impl IntoView {
    let session = expect_context::<Session>();
    let quiz = session.quiz();
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
            <h2>"How scoring works"</h2>
            <p>
                "Each answer counts from 0 (Never) to 100 (Always), turned around for statements where agreeing "
                "is the weaker answer. A habit’s score is the average of its answers; “Not sure” is left out, and "
                "a habit with fewer than half its questions answered gets no score. Your style is the first "
                "pattern your scores match."
            </p>
            <h2>"Your privacy"</h2>
            <p>
                "Candor runs entirely in your browser. Your answers are kept on this device only, "
                "and the page makes no requests to any other site."
            </p>
            <ForgetData/>
            <h2>"For coaches"</h2>
            <p>
                "Put Candor in your own blog post, in your colours, with your call to action, or with your own "
                "questions: "
                <a href=Route::Builder.to_hash()>"build an embed snippet"</a>
                "."
            </p>
            <nav class="links" aria-label="More">
                <a href=Route::Intro.to_hash()>"Back to the start"</a>
            </nav>
        </main>
    }
}

/// "Forget my data", with a confirmation step in the page.
#[component]
fn ForgetData() -> impl IntoView {
    let session = expect_context::<Session>();
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(false);
    move || {
        if done.get() {
            view! { <p class="done" role="status">"Everything Candor stored on this device is gone."</p> }.into_any()
        } else if confirming.get() {
            view! {
                <div class="confirm" role="group" aria-labelledby="forget-q">
                    <p id="forget-q">"Delete your answers, results and ticked steps from this device? This cannot be undone."</p>
                    <div class="actions">
                        <button type="button" class="danger" on:click=move |_| { session.forget_everything(); done.set(true); }>
                            "Delete everything"
                        </button>
                        <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" on:click=move |_| confirming.set(true)>"Forget my data"</button>
            }
            .into_any()
        }
    }
}
