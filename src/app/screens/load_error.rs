//! A coach's quiz file that could not be used: why, every problem, and the
//! built-in quiz instead. Nothing of the file is half-loaded.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::embed;
use crate::app::quiz_loader::LoadError;
use crate::core::options::Options;

/// Takes the place of the loading screen (`main#boot`) it replaces.
#[component]
pub fn LoadErrorScreen(url: String, error: LoadError, options: Arc<Options>) -> impl IntoView {
    embed::observe_height(&options);
    let problems = match &error {
        LoadError::Invalid(problems) => {
            let items = problems
                .iter()
                .map(|p| view! { <li>{p.to_string()}</li> })
                .collect_view();
            Some(view! { <ul class="problems">{items}</ul> })
        }
        _ => None,
    };
    let builtin = window().location().pathname().unwrap_or_default();
    request_animation_frame(move || embed::screen_changed(&options));
    view! {
        <main id="boot" class="screen boot">
            <h1 tabindex="-1">"This quiz could not be loaded"</h1>
            <p>"Candor tried to load the quiz file at " <code>{url}</code> "."</p>
            <p>{error.to_string()}</p>
            {problems}
            <p>
                <a href=builtin>"Take Candor’s own quiz instead"</a>
            </p>
        </main>
    }
}
