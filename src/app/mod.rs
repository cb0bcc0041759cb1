//! The browser shell: Leptos components that render the core's values.

mod panic_screen;
pub mod route;
mod screens;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::builtin::builtin_quiz;
use crate::core::quiz::Quiz;
use route::Route;

/// Entry point from `main`: error screen first, then the app.
pub fn start() {
    panic_screen::install();
    // The static "Loading…" placeholder in index.html makes way for the app.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    mount_to_body(App);
    if crash_test_requested() {
        // Lets the browser tests prove a panic never leaves a blank page.
        panic!("crash-test: a deliberate panic asked for by the page address");
    }
}

fn crash_test_requested() -> bool {
    window()
        .location()
        .search()
        .is_ok_and(|s| s.split(['?', '&']).any(|p| p == "crash-test=1"))
}

/// Moves to another screen; the `hashchange` listener does the rest, so Back
/// and Forward behave exactly like in-app links.
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.to_hash());
}

#[component]
fn App() -> impl IntoView {
    let quiz: Arc<Quiz> = Arc::new(builtin_quiz());
    provide_context(quiz);

    let route = RwSignal::new(current_route());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| route.set(current_route()));
    on_cleanup(move || listener.remove());
    focus_heading_on_screen_change(route);

    move || match route.get() {
        Route::Intro => screens::intro::Intro().into_any(),
        Route::About => screens::about::About().into_any(),
    }
}

fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

/// After a screen change, focus its heading so screen readers announce it.
/// The first render keeps focus where the browser put it.
fn focus_heading_on_screen_change(route: RwSignal<Route>) {
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(|| {
                if let Ok(Some(h)) = document().query_selector("main h1") {
                    if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                }
            });
        }
        now
    });
}
