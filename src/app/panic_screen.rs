//! Replaces the page with a readable error screen when Rust panics, so a
//! reader never faces a blank page.
//!
//! This runs where Leptos cannot: the reactive system may be in any state
//! when a panic happens, so the screen is the page's own `<template
//! id="fatal">`, cloned with plain DOM calls, and its one handler is handed to
//! the browser for good (the page is finished; nothing else will run).

use std::panic::PanicHookInfo;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Document, HtmlTemplateElement, HtmlTextAreaElement};

/// Installs the hook; call once, before anything else runs.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let details = describe(info);
        web_sys::console::error_1(&details.as_str().into());
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            show(&doc, &details);
        }
    }));
}

fn describe(info: &PanicHookInfo) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    format!(
        "Candor {} — {info}\nPage: {href}",
        env!("CARGO_PKG_VERSION")
    )
}

fn show(doc: &Document, details: &str) -> Option<()> {
    let template: HtmlTemplateElement = doc.get_element_by_id("fatal")?.dyn_into().ok()?;
    let screen = template.content().clone_node_with_deep(true).ok()?;
    let body = doc.body()?;
    body.set_text_content(None);
    body.append_child(&screen).ok()?;
    let area: HtmlTextAreaElement = body
        .query_selector(".alert textarea")
        .ok()??
        .dyn_into()
        .ok()?;
    area.set_value(details);
    let copy = body.query_selector(".alert button").ok()??;
    let on_copy = Closure::<dyn Fn()>::new(move || copy_details(&area));
    copy.add_event_listener_with_callback("click", on_copy.as_ref().unchecked_ref())
        .ok()?;
    // The page is gone for good; the handler must live as long as it does.
    on_copy.forget();
    Some(())
}

/// Selects the details, and copies them where the browser has a clipboard
/// (calling it where it hasn't would throw).
fn copy_details(area: &HtmlTextAreaElement) {
    area.select();
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    if js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| c.is_object()) {
        let _ = navigator.clipboard().write_text(&area.value());
    }
}
