//! Fixtures shared by the native test suites.
//!
//! Each `tests/*.rs` file is its own crate and uses only some of these.
#![allow(dead_code)]

use candor::core::answers::Answer;
use candor::core::builtin::BUILTIN_QUIZ_JSON;
use candor::core::quiz::Quiz;
use candor::core::strict;
use candor::core::validate::{parse_quiz, Problem};
use serde_json::{json, Value};

/// The format documentation, compiled in so the tests always read the current text.
pub const QUIZ_FORMAT_DOC: &str = include_str!("../../docs/quiz-format.md");

/// The first ```json block of `docs/quiz-format.md`: "A complete, minimal
/// example". Read from the doc itself, so the example can never drift from
/// what the tests check.
pub fn minimal_json() -> &'static str {
    let start = QUIZ_FORMAT_DOC
        .find("```json\n")
        .expect("docs/quiz-format.md has a ```json block")
        + "```json\n".len();
    let len = QUIZ_FORMAT_DOC[start..]
        .find("\n```")
        .expect("the ```json block in docs/quiz-format.md is closed");
    &QUIZ_FORMAT_DOC[start..start + len + 1]
}

/// The minimal example as a JSON tree, ready to be broken in one place.
pub fn minimal() -> Value {
    serde_json::from_str(minimal_json()).expect("the minimal example is JSON")
}

/// The built-in quiz file as a JSON tree.
pub fn builtin_value() -> Value {
    serde_json::from_str(BUILTIN_QUIZ_JSON).expect("the built-in quiz is JSON")
}

/// The minimal example with one change applied, as file bytes.
pub fn with(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = minimal();
    change(&mut v);
    to_bytes(&v)
}

pub fn to_bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(v).expect("a JSON tree serializes")
}

/// Parses a file that must be valid; panics listing every problem otherwise.
/// The strict reading ([`strict::read_quiz`]) must yield the same quiz.
pub fn parse_ok(bytes: &[u8]) -> Quiz {
    match parse_quiz(bytes) {
        Ok(quiz) => {
            assert_eq!(
                strict::read_quiz(bytes).as_ref(),
                Some(&quiz),
                "the strict reading differs from the full validator's"
            );
            quiz
        }
        Err(problems) => panic!("expected a valid quiz, got:\n{}", listing(&problems)),
    }
}

pub fn parse_value(v: &Value) -> Quiz {
    parse_ok(&to_bytes(v))
}

/// The problems of a file that must be invalid.
pub fn problems(bytes: &[u8]) -> Vec<Problem> {
    match parse_quiz(bytes) {
        Ok(_) => panic!("expected problems, but the file was accepted"),
        Err(problems) => {
            assert_eq!(
                strict::read_quiz(bytes),
                None,
                "the strict reading accepts a file the full validator refuses"
            );
            assert!(
                !problems.is_empty(),
                "refused with an empty list of problems"
            );
            problems
        }
    }
}

/// The one problem of a file that must have exactly one.
pub fn only_problem(bytes: &[u8]) -> Problem {
    let mut found = problems(bytes);
    assert_eq!(
        found.len(),
        1,
        "expected exactly one problem, got:\n{}",
        listing(&found)
    );
    found.remove(0)
}

/// The paths of a list of problems.
pub fn paths(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

pub fn listing(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}\n")).collect()
}

/// `/questions/2/text` → `$.questions[2].text`: the path validation reports
/// for a JSON pointer into the file.
pub fn path_of(pointer: &str) -> String {
    let mut path = String::from("$");
    for part in pointer.split('/').skip(1) {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str(&format!("[{part}]"));
        } else {
            path.push('.');
            path.push_str(part);
        }
    }
    path
}

/// The value at a JSON pointer, which must exist.
pub fn at<'v>(v: &'v mut Value, pointer: &str) -> &'v mut Value {
    v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the fixture has no {pointer}"))
}

/// Sets the value at a JSON pointer; the last step may add a field.
pub fn set(v: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer with a parent");
    match at(v, parent) {
        Value::Object(map) => {
            map.insert(key.to_string(), value);
        }
        Value::Array(items) => {
            let i: usize = key.parse().expect("an index into a list");
            items[i] = value;
        }
        _ => panic!("{parent} holds neither an object nor a list"),
    }
}

