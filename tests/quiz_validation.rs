//! Quiz files: the built-in quiz, the documented example, and one test per
//! validation rule of `docs/quiz-format.md`.

mod common;

use candor::core::builtin::{
    builtin_quiz, with_builtin_prompts, BUILTIN_PROMPTS_JSON, BUILTIN_QUIZ_JSON,
};
use candor::core::quiz::{Situation, Threshold};
use candor::core::validate::{parse_quiz, Expected, Hint, Noun, Problem, ProblemKind, RefKind};
use common::*;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// The built-in quiz and the documented example
// ---------------------------------------------------------------------------

#[test]
fn builtin_quiz_parses_and_is_the_shipped_file() {
    let on_disk = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/content/candor.quiz.json"
    ))
    .expect("content/candor.quiz.json is readable");
    assert_eq!(on_disk, BUILTIN_QUIZ_JSON.as_bytes());
    let quiz = parse_ok(&on_disk);
    assert_eq!(quiz, builtin_quiz());
    assert_eq!(quiz.id, "candor");
}

#[test]
fn the_builtin_prompts_fit_each_language_of_the_builtin_quiz_and_pass_as_quiz_fields() {
    let prompts: Value = serde_json::from_str(BUILTIN_PROMPTS_JSON).expect("prompts are JSON");
    let languages: Vec<&String> = prompts.as_object().unwrap().keys().collect();
    assert_eq!(languages, ["de", "en"]);
    for (file, lang) in [("candor.quiz.json", "en"), ("candor.de.quiz.json", "de")] {
        let path = format!("{}/content/{file}", env!("CARGO_MANIFEST_DIR"));
        let mut v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let habits = prompts[lang].as_object().unwrap();
        let ids: Vec<String> = v["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect();
        let mut listed: Vec<&String> = habits.keys().collect();
        listed.sort();
        let mut wanted: Vec<&String> = ids.iter().collect();
        wanted.sort();
        assert_eq!(listed, wanted, "{lang}: a set of prompts per habit");
        // As quiz fields, they pass the full validator (text rules, 0–5 per
        // situation) and the strict reader alike.
        for d in v["dimensions"].as_array_mut().unwrap() {
            let id = d["id"].as_str().unwrap().to_string();
            d["prompts"] = habits[&id].clone();
        }
        let quiz = parse_value(&v);
        let builtin = parse_ok(&std::fs::read(&path).unwrap());
        // What the tools' module does to the built-in quiz gives the same.
        assert_eq!(with_builtin_prompts(builtin), quiz, "{lang}");
        for d in &quiz.dimensions {
            for s in Situation::ALL {
                assert_eq!(d.prompts.of(s).len(), 3, "{lang} {} {s:?}", d.id);
            }
        }
    }
}

#[test]
fn builtin_quiz_meets_the_content_rules() {
    let quiz = builtin_quiz();

    assert!(
        (24..=32).contains(&quiz.questions.len()),
        "{} questions",
        quiz.questions.len()
    );
    assert!(
        (6..=8).contains(&quiz.dimensions.len()),
        "{} dimensions",
        quiz.dimensions.len()
    );
    let reversed = quiz.questions.iter().filter(|q| q.reverse).count();
    assert!(
        reversed * 3 >= quiz.questions.len(),
        "only {reversed} of {} questions are reverse-keyed",
        quiz.questions.len()
    );
    assert!(quiz.patterns.len() >= 4, "{} patterns", quiz.patterns.len());
    assert_eq!(quiz.sources.len(), 5);

    for q in &quiz.questions {
        assert!(!q.sources.is_empty(), "question {} credits no source", q.id);
    }
    // Advice and archetypes may be our own synthesis (no source: the report
    // says so), but only where no article says it: a handful, not a habit.
    let advice: Vec<_> = quiz
        .dimensions
        .iter()
        .flat_map(|d| d.bands.iter().flat_map(|b| &b.advice))
        .collect();
    let own = advice.iter().filter(|a| a.sources.is_empty()).count()
        + quiz
            .patterns
            .iter()
            .filter(|p| p.sources.is_empty())
            .count();
    assert!(
        own * 10 <= advice.len() + quiz.patterns.len(),
        "{own} uncredited advice items and archetypes"
    );
    // Every advice item names the questions it answers, so steps follow the
    // reader's weakest items.
    for d in &quiz.dimensions {
        for (b, band) in d.bands.iter().enumerate() {
            for (a, advice) in band.advice.iter().enumerate() {
                assert!(
                    !advice.questions.is_empty(),
                    "{} band {b} advice {a} names no question",
                    d.id
                );
            }
        }
    }
    // As many reverse-keyed items as normal ones in every dimension, so the
    // same answer everywhere gives every habit the same score.
    for d in 0..quiz.dimensions.len() {
        let items: Vec<_> = quiz.questions_of(d).map(|q| &quiz.questions[q]).collect();
        let reversed = items.iter().filter(|q| q.reverse).count();
        assert_eq!(
            reversed * 2,
            items.len(),
            "dimension {}",
            quiz.dimensions[d].id
        );
        let weights = |reverse: bool| -> f64 {
            items
                .iter()
                .filter(|q| q.reverse == reverse)
                .map(|q| q.weight)
                .sum()
        };
        assert_eq!(
            weights(true),
            weights(false),
            "dimension {}",
            quiz.dimensions[d].id
        );
    }
    // Every source is credited somewhere.
    for (s, source) in quiz.sources.iter().enumerate() {
        let cited = quiz.questions.iter().any(|q| q.sources.contains(&s))
            || quiz.patterns.iter().any(|p| p.sources.contains(&s))
            || quiz.dimensions.iter().any(|d| {
                d.bands
                    .iter()
                    .any(|b| b.advice.iter().any(|a| a.sources.contains(&s)))
            });
        assert!(cited, "source {} is never credited", source.id);
    }
}

#[test]
fn builtin_quiz_has_the_documented_shape() {
    let quiz = builtin_quiz();
    let ids: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
    let expected: Vec<String> = (1..=28).map(|i| format!("q{i}")).collect();
    assert_eq!(ids, expected);

    let dims: Vec<&str> = quiz.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        dims,
        [
            "integrity",
            "candor",
            "ownership",
            "listening",
            "expectations",
            "partnership",
            "wholehearted"
        ]
    );
    for d in 0..quiz.dimensions.len() {
        assert_eq!(
            quiz.questions_of(d).count(),
            4,
            "dimension {}",
            quiz.dimensions[d].id
        );
        let bounds: Vec<(u8, u8)> = quiz.dimensions[d]
            .bands
            .iter()
            .map(|b| (b.min, b.max))
            .collect();
        assert_eq!(
            bounds,
            [(0, 39), (40, 69), (70, 100)],
            "dimension {}",
            quiz.dimensions[d].id
        );
    }
    assert_eq!(quiz.questions.iter().filter(|q| q.reverse).count(), 14);
    assert_eq!(quiz.version, "3");

    let patterns: Vec<&str> = quiz.patterns.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        patterns,
        [
            "silent-skeptic",
            "quiet-yes",
            "blunt-instrument",
            "hoop-jumper",
            "patient-listener",
            "trusted-advisor",
            "candid-partner",
            "open-picture"
        ]
    );
    assert!(quiz.patterns.last().unwrap().when.is_empty());
    assert_eq!(
        quiz.scale.labels,
        ["Never", "Rarely", "Sometimes", "Often", "Always"]
    );
    assert_eq!(quiz.scale.not_sure.as_deref(), Some("Doesn’t apply to me"));
}

#[test]
fn documented_minimal_example_parses() {
    let quiz = parse_ok(minimal_json().as_bytes());
    assert_eq!(quiz.id, "listening-check");
    assert_eq!(quiz.version, "1");
    assert_eq!(quiz.minutes, 2);
    assert_eq!(quiz.language, "en");
    assert_eq!(quiz.sources.len(), 1);
    assert_eq!(quiz.sources[0].date, None);
    assert_eq!(quiz.dimensions.len(), 1);
    assert_eq!(quiz.dimensions[0].bands.len(), 2);

    // Optional fields take their documented defaults.
    let q: Vec<(&str, usize, bool, f64)> = quiz
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.dimension, q.reverse, q.weight))
        .collect();
    assert_eq!(
        q,
        [
            ("l1", 0, false, 1.0),
            ("l2", 0, true, 1.0),
            ("l3", 0, false, 2.0)
        ]
    );

    assert_eq!(quiz.patterns.len(), 2);
    assert_eq!(quiz.patterns[0].when.len(), 1);
    assert_eq!(quiz.patterns[0].when[0].dimension, 0);
    assert_eq!(quiz.patterns[0].when[0].threshold, Threshold::Below(50.0));
    assert!(quiz.patterns[1].when.is_empty());
    assert_eq!(quiz.reflections[0].questions, [0, 1]);
}

#[test]
fn optional_fields_may_be_left_out_or_given() {
    let quiz = parse_ok(&with(|v| {
        remove(v, "/scale/not_sure");
        v["sources"][0]["date"] = json!("2024-02-29");
        v["questions"][0]["reverse"] = json!(false);
        v["questions"][0]["weight"] = json!(10);
        v["questions"][1]["weight"] = json!(0.001);
        v["reflections"] = json!([]);
    }));
    assert_eq!(quiz.scale.not_sure, None);
    assert_eq!(quiz.sources[0].date.as_deref(), Some("2024-02-29"));
    assert_eq!(quiz.questions[0].weight, 10.0);
    assert_eq!(quiz.questions[1].weight, 0.001);
    assert!(quiz.reflections.is_empty());
}

#[test]
fn a_dimensions_prompts_for_each_situation_are_optional_and_checked() {
    let quiz = parse_ok(&with(|v| {
        v["dimensions"][0]["prompts"] = json!({
            "split": ["Why do we differ?", "What does each of us do?"],
            "high": ["How do we keep it?"]
        });
    }));
    let prompts = &quiz.dimensions[0].prompts;
    assert_eq!(
        prompts.split,
        ["Why do we differ?", "What does each of us do?"]
    );
    assert!(prompts.low.is_empty());
    assert_eq!(prompts.of(Situation::High), ["How do we keep it?"]);
    assert!(parse_ok(&with(|_| {})).dimensions[0].prompts.is_empty());

    let p = only_problem(&with(|v| {
        v["dimensions"][0]["prompts"] = json!({ "splt": ["A?"] })
    }));
    assert_eq!(p.path, "$.dimensions[0].prompts.splt");
    assert_eq!(p.kind, ProblemKind::UnknownField("splt".into()));
    let p = only_problem(&with(|v| {
        v["dimensions"][0]["prompts"] = json!({ "low": ["1", "2", "3", "4", "5", "6"] })
    }));
    assert_eq!(p.path, "$.dimensions[0].prompts.low");
    assert!(p.to_string().contains("6 discussion prompts"), "{p}");
    let p = only_problem(&with(|v| v["dimensions"][0]["prompts"] = json!(["A?"])));
    assert_eq!(p.path, "$.dimensions[0].prompts");
    let p = only_problem(&with(|v| {
        v["dimensions"][0]["prompts"] = json!({ "high": [""] })
    }));
    assert_eq!(p.path, "$.dimensions[0].prompts.high[0]");
}

#[test]
fn ids_have_one_namespace_per_list() {
    parse_ok(&with(|v| {
        v["patterns"][0]["id"] = json!("listening");
        v["reflections"][0]["id"] = json!("l1");
        v["questions"][2]["id"] = json!("dickey");
    }));
}

// ---------------------------------------------------------------------------
// One test per rule of the table "Every validation rule"
// ---------------------------------------------------------------------------

/// The minimal example padded with trailing spaces to exactly `size` bytes.
fn padded_to(size: usize) -> Vec<u8> {
    let mut bytes = minimal_json().as_bytes().to_vec();
    assert!(bytes.len() < size);
    bytes.resize(size, b' ');
    bytes
}

#[test]
fn file_larger_than_256_kb_is_refused() {
    let p = only_problem(&padded_to(300 * 1024));
    assert_eq!(p.path, "$");
    assert_eq!(p.kind, ProblemKind::TooLarge { bytes: 300 * 1024 });
    assert_eq!(p.to_string(), "$: the file is 300 KB; the limit is 256 KB");

    // One byte over is still over, and the message rounds up so it never
    // claims a refused file is within the limit.
    let p = only_problem(&padded_to(256 * 1024 + 1));
    assert_eq!(
        p.kind,
        ProblemKind::TooLarge {
            bytes: 256 * 1024 + 1
        }
    );
    assert_eq!(p.to_string(), "$: the file is 257 KB; the limit is 256 KB");

    // Exactly the limit is fine.
    parse_ok(&padded_to(256 * 1024));
}

