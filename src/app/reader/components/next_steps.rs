//! Up to three steps to take, as a checklist remembered per attempt.

use std::sync::Arc;

use leptos::prelude::*;

use super::credit::credit_line;
use crate::app::reader::state::use_session;
use crate::app::shared::components::section::Section;
use crate::app::shared::i18n::use_texts;
use crate::app::shared::storage;
use crate::core::catalogue::{fill, Texts};
use crate::core::quiz::Quiz;
use crate::core::report::{Report, StepsFrom, Tie};

/// The report's next steps; ticking one saves it with the attempt it
/// belongs to (`attempt`, the attempt's filing time).
#[component]
pub fn NextSteps(quiz: Arc<Quiz>, report: Arc<Report>, attempt: f64) -> impl IntoView {
    let texts = use_texts();
    let session = use_session();
    let steps = report
        .next_steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let dim = &quiz.dimensions[step.dimension];
            let advice = &dim.bands[step.band].advice[step.advice];
            let id = format!("step-{i}");
            let done = move || session.checklist.with(|c| c.is_done(attempt, i));
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=done
                        on:change:target=move |ev| session.set_step(attempt, i, ev.target().checked())
                    />
                    <label for=id>
                        <span class="step-dim">{format!("{}: ", dim.name)}</span>
                        {advice.text.clone()}
                    </label>
                    <span class="credit">{credit_line(&quiz, texts, &advice.sources)}</span>
                </li>
            }
        })
        .collect_view();
    let from = steps_basis(texts, &report);
    // Promise to remember ticks only where the browser lets Candor save.
    let hint = if storage::is_persistent() {
        texts.steps_hint()
    } else {
        texts.steps_hint_unsaved()
    };
    view! {
        <Section id="steps" title=texts.steps_title()>
            <p class="hint">{from}</p>
            <p class="hint no-print">{hint}</p>
            <ul class="checklist">{steps}</ul>
        </Section>
    }
}

/// Where the steps come from, in words: which habits, and how equal scores
/// among them were ordered (each sentence only where it applies).
pub fn steps_basis(texts: &Texts, report: &Report) -> String {
    let from = match (report.steps_from, report.steps_even) {
        (StepsFrom::GrowthAreas, None) => texts.steps_from_growth(),
        (StepsFrom::LowestHabits, None) => texts.steps_from_lowest(),
        (StepsFrom::Strengths, None) => texts.steps_from_strengths(),
        (StepsFrom::GrowthAreas, Some(_)) => texts.steps_even_growth(),
        (StepsFrom::LowestHabits, Some(_)) => texts.steps_even_lowest(),
        (StepsFrom::Strengths, Some(_)) => texts.steps_even_strengths(),
    };
    let from = fill(from, &[("score", &report.steps_even.unwrap_or_default())]);
    match report.steps_tie {
        Tie::None => from,
        Tie::Statements => format!("{from} {}", texts.steps_tie_statements()),
        Tie::QuizOrder => format!("{from} {}", texts.steps_tie_quiz()),
    }
}
