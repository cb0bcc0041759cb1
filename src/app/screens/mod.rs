//! One module per screen.

pub mod about;
pub mod builder;
pub mod intro;
pub mod question;
pub mod report;
pub mod shared;
pub mod team;

use crate::app::dom::{text_el, El};
use crate::app::route::Route;

/// A link to another screen.
pub fn link(label: &str, to: Route) -> El {
    text_el("a", label).attr("href", &to.to_hash())
}
