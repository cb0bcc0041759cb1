//! Replaces the page with a readable error screen when Rust panics, so a
//! reader never faces a blank page. Built with plain DOM calls: by the time
//! this runs the reactive system may be in any state.

use std::panic::PanicHookInfo;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Document, Element, HtmlTextAreaElement};

/// Installs the hook; call once, before anything else runs.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let details = describe(info);
        web_sys::console::error_1(&details.as_str().into());
        show(&details);
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

fn show(details: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    body.set_text_content(None);
    let build = || -> Option<Element> {
        let main = el(&doc, "main", "screen fatal")?;
        // The alert lives inside the landmark: `main` itself may not be an alert.
        let alert = el(&doc, "div", "alert")?;
        alert.set_attribute("role", "alert").ok()?;
        main.append_child(&alert).ok()?;
        let heading = text_el(&doc, "h1", "Something went wrong")?;
        alert.append_child(&heading).ok()?;
        let explanation = text_el(
            &doc,
            "p",
            "Candor hit an unexpected error and stopped. Answers you saved on this device are \
             still there: reload the page to carry on. If it happens again, copy the details \
             below and send them to whoever shared this quiz with you.",
        )?;
        alert.append_child(&explanation).ok()?;
        let area: HtmlTextAreaElement = doc.create_element("textarea").ok()?.dyn_into().ok()?;
        area.set_read_only(true);
        area.set_rows(6);
        area.set_value(details);
        area.set_attribute("aria-label", "Error details").ok()?;
        alert.append_child(&area).ok()?;
        let copy = text_el(&doc, "button", "Copy details")?;
        copy.set_attribute("type", "button").ok()?;
        let on_copy = Closure::<dyn Fn()>::new(move || copy_details(&area));
        copy.add_event_listener_with_callback("click", on_copy.as_ref().unchecked_ref())
            .ok()?;
        // The page is gone for good; the handler must live as long as it does.
        on_copy.forget();
        alert.append_child(&copy).ok()?;
        Some(main)
    };
    if let Some(main) = build() {
        let _ = body.append_child(&main);
    }
}

fn copy_details(area: &HtmlTextAreaElement) {
    area.select();
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(&area.value());
    }
}

fn el(doc: &Document, tag: &str, class: &str) -> Option<Element> {
    let e = doc.create_element(tag).ok()?;
    e.set_class_name(class);
    Some(e)
}

fn text_el(doc: &Document, tag: &str, text: &str) -> Option<Element> {
    let e = doc.create_element(tag).ok()?;
    e.set_text_content(Some(text));
    Some(e)
}
