//! The quiz editor's draft (`core::draft`): any bytes and any mutation of
//! a quiz file opened as a draft (`Draft::read`, `to_file`, `check`, held
//! against `validate::parse_quiz`), and any run of edits, undone and redone
//! (`History`, `Draft::apply`).

use std::collections::HashSet;
use std::sync::OnceLock;

use serde_json::Value as Json;

use candor::core::draft::{
    problem_field, AdviceKey, BandKey, ConditionKey, DimensionKey, Draft, Edit, Field, History,
    Item, List, OpenError, Opened, PatternKey, QuestionKey, QuizKey, ReflectionKey, SourceKey,
    Test, Value,
};
use candor::core::language::Lang;
use candor::core::quiz::{Quiz, Situation};
use candor::core::strict::read_quiz;
use candor::core::validate::{parse_quiz, Problem, MAX_FILE_BYTES};

use super::quiz::{doc_example, quiz_file_entry};
use super::{at, ctx, ensure, owned, Entry, Failure, Outcome};
use crate::gen::NUMBERS;
use crate::rng::Rng;

// ---------------------------------------------------------------------------
// draft-file
// ---------------------------------------------------------------------------

/// The quiz files' seeds, tokens and mutations (see `quiz-file`), opened
/// in the editor. Opening, writing, opening again and checking a file takes
/// some five times what validating it does, so the small seed (the format's
/// minimal example) is mutated four times as often as there.
pub fn draft_file_entry() -> Entry {
    let mut entry = quiz_file_entry();
    for (seed, weight) in &mut entry.seeds {
        if seed.len() < 4096 {
            *weight *= 4;
        }
    }
    Entry {
        name: "draft-file",
        covers: "draft::Draft::read, to_file, check (held against validate::parse_quiz)",
        run: run_draft_file,
        ..entry
    }
}

/// What the validator found: the quiz, or the problems.
type Verdict = Result<Quiz, Vec<Problem>>;

/// The largest input whose JSON is compared with the draft's file: each
/// input stays within the harness's 50 ms (`Draft::read` alone takes some
/// 30 ms on the largest files of thousands of unknown fields).
const COMPARED_UP_TO: usize = 64 * 1024;

/// Any bytes: refused over the size limit as too large, and refused only
/// where the validator finds no quiz either. A file that opens is written
/// as a file that opens as the same draft, with nothing left out, and each
/// problem of the draft is placed at a field, item or list it has. A valid
/// file opens with nothing left out and checks as the same quiz. Any other
/// file (up to [`COMPARED_UP_TO`]) is kept value for value but for what the
/// draft's docs say it leaves out or fills in (see [`rewritten`]), and
/// where the draft's file is the same JSON as the bytes, the validator
/// judges both alike, problem for problem. (Not that an invalid file's
/// draft has problems: a draft leaves out `null`s and empty optional
/// values, fills in what is missing and writes `1.0` as `1`, which can
/// make a file the validator refuses one it accepts.)
fn run_draft_file(input: &[u8]) -> Outcome {
    let read = at("Draft::read", || Draft::read(input));
    let too_large = matches!(read, Err(OpenError::TooLarge { bytes }) if bytes == input.len());
    ensure!(
        too_large == (input.len() > MAX_FILE_BYTES),
        "Draft::read's size limit is not the quiz files' limit",
        "{} bytes (limit {MAX_FILE_BYTES}): {:?}",
        input.len(),
        read.as_ref().err()
    );
    if too_large {
        return Ok(false);
    }
    let Opened { draft, left_out } = match read {
        Ok(opened) => opened,
        Err(e) => {
            let said = at("OpenError::to_string", || e.to_string());
            // What is not JSON here is not JSON to the validator: the two
            // read with the same reader (`lenient::read`), not run twice.
            if !matches!(e, OpenError::NotJson { .. }) {
                let valid = at("strict::read_quiz", || read_quiz(input));
                ensure!(
                    valid.is_none(),
                    "Draft::read refuses a valid quiz file",
                    "{said}"
                );
            }
            return Ok(false);
        }
    };
    let file = at("Draft::to_file", || draft.to_file());
    let again = at("Draft::read", || Draft::read(file.as_bytes()));
    ensure!(
        matches!(&again, Ok(o) if o.draft == draft && o.left_out.is_empty()),
        "the file a draft writes does not open as the same draft",
        "{} bytes written; opened again: {}",
        file.len(),
        match &again {
            Ok(o) if o.draft == draft => format!("left out {:?}", o.left_out),
            Ok(o) => format!("another draft: {}", first_difference(&draft, &o.draft)),
            Err(e) => e.to_string(),
        }
    );
    let checked = at("Draft::check", || draft.check());
    placed(&draft, &checked)?;
    // What readers use, and the full validator's verdict exactly (the
    // quiz-file entry holds the two to each other).
    if let Some(quiz) = at("strict::read_quiz", || read_quiz(input)) {
        ensure!(
            left_out.is_empty(),
            "a valid quiz file opens with fields left out",
            "{left_out:?}"
        );
        ensure!(
            checked.as_ref().ok() == Some(&quiz),
            "a valid quiz file opened as a draft does not check as the same quiz",
            "{}",
            match &checked {
                Ok(_) => "another quiz".to_string(),
                Err(problems) => listing(problems),
            }
        );
        return Ok(true);
    }
    if input.len() > COMPARED_UP_TO {
        return Ok(true);
    }
    // The draft's file as JSON (the same value as its text read back:
    // the draft opened again as itself above).
    let text = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let (was, now) = match (
        serde_json::from_slice::<Json>(text),
        serde_json::to_value(&draft),
    ) {
        (Ok(was), Ok(now)) => (was, now),
        (was, now) => {
            ensure!(
                false,
                "a file that opens as a draft is not JSON to serde_json, or a draft is not JSON",
                "the file: {:?}; the draft: {:?}",
                was.err(),
                now.err()
            );
            return Ok(true);
        }
    };
    let mut differences = Vec::new();
    differ(Some(&was), Some(&now), "$".to_string(), &mut differences);
    rewritten(&differences, &left_out)?;
    if differences.is_empty() {
        // Spaces, a byte-order mark, the order of fields, `\u00e9` for `é`:
        // the validator reads values, not their spelling.
        let verdict = at("validate::parse_quiz", || parse_quiz(input));
        ensure!(
            verdict == checked,
            "the validator judges a file and its draft's file, the same JSON, differently",
            "the file: {}; the draft's: {}",
            verdict
                .as_ref()
                .map_or_else(|p| listing(p), |_| "a quiz".into()),
            checked
                .as_ref()
                .map_or_else(|p| listing(p), |_| "a quiz".into())
        );
    }
    Ok(true)
}

