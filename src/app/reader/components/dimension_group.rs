//! A group of habits in the report: strengths, growth areas or the rest.

use std::sync::Arc;

use leptos::prelude::*;

use super::credit::credit_line;
use crate::app::shared::components::section::Section;
use crate::app::shared::i18n::use_texts;
use crate::core::catalogue::fill;
use crate::core::catalogue::Texts;
use crate::core::quiz::Quiz;
use crate::core::report::Report;

/// One card per habit in `dimensions`: its score (and change), the headline
/// of its band, the habits of the group it ties with, and that band's
/// credited advice. Nothing when the list is empty.
#[component]
pub fn DimensionGroup(
    quiz: Arc<Quiz>,
    report: Arc<Report>,
    id: &'static str,
    #[prop(into)] title: String,
    dimensions: Vec<usize>,
) -> impl IntoView {
    if dimensions.is_empty() {
        return None;
    }
    let texts = use_texts();
    let cards = dimensions
        .iter()
        .map(|&d| {
            let dim = &quiz.dimensions[d];
            let result = report.dimensions[d];
            let mut score = match result.score {
                Some(s) => format!("{s} / 100"),
                None => texts.not_enough().to_string(),
            };
            if let Some(c) = result.change.filter(|c| *c != 0) {
                score.push_str(&fill(texts.since_last(), &[("change", &format!("{c:+}"))]));
            }
            let tie = tie_note(&quiz, &report, texts, &dimensions, d);
            let band = result.band.map(|b| &dim.bands[b]);
            let headline = band.map_or(&dim.description, |b| &b.headline).clone();
            let advice = band.map(|b| {
                let items = b
                    .advice
                    .iter()
                    .map(|a| {
                        view! {
                            <li>
                                {a.text.clone()} " "
                                <span class="credit">{credit_line(&quiz, texts, &a.sources)}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="advice">{items}</ul> }
            });
            view! {
                <article class="dimension">
                    <h3>{dim.name.clone()} <span class="score">{score}</span></h3>
                    <p class="headline">{headline}</p>
                    {tie.map(|tie| view! { <p class="tie">{tie}</p> })}
                    {advice}
                </article>
            }
        })
        .collect_view();
    Some(view! { <Section id title>{cards}</Section> })
}

/// "Tied at 75 with Owning mistakes." when other habits of the group have
/// the same score as `d`: ties are said, not hidden by the order of the cards.
fn tie_note(
    quiz: &Quiz,
    report: &Report,
    texts: &Texts,
    group: &[usize],
    d: usize,
) -> Option<String> {
    let score = report.dimensions[d].score?;
    let others: Vec<&str> = group
        .iter()
        .filter(|&&o| o != d && report.dimensions[o].score == Some(score))
        .map(|&o| quiz.dimensions[o].name.as_str())
        .collect();
    match others.as_slice() {
        [] => None,
        [a] => Some(fill(texts.tied_one(), &[("score", &score), ("a", a)])),
        [a, b] => Some(fill(
            texts.tied_two(),
            &[("score", &score), ("a", a), ("b", b)],
        )),
        many => Some(fill(
            texts.tied_many(),
            &[("score", &score), ("n", &many.len())],
        )),
    }
}
