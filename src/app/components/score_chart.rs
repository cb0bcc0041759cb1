//! The reader's score on each habit, as a chart with the same figures in a table.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::i18n::use_texts;
use crate::core::quiz::Quiz;
use crate::core::report::Report;

// Chart geometry in SVG user units.
const ROW: u32 = 34;
const LABEL_W: u32 = 210;
const BAR_W: u32 = 330;

fn bar_x(score: u8) -> u32 {
    LABEL_W + u32::from(score) * BAR_W / 100
}

/// Dimension scores as horizontal bars (inline SVG), a tick across a bar for
/// the previous attempt's score, and a table for screen readers and anyone
/// who prefers numbers.
#[component]
pub fn ScoreChart(quiz: Arc<Quiz>, report: Arc<Report>) -> impl IntoView {
    let texts = use_texts();
    let height = ROW * quiz.dimensions.len() as u32 + 16;
    let rows = || quiz.dimensions.iter().zip(&report.dimensions).enumerate();
    let bars = rows()
        .map(|(i, (dim, result))| {
            let y = 8 + ROW * i as u32;
            let score = result.score.unwrap_or(0);
            let before = result
                .score
                .zip(result.change)
                .map(|(s, c)| bar_x((i16::from(s) - c).clamp(0, 100) as u8));
            let value = result
                .score
                .map_or(texts.no_score().to_string(), |s| s.to_string());
            view! {
                <text x="0" y=y + 17 class="chart-label">{dim.name.clone()}</text>
                <rect x=LABEL_W y=y + 4 width=BAR_W height="18" class="chart-track"></rect>
                <rect x=LABEL_W y=y + 4 width=bar_x(score) - LABEL_W height="18" class="chart-bar"></rect>
                {before.map(|x| view! {
                    <line x1=x x2=x y1=y y2=y + 26 class="chart-previous"></line>
                })}
                <text x=LABEL_W + BAR_W + 10 y=y + 17 class="chart-value">{value}</text>
            }
        })
        .collect_view();
    let table_rows = rows()
        .map(|(_, (dim, result))| {
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
            <svg
                viewBox=format!("0 0 580 {height}")
                role="img"
                aria-labelledby="chart-title"
                class="chart-svg"
            >
                <title id="chart-title">{texts.chart_title().to_string()}</title>
                {bars}
            </svg>
            <details class="chart-table">
                <summary>{texts.chart_table().to_string()}</summary>
                <table>
                    <caption>{texts.chart_title().to_string()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{texts.habit().to_string()}</th>
                            <th scope="col">{texts.score().to_string()}</th>
                            <th scope="col">{texts.change().to_string()}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
