//! Inputs: random ones, and mutations of valid ones (byte flips, inserts,
//! deletes, splices, duplicated chunks, numbers swapped for extreme values,
//! interesting tokens), plus rare inputs as large as an entry point accepts.

use crate::entries::Entry;
use crate::rng::Rng;

/// Numbers that break writers and readers: extremes, boundaries, forms a
/// strict reader refuses, huge exponents.
pub const NUMBERS: &[&str] = &[
    "-1e20",
    "1e20",
    "1700000000000.5",
    "1e-7",
    "-0",
    "0",
    "-1",
    "1",
    "2",
    "3",
    "5",
    "6",
    "7",
    "9",
    "10",
    "19",
    "20",
    "21",
    "24",
    "25",
    "27",
    "28",
    "40",
    "49",
    "50",
    "99",
    "100",
    "101",
    "120",
    "121",
    "199",
    "200",
    "201",
    "255",
    "256",
    "999",
    "1000",
    "65535",
    "4294967296",
    "9007199254740992",
    "9007199254740993",
    "9e15",
    "-9e15",
    "-9.5e15",
    "123456789012345",
    "1234567890123456",
    "1700000000000",
    "-1700000000000",
    "0.1",
    "0.5",
    "1.5",
    "2.5",
    "1.0",
    "100.0",
    "1e0",
    "1e2",
    "1E2",
    "1e+2",
    "1e22",
    "1e23",
    "1e308",
    "1e309",
    "-1e308",
    "1e-22",
    "1e-23",
    "1e-300",
    "-1e-7",
    "0.0000001",
    "0.000001",
    "1e999999999999999999999",
    "1e-999999999999999999999",
    "0e999999999999",
    "01",
    "-",
    "1.",
    ".5",
    "1e",
    "+1",
    "NaN",
    "Infinity",
    "-Infinity",
];

/// Tokens worth inserting into any text: JSON punctuation and escapes, line
/// breaks, byte-order marks, multi-byte and invalid UTF-8, URL escapes.
pub const GENERIC_TOKENS: &[&[u8]] = &[
    b"\"",
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b"\\udc00",
    b"\\ud83d\\ude00",
    b"\\u00e9",
    b"\\\"",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"null",
    b"true",
    b"false",
    b"\"\"",
    b"{}",
    b"[]",
    b" ",
    b"\n",
    b"\r\n",
    b"\t",
    b"\x00",
    b"\x7f",
    b"\xef\xbb\xbf",
    b"\xc3\xa9",
    b"\xe2\x80\xa8",
    b"\xe2\x80\xae",
    b"\xe2\x81\xa6",
    b"\xc2\xa0",
    b"\xe3\x80\x80",
    b"\xf0\x9f\x98\x80",
    b"\xff",
    b"\xc0\x80",
    b"\xed\xa0\x80",
    b"\xe2\x82",
    b"%",
    b"+",
    b"~",
    b"#",
    b"&",
    b"=",
    b"-",
    b".",
    b"e",
];

/// An input and how it was made.
pub struct Made {
    pub bytes: Vec<u8>,
    pub random: bool,
}

/// Valid inputs to mutate: the entry's seeds (weighted) and inputs this run
/// found accepted.
pub struct Pool {
    seeds: Vec<(Vec<u8>, u32)>,
    total_weight: u32,
    found: Vec<Vec<u8>>,
}

/// How many accepted inputs a pool keeps besides the seeds.
const FOUND_KEPT: usize = 128;

impl Pool {
    pub fn new(entry: &Entry) -> Pool {
        Pool {
            seeds: entry.seeds.clone(),
            total_weight: entry.seeds.iter().map(|(_, w)| w).sum(),
            found: Vec::new(),
        }
    }

    /// A valid input: a seed (by weight) or one found accepted.
    pub fn pick(&self, rng: &mut Rng) -> &[u8] {
        if !self.found.is_empty() && rng.chance(40) {
            return rng.pick(&self.found).as_slice();
        }
        let mut ticket = rng.below(self.total_weight.max(1) as usize) as u32;
        for (seed, weight) in &self.seeds {
            if ticket < *weight {
                return seed;
            }
            ticket -= weight;
        }
        &[]
    }

    /// Remembers an accepted input, replacing an older one when full.
    pub fn keep(&mut self, rng: &mut Rng, input: &[u8]) {
        if self.found.len() < FOUND_KEPT {
            self.found.push(input.to_vec());
        } else {
            let slot = rng.below(FOUND_KEPT);
            self.found[slot] = input.to_vec();
        }
    }
}

/// The next input: random (about a third) or a mutation of a valid one.
pub fn next_input(rng: &mut Rng, entry: &Entry, pool: &Pool) -> Made {
    if rng.chance(30) {
        Made {
            bytes: random_input(rng, entry),
            random: true,
        }
    } else {
        let mut bytes = pool.pick(rng).to_vec();
        let rounds = rng.small(16);
        for _ in 0..rounds {
            mutate(rng, entry, pool, &mut bytes);
        }
        Made {
            bytes,
            random: false,
        }
    }
}

