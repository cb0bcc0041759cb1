//! The pure core: quiz model, validation, scoring, reports, share codes and
//! team aggregation. No browser APIs here, so all of it is tested natively.

pub mod answers;
pub mod builtin;
pub mod catalogue;
pub mod color;
pub mod cta;
pub mod draft;
pub mod fingerprint;
pub mod first_screen;
pub mod kept_file;
pub mod language;
pub mod lenient;
pub mod lint;
pub mod meeting;
pub mod options;
pub mod outcomes;
pub mod percent;
pub mod picture;
pub mod progress;
pub mod quiz;
pub mod quiz_file;
pub mod reach;
pub mod report;
pub mod result_file;
pub mod saved;
pub mod scan;
pub mod scoring;
pub mod share_code;
pub mod snippet;
pub mod strict;
pub mod team;
pub mod text;
pub mod validate;
