//! The tailored report: archetype, per-dimension results, strengths, growth
//! areas, next steps and reflections, all as indices into the quiz.

use super::answers::Answer;
use super::quiz::Quiz;
use super::scoring::{item_score, score, Scores};

/// A habit is a strength at this score or above…
pub const STRONG: u8 = 70;
/// …and a growth area below this one (the bounds of the middle band of the
/// built-in quiz; a quiz's own bands do not move them).
pub const WEAK: u8 = 40;
/// A middling habit this far above (or below) the reader's own mean of
/// habits stands out as a strength (or growth area) anyway.
pub const STANDS_OUT: f64 = 15.0;
/// Scored habits all within this many points make a flat profile.
pub const FLAT_SPREAD: u8 = 10;

/// Everything the report screen shows, computed from one answer sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Index into `Quiz::patterns`: the first pattern whose conditions hold.
    pub archetype: usize,
    pub scores: Scores,
    /// One per dimension, in quiz order.
    pub dimensions: Vec<DimensionResult>,
    /// The habits whose scores make them strengths (see [`classify`]), best
    /// first; equal scores are ties, kept in quiz order.
    pub strengths: Vec<usize>,
    /// The habits whose scores make them growth areas, weakest first.
    pub growth_areas: Vec<usize>,
    /// Whether any habit stands out from the others.
    pub profile: Profile,
    /// The overall figure, when enough habits have a score for one.
    pub overall: Overall,
    /// Up to three actions, from the growth areas, or when there are none,
    /// from the lowest-scoring habits (see [`StepsFrom`]).
    pub next_steps: Vec<AdviceRef>,
    pub steps_from: StepsFrom,
    /// Each reflection prompt with the reader's answers to its linked items.
    pub reflections: Vec<ReflectionAnswers>,
}

/// The shape of a reader's scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Fewer than two habits have a score: no shape to speak of.
    TooFewScores,
    /// Every scored habit is within [`FLAT_SPREAD`] points of the others,
    /// from `low` to `high`: nothing stands out.
    Flat { low: u8, high: u8 },
    /// The habits differ.
    Uneven,
}

/// The overall score, and how many habits it stands for: a mean of a
/// minority of habits would speak for habits it knows nothing about, so it
/// is not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overall {
    /// Every habit has a score: `score` is their mean.
    All(u8),
    /// At least half of the `of` habits have a score: `score` is the mean
    /// of those `scored`.
    Partial { score: u8, scored: usize, of: usize },
    /// Fewer than half of the habits (perhaps none) have a score.
    TooFew { scored: usize, of: usize },
}

/// The overall figure for `scores`: the mean of the scored habits, given
/// when at least half of the habits have a score.
pub fn overall(scores: &Scores) -> Overall {
    let of = scores.dimensions.len();
    let scored = scores
        .dimensions
        .iter()
        .filter(|d| d.rounded().is_some())
        .count();
    match scores.overall_rounded() {
        Some(score) if scored == of => Overall::All(score),
        Some(score) if scored * 2 >= of => Overall::Partial { score, scored, of },
        _ => Overall::TooFew { scored, of },
    }
}

/// Where the next steps come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepsFrom {
    /// The reader's growth areas.
    GrowthAreas,
    /// There is no growth area: the lowest-scoring habits that are not
    /// strengths.
    LowestHabits,
    /// Every scored habit is a strength: the lowest of them, as advice to
    /// keep it up.
    Strengths,
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
    let whole = overall(&scores);
    let rounded: Vec<Option<u8>> = dimensions.iter().map(|d| d.score).collect();
    let (strengths, growth_areas) = classify(&rounded);
    let (next_steps, steps_from) = next_steps(
        quiz,
        answers,
        &dimensions,
        &rounded,
        &strengths,
        &growth_areas,
    );

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
        profile: profile(&rounded),
        overall: whole,
        next_steps,
        steps_from,
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

