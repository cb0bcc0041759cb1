//! Pasted entries or files that were not added to the team, and why.

use leptos::prelude::*;

use crate::app::shared::i18n::{use_lang, use_problems};
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::team::EntryProblem;

/// An alert listing each refused entry (as text) with its reason; nothing
/// when every entry was added.
#[component]
pub fn EntryProblems(#[prop(into)] problems: Signal<Vec<EntryProblem>>) -> impl IntoView {
    let (t, p, lang) = (use_tool_texts(), use_problems(), use_lang());
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="problems-box" role="alert">
                <p>{t.not_added()}</p>
                <ul class="problems">
                    <For
                        each=move || {
                            problems
                                .get()
                                .into_iter()
                                .map(move |problem| {
                                    (problem.entry, problem.reason.message(t, p, lang))
                                })
                                .enumerate()
                                .collect::<Vec<_>>()
                        }
                        key=|entry| entry.clone()
                        children=move |(_, (entry, reason))| {
                            view! {
                                <li>
                                    <code>{entry}</code>
                                    {format!(" — {reason}")}
                                </li>
                            }
                        }
                    />
                </ul>
            </div>
        </Show>
    }
}
