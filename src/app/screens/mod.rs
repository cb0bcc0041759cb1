//! One module per screen.

pub mod about;
pub mod intro;
