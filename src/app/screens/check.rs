//! Check a quiz file in the browser: choose, drop or paste it, see every
//! problem in the words `validate_quiz` prints, or a preview of the quiz and
//! a way to carry it into the builder. Nothing is uploaded, and nothing of
//! the file is rendered as HTML.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::components::file_picker::FilePicker;
use crate::app::components::links::Links;
use crate::app::components::quiz_preview::{dimensions, questions, QuizPreview};
use crate::app::components::screen::Screen;
use crate::app::components::section::Section;
use crate::app::i18n::{use_lang, I18n};
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::tools::{Checked, CheckedFile};
use crate::core::catalogue::{count, fill, ProblemTexts, ToolTexts};
use crate::core::language::Lang;
use crate::core::quiz::Quiz;
use crate::core::validate::{parse_quiz, Problem, ProblemKind, MAX_FILE_BYTES};

/// What the checker found in a file.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Reading,
    Problems { name: String, lines: Vec<String> },
    Valid(CheckedFile),
}

/// Checks `bytes` as a quiz file: every problem, explained in `p`'s words,
/// or the quiz.
fn check(bytes: &[u8], name: String, p: &ProblemTexts, lang: Lang) -> Outcome {
    match parse_quiz(bytes) {
        Ok(quiz) => Outcome::Valid(CheckedFile {
            name,
            quiz: Arc::new(quiz),
        }),
        Err(problems) => Outcome::Problems {
            name,
            lines: problems.iter().map(|x| x.explain(p, lang)).collect(),
        },
    }
}

/// A file over the limit, refused before it is read.
fn too_large(bytes: usize, name: String, p: &ProblemTexts, lang: Lang) -> Outcome {
    let problem = Problem {
        path: "$".into(),
        kind: ProblemKind::TooLarge { bytes },
        hint: None,
        place: None,
    };
    Outcome::Problems {
        name,
        lines: vec![problem.explain(p, lang)],
    }
}

/// The line above the result: how many problems, or what the valid file holds.
fn verdict(outcome: &Outcome, t: &ToolTexts, lang: Lang) -> String {
    match outcome {
        Outcome::Reading => t.check_reading().into(),
        Outcome::Problems { name, lines } => fill(
            &count(
                lang,
                lines.len() as u64,
                t.check_problems_one(),
                t.check_problems_other(),
            ),
            &[("name", name)],
        ),
        Outcome::Valid(file) => verdict_valid(&file.name, &file.quiz, t, lang),
    }
}

fn verdict_valid(name: &str, quiz: &Quiz, t: &ToolTexts, lang: Lang) -> String {
    fill(
        t.check_valid(),
        &[
            ("name", &name),
            ("questions", &questions(t, lang, quiz.questions.len())),
            ("dimensions", &dimensions(t, lang, quiz.dimensions.len())),
        ],
    )
}

