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
                band: now.map(|s| band_index(quiz, d, s)),
                change: now.zip(then).map(|(n, t)| i16::from(n) - i16::from(t)),
            }
        })
        .collect();

    let archetype = quiz
        .patterns
        .iter()
        .position(|p| p.when.iter().all(|c| c.holds(scores.rounded(c.dimension))))
        // Validation guarantees a default (empty) pattern at the end.
        .unwrap_or(quiz.patterns.len() - 1);

    let weakest_first = ranked(&dimensions, false);
    let strengths: Vec<usize> = ranked(&dimensions, true).into_iter().take(2).collect();
    let growth_areas: Vec<usize> = weakest_first
        .iter()
        .copied()
        .filter(|d| !strengths.contains(d))
        .take(2)
        .collect();
    let next_steps = next_steps(quiz, &dimensions, &weakest_first);

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

fn band_index(quiz: &Quiz, dimension: usize, score: u8) -> usize {
    let bands = &quiz.dimensions[dimension].bands;
    bands
        .iter()
        .position(|b| (b.min..=b.max).contains(&score))
        .unwrap_or(bands.len() - 1)
}

/// Scored dimensions ordered by score; ties go to the earlier dimension so the
/// order never depends on anything but the quiz and the answers. Scores are
/// whole numbers 0–100, so walking the scale needs no sort (and no sorting
/// code in the download).
fn ranked(dimensions: &[DimensionResult], best_first: bool) -> Vec<usize> {
    let scale: Vec<u8> = if best_first {
        (0..=100).rev().collect()
    } else {
        (0..=100).collect()
    };
    scale
        .into_iter()
        .flat_map(|s| (0..dimensions.len()).filter(move |&d| dimensions[d].score == Some(s)))
        .collect()
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
