//! The tailored report: archetype, per-dimension results, strengths, growth
//! areas, next steps and reflections, all as indices into the quiz.

use super::answers::Answer;
use super::catalogue::{fill, Texts};
use super::language::Lang;
use super::quiz::{Pattern, Quiz, Threshold};
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
    /// The score every habit the steps could come from shares, when there
    /// are at least two and they all score the same.
    pub steps_even: Option<u8>,
    /// How equal scores among the habits that gave steps were ordered.
    pub steps_tie: Tie,
    /// Pairs of statements answered so that they cancel out (see
    /// [`opposed`]); empty when [`Report::same_answer`] says it all.
    pub opposed: Vec<Opposed>,
    /// The one point given to every statement answered (see [`same_answer`]).
    pub same_answer: Option<u8>,
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

/// What the report says about the shape of the scores, and the one thing it
/// tells the reader to do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// Every scored habit within [`FLAT_SPREAD`], from `low` to `high`.
    Even {
        low: u8,
        high: u8,
        advice: EvenAdvice,
    },
    /// The habits differ, yet none is a strength or a growth area.
    NothingStandsOut,
}

/// The advice after an even profile. Each is said only where it is true:
/// the last two point to the next steps, so they need some.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvenAdvice {
    /// Every habit is at least [`STRONG`]: keep them up (the next steps
    /// then come from the strengths).
    Strong,
    /// Every habit is below [`WEAK`]: start with the next steps (which come
    /// from the growth areas).
    Low,
    /// Otherwise: start with the next steps, which come from the lowest
    /// scores.
    Middle,
    /// There are no next steps to point to.
    None,
}

/// The note on the shape of a report's scores, if any.
pub fn note(report: &Report) -> Option<Note> {
    let steps = !report.next_steps.is_empty();
    match report.profile {
        Profile::Flat { low, high } => Some(Note::Even {
            low,
            high,
            advice: match () {
                _ if low >= STRONG => EvenAdvice::Strong,
                _ if !steps => EvenAdvice::None,
                _ if high < WEAK => EvenAdvice::Low,
                _ => EvenAdvice::Middle,
            },
        }),
        Profile::Uneven if report.strengths.is_empty() && report.growth_areas.is_empty() => {
            Some(Note::NothingStandsOut)
        }
        _ => None,
    }
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

/// How the next steps were ordered between habits with equal scores: by
/// the reader's own statements, and only where those tie too, by the quiz's
/// order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tie {
    /// No two habits that gave steps (or were passed over for one that did)
    /// share a score.
    None,
    /// Some did: the one whose statements scored lowest came first (its
    /// lowest statement, then its next lowest…).
    Statements,
    /// Some shared their statements' scores too: the quiz's order decided.
    QuizOrder,
}

/// Two statements of one habit, worded in opposite directions (one of them
/// reverse-keyed), both answered with the same end of the scale: the
/// answers pull against each other, and cancel out in the habit's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opposed {
    pub dimension: usize,
    /// Indices into [`Quiz::questions`], in quiz order.
    pub questions: (usize, usize),
    /// The point both were given: 1 or 5.
    pub point: u8,
}

/// Every pair of opposite statements answered with the same end of the
/// scale, habit by habit in quiz order.
pub fn opposed(quiz: &Quiz, answers: &[Answer]) -> Vec<Opposed> {
    let point = |q: usize| match answers.get(q) {
        Some(&Answer::Point(p @ (1 | 5))) => Some(p),
        _ => None,
    };
    let mut out = Vec::new();
    for dimension in 0..quiz.dimensions.len() {
        let items: Vec<usize> = quiz.questions_of(dimension).collect();
        for (i, &a) in items.iter().enumerate() {
            for &b in &items[i + 1..] {
                let opposite = quiz.questions[a].reverse != quiz.questions[b].reverse;
                match (point(a), point(b)) {
                    (Some(p), Some(q)) if opposite && p == q => out.push(Opposed {
                        dimension,
                        questions: (a, b),
                        point: p,
                    }),
                    _ => {}
                }
            }
        }
    }
    out
}

