//! The German texts the reader's module fetches: `catalogue::pack::read_pack`
//! never panics, and what it accepts is exactly a `lang`, `texts` and
//! `problems` object whose texts, key for key, are what it yields.

use candor::core::catalogue::pack::{pack_json, read_pack, MAX_PACK_BYTES};
use candor::core::catalogue::{Catalogue, ProblemTexts, Texts};
use candor::core::language::Lang;

use super::{at, ensure, owned, Entry, Outcome};

pub fn pack_entry() -> Entry {
    let german = pack_json(Lang::De).into_bytes();
    let english = pack_json(Lang::En).into_bytes();
    Entry {
        max_len: MAX_PACK_BYTES,
        seeds: vec![(german, 8), (english, 1)],
        tokens: owned(&[
            b"\"lang\"",
            b"\"de\"",
            b"\"en\"",
            b"\"texts\"",
            b"\"problems\"",
            b"{n}",
            b"{total}",
            b"{",
            b"}",
            b"\"\"",
            b"\" \"",
            b",",
            b"null",
            b"\\u0000",
            b"\\ud800",
        ]),
        alphabet: b"abcdefghijklmnopqrstuvwxyz_{}\":, ",
        keys: &[
            "lang",
            "texts",
            "problems",
            "start",
            "resume_at",
            "load_refused",
        ],
        values: owned(&[b"\"de\"", b"\"Los\"", b"{}", b"\"{n} von {total}\""]),
        stress_one_in: 64,
        ..Entry::new("texts-pack", "catalogue::pack::read_pack", run_pack)
    }
}

fn run_pack(input: &[u8]) -> Outcome {
    let Ok(pack) = at("catalogue::pack::read_pack", || read_pack(Lang::De, input)) else {
        return Ok(false);
    };
    let parsed = serde_json::from_slice::<serde_json::Value>(input);
    ensure!(
        parsed.is_ok(),
        "read_pack accepts what is not JSON",
        "{:?}",
        parsed.as_ref().err()
    );
    let value = parsed.unwrap_or_default();
    let object = value.as_object();
    ensure!(
        object
            .is_some_and(|o| o.len() == 3 && o.get("lang").and_then(|l| l.as_str()) == Some("de")),
        "read_pack accepts a pack that is not one German object of three fields",
        "{value}"
    );
    for (field, keys, texts) in [
        ("texts", <Texts as Catalogue>::KEYS, &pack.texts),
        (
            "problems",
            <ProblemTexts as Catalogue>::KEYS,
            &pack.problems,
        ),
    ] {
        let written = value[field].as_object();
        ensure!(
            written.is_some_and(|w| w.len() == keys.len()),
            "read_pack accepts a catalogue with other keys",
            "{field}: {:?}",
            written.map(|w| w.len())
        );
        for (key, text) in keys.iter().zip(texts) {
            ensure!(
                value[field][key].as_str() == Some(text.as_str()) && !text.trim().is_empty(),
                "read_pack yields another text than the pack's",
                "{field}.{key}: {text:?}"
            );
        }
    }
    Ok(true)
}
