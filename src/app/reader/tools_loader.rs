//! In the reader's module: the scripts that load the facilitator's tools
//! into the page when they are wanted (the team's for its routes, a picture
//! or a quiz file to explain; the coach's for its routes), and what the
//! reader sees when they can't be loaded. The tools' own code is in
//! `crate::app::tools`, two modules of their own that the page loads;
//! nothing here links to it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::components::keyed::Keyed;
use crate::app::shared::i18n::{page_language, use_texts};
use crate::app::shared::route::ToolsModule;
use crate::core::catalogue::Texts;
use crate::core::options::Options;

/// The `<meta>` in which the build names the script that starts a tools'
/// module (its file name carries a content hash), and the event that script
/// fires when the module fails to start; see `scripts/post-build.mjs`.
fn loader_of(module: ToolsModule) -> (&'static str, &'static str) {
    match module {
        ToolsModule::Team => ("meta[name=candor-tools]", "CandorToolsFailed"),
        ToolsModule::Coach => ("meta[name=candor-coach]", "CandorCoachFailed"),
    }
}

/// In the reader's module: whether this page wants one of the tools'
/// modules (the team's for one of its routes or for a picture asked for on
/// any screen), and whether it failed to load. The app renders a
/// [`ToolsLoader`] for each at its root, outside every screen, so the
/// script outlives the screen that asked.
#[derive(Clone, Copy)]
pub struct ToolsWanted {
    module: ToolsModule,
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
    pub fn new(module: ToolsModule) -> Self {
        let attempt = RwSignal::new(0);
        let failure = RwSignal::new(None);
        let diagnose = Action::new_local(move |_: &()| async move {
            if let Some(loader) = loader_address(module, attempt.get_untracked()) {
                failure.set(Some(failure_of(&loader).await));
            }
        });
        ToolsWanted {
            module,
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

/// The reader's module's [`ToolsWanted`] for the team's tools (the pictures'), from context.
pub fn use_tools() -> ToolsWanted {
    expect_context()
}

/// The address of the script that starts a tools' module, for load number
/// `attempt` (a retry's has a query the server ignores: a new address).
fn loader_address(module: ToolsModule, attempt: u32) -> Option<String> {
    let loader = document()
        .query_selector(loader_of(module).0)
        .ok()
        .flatten()?
        .get_attribute("content")?;
    Some(match attempt {
        0 => loader,
        n => format!("{loader}?retry={n}"),
    })
}

/// In the reader's module: the script that loads one of the tools' modules
/// (`tools`) into the page once it is `wanted`. It is in the page from the start without an
/// address, which runs nothing; given one, the browser loads and runs the
/// module, once: taking the address away again changes nothing. When it
/// fails to load (its `error` event, or the module's own failure event), the
/// failure is found out for [`ToolsWanted::failed`]; a retry puts a new
/// script in its place, under a new address.
#[component]
pub fn ToolsLoader(
    tools: ToolsWanted,
    // A signal, not a closure: one copy of this component for every loader.
    wanted: Signal<bool>,
) -> impl IntoView {
    let failed_event = loader_of(tools.module).1;
    let failed_to_start = window_event_listener_untyped(failed_event, move |_| tools.fail());
    on_cleanup(move || failed_to_start.remove());
    let script = move |attempt: u32| {
        let src = loader_address(tools.module, attempt);
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

/// In the reader's module, where a screen or a button waits for one of the
/// tools' modules (`tools`): why it could not be loaded, and the way on (Try
/// again, or Reload the page after an update).
#[component]
pub fn ToolsFailed(
    tools: ToolsWanted,
    failure: ToolsFailure,
    /// The texts, where there is no app (and no language context) yet.
    #[prop(optional)]
    texts: Option<&'static Texts>,
) -> impl IntoView {
    let t = texts.unwrap_or_else(use_texts);
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
    let tools = ToolsWanted::new(ToolsModule::Team);
    provide_context(tools);
    tools.load();
    let texts = Texts::of(page_language(&options, None));
    // One view for both (no `into_any` or `Either` for the reader's module to pay for).
    let failed = move || tools.failed();
    view! {
        <ToolsLoader tools wanted=Signal::derive(move || tools.get())/>
        <main id="boot" class="screen boot">
            {move || failed().map(|_| view! { <h1 tabindex="-1">{texts.load_failed()}</h1> })}
            {move || failed().is_none().then(|| view! { <p>{texts.loading_quiz()}</p> })}
            {move || failed().map(|failure| view! { <ToolsFailed tools failure texts/> })}
        </main>
    }
}
