//! Which scores finished answer sheets can give, and so which archetypes
//! and bands a reader can reach: decided over the whole space of answer
//! sheets, exactly, not by sampling.
//!
//! **The space.** A finished sheet answers every question with a point of
//! the scale or, where the quiz offers it, "Not sure" (the question screen
//! moves on only once its question is answered). A dimension's score
//! depends only on the answers to its own questions, and each question
//! measures one dimension, so the score profiles sheets can give are
//! exactly the product of what each dimension can score on its own.
//!
//! **One dimension** ([`dimension_reach`]). Its score is the weighted mean
//! of the item scores (0, 25, …, 100) of its answered questions, rounded,
//! or "not enough answers" when fewer than half are answered. Reversing a
//! question maps the five item scores onto themselves, so it changes which
//! answer gives a score, never which scores can be given. Questions of
//! equal weight are interchangeable: only how many of them are answered
//! (n) and the sum of their steps (any whole number from 0 to 4n) matter.
//! So a dynamic program over the groups of equal weight lists every
//! (answered, total weight, total steps) a sheet can make, and each is
//! rounded as the scoring rounds it. With weights that are whole, or whole
//! once doubled a few times (2, 1.5, 0.25), the totals are exact and the
//! rounding is decided exactly as the scoring's does it: its quotient is
//! either exactly a half, rounded up, or at least 1/(2·total weight) away
//! from one, far beyond `f64`'s error. With other weights a mean within
//! 1e-9 of a half counts as both roundings. The program is bounded
//! ([`MAX_STATES`], [`MAX_WORK`]): past that the dimension is taken to reach
//! every score from 0 to 100, which is more than it does, so it can hide a
//! warning but never raise a false one.
//!
//! **Archetypes** ([`Space::archetype`]). A condition tests one dimension's
//! score against a threshold, so the scores of a dimension that fall on the
//! same side of every threshold put on it are interchangeable ("classes";
//! "not enough answers", which fails every condition, is one of its own).
//! A backtracking search picks one class per dimension that meets the
//! archetype's own conditions and fails, for every archetype above it, at
//! least one of theirs; a branch is dropped as soon as an archetype above
//! surely matches. It returns a score profile that reaches the archetype
//! (the tests check each against `Quiz::archetype`), or it has tried every
//! combination of classes and proves there is none. A [`Budget`] of search
//! steps bounds it: past it the answer is [`Reach::Unknown`], about which
//! the lint says nothing.

use std::collections::BTreeSet;

use super::quiz::{Condition, Quiz, Threshold};

/// The most (answered, weight, steps) totals kept for one dimension (about
/// half a megabyte: wasm memory, once grown, stays grown).
pub const MAX_STATES: usize = 20_000;
/// The most combinations of totals and a group's answers tried for one
/// dimension.
pub const MAX_WORK: usize = 1_000_000;
/// Search steps a whole lint may take (well under a second, whatever the
/// quiz).
pub const SEARCH_STEPS: usize = 1_000_000;

/// What one dimension can score on a finished answer sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionReach {
    /// "Not enough answers" (only where the quiz offers "Not sure").
    pub none: bool,
    /// Each whole score from 0 to 100 that some answers give.
    pub scores: [bool; 101],
    /// Whether `scores` is exact; false when the bound was hit and every
    /// score is counted as reachable.
    pub exact: bool,
}

impl DimensionReach {
    /// Every value, "not enough answers" (`None`) first, then the scores.
    pub fn values(&self) -> impl Iterator<Item = Option<u8>> + '_ {
        self.none.then_some(None).into_iter().chain(
            (0..=100u8)
                .filter(|&s| self.scores[usize::from(s)])
                .map(Some),
        )
    }

    /// Whether some sheet gives the dimension a score from `min` to `max`.
    pub fn any_in(&self, min: u8, max: u8) -> bool {
        (min..=max).any(|s| self.scores[usize::from(s)])
    }

    /// The reachable score nearest below `min` and nearest above `max`, where
    /// there are such.
    pub fn nearest_outside(&self, min: u8, max: u8) -> Vec<u8> {
        let below = (0..min).rev().find(|&s| self.scores[usize::from(s)]);
        let above = (max.saturating_add(1)..=100).find(|&s| self.scores[usize::from(s)]);
        below.into_iter().chain(above).collect()
    }
}

