//! A section of a screen, labelled by its own heading.

use leptos::prelude::*;

/// `<section class="group">` labelled by its `<h2 id="{id}-h">`.
#[component]
pub fn Section<T: IntoView + 'static>(
    id: &'static str,
    #[prop(into)] title: String,
    #[prop(optional)] class: &'static str,
    children: TypedChildren<T>,
) -> impl IntoView {
    let heading = format!("{id}-h");
    let labelled_by = heading.clone();
    let class = if class.is_empty() {
        "group".to_string()
    } else {
        format!("group {class}")
    };
    view! {
        <section class=class aria-labelledby=labelled_by>
            <h2 id=heading>{title}</h2>
            {children.into_inner()()}
        </section>
    }
}
