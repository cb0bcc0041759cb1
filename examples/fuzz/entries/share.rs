//! Share codes: `share_code::decode` (checked against a reference decoder
//! written from the format's description), `encode` of any answer sheet, and
//! `clean_name`.

use std::sync::OnceLock;

use candor::core::answers::Answer;
use candor::core::fingerprint::{fingerprint, Fingerprint};
use candor::core::share_code::{clean_name, decode, encode, EncodeError, SharedResult};
use candor::core::validate::parse_quiz;

use super::{answer_byte, answer_of, at, ctx, ensure, on_scale, owned, random_sheet, split_bar};
use super::{text, Entry, Outcome};
use crate::rng::Rng;

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Names that test the name rules: trimming, control and bidi characters,
/// the 24-character limit, 4-byte characters, bytes that are not UTF-8.
const NAMES: &[&[u8]] = &[
    b"",
    b"Ana",
    b" Ana",
    b"Ana ",
    b"Zo\xc3\xab",
    b"abcdefghijklmnopqrstuvwx",
    b"abcdefghijklmnopqrstuvwxy",
    b"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80",
    b"a\nb",
    b"a\x7fb",
    b"\xe2\x80\xaeevil",
    b"x\xe2\x81\xa6y",
    b"\xc2\xa0Ana",
    b"\xff",
    b"Member 2",
    b"A & B <i>",
];

/// The quizzes codes are read for: the two shipped quizzes, and a made-up
/// fingerprint with question counts that leave every amount of padding.
fn profiles() -> &'static [(Fingerprint, usize)] {
    static PROFILES: OnceLock<Vec<(Fingerprint, usize)>> = OnceLock::new();
    PROFILES.get_or_init(|| {
        let onboarding = parse_quiz(include_bytes!(
            "../../../content/onboarding-readiness.quiz.json"
        ))
        .expect("the onboarding quiz is valid");
        let made_up = Fingerprint {
            quiz: 0x00ff,
            content: 0xa5a5,
        };
        let mut list = vec![
            (ctx().fp, ctx().n),
            (fingerprint(&onboarding), onboarding.questions.len()),
        ];
        list.extend([0, 1, 2, 3, 5, 8, 200].map(|n| (made_up, n)));
        list
    })
}

// ---------------------------------------------------------------------------
// share-decode
// ---------------------------------------------------------------------------

pub fn decode_entry() -> Entry {
    let mut rng = Rng::new(1);
    let mut seeds = Vec::new();
    for &(fp, n) in profiles() {
        for name in [
            None,
            Some("Ana"),
            Some("Zoë"),
            Some("abcdefghijklmnopqrstuvwx"),
        ] {
            let code = encode(fp, &random_sheet(&mut rng, n), name).expect("a valid sheet");
            seeds.push((code.into_bytes(), 1));
        }
    }
    seeds.push((b"  C1AAAA\n".to_vec(), 1));
    let mut tokens = owned(&[b"C1", b"C2", b"C", b"c1", b"C0", b"==", b" ", b"\n", b"%7E"]);
    tokens.extend(BASE64URL.iter().map(|&c| vec![c]));
    Entry {
        max_len: 320,
        seeds,
        tokens,
        alphabet: BASE64URL,
        structured: Some(structured_code),
        ..Entry::new(
            "share-decode",
            "share_code::decode, encode (one spelling)",
            run_decode,
        )
    }
}

