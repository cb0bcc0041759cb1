//! The answers to one question, as a real radio group.

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::core::answers::Answer;
use crate::core::quiz::Scale;

/// What the reader did with an option.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pick {
    /// Chosen with the pointer: answer and move on.
    Choose(Answer),
    /// Selected with Space or the arrow keys: the reader is still choosing.
    Select(Answer),
}

/// The five points of the scale (keys 1–5) and "Not sure" (key 0) if the
/// quiz has it. The checked option follows `current`.
#[component]
pub fn AnswerOptions(
    scale: Scale,
    #[prop(into)] current: Signal<Answer>,
    #[prop(into)] on_pick: Callback<Pick>,
) -> impl IntoView {
    let points = scale
        .labels
        .into_iter()
        .zip(1u8..)
        .map(|(label, p)| (Answer::Point(p), label));
    let choices: Vec<(Answer, String)> = points
        .chain(scale.not_sure.map(|label| (Answer::NotSure, label)))
        .collect();
    let options = choices
        .into_iter()
        .map(|(answer, label)| {
            let key = match answer {
                Answer::Point(p) => char::from(b'0' + p).to_string(),
                _ => "0".to_string(),
            };
            let class = if answer == Answer::NotSure {
                "option not-sure"
            } else {
                "option"
            };
            // One handler for every way of choosing: a pointer click (detail > 0)
            // answers and moves on; Space or the arrow keys (detail 0) only select.
            let on_click = move |ev: MouseEvent| {
                on_pick.run(if ev.detail() > 0 {
                    Pick::Choose(answer)
                } else {
                    Pick::Select(answer)
                })
            };
            view! {
                <label class=class>
                    <input
                        type="radio"
                        name="answer"
                        prop:checked=move || current.get() == answer
                        on:click=on_click
                    />
                    <span class="key" aria-hidden="true">{key}</span>
                    <span class="label">{label}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="options">{options}</div> }
}
