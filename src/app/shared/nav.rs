//! Moving between screens. The route lives in a signal and in the URL
//! fragment; links, Back/Forward and reloads all go through the fragment.

use leptos::prelude::*;

use super::route::Route;

/// The current screen; shared through context.
#[derive(Clone, Copy)]
pub struct Nav {
    pub route: RwSignal<Route>,
}

impl Nav {
    pub fn new() -> Nav {
        let route = RwSignal::new(current_route());
        let listener = window_event_listener(leptos::ev::hashchange, move |_| {
            set_if_changed(route, current_route())
        });
        on_cleanup(move || listener.remove());
        Nav { route }
    }

    /// Opens a screen as a new history entry, so Back returns here. The signal
    /// is set at once: a second key press must already see the new screen.
    pub fn go(&self, to: Route) {
        let _ = window().location().set_hash(&to.to_hash());
        set_if_changed(self.route, to);
    }

    /// The screen to show: the route as `correct` reads it (a link to a
    /// question that can't be reached yet shows the one that can). Where
    /// they differ, the address is corrected in place, so Back never
    /// returns to a screen that was not shown; its `hashchange` then brings
    /// the route in line.
    pub fn shown(&self, correct: impl Fn(Route) -> Route + Send + Sync + 'static) -> Memo<Route> {
        let route = self.route;
        let shown = Memo::new(move |_| correct(route.get()));
        // Only the address is written here: the outside world follows the
        // screen shown. Both are tracked: a new address may ask for a screen
        // that is corrected to the one already shown.
        Effect::new(move |_| {
            let shown = shown.get();
            if route.get() != shown {
                let _ = window().location().replace(&shown.to_hash());
            }
        });
        shown
    }
}

/// The page's navigation, from context.
pub fn use_nav() -> Nav {
    expect_context()
}

fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

fn set_if_changed(route: RwSignal<Route>, to: Route) {
    // From listeners and after awaits: never read a disposed signal.
    if route.try_get_untracked().is_some_and(|now| now != to) {
        route.set(to);
    }
}
