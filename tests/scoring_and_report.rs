//! Scoring, the report and the quiz fingerprint. Expected values are worked out
//! by hand from the quiz files (see the comments), never by the code under test.

mod common;

use candor::core::answers::Answer::{self, NotSure, Point, Skipped};
use candor::core::builtin::builtin_quiz;
use candor::core::fingerprint::fingerprint;
use candor::core::quiz::Quiz;
use candor::core::report::{build_report, AdviceRef, Overall, Profile, Report, StepsFrom};
use candor::core::scoring::{item_score, score, DimensionScore};
use common::*;
use serde_json::{json, Value};

fn approx(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

fn scored(d: DimensionScore) -> f64 {
    match d {
        DimensionScore::Scored(s) => s,
        other => panic!("expected a score, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

#[test]
fn item_scores_map_the_scale_to_0_to_100() {
    let quiz = scoring_quiz();
    let normal = &quiz.questions[1]; // b1
    let reversed = &quiz.questions[8]; // b4, reverse-keyed
    assert!(!normal.reverse && reversed.reverse);

    let points = |q| (1..=5).map(|p| item_score(q, Point(p))).collect::<Vec<_>>();
    assert_eq!(
        points(normal),
        [Some(0.0), Some(25.0), Some(50.0), Some(75.0), Some(100.0)]
    );
    assert_eq!(
        points(reversed),
        [Some(100.0), Some(75.0), Some(50.0), Some(25.0), Some(0.0)]
    );

    for q in [normal, reversed] {
        assert_eq!(item_score(q, NotSure), None);
        assert_eq!(item_score(q, Skipped), None);
        // Not points of the scale: left out like a skip.
        assert_eq!(item_score(q, Point(0)), None);
        assert_eq!(item_score(q, Point(6)), None);
        assert_eq!(item_score(q, Point(255)), None);
    }
}

// ---------------------------------------------------------------------------
// Dimensions and overall, on the small quiz of tests/common (see its table:
// a = a1 (weight 2) + a2; b = b1 b2 b3 b4 (b4 reversed); c = c1 c2 c3 (c2 reversed);
// question order a1 b1 c1 a2 b2 c2 b3 c3 b4).
// ---------------------------------------------------------------------------

#[test]
fn dimension_score_is_the_weighted_mean_of_its_items() {
    let quiz = scoring_quiz();

    // a1 "Always" = 100 with weight 2, a2 "Rarely" = 25 with weight 1:
    // (2·100 + 1·25) / 3 = 75. (Unweighted it would be 62.5.)
    let s = score(&quiz, &sheet(&quiz, &[("a1", Point(5)), ("a2", Point(2))]));
    approx(scored(s.dimensions[0]), 75.0);
    assert_eq!(s.rounded(0), Some(75));

    // a1 = 0 (weight 2), a2 = 100: (0 + 100) / 3 = 33.33…, shown as 33.
    let s = score(&quiz, &sheet(&quiz, &[("a1", Point(1)), ("a2", Point(5))]));
    approx(scored(s.dimensions[0]), 100.0 / 3.0);
    assert_eq!(s.rounded(0), Some(33));

    // b: b1 = 100, b2 = 50, b3 = 25, b4 (reversed) "Never" = 100:
    // (100 + 50 + 25 + 100) / 4 = 68.75, shown as 69.
    let s = score(
        &quiz,
        &sheet(
            &quiz,
            &[
                ("b1", Point(5)),
                ("b2", Point(3)),
                ("b3", Point(2)),
                ("b4", Point(1)),
            ],
        ),
    );
    approx(scored(s.dimensions[1]), 68.75);
    assert_eq!(s.rounded(1), Some(69));
}

#[test]
fn fewer_than_half_answered_is_not_enough() {
    let quiz = scoring_quiz();
    let dims = |answers: &[(&str, Answer)]| score(&quiz, &sheet(&quiz, answers)).dimensions;

    // b has 4 items: 2 answered is enough, 1 is not.
    let d = dims(&[("b1", Point(5)), ("b3", Point(2))]);
    approx(scored(d[1]), 62.5); // (100 + 25) / 2
    let d = dims(&[("b1", Point(5))]);
    assert_eq!(
        d[1],
        DimensionScore::NotEnoughAnswers { answered: 1, of: 4 }
    );

    // c has 3 items: 1 answered is not enough, 2 are.
    let d = dims(&[("c1", Point(4))]);
    assert_eq!(
        d[2],
        DimensionScore::NotEnoughAnswers { answered: 1, of: 3 }
    );
    let d = dims(&[("c1", Point(4)), ("c2", Point(4))]);
    approx(scored(d[2]), 50.0); // (75 + (100 − 75)) / 2

    // a has 2 items: 1 answered is half, which is enough; it is then the
    // item's own score, whatever its weight.
    let d = dims(&[("a1", Point(4))]);
    approx(scored(d[0]), 75.0);
    let d = dims(&[("a2", Point(2))]);
    approx(scored(d[0]), 25.0);

    // Nothing answered.
    let d = dims(&[]);
    assert_eq!(
        d[0],
        DimensionScore::NotEnoughAnswers { answered: 0, of: 2 }
    );
    assert_eq!(
        d[1],
        DimensionScore::NotEnoughAnswers { answered: 0, of: 4 }
    );
    assert_eq!(
        d[2],
        DimensionScore::NotEnoughAnswers { answered: 0, of: 3 }
    );
    assert_eq!(d[2].rounded(), None);
}

#[test]
fn not_sure_is_answered_but_left_out_of_the_score() {
    let quiz = scoring_quiz();
    // b1 = 100, b3 = 0; the two "Not sure" answers neither count nor drag the
    // mean: (100 + 0) / 2 = 50.
    let s = score(
        &quiz,
        &sheet(
            &quiz,
            &[
                ("b1", Point(5)),
                ("b2", NotSure),
                ("b3", Point(1)),
                ("b4", NotSure),
            ],
        ),
    );
    approx(scored(s.dimensions[1]), 50.0);

    // "Not sure" on 3 of 4 items: only one answer counts, which is too few.
    let s = score(
        &quiz,
        &sheet(
            &quiz,
            &[
                ("b1", Point(5)),
                ("b2", NotSure),
                ("b3", NotSure),
                ("b4", NotSure),
            ],
        ),
    );
    assert_eq!(
        s.dimensions[1],
        DimensionScore::NotEnoughAnswers { answered: 1, of: 4 }
    );
}

#[test]
fn overall_is_the_mean_of_the_scored_dimensions() {
    let quiz = scoring_quiz();
    // a = 100/3 (as above), b = (100 + 50) / 2 = 75, c has one answer: not
    // enough, so it is left out: overall = (33.33… + 75) / 2 = 54.1666….
    let s = score(
        &quiz,
        &sheet(
            &quiz,
            &[
                ("a1", Point(1)),
                ("a2", Point(5)),
                ("b1", Point(5)),
                ("b2", Point(3)),
                ("c1", Point(5)),
            ],
        ),
    );
    assert_eq!(
        s.dimensions[2],
        DimensionScore::NotEnoughAnswers { answered: 1, of: 3 }
    );
    approx(s.overall.unwrap(), (100.0 / 3.0 + 75.0) / 2.0);
    assert_eq!(s.overall_rounded(), Some(54));

    // No dimension scored: no overall score.
    let s = score(&quiz, &sheet(&quiz, &[("a1", NotSure), ("b1", Point(3))]));
    assert_eq!(s.overall, None);
    assert_eq!(s.overall_rounded(), None);
}

#[test]
fn the_report_gives_an_overall_figure_only_for_at_least_half_of_the_habits() {
    let quiz = scoring_quiz();
    let report = |marks: &[(&str, Answer)]| build_report(&quiz, &sheet(&quiz, marks), None).overall;
    // Two of three habits (a 33, b 75): the figure says it covers two.
    assert_eq!(
        report(&[
            ("a1", Point(1)),
            ("a2", Point(5)),
            ("b1", Point(5)),
            ("b2", Point(3)),
            ("c1", Point(5)),
        ]),
        Overall::Partial {
            score: 54,
            scored: 2,
            of: 3
        }
    );
    // One of three (b 75): a minority, so no figure.
    assert_eq!(
        report(&[("b1", Point(5)), ("b2", Point(3))]),
        Overall::TooFew { scored: 1, of: 3 }
    );
    assert_eq!(report(&[]), Overall::TooFew { scored: 0, of: 3 });
    // All three: the plain mean.
    let all = [
        ("a1", Point(5)),
        ("a2", Point(5)),
        ("b1", Point(5)),
        ("b2", Point(5)),
        ("c1", Point(1)),
        ("c3", Point(1)),
    ];
    assert!(
        matches!(report(&all), Overall::All(_)),
        "{:?}",
        report(&all)
    );
}

#[test]
fn extra_and_missing_answers_are_handled() {
    let quiz = scoring_quiz();
    assert_eq!(quiz.questions.len(), 9);
    let full = sheet_str("5 3 4 2 3 4 1 4 5");
    let expected = score(&quiz, &full);

    // Answers beyond the last question are ignored.
    let mut longer = full.clone();
    longer.extend([Point(1), Point(1), NotSure, Point(9)]);
    assert_eq!(score(&quiz, &longer), expected);
    assert_eq!(
        build_report(&quiz, &longer, None),
        build_report(&quiz, &full, None)
    );

    // Missing answers count as skipped.
    let short = &full[..4]; // a1 b1 c1 a2
    let padded = [short, &[Skipped; 5][..]].concat();
    assert_eq!(score(&quiz, short), score(&quiz, &padded));
    assert_eq!(
        build_report(&quiz, short, None),
        build_report(&quiz, &padded, None)
    );
    let s = score(&quiz, short);
    approx(scored(s.dimensions[0]), (2.0 * 100.0 + 25.0) / 3.0);
    assert_eq!(
        s.dimensions[1],
        DimensionScore::NotEnoughAnswers { answered: 1, of: 4 }
    );

    // No answers at all.
    let s = score(&quiz, &[]);
    assert!(s.dimensions.iter().all(|d| d.rounded().is_none()));
    assert_eq!(s.overall, None);
}

/// The scoring quiz with a1 weighing 10 and a2 weighing 0.2.
fn lopsided_quiz() -> Quiz {
    let mut v = scoring_value();
    v["questions"][0]["weight"] = json!(10);
    v["questions"][3]["weight"] = json!(0.2);
    parse_value(&v)
}

#[test]
fn patterns_test_the_rounded_score() {
    let quiz = lopsided_quiz();
    // a1 = 50 (weight 10), a2 = 25 (weight 0.2): 505 / 10.2 = 49.51, which is
    // below 50 but shows as 50, so "a below 50" does not hold.
    let answers = sheet(&quiz, &[("a1", Point(3)), ("a2", Point(2))]);
    let report = build_report(&quiz, &answers, None);
    let raw = scored(report.scores.dimensions[0]);
    approx(raw, 505.0 / 10.2);
    assert!(raw < 50.0);
    assert_eq!(report.dimensions[0].score, Some(50));
    assert_eq!(quiz.patterns[report.archetype].id, "steady");

    // a2 = 0: 500 / 10.2 = 49.02, shown as 49: "low-a".
    let answers = sheet(&quiz, &[("a1", Point(3)), ("a2", Point(1))]);
    let report = build_report(&quiz, &answers, None);
    assert_eq!(report.dimensions[0].score, Some(49));
    assert_eq!(quiz.patterns[report.archetype].id, "low-a");
}

#[test]
fn scores_are_banded_after_rounding() {
    let quiz = lopsided_quiz();
    // Bands are 0–39, 40–69, 70–100. a1 = 75 (weight 10), a2 = 0 (weight 0.2):
    // 750 / 10.2 = 73.53 → 74, band 2. a1 = 50, a2 = 100: 520 / 10.2 = 50.98 → 51, band 1.
    let r = build_report(
        &quiz,
        &sheet(&quiz, &[("a1", Point(4)), ("a2", Point(1))]),
        None,
    );
    assert_eq!(
        (r.dimensions[0].score, r.dimensions[0].band),
        (Some(74), Some(2))
    );
    let r = build_report(
        &quiz,
        &sheet(&quiz, &[("a1", Point(3)), ("a2", Point(5))]),
        None,
    );
    assert_eq!(
        (r.dimensions[0].score, r.dimensions[0].band),
        (Some(51), Some(1))
    );

    // On the plain quiz: a1 = 25 (w 2), a2 = 75: 125 / 3 = 41.67 → 42, band 1;
    // a1 = 25, a2 = 50: 100 / 3 = 33.33 → 33, band 0; a2 alone at 100 → band 2.
    let quiz = scoring_quiz();
    let band =
        |a1, a2| build_report(&quiz, &sheet(&quiz, &[("a1", a1), ("a2", a2)]), None).dimensions[0];
    assert_eq!(band(Point(2), Point(4)).band, Some(1));
    assert_eq!(band(Point(2), Point(3)).band, Some(0));
    assert_eq!(band(Skipped, Point(5)).band, Some(2));
    assert_eq!(band(Skipped, NotSure).band, None);
}

// ---------------------------------------------------------------------------
// Golden answer sheets on the built-in quiz
//
// content/candor.quiz.json has 28 questions. Taken seven at a time they
// follow the dimensions in order, Integrity Candor Ownership Listening
// Expectations Partnership Wholehearted, so every sheet below is written as
// four groups of seven, one answer per dimension in that order. Sheets are
// written by strength: 5 is the strongest answer for the habit, which is
// "Always" on a normal item and "Never" on a reverse-keyed one (R):
//
//            I    C    O    L    E    P    W
//   q1–q7    .    R    .    R    .    R    R
//   q8–q14   .    .    .    .    R    R    R
//   q15–q21  R    .    R    R    .    .    .
//   q22–q28  R    R    R    .    R    .    .
//
// Every habit has two reverse-keyed items of four, so the same answer to
// every statement scores 50 on every habit. Strengths 1–5 score 0, 25, 50,
// 75, 100. Bands are 0–39, 40–69, 70–100 for every dimension. Patterns,
// first match wins: silent-skeptic (C < 50 and W < 50), order-taker
// (C < 50), blunt-instrument (C ≥ 60 and L < 50), hoop-jumper (E < 45),
// patient-listener (L ≥ 70 and C < 70), trusted-advisor (C ≥ 70, L ≥ 70,
// I ≥ 70, W ≥ 60), candid-partner (C ≥ 50 and E ≥ 45), open-picture.
//
// A strength scores at least 70, or at least 40 and 15 points above the
// mean of the reader's scored habits; a growth area scores below 40, or
// below 70 and 15 points under that mean. Advice items name the questions
// they answer (see the quiz file); a habit's steps start with the advice
// whose questions scored lowest.
// ---------------------------------------------------------------------------

const DIMS: [&str; 7] = [
    "integrity",
    "candor",
    "ownership",
    "listening",
    "expectations",
    "partnership",
    "wholehearted",
];

fn dim(id: &str) -> usize {
    DIMS.iter()
        .position(|d| *d == id)
        .unwrap_or_else(|| panic!("no dimension {id}"))
}

/// A sheet written by strength (see the table above): '1'–'5' are mirrored
/// on reverse-keyed items; '?' is Not sure and '-' skipped, as in `sheet_str`.
fn strength_sheet(quiz: &Quiz, marks: &str) -> Vec<Answer> {
    let answers = sheet_str(marks);
    assert_eq!(answers.len(), quiz.questions.len());
    answers
        .into_iter()
        .zip(&quiz.questions)
        .map(|(a, q)| match a {
            Point(p) if q.reverse => Point(6 - p),
            other => other,
        })
        .collect()
}

struct Golden<'a> {
    sheet: &'a str,
    archetype: &'a str,
    /// Rounded score per dimension in quiz order, `-` for not enough answers.
    scores: &'a str,
    /// Band index per dimension, `-` for none.
    bands: &'a str,
    overall: Option<u8>,
    strengths: &'a [&'a str],
    growth: &'a [&'a str],
    profile: Profile,
    steps_from: StepsFrom,
    /// (dimension, band, advice) of each next step.
    next_steps: &'a [(&'a str, usize, usize)],
}

