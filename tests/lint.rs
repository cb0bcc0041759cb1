//! The checker's view of a valid quiz (issue 20): what simple answer sheets
//! get, and the warnings about what makes a quiz mis-score. The property
//! tests compare the exact analysis with every finished answer sheet of
//! small random quizzes, scored by the app's own scoring.

mod common;

use std::collections::BTreeSet;

use candor::core::answers::Answer;
use candor::core::builtin::{builtin_quiz, BUILTIN_QUIZ_JSON};
use candor::core::catalogue::CheckerTexts;
use candor::core::language::Lang;
use candor::core::lint::{builtin_id, lint, Example, OutOfReach, Warning};
use candor::core::outcomes::{outcomes, Rule, SimpleSheet};
use candor::core::quiz::Quiz;
use candor::core::reach::{dimension_reach, Budget, Reach, Space};
use candor::core::scoring::{score, DimensionScore, Scores};
use common::*;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Value};

const ONBOARDING: &[u8] = include_bytes!("../content/onboarding-readiness.quiz.json");

fn messages(quiz: &Quiz, lang: Lang) -> Vec<String> {
    lint(quiz)
        .iter()
        .map(|w| w.message(quiz, CheckerTexts::of(lang), lang))
        .collect()
}

/// The minimal example with its one dimension's questions keyed and
/// weighted as given: (reverse, weight) each.
fn listening(questions: &[(bool, f64)]) -> Value {
    let mut v = minimal();
    let list: Vec<Value> = questions
        .iter()
        .enumerate()
        .map(|(i, &(reverse, weight))| {
            json!({ "id": format!("l{}", i + 1), "dimension": "listening", "text": format!("Statement {i}."),
                    "reverse": reverse, "weight": weight, "sources": ["dickey"] })
        })
        .collect();
    v["questions"] = json!(list);
    v["reflections"] = json!([]);
    v
}

// ---------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------

#[test]
fn simple_sheets_get_the_scores_and_archetypes_the_app_gives_them() {
    let quiz = parse_ok(ONBOARDING);
    let found = outcomes(&quiz);
    assert_eq!(
        found.sheets.iter().map(|s| s.sheet).collect::<Vec<_>>(),
        SimpleSheet::of(&quiz)
    );
    assert_eq!(found.sheets.len(), 6, "five points and Not sure");
    for outcome in &found.sheets {
        let scores = score(&quiz, &outcome.sheet.answers(&quiz));
        assert_eq!(outcome.archetype, quiz.archetype(&scores));
        let rounded: Vec<Option<u8>> = (0..3).map(|d| scores.rounded(d)).collect();
        assert_eq!(outcome.scores, rounded);
    }
    // Hand-off and assertiveness have one reversed question and two others.
    assert_eq!(found.sheets[0].scores, [Some(50), Some(33), Some(33)]);
    assert_eq!(found.sheets[4].scores, [Some(50), Some(67), Some(67)]);
    assert_eq!(found.sheets[5].scores, [None, None, None]);
    let ids = |sheets: &[SimpleSheet]| -> Vec<String> {
        sheets
            .iter()
            .map(|s| s.words(&quiz, CheckerTexts::of(Lang::En)))
            .collect()
    };
    assert_eq!(ids(&found.archetypes[0].sheets), Vec::<String>::new());
    assert_eq!(
        ids(&found.archetypes[1].sheets),
        ["“Never” everywhere", "“Rarely” everywhere"]
    );
    assert_eq!(
        ids(&found.archetypes[2].sheets),
        [
            "“Sometimes” everywhere",
            "“Often” everywhere",
            "“Always” everywhere",
            "“Not sure” everywhere"
        ]
    );
    assert_eq!(found.archetypes[2].rule, Rule::Otherwise { only: false });
}

