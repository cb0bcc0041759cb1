//! The tools' screens, one per route, built from `components`.

pub mod builder;
pub mod check;
pub mod team;
pub mod write;
