//! A fake text measure and sample requests for the picture's tests.

use super::draw::{Align, Font, Op, Shape};
use super::request::{Action, Habit, PictureRequest};
use super::text_fit::extends;

/// A fake measure: every character is 0.55 of the font size wide (bold
/// 0.6; a sans-serif's letters average about 0.5), combining marks and
/// joiners nothing.
pub(super) fn fake(text: &str, font: Font) -> f64 {
    let per = if font.bold { 0.6 } else { 0.55 } * font.size;
    text.chars().filter(|&c| !extends(c)).count() as f64 * per
}

pub(super) fn request(
    shape: Shape,
    archetype: &str,
    kicker: &str,
    summary: &str,
) -> PictureRequest {
    PictureRequest {
        shape,
        action: Action::Download,
        kicker: kicker.into(),
        archetype: archetype.into(),
        summary: summary.into(),
        habits: [72, 45, 0, 100, 13, 88, 50]
            .iter()
            .enumerate()
            .map(|(i, &s)| Habit {
                name: format!("Habit number {i} with a rather long name indeed"),
                score: Some(s),
            })
            .collect(),
        no_score: "–".into(),
        date: "6 December 2026".into(),
        iso_date: "2026-12-06".into(),
        address: "https://example.org/candor/sub/path/".into(),
        link: "https://example.org/candor/#r=abc".into(),
        title: "Candor".into(),
    }
}

/// Every text run lies inside its box and the image; its text is not
/// wider than its box.
pub(super) fn check_inside(ops: &[Op], shape: Shape) {
    let (w, h) = shape.size();
    for op in ops {
        match op {
            Op::Text {
                x,
                y,
                text,
                font,
                align,
                max_width,
                ..
            } => {
                let width = fake(text, *font);
                assert!(width <= *max_width + 1e-9, "{text:?} is wider than its box");
                let left = if *align == Align::Left { *x } else { x - width };
                assert!(
                    left >= 0.0 && left + width <= f64::from(w),
                    "{text:?} leaves the image"
                );
                assert!(
                    *y >= 0.0 && y + font.size * 1.3 <= f64::from(h),
                    "{text:?} leaves the image"
                );
            }
            Op::Rect {
                x, y, w: rw, h: rh, ..
            } => {
                assert!(*x >= 0.0 && *y >= 0.0 && x + rw <= f64::from(w) && y + rh <= f64::from(h));
            }
            Op::Circle { x, y, r, .. } => {
                assert!(
                    x - r >= 0.0 && y - r >= 0.0 && x + r <= f64::from(w) && y + r <= f64::from(h)
                );
            }
        }
    }
}

pub(super) fn texts(ops: &[Op]) -> Vec<String> {
    ops.iter()
        .filter_map(|op| match op {
            Op::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}