fn run_decode(input: &[u8]) -> Outcome {
    let code = text(input);
    let mut accepted = false;
    for &(fp, n) in profiles() {
        let got = at("share_code::decode", || decode(&code, fp, n));
        let want = reference_decode(&code, fp, n);
        match (&got, &want) {
            (Ok(r), Some(w)) => ensure!(
                r == w,
                "share_code::decode reads a code differently from the reference decoder",
                "questions {n}: decode gave {r:?}, the reference {w:?}"
            ),
            (Ok(r), None) => ensure!(
                false,
                "share_code::decode accepts a code the format does not allow",
                "questions {n}: decode gave {r:?}"
            ),
            (Err(e), Some(w)) => ensure!(
                false,
                "share_code::decode refuses a well-formed code",
                "questions {n}: decode said {e:?}; the reference read {w:?}"
            ),
            (Err(_), None) => {}
        }
        let Ok(result) = got else { continue };
        accepted = true;
        ensure!(
            result.answers.len() == n,
            "share_code::decode gives the wrong number of answers",
            "questions {n}: {} answers",
            result.answers.len()
        );
        let again = at("share_code::encode", || {
            encode(fp, &result.answers, result.name.as_deref())
        });
        ensure!(
            again.as_deref() == Ok(code.trim()),
            "encode(decode(code)) is not the code",
            "questions {n}: read {result:?}, written back as {again:?}"
        );
    }
    Ok(accepted)
}

/// A code built byte by byte, usually well formed, with one thing sometimes
/// wrong: the fingerprint, a value 7, a padding bit, the length, the name,
/// the checksum, unused base64 bits, the prefix, the surrounding space.
fn structured_code(rng: &mut Rng) -> Vec<u8> {
    let &(fp, n) = rng.pick(profiles());
    let mut body = Vec::new();
    body.extend_from_slice(&fp.quiz.to_be_bytes());
    body.extend_from_slice(&fp.content.to_be_bytes());
    if rng.one_in(20) {
        let i = rng.below(4);
        body[i] ^= 1 << rng.below(8);
    }
    let mut packed = vec![0u8; (3 * n).div_ceil(8)];
    for i in 0..n {
        let code = if rng.one_in(50) {
            7
        } else {
            rng.below(7) as u8
        };
        for k in 0..3 {
            if code & (4 >> k) != 0 {
                let bit = 3 * i + k;
                packed[bit / 8] |= 0x80 >> (bit % 8);
            }
        }
    }
    if rng.one_in(20) && packed.len() * 8 > 3 * n {
        let bit = rng.range(3 * n, packed.len() * 8 - 1);
        packed[bit / 8] |= 0x80 >> (bit % 8);
    }
    match rng.below(40) {
        0 => {
            packed.pop();
        }
        1 => packed.push(rng.byte()),
        _ => {}
    }
    body.extend_from_slice(&packed);
    body.extend_from_slice(rng.choose(NAMES));
    let mut crc = crc32(&[b"C1", &body[..]].concat());
    if rng.one_in(20) {
        crc ^= 1 << rng.below(32);
    }
    body.extend_from_slice(&crc.to_be_bytes());
    let mut out = Vec::new();
    if rng.one_in(10) {
        out.extend_from_slice(rng.choose(&[&b" "[..], b"\n", b"\t", b"\xc2\xa0", b"\xe3\x80\x80"]));
    }
    out.extend_from_slice(if rng.one_in(20) {
        rng.choose(&[&b"C2"[..], b"c1", b"C", b"C9", b"1"])
    } else {
        b"C1"
    });
    let mut code = base64url(&body);
    if rng.one_in(20) {
        if let Some(last) = code.last_mut() {
            let v = BASE64URL.iter().position(|c| c == last).unwrap_or(0);
            *last = BASE64URL[v ^ 1];
        }
    }
    out.extend_from_slice(&code);
    if rng.one_in(10) {
        out.extend_from_slice(rng.choose(&[&b" "[..], b"\r\n", b"\xe2\x80\xa8"]));
    }
    out
}

