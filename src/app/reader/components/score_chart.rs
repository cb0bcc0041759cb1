//! The reader's score on each habit, as a chart with the same figures in a table.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::i18n::use_texts;
use crate::core::quiz::Quiz;
use crate::core::report::Report;

/// The chart's two layouts. On a wide screen each habit is one row, its name
/// left of its bar, in a 580-unit-wide picture scaled to fit. On a phone the
/// names would shrink to 7–8 px that way, so the picture is as many units
/// wide as the screen has pixels and each name sits above its bar: text is
/// drawn at its real size. Where each part goes in either layout is
/// style/main.css's (`.chart-row`, `.chart-bars`, `.chart-value`); this
/// says only how large the picture is, so a phone turned on its side
/// changes layout without redrawing a bar.
#[derive(Clone, Copy, PartialEq)]
struct Layout {
    width: u32,
    row: u32,
    stacked: bool,
}

impl Layout {
    /// The layout for a window `window_width` CSS pixels wide.
    fn for_window(window_width: Option<f64>) -> Layout {
        match window_width {
            // The screen's side padding is under 32 px on a phone, so a unit
            // is at least a pixel.
            Some(w) if w < 640.0 => Layout {
                width: (w - 32.0).clamp(250.0, 580.0) as u32,
                row: 54,
                stacked: true,
            },
            _ => Layout {
                width: 580,
                row: 34,
                stacked: false,
            },
        }
    }
}

/// Dimension scores as horizontal bars (inline SVG), a tick across a bar for
/// the previous attempt's score, and a table for screen readers and anyone
/// who prefers numbers. Bars and ticks are drawn in percent of the bars'
/// length, which the layout's stylesheet scales.
#[component]
pub fn ScoreChart(quiz: Arc<Quiz>, report: Arc<Report>) -> impl IntoView {
    let texts = use_texts();
    let window_width = || window().inner_width().ok().and_then(|w| w.as_f64());
    let width = RwSignal::new(window_width());
    let resized = window_event_listener(leptos::ev::resize, move |_| width.set(window_width()));
    on_cleanup(move || resized.remove());
    let layout = move || Layout::for_window(width.get());
    let rows = quiz.dimensions.len() as u32;
    let view_box = move || {
        let l = layout();
        format!("0 0 {} {}", l.width, l.row * rows + 16)
    };
    let class = move || match layout().stacked {
        true => "chart-svg stacked",
        false => "chart-svg",
    };
    let pairs = || quiz.dimensions.iter().zip(&report.dimensions);
    let bars = pairs()
        .enumerate()
        .map(|(i, (dim, result))| {
            let score = result.score.unwrap_or(0);
            let before = result
                .score
                .zip(result.change)
                .map(|(s, c)| format!("{}%", (i16::from(s) - c).clamp(0, 100)));
            let value = result
                .score
                .map_or(texts.no_score().to_string(), |s| s.to_string());
            view! {
                <g class="chart-row" style=("--row", i.to_string())>
                    <text x="0" y="17" class="chart-label">{dim.name.clone()}</text>
                    <g class="chart-bars">
                        <rect width="100%" height="18" class="chart-track"></rect>
                        <rect width=format!("{score}%") height="18" class="chart-bar"></rect>
                        {before.map(|x| view! {
                            <line x1=x.clone() x2=x y1="-4" y2="22" class="chart-previous"></line>
                        })}
                    </g>
                    <text x="100%" y="17" text-anchor="end" class="chart-value">{value}</text>
                </g>
            }
        })
        .collect_view();
    let table_rows = pairs()
        .map(|(dim, result)| {
            let shown = result
                .score
                .map_or(texts.not_enough().to_string(), |s| s.to_string());
            let change = result.change.map_or("—".to_string(), |c| format!("{c:+}"));
            view! {
                <tr>
                    <th scope="row">{dim.name.clone()}</th>
                    <td>{shown}</td>
                    <td>{change}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=view_box role="img" aria-labelledby="chart-title" class=class>
                <title id="chart-title">{texts.chart_title()}</title>
                {bars}
            </svg>
            <details class="chart-table">
                <summary>{texts.chart_table()}</summary>
                <table>
                    <caption>{texts.chart_title()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{texts.habit()}</th>
                            <th scope="col">{texts.score()}</th>
                            <th scope="col">{texts.change()}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
