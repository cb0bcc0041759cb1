//! Replaces the page with a readable error screen when Rust panics, so a
//! reader never faces a blank page.
//!
//! This runs where Leptos cannot: the reactive system may be in any state
//! when a panic happens, so the screen is the page's own `<template
//! id="fatal">`, cloned with plain DOM calls, and its one handler is handed to
//! the browser for good (the page is finished; nothing else will run).
//!
//! Its words are the catalogue's, in the language `<html lang>` names when
//! the panic happens: the page's language by then, whichever module panics
//! and whatever the reader switched to since the hook was installed (at
//! install time the reader's module hasn't chosen one yet). They are read
//! from the static catalogue, not from Leptos's context. The template's own
//! English stays as the fallback should an element not be found.

use std::panic::PanicHookInfo;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Document, HtmlTemplateElement, HtmlTextAreaElement};

use crate::core::catalogue::{fill, Texts};
use crate::core::language::Lang;

/// Installs the hook; call once, before anything else runs.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let doc = web_sys::window().and_then(|w| w.document());
        let texts = Texts::of(doc.as_ref().map_or(Lang::En, page_lang));
        let details = describe(info, texts);
        web_sys::console::error_1(&details.as_str().into());
        if let Some(doc) = doc {
            show(&doc, texts, &details);
        }
    }));
}

/// The language `<html lang>` names (as `i18n::chosen_lang`, but from the
/// document at hand, without Leptos).
fn page_lang(doc: &Document) -> Lang {
    doc.document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

fn describe(info: &PanicHookInfo, texts: &Texts) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    format!(
        "Candor {} — {info}\n{}",
        env!("CARGO_PKG_VERSION"),
        fill(texts.crash_page(), &[("address", &href)])
    )
}

fn show(doc: &Document, texts: &Texts, details: &str) -> Option<()> {
    let template: HtmlTemplateElement = doc.get_element_by_id("fatal")?.dyn_into().ok()?;
    let screen = template.content().clone_node_with_deep(true).ok()?;
    let body = doc.body()?;
    body.set_text_content(None);
    body.append_child(&screen).ok()?;
    translate(&body, texts);
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
    // Leptos can't own this listener: the panic hook runs after the app has
    // stopped, on plain markup it no longer renders. The error screen stays
    // for the rest of the page, so the handler is handed to JS for good.
    on_copy.forget();
    Some(())
}

/// Puts the catalogue's words into the screen's elements (their text, and
/// the details field's name).
fn translate(screen: &web_sys::HtmlElement, texts: &Texts) {
    let find = |selector: &str| screen.query_selector(selector).ok().flatten();
    for (selector, text) in [
        (".alert h1", texts.crash_title()),
        (".alert p", texts.crash_text()),
        (".alert button", texts.crash_copy()),
    ] {
        if let Some(element) = find(selector) {
            element.set_text_content(Some(text));
        }
    }
    if let Some(area) = find(".alert textarea") {
        let _ = area.set_attribute("aria-label", texts.crash_details());
    }
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