/// "50 - 75" → [Some(50), None, Some(75)].
fn numbers<T: std::str::FromStr>(list: &str) -> Vec<Option<T>> {
    list.split_whitespace()
        .map(|n| {
            (n != "-").then(|| {
                n.parse()
                    .unwrap_or_else(|_| panic!("{n:?} is not a number or -"))
            })
        })
        .collect()
}

fn check(golden: &Golden) -> Report {
    let quiz = builtin_quiz();
    assert_eq!(
        quiz.dimensions
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>(),
        DIMS
    );
    let answers = strength_sheet(&quiz, golden.sheet);
    let report = build_report(&quiz, &answers, None);

    assert_eq!(
        quiz.patterns[report.archetype].id, golden.archetype,
        "archetype"
    );
    let scores: Vec<Option<u8>> = report.dimensions.iter().map(|d| d.score).collect();
    assert_eq!(scores, numbers::<u8>(golden.scores), "scores");
    let bands: Vec<Option<usize>> = report.dimensions.iter().map(|d| d.band).collect();
    assert_eq!(bands, numbers::<usize>(golden.bands), "bands");
    for (d, result) in report.dimensions.iter().enumerate() {
        assert_eq!(report.scores.rounded(d), result.score);
        assert_eq!(result.change, None, "no previous attempt");
    }
    assert_eq!(report.scores.overall_rounded(), golden.overall, "overall");

    let names = |ds: &[usize]| ds.iter().map(|&d| DIMS[d]).collect::<Vec<_>>();
    assert_eq!(names(&report.strengths), golden.strengths, "strengths");
    assert_eq!(names(&report.growth_areas), golden.growth, "growth areas");
    assert_eq!(report.profile, golden.profile, "profile");
    assert_eq!(report.steps_from, golden.steps_from, "steps from");
    let steps: Vec<AdviceRef> = golden
        .next_steps
        .iter()
        .map(|&(d, band, advice)| AdviceRef {
            dimension: dim(d),
            band,
            advice,
        })
        .collect();
    assert_eq!(report.next_steps, steps, "next steps");
    report
}

