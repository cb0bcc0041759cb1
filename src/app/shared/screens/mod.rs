//! Screens either module may show.

pub mod load_error;
