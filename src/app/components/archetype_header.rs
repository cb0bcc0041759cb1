//! The top of every report: the reader's style.

use std::sync::Arc;

use leptos::prelude::*;

use super::credit::credit_line;
use crate::app::i18n::use_texts;
use crate::core::catalogue::fill;
use crate::core::quiz::Quiz;
use crate::core::report::Report;

/// The archetype's name, summary and first step, credited, with the overall score.
#[component]
pub fn ArchetypeHeader(
    quiz: Arc<Quiz>,
    report: Arc<Report>,
    #[prop(into)] kicker: String,
) -> impl IntoView {
    let texts = use_texts();
    let archetype = &quiz.patterns[report.archetype];
    let overall = match report.scores.overall_rounded() {
        Some(s) => fill(texts.overall(), &[("n", &s)]),
        None => texts.overall_none().to_string(),
    };
    view! {
        <header class="archetype">
            <p class="kicker">{kicker}</p>
            <h1 tabindex="-1">{archetype.name.clone()}</h1>
            <p class="summary">{archetype.summary.clone()}</p>
            <p class="try-first">
                <strong>{texts.try_first().to_string()}</strong>
                {archetype.try_first.clone()}
            </p>
            <p class="credit">{credit_line(&quiz, texts, &archetype.sources)}</p>
            <p class="overall">{overall}</p>
        </header>
    }
}
