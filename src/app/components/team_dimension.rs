//! One habit in the team view: figures, dots and prompts to discuss.

use std::sync::Arc;

use leptos::prelude::*;

use super::dot_plot::DotPlot;
use crate::core::quiz::Dimension;
use crate::core::team::DimensionSummary;

/// The heading level of a card: `h3` in the list, `h2` (the slide's title)
/// on a presentation slide.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CardHeading {
    InList,
    OnSlide,
}

/// A habit's team average, range and spread, every member as a dot (labelled
/// by `labels`, in member order), and the quiz's discussion prompts for it.
#[component]
pub fn TeamDimension(
    dimension: Dimension,
    summary: DimensionSummary,
    members: usize,
    labels: Arc<Vec<String>>,
    heading: CardHeading,
) -> impl IntoView {
    let figures = match (summary.average, summary.min, summary.max) {
        (Some(avg), Some(min), Some(max)) => format!(
            "Team average {avg} · range {min}–{max} (spread {}) · {} of {members} scored",
            max - min,
            summary.scored,
        ),
        _ => "Nobody answered enough of these questions for a score.".into(),
    };
    let title = match heading {
        CardHeading::InList => view! { <h3>{dimension.name.clone()}</h3> }.into_any(),
        CardHeading::OnSlide => {
            view! { <h2 id="slide-h" tabindex="-1">{dimension.name.clone()}</h2> }.into_any()
        }
    };
    let prompts = (!dimension.discussion.is_empty()).then(|| {
        let items = dimension
            .discussion
            .iter()
            .map(|p| view! { <li>{p.clone()}</li> })
            .collect_view();
        view! {
            <p class="prompts-title">"To discuss:"</p>
            <ul class="prompts">{items}</ul>
        }
    });
    view! {
        <article class="team-dimension">
            {title}
            <p class="figures">{figures}</p>
            <DotPlot name=dimension.name summary labels/>
            {prompts}
        </article>
    }
}
