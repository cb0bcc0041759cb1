//! Pasted entries or files that were not added to the team, and why.

use leptos::prelude::*;

use crate::core::team::EntryProblem;

/// An alert listing each refused entry (as text) with its reason; nothing
/// when every entry was added.
#[component]
pub fn EntryProblems(#[prop(into)] problems: Signal<Vec<EntryProblem>>) -> impl IntoView {
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="problems-box" role="alert">
                <p>"Some entries were not added:"</p>
                <ul class="problems">
                    <For
                        each=move || problems.get().into_iter().enumerate()
                        key=|(i, p)| (*i, p.entry.clone(), p.reason.to_string())
                        children=|(_, p)| {
                            view! {
                                <li>
                                    <code>{p.entry}</code>
                                    {format!(" — {}", p.reason)}
                                </li>
                            }
                        }
                    />
                </ul>
            </div>
        </Show>
    }
}
