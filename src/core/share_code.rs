//! Share codes: a whole result in a short, URL-safe text such as
//! `C1Ab3…`, for `#r=` links, team links and result files.
//!
//! Version 1: `"C"`, the version character `'1'`, then base64url (no padding)
//! of the payload: the quiz hash and the content hash (2 bytes each, big-endian),
//! the answers at 3 bits each, most significant bit first, padded with zero
//! bits to a whole byte, the display name as UTF-8 (nothing when there is no
//! name), and a CRC-32 of every text byte before it (`"C1"` and the payload so
//! far), 4 bytes big-endian.
//!
//! Decoding is strict: every result has exactly one spelling, and any single
//! changed or dropped character is refused.

use std::fmt;

use super::answers::Answer;
use super::catalogue::ProblemTexts;
use super::fingerprint::Fingerprint;
use super::language::Lang;
use super::text::allowed_in_name;

/// The format version this build writes (and the only one it reads).
pub const FORMAT_VERSION: u8 = 1;
/// Longer texts are not read at all.
pub const MAX_CODE_CHARS: usize = 300;
/// The longest display name, in characters.
pub const MAX_NAME_CHARS: usize = 24;
/// The longest display name, in UTF-8 bytes (24 characters of 4 bytes).
pub const MAX_NAME_BYTES: usize = 96;

/// What every version-1 code starts with, and what its checksum starts from.
const PREFIX: &[u8] = b"C1";
/// Quiz hash, content hash and checksum.
const FIXED_BYTES: usize = 2 + 2 + 4;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A result read back from a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedResult {
    /// One answer per question, in quiz order.
    pub answers: Vec<Answer>,
    /// The display name, trimmed; `None` when the code carries none.
    pub name: Option<String>,
}

/// Why a result could not be turned into a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodeError {
    /// The name has more than [`MAX_NAME_CHARS`] characters.
    NameTooLong,
    /// The name contains a line break or another control character.
    NameInvalid,
    /// More answers than a code can hold (a quiz has at most 200 questions).
    TooLong,
}

impl EncodeError {
    /// The message in `t`'s words.
    pub fn message(&self, t: &ProblemTexts) -> String {
        match self {
            EncodeError::NameTooLong => {
                ProblemTexts::fill(t.code_name_too_long(), &[("max", &MAX_NAME_CHARS)])
            }
            EncodeError::NameInvalid => t.code_name_invalid().into(),
            EncodeError::TooLong => t.code_too_long().into(),
        }
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En)))
    }
}

/// Why a text could not be read as a result of this quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// Not a share code at all.
    NotACandorCode,
    /// A code of a format version this build does not know.
    NewerFormat,
    /// A code that was changed or cut short on the way.
    Damaged,
    /// A valid code for another quiz.
    OtherQuiz,
    /// A valid code for another version of this quiz.
    OtherVersion,
}

impl DecodeError {
    /// The message in `t`'s words.
    pub fn message(&self, t: &ProblemTexts) -> String {
        match self {
            DecodeError::NotACandorCode => t.code_not_candor(),
            DecodeError::NewerFormat => t.code_newer(),
            DecodeError::Damaged => t.code_damaged(),
            DecodeError::OtherQuiz => t.code_other_quiz(),
            DecodeError::OtherVersion => t.code_other_version(),
        }
        .into()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En)))
    }
}

/// Checks and trims a display name: `None` when empty or only spaces.
pub fn clean_name(name: &str) -> Result<Option<&str>, EncodeError> {
    let name = name.trim();
    if name.is_empty() {
        Ok(None)
    } else if !name.chars().all(allowed_in_name) {
        Err(EncodeError::NameInvalid)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(EncodeError::NameTooLong)
    } else {
        Ok(Some(name))
    }
}

/// A name (or a member's label) as a bidirectional isolate, FSI…PDI
/// (U+2068, U+2069), for plain text that mixes it with other words: a
/// picture's lines, a tooltip, a CSV field. Inside, the name keeps its own
/// direction; outside, the text around it keeps its order (`Bob דני 1 2 3’s
/// result` no longer carries the digits and the words after it into the
/// name's right-to-left run). Names cannot contain these marks themselves
/// (see [`clean_name`]), so an isolate is never unbalanced. HTML uses `<bdi>`.
pub fn isolate(name: &str) -> String {
    format!("\u{2068}{name}\u{2069}")
}

/// The share code of an answer sheet, with an optional display name.
///
/// Answers outside the scale (`Point(0)`, `Point(9)`…) score as skipped and are
/// written as skipped.
pub fn encode(
    fp: Fingerprint,
    answers: &[Answer],
    name: Option<&str>,
) -> Result<String, EncodeError> {
    let name = clean_name(name.unwrap_or(""))?.unwrap_or("");
    let mut payload = Vec::with_capacity(FIXED_BYTES + answers.len() + name.len());
    payload.extend_from_slice(&fp.quiz.to_be_bytes());
    payload.extend_from_slice(&fp.content.to_be_bytes());
    payload.extend_from_slice(&pack(answers));
    payload.extend_from_slice(name.as_bytes());
    let crc = crc32(PREFIX, &payload);
    payload.extend_from_slice(&crc.to_be_bytes());
    if PREFIX.len() + (payload.len() * 8).div_ceil(6) > MAX_CODE_CHARS {
        return Err(EncodeError::TooLong);
    }
    let mut code = String::from("C1");
    base64_encode(&payload, &mut code);
    Ok(code)
}

