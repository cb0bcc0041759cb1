//! Opening a result file saved from a report earlier.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::reader::state::use_session;
use crate::app::shared::components::file_picker::FilePicker;
use crate::app::shared::files::read_result;
use crate::app::shared::i18n::{use_problems, use_texts};
use crate::app::shared::nav::use_nav;
use crate::app::shared::route::Route;

/// Where the page's first screen leaves a file chosen before the app was
/// there, and the event that says it did.
const FIRST_SCREEN_FILE: &str = "candorFirstScreenFile";
const FIRST_SCREEN_FILE_EVENT: &str = "candor-first-screen-file";

/// The file the page's first screen left, taken once.
fn first_screen_file() -> Option<web_sys::File> {
    let key = wasm_bindgen::JsValue::from_str(FIRST_SCREEN_FILE);
    let file = js_sys::Reflect::get(&window(), &key).ok()?;
    let _ = js_sys::Reflect::delete_property(&window(), &key);
    file.dyn_into::<web_sys::File>().ok()
}

/// "Open a saved result file": shows it read-only, or says why the file
/// isn't one.
#[component]
pub fn OpenResultFile() -> impl IntoView {
    let label = use_texts().open_result_file();
    let session = use_session();
    let nav = use_nav();
    let problem = RwSignal::new(String::new());
    let p = use_problems();
    let read = Action::new_local(move |file: &web_sys::File| {
        let (file, fp) = (file.clone(), session.fingerprint);
        let questions = session.quiz.with_value(|q| q.questions.len());
        async move {
            match read_result(&file, fp, questions).await {
                Ok(result) => nav.go(Route::Shared(result.code)),
                Err(why) => {
                    problem.try_set(why.message(p));
                }
            }
        }
    });
    let open = move |files: Vec<web_sys::File>| {
        if let Some(file) = files.into_iter().next() {
            read.dispatch_local(file);
        }
    };
    // A file chosen on the page's painted first screen before the app was
    // there (scripts/first-screen.js): taken now, or when its picker closes.
    let open_early = move || {
        if let Some(file) = first_screen_file() {
            open(vec![file]);
        }
    };
    open_early();
    let early = window_event_listener_untyped(FIRST_SCREEN_FILE_EVENT, move |_| open_early());
    on_cleanup(move || early.remove());
    view! {
        <span>
            <FilePicker label class="file-link" on_pick=open/>
            <span class="field-error" role="alert">{move || problem.get()}</span>
        </span>
    }
}
