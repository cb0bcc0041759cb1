//! What a valid quiz gives its readers, for the coach: each archetype with
//! its rule in words, its call to action and the simple answer sheets that
//! get it, then a table of what those sheets score. All of it comes from
//! `core::outcomes`, said in the tools' words; the file's own texts are
//! shown as text.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::catalogue::{CheckerTexts, ProblemTexts};
use crate::core::language::Lang;
use crate::core::outcomes::{and, Outcomes};
use crate::core::quiz::Quiz;

/// The archetypes in order, then the simple answer sheets' scores.
#[component]
pub fn QuizOutcomes(
    quiz: Arc<Quiz>,
    outcomes: Outcomes,
    c: &'static CheckerTexts,
    lang: Lang,
) -> impl IntoView {
    let fill = ProblemTexts::fill;
    let archetypes = outcomes
        .archetypes
        .iter()
        .map(|a| {
            let pattern = &quiz.patterns[a.pattern];
            let cta = match &pattern.cta {
                Some(cta) => fill(
                    c.check_cta_own(),
                    &[
                        ("label", &cta.label.clone().unwrap_or_default()),
                        ("url", &cta.url),
                    ],
                ),
                None => c.check_cta_page().to_string(),
            };
            let sheets: Vec<String> = a.sheets.iter().map(|s| s.words(&quiz, c)).collect();
            let sheets = if sheets.is_empty() {
                c.check_sheets_none().to_string()
            } else {
                fill(c.check_sheets_reach(), &[("list", &and(c, &sheets))])
            };
            view! {
                <li>
                    <p class="outcome-name">{pattern.name.clone()}</p>
                    <p>{a.rule.words(&quiz, c, lang)}</p>
                    <p>{cta}</p>
                    <p class="outcome-sheets">{sheets}</p>
                </li>
            }
        })
        .collect_view();
    let score =
        move |s: Option<u8>| s.map_or_else(|| c.check_no_score().to_string(), |s| s.to_string());
    let head = quiz
        .dimensions
        .iter()
        .map(|d| view! { <th scope="col">{d.name.clone()}</th> })
        .collect_view();
    let rows = outcomes
        .sheets
        .iter()
        .map(|s| {
            let scores = s
                .scores
                .iter()
                .map(|&v| view! { <td>{score(v)}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{s.sheet.words(&quiz, c)}</th>
                    {scores}
                    <td>{quiz.patterns[s.archetype].name.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 id="outcomes-h">{c.check_outcomes_title()}</h3>
        <p class="hint">{c.check_outcomes_hint()}</p>
        <ol class="outcomes" aria-labelledby="outcomes-h">{archetypes}</ol>
        <h3 id="sheets-h">{c.check_sheets_title()}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="sheets-h">
            <table class="sheets">
                <caption>{c.check_sheets_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{c.check_col_sheet()}</th>
                        {head}
                        <th scope="col">{c.check_col_archetype()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
