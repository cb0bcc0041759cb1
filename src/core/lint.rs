//! Warnings about a valid quiz file that would mis-score its readers: a
//! habit whose reversed and other questions weigh differently, a band or an
//! archetype no answer sheet reaches, and a default archetype that both
//! readers with no scores and readers with every score get. None stops the
//! file from working; each says what to change. Reachability is decided by
//! [`super::reach`] over every finished answer sheet, so "no reader" means
//! none (and where that could not be decided in time, nothing is said).

use super::answers::Answer;
use super::builtin::BUILTIN_QUIZ_ID;
use super::catalogue::{CheckerTexts, ProblemTexts};
use super::language::Lang;
use super::outcomes::{and, or, test_words, SimpleSheet};
use super::quiz::Quiz;
use super::reach::{Budget, Reach, Space};
use super::scoring::score;

/// Weights closer than this are equal (they are sums of JSON numbers).
const SAME_WEIGHT: f64 = 1e-9;

/// Something in a valid quiz file that makes it mis-score.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// The reversed questions of a dimension weigh `reversed` in all, its
    /// other questions `normal`: the same answer everywhere scores from
    /// `never` (lowest answer) to `always` (highest) instead of 50.
    Unbalanced {
        dimension: usize,
        normal: f64,
        reversed: f64,
        never: u8,
        always: u8,
    },
    /// No answer sheet gives the dimension a score in this band; `nearest`
    /// are the reachable scores next to it.
    BandOutOfReach {
        dimension: usize,
        band: usize,
        nearest: Vec<u8>,
    },
    /// No answer sheet gets this archetype.
    ArchetypeOutOfReach { pattern: usize, why: OutOfReach },
    /// The archetype of a reader who answers "Not sure" everywhere (the
    /// default) is also the archetype of readers with a score in every
    /// dimension, such as `example`.
    NotSureShared { pattern: usize, example: Example },
    /// The file's `id` is the built-in quiz's: see [`builtin_id`].
    BuiltinId,
}

/// Why no answer sheet gets an archetype.
#[derive(Debug, Clone, PartialEq)]
pub enum OutOfReach {
    /// No score of this dimension meets its conditions on it.
    NoScore { dimension: usize },
    /// Every sheet that meets its conditions gets an archetype above it
    /// first: these (each of which alone stands in its way), or, when the
    /// list is empty, several of them between them.
    Shadowed { by: Vec<usize> },
}

/// Readers who get an archetype.
#[derive(Debug, Clone, PartialEq)]
pub enum Example {
    /// A simple answer sheet.
    Sheet(SimpleSheet),
    /// A profile of scores (one per dimension) some sheet gives.
    Scores(Vec<Option<u8>>),
}

/// Every warning about `quiz`: by dimension (weights, then bands), then by
/// archetype.
pub fn lint(quiz: &Quiz) -> Vec<Warning> {
    let space = Space::of(quiz);
    let mut budget = Budget::default();
    let mut warnings = Vec::new();
    for d in 0..quiz.dimensions.len() {
        warnings.extend(unbalanced(quiz, d));
        for (b, band) in quiz.dimensions[d].bands.iter().enumerate() {
            let reach = &space.dimensions[d];
            if !reach.any_in(band.min, band.max) {
                warnings.push(Warning::BandOutOfReach {
                    dimension: d,
                    band: b,
                    nearest: reach.nearest_outside(band.min, band.max),
                });
            }
        }
    }
    // Which archetypes no reader gets, each with a share of the search
    // steps; then, with what is left, which archetypes above stand in their
    // way (each alone: moving the archetype above it is the fix).
    let share = budget.0 / (2 * quiz.patterns.len());
    let out_of_reach: Vec<usize> = (0..quiz.patterns.len())
        .filter(|&k| {
            let mut mine = Budget(share);
            let verdict = space.archetype(quiz, k, None, &mut mine);
            budget.0 -= share - mine.0;
            verdict == Reach::Never
        })
        .collect();
    for k in out_of_reach {
        let why = match space.unmet(quiz, k) {
            Some(dimension) => OutOfReach::NoScore { dimension },
            None => OutOfReach::Shadowed {
                by: (0..k)
                    .filter(|&j| {
                        matches!(
                            space.archetype(quiz, k, Some(j), &mut budget),
                            Reach::Reached(_)
                        )
                    })
                    .collect(),
            },
        };
        warnings.push(Warning::ArchetypeOutOfReach { pattern: k, why });
    }
    warnings.extend(not_sure_shared(quiz, &space, &mut budget));
    warnings
}

/// A coach's file that kept the built-in quiz's `id` (a copy of the
/// template, say). It works: Candor keeps its readers' answers apart from
/// the built-in quiz's by the file's fingerprint too (`saved::RecordKeys`),
/// so each change to the file starts them afresh, and its share codes carry
/// the built-in's quiz hash. Not about scoring, so not part of [`lint`]:
/// the checker says it before the scoring warnings. The built-in quiz
/// itself is never checked with it.
pub fn builtin_id(quiz: &Quiz) -> Option<Warning> {
    (quiz.id == BUILTIN_QUIZ_ID).then_some(Warning::BuiltinId)
}