/// One place where the file opened and the draft's file differ as JSON:
/// its path in the validator's spelling (`$.questions[2].text`), and the
/// value on either side (`None`: not there).
type Difference<'a> = (String, Option<&'a Json>, Option<&'a Json>);

/// The places where `a` and `b` differ: object fields one by one, lists
/// item by item when they are as long, any other value as a whole.
fn differ<'a>(
    a: Option<&'a Json>,
    b: Option<&'a Json>,
    path: String,
    out: &mut Vec<Difference<'a>>,
) {
    match (a, b) {
        (Some(Json::Object(x)), Some(Json::Object(y))) => {
            for (key, v) in x {
                differ(Some(v), y.get(key), format!("{path}.{key}"), out);
            }
            for (key, w) in y {
                if !x.contains_key(key) {
                    out.push((format!("{path}.{key}"), None, Some(w)));
                }
            }
        }
        (Some(Json::Array(x)), Some(Json::Array(y))) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                differ(Some(v), Some(w), format!("{path}[{i}]"), out);
            }
        }
        _ if a == b => {}
        _ => out.push((path, a, b)),
    }
}

/// A draft keeps a file's every value but for what its docs say it does
/// not: fields the format does not know (which `left_out` names), `null`
/// and empty optional values (left out), fields the file lacks (written
/// empty, and `schema` as 1), and how a number is spelt (`1.0`, `1e2`).
/// And what `left_out` names is not in the draft's file.
fn rewritten(differences: &[Difference], left_out: &[String]) -> Result<(), Failure> {
    let named: HashSet<&str> = left_out.iter().map(String::as_str).collect();
    for (path, was, now) in differences {
        let documented = match (was, now) {
            (Some(v), None) => named.contains(path.as_str()) || vacant(v, path, &named),
            (None, Some(w)) => vacant(w, path, &HashSet::new()) || (path == "$.schema" && **w == 1),
            (Some(Json::Number(a)), Some(Json::Number(b))) => a.as_f64() == b.as_f64(),
            _ => false,
        };
        ensure!(
            documented,
            "a draft changes a file's value where it should keep it",
            "at {path}: the file has {}, the draft's file {}",
            shown(*was),
            shown(*now)
        );
    }
    // A field left out is gone, or in an object that is.
    let gone: HashSet<&str> = differences
        .iter()
        .filter(|d| d.1.is_some() && d.2.is_none())
        .map(|d| d.0.as_str())
        .collect();
    let kept = left_out.iter().find(|path| {
        !path
            .char_indices()
            .filter(|&(i, c)| i > 0 && matches!(c, '.' | '['))
            .map(|(i, _)| &path[..i])
            .chain([path.as_str()])
            .any(|p| gone.contains(p))
    });
    ensure!(
        kept.is_none(),
        "Opened::left_out names a field the draft's file still has",
        "{kept:?}"
    );
    Ok(())
}

