//! What the team agreed: a form to add an action or agreement (with an
//! optional owner) and the list so far, each with a button to remove it.

use leptos::html::Input;
use leptos::prelude::*;

use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::fill;
use crate::core::meeting::{new_action, Action, MAX_ACTION_CHARS, MAX_OWNER_CHARS};

/// The form and the list of `actions`. `id` keeps the fields' ids apart
/// where two editors are on the page (the list and a slide). What happened
/// is said in `status`.
#[component]
pub fn Actions(
    actions: RwSignal<Vec<Action>>,
    id: &'static str,
    status: RwSignal<String>,
) -> impl IntoView {
    let t = use_tool_texts();
    let (text, owner) = (NodeRef::<Input>::new(), NodeRef::<Input>::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(text), Some(owner)) = (text.get_untracked(), owner.get_untracked()) else {
            return;
        };
        let made = actions.with_untracked(|a| new_action(a, &text.value(), &owner.value()));
        match made {
            Ok(action) => {
                actions.update(|a| a.push(action));
                problem.set(None);
                text.set_value("");
                owner.set_value("");
                status.set(t.action_added().to_string());
                let _ = text.focus();
            }
            Err(e) => {
                problem.set(Some(e.message(t)));
                let _ = text.focus();
            }
        }
    };
    let remove = move |i: usize| {
        actions.update(|a| {
            if i < a.len() {
                a.remove(i);
            }
        });
        status.set(t.action_removed().to_string());
        // The list's buttons moved: back to the form.
        if let Some(text) = text.get_untracked() {
            let _ = text.focus();
        }
    };
    let list = move || {
        let items = actions.get();
        if items.is_empty() {
            return view! { <p class="hint no-actions">{t.no_actions_yet()}</p> }.into_any();
        }
        let rows = items
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                // "{text} (owner: {owner})", the owner's name in a <bdi>.
                let shown = match &a.owner {
                    Some(owner) => {
                        let template = t.action_with_owner();
                        let (before, after) =
                            template.split_once("{owner}").unwrap_or((template, ""));
                        view! {
                            {fill(before, &[("text", &a.text)])}
                            <bdi>{owner.clone()}</bdi>
                            {after}
                        }
                        .into_any()
                    }
                    None => a.text.clone().into_any(),
                };
                view! {
                    <li>
                        <span class="action-text">{shown}</span>
                        " "
                        // Named with its action: a list of "Remove" buttons says nothing.
                        <button
                            type="button"
                            class="link-button"
                            aria-label=format!("{}: {}", t.remove_action(), a.text)
                            on:click=move |_| remove(i)
                        >
                            {t.remove_action()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="actions-list">{rows}</ol> }.into_any()
    };
    let text_id = format!("{id}-text");
    let owner_id = format!("{id}-owner");
    view! {
        <form class="action-form" on:submit=add>
            <div class="field">
                <label for=text_id.clone()>{t.action_label()}</label>
                <input id=text_id type="text" maxlength=MAX_ACTION_CHARS autocomplete="off" node_ref=text/>
            </div>
            <div class="field">
                <label for=owner_id.clone()>{t.owner_label()}</label>
                <input id=owner_id type="text" maxlength=MAX_OWNER_CHARS autocomplete="off" node_ref=owner/>
            </div>
            <button type="submit">{t.add_action()}</button>
            <p class="error" role="alert">{move || problem.get()}</p>
        </form>
        {list}
    }
}
