//! One question at a time: a real radio group, keys 1–5 to answer and move
//! on, Backspace or ← to go back.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use crate::app::dom::{button, el, screen, text_el, El};
use crate::app::embed;
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::share::code_for;
use crate::app::state::Session;
use crate::core::answers::Answer;
use crate::core::options::Options;

/// What the reader can do on a question, shared by keys, clicks and buttons.
#[derive(Clone, Copy)]
struct Actions {
    session: Session,
    nav: Nav,
    options: StoredValue<Arc<Options>>,
    index: usize,
}

impl Actions {
    /// Records an answer; the first one of a new attempt tells the host page.
    /// Returns true when it was the last question.
    fn record(self, answer: Answer) -> bool {
        let session = self.session;
        if !session
            .progress
            .with_untracked(|p| p.is_resumable() || p.filed.is_some())
        {
            self.options.with_value(|o| embed::started(o));
        }
        session.answer(self.index, answer)
    }

    /// Answers and moves on: to the next question, or files the attempt and
    /// shows the report.
    fn choose(self, answer: Answer) {
        let session = self.session;
        if self.record(answer) && session.progress.with_untracked(|p| p.is_complete()) {
            let first_time = session.progress.with_untracked(|p| p.filed.is_none());
            session.file();
            if first_time {
                let answers = session.progress.with_untracked(|p| p.answers.clone());
                if let Ok(code) = code_for(session.fingerprint, &answers, "") {
                    self.options.with_value(|o| embed::completed(o, &code));
                }
            }
            self.nav.go(Route::Report);
        } else {
            let total = session.quiz.with_value(|q| q.questions.len());
            self.nav
                .go(Route::Question((self.index + 1).min(total - 1) + 1));
        }
    }

    fn back(self) {
        match self.index {
            0 => self.nav.go(Route::Intro),
            i => self.nav.go(Route::Question(i)),
        }
    }

    fn current(self) -> Answer {
        self.session
            .progress
            .with_untracked(|p| p.answers[self.index])
    }
}

/// `number` counts from 1; it is already clamped to a reachable question.
pub fn question_screen(number: usize) -> AnyView {
    let session = expect_context::<Session>();
    let actions = Actions {
        session,
        nav: expect_context::<Nav>(),
        options: StoredValue::new(expect_context::<Arc<Options>>()),
        index: number - 1,
    };
    let allows_not_sure = session.quiz.with_value(|q| q.scale.not_sure.is_some());
    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if ev.repeat() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() || typing_in_a_field(&ev) {
            return;
        }
        let key = ev.key();
        // In the radio group the arrow keys move between the options, as they
        // do in every radio group; Backspace still goes back.
        if key == "ArrowLeft" && target_is_radio(&ev) {
            return;
        }
        match key.as_str() {
            "1" | "2" | "3" | "4" | "5" => actions.choose(Answer::Point(key.as_bytes()[0] - b'0')),
            "0" if allows_not_sure => actions.choose(Answer::NotSure),
            "Backspace" | "ArrowLeft" => actions.back(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    screen("screen question", move || question_page(actions, number))
}

fn question_page(actions: Actions, number: usize) -> El {
    let quiz = actions.session.quiz();
    let total = quiz.questions.len();
    let question = &quiz.questions[actions.index];
    let last = number == total;
    let next =
        button(if last { "See my report" } else { "Next" }, "primary").attr("type", "submit");
    let next_button: Element = next.0.clone();
    if !actions.current().is_answered() {
        let _ = next_button.set_attribute("disabled", "");
    }

    let mut choices: Vec<(Answer, &str, &str)> = quiz
        .scale
        .labels
        .iter()
        .zip(["1", "2", "3", "4", "5"])
        .zip(1u8..)
        .map(|((label, key), p)| (Answer::Point(p), label.as_str(), key))
        .collect();
    if let Some(label) = &quiz.scale.not_sure {
        choices.push((Answer::NotSure, label, "0"));
    }
    let options = choices
        .into_iter()
        .map(|(answer, label, key)| {
            let next_button = next_button.clone();
            let mut radio = el("input").attr("type", "radio").attr("name", "answer");
            if actions.current() == answer {
                radio = radio.attr("checked", "");
            }
            // One handler for every way of choosing: a pointer click (detail > 0)
            // answers and moves on; Space or the arrow keys (detail 0) only answer,
            // since a keyboard user moving through the group is still choosing.
            let radio = radio.on("click", move |ev| {
                let pointer = ev
                    .dyn_ref::<web_sys::MouseEvent>()
                    .is_some_and(|m| m.detail() > 0);
                if pointer {
                    actions.choose(answer);
                } else {
                    actions.record(answer);
                    let _ = next_button.remove_attribute("disabled");
                }
            });
            let class = if answer == Answer::NotSure {
                "option not-sure"
            } else {
                "option"
            };
            el("label").class(class).children(vec![
                radio,
                text_el("span", key)
                    .class("key")
                    .attr("aria-hidden", "true"),
                text_el("span", label).class("label"),
            ])
        })
        .collect();

    let hint = if quiz.scale.not_sure.is_some() {
        "Keys: 1–5 to answer, 0 for not sure, Backspace to go back."
    } else {
        "Keys: 1–5 to answer, Backspace to go back."
    };
    let form = el("form").class("answer-form").on("submit", move |ev| {
        ev.prevent_default();
        let answer = actions.current();
        if answer.is_answered() {
            actions.choose(answer);
        }
    });
    el("div").children(vec![
        text_el("p", &format!("{number} of {total}"))
            .class("count")
            .attr("id", "count"),
        el("progress")
            .attr("max", &total.to_string())
            .attr("value", &number.to_string())
            .attr("aria-labelledby", "count"),
        form.children(vec![
            el("fieldset").children(vec![
                el("legend").child(text_el("h1", &question.text).attr("tabindex", "-1")),
                el("div").class("options").children(options),
            ]),
            text_el("p", hint).class("hint"),
            el("div").class("actions").children(vec![
                button("Back", "").on("click", move |_| actions.back()),
                next,
            ]),
        ]),
    ])
}

fn event_element(ev: &KeyboardEvent) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

fn target_is_radio(ev: &KeyboardEvent) -> bool {
    event_element(ev).is_some_and(|el| el.get_attribute("type").as_deref() == Some("radio"))
}

/// Keys typed into a text field belong to the field.
fn typing_in_a_field(ev: &KeyboardEvent) -> bool {
    event_element(ev).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            && el.get_attribute("type").as_deref() != Some("radio")
    })
}
