//! What the tools' screens share through context, each a newtype with its
//! `provide_…` and `use_…` helpers (as thaw's contexts are), so a reader
//! of a screen sees what it takes and where it comes from.

pub mod checked;
pub mod checker_file;
pub mod phone_sized;
pub mod quiz;
pub mod texts;
