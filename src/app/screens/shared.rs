//! A result opened from a share link (`#r=<code>`): read-only, with a way to
//! take the quiz yourself or compare as a team.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::dom::{el, screen, text_el};
use crate::app::route::Route;
use crate::app::screens::report::{report_details, report_summary, Voice};
use crate::app::state::Session;
use crate::core::options::Options;
use crate::core::report::build_report;
use crate::core::share_code::decode;

pub fn shared_screen(code: String) -> AnyView {
    let session = expect_context::<Session>();
    let options = expect_context::<Arc<Options>>();
    let body = move || {
        let quiz = session.quiz();
        let take = text_el("a", "Take the quiz yourself")
            .class("button primary")
            .attr("href", &Route::Intro.to_hash());
        match decode(&code, session.fingerprint, quiz.questions.len()) {
            Err(why) => el("div").children(vec![
                text_el("h1", "This result can’t be shown").attr("tabindex", "-1"),
                text_el("p", &why.to_string()),
                el("div").class("actions").child(take),
            ]),
            Ok(result) => {
                let report = build_report(&quiz, &result.answers, None);
                let whose = match &result.name {
                    Some(name) => format!("{name}’s client-handling style"),
                    None => "A shared result: client-handling style".into(),
                };
                let mut actions = vec![take];
                if !options.hide.team {
                    actions.push(
                        text_el("a", "Compare as a team")
                            .class("button")
                            .attr("href", &Route::Team(code.clone()).to_hash()),
                    );
                }
                el("div").class("report-body").children(vec![
                    text_el("p", "You are looking at someone else’s result. Nothing here is saved on your device.")
                        .class("shared-note"),
                    report_summary(&quiz, &report, &whose, Voice::Theirs),
                    report_details(&quiz, &report, Voice::Theirs),
                    el("div").class("actions no-print").children(actions),
                ])
            }
        }
    };
    screen("screen report shared", body)
}
