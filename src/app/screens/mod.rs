//! One module per screen.

pub mod about;
pub mod intro;
pub mod question;
pub mod report;
