//! One view at a time, chosen by a key.

use std::hash::Hash;

use leptos::prelude::*;

/// Shows `view(key)` for the current `key`. A new key builds a new view and
/// drops the old one with everything it owns; a view is never patched in
/// place to become another (so no code for doing that is generated: measured,
/// that is most of what switching with `into_any` costs in the download).
#[component]
pub fn Keyed<K, V, F>(#[prop(into)] key: Signal<K>, view: F) -> impl IntoView
where
    K: Clone + Eq + Hash + Send + Sync + 'static,
    F: Fn(K) -> V + Send + Clone + 'static,
    V: IntoView + 'static,
{
    view! { <For each=move || Some(key.get()) key=K::clone children=view/> }
}
