//! A QR code, drawn as SVG.

use leptos::prelude::*;
use qrcodegen::{QrCode as Code, QrCodeEcc};

/// The SVG path of `text`'s QR modules (offset by a quiet zone of `quiet`)
/// and the code's size with that zone, or `None` if `text` is too long.
fn modules_path(text: &str, quiet: i32) -> Option<(String, i32)> {
    let code = Code::encode_text(text, QrCodeEcc::Medium).ok()?;
    let width = code.size();
    let mut path = String::new();
    for y in 0..width {
        for x in 0..width {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + quiet, y + quiet));
            }
        }
    }
    Some((path, width + 2 * quiet))
}

/// A QR code of `text`, black on white with a quiet zone so phones read it in
/// any theme. Redrawn when `text` changes; hidden if it can't be encoded.
#[component]
pub fn QrCode(#[prop(into)] text: Signal<String>, label: &'static str) -> impl IntoView {
    let drawn = Memo::new(move |_| text.with(|t| modules_path(t, 4)));
    let size = move || drawn.with(|d| d.as_ref().map_or(0, |(_, size)| *size));
    view! {
        <svg
            viewBox=move || format!("0 0 {0} {0}", size())
            role="img"
            aria-label=label
            class="qr"
            hidden=move || drawn.with(Option::is_none)
        >
            <rect width=size height=size class="qr-light"></rect>
            <path d=move || drawn.with(|d| d.as_ref().map(|(path, _)| path.clone()).unwrap_or_default()) class="qr-dark"></path>
        </svg>
    }
}
