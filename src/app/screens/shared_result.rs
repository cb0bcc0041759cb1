//! A result opened from a share link (`#r=<code>`): read-only, with a way to
//! take the quiz yourself or compare as a team.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::report::{ReportDetails, ReportSummary};
use crate::app::components::screen::Screen;
use crate::app::components::voice::Voice;
use crate::app::route::Route;
use crate::app::state::Session;
use crate::core::options::Options;
use crate::core::report::build_report;
use crate::core::share_code::decode;

#[component]
pub fn SharedResultScreen(code: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let options = expect_context::<Arc<Options>>();
    let quiz = session.quiz();
    let take = || {
        view! { <a class="button primary" href=Route::Intro.to_hash()>"Take the quiz yourself"</a> }
    };
    match decode(&code, session.fingerprint, quiz.questions.len()) {
        Err(why) => Either::Left(view! {
            <Screen class="report shared">
                <h1 tabindex="-1">"This result can’t be shown"</h1>
                <p>{why.to_string()}</p>
                <div class="actions">{take()}</div>
            </Screen>
        }),
        Ok(result) => {
            let report = Arc::new(build_report(&quiz, &result.answers, None));
            let whose = match &result.name {
                Some(name) => format!("{name}’s client-handling style"),
                None => "A shared result: client-handling style".into(),
            };
            let team = (!options.hide.team).then(|| {
                view! { <a class="button" href=Route::Team(code.clone()).to_hash()>"Compare as a team"</a> }
            });
            Either::Right(view! {
                <Screen class="report shared">
                    <div class="report-body">
                        <p class="shared-note">
                            "You are looking at someone else’s result. Nothing here is saved on your device."
                        </p>
                        <ReportSummary quiz=quiz.clone() report=report.clone() kicker=whose voice=Voice::Theirs/>
                        <ReportDetails quiz report voice=Voice::Theirs/>
                        <div class="actions no-print">{take()} {team}</div>
                    </div>
                </Screen>
            })
        }
    }
}
