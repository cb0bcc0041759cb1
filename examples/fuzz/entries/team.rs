//! The team view: pasted text (`team::read_team_input`), more text read into
//! a team near its 200-member limit (`TeamInput::read`), the summary and CSV
//! (`summarize`, `to_csv`), and result files (`read_result_file`, `result_file`).

use std::cell::RefCell;
use std::sync::OnceLock;

use candor::core::quiz::Quiz;
use candor::core::result_file::{read_result_file, result_file};
use candor::core::share_code::{decode, encode, SharedResult};
use candor::core::team::{
    anonymous_team_fragment, read_team_input, summarize, team_fragment, to_csv, EntryError, Member,
    TeamInput,
};

use super::{at, ctx, ensure, owned, random_sheet, text, Entry, Failure, Outcome};
use crate::rng::{hash, Rng};

/// Members already in the team the `team-full` entry reads into.
const BASE_MEMBERS: usize = 197;

const TEAM_ALPHABET: &[u8] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ ,;\n#=~%.()<>\"'";

/// A share code of the built-in quiz for a random sheet and name.
fn random_code(rng: &mut Rng) -> String {
    let c = ctx();
    let name = rng.choose(&[None, None, Some("Ana"), Some("Zoë"), Some("Member 2")]);
    encode(c.fp, &random_sheet(rng, c.n), name).expect("a valid sheet")
}

/// Text as people paste it: links, team links, bare codes, quoted or in
/// brackets, separated by spaces, commas, semicolons or lines.
fn pasted(rng: &mut Rng, codes: &[String]) -> Vec<u8> {
    let mut out = String::new();
    let mut i = 0;
    while i < codes.len() {
        let piece = match rng.below(6) {
            0 => format!("https://coach.example/candor/#r={}", codes[i]),
            1 => {
                let take = rng.range(1, 4).min(codes.len() - i);
                let link = codes[i..i + take].join(if rng.chance(50) { "~" } else { "%7E" });
                i += take - 1;
                format!("https://coach.example/#t={link}")
            }
            2 => format!("“{}”.", codes[i]),
            3 => format!("({})", codes[i]),
            _ => codes[i].clone(),
        };
        out.push_str(&piece);
        out.push_str(rng.choose(&[" ", "\n", ", ", ";", "\r\n", "\t"]));
        i += 1;
    }
    out.into_bytes()
}

fn team_tokens() -> Vec<Vec<u8>> {
    let mut rng = Rng::new(3);
    let mut tokens = owned(&[
        b"#r=",
        b"#t=",
        b"r=",
        b"t=",
        b"~",
        b"%7E",
        b"%7e",
        b"https://coach.example/candor/",
        b"?quiz=q.json",
        b"\xe2\x80\x9c",
        b"\xe2\x80\x9d",
        b"C1",
    ]);
    tokens.extend((0..8).map(|_| random_code(&mut rng).into_bytes()));
    tokens
}

// ---------------------------------------------------------------------------
// team-input
// ---------------------------------------------------------------------------

pub fn input_entry() -> Entry {
    let mut rng = Rng::new(4);
    let seeds = (0..12)
        .map(|k| {
            let mut codes: Vec<String> = (0..k + 1).map(|_| random_code(&mut rng)).collect();
            if k % 3 == 0 {
                codes.push(codes[0].clone());
            }
            (pasted(&mut rng, &codes), 1)
        })
        .collect();
    Entry {
        max_len: 64 * 1024,
        seeds,
        tokens: team_tokens(),
        alphabet: TEAM_ALPHABET,
        structured: Some(structured_paste),
        ..Entry::new(
            "team-input",
            "team::read_team_input, team_fragment, summarize, to_csv",
            run_input,
        )
    }
}

fn structured_paste(rng: &mut Rng) -> Vec<u8> {
    let count = rng.small(16);
    let mut codes: Vec<String> = (0..count).map(|_| random_code(rng)).collect();
    if rng.chance(20) {
        let base = &base_team().members;
        codes.push(base[rng.below(base.len())].code.clone());
    }
    if rng.chance(30) {
        codes.push(codes[0].clone());
    }
    pasted(rng, &codes)
}

