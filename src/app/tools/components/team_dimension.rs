//! One habit in the team view: figures, dots, its most divided statement,
//! each question's answers and prompts to discuss.

use std::sync::Arc;

use leptos::prelude::*;

use super::discussion_prompts::DiscussionPrompts;
use super::dot_plot::{DotLabels, DotPlot};
use super::question_answers::QuestionAnswers;
use crate::app::shared::i18n::I18n;
use crate::core::catalogue::{fill, ToolTexts};
use crate::core::quiz::{Dimension, Quiz, Situation};
use crate::core::team::{DimensionSummary, Member};

/// The heading level of a card: `h3` in the list, `h2` (the slide's title)
/// on a presentation slide.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CardHeading {
    InList,
    OnSlide,
}

/// "Average 62 · range 35–90 …", or that nobody has a score.
pub fn figures_line(t: &ToolTexts, summary: &DimensionSummary, members: usize) -> String {
    match (summary.average, summary.min, summary.max) {
        (Some(avg), Some(min), Some(max)) => fill(
            t.figures(),
            &[
                ("average", &avg),
                ("min", &min),
                ("max", &max),
                ("spread", &(max - min)),
                ("scored", &summary.scored),
                ("members", &members),
            ],
        ),
        _ => t.nobody_scored().to_string(),
    }
}

/// "Most divided: “…”" naming the habit's most divided statement (or the
/// statements tied for it); `None` when the team answered alike.
pub fn most_divided_line(t: &ToolTexts, quiz: &Quiz, summary: &DimensionSummary) -> Option<String> {
    let quoted: Vec<String> = summary
        .most_divided
        .iter()
        .map(|&q| fill(t.quoted(), &[("text", &quiz.questions[q].text)]))
        .collect();
    match quoted.as_slice() {
        [] => None,
        [one] => Some(fill(t.most_divided_one(), &[("question", one)])),
        several => Some(fill(t.most_divided_tie(), &[("list", &several.join("; "))])),
    }
}

/// A habit's team average, range and spread, every member as a numbered
/// dot, the most divided statement, each question's answers (given
/// `questions_open`; with who gave them when `people` is given: names are
/// shown) and the quiz's discussion prompts for it.
#[component]
pub fn TeamDimension(
    dimension: Dimension,
    summary: DimensionSummary,
    members: usize,
    labels: DotLabels,
    picked: RwSignal<Option<usize>>,
    people: Option<Arc<Vec<Member>>>,
    /// Whether its questions are open (kept across redraws).
    #[prop(optional)]
    questions_open: Option<RwSignal<bool>>,
    /// The prompts chosen to discuss (kept across redraws; `None` until
    /// the facilitator chooses).
    prompts: RwSignal<Option<Vec<String>>>,
    heading: CardHeading,
) -> impl IntoView {
    let t = expect_context::<I18n>().catalogue::<ToolTexts>();
    let quiz = expect_context::<Arc<Quiz>>();
    let figures = figures_line(t, &summary, members);
    let divided =
        most_divided_line(t, &quiz, &summary).map(|line| view! { <p class="divided">{line}</p> });
    let title = match heading {
        CardHeading::InList => view! { <h3>{dimension.name.clone()}</h3> }.into_any(),
        CardHeading::OnSlide => {
            view! { <h2 id="slide-h" tabindex="-1">{dimension.name.clone()}</h2> }.into_any()
        }
    };
    let questions = questions_open.map(|opened| {
        view! {
            <QuestionAnswers
                questions=summary.questions.clone()
                people
                labels=labels.labels.clone()
                picked
                opened
            />
        }
    });
    let situation = summary.situation.map(|s| {
        let line = match s {
            Situation::Split => fill(
                t.situation_split(),
                &[
                    ("min", &summary.min.unwrap_or(0)),
                    ("max", &summary.max.unwrap_or(0)),
                ],
            ),
            Situation::Low => fill(
                t.situation_low(),
                &[("average", &summary.average.unwrap_or(0))],
            ),
            Situation::High => fill(
                t.situation_high(),
                &[("average", &summary.average.unwrap_or(0))],
            ),
        };
        view! { <p class="situation">{line}</p> }
    });
    let prompts = view! {
        <DiscussionPrompts
            dimension=dimension.clone()
            situation=summary.situation
            chosen=prompts
            choosing=heading == CardHeading::InList
        />
    };
    view! {
        <article class="team-dimension">
            {title}
            <p class="figures">{figures}</p>
            <DotPlot name=dimension.name summary labels picked/>
            {situation}
            {divided}
            {questions}
            {prompts}
        </article>
    }
}
