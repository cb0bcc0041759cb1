//! "Save team picture": the team view as one 1920×1080 PNG for the meeting
//! notes and slides, drawn in the tools' module.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::i18n::use_lang;
use crate::app::tools::context::texts::use_tool_texts;
use crate::app::tools::picture::{download, draw_team};
use crate::core::catalogue::{fill, ToolTexts};
use crate::core::language::Day;
use crate::core::meeting::Action;
use crate::core::picture::{TeamPicture, TeamRow, PICTURE_ACTIONS};
use crate::core::quiz::Quiz;
use crate::core::share_code::isolate;
use crate::core::team::figures_line;
use crate::core::team::{members_text, TeamSummary};

/// What the picture shows: the habits by disagreement, each with every
/// member's score, the average and the range; the members as `labels` has
/// them (names, or "Member n" when the view is anonymous); the meeting's
/// first actions.
pub fn team_picture(
    quiz: &Quiz,
    summary: &TeamSummary,
    labels: &[String],
    t: &ToolTexts,
    lang: crate::core::language::Lang,
    today: Day,
    actions: &[Action],
) -> TeamPicture {
    let n = labels.len();
    let actions_title = if actions.len() > PICTURE_ACTIONS {
        fill(
            t.actions_first_of(),
            &[("shown", &PICTURE_ACTIONS), ("n", &actions.len())],
        )
    } else {
        t.actions_title().to_string()
    };
    TeamPicture {
        actions_title,
        actions: actions
            .iter()
            .map(|a| match &a.owner {
                Some(owner) => fill(
                    t.action_with_owner(),
                    &[("text", &a.text), ("owner", &isolate(owner))],
                ),
                None => a.text.clone(),
            })
            .collect(),
        title: t.team_picture_title().to_string(),
        // Isolated: a right-to-left name keeps the line's order.
        members: members_text(lang, t, labels),
        date: lang.date(today),
        rows: summary
            .by_disagreement
            .iter()
            .map(|&d| {
                let s = &summary.dimensions[d];
                TeamRow {
                    name: quiz.dimensions[d].name.clone(),
                    figures: figures_line(t, s, n),
                    scores: s.scores.clone(),
                    average: s.average,
                    min: s.min,
                    max: s.max,
                }
            })
            .collect(),
    }
}

/// The button; what it did goes to `status` (if given).
#[component]
pub fn SaveTeamPicture(
    quiz: Arc<Quiz>,
    #[prop(into)] summary: Signal<TeamSummary>,
    #[prop(into)] labels: Signal<Vec<String>>,
    #[prop(into)] actions: Signal<Vec<Action>>,
    #[prop(optional)] status: Option<RwSignal<String>>,
) -> impl IntoView {
    let t = use_tool_texts();
    let lang = use_lang();
    let save = move |_| {
        let today = Day::from_epoch_ms(js_sys::Date::now());
        let picture = summary.with_untracked(|s| {
            labels.with_untracked(|l| {
                actions.with_untracked(|a| team_picture(&quiz, s, l, t, lang, today, a))
            })
        });
        if let Some(png) = draw_team(&picture) {
            download(&png, &format!("candor-team-{}.png", today.iso()));
            if let Some(status) = status {
                status.set(t.team_picture_saved().to_string());
            }
        }
    };
    view! {
        <button type="button" on:click=save>{t.save_team_picture()}</button>
    }
}
