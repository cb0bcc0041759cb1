//! The facilitator's tools: the team view (with its presenter) and the embed
//! builder, as a wasm module of their own.
//!
//! Readers never use them, and as typed views they would add about a third
//! to every reader's download. So the reader's module renders
//! [`ToolsLoader`] for their routes, which loads this module into the same
//! page; it then shows those screens itself, in step with the URL fragment,
//! while the reader's module shows nothing. Addresses stay as they are
//! (`<app>#/team`, `<app>#t=…`, `<app>#/embed`, `<app>#/check`).

use std::sync::Arc;

use leptos::prelude::*;

use super::checker_file::CheckerFile;
use super::components::keyed::Keyed;
use super::i18n::{builtin_quiz_in, chosen_lang, I18n};
use super::nav::Nav;
use super::route::{Module, Route};
use super::screens::{builder::BuilderScreen, check::CheckScreen, team::TeamScreen};
use super::{announce_screen, page_options, panic_screen, with_quiz, SCREEN_CHANGED};
use crate::core::language::Lang;
use crate::core::options::Options;
use crate::core::quiz::Quiz;

/// The `<meta>` in which the build names the script that starts this module
/// (its file name carries a content hash).
const LOADER_META: &str = "meta[name=candor-tools]";

/// A quiz file the checker found valid, kept in this page for the builder
/// (see [`Checked`]).
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedFile {
    /// As the coach's device named it.
    pub name: String,
    pub quiz: Arc<Quiz>,
}

/// The file carried from the checker into the builder, for as long as the
/// page is open. It is held, not fetched: the page's CSP
/// (`connect-src 'self'`) refuses `blob:` addresses, and nothing a coach
/// checks is uploaded anywhere.
pub type Checked = RwSignal<Option<CheckedFile>>;

/// In the reader's module: whether this page wants the tools' module, for
/// one of its routes or for a picture asked for on any screen. The app
/// renders [`ToolsLoader`] at its root, outside every screen, so the script
/// outlives the screen that asked.
#[derive(Debug, Clone, Copy)]
pub struct ToolsWanted(RwSignal<bool>);

impl ToolsWanted {
    pub fn new() -> Self {
        ToolsWanted(RwSignal::new(false))
    }

    /// Loads the tools into the page, unless they are there or on their way.
    pub fn load(self) {
        if !self.0.get_untracked() {
            self.0.set(true);
        }
    }

    /// Whether the tools' module is wanted.
    pub fn get(self) -> bool {
        self.0.get()
    }
}

impl Default for ToolsWanted {
    fn default() -> Self {
        Self::new()
    }
}

/// The reader's module's [`ToolsWanted`], from context.
pub fn use_tools() -> ToolsWanted {
    expect_context()
}

/// In the reader's module: the script that loads the tools into the page
/// once they are `wanted`. It is in the page from the start without an
/// address, which runs nothing; given one, the browser loads and runs the
/// module, once: taking the address away again changes nothing.
#[component]
pub fn ToolsLoader(wanted: impl Fn() -> bool + Send + Sync + 'static) -> impl IntoView {
    let loader = document()
        .query_selector(LOADER_META)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    view! { <script type="module" src=move || wanted().then(|| loader.clone()).flatten()></script> }
}

/// Entry point of the tools' module (`src/bin/tools.rs`).
pub fn start_tools() {
    panic_screen::install();
    // Pictures the reader's module asks for (it may have asked already).
    super::picture::listen();
    let options = page_options();
    if options.try_file {
        // In the frame that tries a quiz file, as in its reader's module.
        super::storage::keep_in_memory();
    }
    // A quiz file that can't be used is explained by the reader's module.
    // In the language the reader's module chose, or, when this module starts
    // first (opened on one of its screens), the one it will choose.
    with_quiz(options.clone(), chosen_lang(), move |quiz| {
        if let Ok((quiz, lang)) = quiz {
            mount_to_body(move || view! { <ToolsApp quiz lang options/> });
        }
    });
}

/// The tools' screens, for the routes that are theirs; nothing otherwise.
#[component]
fn ToolsApp(quiz: Arc<Quiz>, lang: Lang, options: Arc<Options>) -> impl IntoView {
    let i18n = I18n::new(lang, &quiz, &options);
    provide_context(i18n);
    let quiz = StoredValue::new(quiz);
    let nav = Nav::new();
    provide_context(nav);
    provide_context(options.clone());
    let checked: Checked = RwSignal::new(None);
    provide_context(checked);
    CheckerFile::provide();
    // The reader may switch language while these screens are away: follow
    // it when one of them opens again (the built-in quiz only; a coach's
    // file has one language).
    let builtin = options.quiz.is_none();
    Effect::new(move |_| {
        let chosen = chosen_lang().filter(|&l| l != i18n.lang());
        if let (Module::Tools, true, Some(chosen)) = (nav.route.get().module(), builtin, chosen) {
            leptos::task::spawn_local(async move {
                let (translated, lang) = builtin_quiz_in(chosen).await;
                i18n.follow(&translated);
                quiz.set_value(Arc::new(translated));
                i18n.lang.set(lang);
            });
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
    let screen = move |(route, _): (Route, Lang)| {
        // Screens read the quiz and their text as they are built.
        provide_context(quiz.get_value());
        match route {
            Route::Team(codes) => Some(view! { <TeamScreen codes/> }.into_any()),
            Route::Builder => Some(view! { <BuilderScreen/> }.into_any()),
            Route::Check => Some(view! { <CheckScreen/> }.into_any()),
            route => {
                debug_assert_eq!(route.module(), Module::Reader);
                None
            }
        }
    };
    view! { <Keyed key=move || (nav.route.get(), i18n.lang.get()) view=screen/> }
}
