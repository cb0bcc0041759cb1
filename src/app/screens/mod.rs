//! One module per screen.

pub mod about;
pub mod builder;
pub mod intro;
pub mod question;
pub mod report;
pub mod shared;
pub mod team;
