//! Whether the window is phone-sized (under 600 CSS pixels across), as a
//! context that follows resizes and rotations: the team view then leads
//! with the team, and draws its dots at the screen's own scale.

use leptos::prelude::*;

/// Narrower than this, in CSS pixels, is a phone.
const PHONE_WIDTH: f64 = 600.0;

/// Whether the window is phone-sized now.
#[derive(Debug, Clone, Copy)]
pub struct PhoneSized(Memo<bool>);

/// The window's width now, in CSS pixels.
fn window_width() -> Option<f64> {
    window().inner_width().ok().and_then(|w| w.as_f64())
}

/// Provides whether the window is phone-sized, kept in step with its
/// `resize` events (a rotation is one) for as long as the caller lives.
pub fn provide_phone_sized() {
    let width = RwSignal::new(window_width());
    let resized = window_event_listener(leptos::ev::resize, move |_| {
        width.try_set(window_width());
    });
    on_cleanup(move || resized.remove());
    let phone = Memo::new(move |_| width.get().is_some_and(|w| w < PHONE_WIDTH));
    provide_context(PhoneSized(phone));
}

/// Whether the window is phone-sized, tracked; from context.
pub fn use_phone_sized() -> Memo<bool> {
    expect_context::<PhoneSized>().0
}
