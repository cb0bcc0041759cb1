//! The rules for untrusted text, shared by every reader of files, codes and options.
//!
//! A name, an id, a date, a language tag and a plain text mean the same
//! wherever they are read (a quiz file, a result file, a share code, the
//! page's options), so each rule is written once, here; so is the cut that
//! keeps echoed input short in a message.

/// Control characters, line separators and the bidirectional overrides that
/// could make a name disguise the text around it are refused.
pub(crate) fn allowed_in_name(c: char) -> bool {
    !c.is_control() && !matches!(c, '\u{2028}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Ids are short, lowercase and URL-safe so they can appear in messages and links.
pub fn is_valid_id(s: &str) -> bool {
    let ok_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    (1..=40).contains(&s.len()) && s.chars().all(ok_char) && !s.starts_with('-')
}

/// A real day written `YYYY-MM-DD`: a month from 1 to 12 and a day that
/// month has (29 February only in leap years).
pub(crate) fn is_valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let number =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A language tag as a quiz file gives it (`en`, `de-CH`): letters,
/// digits and hyphens, starting with a letter.
pub(crate) fn is_valid_language(s: &str) -> bool {
    (1..=35).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Plain text: nothing a name may not hold ([`allowed_in_name`]: control
/// characters, line breaks included, and characters that reorder the text
/// around them), and nothing that looks like HTML
/// markup (`<b>`, `</p>`, `<!--`, `&amp;`), since it would be shown as it is.
pub(crate) fn is_plain_text(s: &str) -> bool {
    let tag = |rest: &str| {
        rest.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
    };
    let entity = |rest: &str| {
        let name = rest.split(';').next().unwrap_or_default();
        rest.len() > name.len()
            && !name.is_empty()
            && name.len() <= 32
            && (name.bytes().all(|b| b.is_ascii_alphanumeric())
                || name
                    .strip_prefix('#')
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric())))
    };
    s.chars().all(allowed_in_name)
        && !s.match_indices('<').any(|(i, _)| tag(&s[i + 1..]))
        && !s.match_indices('&').any(|(i, _)| entity(&s[i + 1..]))
}

/// Keeps echoed user input short in messages: at most 40 characters, then
/// "…" when it was cut.
pub(crate) fn shorten(s: &str) -> String {
    if s.chars().count() <= 40 {
        s.to_string()
    } else {
        s.chars().take(40).chain("…".chars()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_a_real_day() {
        for day in ["2024-02-29", "2000-02-29", "2026-12-31", "1999-04-30"] {
            assert!(is_valid_date(day), "{day}");
        }
        for not in [
            "2026-02-31",
            "2023-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-1-1",
            "2026-01-01x",
            "２０２６-01-01",
        ] {
            assert!(!is_valid_date(not), "{not}");
        }
    }

    #[test]
    fn echoed_text_is_cut_at_40_characters_with_an_ellipsis() {
        assert_eq!(shorten(&"é".repeat(40)), "é".repeat(40));
        assert_eq!(shorten(&"é".repeat(41)), format!("{}…", "é".repeat(40)));
    }
}
