//! Applies the host's theme options to the page: light/dark, a transparent
//! background and an accent color kept readable.
//!
//! Colors are set as CSS custom properties through the CSSOM, which the
//! page's CSP (`style-src 'self'`, no inline styles) allows.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::color::theme_accents;
use crate::core::options::{Options, Theme};

pub fn apply(options: &Options) {
    let root = document().document_element();
    let Some(root) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    if options.theme != Theme::Auto {
        let _ = root.set_attribute("data-theme", options.theme.as_str());
    }
    let classes = root.class_list();
    if options.embed {
        let _ = classes.add_1("embedded");
    }
    if options.transparent {
        let _ = classes.add_1("transparent");
    }
    if let Some(accent) = options.accent {
        let style = root.style();
        for (scheme, a) in theme_accents(accent) {
            let _ = style.set_property(&format!("--accent-{scheme}"), &a.used.to_hex());
            if let Some(note) = a.adjustment(scheme) {
                web_sys::console::warn_1(&format!("Candor: {note}").into());
            }
        }
    }
}
