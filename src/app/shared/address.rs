//! The app's own addresses: where it is served from, and the links it gives out.

use leptos::prelude::*;

use crate::app::shared::page::try_use_options;

use super::route::Route;

use crate::core::options::standalone_query;

/// The app's address for people who open a shared link: the same page and
/// quiz, without the embedding host's options.
pub fn app_address() -> String {
    let search = window().location().search().unwrap_or_default();
    format!("{}{}", page_address(), standalone_query(&search))
}

/// The folder the app is served from, ending in `/` (where `embed.js` is).
pub fn app_folder() -> String {
    let page = page_address();
    page[..page.rfind('/').map_or(page.len(), |i| i + 1)].to_string()
}

/// This page's address without query or fragment.
fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The link that opens a result read-only: in an embed, the coach's post
/// with the result in its frame (`result-page`); otherwise the app's own.
pub fn result_link(code: &str) -> String {
    let in_post = try_use_options()
        .filter(|o| o.embed)
        .and_then(|o| o.result_page.as_ref().and_then(|page| page.link(code)));
    in_post.unwrap_or_else(|| format!("{}{}", app_address(), Route::Shared(code.into()).to_hash()))
}
