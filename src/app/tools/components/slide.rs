//! One slide of the presentation.

use leptos::prelude::*;

use super::dot_plot::DotLabels;
use super::team_dimension::{CardHeading, TeamDimension};
use crate::app::shared::i18n::I18n;
use crate::core::catalogue::{fill, ToolTexts};
use crate::core::quiz::Dimension;
use crate::core::team::DimensionSummary;

/// Slide `number` of `count`: one habit's card, titled as the slide.
#[component]
pub fn Slide(
    number: usize,
    count: usize,
    dimension: Dimension,
    summary: DimensionSummary,
    labels: DotLabels,
    picked: RwSignal<Option<usize>>,
    prompts: RwSignal<Option<Vec<String>>>,
) -> impl IntoView {
    let members = summary.scores.len();
    let t = expect_context::<I18n>().catalogue::<ToolTexts>();
    let place = fill(t.slide_count(), &[("n", &number), ("count", &count)]);
    view! {
        <div class="slide">
            <p class="slide-count">{place}</p>
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
        </div>
    }
}