#[component]
pub fn CheckScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let t = i18n.catalogue::<ToolTexts>();
    let p = i18n.catalogue::<ProblemTexts>();
    let lang = use_lang();
    let nav = expect_context::<Nav>();
    let checked = expect_context::<Checked>();
    let outcome = RwSignal::new(None::<Outcome>);
    // A later file replaces an earlier one still being read.
    let generation = StoredValue::new(0u32);

    let read_file = move |file: web_sys::File| {
        let name = file.name();
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            outcome.set(Some(too_large(size as usize, name, p, lang)));
            return;
        }
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        outcome.set(Some(Outcome::Reading));
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
                .await
                .ok()
                .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                .unwrap_or_default();
            if generation.try_get_value() == Some(mine) {
                outcome.try_set(Some(check(&text, name, p, lang)));
            }
        });
    };
    let on_pick = move |files: Vec<web_sys::File>| {
        if let Some(file) = files.into_iter().next() {
            read_file(file);
        }
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            read_file(file);
        }
    };
    let pasted = RwSignal::new(String::new());
    let check_pasted = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        generation.update_value(|g| *g += 1);
        let text = pasted.get_untracked();
        outcome.set(Some(check(
            text.as_bytes(),
            t.check_pasted().to_string(),
            p,
            lang,
        )));
    };
    let use_in_builder = move |_| {
        if let Some(Outcome::Valid(file)) = outcome.get_untracked() {
            checked.set(Some(file));
            nav.go(Route::Builder);
        }
    };

    let result = move || {
        outcome.get().map(|found| {
            let headline = verdict(&found, t, lang);
            let body = match found {
                Outcome::Reading => ().into_any(),
                Outcome::Problems { lines, .. } => view! {
                    <ul class="problems">
                        {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                }
                .into_any(),
                Outcome::Valid(file) => view! {
                    <h3 id="check-preview-h">{t.check_preview_title()}</h3>
                    <QuizPreview quiz=file.quiz.clone() t id="check"/>
                    <div class="actions">
                        <button type="button" class="primary" on:click=use_in_builder>
                            {t.check_use()}
                        </button>
                    </div>
                }
                .into_any(),
            };
            view! {
                <Section id="result" title=t.check_result_title()>
                    <p class="verdict">{headline}</p>
                    {body}
                </Section>
            }
        })
    };
    let drop_hint = fill(t.check_drop_hint(), &[("kb", &(MAX_FILE_BYTES / 1024))]);
    view! {
        <Screen class="checker">
            <h1 tabindex="-1">{t.check_title()}</h1>
            <p>{t.check_intro()}</p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                role="group"
                aria-labelledby="drop-h"
                aria-describedby="drop-hint"
                on:dragenter=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragover=move |ev: web_sys::DragEvent| ev.prevent_default()
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <p id="drop-h" class="drop-title">{t.check_drop()}</p>
                <p id="drop-hint" class="hint">{drop_hint}</p>
                <FilePicker label=t.check_choose() class="file-button" on_pick/>
            </div>
            <form class="paste" on:submit=check_pasted>
                <label for="check-paste">{t.check_paste_label()}</label>
                <textarea
                    id="check-paste"
                    rows="8"
                    spellcheck="false"
                    autocomplete="off"
                    on:input:target=move |ev| pasted.set(ev.target().value())
                ></textarea>
                <div class="actions">
                    <button type="submit">{t.check_paste_button()}</button>
                </div>
            </form>
            <div aria-live="polite">{result}</div>
            <Links>
                <a href=Route::Builder.to_hash()>{t.builder_title()}</a>
                <a href=crate::app::screens::builder::FORMAT_REFERENCE>{t.format_link()}</a>
                <a href=Route::About.to_hash()>{t.link_about()}</a>
            </Links>
        </Screen>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_checked_with_every_problem_counted_in_the_pages_language() {
        let (t, p) = (ToolTexts::of(Lang::De), ProblemTexts::of(Lang::De));
        let found = check(b"{\"schema\": 1,}", "mein.quiz.json".into(), p, Lang::De);
        let Outcome::Problems { ref lines, .. } = found else {
            panic!("{found:?}");
        };
        assert_eq!(lines.len(), 1);
        assert_eq!(
            verdict(&found, t, Lang::De),
            "mein.quiz.json hat 1 Problem:"
        );
        let en = ToolTexts::of(Lang::En);
        let many = Outcome::Problems {
            name: "x.json".into(),
            lines: vec![String::new(); 4],
        };
        assert_eq!(verdict(&many, en, Lang::En), "x.json has 4 problems:");
        let big = too_large(
            300 * 1024,
            "big.json".into(),
            ProblemTexts::of(Lang::En),
            Lang::En,
        );
        assert_eq!(verdict(&big, en, Lang::En), "big.json has 1 problem:");
    }

    #[test]
    fn a_valid_file_is_counted_in_questions_and_dimensions() {
        let bytes = include_bytes!("../../../content/onboarding-readiness.quiz.json");
        let found = check(bytes, "o.json".into(), ProblemTexts::of(Lang::En), Lang::En);
        let Outcome::Valid(ref file) = found else {
            panic!("{found:?}");
        };
        let (q, d) = (file.quiz.questions.len(), file.quiz.dimensions.len());
        assert_eq!(
            verdict(&found, ToolTexts::of(Lang::En), Lang::En),
            format!("o.json is valid: {q} questions, {d} dimensions.")
        );
    }
}