#[test]
fn the_same_answer_everywhere_scores_every_habit_the_same() {
    // Each habit has two normal and two reverse-keyed items, so any one
    // point answered everywhere scores (k + (100 − k)) / 2 = 50 on every
    // habit: no fake strengths, nothing stands out, a flat profile.
    // C = 50 is not below 50 and under 60; E = 50 ≥ 45; L = 50 < 70;
    // C ≥ 40 and E ≥ 40 → candid-partner.
    // Next steps: no growth area, so the habits that are not strengths, all
    // tied at 50, and tied on their statements too (every habit's read 0 0
    // 100 100, or 25 25 75 75, or 50 50 50 50): the first three in quiz
    // order. In each of their middle bands one advice item answers a normal
    // and a reversed statement (50 whatever the answer) and the other only
    // normal ones: integrity's q8 (advice 1), candor's q16 (advice 0),
    // ownership's q3 (advice 1). That one comes first when its statements
    // score under 50 (answers 1 and 2), the other when they score over it
    // (4 and 5); at 3 they tie and the first advice comes first.
    for p in 1..=5 {
        let quiz = builtin_quiz();
        let answers = vec![Point(p); 28];
        let report = build_report(&quiz, &answers, None);
        let scores: Vec<Option<u8>> = report.dimensions.iter().map(|d| d.score).collect();
        assert_eq!(scores, [Some(50); 7], "every answer {p}");
        assert_eq!(quiz.patterns[report.archetype].id, "candid-partner");
        assert!(report.strengths.is_empty(), "every answer {p}");
        assert!(report.growth_areas.is_empty(), "every answer {p}");
        assert_eq!(report.profile, Profile::Flat { low: 50, high: 50 });
        assert_eq!(report.steps_from, StepsFrom::LowestHabits);
        assert_eq!(
            report.next_steps,
            [
                AdviceRef {
                    dimension: dim("integrity"),
                    band: 1,
                    advice: usize::from(p < 3)
                },
                AdviceRef {
                    dimension: dim("candor"),
                    band: 1,
                    advice: usize::from(p > 3)
                },
                AdviceRef {
                    dimension: dim("ownership"),
                    band: 1,
                    advice: usize::from(p < 3)
                },
            ],
            "every answer {p}"
        );
    }
}

