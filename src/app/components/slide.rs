//! One slide of the presentation.

use std::sync::Arc;

use leptos::prelude::*;

use super::team_dimension::{CardHeading, TeamDimension};
use crate::core::quiz::Dimension;
use crate::core::team::DimensionSummary;

/// Slide `number` of `count`: one habit's card, titled as the slide.
#[component]
pub fn Slide(
    number: usize,
    count: usize,
    dimension: Dimension,
    summary: DimensionSummary,
    labels: Arc<Vec<String>>,
) -> impl IntoView {
    let members = summary.scores.len();
    view! {
        <div class="slide">
            <p class="slide-count">{format!("Slide {number} of {count} · ordered by disagreement")}</p>
            <TeamDimension dimension summary members labels heading=CardHeading::OnSlide/>
        </div>
    }
}
