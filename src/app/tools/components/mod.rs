//! Small components the tools' screens are made of: one per file, typed
//! props, no scoring (they render core values and hand intents back).

pub mod actions;
pub mod discussion_prompts;
pub mod dot_plot;
pub mod entry_problems;
pub mod meeting;
pub mod people;
pub mod presenter;
pub mod question_answers;
pub mod quiz_outcomes;
pub mod quiz_preview;
pub mod scanner;
pub mod slide;
pub mod team_dimension;
pub mod team_picture_button;
pub mod team_table;
pub mod try_frame;