#[test]
fn golden_silent_skeptic() {
    // By strength: I 3 4 2 3, C 2 2 2 1, O 3 2 2 3, L 4 4 3 3, E 3 4 2 3,
    // P 3 4 4 2, W 2 2 3 2 (each habit's items in quiz order).
    //   I: 50 75 25 50 = 200/4 = 50      C: 25 25 25 0 = 75/4 = 18.75 → 19
    //   O: 50 25 25 50 = 150/4 = 37.5 → 38   L: 75 75 50 50 = 250/4 = 62.5 → 63
    //   E: 50 75 25 50 = 50              P: 50 75 75 25 = 225/4 = 56.25 → 56
    //   W: 25 25 50 25 = 125/4 = 31.25 → 31
    // Overall 306.25 / 7 = 43.75 → 44. C 19 < 50 and W 31 < 50 → silent-skeptic.
    // Mean of rounded scores 307/7 = 43.9: L 63 is 19.1 above it → a
    // strength; P 56 (12.1 above) is not. Growth: C, W, O (below 40).
    // Steps, one per growth area, weakest first:
    //   C (band 0): advice 0 answers q9 q16 (25, 25 → 25), advice 1 q2 q23
    //     (25, 0 → 12.5) → advice 1.
    //   W (band 0): advice 0 q14 q28 (25, 25 → 25), advice 1 q7 q21
    //     (25, 50 → 37.5) → advice 0.
    //   O (band 0): advice 0 q3 q24 (50, 50), advice 1 q10 q17 (25, 25) → advice 1.
    check(&Golden {
        sheet: "3234332 4224442 2223243 3133322",
        archetype: "silent-skeptic",
        scores: "50 19 38 63 50 56 31",
        bands: "1 0 0 1 1 1 0",
        overall: Some(44),
        strengths: &["listening"],
        growth: &["candor", "wholehearted", "ownership"],
        profile: Profile::Uneven,
        steps_from: StepsFrom::GrowthAreas,
        next_steps: &[
            ("candor", 0, 1),
            ("wholehearted", 0, 0),
            ("ownership", 0, 1),
        ],
    });
}