fn not_json(bytes: &[u8]) -> (usize, usize, String) {
    let p = only_problem(bytes);
    assert_eq!(p.path, "$");
    match p.kind {
        ProblemKind::NotJson {
            line,
            column,
            reason,
            ..
        } => (line, column, reason),
        other => panic!("expected NotJson, got {other:?}"),
    }
}

#[test]
fn malformed_json_reports_line_and_column() {
    // The minimal example with the comma after "id" removed: line 4 is
    // `  "version": "1",` and its opening quote, column 3, is where a ',' was due.
    let text = minimal_json().replacen("\"listening-check\",", "\"listening-check\"", 1);
    assert_eq!(text.lines().nth(3), Some("  \"version\": \"1\","));
    let (line, column, reason) = not_json(text.as_bytes());
    assert_eq!((line, column), (4, 3));
    assert_eq!(reason, "expected ',' or '}'");
    assert_eq!(
        only_problem(text.as_bytes()).to_string(),
        "$: not valid JSON at line 4, column 3: expected ',' or '}'"
    );

    // Trailing junk after a complete value.
    let (line, column, _) = not_json(b"{}\n\n  x");
    assert_eq!((line, column), (3, 3));

    // A file that ends too soon.
    let (line, _, reason) = not_json(b"{\n  \"schema\": 1,\n");
    assert_eq!(line, 3);
    assert_eq!(reason, "unexpected end of the file");
}

#[test]
fn malformed_json_columns_count_characters_not_bytes() {
    // Line 2: `  "title": "Don’t “panic”" "x"`. Counting characters, the
    // second string's quote is column 28; ’ “ ” are three bytes each, so
    // counting bytes would say column 34.
    let text = "{\n  \"title\": \"Don’t “panic”\" \"x\"\n}";
    let (line, column, _) = not_json(text.as_bytes());
    assert_eq!((line, column), (2, 28));

    // The same in the built-in quiz, whose texts are full of curly quotes:
    // break the line of q2 just after its text.
    let broken = BUILTIN_QUIZ_JSON.replacen(
        "without saying so.\", \"reverse\"",
        "without saying so.\" \"reverse\"",
        1,
    );
    assert_ne!(broken, BUILTIN_QUIZ_JSON);
    let (row, line_text) = broken
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("\"id\": \"q2\""))
        .expect("q2 is on one line");
    let expected_column = line_text.find("so.\" \"reverse\"").unwrap() + "so.\" ".len();
    // `find` gives a byte offset; turn it into a 1-based character column.
    let expected_column = line_text[..expected_column].chars().count() + 1;
    let (line, column, _) = not_json(broken.as_bytes());
    assert_eq!((line, column), (row + 1, expected_column));
}

#[test]
fn non_utf8_bytes_are_refused_as_not_json() {
    // Latin-1 "café" inside a string.
    let (line, _, reason) = not_json(b"{\n  \"title\": \"caf\xe9\"\n}");
    assert_eq!(line, 2);
    assert!(!reason.is_empty());

    // A stray byte where a value should start.
    let (line, column, _) = not_json(b"\xff{}");
    assert_eq!((line, column), (1, 1));

    // Invalid bytes anywhere in an otherwise valid quiz.
    let mut bytes = minimal_json().as_bytes().to_vec();
    let at = minimal_json().find("Never").unwrap();
    bytes[at] = 0xc3; // a lead byte followed by ASCII: not UTF-8
    let (line, _, _) = not_json(&bytes);
    assert_eq!(line, 10);

    // A UTF-16 file is not UTF-8 either.
    let utf16: Vec<u8> = minimal_json()
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    not_json(&utf16);
}

#[test]
fn top_level_must_be_an_object() {
    for file in ["[]", "1", "\"quiz\"", "null", "true", "[{\"schema\": 1}]"] {
        let p = only_problem(file.as_bytes());
        assert_eq!(p.path, "$", "{file}");
        assert_eq!(p.kind, ProblemKind::NotAnObject, "{file}");
        assert_eq!(p.to_string(), "$: expected an object");
    }
}

#[test]
fn unsupported_schema_is_the_only_problem_reported() {
    // Other things are wrong too, but a different schema may mean different
    // fields, so only the schema is reported.
    let p = only_problem(&with(|v| {
        v["schema"] = json!(2);
        v["title"] = json!("");
        v["wieght"] = json!(1);
        v["questions"][0]["weight"] = json!(0);
        remove(v, "/patterns");
    }));
    assert_eq!(p.path, "$.schema");
    assert_eq!(p.kind, ProblemKind::UnsupportedSchema { found: "2".into() });
    assert_eq!(
        p.to_string(),
        "$.schema: this app reads schema 1; this file says 2"
    );

    for (schema, found) in [
        (json!("1"), "\"1\""),
        (json!(0), "0"),
        (json!(1.5), "1.5"),
        (json!(null), "null"),
    ] {
        let p = only_problem(&with(|v| v["schema"] = schema.clone()));
        assert_eq!(p.path, "$.schema");
        assert_eq!(
            p.kind,
            ProblemKind::UnsupportedSchema {
                found: found.into()
            },
            "{schema}"
        );
    }
}

#[test]
fn missing_schema_is_reported() {
    let p = only_problem(&with(|v| {
        remove(v, "/schema");
    }));
    assert_eq!(p.path, "$");
    assert_eq!(p.kind, ProblemKind::Missing("schema"));
    assert_eq!(p.to_string(), "$: missing field \"schema\"");
}

#[test]
fn missing_required_field_is_reported_at_its_object() {
    let p = only_problem(&with(|v| {
        remove(v, "/questions/2/text");
    }));
    assert_eq!(p.path, "$.questions[2]");
    assert_eq!(p.kind, ProblemKind::Missing("text"));
    assert_eq!(p.to_string(), "$.questions[2]: missing field \"text\"");

    // Every required field, everywhere. Fields whose absence also breaks
    // references (ids, sources) report more than one problem, the missing
    // field first.
    let required = [
        ("/id", true),
        ("/version", true),
        ("/title", true),
        ("/intro", true),
        ("/minutes", true),
        ("/language", true),
        ("/scale", true),
        ("/sources", false),
        ("/dimensions", false),
        ("/questions", false),
        ("/patterns", true),
        ("/reflections", true),
        ("/scale/labels", true),
        ("/sources/0/id", false),
        ("/sources/0/title", true),
        ("/sources/0/author", true),
        ("/dimensions/0/id", false),
        ("/dimensions/0/name", true),
        ("/dimensions/0/description", true),
        ("/dimensions/0/bands", true),
        ("/dimensions/0/bands/1/min", true),
        ("/dimensions/0/bands/1/max", true),
        ("/dimensions/0/bands/1/headline", true),
        ("/dimensions/0/bands/1/advice", true),
        ("/dimensions/0/bands/1/advice/0/text", true),
        ("/dimensions/0/bands/1/advice/0/sources", true),
        ("/questions/2/id", true),
        ("/questions/2/dimension", true),
        ("/questions/2/sources", true),
        ("/patterns/0/id", true),
        ("/patterns/0/name", true),
        ("/patterns/0/when", true),
        ("/patterns/0/summary", true),
        ("/patterns/0/try_first", true),
        ("/patterns/0/sources", true),
        ("/patterns/0/when/0/dimension", true),
        ("/reflections/0/id", true),
        ("/reflections/0/prompt", true),
        ("/reflections/0/questions", true),
    ];
    for (pointer, alone) in required {
        let bytes = with(|v| {
            remove(v, pointer);
        });
        let (parent, field) = pointer.rsplit_once('/').unwrap();
        let found = problems(&bytes);
        let first = &found[0];
        assert_eq!(
            first.path,
            path_of(parent),
            "removing {pointer}:\n{}",
            listing(&found)
        );
        assert!(
            matches!(first.kind, ProblemKind::Missing(f) if f == field),
            "removing {pointer}:\n{}",
            listing(&found)
        );
        if alone {
            assert_eq!(found.len(), 1, "removing {pointer}:\n{}", listing(&found));
        }
    }
}

#[test]
fn unknown_field_is_reported_where_it_is() {
    let p = only_problem(&with(|v| v["questions"][2]["wieght"] = json!(2)));
    assert_eq!(p.path, "$.questions[2].wieght");
    assert_eq!(p.kind, ProblemKind::UnknownField("wieght".into()));
    assert_eq!(
        p.to_string(),
        "$.questions[2].wieght: unknown field \"wieght\""
    );

    for object in [
        "",
        "/scale",
        "/sources/0",
        "/dimensions/0",
        "/dimensions/0/bands/0",
        "/dimensions/0/bands/0/advice/0",
        "/questions/0",
        "/patterns/0",
        "/patterns/0/when/0",
        "/reflections/0",
    ] {
        let p = only_problem(&with(|v| {
            at(v, object)
                .as_object_mut()
                .unwrap()
                .insert("notes".into(), json!("x"));
        }));
        assert_eq!(p.path, format!("{}.notes", path_of(object)));
        assert_eq!(p.kind, ProblemKind::UnknownField("notes".into()));
    }
}

#[test]
fn value_of_the_wrong_type_is_reported() {
    let p = only_problem(&with(|v| v["minutes"] = json!("5")));
    assert_eq!(p.path, "$.minutes");
    assert_eq!(p.kind, ProblemKind::WrongType(Expected::WholeNumber));
    assert_eq!(p.to_string(), "$.minutes: expected a whole number");

    let cases: [(&str, Value, Expected); 13] = [
        ("/minutes", json!(2.5), Expected::WholeNumber),
        ("/minutes", json!(null), Expected::WholeNumber),
        ("/title", json!(5), Expected::Text),
        ("/title", json!(["a"]), Expected::Text),
        ("/id", json!(5), Expected::Id),
        ("/language", json!(5), Expected::LanguageTag),
        ("/version", json!(1), Expected::Text),
        ("/questions/1/reverse", json!("yes"), Expected::Bool),
        ("/questions/2/weight", json!("2"), Expected::Number),
        ("/sources/0/date", json!(2010), Expected::Date),
        (
            "/dimensions/0/bands/0/max",
            json!("49"),
            Expected::WholeNumber,
        ),
        ("/patterns/0/when/0/below", json!("50"), Expected::Number),
        ("/scale/labels/2", json!(3), Expected::Text),
    ];
    for (pointer, value, expected) in cases {
        let p = only_problem(&with(|v| set(v, pointer, value.clone())));
        assert_eq!(p.path, path_of(pointer), "{pointer} = {value}");
        assert_eq!(
            p.kind,
            ProblemKind::WrongType(expected),
            "{pointer} = {value}"
        );
    }
}

#[test]
fn list_or_object_of_the_wrong_shape_is_reported() {
    for (pointer, value) in [
        ("/scale/labels", json!("Never")),
        ("/reflections/0/questions", json!("l1")),
        ("/questions/2/sources", json!("dickey")),
        (
            "/patterns/0/when",
            json!({ "dimension": "listening", "below": 50 }),
        ),
        ("/dimensions/0/bands/0/advice", json!({})),
        ("/reflections", json!({})),
    ] {
        let p = only_problem(&with(|v| set(v, pointer, value.clone())));
        assert_eq!(p.path, path_of(pointer), "{pointer}");
        assert_eq!(p.kind, ProblemKind::NotAnArray, "{pointer}");
        assert_eq!(
            p.to_string(),
            format!("{}: expected a list", path_of(pointer))
        );
    }
    for (pointer, value) in [
        ("/scale", json!([])),
        ("/questions/2", json!("l3")),
        ("/dimensions/0/bands/0/advice/0", json!("Listen.")),
        ("/patterns/0/when/0", json!(["listening", 50])),
        ("/reflections/0", json!(null)),
    ] {
        let p = only_problem(&with(|v| set(v, pointer, value.clone())));
        assert_eq!(p.path, path_of(pointer), "{pointer}");
        assert_eq!(p.kind, ProblemKind::NotAnObject, "{pointer}");
    }
    // A whole section of the wrong shape: that problem first; the sections
    // that refer into it cannot resolve their references.
    let found = problems(&with(|v| v["questions"] = json!({})));
    assert_eq!(found[0].path, "$.questions");
    assert_eq!(found[0].kind, ProblemKind::NotAnArray);
}

