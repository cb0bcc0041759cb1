//! A reader's answers, one per question, in quiz order.

/// The answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Answer {
    /// Not answered (yet).
    #[default]
    Skipped,
    /// A point on the five-point scale, 1 (lowest agreement) to 5.
    Point(u8),
    /// "Not sure": answered, but left out of scoring.
    NotSure,
}

impl Answer {
    /// A compact code 0–6 used by storage and share codes:
    /// 0 skipped, 1–5 the scale point, 6 not sure. A point off the scale
    /// (`Point(0)`, `Point(6)`…) scores as skipped, so it is coded as skipped.
    pub fn code(self) -> u8 {
        match self {
            Answer::Skipped => 0,
            Answer::Point(p @ 1..=5) => p,
            Answer::Point(_) => 0,
            Answer::NotSure => 6,
        }
    }

    /// The inverse of [`Answer::code`]; `None` for codes above 6.
    pub fn from_code(code: u8) -> Option<Answer> {
        match code {
            0 => Some(Answer::Skipped),
            1..=5 => Some(Answer::Point(code)),
            6 => Some(Answer::NotSure),
            _ => None,
        }
    }

    pub fn is_answered(self) -> bool {
        self != Answer::Skipped
    }
}

/// Answers aligned with `Quiz::questions` (same length, same order).
pub type AnswerSheet = Vec<Answer>;

/// Packs a sheet as one digit 0–6 per answer, e.g. `"5531062"`, for storage.
pub fn sheet_to_digits(sheet: &[Answer]) -> String {
    sheet.iter().map(|a| char::from(b'0' + a.code())).collect()
}

/// The inverse of [`sheet_to_digits`]; `None` on any other character.
pub fn sheet_from_digits(digits: &str) -> Option<AnswerSheet> {
    digits
        .bytes()
        .map(|b| b.checked_sub(b'0').and_then(Answer::from_code))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for code in 0..=6 {
            assert_eq!(Answer::from_code(code).unwrap().code(), code);
        }
        assert_eq!(Answer::from_code(7), None);
    }

    #[test]
    fn off_scale_points_are_coded_as_skipped_not_as_not_sure() {
        // Regression: Point(6) was coded 6, which reads back as "Not sure".
        for p in [0, 6, 7, 9, 255] {
            assert_eq!(Answer::Point(p).code(), 0, "Point({p})");
        }
        assert_eq!(sheet_to_digits(&[Answer::Point(6), Answer::Point(0)]), "00");
    }

    #[test]
    fn digits_round_trip_and_reject_junk() {
        let sheet = vec![
            Answer::Point(5),
            Answer::Skipped,
            Answer::NotSure,
            Answer::Point(1),
        ];
        assert_eq!(sheet_to_digits(&sheet), "5061");
        assert_eq!(sheet_from_digits("5061"), Some(sheet));
        assert_eq!(sheet_from_digits("507"), None);
        assert_eq!(sheet_from_digits("5a"), None);
    }
}
