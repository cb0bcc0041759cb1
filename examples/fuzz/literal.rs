//! Inputs as text a person can copy: Rust byte-string literals (`b"…"`), hex,
//! or a file, and back.

use std::fmt::Write;

/// `b"…"` with every byte outside printable ASCII escaped, and `'` written as
/// `\x27` so the literal can sit inside single quotes in a shell.
pub fn byte_literal(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push_str("b\"");
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\'' => out.push_str("\\x27"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push('"');
    out
}

/// Reads an input given on the command line: `b"…"` (a Rust byte-string
/// literal), `hex:…`, `@path` (the file's bytes), or else the text as is.
pub fn parse_input(arg: &str) -> Result<Vec<u8>, String> {
    if let Some(body) = arg.strip_prefix("b\"").and_then(|r| r.strip_suffix('"')) {
        unescape(body)
    } else if let Some(hex) = arg.strip_prefix("hex:") {
        from_hex(hex)
    } else if let Some(path) = arg.strip_prefix('@') {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
    } else {
        Ok(arg.as_bytes().to_vec())
    }
}

fn unescape(body: &str) -> Result<Vec<u8>, String> {
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let escaped = *bytes.get(i + 1).ok_or("a lone \\ at the end")?;
        i += 2;
        out.push(match escaped {
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'0' => 0,
            b'\\' | b'"' | b'\'' => escaped,
            b'x' => {
                let hex = body.get(i..i + 2).ok_or("\\x needs two hex digits")?;
                i += 2;
                u8::from_str_radix(hex, 16).map_err(|_| format!("bad escape \\x{hex}"))?
            }
            other => return Err(format!("unknown escape \\{}", char::from(other))),
        });
    }
    Ok(out)
}

fn from_hex(hex: &str) -> Result<Vec<u8>, String> {
    let hex: Vec<u8> = hex.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if !hex.len().is_multiple_of(2) {
        return Err("hex input needs an even number of digits".into());
    }
    hex.chunks(2)
        .map(|pair| {
            let text = std::str::from_utf8(pair).map_err(|_| "not hex")?;
            u8::from_str_radix(text, 16).map_err(|_| format!("not hex: {text}"))
        })
        .collect()
}