/// Whether a value says nothing: `null`, `false`, `""`, `[]`, or an object
/// of such values and fields left out.
fn vacant(v: &Json, path: &str, left_out: &HashSet<&str>) -> bool {
    match v {
        Json::Null => true,
        Json::Bool(b) => !b,
        Json::Number(_) => false,
        Json::String(s) => s.is_empty(),
        Json::Array(items) => items.is_empty(),
        Json::Object(fields) => fields.iter().all(|(key, v)| {
            let path = format!("{path}.{key}");
            left_out.contains(path.as_str()) || vacant(v, &path, left_out)
        }),
    }
}

fn shown(v: Option<&Json>) -> String {
    v.map_or("nothing".to_string(), |v| {
        let text = v.to_string();
        match text.char_indices().nth(120) {
            Some((end, _)) => format!("{}…", &text[..end]),
            None => text,
        }
    })
}

fn listing(problems: &[Problem]) -> String {
    problems
        .iter()
        .take(4)
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The first field that differs between two drafts, for a failure's detail.
fn first_difference(a: &Draft, b: &Draft) -> String {
    let (a, b) = (format!("{a:?}"), format!("{b:?}"));
    let mut at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(at) {
        at -= 1;
    }
    let from = a[..at].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    let tail = |s: &str| {
        s.get(from..)
            .unwrap_or("")
            .chars()
            .take(160)
            .collect::<String>()
    };
    format!("{} / {}", tail(&a), tail(&b))
}

/// Each problem of a draft is placed at a field, item or list the draft
/// has (for the editor to show it beside).
fn placed(draft: &Draft, checked: &Verdict) -> Result<(), Failure> {
    let Err(problems) = checked else {
        return Ok(());
    };
    ensure!(
        !problems.is_empty(),
        "Draft::check refuses a draft without saying why",
        "no problems listed"
    );
    for p in problems {
        let field = at("draft::problem_field", || problem_field(p));
        ensure!(
            field.as_ref().is_some_and(|f| has(draft, f)),
            "a problem of a draft is placed at no field the draft has",
            "{p} ({}) → {field:?}",
            p.path
        );
    }
    Ok(())
}

/// Whether the draft has a field, item or list, for the form to show.
fn has(d: &Draft, field: &Field) -> bool {
    match field {
        Field::Whole | Field::Ui(_) => true,
        Field::List(list) => d.count(*list).is_some(),
        Field::Item(item) => d.count(item.list).is_some_and(|n| item.index < n),
        other => d.value(other).is_some(),
    }
}

// ---------------------------------------------------------------------------
// draft-edits
// ---------------------------------------------------------------------------

/// The most steps an input takes: under `History::LIMIT` (200), so that
/// undoing goes all the way back.
const MAX_STEPS: usize = 120;

/// The drafts edits start from: the built-in quiz as a template (`B`), a
/// blank quiz in English (`e`) and in German (`g`), and the format's
/// minimal example opened (`m`); see [`start_of`].
fn starts() -> &'static [Draft] {
    static STARTS: OnceLock<Vec<Draft>> = OnceLock::new();
    STARTS.get_or_init(|| {
        vec![
            Draft::from_quiz(&ctx().quiz),
            Draft::blank(Lang::En),
            Draft::blank(Lang::De),
            Draft::open(doc_example().as_bytes()).expect("the minimal example opens"),
        ]
    })
}

/// The start a byte names: `B`, `e`, `g` or `m`, and any other byte one of
/// the small drafts (the built-in quiz takes ten times as long to check as
/// the minimal example: random inputs seldom start from it).
fn start_of(b: u8) -> usize {
    match b {
        b'B' => 0,
        b'e' => 1,
        b'g' => 2,
        b'm' => 3,
        other => 1 + usize::from(other) % 3,
    }
}

/// Texts edits type: ids and names the drafts have, spaces, characters of
/// every width (and, now and then, a text over the validator's limit).
const TEXTS: &[&str] = &[
    "",
    " ",
    "a",
    "ab",
    "x y",
    "Listening first",
    "q1",
    "q2",
    "l1",
    "dickey",
    "listening",
    "integrity",
    "habit",
    "habit-2",
    "source",
    "style",
    "Saying no",
    "nope",
    "Größe\u{a0}",
    "\t",
    "é",
    "😀",
    "\u{202e}",
    "https://coach.example/book",
    "2024-02-29",
    "en-GB",
    "start",
    "q1,dickey,nope",
];

/// The operations, as the first byte of a line (any other byte picks one
/// by its value): `a`dd, `r`emove, move `u`p and `d`own a list's item,
/// `t` set a field to a value of its kind, `k` type into a text (insert the
/// rest of the line, or delete a character when it is empty); the same in
/// capitals with lists, items and fields named by raw numbers, mostly ones
/// the draft does not have (`S`: set any field to a value of any kind);
/// `z` undo, `y` redo, `s` seal the run of typing, `p` start again from
/// another draft (`History::replace`).
const OPS: &[u8] = b"artkudARUDSzysp";

