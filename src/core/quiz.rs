//! The quiz definition: what a validated quiz file holds.
//!
//! Values here are only ever built by [`crate::core::validate::parse_quiz`] (or
//! [`crate::core::strict::read_quiz`], which accepts the same files), so every
//! reference (a question's dimension, an advice item's sources…) is an index that
//! is known to be in range.

use super::cta::CallToAction;

/// A whole quiz: metadata, the answer scale and the content.
#[derive(Debug, Clone, PartialEq)]
pub struct Quiz {
    pub id: String,
    pub version: String,
    pub title: String,
    pub intro: String,
    pub minutes: u32,
    pub language: String,
    pub scale: Scale,
    pub sources: Vec<Source>,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
    pub patterns: Vec<Pattern>,
    pub reflections: Vec<Reflection>,
    /// The coach's name for the app, in place of "Candor" (`brand`).
    pub brand: Option<String>,
    /// The coach's wording for the app's own text, by catalogue key (`ui`).
    pub ui: Vec<(String, String)>,
}

/// The five labelled points, lowest agreement first, and the optional "Not sure".
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub labels: [String; 5],
    pub not_sure: Option<String>,
}

/// An article or book the content is drawn from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub author: String,
    /// `YYYY-MM-DD`, when the source is dated.
    pub date: Option<String>,
}

/// One thing the quiz measures.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Ordered, contiguous, covering 0..=100.
    pub bands: Vec<Band>,
    /// Questions a facilitator can put to a team about this dimension,
    /// whatever the team's result.
    pub discussion: Vec<String>,
    /// Questions for the team's result on it (the team view picks by
    /// [`Situation`]); empty lists fall back to `discussion`.
    pub prompts: Prompts,
}

/// A dimension's prompts for a team meeting, one list per [`Situation`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prompts {
    pub split: Vec<String>,
    pub low: Vec<String>,
    pub high: Vec<String>,
}

/// How a team came out on a dimension, for choosing what to discuss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Situation {
    /// The scores are far apart.
    Split,
    /// Close together, with room to grow.
    Low,
    /// Close together, and high.
    High,
}

impl Situation {
    pub const ALL: [Situation; 3] = [Situation::Split, Situation::Low, Situation::High];
}

impl Prompts {
    /// The prompts written for `situation`.
    pub fn of(&self, situation: Situation) -> &[String] {
        match situation {
            Situation::Split => &self.split,
            Situation::Low => &self.low,
            Situation::High => &self.high,
        }
    }

    pub fn is_empty(&self) -> bool {
        Situation::ALL.iter().all(|&s| self.of(s).is_empty())
    }
}

/// A score range of a dimension with what to say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub min: u8,
    pub max: u8,
    pub headline: String,
    pub advice: Vec<Advice>,
}

/// A piece of advice and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub text: String,
    /// Indices into [`Quiz::sources`]; empty for the quiz author's own advice.
    pub sources: Vec<usize>,
    /// The questions (indices into [`Quiz::questions`], all of this
    /// dimension) the advice answers; the report picks the advice whose
    /// questions the reader scored lowest.
    pub questions: Vec<usize>,
}

/// A statement the reader rates.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    /// Index into [`Quiz::dimensions`].
    pub dimension: usize,
    pub text: String,
    /// Agreeing is the weaker answer.
    pub reverse: bool,
    pub weight: f64,
    pub sources: Vec<usize>,
}

/// An archetype and the rule that selects it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub id: String,
    pub name: String,
    /// All must hold; empty for the default pattern.
    pub when: Vec<Condition>,
    pub summary: String,
    pub try_first: String,
    pub sources: Vec<usize>,
    /// This archetype's own call to action, in place of the page's.
    pub cta: Option<CallToAction>,
}

/// A test on one dimension's (rounded) score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Condition {
    pub dimension: usize,
    pub threshold: Threshold,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Threshold {
    Below(f64),
    AtLeast(f64),
}

impl Condition {
    /// Whether a dimension score satisfies this condition; no score never does.
    pub fn holds(&self, score: Option<u8>) -> bool {
        match (score, self.threshold) {
            (None, _) => false,
            (Some(s), Threshold::Below(t)) => f64::from(s) < t,
            (Some(s), Threshold::AtLeast(t)) => f64::from(s) >= t,
        }
    }
}

/// A hard question for the reader, linked to the items that inform it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reflection {
    pub id: String,
    pub prompt: String,
    /// Indices into [`Quiz::questions`].
    pub questions: Vec<usize>,
}

impl Quiz {
    /// Which band of `dimension` contains a rounded score.
    pub fn band_index(&self, dimension: usize, score: u8) -> usize {
        let bands = &self.dimensions[dimension].bands;
        bands
            .iter()
            .position(|b| (b.min..=b.max).contains(&score))
            // Validation guarantees coverage; the last band is a safe fallback.
            .unwrap_or(bands.len() - 1)
    }

    /// The questions of one dimension, as indices.
    pub fn questions_of(&self, dimension: usize) -> impl Iterator<Item = usize> + '_ {
        self.questions
            .iter()
            .enumerate()
            .filter(move |(_, q)| q.dimension == dimension)
            .map(|(i, _)| i)
    }
}
