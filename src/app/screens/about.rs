//! About / Sources: credits, how scoring works, privacy, and forgetting data.

use leptos::prelude::*;

use crate::app::components::forget_data::ForgetData;
use crate::app::components::links::Links;
use crate::app::components::screen::Screen;
use crate::app::route::Route;
use crate::app::state::Session;

#[component]
pub fn AboutScreen() -> impl IntoView {
    let quiz = expect_context::<Session>().quiz();
    let sources = quiz
        .sources
        .iter()
        .map(|s| {
            view! {
                <li>
                    <cite>{s.title.clone()}</cite>
                    {format!(" — {}, ", s.author)}
                    <span class="date">{s.date.clone().unwrap_or_else(|| "undated".into())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <Screen class="about">
            <h1 tabindex="-1">"About Candor"</h1>
            <p>
                "Candor asks how you handle clients who are wrong: do you speak up, or comply and grumble? Its questions and advice are written in our own words from these articles:"
            </p>
            <ul class="sources">{sources}</ul>
            <h2>"How scoring works"</h2>
            <p>
                "Each answer counts from 0 (Never) to 100 (Always), turned around for statements where agreeing is the weaker answer. A habit’s score is the average of its answers; “Not sure” is left out, and a habit with fewer than half its questions answered gets no score. Your style is the first pattern your scores match."
            </p>
            <h2>"Your privacy"</h2>
            <p>
                "Candor runs entirely in your browser. Your answers are kept on this device only, and the page makes no requests to any other site."
            </p>
            <ForgetData/>
            <h2>"For coaches"</h2>
            <p>
                "Put Candor in your own blog post, in your colors, with your call to action, or with your own questions: "
                <a href=Route::Builder.to_hash()>"build an embed snippet"</a>
                "."
            </p>
            <Links>
                <a href=Route::Intro.to_hash()>"Back to the start"</a>
            </Links>
        </Screen>
    }
}
