//! In the reader's module: the script that loads the facilitator's tools
//! into the page when they are wanted (one of their routes, a picture, a
//! quiz file to explain), and what the reader sees when they can't be
//! loaded. The tools' own code is in `crate::app::tools`, a module of its
//! own that the page loads; nothing here links to it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::components::keyed::Keyed;
use crate::app::shared::i18n::{page_language, use_texts};
use crate::core::catalogue::Texts;
use crate::core::options::Options;

/// The `<meta>` in which the build names the script that starts the tools' module
/// (its file name carries a content hash).
const LOADER_META: &str = "meta[name=candor-tools]";

/// In the reader's module: whether this page wants the tools' module, for
/// one of its routes or for a picture asked for on any screen, and whether
/// it failed to load. The app renders [`ToolsLoader`] at its root, outside
/// every screen, so the script outlives the screen that asked.
#[derive(Clone, Copy)]
pub struct ToolsWanted {
    wanted: RwSignal<bool>,
    /// Loads so far: each retry loads the module under a new address (a
    /// browser remembers a module that failed to load, by its address, for
    /// as long as the page is open).
    attempt: RwSignal<u32>,
    /// Why the last load failed, once known; cleared by a retry.
    failure: RwSignal<Option<ToolsFailure>>,
    /// Finds out why a load failed, into `failure`.
    diagnose: Action<(), ()>,
}

/// Why the tools' module could not be loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolsFailure {
    /// The network failed (offline, say) or the server: trying again may help.
    Unreachable,
    /// The server no longer has this page's version of the module: Candor
    /// was updated since the page opened, and only reloading it helps.
    Updated,
}

impl ToolsWanted {
    pub fn new() -> Self {
        let attempt = RwSignal::new(0);
        let failure = RwSignal::new(None);
        let diagnose = Action::new_local(move |_: &()| async move {
            if let Some(loader) = loader_address(attempt.get_untracked()) {
                failure.set(Some(failure_of(&loader).await));
            }
        });
        ToolsWanted {
            wanted: RwSignal::new(false),
            attempt,
            failure,
            diagnose,
        }
    }

    /// Loads the tools into the page, unless they are there or on their way.
    pub fn load(self) {
        if !self.wanted.get_untracked() {
            self.wanted.set(true);
        }
    }

    /// Whether the tools' module is wanted.
    pub fn get(self) -> bool {
        self.wanted.get()
    }

    /// Why the last load failed, once known; `None` while all is well or a
    /// load is on its way.
    pub fn failed(self) -> Option<ToolsFailure> {
        self.failure.get()
    }

    /// Loads the module again after a failure.
    pub fn retry(self) {
        self.failure.set(None);
        self.attempt.update(|n| *n += 1);
    }

    /// The script (or the module it loads) failed: find out why.
    fn fail(self) {
        if self.failure.get_untracked().is_none() {
            self.diagnose.dispatch_local(());
        }
    }
}

impl Default for ToolsWanted {
    fn default() -> Self {
        Self::new()
    }
}

/// Asks the server for the module's starting script again: gone (404, 410)
/// means this page's version was replaced; anything else, or no answer, a
/// failure that a retry may mend.
async fn failure_of(loader: &str) -> ToolsFailure {
    use wasm_bindgen::JsCast;
    let init = web_sys::RequestInit::new();
    init.set_method("HEAD");
    init.set_cache(web_sys::RequestCache::NoStore);
    let answer =
        wasm_bindgen_futures::JsFuture::from(window().fetch_with_str_and_init(loader, &init)).await;
    match answer.map(|r| r.unchecked_into::<web_sys::Response>().status()) {
        Ok(404 | 410) => ToolsFailure::Updated,
        _ => ToolsFailure::Unreachable,
    }
}

/// The reader's module's [`ToolsWanted`], from context.
pub fn use_tools() -> ToolsWanted {
    expect_context()
}

/// The address of the script that starts the tools' module, for load number
/// `attempt` (a retry's has a query the server ignores: a new address).
fn loader_address(attempt: u32) -> Option<String> {
    let loader = document()
        .query_selector(LOADER_META)
        .ok()
        .flatten()?
        .get_attribute("content")?;
    Some(match attempt {
        0 => loader,
        n => format!("{loader}?retry={n}"),
    })
}

/// The event the tools' starting script fires when the module it loads
/// fails to start (its wasm could not be fetched, say); see
/// `scripts/post-build.mjs`.
const FAILED_EVENT: &str = "CandorToolsFailed";

/// In the reader's module: the script that loads the tools into the page
/// once they are `wanted`. It is in the page from the start without an
/// address, which runs nothing; given one, the browser loads and runs the
/// module, once: taking the address away again changes nothing. When it
/// fails to load (its `error` event, or the module's own failure event), the
/// failure is found out for [`ToolsWanted::failed`]; a retry puts a new
/// script in its place, under a new address.
#[component]
pub fn ToolsLoader(wanted: impl Fn() -> bool + Send + Sync + 'static) -> impl IntoView {
    let tools = use_tools();
    let failed_to_start = window_event_listener_untyped(FAILED_EVENT, move |_| tools.fail());
    on_cleanup(move || failed_to_start.remove());
    let wanted = Signal::derive(wanted);
    let script = move |attempt: u32| {
        let src = loader_address(attempt);
        view! {
            <script
                type="module"
                src=move || wanted.get().then(|| src.clone()).flatten()
                on:error=move |_| tools.fail()
            ></script>
        }
    };
    view! { <Keyed key=tools.attempt view=script/> }
}

/// In the reader's module, where a screen or a button waits for the tools:
/// why they could not be loaded, and the way on (Try again, or Reload the
/// page after an update).
#[component]
pub fn ToolsFailed(
    failure: ToolsFailure,
    /// The texts, where there is no app (and no language context) yet.
    #[prop(optional)]
    texts: Option<&'static Texts>,
) -> impl IntoView {
    let t = texts.unwrap_or_else(use_texts);
    let tools = use_tools();
    // One view for both (no `into_any` or `Either` for the reader's module to pay for).
    let (text, button) = match failure {
        ToolsFailure::Unreachable => (t.tools_unreachable(), t.tools_retry()),
        ToolsFailure::Updated => (t.tools_updated(), t.tools_reload()),
    };
    let act = move |_| match failure {
        ToolsFailure::Unreachable => tools.retry(),
        ToolsFailure::Updated => {
            let _ = window().location().reload();
        }
    };
    view! {
        <p class="tools-failed" role="alert">
            {text} " " <button type="button" on:click=act>{button}</button>
        </p>
    }
}

/// In the reader's module, in place of the app: a quiz file its strict
/// reading refused. This module does not know why, and the messages that
/// say it (with the full validator) are the tools' module's: it is loaded,
/// reads the file again and shows the load error screen in place of this
/// one (`main#boot`): the loading line, or, if the module cannot be
/// loaded, why and the way on.
#[component]
pub fn ExplainedByTools(options: Arc<Options>) -> impl IntoView {
    let tools = ToolsWanted::new();
    provide_context(tools);
    tools.load();
    let texts = Texts::of(page_language(&options, None));
    // One view for both (no `into_any` or `Either` for the reader's module to pay for).
    let failed = move || tools.failed();
    view! {
        <ToolsLoader wanted=move || tools.get()/>
        <main id="boot" class="screen boot">
            {move || failed().map(|_| view! { <h1 tabindex="-1">{texts.load_failed()}</h1> })}
            {move || failed().is_none().then(|| view! { <p>{texts.loading_quiz()}</p> })}
            {move || failed().map(|failure| view! { <ToolsFailed failure texts/> })}
        </main>
    }
}
