//! The team view's core: reading pasted links and codes, result files, the
//! team summary (checked by hand on a small team) and the CSV export.

mod common;

use candor::core::answers::Answer;
use candor::core::fingerprint::{fingerprint, Fingerprint};
use candor::core::quiz::Quiz;
use candor::core::report::Profile;
use candor::core::result_file::ResultFileDamage as Damage;
use candor::core::result_file::*;
use candor::core::share_code::{decode, encode, DecodeError};
use candor::core::team::*;
use common::*;

fn quiz() -> (Quiz, Fingerprint) {
    let quiz = scoring_quiz();
    let fp = fingerprint(&quiz);
    (quiz, fp)
}

/// The code of a sheet (`sheet_str` marks) for the scoring fixture.
fn code(marks: &str, name: Option<&str>) -> String {
    let (_, fp) = quiz();
    encode(fp, &sheet_str(marks), name).unwrap()
}

fn read(text: &str) -> TeamInput {
    let (quiz, fp) = quiz();
    read_team_input(text, fp, quiz.questions.len())
}

fn labels(team: &TeamInput) -> Vec<&str> {
    team.members.iter().map(|m| m.label.as_str()).collect()
}

fn reasons(team: &TeamInput) -> Vec<EntryError> {
    team.problems.iter().map(|p| p.reason).collect()
}

/// Question order of the fixture: a1 b1 c1 a2 b2 c2(rev) b3 c3 b4(rev).
const X: &str = "551555511";
const Y: &str = "333333333";
const Z: &str = "115521-4-";

// ---------------------------------------------------------------------------
// Reading pasted text
// ---------------------------------------------------------------------------

#[test]
fn reads_links_bare_codes_and_mixed_separators() {
    let (a, b, c, d) = (
        code(X, Some("Ana")),
        code(Y, None),
        code(Z, Some("Zoë")),
        code("111111111", None),
    );
    let text = format!(
        "https://coach.example/candor/#r={a}\r\n\
         {b}, https://coach.example/candor/?quiz=https%3A%2F%2Fq.example%2Fq.json#r={c};\t{d}\n\n"
    );
    let team = read(&text);
    assert_eq!(team.problems, []);
    assert_eq!(labels(&team), ["Ana", "Member 2", "Zoë", "Member 4"]);
    assert_eq!(team.members[0].name.as_deref(), Some("Ana"));
    assert_eq!(team.members[1].name, None);
    assert_eq!(team.members[0].answers, sheet_str(X));
    assert_eq!(team.members[2].code, c);
}

#[test]
fn reads_team_links_and_fragments() {
    let (a, b, c) = (code(X, None), code(Y, None), code(Z, None));
    for text in [
        format!("https://coach.example/candor/#t={a}~{b}~{c}"),
        format!("#t={a}~{b}~{c}"),
        format!("t={a}~{b}~{c}"),
        format!("t={a}~{b}%7E{c}~"),
        format!("#t={a}~{b}\n{c}"),
        format!("({a}) \"{b}\" {c}."),
    ] {
        let team = read(&text);
        assert_eq!(team.problems, [], "{text}");
        assert_eq!(
            labels(&team),
            ["Member 1", "Member 2", "Member 3"],
            "{text}"
        );
    }
}

#[test]
fn team_fragment_round_trips() {
    let text = [code(X, Some("Ana")), code(Y, None), code(Z, Some("Ana"))].join("\n");
    let team = read(&text);
    let fragment = team_fragment(&team.members);
    assert!(fragment.starts_with("t="));
    assert_eq!(fragment.matches('~').count(), 2);
    assert_eq!(read(&fragment), team);
    assert_eq!(team_fragment(&[]), "t=");
}

