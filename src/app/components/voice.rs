//! Whose report is shown.

/// The reader's own report, or someone else's opened from a link.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Voice {
    Yours,
    Theirs,
}

impl Voice {
    /// The wording for this voice.
    pub fn pick(self, yours: &'static str, theirs: &'static str) -> &'static str {
        match self {
            Voice::Yours => yours,
            Voice::Theirs => theirs,
        }
    }
}
