//! The result image's layout, as a card or a portrait.

use super::draw::{backdrop, Align, Font, Measure, Op, Paint, Shape};
use super::qr::{qr_ops, Qr};
use super::request::PictureRequest;
use super::text_fit::{fit, wrap};

/// Where things go in a result image of one shape.
struct ResultFrame {
    pad: f64,
    stripe: f64,
    kicker: Font,
    archetype: Font,
    archetype_line: f64,
    summary: Font,
    summary_line: f64,
    /// Lines for the archetype and the summary together.
    head_lines: usize,
    label: Font,
    label_width: f64,
    score: Font,
    score_width: f64,
    footer: Font,
    qr_side: f64,
    /// QR code beside the bars (card) or below them (portrait).
    qr_beside: bool,
}

fn result_frame(shape: Shape) -> ResultFrame {
    match shape {
        Shape::Portrait => ResultFrame {
            pad: 72.0,
            stripe: 16.0,
            kicker: Font::regular(32.0),
            archetype: Font::bold(68.0),
            archetype_line: 80.0,
            summary: Font::regular(32.0),
            summary_line: 44.0,
            head_lines: 6,
            label: Font::regular(30.0),
            label_width: 936.0,
            score: Font::bold(30.0),
            score_width: 90.0,
            footer: Font::regular(28.0),
            qr_side: 240.0,
            qr_beside: false,
        },
        _ => ResultFrame {
            pad: 56.0,
            stripe: 12.0,
            kicker: Font::regular(24.0),
            archetype: Font::bold(46.0),
            archetype_line: 54.0,
            summary: Font::regular(22.0),
            summary_line: 30.0,
            head_lines: 3,
            label: Font::regular(22.0),
            label_width: 340.0,
            score: Font::bold(22.0),
            score_width: 64.0,
            footer: Font::regular(22.0),
            qr_side: 200.0,
            qr_beside: true,
        },
    }
}

/// A bar as laid out: for tests and for checking pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The filled part's width.
    pub filled: f64,
}