#[test]
fn golden_quiet_yes() {
    // Strength 3 (50) everywhere except candor at its weakest (1 → 0).
    // C = 0, the rest 50; overall 300 / 7 = 42.86 → 43. C < 40 but W = 50 is
    // not below 40 → quiet-yes. Mean 42.9: the 50s are 7.1 above it, so
    // no strength; the only growth area is C. Its two advice items both
    // answer questions scored 0: a tie, quiz order. Only two steps: they
    // never come from the habits that are not growth areas.
    check(&Golden {
        sheet: "3133333 3133333 3133333 3133333",
        archetype: "quiet-yes",
        scores: "50 0 50 50 50 50 50",
        bands: "1 0 1 1 1 1 1",
        overall: Some(43),
        strengths: &[],
        growth: &["candor"],
        profile: Profile::Uneven,
        steps_from: StepsFrom::GrowthAreas,
        next_steps: &[("candor", 0, 0), ("candor", 0, 1)],
    });
}

#[test]
fn golden_blunt_instrument() {
    // Strength 3 (50) everywhere except candor at its best (100) and
    // listening at its worst (0). Overall (100 + 0 + 5·50) / 7 = 50.
    // C ≥ 60 and L < 50 → blunt-instrument. Strength C (≥ 70), growth L (< 40).
    check(&Golden {
        sheet: "3531333 3531333 3531333 3531333",
        archetype: "blunt-instrument",
        scores: "50 100 50 0 50 50 50",
        bands: "1 2 1 0 1 1 1",
        overall: Some(50),
        strengths: &["candor"],
        growth: &["listening"],
        profile: Profile::Uneven,
        steps_from: StepsFrom::GrowthAreas,
        next_steps: &[("listening", 0, 0), ("listening", 0, 1)],
    });
}

#[test]
fn golden_patient_listener() {
    // Strength 3 (50) everywhere except listening at its best (100).
    // C = 50: not below 50, under 60; E = 50; L ≥ 70 and C < 70 →
    // patient-listener. Overall 400/7 = 57.14 → 57. Strength L; no growth
    // area (the 50s are 7.1 under the mean), so the steps come from the
    // lowest habits that are not strengths: the 50s in quiz order.
    check(&Golden {
        sheet: "3335333 3335333 3335333 3335333",
        archetype: "patient-listener",
        scores: "50 50 50 100 50 50 50",
        bands: "1 1 1 2 1 1 1",
        overall: Some(57),
        strengths: &["listening"],
        growth: &[],
        profile: Profile::Uneven,
        steps_from: StepsFrom::LowestHabits,
        next_steps: &[("integrity", 1, 0), ("candor", 1, 0), ("ownership", 1, 0)],
    });
}

#[test]
fn golden_trusted_advisor() {
    // The strongest answer everywhere: every item and habit scores 100.
    // C, L, I ≥ 70 and W ≥ 60 (and C is not under 70) → trusted-advisor.
    // A perfect sheet has no growth area: every habit is a strength, all
    // tied. The profile is flat at the top. With nothing else to draw
    // on, the steps are the top band's keep-it-up advice of the first three.
    check(&Golden {
        sheet: "5555555 5555555 5555555 5555555",
        archetype: "trusted-advisor",
        scores: "100 100 100 100 100 100 100",
        bands: "2 2 2 2 2 2 2",
        overall: Some(100),
        strengths: &DIMS,
        growth: &[],
        profile: Profile::Flat {
            low: 100,
            high: 100,
        },
        steps_from: StepsFrom::Strengths,
        next_steps: &[("integrity", 2, 0), ("candor", 2, 0), ("ownership", 2, 0)],
    });
}

#[test]
fn golden_weakest_answers_everywhere() {
    // The mirror of the trusted advisor: every habit 0 → silent-skeptic.
    // Every habit is a growth area, all tied; flat at the bottom.
    check(&Golden {
        sheet: "1111111 1111111 1111111 1111111",
        archetype: "silent-skeptic",
        scores: "0 0 0 0 0 0 0",
        bands: "0 0 0 0 0 0 0",
        overall: Some(0),
        strengths: &[],
        growth: &DIMS,
        profile: Profile::Flat { low: 0, high: 0 },
        steps_from: StepsFrom::GrowthAreas,
        next_steps: &[("integrity", 0, 0), ("candor", 0, 0), ("ownership", 0, 0)],
    });
}

