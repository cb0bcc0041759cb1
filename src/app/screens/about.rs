//! About / Sources: credits, how scoring works, privacy, and forgetting data.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::dom::{button, el, landmark, screen, text_el, El};
use crate::app::route::Route;
use crate::app::screens::link;
use crate::app::state::Session;

pub fn about_screen() -> AnyView {
    let session = expect_context::<Session>();
    screen("screen about", move || {
        let quiz = session.quiz();
        let sources = quiz
            .sources
            .iter()
            .map(|s| {
                el("li")
                    .child(text_el("cite", &s.title))
                    .text(&format!(" — {}, ", s.author))
                    .child(text_el("span", s.date.as_deref().unwrap_or("undated")).class("date"))
            })
            .collect();
        el("div").children(vec![
            text_el("h1", "About Candor").attr("tabindex", "-1"),
            text_el(
                "p",
                "Candor asks how you handle clients who are wrong: do you speak up, or comply and grumble? \
                 Its questions and advice are written in our own words from these articles:",
            ),
            el("ul").class("sources").children(sources),
            text_el("h2", "How scoring works"),
            text_el(
                "p",
                "Each answer counts from 0 (Never) to 100 (Always), turned around for statements where agreeing \
                 is the weaker answer. A habit’s score is the average of its answers; “Not sure” is left out, and \
                 a habit with fewer than half its questions answered gets no score. Your style is the first \
                 pattern your scores match.",
            ),
            text_el("h2", "Your privacy"),
            text_el(
                "p",
                "Candor runs entirely in your browser. Your answers are kept on this device only, \
                 and the page makes no requests to any other site.",
            ),
            forget_data(session),
            text_el("h2", "For coaches"),
            el("p")
                .text("Put Candor in your own blog post, in your colours, with your call to action, or with your own questions: ")
                .child(link("build an embed snippet", Route::Builder))
                .text("."),
            landmark("nav").class("links").attr("aria-label", "More").child(link("Back to the start", Route::Intro)),
        ])
    })
}

/// "Forget my data", with a confirmation step in the page.
fn forget_data(session: Session) -> El {
    let host = el("div").class("forget");
    draw_forget(&host.0, session, Step::Ask);
    host
}

#[derive(Clone, Copy)]
enum Step {
    Ask,
    Confirm,
    Done,
}

fn draw_forget(host: &web_sys::Element, session: Session, step: Step) {
    let go = |label: &str, class: &str, next: Step, forget: bool| {
        let host = host.clone();
        button(label, class).on("click", move |_| {
            if forget {
                session.forget_everything();
            }
            draw_forget(&host, session, next);
            // Keep keyboard focus in the flow: on the first button of what appeared.
            if let Ok(Some(b)) = host.query_selector("button, [tabindex]") {
                let _ = b.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        })
    };
    let content = match step {
        Step::Ask => go("Forget my data", "", Step::Confirm, false),
        Step::Confirm => el("div").class("confirm").attr("role", "group").attr("aria-labelledby", "forget-q").children(vec![
            text_el("p", "Delete your answers, results and ticked steps from this device? This cannot be undone.")
                .attr("id", "forget-q"),
            el("div").class("actions").children(vec![
                go("Delete everything", "danger", Step::Done, true),
                go("Cancel", "", Step::Ask, false),
            ]),
        ]),
        Step::Done => text_el("p", "Everything Candor stored on this device is gone.")
            .class("done")
            .attr("role", "status")
            .attr("tabindex", "-1"),
    };
    host.set_text_content(None);
    let _ = host.append_child(&content.0);
}