fn out_of_range(pointer: &str, value: Value) -> Problem {
    let p = only_problem(&with(|v| set(v, pointer, value.clone())));
    assert_eq!(p.path, path_of(pointer), "{pointer} = {value}");
    assert!(
        matches!(p.kind, ProblemKind::OutOfRange(_)),
        "{pointer} = {value}: {p}"
    );
    p
}

#[test]
fn weight_must_be_more_than_0_and_at_most_10() {
    let p = out_of_range("/questions/0/weight", json!(0));
    assert_eq!(
        p.to_string(),
        "$.questions[0].weight: must be more than 0 and at most 10"
    );
    for weight in [
        json!(-1),
        json!(-0.5),
        json!(10.000001),
        json!(11),
        json!(1e22),
    ] {
        out_of_range("/questions/0/weight", weight);
    }
    // Beyond 15 significant digits or 10^±22 a number is not read at all: the
    // format's numbers are small, and this keeps float parsing out of the app.
    let (_, _, reason) = not_json(br#"{"schema": 1, "minutes": 1e300}"#);
    assert!(reason.contains("15 significant digits"), "{reason}");
    for weight in [json!(0.01), json!(1), json!(2.5), json!(10), json!(10.0)] {
        parse_ok(&with(|v| v["questions"][0]["weight"] = weight.clone()));
    }
}

#[test]
fn minutes_must_be_1_to_120() {
    let p = out_of_range("/minutes", json!(0));
    assert_eq!(
        p.to_string(),
        "$.minutes: must be a whole number from 1 to 120"
    );
    // A negative or huge whole number is a number out of range, not a value
    // of the wrong type.
    for minutes in [json!(121), json!(-5), json!(1e20), json!(4_000_000_000u64)] {
        out_of_range("/minutes", minutes);
    }
    for minutes in [json!(1), json!(120), json!(30.0)] {
        let quiz = parse_ok(&with(|v| v["minutes"] = minutes.clone()));
        assert_eq!(f64::from(quiz.minutes), minutes.as_f64().unwrap());
    }
}

#[test]
fn band_bounds_must_be_0_to_100() {
    let p = out_of_range("/dimensions/0/bands/1/max", json!(101));
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[1].max: must be a whole number from 0 to 100"
    );
    out_of_range("/dimensions/0/bands/1/max", json!(255));
    out_of_range("/dimensions/0/bands/1/max", json!(256));
    out_of_range("/dimensions/0/bands/0/min", json!(-1));
}

#[test]
fn condition_threshold_must_be_0_to_100() {
    let p = out_of_range("/patterns/0/when/0/below", json!(101));
    assert_eq!(
        p.to_string(),
        "$.patterns[0].when[0].below: must be a number from 0 to 100"
    );
    out_of_range("/patterns/0/when/0/below", json!(-1));
    out_of_range("/patterns/0/when/0/below", json!(100.5));
    for threshold in [json!(0), json!(100), json!(49.5)] {
        parse_ok(&with(|v| {
            v["patterns"][0]["when"][0]["below"] = threshold.clone()
        }));
    }
    let p = only_problem(&with(|v| {
        v["patterns"][0]["when"][0] = json!({ "dimension": "listening", "at_least": 150 });
    }));
    assert_eq!(p.path, "$.patterns[0].when[0].at_least");
    assert!(matches!(p.kind, ProblemKind::OutOfRange(_)));
}

#[test]
fn version_is_1_to_20_characters() {
    let p = out_of_range("/version", json!("v".repeat(21)));
    assert_eq!(p.to_string(), "$.version: must be at most 20 characters");
    // Counted in characters: twenty 3-byte characters are fine.
    parse_ok(&with(|v| v["version"] = json!("v".repeat(20))));
    parse_ok(&with(|v| v["version"] = json!("€".repeat(20))));
    let p = only_problem(&with(|v| v["version"] = json!("")));
    assert_eq!(p.kind, ProblemKind::EmptyText);
}

#[test]
fn text_must_not_be_empty_or_only_whitespace() {
    let p = only_problem(&with(|v| v["title"] = json!("")));
    assert_eq!(p.path, "$.title");
    assert_eq!(p.kind, ProblemKind::EmptyText);
    assert_eq!(p.to_string(), "$.title: must not be empty");

    for blank in [" ", "   \n\t ", "\u{a0}\u{2003}"] {
        let p = only_problem(&with(|v| v["title"] = json!(blank)));
        assert_eq!(
            (p.path.as_str(), p.kind),
            ("$.title", ProblemKind::EmptyText),
            "{blank:?}"
        );
    }
    for pointer in [
        "/intro",
        "/scale/labels/2",
        "/scale/not_sure",
        "/sources/0/author",
        "/dimensions/0/description",
        "/dimensions/0/bands/0/headline",
        "/dimensions/0/bands/1/advice/0/text",
        "/questions/0/text",
        "/patterns/1/summary",
        "/patterns/1/try_first",
        "/reflections/0/prompt",
    ] {
        let p = only_problem(&with(|v| set(v, pointer, json!(" "))));
        assert_eq!(p.path, path_of(pointer));
        assert_eq!(p.kind, ProblemKind::EmptyText, "{pointer}");
    }
}

#[test]
fn text_may_have_1000_characters_not_more() {
    // Counted in characters, not bytes: "é" is 2 bytes, "😀" is 4.
    parse_ok(&with(|v| v["intro"] = json!("é".repeat(1000))));
    parse_ok(&with(|v| v["intro"] = json!("😀".repeat(1000))));
    parse_ok(&with(|v| {
        v["questions"][0]["text"] = json!("a".repeat(1000))
    }));

    let p = only_problem(&with(|v| v["intro"] = json!("é".repeat(1001))));
    assert_eq!(p.path, "$.intro");
    assert_eq!(p.kind, ProblemKind::TextTooLong { chars: 1001 });
    assert_eq!(p.to_string(), "$.intro: 1001 characters; the limit is 1000");

    let p = only_problem(&with(|v| v["intro"] = json!("x".repeat(1204))));
    assert_eq!(p.to_string(), "$.intro: 1204 characters; the limit is 1000");

    let p = only_problem(&with(|v| {
        v["questions"][0]["text"] = json!("😀".repeat(1001))
    }));
    assert_eq!(p.path, "$.questions[0].text");
    assert_eq!(p.kind, ProblemKind::TextTooLong { chars: 1001 });
}

#[test]
fn malformed_id_is_reported() {
    let p = only_problem(&with(|v| v["questions"][2]["id"] = json!("Q 1")));
    assert_eq!(p.path, "$.questions[2].id");
    assert_eq!(p.kind, ProblemKind::BadId("Q 1".into()));
    assert!(
        p.to_string()
            .starts_with("$.questions[2].id: \"Q 1\" is not a valid id (use "),
        "{p}"
    );

    let long = "a".repeat(41);
    let shortened = format!("{}…", "a".repeat(40));
    for (id, echoed) in [
        ("", ""),
        ("-l3", "-l3"),
        ("L3", "L3"),
        ("l_3", "l_3"),
        ("l 3", "l 3"),
        ("lé", "lé"),
        ("l3\n", "l3\n"),
        (long.as_str(), shortened.as_str()),
    ] {
        for pointer in [
            "/id",
            "/questions/2/id",
            "/patterns/0/id",
            "/reflections/0/id",
        ] {
            let p = only_problem(&with(|v| set(v, pointer, json!(id))));
            assert_eq!(p.path, path_of(pointer), "{id:?}");
            assert_eq!(
                p.kind,
                ProblemKind::BadId(echoed.into()),
                "{id:?} at {pointer}"
            );
        }
    }
    // A reference is an id too.
    let p = only_problem(&with(|v| {
        v["questions"][2]["dimension"] = json!("Listening")
    }));
    assert_eq!(p.path, "$.questions[2].dimension");
    assert_eq!(p.kind, ProblemKind::BadId("Listening".into()));

    for id in ["1st", "a-", "a--b", "0", "z".repeat(40).as_str()] {
        parse_ok(&with(|v| v["questions"][2]["id"] = json!(id)));
    }
}

#[test]
fn duplicate_id_names_the_first_use() {
    let p = only_problem(&with(|v| v["questions"][2]["id"] = json!("l1")));
    assert_eq!(p.path, "$.questions[2].id");
    assert_eq!(
        p.kind,
        ProblemKind::DuplicateId {
            id: "l1".into(),
            first: "$.questions[0]".into()
        }
    );
    assert_eq!(
        p.to_string(),
        "$.questions[2].id: \"l1\" is already used by $.questions[0]"
    );

    let p = only_problem(&with(|v| v["patterns"][1]["id"] = json!("interrupter")));
    assert_eq!(
        p.to_string(),
        "$.patterns[1].id: \"interrupter\" is already used by $.patterns[0]"
    );

    let p = only_problem(&with(|v| {
        let copy = v["sources"][0].clone();
        v["sources"].as_array_mut().unwrap().push(copy);
    }));
    assert_eq!(
        p.to_string(),
        "$.sources[1].id: \"dickey\" is already used by $.sources[0]"
    );

    let p = only_problem(&with(|v| {
        let copy = v["dimensions"][0].clone();
        v["dimensions"].as_array_mut().unwrap().push(copy);
    }));
    assert_eq!(
        p.to_string(),
        "$.dimensions[1].id: \"listening\" is already used by $.dimensions[0]"
    );

    // Both repeats name the first use, not each other.
    let found = problems(&with(|v| {
        let copy = v["reflections"][0].clone();
        v["reflections"].as_array_mut().unwrap().push(copy.clone());
        v["reflections"].as_array_mut().unwrap().push(copy);
    }));
    assert_eq!(
        found.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "$.reflections[1].id: \"last-complaint\" is already used by $.reflections[0]",
            "$.reflections[2].id: \"last-complaint\" is already used by $.reflections[0]",
        ]
    );
}

/// The minimal example with `n` copies of question l1 (ids q0, q1, …).
fn with_questions(n: usize) -> Vec<u8> {
    with(|v| {
        let template = v["questions"][0].clone();
        let questions: Vec<Value> = (0..n)
            .map(|i| {
                let mut q = template.clone();
                q["id"] = json!(format!("q{i}"));
                q
            })
            .collect();
        v["questions"] = json!(questions);
        v["reflections"][0]["questions"] = json!(["q0", "q1"]);
    })
}

/// The minimal example with `n` dimensions (ids d0, d1, …), one question each.
fn with_dimensions(n: usize) -> Vec<u8> {
    with(|v| {
        let dimension = v["dimensions"][0].clone();
        let question = v["questions"][0].clone();
        let mut dimensions = Vec::new();
        let mut questions = Vec::new();
        for i in 0..n {
            let mut d = dimension.clone();
            d["id"] = json!(format!("d{i}"));
            dimensions.push(d);
            let mut q = question.clone();
            q["id"] = json!(format!("q{i}"));
            q["dimension"] = json!(format!("d{i}"));
            questions.push(q);
        }
        v["dimensions"] = json!(dimensions);
        v["questions"] = json!(questions);
        v["patterns"][0]["when"][0]["dimension"] = json!("d0");
        v["reflections"] = json!([]);
    })
}

#[test]
fn too_many_items_in_a_list() {
    let p = only_problem(&with_questions(201));
    assert_eq!(p.path, "$.questions");
    assert_eq!(
        p.kind,
        ProblemKind::TooMany {
            count: 201,
            limit: 200,
            noun: Noun::Questions
        }
    );
    assert_eq!(
        p.to_string(),
        "$.questions: 201 questions; the limit is 200"
    );
    assert_eq!(parse_ok(&with_questions(200)).questions.len(), 200);

    let p = only_problem(&with_dimensions(21));
    assert_eq!(p.path, "$.dimensions");
    assert_eq!(
        p.kind,
        ProblemKind::TooMany {
            count: 21,
            limit: 20,
            noun: Noun::Dimensions
        }
    );
    assert_eq!(
        p.to_string(),
        "$.dimensions: 21 dimensions; the limit is 20"
    );
    assert_eq!(parse_ok(&with_dimensions(20)).dimensions.len(), 20);

    let p = only_problem(&with(|v| {
        v["questions"][0]["sources"] = json!(vec!["dickey"; 11])
    }));
    assert_eq!(
        p.to_string(),
        "$.questions[0].sources: 11 references; the limit is 10"
    );

    // Eleven bands that still cover 0–100: 0–9, 10–19, …, 90–99, 100–100.
    let mut eleven: Vec<(i64, i64)> = (0..10).map(|i| (i * 10, i * 10 + 9)).collect();
    eleven.push((100, 100));
    let p = only_problem(&with(|v| set_bands(v, &eleven)));
    assert_eq!(p.path, "$.dimensions[0].bands");
    assert_eq!(
        p.kind,
        ProblemKind::TooMany {
            count: 11,
            limit: 10,
            noun: Noun::Bands
        }
    );
}

