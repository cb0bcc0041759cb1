//! The browser shell: Leptos components that render the core's values.

mod dom;
mod nav;
mod panic_screen;
pub mod route;
mod screens;
mod state;
mod storage;
mod widgets;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::builtin::builtin_quiz;
use nav::Nav;
use route::Route;
use state::Session;

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

#[component]
fn App() -> impl IntoView {
    let session = Session::load(Arc::new(builtin_quiz()));
    let nav = Nav::new();
    provide_context(session);
    provide_context(nav);
    focus_heading_on_screen_change(nav.route);

    let screen = move || match nav.route.get() {
        Route::Intro => screens::intro::Intro().into_any(),
        Route::About => screens::about::About().into_any(),
        Route::Question(n) => {
            // Never show a question beyond the first unanswered one.
            let reachable = session.go_to(n - 1) + 1;
            if reachable != n {
                nav.replace(Route::Question(reachable));
            }
            view! { <screens::question::QuestionScreen number=reachable/> }.into_any()
        }
        Route::Report => screens::report::ReportScreen().into_any(),
    };
    view! {
        <Notices/>
        {screen}
    }
}

/// Messages about the reader's data (unreadable records, no storage).
#[component]
fn Notices() -> impl IntoView {
    let session = expect_context::<Session>();
    move || {
        let notices = session.notices.get();
        (!notices.is_empty()).then(|| {
            let items = notices.into_iter().map(|n| view! { <p>{n}</p> }).collect_view();
            view! {
                <div class="notices" role="status" aria-label="Notices about your data">
                    {items}
                    <button type="button" on:click=move |_| session.notices.set(Vec::new())>"Dismiss"</button>
                </div>
            }
        })
    }
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
