//! The browser shell: Leptos components that render the core's values and
//! turn what the reader does into intents on the session.
//!
//! Candor is two wasm modules in one page. The reader's module (`start`,
//! `App`) shows the quiz, the report, shared results and About. The
//! facilitator's tools (`start_tools`, `tools::ToolsApp`) show the team view,
//! its presenter and the embed builder; the page loads them only when one of
//! their screens opens, so readers never download them. Both follow the same
//! URL fragment (`route.rs`, `nav.rs`), and each shows only its own screens.
//!
//! `App` provides the session, the route and the page options as context and
//! maps the route to a screen (`screens/`); screens are composed of small
//! components (`components/`). State lives in signals (`state.rs`); storage,
//! the embed bridge, theming and quiz loading each have a module of their own.

mod address;
mod checker_file;
mod clipboard;
mod components;
mod embed;
mod files;
pub mod i18n;
mod nav;
mod offline;
mod panic_screen;
mod picture;
mod quiz_loader;
pub mod route;
mod screens;
mod state;
mod storage;
mod theme;
mod tools;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::builtin::builtin_quiz;
use crate::core::language::Lang;
use crate::core::options::{parse_options, Options};
use crate::core::quiz::Quiz;
use components::keyed::Keyed;
use components::notices::Notices;
use i18n::I18n;
use nav::Nav;
use quiz_loader::{read_strictly, LoadError, ReadQuiz};
use route::{Module, Route};
use screens::load_error::LoadErrorScreen;
use state::Session;
pub use tools::start_tools;

/// Entry point of the reader's module: error screen first, then options,
/// then the app (or why its quiz file could not be used).
pub fn start() {
    panic_screen::install();
    let options = page_options();
    if options.try_file {
        // Nothing of a try is kept, and the coach's own records stay untouched.
        storage::keep_in_memory();
    }
    for ignored in &options.ignored {
        web_sys::console::warn_1(&ignored.to_string().into());
    }
    theme::apply(&options);
    if options.quiz.is_some() || options.try_file {
        set_boot_message(
            crate::core::catalogue::Texts::of(i18n::page_language(&options, None)).loading_quiz(),
        );
    }
    with_quiz(options.clone(), None, read_strictly, move |quiz| {
        once_painted(move || {
            let focus = remove_boot_screens();
            let embedded = options.embed;
            match quiz {
                Ok((quiz, lang)) => mount_to_body(move || view! { <App quiz lang options/> }),
                // A loading line until the tools' module shows why.
                Err((_, LoadError::Refused)) => {
                    mount_to_body(move || view! { <tools::ExplainedByTools options/> })
                }
                Err((url, error)) => {
                    let problems = Vec::new();
                    mount_to_body(move || view! { <LoadErrorScreen url error problems options/> })
                }
            }
            focus.restore();
            if embedded {
                // The first screen's height, now that it is there: a frame the
                // host page has scrolled out of view gets no layout callbacks
                // (Chromium throttles them), so its resize observer may be late.
                embed::post_height();
            }
            if crash_test_requested() {
                // Lets the browser tests prove a panic never leaves a blank page.
                panic!("crash-test: a deliberate panic asked for by the page's own script");
            }
        })
    });
}

/// Runs `then` once the page's painted first screen has been on screen for
/// a frame, or at once where there is none. The app's intro takes its place
/// with the same words in the same places; where the wasm arrives before
/// the page's first paint (from a cache, or on localhost), the page's own
/// screen is still what is painted first, so it stays what the reader saw
/// first (and what the largest contentful paint measures).
fn once_painted(then: impl FnOnce() + 'static) {
    use std::time::Duration;
    let painted = document()
        .query_selector("[data-first-screen]")
        .ok()
        .flatten();
    if painted.is_none() {
        return then();
    }
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let run = move || {
        if let Some(then) = then.take() {
            then();
        }
    };
    // A frame callback runs before that frame's paint; a timeout from it,
    // after. Where frames are held back (a hidden tab, a frame scrolled out
    // of view), the app starts at the latest after LATEST_START.
    let after_frame = run.clone();
    request_animation_frame(move || set_timeout(after_frame, Duration::ZERO));
    set_timeout(run, LATEST_START);
}

/// How long the app waits at most for the page's first screen to be painted.
const LATEST_START: std::time::Duration = std::time::Duration::from_millis(100);

/// The page's options, from its query string.
fn page_options() -> Arc<Options> {
    Arc::new(parse_options(
        &window().location().search().unwrap_or_default(),
    ))
}

/// Runs `then` with the page's quiz and language: the built-in quiz (at
/// once in English, else once its translation and the language's texts
/// have been fetched), the coach's file (`?quiz=`) once it has been fetched
/// and read with `read`, or, on the page the quiz-file checker frames to try
/// a file (`try=1`), the file the checker gives, read the same way. `lang`,
/// when given, is the language already chosen (the tools' module follows
/// the reader's). Before `then` runs, the texts of the language the page
/// shows are there, also when it shows why a file can't be used.
fn with_quiz(
    options: Arc<Options>,
    lang: Option<Lang>,
    read: ReadQuiz,
    then: impl FnOnce(Result<(Arc<Quiz>, Lang), (String, LoadError)>) + 'static,
) {
    // Before anything is mounted, so Leptos's executor isn't running yet.
    use wasm_bindgen_futures::spawn_local;
    if options.try_file {
        return embed::ask_for_try_file(move |file| {
            let quiz = match file {
                Some(file) => read(file.text.as_bytes()).map_err(|e| (file.name, e)),
                None => Err((String::new(), LoadError::NothingToTry)),
            };
            spawn_local(async move { then(coachs_quiz(&options, lang, quiz).await) });
        });
    }
    match options.quiz.clone() {
        None => match lang.unwrap_or_else(|| i18n::page_language(&options, None)) {
            Lang::En => then(Ok((Arc::new(builtin_quiz()), Lang::En))),
            other => spawn_local(async move {
                let (quiz, lang) = i18n::builtin_quiz_in(other).await;
                then(Ok((Arc::new(quiz), lang)));
            }),
        },
        Some(url) => spawn_local(async move {
            let quiz = quiz_loader::load_quiz(&url, read)
                .await
                .map_err(|e| (url, e));
            then(coachs_quiz(&options, lang, quiz).await);
        }),
    }
}

