//! The reader's module: what every visitor downloads. It shows the quiz,
//! the report, shared results and About, and loads the tools' module into
//! the page when one of their screens, a picture or a refused quiz file
//! wants it (`tools_loader.rs`). Nothing here uses `crate::app::tools`.

pub mod app;
pub mod boot;
pub mod components;
pub mod offline;
pub mod screens;
pub mod state;
pub mod tools_loader;

use leptos::prelude::*;

use crate::app::shared::boot::{page_options, with_quiz};
use crate::app::shared::panic_screen;
use crate::app::shared::quiz_loader::{read_strictly, LoadError};
use crate::app::shared::screens::load_error::LoadErrorScreen;
use crate::app::shared::{embed, i18n, storage, theme};
use app::App;
use boot::{crash_test_requested, once_painted, remove_boot_screens, set_boot_message};
use tools_loader::ExplainedByTools;

/// Entry point of the reader's module: error screen first, then options,
/// then the app (or why its quiz file could not be used).
pub fn start() {
    panic_screen::install();
    let options = page_options();
    if options.try_file {
        // Nothing of a try is kept, and the coach's own records stay untouched.
        storage::keep_in_memory();
    }
    for ignored in &options.ignored {
        web_sys::console::warn_1(&ignored.to_string().into());
    }
    theme::apply(&options);
    if options.quiz.is_some() || options.try_file {
        set_boot_message(
            crate::core::catalogue::Texts::of(i18n::page_language(&options, None)).loading_quiz(),
        );
    }
    with_quiz(options.clone(), None, read_strictly, move |quiz| {
        once_painted(move || {
            let focus = remove_boot_screens();
            let embedded = options.embed;
            match quiz {
                Ok((quiz, lang)) => mount_to_body(move || view! { <App quiz lang options/> }),
                // A loading line until the tools' module shows why.
                Err((_, LoadError::Refused)) => {
                    mount_to_body(move || view! { <ExplainedByTools options/> })
                }
                Err((url, error)) => {
                    let problems = Vec::new();
                    mount_to_body(move || view! { <LoadErrorScreen url error problems options/> })
                }
            }
            focus.restore();
            if embedded {
                // The first screen's height, now that it is there: a frame the
                // host page has scrolled out of view gets no layout callbacks
                // (Chromium throttles them), so its resize observer may be late.
                embed::post_height();
            }
            if crash_test_requested() {
                // Lets the browser tests prove a panic never leaves a blank page.
                panic!("crash-test: a deliberate panic asked for by the page's own script");
            }
        })
    });
}