/// The scores dimension `d` of `quiz` can get (see the module's first comment).
pub fn dimension_reach(quiz: &Quiz, d: usize) -> DimensionReach {
    let weights: Vec<f64> = quiz
        .questions_of(d)
        .map(|q| quiz.questions[q].weight)
        .collect();
    let not_sure = quiz.scale.not_sure.is_some();
    // A score needs at least half of the questions answered, and one.
    let needed = weights.len().div_ceil(2).max(1);
    let everything = DimensionReach {
        none: not_sure,
        scores: [true; 101],
        exact: false,
    };
    let Some(states) = totals(&weights, not_sure, needed) else {
        return everything;
    };
    // Weights that are whole once multiplied by a small power of two (1,
    // 2.5, 0.25) make exact totals: every sum of them is exact in `f64`.
    let scale = (0..=10)
        .map(|p| f64::from(1u32 << p))
        .find(|s| weights.iter().all(|w| (w * s).fract() == 0.0));
    let mut reach = DimensionReach {
        none: false,
        scores: [false; 101],
        exact: true,
    };
    for &(answered, weight, steps) in &states {
        let (weight, steps) = (f64::from_bits(weight), f64::from_bits(steps));
        if answered < needed {
            reach.none = true;
            continue;
        }
        if let Some(scale) = scale {
            // Points are 25 a step; round half up: ⌊(50·steps + weight) / 2·weight⌋.
            let (w, s) = ((weight * scale) as u64, (steps * scale) as u64);
            reach.scores[((50 * s + w) / (2 * w)).min(100) as usize] = true;
        } else {
            let mean = 25.0 * steps / weight;
            for m in [mean - 1e-9, mean + 1e-9] {
                reach.scores[m.round().clamp(0.0, 100.0) as usize] = true;
            }
        }
    }
    reach
}

/// Every (answered questions, capped at `needed`; total weight; total
/// steps) a sheet can make with questions of these weights, weight and
/// steps as `f64` bits; `None` past the bounds.
fn totals(weights: &[f64], not_sure: bool, needed: usize) -> Option<BTreeSet<(usize, u64, u64)>> {
    // Groups of equal weight: (weight, how many).
    let mut groups: Vec<(f64, usize)> = Vec::new();
    for &w in weights {
        match groups.iter_mut().find(|(v, _)| v.to_bits() == w.to_bits()) {
            Some((_, n)) => *n += 1,
            None => groups.push((w, 1)),
        }
    }
    let mut states = BTreeSet::from([(0usize, 0f64.to_bits(), 0f64.to_bits())]);
    for (v, c) in groups {
        // How many of the group are answered, and their steps: every sum
        // from 0 to 4 a question.
        let counts = if not_sure { 0..=c } else { c..=c };
        let options: usize = counts.clone().map(|n| 4 * n + 1).sum();
        if states.len().saturating_mul(options) > MAX_WORK {
            return None;
        }
        let mut next = BTreeSet::new();
        for &(answered, weight, steps) in &states {
            let (weight, steps) = (f64::from_bits(weight), f64::from_bits(steps));
            for n in counts.clone() {
                let w = weight + v * n as f64;
                for k in 0..=4 * n {
                    let s = steps + v * k as f64;
                    next.insert(((answered + n).min(needed), w.to_bits(), s.to_bits()));
                }
            }
            if next.len() > MAX_STATES {
                return None;
            }
        }
        states = next;
    }
    Some(states)
}

/// What every dimension of a quiz can score: the space of score profiles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Space {
    pub dimensions: Vec<DimensionReach>,
}

/// Whether some answer sheet gets an archetype.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Yes: a profile of scores (one per dimension, `None` for "not enough
    /// answers") that answer sheets give and that gets it.
    Reached(Vec<Option<u8>>),
    /// No answer sheet gets it.
    Never,
    /// The search ran out of its budget.
    Unknown,
}

/// Search steps left, shared by every search of one lint.
#[derive(Debug)]
pub struct Budget(pub usize);

impl Default for Budget {
    fn default() -> Self {
        Budget(SEARCH_STEPS)
    }
}

impl Space {
    /// Every dimension's reachable scores.
    pub fn of(quiz: &Quiz) -> Space {
        Space {
            dimensions: (0..quiz.dimensions.len())
                .map(|d| dimension_reach(quiz, d))
                .collect(),
        }
    }

    /// Only the sheets that give every dimension a score.
    pub fn scored(&self) -> Space {
        Space {
            dimensions: self
                .dimensions
                .iter()
                .map(|d| DimensionReach {
                    none: false,
                    ..d.clone()
                })
                .collect(),
        }
    }

    /// A dimension whose scores can't meet the conditions archetype `k`
    /// puts on it, if there is one (its own conditions can then never hold).
    pub fn unmet(&self, quiz: &Quiz, k: usize) -> Option<usize> {
        (0..self.dimensions.len()).find(|&d| {
            let on_d: Vec<&Condition> = quiz.patterns[k]
                .when
                .iter()
                .filter(|c| c.dimension == d)
                .collect();
            !on_d.is_empty()
                && !self.dimensions[d]
                    .values()
                    .any(|v| on_d.iter().all(|c| c.holds(v)))
        })
    }

