//! The tailored report: archetype, per-dimension results, strengths, growth
//! areas, next steps and reflections, all as indices into the quiz.

use super::answers::Answer;
use super::quiz::Quiz;
use super::scoring::{score, Scores};

/// Everything the report screen shows, computed from one answer sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Index into `Quiz::patterns`: the first pattern whose conditions hold.
    pub archetype: usize,
    pub scores: Scores,
    /// One per dimension, in quiz order.
    pub dimensions: Vec<DimensionResult>,
    /// The two highest-scoring dimensions, best first.
    pub strengths: Vec<usize>,
    /// The two lowest-scoring dimensions not already strengths, weakest first.
    pub growth_areas: Vec<usize>,
    /// Three actions drawn from the weakest dimensions' advice.
    pub next_steps: Vec<AdviceRef>,
    /// Each reflection prompt with the reader's answers to its linked items.
    pub reflections: Vec<ReflectionAnswers>,
}

/// How one dimension came out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DimensionResult {
    /// Rounded 0–100, or `None` when too few items were answered.
    pub score: Option<u8>,
    /// Index into the dimension's bands.
    pub band: Option<usize>,
    /// Points gained (or lost) since the previous attempt.
    pub change: Option<i16>,
}

/// One advice item of the band a dimension landed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdviceRef {
    pub dimension: usize,
    pub band: usize,
    pub advice: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReflectionAnswers {
    pub reflection: usize,
    /// (question index, the reader's answer) for each linked item.
    pub answers: Vec<(usize, Answer)>,
}

/// Builds the report for `answers`, with changes against `previous` when given.
pub fn build_report(quiz: &Quiz, answers: &[Answer], previous: Option<&[Answer]>) -> Report {
    let scores = score(quiz, answers);
    let before = previous.map(|p| score(quiz, p));
    let dimensions: Vec<DimensionResult> = (0..quiz.dimensions.len())
        .map(|d| {
            let now = scores.rounded(d);
            let then = before.as_ref().and_then(|b| b.rounded(d));
            DimensionResult {
                score: now,
                band: now.map(|s| quiz.band_index(d, s)),
                change: now.zip(then).map(|(n, t)| i16::from(n) - i16::from(t)),
            }
        })
        .collect();

    let archetype = quiz.archetype(&scores);
    let rounded: Vec<Option<u8>> = dimensions.iter().map(|d| d.score).collect();
    let (strengths, growth_areas) = strengths_and_growth(&rounded);
    let next_steps = next_steps(quiz, &dimensions, &ranked(&rounded, false));

    let reflections = quiz
        .reflections
        .iter()
        .enumerate()
        .map(|(i, r)| ReflectionAnswers {
            reflection: i,
            answers: r
                .questions
                .iter()
                .map(|&q| (q, answers.get(q).copied().unwrap_or_default()))
                .collect(),
        })
        .collect();

    Report {
        archetype,
        scores,
        dimensions,
        strengths,
        growth_areas,
        next_steps,
        reflections,
    }
}

/// Indices of the values present, ordered by value; ties keep index order,
/// so the order depends on nothing but the quiz and the answers. Values are
/// whole numbers 0–100, so walking the scale replaces sorting (and keeps
/// sorting code out of the download).
pub fn ranked(values: &[Option<u8>], high_first: bool) -> Vec<usize> {
    let mut out = Vec::with_capacity(values.len());
    for step in 0..=100u8 {
        let v = if high_first { 100 - step } else { step };
        out.extend((0..values.len()).filter(|&i| values[i] == Some(v)));
    }
    out
}

/// The two highest scores, best first, and the two lowest that are not
/// already strengths, weakest first: for a reader and for a team alike.
pub fn strengths_and_growth(scores: &[Option<u8>]) -> (Vec<usize>, Vec<usize>) {
    let strengths: Vec<usize> = ranked(scores, true).into_iter().take(2).collect();
    let growth = ranked(scores, false)
        .into_iter()
        .filter(|d| !strengths.contains(d))
        .take(2)
        .collect();
    (strengths, growth)
}

/// The first advice item of each of the three weakest dimensions; with fewer
/// scored dimensions, later advice items of the weakest ones fill the list.
fn next_steps(
    quiz: &Quiz,
    dimensions: &[DimensionResult],
    weakest_first: &[usize],
) -> Vec<AdviceRef> {
    let mut steps = Vec::with_capacity(3);
    let most_advice = quiz
        .dimensions
        .iter()
        .flat_map(|d| d.bands.iter().map(|b| b.advice.len()))
        .max()
        .unwrap_or(0);
    for advice in 0..most_advice {
        for &dimension in weakest_first {
            let Some(band) = dimensions[dimension].band else {
                continue;
            };
            if steps.len() < 3 && advice < quiz.dimensions[dimension].bands[band].advice.len() {
                steps.push(AdviceRef {
                    dimension,
                    band,
                    advice,
                });
            }
        }
    }
    steps
}
