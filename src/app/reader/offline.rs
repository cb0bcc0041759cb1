//! Offline use and updates: registers Candor's service worker (`sw.js`,
//! written at build time by `scripts/service-worker.mjs` from
//! `public/sw.js`), and when a new version has installed in the background,
//! offers to switch to it.
//!
//! Registered by the app once it shows a quiz (not by the load-error screen):
//! release builds only (`make serve` rebuilds all the time), never inside a
//! host page's frame (a blog's reader would download the whole app for
//! nothing, and third-party frames get partitioned or refused workers), and
//! two seconds after the page's load event, so the worker's downloads never
//! compete with the app's own. Where the browser has no service workers,
//! refuses them (sandboxed frames, blocked storage) or fails, nothing
//! happens and nothing is logged: Candor works as it does without one.

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerUpdateViaCache,
};

use crate::app::shared::i18n::use_i18n;
use crate::app::shared::storage;
use crate::core::catalogue::Texts;
use crate::core::options::Options;

/// How long after the load event the worker is registered.
const DELAY: Duration = Duration::from_secs(2);

/// What the page sends a waiting worker to make it take over (`public/sw.js`).
const SKIP_WAITING: &str = "skipWaiting";

/// The prefix of the names of the worker's caches, `candor-<version>`
/// (`public/sw.js`).
const CACHE_PREFIX: &str = "candor-";

/// The worker's file, next to the page.
const WORKER: &str = "sw.js";

/// "Forget my data" for the offline worker: deletes Candor's caches (found by
/// their names' prefix; other caches of the site are left alone) and
/// unregisters Candor's own worker, so that nothing of Candor is left on the
/// device, and the next visit sets it up anew as a first one does (a worker
/// left without its cache would serve nothing offline until the next
/// version). Returns whether every Candor cache is gone (where the browser
/// has no Cache Storage there is nothing to delete). The worker goes only once
/// no page uses it; a refusal to unregister it changes nothing for the reader.
pub async fn forget() -> bool {
    unregister().await;
    // `caches` is missing outside secure contexts, and throws where storage is blocked.
    let caches = match window().caches() {
        Ok(caches) if caches.is_undefined() => return true,
        Ok(caches) => caches,
        Err(_) => return false,
    };
    let ours = || async {
        let names: js_sys::Array = JsFuture::from(caches.keys()).await.ok()?.unchecked_into();
        Some(
            names
                .iter()
                .filter_map(|name| name.as_string())
                .filter(|name| name.starts_with(CACHE_PREFIX))
                .collect::<Vec<_>>(),
        )
    };
    let Some(names) = ours().await else {
        return false;
    };
    for name in &names {
        let _ = JsFuture::from(caches.delete(name)).await;
    }
    ours().await.is_some_and(|left| left.is_empty())
}

/// Unregisters the worker of this page's folder, if it is Candor's (a site
/// may have a worker of its own at its root).
async fn unregister() {
    let Ok(container) = js_sys::Reflect::get(&window().navigator(), &"serviceWorker".into()) else {
        return;
    };
    if !container.is_object() {
        return;
    }
    let container: ServiceWorkerContainer = container.unchecked_into();
    let Ok(found) = JsFuture::from(container.get_registration()).await else {
        return;
    };
    if found.is_undefined() {
        return;
    }
    let registration: ServiceWorkerRegistration = found.unchecked_into();
    let here = window().location().href().unwrap_or_default();
    let ours = web_sys::Url::new_with_base(WORKER, &here).map(|url| url.href());
    let worker = registration
        .active()
        .or_else(|| registration.waiting())
        .or_else(|| registration.installing());
    if worker.is_some_and(|w| ours.as_deref() == Ok(w.script_url().as_str())) {
        if let Ok(done) = registration.unregister() {
            let _ = JsFuture::from(done).await;
        }
    }
}

/// A new version waiting to take over, while the notice offers it: set when
/// one has installed, cleared by Dismiss. [`UpdateNotice`] shows it.
#[derive(Debug, Clone, Copy)]
pub struct UpdateOffer(RwSignal<Option<Rc<Update>>, LocalStorage>);