#[test]
fn a_quiz_without_not_sure_has_five_simple_sheets_and_one_archetype_is_for_everyone() {
    let mut v = listening(&[(false, 1.0), (true, 1.0)]);
    v["scale"].as_object_mut().unwrap().remove("not_sure");
    v["patterns"] = json!([v["patterns"][1].clone()]);
    let quiz = parse_value(&v);
    let found = outcomes(&quiz);
    assert_eq!(found.sheets.len(), 5);
    assert_eq!(found.archetypes[0].rule, Rule::Otherwise { only: true });
    assert_eq!(
        found.archetypes[0]
            .rule
            .words(&quiz, CheckerTexts::of(Lang::De), Lang::De),
        "Für alle."
    );
    assert_eq!(lint(&quiz), []);
}

// ---------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------

#[test]
fn the_builtin_quiz_has_no_warning() {
    assert_eq!(lint(&builtin_quiz()), []);
}

/// Issue 20: a reversed question of weight 2 with no matching weight on the
/// other side made "Rarely" everywhere the best archetype, unwarned.
#[test]
fn a_heavy_reversed_question_is_unbalanced_and_rarely_everywhere_gets_the_listener() {
    let quiz = parse_value(&listening(&[(false, 1.0), (true, 2.0)]));
    // "Rarely" everywhere: (25·1 + 75·2) / 3 = 58, the Listener (not under 50).
    let rarely = &outcomes(&quiz).sheets[1];
    assert_eq!(rarely.scores, [Some(58)]);
    assert_eq!(quiz.patterns[rarely.archetype].id, "listener");
    let warnings = lint(&quiz);
    assert_eq!(
        warnings[0],
        Warning::Unbalanced {
            dimension: 0,
            normal: 1.0,
            reversed: 2.0,
            never: 67,
            always: 33
        }
    );
    assert_eq!(
        messages(&quiz, Lang::En)[0],
        "“Listening first”: its reversed questions weigh 2 in all and its other questions 1, so a \
         reader who gives every question the same answer scores 67 here with “Never” everywhere and \
         33 with “Always” everywhere, instead of 50 as on a balanced dimension. Give its other \
         questions 1 more weight in all (raise a “weight”, or add a question that is not reversed), \
         or its reversed questions that much less."
    );
    assert!(messages(&quiz, Lang::De)[0].starts_with(
        "„Listening first“: Ihre umgekehrten Fragen wiegen zusammen 2, ihre anderen Fragen 1."
    ));
    // Balanced again, the warning goes.
    let balanced = parse_value(&listening(&[(false, 1.0), (false, 1.0), (true, 2.0)]));
    assert!(!lint(&balanced)
        .iter()
        .any(|w| matches!(w, Warning::Unbalanced { .. })));
}

#[test]
fn weights_are_told_in_the_pages_numbers() {
    let quiz = parse_value(&listening(&[(false, 1.5), (true, 0.25)]));
    assert!(messages(&quiz, Lang::De)[0].contains("zusammen 0,25, ihre anderen Fragen 1,5."));
    assert!(messages(&quiz, Lang::En)[0].contains("Give its reversed questions 1.25 more weight"));
}

#[test]
fn an_archetype_behind_a_wider_one_is_out_of_reach_and_its_blocker_is_named() {
    let mut v = minimal();
    // "Quiet" (under 40) can never win: "interrupter" (under 50) comes first.
    let quiet = json!({ "id": "quiet", "name": "The Quiet One", "when": [ { "dimension": "listening", "below": 40 } ],
                        "summary": "x", "try_first": "y", "sources": [] });
    v["patterns"].as_array_mut().unwrap().insert(1, quiet);
    let quiz = parse_value(&v);
    let warnings = lint(&quiz);
    assert!(
        warnings.contains(&Warning::ArchetypeOutOfReach {
            pattern: 1,
            why: OutOfReach::Shadowed { by: vec![0] }
        }),
        "{warnings:?}"
    );
    assert!(messages(&quiz, Lang::En).contains(
        &"“The Quiet One” (style 2) is no reader’s result: every reader whose scores meet its \
          conditions gets “The Interrupter” (style 1) first. Move it above that style, or \
          change its conditions."
            .to_string()
    ));
    // Moved above it, both are someone's result.
    v["patterns"].as_array_mut().unwrap().swap(0, 1);
    assert!(!lint(&parse_value(&v))
        .iter()
        .any(|w| matches!(w, Warning::ArchetypeOutOfReach { .. })));
}

