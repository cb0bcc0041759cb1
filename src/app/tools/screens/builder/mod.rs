//! The embed builder (`#/embed`, `#/builder`): a form for every option, a
//! live preview beside it on wide screens, and the copy-ready snippets (the
//! script with a link for where scripts never run, a plain frame, and the
//! WordPress plugin's shortcode, after a word on the plugin). The snippets
//! come from `core::snippet`; what the app would make of the options comes
//! from `core::options`, so the builder lists exactly the problems the
//! embedded quiz would ignore, and notes what it adjusts (the accent).
//! Here: the settings as typed and as shown, and the screen's parts in
//! their places; each part is a module of its own.

mod accent_note;
mod carried_file;
mod form;
mod own_questions;
mod placeholders;
mod preview;
mod problems;
mod quiz_source;
mod snippets;

use leptos::prelude::*;
use leptos_use::signal_debounced;

use crate::app::shared::address::app_folder;
use crate::app::shared::components::links::Links;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::components::section::Section;
use crate::app::shared::i18n::{use_lang, use_problems};
use crate::app::shared::route::Route;
use crate::app::tools::context::checked::use_checked;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::snippet::EmbedSettings;
use carried_file::CarriedFile;
use form::OptionsForm;
use own_questions::own_questions;
use preview::Preview;
use problems::{problems, ProblemList};
use quiz_source::{check_quiz, QuizCheck};
use snippets::Snippets;

/// How long typing must pause before the preview and snippets follow, in
/// milliseconds.
const SETTLE_MS: f64 = 300.0;

#[component]
pub fn BuilderScreen() -> impl IntoView {
    let t = use_tool_texts();
    let p = use_problems();
    let page_lang = use_lang();
    // Light unless the coach says otherwise: `auto` would give a reader in
    // dark mode a dark frame on a light blog (see `theme_hint`).
    let initial = EmbedSettings {
        theme: "light".into(),
        quiz: use_checked()
            .file
            .get_untracked()
            .map(|file| file.name)
            .unwrap_or_default(),
        ..EmbedSettings::default()
    };
    let initial_quiz = initial.quiz.clone();
    // What the form says, as typed, and what the preview and snippets show:
    // the same once typing pauses, and then only the valid values.
    let typed = RwSignal::new(initial);
    let settings: Signal<EmbedSettings> = signal_debounced(typed, SETTLE_MS);
    let valid = Memo::new(move |_| settings.with(|s| s.valid_only().0));
    let app = app_folder();
    let preview_app = app.clone();

    // The quiz file the preview will load, fetched and checked the same way.
    let address = Memo::new(move |_| valid.with(|s| s.quiz.trim().to_string()));
    let quiz_check = check_quiz(address, p, page_lang);
    let found = Memo::new(move |_| {
        let mut lines = settings.with(|s| problems(s, t, p));
        match quiz_check.get() {
            QuizCheck::Checking(_) => lines.push(t.quiz_checking().into()),
            QuizCheck::Refused(_, more) => lines.extend(more),
            QuizCheck::None | QuizCheck::Fine(_) => {}
        }
        lines
    });
    view! {
        <Screen class="builder">
            <h1 tabindex="-1">{t.builder_title()}</h1>
            <p>{t.builder_intro()}</p>
            <CarriedFile/>
            // Side by side on wide screens, the preview kept in view while
            // the rest scrolls; on phones, one column with the preview after
            // the form and its problems (see `.builder-layout` in main.css).
            <div class="builder-layout">
                <OptionsForm typed valid initial_quiz/>
                <Section id="problems" title=t.problems_title() class="builder-problems">
                    <div><ProblemList found/></div>
                </Section>
                <Section id="preview" title=t.preview_title() class="builder-preview">
                    <Preview valid app=preview_app/>
                </Section>
                <Section id="snippet" title=t.snippet_title() class="builder-snippets">
                    <Snippets valid app/>
                </Section>
                <Section id="template" title=t.own_questions_title() class="builder-template">
                    <p>{own_questions(t)}</p>
                </Section>
            </div>
            <Links>
                <a href=Route::Check.to_hash()>{t.check_link()}</a>
                <a href=Route::Write.to_hash()>{t.write_link()}</a>
                <a href=Route::About.to_hash()>{t.link_about()}</a>
                <a href=Route::Intro.to_hash()>{t.link_start()}</a>
            </Links>
        </Screen>
    }
}
