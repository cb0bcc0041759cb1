//! Small components the screens are made of: one per file, typed props,
//! no scoring (they render core values and hand intents back).

pub mod answer_options;
pub mod archetype_header;
pub mod call_to_action;
pub mod copy_button;
pub mod copy_field;
pub mod credit;
pub mod dimension_group;
pub mod dot_plot;
pub mod download_button;
pub mod entry_problems;
pub mod file_picker;
pub mod forget_data;
pub mod keyed;
pub mod language_switch;
pub mod links;
pub mod next_steps;
pub mod notices;
pub mod open_result_file;
pub mod picture_panel;
pub mod presenter;
pub mod progress_bar;
pub mod qr_code;
pub mod quiz_outcomes;
pub mod quiz_preview;
pub mod reflections;
pub mod score_chart;
pub mod screen;
pub mod section;
pub mod share_panel;
pub mod slide;
pub mod team_dimension;
pub mod team_picture_button;
pub mod team_table;
pub mod try_frame;
pub mod voice;
