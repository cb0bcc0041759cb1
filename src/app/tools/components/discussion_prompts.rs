//! A habit's prompts to discuss, chosen for the team's result; the
//! facilitator can choose others.

use leptos::prelude::*;

use crate::app::tools::context::texts::use_tool_texts;
use crate::core::quiz::{Dimension, Situation};
use crate::core::team::prompts_for;

/// "To discuss:" and the prompts chosen (`chosen`, kept by the team view;
/// `None` until the facilitator chooses: the prompts for `situation`), then
/// (where `choosing`) every prompt of the habit by situation, each with a
/// checkbox.
#[component]
pub fn DiscussionPrompts(
    dimension: Dimension,
    situation: Option<Situation>,
    chosen: RwSignal<Option<Vec<String>>>,
    /// Whether the facilitator can choose here (not on a slide).
    choosing: bool,
) -> impl IntoView {
    let t = use_tool_texts();
    // Each situation's prompts; one group when the quiz has only general ones.
    let groups: Vec<(&'static str, Vec<String>)> = if dimension.prompts.is_empty() {
        vec![(t.prompts_any(), dimension.discussion.clone())]
    } else {
        Situation::ALL
            .iter()
            .map(|&s| {
                let legend = match s {
                    Situation::Split => t.prompts_if_split(),
                    Situation::Low => t.prompts_if_low(),
                    Situation::High => t.prompts_if_high(),
                };
                (legend, prompts_for(&dimension, s).to_vec())
            })
            .collect()
    };
    if groups.iter().all(|(_, prompts)| prompts.is_empty()) {
        return None;
    }
    let fitting: Vec<String> = match situation {
        Some(s) => prompts_for(&dimension, s).to_vec(),
        None => dimension.discussion.clone(),
    };
    let shown = Memo::new(move |_| chosen.get().unwrap_or_else(|| fitting.clone()));
    // Every prompt once, in the order the groups list them.
    let mut all: Vec<String> = Vec::new();
    for (_, prompts) in &groups {
        for p in prompts {
            if !all.contains(p) {
                all.push(p.clone());
            }
        }
    }
    let toggle = move |prompt: String, on: bool| {
        let now = shown.get_untracked();
        let next = all
            .iter()
            .filter(|p| if **p == prompt { on } else { now.contains(p) })
            .cloned()
            .collect();
        chosen.set(Some(next));
    };
    let list = move || {
        let prompts = shown.get();
        if prompts.is_empty() {
            view! { <p class="hint no-prompts">{t.no_prompts_chosen()}</p> }.into_any()
        } else {
            let items = prompts
                .into_iter()
                .map(|p| view! { <li>{p}</li> })
                .collect_view();
            view! { <ul class="prompts">{items}</ul> }.into_any()
        }
    };
    let choices = groups
        .into_iter()
        .filter(|(_, prompts)| !prompts.is_empty())
        .map(|(legend, prompts)| {
            let boxes = prompts
                .into_iter()
                .map(|prompt| {
                    let (this, label) = (prompt.clone(), prompt.clone());
                    let toggle = toggle.clone();
                    view! {
                        <li>
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || shown.with(|s| s.contains(&this))
                                    on:change:target=move |ev| toggle(prompt.clone(), ev.target().checked())
                                />
                                " "
                                {label}
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset>
                    <legend>{legend}</legend>
                    <ul class="prompt-choices">{boxes}</ul>
                </fieldset>
            }
        })
        .collect_view();
    let choose = choosing.then(|| {
        view! {
            <details class="choose-prompts">
                <summary>{t.choose_prompts()}</summary>
                {choices}
            </details>
        }
    });
    Some(view! {
        <p class="prompts-title">{t.to_discuss()}</p>
        {list}
        {choose}
    })
}
