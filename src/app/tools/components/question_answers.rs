//! A habit's questions with the team's answers, most divided first.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::tools::context::quiz::use_quiz;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::answers::Answer;
use crate::core::catalogue::ToolTexts;
use crate::core::quiz::Quiz;
use crate::core::team::{who_answered, Member, QuestionSummary};

/// Drawn only while open (`opened`, kept by the team view so that the
/// habit stays open when it is drawn again, as for Anonymous): a team of
/// 200 has thousands of names in these lists, and most habits are never
/// opened.
/// Each question lists how many chose each point of the scale, "Not sure"
/// (where the quiz offers it) and no answer (where someone gave none), and,
/// when `people` is given (names are shown), who they were; the member
/// `picked` is marked.
#[component]
pub fn QuestionAnswers(
    questions: Vec<QuestionSummary>,
    people: Option<Arc<Vec<Member>>>,
    labels: Arc<Vec<String>>,
    picked: RwSignal<Option<usize>>,
    opened: RwSignal<bool>,
) -> impl IntoView {
    let t = use_tool_texts();
    let quiz = use_quiz();
    let list = move || {
        let items = questions
            .iter()
            .map(|q| question(&quiz, t, q, people.as_deref(), &labels, picked))
            .collect_view();
        view! { <ol class="question-list">{items}</ol> }
    };
    view! {
        <details
            class="questions"
            prop:open=move || opened.get()
            on:toggle:target=move |ev| opened.set(ev.target().open())
        >
            <summary>{t.each_question()}</summary>
            <Show when=move || opened.get()>{list.clone()}</Show>
        </details>
    }
}

fn question(
    quiz: &Quiz,
    t: &'static ToolTexts,
    q: &QuestionSummary,
    people: Option<&Vec<Member>>,
    labels: &Arc<Vec<String>>,
    picked: RwSignal<Option<usize>>,
) -> impl IntoView {
    let mut rows: Vec<(String, usize, Answer)> = quiz
        .scale
        .labels
        .iter()
        .zip(q.points)
        .zip(1u8..)
        .map(|((label, n), p)| (label.clone(), n, Answer::Point(p)))
        .collect();
    if let Some(not_sure) = &quiz.scale.not_sure {
        rows.push((not_sure.clone(), q.not_sure, Answer::NotSure));
    }
    if q.skipped > 0 {
        rows.push((t.no_answer().to_string(), q.skipped, Answer::Skipped));
    }
    let rows = rows
        .into_iter()
        .map(|(answer, n, value)| {
            let who = people.filter(|_| n > 0).map(|people| {
                let names = who_answered(people, q.question, value)
                    .into_iter()
                    .enumerate()
                    .map(|(i, m)| {
                        let label = labels.get(m).cloned().unwrap_or_default();
                        view! {
                            {(i > 0).then_some(", ")}
                            <bdi class:picked=move || picked.get() == Some(m)>{label}</bdi>
                        }
                    })
                    .collect_view();
                view! { <span class="who">{names}</span> }
            });
            view! {
                <li class:none=n == 0>
                    <span class="answer">{answer}</span>
                    " "
                    <span class="count">{n}</span>
                    {who}
                </li>
            }
        })
        .collect_view();
    view! {
        <li>
            <p class="statement">{quiz.questions[q.question].text.clone()}</p>
            <ul class="answer-counts">{rows}</ul>
        </li>
    }
}
