//! Keyboard focus when the screen changes, so screen readers announce it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::embed;
use crate::core::options::Options;

/// The attribute on `<html>` that says a screen has changed since the page
/// loaded, for the tools module when it starts after such a change.
pub const SCREEN_CHANGED: &str = "data-candor-screen-changed";

/// Focuses the screen's heading and tells a host page a new screen is showing.
pub fn announce_screen(options: &Options) {
    focus("#main h1");
    embed::screen_changed(options);
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus(selector: &str) {
    if let Ok(Some(element)) = document().query_selector(selector) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
