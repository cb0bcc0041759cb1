//! Candor: a private, in-browser self-assessment.
//!
//! `core` is plain Rust (quiz model, validation, scoring, reports) tested
//! natively; `app` is the Leptos shell that renders it in the browser.

pub mod app;
pub mod core;