#[test]
fn bad_entries_become_problems_and_good_ones_stay() {
    let good = code(X, None);
    let mut damaged = code(Y, None);
    damaged.replace_range(5..6, if &damaged[5..6] == "A" { "B" } else { "A" });
    let other_quiz = encode(
        Fingerprint {
            quiz: 1,
            content: 2,
        },
        &sheet_str(X),
        None,
    )
    .unwrap();
    let long = "x".repeat(100);
    let text = format!("hello {good} {damaged} https://x.example/#r= {other_quiz} {long}");
    let team = read(&text);
    assert_eq!(labels(&team), ["Member 1"]);
    assert_eq!(
        reasons(&team),
        [
            EntryError::Code(DecodeError::NotACandorCode),
            EntryError::Code(DecodeError::Damaged),
            EntryError::Code(DecodeError::NotACandorCode),
            EntryError::Code(DecodeError::OtherQuiz),
            EntryError::Code(DecodeError::NotACandorCode),
        ]
    );
    let entries: Vec<&str> = team.problems.iter().map(|p| p.entry.as_str()).collect();
    let shortened = format!("{}…{}", "x".repeat(20), "x".repeat(19));
    assert_eq!(
        entries,
        [
            "hello",
            damaged.as_str(),
            "https://x.example/#r=",
            other_quiz.as_str(),
            shortened.as_str(),
        ]
    );
    assert_eq!(shortened.chars().count(), 40);
    assert_eq!(
        team.problems[3].reason.to_string(),
        "This code is from a different quiz."
    );
}

#[test]
fn a_long_link_is_shortened_around_its_code() {
    let c = code(X, None);
    let link = format!("https://a-rather-long-host-name.example/some/path/#r={c}");
    let other = format!("https://a-rather-long-host-name.example/some/path/#r={c}x");
    let team = read(&format!("{link} {other}"));
    assert_eq!(team.members.len(), 1);
    let entry = &team.problems[0].entry;
    assert_eq!(entry.chars().count(), 40);
    assert!(entry.starts_with("https://a-rather-lon…"), "{entry}");
    assert!(entry.ends_with("x"), "{entry}");
}

#[test]
fn duplicates_are_flagged_and_the_first_kept() {
    let (a, b) = (code(X, Some("Ana")), code(Y, None));
    let text = format!("{a}\n{b}\nhttps://x.example/#r={b}\n#t={a}~{b}");
    let team = read(&text);
    assert_eq!(labels(&team), ["Ana", "Member 2"]);
    assert_eq!(
        reasons(&team),
        [
            EntryError::Duplicate { first: 2 },
            EntryError::Duplicate { first: 1 },
            EntryError::Duplicate { first: 2 },
        ]
    );
    assert_eq!(team.problems[1].entry, a, "a team link's codes are entries");
    assert_eq!(
        team.problems[0].reason.to_string(),
        "This is the same result as member 2, so it is listed once."
    );
    // The same answers under another name is another person.
    let team = read(&format!("{a} {}", code(X, Some("Bo"))));
    assert_eq!(labels(&team), ["Ana", "Bo"]);
}

#[test]
fn labels_are_unique() {
    let text = [
        code(X, Some("Ana")),
        "garbage".to_string(),
        code(Y, Some("Ana")),
        code(Z, None),
        code("111111111", Some("Ana")),
        code("222222222", Some("Member 6")),
        code("444444444", None),
    ]
    .join(" ");
    let team = read(&text);
    assert_eq!(
        labels(&team),
        [
            "Ana",
            "Ana (2)",
            "Member 3",
            "Ana (3)",
            "Member 6",
            "Member 6 (2)"
        ]
    );
    assert_eq!(team.members[1].name.as_deref(), Some("Ana"));
}

#[test]
fn more_than_64_kb_is_not_read() {
    let c = code(X, None);
    let padded = format!("{c}{}", " ".repeat(MAX_TEAM_TEXT_BYTES - c.len()));
    assert_eq!(padded.len(), MAX_TEAM_TEXT_BYTES);
    assert_eq!(read(&padded).members.len(), 1);

    let too_much = format!("{padded} ");
    let team = read(&too_much);
    assert_eq!(team.members, []);
    assert_eq!(reasons(&team), [EntryError::TooMuchText]);
    assert!(team.problems[0].reason.to_string().contains("64 KB"));
}

