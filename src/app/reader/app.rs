//! The reader's app: the session, the route and the page options as
//! context, and the route mapped to a screen (`screens/`), built from small
//! components (`components/`). State lives in signals (`state.rs`).

use std::sync::Arc;

use leptos::prelude::*;

use super::components::notices::Notices;
use super::offline;
use super::screens;
use super::state::Session;
use super::tools_loader::{ToolsFailed, ToolsLoader, ToolsWanted};
use crate::app::shared::components::keyed::Keyed;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::embed;
use crate::app::shared::focus::{announce_screen, SCREEN_CHANGED};
use crate::app::shared::i18n::{self, I18n};
use crate::app::shared::nav::Nav;
use crate::app::shared::page::provide_options;
use crate::app::shared::route::{Module, Route, ToolsModule};
use crate::core::language::Lang;
use crate::core::options::Options;
use crate::core::quiz::Quiz;

#[component]
pub fn App(quiz: Arc<Quiz>, lang: Lang, options: Arc<Options>) -> impl IntoView {
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
    provide_options(options.clone());
    embed::observe_height(&options);

    // The screen shown: the route, except that a question beyond the first
    // unanswered one shows that one instead (and the address says so).
    let shown = nav.shown(move |route| match route {
        Route::Question(n) => Route::Question(session.reachable(n)),
        route => route,
    });
    let update = offline::register(&options);
    focus_each_new_screen(shown, options);
    // The team's tools, once its routes or a picture want them, and the
    // coach's, once its routes do; each stays.
    let tools = ToolsWanted::new(ToolsModule::Team);
    provide_context(tools);
    let coach = ToolsWanted::new(ToolsModule::Coach);
    let wanted = move |module| shown.with(|r| r.tools_module() == Some(module));
    let tools_for = move |route: &Route| match route.tools_module() {
        Some(ToolsModule::Coach) => coach,
        _ => tools,
    };

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
            route => {
                debug_assert_eq!(route.module(), Module::Tools);
                let tools = tools_for(&route);
                EitherOf6::F(move || {
                    tools.failed().map(|failure| {
                        view! {
                            <Screen class="tools-failed-screen">
                                <h1 tabindex="-1">{i18n::use_texts().tools_failed_title()}</h1>
                                <ToolsFailed tools failure/>
                            </Screen>
                        }
                    })
                })
            }
        }
    };
    // Screens read their text as they are built: a new language builds
    // them anew. The notices above them stay, and their words follow it.
    view! {
        <ToolsLoader tools wanted=Signal::derive(move || tools.get() || wanted(ToolsModule::Team))/>
        <ToolsLoader tools=coach wanted=Signal::derive(move || wanted(ToolsModule::Coach))/>
        <Notices/>
        <offline::UpdateNotice offer=update/>
        <Keyed key=move || (shown.get(), i18n.lang.get()) view=move |(route, _)| screen(route)/>
    }
}

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
