//! The share-code contract: short, URL-safe codes that round-trip a result,
//! and strict decoding that refuses anything else with a clear reason.

mod common;

use candor::core::answers::Answer;
use candor::core::builtin::builtin_quiz;
use candor::core::fingerprint::{fingerprint, Fingerprint};
use candor::core::share_code::{
    clean_name, decode, encode, DecodeError, EncodeError, SharedResult, MAX_CODE_CHARS,
};
use common::*;
use proptest::prelude::*;
use proptest::sample::select;

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A fingerprint for quizzes that exist only in these tests.
const FP: Fingerprint = Fingerprint {
    quiz: 0xC0DE,
    content: 0x0042,
};

fn builtin() -> (Fingerprint, usize) {
    let quiz = builtin_quiz();
    (fingerprint(&quiz), quiz.questions.len())
}

/// Every kind of answer, cycling through the sheet.
fn varied_sheet(len: usize) -> Vec<Answer> {
    (0..len)
        .map(|i| Answer::from_code((i % 7) as u8).unwrap())
        .collect()
}

fn round_trip(fp: Fingerprint, answers: &[Answer], name: Option<&str>) -> SharedResult {
    let code = encode(fp, answers, name).expect("encodes");
    decode(&code, fp, answers.len()).unwrap_or_else(|e| panic!("{code}: {e}"))
}

/// `code` with the character at `i` replaced.
fn replaced(code: &str, i: usize, c: char) -> String {
    code.chars()
        .enumerate()
        .map(|(j, x)| if j == i { c } else { x })
        .collect()
}

// ---------------------------------------------------------------------------
// Round trips and length
// ---------------------------------------------------------------------------

#[test]
fn built_in_quiz_round_trips_every_kind_of_answer() {
    let (fp, n) = builtin();
    let sheets = [
        varied_sheet(n),
        vec![Answer::Skipped; n],
        vec![Answer::NotSure; n],
        vec![Answer::Point(5); n],
        sheet_str("12345 ?- 54321 ?- 33333 ?- 11111 ?-"),
    ];
    for sheet in sheets {
        assert_eq!(sheet.len(), n, "fixture sheets match the quiz");
        let back = round_trip(fp, &sheet, None);
        assert_eq!(back.answers, sheet);
        assert_eq!(back.name, None);
    }
}

#[test]
fn names_round_trip_trimmed() {
    let (fp, n) = builtin();
    let sheet = varied_sheet(n);
    for (given, kept) in [
        ("Ana", "Ana"),
        ("  Zoë Núñez\t", "Zoë Núñez"),
        ("李小龍", "李小龍"),
        ("Sam 🚀👩‍💻", "Sam 🚀👩‍💻"),
        ("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwx"),
        (
            "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
            "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
        ),
    ] {
        let back = round_trip(fp, &sheet, Some(given));
        assert_eq!(back.name.as_deref(), Some(kept), "{given:?}");
        assert_eq!(back.answers, sheet);
    }
}

#[test]
fn an_empty_or_blank_name_is_no_name() {
    let (fp, n) = builtin();
    let sheet = varied_sheet(n);
    let without = encode(fp, &sheet, None).unwrap();
    for blank in ["", "   ", "\t\n "] {
        assert_eq!(encode(fp, &sheet, Some(blank)).unwrap(), without);
    }
    assert_eq!(clean_name(" x "), Ok(Some("x")));
}

#[test]
fn invalid_names_are_refused() {
    let sheet = varied_sheet(5);
    assert_eq!(
        encode(FP, &sheet, Some("abcdefghijklmnopqrstuvwxy")),
        Err(EncodeError::NameTooLong)
    );
    assert_eq!(
        encode(FP, &sheet, Some(&"é".repeat(25))),
        Err(EncodeError::NameTooLong)
    );
    for bad in ["a\nb", "a\u{0}b", "bell\u{7}", "a\u{202E}b", "a\u{2028}b"] {
        assert_eq!(
            encode(FP, &sheet, Some(bad)),
            Err(EncodeError::NameInvalid),
            "{bad:?}"
        );
    }
}

#[test]
fn built_in_quiz_code_is_28_characters_without_a_name() {
    let (fp, n) = builtin();
    assert_eq!(n, 28, "the built-in quiz has 28 questions");
    for sheet in [varied_sheet(n), vec![Answer::Point(5); n]] {
        let code = encode(fp, &sheet, None).unwrap();
        assert_eq!(code.len(), 28, "{code}");
        assert!(code.len() <= 32, "the contract allows at most 32");
        assert!(code.starts_with("C1"));
        assert!(code.chars().all(|c| ALPHABET.contains(c)), "{code}");
    }
}

