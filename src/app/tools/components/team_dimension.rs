//! One habit in the team view: figures, dots, its most divided statement,
//! each question's answers and prompts to discuss.

use std::sync::Arc;

use leptos::prelude::*;

use super::discussion_prompts::DiscussionPrompts;
use super::dot_plot::{DotLabels, DotPlot};
use super::meeting::MeetingState;
use super::question_answers::QuestionAnswers;
use crate::app::tools::context::quiz::use_quiz;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::quiz::Dimension;
use crate::core::team::{
    figures_line, most_divided_line, situation_line, DimensionSummary, Member,
};

/// The heading level of a card: `h3` in the list, `h2` (the slide's title)
/// on a presentation slide.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CardHeading {
    InList,
    OnSlide,
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
    /// The meeting, whose agenda a card in the list can join or leave
    /// (`agenda_id`: the habit's id).
    #[prop(optional)]
    meeting: Option<MeetingState>,
    #[prop(optional)] agenda_id: String,
    heading: CardHeading,
) -> impl IntoView {
    let t = use_tool_texts();
    let quiz = use_quiz();
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
    let situation =
        situation_line(t, &summary).map(|line| view! { <p class="situation">{line}</p> });
    let on_agenda = meeting.map(|meeting| {
        let (quiz, id) = (quiz.clone(), agenda_id.clone());
        let checked = {
            let (quiz, id) = (quiz.clone(), id.clone());
            move || meeting.on_agenda(&quiz, &id)
        };
        let field = format!("agenda-{agenda_id}");
        view! {
            <div class="check on-agenda">
                <input
                    id=field.clone()
                    type="checkbox"
                    prop:checked=checked
                    on:change:target=move |ev| meeting.set_on_agenda(&quiz, &id, ev.target().checked())
                />
                <label for=field>{t.on_agenda()}</label>
            </div>
        }
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
            {on_agenda}
            <p class="figures">{figures}</p>
            <DotPlot name=dimension.name summary labels picked/>
            {situation}
            {divided}
            {questions}
            {prompts}
        </article>
    }
}
