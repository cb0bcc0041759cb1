//! The quiz editor's draft (`core::draft`): files open as drafts and are
//! written back as the same quiz, edits keep ids unique and references in
//! step, undo and redo restore exactly, and the validator's problems land
//! on the fields they are about.

mod common;

use candor::core::builtin::{builtin_quiz, BUILTIN_QUIZ_JSON};
use candor::core::catalogue::CheckerTexts;
use candor::core::draft::*;
use candor::core::fingerprint::fingerprint;
use candor::core::language::Lang;
use candor::core::lenient::Node;
use candor::core::lint::lint;
use candor::core::outcomes::condition_words;
use candor::core::quiz::{Quiz, Situation};
use candor::core::text::is_valid_id;
use candor::core::validate::{parse_quiz, Problem, ProblemKind, MAX_FILE_BYTES};
use common::*;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Value as Json};

const GERMAN_JSON: &str = include_str!("../content/candor.de.quiz.json");
const EXAMPLE_JSON: &str = include_str!("../content/onboarding-readiness.quiz.json");
const SPANISH_JSON: &str = include_str!("fixtures/spanish.quiz.json");

/// Every quiz file shipped or documented, by name.
fn shipped() -> Vec<(&'static str, &'static str)> {
    vec![
        ("the built-in quiz", BUILTIN_QUIZ_JSON),
        ("the German built-in quiz", GERMAN_JSON),
        ("the short example", EXAMPLE_JSON),
        ("the Spanish fixture", SPANISH_JSON),
        ("the minimal example", minimal_json()),
    ]
}

fn tree(text: &str) -> Node {
    serde_json::from_str(text).expect("JSON")
}

fn opened(text: &str) -> Draft {
    Draft::open(text.as_bytes()).unwrap_or_else(|e| panic!("does not open: {e}"))
}

fn checked(draft: &Draft) -> Quiz {
    draft
        .check()
        .unwrap_or_else(|problems| panic!("the draft does not check:\n{}", listing(&problems)))
}

