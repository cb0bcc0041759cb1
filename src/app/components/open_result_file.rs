//! Opening a result file saved from a report earlier.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::file_picker::FilePicker;
use crate::app::files::read_result;
use crate::app::i18n::{use_problems, use_texts};
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::state::Session;

/// "Open a saved result file": shows it read-only, or says why the file
/// isn't one.
#[component]
pub fn OpenResultFile() -> impl IntoView {
    let label = use_texts().open_result_file();
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let problem = RwSignal::new(String::new());
    let p = use_problems();
    let open = move |files: Vec<web_sys::File>| {
        let Some(file) = files.into_iter().next() else {
            return;
        };
        let questions = session.quiz.with_value(|q| q.questions.len());
        spawn_local(async move {
            match read_result(&file, session.fingerprint, questions).await {
                Ok(result) => nav.go(Route::Shared(result.code)),
                Err(why) => problem.set(why.message(p)),
            }
        });
    };
    view! {
        <span>
            <FilePicker label class="file-link" on_pick=open/>
            <span class="field-error" role="alert">{move || problem.get()}</span>
        </span>
    }
}
