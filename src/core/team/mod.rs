//! The team view's core (the facilitator tools'): reading pasted codes, links
//! and result files ([`crate::core::result_file`]) into members, summarising
//! a team per dimension, and exporting it as CSV.
//!
//! Everything pasted or imported is untrusted: reading is bounded, each entry
//! is decoded strictly, and a bad entry becomes a problem to show without
//! losing the good ones.

mod csv;
mod input;
mod summary;

pub(crate) use csv::push_field;
pub use csv::{to_csv, to_csv_in};
pub use input::{
    anonymous_team_fragment, read_team_input, team_fragment, EntryError, EntryProblem, Member,
    TeamInput, MAX_MEMBERS, MAX_TEAM_TEXT_BYTES,
};
pub use summary::{
    dot_rows, figures_line, habit_lines, initials, members_text, most_divided_line, profile_line,
    prompts_for, situation, situation_line, summarize, who_answered, DimensionSummary,
    QuestionSummary, TeamSummary, SPLIT_SPREAD,
};
