//! The result image and the team picture, laid out without a browser.
//!
//! [`layout_result`] and [`layout_team`] turn what a picture shows into a
//! list of draw operations ([`Op`]): rectangles, text runs and circles, in
//! page coordinates, with colours named by their role ([`Paint`]). The tools'
//! module maps the roles to the page's theme and draws the list on a canvas;
//! native tests check the list with a fake text measure. Text that does not
//! fit its box is shortened with "…" at a character boundary that keeps a
//! letter with its combining marks, joiners and variation selectors
//! ([`fit`], [`wrap`]); nothing is drawn outside its box or the image.
//!
//! [`PictureRequest`] is what the reader's module hands the tools' module
//! (as JSON) when the reader asks for an image; it is parsed strictly and
//! bounded ([`PictureRequest::parse`]).

use serde::{Deserialize, Serialize};

use super::text::is_valid_date;

/// The ellipsis that ends shortened text.
pub const ELLIPSIS: &str = "…";

/// The picture's shape: its size in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    /// 1200×630, the social-card size.
    Card,
    /// 1080×1350, portrait for phones.
    Portrait,
    /// 1920×1080, the team picture.
    Team,
}

impl Shape {
    pub fn size(self) -> (u32, u32) {
        match self {
            Shape::Card => (1200, 630),
            Shape::Portrait => (1080, 1350),
            Shape::Team => (1920, 1080),
        }
    }
}

/// A font: size in pixels and weight; the family is the page's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    const fn regular(size: f64) -> Font {
        Font { size, bold: false }
    }
    const fn bold(size: f64) -> Font {
        Font { size, bold: true }
    }
}

/// A colour by its role; the theme says which colour each role is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    Background,
    /// The accent stripe, bar fills, team averages.
    Accent,
    Text,
    Muted,
    /// A bar's empty part, a team range.
    Track,
    /// A QR code's modules and its quiet zone: black on white in any theme,
    /// so phones read it.
    QrDark,
    QrLight,
}

/// Where a text run's `x` is: its left edge or its right edge. Its `y` is
/// always the top of the line (`textBaseline = "top"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        paint: Paint,
    },
    Text {
        x: f64,
        y: f64,
        text: String,
        font: Font,
        paint: Paint,
        align: Align,
        /// The box the text was fitted to (its width).
        max_width: f64,
    },
    Circle {
        x: f64,
        y: f64,
        r: f64,
        paint: Paint,
    },
}

/// Measures the width of a text in a font, in pixels.
pub type Measure<'a> = &'a dyn Fn(&str, Font) -> f64;

// ---------------------------------------------------------------------------
// Shortening text

/// Whether a character belongs to the one before it: a combining mark, a
/// zero-width joiner, a variation selector, an emoji skin-tone modifier or a
/// tag character. A cut is never made before one of these.
fn extends(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F // combining diacritical marks
        | 0x0483..=0x0489
        | 0x0591..=0x05BD
        | 0x0610..=0x061A
        | 0x064B..=0x065F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D // zero-width non-joiner, joiner
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F // variation selectors
        | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF // skin tones
        | 0xE0020..=0xE007F // tags
        | 0xE0100..=0xE01EF // variation selectors supplement
    )
}

/// The byte offsets at which `text` may be cut: after each character that
/// is not followed by a character extending it, and not a joiner itself.
fn cut_points(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut points = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let end = at + c.len_utf8();
        let next = chars.get(i + 1).map(|&(_, n)| n);
        if c != '\u{200D}' && !next.is_some_and(extends) {
            points.push(end);
        }
    }
    points
}

/// `text` as it fits in `width`: whole, or its longest beginning (cut at a
/// [`cut_points`] boundary) followed by "…"; just "…" or nothing when even
/// that does not fit.
pub fn fit(text: &str, font: Font, width: f64, measure: Measure) -> String {
    if measure(text, font) <= width {
        return text.to_string();
    }
    shorten(text, font, width, measure)
}

