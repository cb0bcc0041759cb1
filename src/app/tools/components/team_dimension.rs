//! One habit in the team view: figures, dots and prompts to discuss.

use std::sync::Arc;

use leptos::prelude::*;

use super::dot_plot::DotPlot;
use crate::app::shared::i18n::I18n;
use crate::core::catalogue::{fill, ToolTexts};
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

#[component]
pub fn TeamDimension(
    dimension: Dimension,
    summary: DimensionSummary,
    members: usize,
    labels: Arc<Vec<String>>,
    heading: CardHeading,
) -> impl IntoView {
    let t = expect_context::<I18n>().catalogue::<ToolTexts>();
    let figures = figures_line(t, &summary, members);
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
            <p class="prompts-title">{t.to_discuss()}</p>
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
