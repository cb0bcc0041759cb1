//! Offline use and updates: registers Candor's service worker (`sw.js`,
//! written at build time by `scripts/service-worker.mjs` from
//! `public/sw.js`), and when a new version has installed in the background,
//! offers to switch to it.
//!
//! Release builds only (`make serve` rebuilds all the time), never inside a
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
    Element, RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerUpdateViaCache,
};

use super::i18n::{self, I18n};
use super::storage;
use crate::core::catalogue::Texts;
use crate::core::language::Lang;
use crate::core::options::Options;
use crate::core::quiz::Quiz;

/// How long after the load event the worker is registered.
const DELAY: Duration = Duration::from_secs(2);

/// What the page sends a waiting worker to make it take over (`public/sw.js`).
const SKIP_WAITING: &str = "skipWaiting";

/// Registers the worker once the page has loaded, unless this is a debug
/// build or an embed. `quiz` and `options` give the update notice its words
/// (the page's language, a coach's wording and brand).
pub fn register<E>(quiz: &Result<(Arc<Quiz>, Lang), E>, options: &Arc<Options>) {
    if cfg!(debug_assertions) || options.embed {
        return;
    }
    let words = Words {
        lang: quiz.as_ref().map_or(Lang::En, |(_, lang)| *lang),
        quiz: quiz.as_ref().ok().map(|(quiz, _)| quiz.clone()),
        options: options.clone(),
    };
    let later = move || set_timeout(move || register_now(words), DELAY);
    if document().ready_state() == "complete" {
        later();
    } else {
        let on_load = Closure::once_into_js(later);
        let _ = window().add_event_listener_with_callback("load", on_load.unchecked_ref());
    }
}

/// What the update notice's words come from.
struct Words {
    /// The page's language when it opened.
    lang: Lang,
    /// The page's quiz, if it could be loaded.
    quiz: Option<Arc<Quiz>>,
    options: Arc<Options>,
}

impl Words {
    /// The reader's catalogue as the page shows it now: in its language
    /// (the reader may have switched since), with a coach's words and brand.
    /// The app has shown that language already, so this is the copy it made
    /// (`i18n::cached` keeps one per language).
    fn texts(&self) -> &'static Texts {
        let lang = i18n::chosen_lang().unwrap_or(self.lang);
        match &self.quiz {
            Some(quiz) => I18n::new(lang, quiz, &self.options).catalogue(),
            None => Texts::of(lang),
        }
    }
}

fn register_now(words: Words) {
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
    let registered = container.register_with_options("sw.js", &options);
    wasm_bindgen_futures::spawn_local(async move {
        // A refusal (blocked storage, a partitioned frame) rejects: stay as today.
        let Ok(registration) = JsFuture::from(registered).await else {
            return;
        };
        // A status region, empty until there is news, so it is announced.
        let Some(region) = element("div", "", "") else {
            return;
        };
        let _ = region.set_attribute("role", "status");
        if let Some(body) = document().body() {
            let _ = body.append_child(&region);
        }
        watch(Rc::new(Update {
            container,
            registration: registration.unchecked_into(),
            words,
            region,
        }));
    });
}

/// The worker's registration, and where the notice goes.
struct Update {
    container: ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    words: Words,
    region: Element,
}

/// Checks for a new version now (one may have installed before this page
/// ran), and each time a worker that is installing changes state.
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
    /// Shows the notice when a new version waits while this page runs the
    /// current one (on a first visit nothing waits) and storage keeps the
    /// answers; without persistent storage a reload would lose them, so
    /// nothing is said, and the new version comes on the next visit.
    fn check(self: &Rc<Self>) {
        if self.region.child_element_count() == 0
            && self.registration.waiting().is_some()
            && self.container.controller().is_some()
            && storage::is_persistent()
        {
            self.show();
        }
    }

    /// "A new version of Candor is ready." with Reload and Dismiss, in the
    /// page's language now (the reader may have switched since).
    fn show(self: &Rc<Self>) {
        let texts = self.words.texts();
        let Some(notice) = element("div", "notices update", texts.update_ready()) else {
            return;
        };
        let update = self.clone();
        let reload = button(texts.update_reload(), "primary", move || update.switch());
        let shown = notice.clone();
        let dismiss = button(texts.dismiss(), "", move || shown.remove());
        for part in [reload, dismiss].iter().flatten() {
            let _ = notice.append_child(part);
        }
        let _ = self.region.append_child(&notice);
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

/// An element with a class and a text.
fn element(tag: &str, class: &str, text: &str) -> Option<Element> {
    let element = document().create_element(tag).ok()?;
    element.set_class_name(class);
    element.set_text_content(Some(text));
    Some(element)
}

/// A `<button type=button>` reading `text` that runs `on_click`.
fn button(text: &str, class: &str, on_click: impl Fn() + 'static) -> Option<Element> {
    let button = element("button", class, text)?;
    let _ = button.set_attribute("type", "button");
    let on_click = Closure::<dyn Fn()>::new(on_click).into_js_value();
    let _ = button.add_event_listener_with_callback("click", on_click.unchecked_ref());
    Some(button)
}