/// A random input: built by the entry's own generator, a soup of tokens,
/// random JSON, random bytes, or (rarely) one as large as the entry accepts.
pub fn random_input(rng: &mut Rng, entry: &Entry) -> Vec<u8> {
    if rng.one_in(entry.stress_one_in) {
        let shape = rng.below(STRESS_SHAPES);
        return stress(rng, entry, shape, false);
    }
    match rng.below(100) {
        0..=39 => match entry.structured {
            Some(make) => make(rng),
            None => random_bytes(rng, entry),
        },
        40..=59 => token_soup(rng, entry),
        60..=79 if !entry.keys.is_empty() => {
            let mut out = Vec::new();
            random_json(rng, entry, 0, &mut out);
            out
        }
        _ => random_bytes(rng, entry),
    }
}

fn random_bytes(rng: &mut Rng, entry: &Entry) -> Vec<u8> {
    let len = if rng.one_in(20) {
        rng.below(entry.max_len.min(2048) + 1)
    } else {
        rng.below(64)
    };
    (0..len).map(|_| random_byte(rng, entry)).collect()
}

fn random_byte(rng: &mut Rng, entry: &Entry) -> u8 {
    match rng.below(10) {
        0..=5 if !entry.alphabet.is_empty() => rng.choose(entry.alphabet),
        0..=7 => rng.range(0x20, 0x7e) as u8,
        _ => rng.byte(),
    }
}

fn token(rng: &mut Rng, entry: &Entry) -> Vec<u8> {
    match rng.below(10) {
        0..=4 if !entry.tokens.is_empty() => rng.pick(&entry.tokens).clone(),
        5 | 6 => rng.pick(NUMBERS).as_bytes().to_vec(),
        _ => rng.pick(GENERIC_TOKENS).to_vec(),
    }
}

fn token_soup(rng: &mut Rng, entry: &Entry) -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..rng.small(32) {
        out.extend_from_slice(&token(rng, entry));
        if rng.chance(20) {
            out.push(random_byte(rng, entry));
        }
    }
    out
}

/// A random JSON value whose object keys are mostly the entry's own fields.
fn random_json(rng: &mut Rng, entry: &Entry, depth: usize, out: &mut Vec<u8>) {
    let leaf = depth >= 4 || rng.chance(40);
    match rng.below(if leaf { 4 } else { 6 }) {
        0 => out.extend_from_slice(rng.pick(NUMBERS).as_bytes()),
        1 if !entry.values.is_empty() => {
            let value = rng.pick(&entry.values).clone();
            out.extend_from_slice(&value);
        }
        1 => out.push(b'0'),
        2 => out.extend_from_slice(rng.choose(&[&b"null"[..], b"true", b"false", b"\"\""])),
        3 => {
            out.push(b'"');
            for _ in 0..rng.below(12) {
                match rng.below(8) {
                    0 => out.extend_from_slice(rng.choose(GENERIC_TOKENS)),
                    _ => out.push(rng.range(0x20, 0x7e) as u8),
                }
            }
            out.push(b'"');
        }
        4 => {
            out.push(b'[');
            for i in 0..rng.below(5) {
                if i > 0 {
                    out.push(b',');
                }
                random_json(rng, entry, depth + 1, out);
            }
            out.push(b']');
        }
        _ => {
            out.push(b'{');
            for i in 0..rng.below(8) {
                if i > 0 {
                    out.push(b',');
                }
                out.push(b'"');
                if rng.chance(90) {
                    out.extend_from_slice(rng.pick(entry.keys).as_bytes());
                } else {
                    out.push(rng.range(b'a' as usize, b'z' as usize) as u8);
                }
                out.extend_from_slice(b"\":");
                random_json(rng, entry, depth + 1, out);
            }
            out.push(b'}');
        }
    }
}

/// How many shapes [`stress`] makes.
pub const STRESS_SHAPES: usize = 5;

