//! A small, strict JSON reader and writer.
//!
//! Candor reads JSON from untrusted places (quiz files, stored records), so the
//! reader is strict (RFC 8259, no duplicate keys), bounded (nesting depth) and
//! reports line and column. Objects keep their key order, so problems can be
//! listed in document order. Numbers are limited to what Candor's formats use
//! — at most 15 significant digits — which keeps float parsing out of the
//! WebAssembly build.

use std::fmt;

/// How deeply arrays and objects may nest.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Members in document order; keys are unique.
    Object(Vec<(String, Json)>),
}

/// Why a text is not (acceptable) JSON, and where: 1-based line and column
/// (in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub reason: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.reason, self.line, self.column
        )
    }
}

impl Json {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// A whole number from 0 to 2^53.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(n))
            .map(|n| n as u64)
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// A short description for messages: `"text"`, `42`, `a list`…
    pub fn describe(&self) -> String {
        match self {
            Json::Null => "null".into(),
            Json::Bool(b) => b.to_string(),
            Json::Number(n) => format_number(*n),
            Json::String(s) => {
                let short: String = s.chars().take(40).collect();
                format!(
                    "\"{short}{}\"",
                    if short.len() < s.len() { "…" } else { "" }
                )
            }
            Json::Array(_) => "a list".into(),
            Json::Object(_) => "an object".into(),
        }
    }
}

/// Parses a whole JSON text.
pub fn parse(bytes: &[u8]) -> Result<Json, JsonError> {
    let mut p = Parser { bytes, pos: 0 };
    p.skip_space();
    let value = p.value(0)?;
    p.skip_space();
    if p.pos < bytes.len() {
        return Err(p.error("unexpected text after the end of the JSON value"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, reason: &'static str) -> JsonError {
        let upto = &self.bytes[..self.pos.min(self.bytes.len())];
        let line = 1 + upto.iter().filter(|&&b| b == b'\n').count();
        let line_start = upto.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // Count characters, not bytes: continuation bytes of UTF-8 don't start one.
        let column = 1 + upto[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        JsonError {
            line,
            column,
            reason,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The error for a missing `what`, or for running out of text instead.
    fn expected(&self, what: &'static str) -> JsonError {
        self.error(if self.pos >= self.bytes.len() {
            "unexpected end of the file"
        } else {
            what
        })
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect_word(&mut self, word: &'static [u8], value: Json) -> Result<Json, JsonError> {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        match self.peek() {
            None => Err(self.error("unexpected end of the file")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.expect_word(b"true", Json::Bool(true)),
            Some(b'f') => self.expect_word(b"false", Json::Bool(false)),
            Some(b'n') => self.expect_word(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn enter(&self, depth: usize) -> Result<(), JsonError> {
        if depth > MAX_DEPTH {
            Err(self.error("nested too deeply"))
        } else {
            Ok(())
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.enter(depth)?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.expected("expected ',' or ']'")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.enter(depth)?;
        self.pos += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.expected("expected a field name in double quotes"));
            }
            let key_at = self.pos;
            let key = self.string()?;
            if members.iter().any(|(k, _)| *k == key) {
                self.pos = key_at;
                return Err(self.error("a field name appears twice in the same object"));
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.expected("expected ':'"));
            }
            self.pos += 1;
            self.skip_space();
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.expected("expected ',' or '}'")),
            }
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1; // the opening quote
        let mut out = Vec::new();
        loop {
            let Some(b) = self.peek() else {
                return Err(self.error("unexpected end of the file inside a text"));
            };
            match b {
                b'"' => {
                    self.pos += 1;
                    return String::from_utf8(out)
                        .map_err(|_| self.error("text that is not valid UTF-8"));
                }
                b'\\' => {
                    self.pos += 1;
                    let c = self.escape()?;
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1F => {
                    return Err(self.error("a control character inside a text (use \\n, \\t…)"))
                }
                _ => {
                    out.push(b);
                    self.pos += 1;
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, JsonError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    // A surrogate pair: the low half must follow as another \u escape.
                    if !self.bytes[self.pos..].starts_with(b"\\u") {
                        return Err(self.error("an unpaired surrogate in a \\u escape"));
                    }
                    self.pos += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("an unpaired surrogate in a \\u escape"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                return char::from_u32(code)
                    .ok_or_else(|| self.error("an unpaired surrogate in a \\u escape"));
            }
            _ => return Err(self.error("an unknown escape after '\\'")),
        };
        self.pos += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error("expected four hex digits"))?;
        let mut code = 0;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.error("expected four hex digits"))?;
            code = code * 16 + v;
        }
        self.pos += 4;
        Ok(code)
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') if matches!(self.bytes.get(self.pos + 1), Some(b'0'..=b'9')) => {
                return Err(self.error("a number may not start with 0"));
            }
            Some(b'0'..=b'9') => {}
            _ => return Err(self.error("expected a digit")),
        }
        let int_start = self.pos;
        self.skip_digits();
        let int_digits = &self.bytes[int_start..self.pos];
        let mut frac_digits: &[u8] = &[];
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let frac_start = self.pos;
            if self.skip_digits() == 0 {
                return Err(self.error("expected a digit after '.'"));
            }
            frac_digits = &self.bytes[frac_start..self.pos];
        }
        let mut exponent: i64 = -(frac_digits.len() as i64);
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            let negative_exp = self.peek() == Some(b'-');
            if matches!(self.peek(), Some(b'-' | b'+')) {
                self.pos += 1;
            }
            let exp_start = self.pos;
            if self.skip_digits() == 0 {
                return Err(self.error("expected a digit in the exponent"));
            }
            let e = self.bytes[exp_start..self.pos].iter().fold(0i64, |e, d| {
                e.saturating_mul(10).saturating_add(i64::from(d - b'0'))
            });
            exponent = exponent.saturating_add(if negative_exp { -e } else { e });
        }
        // Significant digits: without leading zeros, trailing zeros moved into the exponent.
        let digits: Vec<u8> = int_digits
            .iter()
            .chain(frac_digits)
            .copied()
            .skip_while(|&d| d == b'0')
            .collect();
        let trailing = digits.iter().rev().take_while(|&&d| d == b'0').count();
        let significant = &digits[..digits.len() - trailing];
        exponent = exponent.saturating_add(trailing as i64);
        let mantissa = significant.iter().fold(0u64, |m, d| {
            m.wrapping_mul(10).wrapping_add(u64::from(d - b'0'))
        });
        let value = exact_decimal(mantissa, significant.len(), exponent).ok_or_else(|| {
            self.pos = start;
            self.error("a number with more than 15 significant digits or out of range")
        })?;
        Ok(Json::Number(if negative { -value } else { value }))
    }

    /// Skips ASCII digits and returns how many there were.
    fn skip_digits(&mut self) -> usize {
        let from = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - from
    }
}

/// `mantissa × 10^exponent`, when that is exactly representable by one
/// correctly rounded operation (at most 15 digits, |exponent| ≤ 22).
fn exact_decimal(mantissa: u64, digits: usize, exponent: i64) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if digits > 15 {
        return None;
    }
    let m = mantissa as f64;
    if mantissa == 0 {
        return Some(0.0);
    }
    match exponent {
        0..=22 => Some(m * POW10[exponent as usize]).filter(|v| v.is_finite()),
        -22..=-1 => Some(m / POW10[(-exponent) as usize]),
        _ => None,
    }
}