#[test]
fn an_archetype_needing_a_score_its_dimension_cannot_get_is_out_of_reach() {
    // One question: scores 0, 25, 50, 75, 100 only; 60 to 70 is none.
    let mut v = listening(&[(false, 1.0)]);
    v["patterns"][0]["when"] = json!([
        { "dimension": "listening", "at_least": 60 },
        { "dimension": "listening", "below": 70 }
    ]);
    let quiz = parse_value(&v);
    assert!(lint(&quiz).contains(&Warning::ArchetypeOutOfReach {
        pattern: 0,
        why: OutOfReach::NoScore { dimension: 0 }
    }));
    assert!(messages(&quiz, Lang::En).contains(
        &"“The Interrupter” (style 1) is no reader’s result: no answer sheet gives “Listening \
          first” a score 60 or more and under 70. Change that condition."
            .to_string()
    ));
    // Bands the one question can't reach are pointed out too.
    v["dimensions"][0]["bands"] = json!([
        { "min": 0, "max": 20, "headline": "Low.", "advice": [ { "text": "a", "sources": [] } ] },
        { "min": 21, "max": 24, "headline": "Just under.", "advice": [ { "text": "b", "sources": [] } ] },
        { "min": 25, "max": 100, "headline": "High.", "advice": [ { "text": "c", "sources": [] } ] }
    ]);
    let quiz = parse_value(&v);
    assert!(lint(&quiz).contains(&Warning::BandOutOfReach {
        dimension: 0,
        band: 1,
        nearest: vec![0, 25]
    }));
    assert!(messages(&quiz, Lang::En).contains(
        &"“Listening first”, band 21–24 (“Just under.”): no answer sheet gives “Listening first” a \
          score from 21 to 24, so no reader ever sees this band. Move its bounds to take in a score \
          it can get, such as 0 or 25."
            .to_string()
    ));
}

#[test]
fn a_default_that_readers_with_scores_and_not_sure_everywhere_share_is_pointed_out() {
    let quiz = parse_ok(ONBOARDING);
    let warnings = lint(&quiz);
    assert_eq!(
        warnings.last(),
        Some(&Warning::NotSureShared {
            pattern: 2,
            example: Example::Sheet(SimpleSheet::Point(3))
        })
    );
    assert!(messages(&quiz, Lang::En).last().unwrap().starts_with(
        "“The Ready Partner” (style 3) is the result of a reader who answers “Not sure” to every \
         question, and also of readers with a score in every dimension (“Sometimes” everywhere, for one)."
    ));
    // The built-in quiz's default is left to readers with too few answers.
    assert!(!lint(&builtin_quiz())
        .iter()
        .any(|w| matches!(w, Warning::NotSureShared { .. })));
}

#[test]
fn the_default_no_reader_gets_is_pointed_out() {
    let mut v = minimal();
    v["patterns"][0]["when"] = json!([{ "dimension": "listening", "at_least": 0 }]);
    v["scale"].as_object_mut().unwrap().remove("not_sure");
    let quiz = parse_value(&v);
    assert!(lint(&quiz).contains(&Warning::ArchetypeOutOfReach {
        pattern: 1,
        why: OutOfReach::Shadowed { by: vec![0] }
    }));
    assert!(messages(&quiz, Lang::En).iter().any(|m| m.starts_with(
        "“The Listener” (style 2), the last one, is no reader’s result: every reader gets a style above it."
    )));
}

