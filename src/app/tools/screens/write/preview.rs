//! The quiz as readers will see it, beside the form: its outcomes, its preview, and the quiz to try in the page, once it has no problems.

use leptos::prelude::*;

use super::editor::use_editor;
use crate::app::shared::focus::focus;
use crate::app::shared::i18n::use_lang;
use crate::app::tools::components::quiz_outcomes::QuizOutcomes;
use crate::app::tools::components::quiz_preview::QuizPreview;
use crate::app::tools::components::try_frame::TryPanel;
use crate::app::tools::context::texts::{use_checker_texts, use_editor_texts, use_tool_texts};
use crate::core::outcomes::outcomes;

/// The preview, or why it waits.
#[component]
pub fn Preview() -> impl IntoView {
    let (t, c, lang) = (use_editor_texts(), use_checker_texts(), use_lang());
    let tools = use_tool_texts();
    let editor = use_editor();
    let quiz = Memo::new(move |_| editor.checks.with(|c| c.quiz.clone()));
    let trying = RwSignal::new(false);
    let start_trying = move |_| {
        trying.set(true);
        request_animation_frame(|| focus("#w-try-h"));
    };
    let stop_trying = move |_| {
        trying.set(false);
        request_animation_frame(|| focus("#w-try-button"));
    };
    let shown = move || match quiz.get() {
        None => view! { <p class="hint">{t.write_blocked()}</p> }.into_any(),
        Some(quiz) => {
            let found = outcomes(&quiz);
            view! {
                <div class="actions">
                    <button type="button" id="w-try-button" class="primary" on:click=start_trying>
                        {c.check_try()}
                    </button>
                </div>
                <QuizOutcomes quiz=quiz.clone() outcomes=found c lang/>
                <QuizPreview quiz t=tools id="write"/>
            }
            .into_any()
        }
    };
    let try_view = move || {
        let name = editor.file_name.get_untracked();
        let text = editor.checks.with_untracked(|c| c.text.clone());
        view! { <TryPanel name text heading_id="w-try-h" c on_close=stop_trying/> }
    };
    view! {
        <section class="editor-preview" aria-labelledby="w-preview-h">
            <h2 id="w-preview-h">{t.write_preview_title()}</h2>
            {shown}
            <Show when=move || trying.get() && quiz.with(Option::is_some)>{try_view}</Show>
        </section>
    }
}
