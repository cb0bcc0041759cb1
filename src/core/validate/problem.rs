//! What can be wrong in a quiz file: each problem, where it is and what would help.

use crate::core::options::Reason;

/// One thing wrong with a quiz file, at a JSON path such as `$.questions[2].text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
    /// What would help a person put it right, where there is something to say.
    pub hint: Option<Hint>,
    /// The item the path is in, counted from 1, with its id: "question 2 (q2)".
    pub place: Option<Place>,
}

/// What would help a person put a problem right, beyond what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum Hint {
    /// The known name that a misspelt one most resembles.
    DidYouMean(&'static str),
    /// The ids a reference could name: the first few of them, and how many more.
    ValidIds { ids: Vec<String>, more: usize },
    /// A number or true/false written as text: the text (shortened).
    RemoveQuotes(String),
    /// A missing `sources`, said once for the whole file: `fix` is what to
    /// write, with one of the file's source ids (`None` when it has none),
    /// and `elsewhere` each other item that lacks it, by place and path.
    AddSources {
        fix: Option<String>,
        elsewhere: Vec<(Option<Place>, String)>,
    },
}

/// An item of one of the file's lists: which list, its number counted from
/// 1, and its id when it has a valid one.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub section: Section,
    pub number: usize,
    pub id: Option<String>,
}

/// The lists of a quiz file whose items people name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Source,
    Dimension,
    Question,
    Pattern,
    Reflection,
}

impl Section {
    pub(super) const ALL: [(&'static str, Section); 5] = [
        ("sources", Section::Source),
        ("dimensions", Section::Dimension),
        ("questions", Section::Question),
        ("patterns", Section::Pattern),
        ("reflections", Section::Reflection),
    ];
}

/// What is wrong; its `Display` is the plain-English message, and
/// [`ProblemKind::message`] says it in any catalogue's words.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        reason: String,
        /// The character it stops at (none at the end of the file).
        found: Option<char>,
    },
    UnsupportedSchema {
        found: String,
    },
    NotAnObject,
    NotAnArray,
    Missing(&'static str),
    UnknownField(String),
    WrongType(Expected),
    OutOfRange(Range),
    EmptyText,
    TextTooLong {
        chars: usize,
    },
    BadId(String),
    DuplicateId {
        id: String,
        first: String,
    },
    TooMany {
        count: usize,
        limit: usize,
        noun: Noun,
    },
    TooFew {
        count: usize,
        min: usize,
        noun: Noun,
    },
    UnknownReference {
        kind: RefKind,
        id: String,
    },
    UnmeasuredDimension,
    BandsNotContiguous {
        expected: u8,
        found: u8,
    },
    BandsDoNotStartAtZero,
    BandsDoNotEndAt100,
    BandInverted {
        min: u8,
        max: u8,
    },
    ConditionShape,
    NoDefaultPattern,
    AfterDefaultPattern,
    ScaleLabels {
        found: usize,
    },
    BadDate(String),
    BadLanguage(String),
    AdviceQuestionElsewhere {
        question: String,
        measures: String,
        advice: String,
    },
    /// A `ui` key no catalogue has (shortened), and the known key it most
    /// resembles, if one is close.
    UnknownKey {
        key: String,
        nearest: Option<&'static str>,
    },
    /// A `ui` text whose `{placeholders}` differ from the English text's:
    /// those it lacks and those it has in excess, sorted.
    Placeholders {
        missing: Vec<String>,
        extra: Vec<String>,
    },
    /// A `ui` text longer than [`MAX_UI_TEXT_CHARS`](super::MAX_UI_TEXT_CHARS).
    UiTextTooLong {
        chars: usize,
    },
    /// A `ui` text with markup or control characters.
    NotPlainText,
    /// An archetype's call-to-action label over
    /// [`MAX_CTA_LABEL`](crate::core::options::MAX_CTA_LABEL) characters.
    CtaLabelTooLong {
        chars: usize,
    },
    /// An archetype's call-to-action address that is refused, and why.
    BadCta(Reason),
    /// A `brand` over [`MAX_BRAND`](crate::core::options::MAX_BRAND) characters.
    BrandTooLong {
        chars: usize,
    },
    /// Last, after [`MAX_LISTED`](super::MAX_LISTED) problems: how many
    /// more were found. Items past a list's limit are not read, so their
    /// problems are not among them; the list's length is one of the problems.
    NotListed {
        count: usize,
    },
}

/// What a value of the wrong type should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Id,
    WholeNumber,
    Number,
    Bool,
    Date,
    LanguageTag,
}

/// The range a value must be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    /// A whole number from `min` to `max`.
    Whole { min: u64, max: u64 },
    /// A number from `min` to `max`.
    Number { min: u64, max: u64 },
    /// More than `min`, at most `max`.
    Above { min: u64, max: u64 },
    /// At most this many characters.
    Chars(usize),
}

/// What a list holds, for "too many" and "too few".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Questions,
    Dimensions,
    Bands,
    Sources,
    AdviceItems,
    Patterns,
    References,
    DiscussionPrompts,
    Conditions,
    Reflections,
    /// The entries of `ui`.
    UiTexts,
}

/// What a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Source,
    Dimension,
    Question,
}
