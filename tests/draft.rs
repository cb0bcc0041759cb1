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
use candor::core::lint::{builtin_id, lint};
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

// ---------------------------------------------------------------------------
// Edits
// ---------------------------------------------------------------------------

fn habit(i: usize, key: DimensionKey) -> Field {
    Field::Dimension(i, key)
}

fn style(i: usize, key: PatternKey) -> Field {
    Field::Pattern(i, key)
}

fn apply_all(draft: &mut Draft, edits: impl IntoIterator<Item = Edit>) {
    for edit in edits {
        let shown = format!("{edit:?}");
        assert!(draft.apply(edit), "{shown} changed nothing");
    }
}

/// The minimal example's quiz, as a coach would write it from a blank
/// quiz with the forms alone (the browser test's steps, natively): two
/// habits, six statements, two styles, one source.
fn written_from_blank() -> Draft {
    let mut d = Draft::blank(Lang::En);
    apply_all(
        &mut d,
        [
            set(Field::Quiz(QuizKey::Id), text("listening-check")),
            set(Field::Quiz(QuizKey::Title), text("How well do you listen?")),
            set(Field::Quiz(QuizKey::Intro), text("Six statements.")),
            Edit::Add(List::Sources),
            set(Field::Source(0, SourceKey::Author), text("Jon Dickey")),
            set(
                Field::Source(0, SourceKey::Title),
                text("Debunking the Myth"),
            ),
            // A habit, a statement and a style before any of them is named.
            Edit::Add(List::Dimensions),
            Edit::Add(List::Questions),
            Edit::Add(List::Patterns),
            Edit::Add(List::Patterns),
            Edit::Add(List::Dimensions),
        ],
    );
    assert_eq!(d.sources[0].id, "jon-dickey");
    assert_eq!(d.dimensions[0].id, "habit");
    assert_eq!(d.dimensions[1].id, "habit-2");
    assert_eq!(d.questions[0].dimension, "habit");
    // The first style is the default; the second goes before it, with a condition.
    assert_eq!(
        (d.patterns[0].id.as_str(), d.patterns[1].id.as_str()),
        ("style-2", "style")
    );
    assert_eq!(d.patterns[0].when[0].dimension, "habit");
    assert!(d.patterns[1].when.is_empty());
    apply_all(
        &mut d,
        [
            set(habit(0, DimensionKey::Name), text("Saying no")),
            set(habit(1, DimensionKey::Name), text("Listening first")),
            set(style(0, PatternKey::Name), text("The Quiet Yes")),
            set(style(1, PatternKey::Name), text("The Straight Talker")),
        ],
    );
    for (i, name) in ["Saying no", "Listening first"].iter().enumerate() {
        apply_all(
            &mut d,
            [
                set(
                    habit(i, DimensionKey::Description),
                    text(&format!("About {name}.")),
                ),
                set(Field::Band(i, 0, BandKey::Headline), text("Not yet.")),
                set(Field::Band(i, 1, BandKey::Headline), text("Yes.")),
                set(
                    Field::Advice(i, 0, 0, AdviceKey::Text),
                    text("Start small."),
                ),
                set(Field::Advice(i, 1, 0, AdviceKey::Text), text("Keep going.")),
                set(
                    Field::Advice(i, 1, 0, AdviceKey::Sources),
                    Value::Ids(vec!["jon-dickey".into()]),
                ),
            ],
        );
    }
    for n in 0..6 {
        if n > 0 {
            apply_all(&mut d, [Edit::Add(List::Questions)]);
        }
        let habit_id = if n < 3 {
            "saying-no"
        } else {
            "listening-first"
        };
        apply_all(
            &mut d,
            [
                set(
                    question(n, QuestionKey::Text),
                    text(&format!("Statement {}.", n + 1)),
                ),
                set(
                    question(n, QuestionKey::Sources),
                    Value::Ids(vec!["jon-dickey".into()]),
                ),
            ],
        );
        d.apply(set(question(n, QuestionKey::Dimension), text(habit_id)));
        if n % 3 == 1 {
            apply_all(
                &mut d,
                [set(question(n, QuestionKey::Reverse), Value::Flag(true))],
            );
        }
    }
    apply_all(
        &mut d,
        [
            set(question(2, QuestionKey::Weight), Value::Number(Some(2.0))),
            set(question(0, QuestionKey::Weight), Value::Number(Some(2.0))),
            set(
                style(0, PatternKey::Summary),
                text("You say yes too often."),
            ),
            set(style(0, PatternKey::TryFirst), text("Say no once.")),
            set(style(0, PatternKey::CtaLabel), text("Book a call")),
            set(
                style(0, PatternKey::CtaUrl),
                text("https://coach.example/book?r={code}"),
            ),
            set(style(1, PatternKey::Summary), text("You speak your mind.")),
            set(style(1, PatternKey::TryFirst), text("Listen first.")),
            set(
                Field::Condition(0, 0, ConditionKey::Test),
                Value::Test(Test::AtLeast),
            ),
            set(
                Field::Condition(0, 0, ConditionKey::Number),
                Value::Number(Some(40.0)),
            ),
            set(
                Field::Condition(0, 0, ConditionKey::Test),
                Value::Test(Test::Below),
            ),
        ],
    );
    d
}

#[test]
fn a_quiz_is_written_from_blank_with_edits_alone() {
    let d = written_from_blank();
    let quiz = checked(&d);
    let ids = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    assert_eq!(
        quiz.dimensions
            .iter()
            .map(|x| x.id.as_str())
            .collect::<Vec<_>>(),
        ["saying-no", "listening-first"]
    );
    assert_eq!(
        quiz.questions
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>(),
        ids(vec!["q1", "q2", "q3", "q4", "q5", "q6"])
    );
    assert_eq!(
        quiz.patterns
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>(),
        ["the-quiet-yes", "the-straight-talker"]
    );
    // The statement and the condition made before the habit had a name follow its id.
    assert_eq!(quiz.questions[0].dimension, 0);
    assert_eq!(quiz.patterns[0].when[0].dimension, 0);
    assert_eq!(d.patterns[0].when[0].below, Some(40.0));
    assert_eq!(quiz.questions[2].weight, 2.0);
    assert_eq!(
        quiz.patterns[0].cta.as_ref().map(|c| c.url.as_str()),
        Some("https://coach.example/book?r={code}")
    );
    let t = CheckerTexts::of(Lang::En);
    assert_eq!(
        d.rule_words(0, t, Lang::En).as_deref(),
        Some("“Saying no” under 40")
    );
    assert_eq!(d.rule_words(1, t, Lang::En), None);
}

