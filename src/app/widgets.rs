//! Small pieces several screens share: source credits and the score chart.

use crate::app::dom::{el, svg, text_el, El};
use crate::core::quiz::Quiz;
use crate::core::report::Report;

/// "Source: Title (Author)" for a list of source indices.
pub fn credits(quiz: &Quiz, sources: &[usize]) -> String {
    let names: Vec<String> = sources
        .iter()
        .map(|&s| format!("{} ({})", quiz.sources[s].title, quiz.sources[s].author))
        .collect();
    format!("Source: {}", names.join("; "))
}

// Chart geometry in SVG user units; whole numbers keep float formatting out of the build.
const ROW: u32 = 34;
const LABEL_W: u32 = 210;
const BAR_W: u32 = 330;

fn bar_x(score: u8) -> u32 {
    LABEL_W + u32::from(score) * BAR_W / 100
}

/// Dimension scores as a horizontal bar chart (inline SVG), with the same
/// figures in a table for screen readers and anyone who prefers numbers.
/// A previous attempt shows as a tick across each bar.
pub fn score_chart(quiz: &Quiz, report: &Report) -> El {
    let height = ROW * quiz.dimensions.len() as u32 + 16;
    let mut chart = svg("svg")
        .attr("viewBox", &format!("0 0 580 {height}"))
        .attr("role", "img")
        .attr("aria-labelledby", "chart-title")
        .class("chart-svg")
        .child(
            svg("title")
                .attr("id", "chart-title")
                .text("Your score on each habit, out of 100"),
        );
    let mut rows = Vec::new();
    for (i, (dim, result)) in quiz.dimensions.iter().zip(&report.dimensions).enumerate() {
        let y = 8 + ROW * i as u32;
        let n = |v: u32| v.to_string();
        let score = result.score.unwrap_or(0);
        chart = chart
            .child(
                svg("text")
                    .attr("x", "0")
                    .attr("y", &n(y + 17))
                    .class("chart-label")
                    .text(&dim.name),
            )
            .child(rect(LABEL_W, y + 4, BAR_W, "chart-track"))
            .child(rect(LABEL_W, y + 4, bar_x(score) - LABEL_W, "chart-bar"));
        if let Some(before) = result
            .score
            .zip(result.change)
            .map(|(s, c)| (i16::from(s) - c).clamp(0, 100) as u8)
        {
            let x = n(bar_x(before));
            chart = chart.child(
                svg("line")
                    .attr("x1", &x)
                    .attr("x2", &x)
                    .attr("y1", &n(y))
                    .attr("y2", &n(y + 26))
                    .class("chart-previous"),
            );
        }
        let value = result.score.map_or("n/a".to_string(), |s| s.to_string());
        chart = chart.child(
            svg("text")
                .attr("x", &n(LABEL_W + BAR_W + 10))
                .attr("y", &n(y + 17))
                .class("chart-value")
                .text(&value),
        );

        let change = result.change.map_or("—".to_string(), |c| format!("{c:+}"));
        let shown = result
            .score
            .map_or("not enough answers".to_string(), |s| s.to_string());
        rows.push(el("tr").children(vec![
            text_el("th", &dim.name).attr("scope", "row"),
            text_el("td", &shown),
            text_el("td", &change),
        ]));
    }
    let head = el("tr").children(
        ["Habit", "Score", "Change"]
            .iter()
            .map(|h| text_el("th", h).attr("scope", "col"))
            .collect(),
    );
    let table = el("table").children(vec![
        text_el("caption", "Your score on each habit, out of 100"),
        el("thead").child(head),
        el("tbody").children(rows),
    ]);
    el("figure").class("chart").child(chart).child(
        el("details")
            .class("chart-table")
            .child(text_el("summary", "Show the scores as a table"))
            .child(table),
    )
}

fn rect(x: u32, y: u32, width: u32, class: &str) -> El {
    svg("rect")
        .attr("x", &x.to_string())
        .attr("y", &y.to_string())
        .attr("width", &width.to_string())
        .attr("height", "18")
        .class(class)
}
