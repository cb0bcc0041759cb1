//! A team's scores on one habit, as dots on a line.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::i18n::I18n;
use crate::core::catalogue::{fill, ToolTexts};
use crate::core::share_code::isolate;
use crate::core::team::DimensionSummary;

fn x(score: u8) -> u32 {
    20 + u32::from(score) * 5
}

/// A 0–100 line with the team's range as a band, its average as a bar and
/// each member as a dot whose tooltip is their label (`labels`, in member
/// order).
#[component]
pub fn DotPlot(
    #[prop(into)] name: String,
    summary: DimensionSummary,
    labels: Arc<Vec<String>>,
) -> impl IntoView {
    let t = expect_context::<I18n>().catalogue::<ToolTexts>();
    let label = fill(t.dots_label(), &[("name", &name)]);
    let range = summary.min.zip(summary.max).map(|(min, max)| {
        let width = (u32::from(max - min) * 5).max(2);
        view! { <rect x=x(min) width=width y="22" height="26" class="range"></rect> }
    });
    let dots = summary
        .scores
        .iter()
        .enumerate()
        .filter_map(|(m, score)| score.map(|s| (m, s)))
        .map(|(m, score)| {
            // Three rows, so equal scores stay visible.
            let cy = [28, 35, 42][m % 3];
            // A tooltip is plain text: the label is isolated with marks.
            let tip = format!("{}: {score}", isolate(labels.get(m).map_or("", |s| s)));
            view! {
                <circle cx=x(score) cy=cy r="5" class="dot">
                    <title>{tip}</title>
                </circle>
            }
        })
        .collect_view();
    let average = summary.average.map(|avg| {
        view! { <line x1=x(avg) x2=x(avg) y1="14" y2="56" class="average"></line> }
    });
    let ticks = [(0u8, "0"), (50, "50"), (100, "100")]
        .into_iter()
        .map(|(value, label)| {
            view! { <text x=x(value) y="68" text-anchor="middle" class="tick">{label}</text> }
        })
        .collect_view();
    view! {
        <svg
            viewBox="0 0 540 70"
            role="img"
            aria-label=label
            class="marks"
        >
            <line x1="20" x2="520" y1="35" y2="35" class="axis"></line>
            {range}
            {dots}
            {average}
            {ticks}
        </svg>
    }
}