/// The longest beginning of `text` with "…" that fits in `width`.
fn shorten(text: &str, font: Font, width: f64, measure: Measure) -> String {
    let points = cut_points(text);
    let with_ellipsis = |end: usize| {
        let head = text[..end].trim_end().trim_end_matches('\u{200D}');
        format!("{head}{ELLIPSIS}")
    };
    // Binary search: the widths grow with the cut point.
    let (mut lo, mut hi) = (0usize, points.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if measure(&with_ellipsis(points[mid - 1]), font) <= width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo > 0 {
        with_ellipsis(points[lo - 1])
    } else if measure(ELLIPSIS, font) <= width {
        ELLIPSIS.to_string()
    } else {
        String::new()
    }
}

/// `text` in lines of at most `width`, broken at spaces, at most `max_lines`
/// of them; the last line ends in "…" when the text goes on. A word longer
/// than a line is shortened.
pub fn wrap(text: &str, font: Font, width: f64, max_lines: usize, measure: Measure) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if lines.len() == max_lines {
            break;
        }
        let mut line = word.to_string();
        while let Some(next) = words.peek() {
            let longer = format!("{line} {next}");
            if measure(&longer, font) <= width {
                line = longer;
                words.next();
            } else {
                break;
            }
        }
        let last = lines.len() + 1 == max_lines;
        if last && words.peek().is_some() {
            // The rest does not fit: end this line with an ellipsis.
            let rest: Vec<&str> = words.by_ref().collect();
            line = shorten(&format!("{line} {}", rest.join(" ")), font, width, measure);
        } else {
            line = fit(&line, font, width, measure);
        }
        lines.push(line);
    }
    lines
}

// ---------------------------------------------------------------------------
// QR code

/// A QR code's modules, row by row (`size` × `size`, true for dark).
#[derive(Clone, Debug, PartialEq)]
pub struct Qr {
    pub size: usize,
    pub dark: Vec<bool>,
}

/// The QR code of `text`, or `None` when it is too long for one.
pub fn qr_modules(text: &str) -> Option<Qr> {
    let code = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let dark = (0..size)
        .flat_map(|y| (0..size).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Some(Qr {
        size: size as usize,
        dark,
    })
}

/// The QR code's quiet zone, in modules.
const QUIET: usize = 4;

/// The QR code in a square of `side` at (`x`, `y`): the light square with its
/// quiet zone, then each run of dark modules in a row as one rectangle.
/// Modules are whole pixels, so edges are sharp.
fn qr_ops(qr: &Qr, x: f64, y: f64, side: f64, ops: &mut Vec<Op>) {
    let modules = qr.size + 2 * QUIET;
    let unit = (side / modules as f64).floor().max(1.0);
    let drawn = unit * modules as f64;
    // Centred in the square.
    let (x, y) = (
        (x + (side - drawn) / 2.0).round(),
        (y + (side - drawn) / 2.0).round(),
    );
    ops.push(Op::Rect {
        x,
        y,
        w: drawn,
        h: drawn,
        paint: Paint::QrLight,
    });
    for row in 0..qr.size {
        let mut col = 0;
        while col < qr.size {
            if !qr.dark[row * qr.size + col] {
                col += 1;
                continue;
            }
            let start = col;
            while col < qr.size && qr.dark[row * qr.size + col] {
                col += 1;
            }
            ops.push(Op::Rect {
                x: x + (start + QUIET) as f64 * unit,
                y: y + (row + QUIET) as f64 * unit,
                w: (col - start) as f64 * unit,
                h: unit,
                paint: Paint::QrDark,
            });
        }
    }
}

// ---------------------------------------------------------------------------
// The request from the reader's module

/// Most habits a picture shows.
pub const MAX_HABITS: usize = 12;
/// Longest text field, in characters (a quiz's summary is the longest).
pub const MAX_TEXT: usize = 1000;
/// Longest request, in bytes.
pub const MAX_REQUEST: usize = 32 * 1024;

/// What to do with the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Download,
    Copy,
    Share,
}

/// One habit: its name and score (none when too few answers).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Habit {
    pub name: String,
    pub score: Option<u8>,
}