/// An input is a start (the first byte of its first line: see
/// [`start_of`]), then a step a line (at most [`MAX_STEPS`]): an operation
/// (see [`OPS`]), bytes naming what it acts on, and the rest of the line as
/// a text, a number or ids.
pub fn draft_edits_entry() -> Entry {
    let mut tokens = owned(&[b"\n", b"\nz\nz", b"\ny\ny", b"\nz\ny", b"\npm", b"\npe"]);
    tokens.extend(OPS.iter().map(|&op| vec![b'\n', op]));
    tokens.extend(TEXTS.iter().map(|t| t.as_bytes().to_vec()));
    let mut rng = Rng::new(26);
    let mut seeds: Vec<(Vec<u8>, u32)> = vec![
        // A blank quiz: a habit added, typing, a number, moves, undo and redo.
        (
            b"e\na\x02\nk\x00\x14\x00Listening\nk\x00\x14\x09 \nk\x00\x14\x0afirst\nt\x00\x15\x00\x31\x34\na\x01\nu\x01\x01\nz\nz\ny\ns\nr\x02\x00"
                .to_vec(),
            8,
        ),
        // The minimal example, with fields named by numbers it does not have.
        (
            b"m\nS\x0593\x02Hello\nR\x059\nU\x0b\x009\nD\x0b0\nS\x0b00\x019\nS\x0dkey\x00start\nz\nz\nz".to_vec(),
            8,
        ),
    ];
    for start in *b"Begm" {
        let mut input = structured_edits(&mut rng);
        input[0] = start;
        // The built-in quiz takes ten times as long to check: mutated least.
        seeds.push((input, if start == b'B' { 1 } else { 8 }));
    }
    Entry {
        max_len: 4096,
        seeds,
        tokens,
        alphabet: b"artkudARUDSzysp0123456789\n\n\n\x00\x01\x02\x03 ",
        structured: Some(structured_edits),
        ..Entry::new(
            "draft-edits",
            "draft::History (apply, undo, redo, seal, replace), Draft::apply, to_file, check, problem_field",
            run_draft_edits,
        )
    }
}

/// A start, then lines of operations on mostly small numbers and texts the
/// drafts have.
fn structured_edits(rng: &mut Rng) -> Vec<u8> {
    // The built-in quiz takes ten times as long to check as the minimal
    // example: it is the start least often.
    let mut out = vec![if rng.one_in(20) {
        b'B'
    } else {
        *rng.pick(b"eegmmm")
    }];
    for _ in 0..rng.small(64) {
        out.push(b'\n');
        let op = match rng.below(100) {
            0..=24 => b't',
            25..=44 => b'k',
            45..=54 => b'a',
            55..=59 => b'r',
            60..=63 => b'u',
            64..=67 => b'd',
            68..=79 => *rng.pick(b"ARUDSS"),
            80..=88 => b'z',
            89..=94 => b'y',
            95..=98 => b's',
            _ => b'p',
        };
        out.push(op);
        for _ in 0..4 {
            out.push(match rng.below(10) {
                0..=5 => rng.below(6) as u8,
                6..=7 => b'0' + rng.below(10) as u8,
                _ => rng.byte(),
            });
        }
        match rng.below(100) {
            0..=29 => out.extend_from_slice(rng.pick(NUMBERS).as_bytes()),
            30 => out.extend(std::iter::repeat_n(b'x', 1001)),
            _ => out.extend_from_slice(rng.pick(TEXTS).as_bytes()),
        }
    }
    out
}

/// One line of an input, read a byte at a time (0 past its end), then
/// the rest as text.
struct Line<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Line<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    /// Two bytes: an index to take modulo a count.
    fn wide(&mut self) -> usize {
        (usize::from(self.byte()) << 8) | usize::from(self.byte())
    }

    /// A raw position: `0`–`9` as digits (readable, and mostly there),
    /// any other byte as its value (mostly not there).
    fn raw(&mut self) -> usize {
        match self.byte() {
            d @ b'0'..=b'9' => usize::from(d - b'0'),
            b => usize::from(b),
        }
    }

    fn rest(&self) -> String {
        String::from_utf8_lossy(self.bytes.get(self.at..).unwrap_or_default()).into_owned()
    }
}

/// What one line of an input does.
#[derive(Debug, Clone)]
enum Step {
    Edit(Edit),
    Undo,
    Redo,
    Seal,
    Replace(usize),
}

