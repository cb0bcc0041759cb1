//! Records kept on the reader's device: `saved::decode_progress` /
//! `encode_progress`, `decode_history` / `encode_history`, `decode_checklist` /
//! `encode_checklist`. Whatever is read must be written back in a form that
//! reads as the same value and is spelt the same when written again.

use candor::core::fingerprint::Fingerprint;
use candor::core::progress::{Attempt, History, Progress};
use candor::core::saved::{
    decode_checklist, decode_history, decode_progress, encode_checklist, encode_history,
    encode_progress, fingerprint_hex, Checklist,
};

use candor::core::kept_file::{KeptFileRecord, MAX_NAME_CHARS};
use candor::core::validate::MAX_FILE_BYTES;

use super::{at, ctx, ensure, owned, random_sheet, text, Entry, Outcome};
use crate::gen::NUMBERS;
use crate::rng::Rng;

const RECORD_KEYS: &[&str] = &[
    "v",
    "fingerprint",
    "answers",
    "position",
    "filed",
    "attempts",
    "earlier",
    "at",
    "attempt",
    "done",
];

const RECORD_ALPHABET: &[u8] = b"{}[]\":, 0123456789-.eEvfingerprtswdoaunl";

fn digits(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.below(7) as u8))
        .collect()
}

/// The fingerprint of another version of the built-in quiz, as records spell it.
fn other_version_hex() -> String {
    let fp = ctx().fp;
    fingerprint_hex(Fingerprint {
        content: fp.content ^ 1,
        ..fp
    })
}

/// Field values records hold: this quiz's fingerprint, answer digits of the
/// right and wrong lengths, times and lists of attempts.
fn record_values() -> Vec<Vec<u8>> {
    let c = ctx();
    let mut rng = Rng::new(9);
    let mut values = owned(&[
        b"1",
        b"null",
        b"[]",
        b"[0,2,9]",
        b"\"abcd0123\"",
        b"1700000000000",
    ]);
    values.push(format!("\"{}\"", c.fp_hex).into_bytes());
    values.push(format!("\"{}\"", digits(&mut rng, c.n)).into_bytes());
    values.push(format!("\"{}\"", digits(&mut rng, c.n - 1)).into_bytes());
    values.push(format!("\"{}7\"", digits(&mut rng, c.n - 1)).into_bytes());
    values.push(
        format!(
            "[{{\"at\":1700000000000,\"answers\":\"{}\"}}]",
            digits(&mut rng, c.n)
        )
        .into_bytes(),
    );
    values.push(
        format!(
            "[{{\"at\":1600000000000,\"fingerprint\":\"{}\",\"answers\":\"{}\"}}]",
            other_version_hex(),
            digits(&mut rng, 5)
        )
        .into_bytes(),
    );
    values
}

fn record_tokens() -> Vec<Vec<u8>> {
    let mut tokens: Vec<Vec<u8>> = RECORD_KEYS
        .iter()
        .map(|k| format!("\"{k}\":").into_bytes())
        .collect();
    tokens.extend(record_values());
    tokens
}

/// A record object: a few of the known fields, mostly with plausible values.
fn structured_record(rng: &mut Rng) -> Vec<u8> {
    let values = record_values();
    let mut fields: Vec<String> = Vec::new();
    for key in RECORD_KEYS {
        if rng.chance(30) {
            continue;
        }
        let value = match rng.below(3) {
            0 => rng.pick(NUMBERS).to_string(),
            _ => String::from_utf8_lossy(rng.pick(&values).as_slice()).into_owned(),
        };
        fields.push(format!("\"{key}\":{value}"));
    }
    for i in (1..fields.len()).rev() {
        let j = rng.below(i + 1);
        fields.swap(i, j);
    }
    format!("{{{}}}", fields.join(",")).into_bytes()
}

fn record_entry(
    name: &'static str,
    covers: &'static str,
    seeds: Vec<String>,
    run: fn(&[u8]) -> Outcome,
) -> Entry {
    Entry {
        max_len: 64 * 1024,
        seeds: seeds.into_iter().map(|s| (s.into_bytes(), 1)).collect(),
        tokens: record_tokens(),
        alphabet: RECORD_ALPHABET,
        keys: RECORD_KEYS,
        values: record_values(),
        structured: Some(structured_record),
        ..Entry::new(name, covers, run)
    }
}

// ---------------------------------------------------------------------------
// saved-progress
// ---------------------------------------------------------------------------

