//! The team picture's layout: every member's score on each habit, and the meeting's actions.

use super::draw::{backdrop, Align, Font, Measure, Op, Paint, Shape};
use super::text_fit::{fit, wrap};

/// One habit of the team picture.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamRow {
    pub name: String,
    /// "average 62 · range 35–90": as the team view writes it.
    pub figures: String,
    /// Every member's score (none for members without one).
    pub scores: Vec<Option<u8>>,
    pub average: Option<u8>,
    pub min: Option<u8>,
    pub max: Option<u8>,
}

/// What the team picture shows, in the page's language.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamPicture {
    pub title: String,
    /// "3 members: Ana, Bo, Member 3" (anonymous when the view is).
    pub members: String,
    pub date: String,
    /// In the order of the team view (by disagreement).
    pub rows: Vec<TeamRow>,
    /// The meeting's actions, each as one line ("Call the client (owner:
    /// Bo)"), under `actions_title`; none leaves the habits the whole height.
    pub actions_title: String,
    pub actions: Vec<String>,
}

/// The most actions the team picture lists; more are counted in the title.
pub const PICTURE_ACTIONS: usize = 3;

/// The team picture's draw operations.
pub fn layout_team(team: &TeamPicture, measure: Measure) -> Vec<Op> {
    let (w, h) = Shape::Team.size();
    let (w, h) = (w as f64, h as f64);
    let pad = 72.0;
    let inner = w - 2.0 * pad;
    let title = Font::bold(56.0);
    let small = Font::regular(28.0);
    let name_font = Font::bold(30.0);
    let figures_font = Font::regular(22.0);
    let mut ops = backdrop(w, h, 16.0);
    let push_text = |ops: &mut Vec<Op>, x, y, text: String, font, paint, align, max_width| {
        if !text.is_empty() {
            ops.push(Op::Text {
                x,
                y,
                text,
                font,
                paint,
                align,
                max_width,
            });
        }
    };
    let date_width = 400.0;
    push_text(
        &mut ops,
        pad,
        56.0,
        fit(&team.title, title, inner - date_width - 24.0, measure),
        title,
        Paint::Text,
        Align::Left,
        inner - date_width - 24.0,
    );
    push_text(
        &mut ops,
        w - pad,
        72.0,
        fit(&team.date, small, date_width, measure),
        small,
        Paint::Muted,
        Align::Right,
        date_width,
    );
    push_text(
        &mut ops,
        pad,
        132.0,
        fit(&team.members, small, inner, measure),
        small,
        Paint::Muted,
        Align::Left,
        inner,
    );

    let top = 196.0;
    // The actions, at the bottom: a title and up to three lines.
    let shown_actions = team.actions.len().min(PICTURE_ACTIONS);
    let line = 36.0;
    let actions_h = if shown_actions == 0 {
        0.0
    } else {
        24.0 + line * (shown_actions as f64 + 1.0)
    };
    if shown_actions > 0 {
        let y = h - pad - actions_h + 24.0;
        ops.push(Op::Rect {
            x: pad,
            y: y - 20.0,
            w: inner,
            h: 2.0,
            paint: Paint::Track,
        });
        push_text(
            &mut ops,
            pad,
            y,
            fit(&team.actions_title, name_font, inner, measure),
            name_font,
            Paint::Text,
            Align::Left,
            inner,
        );
        for (k, action) in team.actions.iter().take(PICTURE_ACTIONS).enumerate() {
            push_text(
                &mut ops,
                pad,
                y + line * (k as f64 + 1.0),
                fit(&format!("• {action}"), small, inner, measure),
                small,
                Paint::Text,
                Align::Left,
                inner,
            );
        }
    }
    let rows = team.rows.len().max(1) as f64;
    let row = ((h - pad - top - actions_h) / rows).floor();
    let label_width = 520.0;
    let axis_x = pad + label_width + 40.0;
    let axis_w = w - pad - axis_x;
    let at = |score: u8| (axis_x + axis_w * f64::from(score) / 100.0).round();
    // The scale's ends above the first row.
    push_text(
        &mut ops,
        axis_x,
        top - 36.0,
        "0".into(),
        figures_font,
        Paint::Muted,
        Align::Left,
        60.0,
    );
    push_text(
        &mut ops,
        axis_x + axis_w,
        top - 36.0,
        "100".into(),
        figures_font,
        Paint::Muted,
        Align::Right,
        60.0,
    );
    for (i, r) in team.rows.iter().enumerate() {
        let y = top + i as f64 * row;
        push_text(
            &mut ops,
            pad,
            y + 8.0,
            fit(&r.name, name_font, label_width, measure),
            name_font,
            Paint::Text,
            Align::Left,
            label_width,
        );
        let figures = wrap(&r.figures, figures_font, label_width, 2, measure);
        for (k, line) in figures.into_iter().enumerate() {
            let line_y = y + 46.0 + k as f64 * 28.0;
            push_text(
                &mut ops,
                pad,
                line_y,
                line,
                figures_font,
                Paint::Muted,
                Align::Left,
                label_width,
            );
        }
        let mid = (y + row / 2.0).round();
        // The axis, the range, the average.
        ops.push(Op::Rect {
            x: axis_x,
            y: mid - 1.0,
            w: axis_w,
            h: 2.0,
            paint: Paint::Track,
        });
        if let (Some(min), Some(max)) = (r.min, r.max) {
            let band = (row * 0.6).round();
            ops.push(Op::Rect {
                x: at(min),
                y: mid - band / 2.0,
                w: (at(max) - at(min)).max(2.0),
                h: band,
                paint: Paint::Track,
            });
        }
        // Dots: members with the same score are stacked up and down from
        // the axis, as far as the row allows.
        let radius = 7.0;
        let reach = ((row * 0.8 / 2.0 - radius) / (radius * 1.2))
            .floor()
            .max(0.0) as usize;
        let mut seen = [0usize; 101];
        for score in r.scores.iter().flatten() {
            let k = seen[usize::from((*score).min(100))];
            seen[usize::from((*score).min(100))] += 1;
            let step = (k.div_ceil(2)).min(reach) as f64;
            let side = if k % 2 == 1 { -1.0 } else { 1.0 };
            ops.push(Op::Circle {
                x: at(*score),
                y: mid + side * step * radius * 1.2,
                r: radius,
                paint: Paint::Text,
            });
        }
        if let Some(average) = r.average {
            let tall = (row * 0.8).round();
            ops.push(Op::Rect {
                x: at(average) - 3.0,
                y: mid - tall / 2.0,
                w: 6.0,
                h: tall,
                paint: Paint::Accent,
            });
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::picture::test_support::{check_inside, fake, texts};
    use crate::core::picture::text_fit::ELLIPSIS;

    #[test]
    fn the_team_picture_draws_the_members_isolated() {
        let labels = ["Bob דני 1 2 3".to_string(), "Ana".to_string()];
        let t = crate::core::catalogue::ToolTexts::of(crate::core::language::Lang::En);
        let team = TeamPicture {
            title: "How our team handles clients".into(),
            members: crate::core::team::members_text(crate::core::language::Lang::En, t, &labels),
            date: "6 December 2026".into(),
            rows: Vec::new(),
            actions_title: String::new(),
            actions: Vec::new(),
        };
        let all = texts(&layout_team(&team, &fake));
        assert!(
            all.contains(
                &"2 members: \u{2068}Bob דני 1 2 3\u{2069}, \u{2068}Ana\u{2069}".to_string()
            ),
            "{all:?}"
        );
    }

    #[test]
    fn the_team_picture_fits_200_members() {
        let rows = (0..7)
            .map(|d| TeamRow {
                name: format!(
                    "Habit {d} with a name far too long to fit in its column of the picture"
                ),
                figures: "average 50 · range 0–100".into(),
                scores: (0..200)
                    .map(|i| Some(((i * 7 + d * 13) % 101) as u8))
                    .collect(),
                average: Some(50),
                min: Some(0),
                max: Some(100),
            })
            .collect();
        let team = TeamPicture {
            title: "How our team handles clients".into(),
            members: (1..=200)
                .map(|i| format!("Member {i}"))
                .collect::<Vec<_>>()
                .join(", "),
            date: "6 December 2026".into(),
            rows,
            actions_title: String::new(),
            actions: Vec::new(),
        };
        let ops = layout_team(&team, &fake);
        check_inside(&ops, Shape::Team);
        assert_eq!(
            ops.iter()
                .filter(|op| matches!(op, Op::Circle { .. }))
                .count(),
            1400
        );
        assert_eq!(ops, layout_team(&team, &fake));

        // With the meeting's actions: the first three, under their title,
        // below every habit, and everything still inside.
        let mut with_actions = team.clone();
        with_actions.actions_title = "Actions and agreements (4)".into();
        with_actions.actions = (1..=4)
            .map(|i| format!("Action {i} {}", "with a long text ".repeat(12)))
            .collect();
        let ops = layout_team(&with_actions, &fake);
        check_inside(&ops, Shape::Team);
        let all = texts(&ops);
        assert!(
            all.contains(&"Actions and agreements (4)".to_string()),
            "{all:?}"
        );
        let listed: Vec<&String> = all.iter().filter(|t| t.starts_with("• Action")).collect();
        assert_eq!(listed.len(), 3, "{all:?}");
        assert!(listed.iter().all(|t| t.ends_with(ELLIPSIS)), "{listed:?}");
        let lowest_dot = ops
            .iter()
            .filter_map(|op| match op {
                Op::Circle { y, r, .. } => Some(y + r),
                _ => None,
            })
            .fold(0.0, f64::max);
        let title_y = ops
            .iter()
            .find_map(|op| match op {
                Op::Text { y, text, .. } if text.starts_with("Actions and") => Some(*y),
                _ => None,
            })
            .unwrap();
        assert!(lowest_dot < title_y - 30.0, "{lowest_dot} {title_y}");
    }
}
