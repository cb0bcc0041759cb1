//! Check a quiz file in the browser: choose, drop or paste it, and see every
//! problem in the words `validate_quiz` prints; or, for a valid file, the
//! warnings about how it scores, what its archetypes are and which simple
//! answer sheets get them, a preview, the quiz itself to try in the page,
//! and a way to carry it into the builder. Nothing is uploaded, and nothing
//! of the file is rendered as HTML. The file stays while the page is open,
//! and across reloads where the browser lets Candor save (`checker_file`).
//! With `events=1`, the host page hears each verdict (`embed::checked`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::reactive::actions::ActionAbortHandle;

use crate::app::shared::components::copy_field::CopyField;
use crate::app::shared::components::file_picker::FilePicker;
use crate::app::shared::components::links::Links;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::components::section::Section;
use crate::app::shared::embed;
use crate::app::shared::i18n::{use_lang, use_problems};
use crate::app::shared::nav::use_nav;
use crate::app::shared::page::use_options;
use crate::app::shared::route::Route;
use crate::app::tools::components::quiz_outcomes::QuizOutcomes;
use crate::app::tools::components::quiz_preview::{dimensions, questions, QuizPreview};
use crate::app::tools::components::try_frame::TryPanel;
use crate::app::tools::context::checked::{use_checked, CheckedFile};
use crate::app::tools::context::checker_file::{use_checker_file, Content, ReadFile};
use crate::app::tools::context::texts::{use_checker_texts, use_tool_texts};
use crate::app::tools::served::FORMAT_REFERENCE;
use crate::core::catalogue::{count, fill, CheckerTexts, ProblemTexts, ToolTexts};
use crate::core::language::Lang;
use crate::core::lint::{builtin_id, lint};
use crate::core::outcomes::{outcomes, Outcomes};
use crate::core::quiz::Quiz;
use crate::core::validate::{parse_quiz, total, Problem, ProblemKind, MAX_FILE_BYTES};

/// What the checker found in a file.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Every problem, explained, and what to paste to fix one, if Candor knows.
    Problems {
        name: String,
        lines: Vec<String>,
        fix: Option<String>,
        /// How many problems: more than the lines when some are not listed.
        total: usize,
    },
    Valid(Valid),
}

/// A valid file and what the checker says about it.
#[derive(Debug, Clone, PartialEq)]
struct Valid {
    file: CheckedFile,
    /// The file's text, to try and to tell a host page.
    text: Arc<str>,
    /// Each warning, explained.
    warnings: Vec<String>,
    /// The warning that the file kept the built-in quiz's `id`, explained.
    id_warning: Option<String>,
    outcomes: Outcomes,
}