/// A reader's strengths (best first) and growth areas (weakest first), each
/// only where the score says so: a strength scores at least [`STRONG`], or
/// at least [`WEAK`] and [`STANDS_OUT`] points above the reader's own mean;
/// a growth area scores below [`WEAK`], or below [`STRONG`] and
/// [`STANDS_OUT`] points below the mean. Equal scores are treated alike, so
/// ties are never split; a habit is never both.
pub fn classify(scores: &[Option<u8>]) -> (Vec<usize>, Vec<usize>) {
    let scored: Vec<f64> = scores.iter().flatten().map(|&s| f64::from(s)).collect();
    let mean = scored.iter().sum::<f64>() / scored.len().max(1) as f64;
    let strong = |s: u8| s >= STRONG || (s >= WEAK && f64::from(s) - mean >= STANDS_OUT);
    let weak = |s: u8| s < WEAK || (s < STRONG && mean - f64::from(s) >= STANDS_OUT);
    let pick = |high_first, test: &dyn Fn(u8) -> bool| {
        ranked(scores, high_first)
            .into_iter()
            .filter(|&d| scores[d].is_some_and(test))
            .collect()
    };
    (pick(true, &strong), pick(false, &weak))
}

/// Whether the scored habits are flat (all within [`FLAT_SPREAD`]).
pub fn profile(scores: &[Option<u8>]) -> Profile {
    let mut scored = scores.iter().flatten().copied();
    let Some(first) = scored.next() else {
        return Profile::TooFewScores;
    };
    let (mut low, mut high, mut count) = (first, first, 1);
    for s in scored {
        (low, high, count) = (low.min(s), high.max(s), count + 1);
    }
    match count {
        1 => Profile::TooFewScores,
        _ if high - low <= FLAT_SPREAD => Profile::Flat { low, high },
        _ => Profile::Uneven,
    }
}

/// Up to three next steps. They come from the growth areas, weakest first;
/// with none, from the lowest-scoring habits that are not strengths, and
/// only when every scored habit is a strength, from the lowest strengths.
/// Each habit first gives the advice of its band that answers the reader's
/// weakest items (see [`advice_order`]), then its next advice when steps
/// are still short.
fn next_steps(
    quiz: &Quiz,
    answers: &[Answer],
    dimensions: &[DimensionResult],
    rounded: &[Option<u8>],
    strengths: &[usize],
    growth: &[usize],
) -> (Vec<AdviceRef>, StepsFrom) {
    let (from, kind) = if !growth.is_empty() {
        (growth.to_vec(), StepsFrom::GrowthAreas)
    } else {
        let lowest = ranked(rounded, false);
        let others: Vec<usize> = lowest
            .iter()
            .copied()
            .filter(|d| !strengths.contains(d))
            .collect();
        match (others.is_empty(), lowest.is_empty()) {
            (true, false) => (lowest, StepsFrom::Strengths),
            _ => (others, StepsFrom::LowestHabits),
        }
    };
    let orders: Vec<(usize, usize, Vec<usize>)> = from
        .iter()
        .filter_map(|&d| {
            let band = dimensions[d].band?;
            Some((d, band, advice_order(quiz, answers, d, band)))
        })
        .collect();
    let mut steps = Vec::with_capacity(3);
    for round in 0..orders.iter().map(|o| o.2.len()).max().unwrap_or(0) {
        for (dimension, band, order) in &orders {
            if let Some(&advice) = order.get(round).filter(|_| steps.len() < 3) {
                steps.push(AdviceRef {
                    dimension: *dimension,
                    band: *band,
                    advice,
                });
            }
        }
    }
    (steps, kind)
}

/// The advice items of a band, the most relevant first: by the mean score
/// of the questions each answers, lowest first, so the reader gets the
/// advice about what they answered weakest. Advice naming no question, or
/// none the reader scored, comes after; ties keep the quiz's order.
pub fn advice_order(quiz: &Quiz, answers: &[Answer], dimension: usize, band: usize) -> Vec<usize> {
    let advice = &quiz.dimensions[dimension].bands[band].advice;
    let relevance: Vec<Option<u8>> = advice
        .iter()
        .map(|a| {
            let scores: Vec<f64> = a
                .questions
                .iter()
                .filter_map(|&q| item_score(&quiz.questions[q], answers.get(q).copied()?))
                .collect();
            (!scores.is_empty())
                .then(|| (scores.iter().sum::<f64>() / scores.len() as f64).round() as u8)
        })
        .collect();
    let mut order = ranked(&relevance, false);
    order.extend((0..advice.len()).filter(|&a| relevance[a].is_none()));
    order
}