#[test]
fn too_few_items_in_a_list() {
    // No sources: reported first; every reference to the missing source follows.
    let found = problems(&with(|v| v["sources"] = json!([])));
    assert_eq!(found[0].path, "$.sources");
    assert_eq!(
        found[0].kind,
        ProblemKind::TooFew {
            count: 0,
            min: 1,
            noun: Noun::Sources
        }
    );
    assert_eq!(
        found[0].to_string(),
        "$.sources: 0 sources; at least 1 needed"
    );
    for p in &found[1..] {
        assert_eq!(
            p.kind,
            ProblemKind::UnknownReference {
                kind: RefKind::Source,
                id: "dickey".into()
            },
            "{p}"
        );
    }

    let p = only_problem(&with(|v| v["questions"][0]["sources"] = json!([])));
    assert_eq!(
        p.to_string(),
        "$.questions[0].sources: 0 references; at least 1 needed"
    );

    let p = only_problem(&with(|v| {
        v["dimensions"][0]["bands"][0]["advice"] = json!([])
    }));
    assert_eq!(p.path, "$.dimensions[0].bands[0].advice");
    assert_eq!(
        p.kind,
        ProblemKind::TooFew {
            count: 0,
            min: 1,
            noun: Noun::AdviceItems
        }
    );

    let p = only_problem(&with(|v| v["reflections"][0]["questions"] = json!([])));
    assert_eq!(p.path, "$.reflections[0].questions");
    assert!(matches!(
        p.kind,
        ProblemKind::TooFew {
            count: 0,
            min: 1,
            ..
        }
    ));

    let found = problems(&with(|v| v["patterns"] = json!([])));
    assert_eq!(
        found[0].kind,
        ProblemKind::TooFew {
            count: 0,
            min: 1,
            noun: Noun::Patterns
        }
    );
}

#[test]
fn reference_to_nothing_is_reported() {
    let p = only_problem(&with(|v| {
        v["questions"][0]["dimension"] = json!("listenin")
    }));
    assert_eq!(p.path, "$.questions[0].dimension");
    assert_eq!(
        p.kind,
        ProblemKind::UnknownReference {
            kind: RefKind::Dimension,
            id: "listenin".into()
        }
    );
    assert_eq!(
        p.to_string(),
        "$.questions[0].dimension: no dimension has the id \"listenin\""
    );

    for (pointer, kind) in [
        ("/questions/0/sources/0", RefKind::Source),
        ("/dimensions/0/bands/1/advice/0/sources/0", RefKind::Source),
        ("/patterns/1/sources/0", RefKind::Source),
        ("/patterns/0/when/0/dimension", RefKind::Dimension),
        ("/reflections/0/questions/1", RefKind::Question),
    ] {
        let p = only_problem(&with(|v| set(v, pointer, json!("nothing"))));
        assert_eq!(p.path, path_of(pointer));
        assert_eq!(
            p.kind,
            ProblemKind::UnknownReference {
                kind,
                id: "nothing".into()
            },
            "{pointer}"
        );
    }
}

/// A second dimension, "empathy", that no question measures.
fn add_unmeasured_dimension(v: &mut Value) {
    let mut d = v["dimensions"][0].clone();
    d["id"] = json!("empathy");
    v["dimensions"].as_array_mut().unwrap().push(d);
}

#[test]
fn dimension_without_questions_is_reported() {
    let p = only_problem(&with(add_unmeasured_dimension));
    assert_eq!(p.path, "$.dimensions[1]");
    assert_eq!(p.kind, ProblemKind::UnmeasuredDimension);
    assert_eq!(
        p.to_string(),
        "$.dimensions[1]: no question measures this dimension"
    );

    // Still reported when questions have problems of their own…
    let found = problems(&with(|v| {
        add_unmeasured_dimension(v);
        v["questions"][2]["weight"] = json!(0);
    }));
    assert_eq!(paths(&found), ["$.questions[2].weight", "$.dimensions[1]"]);

    // …but not when a question's dimension could not be read: it may have
    // meant the one that looks unmeasured.
    let found = problems(&with(|v| {
        add_unmeasured_dimension(v);
        v["questions"][2]["dimension"] = json!("empathie");
    }));
    assert_eq!(paths(&found), ["$.questions[2].dimension"]);
}

fn set_bands(v: &mut Value, bounds: &[(i64, i64)]) {
    let template = v["dimensions"][0]["bands"][0].clone();
    let bands: Vec<Value> = bounds
        .iter()
        .map(|&(min, max)| {
            let mut b = template.clone();
            b["min"] = json!(min);
            b["max"] = json!(max);
            b
        })
        .collect();
    v["dimensions"][0]["bands"] = json!(bands);
}

#[test]
fn band_gap_is_reported() {
    let p = only_problem(&with(|v| v["dimensions"][0]["bands"][1]["min"] = json!(55)));
    assert_eq!(p.path, "$.dimensions[0].bands[1].min");
    assert_eq!(
        p.kind,
        ProblemKind::BandsNotContiguous {
            expected: 50,
            found: 55
        }
    );
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[1].min: expected 50 (one above the previous band's max), found 55"
    );
    let p = only_problem(&with(|v| set_bands(v, &[(0, 39), (40, 69), (71, 100)])));
    assert_eq!(p.path, "$.dimensions[0].bands[2].min");
    assert_eq!(
        p.kind,
        ProblemKind::BandsNotContiguous {
            expected: 70,
            found: 71
        }
    );
}

#[test]
fn band_overlap_is_reported() {
    let p = only_problem(&with(|v| v["dimensions"][0]["bands"][1]["min"] = json!(45)));
    assert_eq!(p.path, "$.dimensions[0].bands[1].min");
    assert_eq!(
        p.kind,
        ProblemKind::BandsNotContiguous {
            expected: 50,
            found: 45
        }
    );
    // Bands out of order overlap too.
    let p = only_problem(&with(|v| set_bands(v, &[(0, 39), (70, 100), (40, 69)])));
    assert_eq!(p.path, "$.dimensions[0].bands[1].min");
    assert_eq!(
        p.kind,
        ProblemKind::BandsNotContiguous {
            expected: 40,
            found: 70
        }
    );
    // A band after one that already ends at 100.
    let p = only_problem(&with(|v| set_bands(v, &[(0, 49), (50, 100), (100, 100)])));
    assert_eq!(p.path, "$.dimensions[0].bands[2].min");
    assert_eq!(
        p.kind,
        ProblemKind::BandsNotContiguous {
            expected: 101,
            found: 100
        }
    );
}

#[test]
fn bands_must_start_at_0() {
    let p = only_problem(&with(|v| v["dimensions"][0]["bands"][0]["min"] = json!(1)));
    assert_eq!(p.path, "$.dimensions[0].bands[0].min");
    assert_eq!(p.kind, ProblemKind::BandsDoNotStartAtZero);
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[0].min: the first band must start at 0"
    );
}

#[test]
fn bands_must_end_at_100() {
    let p = only_problem(&with(|v| v["dimensions"][0]["bands"][1]["max"] = json!(99)));
    assert_eq!(p.path, "$.dimensions[0].bands[1].max");
    assert_eq!(p.kind, ProblemKind::BandsDoNotEndAt100);
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[1].max: the last band must end at 100"
    );

    let p = only_problem(&with(|v| set_bands(v, &[(0, 39), (40, 69), (70, 99)])));
    assert_eq!(p.path, "$.dimensions[0].bands[2].max");
    assert_eq!(p.kind, ProblemKind::BandsDoNotEndAt100);

    // One band may cover everything.
    parse_ok(&with(|v| set_bands(v, &[(0, 100)])));
}

#[test]
fn band_min_above_max_is_reported() {
    let p = only_problem(&with(|v| set_bands(v, &[(50, 40), (41, 100)])));
    assert_eq!(p.path, "$.dimensions[0].bands[0]");
    assert_eq!(p.kind, ProblemKind::BandInverted { min: 50, max: 40 });
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[0]: min 50 is above max 40"
    );
    // Even one above: an empty band would otherwise slip through the tiling.
    let p = only_problem(&with(|v| set_bands(v, &[(0, 49), (50, 49), (50, 100)])));
    assert_eq!(p.path, "$.dimensions[0].bands[1]");
    assert_eq!(p.kind, ProblemKind::BandInverted { min: 50, max: 49 });
    // A one-point band is fine.
    parse_ok(&with(|v| set_bands(v, &[(0, 0), (1, 99), (100, 100)])));
}

#[test]
fn band_coverage_is_checked_even_when_a_band_has_other_problems() {
    let found = problems(&with(|v| {
        v["dimensions"][0]["bands"][0]["headline"] = json!("");
        v["dimensions"][0]["bands"][1]["min"] = json!(55);
    }));
    assert_eq!(
        paths(&found),
        [
            "$.dimensions[0].bands[0].headline",
            "$.dimensions[0].bands[1].min"
        ]
    );
}

#[test]
fn condition_needs_exactly_one_of_below_or_at_least() {
    let p = only_problem(&with(|v| {
        v["patterns"][0]["when"][0] = json!({ "dimension": "listening" })
    }));
    assert_eq!(p.path, "$.patterns[0].when[0]");
    assert_eq!(p.kind, ProblemKind::ConditionShape);
    assert_eq!(
        p.to_string(),
        "$.patterns[0].when[0]: give exactly one of \"below\" or \"at_least\""
    );

    let p = only_problem(&with(|v| {
        v["patterns"][0]["when"][0]["at_least"] = json!(10)
    }));
    assert_eq!(p.path, "$.patterns[0].when[0]");
    assert_eq!(p.kind, ProblemKind::ConditionShape);

    // at_least alone is fine.
    let quiz = parse_ok(&with(|v| {
        v["patterns"][0]["when"][0] = json!({ "dimension": "listening", "at_least": 80 });
    }));
    assert_eq!(quiz.patterns[0].when[0].threshold, Threshold::AtLeast(80.0));
}

#[test]
fn a_default_pattern_is_required() {
    let p = only_problem(&with(|v| {
        v["patterns"][1]["when"] = json!([{ "dimension": "listening", "at_least": 50 }]);
    }));
    assert_eq!(p.path, "$.patterns");
    assert_eq!(p.kind, ProblemKind::NoDefaultPattern);
    assert_eq!(
        p.to_string(),
        "$.patterns: no default style (one with an empty \"when\")"
    );

    // Also reported when the patterns have other problems.
    let found = problems(&with(|v| {
        v["patterns"][1]["when"] = json!([{ "dimension": "listening", "at_least": 50 }]);
        v["patterns"][0]["summary"] = json!("");
    }));
    assert_eq!(paths(&found), ["$.patterns[0].summary", "$.patterns"]);
}

#[test]
fn a_pattern_after_the_default_is_reported() {
    let p = only_problem(&with(|v| v["patterns"].as_array_mut().unwrap().swap(0, 1)));
    assert_eq!(p.path, "$.patterns[1]");
    assert_eq!(p.kind, ProblemKind::AfterDefaultPattern);
    assert_eq!(
        p.to_string(),
        "$.patterns[1]: comes after the default style, so it can never match"
    );

    // Two defaults: the second comes after the first.
    let p = only_problem(&with(|v| v["patterns"][0]["when"] = json!([])));
    assert_eq!(p.path, "$.patterns[1]");
    assert_eq!(p.kind, ProblemKind::AfterDefaultPattern);
}

#[test]
fn scale_needs_exactly_five_labels() {
    for (labels, found) in [
        (json!(["Never", "Rarely", "Often", "Always"]), 4),
        (
            json!([
                "Never",
                "Rarely",
                "Sometimes",
                "Often",
                "Always",
                "Constantly"
            ]),
            6,
        ),
        (json!([]), 0),
    ] {
        let p = only_problem(&with(|v| v["scale"]["labels"] = labels.clone()));
        assert_eq!(p.path, "$.scale.labels");
        assert_eq!(p.kind, ProblemKind::ScaleLabels { found });
        assert_eq!(
            p.to_string(),
            format!("$.scale.labels: expected exactly 5 labels, found {found}")
        );
    }
}

