//! Hard questions for the reader, next to their own answers.

use std::sync::Arc;

use leptos::prelude::*;

use super::voice::Voice;
use crate::app::shared::components::section::Section;
use crate::app::shared::i18n::use_texts;
use crate::core::answers::Answer;
use crate::core::catalogue::Texts;
use crate::core::quiz::Quiz;
use crate::core::report::Report;

/// "Questions to sit with": each prompt with what the reader answered to the
/// statements behind it. Nothing when the quiz has no prompts.
#[component]
pub fn Reflections(quiz: Arc<Quiz>, report: Arc<Report>, voice: Voice) -> impl IntoView {
    if report.reflections.is_empty() {
        return None;
    }
    let texts = use_texts();
    let items = report
        .reflections
        .iter()
        .map(|r| {
            let lines = r
                .answers
                .iter()
                .map(|&(q, a)| {
                    view! {
                        <li>
                            {format!("{} — ", quiz.questions[q].text)}
                            <em>{answer_label(&quiz, texts, a)}</em>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="reflection">
                    <p class="prompt">{quiz.reflections[r.reflection].prompt.clone()}</p>
                    <p class="you-said">{voice.choose(texts.said_yours(), texts.said_theirs()).to_string()}</p>
                    <ul>{lines}</ul>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <Section id="reflect" title=texts.reflect_title()>
            <ol class="reflections">{items}</ol>
        </Section>
    })
}

/// How an answer is labelled on the quiz's own scale.
fn answer_label(quiz: &Quiz, texts: &Texts, answer: Answer) -> String {
    match answer {
        Answer::Point(p) => quiz.scale.labels[usize::from(p.clamp(1, 5) - 1)].clone(),
        Answer::NotSure => quiz
            .scale
            .not_sure
            .clone()
            .unwrap_or_else(|| texts.not_sure().to_string()),
        Answer::Skipped => texts.skipped().to_string(),
    }
}