#[test]
fn at_most_200_members() {
    let codes: Vec<String> = (1..=205).map(|i| code(Y, Some(&format!("P{i}")))).collect();
    let text = format!("{} {} hello", codes.join("\n"), codes[0]);
    let team = read(&text);
    assert_eq!(team.members.len(), MAX_MEMBERS);
    assert_eq!(team.members[199].label, "P200");
    assert_eq!(
        reasons(&team),
        [
            EntryError::TooMany { left_out: 5 },
            EntryError::Duplicate { first: 1 },
            EntryError::Code(DecodeError::NotACandorCode),
        ]
    );
    assert_eq!(team.problems[0].entry, codes[200]);
    assert_eq!(
        team.problems[0].reason.to_string(),
        "Candor compares at most 200 people at once, so this one and 4 more were left out."
    );
    assert_eq!(
        EntryError::TooMany { left_out: 1 }.to_string(),
        "Candor compares at most 200 people at once, so this one was left out."
    );
}

#[test]
fn more_text_adds_to_the_team() {
    let (quiz, fp) = quiz();
    let n = quiz.questions.len();
    let mut team = read(&code(X, None));
    team.read(&format!("{} {}", code(X, None), code(Y, None)), fp, n);
    assert_eq!(labels(&team), ["Member 1", "Member 2"]);
    assert_eq!(reasons(&team), [EntryError::Duplicate { first: 1 }]);

    let z = code(Z, Some("Zed"));
    let result = decode(&z, fp, n).unwrap();
    assert_eq!(team.add(&z, result.clone()), Ok(()));
    assert_eq!(
        team.add(&z, result),
        Err(EntryError::Duplicate { first: 3 })
    );
    assert_eq!(labels(&team), ["Member 1", "Member 2", "Zed"]);
}

// ---------------------------------------------------------------------------
// Result files
// ---------------------------------------------------------------------------

#[test]
fn result_files_round_trip() {
    let (quiz, fp) = quiz();
    let n = quiz.questions.len();
    let c = code(X, Some("Ana \"A\""));
    let text = result_file("scoring-check", &c, Some("Ana \"A\""), "2024-05-01");
    assert_eq!(
        text,
        format!(
            "{{\n  \"candor_result\": 1,\n  \"quiz\": \"scoring-check\",\n  \"code\": \"{c}\",\n  \"name\": \"Ana \\\"A\\\"\",\n  \"taken\": \"2024-05-01\"\n}}\n"
        )
    );
    let file = read_result_file(text.as_bytes(), fp, n).unwrap();
    assert_eq!(file.quiz, "scoring-check");
    assert_eq!(file.code, c);
    assert_eq!(file.taken, "2024-05-01");
    assert_eq!(file.result.name.as_deref(), Some("Ana \"A\""));
    assert_eq!(file.result.answers, sheet_str(X));

    let unnamed = code(Y, None);
    let text = result_file("scoring-check", &unnamed, None, "2023-12-31");
    assert!(!text.contains("name"));
    let file = read_result_file(text.as_bytes(), fp, n).unwrap();
    assert_eq!(file.result.name, None);

    let mut team = TeamInput::default();
    team.add(&file.code, file.result).unwrap();
    assert_eq!(labels(&team), ["Member 1"]);
}