/// A result image, as the reader's module asks for it: every text already in
/// the page's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PictureRequest {
    pub shape: Shape,
    pub action: Action,
    /// The line above the archetype (it carries the share name, if any).
    pub kicker: String,
    pub archetype: String,
    pub summary: String,
    pub habits: Vec<Habit>,
    /// Shown for a habit without a score.
    pub no_score: String,
    /// The date as the page's language writes it.
    pub date: String,
    /// `YYYY-MM-DD`, for the file name.
    pub iso_date: String,
    /// The app's address as shown (without the result in it).
    pub address: String,
    /// The link that opens this result: the QR code's content.
    pub link: String,
    /// Title of the shared file (the share sheet).
    pub title: String,
}

/// Why a request was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum RequestError {
    TooLong,
    Malformed,
    OutOfBounds,
}

impl PictureRequest {
    /// A request from its JSON, refused when it is too long, malformed, has
    /// fields it should not, or values out of bounds.
    pub fn parse(json: &str) -> Result<PictureRequest, RequestError> {
        if json.len() > MAX_REQUEST {
            return Err(RequestError::TooLong);
        }
        let request: PictureRequest =
            serde_json::from_str(json).map_err(|_| RequestError::Malformed)?;
        let texts = [
            &request.kicker,
            &request.archetype,
            &request.summary,
            &request.no_score,
            &request.date,
            &request.address,
            &request.link,
            &request.title,
        ];
        let ok = request.shape != Shape::Team
            && is_valid_date(&request.iso_date)
            && request.habits.len() <= MAX_HABITS
            && texts.iter().all(|t| t.chars().count() <= MAX_TEXT)
            && request
                .habits
                .iter()
                .all(|h| h.name.chars().count() <= MAX_TEXT && h.score.is_none_or(|s| s <= 100));
        if ok {
            Ok(request)
        } else {
            Err(RequestError::OutOfBounds)
        }
    }

    /// The file name: `candor-result-<YYYY-MM-DD>.png`.
    pub fn file_name(&self) -> String {
        format!("candor-result-{}.png", self.iso_date)
    }
}

// ---------------------------------------------------------------------------
// The result image

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

