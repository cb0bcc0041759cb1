//! Choosing files from the device.

use leptos::prelude::*;

use crate::app::shared::files::picked;

/// A button-like label around a file input for JSON files; `on_pick` gets
/// the files chosen.
#[component]
pub fn FilePicker(
    label: &'static str,
    class: &'static str,
    #[prop(optional)] multiple: bool,
    #[prop(into)] on_pick: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    view! {
        <label class=class>
            {label}
            <input
                type="file"
                accept=".json,application/json"
                multiple=multiple
                on:change=move |ev| on_pick.run(picked(&ev))
            />
        </label>
    }
}