#[test]
fn renaming_a_habit_renames_its_id_and_every_reference_to_it() {
    let mut d = written_from_blank();
    let before = checked(&d);
    assert!(d.apply(set(
        habit(0, DimensionKey::Name),
        text("Saying „no“ kindly")
    )));
    assert_eq!(d.dimensions[0].id, "saying-no-kindly");
    assert!(d.questions[..3]
        .iter()
        .all(|q| q.dimension == "saying-no-kindly"));
    assert_eq!(d.patterns[0].when[0].dimension, "saying-no-kindly");
    assert!(!d.to_file().contains("\"saying-no\""));
    let after = checked(&d);
    assert_eq!(after.dimensions[0].name, "Saying „no“ kindly");
    assert_eq!(after.questions, before.questions);
    assert_eq!(after.patterns, before.patterns);
    // A name that would make another habit's id gets a number.
    assert!(d.apply(set(habit(1, DimensionKey::Name), text("Saying no kindly"))));
    assert_eq!(d.dimensions[1].id, "saying-no-kindly-2");
    assert!(d.questions[3..]
        .iter()
        .all(|q| q.dimension == "saying-no-kindly-2"));
    checked(&d);
    // A style's id follows its name too; a source's, its author.
    assert!(d.apply(set(style(1, PatternKey::Name), text("Straight Talk"))));
    assert_eq!(d.patterns[1].id, "straight-talk");
    assert!(d.apply(set(Field::Source(0, SourceKey::Author), text("J. Dickey"))));
    assert_eq!(d.sources[0].id, "j-dickey");
    assert!(d.questions.iter().all(|q| q.sources == ["j-dickey"]));
    assert_eq!(d.dimensions[0].bands[1].advice[0].sources, ["j-dickey"]);
    checked(&d);
}