#[test]
fn golden_many_not_sure() {
    // By strength, `?` not sure, `-` skipped:
    //   I: 5 5 5 ?     = 3 of 4, 100, band 2
    //   C: ? ? ? 5     = 1 of 4: not enough
    //   O: - 5 ? -     = 1 of 4: not enough
    //   L: ? 4 4 ?     = 2 of 4, 75, band 2
    //   E: 2 1 2 2     = 25 0 25 25 = 18.75 → 19, band 0
    //   P: 3 3 3 ?     = 3 of 4, 50, band 1
    //   W: ? ? ? 5     = 1 of 4: not enough
    // Overall (100 + 75 + 18.75 + 50) / 4 = 60.94 → 61.
    // Conditions on C (unscored) are false, so the first three patterns
    // fail; E 19 < 40 → hoop-jumper.
    // Mean of scored 244/4 = 61: strengths I, L (≥ 70); growth E (< 40);
    // P 50 is 11 under the mean: neither. E's steps (band 0): advice 0
    // answers q5 (25), advice 1 q26 (25): a tie, so the quiz's order.
    let report = check(&Golden {
        sheet: "5?-?23? 5?5413? 5??423? ?5-?2?5",
        archetype: "hoop-jumper",
        scores: "100 - - 75 19 50 -",
        bands: "2 - - 2 0 1 -",
        overall: Some(61),
        strengths: &["integrity", "listening"],
        growth: &["expectations"],
        profile: Profile::Uneven,
        steps_from: StepsFrom::GrowthAreas,
        next_steps: &[("expectations", 0, 0), ("expectations", 0, 1)],
    });
    for d in ["candor", "ownership", "wholehearted"] {
        assert_eq!(
            report.scores.dimensions[dim(d)],
            DimensionScore::NotEnoughAnswers { answered: 1, of: 4 },
            "{d}"
        );
    }
}

#[test]
fn golden_all_not_sure() {
    // Nothing scored: no overall score, no strengths or steps, and the
    // default archetype, whose text says that habits went unscored.
    check(&Golden {
        sheet: "??????? ??????? ??????? ???????",
        archetype: "open-picture",
        scores: "- - - - - - -",
        bands: "- - - - - - -",
        overall: None,
        strengths: &[],
        growth: &[],
        profile: Profile::TooFewScores,
        steps_from: StepsFrom::LowestHabits,
        next_steps: &[],
    });
}

// ---------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------

#[test]
fn strengths_and_growth_areas_follow_the_scores_and_keep_ties_together() {
    let quiz = builtin_quiz();
    // By strength: I all 5 → 100; C 3s → 50; O 4s → 75; L 3s → 50;
    // E 4s → 75; P 1s → 0; W 3s → 50. Mean 400/7 = 57.1.
    // Strengths: I 100, then O and E tied at 75, both listed, in quiz order.
    // Growth: P 0 only; the 50s are 7.1 under the mean, not apart from it.
    let answers = strength_sheet(&quiz, "5343413 5343413 5343413 5343413");
    let r = build_report(&quiz, &answers, None);
    let scores: Vec<Option<u8>> = r.dimensions.iter().map(|d| d.score).collect();
    assert_eq!(
        scores,
        [
            Some(100),
            Some(50),
            Some(75),
            Some(50),
            Some(75),
            Some(0),
            Some(50)
        ]
    );
    assert_eq!(
        r.strengths,
        [dim("integrity"), dim("ownership"), dim("expectations")]
    );
    assert_eq!(r.growth_areas, [dim("partnership")]);
    assert_eq!(r.profile, Profile::Uneven);

    // Apart from the mean: six habits at 25 and one at 63 (mean 30.4).
    let answers = strength_sheet(&quiz, "2222224 2222223 2222224 2222223");
    let r = build_report(&quiz, &answers, None);
    let scores: Vec<Option<u8>> = r.dimensions.iter().map(|d| d.score).collect();
    // W: 75 50 75 50 = 62.5 → 63 (the others 25).
    assert_eq!(scores[dim("wholehearted")], Some(63));
    assert!(scores[..6].iter().all(|s| *s == Some(25)));
    // The 25s are all growth areas (below 40), tied; W is 63 − 30.4 = 32.6
    // above the mean → a strength.
    assert_eq!(r.strengths, [dim("wholehearted")]);
    assert_eq!(r.growth_areas, &[0, 1, 2, 3, 4, 5]);

    // Six habits at 75 and one at 50: 50 is 21.4 under the mean of 71.4, so
    // it is a growth area although it is not low.
    let answers = strength_sheet(&quiz, "4444443 4444443 4444443 4444443");
    let r = build_report(&quiz, &answers, None);
    assert_eq!(r.strengths, &[0, 1, 2, 3, 4, 5]);
    assert_eq!(r.growth_areas, [dim("wholehearted")]);
    assert_eq!(r.steps_from, StepsFrom::GrowthAreas);
    assert!(r
        .next_steps
        .iter()
        .all(|s| s.dimension == dim("wholehearted")));

    // Each step names advice that exists, in the band the dimension landed in.
    for step in &r.next_steps {
        assert_eq!(r.dimensions[step.dimension].band, Some(step.band));
        assert!(
            step.advice
                < quiz.dimensions[step.dimension].bands[step.band]
                    .advice
                    .len()
        );
    }
}

#[test]
fn next_steps_come_from_growth_areas_only() {
    let quiz = scoring_quiz();
    // Only a and b scored: a = 100 (a1, a2 Always), b = (0 + 25) / 2 = 12.5 → 13.
    // Strength a (≥ 70), growth area b (< 40); its band-0 advice items name
    // no questions, so they come in quiz order; a gives no step.
    let answers = sheet(
        &quiz,
        &[
            ("a1", Point(5)),
            ("a2", Point(5)),
            ("b1", Point(1)),
            ("b2", Point(2)),
        ],
    );
    let r = build_report(&quiz, &answers, None);
    assert_eq!(r.strengths, [0]);
    assert_eq!(r.growth_areas, [1]);
    assert_eq!(r.steps_from, StepsFrom::GrowthAreas);
    assert_eq!(
        r.next_steps,
        [
            AdviceRef {
                dimension: 1,
                band: 0,
                advice: 0
            },
            AdviceRef {
                dimension: 1,
                band: 0,
                advice: 1
            },
        ]
    );

    // One scored dimension at 50: neither a strength nor a growth area, so
    // the steps come from it as the lowest habit.
    let r = build_report(&quiz, &sheet(&quiz, &[("a1", Point(3))]), None);
    assert!(r.strengths.is_empty());
    assert!(r.growth_areas.is_empty());
    assert_eq!(r.profile, Profile::TooFewScores);
    assert_eq!(r.steps_from, StepsFrom::LowestHabits);
    assert_eq!(
        r.next_steps,
        [
            AdviceRef {
                dimension: 0,
                band: 1,
                advice: 0
            },
            AdviceRef {
                dimension: 0,
                band: 1,
                advice: 1
            }
        ]
    );
}