/// The step a line makes, for the draft as it is.
fn step(d: &Draft, line: &[u8]) -> Step {
    let mut l = Line { bytes: line, at: 0 };
    let op = match l.byte() {
        op if OPS.contains(&op) => op,
        other => OPS[usize::from(other) % OPS.len()],
    };
    let lists = d.lists();
    let item = |l: &mut Line| {
        let list = lists[usize::from(l.byte()) % lists.len()];
        let count = d.count(list).unwrap_or(0);
        // One past the end now and then.
        Item::new(list, usize::from(l.byte()) % (count + 1))
    };
    match op {
        b'a' => Step::Edit(Edit::Add(lists[usize::from(l.byte()) % lists.len()])),
        b'r' => Step::Edit(Edit::Remove(item(&mut l))),
        b'u' => Step::Edit(Edit::MoveUp(item(&mut l))),
        b'd' => Step::Edit(Edit::MoveDown(item(&mut l))),
        b't' => {
            let fields = all_fields(d);
            let field = fields[l.wide() % fields.len()].clone();
            let pick = l.byte();
            let value = match d.value(&field) {
                Some(Value::Text(_)) | None => Value::Text(l.rest()),
                Some(Value::Number(_)) => Value::Number(number(&l.rest())),
                Some(Value::Flag(_)) => Value::Flag(pick & 1 == 1),
                Some(Value::Test(_)) => Value::Test(test(pick)),
                Some(Value::Ids(_)) => Value::Ids(ids(d, pick, &l.rest())),
            };
            Step::Edit(Edit::Set(field, value))
        }
        b'k' => {
            let fields: Vec<Field> = all_fields(d).into_iter().filter(holds_text).collect();
            let field = fields[l.wide() % fields.len()].clone();
            let Some(Value::Text(now)) = d.value(&field) else {
                return Step::Seal;
            };
            let mut chars: Vec<char> = now.chars().collect();
            let at = usize::from(l.byte()) % (chars.len() + 1);
            let typed = l.rest();
            if typed.is_empty() {
                // Backspace.
                if at > 0 {
                    chars.remove(at - 1);
                }
            } else {
                chars.splice(at..at, typed.chars());
            }
            Step::Edit(Edit::Set(field, Value::Text(chars.into_iter().collect())))
        }
        b'A' => Step::Edit(Edit::Add(raw_list(&mut l))),
        b'R' | b'U' | b'D' => {
            let item = Item::new(raw_list(&mut l), l.raw());
            Step::Edit(match op {
                b'R' => Edit::Remove(item),
                b'U' => Edit::MoveUp(item),
                _ => Edit::MoveDown(item),
            })
        }
        b'S' => {
            let field = raw_field(&mut l);
            let pick = l.byte();
            let rest = l.rest();
            let value = match pick % 5 {
                0 => Value::Text(rest),
                1 => Value::Number(number(&rest)),
                2 => Value::Flag(pick & 8 == 8),
                3 => Value::Test(test(pick >> 3)),
                _ => Value::Ids(ids(d, pick, &rest)),
            };
            Step::Edit(Edit::Set(field, value))
        }
        b'z' => Step::Undo,
        b'y' => Step::Redo,
        b's' => Step::Seal,
        _ => Step::Replace(start_of(l.byte())),
    }
}

/// A number as a form's number field reads it: empty is none; text that
/// is no number is none too; `NaN`, `inf`, `1e400` are numbers no file
/// can hold.
fn number(text: &str) -> Option<f64> {
    text.trim().parse().ok()
}

fn test(pick: u8) -> Test {
    if pick & 1 == 1 {
        Test::AtLeast
    } else {
        Test::Below
    }
}

/// Ids from a line (`a,b`), or chosen by the bits of `pick` from the
/// draft's source and statement ids and one id no item has.
fn ids(d: &Draft, pick: u8, rest: &str) -> Vec<String> {
    if !rest.is_empty() {
        return rest.split(',').map(str::to_string).collect();
    }
    d.sources
        .iter()
        .map(|s| s.id.clone())
        .chain(d.questions.iter().map(|q| q.id.clone()))
        .chain(["nope".to_string()])
        .enumerate()
        .filter(|(i, _)| pick >> (i % 8) & 1 == 1)
        .map(|(_, id)| id)
        .take(4)
        .collect()
}

/// A list named by raw positions, whether or not the draft has it.
fn raw_list(l: &mut Line) -> List {
    match l.byte() % 11 {
        0 => List::Labels,
        1 => List::Sources,
        2 => List::Dimensions,
        3 => List::Bands(l.raw()),
        4 => List::Advice(l.raw(), l.raw()),
        5 => List::Discussion(l.raw()),
        6 => List::Prompts(l.raw(), Situation::ALL[usize::from(l.byte()) % 3]),
        7 => List::Questions,
        8 => List::Patterns,
        9 => List::Conditions(l.raw()),
        _ => List::Reflections,
    }
}