// ---------------------------------------------------------------------------
// The analysis against every answer sheet
// ---------------------------------------------------------------------------

/// A random small quiz: dimensions of (reverse, weight) questions, whether
/// "Not sure" is offered, each dimension's band cut points, and archetypes
/// as (dimension, below?, threshold) conditions.
type Shape = (
    Vec<Vec<(bool, f64)>>,
    bool,
    Vec<Vec<u8>>,
    Vec<Vec<(usize, bool, f64)>>,
);

fn shape(weights: &'static [f64]) -> impl Strategy<Value = Shape> {
    let questions = prop::collection::vec((any::<bool>(), select(weights)), 1..=3);
    let dimensions = prop::collection::vec(questions, 1..=2);
    let cuts = prop::collection::vec(prop::collection::vec(1u8..=100, 0..=3), 2);
    let threshold = select(
        &[
            0.0, 8.0, 12.5, 13.0, 17.0, 20.0, 25.0, 30.0, 33.0, 38.0, 40.0, 49.5, 50.0, 51.0, 58.0,
            60.0, 63.0, 67.0, 70.0, 75.0, 88.0, 90.0, 100.0,
        ][..],
    );
    let condition = (0usize..2, any::<bool>(), threshold);
    let patterns = prop::collection::vec(prop::collection::vec(condition, 1..=3), 0..=4);
    (dimensions, any::<bool>(), cuts, patterns)
}

fn quiz_of((dimensions, not_sure, cuts, patterns): &Shape) -> Quiz {
    let mut questions = Vec::new();
    for (d, qs) in dimensions.iter().enumerate() {
        for (i, &(reverse, weight)) in qs.iter().enumerate() {
            questions.push(json!({ "id": format!("d{d}q{i}"), "dimension": format!("d{d}"),
                                   "text": "A statement.", "reverse": reverse, "weight": weight, "sources": ["src"] }));
        }
    }
    let dims: Vec<Value> = (0..dimensions.len())
        .map(|d| {
            let mut points: Vec<u8> = cuts[d].clone();
            points.sort_unstable();
            points.dedup();
            let mut bands = Vec::new();
            let mut min = 0u8;
            for &cut in points.iter().filter(|&&c| c > 0) {
                bands.push(json!({ "min": min, "max": cut - 1, "headline": "H.", "advice": [ { "text": "A.", "sources": [] } ] }));
                min = cut;
            }
            bands.push(json!({ "min": min, "max": 100, "headline": "H.", "advice": [ { "text": "A.", "sources": [] } ] }));
            json!({ "id": format!("d{d}"), "name": format!("D{d}"), "description": "D.", "bands": bands })
        })
        .collect();
    let mut archetypes: Vec<Value> = patterns
        .iter()
        .enumerate()
        .map(|(k, conditions)| {
            let when: Vec<Value> = conditions
                .iter()
                .map(|&(d, below, t)| {
                    let d = format!("d{}", d % dimensions.len());
                    if below {
                        json!({ "dimension": d, "below": t })
                    } else {
                        json!({ "dimension": d, "at_least": t })
                    }
                })
                .collect();
            json!({ "id": format!("p{k}"), "name": format!("P{k}"), "when": when, "summary": "S.", "try_first": "T.", "sources": [] })
        })
        .collect();
    archetypes.push(json!({ "id": "rest", "name": "Rest", "when": [], "summary": "S.", "try_first": "T.", "sources": [] }));
    let mut scale = json!({ "labels": ["1", "2", "3", "4", "5"] });
    if *not_sure {
        scale["not_sure"] = json!("?");
    }
    parse_value(&json!({
        "schema": 1, "id": "random", "version": "1", "title": "T", "intro": "I", "minutes": 1,
        "language": "en", "scale": scale,
        "sources": [ { "id": "src", "title": "S", "author": "A" } ],
        "dimensions": dims, "questions": questions, "patterns": archetypes, "reflections": []
    }))
}

