//! The reader's score on each habit, as a chart with the same figures in a table.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::i18n::use_texts;
use crate::core::quiz::Quiz;
use crate::core::report::Report;

/// Where a chart's parts go, in SVG user units. On a wide screen each habit
/// is one row, its name left of its bar, in a 580-unit-wide picture scaled
/// to fit. On a phone the names would shrink to 7–8 px that way, so the
/// picture is as many units wide as the screen has pixels and each name sits
/// above its bar: text is drawn at its real size.
#[derive(Clone, Copy)]
struct Geometry {
    width: u32,
    row: u32,
    /// Where bars start, and how long a score of 100 is.
    bar_x: u32,
    bar_w: u32,
    /// The bar's and the score's baseline, below the row's top.
    bar_y: u32,
    value_y: u32,
    /// The name's baseline, below the row's top.
    label_y: u32,
    stacked: bool,
}

impl Geometry {
    const WIDE: Geometry = Geometry {
        width: 580,
        row: 34,
        bar_x: 210,
        bar_w: 330,
        bar_y: 4,
        value_y: 17,
        label_y: 17,
        stacked: false,
    };

    /// The geometry for a window `window_width` CSS pixels wide.
    fn for_window(window_width: Option<f64>) -> Geometry {
        match window_width {
            // The screen's side padding is under 32 px on a phone, so a unit
            // is at least a pixel.
            Some(w) if w < 640.0 => {
                let width = (w - 32.0).clamp(250.0, 580.0) as u32;
                Geometry {
                    width,
                    row: 54,
                    bar_x: 0,
                    bar_w: width - 56,
                    bar_y: 24,
                    value_y: 38,
                    label_y: 17,
                    stacked: true,
                }
            }
            _ => Geometry::WIDE,
        }
    }

    fn bar_end(&self, score: u8) -> u32 {
        self.bar_x + u32::from(score) * self.bar_w / 100
    }
}

/// Dimension scores as horizontal bars (inline SVG), a tick across a bar for
/// the previous attempt's score, and a table for screen readers and anyone
/// who prefers numbers.
#[component]
pub fn ScoreChart(quiz: Arc<Quiz>, report: Arc<Report>) -> impl IntoView {
    let texts = use_texts();
    let g = Geometry::for_window(window().inner_width().ok().and_then(|w| w.as_f64()));
    let height = g.row * quiz.dimensions.len() as u32 + 16;
    let rows = || quiz.dimensions.iter().zip(&report.dimensions).enumerate();
    let bars = rows()
        .map(|(i, (dim, result))| {
            let y = 8 + g.row * i as u32;
            let score = result.score.unwrap_or(0);
            let before = result
                .score
                .zip(result.change)
                .map(|(s, c)| g.bar_end((i16::from(s) - c).clamp(0, 100) as u8));
            let value = result
                .score
                .map_or(texts.no_score().to_string(), |s| s.to_string());
            let (bar_top, tick_top) = (y + g.bar_y, y + g.bar_y - 4);
            view! {
                <text x="0" y=y + g.label_y class="chart-label">{dim.name.clone()}</text>
                <rect x=g.bar_x y=bar_top width=g.bar_w height="18" class="chart-track"></rect>
                <rect x=g.bar_x y=bar_top width=g.bar_end(score) - g.bar_x height="18" class="chart-bar"></rect>
                {before.map(|x| view! {
                    <line x1=x x2=x y1=tick_top y2=tick_top + 26 class="chart-previous"></line>
                })}
                <text x=g.bar_x + g.bar_w + 10 y=y + g.value_y class="chart-value">{value}</text>
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
                viewBox=format!("0 0 {} {height}", g.width)
                role="img"
                aria-labelledby="chart-title"
                class=if g.stacked { "chart-svg stacked" } else { "chart-svg" }
            >
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