/// A picture's first operations: its background, and the accent stripe
/// `stripe` high along its top.
fn backdrop(w: f64, h: f64, stripe: f64) -> Vec<Op> {
    vec![
        Op::Rect {
            x: 0.0,
            y: 0.0,
            w,
            h,
            paint: Paint::Background,
        },
        Op::Rect {
            x: 0.0,
            y: 0.0,
            w,
            h: stripe,
            paint: Paint::Accent,
        },
    ]
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

// ---------------------------------------------------------------------------
// The team picture

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
    use crate::core::validate::parse_quiz;

    /// A fake measure: every character is 0.55 of the font size wide (bold
    /// 0.6; a sans-serif's letters average about 0.5), combining marks and
    /// joiners nothing.
    fn fake(text: &str, font: Font) -> f64 {
        let per = if font.bold { 0.6 } else { 0.55 } * font.size;
        text.chars().filter(|&c| !extends(c)).count() as f64 * per
    }

    fn request(shape: Shape, archetype: &str, kicker: &str, summary: &str) -> PictureRequest {
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
    fn check_inside(ops: &[Op], shape: Shape) {
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
                    assert!(
                        *x >= 0.0 && *y >= 0.0 && x + rw <= f64::from(w) && y + rh <= f64::from(h)
                    );
                }
                Op::Circle { x, y, r, .. } => {
                    assert!(
                        x - r >= 0.0
                            && y - r >= 0.0
                            && x + r <= f64::from(w)
                            && y + r <= f64::from(h)
                    );
                }
            }
        }
    }

    fn texts(ops: &[Op]) -> Vec<String> {
        ops.iter()
            .filter_map(|op| match op {
                Op::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn shortening_keeps_marks_with_their_letters() {
        let font = Font::regular(10.0);
        // "e" + combining acute, repeated: a cut never leaves a bare mark.
        let text = "e\u{301}".repeat(20);
        for width in 0..150 {
            let fitted = fit(&text, font, f64::from(width), &fake);
            assert!(fake(&fitted, font) <= f64::from(width));
            let body = fitted.trim_end_matches(ELLIPSIS);
            assert!(body.chars().count().is_multiple_of(2), "{fitted:?}");
        }
        // A family emoji (ZWJ sequence) and a flag-like variation sequence.
        let family = "ab\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}cd\u{2764}\u{FE0F}";
        let points = cut_points(family);
        for p in points {
            let (head, tail) = family.split_at(p);
            assert!(!head.ends_with('\u{200D}'));
            assert!(!tail.starts_with(['\u{200D}', '\u{FE0F}']));
        }
        assert_eq!(fit("short", font, 100.0, &fake), "short");
        assert_eq!(fit("a long text", font, 36.0, &fake), "a lon…");
        assert_eq!(fit("a long text", font, 30.0, &fake), "a lo…");
        assert_eq!(fit("a long text", font, 5.0, &fake), "");
    }

    #[test]
    fn wrapping_ends_in_an_ellipsis_when_the_text_goes_on() {
        let font = Font::regular(10.0);
        let lines = wrap("one two three four five six seven", font, 60.0, 2, &fake);
        assert_eq!(lines, vec!["one two".to_string(), "three fou…".to_string()]);
        assert_eq!(
            wrap("one two", font, 60.0, 3, &fake),
            vec!["one two".to_string()]
        );
    }

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

    #[test]
    fn requests_are_parsed_strictly() {
        let r = request(Shape::Card, "A", "B", "C");
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(PictureRequest::parse(&json), Ok(r.clone()));
        let extra = json.replacen('{', "{\"evil\":1,", 1);
        assert_eq!(PictureRequest::parse(&extra), Err(RequestError::Malformed));
        let mut long = r.clone();
        long.summary = "x".repeat(MAX_TEXT + 1);
        let json = serde_json::to_string(&long).unwrap();
        assert_eq!(PictureRequest::parse(&json), Err(RequestError::OutOfBounds));
        let mut bad_date = r.clone();
        bad_date.iso_date = "../../etc".into();
        let json = serde_json::to_string(&bad_date).unwrap();
        assert_eq!(PictureRequest::parse(&json), Err(RequestError::OutOfBounds));
        let mut team = r;
        team.shape = Shape::Team;
        let json = serde_json::to_string(&team).unwrap();
        assert_eq!(PictureRequest::parse(&json), Err(RequestError::OutOfBounds));
        assert_eq!(
            PictureRequest::parse(&"x".repeat(MAX_REQUEST + 1)),
            Err(RequestError::TooLong)
        );
        assert_eq!(PictureRequest::parse("[]"), Err(RequestError::Malformed));
    }

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

    proptest::proptest! {
        /// Shortened text always fits, never ends in a joiner and never
        /// leaves a combining mark, joiner or selector without its letter.
        #[test]
        fn shortened_text_fits_and_keeps_clusters(
            text in "[a-zé \u{301}\u{200D}\u{FE0F}\u{1F468}\u{1F3FD}]{0,40}",
            width in 0.0f64..300.0,
            lines in 1usize..4,
        ) {
            let font = Font::regular(10.0);
            let fitted = fit(&text, font, width, &fake);
            proptest::prop_assert!(fake(&fitted, font) <= width);
            let body = fitted.strip_suffix(ELLIPSIS).unwrap_or(&fitted);
            proptest::prop_assert!(text.starts_with(body.trim_end()) || fitted == ELLIPSIS || fitted.is_empty());
            if body.len() < text.len() && !body.is_empty() {
                let rest = &text[body.len()..];
                let next = rest.chars().next();
                // A joiner before a space joins nothing: it may go with the space.
                let dangling = rest
                    .trim_start_matches('\u{200D}')
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace);
                proptest::prop_assert!(
                    !next.is_some_and(extends) || (next == Some('\u{200D}') && dangling),
                    "{:?} cut before {:?}",
                    body,
                    next
                );
                proptest::prop_assert!(!body.ends_with('\u{200D}'), "ends in a joiner");
            }
            for line in wrap(&text, font, width, lines, &fake) {
                proptest::prop_assert!(fake(&line, font) <= width);
            }
        }

        /// Any text is refused or accepted as a request, never a panic.
        #[test]
        fn any_request_text_is_parsed_or_refused(json in ".{0,200}") {
            let _ = PictureRequest::parse(&json);
        }
    }
}