#[test]
fn malformed_result_files_are_refused() {
    let (quiz, fp) = quiz();
    let n = quiz.questions.len();
    let c = code(X, Some("Ana"));
    let foreign = encode(
        Fingerprint {
            quiz: 1,
            content: 2,
        },
        &sheet_str(X),
        None,
    )
    .unwrap();
    let file = |fields: &str| format!("{{\"candor_result\":1,\"quiz\":\"q\",{fields}}}");
    let ok = file(&format!(
        r#""code":"{c}","name":"Ana","taken":"2024-05-01""#
    ));
    assert!(read_result_file(ok.as_bytes(), fp, n).is_ok());

    let cases: Vec<(String, FileError)> = vec![
        (
            format!("{ok}{}", " ".repeat(MAX_RESULT_FILE_BYTES)),
            FileError::TooLarge,
        ),
        ("not json".into(), FileError::NotAResultFile),
        ("[1]".into(), FileError::NotAResultFile),
        (
            ok.replace("\"quiz\"", "\"extra\":1,\"quiz\""),
            FileError::Malformed(Damage::UnknownField),
        ),
        (
            ok.replace("\"candor_result\":1", "\"candor_result\":2"),
            FileError::NewerFormat,
        ),
        (
            ok.replace("\"candor_result\":1", "\"candor_result\":\"1\""),
            FileError::Malformed(Damage::NoVersion),
        ),
        (
            ok.replace("\"quiz\":\"q\"", "\"quiz\":\"\""),
            FileError::Malformed(Damage::NoQuiz),
        ),
        (
            file(r#""name":"Ana","taken":"2024-05-01""#),
            FileError::Malformed(Damage::NoCode),
        ),
        (
            ok.replace(&c, "hello"),
            FileError::Code(DecodeError::NotACandorCode),
        ),
        (
            file(&format!(r#""code":"{foreign}","taken":"2024-05-01""#)),
            FileError::Code(DecodeError::OtherQuiz),
        ),
        (
            ok.replace("\"Ana\"", "\"Bo\""),
            FileError::Malformed(Damage::NameMismatch),
        ),
        (
            ok.replace(",\"name\":\"Ana\"", ""),
            FileError::Malformed(Damage::NameMismatch),
        ),
        (
            ok.replace("\"Ana\"", "7"),
            FileError::Malformed(Damage::NameNotText),
        ),
        (
            ok.replace(",\"taken\":\"2024-05-01\"", ""),
            FileError::Malformed(Damage::NoDate),
        ),
        (
            ok.replace("2024-05-01", "2024-13-01"),
            FileError::Malformed(Damage::BadDate),
        ),
        (
            ok.replace("2024-05-01", "2024-5-1"),
            FileError::Malformed(Damage::BadDate),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            read_result_file(text.as_bytes(), fp, n),
            Err(expected),
            "{text}"
        );
    }
    assert_eq!(
        FileError::Malformed(Damage::NoDate).to_string(),
        "This result file is damaged (no date taken)."
    );
    assert_eq!(
        FileError::Code(DecodeError::OtherQuiz).to_string(),
        "This code is from a different quiz."
    );
    assert!(read_result_file(b"\xff\xfe", fp, n).is_err());
}

// ---------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------

/// By hand (item scores 0/25/50/75/100, reversed for c2 and b4; a1 weighs 2):
///
/// | | a | b | c | archetype |
/// |---|---|---|---|---|
/// | X | (2·100+100)/3 = 100 | 100 | 0 | steady |
/// | Y | 50 | 50 | 50 | steady |
/// | Z | (2·0+100)/3 = 33 | (0+25)/2 = 12.5 → 13 | (100+100+75)/3 = 91.7 → 92 | low-a |
/// | average | 183/3 = 61 | 163/3 = 54.3 → 54 | 142/3 = 47.3 → 47 | |
/// | spread | 67 | 87 | 92 | |
fn team_xyz() -> TeamInput {
    read(&[code(X, Some("Xi")), code(Y, Some("Yu")), code(Z, None)].join(" "))
}

#[test]
fn summary_by_hand() {
    let (quiz, _) = quiz();
    let s = summarize(&quiz, &team_xyz().members);
    let scores: Vec<Vec<Option<u8>>> = s.dimensions.iter().map(|d| d.scores.clone()).collect();
    assert_eq!(
        scores,
        [
            [Some(100), Some(50), Some(33)],
            [Some(100), Some(50), Some(13)],
            [Some(0), Some(50), Some(92)],
        ]
    );
    let stats: Vec<_> = s
        .dimensions
        .iter()
        .map(|d| (d.scored, d.average, d.min, d.max, d.spread))
        .collect();
    assert_eq!(
        stats,
        [
            (3, Some(61), Some(33), Some(100), Some(67)),
            (3, Some(54), Some(13), Some(100), Some(87)),
            (3, Some(47), Some(0), Some(92), Some(92)),
        ]
    );
    assert_eq!(s.by_disagreement, [2, 1, 0]);
    // The individual report's rules: averages 61, 54 and 47 around a mean of
    // 54 are neither 70 nor 40, and none stands 15 points out. The old
    // "two highest, two lowest" called 61 and 54 strengths and 47 a growth area.
    assert_eq!(s.strengths, Vec::<usize>::new());
    assert_eq!(s.growth_areas, Vec::<usize>::new());
    assert_eq!(s.profile, Profile::Uneven, "61 − 47 = 14 is more than even");
    assert_eq!(s.archetypes, [1, 1, 0]);
    assert_eq!(s.archetype_mix, [(0, 1), (1, 2)]);
}

#[test]
fn summary_ties_gaps_and_rounding() {
    let (quiz, _) = quiz();
    // P: all 3s → a 50, b 50, c 50.
    // Q: a (2·50+75)/3 = 58.3 → 58; b 75 (b4 not sure); c 75 (c2 reversed).
    // R: a 50; too few answers for b and c.
    let team = read(
        &[
            code("333333333", None),
            code("34444244?", None),
            code("3--3-----", None),
        ]
        .join(" "),
    );
    let s = summarize(&quiz, &team.members);
    let stats: Vec<_> = s
        .dimensions
        .iter()
        .map(|d| (d.scored, d.average, d.spread))
        .collect();
    // a: 158/3 = 52.7 → 53; b and c: 125/2 = 62.5 → 63 (half up).
    assert_eq!(
        stats,
        [
            (3, Some(53), Some(8)),
            (2, Some(63), Some(25)),
            (2, Some(63), Some(25))
        ]
    );
    assert_eq!(s.dimensions[1].scores, [Some(50), Some(75), None]);
    assert_eq!(s.by_disagreement, [1, 2, 0], "ties keep quiz order");
    // 53, 63 and 63 are within 10 points: an even team, with nothing
    // standing out (the old rule made 63 and 63 strengths and 53 a growth area).
    assert_eq!(s.strengths, Vec::<usize>::new());
    assert_eq!(s.growth_areas, Vec::<usize>::new());
    assert_eq!(s.profile, Profile::Flat { low: 53, high: 63 });
    assert_eq!(s.archetype_mix, [(1, 3)]);

    // Nobody scored on b or c: those go last, and have no average.
    let team = read(&[code("4--4-----", None), code("1--5-----", None)].join(" "));
    let s = summarize(&quiz, &team.members);
    assert_eq!(s.dimensions[1].average, None);
    assert_eq!(s.dimensions[1].spread, None);
    assert_eq!(s.by_disagreement, [0, 1, 2]);
    // One habit scored (average 54): no strength or growth area from it alone.
    assert_eq!(s.strengths, Vec::<usize>::new());
    assert_eq!(s.growth_areas, Vec::<usize>::new());
    assert_eq!(s.profile, Profile::TooFewScores);
    assert_eq!(s.archetypes, [1, 0], "(2·75+75)/3 = 75 and (0+100)/3 = 33");

    let empty = summarize(&quiz, &[]);
    assert_eq!(empty.by_disagreement, [0, 1, 2]);
    assert_eq!(empty.strengths, Vec::<usize>::new());
    assert_eq!(empty.archetype_mix, []);
}

#[test]
fn strengths_and_growth_areas_follow_the_individual_rules_and_never_split_ties() {
    let (quiz, _) = quiz();
    // Three people: a strong on every sheet, c weak on every sheet (c2 is
    // reversed), b unanswered.
    let team = read(
        &[
            code("5-15-5-1-", None),
            code("4-25-5-1-", None),
            code("5-14-5-2-", None),
        ]
        .join(" "),
    );
    assert!(team.problems.is_empty(), "{:?}", team.problems);
    let s = summarize(&quiz, &team.members);
    let averages: Vec<Option<u8>> = s.dimensions.iter().map(|d| d.average).collect();
    assert_eq!(averages[1], None, "b has too few answers");
    let (a, c) = (averages[0].unwrap(), averages[2].unwrap());
    assert!(a >= 70 && c < 40, "{averages:?}");
    assert_eq!(s.strengths, [0]);
    assert_eq!(s.growth_areas, [2]);

    // Ties are never split: two habits with the same average are both in,
    // or both out, whatever their number.
    for sheets in [
        ["511511511", "511511511"],
        ["155155155", "155155155"],
        ["515151515", "151515151"],
    ] {
        let team = read(&sheets.map(|m| code(m, None)).join(" "));
        let s = summarize(&quiz, &team.members);
        for i in 0..3 {
            for j in 0..3 {
                if s.dimensions[i].average == s.dimensions[j].average {
                    assert_eq!(
                        s.strengths.contains(&i),
                        s.strengths.contains(&j),
                        "{sheets:?}"
                    );
                    assert_eq!(
                        s.growth_areas.contains(&i),
                        s.growth_areas.contains(&j),
                        "{sheets:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn each_question_counts_the_teams_answers_most_divided_first() {
    let (quiz, _) = quiz();
    let team = team_xyz();
    let s = summarize(&quiz, &team.members);
    // Question order: a1 b1 c1 a2 b2 c2 b3 c3 b4 (0–8).
    // a1: 5, 3, 1 → standard deviation 1.63 → 82; a2: 5, 3, 5 → 0.94 → 47.
    let a = &s.dimensions[0];
    let order: Vec<(usize, Option<u8>)> = a
        .questions
        .iter()
        .map(|q| (q.question, q.division))
        .collect();
    assert_eq!(order, [(0, Some(82)), (3, Some(47))]);
    assert_eq!(a.questions[0].points, [1, 0, 1, 0, 1]);
    assert_eq!(a.questions[1].points, [0, 0, 1, 0, 2]);
    assert_eq!(a.most_divided, [0]);
    // b1: 5, 3, 1 → 82; b2: 5, 3, 2 → 62; b3: 5, 3 (Z skipped) → 50; b4: 1, 3 → 50.
    let b = &s.dimensions[1];
    let order: Vec<(usize, Option<u8>)> = b
        .questions
        .iter()
        .map(|q| (q.question, q.division))
        .collect();
    assert_eq!(
        order,
        [(1, Some(82)), (4, Some(62)), (6, Some(50)), (8, Some(50))]
    );
    assert_eq!((b.questions[2].skipped, b.questions[2].not_sure), (1, 0));
    assert_eq!(b.most_divided, [1]);
    // c1: 1, 3, 5 and c2: 5, 3, 1 tie at 82: both are the most divided.
    let c = &s.dimensions[2];
    let order: Vec<usize> = c.questions.iter().map(|q| q.question).collect();
    assert_eq!(order, [2, 5, 7]);
    assert_eq!(c.most_divided, [2, 5]);

    // Who chose what, in member order.
    assert_eq!(who_answered(&team.members, 0, Answer::Point(5)), [0]);
    assert_eq!(who_answered(&team.members, 6, Answer::Skipped), [2]);
    assert_eq!(
        who_answered(&team.members, 4, Answer::Point(4)),
        Vec::<usize>::new()
    );

    // Everyone alike: no question is divided, so none is named.
    let same = read(&[code(Y, Some("A")), code(Y, Some("B"))].join(" "));
    let s = summarize(&quiz, &same.members);
    assert!(s.dimensions.iter().all(|d| d.most_divided.is_empty()));
    assert!(s.dimensions[0]
        .questions
        .iter()
        .all(|q| q.division == Some(0)));
    // One answer is no spread at all; "Not sure" is counted, not scored.
    let one = read(&[code("3????????", None)].join(" "));
    let s = summarize(&quiz, &one.members);
    assert_eq!(s.dimensions[0].questions[0].division, None);
    assert_eq!(s.dimensions[0].questions[1].not_sure, 1);
    assert!(s.dimensions[0].most_divided.is_empty());
    // Half at each end is the widest split there is.
    let split = read(&[code("1--------", None), code("5--------", None)].join(" "));
    let s = summarize(&quiz, &split.members);
    assert_eq!(s.dimensions[0].questions[0].division, Some(100));
}

#[test]
fn a_habit_splits_the_team_at_30_points_apart_otherwise_it_is_low_or_high_together() {
    use candor::core::quiz::Situation::*;
    assert_eq!(situation(2, Some(50), Some(30)), Some(Split));
    assert_eq!(situation(2, Some(50), Some(29)), Some(Low));
    assert_eq!(situation(5, Some(69), Some(0)), Some(Low));
    assert_eq!(situation(5, Some(70), Some(29)), Some(High));
    assert_eq!(situation(5, Some(90), Some(40)), Some(Split));
    assert_eq!(
        situation(1, Some(80), Some(0)),
        Some(High),
        "one person is never split"
    );
    assert_eq!(situation(0, None, None), None);
    // The summary carries it: X, Y and Z are far apart on every habit.
    let (quiz, _) = quiz();
    let s = summarize(&quiz, &team_xyz().members);
    assert!(s.dimensions.iter().all(|d| d.situation == Some(Split)));

    // A habit's prompts for a situation, or its general ones.
    let mut d = quiz.dimensions[0].clone();
    d.discussion = vec!["Any?".into()];
    assert_eq!(prompts_for(&d, High), ["Any?"]);
    d.prompts.high = vec!["Keep it?".into()];
    assert_eq!(prompts_for(&d, High), ["Keep it?"]);
    assert_eq!(prompts_for(&d, Split), ["Any?"]);
}

#[test]
fn dots_stack_where_they_would_overlap() {
    // Equal scores stack; scores `gap` apart share a row.
    assert_eq!(
        dot_rows(&[Some(50), Some(50), None, Some(50), Some(57), Some(52)], 6),
        [Some(0), Some(1), None, Some(2), Some(0), Some(3)]
    );
    // In score order: 50 (row 0), 50 (1), 50 (2), 52 (3: within 6 of every
    // row's 50), then 57, six clear of row 0's 50.
    assert_eq!(
        dot_rows(&[Some(0), Some(100), Some(0)], 1),
        [Some(0), Some(0), Some(1)]
    );
    assert_eq!(dot_rows(&[], 5), Vec::<Option<usize>>::new());
    // No two dots in one row closer than the gap, whatever the scores.
    let scores: Vec<Option<u8>> = (0..200u32).map(|i| Some(((i * 37) % 101) as u8)).collect();
    let rows = dot_rows(&scores, 7);
    for i in 0..scores.len() {
        for j in 0..i {
            if rows[i] == rows[j] {
                assert!(scores[i].unwrap().abs_diff(scores[j].unwrap()) >= 7);
            }
        }
    }
}

#[test]
fn initials_take_the_first_letter_of_two_words() {
    assert_eq!(initials("Ana María López"), "AM");
    assert_eq!(initials("bo"), "B");
    assert_eq!(initials("  émile  zola "), "ÉZ");
    assert_eq!(initials("דני כהן"), "דכ");
    assert_eq!(initials("(Sam) 2"), "S");
    assert_eq!(initials("🙂 42"), "");
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

#[test]
fn csv_exact_content_quoting_and_formula_guard() {
    let (quiz, _) = quiz();
    let team = read(
        &[
            code(X, Some("=HYPERLINK(\"x\")")),
            code(Y, Some("Smith, \"Jo\"")),
            code(Z, None),
            code("---------", Some("-1")),
            code(Y, Some("@me")),
            code(Y, Some("+Al")),
        ]
        .join(" "),
    );
    assert_eq!(team.problems, []);
    let csv = to_csv(&quiz, &team.members, false, "2026-12-07");
    // Issue 23: each member's answers (as answered: the point, "Not sure",
    // or nothing), the date and the quiz version follow the scores.
    let header = "member,Dimension a,Dimension b,Dimension c,style,\
                  Statement a1.,Statement b1.,Statement c1.,Statement a2.,Statement b2.,\
                  Statement c2.,Statement b3.,Statement c3.,Statement b4.,date,quiz version\r\n";
    let answers = |marks: &str| -> String {
        marks
            .chars()
            .map(|c| match c {
                '-' => String::new(),
                '?' => "Not sure".to_string(),
                digit => digit.to_string(),
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let row = |start: &str, marks: &str| format!("{start},{},2026-12-07,1\r\n", answers(marks));
    // Names are isolated (FSI…PDI, issue 21); the guard still comes first.
    assert_eq!(
        csv,
        [
            header.to_string(),
            row(
                "\"'\u{2068}=HYPERLINK(\"\"x\"\")\u{2069}\",100,100,0,Steady",
                X
            ),
            row("\"\u{2068}Smith, \"\"Jo\"\"\u{2069}\",50,50,50,Steady", Y),
            row("Member 3,33,13,92,Low A", Z),
            row("'\u{2068}-1\u{2069},,,,Steady", "---------"),
            row("'\u{2068}@me\u{2069},50,50,50,Steady", Y),
            row("'\u{2068}+Al\u{2069},50,50,50,Steady", Y),
        ]
        .concat()
    );
    let anonymous = to_csv(&quiz, &team.members, true, "2026-12-07");
    assert_eq!(
        anonymous,
        [
            header.to_string(),
            row("Member 1,100,100,0,Steady", X),
            row("Member 2,50,50,50,Steady", Y),
            row("Member 3,33,13,92,Low A", Z),
            row("Member 4,,,,Steady", "---------"),
            row("Member 5,50,50,50,Steady", Y),
            row("Member 6,50,50,50,Steady", Y),
        ]
        .concat()
    );
    assert_eq!(to_csv(&quiz, &[], false, "2026-12-07"), header);
    // "Not sure" is written as the quiz words it.
    let unsure = read(&code("?????????", None));
    assert!(to_csv(&quiz, &unsure.members, false, "2026-12-07")
        .ends_with(",Not sure,Not sure,2026-12-07,1\r\n"));
}

#[test]
fn csv_quotes_dimension_names_too() {
    let mut v = scoring_value();
    v["dimensions"][0]["name"] = "Tact, mostly".into();
    v["patterns"][1]["name"] = "=Steady".into();
    let quiz = parse_value(&v);
    let fp = fingerprint(&quiz);
    let c = encode(fp, &sheet_str(Y), None).unwrap();
    let team = read_team_input(&c, fp, quiz.questions.len());
    let csv = to_csv(&quiz, &team.members, false, "2026-12-07");
    assert!(
        csv.starts_with("member,\"Tact, mostly\",Dimension b,Dimension c,style,"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\nMember 1,50,50,50,'=Steady,3,3,3,3,3,3,3,3,3,2026-12-07,1\r\n"),
        "{csv}"
    );
}

#[test]
fn answers_survive_the_trip_through_a_team_link() {
    let (quiz, fp) = quiz();
    let team = team_xyz();
    let again = read_team_input(
        &format!("https://x.example/#{}", team_fragment(&team.members)),
        fp,
        quiz.questions.len(),
    );
    assert_eq!(again.members, team.members);
    assert_eq!(
        again.members[2].answers,
        [
            Answer::Point(1),
            Answer::Point(1),
            Answer::Point(5),
            Answer::Point(5),
            Answer::Point(2),
            Answer::Point(1),
            Answer::Skipped,
            Answer::Point(4),
            Answer::Skipped,
        ]
    );
}
