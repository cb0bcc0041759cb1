//! One component per screen (per route), built from `components`.

pub mod about;
pub mod builder;
pub mod check;
pub mod intro;
pub mod load_error;
pub mod question;
pub mod report;
pub mod shared_result;
pub mod team;
