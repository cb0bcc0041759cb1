//! Naming a form field, a list or an item of a draft: what edits change and what problems are placed beside.

use crate::core::quiz::Situation;

/// A list of a draft, where items are added, by the positions of the items
/// it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum List {
    /// The scale's labels (the file needs exactly five).
    Labels,
    Sources,
    Dimensions,
    /// A dimension's bands.
    Bands(usize),
    /// A band's advice: (dimension, band).
    Advice(usize, usize),
    /// A dimension's discussion questions.
    Discussion(usize),
    /// A dimension's prompts for one situation.
    Prompts(usize, Situation),
    Questions,
    Patterns,
    /// A pattern's conditions (`when`).
    Conditions(usize),
    Reflections,
}

/// One item of a list: the list and the item's position in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Item {
    pub list: List,
    pub index: usize,
}

impl Item {
    pub fn new(list: List, index: usize) -> Item {
        Item { list, index }
    }
}

/// A field of the quiz itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuizKey {
    Id,
    Version,
    Title,
    Intro,
    Minutes,
    Language,
    Brand,
    /// The scale's "Not sure" label (empty: no "Not sure").
    NotSure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKey {
    Id,
    Title,
    /// The source's id is made from its author.
    Author,
    Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DimensionKey {
    Id,
    /// The dimension's id is made from its name.
    Name,
    Description,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BandKey {
    Min,
    Max,
    Headline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AdviceKey {
    Text,
    /// Source ids ([`Value::Ids`]).
    Sources,
    /// Ids of statements of the same habit ([`Value::Ids`]).
    Questions,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionKey {
    Id,
    /// The id of the dimension it measures ([`Value::Text`]).
    Dimension,
    Text,
    /// [`Value::Flag`].
    Reverse,
    /// [`Value::Number`]; `None` is the file's default, 1.
    Weight,
    /// Source ids ([`Value::Ids`]).
    Sources,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatternKey {
    Id,
    /// The pattern's id is made from its name.
    Name,
    Summary,
    TryFirst,
    /// Source ids ([`Value::Ids`]).
    Sources,
    /// The call to action's label; with the address empty too, there is none.
    CtaLabel,
    CtaUrl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConditionKey {
    /// The id of the dimension whose score is tested ([`Value::Text`]).
    Dimension,
    /// Under or at least ([`Value::Test`]); changing it keeps the number.
    Test,
    /// The number the score is tested against ([`Value::Number`]): the
    /// file's `below` or `at_least`, whichever the test is.
    Number,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReflectionKey {
    Id,
    Prompt,
    /// Statement ids ([`Value::Ids`]).
    Questions,
}

/// Every key of each kind, in the file's order: the fields a form shows for
/// one item ([`Draft::fields`](super::Draft::fields)), and what the fuzz
/// harness draws from.
impl QuizKey {
    pub const ALL: [Self; 8] = [
        Self::Id,
        Self::Version,
        Self::Title,
        Self::Intro,
        Self::Minutes,
        Self::Language,
        Self::Brand,
        Self::NotSure,
    ];
}

impl SourceKey {
    pub const ALL: [Self; 4] = [Self::Id, Self::Title, Self::Author, Self::Date];
}

impl DimensionKey {
    pub const ALL: [Self; 3] = [Self::Id, Self::Name, Self::Description];
}

impl BandKey {
    pub const ALL: [Self; 3] = [Self::Min, Self::Max, Self::Headline];
}

impl AdviceKey {
    pub const ALL: [Self; 3] = [Self::Text, Self::Sources, Self::Questions];
}

impl QuestionKey {
    pub const ALL: [Self; 6] = [
        Self::Id,
        Self::Dimension,
        Self::Text,
        Self::Reverse,
        Self::Weight,
        Self::Sources,
    ];
}

impl PatternKey {
    pub const ALL: [Self; 7] = [
        Self::Id,
        Self::Name,
        Self::Summary,
        Self::TryFirst,
        Self::Sources,
        Self::CtaLabel,
        Self::CtaUrl,
    ];
}

impl ConditionKey {
    pub const ALL: [Self; 3] = [Self::Dimension, Self::Test, Self::Number];
}

impl ReflectionKey {
    pub const ALL: [Self; 3] = [Self::Id, Self::Prompt, Self::Questions];
}

/// What a form control edits, or what a problem is about: a field, or,
/// where a problem concerns no single field, an item, a list or the whole
/// quiz. Positions are list indices in the draft, the same as in the file
/// and in the validated quiz.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    /// The quiz as a whole (a problem at `$` that no field holds).
    Whole,
    /// A list as a whole: too many or too few items, no default style.
    List(List),
    /// An item as a whole: a habit no statement measures, a band whose
    /// minimum is above its maximum, a style after the default.
    Item(Item),
    Quiz(QuizKey),
    /// An item that is a text alone: a scale label, a discussion question,
    /// a team prompt.
    Text(Item),
    Source(usize, SourceKey),
    Dimension(usize, DimensionKey),
    /// (dimension, band).
    Band(usize, usize, BandKey),
    /// (dimension, band, advice item).
    Advice(usize, usize, usize, AdviceKey),
    Question(usize, QuestionKey),
    Pattern(usize, PatternKey),
    /// (pattern, condition).
    Condition(usize, usize, ConditionKey),
    Reflection(usize, ReflectionKey),
    /// The coach's text for a catalogue key of `ui`: empty while the key
    /// has none, and setting it empty removes the key.
    Ui(String),
}

/// A value a form control gives a field.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A text, an id, or the id a reference names.
    Text(String),
    /// A number; `None` when the control is empty.
    Number(Option<f64>),
    Flag(bool),
    /// The ids of a list of references, in order.
    Ids(Vec<String>),
    Test(Test),
}

/// A condition's test on a habit's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Test {
    /// The score is under the number (`below`).
    Below,
    /// The score is the number or more (`at_least`).
    AtLeast,
}
