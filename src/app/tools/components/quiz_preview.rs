//! What a quiz file holds, at a glance: its title, introduction, questions
//! and dimensions, as text (nothing of a file is ever rendered as HTML).

use leptos::prelude::*;

use crate::core::catalogue::{count, fill, ToolTexts};
use crate::core::language::Lang;
use crate::core::quiz::Quiz;

/// `n` questions, as the language counts them.
pub fn questions(t: &ToolTexts, lang: Lang, n: usize) -> String {
    count(
        lang,
        n as u64,
        t.check_questions_one(),
        t.check_questions_other(),
    )
}

/// `n` dimensions, as the language counts them.
pub fn dimensions(t: &ToolTexts, lang: Lang, n: usize) -> String {
    count(
        lang,
        n as u64,
        t.check_dimensions_one(),
        t.check_dimensions_other(),
    )
}

/// The quiz's title and introduction, its dimensions with their
/// descriptions, and its questions in order with their dimension's name.
/// `id` prefixes the headings' ids, so two previews can share a page.
#[component]
pub fn QuizPreview(
    quiz: std::sync::Arc<Quiz>,
    t: &'static ToolTexts,
    id: &'static str,
) -> impl IntoView {
    let minutes = fill(
        t.check_minutes(),
        &[("n", &quiz.minutes), ("language", &quiz.language)],
    );
    let dimensions = quiz
        .dimensions
        .iter()
        .map(|d| {
            view! {
                <li>
                    <strong>{d.name.clone()}</strong>
                    {format!(" — {}", d.description)}
                </li>
            }
        })
        .collect_view();
    let questions = quiz
        .questions
        .iter()
        .map(|q| {
            let dimension = quiz
                .dimensions
                .get(q.dimension)
                .map(|d| d.name.clone())
                .unwrap_or_default();
            view! {
                <li>
                    {q.text.clone()}
                    <span class="hint">{format!(" ({dimension})")}</span>
                </li>
            }
        })
        .collect_view();
    let (dh, qh) = (format!("{id}-dimensions-h"), format!("{id}-questions-h"));
    view! {
        <div class="quiz-preview">
            <h3 class="quiz-title">{quiz.title.clone()}</h3>
            <p>{quiz.intro.clone()}</p>
            <p class="hint">{minutes}</p>
            <h4 id=dh.clone()>{t.check_dimensions_title()}</h4>
            <ul aria-labelledby=dh>{dimensions}</ul>
            <h4 id=qh.clone()>{t.check_questions_title()}</h4>
            <ol aria-labelledby=qh>{questions}</ol>
        </div>
    }
}
