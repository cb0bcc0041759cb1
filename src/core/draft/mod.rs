//! The quiz being written in the editor: every field of the file, owned, editable and not yet validated.
//!
//! A [`Draft`] mirrors the quiz file's JSON shape (`docs/quiz-format.md`)
//! field for field, in the file's order, so that it can hold any quiz a
//! coach may be halfway through writing: empty texts, a band that leaves a
//! gap, a statement whose habit was removed. What is wrong with it is the
//! validator's to say ([`Draft::check`]), at JSON paths that
//! [`field_of`] turns back into the editor's fields. References are ids, as
//! in the file: renaming an item renames the references to it
//! ([`Edit`], [`Draft::apply`]).
//!
//! The screen's words call dimensions habits, questions statements and
//! patterns styles; the code keeps the file's names, as the rest of core does.
//!
//! - `file`: opening a file as a draft, writing a draft as a file, checking it.
//! - `template`: drafts to start from: a validated quiz, or a blank one.
//! - `ids`: ids made from names, unique within their list.
//! - `every`: every list and form field a draft has.
//! - `field`: naming a form field, a list or an item: what edits and problems point at.
//! - `edit`: the edits a form makes, applied to a draft.
//! - `add`: new items, with fresh ids and what they start with.
//! - `refs`: keeping references in step when an id changes or an item goes.
//! - `place`: the field a validator problem or a lint warning concerns.
//! - `words`: a style's conditions in the checker's words.
//! - `history`: undo and redo, with a run of typing as one step.
//! - `serial`: how numbers, `null` and `ui` are written and read.

mod add;
mod edit;
mod every;
mod field;
mod file;
mod history;
mod ids;
mod place;
mod refs;
mod serial;
mod template;
mod words;

pub use edit::Edit;
pub use field::{
    AdviceKey, BandKey, ConditionKey, DimensionKey, Field, Item, List, PatternKey, QuestionKey,
    QuizKey, ReflectionKey, SourceKey, Test, Value,
};
pub use file::{OpenError, Opened};
pub use history::History;
pub use ids::{id_from, slug};
pub use place::{field_of, problem_field, warning_field};

use serde::{Deserialize, Serialize};

use super::quiz::{Situation, Threshold};
use serial::{nullable, nullable_object, number, object, objects, optional_number};

/// A quiz being written: the file's fields, in the file's order.
///
/// Texts are `String`s (an empty one is written as `""`, for the validator
/// to flag); optional texts (`brand`, `not_sure`, a source's `date`) and
/// optional lists are left out of the file when empty. Required numbers are
/// `Option<f64>`: `None` is a number not given yet, left out of the file.
/// Numbers are written as whole numbers when they are whole (`1`, not `1.0`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// Always 1: [`Draft::open`] refuses files of another schema.
    #[serde(serialize_with = "number")]
    pub schema: f64,
    pub id: String,
    pub version: String,
    pub title: String,
    pub intro: String,
    #[serde(
        serialize_with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub minutes: Option<f64>,
    pub language: String,
    #[serde(deserialize_with = "object")]
    pub scale: Scale,
    #[serde(deserialize_with = "objects")]
    pub sources: Vec<Source>,
    #[serde(deserialize_with = "objects")]
    pub dimensions: Vec<Dimension>,
    #[serde(deserialize_with = "objects")]
    pub questions: Vec<Question>,
    #[serde(deserialize_with = "objects")]
    pub patterns: Vec<Pattern>,
    #[serde(deserialize_with = "objects")]
    pub reflections: Vec<Reflection>,
    /// The coach's name for the app; left out of the file when empty.
    #[serde(
        skip_serializing_if = "String::is_empty",
        deserialize_with = "nullable"
    )]
    pub brand: String,
    /// The coach's wording of the app's own texts: (catalogue key, text),
    /// in file order, each key once ([`Field::Ui`] edits by key).
    #[serde(skip_serializing_if = "Vec::is_empty", with = "serial::entries")]
    pub ui: Vec<(String, String)>,
}

impl Default for Draft {
    /// Schema 1 and nothing else: what a file with no fields opens as.
    fn default() -> Draft {
        Draft {
            schema: 1.0,
            id: String::new(),
            version: String::new(),
            title: String::new(),
            intro: String::new(),
            minutes: None,
            language: String::new(),
            scale: Scale::default(),
            sources: Vec::new(),
            dimensions: Vec::new(),
            questions: Vec::new(),
            patterns: Vec::new(),
            reflections: Vec::new(),
            brand: String::new(),
            ui: Vec::new(),
        }
    }
}