/// Checks `bytes` as a quiz file: every problem, explained in `p`'s words,
/// or the quiz with its warnings (in `c`'s) and outcomes.
fn check(bytes: &[u8], name: String, c: &CheckerTexts, p: &ProblemTexts, lang: Lang) -> Outcome {
    match parse_quiz(bytes) {
        Ok(quiz) => Outcome::Valid(Valid {
            warnings: lint(&quiz)
                .iter()
                .map(|w| w.message(&quiz, c, lang))
                .collect(),
            id_warning: builtin_id(&quiz).map(|w| w.message(&quiz, c, lang)),
            outcomes: outcomes(&quiz),
            // A valid file is UTF-8.
            text: String::from_utf8_lossy(bytes).into(),
            file: CheckedFile {
                name,
                quiz: Arc::new(quiz),
            },
        }),
        Err(problems) => Outcome::Problems {
            name,
            total: total(&problems),
            fix: problems.iter().find_map(Problem::fix),
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
        fix: None,
        total: 1,
    }
}

/// What the checker says about a file it read.
fn check_file(
    file: &ReadFile,
    t: &ToolTexts,
    c: &CheckerTexts,
    p: &ProblemTexts,
    lang: Lang,
) -> Outcome {
    let name = match file.name.as_str() {
        "" => t.check_pasted().to_string(),
        name => name.to_string(),
    };
    match &file.content {
        Content::Bytes(bytes) => check(bytes, name, c, p, lang),
        Content::TooLarge(bytes) => too_large(*bytes, name, p, lang),
    }
}

/// The line above the result: how many problems, or what the valid file holds.
fn verdict(outcome: &Outcome, t: &ToolTexts, lang: Lang) -> String {
    match outcome {
        Outcome::Problems { name, total, .. } => fill(
            &count(
                lang,
                *total as u64,
                t.check_problems_one(),
                t.check_problems_other(),
            ),
            &[("name", name)],
        ),
        Outcome::Valid(valid) => verdict_valid(&valid.file.name, &valid.file.quiz, t, lang),
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
    let t = use_tool_texts();
    let c = use_checker_texts();
    let p = use_problems();
    let lang = use_lang();
    let nav = use_nav();
    let checked = use_checked();
    let options = use_options();
    let checker = use_checker_file();
    checker.unless_forgotten();
    let outcome = Memo::new(move |_| {
        checker
            .file
            .with(|file| file.as_ref().map(|f| check_file(f, t, c, p, lang)))
    });
    // A host page that asked for events hears every new verdict: the
    // WordPress plugin's settings keep only a file Candor found valid.
    Effect::new(move |_| {
        let name = checker
            .file
            .with(|f| f.as_ref().map(|f| f.name.clone()))
            .unwrap_or_default();
        outcome.with(|found| match found {
            Some(Outcome::Valid(valid)) => embed::checked(&options, &name, Some(&valid.text)),
            Some(Outcome::Problems { .. }) => embed::checked(&options, &name, None),
            None => {}
        });
    });

    // Reading a chosen or dropped file into the checker's file (kept across
    // screens and on the device). A later file, or a paste, replaces one
    // still being read, whose reading is aborted through its handle: an
    // `Action` lets every dispatch finish (in reactive_graph 0.2.16 even
    // its value is the last to finish, not the last dispatched).
    let read = Action::new_local(move |file: &web_sys::File| {
        let file = file.clone();
        async move {
            let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
                .await
                .ok()
                .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                .unwrap_or_default();
            checker.file.set(Some(ReadFile {
                name: file.name(),
                content: Content::Bytes(bytes.into()),
            }));
        }
    });
    let reading = read.pending();
    let in_flight = StoredValue::new_local(None::<ActionAbortHandle>);
    let replace_reading = move || {
        if let Some(previous) = in_flight.try_update_value(Option::take).flatten() {
            previous.abort();
        }
    };
    let read_file = move |file: web_sys::File| {
        replace_reading();
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            checker.file.set(Some(ReadFile {
                name: file.name(),
                content: Content::TooLarge(size as usize),
            }));
        } else {
            in_flight.set_value(Some(read.dispatch_local(file)));
        }
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
        replace_reading();
        let text = pasted.get_untracked();
        checker.file.set(Some(ReadFile {
            name: String::new(),
            content: Content::Bytes(text.into_bytes().into()),
        }));
    };
    let use_in_builder = move |file: CheckedFile| {
        checked.file.set(Some(file));
        nav.go(Route::Builder);
    };

    let result = move || {
        if reading.get() {
            return Some(
                view! {
                    <Section id="result" title=t.check_result_title()>
                        <p class="verdict">{t.check_reading()}</p>
                    </Section>
                }
                .into_any(),
            );
        }
        outcome.get().map(|found| {
            let headline = verdict(&found, t, lang);
            let body = match found {
                Outcome::Problems { lines, fix, .. } => {
                    view! { <ProblemList lines fix c/> }.into_any()
                }
                Outcome::Valid(valid) => view! {
                    <ValidFile valid t c lang on_use=Callback::new(use_in_builder)/>
                }
                .into_any(),
            };
            view! {
                <Section id="result" title=t.check_result_title()>
                    <p class="verdict">{headline}</p>
                    {body}
                </Section>
            }
            .into_any()
        })
    };
    let set_aside = move || {
        checker.set_aside.get().map(|key| {
            view! { <p class="notice">{fill(c.check_kept_unreadable(), &[("key", &key)])}</p> }
        })
    };
    let drop_hint = fill(t.check_drop_hint(), &[("kb", &(MAX_FILE_BYTES / 1024))]);
    view! {
        <Screen class="checker">
            <h1 tabindex="-1">{t.check_title()}</h1>
            <p>{t.check_intro()}</p>
            {set_aside}
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
                <a href=Route::Write.to_hash()>{t.write_link()}</a>
                <a href=FORMAT_REFERENCE>{t.format_link()}</a>
                <a href=Route::About.to_hash()>{t.link_about()}</a>
            </Links>
        </Screen>
    }
}

/// The problems of a file, each as `validate_quiz` says it, and the fix to
/// copy where Candor has one.
#[component]
fn ProblemList(lines: Vec<String>, fix: Option<String>, c: &'static CheckerTexts) -> impl IntoView {
    let fix = fix.map(|fix| {
        let status = RwSignal::new(String::new());
        view! {
            <CopyField
                id="check-fix"
                label=c.check_fix_label()
                button=c.check_copy_fix()
                copied=c.check_fix_copied()
                value=fix
                status
            />
            <p class="status" role="status">{move || status.get()}</p>
        }
    });
    view! {
        <ul class="problems">
            {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
        </ul>
        {fix}
    }
}

/// A valid file: its warnings, the ways to try it and to use it in the
/// builder, its archetypes and simple answer sheets, and its preview.
#[component]
fn ValidFile(
    valid: Valid,
    t: &'static ToolTexts,
    c: &'static CheckerTexts,
    lang: Lang,
    #[prop(into)] on_use: Callback<CheckedFile>,
) -> impl IntoView {
    let Valid {
        file,
        text,
        warnings,
        id_warning,
        outcomes,
    } = valid;
    // Not about scoring, so apart from the list below.
    let id_warning = id_warning.map(|w| view! { <p class="warnings id-warning">{w}</p> });
    let warnings = (!warnings.is_empty()).then(|| {
        let heading = count(
            lang,
            warnings.len() as u64,
            c.check_warnings_one(),
            c.check_warnings_other(),
        );
        view! {
            <h3 id="warnings-h">{heading}</h3>
            <ul class="warnings" aria-labelledby="warnings-h">
                {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
        }
    });
    let trying = RwSignal::new(false);
    let start_trying = move |_| {
        trying.set(true);
        request_animation_frame(|| crate::app::shared::focus::focus("#try-h"));
    };
    let stop_trying = move |_| {
        trying.set(false);
        request_animation_frame(|| crate::app::shared::focus::focus("#try-button"));
    };
    let name = file.name.clone();
    let quiz = file.quiz.clone();
    let try_view = move || {
        let (name, text) = (name.clone(), text.clone());
        view! { <TryPanel name text heading_id="try-h" c on_close=stop_trying/> }
    };
    view! {
        {id_warning}
        {warnings}
        <div class="actions">
            <button type="button" id="try-button" class="primary" on:click=start_trying>
                {c.check_try()}
            </button>
            <button type="button" on:click=move |_| on_use.run(file.clone())>
                {t.check_use()}
            </button>
        </div>
        <QuizOutcomes quiz=quiz.clone() outcomes c lang/>
        <h3 id="check-preview-h">{t.check_preview_title()}</h3>
        <QuizPreview quiz t id="check"/>
        // Last: the frame's own headings start again at its screen's h1.
        <Show when=move || trying.get()>{try_view.clone()}</Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_checked_with_every_problem_counted_in_the_pages_language() {
        let (t, p) = (ToolTexts::of(Lang::De), ProblemTexts::of(Lang::De));
        let c = CheckerTexts::of(Lang::De);
        let found = check(b"{\"schema\": 1,}", "mein.quiz.json".into(), c, p, Lang::De);
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
            fix: None,
            total: 4,
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
        let bytes = include_bytes!("../../../../content/onboarding-readiness.quiz.json");
        let en = ToolTexts::of(Lang::En);
        let found = check(
            bytes,
            "o.json".into(),
            CheckerTexts::of(Lang::En),
            ProblemTexts::of(Lang::En),
            Lang::En,
        );
        let Outcome::Valid(ref valid) = found else {
            panic!("{found:?}");
        };
        let (q, d) = (
            valid.file.quiz.questions.len(),
            valid.file.quiz.dimensions.len(),
        );
        assert_eq!(
            verdict(&found, en, Lang::En),
            format!("o.json is valid: {q} questions, {d} dimensions.")
        );
        // Issue 20: its warnings and outcomes come with it.
        assert_eq!(valid.warnings.len(), 3);
        assert_eq!(valid.outcomes.archetypes.len(), 3);
        assert_eq!(&*valid.text, std::str::from_utf8(bytes).unwrap());
    }

    #[test]
    fn a_file_read_is_named_and_pasted_text_is_the_pasted_text() {
        let (t, p) = (ToolTexts::of(Lang::En), ProblemTexts::of(Lang::En));
        let pasted = ReadFile {
            name: String::new(),
            content: Content::Bytes(b"[]".to_vec().into()),
        };
        let c = CheckerTexts::of(Lang::En);
        let found = check_file(&pasted, t, c, p, Lang::En);
        assert_eq!(
            verdict(&found, t, Lang::En),
            "The pasted text has 1 problem:"
        );
        let huge = ReadFile {
            name: "huge.json".into(),
            content: Content::TooLarge(300 * 1024),
        };
        let Outcome::Problems { lines, .. } = check_file(&huge, t, c, p, Lang::En) else {
            panic!();
        };
        assert_eq!(lines, ["the file is 300 KB; the limit is 256 KB"]);
    }

    // Issue 21: 77,845 empty questions froze the page with 311,489 problems.
    #[test]
    fn a_file_of_thousands_of_broken_items_lists_50_problems_and_counts_the_rest() {
        let template = crate::core::builtin::BUILTIN_QUIZ_JSON;
        let mut v: serde_json::Value = serde_json::from_str(template).unwrap();
        v["questions"] = serde_json::json!([]);
        let text = serde_json::to_string(&v).unwrap();
        let empties = vec!["{}"; 77_845].join(",");
        let text = text.replace("\"questions\":[]", &format!("\"questions\":[{empties}]"));
        assert!(text.len() <= MAX_FILE_BYTES);
        let (t, p) = (ToolTexts::of(Lang::En), ProblemTexts::of(Lang::En));
        let found = check(
            text.as_bytes(),
            "big.json".into(),
            CheckerTexts::of(Lang::En),
            p,
            Lang::En,
        );
        let Outcome::Problems {
            ref lines, total, ..
        } = found
        else {
            panic!("{found:?}");
        };
        assert_eq!(lines.len(), 51);
        assert!(total > 51 && total < 1000, "{total}");
        assert_eq!(
            lines[50],
            format!(
                "and {} more problems, not listed: put those above right and check the file again",
                total - 50
            )
        );
        assert_eq!(
            verdict(&found, t, Lang::En),
            format!("big.json has {total} problems:")
        );
    }
}