#[test]
fn source_date_must_be_a_real_yyyy_mm_dd_date() {
    let p = only_problem(&with(|v| v["sources"][0]["date"] = json!("2010-7-20")));
    assert_eq!(p.path, "$.sources[0].date");
    assert_eq!(p.kind, ProblemKind::BadDate("2010-7-20".into()));
    assert_eq!(
        p.to_string(),
        "$.sources[0].date: \"2010-7-20\" is not a date in the form YYYY-MM-DD"
    );

    for date in [
        "",
        "2010",
        "20100720",
        "2010/07/20",
        "2010-07-20T10:00",
        "10-07-2010",
        "2010-13-01",
        "2010-00-10",
        "2010-07-00",
        "2010-07-32",
        "2010-04-31",
        "2010-02-30",
        "2023-02-29",
        "1900-02-29",
        "２０１０-07-20",
        "2010-0７-20",
        "2010-07-2é",
    ] {
        let p = only_problem(&with(|v| v["sources"][0]["date"] = json!(date)));
        assert_eq!(p.path, "$.sources[0].date");
        assert_eq!(p.kind, ProblemKind::BadDate(date.into()), "{date:?}");
    }
    for date in [
        "2010-07-20",
        "2024-02-29",
        "2000-02-29",
        "1999-12-31",
        "2010-01-01",
    ] {
        parse_ok(&with(|v| v["sources"][0]["date"] = json!(date)));
    }
}

#[test]
fn language_must_be_a_language_tag() {
    let p = only_problem(&with(|v| v["language"] = json!("en_GB")));
    assert_eq!(p.path, "$.language");
    assert_eq!(p.kind, ProblemKind::BadLanguage("en_GB".into()));
    assert_eq!(
        p.to_string(),
        "$.language: \"en_GB\" is not a language tag such as en or en-GB"
    );

    let long = "a".repeat(36);
    for tag in ["", "-en", "en GB", "é", "en.GB", long.as_str()] {
        let p = only_problem(&with(|v| v["language"] = json!(tag)));
        assert_eq!(p.path, "$.language");
        assert!(
            matches!(p.kind, ProblemKind::BadLanguage(_)),
            "{tag:?}: {p}"
        );
    }
    for tag in ["en", "en-GB", "de", "zh-Hant-TW", "a".repeat(35).as_str()] {
        let quiz = parse_ok(&with(|v| v["language"] = json!(tag)));
        assert_eq!(quiz.language, tag);
    }
}

// ---------------------------------------------------------------------------
// Many problems at once
// ---------------------------------------------------------------------------

#[test]
fn every_problem_is_reported_in_order() {
    let found = problems(&with(|v| {
        v["minutes"] = json!(0); // top level
        v["sources"][0]["date"] = json!("2010-02-30"); // sources
        add_unmeasured_dimension(v); // dimensions
        v["dimensions"][0]["bands"][1]["min"] = json!(55);
        v["questions"][1]["wieght"] = json!(2); // questions
        v["questions"][2]["weight"] = json!(0);
        v["patterns"][0]["when"][0]["dimension"] = json!("listenin"); // patterns
        v["reflections"][0]["questions"] = json!([]); // reflections
    }));
    assert_eq!(
        paths(&found),
        [
            "$.minutes",
            "$.sources[0].date",
            "$.dimensions[0].bands[1].min",
            "$.questions[1].wieght",
            "$.questions[2].weight",
            "$.dimensions[1]",
            "$.patterns[0].when[0].dimension",
            "$.reflections[0].questions",
        ],
        "{}",
        listing(&found)
    );
    assert!(matches!(found[0].kind, ProblemKind::OutOfRange(_)));
    assert!(matches!(found[1].kind, ProblemKind::BadDate(_)));
    assert!(matches!(
        found[2].kind,
        ProblemKind::BandsNotContiguous { .. }
    ));
    assert!(matches!(found[3].kind, ProblemKind::UnknownField(_)));
    assert!(matches!(found[4].kind, ProblemKind::OutOfRange(_)));
    assert!(matches!(found[5].kind, ProblemKind::UnmeasuredDimension));
    assert!(matches!(
        found[6].kind,
        ProblemKind::UnknownReference { .. }
    ));
    assert!(matches!(found[7].kind, ProblemKind::TooFew { .. }));
}

#[test]
fn problems_in_the_builtin_quiz_are_all_reported() {
    let mut v = builtin_value();
    v["questions"][27]["dimension"] = json!("candour");
    v["questions"][3]["text"] = json!("   ");
    v["dimensions"][6]["bands"][2]["min"] = json!(71);
    v["patterns"][5]["when"][2] = json!({ "dimension": "integrity" });
    let found = problems(&to_bytes(&v));
    assert_eq!(
        found.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "$.dimensions[6].bands[2].min: expected 70 (one above the previous band's max), found 71",
            "$.questions[3].text: must not be empty",
            "$.questions[27].dimension: no dimension has the id \"candour\"",
            "$.patterns[5].when[2]: give exactly one of \"below\" or \"at_least\"",
        ]
    );
}

#[test]
fn parse_quiz_is_unaffected_by_formatting() {
    let compact = serde_json::to_vec(&builtin_value()).unwrap();
    let pretty = serde_json::to_vec_pretty(&builtin_value()).unwrap();
    assert_eq!(parse_ok(&compact), builtin_quiz());
    assert_eq!(parse_ok(&pretty), builtin_quiz());
    // Sanity: the error path is not taken for a valid file.
    assert!(parse_quiz(minimal_json().as_bytes()).is_ok());
}

// ---------------------------------------------------------------------------
// Size and speed
// ---------------------------------------------------------------------------

/// The minimal example with `n` unknown top-level fields `u00000`, `u00001`…
/// before its own, padded with spaces to `size` bytes.
fn with_unknown_fields(n: usize, size: usize) -> Vec<u8> {
    let fields: String = (0..n).map(|i| format!("\"u{i:05}\": 0, ")).collect();
    let mut bytes = minimal_json()
        .replacen('{', &format!("{{{fields}"), 1)
        .into_bytes();
    assert!(bytes.len() <= size, "{} bytes", bytes.len());
    bytes.resize(size, b' ');
    bytes
}

#[test]
fn thousands_of_unknown_fields_are_all_counted_in_linear_time() {
    // Regression: the old reader checked each key against every earlier one.
    let p = only_problem(&with_unknown_fields(18_800, 262 * 1024));
    assert!(matches!(p.kind, ProblemKind::TooLarge { .. }));

    let n = 18_700;
    let bytes = with_unknown_fields(n, 256 * 1024);
    let started = std::time::Instant::now();
    let found = problems(&bytes);
    let took = started.elapsed();
    // Issue 21: every one is found and counted; the first 50 are listed.
    use candor::core::validate::{total, MAX_LISTED};
    assert_eq!(total(&found), n);
    assert_eq!(found.len(), MAX_LISTED + 1);
    assert_eq!(
        found[MAX_LISTED].kind,
        ProblemKind::NotListed {
            count: n - MAX_LISTED
        }
    );
    for (i, p) in found[..MAX_LISTED].iter().enumerate() {
        let key = format!("u{i:05}");
        assert_eq!(p.path, format!("$.{key}"));
        assert_eq!(p.kind, ProblemKind::UnknownField(key));
    }
    // Linear time is a few milliseconds (tens unoptimised); quadratic was seconds.
    assert!(took < std::time::Duration::from_secs(1), "{took:?}");
}

#[test]
fn thousands_of_ids_are_checked_in_linear_time() {
    // Far more questions than allowed, each with only an id: duplicates and
    // references are looked up in a sorted map, not by scanning the list.
    let n = 14_000;
    let mut v = minimal();
    let questions: Vec<Value> = (0..n).map(|i| json!({ "id": format!("q{i}") })).collect();
    v["questions"] = json!(questions);
    v["reflections"][0]["questions"] = json!(["q0", format!("q{}", n - 1)]);
    let bytes = serde_json::to_vec(&v).unwrap();
    assert!(bytes.len() <= 256 * 1024, "{} bytes", bytes.len());
    let started = std::time::Instant::now();
    let found = problems(&bytes);
    let took = started.elapsed();
    assert_eq!(
        found[0].kind,
        ProblemKind::TooMany {
            count: n,
            limit: 200,
            noun: Noun::Questions
        }
    );
    assert!(took < std::time::Duration::from_secs(1), "{took:?}");
}

// ---------------------------------------------------------------------------
// Own advice and advice linked to questions
// ---------------------------------------------------------------------------

#[test]
fn advice_and_patterns_may_cite_no_source_but_questions_must() {
    // An empty list marks the author's own synthesis.
    let quiz = parse_ok(&with(|v| {
        v["dimensions"][0]["bands"][0]["advice"][0]["sources"] = json!([]);
        v["patterns"][1]["sources"] = json!([]);
    }));
    assert!(quiz.dimensions[0].bands[0].advice[0].sources.is_empty());
    assert!(quiz.patterns[1].sources.is_empty());

    // Leaving the field out is still a mistake, not a statement.
    let p = only_problem(&with(|v| {
        remove(v, "/dimensions/0/bands/0/advice/0/sources");
    }));
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[0].advice[0]: missing field \"sources\""
    );
    // A question measures something an article says: it needs a source.
    let p = only_problem(&with(|v| v["questions"][0]["sources"] = json!([])));
    assert_eq!(
        p.to_string(),
        "$.questions[0].sources: 0 references; at least 1 needed"
    );
}

#[test]
fn advice_names_questions_of_its_own_dimension() {
    let mut v = scoring_value();
    v["dimensions"][1]["bands"][0]["advice"][1]["questions"] = json!(["b4", "b2"]);
    let quiz = parse_value(&v);
    // b4 is question 8, b2 question 4; in the order given.
    assert_eq!(quiz.dimensions[1].bands[0].advice[1].questions, [8, 4]);
    assert!(quiz.dimensions[1].bands[0].advice[0].questions.is_empty());

    // Unknown ids, questions of another dimension and an empty list are
    // reported after the questions, each at its path.
    v["dimensions"][0]["bands"][2]["advice"][0]["questions"] = json!(["a1", "zz", "c2"]);
    v["dimensions"][2]["bands"][1]["advice"][1]["questions"] = json!([]);
    v["questions"][0]["text"] = json!("");
    let found = problems(&to_bytes(&v));
    assert_eq!(
        found.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "$.questions[0].text: must not be empty",
            "$.dimensions[0].bands[2].advice[0].questions[1]: no question has the id \"zz\"",
            "$.dimensions[2].bands[1].advice[1].questions: 0 references; at least 1 needed",
        ]
    );
    // The other dimension is reported once the ids resolve.
    let mut v = scoring_value();
    v["dimensions"][0]["bands"][2]["advice"][0]["questions"] = json!(["a1", "c2"]);
    let p = only_problem(&to_bytes(&v));
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[2].advice[0].questions[1]: question \"c2\" measures \"c\"; \
         advice can only name questions of its own dimension, \"a\""
    );
    let p = only_problem(&{
        let mut v = scoring_value();
        v["dimensions"][0]["bands"][0]["advice"][0]["questions"] = json!("a1");
        to_bytes(&v)
    });
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[0].advice[0].questions: expected a list"
    );
}

// ---------------------------------------------------------------------------
// The German built-in quiz
// ---------------------------------------------------------------------------

use candor::core::quiz::Quiz;

const GERMAN_JSON: &str = include_str!("../content/candor.de.quiz.json");