pub fn progress_entry() -> Entry {
    let c = ctx();
    let mut rng = Rng::new(10);
    let answers = digits(&mut rng, c.n);
    let hex = &c.fp_hex;
    let mut seeds = vec![
        format!(r#"{{"v":1,"fingerprint":"{hex}","answers":"{answers}","position":3,"filed":null}}"#),
        format!(r#"{{"v":1,"fingerprint":"{hex}","answers":"{answers}","position":27,"filed":1700000000000}}"#),
        format!("{{\n  \"answers\": \"{answers}\",\n  \"position\": 0,\n  \"fingerprint\": \"{hex}\",\n  \"v\": 1\n}}"),
    ];
    let answers = random_sheet(&mut rng, c.n);
    // Answer times (issue 21): one per answer given, a second apart.
    let answered_at = (0..c.n)
        .map(|q| {
            if answers[q].is_answered() {
                1_700_000_000_000.0 + 1000.0 * q as f64
            } else {
                0.0
            }
        })
        .collect();
    let p = Progress {
        answers,
        answered_at,
        position: 12,
        filed: Some(1_700_000_123_456.0),
    };
    seeds.push(encode_progress(&p, c.fp));
    record_entry(
        "saved-progress",
        "saved::decode_progress, encode_progress",
        seeds,
        run_progress,
    )
}

fn run_progress(input: &[u8]) -> Outcome {
    let c = ctx();
    let record = text(input);
    let Ok(p) = at("saved::decode_progress", || {
        decode_progress(&record, c.fp, c.n)
    }) else {
        return Ok(false);
    };
    ensure!(
        p.answers.len() == c.n && p.position < c.n,
        "decode_progress gives progress that does not fit the quiz",
        "{p:?}"
    );
    let written = at("saved::encode_progress", || encode_progress(&p, c.fp));
    let back = at("saved::decode_progress", || {
        decode_progress(&written, c.fp, c.n)
    });
    // Answers are compared but left out of messages: they are the input's.
    let brief = |p: &Progress| format!("position {}, filed {:?}", p.position, p.filed);
    ensure!(
        back.is_ok(),
        "saved progress is written back in a form the reader refuses",
        "read {}; wrote {written}; reading that: {:?}",
        brief(&p),
        back.as_ref().map(brief)
    );
    ensure!(
        back.as_ref() == Ok(&p),
        "saved progress is written back as a different value",
        "read {}; wrote {written}; reading that: {:?}",
        brief(&p),
        back.as_ref().map(brief)
    );
    let again = encode_progress(&p, c.fp);
    ensure!(
        again == written,
        "saved progress is spelt differently when written again",
        "{written} then {again}"
    );
    Ok(true)
}

// ---------------------------------------------------------------------------
// saved-history
// ---------------------------------------------------------------------------

pub fn history_entry() -> Entry {
    let c = ctx();
    let mut rng = Rng::new(11);
    let hex = &c.fp_hex;
    let mut seeds = vec![
        format!(r#"{{"v":1,"fingerprint":"{hex}","attempts":[]}}"#),
        format!(
            r#"{{"v":1,"fingerprint":"{hex}","attempts":[{{"at":1700000000000,"answers":"{}"}},{{"at":1700000100000,"answers":"{}"}}]}}"#,
            digits(&mut rng, c.n),
            digits(&mut rng, c.n)
        ),
    ];
    // Results of another version of the quiz, which become earlier attempts.
    let other = other_version_hex();
    seeds.push(format!(
        r#"{{"v":1,"fingerprint":"{other}","attempts":[{{"at":1600000000000,"answers":"{}"}}]}}"#,
        digits(&mut rng, 5)
    ));
    seeds.push(format!(
        r#"{{"v":1,"fingerprint":"{hex}","attempts":[{{"at":1700000000000,"answers":"{}"}}],"earlier":[{{"at":1600000000000,"fingerprint":"{other}","answers":"{}"}}]}}"#,
        digits(&mut rng, c.n),
        digits(&mut rng, 5)
    ));
    for count in [1, 3, 20] {
        let mut h = History::default();
        for k in 0..count {
            h.push(Attempt {
                finished_at: 1_700_000_000_000.0 + 86_400_000.0 * f64::from(k),
                answers: random_sheet(&mut rng, c.n),
                // Amended after filing (issue 21), now and then.
                amended: (k % 2 == 1)
                    .then_some(1_700_000_000_000.0 + 86_400_000.0 * f64::from(k) + 60_000.0),
            });
        }
        seeds.push(encode_history(&h, c.fp));
    }
    record_entry(
        "saved-history",
        "saved::decode_history, encode_history",
        seeds,
        run_history,
    )
}

fn run_history(input: &[u8]) -> Outcome {
    let c = ctx();
    let record = text(input);
    let Ok(h) = at("saved::decode_history", || {
        decode_history(&record, c.fp, c.n)
    }) else {
        return Ok(false);
    };
    ensure!(
        h.attempts.len() <= 20
            && h.attempts.iter().all(|a| a.answers.len() == c.n)
            && h.earlier.len() <= 20
            && h.earlier.iter().all(|a| a.fingerprint.quiz == c.fp.quiz),
        "decode_history gives a history that does not fit the quiz",
        "{h:?}"
    );
    let written = at("saved::encode_history", || encode_history(&h, c.fp));
    let back = at("saved::decode_history", || {
        decode_history(&written, c.fp, c.n)
    });
    let times = |h: &History| -> Vec<f64> { h.attempts.iter().map(|a| a.finished_at).collect() };
    ensure!(
        back.is_ok(),
        "a saved history is written back in a form the reader refuses",
        "read attempts at {:?}; wrote {written}; reading that: {:?}",
        times(&h),
        back.as_ref().map(times)
    );
    ensure!(
        back.as_ref() == Ok(&h),
        "a saved history is written back as a different value",
        "read attempts at {:?}; wrote {written}; reading that: {:?}",
        times(&h),
        back.as_ref().map(times)
    );
    let again = encode_history(&h, c.fp);
    ensure!(
        again == written,
        "a saved history is spelt differently when written again",
        "{written} then {again}"
    );
    Ok(true)
}

// ---------------------------------------------------------------------------
// saved-checklist
// ---------------------------------------------------------------------------

pub fn checklist_entry() -> Entry {
    let seeds = vec![
        r#"{"v":1,"attempt":1700000000000,"done":[0,2]}"#.to_string(),
        r#"{"done":[],"attempt":12,"v":1}"#.to_string(),
        encode_checklist(&Checklist {
            attempt: 1_700_000_123_456.0,
            done: vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        }),
    ];
    record_entry(
        "saved-checklist",
        "saved::decode_checklist, encode_checklist",
        seeds,
        run_checklist,
    )
}

fn run_checklist(input: &[u8]) -> Outcome {
    let record = text(input);
    let Ok(list) = at("saved::decode_checklist", || decode_checklist(&record)) else {
        return Ok(false);
    };
    ensure!(
        list.done.len() <= 10 && list.done.iter().all(|&d| d < 10),
        "decode_checklist gives steps that are not there",
        "{list:?}"
    );
    let written = at("saved::encode_checklist", || encode_checklist(&list));
    let back = at("saved::decode_checklist", || decode_checklist(&written));
    ensure!(
        back.is_ok(),
        "a saved checklist is written back in a form the reader refuses",
        "read {list:?}, wrote {written}, read back {back:?}"
    );
    ensure!(
        back.as_ref() == Ok(&list),
        "a saved checklist is written back as a different value",
        "read {list:?}, wrote {written}, read back {back:?}"
    );
    let again = encode_checklist(&list);
    ensure!(
        again == written,
        "a saved checklist is spelt differently when written again",
        "{written} then {again}"
    );
    Ok(true)
}

// ---------------------------------------------------------------------------
// kept-file
// ---------------------------------------------------------------------------

/// The quiz file the checker keeps on the coach's device: whatever it
/// accepts is within the limits and reads back the same once written.
pub fn kept_file_entry() -> Entry {
    let record = |name: &str, text: &str| {
        serde_json::to_string(&KeptFileRecord::new(name, text).expect("a small file")).unwrap()
    };
    let seeds = vec![
        record("my.quiz.json", "{\"schema\": 1}"),
        record("", "\u{1}\"\\ é"),
        r#"{"v":1,"name":"a","text":"b","x":1}"#.to_string(),
        r#"{"v":2,"name":"a"}"#.to_string(),
    ];
    Entry {
        max_len: 64 * 1024,
        seeds: seeds.into_iter().map(|s| (s.into_bytes(), 1)).collect(),
        keys: &["v", "name", "text"],
        alphabet: b"{}[]\":, 0123456789\\uvnametx",
        values: owned(&[b"1", b"2", b"\"x\"", b"null", b"\"\\u0001\""]),
        ..Entry::new(
            "kept-file",
            "kept_file::KeptFileRecord::read, new",
            run_kept_file,
        )
    }
}

fn run_kept_file(input: &[u8]) -> Outcome {
    let stored = text(input);
    let Ok((name, file)) = at("KeptFileRecord::read", || KeptFileRecord::read(&stored)) else {
        return Ok(false);
    };
    ensure!(
        file.len() <= MAX_FILE_BYTES && name.chars().count() <= MAX_NAME_CHARS,
        "a kept file is read past its limits",
        "{} bytes, a name of {} characters",
        file.len(),
        name.chars().count()
    );
    let again = KeptFileRecord::new(&name, &file).map(|r| serde_json::to_string(&r));
    let back = again
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .map(|r| KeptFileRecord::read(r));
    ensure!(
        matches!(&back, Some(Ok((n, t))) if *n == name && *t == file),
        "a kept file does not read back as written",
        "{again:?} read back as {back:?}"
    );
    Ok(true)
}
