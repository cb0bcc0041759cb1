//! Write a quiz without writing JSON: forms for everything a quiz file
//! holds, checked as the coach types by the checker's own rules (problems
//! beside their fields and in a summary), a preview and the quiz to try
//! once it has no problems, undo and redo, the work kept on the device, and
//! the file to download or carry into the builder. Nothing is uploaded,
//! and nothing typed is rendered as HTML.

mod checks;
mod controls;
mod editor;
mod preview;
mod sections;
mod start;

use leptos::prelude::*;

use crate::app::shared::components::download_button::DownloadButton;
use crate::app::shared::components::links::Links;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::embed;
use crate::app::shared::i18n::{use_lang, use_problems};
use crate::app::shared::nav::use_nav;
use crate::app::shared::page::use_options;
use crate::app::shared::route::Route;
use crate::app::shared::storage;
use crate::app::tools::context::checked::{use_checked, CheckedFile};
use crate::app::tools::context::texts::{use_checker_texts, use_editor_texts, use_tool_texts};
use crate::app::tools::served::FORMAT_REFERENCE;
use crate::core::draft::Draft;
use checks::Checks;
use editor::Editor;
use preview::Preview;
use sections::{
    HabitsSection, QuizSection, ReflectionsSection, SourcesSection, StatementsSection,
    StylesSection, UiSection,
};
use start::StartFrom;

/// The quiz editor (`#/write`).
#[component]
pub fn WriteScreen() -> impl IntoView {
    let (t, c, p, lang) = (
        use_tool_texts(),
        use_checker_texts(),
        use_problems(),
        use_lang(),
    );
    let e = use_editor_texts();
    let nav = use_nav();
    let checked = use_checked();
    let editor = Editor::provide(|| Draft::blank(lang), p, c, lang);
    let can_undo = Memo::new(move |_| editor.history.with(|h| h.can_undo()));
    let can_redo = Memo::new(move |_| editor.history.with(|h| h.can_redo()));
    let ready = Memo::new(move |_| editor.checks.with(|c| c.quiz.is_some()));
    // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo the editor's steps,
    // in place of each field's own.
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let key = ev.key().to_lowercase();
        let redo = key == "y" || (key == "z" && ev.shift_key());
        if key == "z" || redo {
            ev.prevent_default();
            editor.seal();
            if redo {
                editor.redo();
            } else {
                editor.undo();
            }
        }
    };
    let status = RwSignal::new(String::new());
    let file_name = Signal::derive(move || {
        let name = editor.file_name.get();
        if name.is_empty() {
            editor.history.with(|h| {
                let id = &h.draft().id;
                format!("{}.quiz.json", if id.is_empty() { "quiz" } else { id })
            })
        } else {
            name
        }
    });
    // A host page that asked for events (the WordPress plugin's settings)
    // hears each verdict as from the checker: it offers to save the quiz
    // to the site while it has no problems.
    let options = use_options();
    if options.events {
        Effect::new(move |_| {
            let name = file_name.get();
            editor.checks.with(|c| {
                let valid = c.quiz.as_ref().map(|_| &*c.text);
                embed::checked(&options, &name, valid);
            });
        });
    }
    let contents = Callback::new(move |()| editor.checks.with_untracked(|c| c.text.to_string()));
    let use_in_builder = move |_| {
        if let Some(quiz) = editor.checks.get_untracked().quiz {
            checked.file.set(Some(CheckedFile {
                name: file_name.get_untracked(),
                quiz,
            }));
            nav.go(Route::Builder);
        }
    };
    let kept = if storage::is_persistent() {
        e.write_kept()
    } else {
        e.write_not_kept()
    };
    view! {
        <Screen class="editor">
            <h1 tabindex="-1">{e.write_title()}</h1>
            <p>{e.write_intro()}</p>
            <StartFrom/>
            <div class="editor-bar" role="toolbar" aria-label=e.write_title()>
                <button type="button" disabled=move || !can_undo.get() aria-keyshortcuts="Control+Z"
                    on:click=move |_| editor.undo()>{e.write_undo()}</button>
                <button type="button" disabled=move || !can_redo.get() aria-keyshortcuts="Control+Shift+Z"
                    on:click=move |_| editor.redo()>{e.write_redo()}</button>
                <Show when=move || ready.get()>
                    <DownloadButton label=e.write_download() file_name mime="application/json"
                        contents on_saved=Callback::new(move |()| status.set(e.write_downloaded().into()))/>
                    <button type="button" on:click=use_in_builder>{t.check_use()}</button>
                </Show>
                <p class="hint">{kept}</p>
                <p class="status" role="status">{move || status.get()}</p>
            </div>
            <div class="editor-columns">
                <form class="editor-form" novalidate on:submit=|ev| ev.prevent_default()
                    on:keydown=on_keydown>
                    <QuizSection/>
                    <SourcesSection/>
                    <HabitsSection/>
                    <StatementsSection/>
                    <StylesSection/>
                    <ReflectionsSection/>
                    <UiSection/>
                </form>
                <aside class="editor-side" aria-labelledby="w-checks-h">
                    <Checks/>
                    <Preview/>
                </aside>
            </div>
            <Links>
                <a href=Route::Check.to_hash()>{t.check_link()}</a>
                <a href=Route::Builder.to_hash()>{t.builder_title()}</a>
                <a href=FORMAT_REFERENCE>{t.format_link()}</a>
                <a href=Route::About.to_hash()>{t.link_about()}</a>
            </Links>
        </Screen>
    }
}
