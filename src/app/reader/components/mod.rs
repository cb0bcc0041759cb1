//! Small components the reader's screens are made of: one per file, typed
//! props, no scoring (they render core values and hand intents back).

pub mod answer_options;
pub mod archetype_header;
pub mod call_to_action;
pub mod credit;
pub mod dimension_group;
pub mod forget_data;
pub mod language_switch;
pub mod next_steps;
pub mod notices;
pub mod open_result_file;
pub mod picture_panel;
pub mod progress_bar;
pub mod reflections;
pub mod score_chart;
pub mod share_panel;
pub mod voice;