#[test]
fn the_longest_codes_fit_the_limit() {
    let name = "😀".repeat(24);
    let code = encode(FP, &varied_sheet(200), Some(&name)).unwrap();
    assert_eq!(code.len(), 241);
    assert!(code.len() <= MAX_CODE_CHARS);
    assert_eq!(
        encode(FP, &varied_sheet(400), Some(&name)),
        Err(EncodeError::TooLong)
    );
}

#[test]
fn layout_is_as_documented() {
    // "C1" + base64url of: quiz c0de, content 0042, answers 5 (101) and not
    // sure (110) padded to 1011 1000, name "A" (41), and the CRC-32 of all of
    // that text (computed independently with Python's zlib.crc32).
    let code = encode(FP, &[Answer::Point(5), Answer::NotSure], Some("A")).unwrap();
    assert_eq!(code, "C1wN4AQrhBtdBnFQ");
    let back = decode(&code, FP, 2).unwrap();
    assert_eq!(back.answers, [Answer::Point(5), Answer::NotSure]);
    assert_eq!(back.name.as_deref(), Some("A"));
}

#[test]
fn surrounding_whitespace_is_ignored() {
    let (fp, n) = builtin();
    let code = encode(fp, &varied_sheet(n), Some("Ana")).unwrap();
    let back = decode(&format!("  {code}\n"), fp, n).unwrap();
    assert_eq!(back.name.as_deref(), Some("Ana"));
}

// ---------------------------------------------------------------------------
// Each refusal
// ---------------------------------------------------------------------------

#[test]
fn not_a_code() {
    let (fp, n) = builtin();
    let code = encode(fp, &varied_sheet(n), None).unwrap();
    for text in [
        "hello".to_string(),
        String::new(),
        "   ".to_string(),
        "C".to_string(),
        "C0AAAA".to_string(),
        "CxAAAA".to_string(),
        format!("https://example.com/candor/#r={code}"),
        format!("{code}!"),
        format!("c{}", &code[1..]),
        "C1".to_string() + &"A".repeat(MAX_CODE_CHARS),
    ] {
        assert_eq!(
            decode(&text, fp, n),
            Err(DecodeError::NotACandorCode),
            "{text:?}"
        );
    }
}

#[test]
fn newer_format() {
    let (fp, n) = builtin();
    let code = encode(fp, &varied_sheet(n), None).unwrap();
    for version in ['2', '9'] {
        let newer = replaced(&code, 1, version);
        assert_eq!(decode(&newer, fp, n), Err(DecodeError::NewerFormat));
    }
}

#[test]
fn damaged() {
    let (fp, n) = builtin();
    let code = encode(fp, &varied_sheet(n), Some("Ana")).unwrap();
    let last = code.len() - 1;
    let changed = replaced(&code, 10, if &code[10..11] == "A" { 'B' } else { 'A' });
    for text in [
        changed,
        code[..last].to_string(),
        code[..code.len() - 4].to_string(),
        "C1".to_string(),
        "C1AAAAAAAAAA".to_string(),
        format!("{code}A"),
    ] {
        assert_eq!(decode(&text, fp, n), Err(DecodeError::Damaged), "{text:?}");
    }
    // A code read with the wrong number of questions is inconsistent (the
    // fingerprint fixes the number, so this only happens to a damaged code).
    let mut sheet = varied_sheet(8);
    sheet[7] = Answer::NotSure;
    let short = encode(FP, &sheet, None).unwrap();
    assert_eq!(decode(&short, FP, 7), Err(DecodeError::Damaged));
    assert_eq!(decode(&short, FP, 9), Err(DecodeError::Damaged));
    assert_eq!(decode(&short, FP, usize::MAX), Err(DecodeError::Damaged));
}

