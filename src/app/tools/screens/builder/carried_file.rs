//! The quiz file carried from the checker, above the builder's form: what
//! it holds, its preview, and a way to let go of it.

use leptos::prelude::*;

use crate::app::shared::components::section::Section;
use crate::app::shared::i18n::use_lang;
use crate::app::tools::components::quiz_preview::{dimensions, questions, QuizPreview};
use crate::app::tools::context::checked::use_checked;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::fill;

/// The carried file's section; nothing without one.
#[component]
pub fn CarriedFile() -> impl IntoView {
    let t = use_tool_texts();
    let page_lang = use_lang();
    let checked = use_checked().file;
    move || {
        checked.get().map(|file| {
            let text = fill(
                t.checked_text(),
                &[
                    ("name", &file.name),
                    (
                        "questions",
                        &questions(t, page_lang, file.quiz.questions.len()),
                    ),
                    (
                        "dimensions",
                        &dimensions(t, page_lang, file.quiz.dimensions.len()),
                    ),
                ],
            );
            view! {
                <Section id="checked" title=t.checked_title()>
                    <p>{text}</p>
                    <QuizPreview quiz=file.quiz.clone() t id="checked"/>
                    <div class="actions">
                        <button type="button" on:click=move |_| checked.set(None)>
                            {t.checked_forget()}
                        </button>
                    </div>
                </Section>
            }
        })
    }
}
