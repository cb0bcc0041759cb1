//! A quiz file as written: the JSON shape of `docs/quiz-format.md`, read with
//! serde derive.
//!
//! These types are lenient on purpose, so that every problem in a file is
//! listed at once. A coach writing a quiz by hand should see all that is wrong
//! in one go, each problem at its JSON path, not fix one error and reload to
//! find the next. Typed fields and `deny_unknown_fields` would stop the read at
//! the first wrong value, so every leaf here is a [`Raw`] value (what was
//! there, or that nothing was), objects and lists are [`Object`] and [`List`]
//! (which keep a value of the wrong shape instead of failing), every field
//! defaults to missing, and unknown fields are collected by
//! [`crate::core::lenient::read`]. What the values must be is checked
//! afterwards, in one walk, by [`crate::core::validate`].

use serde::Deserialize;

use super::lenient::{Entries, List, Object, Raw};

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QuizFile {
    pub schema: Raw,
    pub id: Raw,
    pub version: Raw,
    pub title: Raw,
    pub intro: Raw,
    pub minutes: Raw,
    pub language: Raw,
    pub scale: Object<ScaleFile>,
    pub sources: List<Object<SourceFile>>,
    pub dimensions: List<Object<DimensionFile>>,
    pub questions: List<Object<QuestionFile>>,
    pub patterns: List<Object<PatternFile>>,
    pub reflections: List<Object<ReflectionFile>>,
    /// Optional: the coach's name for the app, in place of "Candor".
    pub brand: Raw,
    /// The coach's wording for the app's own text: catalogue key → text.
    pub ui: Object<Entries<Raw>>,
}

/// `scale`: five labels and an optional "Not sure".
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ScaleFile {
    pub labels: List<Raw>,
    pub not_sure: Raw,
}

/// One of `sources`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SourceFile {
    pub id: Raw,
    pub title: Raw,
    pub author: Raw,
    pub date: Raw,
}

/// One of `dimensions`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DimensionFile {
    pub id: Raw,
    pub name: Raw,
    pub description: Raw,
    pub bands: List<Object<BandFile>>,
    pub discussion: List<Raw>,
    /// Optional: `{ "split": […], "low": […], "high": […] }`.
    pub prompts: Object<PromptsFile>,
}

/// A dimension's prompts for each situation of a team.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PromptsFile {
    pub split: List<Raw>,
    pub low: List<Raw>,
    pub high: List<Raw>,
}

/// One of a dimension's `bands`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BandFile {
    pub min: Raw,
    pub max: Raw,
    pub headline: Raw,
    pub advice: List<Object<AdviceFile>>,
}

/// One of a band's `advice` items.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdviceFile {
    pub text: Raw,
    pub sources: List<Raw>,
    pub questions: List<Raw>,
}

/// One of `questions`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QuestionFile {
    pub id: Raw,
    pub dimension: Raw,
    pub text: Raw,
    pub reverse: Raw,
    pub weight: Raw,
    pub sources: List<Raw>,
}

/// One of `patterns`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PatternFile {
    pub id: Raw,
    pub name: Raw,
    pub when: List<Object<ConditionFile>>,
    pub summary: Raw,
    pub try_first: Raw,
    pub sources: List<Raw>,
    /// Optional: `{ "label": …, "url": … }`.
    pub cta: Object<CtaFile>,
}

/// An archetype's call to action.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CtaFile {
    pub label: Raw,
    pub url: Raw,
}

/// One of a pattern's `when` conditions.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConditionFile {
    pub dimension: Raw,
    pub below: Raw,
    pub at_least: Raw,
}

/// One of `reflections`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReflectionFile {
    pub id: Raw,
    pub prompt: Raw,
    pub questions: List<Raw>,
}

/// The field names a file type reads, for telling a misspelt field the
/// nearest known one. Written out (a test checks them against what serde
/// reads): asking serde at run time would compile every type's reader twice.
pub trait Fields {
    const FIELDS: &'static [&'static str];
}

macro_rules! fields {
    ($($t:ty => [$($f:literal),* $(,)?];)*) => {
        $(impl Fields for $t { const FIELDS: &'static [&'static str] = &[$($f),*]; })*
    };
}

/// `ui`'s keys are the catalogues' (see `validate::read_ui`).
impl<T> Fields for Entries<T> {
    const FIELDS: &'static [&'static str] = &[];
}

fields! {
    QuizFile => ["schema", "id", "version", "title", "intro", "minutes", "language", "scale", "sources", "dimensions", "questions", "patterns", "reflections", "brand", "ui"];
    ScaleFile => ["labels", "not_sure"];
    SourceFile => ["id", "title", "author", "date"];
    DimensionFile => ["id", "name", "description", "bands", "discussion", "prompts"];
    PromptsFile => ["split", "low", "high"];
    BandFile => ["min", "max", "headline", "advice"];
    AdviceFile => ["text", "sources", "questions"];
    QuestionFile => ["id", "dimension", "text", "reverse", "weight", "sources"];
    PatternFile => ["id", "name", "when", "summary", "try_first", "sources", "cta"];
    CtaFile => ["label", "url"];
    ConditionFile => ["dimension", "below", "at_least"];
    ReflectionFile => ["id", "prompt", "questions"];
}
