//! The browser shell: Leptos components that render the core's values and
//! turn what the reader does into intents on the session.
//!
//! `App` provides the session, the route and the page options as context and
//! maps the route to a screen (`screens/`); screens are composed of small
//! components (`components/`). State lives in signals (`state.rs`); the URL
//! fragment is the route (`route.rs`, `nav.rs`); storage, the embed bridge,
//! theming and quiz loading each have a module of their own.

mod address;
mod clipboard;
mod components;
mod embed;
mod files;
mod nav;
mod panic_screen;
mod quiz_loader;
pub mod route;
mod screens;
mod state;
mod storage;
mod theme;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::builtin::builtin_quiz;
use crate::core::options::{parse_options, Options};
use crate::core::quiz::Quiz;
use components::notices::Notices;
use nav::Nav;
use quiz_loader::LoadError;
use route::Route;
use screens::load_error::LoadErrorScreen;
use state::Session;

/// Entry point from `main`: error screen first, then options, then the app.
pub fn start() {
    panic_screen::install();
    let options = parse_options(&window().location().search().unwrap_or_default());
    for ignored in &options.ignored {
        web_sys::console::warn_1(&ignored.to_string().into());
    }
    theme::apply(&options);
    let options = Arc::new(options);
    match options.quiz.clone() {
        None => mount(Ok(builtin_quiz()), options),
        Some(url) => {
            set_boot_message("Loading the quiz…");
            // Before anything is mounted, so Leptos's executor isn't running yet.
            wasm_bindgen_futures::spawn_local(async move {
                let quiz = quiz_loader::load_quiz(&url).await.map_err(|e| (url, e));
                mount(quiz, options);
            });
        }
    }
}

/// Replaces the loading message with the app, or with why the quiz file
/// could not be used (nothing of such a file is half-loaded).
fn mount(quiz: Result<Quiz, (String, LoadError)>, options: Arc<Options>) {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    match quiz {
        Ok(quiz) => {
            let quiz = Arc::new(quiz);
            mount_to_body(move || view! { <App quiz options/> });
        }
        Err((url, error)) => {
            mount_to_body(move || view! { <LoadErrorScreen url error options/> });
        }
    }
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

/// The static page's "Loading…" line, before any component exists.
fn set_boot_message(text: &str) {
    if let Ok(Some(line)) = document().query_selector("#boot p") {
        line.set_text_content(Some(text));
    }
}

#[component]
fn App(quiz: Arc<Quiz>, options: Arc<Options>) -> impl IntoView {
    let session = Session::load(quiz);
    let nav = Nav::new();
    provide_context(session);
    provide_context(nav);
    provide_context(options.clone());
    embed::observe_height(&options);

    // The screen shown: the route, except that a question beyond the first
    // unanswered one shows that one instead (and the address says so).
    let shown = Memo::new(move |_| match nav.route.get() {
        Route::Question(n) => Route::Question(session.reachable(n)),
        route => route,
    });
    Effect::new(move |_| {
        let shown = shown.get();
        if let Route::Question(n) = shown {
            session.go_to(n - 1);
        }
        if nav.route.get() != shown {
            nav.replace(shown);
        }
    });
    focus_each_new_screen(shown, options);

    let screen = move || {
        use screens::*;
        match shown.get() {
            Route::Intro => view! { <intro::IntroScreen/> }.into_any(),
            Route::About => view! { <about::AboutScreen/> }.into_any(),
            Route::Question(n) => view! { <question::QuestionScreen number=n/> }.into_any(),
            Route::Report => view! { <report::ReportScreen/> }.into_any(),
            Route::Shared(code) => view! { <shared_result::SharedResultScreen code/> }.into_any(),
            Route::Team(codes) => view! { <team::TeamScreen codes/> }.into_any(),
            Route::Builder => view! { <builder::BuilderScreen/> }.into_any(),
        }
    };
    view! {
        <Notices/>
        {screen}
    }
}

/// After a screen change, focus its heading so screen readers announce it,
/// and tell a host page. The first screen keeps focus where the browser put
/// it: an embedded quiz must not pull the host page's focus on load.
fn focus_each_new_screen(shown: Memo<Route>, options: Arc<Options>) {
    Effect::new(move |previous: Option<Route>| {
        let now = shown.get();
        if previous.is_some_and(|p| p != now) {
            let options = options.clone();
            request_animation_frame(move || {
                focus("#main h1");
                embed::screen_changed(&options);
            });
        }
        now
    });
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus(selector: &str) {
    if let Ok(Some(element)) = document().query_selector(selector) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