#[test]
fn other_quiz_and_other_version() {
    let sheet = varied_sheet(10);
    let code = encode(FP, &sheet, None).unwrap();
    let other_quiz = Fingerprint {
        quiz: FP.quiz ^ 1,
        ..FP
    };
    let other_version = Fingerprint {
        content: FP.content ^ 1,
        ..FP
    };
    assert_eq!(decode(&code, other_quiz, 10), Err(DecodeError::OtherQuiz));
    assert_eq!(
        decode(&code, other_version, 10),
        Err(DecodeError::OtherVersion)
    );
    // With the built-in quiz: a code from the scoring fixture is another quiz.
    let (fp, n) = builtin();
    let fixture = fingerprint(&scoring_quiz());
    let foreign = encode(fixture, &varied_sheet(9), None).unwrap();
    assert_eq!(decode(&foreign, fp, n), Err(DecodeError::OtherQuiz));
}

#[test]
fn messages_are_plain_english() {
    let messages = [
        DecodeError::NotACandorCode,
        DecodeError::NewerFormat,
        DecodeError::Damaged,
        DecodeError::OtherQuiz,
        DecodeError::OtherVersion,
    ]
    .map(|e| e.to_string());
    assert_eq!(messages[0], "This isn't a Candor result code.");
    assert!(messages[1].starts_with("This code was made by a newer version of Candor"));
    assert_eq!(
        messages[2],
        "This code is damaged or mistyped; ask for it again."
    );
    assert_eq!(messages[3], "This code is from a different quiz.");
    assert!(messages[4].starts_with("This code is from a different version of this quiz"));
    for m in messages.iter().chain(&[
        EncodeError::NameTooLong.to_string(),
        EncodeError::NameInvalid.to_string(),
        EncodeError::TooLong.to_string(),
    ]) {
        assert!(m.ends_with('.'), "{m}");
        for jargon in [
            "base64",
            "CRC",
            "checksum",
            "byte",
            "UTF",
            "fingerprint",
            "hash",
        ] {
            assert!(!m.contains(jargon), "{m}");
        }
    }
}

#[test]
fn messages_are_given_in_german_too() {
    use candor::core::catalogue::ProblemTexts;
    use candor::core::language::Lang;
    let (en, de) = (ProblemTexts::of(Lang::En), ProblemTexts::of(Lang::De));
    let decode_errors = [
        DecodeError::NotACandorCode,
        DecodeError::NewerFormat,
        DecodeError::Damaged,
        DecodeError::OtherQuiz,
        DecodeError::OtherVersion,
    ];
    let encode_errors = [
        EncodeError::NameTooLong,
        EncodeError::NameInvalid,
        EncodeError::TooLong,
    ];
    let pairs = decode_errors
        .iter()
        .map(|e| (e.to_string(), e.message(en), e.message(de)))
        .chain(
            encode_errors
                .iter()
                .map(|e| (e.to_string(), e.message(en), e.message(de))),
        );
    for (display, english, german) in pairs {
        assert_eq!(display, english);
        assert_ne!(german, english);
        assert!(german.ends_with('.'), "{german}");
    }
    assert_eq!(
        DecodeError::OtherQuiz.message(de),
        "Dieser Code gehört zu einem anderen Quiz."
    );
    assert_eq!(
        EncodeError::NameTooLong.to_string(),
        "A name can be at most 24 characters long."
    );
    // The message of a refused code names the limit it enforces.
    let long = "x".repeat(25);
    assert_eq!(
        encode(FP, &[], Some(&long)).unwrap_err().message(de),
        "Ein Name darf höchstens 24 Zeichen lang sein."
    );
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn answer() -> impl Strategy<Value = Answer> {
    (0u8..=6).prop_map(|c| Answer::from_code(c).unwrap())
}

fn fingerprint_any() -> impl Strategy<Value = Fingerprint> {
    (any::<u16>(), any::<u16>()).prop_map(|(quiz, content)| Fingerprint { quiz, content })
}

/// Valid names: 1–24 characters, no control characters, no surrounding space.
fn name() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => select(('a'..='z').chain(['É', 'ß', 'ø', '李', '😀', '🚀', '-', '\'']).collect::<Vec<_>>()),
            1 => Just(' '),
            1 => any::<char>(),
        ],
        1..=24,
    )
    .prop_map(|chars| chars.into_iter().collect::<String>())
    .prop_filter_map("a valid name", |s| {
        clean_name(&s).ok().flatten().map(str::to_string)
    })
}

fn code() -> impl Strategy<Value = (Fingerprint, usize, String)> {
    (
        fingerprint_any(),
        prop::collection::vec(answer(), 1..=200),
        prop::option::of(name()),
    )
        .prop_map(|(fp, answers, name)| {
            let code = encode(fp, &answers, name.as_deref()).unwrap();
            (fp, answers.len(), code)
        })
}