#[test]
fn advice_is_chosen_by_the_questions_it_answers() {
    let quiz = builtin_quiz();
    // Candor weak, weakest on one statement. Candor's band-0 advice 0
    // answers q2 q9 (going along; saying no), advice 1 answers q2 q23 (going
    // along; treating the client as always right). Everything else at
    // strength 3.
    //   C by strength (q2 q9 q16 q23): 2 2 2 1 → 25 25 25 0 = 18.75: advice 0
    //   averages 25, advice 1 12.5 → advice 1 first.
    let answers = strength_sheet(&quiz, "3233333 3233333 3233333 3133333");
    let r = build_report(&quiz, &answers, None);
    assert_eq!(r.growth_areas, [dim("candor")]);
    assert_eq!(
        r.next_steps[0],
        AdviceRef {
            dimension: dim("candor"),
            band: 0,
            advice: 1
        }
    );
    //   2 1 2 2 → 25 0 25 25 = 18.75: advice 0 averages 12.5, advice 1 25
    //   → advice 0 first.
    let answers = strength_sheet(&quiz, "3233333 3133333 3233333 3233333");
    let r = build_report(&quiz, &answers, None);
    assert_eq!(
        r.next_steps[0],
        AdviceRef {
            dimension: dim("candor"),
            band: 0,
            advice: 0
        }
    );
}

#[test]
fn reflections_carry_the_readers_answers_to_the_linked_items() {
    let quiz = builtin_quiz();
    // The "many not sure" sheet: q1…q28 = 5 ? - ? 2 3 ? | 5 ? 5 4 1 3 ? |
    // 1 ? ? 2 2 3 ? | ? 1 - ? 4 ? 5.
    let answers = sheet_str("5?-?23? 5?5413? 1??223? ?1-?4?5");
    let r = build_report(&quiz, &answers, None);
    let expected: Vec<(&str, Vec<(usize, Answer)>)> = vec![
        // q2, q14, q28
        (
            "doomed-request",
            vec![(1, NotSure), (13, NotSure), (27, Point(5))],
        ),
        // q9, q16, q15
        ("last-no", vec![(8, NotSure), (15, NotSure), (14, Point(1))]),
        // q23, q2, q15
        (
            "always-right",
            vec![(22, Point(1)), (1, NotSure), (14, Point(1))],
        ),
        // q7, q2, q14
        (
            "said-behind-backs",
            vec![(6, NotSure), (1, NotSure), (13, NotSure)],
        ),
        // q3, q10, q17, q24
        (
            "old-advice",
            vec![(2, Skipped), (9, Point(5)), (16, NotSure), (23, Skipped)],
        ),
        // q5, q19, q12, q26
        (
            "their-side",
            vec![
                (4, Point(2)),
                (18, Point(2)),
                (11, Point(1)),
                (25, Point(4)),
            ],
        ),
        // q27, q20
        ("letting-go", vec![(26, NotSure), (19, Point(3))]),
    ];
    assert_eq!(r.reflections.len(), expected.len());
    for (i, (reflection, (id, answers))) in r.reflections.iter().zip(expected).enumerate() {
        assert_eq!(reflection.reflection, i);
        assert_eq!(quiz.reflections[i].id, id);
        assert_eq!(reflection.answers, answers, "{id}");
    }

    // A short sheet: linked items beyond it read as skipped.
    let quiz = scoring_quiz();
    let r = build_report(&quiz, &[Point(4)], None);
    assert_eq!(r.reflections[0].answers, [(7, Skipped), (0, Point(4))]); // c3, a1
}

#[test]
fn change_since_the_previous_attempt() {
    let quiz = builtin_quiz();
    // By strength: 75 50 75 50 75 50 50, and 25 50 25 50 25 50 50.
    let always = strength_sheet(&quiz, "4343433 4343433 4343433 4343433");
    let never = strength_sheet(&quiz, "2323233 2323233 2323233 2323233");

    let r = build_report(&quiz, &always, Some(&never));
    let changes: Vec<Option<i16>> = r.dimensions.iter().map(|d| d.change).collect();
    assert_eq!(
        changes,
        [
            Some(50),
            Some(0),
            Some(50),
            Some(0),
            Some(50),
            Some(0),
            Some(0)
        ]
    );
    let r = build_report(&quiz, &never, Some(&always));
    let changes: Vec<Option<i16>> = r.dimensions.iter().map(|d| d.change).collect();
    assert_eq!(
        changes,
        [
            Some(-50),
            Some(0),
            Some(-50),
            Some(0),
            Some(-50),
            Some(0),
            Some(0)
        ]
    );
    // Only the change differs from a report without a previous attempt.
    let alone = build_report(&quiz, &never, None);
    assert_eq!(r.archetype, alone.archetype);
    assert_eq!(r.scores, alone.scores);
    assert!(alone.dimensions.iter().all(|d| d.change.is_none()));

    // The previous attempt left candor (q2 q9 q16 q23) and wholehearted
    // (q7 q14 q21 q28) unscored: no change for those.
    let partial = strength_sheet(&quiz, "2?2323? 2?2323? 2?2323? 2?23232");
    let r = build_report(&quiz, &always, Some(&partial));
    let changes: Vec<Option<i16>> = r.dimensions.iter().map(|d| d.change).collect();
    assert_eq!(
        changes,
        [Some(50), None, Some(50), Some(0), Some(50), Some(0), None]
    );

    // Now unscored, previously scored: no change either.
    let r = build_report(&quiz, &partial, Some(&always));
    assert_eq!(r.dimensions[1].change, None);
    assert_eq!(r.dimensions[6].change, None);
    assert_eq!(r.dimensions[0].change, Some(-50));

    // An empty previous sheet has no scores at all.
    let r = build_report(&quiz, &always, Some(&[]));
    assert!(r.dimensions.iter().all(|d| d.change.is_none()));
}

