//! The QR code of a result link, as modules and as draw operations.

use super::draw::{Op, Paint};

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
pub(super) fn qr_ops(qr: &Qr, x: f64, y: f64, side: f64, ops: &mut Vec<Op>) {
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