/// A coach's quiz file, fetched (`?quiz=`) or given by the checker
/// (`try=1`), read the same way: the quiz and its language (`lang`, else
/// the file's own when Candor speaks it), or where it came from and why it
/// can't be used, in the language the page would choose without it. That
/// language's texts are fetched first; without them, English.
async fn coachs_quiz(
    options: &Options,
    lang: Option<Lang>,
    quiz: Result<Quiz, (String, LoadError)>,
) -> Result<(Arc<Quiz>, Lang), (String, LoadError)> {
    match quiz {
        Ok(quiz) => {
            let lang = lang.unwrap_or_else(|| i18n::page_language(options, Some(&quiz.language)));
            Ok((Arc::new(quiz), i18n::texts_in(lang).await))
        }
        Err(error) => {
            i18n::texts_in(i18n::page_language(options, None)).await;
            Err(error)
        }
    }
}

/// The browser tests' crash hook: `window.candorCrashTest === true`, which
/// only a script of this page itself can set before Candor starts (the
/// tests' init script). Never the address: a link, or a host page framing
/// Candor from another origin, cannot crash a reader's page.
fn crash_test_requested() -> bool {
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
enum BootFocus {
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
    fn restore(self) {
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
fn remove_boot_screens() -> BootFocus {
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
fn set_boot_message(text: &str) {
    if let Ok(Some(line)) = document().query_selector("#boot p") {
        line.set_text_content(Some(text));
    }
}

#[component]
fn App(quiz: Arc<Quiz>, lang: Lang, options: Arc<Options>) -> impl IntoView {
    let i18n = I18n::new(lang, &quiz, &options);
    provide_context(i18n);
    i18n::follow_in_html_lang(i18n.lang);
    if let Some(brand) = i18n.brand() {
        document().set_title(brand);
    }
    // A coach's file is never the built-in quiz, whatever its id.
    let session = Session::load(quiz.clone(), options.quiz.is_some() || options.try_file);
    session.follow_other_tabs();
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
    let update = offline::register(&options);
    focus_each_new_screen(shown, options);
    // The tools' module, once its routes or a picture want it; it stays.
    let tools = tools::ToolsWanted::new();
    provide_context(tools);

    let screen = move |route: Route| {
        use leptos::either::EitherOf6;
        use screens::*;
        match route {
            Route::Intro => EitherOf6::A(view! { <intro::IntroScreen/> }),
            Route::About => EitherOf6::B(view! { <about::AboutScreen/> }),
            Route::Question(n) => EitherOf6::C(view! { <question::QuestionScreen number=n/> }),
            Route::Report => EitherOf6::D(view! { <report::ReportScreen/> }),
            Route::Shared(code) => {
                EitherOf6::E(view! { <shared_result::SharedResultScreen code/> })
            }
            // The facilitator's tools show these screens themselves; when
            // they could not be loaded, this says so, with the way on.
            Route::Team(_) | Route::Builder | Route::Check => EitherOf6::F(move || {
                tools.failed().map(|failure| {
                    view! {
                        <components::screen::Screen class="tools-failed-screen">
                            <h1 tabindex="-1">{i18n::use_texts().tools_failed_title()}</h1>
                            <tools::ToolsFailed failure/>
                        </components::screen::Screen>
                    }
                })
            }),
        }
    };
    // Screens read their text as they are built: a new language builds
    // them anew. The notices above them stay, and their words follow it.
    view! {
        <tools::ToolsLoader wanted=move || tools.get() || shown.get().module() == Module::Tools/>
        <Notices/>
        <offline::UpdateNotice offer=update/>
        <Keyed key=move || (shown.get(), i18n.lang.get()) view=move |(route, _)| screen(route)/>
    }
}

/// The attribute on `<html>` that says a screen has changed since the page
/// loaded, for the tools module when it starts after such a change.
const SCREEN_CHANGED: &str = "data-candor-screen-changed";

/// After a screen change, focus its heading so screen readers announce it,
/// and tell a host page. The first screen keeps focus where the browser put
/// it: an embedded quiz must not pull the host page's focus on load.
fn focus_each_new_screen(shown: Memo<Route>, options: Arc<Options>) {
    Effect::new(move |previous: Option<Route>| {
        let now = shown.get();
        if previous.is_some_and(|p| p != now) {
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute(SCREEN_CHANGED, "");
            }
            let options = options.clone();
            request_animation_frame(move || announce_screen(&options));
        }
        now
    });
}

/// Focuses the screen's heading and tells a host page a new screen is showing.
fn announce_screen(options: &Options) {
    focus("#main h1");
    embed::screen_changed(options);
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus(selector: &str) {
    if let Ok(Some(element)) = document().query_selector(selector) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
