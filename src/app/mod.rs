//! The browser shell. Leptos runs the reactive graph (the route and the
//! reader's session are signals) and mounts the app; each screen is a plain
//! function that renders core values with the small DOM builder in `dom`.

mod dom;
mod embed;
mod nav;
mod panic_screen;
mod quiz_loader;
pub mod route;
mod screens;
mod share;
mod state;
mod storage;
mod theme;
mod widgets;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::builtin::builtin_quiz;
use crate::core::options::{parse_options, Options};
use crate::core::quiz::Quiz;
use dom::{el, text_el};
use nav::Nav;
use route::Route;
use state::Session;

/// Entry point from `main`: error screen first, then options, then the app.
pub fn start() {
    panic_screen::install();
    let options = parse_options(&window().location().search().unwrap_or_default());
    for ignored in &options.ignored {
        web_sys::console::warn_1(&ignored.to_string().into());
    }
    theme::apply(&options);
    embed::start(&options);
    match options.quiz.clone() {
        None => launch(builtin_quiz(), options),
        Some(url) => {
            set_boot_message("Loading the quiz…");
            wasm_bindgen_futures::spawn_local(async move {
                match quiz_loader::load_quiz(&url).await {
                    Ok(quiz) => launch(quiz, options),
                    Err(error) => show_load_error(&url, &error, &options),
                }
            });
        }
    }
}

/// Mounts the app for a validated quiz.
fn launch(quiz: Quiz, options: Options) {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let quiz = Arc::new(quiz);
    let options = Arc::new(options);
    mount_to_body(move || view! { <App quiz options/> });
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

fn set_boot_message(text: &str) {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.set_text_content(None);
        let _ = boot.append_child(&text_el("p", text).0);
    }
}

/// A quiz file that could not be used: say why, list every problem, and offer
/// the built-in quiz. Nothing of the file is half-loaded.
fn show_load_error(url: &str, error: &quiz_loader::LoadError, options: &Options) {
    let Some(boot) = document().get_element_by_id("boot") else {
        return;
    };
    boot.set_text_content(None);
    let problems = match error {
        quiz_loader::LoadError::Invalid(problems) => el("ul").class("problems").children(
            problems
                .iter()
                .map(|p| text_el("li", &p.to_string()))
                .collect(),
        ),
        _ => el("div"),
    };
    let builtin = window().location().pathname().unwrap_or_default();
    let screen = el("div").children(vec![
        text_el("h1", "This quiz could not be loaded").attr("tabindex", "-1"),
        el("p")
            .text("Candor tried to load the quiz file at ")
            .child(text_el("code", url))
            .text("."),
        text_el("p", &error.to_string()),
        problems,
        el("p").child(text_el("a", "Take Candor’s own quiz instead").attr("href", &builtin)),
    ]);
    let _ = boot.append_child(&screen.0);
    embed::screen_changed(options);
}

#[component]
fn App(quiz: Arc<Quiz>, options: Arc<Options>) -> impl IntoView {
    let session = Session::load(quiz);
    let nav = Nav::new();
    provide_context(session);
    provide_context(nav);
    provide_context(options.clone());
    on_screen_change(nav.route, options);

    // Only the route redraws a screen: what a screen reads while it is built
    // is read untracked, so answering a question doesn't rebuild the page.
    let screen = move || {
        let route = nav.route.get();
        untrack(|| match route {
            Route::Intro => screens::intro::intro_screen(),
            Route::About => screens::about::about_screen(),
            Route::Question(n) => {
                // Never show a question beyond the first unanswered one.
                let reachable = session.go_to(n - 1) + 1;
                if reachable != n {
                    nav.replace(Route::Question(reachable));
                }
                screens::question::question_screen(reachable)
            }
            Route::Report => screens::report::report_screen(),
            Route::Builder => screens::builder::builder_screen(),
            Route::Shared(code) => screens::shared::shared_screen(code),
            Route::Team(codes) => screens::team::team_screen(codes),
        })
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
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let notices = session.notices.get();
        let Some(host) = host.get() else { return };
        host.set_text_content(None);
        let _ = host.toggle_attribute_with_force("hidden", notices.is_empty());
        for n in &notices {
            let _ = host.append_child(&text_el("p", n).0);
        }
        let dismiss = text_el("button", "Dismiss")
            .attr("type", "button")
            .on("click", move |_| session.notices.set(Vec::new()));
        let _ = host.append_child(&dismiss.0);
    });
    view! { <div class="notices" role="status" aria-label="Notices about your data" node_ref=host hidden></div> }
}

/// After a screen change, focus its heading so screen readers announce it,
/// and tell a host page. The first render keeps focus where the browser put
/// it: an embedded quiz must not pull the host page's focus on load.
fn on_screen_change(route: RwSignal<Route>, options: Arc<Options>) {
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|p| p != now) {
            let options = options.clone();
            request_animation_frame(move || {
                if let Ok(Some(h)) = document().query_selector("#main h1") {
                    if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                }
                embed::screen_changed(&options);
            });
        }
        now
    });
}