proptest! {
    #[test]
    fn encode_then_decode_round_trips(
        fp in fingerprint_any(),
        answers in prop::collection::vec(answer(), 1..=200),
        name in prop::option::of(name()),
    ) {
        let code = encode(fp, &answers, name.as_deref()).unwrap();
        prop_assert!(code.len() <= MAX_CODE_CHARS);
        prop_assert!(code.chars().all(|c| ALPHABET.contains(c)));
        let back = decode(&code, fp, answers.len()).unwrap();
        prop_assert_eq!(back.answers, answers);
        prop_assert_eq!(back.name, name);
    }

    #[test]
    fn decode_never_panics_on_any_text(text in ".{0,400}", n in 0usize..300) {
        let _ = decode(&text, FP, n);
    }

    #[test]
    fn decode_never_panics_on_code_like_text(
        text in "C[0-9][A-Za-z0-9_-]{0,80}",
        n in 0usize..200,
    ) {
        let _ = decode(&text, FP, n);
    }

}

proptest! {
    // Each case checks every position against every other character (about
    // 64 × 100 decodes), so fewer cases still cover a great many changes.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_single_changed_character_is_detected((fp, n, code) in code()) {
        for i in 0..code.len() {
            for c in ALPHABET.chars().filter(|&c| !code[i..].starts_with(c)) {
                let changed = replaced(&code, i, c);
                prop_assert!(decode(&changed, fp, n).is_err(), "{} → {}", code, changed);
            }
        }
    }

    #[test]
    fn every_single_dropped_character_is_detected((fp, n, code) in code()) {
        for i in 0..code.len() {
            let dropped = format!("{}{}", &code[..i], &code[i + 1..]);
            prop_assert!(decode(&dropped, fp, n).is_err(), "{} → {}", code, dropped);
        }
    }
}

// ---------------------------------------------------------------------------
// Version 1 of the built-in quiz
// ---------------------------------------------------------------------------

/// The built-in quiz as it was at version 1 (its questions were reworded and
/// rekeyed in version 2) and at version 2 (its statements rewritten, its
/// rules moved to the bands' bounds in version 3), kept as fixtures.
use candor::core::result_file::{read_result_file, result_file, FileError};

const BUILTIN_V1: &str = include_str!("fixtures/candor-v1.quiz.json");
const BUILTIN_V2: &str = include_str!("fixtures/candor-v2.quiz.json");

#[test]
fn version_1_codes_and_result_files_are_refused_as_another_version() {
    refused_as_another_version(BUILTIN_V1, "1");
}

#[test]
fn version_2_codes_and_result_files_are_refused_as_another_version() {
    refused_as_another_version(BUILTIN_V2, "2");
}

#[test]
fn version_2_has_the_fingerprint_its_records_carry() {
    // Version 2's, as records spell it (written out in
    // tests/browser/history.test.mjs).
    let hex = |text: &str| {
        let fp = fingerprint(&candor::core::validate::parse_quiz(text.as_bytes()).unwrap());
        format!("{:04x}{:04x}", fp.quiz, fp.content)
    };
    assert_eq!(hex(BUILTIN_V2), "26dc2508");
}

fn refused_as_another_version(text: &str, version: &str) {
    let v1 = candor::core::validate::parse_quiz(text.as_bytes()).expect("the old version parses");
    assert_eq!(v1.version, version);
    let (fp, n) = builtin();
    let old = fingerprint(&v1);
    assert_eq!(old.quiz, fp.quiz, "the same quiz");
    assert_ne!(old.content, fp.content, "another version of it");
    assert_eq!(
        v1.questions.len(),
        n,
        "the same number of questions, still refused"
    );

    let code = encode(old, &varied_sheet(n), Some("Ana")).unwrap();
    assert_eq!(decode(&code, old, n).unwrap().name.as_deref(), Some("Ana"));
    let refused = decode(&code, fp, n).unwrap_err();
    assert_eq!(refused, DecodeError::OtherVersion);
    assert_eq!(
        refused.to_string(),
        "This code is from a different version of this quiz, so it can't be compared with \
         these questions."
    );

    let file = result_file("candor", &code, Some("Ana"), "2026-11-30");
    let refused = read_result_file(file.as_bytes(), fp, n).unwrap_err();
    assert_eq!(refused, FileError::Code(DecodeError::OtherVersion));
    assert!(refused
        .to_string()
        .contains("different version of this quiz"));
}
