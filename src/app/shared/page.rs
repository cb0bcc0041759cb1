//! The page's options (`?quiz=`, `brand`, an embed's settings…) as a typed
//! context, read by the shared screens and both modules.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::options::Options;

/// The page's options, read once at start and never changed.
#[derive(Clone)]
struct PageOptions(Arc<Options>);

/// Makes `options` the page's options for every component below.
pub fn provide_options(options: Arc<Options>) {
    provide_context(PageOptions(options));
}

/// The page's options; panics outside a module's app (a programming error).
pub fn use_options() -> Arc<Options> {
    expect_context::<PageOptions>().0
}

/// The page's options, where a component may also be shown before the app
/// has them (the boot screens).
pub fn try_use_options() -> Option<Arc<Options>> {
    use_context::<PageOptions>().map(|PageOptions(options)| options)
}
