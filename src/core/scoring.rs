//! Scores: items to 0–100, weighted means per dimension, the overall score and the archetype.

use super::answers::Answer;
use super::quiz::{Question, Quiz};

/// The 0–100 score of one answered item, reversed for reverse-keyed items;
/// `None` for skipped and "Not sure" answers, which are left out.
pub fn item_score(question: &Question, answer: Answer) -> Option<f64> {
    let Answer::Point(p @ 1..=5) = answer else {
        return None;
    };
    let raw = f64::from(p - 1) * 25.0;
    Some(if question.reverse { 100.0 - raw } else { raw })
}

/// A dimension's result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DimensionScore {
    /// The weighted mean of the answered items, 0–100.
    Scored(f64),
    /// Fewer than half the items were answered.
    NotEnoughAnswers { answered: usize, of: usize },
}

impl DimensionScore {
    /// The score rounded to a whole number, as shown and as banded.
    pub fn rounded(self) -> Option<u8> {
        match self {
            DimensionScore::Scored(s) => Some(s.round().clamp(0.0, 100.0) as u8),
            DimensionScore::NotEnoughAnswers { .. } => None,
        }
    }
}

/// Every dimension's score (in quiz order) and the overall score.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub dimensions: Vec<DimensionScore>,
    /// The mean of the scored dimensions; `None` when none has a score.
    pub overall: Option<f64>,
}

impl Scores {
    pub fn rounded(&self, dimension: usize) -> Option<u8> {
        self.dimensions[dimension].rounded()
    }

    pub fn overall_rounded(&self) -> Option<u8> {
        self.overall.map(|s| s.round().clamp(0.0, 100.0) as u8)
    }
}

// Choosing the archetype is scoring's, not the quiz model's (which imports
// nothing of scoring); it stays a method of the quiz for its callers.
impl Quiz {
    /// The archetype for a set of scores: the first pattern whose conditions
    /// all hold on the rounded scores.
    pub fn archetype(&self, scores: &Scores) -> usize {
        self.patterns
            .iter()
            .position(|p| p.when.iter().all(|c| c.holds(scores.rounded(c.dimension))))
            // Validation guarantees a default (empty) pattern at the end.
            .unwrap_or(self.patterns.len() - 1)
    }
}

/// Scores an answer sheet; answers beyond the quiz's questions are ignored and
/// missing ones count as skipped.
pub fn score(quiz: &Quiz, answers: &[Answer]) -> Scores {
    let dimensions: Vec<DimensionScore> = (0..quiz.dimensions.len())
        .map(|d| score_dimension(quiz, answers, d))
        .collect();
    let scored: Vec<f64> = dimensions
        .iter()
        .filter_map(|d| match d {
            DimensionScore::Scored(s) => Some(*s),
            DimensionScore::NotEnoughAnswers { .. } => None,
        })
        .collect();
    let overall = (!scored.is_empty()).then(|| scored.iter().sum::<f64>() / scored.len() as f64);
    Scores {
        dimensions,
        overall,
    }
}

fn score_dimension(quiz: &Quiz, answers: &[Answer], dimension: usize) -> DimensionScore {
    let (mut of, mut answered, mut total, mut weights) = (0, 0, 0.0, 0.0);
    for i in quiz.questions_of(dimension) {
        of += 1;
        let question = &quiz.questions[i];
        let answer = answers.get(i).copied().unwrap_or_default();
        if let Some(s) = item_score(question, answer) {
            answered += 1;
            total += s * question.weight;
            weights += question.weight;
        }
    }
    // "At least half" answered: 2 of 4 is enough, 1 of 3 is not.
    if answered == 0 || answered * 2 < of {
        DimensionScore::NotEnoughAnswers { answered, of }
    } else {
        // The mean of values in 0–100 is in 0–100, but floating-point division
        // can overshoot by a hair (e.g. 100.00000000000003 with uneven weights).
        DimensionScore::Scored((total / weights).clamp(0.0, 100.0))
    }
}
