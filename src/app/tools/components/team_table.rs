//! The team's scores as a table, one row per person.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::i18n::use_lang;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::count;
use crate::core::quiz::Quiz;
use crate::core::team::{Member, TeamSummary};

fn cell(value: Option<u8>) -> String {
    value.map_or("–".to_string(), |v| v.to_string())
}

/// Each member's score on each habit and their style, then the team
/// average. Closed by default: with 200 people the table is long, and
/// laying it out is most of the cost of showing the team.
#[component]
pub fn TeamTable(
    quiz: Arc<Quiz>,
    #[prop(into)] members: Signal<Vec<Member>>,
    #[prop(into)] summary: Signal<TeamSummary>,
    #[prop(into)] labels: Signal<Vec<String>>,
) -> impl IntoView {
    let t = use_tool_texts();
    let lang = use_lang();
    let toggle = move || {
        let n = members.with(Vec::len) as u64;
        count(lang, n, t.show_table_one(), t.show_table_other())
    };
    let head = quiz
        .dimensions
        .iter()
        .map(|d| view! { <th scope="col">{d.name.clone()}</th> })
        .collect_view();
    // A member's scores never change once added, so a row is built once.
    let row = {
        let quiz = quiz.clone();
        move |(m, _code): (usize, String)| {
            let (scores, style) = summary.with_untracked(|s| {
                let scores: Vec<String> = s.dimensions.iter().map(|d| cell(d.scores[m])).collect();
                (scores, quiz.patterns[s.archetypes[m]].name.clone())
            });
            let label = move || labels.with(|l| l.get(m).cloned().unwrap_or_default());
            view! {
                <tr>
                    <th scope="row"><bdi>{label}</bdi></th>
                    {scores.into_iter().map(|s| view! { <td>{s}</td> }).collect_view()}
                    <td>{style}</td>
                </tr>
            }
        }
    };
    let averages = move || {
        summary.with(|s| {
            s.dimensions
                .iter()
                .map(|d| view! { <td>{cell(d.average)}</td> })
                .collect_view()
        })
    };
    view! {
        <details>
            <summary>{toggle}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t.table_label()>
                <table>
                    <caption>{t.table_caption()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_member()}</th>
                            {head}
                            <th scope="col">{t.col_style()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || {
                                members
                                    .with(|ms| {
                                        ms.iter()
                                            .enumerate()
                                            .map(|(i, m)| (i, m.code.clone()))
                                            .collect::<Vec<_>>()
                                    })
                            }
                            key=|(_, code)| code.clone()
                            children=row
                        />
                        <tr class="average-row">
                            <th scope="row">{t.team_average()}</th>
                            {averages}
                            <td></td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </details>
    }
}