#[test]
fn a_templates_ids_are_kept_when_names_change_and_followed_when_set() {
    let mut d = Draft::from_quiz(&builtin_quiz());
    let builtin = builtin_quiz();
    // "Saying no, and why" has the id "candor", which was not made from it.
    assert!(d.apply(set(habit(1, DimensionKey::Name), text("Speaking up"))));
    assert_eq!(d.dimensions[1].id, "candor");
    assert!(d.apply(set(habit(1, DimensionKey::Id), text("speaking-up"))));
    let quiz = checked(&d);
    assert_eq!(quiz.dimensions[1].id, "speaking-up");
    // Every statement and condition still names the same habit.
    let dims = |q: &Quiz| q.questions.iter().map(|x| x.dimension).collect::<Vec<_>>();
    assert_eq!(dims(&quiz), dims(&builtin));
    let when = |q: &Quiz| {
        q.patterns
            .iter()
            .map(|p| p.when.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(when(&quiz), when(&builtin));
    assert!(d.questions.iter().all(|q| q.dimension != "candor"));
    assert!(d
        .patterns
        .iter()
        .flat_map(|p| &p.when)
        .all(|c| c.dimension != "candor"));
    assert_ne!(fingerprint(&quiz), fingerprint(&builtin));
    // A source's id and a statement's: every list that names them follows.
    assert!(d.apply(set(Field::Source(3, SourceKey::Id), text("jon-dickey"))));
    assert!(d.apply(set(question(3, QuestionKey::Id), text("q4-interrupts"))));
    let file = d.to_file();
    assert!(!file.contains("\"dickey\"") && !file.contains("\"q4\""));
    let renamed = checked(&d);
    assert_eq!(
        renamed.dimensions[3].bands[0].advice[0].questions,
        builtin.dimensions[3].bands[0].advice[0].questions
    );
    assert_eq!(renamed.questions[3].sources, builtin.questions[3].sources);
    assert_eq!(renamed.reflections, builtin.reflections);
    assert_eq!(d.reflections[0].questions, ["q2", "q14", "q28"]);
    assert_eq!(d.reflections[5].questions, ["q5", "q19", "q12", "q26"]);
    assert_eq!(
        d.dimensions[3].bands[0].advice[0].questions,
        ["q4-interrupts"]
    );
    assert_eq!(d.dimensions[3].bands[0].advice[0].sources, ["jon-dickey"]);
}

#[test]
fn an_id_already_used_is_set_but_its_references_stay() {
    let mut d = Draft::from_quiz(&builtin_quiz());
    assert!(d.apply(set(habit(1, DimensionKey::Id), text("integrity"))));
    assert!(d.questions.iter().any(|q| q.dimension == "candor"));
    let problems = d.check().unwrap_err();
    let fields: Vec<_> = problems.iter().filter_map(problem_field).collect();
    assert!(fields.contains(&habit(1, DimensionKey::Id)), "{fields:?}");
    // Setting it back finds the references again.
    assert!(d.apply(set(habit(1, DimensionKey::Id), text("candor"))));
    assert_eq!(checked(&d), builtin_quiz());
}

#[test]
fn added_items_get_fresh_valid_ids() {
    let mut d = Draft::from_quiz(&builtin_quiz());
    for _ in 0..30 {
        assert!(d.apply(Edit::Add(List::Questions)));
        assert!(d.apply(Edit::Add(List::Sources)));
        assert!(d.apply(Edit::Add(List::Dimensions)));
        assert!(d.apply(Edit::Add(List::Patterns)));
        assert!(d.apply(Edit::Add(List::Reflections)));
    }
    assert_eq!(d.questions[28].id, "q29");
    assert_eq!(d.questions[57].id, "q58");
    assert_eq!(d.sources[5].id, "source");
    assert_eq!(d.sources[6].id, "source-2");
    assert_eq!(d.reflections[7].id, "r8");
    let lists: Vec<Vec<&str>> = vec![
        d.questions.iter().map(|x| x.id.as_str()).collect(),
        d.sources.iter().map(|x| x.id.as_str()).collect(),
        d.dimensions.iter().map(|x| x.id.as_str()).collect(),
        d.patterns.iter().map(|x| x.id.as_str()).collect(),
        d.reflections.iter().map(|x| x.id.as_str()).collect(),
    ];
    for ids in lists {
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert!(ids.iter().all(|id| is_valid_id(id)), "{ids:?}");
    }
    // New statements measure the first habit, with the default weight.
    assert!(d.questions[28..]
        .iter()
        .all(|q| q.dimension == "integrity" && q.weight.is_none()));
    // New styles go before the default, which stays last.
    assert_eq!(d.patterns.last().unwrap().id, "open-picture");
    assert!(d.patterns[..d.patterns.len() - 1]
        .iter()
        .all(|p| !p.when.is_empty()));
    // A removed statement's number is not reused while a later one has it.
    assert!(d.apply(Edit::Remove(Item::new(List::Questions, 4))));
    assert!(d.apply(Edit::Add(List::Questions)));
    assert_eq!(d.questions.last().unwrap().id, "q59");
}

#[test]
fn a_new_habit_and_a_new_band_cover_0_to_100() {
    let mut d = Draft::blank(Lang::En);
    apply_all(
        &mut d,
        [Edit::Add(List::Dimensions), Edit::Add(List::Bands(0))],
    );
    let ranges: Vec<_> = d.dimensions[0]
        .bands
        .iter()
        .map(|b| (b.min, b.max))
        .collect();
    assert_eq!(
        ranges,
        [
            (Some(0.0), Some(49.0)),
            (Some(50.0), Some(75.0)),
            (Some(76.0), Some(100.0))
        ]
    );
    assert!(d.dimensions[0].bands.iter().all(|b| b.advice.len() == 1));
    assert_eq!(d.add_position(List::Bands(0)), Some(3));
    assert_eq!(d.add_position(List::Bands(5)), None);
    assert!(!d.apply(Edit::Add(List::Bands(5))));
    // The checker finds no problem with the bands: only empty texts and the rest.
    let problems = d.check().unwrap_err();
    assert!(!problems.iter().any(|p| matches!(
        p.kind,
        ProblemKind::BandsNotContiguous { .. }
            | ProblemKind::BandsDoNotEndAt100
            | ProblemKind::BandsDoNotStartAtZero
    )));
}

#[test]
fn items_move_up_and_down_within_their_list() {
    let mut d = Draft::from_quiz(&builtin_quiz());
    let q = |i| Item::new(List::Questions, i);
    assert!(!d.apply(Edit::MoveUp(q(0))));
    assert!(!d.apply(Edit::MoveDown(q(27))));
    assert!(!d.apply(Edit::MoveDown(q(99))));
    assert!(d.apply(Edit::MoveDown(q(0))));
    assert_eq!(
        (d.questions[0].id.as_str(), d.questions[1].id.as_str()),
        ("q2", "q1")
    );
    assert!(d.apply(Edit::MoveUp(q(1))));
    assert_eq!(d, Draft::from_quiz(&builtin_quiz()));
    assert!(d.apply(Edit::MoveUp(q(27))));
    assert_eq!(checked(&d).questions[26].id, "q28");
    // Every kind of list.
    for list in [
        List::Sources,
        List::Dimensions,
        List::Bands(0),
        List::Advice(0, 0),
        List::Discussion(0),
        List::Patterns,
        List::Conditions(0),
        List::Reflections,
        List::Labels,
    ] {
        let before = d.clone();
        assert!(d.apply(Edit::MoveDown(Item::new(list, 0))), "{list:?}");
        assert_ne!(d, before, "{list:?}");
        assert!(d.apply(Edit::MoveUp(Item::new(list, 1))), "{list:?}");
        assert_eq!(d, before, "{list:?}");
    }
}

#[test]
fn removing_a_source_or_a_statement_takes_it_out_of_the_lists_that_link_to_it() {
    let builtin = builtin_quiz();
    let mut d = Draft::from_quiz(&builtin);
    assert!(d.apply(Edit::Remove(Item::new(List::Sources, 3))));
    assert!(!d.to_file().contains("\"dickey\""));
    // Statements whose only source it was now lack one: the checker says so at their sources.
    let problems = d.check().unwrap_err();
    assert!(problems
        .iter()
        .any(|p| problem_field(p) == Some(question(3, QuestionKey::Sources))));
    let mut d = Draft::from_quiz(&builtin);
    assert!(d.apply(Edit::Remove(Item::new(List::Questions, 3))));
    assert!(!d.to_file().contains("\"q4\""));
    assert_eq!(
        d.dimensions[3].bands[0].advice[0].questions,
        Vec::<String>::new()
    );
    let quiz = checked(&d);
    assert_eq!(quiz.questions.len(), 27);
    // A removed habit's statements keep its id, and the checker points at each.
    let mut d = Draft::from_quiz(&builtin);
    assert!(d.apply(Edit::Remove(Item::new(List::Dimensions, 3))));
    let problems = d.check().unwrap_err();
    let fields: Vec<_> = problems.iter().filter_map(problem_field).collect();
    for (i, q) in builtin.questions.iter().enumerate() {
        let placed = fields.contains(&question(i, QuestionKey::Dimension));
        assert_eq!(placed, q.dimension == 3, "q{}", i + 1);
    }
    assert!(!d.apply(Edit::Remove(Item::new(List::Dimensions, 6))));
    assert!(!d.apply(Edit::Remove(Item::new(List::Bands(9), 0))));
}

#[test]
fn fields_are_read_and_set_by_name() {
    let mut d = opened(minimal_json());
    let f = Field::Condition(0, 0, ConditionKey::Test);
    assert_eq!(d.value(&f), Some(Value::Test(Test::Below)));
    assert!(d.apply(set(f.clone(), Value::Test(Test::AtLeast))));
    assert_eq!(d.value(&f), Some(Value::Test(Test::AtLeast)));
    assert_eq!(
        (d.patterns[0].when[0].below, d.patterns[0].when[0].at_least),
        (None, Some(50.0))
    );
    assert!(!d.apply(set(f.clone(), Value::Test(Test::AtLeast))));
    // A value of the wrong kind, a field that is not there, a number no file holds: nothing.
    assert!(!d.apply(set(question(0, QuestionKey::Text), Value::Flag(true))));
    assert!(!d.apply(set(question(9, QuestionKey::Text), text("x"))));
    assert!(!d.apply(set(Field::Whole, text("x"))));
    assert!(!d.apply(set(
        Field::Quiz(QuizKey::Minutes),
        Value::Number(Some(f64::NAN))
    )));
    assert!(!d.apply(set(
        Field::Quiz(QuizKey::Minutes),
        Value::Number(Some(0.1 + 0.2))
    )));
    assert!(!d.apply(set(Field::Quiz(QuizKey::Title), text(&d.title.clone()))));
    // Labels, discussion questions and prompts are texts of their list.
    let label = Field::Text(Item::new(List::Labels, 4));
    assert_eq!(d.value(&label), Some(text("Always")));
    let prompt = Field::Text(Item::new(List::Prompts(0, Situation::High), 0));
    assert_eq!(d.value(&prompt), None);
    apply_all(
        &mut d,
        [
            Edit::Add(List::Prompts(0, Situation::High)),
            set(prompt.clone(), text("How do we teach it?")),
        ],
    );
    assert_eq!(
        checked(&d).dimensions[0].prompts.high,
        ["How do we teach it?"]
    );
    // `ui` by key: set, change, and remove with an empty text.
    let start = Field::Ui("start".into());
    assert_eq!(d.value(&start), Some(text("")));
    assert!(d.apply(set(start.clone(), text("Los"))));
    assert!(d.apply(set(start.clone(), text("Los geht’s"))));
    assert_eq!(d.ui, [("start".to_string(), "Los geht’s".to_string())]);
    assert!(d.apply(set(start.clone(), text(""))));
    assert!(d.ui.is_empty());
    assert!(!d.apply(set(start, text(""))));
    // An empty number is no number: the checker says it is missing, at its field.
    assert!(d.apply(set(Field::Band(0, 1, BandKey::Min), Value::Number(None))));
    let problems = d.check().unwrap_err();
    assert_eq!(
        problems
            .iter()
            .filter_map(problem_field)
            .collect::<Vec<_>>(),
        [Field::Band(0, 1, BandKey::Min)]
    );
}

#[test]
fn condition_words_are_the_checkers() {
    let quiz = builtin_quiz();
    let d = Draft::from_quiz(&quiz);
    for lang in [Lang::En, Lang::De] {
        let t = CheckerTexts::of(lang);
        for (p, pattern) in quiz.patterns.iter().enumerate() {
            for (c, condition) in pattern.when.iter().enumerate() {
                assert_eq!(
                    d.condition_words(p, c, t, lang),
                    Some(condition_words(&quiz, condition, t, lang))
                );
            }
        }
    }
    assert_eq!(
        d.rule_words(2, CheckerTexts::of(Lang::En), Lang::En)
            .as_deref(),
        Some("“Saying no, and why” 70 or more and “Listening and empathy” under 40")
    );
    let mut broken = d.clone();
    broken.patterns[0].when[0].dimension = "nobody".into();
    assert_eq!(
        broken.condition_words(0, 0, CheckerTexts::of(Lang::En), Lang::En),
        None
    );
    assert_eq!(
        broken.rule_words(0, CheckerTexts::of(Lang::En), Lang::En),
        None
    );
}

// ---------------------------------------------------------------------------
// Undo and redo
// ---------------------------------------------------------------------------

/// Types `typed` into a text field key by key, as an input's events would.
fn type_into(h: &mut History, field: &Field, typed: &str) {
    let Some(Value::Text(mut now)) = h.draft().value(field) else {
        panic!("{field:?} is not a text field");
    };
    for c in typed.chars() {
        now.push(c);
        assert!(h.apply(set(field.clone(), Value::Text(now.clone()))));
    }
}

#[test]
fn typing_is_undone_a_word_at_a_time() {
    let start = opened(minimal_json());
    let mut h = History::new(start.clone());
    let title = Field::Quiz(QuizKey::Title);
    assert!(h.apply(set(title.clone(), text(""))));
    type_into(&mut h, &title, "Hear them out");
    assert_eq!(h.draft().title, "Hear them out");
    assert!(h.undo());
    assert_eq!(h.draft().title, "Hear them");
    assert!(h.undo());
    assert_eq!(h.draft().title, "Hear");
    // Emptying the field began the run the first word is in.
    assert!(h.undo());
    assert_eq!(h.draft(), &start);
    assert!(!h.undo() && !h.can_undo());
    // Redo goes forward again, word by word.
    for expected in ["Hear", "Hear them", "Hear them out"] {
        assert!(h.redo());
        assert_eq!(h.draft().title, expected);
    }
    assert!(!h.redo() && !h.can_redo());
}

#[test]
fn a_run_of_typing_ends_at_another_field_an_edit_or_a_seal() {
    let start = opened(minimal_json());
    let mut h = History::new(start.clone());
    let (title, intro) = (Field::Quiz(QuizKey::Title), Field::Quiz(QuizKey::Intro));
    type_into(&mut h, &title, "x");
    type_into(&mut h, &title, "y");
    type_into(&mut h, &intro, "z");
    type_into(&mut h, &title, "w");
    h.seal();
    type_into(&mut h, &title, "v");
    assert!(h.apply(Edit::Add(List::Questions)));
    type_into(&mut h, &title, "u");
    // Numbers typed into one field are one step too.
    let minutes = Field::Quiz(QuizKey::Minutes);
    for n in [1.0, 12.0, 120.0] {
        assert!(h.apply(set(minutes.clone(), Value::Number(Some(n)))));
    }
    let steps = [
        "title: u, minutes",
        "title: u",
        "add",
        "title: v",
        "title: w",
        "intro: z",
        "title: xy",
    ];
    let mut count = 0;
    while h.undo() {
        count += 1;
    }
    assert_eq!(count, steps.len());
    assert_eq!(h.draft(), &start);
}

#[test]
fn a_new_edit_clears_what_could_be_redone_and_nothing_changes_nothing() {
    let mut h = History::new(opened(minimal_json()));
    assert!(h.apply(Edit::Add(List::Sources)));
    assert!(h.undo());
    assert!(h.can_redo());
    // An edit that changes nothing is no step and keeps the redo.
    assert!(!h.apply(Edit::MoveUp(Item::new(List::Questions, 0))));
    assert!(h.can_redo() && !h.can_undo());
    assert!(h.apply(Edit::Add(List::Questions)));
    assert!(!h.can_redo());
    assert_eq!(h.draft().questions.len(), 4);
}

#[test]
fn only_the_last_200_steps_can_be_undone() {
    let start = opened(minimal_json());
    let mut h = History::new(start.clone());
    for _ in 0..250 {
        assert!(h.apply(Edit::Add(List::Discussion(0))));
    }
    let mut count = 0;
    while h.undo() {
        count += 1;
    }
    assert_eq!(count, History::LIMIT);
    assert_eq!(h.draft().dimensions[0].discussion.len(), 1 + 50);
    while h.redo() {}
    assert_eq!(h.draft().dimensions[0].discussion.len(), 1 + 250);
}

// ---------------------------------------------------------------------------
// Problems beside their fields
// ---------------------------------------------------------------------------

#[test]
fn each_problem_of_a_broken_draft_is_placed_at_the_field_that_broke_it() {
    let long = "x".repeat(41);
    let cases: Vec<(Vec<Edit>, &str, Field)> = vec![
        (
            vec![set(question(2, QuestionKey::Text), text(" "))],
            "$.questions[2].text",
            question(2, QuestionKey::Text),
        ),
        (
            vec![set(question(1, QuestionKey::Dimension), text("handof"))],
            "$.questions[1].dimension",
            question(1, QuestionKey::Dimension),
        ),
        (
            vec![set(question(1, QuestionKey::Id), text("l1"))],
            "$.questions[1].id",
            question(1, QuestionKey::Id),
        ),
        (
            vec![set(
                question(0, QuestionKey::Weight),
                Value::Number(Some(0.0)),
            )],
            "$.questions[0].weight",
            question(0, QuestionKey::Weight),
        ),
        (
            vec![set(question(0, QuestionKey::Sources), Value::Ids(vec![]))],
            "$.questions[0].sources",
            question(0, QuestionKey::Sources),
        ),
        (
            vec![set(
                Field::Band(0, 1, BandKey::Min),
                Value::Number(Some(60.0)),
            )],
            "$.dimensions[0].bands[1].min",
            Field::Band(0, 1, BandKey::Min),
        ),
        (
            vec![set(
                Field::Band(0, 1, BandKey::Max),
                Value::Number(Some(99.0)),
            )],
            "$.dimensions[0].bands[1].max",
            Field::Band(0, 1, BandKey::Max),
        ),
        (
            vec![set(
                Field::Band(0, 0, BandKey::Max),
                Value::Number(Some(-1.0)),
            )],
            "$.dimensions[0].bands[0].max",
            Field::Band(0, 0, BandKey::Max),
        ),
        (
            vec![set(
                Field::Band(0, 0, BandKey::Min),
                Value::Number(Some(60.0)),
            )],
            "$.dimensions[0].bands[0]",
            Field::Item(Item::new(List::Bands(0), 0)),
        ),
        (
            vec![set(Field::Band(0, 0, BandKey::Headline), text(""))],
            "$.dimensions[0].bands[0].headline",
            Field::Band(0, 0, BandKey::Headline),
        ),
        (
            vec![set(
                Field::Advice(0, 0, 0, AdviceKey::Sources),
                Value::Ids(vec!["nope".into()]),
            )],
            "$.dimensions[0].bands[0].advice[0].sources[0]",
            Field::Advice(0, 0, 0, AdviceKey::Sources),
        ),
        (
            vec![set(
                Field::Advice(0, 1, 0, AdviceKey::Questions),
                Value::Ids(vec!["l1".into(), "l9".into()]),
            )],
            "$.dimensions[0].bands[1].advice[0].questions[1]",
            Field::Advice(0, 1, 0, AdviceKey::Questions),
        ),
        (
            vec![Edit::Remove(Item::new(List::Advice(0, 1), 0))],
            "$.dimensions[0].bands[1].advice",
            Field::List(List::Advice(0, 1)),
        ),
        (
            vec![set(
                Field::Text(Item::new(List::Discussion(0), 0)),
                text(""),
            )],
            "$.dimensions[0].discussion[0]",
            Field::Text(Item::new(List::Discussion(0), 0)),
        ),
        (
            vec![Edit::Add(List::Prompts(0, Situation::Low))],
            "$.dimensions[0].prompts.low[0]",
            Field::Text(Item::new(List::Prompts(0, Situation::Low), 0)),
        ),
        (
            vec![Edit::Add(List::Dimensions)],
            "$.dimensions[1]",
            Field::Item(Item::new(List::Dimensions, 1)),
        ),
        (
            vec![Edit::Add(List::Dimensions)],
            "$.dimensions[1].name",
            habit(1, DimensionKey::Name),
        ),
        (
            vec![set(
                Field::Condition(0, 0, ConditionKey::Number),
                Value::Number(Some(150.0)),
            )],
            "$.patterns[0].when[0].below",
            Field::Condition(0, 0, ConditionKey::Number),
        ),
        (
            vec![
                set(
                    Field::Condition(0, 0, ConditionKey::Test),
                    Value::Test(Test::AtLeast),
                ),
                set(
                    Field::Condition(0, 0, ConditionKey::Number),
                    Value::Number(Some(100.5)),
                ),
            ],
            "$.patterns[0].when[0].at_least",
            Field::Condition(0, 0, ConditionKey::Number),
        ),
        (
            vec![set(
                Field::Condition(0, 0, ConditionKey::Number),
                Value::Number(None),
            )],
            "$.patterns[0].when[0]",
            Field::Condition(0, 0, ConditionKey::Number),
        ),
        (
            vec![set(
                Field::Condition(0, 0, ConditionKey::Dimension),
                text("nobody"),
            )],
            "$.patterns[0].when[0].dimension",
            Field::Condition(0, 0, ConditionKey::Dimension),
        ),
        (
            vec![
                set(style(0, PatternKey::CtaLabel), text(&long)),
                set(style(0, PatternKey::CtaUrl), text("https://coach.example/")),
            ],
            "$.patterns[0].cta.label",
            style(0, PatternKey::CtaLabel),
        ),
        (
            vec![set(style(0, PatternKey::CtaLabel), text("Go"))],
            "$.patterns[0].cta.url",
            style(0, PatternKey::CtaUrl),
        ),
        (
            vec![
                set(style(0, PatternKey::CtaLabel), text("Go")),
                set(style(0, PatternKey::CtaUrl), text("ftp://coach.example/")),
            ],
            "$.patterns[0].cta.url",
            style(0, PatternKey::CtaUrl),
        ),
        (
            vec![set(style(1, PatternKey::TryFirst), text(""))],
            "$.patterns[1].try_first",
            style(1, PatternKey::TryFirst),
        ),
        (
            vec![Edit::MoveUp(Item::new(List::Patterns, 1))],
            "$.patterns[1]",
            Field::Item(Item::new(List::Patterns, 1)),
        ),
        (
            vec![Edit::Remove(Item::new(List::Patterns, 1))],
            "$.patterns",
            Field::List(List::Patterns),
        ),
        (
            vec![set(
                Field::Reflection(0, ReflectionKey::Questions),
                Value::Ids(vec![]),
            )],
            "$.reflections[0].questions",
            Field::Reflection(0, ReflectionKey::Questions),
        ),
        (
            vec![Edit::Remove(Item::new(List::Labels, 0))],
            "$.scale.labels",
            Field::List(List::Labels),
        ),
        (
            vec![set(Field::Text(Item::new(List::Labels, 2)), text(""))],
            "$.scale.labels[2]",
            Field::Text(Item::new(List::Labels, 2)),
        ),
        (
            vec![set(Field::Quiz(QuizKey::NotSure), text(" "))],
            "$.scale.not_sure",
            Field::Quiz(QuizKey::NotSure),
        ),
        (
            vec![set(Field::Quiz(QuizKey::Minutes), Value::Number(None))],
            "$",
            Field::Quiz(QuizKey::Minutes),
        ),
        (
            vec![set(Field::Quiz(QuizKey::Minutes), Value::Number(Some(2.5)))],
            "$.minutes",
            Field::Quiz(QuizKey::Minutes),
        ),
        (
            vec![set(Field::Quiz(QuizKey::Language), text("e n"))],
            "$.language",
            Field::Quiz(QuizKey::Language),
        ),
        (
            vec![set(Field::Quiz(QuizKey::Id), text("Listening Check"))],
            "$.id",
            Field::Quiz(QuizKey::Id),
        ),
        (
            vec![set(Field::Quiz(QuizKey::Version), text(""))],
            "$.version",
            Field::Quiz(QuizKey::Version),
        ),
        (
            vec![set(Field::Quiz(QuizKey::Brand), text(&long))],
            "$.brand",
            Field::Quiz(QuizKey::Brand),
        ),
        (
            vec![set(Field::Source(0, SourceKey::Date), text("2023-02-29"))],
            "$.sources[0].date",
            Field::Source(0, SourceKey::Date),
        ),
        (
            vec![set(Field::Source(0, SourceKey::Title), text(""))],
            "$.sources[0].title",
            Field::Source(0, SourceKey::Title),
        ),
        (
            vec![set(Field::Ui("strat".into()), text("Go"))],
            "$.ui.strat",
            Field::Ui("strat".into()),
        ),
        (
            vec![set(Field::Ui("start".into()), text("<b>Go</b>"))],
            "$.ui.start",
            Field::Ui("start".into()),
        ),
        (
            vec![set(Field::Ui("resume_at".into()), text("Go on at {n}"))],
            "$.ui.resume_at",
            Field::Ui("resume_at".into()),
        ),
    ];
    for (edits, path, expected) in cases {
        let mut d = opened(minimal_json());
        apply_all(&mut d, edits.clone());
        let problems = d.check().unwrap_err();
        let at: Vec<_> = problems.iter().filter(|p| p.path == path).collect();
        assert!(
            at.iter()
                .any(|p| problem_field(p).as_ref() == Some(&expected)),
            "{edits:?}: expected a problem at {path} placed at {expected:?}; got\n{}",
            problems
                .iter()
                .map(|p| format!("  {p} → {:?}\n", problem_field(p)))
                .collect::<String>()
        );
        assert!(exists(&d, &expected), "{expected:?}");
    }
}

#[test]
fn field_of_names_the_draft_field_of_a_path() {
    let cases = [
        ("$", Field::Whole),
        ("$.schema", Field::Whole),
        ("$.title", Field::Quiz(QuizKey::Title)),
        ("$.questions", Field::List(List::Questions)),
        ("$.questions[2]", Field::Item(Item::new(List::Questions, 2))),
        ("$.questions[2].text", question(2, QuestionKey::Text)),
        (
            "$.questions[2].sources[1]",
            question(2, QuestionKey::Sources),
        ),
        (
            "$.dimensions[0].bands[1].max",
            Field::Band(0, 1, BandKey::Max),
        ),
        (
            "$.dimensions[0].bands[1].advice[2].questions[0]",
            Field::Advice(0, 1, 2, AdviceKey::Questions),
        ),
        (
            "$.dimensions[3].prompts.high",
            Field::List(List::Prompts(3, Situation::High)),
        ),
        (
            "$.patterns[1].when[0].at_least",
            Field::Condition(1, 0, ConditionKey::Number),
        ),
        ("$.patterns[1].when", Field::List(List::Conditions(1))),
        ("$.patterns[1].cta.url", style(1, PatternKey::CtaUrl)),
        (
            "$.reflections[4].prompt",
            Field::Reflection(4, ReflectionKey::Prompt),
        ),
        ("$.sources[0].author", Field::Source(0, SourceKey::Author)),
        ("$.scale", Field::List(List::Labels)),
        ("$.ui", Field::Whole),
        ("$.ui.some_key", Field::Ui("some_key".into())),
    ];
    for (path, field) in cases {
        assert_eq!(field_of(path), Some(field), "{path}");
    }
    assert_eq!(field_of("questions[2]"), None);
}

#[test]
fn each_warning_of_a_quiz_that_checks_is_placed_at_its_item() {
    let mut d = opened(minimal_json());
    d.id = "candor".into();
    // A band no answer sheet reaches.
    apply_all(&mut d, [Edit::Add(List::Bands(0))]);
    // Scores here move in steps of 6.25: none rounds to 51 or 52.
    d.dimensions[0].bands[0].max = Some(50.0);
    d.dimensions[0].bands[1].min = Some(51.0);
    d.dimensions[0].bands[1].max = Some(52.0);
    d.dimensions[0].bands[2].min = Some(53.0);
    for a in [1, 2] {
        d.dimensions[0].bands[a].headline = "Between.".into();
        d.dimensions[0].bands[a].advice[0].text = "Try.".into();
    }
    let quiz = checked(&d);
    let warnings: Vec<_> = builtin_id(&quiz).into_iter().chain(lint(&quiz)).collect();
    let fields: Vec<Field> = warnings.iter().map(warning_field).collect();
    assert!(fields.contains(&Field::Quiz(QuizKey::Id)), "{warnings:?}");
    assert!(
        fields.contains(&Field::Item(Item::new(List::Dimensions, 0))),
        "{warnings:?}"
    );
    assert!(
        fields.contains(&Field::Item(Item::new(List::Bands(0), 1))),
        "{warnings:?}"
    );
    for f in &fields {
        assert!(exists(&d, f), "{f:?}");
    }
}

/// Whether a field, item or list is there in the draft for the form to show.
fn exists(d: &Draft, field: &Field) -> bool {
    match field {
        Field::Whole => true,
        Field::List(list) => d.count(*list).is_some(),
        Field::Item(item) => d.count(item.list).is_some_and(|n| item.index < n),
        Field::Ui(_) => true,
        other => d.value(other).is_some(),
    }
}

// ---------------------------------------------------------------------------
// Random edits
// ---------------------------------------------------------------------------

/// Every form field of a draft, and a few `ui` keys (one misspelt).
fn all_fields(d: &Draft) -> Vec<Field> {
    let mut fields = d.fields();
    fields.extend(["start", "strat", "style_kicker"].map(|k| Field::Ui(k.to_string())));
    fields
}

/// An edit, chosen against whatever draft it is applied to.
#[derive(Debug, Clone)]
struct Pick {
    op: u8,
    a: usize,
    b: usize,
    text: String,
    number: Option<f64>,
    flag: bool,
}

fn pick() -> impl Strategy<Value = Pick> {
    (
        0u8..10,
        any::<usize>(),
        any::<usize>(),
        prop_oneof![
            Just(String::new()),
            "[a-z ]{1,6}",
            quiz_text(),
            select(
                &[
                    "Listening first",
                    "q1",
                    "l1",
                    "dickey",
                    "integrity",
                    "habit",
                    "Saying no"
                ][..]
            )
            .prop_map(str::to_string),
        ],
        prop_oneof![
            Just(None),
            select(&[0.0, 1.0, 1.5, 2.0, 39.0, 40.0, 49.5, 50.0, 70.0, 100.0, 101.0, -3.0][..])
                .prop_map(Some),
        ],
        any::<bool>(),
    )
        .prop_map(|(op, a, b, text, number, flag)| Pick {
            op,
            a,
            b,
            text,
            number,
            flag,
        })
}

impl Pick {
    fn edit(&self, d: &Draft) -> Edit {
        let lists = d.lists();
        let list = lists[self.a % lists.len()];
        let item = Item::new(list, self.b % d.count(list).unwrap().max(1));
        match self.op {
            0 => Edit::Add(list),
            1 => Edit::Remove(item),
            2 => Edit::MoveUp(item),
            3 => Edit::MoveDown(item),
            _ => {
                let fields = all_fields(d);
                let field = fields[self.a % fields.len()].clone();
                let value = match d.value(&field) {
                    // Typing a character, or a whole new text.
                    Some(Value::Text(now)) if self.flag => {
                        Value::Text(format!("{now}{}", self.text.chars().next().unwrap_or(' ')))
                    }
                    Some(Value::Text(_)) => Value::Text(self.text.clone()),
                    Some(Value::Number(_)) => Value::Number(self.number),
                    Some(Value::Flag(_)) => Value::Flag(self.flag),
                    Some(Value::Test(_)) => Value::Test(if self.flag {
                        Test::AtLeast
                    } else {
                        Test::Below
                    }),
                    Some(Value::Ids(_)) => {
                        let pool: Vec<String> = d
                            .sources
                            .iter()
                            .map(|s| s.id.clone())
                            .chain(d.questions.iter().map(|q| q.id.clone()))
                            .chain(["nope".to_string()])
                            .collect();
                        Value::Ids(
                            pool.into_iter()
                                .enumerate()
                                .filter(|(i, _)| self.b >> (i % 64) & 1 == 1)
                                .map(|(_, id)| id)
                                .take(4)
                                .collect(),
                        )
                    }
                    None => Value::Flag(self.flag),
                };
                Edit::Set(field, value)
            }
        }
    }
}

fn start_draft() -> impl Strategy<Value = Draft> {
    prop_oneof![
        Just(Draft::from_quiz(&builtin_quiz())),
        Just(opened(minimal_json())),
        Just(Draft::blank(Lang::De)),
        Just(written_from_blank()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the edits, undoing each step restores exactly the draft
    /// before it, redoing restores the one after, every draft is written
    /// and opened again as itself, and each of its problems is placed at
    /// something the form shows.
    #[test]
    fn undo_and_redo_restore_every_step_of_any_edits(
        start in start_draft(),
        picks in prop::collection::vec(pick(), 1..40),
        sealed in any::<bool>(),
    ) {
        let mut h = History::new(start.clone());
        let mut steps = vec![start.clone()];
        for pick in &picks {
            let edit = pick.edit(h.draft());
            if sealed {
                h.seal();
            }
            let before = h.draft().clone();
            let changed = h.apply(edit.clone());
            prop_assert_eq!(changed, h.draft() != &before, "{:?}", edit);
            if changed && sealed {
                steps.push(h.draft().clone());
            }
            let d = h.draft();
            let file = d.to_file();
            prop_assert_eq!(&Draft::open(file.as_bytes()).unwrap(), d, "{:?}", edit);
            if let Err(problems) = d.check() {
                for p in &problems {
                    let field = problem_field(p);
                    prop_assert!(field.as_ref().is_some_and(|f| exists(d, f)), "{} → {:?}", p, field);
                }
            }
        }
        let end = h.draft().clone();
        if sealed {
            // One step per edit that changed something.
            for expected in steps.iter().rev().skip(1) {
                prop_assert!(h.undo());
                prop_assert_eq!(h.draft(), expected);
            }
        } else {
            while h.undo() {}
        }
        prop_assert!(!h.can_undo());
        prop_assert_eq!(h.draft(), &start);
        while h.redo() {}
        prop_assert_eq!(h.draft(), &end);
    }
}

// ---------------------------------------------------------------------------
// Found by `make fuzz` (draft-file, draft-edits)
// ---------------------------------------------------------------------------

#[test]
fn a_list_where_an_object_goes_does_not_open_field_by_field() {
    for text in [
        r#"{"questions":[["q1","habit","Text"]]}"#,
        r#"{"scale":[]}"#,
        r#"{"sources":[[]]}"#,
        r#"{"dimensions":[{"bands":[[0, 100, "All"]]}]}"#,
        r#"{"patterns":[{"cta":["Book a call","https://coach.example/book"]}]}"#,
        r#"{"patterns":[{"when":[["habit", 50]]}]}"#,
    ] {
        assert!(
            matches!(
                Draft::read(text.as_bytes()),
                Err(OpenError::NotAQuiz { .. })
            ),
            "{text} opened"
        );
    }
    // Objects, and null where a field is optional, still open.
    let opened =
        Draft::open(br#"{"patterns":[{"cta":null,"when":[{"dimension":"a","below":50}]}]}"#)
            .unwrap();
    assert_eq!(opened.patterns[0].when[0].below, Some(50.0));
}

#[test]
fn a_number_whose_file_would_not_read_back_is_not_set() {
    let mut draft = Draft::blank(Lang::En);
    for n in [1e-23, 7e-30, 1e-300, 6e-300] {
        let mut d = draft.clone();
        if d.apply(Edit::Set(
            Field::Quiz(QuizKey::Minutes),
            Value::Number(Some(n)),
        )) {
            assert_eq!(
                Draft::open(d.to_file().as_bytes()).unwrap(),
                d,
                "{n} was set, and reads back otherwise"
            );
        }
    }
    assert!(
        !draft.clone().apply(Edit::Set(
            Field::Quiz(QuizKey::Minutes),
            Value::Number(Some(1e-23))
        )),
        "1e-23 was set"
    );
    assert!(draft.apply(Edit::Set(
        Field::Quiz(QuizKey::Minutes),
        Value::Number(Some(7.5))
    )));
    assert_eq!(Draft::open(draft.to_file().as_bytes()).unwrap(), draft);
}

#[test]
fn a_valid_file_just_under_the_limit_is_written_back_as_one_that_opens() {
    // The built-in quiz with 200 statements, their texts long enough that
    // the file, written compactly, is a little under the limit.
    let mut quiz: Json = serde_json::from_str(BUILTIN_QUIZ_JSON).unwrap();
    let like = quiz["questions"][0].clone();
    let n = 200 - quiz["questions"].as_array().unwrap().len();
    for i in 0..n {
        let mut q = like.clone();
        q["id"] = json!(format!("long{i}"));
        q["text"] = json!("");
        quiz["questions"].as_array_mut().unwrap().push(q);
    }
    let base = serde_json::to_string(&quiz).unwrap().len();
    let each = (MAX_FILE_BYTES - 3_000 - base) / n;
    // 1,000 characters, `each` bytes: "é" is two.
    let text = format!("{}{}", "é".repeat(each - 1000), "a".repeat(2000 - each));
    for q in quiz["questions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .skip(28)
    {
        q["text"] = json!(text);
    }
    let compact = serde_json::to_string(&quiz).unwrap();
    let valid = parse_quiz(compact.as_bytes()).expect("a valid file");
    assert!(serde_json::to_string_pretty(&quiz).unwrap().len() > MAX_FILE_BYTES);
    let draft = Draft::open(compact.as_bytes()).unwrap();
    let file = draft.to_file();
    assert!(file.len() <= MAX_FILE_BYTES, "{} bytes", file.len());
    assert_eq!(parse_quiz(file.as_bytes()).unwrap(), valid);
    assert_eq!(Draft::open(file.as_bytes()).unwrap(), draft);
}