/// `scale`: the labels, lowest agreement first (the file needs five), and
/// the optional "Not sure".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Scale {
    pub labels: Vec<String>,
    #[serde(
        skip_serializing_if = "String::is_empty",
        deserialize_with = "nullable"
    )]
    pub not_sure: String,
}

/// One of `sources`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub author: String,
    /// `YYYY-MM-DD`; left out of the file when empty.
    #[serde(
        skip_serializing_if = "String::is_empty",
        deserialize_with = "nullable"
    )]
    pub date: String,
}

/// One of `dimensions` (a habit, on the screen).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "nullable")]
    pub discussion: Vec<String>,
    #[serde(
        skip_serializing_if = "Prompts::is_empty",
        deserialize_with = "nullable_object"
    )]
    pub prompts: Prompts,
    #[serde(deserialize_with = "objects")]
    pub bands: Vec<Band>,
}

/// A dimension's prompts for a team, by situation; each list left out of
/// the file when empty, and `prompts` too when all are.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prompts {
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "nullable")]
    pub split: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "nullable")]
    pub low: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "nullable")]
    pub high: Vec<String>,
}

impl Prompts {
    pub fn is_empty(&self) -> bool {
        self.split.is_empty() && self.low.is_empty() && self.high.is_empty()
    }

    /// The prompts for one situation.
    pub fn of(&self, situation: Situation) -> &Vec<String> {
        match situation {
            Situation::Split => &self.split,
            Situation::Low => &self.low,
            Situation::High => &self.high,
        }
    }

    pub fn of_mut(&mut self, situation: Situation) -> &mut Vec<String> {
        match situation {
            Situation::Split => &mut self.split,
            Situation::Low => &mut self.low,
            Situation::High => &mut self.high,
        }
    }
}

/// One of a dimension's `bands`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Band {
    #[serde(
        serialize_with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub min: Option<f64>,
    #[serde(
        serialize_with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub max: Option<f64>,
    pub headline: String,
    #[serde(deserialize_with = "objects")]
    pub advice: Vec<Advice>,
}

/// One of a band's `advice` items.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Advice {
    pub text: String,
    /// Always written: `[]` marks the author's own advice.
    pub sources: Vec<String>,
    /// The statements it answers; left out of the file when empty (the
    /// file allows 1–10 when given, so `[]` is never written).
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "nullable")]
    pub questions: Vec<String>,
}

/// One of `questions` (a statement, on the screen).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Question {
    pub id: String,
    pub dimension: String,
    pub text: String,
    /// Left out of the file when `false`.
    #[serde(skip_serializing_if = "is_false", deserialize_with = "nullable")]
    pub reverse: bool,
    /// `None`: not given, which the file reads as 1.
    #[serde(
        serialize_with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub weight: Option<f64>,
    pub sources: Vec<String>,
}

/// One of `patterns` (a style, on the screen).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Pattern {
    pub id: String,
    pub name: String,
    /// Empty for the default style, which comes last.
    #[serde(deserialize_with = "objects")]
    pub when: Vec<Condition>,
    pub summary: String,
    pub try_first: String,
    pub sources: Vec<String>,
    /// Left out of the file when both its texts are empty.
    #[serde(
        skip_serializing_if = "Cta::is_empty",
        deserialize_with = "nullable_object"
    )]
    pub cta: Cta,
}

/// A style's own call to action.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Cta {
    pub label: String,
    pub url: String,
}

impl Cta {
    pub fn is_empty(&self) -> bool {
        self.label.is_empty() && self.url.is_empty()
    }
}

/// One of a pattern's `when` conditions: a habit's score `below` a number
/// or `at_least` a number. The file needs exactly one of the two; a draft
/// opened from a file that has both or neither keeps what it had.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Condition {
    pub dimension: String,
    #[serde(
        serialize_with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub below: Option<f64>,
    #[serde(
        serialize_with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub at_least: Option<f64>,
}

impl Condition {
    /// Which test the form shows: "at least" when only `at_least` is
    /// given, else "under".
    pub fn test(&self) -> Test {
        if self.at_least.is_some() && self.below.is_none() {
            Test::AtLeast
        } else {
            Test::Below
        }
    }

    /// The number of the test the form shows.
    pub fn number(&self) -> Option<f64> {
        match self.test() {
            Test::Below => self.below,
            Test::AtLeast => self.at_least,
        }
    }

    /// The test as the validated quiz has it, when it is exactly one.
    pub fn threshold(&self) -> Option<Threshold> {
        match (self.below, self.at_least) {
            (Some(n), None) => Some(Threshold::Below(n)),
            (None, Some(n)) => Some(Threshold::AtLeast(n)),
            _ => None,
        }
    }
}

/// One of `reflections`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Reflection {
    pub id: String,
    pub prompt: String,
    pub questions: Vec<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}
