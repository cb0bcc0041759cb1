//! Names among other words, isolated: a name like `Bob דני 1 2 3` keeps its
//! own direction inside a `<bdi>`, and the text around it keeps its order.
//! (Plain text, such as a picture or a tooltip, uses `core::share_code::isolate`.)

use leptos::prelude::*;

/// `template` with `placeholder` (such as `{name}` or `{list}`) replaced by
/// `names`, each in a `<bdi>`, separated by ", ". A template without the
/// placeholder is shown as it is.
pub fn with_names(template: &str, placeholder: &str, names: &[String]) -> impl IntoView {
    let (before, after) = match template.split_once(placeholder) {
        Some((before, after)) => (before.to_string(), Some(after.to_string())),
        None => (template.to_string(), None),
    };
    let names = after.is_some().then(|| {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let separator = if i > 0 { ", " } else { "" };
                view! { {separator}<bdi>{name.clone()}</bdi> }
            })
            .collect_view()
    });
    view! { {before}{names}{after} }
}
