//! What a picture is drawn with: its shape, fonts, paints and draw operations.

use serde::{Deserialize, Serialize};

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
    pub(super) const fn regular(size: f64) -> Font {
        Font { size, bold: false }
    }
    pub(super) const fn bold(size: f64) -> Font {
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

/// A picture's first operations: its background, and the accent stripe
/// `stripe` high along its top.
pub(super) fn backdrop(w: f64, h: f64, stripe: f64) -> Vec<Op> {
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