/// Any field, item or list, named by raw positions and keys.
fn raw_field(l: &mut Line) -> Field {
    fn key<T: Copy>(l: &mut Line, keys: &[T]) -> T {
        keys[usize::from(l.byte()) % keys.len()]
    }
    match l.byte() % 14 {
        0 => Field::Whole,
        1 => Field::List(raw_list(l)),
        2 => Field::Item(Item::new(raw_list(l), l.raw())),
        3 => Field::Quiz(key(l, &QuizKey::ALL)),
        4 => Field::Text(Item::new(raw_list(l), l.raw())),
        5 => Field::Source(l.raw(), key(l, &SourceKey::ALL)),
        6 => Field::Dimension(l.raw(), key(l, &DimensionKey::ALL)),
        7 => Field::Band(l.raw(), l.raw(), key(l, &BandKey::ALL)),
        8 => Field::Advice(l.raw(), l.raw(), l.raw(), key(l, &AdviceKey::ALL)),
        9 => Field::Question(l.raw(), key(l, &QuestionKey::ALL)),
        10 => Field::Pattern(l.raw(), key(l, &PatternKey::ALL)),
        11 => Field::Condition(l.raw(), l.raw(), key(l, &ConditionKey::ALL)),
        12 => Field::Reflection(l.raw(), key(l, &ReflectionKey::ALL)),
        _ => Field::Ui(
            ["start", "strat", "style_kicker", "", "a.b[1]"][usize::from(l.byte()) % 5].to_string(),
        ),
    }
}

/// Whether a form field holds a text (or an id).
fn holds_text(field: &Field) -> bool {
    match field {
        Field::Quiz(key) => *key != QuizKey::Minutes,
        Field::Text(_) | Field::Source(..) | Field::Dimension(..) | Field::Ui(_) => true,
        Field::Band(.., key) => *key == BandKey::Headline,
        Field::Advice(.., key) => *key == AdviceKey::Text,
        Field::Question(_, key) => {
            matches!(
                key,
                QuestionKey::Id | QuestionKey::Dimension | QuestionKey::Text
            )
        }
        Field::Pattern(_, key) => *key != PatternKey::Sources,
        Field::Condition(.., key) => *key == ConditionKey::Dimension,
        Field::Reflection(_, key) => *key != ReflectionKey::Questions,
        Field::Whole | Field::List(_) | Field::Item(_) => false,
    }
}

/// Every form field the draft has, and a few `ui` keys (one misspelt).
fn all_fields(d: &Draft) -> Vec<Field> {
    let mut fields = d.fields();
    fields.extend(["start", "strat", "style_kicker"].map(|k| Field::Ui(k.to_string())));
    fields
}

/// How a step that changed the draft began, as far as the documented
/// rules of `History` tell.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Began {
    /// A step of its own.
    New,
    /// Part of the run of typing before it.
    Joined,
    /// Either (an edit that changed nothing came between: the docs leave
    /// open whether it ends the run; or it cannot be told where a space
    /// was typed).
    Either,
}

/// What undo and redo must do, from the drafts an input went through.
struct Model {
    /// The drafts of the current line of edits, the start first.
    line: Vec<Draft>,
    /// How the change from `line[i]` to `line[i + 1]` began.
    began: Vec<Began>,
    /// Where in `line` the draft is; `None` once that cannot be told (an
    /// undo whose step may have begun at either of two equal drafts), after
    /// which only undoing all the way and redoing as many are held to it.
    at: Option<usize>,
    /// Where each undo left from, the last undone last.
    undone: Vec<usize>,
    /// The field being typed into, when the last change was typing.
    typing: Option<Field>,
    /// Whether an edit that changed nothing came after that typing.
    idle: bool,
}

impl Model {
    /// A change made by an edit or a replace, beginning as `began`.
    fn changed(&mut self, draft: &Draft, began: Began) {
        if let Some(at) = self.at {
            self.line.truncate(at + 1);
            self.began.truncate(at);
            self.line.push(draft.clone());
            self.began.push(began);
            self.at = Some(at + 1);
        }
        self.undone.clear();
    }

    /// A step that ends any run of typing.
    fn ends_run(&mut self) {
        self.typing = None;
        self.idle = false;
    }
}

