//! The page that tries a quiz file for the checker (`try=1`), opened
//! without a checker around it: what it is for, and the way to the checker,
//! rather than a blank page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::embed;
use crate::app::i18n::{follow_in_html_lang, page_language};
use crate::app::route::Route;
use crate::core::catalogue::Texts;
use crate::core::options::Options;

/// Takes the place of the loading screen, as the load-error screen does.
#[component]
pub fn TryAloneScreen(options: Arc<Options>) -> impl IntoView {
    embed::observe_height(&options);
    let lang = page_language(&options, None);
    follow_in_html_lang(RwSignal::new(lang));
    let texts = Texts::of(lang);
    let checker = format!(
        "{}{}",
        window().location().pathname().unwrap_or_default(),
        Route::Check.to_hash()
    );
    view! {
        <main id="boot" class="screen boot">
            <h1 tabindex="-1">{texts.try_alone_title()}</h1>
            <p>{texts.try_alone()}</p>
            <p>
                <a href=checker>{texts.try_alone_link()}</a>
            </p>
        </main>
    }
}
