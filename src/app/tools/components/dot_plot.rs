//! A team's scores on one habit, as labelled dots on a line, and the same
//! as text.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::tools::context::phone_sized::use_phone_sized;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::{fill, ToolTexts};
use crate::core::share_code::isolate;
use crate::core::team::{dot_rows, DimensionSummary};

/// Teams up to this size get dots large enough to carry a number; larger
/// ones get small plain dots (the text list still names everyone).
pub const LABELLED_UP_TO: usize = 40;

/// How dots are drawn: units a point (5, or 3 on a phone, where the
/// picture is then about as many pixels wide as units, so its numbers stay
/// readable), the dots' radius, the points two dots in a row keep apart (so
/// they never overlap) and a row's height.
#[derive(Clone, Copy)]
struct Dots {
    unit: u32,
    radius: u32,
    gap: u8,
    row: u32,
    labelled: bool,
}

impl Dots {
    fn for_team(members: usize, initials: bool, phone: bool) -> Dots {
        let unit = if phone { 3 } else { 5 };
        let (radius, row, labelled) = if members <= LABELLED_UP_TO {
            // Initials go under the dot.
            (11, if initials { 36 } else { 25 }, true)
        } else {
            (4, 9, false)
        };
        Dots {
            unit,
            radius,
            // Two radii and a unit of air, in whole points.
            gap: (2 * radius + 1).div_ceil(unit) as u8,
            row,
            labelled,
        }
    }

    /// The horizontal position of a score, 20 units in from each side.
    fn x(self, score: u8) -> u32 {
        20 + u32::from(score) * self.unit
    }

    fn width(self) -> u32 {
        40 + 100 * self.unit
    }
}

/// What each dot says: the member's number (from 1) and, when names are
/// shown, their initials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DotLabels {
    /// Each member's label as listed (a name, or "Member N"), in member order.
    pub labels: Arc<Vec<String>>,
    /// Each member's initials, in member order, when names are shown;
    /// empty for a member without a name.
    pub initials: Option<Arc<Vec<String>>>,
}

/// A 0–100 line with the team's range as a band, its average as a bar and
/// each member as a numbered dot (a tooltip gives their label and score).
/// Equal or close scores stack in rows. Clicking a dot picks that member,
/// which `picked` highlights here and everywhere else.
#[component]
pub fn DotPlot(
    #[prop(into)] name: String,
    summary: DimensionSummary,
    labels: DotLabels,
    picked: RwSignal<Option<usize>>,
) -> impl IntoView {
    let t = use_tool_texts();
    let label = fill(t.dots_label(), &[("name", &name)]);
    let text = dots_text(t, &summary.scores, &labels.labels);
    let phone = use_phone_sized();
    let (members, initials) = (summary.scores.len(), labels.initials.is_some());
    // Drawn again at the new scale when the window turns phone-sized or
    // back (a rotation, a resize).
    let marks = move || {
        let shape = Dots::for_team(members, initials, phone.get());
        marks(shape, &summary, &labels, picked, label.clone())
    };
    view! {
        {marks}
        <ul class="visually-hidden dots-text">{text}</ul>
    }
}

/// The picture itself, in `shape`: its `label` says what it shows.
fn marks(
    shape: Dots,
    summary: &DimensionSummary,
    labels: &DotLabels,
    picked: RwSignal<Option<usize>>,
    label: String,
) -> impl IntoView {
    let x = move |score| shape.x(score);
    let rows = dot_rows(&summary.scores, shape.gap);
    let row_count = rows.iter().flatten().max().map_or(1, |r| r + 1) as u32;
    let top = 4;
    let axis = top + row_count * shape.row + 4;
    let height = axis + 20;
    let range = summary.min.zip(summary.max).map(|(min, max)| {
        let width = (u32::from(max - min) * shape.unit).max(2);
        view! { <rect x=x(min) width=width y=top height=axis - top class="range"></rect> }
    });
    let average = summary.average.map(|avg| {
        view! { <line x1=x(avg) x2=x(avg) y1="0" y2=axis + 6 class="average"></line> }
    });
    let ticks = [(0u8, "0"), (50, "50"), (100, "100")]
        .into_iter()
        .map(|(value, label)| {
            view! { <text x=x(value) y=axis + 16 text-anchor="middle" class="tick">{label}</text> }
        })
        .collect_view();
    let (scores, labels) = (summary.scores.clone(), labels.clone());
    // Redrawn when someone is picked: one view per habit, not an effect per dot.
    let dots = move || {
        let chosen = picked.get();
        scores
            .iter()
            .zip(&rows)
            .enumerate()
            .filter_map(|(m, (score, row))| Some((m, (*score)?, (*row)?)))
            .map(|(m, score, row)| {
                let cx = x(score);
                let cy = top + row as u32 * shape.row + shape.radius + 1;
                // A tooltip is plain text: the label is isolated with marks.
                let tip = format!(
                    "{}: {score}",
                    isolate(labels.labels.get(m).map_or("", |s| s))
                );
                let number = shape.labelled.then(|| {
                    view! {
                        <text x=cx y=cy + 4 text-anchor="middle" class="dot-number">{m + 1}</text>
                    }
                });
                let initials = labels
                    .initials
                    .as_ref()
                    .and_then(|i| i.get(m))
                    .filter(|i| shape.labelled && !i.is_empty())
                    .map(|i| {
                        view! {
                            <text x=cx y=cy + shape.radius + 11 text-anchor="middle" class="dot-initials">
                                {isolate(i)}
                            </text>
                        }
                    });
                let class = match chosen {
                    Some(p) if p == m => "member picked",
                    Some(_) => "member faded",
                    None => "member",
                };
                view! {
                    <g class=class on:click=move |_| toggle(picked, m)>
                        <circle cx=cx cy=cy r=shape.radius class="dot">
                            <title>{tip}</title>
                        </circle>
                        {number}
                        {initials}
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <svg
            viewBox=format!("0 0 {} {height}", shape.width())
            role="img"
            aria-label=label
            class="marks"
        >
            <line x1="20" x2=shape.width() - 20 y1=axis y2=axis class="axis"></line>
            {range}
            {average}
            {dots}
            {ticks}
        </svg>
    }
}

/// Picks member `m`, or lets go of them when they are already picked.
pub fn toggle(picked: RwSignal<Option<usize>>, m: usize) {
    picked.update(|p| *p = if *p == Some(m) { None } else { Some(m) });
}

/// The dots as a list for screen readers: each score, lowest first, with
/// everyone who has it.
fn dots_text(t: &ToolTexts, scores: &[Option<u8>], labels: &[String]) -> impl IntoView {
    let mut by_score: Vec<(u8, Vec<String>)> = Vec::new();
    for m in crate::core::report::ranked(scores, false) {
        let (Some(score), Some(label)) = (scores[m], labels.get(m)) else {
            continue;
        };
        let who = format!("{} ({})", isolate(label), m + 1);
        match by_score.last_mut() {
            Some((s, names)) if *s == score => names.push(who),
            _ => by_score.push((score, vec![who])),
        }
    }
    by_score
        .into_iter()
        .map(|(score, names)| {
            let line = fill(
                t.dots_text_item(),
                &[("score", &score), ("list", &names.join(", "))],
            );
            view! { <li>{line}</li> }
        })
        .collect_view()
}
