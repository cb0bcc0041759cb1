//! Ids made from names: lowercase ASCII words joined by `-`, unique within their list.
//!
//! An id is 1–40 characters of `a–z`, `0–9` and `-`, not starting with `-`
//! ([`crate::core::text::is_valid_id`]). A name becomes one by [`slug`]:
//! letters are lowercased and folded to ASCII (German `ä ö ü` to `ae oe ue`
//! and `ß` to `ss`, as German writes them without umlauts; `æ œ` to `ae oe`;
//! other accented Latin letters to their base letter: `é` to `e`, `ñ` to
//! `n`), apostrophes are dropped (`client’s` is `clients`), and every run of
//! other characters (spaces, punctuation, letters of other scripts) splits
//! words. Words are joined by `-` up to 40 characters, cut at a word's end
//! where one fits. [`id_from`] makes it unique with `-2`, `-3`…, and uses a
//! fallback (`habit`, `style`, `source`) for a name with no such letters.

use crate::core::text::is_valid_id;

/// The longest id the file allows.
pub const MAX_ID: usize = 40;

/// `name` as id words (see the module's notes); empty when it has no
/// letters or digits to keep.
pub fn slug(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if let Some(ascii) = fold(c) {
            word.push_str(ascii);
        } else if !silent(c) && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut out = String::new();
    for word in words {
        let sep = usize::from(!out.is_empty());
        if out.len() + sep + word.len() <= MAX_ID {
            if sep == 1 {
                out.push('-');
            }
            out.push_str(&word);
        } else {
            if out.is_empty() {
                // One word longer than an id: its first 40 letters.
                out = word[..MAX_ID].to_string();
            }
            break;
        }
    }
    out
}

/// An id for an item named `name` that `taken` says no other item of its
/// list has: `name`'s [`slug`] (or `fallback`, when that is empty), then
/// with `-2`, `-3`… until one is free. `fallback` must be a valid id
/// shorter than 40 characters, and `taken` false for all but finitely many
/// ids.
pub fn id_from(name: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = base(name, fallback);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| numbered_after(&base, n))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Whether `id` is what [`id_from`] makes of `name`, with any number after
/// it: the id was made from the name, not chosen by hand.
pub(super) fn made_from(id: &str, name: &str, fallback: &str) -> bool {
    let base = base(name, fallback);
    id == base
        || id
            .rsplit_once('-')
            .and_then(|(_, n)| n.parse::<u32>().ok().filter(|&n| n >= 2))
            .is_some_and(|n| numbered_after(&base, n) == id)
}

/// `{prefix}{n}` for the first `n` from `from` on that is free: `q7`.
pub(super) fn numbered(prefix: &str, from: usize, taken: impl Fn(&str) -> bool) -> String {
    (from.max(1)..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

fn base(name: &str, fallback: &str) -> String {
    let slug = slug(name);
    if slug.is_empty() {
        fallback.to_string()
    } else {
        slug
    }
}

/// `base-n`, with `base` cut so that the whole fits in an id.
fn numbered_after(base: &str, n: u32) -> String {
    let suffix = format!("-{n}");
    let room = MAX_ID - suffix.len();
    let cut = if base.len() > room {
        base[..room].trim_end_matches('-')
    } else {
        base
    };
    let id = format!("{cut}{suffix}");
    debug_assert!(is_valid_id(&id), "{id}");
    id
}

/// Characters dropped without splitting words: apostrophes, and the
/// combining marks of letters written in two parts (`a` and `¨`).
fn silent(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '\u{0300}'..='\u{036F}')
}

/// The ASCII letters a lowercase non-ASCII Latin letter is written with.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' => "ae",
        'ö' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_lowercase_ascii_words() {
        assert_eq!(slug("Listening first"), "listening-first");
        assert_eq!(slug("  The  Silent--Skeptic! "), "the-silent-skeptic");
        assert_eq!(slug("Nein sagen können"), "nein-sagen-koennen");
        assert_eq!(slug("Größe & Maß"), "groesse-mass");
        assert_eq!(slug("ÜBER"), "ueber");
        assert_eq!(slug("Café crème, señor"), "cafe-creme-senor");
        assert_eq!(slug("The client’s side"), "the-clients-side");
        // "a" and a combining diaeresis: the base letter.
        assert_eq!(slug("Ba\u{308}r"), "bar");
        assert_eq!(slug("Step 2: 10x"), "step-2-10x");
        assert_eq!(slug("Слушать"), "");
        assert_eq!(slug("„“ …"), "");
    }

    #[test]
    fn long_names_are_cut_at_a_word_within_40_characters() {
        let id = slug("I let an upset client finish before I say anything at all.");
        assert_eq!(id, "i-let-an-upset-client-finish-before-i");
        assert!(id.len() <= MAX_ID);
        assert_eq!(slug(&"x".repeat(50)), "x".repeat(40));
    }

    #[test]
    fn ids_are_unique_and_never_empty() {
        let taken = ["listening", "listening-2", "habit"];
        let is_taken = |id: &str| taken.contains(&id);
        assert_eq!(id_from("Listening", "habit", is_taken), "listening-3");
        assert_eq!(id_from("Candor", "habit", is_taken), "candor");
        assert_eq!(id_from("", "habit", is_taken), "habit-2");
        assert_eq!(id_from("…", "style", is_taken), "style");
        let long = "y".repeat(40);
        let id = id_from(&long, "habit", |id| id == long);
        assert_eq!(id, format!("{}-2", "y".repeat(38)));
        for id in ["listening-3", "habit-2", "style", id.as_str()] {
            assert!(is_valid_id(id), "{id}");
        }
    }

    #[test]
    fn an_id_made_from_a_name_is_known_as_such() {
        assert!(made_from("listening", "Listening", "habit"));
        assert!(made_from("listening-4", "Listening", "habit"));
        assert!(made_from("habit-2", "", "habit"));
        assert!(!made_from("listening-1", "Listening", "habit"));
        assert!(!made_from("integrity", "Integrity of advice", "habit"));
        assert!(!made_from("listening-x", "Listening", "habit"));
        let long = "y".repeat(40);
        assert!(made_from(&format!("{}-12", "y".repeat(37)), &long, "habit"));
    }

    #[test]
    fn numbered_ids_count_on_from_the_list_length() {
        let taken = ["q1", "q2", "q4"];
        assert_eq!(numbered("q", 3, |id| taken.contains(&id)), "q3");
        assert_eq!(numbered("q", 4, |id| taken.contains(&id)), "q5");
        assert_eq!(numbered("r", 0, |_| false), "r1");
    }
}
