//! The checks beside the form: how many problems are left, each in the checker's words with a way to its field, and the warnings about how the quiz scores.

use leptos::prelude::*;

use super::editor::{dom_id, use_editor};
use crate::app::shared::focus::focus;
use crate::app::shared::i18n::use_lang;
use crate::app::tools::context::texts::{use_checker_texts, use_editor_texts};
use crate::core::catalogue::count;
use crate::core::draft::Field;

/// The summary of the checker's problems and warnings.
#[component]
pub fn Checks() -> impl IntoView {
    let (t, c, lang) = (use_editor_texts(), use_checker_texts(), use_lang());
    let editor = use_editor();
    let line = move |(field, text): (Option<Field>, String)| {
        let go = field.map(|field| {
            let id = dom_id(&field);
            view! {
                " "
                <button type="button" class="link-button" on:click=move |_| focus(&format!("#{id}"))>
                    {t.write_go_to()}
                </button>
            }
        });
        view! { <li>{text}{go}</li> }
    };
    let summary = move || {
        editor.checks.with(|checks| {
            let problems = checks.problems.len();
            let heading = if problems == 0 {
                t.write_no_problems().to_string()
            } else {
                count(
                    lang,
                    problems as u64,
                    t.write_problems_one(),
                    t.write_problems_other(),
                )
            };
            let warnings = (!checks.warnings.is_empty()).then(|| {
                let heading = count(
                    lang,
                    checks.warnings.len() as u64,
                    c.check_warnings_one(),
                    c.check_warnings_other(),
                );
                let lines = checks
                    .warnings
                    .iter()
                    .map(|(f, w)| line((Some(f.clone()), w.clone())))
                    .collect_view();
                view! {
                    <h3>{heading}</h3>
                    <ul class="warnings">{lines}</ul>
                }
            });
            let lines = checks.problems.iter().cloned().map(line).collect_view();
            view! {
                <p class="verdict">{heading}</p>
                <ul class="problems">{lines}</ul>
                {warnings}
            }
        })
    };
    view! {
        <section class="editor-checks" aria-labelledby="w-checks-h">
            <h2 id="w-checks-h">{t.write_checks_title()}</h2>
            <div aria-live="polite">{summary}</div>
        </section>
    }
}