/// The point given to every statement answered on the scale, when at least
/// half of the quiz was answered so and the statements answered include
/// both directions of wording: then the same answer pulls both ways and
/// the scores say little.
pub fn same_answer(quiz: &Quiz, answers: &[Answer]) -> Option<u8> {
    let mut answered = (0..quiz.questions.len())
        .filter_map(|q| match answers.get(q) {
            Some(&Answer::Point(p @ 1..=5)) => Some((p, quiz.questions[q].reverse)),
            _ => None,
        })
        .peekable();
    let &(first, _) = answered.peek()?;
    let (mut count, mut forward, mut reverse) = (0, false, false);
    for (p, reversed) in answered {
        if p != first {
            return None;
        }
        count += 1;
        (forward, reverse) = (forward || !reversed, reverse || reversed);
    }
    (count * 2 >= quiz.questions.len() && forward && reverse).then_some(first)
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
    let steps = next_steps(
        quiz,
        answers,
        &dimensions,
        &rounded,
        &strengths,
        &growth_areas,
    );
    let same_answer = same_answer(quiz, answers);
    let opposed = match same_answer {
        Some(_) => Vec::new(),
        None => opposed(quiz, answers),
    };

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
        next_steps: steps.steps,
        steps_from: steps.from,
        steps_even: steps.even,
        steps_tie: steps.tie,
        opposed,
        same_answer,
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

/// The next steps and how they were chosen.
struct Steps {
    steps: Vec<AdviceRef>,
    from: StepsFrom,
    even: Option<u8>,
    tie: Tie,
}

/// Up to three next steps. They come from the growth areas; with none,
/// from the habits that are not strengths, and only when every scored
/// habit is a strength, from the strengths: lowest score first, and
/// between equal scores, the habit whose statements the reader scored
/// lowest first (see [`statement_scores`]). Each habit first gives the
/// advice of its band that answers the reader's weakest items (see
/// [`advice_order`]), then its next advice when steps are still short.
fn next_steps(
    quiz: &Quiz,
    answers: &[Answer],
    dimensions: &[DimensionResult],
    rounded: &[Option<u8>],
    strengths: &[usize],
    growth: &[usize],
) -> Steps {
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
    // Lowest score first; equal scores by the reader's own statements,
    // then (stably) the quiz's order. Insertion keeps sorting code out of
    // the download; there are only a handful of habits.
    let keyed: Vec<(usize, u8, Vec<u8>)> = from
        .iter()
        .filter_map(|&d| Some((d, rounded[d]?, statement_scores(quiz, answers, d))))
        .collect();
    let mut order: Vec<&(usize, u8, Vec<u8>)> = Vec::with_capacity(keyed.len());
    for k in &keyed {
        let at = order.partition_point(|o| (o.1, &o.2) <= (k.1, &k.2));
        order.insert(at, k);
    }
    let orders: Vec<(usize, usize, Vec<usize>)> = order
        .iter()
        .filter_map(|&&(d, _, _)| {
            let band = dimensions[d].band?;
            Some((d, band, advice_order(quiz, answers, d, band)))
        })
        .collect();
    let mut steps = Vec::with_capacity(3);
    for round in 0..orders.iter().map(|o| o.2.len()).max().unwrap_or(0) {
        for (dimension, band, advice) in &orders {
            if let Some(&advice) = advice.get(round).filter(|_| steps.len() < 3) {
                steps.push(AdviceRef {
                    dimension: *dimension,
                    band: *band,
                    advice,
                });
            }
        }
    }
    // A tie matters where it decided which habit went first, or whether a
    // habit gave a step at all: a pair with equal scores, one of them giving.
    let gave = |d: usize| steps.iter().any(|s: &AdviceRef| s.dimension == d);
    let mut tie = Tie::None;
    for (i, a) in order.iter().enumerate() {
        for b in &order[i + 1..] {
            if a.1 == b.1 && (gave(a.0) || gave(b.0)) {
                tie = tie.max(if a.2 == b.2 {
                    Tie::QuizOrder
                } else {
                    Tie::Statements
                });
            }
        }
    }
    let even = match order.as_slice() {
        [first, rest @ ..] if !rest.is_empty() && rest.iter().all(|o| o.1 == first.1) => {
            Some(first.1)
        }
        _ => None,
    };
    Steps {
        steps,
        from: kind,
        even,
        tie,
    }
}

/// The reader's scores on the statements of one habit, lowest first (those
/// left out of scoring left out here too).
pub fn statement_scores(quiz: &Quiz, answers: &[Answer], dimension: usize) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(4);
    for q in quiz.questions_of(dimension) {
        if let Some(s) = answers
            .get(q)
            .and_then(|&a| item_score(&quiz.questions[q], a))
        {
            let s = s.round() as u8;
            let at = out.partition_point(|&o| o <= s);
            out.insert(at, s);
        }
    }
    out
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

/// A style's rule in the reader's words, for About: its conditions joined
/// ("“Saying no, and why” under 40 and “Listening and empathy” 70 or more"),
/// or for the default style, that it is what's left. (The checker says the
/// same rules in its own, longer words: `outcomes::Rule::words`.)
pub fn style_rule(quiz: &Quiz, pattern: &Pattern, t: &Texts, lang: Lang) -> String {
    if pattern.when.is_empty() {
        return t.style_rule_default().to_string();
    }
    pattern
        .when
        .iter()
        .map(|c| {
            let (template, n) = match c.threshold {
                Threshold::Below(n) => (t.style_rule_below(), n),
                Threshold::AtLeast(n) => (t.style_rule_at_least(), n),
            };
            let habit = &quiz.dimensions[c.dimension].name;
            fill(template, &[("habit", habit), ("n", &lang.decimal(n))])
        })
        .collect::<Vec<_>>()
        .join(t.style_rule_and())
}