    /// Whether some profile in this space gets archetype `k`, as if
    /// archetype `skip` (one above it) were not in the quiz.
    pub fn archetype(
        &self,
        quiz: &Quiz,
        k: usize,
        skip: Option<usize>,
        budget: &mut Budget,
    ) -> Reach {
        let above: Vec<&[Condition]> = (0..k)
            .filter(|&j| Some(j) != skip)
            .map(|j| quiz.patterns[j].when.as_slice())
            .collect();
        if above.iter().any(|when| when.is_empty()) {
            // An archetype for everyone above it (not in a valid quiz).
            return Reach::Never;
        }
        let own = &quiz.patterns[k].when;
        // Per dimension, one value of each class that meets `own`. A
        // class is the scores with as many of the dimension's thresholds at
        // or below them: every condition on it holds for all or for none.
        let mut classes: Vec<Vec<Option<u8>>> = Vec::with_capacity(self.dimensions.len());
        for (d, reach) in self.dimensions.iter().enumerate() {
            let mut thresholds: Vec<f64> = above
                .iter()
                .flat_map(|when| when.iter())
                .filter(|c| c.dimension == d)
                .map(|c| match c.threshold {
                    Threshold::Below(t) | Threshold::AtLeast(t) => t,
                })
                .collect();
            thresholds.sort_by(f64::total_cmp);
            let mut seen: Vec<Option<usize>> = Vec::new();
            let mut values = Vec::new();
            for v in reach.values() {
                if !own.iter().filter(|c| c.dimension == d).all(|c| c.holds(v)) {
                    continue;
                }
                let class = v.map(|s| thresholds.partition_point(|&t| t <= f64::from(s)));
                if !seen.contains(&class) {
                    seen.push(class);
                    values.push(v);
                }
            }
            if values.is_empty() {
                return Reach::Never;
            }
            classes.push(values);
        }
        // Dimensions tested most often first, so that archetypes above are
        // decided early; each archetype above by the place, in that order,
        // of the last dimension it tests: once the search has chosen it,
        // whether the archetype matches is known.
        let tested = |d: usize| {
            above
                .iter()
                .flat_map(|when| when.iter())
                .filter(|c| c.dimension == d)
                .count()
        };
        let mut order: Vec<usize> = (0..classes.len()).collect();
        order.sort_by_key(|&d| std::cmp::Reverse(tested(d)));
        let mut place = vec![0; order.len()];
        for (i, &d) in order.iter().enumerate() {
            place[d] = i;
        }
        let last: Vec<usize> = above
            .iter()
            .map(|when| when.iter().map(|c| place[c.dimension]).max().unwrap_or(0))
            .collect();
        let mut search = Search {
            classes: &classes,
            order: &order,
            above: &above,
            last: &last,
            profile: vec![None; classes.len()],
            budget,
        };
        let found = search.run(0);
        match found {
            Some(true) => Reach::Reached(search.profile),
            Some(false) => Reach::Never,
            None => Reach::Unknown,
        }
    }
}

/// The backtracking search of [`Space::archetype`].
struct Search<'a> {
    classes: &'a [Vec<Option<u8>>],
    /// The dimensions in the order they are chosen.
    order: &'a [usize],
    above: &'a [&'a [Condition]],
    last: &'a [usize],
    /// The value chosen for each dimension (by index); those not chosen yet
    /// are never read.
    profile: Vec<Option<u8>>,
    budget: &'a mut Budget,
}

impl Search<'_> {
    /// From the `depth`-th dimension in order on: `Some(true)` with
    /// `profile` complete when a profile gets the archetype, `Some(false)`
    /// when none does, `None` out of budget.
    fn run(&mut self, depth: usize) -> Option<bool> {
        let Some(&d) = self.order.get(depth) else {
            return Some(true);
        };
        for &value in &self.classes[d] {
            if self.budget.0 == 0 {
                return None;
            }
            self.budget.0 -= 1;
            self.profile[d] = value;
            // An archetype above whose every condition is now decided and
            // holds would be the reader's instead.
            let taken = self
                .above
                .iter()
                .zip(self.last)
                .filter(|(_, &last)| last == depth)
                .any(|(when, _)| when.iter().all(|c| c.holds(self.profile[c.dimension])));
            if !taken && self.run(depth + 1)? {
                return Some(true);
            }
        }
        Some(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::builtin::builtin_quiz;

    #[test]
    fn four_equal_questions_with_not_sure_give_quarters_eighths_and_sixteenths() {
        let quiz = builtin_quiz();
        let reach = dimension_reach(&quiz, 0);
        assert!(reach.exact && reach.none);
        let scores: Vec<u8> = reach.values().flatten().collect();
        // 2, 3 or 4 of 4 answered: n·4 steps, rounded half up.
        let mut expected: Vec<u8> = (2..=4u32)
            .flat_map(|n| (0..=4 * n).map(move |k| ((50 * k + n) / (2 * n)) as u8))
            .collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(scores, expected);
        assert!(!reach.any_in(1, 5));
        assert_eq!(reach.nearest_outside(1, 5), [0, 6]);
    }
}
