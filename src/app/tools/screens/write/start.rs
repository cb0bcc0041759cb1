//! Where the coach starts: Candor's quiz as a template, the short example, a blank quiz, or a quiz file of their own (chosen or dropped).

use leptos::prelude::*;

use super::editor::use_editor;
use crate::app::shared::components::file_picker::FilePicker;
use crate::app::shared::i18n::{builtin_quiz_in, use_lang};
use crate::app::shared::quiz_loader::fetch_bounded;
use crate::app::tools::context::texts::use_editor_texts;
use crate::app::tools::served::QUIZ_EXAMPLE;
use crate::core::catalogue::{fill, EditorTexts};
use crate::core::draft::{Draft, OpenError, Opened};
use crate::core::validate::MAX_FILE_BYTES;

/// Where to start from.
#[derive(Clone)]
enum Start {
    Builtin,
    Example,
    Blank,
    File(web_sys::File),
}

/// Why a file can't be opened, in `t`'s words.
fn why(error: &OpenError, t: &EditorTexts) -> String {
    match error {
        OpenError::TooLarge { bytes } => fill(
            t.write_not_a_quiz(),
            &[("line", &1), ("column", &(bytes.div_ceil(1024)))],
        ),
        OpenError::NotJson { line, column, .. } => {
            fill(t.write_not_json(), &[("line", line), ("column", column)])
        }
        OpenError::NotAnObject => t.write_not_object().to_string(),
        OpenError::OtherSchema { found } => fill(t.write_other_schema(), &[("found", found)]),
        OpenError::NotAQuiz { line, column, .. } => {
            fill(t.write_not_a_quiz(), &[("line", line), ("column", column)])
        }
    }
}

/// A draft made here, with nothing left out.
fn whole(draft: Draft) -> Opened {
    Opened {
        draft,
        left_out: Vec::new(),
    }
}

/// The ways to start, and what opening a file said.
#[component]
pub fn StartFrom() -> impl IntoView {
    let (t, lang) = (use_editor_texts(), use_lang());
    let editor = use_editor();
    let said = RwSignal::new(String::new());
    // Each start replaces the draft as one step (undo brings it back).
    let start = Action::new_local(move |start: &Start| {
        let start = start.clone();
        async move {
            let (name, read) = match start {
                Start::Blank => (String::new(), Ok(whole(Draft::blank(lang)))),
                Start::Builtin => {
                    let (quiz, _) = builtin_quiz_in(lang).await;
                    (String::new(), Ok(whole(Draft::from_quiz(&quiz))))
                }
                Start::Example => {
                    let read = match fetch_bounded(QUIZ_EXAMPLE, MAX_FILE_BYTES).await {
                        Ok(bytes) => Draft::read(&bytes),
                        Err(_) => Err(OpenError::NotAnObject),
                    };
                    (String::new(), read)
                }
                Start::File(file) => {
                    let name = file.name();
                    let read = if file.size() > MAX_FILE_BYTES as f64 {
                        Err(OpenError::TooLarge {
                            bytes: file.size() as usize,
                        })
                    } else {
                        let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
                            .await
                            .ok()
                            .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                            .unwrap_or_default();
                        Draft::read(&bytes)
                    };
                    (name, read)
                }
            };
            match read {
                Ok(Opened { draft, left_out }) => {
                    editor.file_name.try_set(name);
                    editor.replace(draft);
                    said.try_set(if left_out.is_empty() {
                        String::new()
                    } else {
                        fill(t.write_left_out(), &[("fields", &left_out.join(", "))])
                    });
                }
                Err(error) => {
                    let name = if name.is_empty() {
                        QUIZ_EXAMPLE.to_string()
                    } else {
                        name
                    };
                    said.try_set(fill(
                        t.write_open_failed(),
                        &[("name", &name), ("why", &why(&error, t))],
                    ));
                }
            }
        }
    });
    let on_pick = move |files: Vec<web_sys::File>| {
        if let Some(file) = files.into_iter().next() {
            start.dispatch_local(Start::File(file));
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            start.dispatch_local(Start::File(file));
        }
    };
    view! {
        <section class="editor-start drop-zone" aria-labelledby="w-start-h"
            on:dragover=move |ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2 id="w-start-h">{t.write_start_title()}</h2>
            <div class="actions">
                <button type="button" on:click=move |_| { start.dispatch_local(Start::Builtin); }>
                    {t.write_start_builtin()}
                </button>
                <button type="button" on:click=move |_| { start.dispatch_local(Start::Example); }>
                    {t.write_start_example()}
                </button>
                <button type="button" on:click=move |_| { start.dispatch_local(Start::Blank); }>
                    {t.write_start_blank()}
                </button>
                <FilePicker label=t.write_open() class="file-button" on_pick/>
            </div>
            <p class="hint">{t.write_start_hint()}</p>
            <p class="status" role="status">{move || said.get()}</p>
        </section>
    }
}
