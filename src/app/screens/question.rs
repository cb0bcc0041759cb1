//! One question at a time: a real radio group, keys 1–5 to answer and move
//! on, Backspace or ← to go back.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::app::embed;
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::share::code_for;
use crate::app::state::Session;
use crate::core::answers::Answer;
use crate::core::options::Options;

/// `number` counts from 1; it is already clamped to a reachable question.
#[component]
pub fn QuestionScreen(number: usize) -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let options = StoredValue::new(expect_context::<Arc<Options>>());
    let quiz = session.quiz();
    let index = number - 1;
    let total = quiz.questions.len();
    let question = &quiz.questions[index];

    // Record an answer; the first one of a new attempt tells the host page.
    let record = move |answer: Answer| {
        if !session
            .progress
            .with_untracked(|p| p.is_resumable() || p.filed.is_some())
        {
            options.with_value(|o| embed::started(o));
        }
        session.answer(index, answer)
    };
    // Answer and move on: to the next question, or file the attempt and show the report.
    let choose = move |answer: Answer| {
        if record(answer) && session.progress.with_untracked(|p| p.is_complete()) {
            let first_time = session.progress.with_untracked(|p| p.filed.is_none());
            session.file();
            if first_time {
                let answers = session.progress.with_untracked(|p| p.answers.clone());
                if let Ok(code) = code_for(session.fingerprint, &answers, "") {
                    options.with_value(|o| embed::completed(o, &code));
                }
            }
            nav.go(Route::Report);
        } else {
            nav.go(Route::Question((index + 1).min(total - 1) + 1));
        }
    };
    let back = move || match index {
        0 => nav.go(Route::Intro),
        _ => nav.go(Route::Question(index)),
    };

    let allows_not_sure = quiz.scale.not_sure.is_some();
    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if ev.repeat() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() || typing_in_a_field(&ev) {
            return;
        }
        let key = ev.key();
        // In the radio group the arrow keys move between the options, as they
        // do in every radio group; Backspace still goes back.
        if key == "ArrowLeft" && focus_is_on_a_radio(&ev) {
            return;
        }
        match key.as_str() {
            "1" | "2" | "3" | "4" | "5" => choose(Answer::Point(key.as_bytes()[0] - b'0')),
            "0" if allows_not_sure => choose(Answer::NotSure),
            "Backspace" | "ArrowLeft" => back(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());

    let current = move || session.progress.with(|p| p.answers[index]);
    let mut options: Vec<(Answer, String, &'static str)> = quiz
        .scale
        .labels
        .iter()
        .zip(1u8..)
        .map(|(label, p)| {
            (
                Answer::Point(p),
                label.clone(),
                ["1", "2", "3", "4", "5"][usize::from(p - 1)],
            )
        })
        .collect();
    if let Some(label) = &quiz.scale.not_sure {
        options.push((Answer::NotSure, label.clone(), "0"));
    }
    let options = options
        .into_iter()
        .map(|(answer, label, key)| {
            view! {
                <label class="option" class:not-sure=answer == Answer::NotSure>
                    <input
                        type="radio"
                        name="answer"
                        prop:checked=move || current() == answer
                        // One handler for every way of choosing: a pointer click (detail > 0)
                        // answers and moves on; Space or the arrow keys (detail 0) only answer,
                        // since a keyboard user moving through the group is still choosing.
                        on:click=move |ev| {
                            if ev.detail() > 0 {
                                choose(answer);
                            } else {
                                record(answer);
                            }
                        }
                    />
                    <span class="key" aria-hidden="true">{key}</span>
                    <span class="label">{label}</span>
                </label>
            }
        })
        .collect_view();

    let answered = move || current().is_answered();
    let next = move |_| {
        if answered() {
            choose(current());
        }
    };
    view! {
        <main id="main" class="screen question">
            <p class="count" id="count">{format!("{number} of {total}")}</p>
            <progress max=total value=number aria-labelledby="count"></progress>
            <form class="answer-form" on:submit=move |ev| { ev.prevent_default(); next(()); }>
                <fieldset>
                    <legend>
                        <h1 tabindex="-1">{question.text.clone()}</h1>
                    </legend>
                    <div class="options">{options}</div>
                </fieldset>
                <p class="hint">
                    "Keys: 1–5 to answer"
                    {allows_not_sure.then_some(", 0 for not sure")}
                    ", Backspace to go back."
                </p>
                <div class="actions">
                    <button type="button" on:click=move |_| back()>"Back"</button>
                    <button type="submit" class="primary" disabled=move || !answered()>
                        {if number == total { "See my report" } else { "Next" }}
                    </button>
                </div>
            </form>
        </main>
    }
}

fn focus_is_on_a_radio(ev: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.get_attribute("type").as_deref() == Some("radio"))
}

/// Keys typed into a text field belong to the field.
fn typing_in_a_field(ev: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                && el.get_attribute("type").as_deref() != Some("radio")
        })
}