fn run_draft_edits(input: &[u8]) -> Outcome {
    let mut lines = input.split(|&b| b == b'\n');
    let start = &starts()[start_of(
        lines
            .next()
            .and_then(|l| l.first().copied())
            .unwrap_or(b'e'),
    )];
    let mut h = History::new(start.clone());
    let mut model = Model {
        line: vec![start.clone()],
        began: Vec::new(),
        at: Some(0),
        undone: Vec::new(),
        typing: None,
        idle: false,
    };
    for line in lines.take(MAX_STEPS) {
        let step = step(h.draft(), line);
        apply_step(&mut h, &mut model, step)?;
    }
    let end = h.draft().clone();
    // The starts are valid or blank: only a draft edits made is checked.
    if end != *start {
        check_draft(&end)?;
    }
    // Undo all the way: back to the start, each undo where the model says.
    let mut undos = 0;
    while h.can_undo() {
        ensure!(
            undos <= MAX_STEPS,
            "History::undo never stops",
            "{undos} undos"
        );
        apply_step(&mut h, &mut model, Step::Undo)?;
        undos += 1;
    }
    ensure!(
        model.at.is_none_or(|at| at == 0),
        "History forgets steps it should keep (fewer than History::LIMIT)",
        "{undos} undone; {:?} steps to go",
        model.at
    );
    ensure!(
        h.draft() == start,
        "undoing every step does not restore the start",
        "{}",
        first_difference(start, h.draft())
    );
    // Redo as many: back to the end; and all the way, as the model says.
    for _ in 0..undos {
        apply_step(&mut h, &mut model, Step::Redo)?;
    }
    ensure!(
        h.draft() == &end,
        "redoing every step undone does not restore the end",
        "{}",
        first_difference(&end, h.draft())
    );
    while h.can_redo() {
        apply_step(&mut h, &mut model, Step::Redo)?;
    }
    ensure!(
        model.at.is_none() || model.undone.is_empty(),
        "History::can_redo says there is nothing to redo when there is",
        "{} undone",
        model.undone.len()
    );
    Ok(model.line.len() > 1)
}

/// Runs one step on the history and holds it to the model.
fn apply_step(h: &mut History, model: &mut Model, step: Step) -> Result<(), Failure> {
    // The model holds the draft as it is (undo and redo are held to it).
    let kept;
    let before = match model.at {
        Some(at) => &model.line[at],
        None => {
            kept = h.draft().clone();
            &kept
        }
    };
    match step {
        Step::Edit(edit) => {
            let changed = at("History::apply", || h.apply(edit.clone()));
            let after = h.draft();
            ensure!(
                changed == (after != before),
                "History::apply says an edit changed the draft when it did not, or the other way round",
                "{edit:?} → {changed}"
            );
            edited(before, after, &edit, changed)?;
            let typed = match &edit {
                Edit::Set(field, value @ (Value::Text(_) | Value::Number(_))) => {
                    Some((field, value))
                }
                _ => None,
            };
            if !changed {
                model.idle |= model.typing.is_some();
                return Ok(());
            }
            let began = match typed {
                Some((field, value)) if model.typing.as_ref() == Some(field) => {
                    match (starts_word(before.value(field), value), model.idle) {
                        (Some(true), _) => Began::New,
                        (Some(false), false) => Began::Joined,
                        _ => Began::Either,
                    }
                }
                _ => Began::New,
            };
            let typing = typed.map(|(field, _)| field.clone());
            model.changed(after, began);
            model.typing = typing;
            model.idle = false;
        }
        Step::Replace(i) => {
            let another = *before != starts()[i];
            let changed = at("History::replace", || h.replace(starts()[i].clone()));
            ensure!(
                changed == another,
                "History::replace says it changed the draft when it did not, or the other way round",
                "start {i} → {changed}"
            );
            if changed {
                model.changed(h.draft(), Began::New);
                model.ends_run();
            }
        }
        Step::Seal => {
            h.seal();
            model.ends_run();
        }
        Step::Undo => {
            let did = at("History::undo", || h.undo());
            let Some(from) = model.at else {
                if did {
                    model.ends_run();
                }
                return Ok(());
            };
            ensure!(
                did == (from > 0),
                "History::undo has a step to undo when there is none, or none when there is",
                "{did}, at change {from} of the line of edits"
            );
            if !did {
                return Ok(());
            }
            // Back to where the step began: before the changes it joined,
            // and no further than the last that surely began a step.
            let mut first = from - 1;
            while first > 0 && model.began[first] == Began::Joined {
                first -= 1;
            }
            let mut last = first;
            while last > 0 && model.began[last] != Began::New {
                last -= 1;
            }
            let landed: Vec<usize> = (last..=first)
                .filter(|&j| model.began[j] != Began::Joined && model.line[j] == *h.draft())
                .collect();
            ensure!(
                !landed.is_empty(),
                "History::undo does not go back to where the step began",
                "at change {from} of the line of edits (how each began: {:?}); the draft: {}",
                &model.began[last..from],
                first_difference(&model.line[first], h.draft())
            );
            model.undone.push(from);
            model.at = match landed[..] {
                [at] => Some(at),
                _ => None,
            };
            model.ends_run();
        }
        Step::Redo => {
            let undone = !model.undone.is_empty();
            let did = at("History::redo", || h.redo());
            if model.at.is_none() {
                if did {
                    model.ends_run();
                }
                return Ok(());
            }
            ensure!(
                did == undone,
                "History::redo has a step to redo when none was undone, or none when one was",
                "{did}, {} undone",
                model.undone.len()
            );
            let Some(to) = model.undone.pop() else {
                // The docs leave open whether a redo of nothing ends a run.
                model.idle |= model.typing.is_some();
                return Ok(());
            };
            ensure!(
                *h.draft() == model.line[to],
                "History::redo does not restore the draft the undo left",
                "{}",
                first_difference(&model.line[to], h.draft())
            );
            model.at = Some(to);
            model.ends_run();
        }
    }
    Ok(())
}