/// What every finished answer sheet of `quiz` gets: each dimension's
/// rounded values, the archetypes, and the archetypes of sheets that score
/// every dimension.
struct Brute {
    values: Vec<BTreeSet<Option<u8>>>,
    archetypes: BTreeSet<usize>,
    scored_archetypes: BTreeSet<usize>,
}

fn brute(quiz: &Quiz) -> Brute {
    let answers: Vec<Answer> = (1..=5)
        .map(Answer::Point)
        .chain(quiz.scale.not_sure.is_some().then_some(Answer::NotSure))
        .collect();
    let n = quiz.questions.len();
    let mut found = Brute {
        values: vec![BTreeSet::new(); quiz.dimensions.len()],
        archetypes: BTreeSet::new(),
        scored_archetypes: BTreeSet::new(),
    };
    let mut sheet = vec![0usize; n];
    loop {
        let answered: Vec<Answer> = sheet.iter().map(|&i| answers[i]).collect();
        let scores = score(quiz, &answered);
        for (d, values) in found.values.iter_mut().enumerate() {
            values.insert(scores.rounded(d));
        }
        let archetype = quiz.archetype(&scores);
        found.archetypes.insert(archetype);
        if (0..quiz.dimensions.len()).all(|d| scores.rounded(d).is_some()) {
            found.scored_archetypes.insert(archetype);
        }
        // The next sheet, counting in base `answers.len()`.
        let Some(i) = sheet.iter().position(|&a| a + 1 < answers.len()) else {
            return found;
        };
        sheet[i] += 1;
        sheet[..i].fill(0);
    }
}