/// The result image's draw operations, and its bars.
pub fn layout_result(
    request: &PictureRequest,
    qr: Option<&Qr>,
    measure: Measure,
) -> (Vec<Op>, Vec<Bar>) {
    let (w, h) = request.shape.size();
    let (w, h) = (w as f64, h as f64);
    let f = result_frame(request.shape);
    let mut ops = backdrop(w, h, f.stripe);
    let inner = w - 2.0 * f.pad;
    let text = |ops: &mut Vec<Op>,
                x: f64,
                y: f64,
                s: String,
                font: Font,
                paint: Paint,
                align,
                max_width| {
        if !s.is_empty() {
            ops.push(Op::Text {
                x,
                y,
                text: s,
                font,
                paint,
                align,
                max_width,
            });
        }
    };
    // Kicker, archetype (up to two lines), summary (what lines are left).
    let mut y = f.stripe + f.pad * 0.6;
    let kicker = fit(&request.kicker, f.kicker, inner, measure);
    text(
        &mut ops,
        f.pad,
        y,
        kicker,
        f.kicker,
        Paint::Muted,
        Align::Left,
        inner,
    );
    y += f.kicker.size * 1.6;
    let archetype = wrap(&request.archetype, f.archetype, inner, 2, measure);
    let archetype_lines = archetype.len().max(1);
    for line in archetype {
        text(
            &mut ops,
            f.pad,
            y,
            line,
            f.archetype,
            Paint::Text,
            Align::Left,
            inner,
        );
        y += f.archetype_line;
    }
    y += f.summary.size * 0.3;
    let summary_lines = f.head_lines.saturating_sub(archetype_lines).max(1);
    for line in wrap(&request.summary, f.summary, inner, summary_lines, measure) {
        text(
            &mut ops,
            f.pad,
            y,
            line,
            f.summary,
            Paint::Muted,
            Align::Left,
            inner,
        );
        y += f.summary_line;
    }
    y += f.summary_line * 0.6;

    // Footer: the date on the left, the address on the right.
    let footer_y = h - f.pad - f.footer.size;
    let (bars_right, bars_bottom, qr_at) = if f.qr_beside {
        let qr_x = w - f.pad - f.qr_side;
        (qr_x - 40.0, footer_y - 24.0, (qr_x, y))
    } else {
        let qr_y = footer_y - 32.0 - f.qr_side;
        (w - f.pad, qr_y - 40.0, ((w - f.qr_side) / 2.0, qr_y))
    };
    let half = inner / 2.0 - 12.0;
    let date = fit(&request.date, f.footer, half, measure);
    text(
        &mut ops,
        f.pad,
        footer_y,
        date.clone(),
        f.footer,
        Paint::Muted,
        Align::Left,
        half,
    );
    // The address takes what the date leaves.
    let date_width = measure(&date, f.footer).min(half);
    let address_width = inner - date_width - 32.0;
    let address = fit(&request.address, f.footer, address_width, measure);
    text(
        &mut ops,
        w - f.pad,
        footer_y,
        address,
        f.footer,
        Paint::Muted,
        Align::Right,
        address_width,
    );

    // The habits: label, bar, score. On the card the label is beside the
    // bar; in portrait it is above it.
    let rows = request.habits.len().max(1) as f64;
    let row = ((bars_bottom - y) / rows).floor();
    let mut bars = Vec::new();
    for (i, habit) in request.habits.iter().enumerate() {
        let top = (y + i as f64 * row).round();
        let (bar_x, bar_y, label_y, bar_h);
        if f.qr_beside {
            bar_x = f.pad + f.label_width + 16.0;
            bar_h = (row * 0.45).round();
            bar_y = (top + (row - bar_h) / 2.0).round();
            label_y = (top + (row - f.label.size) / 2.0).round();
        } else {
            bar_x = f.pad;
            label_y = top;
            bar_h = (row * 0.3).round();
            bar_y = (top + f.label.size * 1.3).round();
        }
        let label_width = if f.qr_beside {
            f.label_width
        } else {
            bars_right - f.pad
        };
        let label = fit(&habit.name, f.label, label_width, measure);
        text(
            &mut ops,
            f.pad,
            label_y,
            label,
            f.label,
            Paint::Text,
            Align::Left,
            label_width,
        );
        let bar_w = (bars_right - f.score_width - 12.0 - bar_x).round();
        let filled = (bar_w * f64::from(habit.score.unwrap_or(0)) / 100.0).round();
        ops.push(Op::Rect {
            x: bar_x,
            y: bar_y,
            w: bar_w,
            h: bar_h,
            paint: Paint::Track,
        });
        if filled > 0.0 {
            ops.push(Op::Rect {
                x: bar_x,
                y: bar_y,
                w: filled,
                h: bar_h,
                paint: Paint::Accent,
            });
        }
        bars.push(Bar {
            x: bar_x,
            y: bar_y,
            width: bar_w,
            height: bar_h,
            filled,
        });
        let score = habit
            .score
            .map_or_else(|| request.no_score.clone(), |s| s.to_string());
        let score = fit(&score, f.score, f.score_width, measure);
        let score_y = (bar_y + (bar_h - f.score.size) / 2.0).round();
        text(
            &mut ops,
            bars_right,
            score_y,
            score,
            f.score,
            Paint::Text,
            Align::Right,
            f.score_width,
        );
    }
    if let Some(qr) = qr {
        qr_ops(qr, qr_at.0, qr_at.1, f.qr_side, &mut ops);
    }
    (ops, bars)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::picture::qr::qr_modules;
    use crate::core::picture::test_support::{check_inside, fake, request, texts};
    use crate::core::picture::text_fit::ELLIPSIS;
    use crate::core::validate::parse_quiz;

    fn builtin_patterns(file: &str) -> (Vec<(String, String)>, Vec<String>) {
        let path = format!("{}/content/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let quiz = parse_quiz(text.as_bytes()).unwrap();
        let patterns = quiz
            .patterns
            .iter()
            .map(|p| (p.name.clone(), p.summary.clone()))
            .collect();
        (
            patterns,
            quiz.dimensions.iter().map(|d| d.name.clone()).collect(),
        )
    }

    #[test]
    fn the_longest_archetype_and_a_24_character_name_fit_in_both_languages() {
        for file in ["candor.quiz.json", "candor.de.quiz.json"] {
            let (patterns, habits) = builtin_patterns(file);
            // The worst case: the longest name and the longest summary.
            let name = patterns
                .iter()
                .map(|(n, _)| n.clone())
                .max_by_key(|n| n.chars().count())
                .unwrap();
            let summary = patterns
                .iter()
                .map(|(_, s)| s.clone())
                .max_by_key(|s| s.chars().count())
                .unwrap();
            // As the reader's page asks for it: the name isolated (FSI…PDI).
            let kicker = format!(
                "{}’s client-handling style",
                crate::core::share_code::isolate("Maximiliane Mustermann-Ü")
            );
            assert_eq!("Maximiliane Mustermann-Ü".chars().count(), 24);
            for shape in [Shape::Card, Shape::Portrait] {
                let mut r = request(shape, &name, &kicker, &summary);
                for (habit, name) in r.habits.iter_mut().zip(&habits) {
                    habit.name = name.clone();
                }
                let qr = qr_modules(&r.link);
                let (ops, _) = layout_result(&r, qr.as_ref(), &fake);
                check_inside(&ops, shape);
                let all = texts(&ops);
                // The whole archetype name is shown (over at most two lines).
                let shown: Vec<&String> =
                    all.iter().filter(|t| name.contains(t.as_str())).collect();
                assert_eq!(
                    shown
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    name,
                    "{file} {shape:?}"
                );
                // The 24-character name is shown whole.
                assert!(all.contains(&kicker), "{file} {shape:?}: {all:?}");
                // The date and the address are shown whole.
                assert!(all.contains(&r.date) && all.contains(&r.address), "{all:?}");
                // Every habit's name is shown whole.
                for habit in &habits {
                    assert!(all.contains(habit), "{file} {shape:?}: {habit}");
                }
                // The long summary is shortened, not spilled.
                assert!(all.iter().any(|t| t.ends_with(ELLIPSIS)));
            }
        }
    }

    #[test]
    fn bars_are_in_proportion_to_the_scores() {
        for shape in [Shape::Card, Shape::Portrait] {
            let r = request(shape, "The Trusted Advisor", "Your style", "Short.");
            let (ops, bars) = layout_result(&r, None, &fake);
            check_inside(&ops, shape);
            assert_eq!(bars.len(), 7);
            for (bar, habit) in bars.iter().zip(&r.habits) {
                let expected = bar.width * f64::from(habit.score.unwrap()) / 100.0;
                assert!((bar.filled - expected).abs() <= 0.5, "{bar:?} {habit:?}");
                assert_eq!(bar.x, bars[0].x);
                assert_eq!(bar.width, bars[0].width);
            }
            // Rows go down the image without overlapping.
            for pair in bars.windows(2) {
                assert!(pair[1].y >= pair[0].y + pair[0].height);
            }
        }
    }

    #[test]
    fn layout_is_deterministic() {
        let r = request(Shape::Card, "The Trusted Advisor", "Your style", "Short.");
        let qr = qr_modules(&r.link);
        assert_eq!(
            layout_result(&r, qr.as_ref(), &fake),
            layout_result(&r, qr.as_ref(), &fake)
        );
    }
}
