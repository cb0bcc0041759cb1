//! The first screen: what the quiz is, what you get, and Start or Resume.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::dom::{button, el, landmark, screen, text_el, El};
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::screens::link;
use crate::app::share::{picked_files, read_picked_result};
use crate::app::state::Session;
use crate::core::options::Options;

pub fn intro_screen() -> AnyView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let options = expect_context::<Arc<Options>>();
    screen("screen intro", move || {
        let quiz = session.quiz();
        let total = quiz.questions.len();
        // A host may retitle the quiz; its text is shown as text, like all text.
        let title = options.title.as_deref().unwrap_or(&quiz.title);
        let intro = options.intro.as_deref().unwrap_or(&quiz.intro);
        let resume_at = session
            .progress
            .with_untracked(|p| p.is_resumable().then_some(p.position + 1));
        let start_fresh = move |_| {
            session.start_over();
            nav.go(Route::Question(1));
        };
        let actions = match resume_at {
            Some(at) => vec![
                button(&format!("Resume at question {at} of {total}"), "primary")
                    .on("click", move |_| nav.go(Route::Question(at))),
                button("Start over", "").on("click", start_fresh),
            ],
            None => vec![button("Start", "primary").on("click", start_fresh)],
        };
        let mut links = Vec::new();
        if !options.hide.history && session.history.with_untracked(|h| h.latest().is_some()) {
            links.push(link("Your last result", Route::Report));
        }
        if !options.hide.team {
            links.push(link("Compare as a team", Route::Team(String::new())));
        }
        links.push(link("About", Route::About));
        links.push(open_result_file(session, nav));
        el("div").children(vec![
            text_el("h1", title).attr("tabindex", "-1"),
            text_el("p", intro).class("promise"),
            text_el(
                "p",
                &format!("{total} questions · about {} minutes", quiz.minutes),
            )
            .class("facts"),
            text_el(
                "p",
                "Your answers stay on this device. Nothing is sent anywhere.",
            )
            .class("privacy"),
            el("div").class("actions").children(actions),
            landmark("nav")
                .class("links")
                .attr("aria-label", "More")
                .children(links),
        ])
    })
}

/// Opens a result file saved from a report earlier, read-only; a file that
/// isn't one says why.
fn open_result_file(session: Session, nav: Nav) -> El {
    let problem = el("span").class("field-error").attr("role", "alert");
    let say = problem.0.clone();
    let input = el("input")
        .attr("type", "file")
        .attr("accept", ".json,application/json")
        .on("change", move |ev| {
            let Some(file) = picked_files(&ev).into_iter().next() else {
                return;
            };
            let say = say.clone();
            let questions = session.quiz.with_value(|q| q.questions.len());
            wasm_bindgen_futures::spawn_local(async move {
                match read_picked_result(&file, session.fingerprint, questions).await {
                    Ok(result) => nav.go(Route::Shared(result.code)),
                    Err(why) => say.set_text_content(Some(&why.to_string())),
                }
            });
        });
    el("span").children(vec![
        el("label")
            .class("file-link")
            .text("Open a saved result file")
            .child(input),
        problem,
    ])
}
