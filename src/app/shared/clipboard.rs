//! Copying text, honestly: "copied" only when the clipboard took it. What
//! to tell the reader when it didn't is the catalogue's `copy_by_hand`.

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
