//! A button that saves text as a file, made in the page.

use leptos::html::A;
use leptos::prelude::*;

use crate::app::shared::files::object_url;

/// Saves `contents()` as `file_name` when pressed (through a hidden link of
/// its own), then runs `on_saved`.
#[component]
pub fn DownloadButton(
    label: &'static str,
    #[prop(into)] file_name: Signal<String>,
    mime: &'static str,
    #[prop(into)] contents: Callback<(), String>,
    #[prop(optional, into)] on_saved: Option<Callback<()>>,
) -> impl IntoView {
    let link = NodeRef::<A>::new();
    let save = move |_| {
        let (Some(link), Some(url)) = (link.get_untracked(), object_url(&contents.run(()), mime))
        else {
            return;
        };
        link.set_href(&url);
        link.set_download(&file_name.get_untracked());
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        if let Some(on_saved) = on_saved {
            on_saved.run(());
        }
    };
    view! {
        <button type="button" on:click=save>
            {label}
        </button>
        <a hidden node_ref=link></a>
    }
}
