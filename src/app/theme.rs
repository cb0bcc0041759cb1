//! Applies the host's theme options to the page: light/dark, a transparent
//! background and an accent colour kept readable.
//!
//! Colours are set as CSS custom properties through the CSSOM, which the
//! page's CSP (`style-src 'self'`, no inline styles) allows.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::color::{readable_accent, DARK_BACKGROUND, LIGHT_BACKGROUND};
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
        let label = match options.frame {
            Some(n) => format!("Candor quiz {n}"),
            None => "Candor quiz".into(),
        };
        let _ = root.set_attribute("data-main-label", &label);
    }
    if options.transparent {
        let _ = classes.add_1("transparent");
    }
    if let Some(accent) = options.accent {
        let style = root.style();
        let light = readable_accent(accent, LIGHT_BACKGROUND);
        let dark = readable_accent(accent, DARK_BACKGROUND);
        let _ = style.set_property("--accent-light", &light.used.to_hex());
        let _ = style.set_property("--accent-dark", &dark.used.to_hex());
        for (scheme, a) in [("light", light), ("dark", dark)] {
            if a.was_adjusted() {
                web_sys::console::warn_1(
                    &format!(
                        "Candor: the accent colour {} is too faint to read on the {scheme} theme; using {} instead.",
                        a.requested.to_hex(),
                        a.used.to_hex()
                    )
                    .into(),
                );
            }
        }
    }
}