/// Whether setting a text to `new` types one whitespace character after
/// one that is not (`History`'s docs: a new step starts at a word):
/// `Some(true)` or `Some(false)`, or `None` when where it was typed cannot
/// be told (`a b` → `a  b`).
fn starts_word(old: Option<Value>, new: &Value) -> Option<bool> {
    let (Some(Value::Text(old)), Value::Text(new)) = (old, new) else {
        return Some(false);
    };
    let old: Vec<char> = old.chars().collect();
    let new: Vec<char> = new.chars().collect();
    if new.len() != old.len() + 1 {
        return Some(false);
    }
    let word = |i: usize| i > 0 && new[i].is_whitespace() && !new[i - 1].is_whitespace();
    let places: Vec<bool> = (0..new.len())
        .filter(|&i| new[..i] == old[..i] && new[i + 1..] == old[i..])
        .map(word)
        .collect();
    if places.iter().all(|&w| w) {
        Some(!places.is_empty())
    } else if places.iter().any(|&w| w) {
        None
    } else {
        Some(false)
    }
}

/// What an edit does, as `Edit`'s docs say: a field set reads back as
/// set; an edit of a field, item or list the draft does not have, or a
/// number no file can hold, changes nothing; an item added or removed
/// makes its list one longer or shorter, and a move keeps its length.
fn edited(before: &Draft, after: &Draft, edit: &Edit, changed: bool) -> Result<(), Failure> {
    match edit {
        Edit::Set(field, value) => {
            let there = matches!(field, Field::Ui(_)) || before.value(field).is_some();
            let holdable = match value {
                Value::Number(Some(n)) => holdable(*n),
                _ => true,
            };
            ensure!(
                !changed || (there && holdable),
                "an edit of a field the draft does not have, or to a number no file can hold, changes the draft",
                "{edit:?}"
            );
            let now = after.value(field);
            ensure!(
                !changed || now.as_ref() == Some(value),
                "a field set does not read back as set",
                "{edit:?} reads back as {now:?}"
            );
        }
        Edit::Add(list)
        | Edit::Remove(Item { list, .. })
        | Edit::MoveUp(Item { list, .. })
        | Edit::MoveDown(Item { list, .. }) => {
            let (was, now) = (before.count(*list), after.count(*list));
            let (inside, expected) = match edit {
                Edit::Add(_) => (was.is_some(), was.map(|n| n + 1)),
                Edit::Remove(item) => (
                    was.is_some_and(|n| item.index < n),
                    was.map(|n| n.saturating_sub(1)),
                ),
                Edit::MoveUp(item) => (was.is_some_and(|n| item.index > 0 && item.index < n), was),
                _ => (was.is_some_and(|n| item_index(edit) + 1 < n), was),
            };
            ensure!(
                !changed || inside,
                "an edit of an item the draft does not have (or a move past either end of a list) changes the draft",
                "{edit:?}"
            );
            ensure!(
                changed || !matches!(edit, Edit::Add(_)) || !inside,
                "adding an item to a list the draft has changes nothing",
                "{edit:?}"
            );
            ensure!(
                !changed || now == expected,
                "an item added or removed does not make its list one longer or shorter, or a move changes its length",
                "{edit:?}: {was:?} items, then {now:?}"
            );
        }
    }
    Ok(())
}

fn item_index(edit: &Edit) -> usize {
    match edit {
        Edit::Remove(item) | Edit::MoveUp(item) | Edit::MoveDown(item) => item.index,
        _ => 0,
    }
}

/// Whether a quiz file can hold a number, as `Edit::Set`'s docs say: finite,
/// at most 10^22 either way, at most 15 significant digits.
fn holdable(n: f64) -> bool {
    // `{:e}` is the shortest that reads back: `1.2345e-7`.
    let shortest = format!("{n:e}");
    let mantissa = shortest.split('e').next().unwrap_or_default();
    let digits = mantissa.bytes().filter(u8::is_ascii_digit).count();
    n.is_finite() && n.abs() <= 1e22 && digits <= 15
}

/// The draft the edits made: its file opens as the same draft, and each of
/// its problems is placed at a field, item or list it has.
fn check_draft(draft: &Draft) -> Result<(), Failure> {
    let file = at("Draft::to_file", || draft.to_file());
    let again = at("Draft::open", || Draft::open(file.as_bytes()));
    ensure!(
        again.as_ref().ok() == Some(draft),
        "an edited draft's file does not open as the same draft",
        "{}",
        match &again {
            Ok(other) => first_difference(draft, other),
            Err(e) => e.to_string(),
        }
    );
    let checked = at("Draft::check", || draft.check());
    placed(draft, &checked)
}
