//! The facilitator's tools: the team view (with its presenter), the embed
//! builder and the quiz-file checker, as a wasm module of their own; it
//! also draws the pictures the reader's module asks for, and explains a
//! quiz file that module refused.
//!
//! Readers never use them, and as typed views they would add about a third
//! to every reader's download. So the reader's module renders its
//! `ToolsLoader` for their routes, which loads this module into the same
//! page; it then shows those screens itself, in step with the URL fragment,
//! while the reader's module shows nothing. Addresses stay as they are
//! (`<app>#/team`, `<app>#t=…`, `<app>#/embed`, `<app>#/check`).

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
use crate::app::shared::route::{Module, Route};
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

/// Entry point of the tools' module (`src/bin/tools.rs`).
pub fn start_tools() {
    panic_screen::install();
    // This module carries every language's texts; the reader's fetches them.
    crate::core::catalogue::pack::install_compiled();
    // Pictures the reader's module asks for (it may have asked already).
    picture::listen();
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
                Ok((quiz, lang)) => mount_to_body(move || view! { <ToolsApp quiz lang options/> }),
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

/// The tools' screens, for the routes that are theirs; nothing otherwise.
#[component]
fn ToolsApp(quiz: Arc<Quiz>, lang: Lang, options: Arc<Options>) -> impl IntoView {
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
        if let (Module::Tools, true, Some(chosen)) = (nav.route.get().module(), builtin, chosen) {
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
    if moved_here && nav.route.get_untracked().module() == Module::Tools {
        request_animation_frame(move || announce_screen(&options));
    }
    // Screens read the quiz and their text as they are built.
    let screen = move |(route, _): (Route, Lang)| match route {
        Route::Team(codes) => Some(view! { <TeamScreen codes/> }.into_any()),
        Route::Builder => Some(view! { <BuilderScreen/> }.into_any()),
        Route::Check => Some(view! { <CheckScreen/> }.into_any()),
        Route::Write => Some(view! { <WriteScreen/> }.into_any()),
        route => {
            debug_assert_eq!(route.module(), Module::Reader);
            None
        }
    };
    view! { <Keyed key=move || (nav.route.get(), i18n.lang.get()) view=screen/> }
}
