//! Whose report is shown.

/// The reader's own report, or someone else's opened from a link.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Voice {
    Yours,
    Theirs,
}

impl Voice {
    /// The text for this voice, from two catalogue entries.
    pub fn choose<'a>(self, yours: &'a str, theirs: &'a str) -> &'a str {
        match self {
            Voice::Yours => yours,
            Voice::Theirs => theirs,
        }
    }
}