fn scores_of(profile: &[Option<u8>]) -> Scores {
    Scores {
        dimensions: profile
            .iter()
            .map(|s| match s {
                Some(s) => DimensionScore::Scored(f64::from(*s)),
                None => DimensionScore::NotEnoughAnswers { answered: 0, of: 1 },
            })
            .collect(),
        overall: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// With weights whose totals are exact, the analysis is exact: every
    /// dimension's scores, every archetype reached or not, every band,
    /// the shared default, exactly as every answer sheet has them.
    #[test]
    fn the_analysis_is_exactly_what_every_answer_sheet_gets(
        s in shape(&[1.0, 2.0, 3.0, 0.5, 1.5, 0.25, 10.0])
    ) {
        let quiz = quiz_of(&s);
        let all = brute(&quiz);
        let space = Space::of(&quiz);
        for (d, reach) in space.dimensions.iter().enumerate() {
            prop_assert!(reach.exact);
            let values: BTreeSet<Option<u8>> = reach.values().collect();
            prop_assert_eq!(&values, &all.values[d], "dimension {}", d);
        }
        for k in 0..quiz.patterns.len() {
            match space.archetype(&quiz, k, None, &mut Budget::default()) {
                Reach::Reached(profile) => {
                    prop_assert!(all.archetypes.contains(&k), "archetype {} claimed reachable", k);
                    prop_assert_eq!(quiz.archetype(&scores_of(&profile)), k);
                    for (d, v) in profile.iter().enumerate() {
                        prop_assert!(all.values[d].contains(v));
                    }
                }
                Reach::Never => prop_assert!(!all.archetypes.contains(&k), "archetype {} claimed out of reach", k),
                Reach::Unknown => prop_assert!(false, "a small quiz ran out of budget"),
            }
        }
        let warnings = lint(&quiz);
        for k in 0..quiz.patterns.len() {
            let warned = warnings.iter().any(|w| matches!(w, Warning::ArchetypeOutOfReach { pattern, .. } if *pattern == k));
            prop_assert_eq!(warned, !all.archetypes.contains(&k), "archetype {}", k);
        }
        for (d, dimension) in quiz.dimensions.iter().enumerate() {
            for (b, band) in dimension.bands.iter().enumerate() {
                let reached = all.values[d].iter().flatten().any(|&v| (band.min..=band.max).contains(&v));
                let warned = warnings.iter().any(|w| matches!(w, Warning::BandOutOfReach { dimension, band, .. } if (*dimension, *band) == (d, b)));
                prop_assert_eq!(warned, !reached, "dimension {} band {}", d, b);
            }
        }
        let shared = quiz.scale.not_sure.is_some()
            && all.scored_archetypes.contains(&(quiz.patterns.len() - 1));
        let warned = warnings.iter().any(|w| matches!(w, Warning::NotSureShared { .. }));
        prop_assert_eq!(warned, shared);
        // Every message is said, in both languages.
        for lang in Lang::ALL {
            for w in &warnings {
                let text = w.message(&quiz, CheckerTexts::of(lang), lang);
                prop_assert!(!text.contains('{'), "unfilled: {}", text);
            }
        }
    }

    /// With any weights, the analysis never says "no reader" of a score or
    /// an archetype some answer sheet gets.
    #[test]
    fn the_analysis_never_misses_what_an_answer_sheet_gets(
        s in shape(&[0.1, 0.3, 0.7, 1.0, 2.2, 3.3, 9.9])
    ) {
        let quiz = quiz_of(&s);
        let all = brute(&quiz);
        let space = Space::of(&quiz);
        for (d, reach) in space.dimensions.iter().enumerate() {
            let values: BTreeSet<Option<u8>> = reach.values().collect();
            prop_assert!(all.values[d].is_subset(&values), "dimension {}", d);
        }
        for &k in &all.archetypes {
            prop_assert!(space.archetype(&quiz, k, None, &mut Budget::default()) != Reach::Never);
        }
    }
}

#[test]
fn a_dimension_too_big_to_list_is_taken_to_reach_every_score() {
    // 60 questions of 60 different weights: far more totals than are kept.
    let qs: Vec<(bool, f64)> = (0..60)
        .map(|i| (i % 2 == 0, 1.0 + f64::from(i) / 64.0))
        .collect();
    let quiz = parse_value(&listening(&qs));
    let reach = dimension_reach(&quiz, 0);
    assert!(!reach.exact);
    assert!(reach.values().flatten().eq(0..=100));
    // …and it is quick about it.
    let started = std::time::Instant::now();
    lint(&quiz);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

/// docs/quiz-format.md quotes the warnings its minimal example gets, and
/// the single problem of a `sources` left out: they are what Candor says.
#[test]
fn the_format_documentation_quotes_real_warnings() {
    let quiz = parse_ok(minimal_json().as_bytes());
    let found = messages(&quiz, Lang::En);
    assert_eq!(found.len(), 2, "{found:?}");
    for message in &found {
        assert!(
            QUIZ_FORMAT_DOC.contains(&format!("`{message}`")),
            "docs/quiz-format.md doesn't quote: {message}"
        );
    }
    let bytes = with(|v| {
        remove(v, "/questions/0/sources");
        remove(v, "/questions/2/sources");
        remove(v, "/patterns/0/sources");
    });
    let line = problems(&bytes)[0].explain(
        candor::core::catalogue::ProblemTexts::of(Lang::En),
        Lang::En,
    );
    assert!(QUIZ_FORMAT_DOC.contains(&line), "{line}");
}

/// The format's largest lists: 20 dimensions of 10 questions of mixed
/// weights, and 50 archetypes of 20 conditions, all but the first out of
/// reach behind it. The warnings still come at once (the analysis is
/// bounded), and every archetype behind the first names it.
#[test]
fn a_quiz_at_the_formats_limits_is_linted_at_once() {
    let mut v = minimal();
    v["scale"].as_object_mut().unwrap().remove("not_sure");
    let dimension = v["dimensions"][0].clone();
    let mut dimensions = Vec::new();
    let mut questions = Vec::new();
    for d in 0..20 {
        let mut dim = dimension.clone();
        dim["id"] = json!(format!("d{d}"));
        dimensions.push(dim);
        for i in 0..10 {
            questions.push(json!({ "id": format!("d{d}q{i}"), "dimension": format!("d{d}"), "text": "S.",
                                   "reverse": i % 2 == 1, "weight": 1.0 + f64::from(i % 4) / 4.0, "sources": ["dickey"] }));
        }
    }
    let mut patterns = vec![
        json!({ "id": "all", "name": "All", "when": [ { "dimension": "d0", "at_least": 0 } ],
                                    "summary": "S.", "try_first": "T.", "sources": [] }),
    ];
    for k in 1..49 {
        let when: Vec<Value> = (0..20)
            .map(|c| json!({ "dimension": format!("d{}", (k + c) % 20), "below": 10 + (k * 7 + c * 3) % 90 }))
            .collect();
        patterns.push(json!({ "id": format!("p{k}"), "name": format!("P{k}"), "when": when, "summary": "S.", "try_first": "T.", "sources": [] }));
    }
    patterns.push(json!({ "id": "rest", "name": "Rest", "when": [], "summary": "S.", "try_first": "T.", "sources": [] }));
    v["dimensions"] = json!(dimensions);
    v["questions"] = json!(questions);
    v["patterns"] = json!(patterns);
    v["reflections"] = json!([]);
    let quiz = parse_value(&v);
    let started = std::time::Instant::now();
    let warnings = lint(&quiz);
    let took = started.elapsed();
    assert!(took < std::time::Duration::from_secs(10), "{took:?}");
    let out_of_reach: Vec<&Warning> = warnings
        .iter()
        .filter(|w| matches!(w, Warning::ArchetypeOutOfReach { .. }))
        .collect();
    assert_eq!(out_of_reach.len(), 49, "{warnings:?}");
    // Which one stands in the way is said while the search steps last, and
    // never wrongly.
    let named: Vec<&[usize]> = out_of_reach
        .iter()
        .filter_map(|w| match w {
            Warning::ArchetypeOutOfReach {
                why: OutOfReach::Shadowed { by },
                ..
            } => Some(by.as_slice()),
            _ => None,
        })
        .collect();
    assert_eq!(named.len(), 49);
    assert!(named.iter().all(|by| by.is_empty() || *by == [0]));
    assert!(
        named.iter().filter(|by| !by.is_empty()).count() >= 10,
        "{named:?}"
    );
}

// Issue 21: same id, different quiz

/// A coach's file copied from the template keeps `"id": "candor"`: the
/// checker warns, in English and German, and only about that id.
#[test]
fn a_file_that_keeps_the_builtin_quizs_id_is_warned_about() {
    let mut v: Value = serde_json::from_str(BUILTIN_QUIZ_JSON).unwrap();
    v["title"] = json!("Acme: clients who are wrong");
    let copy = parse_value(&v);
    assert_eq!(builtin_id(&copy), Some(Warning::BuiltinId));
    let warning = builtin_id(&copy).unwrap();
    let en = warning.message(&copy, CheckerTexts::of(Lang::En), Lang::En);
    assert!(
        en.starts_with("Its “id” is “candor”, the id of Candor’s own quiz."),
        "{en}"
    );
    assert!(en.contains("Give your quiz an id of its own"), "{en}");
    let de = warning.message(&copy, CheckerTexts::of(Lang::De), Lang::De);
    assert!(de.starts_with("Seine „id“ ist „candor“"), "{de}");
    // A warning, not a problem: the file is valid and scores as before.
    assert_eq!(lint(&copy), lint(&builtin_quiz()));

    v["id"] = json!("acme-check");
    assert_eq!(builtin_id(&parse_value(&v)), None, "an id of its own");
    assert_eq!(builtin_id(&parse_value(&minimal())), None);
    let onboarding = candor::core::validate::parse_quiz(ONBOARDING).unwrap();
    assert_eq!(builtin_id(&onboarding), None);
}