fn run_input(input: &[u8]) -> Outcome {
    let c = ctx();
    let pasted = text(input);
    let team = at("team::read_team_input", || {
        read_team_input(&pasted, c.fp, c.n)
    });
    check_members(&team.members, 0)?;
    for p in &team.problems {
        let _ = p.reason.to_string();
        ensure!(
            p.entry.chars().count() <= 40,
            "a refused entry is shown longer than 40 characters",
            "{:?}",
            p.entry
        );
    }
    if team.members.is_empty() {
        return Ok(false);
    }
    let link = at("team::team_fragment", || team_fragment(&team.members));
    let again = at("team::read_team_input", || {
        read_team_input(&link, c.fp, c.n)
    });
    ensure!(
        again.problems.is_empty() && again.members == team.members,
        "reading a team's own link gives another team",
        "link {link}: problems {:?}",
        again.problems
    );
    // The anonymous link: the same answers, in some order, and no name.
    let seed = input.len() as u64;
    let anonymous = at("team::anonymous_team_fragment", || {
        anonymous_team_fragment(&team.members, c.fp, seed)
    });
    let again = at("team::read_team_input", || {
        read_team_input(&anonymous, c.fp, c.n)
    });
    let answers = |members: &[Member]| {
        let mut all: Vec<String> = members.iter().map(|m| format!("{:?}", m.answers)).collect();
        all.sort();
        all
    };
    ensure!(
        again.problems.is_empty()
            && again.members.iter().all(|m| m.name.is_none())
            && answers(&again.members) == answers(&team.members),
        "an anonymous team link gives other answers or a name",
        "link {anonymous}: problems {:?}",
        again.problems
    );
    check_summary(&c.quiz, &team.members, input.len().is_multiple_of(2))?;
    Ok(true)
}

/// Members from `from` on (those before are known to be fine): the limit,
/// labels and codes unlike every other member's, and each code (trimmed)
/// decoding to that member's answers and name.
fn check_members(members: &[Member], from: usize) -> Result<(), Failure> {
    let c = ctx();
    ensure!(
        members.len() <= 200,
        "a team has more than 200 members",
        "{}",
        members.len()
    );
    for (i, m) in members.iter().enumerate().skip(from) {
        for other in &members[..i] {
            ensure!(
                m.label != other.label,
                "two members have the same label",
                "{:?}",
                m.label
            );
            // A team link may list one nameless code for two people with
            // the same answers (an anonymous link carries no names), never
            // a named one twice.
            ensure!(
                m.code != other.code || m.name.is_none(),
                "the same named code is in a team twice",
                "{}",
                m.code
            );
        }
        let back = at("share_code::decode", || decode(&m.code, c.fp, c.n));
        let want = SharedResult {
            answers: m.answers.clone(),
            name: m.name.clone(),
        };
        ensure!(
            m.code.trim() == m.code && back == Ok(want),
            "a member's code does not decode to that member",
            "{m:?}: {back:?}"
        );
    }
    Ok(())
}

