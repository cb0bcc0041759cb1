//! Copying text, honestly: "copied" only when the clipboard took it.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; true only when the browser says it did.
/// False where there is no clipboard (a page served over plain HTTP) or the
/// browser refuses (no permission, a frame without `clipboard-write`).
pub async fn copy(text: &str) -> bool {
    let navigator = window().navigator();
    // `navigator.clipboard` is missing outside secure contexts; calling a
    // method on it would throw.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// What to tell the reader when copying by hand is the way.
pub const COPY_BY_HAND: &str =
    "Copying isn’t allowed here: the text is selected, so press Ctrl+C (⌘C on a Mac) to copy it.";