/// A dimension whose reversed and other questions weigh differently.
fn unbalanced(quiz: &Quiz, d: usize) -> Option<Warning> {
    let (mut normal, mut reversed) = (0.0, 0.0);
    for q in quiz.questions_of(d) {
        let question = &quiz.questions[q];
        *if question.reverse {
            &mut reversed
        } else {
            &mut normal
        } += question.weight;
    }
    if (normal - reversed).abs() <= SAME_WEIGHT * normal.max(reversed) {
        return None;
    }
    let n = quiz.questions.len();
    let everywhere = |p| score(quiz, &vec![Answer::Point(p); n]).rounded(d);
    Some(Warning::Unbalanced {
        dimension: d,
        normal,
        reversed,
        never: everywhere(1)?,
        always: everywhere(5)?,
    })
}

/// The default archetype, when "Not sure" everywhere gets it and so do
/// readers with a score in every dimension.
fn not_sure_shared(quiz: &Quiz, space: &Space, budget: &mut Budget) -> Option<Warning> {
    quiz.scale.not_sure.as_ref()?;
    let pattern = quiz.archetype(&score(quiz, &SimpleSheet::NotSure.answers(quiz)));
    let Reach::Reached(profile) = space.scored().archetype(quiz, pattern, None, budget) else {
        return None;
    };
    let sheet = (1..=5).map(SimpleSheet::Point).find(|sheet| {
        let scores = score(quiz, &sheet.answers(quiz));
        quiz.archetype(&scores) == pattern
    });
    let example = match sheet {
        Some(sheet) => Example::Sheet(sheet),
        None => Example::Scores(profile),
    };
    Some(Warning::NotSureShared { pattern, example })
}

impl Warning {
    /// The warning in `t`'s words, with what to change.
    pub fn message(&self, quiz: &Quiz, t: &CheckerTexts, lang: Lang) -> String {
        let fill = ProblemTexts::fill;
        let dimension = |d: usize| quiz.dimensions[d].name.as_str();
        let archetype = |k: usize| {
            fill(
                t.lint_archetype(),
                &[("name", &quiz.patterns[k].name), ("n", &(k + 1))],
            )
        };
        match self {
            Warning::Unbalanced {
                dimension: d,
                normal,
                reversed,
                never,
                always,
            } => {
                let missing = lang.decimal((normal - reversed).abs());
                let fix = if reversed < normal {
                    t.lint_add_reversed()
                } else {
                    t.lint_add_normal()
                };
                fill(
                    t.lint_unbalanced(),
                    &[
                        ("dimension", &dimension(*d)),
                        ("reversed", &lang.decimal(*reversed)),
                        ("normal", &lang.decimal(*normal)),
                        ("never", never),
                        ("lowest", &SimpleSheet::Point(1).label(quiz)),
                        ("always", always),
                        ("highest", &SimpleSheet::Point(5).label(quiz)),
                        ("fix", &fill(fix, &[("weight", &missing)])),
                    ],
                )
            }
            Warning::BandOutOfReach {
                dimension: d,
                band,
                nearest,
            } => {
                let b = &quiz.dimensions[*d].bands[*band];
                let nearest: Vec<String> = nearest.iter().map(u8::to_string).collect();
                fill(
                    t.lint_band(),
                    &[
                        ("dimension", &dimension(*d)),
                        ("min", &b.min),
                        ("max", &b.max),
                        ("headline", &b.headline),
                        ("nearest", &or(t, &nearest)),
                    ],
                )
            }
            Warning::ArchetypeOutOfReach { pattern, why } => {
                let name = archetype(*pattern);
                match why {
                    OutOfReach::NoScore { dimension: d } => {
                        let tests: Vec<String> = quiz.patterns[*pattern]
                            .when
                            .iter()
                            .filter(|c| c.dimension == *d)
                            .map(|c| test_words(c.threshold, t, lang))
                            .collect();
                        fill(
                            t.lint_no_score(),
                            &[
                                ("archetype", &name),
                                ("dimension", &dimension(*d)),
                                ("test", &and(t, &tests)),
                            ],
                        )
                    }
                    OutOfReach::Shadowed { by } => {
                        let template = match (quiz.patterns[*pattern].when.is_empty(), by.len()) {
                            (true, _) => t.lint_default_unreached(),
                            (false, 0) => t.lint_shadowed_together(),
                            (false, 1) => t.lint_shadowed_one(),
                            (false, _) => t.lint_shadowed_other(),
                        };
                        let above: Vec<String> = by.iter().map(|&j| archetype(j)).collect();
                        fill(template, &[("archetype", &name), ("above", &or(t, &above))])
                    }
                }
            }
            Warning::NotSureShared { pattern, example } => {
                let example = match example {
                    Example::Sheet(sheet) => {
                        fill(t.lint_example_sheet(), &[("sheet", &sheet.words(quiz, t))])
                    }
                    Example::Scores(scores) => {
                        let pairs: Vec<String> = scores
                            .iter()
                            .enumerate()
                            .filter_map(|(d, s)| {
                                let s = (*s)?;
                                Some(fill(
                                    t.lint_score_pair(),
                                    &[("dimension", &dimension(d)), ("score", &s)],
                                ))
                            })
                            .collect();
                        fill(t.lint_example_scores(), &[("scores", &pairs.join(", "))])
                    }
                };
                fill(
                    t.lint_not_sure(),
                    &[
                        ("archetype", &archetype(*pattern)),
                        ("name", &quiz.patterns[*pattern].name),
                        ("not_sure", &SimpleSheet::NotSure.label(quiz)),
                        ("example", &example),
                    ],
                )
            }
            Warning::BuiltinId => fill(t.lint_builtin_id(), &[("id", &quiz.id)]),
        }
    }
}