/// Writes `s` as a JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whole numbers as integers, others with up to 6 decimals, trailing zeros trimmed.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9e15 {
        return format!("{}", n as i64);
    }
    let scaled = (n * 1e6).round() as i64;
    let (sign, abs) = if scaled < 0 {
        ("-", -scaled)
    } else {
        ("", scaled)
    };
    let frac = format!("{:06}", abs % 1_000_000);
    format!("{sign}{}.{}", abs / 1_000_000, frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Json {
        parse(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn err(text: &str) -> JsonError {
        parse(text.as_bytes()).expect_err(text)
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = ok(
            r#" { "a": [1, -2.5, 3e2, 0.125], "b": true, "c": null, "d": "x\"y\u00e9\ud83d\ude00\n" } "#,
        );
        assert_eq!(
            v.get("a"),
            Some(&Json::Array(vec![
                Json::Number(1.0),
                Json::Number(-2.5),
                Json::Number(300.0),
                Json::Number(0.125)
            ]))
        );
        assert_eq!(v.get("b"), Some(&Json::Bool(true)));
        assert_eq!(v.get("c"), Some(&Json::Null));
        assert_eq!(v.get("d").and_then(Json::as_str), Some("x\"yé😀\n"));
    }

    #[test]
    fn keeps_object_order() {
        let v = ok(r#"{"z":1,"a":2,"m":3}"#);
        let keys: Vec<&str> = v
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(keys, ["z", "a", "m"]);
    }

    #[test]
    fn reports_line_and_column_in_characters() {
        let e = err("{\n  \"é\": 1,\n  \"b\" 2\n}");
        assert_eq!((e.line, e.column, e.reason), (3, 7, "expected ':'"));
        let e = err("{\"a\": 1,}");
        assert_eq!((e.line, e.column), (1, 9));
    }

    #[test]
    fn rejects_what_strict_json_rejects() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "+1",
            "NaN",
            "'a'",
            "\"a\nb\"",
            "\"\\x\"",
            "[1] 2",
            "{\"a\":1,\"a\":2}",
            "\"\\ud800\"",
            "tru",
            "-",
        ] {
            assert!(parse(bad.as_bytes()).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn rejects_invalid_utf8_and_deep_nesting() {
        assert!(parse(b"\"\xff\"").is_err());
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(err(&deep).reason, "nested too deeply");
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(fine.as_bytes()).is_ok());
    }

    #[test]
    fn numbers_are_exact_within_fifteen_digits() {
        assert_eq!(ok("0.1").as_f64(), Some(0.1));
        assert_eq!(ok("1700000000000").as_u64(), Some(1_700_000_000_000));
        assert_eq!(ok("-0.000001").as_f64(), Some(-0.000001));
        assert_eq!(ok("100e-2").as_f64(), Some(1.0));
        assert!(parse(b"1234567890123456").is_err());
        assert!(parse(b"1e400").is_err());
        assert_eq!(ok("0.00000000000000000000").as_f64(), Some(0.0));
    }

    #[test]
    fn quoting_round_trips() {
        let s = "a\"b\\c\nd\u{1}é";
        assert_eq!(ok(&quote(s)).as_str(), Some(s));
    }

    #[test]
    fn numbers_format_compactly() {
        assert_eq!(format_number(42.0), "42");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(-0.125), "-0.125");
        assert_eq!(format_number(1_700_000_000_000.0), "1700000000000");
    }
}