/// A large input of one shape: an object with thousands of keys, deep
/// nesting, a long escaped text, a long list of numbers, or a valid input
/// repeated. With `full`, as large as the entry point accepts; otherwise
/// from half that to a little over.
pub fn stress(rng: &mut Rng, entry: &Entry, shape: usize, full: bool) -> Vec<u8> {
    let cap = if full {
        entry.max_len
    } else if rng.one_in(8) {
        entry.max_len + rng.range(1, 64)
    } else {
        entry.max_len - rng.below(entry.max_len / 2 + 1)
    };
    let mut out = Vec::with_capacity(cap + 64);
    match shape {
        0 => {
            // The key width stays short so the most keys fit.
            out.push(b'{');
            let mut i = 0usize;
            while out.len() + 16 < cap {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(format!("\"{i:x}\":0").as_bytes());
                i += 1;
            }
            out.push(b'}');
        }
        1 => {
            let depth = cap / 2;
            out.extend(std::iter::repeat_n(b'[', depth));
            out.extend(std::iter::repeat_n(b']', depth));
        }
        2 => {
            out.push(b'"');
            while out.len() + 8 < cap {
                out.extend_from_slice(rng.choose(&[
                    &b"\\u00e9"[..],
                    b"\\n",
                    b"\\ud83d\\ude00",
                    b"x",
                ]));
            }
            out.push(b'"');
        }
        3 => {
            out.push(b'[');
            while out.len() + 32 < cap {
                out.extend_from_slice(rng.pick(NUMBERS).as_bytes());
                out.push(b',');
            }
            out.extend_from_slice(b"0]");
        }
        _ => {
            let seed = &rng.pick(&entry.seeds).0;
            if seed.is_empty() {
                return out;
            }
            while out.len() + seed.len() + 1 < cap {
                out.extend_from_slice(seed);
                out.push(b' ');
            }
        }
    }
    out
}

/// One mutation, in place; the result stays within a little over the cap.
pub fn mutate(rng: &mut Rng, entry: &Entry, pool: &Pool, bytes: &mut Vec<u8>) {
    let limit = entry.max_len + 64;
    if bytes.is_empty() {
        bytes.extend_from_slice(&token(rng, entry));
        return;
    }
    let at = rng.below(bytes.len() + 1);
    match rng.below(12) {
        0 => {
            let i = rng.below(bytes.len());
            bytes[i] ^= 1 << rng.below(8);
        }
        1 => {
            let i = rng.below(bytes.len());
            bytes[i] = rng.choose(&[0u8, 0xff, 0x7f, 0x80, b'"', b'\\', b'0', b'9', b' ', b'-']);
        }
        2 => {
            let new: Vec<u8> = (0..rng.small(8)).map(|_| random_byte(rng, entry)).collect();
            splice(bytes, at, 0, &new);
        }
        3 => {
            let len = rng
                .small(bytes.len().max(1))
                .min(bytes.len() - at.min(bytes.len()));
            bytes.drain(at..at + len);
        }
        4 => {
            // Duplicate a chunk, sometimes many times.
            let from = rng.below(bytes.len());
            let len = rng.small(bytes.len() - from);
            let chunk = bytes[from..from + len].to_vec();
            let times = if rng.one_in(8) { rng.small(256) } else { 1 };
            for _ in 0..times {
                if bytes.len() + chunk.len() > limit {
                    break;
                }
                splice(bytes, from, 0, &chunk);
            }
        }
        5 => {
            // Splice in a piece of another valid input.
            let other = pool.pick(rng);
            if !other.is_empty() {
                let from = rng.below(other.len());
                let len = rng.small(other.len() - from);
                let remove = if rng.chance(50) {
                    0
                } else {
                    rng.below(bytes.len() - at.min(bytes.len()) + 1)
                };
                splice(bytes, at, remove, &other[from..from + len]);
            }
        }
        6..=7 => replace_number(rng, bytes),
        8 => {
            let t = token(rng, entry);
            splice(bytes, at, 0, &t);
        }
        9 => {
            let t = token(rng, entry);
            let remove = rng.small(8).min(bytes.len() - at.min(bytes.len()));
            splice(bytes, at, remove, &t);
        }
        10 => bytes.truncate(at),
        _ => {
            // Swap two bytes.
            let (i, j) = (rng.below(bytes.len()), rng.below(bytes.len()));
            bytes.swap(i, j);
        }
    }
    bytes.truncate(limit);
}

fn splice(bytes: &mut Vec<u8>, at: usize, remove: usize, insert: &[u8]) {
    let at = at.min(bytes.len());
    let end = (at + remove).min(bytes.len());
    bytes.splice(at..end, insert.iter().copied());
}

/// Replaces one number in the text (a run of `-+.eE0-9` holding a digit and
/// not inside a word) with one of [`NUMBERS`].
fn replace_number(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let numeric = |b: u8| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E');
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let word_before = i > 0 && bytes[i - 1].is_ascii_alphanumeric();
        if (bytes[i].is_ascii_digit() || bytes[i] == b'-') && !word_before {
            let start = i;
            while i < bytes.len() && numeric(bytes[i]) {
                i += 1;
            }
            if bytes[start..i].iter().any(u8::is_ascii_digit) {
                spans.push((start, i));
            }
        } else {
            i += 1;
        }
    }
    let number = rng.pick(NUMBERS).as_bytes();
    if spans.is_empty() {
        let at = rng.below(bytes.len() + 1);
        splice(bytes, at, 0, number);
    } else {
        let (start, end) = rng.choose(&spans);
        splice(bytes, start, end - start, number);
    }
}