// ---------------------------------------------------------------------------
// Fingerprint
// ---------------------------------------------------------------------------

/// A change to a quiz file.
type Edit = fn(&mut Value);

fn builtin_changed(change: impl FnOnce(&mut Value)) -> Quiz {
    let mut v = builtin_value();
    change(&mut v);
    parse_value(&v)
}

#[test]
fn fingerprint_is_stable_for_the_same_quiz() {
    let a = fingerprint(&builtin_quiz());
    let b = fingerprint(&builtin_quiz());
    assert_eq!(a, b);
    assert_eq!(fingerprint(&builtin_changed(|_| {})), a);
    assert_ne!(fingerprint(&parse_ok(minimal_json().as_bytes())), a);
}

#[test]
fn fingerprint_content_changes_with_what_gives_answers_meaning() {
    let base = fingerprint(&builtin_quiz());
    let changes: Vec<(&str, Edit)> = vec![
        ("reverse flag", |v| {
            v["questions"][0]["reverse"] = json!(true)
        }),
        ("weight", |v| v["questions"][0]["weight"] = json!(2)),
        ("version", |v| v["version"] = json!("4")),
        ("band bounds", |v| {
            v["dimensions"][0]["bands"][0]["max"] = json!(44);
            v["dimensions"][0]["bands"][1]["min"] = json!(45);
        }),
        ("question order", |v| {
            v["questions"].as_array_mut().unwrap().swap(0, 1)
        }),
        ("question dimension", |v| {
            // Advice names only questions of its own dimension: drop the links.
            for d in v["dimensions"].as_array_mut().unwrap() {
                for b in d["bands"].as_array_mut().unwrap() {
                    for a in b["advice"].as_array_mut().unwrap() {
                        a.as_object_mut().unwrap().remove("questions");
                    }
                }
            }
            v["questions"][0]["dimension"] = json!("candor")
        }),
        ("not sure offered", |v| {
            remove(v, "/scale/not_sure");
        }),
        ("pattern threshold", |v| {
            v["patterns"][3]["when"][0]["below"] = json!(45)
        }),
    ];
    for (what, change) in changes {
        let changed = fingerprint(&builtin_changed(change));
        assert_ne!(changed.content, base.content, "{what}");
        assert_eq!(changed.quiz, base.quiz, "{what}");
    }
}

#[test]
fn fingerprint_quiz_half_follows_the_id() {
    let base = fingerprint(&builtin_quiz());
    let renamed = fingerprint(&builtin_changed(|v| v["id"] = json!("candor-2")));
    assert_ne!(renamed.quiz, base.quiz);
    assert_eq!(renamed.content, base.content);
}

#[test]
fn fingerprint_ignores_formatting_and_wording_around_the_questions() {
    let base = fingerprint(&builtin_quiz());
    // Formatting of the file.
    let compact = serde_json::to_vec(&builtin_value()).unwrap();
    assert_eq!(fingerprint(&parse_ok(&compact)), base);
    let pretty = serde_json::to_vec_pretty(&builtin_value()).unwrap();
    assert_eq!(fingerprint(&parse_ok(&pretty)), base);
    // Spelling out the defaults.
    let explicit = builtin_changed(|v| {
        for q in v["questions"].as_array_mut().unwrap() {
            q["weight"] = json!(1.0);
            if q.get("reverse").is_none() {
                q["reverse"] = json!(false);
            }
        }
    });
    assert_eq!(fingerprint(&explicit), base);
    // Advice, headlines and other wording that does not change what an answer means.
    let reworded = builtin_changed(|v| {
        v["dimensions"][0]["bands"][0]["advice"][0]["text"] = json!("Different advice.");
        v["dimensions"][3]["bands"][2]["advice"][1]["sources"] = json!(["klein"]);
        v["dimensions"][1]["bands"][1]["headline"] = json!("A new headline.");
        v["title"] = json!("A new title");
        v["intro"] = json!("A new intro.");
        v["reflections"][0]["prompt"] = json!("A new prompt?");
        // The questions' and the scale's wording: a translation keeps the
        // fingerprint, so results in two languages compare.
        v["questions"][0]["text"] = json!("Ich prüfe, ob meine Idee hilft.");
        v["scale"]["labels"] = json!(["Nie", "Selten", "Manchmal", "Oft", "Immer"]);
        v["scale"]["not_sure"] = json!("Weiß nicht");
        v["language"] = json!("de");
    });
    assert_eq!(fingerprint(&reworded), base);
}
