//! Small components both modules' screens are made of: one per file, typed
//! props, no scoring (they render core values and hand intents back).

pub mod copy_button;
pub mod copy_field;
pub mod download_button;
pub mod file_picker;
pub mod keyed;
pub mod links;
pub mod names;
pub mod qr_code;
pub mod screen;
pub mod section;
