//! The first screen: what the quiz is, what you get, and Start or Resume.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::components::links::Links;
use crate::app::components::open_result_file::OpenResultFile;
use crate::app::components::screen::Screen;
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::state::Session;
use crate::core::options::Options;

#[component]
pub fn IntroScreen() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let options = expect_context::<Arc<Options>>();
    let quiz = session.quiz();
    let total = quiz.questions.len();
    // A host may retitle the quiz; its text is shown as text, like all text.
    let title = options.title.clone().unwrap_or_else(|| quiz.title.clone());
    let intro = options.intro.clone().unwrap_or_else(|| quiz.intro.clone());
    // As the reader left things: only answering changes them.
    let resume_at = session
        .progress
        .with_untracked(|p| p.is_resumable().then_some(p.position + 1));
    let has_result = session.history.with_untracked(|h| h.latest().is_some());
    let start_fresh = move |_| {
        session.start_over();
        nav.go(Route::Question(1));
    };
    let actions = match resume_at {
        Some(at) => Either::Left(view! {
            <button type="button" class="primary" on:click=move |_| nav.go(Route::Question(at))>
                {format!("Resume at question {at} of {total}")}
            </button>
            <button type="button" on:click=start_fresh>"Start over"</button>
        }),
        None => Either::Right(view! {
            <button type="button" class="primary" on:click=start_fresh>"Start"</button>
        }),
    };
    let (hide_history, hide_team) = (options.hide.history, options.hide.team);
    view! {
        <Screen class="intro">
            <h1 tabindex="-1">{title}</h1>
            <p class="promise">{intro}</p>
            <p class="facts">{format!("{total} questions · about {} minutes", quiz.minutes)}</p>
            <p class="privacy">"Your answers stay on this device. Nothing is sent anywhere."</p>
            <div class="actions">{actions}</div>
            <Links>
                {(!hide_history && has_result).then(|| view! {
                    <a href=Route::Report.to_hash()>"Your last result"</a>
                })}
                {(!hide_team).then(|| view! {
                    <a href=Route::Team(String::new()).to_hash()>"Compare as a team"</a>
                })}
                <a href=Route::About.to_hash()>"About"</a>
                <OpenResultFile/>
            </Links>
        </Screen>
    }
}