/// The version-1 format as the module documentation describes it: `"C1"`,
/// then strict base64url (no padding, unused bits zero) of: quiz hash and
/// content hash (2 bytes each, big-endian), the answers at 3 bits each (most
/// significant first, 7 unused, padding bits zero), the name (trimmed, 1–24
/// characters, none of them control, line or bidi characters, at most 96
/// bytes), and the CRC-32 of `"C1"` and all of that. At most 300 characters
/// once the surrounding space is trimmed.
pub fn reference_decode(code: &str, fp: Fingerprint, n: usize) -> Option<SharedResult> {
    let text = code.trim();
    if text.len() > 300 {
        return None;
    }
    let payload = unbase64url(text.strip_prefix("C1")?.as_bytes())?;
    let split = payload.len().checked_sub(4)?;
    let (body, crc) = payload.split_at(split);
    if body.len() < 4 || crc32(&[b"C1", body].concat()).to_be_bytes() != crc {
        return None;
    }
    if body[..2] != fp.quiz.to_be_bytes() || body[2..4] != fp.content.to_be_bytes() {
        return None;
    }
    let packed_len = (3 * n).div_ceil(8);
    let rest = &body[4..];
    if rest.len() < packed_len {
        return None;
    }
    let (packed, name) = rest.split_at(packed_len);
    let bit = |i: usize| (packed[i / 8] >> (7 - i % 8)) & 1;
    if (3 * n..packed_len * 8).any(|i| bit(i) != 0) {
        return None;
    }
    let answers = (0..n)
        .map(|i| Answer::from_code(bit(3 * i) << 2 | bit(3 * i + 1) << 1 | bit(3 * i + 2)))
        .collect::<Option<Vec<_>>>()?;
    let name = if name.is_empty() {
        None
    } else {
        let name = std::str::from_utf8(name).ok()?;
        let allowed = |c: char| {
            !c.is_control() && !matches!(c, '\u{2028}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        };
        let ok = name.len() <= 96
            && name.trim() == name
            && name.chars().count() <= 24
            && name.chars().all(allowed);
        if !ok {
            return None;
        }
        Some(name.to_string())
    };
    Some(SharedResult { answers, name })
}

/// CRC-32 (IEEE, reflected), table-free.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Base64url without padding, in groups of three bytes.
fn base64url(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for group in bytes.chunks(3) {
        let b = [
            group[0],
            *group.get(1).unwrap_or(&0),
            *group.get(2).unwrap_or(&0),
        ];
        let v = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..=group.len() {
            out.push(BASE64URL[(v >> (18 - 6 * k)) as usize & 63]);
        }
    }
    out
}

/// Strict base64url without padding: groups of four characters, a last
/// group of two or three whose unused bits are zero.
fn unbase64url(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for group in text.chunks(4) {
        if group.len() == 1 {
            return None;
        }
        let mut v = 0u32;
        for (k, c) in group.iter().enumerate() {
            let sextet = BASE64URL.iter().position(|a| a == c)? as u32;
            v |= sextet << (18 - 6 * k);
        }
        let bytes = v.to_be_bytes();
        let kept = group.len() - 1;
        if bytes[1 + kept..].iter().any(|&b| b != 0) {
            return None;
        }
        out.extend_from_slice(&bytes[1..1 + kept]);
    }
    Some(out)
}

// ---------------------------------------------------------------------------
// share-encode
// ---------------------------------------------------------------------------

pub fn encode_entry() -> Entry {
    let c = ctx();
    let mut rng = Rng::new(2);
    let mut seeds = Vec::new();
    for name in ["", "|Ana", "|  Zoë ", "|abcdefghijklmnopqrstuvwx"] {
        let sheet: Vec<u8> = random_sheet(&mut rng, c.n)
            .into_iter()
            .map(answer_byte)
            .collect();
        seeds.push(([&sheet[..], name.as_bytes()].concat(), 1));
    }
    seeds.push((b"5555555555555555555555555555".to_vec(), 1));
    seeds.push((b"0000000000000000000000000000|".to_vec(), 1));
    let mut tokens = owned(NAMES);
    tokens.push(b"|".to_vec());
    Entry {
        max_len: 400,
        seeds,
        tokens,
        alphabet: b"01234567890123456789|",
        structured: Some(structured_sheet),
        ..Entry::new(
            "share-encode",
            "share_code::encode of any sheet, then decode",
            run_encode,
        )
    }
}

/// Answer bytes (see `answer_of`), then `|` and a name.
fn structured_sheet(rng: &mut Rng) -> Vec<u8> {
    let len = match rng.below(4) {
        0 => rng.below(16),
        1 => ctx().n,
        _ => rng.below(260),
    };
    let mut out: Vec<u8> = (0..len)
        .map(|_| match rng.below(30) {
            0 => rng.byte(),
            1..=3 => rng.choose(b"789"),
            _ => b'0' + rng.below(7) as u8,
        })
        .collect();
    if rng.chance(50) {
        out.push(b'|');
        out.extend_from_slice(rng.choose(NAMES));
    }
    out
}

fn run_encode(input: &[u8]) -> Outcome {
    let fp = ctx().fp;
    let (sheet, name) = split_bar(input);
    let sheet: Vec<Answer> = sheet.iter().map(|&b| answer_of(b)).collect();
    let name = name.map(text);
    let got = at("share_code::encode", || encode(fp, &sheet, name.as_deref()));
    let cleaned = clean_name(name.as_deref().unwrap_or(""));
    let code = match got {
        Ok(code) => code,
        Err(EncodeError::TooLong) => {
            let name_bytes = cleaned.map_or(0, |n| n.map_or(0, str::len));
            let bytes = 4 + (3 * sheet.len()).div_ceil(8) + name_bytes + 4;
            ensure!(
                2 + (8 * bytes).div_ceil(6) > 300,
                "share_code::encode refuses a sheet that fits in a code",
                "{} answers, a name of {name_bytes} bytes",
                sheet.len()
            );
            return Ok(false);
        }
        Err(e) => {
            ensure!(
                cleaned == Err(e),
                "share_code::encode refuses a name clean_name allows",
                "encode said {e:?}, clean_name {cleaned:?}"
            );
            return Ok(false);
        }
    };
    ensure!(
        code.len() <= 300,
        "share_code::encode writes a code longer than 300 characters",
        "{} characters",
        code.len()
    );
    let want = SharedResult {
        answers: sheet.iter().map(|&a| on_scale(a)).collect(),
        name: cleaned.ok().flatten().map(str::to_string),
    };
    let back = at("share_code::decode", || decode(&code, fp, sheet.len()));
    ensure!(
        back.as_ref() == Ok(&want),
        "decode(encode(sheet)) is not the sheet (off-scale points should read as skipped)",
        "encoded {sheet:?} as {code}, read back {back:?}"
    );
    Ok(true)
}

// ---------------------------------------------------------------------------
// clean-name
// ---------------------------------------------------------------------------

pub fn clean_name_entry() -> Entry {
    Entry {
        max_len: 200,
        seeds: NAMES.iter().map(|n| (n.to_vec(), 1)).collect(),
        tokens: owned(NAMES),
        ..Entry::new("clean-name", "share_code::clean_name", run_clean_name)
    }
}

fn run_clean_name(input: &[u8]) -> Outcome {
    let name = text(input);
    let got = at("share_code::clean_name", || clean_name(&name));
    let allowed = |c: char| {
        !c.is_control() && !matches!(c, '\u{2028}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    let trimmed = name.trim();
    match got {
        Ok(None) => ensure!(
            trimmed.is_empty(),
            "clean_name drops a name that is not blank",
            "{name:?}"
        ),
        Ok(Some(clean)) => {
            ensure!(
                clean == trimmed
                    && !clean.is_empty()
                    && clean.chars().count() <= 24
                    && clean.chars().all(allowed),
                "clean_name allows a name the rules refuse",
                "{name:?} gave {clean:?}"
            );
            ensure!(
                clean_name(clean) == Ok(Some(clean)),
                "clean_name is not idempotent",
                "{clean:?}"
            );
        }
        Err(EncodeError::NameInvalid) => ensure!(
            !trimmed.chars().all(allowed),
            "clean_name refuses a name with only allowed characters",
            "{name:?}"
        ),
        Err(EncodeError::NameTooLong) => ensure!(
            trimmed.chars().count() > 24,
            "clean_name calls a short name too long",
            "{name:?}"
        ),
        Err(e) => ensure!(false, "clean_name gives an unexpected error", "{e:?}"),
    }
    Ok(matches!(got, Ok(Some(_))))
}