/// Registers the worker once the page has loaded, unless this is a debug
/// build or an embed; returns the offer of a new version it may make.
pub fn register(options: &Arc<Options>) -> UpdateOffer {
    let offer = UpdateOffer(RwSignal::new_local(None));
    if cfg!(debug_assertions) || options.embed {
        return offer;
    }
    let later = move || set_timeout(move || register_now(offer), DELAY);
    if document().ready_state() == "complete" {
        later();
    } else {
        let on_load = Closure::once_into_js(later);
        let _ = window().add_event_listener_with_callback("load", on_load.unchecked_ref());
    }
    offer
}

fn register_now(offer: UpdateOffer) {
    // Reading `navigator.serviceWorker` throws in a sandboxed frame.
    let Ok(container) = js_sys::Reflect::get(&window().navigator(), &"serviceWorker".into()) else {
        return;
    };
    if !container.is_object() {
        return;
    }
    let container: ServiceWorkerContainer = container.unchecked_into();
    let options = RegistrationOptions::new();
    options.set_scope("./");
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let registered = container.register_with_options(WORKER, &options);
    wasm_bindgen_futures::spawn_local(async move {
        // A refusal (blocked storage, a partitioned frame) rejects: stay as today.
        let Ok(registration) = JsFuture::from(registered).await else {
            return;
        };
        // Not a registration after all (a browser's automation may block workers so).
        if !registration.is_object() {
            return;
        }
        watch(Rc::new(Update {
            container,
            registration: registration.unchecked_into(),
            offer,
        }));
    });
}

/// The worker's registration, and the offer it makes.
#[derive(Debug)]
pub struct Update {
    container: ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    offer: UpdateOffer,
}

/// Checks for a new version now (one may have installed before this page
/// ran), and each time a worker that is installing changes state.
///
/// The two listeners are handed to JS for good: they belong to the
/// registration and its workers, which live as long as the page and are not
/// elements Leptos renders, so no view or `on:` handler could own them.
fn watch(update: Rc<Update>) {
    let check = {
        let update = update.clone();
        Closure::<dyn Fn()>::new(move || update.check()).into_js_value()
    };
    let follow = {
        let update = update.clone();
        move || {
            if let Some(worker) = update.registration.installing() {
                worker.set_onstatechange(Some(check.unchecked_ref()));
            }
        }
    };
    follow();
    let on_found = Closure::<dyn Fn()>::new(follow).into_js_value();
    update
        .registration
        .set_onupdatefound(Some(on_found.unchecked_ref()));
    update.check();
}

impl Update {
    /// Offers the new version when one waits while this page runs the
    /// current one (on a first visit nothing waits) and storage keeps the
    /// answers; without persistent storage a reload would lose them, so
    /// nothing is said, and the new version comes on the next visit.
    fn check(self: &Rc<Self>) {
        let offer = self.offer.0;
        if offer.with_untracked(Option::is_none)
            && self.registration.waiting().is_some()
            && self.container.controller().is_some()
            && storage::is_persistent()
        {
            offer.set(Some(self.clone()));
        }
    }

    /// Tells the waiting worker to take over and reloads once it has;
    /// reloads at once when no worker waits any more.
    fn switch(&self) {
        let reload = || {
            let _ = window().location().reload();
        };
        match self.registration.waiting() {
            Some(waiting) => {
                let on_change = Closure::once_into_js(reload);
                self.container
                    .set_oncontrollerchange(Some(on_change.unchecked_ref()));
                if waiting.post_message(&SKIP_WAITING.into()).is_err() {
                    reload();
                }
            }
            None => reload(),
        }
    }
}

/// "A new version of Candor is ready." with Reload and Dismiss, in the
/// page's words (its language, a coach's wording and brand), once a new
/// version waits. A status region, empty until then, so it is announced.
#[component]
pub fn UpdateNotice(offer: UpdateOffer) -> impl IntoView {
    let i18n = use_i18n();
    // It stays while screens change; its words follow a change of language.
    let notice = move || {
        let texts = i18n.tracked::<Texts>();
        offer.0.get().map(|update| {
            view! {
                <div class="notices update">
                    {texts.update_ready()}
                    <button type="button" class="primary" on:click=move |_| update.switch()>
                        {texts.update_reload()}
                    </button>
                    <button type="button" on:click=move |_| offer.0.set(None)>
                        {texts.dismiss()}
                    </button>
                </div>
            }
        })
    };
    view! { <div role="status">{notice}</div> }
}