fn set(field: Field, value: Value) -> Edit {
    Edit::Set(field, value)
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn question(i: usize, key: QuestionKey) -> Field {
    Field::Question(i, key)
}

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

#[test]
fn every_shipped_file_is_written_back_as_it_was() {
    // The same values, in the same field order: the draft's order is the
    // format's, which these files keep.
    for (name, json) in shipped() {
        let draft = opened(json);
        assert_eq!(tree(&draft.to_file()), tree(json), "{name}");
        assert_eq!(checked(&draft), parse_ok(json.as_bytes()), "{name}");
    }
}

#[test]
fn a_validated_quiz_is_a_template_that_checks_as_itself() {
    let quiz = builtin_quiz();
    assert_eq!(checked(&Draft::from_quiz(&quiz)), quiz);
    // The validated quiz has `ui` by key; the file, and so the draft opened
    // from it, in the file's order.
    let mut file = opened(BUILTIN_QUIZ_JSON);
    file.ui.sort();
    assert_eq!(Draft::from_quiz(&quiz), file);
    for (name, json) in shipped() {
        let quiz = parse_ok(json.as_bytes());
        assert_eq!(checked(&Draft::from_quiz(&quiz)), quiz, "{name}");
    }
}

#[test]
fn the_file_is_pretty_printed_with_optional_fields_left_out_when_empty() {
    let mut v = minimal();
    v["questions"][0]["weight"] = json!(1.5);
    v["questions"][0]["reverse"] = json!(false);
    v["questions"][1]["weight"] = json!(2.0);
    let draft = Draft::open(&to_bytes(&v)).unwrap();
    let file = draft.to_file();
    assert!(file.starts_with("{\n  \"schema\": 1,\n  \"id\": \"listening-check\",\n"));
    assert!(file.ends_with("}\n") && !file.ends_with("\n\n"));
    assert!(file.contains("\"weight\": 1.5,"), "{file}");
    assert!(file.contains("\"weight\": 2,"), "{file}");
    assert!(file.contains("\"min\": 0,\n") && file.contains("\"max\": 100,\n"));
    // A `false` reverse is the default, and is not written.
    assert_eq!(file.matches("\"reverse\"").count(), 1);
    // Advice and styles keep `"sources": []`; nothing empty that is optional is written.
    let mut own = draft.clone();
    own.patterns[1].sources.clear();
    own.dimensions[0].discussion.clear();
    assert!(own.to_file().contains("\"sources\": []"));
    for absent in [
        "\"brand\"",
        "\"ui\"",
        "\"prompts\"",
        "\"discussion\"",
        "\"cta\"",
        "\"date\"",
        "null",
    ] {
        assert!(!own.to_file().contains(absent), "{absent} in\n{file}");
    }
    let mut bare = draft.clone();
    bare.scale.not_sure.clear();
    assert!(!bare.to_file().contains("not_sure"));
    assert_eq!(checked(&bare).scale.not_sure, None);
}

#[test]
fn optional_fields_are_written_when_given() {
    let mut draft = opened(minimal_json());
    draft.brand = "Coachly".into();
    draft.ui = vec![
        ("style_kicker".into(), "Your listening style".into()),
        ("start".into(), "Begin".into()),
    ];
    draft.sources[0].date = "2020-02-29".into();
    draft.patterns[0].cta = Cta {
        label: "Book a call".into(),
        url: "https://coach.example/book?r={code}".into(),
    };
    draft.dimensions[0].prompts.low = vec!["What gets in the way?".into()];
    let quiz = checked(&draft);
    assert_eq!(quiz.brand.as_deref(), Some("Coachly"));
    let mut by_key = draft.ui.clone();
    by_key.sort();
    assert_eq!(quiz.ui, by_key);
    assert_eq!(quiz.sources[0].date.as_deref(), Some("2020-02-29"));
    assert_eq!(
        quiz.patterns[0].cta.as_ref().unwrap().label.as_deref(),
        Some("Book a call")
    );
    assert_eq!(quiz.dimensions[0].prompts.low, ["What gets in the way?"]);
    let file = draft.to_file();
    assert!(file.find("\"brand\"").unwrap() < file.find("\"ui\"").unwrap());
    assert!(file.find("\"style_kicker\"").unwrap() < file.find("\"start\"").unwrap());
    assert_eq!(Draft::open(file.as_bytes()).unwrap(), draft);
}

#[test]
fn any_object_in_a_quiz_files_shape_opens_even_when_it_is_not_a_valid_quiz() {
    // Partial: what is missing is empty.
    let draft =
        Draft::open(br#"{ "title": "Half a quiz", "questions": [ { "text": "I listen." } ] }"#)
            .unwrap();
    assert_eq!(draft.title, "Half a quiz");
    assert_eq!(draft.schema, 1.0);
    assert_eq!(draft.questions[0].text, "I listen.");
    assert_eq!(draft.questions[0].weight, None);
    assert!(draft.dimensions.is_empty() && draft.minutes.is_none());
    // Invalid values open as they are, for the checker to point at.
    let mut v = minimal();
    v["questions"][0]["id"] = json!("Not An Id");
    v["dimensions"][0]["bands"][1]["min"] = json!(60);
    v["patterns"][0]["when"][0]["at_least"] = json!(30);
    v["questions"][1]["weight"] = json!(0);
    let draft = Draft::open(&to_bytes(&v)).unwrap();
    assert_eq!(draft.questions[0].id, "Not An Id");
    let condition = &draft.patterns[0].when[0];
    assert_eq!(
        (condition.below, condition.at_least),
        (Some(50.0), Some(30.0))
    );
    let problems = draft.check().unwrap_err();
    assert_eq!(
        paths(&problems),
        paths(&problems_of(&to_bytes(&v))),
        "the draft's file has the original's problems"
    );
    // `null` in an optional field is read as left out; a byte-order mark is ignored.
    let mut v = minimal();
    v["brand"] = Json::Null;
    v["scale"]["not_sure"] = Json::Null;
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(to_bytes(&v));
    let draft = Draft::open(&bytes).unwrap();
    assert_eq!(
        (draft.brand.as_str(), draft.scale.not_sure.as_str()),
        ("", "")
    );
}

fn problems_of(bytes: &[u8]) -> Vec<Problem> {
    parse_quiz(bytes).unwrap_err()
}

#[test]
fn unknown_fields_are_left_out_and_named() {
    let mut v = minimal();
    v["questions"][1]["wieght"] = json!(2);
    v["colour"] = json!("blue");
    let opened = Draft::read(&to_bytes(&v)).unwrap();
    assert_eq!(opened.left_out, ["$.colour", "$.questions[1].wieght"]);
    assert_eq!(
        opened.draft,
        Draft::open(minimal_json().as_bytes()).unwrap()
    );
}

#[test]
fn what_is_not_a_quiz_file_is_refused_with_its_reason() {
    let refused = |bytes: &[u8]| Draft::open(bytes).unwrap_err();
    assert!(matches!(
        refused(b"{ \"title\": \"x\", }"),
        OpenError::NotJson { line: 1, .. }
    ));
    assert!(matches!(refused(b"\xff\xfe"), OpenError::NotJson { .. }));
    assert!(matches!(
        refused(br#"{ "title": "a", "title": "b" }"#),
        OpenError::NotJson { .. }
    ));
    assert_eq!(refused(b"[1, 2]"), OpenError::NotAnObject);
    assert_eq!(refused(b"\"quiz\""), OpenError::NotAnObject);
    assert_eq!(
        refused(br#"{ "schema": 2 }"#),
        OpenError::OtherSchema { found: "2".into() }
    );
    let shape = refused(b"{\n  \"schema\": 1,\n  \"questions\": { \"id\": \"q1\" }\n}");
    assert!(
        matches!(&shape, OpenError::NotAQuiz { line: 3, reason, .. } if reason.contains("expected a sequence")),
        "{shape:?}"
    );
    assert!(matches!(
        refused(br#"{ "title": ["a"] }"#),
        OpenError::NotAQuiz { line: 1, .. }
    ));
    assert!(matches!(
        refused(br#"{ "questions": [ { "weight": "2" } ] }"#),
        OpenError::NotAQuiz { .. }
    ));
    let mut large = minimal();
    large["intro"] = json!("x".repeat(MAX_FILE_BYTES));
    assert!(matches!(
        refused(&to_bytes(&large)),
        OpenError::TooLarge { bytes } if bytes > MAX_FILE_BYTES
    ));
    assert_eq!(
        OpenError::NotAnObject.to_string(),
        "not a quiz file: expected an object"
    );
}

#[test]
fn a_blank_quiz_has_the_built_in_scale_in_its_language() {
    let english = Draft::blank(Lang::En);
    let builtin = builtin_quiz();
    assert_eq!(english.scale.labels, builtin.scale.labels);
    assert_eq!(Some(english.scale.not_sure.clone()), builtin.scale.not_sure);
    assert_eq!(
        (
            english.schema,
            english.version.as_str(),
            english.language.as_str()
        ),
        (1.0, "1", "en")
    );
    assert!(english.minutes.is_some());
    assert!(english.questions.is_empty() && english.dimensions.is_empty());
    let german = Draft::blank(Lang::De);
    let german_file = parse_ok(GERMAN_JSON.as_bytes());
    assert_eq!(german.scale.labels, german_file.scale.labels);
    assert_eq!(
        Some(german.scale.not_sure.clone()),
        german_file.scale.not_sure
    );
    assert_eq!(german.language, "de");
    // It opens again as itself, and the checker says what it lacks.
    assert_eq!(Draft::open(german.to_file().as_bytes()).unwrap(), german);
    let problems = german.check().unwrap_err();
    for p in &problems {
        assert!(problem_field(p).is_some(), "{p}");
    }
    assert!(problems
        .iter()
        .any(|p| problem_field(p) == Some(Field::List(List::Questions))));
}

// ---------------------------------------------------------------------------
// Generated valid quiz files
// ---------------------------------------------------------------------------

/// The fields whose values are texts of 1–1,000 characters.
const TEXT_KEYS: &[&str] = &[
    "title",
    "intro",
    "author",
    "name",
    "description",
    "headline",
    "text",
    "summary",
    "try_first",
    "prompt",
    "not_sure",
];

/// `ui` keys whose English texts have no placeholders.
const UI_KEYS: &[&str] = &[
    "start",
    "see_report",
    "style_kicker",
    "about_intro",
    "back_to_start",
];

/// A change to a valid quiz file that keeps it valid; indices pick their
/// target modulo how many there are.
#[derive(Debug, Clone)]
enum Change {
    /// Drops a dimension (when there are two or more), with its
    /// statements, the styles that test it and the links to those statements.
    DropDimension(usize),
    /// Drops a statement whose dimension has another.
    DropQuestion(usize),
    SwapQuestions(usize, usize),
    /// Rewrites one of the file's texts.
    Text(usize, String),
    Weight(usize, f64),
    Reverse(usize, bool),
    /// Cuts a dimension's bands at other scores (as many cuts as it has bands, less one).
    Cuts(usize, Vec<u8>),
    /// Gives a condition another number, and perhaps the other test.
    Threshold(usize, f64, bool),
    Brand(String),
    Ui(usize, String),
    Cta(usize, String, &'static str),
    Date(usize, String),
    NotSure(Option<String>),
    Prompts(usize, usize, Vec<String>),
    Discussion(usize, Vec<String>),
    /// Takes the statements off an advice item.
    Unlink(usize),
}

/// A text as a coach may write one: any characters (quotes, backslashes,
/// line breaks, emoji, other scripts), not only whitespace.
fn quiz_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z0-9 ,.!?\"'\\\\/<>&{}()-]{1,40}",
        2 => "\\PC{1,40}",
        1 => select(&[
            "Größe “zählt” – oder?",
            "He said \"no\" \\ and left",
            "line\nbreak\tand tab",
            "emoji 😀 and \u{2028} a separator",
            "\u{0}\u{1f} control",
            "Ελληνικά и русский 中文",
        ][..])
        .prop_map(str::to_string),
    ]
    .prop_filter("not only whitespace", |s| !s.trim().is_empty())
}

/// A plain text for `ui`, a brand or a call to action's label.
fn plain_text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[a-zA-Z0-9äöüé€’“” .,:!?-]{{1,{max}}}"))
        .unwrap()
        .prop_filter("not only whitespace", |s| !s.trim().is_empty())
}

fn change() -> impl Strategy<Value = Change> {
    let index = any::<usize>;
    prop_oneof![
        1 => index().prop_map(Change::DropDimension),
        3 => index().prop_map(Change::DropQuestion),
        1 => (index(), index()).prop_map(|(a, b)| Change::SwapQuestions(a, b)),
        4 => (index(), quiz_text()).prop_map(|(i, t)| Change::Text(i, t)),
        2 => (index(), prop_oneof![
            select(&[0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0][..]),
            (1u32..=1000).prop_map(|n| f64::from(n) / 100.0),
        ]).prop_map(|(i, w)| Change::Weight(i, w)),
        2 => (index(), any::<bool>()).prop_map(|(i, r)| Change::Reverse(i, r)),
        2 => (index(), prop::collection::vec(1u8..=100, 0..12)).prop_map(|(i, c)| Change::Cuts(i, c)),
        2 => (index(), (0u32..=200).prop_map(|n| f64::from(n) / 2.0), any::<bool>())
            .prop_map(|(i, n, flip)| Change::Threshold(i, n, flip)),
        1 => plain_text(40).prop_map(Change::Brand),
        2 => (index(), plain_text(60)).prop_map(|(i, t)| Change::Ui(i, t)),
        1 => (index(), plain_text(40), select(&[
            "https://coach.example/book?result={code}",
            "mailto:coach@example.org?subject=My%20result&body={link}",
            "http://example.org/",
        ][..])).prop_map(|(i, l, u)| Change::Cta(i, l, u)),
        1 => (index(), 1990u32..2030, 1u32..=12, 1u32..=28)
            .prop_map(|(i, y, m, d)| Change::Date(i, format!("{y}-{m:02}-{d:02}"))),
        1 => prop::option::of(quiz_text()).prop_map(Change::NotSure),
        1 => (index(), index(), prop::collection::vec(quiz_text(), 0..=5))
            .prop_map(|(d, s, t)| Change::Prompts(d, s, t)),
        1 => (index(), prop::collection::vec(quiz_text(), 0..=5)).prop_map(|(d, t)| Change::Discussion(d, t)),
        1 => index().prop_map(Change::Unlink),
    ]
}

/// The items of a list in the tree (which must be there).
fn items<'v>(v: &'v mut Json, pointer: &str) -> &'v mut Vec<Json> {
    at(v, pointer).as_array_mut().unwrap()
}

/// Takes statements out of every list that links to them; advice left
/// with none loses its `questions`, a reflection left with none goes.
fn unlink_questions(v: &mut Json, gone: &[String]) {
    let linked = |id: &Json| !gone.iter().any(|g| id == g);
    for d in items(v, "/dimensions") {
        for b in d["bands"].as_array_mut().unwrap() {
            for a in b["advice"].as_array_mut().unwrap() {
                let Some(list) = a.get_mut("questions").and_then(Json::as_array_mut) else {
                    continue;
                };
                list.retain(linked);
                if list.is_empty() {
                    a.as_object_mut().unwrap().remove("questions");
                }
            }
        }
    }
    let reflections = items(v, "/reflections");
    for r in reflections.iter_mut() {
        r["questions"].as_array_mut().unwrap().retain(linked);
    }
    reflections.retain(|r| !r["questions"].as_array().unwrap().is_empty());
}

fn pointers_to_texts(v: &Json) -> Vec<String> {
    fn walk(v: &Json, here: String, out: &mut Vec<String>) {
        match v {
            Json::Object(map) => {
                for (k, child) in map {
                    let path = format!("{here}/{k}");
                    if child.is_string() && TEXT_KEYS.contains(&k.as_str()) {
                        out.push(path);
                    } else if k != "ui" && k != "cta" {
                        walk(child, path, out);
                    }
                }
            }
            Json::Array(list) => {
                for (i, child) in list.iter().enumerate() {
                    walk(child, format!("{here}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, String::new(), &mut out);
    out
}

fn change_file(v: &mut Json, change: &Change) {
    let count = |v: &Json, pointer: &str| {
        v.pointer(pointer)
            .and_then(Json::as_array)
            .map_or(0, Vec::len)
    };
    let (dimensions, questions) = (count(v, "/dimensions"), count(v, "/questions"));
    match change {
        Change::DropDimension(i) if dimensions > 1 => {
            let gone = items(v, "/dimensions").remove(i % dimensions);
            let id = &gone["id"];
            let mut dropped = Vec::new();
            items(v, "/questions").retain(|q| {
                let keep = q["dimension"] != *id;
                if !keep {
                    dropped.push(q["id"].as_str().unwrap().to_string());
                }
                keep
            });
            items(v, "/patterns").retain(|p| {
                let when = p["when"].as_array().unwrap();
                when.is_empty() || when.iter().all(|c| c["dimension"] != *id)
            });
            unlink_questions(v, &dropped);
        }
        Change::DropQuestion(i) if questions > 0 => {
            let i = i % questions;
            let all = items(v, "/questions");
            let dimension = all[i]["dimension"].clone();
            if all.iter().filter(|q| q["dimension"] == dimension).count() > 1 {
                let gone = all.remove(i);
                unlink_questions(v, &[gone["id"].as_str().unwrap().to_string()]);
            }
        }
        Change::SwapQuestions(a, b) if questions > 0 => {
            items(v, "/questions").swap(a % questions, b % questions);
        }
        Change::Text(i, text) => {
            let all = pointers_to_texts(v);
            let pointer = &all[i % all.len()];
            *at(v, pointer) = json!(text);
        }
        Change::Weight(i, w) if questions > 0 => {
            items(v, "/questions")[i % questions]["weight"] = json!(w);
        }
        Change::Reverse(i, r) if questions > 0 => {
            items(v, "/questions")[i % questions]["reverse"] = json!(r);
        }
        Change::Cuts(i, cuts) => {
            let bands = items(v, &format!("/dimensions/{}/bands", i % dimensions));
            let mut cuts = cuts.clone();
            cuts.sort_unstable();
            cuts.dedup();
            if cuts.len() + 1 >= bands.len() {
                cuts.truncate(bands.len() - 1);
                let last = bands.len() - 1;
                for (b, band) in bands.iter_mut().enumerate() {
                    band["min"] = json!(if b == 0 { 0 } else { cuts[b - 1] });
                    band["max"] = json!(if b == last { 100 } else { cuts[b] - 1 });
                }
            }
        }
        Change::Threshold(i, n, flip) => {
            let conditions: Vec<&mut Json> = items(v, "/patterns")
                .iter_mut()
                .flat_map(|p| p["when"].as_array_mut().unwrap().iter_mut())
                .collect();
            let total = conditions.len();
            if let Some(c) = conditions.into_iter().nth(i % total.max(1)) {
                let c = c.as_object_mut().unwrap();
                let key = if c.contains_key("below") {
                    "below"
                } else {
                    "at_least"
                };
                c.remove(key);
                let other = if key == "below" { "at_least" } else { "below" };
                c.insert(if *flip { other } else { key }.to_string(), json!(n));
            }
        }
        Change::Brand(brand) => v["brand"] = json!(brand),
        Change::Ui(i, text) => {
            if !v["ui"].is_object() {
                v["ui"] = json!({});
            }
            v["ui"][UI_KEYS[i % UI_KEYS.len()]] = json!(text);
        }
        Change::Cta(i, label, url) => {
            let patterns = items(v, "/patterns");
            let n = patterns.len();
            patterns[i % n]["cta"] = json!({ "label": label, "url": url });
        }
        Change::Date(i, date) => {
            let sources = items(v, "/sources");
            let n = sources.len();
            sources[i % n]["date"] = json!(date);
        }
        Change::NotSure(Some(label)) => v["scale"]["not_sure"] = json!(label),
        Change::NotSure(None) => {
            v["scale"].as_object_mut().unwrap().remove("not_sure");
        }
        Change::Prompts(d, s, texts) => {
            let situation = ["split", "low", "high"][s % 3];
            let dimension = &mut items(v, "/dimensions")[d % dimensions];
            if !dimension["prompts"].is_object() {
                dimension["prompts"] = json!({});
            }
            dimension["prompts"][situation] = json!(texts);
        }
        Change::Discussion(d, texts) => {
            items(v, "/dimensions")[d % dimensions]["discussion"] = json!(texts);
        }
        Change::Unlink(i) => {
            let advice: Vec<&mut Json> = items(v, "/dimensions")
                .iter_mut()
                .flat_map(|d| d["bands"].as_array_mut().unwrap().iter_mut())
                .flat_map(|b| b["advice"].as_array_mut().unwrap().iter_mut())
                .collect();
            let n = advice.len();
            if let Some(a) = advice.into_iter().nth(i % n) {
                a.as_object_mut().unwrap().remove("questions");
            }
        }
        _ => {}
    }
}

/// A valid quiz file: one of those shipped, changed in a few ways.
fn valid_file() -> impl Strategy<Value = Vec<u8>> {
    (0..shipped().len(), prop::collection::vec(change(), 0..16)).prop_map(|(base, changes)| {
        let mut v: Json = serde_json::from_str(shipped()[base].1).unwrap();
        for change in &changes {
            change_file(&mut v, change);
        }
        to_bytes(&v)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Opening a valid file and writing it without changes gives the same
    /// quiz (so the same fingerprint and texts), and what is written is a
    /// fixed point.
    #[test]
    fn a_valid_file_opened_and_written_is_the_same_quiz(bytes in valid_file()) {
        let quiz = match parse_quiz(&bytes) {
            Ok(quiz) => quiz,
            Err(problems) => {
                return Err(TestCaseError::fail(format!("the generator made an invalid file:\n{}", listing(&problems))));
            }
        };
        let draft = Draft::open(&bytes).unwrap();
        let file = draft.to_file();
        let again = parse_quiz(file.as_bytes()).map_err(|p| TestCaseError::fail(listing(&p)))?;
        prop_assert_eq!(fingerprint(&again), fingerprint(&quiz));
        prop_assert_eq!(&again, &quiz);
        prop_assert_eq!(&checked(&draft), &quiz);
        let reopened = Draft::open(file.as_bytes()).unwrap();
        prop_assert_eq!(&reopened, &draft);
        prop_assert_eq!(reopened.to_file(), file.clone());
        // Its serde reading (for keeping a draft on the device) agrees.
        prop_assert_eq!(&serde_json::from_str::<Draft>(&file).unwrap(), &draft);
        // And the quiz as a template is the same quiz too.
        prop_assert_eq!(&checked(&Draft::from_quiz(&quiz)), &quiz);
    }
}
