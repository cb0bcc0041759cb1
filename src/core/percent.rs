//! Percent-encoding of query strings and addresses: `%XX` escapes and `+`.

/// Decodes `%XX` escapes and `+` (a space in query strings); `None` for a bad
/// escape or bytes that are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                // Two hex digits exactly: `u8::from_str_radix` would also
                // take a sign, reading `%+9` as a tab.
                let digit = |at: usize| (*bytes.get(at)? as char).to_digit(16);
                out.push((digit(i + 1)? * 16 + digit(i + 2)?) as u8);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes everything but unreserved characters, for building query strings.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_coding_round_trips() {
        let text = "Book a call — now? & 100%";
        assert_eq!(percent_decode(&percent_encode(text)).as_deref(), Some(text));
        assert_eq!(percent_decode("%E9"), None, "not UTF-8");
        assert_eq!(percent_decode("%4"), None);
    }

    #[test]
    fn a_percent_escape_needs_two_hex_digits_not_a_sign() {
        // Regression: `%+9` decoded to a tab because `from_str_radix` accepts a sign.
        for bad in ["%+9", "%-9", "%+", "% 9", "%g0", "%0g", "%é"] {
            assert_eq!(percent_decode(bad), None, "{bad}");
        }
        assert_eq!(percent_decode("%09%2b%2B").as_deref(), Some("\t++"));
    }
}