/// Reads a share code (surrounding whitespace allowed) for a quiz with this
/// fingerprint and number of questions.
pub fn decode(code: &str, fp: Fingerprint, questions: usize) -> Result<SharedResult, DecodeError> {
    let text = code.trim().as_bytes();
    if text.len() > MAX_CODE_CHARS
        || text.first() != Some(&b'C')
        || !text.iter().all(|&c| sextet(c).is_some())
    {
        return Err(DecodeError::NotACandorCode);
    }
    match text.get(1) {
        Some(b'1') => {}
        Some(b'2'..=b'9') => return Err(DecodeError::NewerFormat),
        _ => return Err(DecodeError::NotACandorCode),
    }
    let payload = base64_decode(&text[2..]).ok_or(DecodeError::Damaged)?;
    if payload.len() < FIXED_BYTES {
        return Err(DecodeError::Damaged);
    }
    let (body, crc) = payload.split_at(payload.len() - 4);
    if crc32(PREFIX, body).to_be_bytes() != crc {
        return Err(DecodeError::Damaged);
    }
    if body[..2] != fp.quiz.to_be_bytes() {
        return Err(DecodeError::OtherQuiz);
    }
    if body[2..4] != fp.content.to_be_bytes() {
        return Err(DecodeError::OtherVersion);
    }
    read_body(&body[4..], questions).ok_or(DecodeError::Damaged)
}

/// The packed answers and the name; `None` on any inconsistency.
fn read_body(rest: &[u8], questions: usize) -> Option<SharedResult> {
    let packed = questions.checked_mul(3)?.div_ceil(8);
    let name = rest.get(packed..)?;
    if name.len() > MAX_NAME_BYTES {
        return None;
    }
    let answers = unpack(&rest[..packed], questions)?;
    let name = if name.is_empty() {
        None
    } else {
        let name = std::str::from_utf8(name).ok()?;
        // Only the spelling `encode` writes: trimmed, valid, non-empty.
        if clean_name(name) != Ok(Some(name)) {
            return None;
        }
        Some(name.to_string())
    };
    Some(SharedResult { answers, name })
}

/// Answers at 3 bits each, most significant bit first, zero-padded.
fn pack(answers: &[Answer]) -> Vec<u8> {
    let mut out = vec![0u8; (answers.len() * 3).div_ceil(8)];
    for (i, answer) in answers.iter().enumerate() {
        let code = answer.code();
        for k in 0..3 {
            if code & (4 >> k) != 0 {
                let bit = i * 3 + k;
                out[bit / 8] |= 0x80 >> (bit % 8);
            }
        }
    }
    out
}

/// The inverse of [`pack`]; `None` for the unused value 7 or set padding bits.
fn unpack(bytes: &[u8], count: usize) -> Option<Vec<Answer>> {
    let bit = |i: usize| bytes.get(i / 8).map(|b| (b >> (7 - i % 8)) & 1);
    let padding_clear = (count * 3..bytes.len() * 8).all(|i| bit(i) == Some(0));
    if !padding_clear {
        return None;
    }
    (0..count)
        .map(|i| {
            let code = (0..3).try_fold(0, |v, k| Some((v << 1) | bit(i * 3 + k)?))?;
            Answer::from_code(code)
        })
        .collect()
}

/// CRC-32 (IEEE 802.3, reflected) of `head` followed by `tail`.
fn crc32(head: &[u8], tail: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in head.iter().chain(tail) {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

fn base64_encode(bytes: &[u8], out: &mut String) {
    let (mut acc, mut bits) = (0u32, 0);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            out.push(char::from(ALPHABET[(acc >> bits) as usize & 63]));
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[(acc << (6 - bits)) as usize & 63]));
    }
}

/// Strict base64url without padding: `None` for an impossible length or
/// unused trailing bits that are not zero.
fn base64_decode(text: &[u8]) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for &c in text {
        acc = (acc << 6) | u32::from(sextet(c)?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (acc == 0).then_some(out)
}

/// The value of one base64url character.
fn sextet(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"1234", b"56789"), 0xCBF4_3926);
        assert_eq!(crc32(b"", b""), 0);
    }

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            let mut out = String::new();
            base64_encode(plain.as_bytes(), &mut out);
            assert_eq!(out, coded);
            assert_eq!(base64_decode(coded.as_bytes()).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64_decode(b"-_8"), Some(vec![0xfb, 0xff]));
    }

    #[test]
    fn base64url_refuses_a_second_spelling() {
        assert_eq!(base64_decode(b"Zh"), None, "unused bits set");
        assert_eq!(base64_decode(b"Zm9"), None, "unused bits set");
        assert_eq!(base64_decode(b"Zm9vY"), None, "impossible length");
        assert_eq!(base64_decode(b"Zm9+"), None, "not base64url");
    }

    #[test]
    fn answers_pack_three_bits_each() {
        let sheet = [Answer::Point(5), Answer::NotSure, Answer::Skipped];
        // 101 110 000, then seven zero bits.
        assert_eq!(pack(&sheet), [0b1011_1000, 0b0000_0000]);
        assert_eq!(unpack(&[0b1011_1000, 0], 3).unwrap(), sheet);
        assert_eq!(unpack(&[0b1011_1000, 1], 3), None, "padding bit set");
        assert_eq!(unpack(&[0b1111_1100, 0], 3), None, "value 7");
        assert_eq!(pack(&[Answer::Point(9)]), [0]);
    }

    #[test]
    fn an_off_scale_point_is_encoded_as_skipped_not_as_not_sure() {
        // Regression: Point(6) was packed as code 6, so the code read back
        // as "Not sure" instead of skipped.
        let fp = Fingerprint {
            quiz: 1,
            content: 2,
        };
        for off in [0, 6, 7, 200] {
            let answers = [Answer::Point(off), Answer::Point(3)];
            let code = encode(fp, &answers, None).unwrap();
            let read = decode(&code, fp, 2).unwrap();
            assert_eq!(
                read.answers,
                [Answer::Skipped, Answer::Point(3)],
                "Point({off})"
            );
        }
    }
}
