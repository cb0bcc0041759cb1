//! The slides of a team meeting: an opening, one per habit on the agenda,
//! a summary and the actions. Each is titled by its `h2#slide-h`.

use std::sync::Arc;

use leptos::prelude::*;

use super::actions::Actions;
use super::dot_plot::DotLabels;
use super::meeting::MeetingState;
use super::team_dimension::{CardHeading, TeamDimension};
use crate::app::shared::address::app_address;
use crate::app::shared::components::qr_code::QrCode;
use crate::app::shared::i18n::use_lang;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::{count, fill};
use crate::core::quiz::{Dimension, Quiz};
use crate::core::team::{habit_lines, profile_line, DimensionSummary, TeamSummary};

/// What a slide shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideKind {
    Opening,
    /// A habit (dimension index).
    Habit(usize),
    Summary,
    Actions,
}

/// The slides for an agenda: the opening, a slide per habit, the summary
/// and the actions.
pub fn slides(agenda: &[usize]) -> Vec<SlideKind> {
    let mut out = vec![SlideKind::Opening];
    out.extend(agenda.iter().map(|&d| SlideKind::Habit(d)));
    out.extend([SlideKind::Summary, SlideKind::Actions]);
    out
}

fn title(text: String) -> impl IntoView {
    view! { <h2 id="slide-h" tabindex="-1">{text}</h2> }
}

/// How many took part, the habits on the agenda, and a QR code of the
/// quiz's address for anyone who has not taken it yet.
#[component]
pub fn OpeningSlide(quiz: Arc<Quiz>, people: usize, agenda: Vec<usize>) -> impl IntoView {
    let t = use_tool_texts();
    let lang = use_lang();
    let took_part = count(
        lang,
        people as u64,
        t.notes_count_one(),
        t.notes_count_other(),
    );
    let address = app_address();
    let latecomers = fill(t.slide_latecomers(), &[("address", &address)]);
    let habits = agenda
        .iter()
        .map(|&d| view! { <li>{quiz.dimensions[d].name.clone()}</li> })
        .collect_view();
    view! {
        <div class="opening">
            <div>
                <p class="kicker">{t.slide_opening()}</p>
                {title(quiz.title.clone())}
                <p>{took_part}</p>
                <p class="prompts-title">{t.slide_agenda()}</p>
                <ol class="agenda">{habits}</ol>
            </div>
            <figure class="latecomers">
                <QrCode text=Signal::stored(address) label=t.slide_qr_label()/>
                <figcaption>{latecomers}</figcaption>
            </figure>
        </div>
    }
}

/// One habit's card, titled as the slide, with the prompts chosen.
#[component]
pub fn HabitSlide(
    dimension: Dimension,
    summary: DimensionSummary,
    labels: DotLabels,
    picked: RwSignal<Option<usize>>,
    prompts: RwSignal<Option<Vec<String>>>,
) -> impl IntoView {
    let members = summary.scores.len();
    view! {
        <TeamDimension
            dimension
            summary
            members
            labels
            picked
            prompts
            people=None
            heading=CardHeading::OnSlide
        />
    }
}

/// The team's strengths, growth areas, or what the shape of its averages says.
#[component]
pub fn SummarySlide(quiz: Arc<Quiz>, summary: TeamSummary) -> impl IntoView {
    let t = use_tool_texts();
    let group = |heading: &'static str, habits: &[usize]| {
        (!habits.is_empty()).then(|| {
            let items = habit_lines(t, &quiz, &summary, habits)
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view();
            view! {
                <h3>{heading}</h3>
                <ul>{items}</ul>
            }
        })
    };
    let strengths = group(t.team_strengths(), &summary.strengths);
    let growth = group(t.team_growth(), &summary.growth_areas);
    let note = profile_line(t, &summary).map(|note| view! { <p class="profile-note">{note}</p> });
    view! {
        {title(t.slide_summary().to_string())}
        {note}
        {strengths}
        {growth}
    }
}

/// What the team agrees, typed in during the meeting.
#[component]
pub fn ActionsSlide(meeting: MeetingState, status: RwSignal<String>) -> impl IntoView {
    let t = use_tool_texts();
    view! {
        {title(t.slide_actions().to_string())}
        <Actions actions=meeting.actions id="slide-action" status/>
    }
}
