//! The top of every report: the reader's style.

use std::sync::Arc;

use leptos::prelude::*;

use super::credit::credit_line;
use crate::app::shared::components::names::with_names;
use crate::app::shared::i18n::use_texts;
use crate::core::catalogue::fill;
use crate::core::quiz::Quiz;
use crate::core::report::{Overall, Report};

/// The archetype's name, summary and first step, credited, with the overall
/// score (saying how many habits it covers, or why there is none). `kicker` is the line above; its `{name}` is `name`, isolated.
#[component]
pub fn ArchetypeHeader(
    quiz: Arc<Quiz>,
    report: Arc<Report>,
    #[prop(into)] kicker: String,
    name: Option<String>,
) -> impl IntoView {
    let texts = use_texts();
    let archetype = &quiz.patterns[report.archetype];
    let overall = match report.overall {
        Overall::All(n) => fill(texts.overall(), &[("n", &n)]),
        Overall::Partial { score, scored, of } => fill(
            texts.overall_partial(),
            &[("n", &score), ("scored", &scored), ("of", &of)],
        ),
        Overall::TooFew { scored: 0, .. } => texts.overall_none().to_string(),
        Overall::TooFew { scored, of } => {
            fill(texts.overall_too_few(), &[("scored", &scored), ("of", &of)])
        }
    };
    view! {
        <header class="archetype">
            <p class="kicker">{with_names(&kicker, "{name}", name.as_slice())}</p>
            <h1 tabindex="-1">{archetype.name.clone()}</h1>
            <p class="summary">{archetype.summary.clone()}</p>
            <p class="try-first">
                <strong>{texts.try_first()}</strong>
                {archetype.try_first.clone()}
            </p>
            <p class="credit">{credit_line(&quiz, texts, &archetype.sources)}</p>
            <p class="overall">{overall}</p>
        </header>
    }
}
