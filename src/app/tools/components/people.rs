//! The team's members as buttons: each picks that person, highlighted in
//! every habit.

use leptos::prelude::*;

use super::dot_plot::toggle;
use crate::app::tools::context::texts::use_tool_texts;

/// One button per member, numbered as their dots are; the one `picked` is
/// pressed.
#[component]
pub fn People(
    #[prop(into)] labels: Signal<Vec<String>>,
    picked: RwSignal<Option<usize>>,
) -> impl IntoView {
    let t = use_tool_texts();
    let buttons = move || {
        labels
            .get()
            .into_iter()
            .enumerate()
            .map(|(m, label)| {
                view! {
                    <li>
                        <button
                            type="button"
                            aria-pressed=move || (picked.get() == Some(m)).to_string()
                            on:click=move |_| toggle(picked, m)
                        >
                            <span class="number">{m + 1}</span>
                            " "
                            <bdi>{label}</bdi>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="people" role="group" aria-labelledby="people-title" aria-describedby="people-hint">
            <p class="people-title" id="people-title">{t.people_title()}</p>
            <p class="hint" id="people-hint">{t.people_hint()}</p>
            <ol>{buttons}</ol>
        </div>
    }
}
