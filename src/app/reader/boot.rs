//! The reader's module takes over the page: what the page showed before it
//! (the loading line, the built-in quiz's painted first screen) goes, and
//! focus goes where the reader left it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::shared::focus::focus;

/// Runs `then` once the browser has reported the page's painted first
/// screen as painted, or at once where there is none. The app's intro takes
/// its place with the same words in the same places. A screen replaced
/// before its paint was reported (the report comes a frame or so after the
/// paint) is never counted as painted, and the app's own intro, painted after
/// the wasm, would then be the page's largest contentful paint; so the page
/// (scripts/first-screen.js) says when the report has come, and the app
/// waits for it. Where nothing is painted (a hidden tab), the app starts
/// at the latest after LATEST_START.
pub fn once_painted(then: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    let doc = document();
    let painted = doc.query_selector(PAINTED_FIRST_SCREEN).ok().flatten();
    let reported = doc
        .document_element()
        .is_some_and(|html| html.has_attribute(PAINT_REPORTED));
    if painted.is_none() || reported {
        return then();
    }
    let listener = Rc::new(Cell::new(None::<WindowListenerHandle>));
    let then = Rc::new(Cell::new(Some(then)));
    let run = {
        let listener = listener.clone();
        move || {
            if let Some(listener) = listener.take() {
                listener.remove();
            }
            if let Some(then) = then.take() {
                then();
            }
        }
    };
    let on_report = run.clone();
    listener.set(Some(window_event_listener_untyped(
        PAINT_REPORTED_EVENT,
        move |_| on_report(),
    )));
    set_timeout(run, LATEST_START);
}

/// The first screen the page painted (scripts/first-screen.js copies it
/// from one of the page's `<template data-first-screen>`s, which are in
/// every page, painted or not: a page that painted nothing, such as an
/// embed's, must not wait for a paint that a frame out of view never gets).
const PAINTED_FIRST_SCREEN: &str = "[data-first-screen]:not(template)";

/// Set on `<html>` by scripts/first-screen.js once the browser has reported
/// the painted first screen's paint, and the event it fires then.
const PAINT_REPORTED: &str = "data-candor-first-screen-painted";
const PAINT_REPORTED_EVENT: &str = "candor-first-screen-painted";

/// How long the app waits at most for the page's first screen to be
/// reported painted (a hidden tab paints nothing).
const LATEST_START: std::time::Duration = std::time::Duration::from_millis(1000);

/// The browser tests' crash hook: `window.candorCrashTest === true`, which
/// only a script of this page itself can set before Candor starts (the
/// tests' init script). Never the address: a link, or a host page framing
/// Candor from another origin, cannot crash a reader's page.
pub fn crash_test_requested() -> bool {
    js_sys::Reflect::get(
        &window(),
        &wasm_bindgen::JsValue::from_str("candorCrashTest"),
    )
    .is_ok_and(|v| v == wasm_bindgen::JsValue::TRUE)
}

/// What can take focus on a screen, in the same order on the page's painted
/// first screen and the app's intro (the same markup).
const FOCUSABLE: &str = "a[href], button, select, input, textarea, [tabindex]";

/// Where focus goes once the app has replaced what the page painted.
pub enum BootFocus {
    /// Where the browser has it (the page's painted screens had none).
    Kept,
    /// The `n`th focusable element of the app's first screen: the reader
    /// was there on the painted first screen.
    Nth(u32),
    /// The screen's heading: the reader left the painted first screen
    /// (Start, a link) before the app was there.
    Heading,
}

impl BootFocus {
    pub fn restore(self) {
        match self {
            BootFocus::Kept => {}
            BootFocus::Heading => focus("#main h1"),
            BootFocus::Nth(n) => {
                let nth = document()
                    .query_selector_all(&format!("#main :is({FOCUSABLE})"))
                    .ok()
                    .and_then(|all| all.item(n))
                    .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(element) = nth {
                    let _ = element.focus();
                }
            }
        }
    }
}

/// Removes what the page showed before the app: its loading line and the
/// built-in quiz's first screen (`data-first-screen`, painted from the page
/// by scripts/first-screen.js), and says where focus goes once the app's own
/// screen is there.
pub fn remove_boot_screens() -> BootFocus {
    let doc = document();
    let active = doc.active_element();
    let mut focus = BootFocus::Kept;
    if let Ok(painted) = doc.query_selector_all("[data-first-screen]") {
        for i in 0..painted.length() {
            let Some(screen) = painted
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            if let (Some(active), Ok(all)) = (&active, screen.query_selector_all(FOCUSABLE)) {
                let at = (0..all.length()).find(|&n| {
                    all.item(n)
                        .is_some_and(|node| node.is_same_node(Some(active)))
                });
                if let Some(n) = at {
                    focus = BootFocus::Nth(n);
                }
            }
            screen.remove();
        }
    }
    let left = doc
        .document_element()
        .is_some_and(|html| html.has_attribute("data-candor-first-screen-left"));
    if left && matches!(focus, BootFocus::Kept) {
        focus = BootFocus::Heading;
    }
    if let Some(boot) = doc.get_element_by_id("boot") {
        boot.remove();
    }
    focus
}

/// The static page's "Loading…" line, before any component exists.
pub fn set_boot_message(text: &str) {
    if let Ok(Some(line)) = document().query_selector("#boot p") {
        line.set_text_content(Some(text));
    }
}
