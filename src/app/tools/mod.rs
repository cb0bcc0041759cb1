//! The facilitator's tools, as two wasm modules of their own built from
//! this folder: the team's (`start_tools`: the team view with its
//! presenter; it also draws the pictures the reader's module asks for, and
//! explains a quiz file that module refused) and the coach's
//! (`start_coach`: the embed builder, the quiz-file checker and the quiz
//! editor). Each links only its own screens, so the linker leaves the
//! other's out.
//!
//! Readers never use them, and as typed views they would add about a third
//! to every reader's download. So the reader's module renders a
//! `ToolsLoader` for their routes, which loads the module into the same
//! page; it then shows those screens itself, in step with the URL fragment,
//! while the reader's module shows nothing. Addresses stay as they are
//! (`<app>#/team`, `<app>#t=…`, `<app>#/embed`, `<app>#/check`, `<app>#/write`).

pub mod components;
pub mod context;
pub mod picture;
pub mod screens;
pub mod served;

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::boot::{page_options, with_quiz};
use crate::app::shared::components::keyed::Keyed;
use crate::app::shared::focus::{announce_screen, SCREEN_CHANGED};
use crate::app::shared::i18n::{builtin_quiz_in, chosen_lang, page_language, I18n};
use crate::app::shared::nav::Nav;
use crate::app::shared::page::provide_options;
use crate::app::shared::panic_screen;
use crate::app::shared::quiz_loader::{read_explained, LoadError};
use crate::app::shared::route::{Route, ToolsModule};
use crate::app::shared::screens::load_error::LoadErrorScreen;
use crate::app::shared::storage;
use crate::core::builtin::with_builtin_prompts;
use crate::core::catalogue::ProblemTexts;
use crate::core::language::Lang;
use crate::core::options::Options;
use crate::core::quiz::Quiz;
use context::checked::provide_checked;
use context::checker_file::provide_checker_file;
use context::phone_sized::provide_phone_sized;
use context::quiz::provide_quiz;
use screens::{builder::BuilderScreen, check::CheckScreen, team::TeamScreen, write::WriteScreen};

/// Entry point of the team's tools' module (`src/bin/tools.rs`).
pub fn start_tools() {
    let screens: Screens = |route| match route {
        Route::Team(codes) => Some(view! { <TeamScreen codes/> }.into_any()),
        _ => None,
    };
    // Pictures the reader's module asks for (it may have asked already).
    start_module(ToolsModule::Team, screens, picture::listen);
}

/// Entry point of the coach's tools' module (`src/bin/coach.rs`).
pub fn start_coach() {
    let screens: Screens = |route| match route {
        Route::Builder => Some(view! { <BuilderScreen/> }.into_any()),
        Route::Check => Some(view! { <CheckScreen/> }.into_any()),
        Route::Write => Some(view! { <WriteScreen/> }.into_any()),
        _ => None,
    };
    start_module(ToolsModule::Coach, screens, || ());
}

/// A module's own screens for the routes that are its; `None` for the rest.
type Screens = fn(Route) -> Option<AnyView>;

/// Starts one of the tools' modules: what it serves the page at once
/// (`serve`), then the quiz in the reader's language and [`ToolsApp`] with
/// that module's `screens`.
fn start_module(module: ToolsModule, screens: Screens, serve: fn()) {
    panic_screen::install();
    // This module carries every language's texts; the reader's fetches them.
    crate::core::catalogue::pack::install_compiled();
    serve();
    let options = page_options();
    if options.try_file {
        // In the frame that tries a quiz file, as in its reader's module.
        storage::keep_in_memory();
    }
    // In the language the reader's module chose, or, when this module starts
    // first (opened on one of its screens), the one it will choose.
    with_quiz(
        options.clone(),
        chosen_lang(),
        read_explained,
        move |quiz| {
            match quiz {
                Ok((quiz, lang)) => {
                    mount_to_body(move || view! { <ToolsApp quiz lang options module screens/> })
                }
                // A quiz file the reader's module refused ([`ExplainedByTools`]):
                // why, in place of its loading line. (Only while that line is
                // there: a file that changed in between is the reader's.)
                Err((url, error)) => {
                    if let Some(boot) = document().get_element_by_id("boot") {
                        boot.remove();
                        let lang = page_language(&options, None);
                        let (p, problems) = (ProblemTexts::of(lang), Vec::new());
                        let problems = match &error {
                            LoadError::Invalid(list) => {
                                list.iter().map(|x| x.explain(p, lang)).collect()
                            }
                            _ => problems,
                        };
                        mount_to_body(
                            move || view! { <LoadErrorScreen url error problems options/> },
                        );
                    }
                }
            }
        },
    );
}

/// One tools' module's screens, for the routes that are its; nothing otherwise.
#[component]
fn ToolsApp(
    quiz: Arc<Quiz>,
    lang: Lang,
    options: Arc<Options>,
    module: ToolsModule,
    screens: Screens,
) -> impl IntoView {
    let ours = move |route: &Route| route.tools_module() == Some(module);
    let i18n = I18n::new(lang, &quiz, &options);
    provide_context(i18n);
    // The built-in quiz's prompts for team meetings live in this module
    // only: readers never need them.
    let builtin = options.quiz.is_none() && !options.try_file;
    let with_prompts = move |quiz: Arc<Quiz>| {
        if builtin {
            Arc::new(with_builtin_prompts(Arc::unwrap_or_clone(quiz)))
        } else {
            quiz
        }
    };
    let quiz = provide_quiz(with_prompts(quiz));
    let nav = Nav::new();
    provide_context(nav);
    provide_options(options.clone());
    provide_checked();
    provide_checker_file();
    provide_phone_sized();
    // The reader may switch language while these screens are away: follow
    // it when one of them opens again (the built-in quiz only; a coach's
    // file has one language). The choice is the reader's module's, kept
    // outside this one: read when the route changes; the quiz in that
    // language is then fetched by an action.
    let follow = Action::new_local(move |&chosen: &Lang| async move {
        let (translated, lang) = builtin_quiz_in(chosen).await;
        i18n.follow(&translated);
        quiz.set(with_prompts(Arc::new(translated)));
        i18n.lang.set(lang);
    });
    Effect::new(move |_| {
        let chosen = chosen_lang().filter(|&l| l != i18n.lang());
        if let (true, true, Some(chosen)) = (ours(&nav.route.get()), builtin, chosen) {
            follow.dispatch_local(chosen);
        }
    });
    // Started after the reader moved here from another screen: take the
    // focus, as any new screen does. (Opened directly, leave it be.)
    let moved_here = document()
        .document_element()
        .is_some_and(|html| html.has_attribute(SCREEN_CHANGED));
    // (Not when loaded for a picture on a reader's screen: the focus stays
    // on the button pressed.)
    if moved_here && ours(&nav.route.get_untracked()) {
        request_animation_frame(move || announce_screen(&options));
    }
    // Screens read the quiz and their text as they are built.
    let screen = move |(route, _): (Route, Lang)| screens(route);
    view! { <Keyed key=move || (nav.route.get(), i18n.lang.get()) view=screen/> }
}