/// Removes the field a pointer names from its parent object.
pub fn remove(v: &mut Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer with a parent");
    at(v, parent)
        .as_object_mut()
        .unwrap_or_else(|| panic!("{parent} is not an object"))
        .remove(key)
        .unwrap_or_else(|| panic!("the fixture has no {pointer}"))
}

/// An answer sheet for `quiz` from (question id, answer) pairs; the rest skipped.
pub fn sheet(quiz: &Quiz, answers: &[(&str, Answer)]) -> Vec<Answer> {
    let mut out = vec![Answer::Skipped; quiz.questions.len()];
    for &(id, answer) in answers {
        let i = quiz
            .questions
            .iter()
            .position(|q| q.id == id)
            .unwrap_or_else(|| panic!("no question {id}"));
        out[i] = answer;
    }
    out
}

/// A sheet from one character per question: `1`–`5` a point, `?` not sure,
/// `-` skipped. Spaces are ignored, so sheets can be grouped for reading.
pub fn sheet_str(marks: &str) -> Vec<Answer> {
    marks
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '1'..='5' => Answer::Point(c as u8 - b'0'),
            '?' => Answer::NotSure,
            '-' => Answer::Skipped,
            _ => panic!("unexpected mark {c:?}"),
        })
        .collect()
}

/// Three bands 0–39, 40–69, 70–100 with two advice items each, all from `src`.
pub fn three_bands(dimension: &str) -> Value {
    let band = |min: u8, max: u8, level: &str| {
        json!({
            "min": min, "max": max, "headline": format!("{dimension} is {level}."),
            "advice": [
                { "text": format!("First step for {level} {dimension}."), "sources": ["src"] },
                { "text": format!("Second step for {level} {dimension}."), "sources": ["src"] }
            ]
        })
    };
    json!([
        band(0, 39, "low"),
        band(40, 69, "middling"),
        band(70, 100, "high")
    ])
}

/// A small quiz for checking scoring by hand:
///
/// | index | id | dimension | reverse | weight |
/// |---|---|---|---|---|
/// | 0 | a1 | a (0) | | 2 |
/// | 1 | b1 | b (1) | | 1 |
/// | 2 | c1 | c (2) | | 1 |
/// | 3 | a2 | a (0) | | 1 |
/// | 4 | b2 | b (1) | | 1 |
/// | 5 | c2 | c (2) | yes | 1 |
/// | 6 | b3 | b (1) | | 1 |
/// | 7 | c3 | c (2) | | 1 |
/// | 8 | b4 | b (1) | yes | 1 |
///
/// Patterns: `low-a` (a below 50), then the default `steady`.
/// Reflections: `mixed` on c3 and a1, in that order.
pub fn scoring_value() -> Value {
    let q = |id: &str, dimension: &str| json!({ "id": id, "dimension": dimension, "text": format!("Statement {id}."), "sources": ["src"] });
    let mut questions = vec![
        q("a1", "a"),
        q("b1", "b"),
        q("c1", "c"),
        q("a2", "a"),
        q("b2", "b"),
        q("c2", "c"),
        q("b3", "b"),
        q("c3", "c"),
        q("b4", "b"),
    ];
    questions[0]["weight"] = json!(2);
    questions[5]["reverse"] = json!(true);
    questions[8]["reverse"] = json!(true);
    let dimension = |id: &str| json!({ "id": id, "name": format!("Dimension {id}"), "description": "A test dimension.", "bands": three_bands(id) });
    json!({
        "schema": 1,
        "id": "scoring-check",
        "version": "1",
        "title": "Scoring check",
        "intro": "A quiz for the tests.",
        "minutes": 1,
        "language": "en",
        "scale": { "labels": ["Never", "Rarely", "Sometimes", "Often", "Always"], "not_sure": "Not sure" },
        "sources": [ { "id": "src", "title": "A source", "author": "Someone" } ],
        "dimensions": [dimension("a"), dimension("b"), dimension("c")],
        "questions": questions,
        "patterns": [
            { "id": "low-a", "name": "Low A", "when": [ { "dimension": "a", "below": 50 } ],
              "summary": "A is low.", "try_first": "Raise A.", "sources": ["src"] },
            { "id": "steady", "name": "Steady", "when": [],
              "summary": "Nothing stands out.", "try_first": "Keep going.", "sources": ["src"] }
        ],
        "reflections": [ { "id": "mixed", "prompt": "What links these?", "questions": ["c3", "a1"] } ]
    })
}

pub fn scoring_quiz() -> Quiz {
    parse_value(&scoring_value())
}
