//! The reader's screens, one per route, built from `components`.

pub mod about;
pub mod intro;
pub mod question;
pub mod report;
pub mod shared_result;
