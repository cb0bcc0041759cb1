//! A read-only field with a copy button.

use leptos::html::Input;
use leptos::prelude::*;

use super::copy_button::CopyButton;

/// A labelled read-only text field holding `value`, and a button that copies
/// it (or selects it for copying by hand). Copy results go to `status`.
#[component]
pub fn CopyField(
    id: &'static str,
    label: &'static str,
    button: &'static str,
    copied: &'static str,
    #[prop(into)] value: Signal<String>,
    status: RwSignal<String>,
) -> impl IntoView {
    let field = NodeRef::<Input>::new();
    let select = move |()| {
        if let Some(field) = field.try_get_untracked().flatten() {
            let _ = field.focus();
            field.select();
        }
    };
    view! {
        <div class="field copy">
            <label for=id>{label}</label>
            <div class="copy-row">
                <input id=id type="text" readonly prop:value=value node_ref=field />
                <CopyButton label=button text=value copied status on_refused=select />
            </div>
        </div>
    }
}