#[test]
fn german_quiz_is_a_translation_with_the_same_structure() {
    let en = builtin_quiz();
    let de = parse_ok(GERMAN_JSON.as_bytes());
    assert_eq!(de.language, "de");
    // Same structure and scoring, so the same fingerprint: a German and an
    // English result of the built-in quiz compare in one team.
    assert_eq!(
        candor::core::fingerprint::fingerprint(&de),
        candor::core::fingerprint::fingerprint(&en)
    );
    assert_eq!((de.id.as_str(), de.version.as_str()), ("candor", "3"));
    let ids = |q: &Quiz| {
        (
            q.questions
                .iter()
                .map(|x| {
                    (
                        x.id.clone(),
                        x.dimension,
                        x.reverse,
                        x.weight.to_bits(),
                        x.sources.clone(),
                    )
                })
                .collect::<Vec<_>>(),
            q.dimensions
                .iter()
                .map(|d| {
                    let bands: Vec<_> = d
                        .bands
                        .iter()
                        .map(|b| {
                            let advice: Vec<_> = b
                                .advice
                                .iter()
                                .map(|a| (a.sources.clone(), a.questions.clone()))
                                .collect();
                            (b.min, b.max, advice)
                        })
                        .collect();
                    (d.id.clone(), d.discussion.len(), bands)
                })
                .collect::<Vec<_>>(),
            q.patterns
                .iter()
                .map(|p| (p.id.clone(), p.when.clone(), p.sources.clone()))
                .collect::<Vec<_>>(),
            q.reflections
                .iter()
                .map(|r| (r.id.clone(), r.questions.clone()))
                .collect::<Vec<_>>(),
            q.sources
                .iter()
                .map(|s| (s.id.clone(), s.title.clone(), s.date.clone()))
                .collect::<Vec<_>>(),
        )
    };
    assert!(
        ids(&de) == ids(&en),
        "the German file differs from the English one in structure"
    );

    // Every text the reader sees is translated, not left in English.
    let texts = |q: &Quiz| -> Vec<String> {
        let mut out = vec![q.title.clone(), q.intro.clone()];
        out.extend(q.scale.labels.iter().cloned());
        out.extend(q.scale.not_sure.clone());
        for d in &q.dimensions {
            out.extend([d.name.clone(), d.description.clone()]);
            out.extend(d.discussion.iter().cloned());
            for b in &d.bands {
                out.push(b.headline.clone());
                out.extend(b.advice.iter().map(|a| a.text.clone()));
            }
        }
        out.extend(q.questions.iter().map(|x| x.text.clone()));
        for p in &q.patterns {
            out.extend([p.name.clone(), p.summary.clone(), p.try_first.clone()]);
        }
        out.extend(q.reflections.iter().map(|r| r.prompt.clone()));
        out
    };
    let (de_texts, en_texts) = (texts(&de), texts(&en));
    assert_eq!(de_texts.len(), en_texts.len());
    for (d, e) in de_texts.iter().zip(&en_texts) {
        assert_ne!(d, e, "left in English");
    }
    // One form of address throughout: "du", never "Sie"/"Ihr" addressing the reader.
    for t in &de_texts {
        for formal in [
            " Sie ", " Ihnen", " Ihr ", " Ihre", " Ihren", " Ihrem", " Ihrer",
        ] {
            assert!(!format!(" {t}").contains(formal), "formal address in {t:?}");
        }
        assert!(
            !t.contains('"') && !t.contains('“') || t.contains('„'),
            "German quotation marks in {t:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// The app's own words (`ui`)
// ---------------------------------------------------------------------------

use candor::core::catalogue::{Catalogue, ProblemTexts, Texts};
use candor::core::language::Lang;

/// The minimal example with these `ui` overrides.
fn with_ui(ui: Value) -> Vec<u8> {
    with(|v| v["ui"] = ui)
}

/// The minimal example with `ui` written as this text, so its fields keep
/// their order (a `Value` sorts them).
fn with_ui_text(ui: &str) -> Vec<u8> {
    let mut text = String::from_utf8(with(|v| v["title"] = json!(""))).unwrap();
    let end = text.rfind('}').unwrap();
    text.insert_str(end, &format!(",\n  \"ui\": {ui}\n"));
    text.into_bytes()
}

#[test]
fn ui_overrides_are_read_as_a_map_whatever_their_order() {
    let mut v = minimal();
    v["ui"] = json!({});
    let text = String::from_utf8(to_bytes(&v)).unwrap().replace(
        "\"ui\": {}",
        r#""ui": {
            "start": "Empezar",
            "resume_at": "Seguir en la pregunta {n} de {total}",
            "quiz_empty": "no puede estar vacío"
        }"#,
    );
    let quiz = parse_ok(text.as_bytes());
    assert_eq!(
        quiz.ui,
        // Sorted by key: a file's order means nothing, and the same file
        // reformatted (keys sorted, say) is the same quiz.
        [
            ("quiz_empty".to_string(), "no puede estar vacío".to_string()),
            (
                "resume_at".to_string(),
                "Seguir en la pregunta {n} de {total}".to_string()
            ),
            ("start".to_string(), "Empezar".to_string()),
        ]
    );
    assert!(parse_ok(minimal_json().as_bytes()).ui.is_empty());
    assert!(parse_ok(&with_ui(json!({}))).ui.is_empty());
}

#[test]
fn a_misspelt_ui_key_is_refused_with_the_nearest_key() {
    let found = problems(&with_ui_text(
        r#"{ "strat": "Empezar", "completely-different": "x", "back": "Atrás" }"#,
    ));
    assert_eq!(
        paths(&found),
        ["$.title", "$.ui.strat", "$.ui.completely-different"]
    );
    let found = &found[1..];
    assert_eq!(
        found[0].kind,
        ProblemKind::UnknownKey {
            key: "strat".into(),
            nearest: Some("start")
        }
    );
    assert_eq!(
        found[0].to_string(),
        "$.ui.strat: unknown key \"strat\"; did you mean \"start\"?"
    );
    assert_eq!(
        found[1].to_string(),
        "$.ui.completely-different: unknown key \"completely-different\""
    );
    // A key of the messages' catalogue is a key too, and so is a misspelling of one.
    let p = only_problem(&with_ui(json!({ "quiz_emptty": "vacío" })));
    assert_eq!(
        p.to_string(),
        "$.ui.quiz_emptty: unknown key \"quiz_emptty\"; did you mean \"quiz_empty\"?"
    );
    // A very long key is shortened in the path and the message, and costs
    // no more than a short one.
    let long = "x".repeat(100_000);
    let started = std::time::Instant::now();
    let p = only_problem(&with_ui(json!({ long: "x" })));
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    let short = format!("{}…", "x".repeat(40));
    assert_eq!(p.path, format!("$.ui.{short}"));
    assert_eq!(
        p.kind,
        ProblemKind::UnknownKey {
            key: short,
            nearest: None
        }
    );
}

#[test]
fn a_ui_text_must_use_the_placeholders_of_the_english_text() {
    let p = only_problem(&with_ui(
        json!({ "resume_at": "Seguir en la pregunta {n}" }),
    ));
    assert_eq!(p.path, "$.ui.resume_at");
    assert_eq!(
        p.kind,
        ProblemKind::Placeholders {
            missing: vec!["total".into()],
            extra: vec![]
        }
    );
    assert_eq!(
        p.to_string(),
        "$.ui.resume_at: the placeholder {total} is missing"
    );

    let p = only_problem(&with_ui(
        json!({ "resume_at": "Pregunta {numero} de {todas}" }),
    ));
    assert_eq!(
        p.to_string(),
        "$.ui.resume_at: the placeholders {n}, {total} are missing; \
         {numero}, {todas} are not placeholders of this text"
    );
    let p = only_problem(&with_ui(json!({ "start": "Empezar {n}" })));
    assert_eq!(
        p.to_string(),
        "$.ui.start: {n} is not a placeholder of this text"
    );
    // In German too.
    assert_eq!(
        p.message(ProblemTexts::of(Lang::De), Lang::De),
        "$.ui.start: {n} ist kein Platzhalter dieses Textes"
    );
    // Braces that are not a placeholder, and a placeholder used twice, are fine.
    parse_ok(&with_ui(json!({
        "start": "Empezar { ya }",
        "progress": "{n} de {total} ({n}/{total})",
    })));
}

#[test]
fn a_ui_text_is_plain_non_empty_and_at_most_600_characters() {
    let p = only_problem(&with_ui(json!({ "start": "é".repeat(601) })));
    assert_eq!(p.path, "$.ui.start");
    assert_eq!(p.kind, ProblemKind::UiTextTooLong { chars: 601 });
    assert_eq!(
        p.to_string(),
        "$.ui.start: 601 characters; the limit is 600"
    );
    parse_ok(&with_ui(json!({ "start": "é".repeat(600) })));

    for empty in ["", "   "] {
        let p = only_problem(&with_ui(json!({ "start": empty })));
        assert_eq!(p.to_string(), "$.ui.start: must not be empty");
    }
    for value in [
        json!(1),
        json!(null),
        json!(["Empezar"]),
        json!({"es": "Empezar"}),
    ] {
        let p = only_problem(&with_ui(json!({ "start": value.clone() })));
        assert_eq!(p.to_string(), "$.ui.start: expected text", "{value}");
    }
    for markup in [
        "<b>Empezar</b>",
        "Empezar</p>",
        "<!-- x -->",
        "Empezar&nbsp;ya",
        "&#8203;Empezar",
        "Empezar\nya",
        "Empezar\tya",
        "Empezar\u{202E}ya",
    ] {
        let p = only_problem(&with_ui(json!({ "start": markup })));
        assert_eq!(p.kind, ProblemKind::NotPlainText, "{markup:?}");
        assert_eq!(
            p.to_string(),
            "$.ui.start: must be plain text, without HTML tags and without control characters such as line breaks"
        );
    }
    parse_ok(&with_ui(json!({
        "start": "¡Empezar! 1 < 2 & 3 > 2; «ya» — R&D",
    })));
}

#[test]
fn ui_must_be_an_object_of_at_most_one_text_per_key() {
    for wrong in [json!([]), json!("es"), json!(null), json!(1)] {
        let p = only_problem(&with_ui(wrong.clone()));
        assert_eq!(p.to_string(), "$.ui: expected an object", "{wrong}");
    }
    let keys = candor::core::catalogue::all_keys().count();
    let mut many = serde_json::Map::new();
    for i in 0..=keys {
        many.insert(format!("k{i}"), json!("x"));
    }
    let found = problems(&with_ui(Value::Object(many)));
    assert_eq!(
        found[0].kind,
        ProblemKind::TooMany {
            count: keys + 1,
            limit: keys,
            noun: Noun::UiTexts
        }
    );
    assert_eq!(
        found[0].to_string(),
        format!("$.ui: {} texts; the limit is {keys}", keys + 1)
    );
    // Only the first `keys` entries are looked at (issue 21: and only the
    // first 50 problems listed).
    assert_eq!(candor::core::validate::total(&found), keys + 1);
}

#[test]
fn every_ui_problem_is_listed_after_the_rest_of_the_file() {
    let found = problems(&with_ui_text(
        r#"{ "strat": "x", "start": "", "back": "Atrás", "next": 5 }"#,
    ));
    assert_eq!(
        paths(&found),
        ["$.title", "$.ui.strat", "$.ui.start", "$.ui.next"]
    );
}

#[test]
fn ui_does_not_change_the_fingerprint() {
    use candor::core::fingerprint::fingerprint;
    let plain = parse_ok(minimal_json().as_bytes());
    let worded = parse_ok(&with_ui(json!({ "start": "Empezar", "back": "Atrás" })));
    assert_eq!(fingerprint(&worded), fingerprint(&plain));
}

#[test]
fn a_spanish_override_applies_over_english() {
    let quiz = parse_ok(&with(|v| {
        v["language"] = json!("es");
        v["ui"] = json!({
            "start": "Empezar",
            "resume_at": "Seguir en la pregunta {n} de {total}",
            "load_invalid_other": "El archivo tiene {n} problemas:",
        });
    }));
    // Candor has no Spanish: the page is in English, with the coach's words.
    assert_eq!(Lang::from_tag(&quiz.language), None);
    let texts = Texts::with_overrides(Lang::En, &quiz.ui);
    assert_eq!(texts.start(), "Empezar");
    assert_eq!(
        candor::core::catalogue::fill(texts.resume_at(), &[("n", &3), ("total", &28)]),
        "Seguir en la pregunta 3 de 28"
    );
    assert_eq!(
        texts.back(),
        Texts::of(Lang::En).back(),
        "the rest stays English"
    );
    let problems = ProblemTexts::with_overrides(Lang::En, &quiz.ui);
    assert_eq!(
        problems.load_invalid_other(),
        "El archivo tiene {n} problemas:"
    );
    assert_eq!(problems.load_invalid_one(), "The file has {n} problem:");
}

const SPANISH_JSON: &str = include_str!("fixtures/spanish.quiz.json");

#[test]
fn the_spanish_fixture_is_valid_and_words_every_key_of_the_reader_and_its_messages() {
    let quiz = parse_ok(SPANISH_JSON.as_bytes());
    assert_eq!(quiz.language, "es");
    let overridden: Vec<&str> = quiz.ui.iter().map(|(k, _)| k.as_str()).collect();
    for key in <Texts as Catalogue>::KEYS
        .iter()
        .chain(<ProblemTexts as Catalogue>::KEYS)
    {
        assert!(overridden.contains(key), "the Spanish fixture has no {key}");
    }
    let texts = Texts::with_overrides(Lang::En, &quiz.ui);
    let problems = ProblemTexts::with_overrides(Lang::En, &quiz.ui);
    // Every text with words is in Spanish (a separator such as "; " may stay).
    for key in <Texts as Catalogue>::KEYS {
        let english = Texts::of(Lang::En).get(key).unwrap();
        if english.chars().any(char::is_alphabetic) {
            assert_ne!(texts.get(key), Some(english), "{key} is left in English");
        }
    }
    for key in <ProblemTexts as Catalogue>::KEYS {
        assert_ne!(
            problems.get(key),
            ProblemTexts::of(Lang::En).get(key),
            "{key} is left in English"
        );
    }
    assert_eq!(texts.start(), "Empezar");
    // A problem said in the coach's Spanish.
    let p = only_problem(&with(|v| v["minutes"] = json!("5")));
    assert_eq!(
        p.message(problems, Lang::En),
        "$.minutes: se esperaba un número entero"
    );
}

// ---------------------------------------------------------------------------
// Messages a coach can act on (issue 14): the item counted from 1 with its
// id, what would help, and the JSON path last
// ---------------------------------------------------------------------------

fn explained(bytes: &[u8]) -> Vec<String> {
    use candor::core::catalogue::ProblemTexts;
    use candor::core::language::Lang;
    problems(bytes)
        .iter()
        .map(|p| p.explain(ProblemTexts::of(Lang::En), Lang::En))
        .collect()
}

#[test]
fn problems_name_the_item_from_1_with_its_id_and_keep_the_path_last() {
    let v = minimal();
    let second = v["questions"][1]["id"].as_str().unwrap().to_string();
    let found = explained(&with(|v| v["questions"][1]["weight"] = json!(0)));
    assert_eq!(
        found,
        [format!(
            "question 2 ({second}), weight: must be more than 0 and at most 10 ($.questions[1].weight)"
        )]
    );
    // An item without a valid id is still counted.
    let found = explained(&with(|v| v["questions"][1]["id"] = json!("Not An Id")));
    assert!(found[0].starts_with("question 2, id: "), "{found:?}");
    // Top-level fields are named as they are written; the file as a whole has no place.
    assert_eq!(
        explained(&with(|v| v["minutes"] = json!(-1)))[0],
        "minutes: must be a whole number from 1 to 120 ($.minutes)"
    );
    assert!(!explained(&vec![b' '; 300 * 1024])[0].contains("$"));
}

#[test]
fn a_misspelt_field_gets_the_nearest_known_one() {
    let found = explained(&with(|v| {
        v["questions"][0]["revrese"] = json!(true);
        v["questions"][0]["colour"] = json!("red");
    }));
    let one = |end: &str| found.iter().filter(|f| f.ends_with(end)).count() == 1;
    assert!(
        one("unknown field \"revrese\"; did you mean \"reverse\"? ($.questions[0].revrese)"),
        "{found:?}"
    );
    assert!(
        one("unknown field \"colour\" ($.questions[0].colour)"),
        "{found:?}"
    );
    // At the top level too.
    let found = explained(&with(|v| v["titel"] = json!("x")));
    assert_eq!(
        found,
        ["titel: unknown field \"titel\"; did you mean \"title\"? ($.titel)"]
    );
}

#[test]
fn a_bad_reference_lists_the_ids_there_are() {
    let v = minimal();
    let ids: Vec<&str> = v["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    let found = explained(&with(|v| v["questions"][0]["dimension"] = json!("nope")));
    assert!(
        found[0].contains(&format!(
            "no dimension has the id \"nope\"; the ids you can use: {} ($.questions[0].dimension)",
            ids.join(", ")
        )),
        "{found:?}"
    );
}

#[test]
fn a_number_in_quotes_is_told_to_lose_them() {
    let found = explained(&with(|v| v["questions"][0]["weight"] = json!("2")));
    assert!(
        found[0].ends_with("weight: expected a number; found the text \"2\": remove the quotes ($.questions[0].weight)"),
        "{found:?}"
    );
    let found = explained(&with(|v| v["minutes"] = json!(" 5 ")));
    assert!(
        found[0].contains("found the text \" 5 \": remove the quotes"),
        "{found:?}"
    );
    // Text that is no number gets no such advice.
    let found = explained(&with(|v| v["minutes"] = json!("five")));
    assert!(!found[0].contains("quotes"), "{found:?}");
}

#[test]
fn a_syntax_error_names_the_character_and_where_it_is() {
    let text = "{\n  \"schema\": 1,\n  \"questions\": [1, 2,]\n}\n";
    assert_eq!(
        explained(text.as_bytes()),
        ["not valid JSON: a comma before `]` on line 3; remove the comma"]
    );
    let text = "{\"schema\": 1 \"id\": \"x\"}";
    assert_eq!(
        explained(text.as_bytes()),
        ["not valid JSON: expected ',' or '}', but found `\"` on line 1, column 14"]
    );
    // At the end of the file there is no character to name: line and column only.
    let end = explained(b"{\"schema\": 1,");
    assert!(
        end[0].starts_with("not valid JSON at line 1, column "),
        "{end:?}"
    );
}

#[test]
fn explanations_are_in_the_reader_s_language() {
    use candor::core::catalogue::ProblemTexts;
    use candor::core::language::Lang;
    let p = only_problem(&with(|v| v["questions"][0]["weight"] = json!("2")));
    let de = p.explain(ProblemTexts::of(Lang::De), Lang::De);
    assert!(de.starts_with("Frage 1 ("), "{de}");
    assert!(de.contains("Entferne die Anführungszeichen"), "{de}");
    assert!(de.ends_with("($.questions[0].weight)"), "{de}");
}

// ---------------------------------------------------------------------------
// An archetype's own call to action (issue 14)
// ---------------------------------------------------------------------------

#[test]
fn an_archetype_may_have_its_own_call_to_action() {
    let quiz = parse_value(&{
        let mut v = minimal();
        v["patterns"][0]["cta"] =
            json!({ "label": "Book a call", "url": "https://coach.example/book?result={code}" });
        v
    });
    let cta = quiz.patterns[0]
        .cta
        .clone()
        .expect("the archetype's call to action");
    assert_eq!(cta.label.as_deref(), Some("Book a call"));
    assert_eq!(
        cta.address("ABC", "https://x.example/#r=ABC"),
        "https://coach.example/book?result=ABC"
    );
    assert_eq!(quiz.patterns.last().unwrap().cta, None, "optional");

    let mail = with(|v| {
        v["patterns"][0]["cta"] =
            json!({ "label": "Write to me", "url": "mailto:coach@example.org?body={link}" })
    });
    assert!(parse_quiz(&mail).is_ok());

    let bad = problems(&with(|v| {
        v["patterns"][0]["cta"] = json!({ "label": "x".repeat(41), "url": "javascript:alert(1)" })
    }));
    let listed = listing(&bad);
    assert!(
        listed.contains(
            "$.patterns[0].cta.label: 41 characters; a call-to-action label may have at most 40"
        ),
        "{listed}"
    );
    assert!(
        listed.contains(
            "$.patterns[0].cta.url: only http://, https:// and mailto: addresses are allowed"
        ),
        "{listed}"
    );
    let missing = problems(&with(|v| {
        v["patterns"][0]["cta"] = json!({ "url": "https://x.example" })
    }));
    assert_eq!(paths(&missing), ["$.patterns[0].cta"]);
}

#[test]
fn a_call_to_action_does_not_change_the_fingerprint() {
    use candor::core::fingerprint::fingerprint;
    let plain = parse_value(&minimal());
    let with_cta = parse_value(&{
        let mut v = minimal();
        v["patterns"][0]["cta"] = json!({ "label": "Book", "url": "https://coach.example/" });
        v
    });
    assert_eq!(fingerprint(&plain), fingerprint(&with_cta));
}

// ---------------------------------------------------------------------------
// A coach's quiz is the coach's (issue 14): brand, and topic-neutral defaults
// ---------------------------------------------------------------------------

#[test]
fn a_quiz_file_may_name_the_app_with_its_brand() {
    let quiz = parse_value(&{
        let mut v = minimal();
        v["brand"] = json!("  Acme Coaching ");
        v
    });
    assert_eq!(quiz.brand.as_deref(), Some("Acme Coaching"));
    assert_eq!(parse_value(&minimal()).brand, None, "optional");
    let long = problems(&with(|v| v["brand"] = json!("x".repeat(41))));
    assert_eq!(
        listing(&long).trim(),
        "$.brand: 41 characters; a brand may have at most 40"
    );
    let not_text = problems(&with(|v| v["brand"] = json!(7)));
    assert_eq!(paths(&not_text), ["$.brand"]);
}

#[test]
fn a_brand_replaces_candor_where_the_app_names_itself_but_not_in_its_credit() {
    use candor::core::catalogue::{Catalogue, Texts};
    use candor::core::language::Lang;
    let en = Texts::of(Lang::En).rebranded("Acme");
    assert_eq!(en.about_title(), "About Acme");
    assert!(en
        .privacy_text()
        .starts_with("Acme runs entirely in your browser."));
    assert_eq!(en.made_with(), "Made with Candor");
    assert_eq!(en.load_builtin(), "Take Candor’s own quiz instead");
    for key in <Texts as Catalogue>::KEYS {
        let text = en.get(key).unwrap();
        let keeps = ["made_with", "load_builtin", "own_candor"].contains(key);
        assert_eq!(text.contains("Candor"), keeps, "{key}: {text}");
    }
    let de = Texts::of(Lang::De).rebranded("Acme");
    assert_eq!(de.about_title(), "Über Acme");
}

#[test]
fn the_app_s_own_words_are_topic_neutral_and_the_built_in_quiz_brings_its_topic() {
    use candor::core::catalogue::{Catalogue, Texts};
    use candor::core::language::Lang;
    for lang in Lang::ALL {
        let t = Texts::of(lang);
        for text in [
            t.style_kicker(),
            t.shared_style(),
            t.whose_style(),
            t.about_intro(),
        ] {
            let lower = text.to_lowercase();
            assert!(
                !lower.contains("client") && !lower.contains("kunde"),
                "{text}"
            );
        }
    }
    let builtin = builtin_quiz();
    let topic = Texts::with_overrides(Lang::En, &builtin.ui);
    assert_eq!(topic.style_kicker(), "Your client-handling style");
    assert!(topic.about_intro().contains("clients who are wrong"));
}

// ---------------------------------------------------------------------------
// The field names the validator suggests are the ones serde reads
// ---------------------------------------------------------------------------

/// The field names a derived type `T` reads, asked of the type itself: its
/// `Deserialize` names them when it asks for a struct. Empty for types that
/// are not structs. For telling a misspelt field the nearest known one.
fn fields_of<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    struct Probe;
    /// Carries the field names out of `deserialize_struct`.
    #[derive(Debug)]
    struct Named(&'static [&'static str]);
    impl std::fmt::Display for Named {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("field names")
        }
    }
    impl std::error::Error for Named {}
    impl serde::de::Error for Named {
        fn custom<M: std::fmt::Display>(_: M) -> Named {
            Named(&[])
        }
    }
    impl<'de> serde::Deserializer<'de> for Probe {
        type Error = Named;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Named> {
            Err(Named(&[]))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Named> {
            Err(Named(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    match T::deserialize(Probe) {
        Err(Named(fields)) => fields,
        Ok(_) => &[],
    }
}

#[test]
fn every_file_type_lists_the_fields_serde_reads() {
    use candor::core::quiz_file::*;
    fn same<T: Fields + serde::de::DeserializeOwned>(name: &str) {
        assert_eq!(T::FIELDS, fields_of::<T>(), "{name}");
        assert!(!T::FIELDS.is_empty(), "{name}");
    }
    same::<QuizFile>("QuizFile");
    same::<ScaleFile>("ScaleFile");
    same::<SourceFile>("SourceFile");
    same::<DimensionFile>("DimensionFile");
    same::<BandFile>("BandFile");
    same::<AdviceFile>("AdviceFile");
    same::<QuestionFile>("QuestionFile");
    same::<PatternFile>("PatternFile");
    same::<CtaFile>("CtaFile");
    same::<ConditionFile>("ConditionFile");
    same::<ReflectionFile>("ReflectionFile");
}

// ---------------------------------------------------------------------------
// A missing `sources`, once per file (issue 20)
// ---------------------------------------------------------------------------

/// Leaving `sources` out gave one problem per item (21 for a coach's file)
/// and no hint of what to write: now the first item says it once, with a
/// fix to copy and every other item that lacks it.
#[test]
fn a_missing_sources_is_one_problem_for_the_file_saying_what_to_write_and_where() {
    let bytes = with(|v| {
        remove(v, "/questions/0/sources");
        remove(v, "/questions/2/sources");
        remove(v, "/dimensions/0/bands/1/advice/0/sources");
        remove(v, "/patterns/0/sources");
    });
    let found = problems(&bytes);
    assert_eq!(found.len(), 1, "{}", listing(&found));
    let p = &found[0];
    // Sections come in file order: the dimension's advice first.
    assert_eq!(p.path, "$.dimensions[0].bands[1].advice[0]");
    assert_eq!(p.kind, ProblemKind::Missing("sources"));
    assert_eq!(
        p.to_string(),
        "$.dimensions[0].bands[1].advice[0]: missing field \"sources\""
    );
    assert_eq!(p.fix().as_deref(), Some("\"sources\": [\"dickey\"]"));
    assert_eq!(
        explained(&bytes),
        [
            "dimension 1 (listening), bands[1].advice[0]: missing field \"sources\"; write \
          \"sources\": [\"dickey\"] with the ids of the sources it rests on, or \"sources\": [] \
          where it is your own (advice and styles; a question needs a source); the same is \
          missing in question 1 (l1), question 3 (l3), style 1 (interrupter) \
          ($.dimensions[0].bands[1].advice[0])"
        ]
    );
    use candor::core::catalogue::ProblemTexts;
    use candor::core::language::Lang;
    let de = p.explain(ProblemTexts::of(Lang::De), Lang::De);
    assert!(
        de.contains("das Feld „sources“ fehlt; schreib \"sources\": [\"dickey\"] mit den IDs")
            && de.contains("dasselbe fehlt bei Frage 1 (l1), Frage 3 (l3), Stil 1 (interrupter)"),
        "{de}"
    );
}

#[test]
fn the_built_in_quiz_without_any_credit_is_one_problem_naming_five_places_and_the_rest() {
    let mut v = builtin_value();
    let mut removed = 0;
    for q in v["questions"].as_array_mut().unwrap() {
        q.as_object_mut().unwrap().remove("sources");
        removed += 1;
    }
    for p in v["patterns"].as_array_mut().unwrap() {
        p.as_object_mut().unwrap().remove("sources");
        removed += 1;
    }
    let bytes = to_bytes(&v);
    let found = problems(&bytes);
    assert_eq!(found.len(), 1, "{}", listing(&found));
    assert_eq!(found[0].path, "$.questions[0]");
    let line = &explained(&bytes)[0];
    let more = removed - 1 - 5;
    assert!(
        line.contains(&format!(
            "the same is missing in question 2 (q2), question 3 (q3), question 4 (q4), \
             question 5 (q5), question 6 (q6) and {more} more ($.questions[0])"
        )),
        "{line}"
    );
    let Some(Hint::AddSources { elsewhere, .. }) = &found[0].hint else {
        panic!("{:?}", found[0].hint);
    };
    // Every place keeps its JSON path, for developers.
    assert_eq!(elsewhere.len(), removed - 1);
    assert_eq!(elsewhere.last().unwrap().1, "$.patterns[7]");
}

#[test]
fn without_a_source_to_name_the_fix_is_an_empty_list() {
    let found = problems(&with(|v| {
        v["sources"] = json!([]);
        remove(v, "/patterns/1/sources");
    }));
    let missing = found
        .iter()
        .find(|p| p.kind == ProblemKind::Missing("sources"))
        .expect("the missing sources is reported");
    assert_eq!(missing.fix().as_deref(), Some("\"sources\": []"));
    use candor::core::catalogue::ProblemTexts;
    use candor::core::language::Lang;
    assert!(missing
        .explain(ProblemTexts::of(Lang::En), Lang::En)
        .contains(
            "; write \"sources\": [] where it is your own (advice and styles), or add your sources"
        ));
}

// Issue 21: oversized quiz files

/// The minimal example with its questions replaced by `n` empty objects,
/// written without spaces: `{}` three bytes apiece.
fn with_empty_questions(n: usize) -> Vec<u8> {
    let mut v = minimal();
    v["questions"] = json!([]);
    let text = serde_json::to_string(&v).unwrap();
    let empties = vec!["{}"; n].join(",");
    text.replace("\"questions\":[]", &format!("\"questions\":[{empties}]"))
        .into_bytes()
}

/// As many empty questions as fit in the largest file accepted: 77,845 in
/// the report of issue 21 (a template's texts beside them), more here.
fn largest_file_of_empty_questions() -> (Vec<u8>, usize) {
    use candor::core::validate::MAX_FILE_BYTES;
    let base = with_empty_questions(0).len();
    let n = (MAX_FILE_BYTES - base) / 3;
    let bytes = with_empty_questions(n);
    assert!(bytes.len() <= MAX_FILE_BYTES && n > 77_845, "{n}");
    (bytes, n)
}

#[test]
fn a_list_is_not_walked_past_its_limit_and_at_most_50_problems_are_listed() {
    use candor::core::validate::{total, MAX_LISTED};
    let (bytes, n) = largest_file_of_empty_questions();
    let found = problems(&bytes);
    // The list's length first, then the problems of its first 200 items
    // only: as many as a file of exactly 200 empty questions has, and one.
    assert_eq!(
        found[0].kind,
        ProblemKind::TooMany {
            count: n,
            limit: 200,
            noun: Noun::Questions
        }
    );
    let at_the_limit = problems(&with_empty_questions(200));
    assert!(total(&at_the_limit) > MAX_LISTED);
    assert_eq!(total(&found), total(&at_the_limit) + 1);
    // 50 listed, then how many more.
    assert_eq!(found.len(), MAX_LISTED + 1);
    let last = found.last().unwrap();
    assert_eq!(
        last.kind,
        ProblemKind::NotListed {
            count: total(&found) - MAX_LISTED
        }
    );
    assert!(!found[..MAX_LISTED]
        .iter()
        .any(|p| matches!(p.kind, ProblemKind::NotListed { .. })));
    assert_eq!(last.path, "$");
    let more = total(&found) - MAX_LISTED;
    use candor::core::catalogue::ProblemTexts;
    use candor::core::language::Lang;
    assert_eq!(
        last.explain(ProblemTexts::of(Lang::En), Lang::En),
        format!(
            "and {more} more problems, not listed: put those above right and check the file again"
        )
    );
    assert_eq!(
        last.explain(ProblemTexts::of(Lang::De), Lang::De),
        format!("und {more} weitere Probleme, hier nicht aufgeführt: Behebe die obigen und prüfe die Datei noch einmal")
    );
    // A file of few problems lists them all, with nothing after them.
    let few = problems(&with_empty_questions(3));
    assert!(few.len() < MAX_LISTED);
    assert_eq!(total(&few), few.len());
}

#[test]
fn the_largest_file_of_empty_questions_is_checked_within_100_ms() {
    let (bytes, _) = largest_file_of_empty_questions();
    // The best of three runs, so a busy machine does not fail the test; an
    // unoptimized build (plain `cargo test`) is given ten times as long.
    let best = (0..3)
        .map(|_| {
            let started = std::time::Instant::now();
            let found = parse_quiz(&bytes).unwrap_err();
            let took = started.elapsed();
            assert!(found.len() <= 51);
            took
        })
        .min()
        .unwrap();
    let bound = std::time::Duration::from_millis(if cfg!(debug_assertions) { 1000 } else { 100 });
    assert!(best < bound, "{best:?}");
    eprintln!("the largest file of empty questions: {best:?}");
}

#[test]
fn a_list_a_little_too_long_is_still_read_to_its_limit() {
    // The items past the limit are not read, but what refers to them is not
    // told that they are missing: only the list's length is a problem.
    let p = only_problem(&with_questions(201));
    assert_eq!(p.path, "$.questions");
    let mut v = minimal();
    let first = v["sources"][0].clone();
    // The file's source, then 50 more: the last one is past the limit.
    let sources: Vec<Value> = (0..51)
        .map(|i| {
            let mut s = first.clone();
            if i > 0 {
                s["id"] = json!(format!("s{i}"));
            }
            s
        })
        .collect();
    v["sources"] = json!(sources);
    v["questions"][0]["sources"] = json!(["s50"]);
    let found = problems(&to_bytes(&v));
    assert_eq!(paths(&found), ["$.sources"], "{}", listing(&found));
}

// ---------------------------------------------------------------------------
// Words (issue 24): one term for the style, German typography
// ---------------------------------------------------------------------------

/// Every text of every catalogue of `lang`, named `catalogue.key`, with its
/// placeholders (`{archetype}`…) taken out: their names are not words shown.
fn catalogue_texts(lang: candor::core::language::Lang) -> Vec<(String, String)> {
    use candor::core::catalogue::{
        Catalogue, CheckerTexts, EditorTexts, ProblemTexts, Texts, ToolTexts,
    };
    fn all<C: Catalogue>(
        lang: candor::core::language::Lang,
        what: &str,
        out: &mut Vec<(String, String)>,
    ) {
        let catalogue = C::of(lang);
        for key in C::KEYS {
            let text = catalogue.get(key).unwrap_or_default();
            let mut shown = String::new();
            let mut rest = text;
            while let Some((before, after)) = rest.split_once('{') {
                shown.push_str(before);
                rest = after.split_once('}').map_or("", |(_, a)| a);
            }
            shown.push_str(rest);
            out.push((format!("{what}.{key}"), shown));
        }
    }
    let mut out = Vec::new();
    all::<Texts>(lang, "reader", &mut out);
    all::<ToolTexts>(lang, "tools", &mut out);
    all::<ProblemTexts>(lang, "problems", &mut out);
    all::<CheckerTexts>(lang, "checker", &mut out);
    all::<EditorTexts>(lang, "editor", &mut out);
    out
}

/// Every text of a JSON file (its string values), named by path.
fn json_texts(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((path.to_string(), s.clone())),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                json_texts(v, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (k, v) in fields {
                json_texts(v, &format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn german_text_has_the_gedankenstrich_and_none_of_the_retired_terms() {
    use candor::core::language::Lang;
    let mut texts = catalogue_texts(Lang::De);
    let quiz: Value = serde_json::from_str(GERMAN_JSON).unwrap();
    json_texts(&quiz, "candor.de.quiz.json", &mut texts);
    let prompts: Value =
        serde_json::from_str(include_str!("../content/candor.prompts.json")).unwrap();
    json_texts(&prompts["de"], "candor.prompts.json de", &mut texts);
    assert!(texts.len() > 600, "{} German texts", texts.len());
    // The style is "Stil"; a habit to work on is an "Entwicklungsfeld".
    let retired = [
        "Archetyp",
        "Muster",
        "Wachstumsfeld",
        "Gefügigkeit",
        "Vertraute Beratung",
    ];
    for (where_, text) in &texts {
        // Sources are cited in their own language.
        if where_.contains(".sources[") {
            continue;
        }
        assert!(
            !text.contains('—'),
            "{where_}: “—” where German sets “–”: {text}"
        );
        for word in retired {
            assert!(!text.contains(word), "{where_}: “{word}”: {text}");
        }
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(
            !words.contains(&"Typ"),
            "{where_}: “Typ” for the style: {text}"
        );
    }
    // The reader rates statements: "Aussage", never "Frage {n} von …".
    let reader: Vec<&(String, String)> = texts
        .iter()
        .filter(|(w, _)| w.starts_with("reader."))
        .collect();
    for key in [
        "reader.resume_at",
        "reader.questions_one",
        "reader.questions_other",
    ] {
        let (_, text) = reader.iter().find(|(w, _)| w == key).unwrap();
        assert!(text.contains("Aussage"), "{key}: {text}");
    }
}

#[test]
fn english_text_calls_the_style_a_style() {
    use candor::core::language::Lang;
    let mut texts = catalogue_texts(Lang::En);
    let quiz: Value = serde_json::from_str(candor::core::builtin::BUILTIN_QUIZ_JSON).unwrap();
    json_texts(&quiz, "candor.quiz.json", &mut texts);
    for (where_, text) in &texts {
        let lower = text.to_lowercase();
        // (The file's own field is `patterns`, named in quotes where meant.)
        let bare = lower.replace("\"patterns\"", "").replace("“patterns”", "");
        for word in ["archetype", "pattern"] {
            assert!(!bare.contains(word), "{where_}: “{word}”: {text}");
        }
    }
    for key in [
        "reader.resume_at",
        "reader.questions_one",
        "reader.questions_other",
    ] {
        let (_, text) = texts.iter().find(|(w, _)| w == key).unwrap();
        assert!(text.contains("statement"), "{key}: {text}");
    }
}
