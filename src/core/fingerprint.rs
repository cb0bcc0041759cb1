//! A quiz's fingerprint: which quiz, and which version of its structure, an
//! answer sheet belongs to. Share codes carry it so a code is never scored
//! against a different set of questions.
//!
//! It covers the structure and scoring only (ids, dimensions, keying,
//! weights, bands, pattern thresholds, the version), never the wording, so a
//! translation of a quiz with the same ids and scoring shares its
//! fingerprint: a German and an English result compare in one team.

use super::quiz::{Quiz, Threshold};

/// Two 16-bit hashes: of the quiz id, and of everything that gives answers
/// their meaning (version, whether "Not sure" is offered, which dimension
/// each question measures and how, bands, patterns), but no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint {
    pub quiz: u16,
    pub content: u16,
}

/// FNV-1a, 64-bit: tiny, stable across platforms and releases.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }

    /// A field followed by a separator no text contains, so "ab"+"c" ≠ "a"+"bc".
    fn field(self, text: &str) -> Self {
        self.bytes(text.as_bytes()).bytes(&[0xff])
    }

    fn fold16(self) -> u16 {
        let h = self.0;
        (h ^ (h >> 16) ^ (h >> 32) ^ (h >> 48)) as u16
    }
}

pub fn fingerprint(quiz: &Quiz) -> Fingerprint {
    let mut h = Fnv::new().field(&quiz.version);
    h = h.field(if quiz.scale.not_sure.is_some() {
        "not-sure"
    } else {
        ""
    });
    for d in &quiz.dimensions {
        h = h.field(&d.id);
        for b in &d.bands {
            h = h.bytes(&[b.min, b.max]);
        }
    }
    for q in &quiz.questions {
        h = h
            .field(&q.id)
            .field(&quiz.dimensions[q.dimension].id)
            .bytes(&[u8::from(q.reverse)])
            .bytes(&q.weight.to_bits().to_le_bytes());
    }
    for p in &quiz.patterns {
        h = h.field(&p.id);
        for c in &p.when {
            let (kind, value) = match c.threshold {
                Threshold::Below(v) => (0u8, v),
                Threshold::AtLeast(v) => (1u8, v),
            };
            h = h
                .field(&quiz.dimensions[c.dimension].id)
                .bytes(&[kind])
                .bytes(&value.to_bits().to_le_bytes());
        }
    }
    Fingerprint {
        quiz: Fnv::new().field(&quiz.id).fold16(),
        content: h.fold16(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::builtin::builtin_quiz;

    #[test]
    fn a_coachs_wording_of_the_app_does_not_change_the_fingerprint() {
        let quiz = builtin_quiz();
        let mut worded = quiz.clone();
        worded.ui = vec![
            ("start".into(), "Empezar".into()),
            ("back".into(), "Atrás".into()),
        ];
        assert_eq!(fingerprint(&worded), fingerprint(&quiz));
        // What it does cover still counts.
        let mut other = quiz.clone();
        other.version.push('x');
        assert_ne!(fingerprint(&other).content, fingerprint(&quiz).content);
    }
}