/// The summary and the CSV export (named or anonymous), checked for shape
/// and consistency.
fn check_summary(quiz: &Quiz, members: &[Member], anonymous: bool) -> Result<(), Failure> {
    let s = at("team::summarize", || summarize(quiz, members));
    let dims = quiz.dimensions.len();
    ensure!(
        s.dimensions.len() == dims && s.archetypes.len() == members.len(),
        "the team summary has the wrong shape",
        "{} dimensions, {} archetypes",
        s.dimensions.len(),
        s.archetypes.len()
    );
    for d in &s.dimensions {
        let got: Vec<u8> = d.scores.iter().flatten().copied().collect();
        let consistent = d.scores.len() == members.len()
            && d.scored == got.len()
            && d.min == got.iter().min().copied()
            && d.max == got.iter().max().copied()
            && d.spread == d.max.zip(d.min).map(|(hi, lo)| hi - lo)
            && d.average.is_some() != got.is_empty()
            && d.average
                .is_none_or(|a| d.min <= Some(a) && Some(a) <= d.max)
            && got.iter().all(|&v| v <= 100);
        ensure!(consistent, "a dimension summary is inconsistent", "{d:?}");
    }
    let mut order = s.by_disagreement.clone();
    order.sort_unstable();
    ensure!(
        order == (0..dims).collect::<Vec<_>>(),
        "by_disagreement is not every dimension once",
        "{:?}",
        s.by_disagreement
    );
    // The individual report's rules (issue 23): a strength's average is at
    // least 40, a growth area's under 70, and equal averages are treated alike.
    let average = |d: usize| s.dimensions[d].average;
    let tie_split = (0..dims).any(|a| {
        (0..dims).any(|b| {
            average(a).is_some()
                && average(a) == average(b)
                && (s.strengths.contains(&a) != s.strengths.contains(&b)
                    || s.growth_areas.contains(&a) != s.growth_areas.contains(&b))
        })
    });
    ensure!(
        !tie_split
            && s.strengths
                .iter()
                .all(|&d| average(d).is_some_and(|a| a >= 40))
            && s.growth_areas
                .iter()
                .all(|&d| average(d).is_some_and(|a| a < 70))
            && s.growth_areas.iter().all(|g| !s.strengths.contains(g))
            && s.archetypes.iter().all(|&a| a < quiz.patterns.len())
            && s.archetype_mix.iter().map(|&(_, k)| k).sum::<usize>() == members.len(),
        "the team's strengths, growth areas or archetypes are inconsistent",
        "{s:?}"
    );
    let csv = at("team::to_csv", || {
        to_csv(quiz, members, anonymous, "2026-12-07")
    });
    ensure!(
        csv.matches("\r\n").count() == members.len() + 1
            && csv
                .split("\r\n")
                .next()
                .is_some_and(|h| h.ends_with(",date,quiz version")),
        "the CSV does not have one line per member, or its date and version",
        "{csv:?}"
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// team-full
// ---------------------------------------------------------------------------

/// A team of [`BASE_MEMBERS`] members, some sharing a name.
fn base_team() -> &'static TeamInput {
    static TEAM: OnceLock<TeamInput> = OnceLock::new();
    TEAM.get_or_init(|| {
        let c = ctx();
        let mut rng = Rng::new(5);
        let mut team = TeamInput::default();
        while team.members.len() < BASE_MEMBERS {
            let code = random_code(&mut rng);
            let result = decode(&code, c.fp, c.n).expect("a fresh code decodes");
            let _ = team.add(&code, result);
        }
        team
    })
}

thread_local! {
    static FULL_TEAM: RefCell<TeamInput> = RefCell::new(base_team().clone());
}

pub fn full_entry() -> Entry {
    let mut rng = Rng::new(6);
    let base = base_team();
    let seeds = (0..8)
        .map(|k| {
            let mut codes: Vec<String> = (0..k).map(|_| random_code(&mut rng)).collect();
            codes.push(base.members[k * 7].code.clone());
            (pasted(&mut rng, &codes), 1)
        })
        .collect();
    Entry {
        max_len: 64 * 1024,
        seeds,
        tokens: team_tokens(),
        alphabet: TEAM_ALPHABET,
        structured: Some(structured_paste),
        ..Entry::new(
            "team-full",
            "TeamInput::read into a team of 197, summarize, to_csv",
            run_full,
        )
    }
}

fn run_full(input: &[u8]) -> Outcome {
    let c = ctx();
    let pasted = text(input);
    FULL_TEAM.with(|cell| {
        let mut team = cell.borrow_mut();
        team.members.truncate(BASE_MEMBERS);
        team.problems.clear();
        at("TeamInput::read", || team.read(&pasted, c.fp, c.n));
        let base = &base_team().members;
        ensure!(
            team.members.len() >= BASE_MEMBERS
                && team.members[..BASE_MEMBERS]
                    .iter()
                    .zip(base)
                    .all(|(a, b)| a.code == b.code && a.label == b.label),
            "reading more text changed the members already in the team",
            "{} members now",
            team.members.len()
        );
        let full = team
            .problems
            .iter()
            .filter(|p| matches!(p.reason, EntryError::TooMany { .. }))
            .count();
        ensure!(
            full <= 1 && (full == 0 || team.members.len() == 200),
            "the team-is-full problem is reported wrongly",
            "{full} such problems with {} members: {:?}",
            team.members.len(),
            team.problems
        );
        for p in &team.problems {
            let _ = p.reason.to_string();
        }
        let added = team.members.len() > BASE_MEMBERS;
        if added {
            check_members(&team.members, BASE_MEMBERS)?;
            // A summary of 200 members takes about a millisecond: one input
            // in 32 (chosen by its bytes, so replays do the same) checks it.
            if hash(input).is_multiple_of(32) {
                check_summary(&c.quiz, &team.members, input.len().is_multiple_of(2))?;
            }
        }
        Ok(added)
    })
}

// ---------------------------------------------------------------------------
// result-file
// ---------------------------------------------------------------------------

const FILE_KEYS: &[&str] = &["candor_result", "quiz", "code", "name", "taken"];

pub fn result_file_entry() -> Entry {
    let c = ctx();
    let mut rng = Rng::new(7);
    let mut seeds = Vec::new();
    let mut values = owned(&[
        b"\"candor\"",
        b"\"2024-05-01\"",
        b"\"2024-02-31\"",
        b"\"2024-13-01\"",
        b"\"Ana\"",
        b"\" Ana\"",
        b"\"\"",
        b"1",
    ]);
    for name in [None, Some("Ana"), Some("Zoë"), Some("a \"quoted\" \\ name")] {
        let code = encode(c.fp, &random_sheet(&mut rng, c.n), name).expect("a valid sheet");
        seeds.push((
            result_file("candor", &code, name, "2024-05-01").into_bytes(),
            2,
        ));
        values.push(format!("\"{code}\"").into_bytes());
    }
    let code = encode(c.fp, &random_sheet(&mut rng, c.n), None).expect("a valid sheet");
    seeds.push((
        format!(r#"{{"taken":"1999-12-31","code":" {code}\n","quiz":"x","candor_result":1}}"#)
            .into_bytes(),
        1,
    ));
    let mut tokens = owned(&[b"\"candor_result\": 1,", b"\"name\": \"Ana\","]);
    tokens.extend(FILE_KEYS.iter().map(|k| format!("\"{k}\"").into_bytes()));
    Entry {
        max_len: 16 * 1024,
        seeds,
        tokens,
        alphabet: b"{}[]\":, \n0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_",
        keys: FILE_KEYS,
        values,
        stress_one_in: 4096,
        ..Entry::new(
            "result-file",
            "team::read_result_file, result_file",
            run_result_file,
        )
    }
}

fn run_result_file(input: &[u8]) -> Outcome {
    let c = ctx();
    let got = at("team::read_result_file", || {
        read_result_file(input, c.fp, c.n)
    });
    let file = match got {
        Ok(file) => file,
        Err(e) => {
            let _ = e.to_string();
            return Ok(false);
        }
    };
    let code_again = at("share_code::encode", || {
        encode(c.fp, &file.result.answers, file.result.name.as_deref())
    });
    ensure!(
        code_again.as_ref() == Ok(&file.code),
        "a result file's code has another spelling",
        "read {file:?}, the code written again is {code_again:?}"
    );
    let written = at("team::result_file", || {
        result_file(
            &file.quiz,
            &file.code,
            file.result.name.as_deref(),
            &file.taken,
        )
    });
    let back = at("team::read_result_file", || {
        read_result_file(written.as_bytes(), c.fp, c.n)
    });
    ensure!(
        back.as_ref() == Ok(&file),
        "a result file written back reads differently",
        "read {file:?}, wrote {written:?}, read back {back:?}"
    );
    let rewritten = result_file(
        &file.quiz,
        &file.code,
        file.result.name.as_deref(),
        &file.taken,
    );
    ensure!(
        rewritten == written,
        "a result file's spelling changes when written again",
        "{written:?} then {rewritten:?}"
    );
    Ok(true)
}
