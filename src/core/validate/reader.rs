//! The explaining reader: walks the file, records each problem at its path and carries on.

use std::collections::BTreeMap;

use super::problem::*;
use super::MAX_TEXT_CHARS;
use crate::core::catalogue;
use crate::core::lenient::{Field, List, Object, Raw, UnknownField};
use crate::core::quiz_file::Fields;
use crate::core::text::{is_valid_id, shorten};

/// How many valid ids a bad reference lists.
const IDS_LISTED: usize = 12;
/// Unknown fields past this many problems get no "did you mean".
const HINTED: usize = 200;

/// Whether `s` is written as a JSON number (`-2`, `0.5`, `1e3`). Checked by
/// its shape: parsing it as `f64` would bring the standard library's float
/// parser, about 15 KB, into every reader's download for one hint.
fn looks_like_a_number(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (s, None),
    };
    let (whole, fraction) = mantissa
        .split_once('.')
        .map_or((mantissa, None), |(w, f)| (w, Some(f)));
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits) && exponent.is_none_or(digits)
}

/// Collects problems while the file is walked.
pub(super) struct Reader {
    pub(super) problems: Vec<Problem>,
    /// The id of each list item that has a valid one, by the item's path.
    pub(super) names: BTreeMap<String, String>,
    /// The unknown fields of each object, by the object's path, in document
    /// order; reported when the walk reaches that object.
    pub(super) unknown: BTreeMap<String, Vec<String>>,
    /// The file's first valid source id, for the fix of a missing `sources`.
    pub(super) first_source: Option<String>,
}

impl Reader {
    pub(super) fn new(unknown: Vec<UnknownField>) -> Reader {
        let mut by_object: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for UnknownField { parent, key } in unknown {
            by_object.entry(parent).or_default().push(key);
        }
        Reader {
            problems: Vec::new(),
            names: BTreeMap::new(),
            unknown: by_object,
            first_source: None,
        }
    }

    pub(super) fn report(&mut self, path: &str, kind: ProblemKind) {
        self.report_with(path, kind, None);
    }

    pub(super) fn report_with(&mut self, path: &str, kind: ProblemKind, hint: Option<Hint>) {
        self.problems.push(Problem {
            path: path.to_string(),
            kind,
            hint,
            place: None,
        });
    }

    /// A value of the wrong type; a number or true/false in quotes is told to
    /// lose them.
    pub(super) fn wrong_type(&mut self, v: &Raw, path: &str, expected: Expected) {
        let quoted = match (v, expected) {
            (Raw::Text(s), Expected::Number | Expected::WholeNumber) => {
                looks_like_a_number(s.trim())
            }
            (Raw::Text(s), Expected::Bool) => matches!(s.trim(), "true" | "false"),
            _ => false,
        };
        let hint = match v {
            Raw::Text(s) if quoted => Some(Hint::RemoveQuotes(shorten(s))),
            _ => None,
        };
        self.report_with(path, ProblemKind::WrongType(expected), hint);
    }

    /// A required field of the object at `object`, with the field's path; a
    /// "missing" problem at the object otherwise.
    pub(super) fn req<'v, F: Field>(
        &mut self,
        object: &str,
        key: &'static str,
        v: &'v F,
    ) -> Option<(&'v F, String)> {
        if v.is_missing() {
            self.report(object, ProblemKind::Missing(key));
            None
        } else {
            Some((v, field_path(object, key)))
        }
    }

    /// An object's fields; its unknown fields are reported first.
    pub(super) fn object<'v, T: Fields>(&mut self, v: &'v Object<T>, path: &str) -> Option<&'v T> {
        let Object::Found(fields) = v else {
            self.report(path, ProblemKind::NotAnObject);
            return None;
        };
        let unknown = self.unknown.remove(path).unwrap_or_default();
        let known = if unknown.is_empty() { &[] } else { T::FIELDS };
        for key in unknown {
            let at = field_path(path, &key);
            // A misspelling is a few letters off a known name; only the first
            // few of a file full of unknown fields are compared, so its check
            // stays linear.
            let hint = (self.problems.len() < HINTED && key.len() <= 40)
                .then(|| catalogue::nearest(&key, known))
                .flatten()
                .map(Hint::DidYouMean);
            self.report_with(&at, ProblemKind::UnknownField(key), hint);
        }
        Some(fields)
    }

    /// A list of `min..=max` items; a count outside the range is reported.
    /// The items are read up to the limit, so their own problems show too,
    /// but not past it: a file of tens of thousands of items would otherwise
    /// be walked in full to list problems no one reads.
    pub(super) fn list<'v, T>(
        &mut self,
        v: &'v List<T>,
        path: &str,
        (min, max): (usize, usize),
        noun: Noun,
    ) -> Option<&'v [T]> {
        let List::Found(items) = v else {
            self.report(path, ProblemKind::NotAnArray);
            return None;
        };
        let count = items.len();
        if count > max {
            self.report(
                path,
                ProblemKind::TooMany {
                    count,
                    limit: max,
                    noun,
                },
            );
        } else if count < min {
            self.report(path, ProblemKind::TooFew { count, min, noun });
        }
        Some(&items[..count.min(max)])
    }

    pub(super) fn text(&mut self, v: &Raw, path: &str) -> Option<String> {
        let Raw::Text(s) = v else {
            self.report(path, ProblemKind::WrongType(Expected::Text));
            return None;
        };
        let chars = s.chars().count();
        if s.trim().is_empty() {
            self.report(path, ProblemKind::EmptyText);
            None
        } else if chars > MAX_TEXT_CHARS {
            self.report(path, ProblemKind::TextTooLong { chars });
            None
        } else {
            Some(s.clone())
        }
    }

    pub(super) fn id(&mut self, v: &Raw, path: &str) -> Option<String> {
        let Raw::Text(s) = v else {
            self.report(path, ProblemKind::WrongType(Expected::Id));
            return None;
        };
        if is_valid_id(s) {
            Some(s.clone())
        } else {
            self.report(path, ProblemKind::BadId(shorten(s)));
            None
        }
    }

    pub(super) fn whole_number(&mut self, v: &Raw, path: &str, min: u64, max: u64) -> Option<u64> {
        // Some(None): a whole number, but negative or too large for any range.
        let whole = match v {
            Raw::Number(n) if n.fract() == 0.0 => Some(v.as_u64()),
            _ => None,
        };
        match whole {
            None => {
                self.wrong_type(v, path, Expected::WholeNumber);
                None
            }
            Some(Some(n)) if (min..=max).contains(&n) => Some(n),
            Some(_) => {
                self.report(path, ProblemKind::OutOfRange(Range::Whole { min, max }));
                None
            }
        }
    }

    pub(super) fn number(
        &mut self,
        v: &Raw,
        path: &str,
        ok: fn(f64) -> bool,
        range: Range,
    ) -> Option<f64> {
        let Raw::Number(n) = *v else {
            self.wrong_type(v, path, Expected::Number);
            return None;
        };
        if ok(n) {
            Some(n)
        } else {
            self.report(path, ProblemKind::OutOfRange(range));
            None
        }
    }

    pub(super) fn boolean(&mut self, v: &Raw, path: &str) -> Option<bool> {
        let Raw::Bool(b) = *v else {
            self.wrong_type(v, path, Expected::Bool);
            return None;
        };
        Some(b)
    }

    /// References to ids of an earlier list, resolved to indices.
    pub(super) fn refs(
        &mut self,
        v: &List<Raw>,
        path: &str,
        bounds: (usize, usize),
        ids: &Ids,
        kind: RefKind,
    ) -> Option<Vec<usize>> {
        let items = self.list(v, path, bounds, Noun::References)?;
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.reference(item, &index_path(path, i), ids, kind) {
                Some(ix) => out.push(ix),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    pub(super) fn reference(
        &mut self,
        v: &Raw,
        path: &str,
        ids: &Ids,
        kind: RefKind,
    ) -> Option<usize> {
        let id = self.id(v, path)?;
        let found = ids.get(&id);
        if found.is_none() {
            let hint = Hint::ValidIds {
                ids: ids.order.iter().take(IDS_LISTED).cloned().collect(),
                more: ids.order.len().saturating_sub(IDS_LISTED),
            };
            self.report_with(path, ProblemKind::UnknownReference { kind, id }, Some(hint));
        }
        found
    }

    /// A required text field.
    pub(super) fn text_field(
        &mut self,
        object: &str,
        key: &'static str,
        v: &Raw,
    ) -> Option<String> {
        let (v, p) = self.req(object, key, v)?;
        self.text(v, &p)
    }

    /// A required id field.
    pub(super) fn id_field(&mut self, object: &str, key: &'static str, v: &Raw) -> Option<String> {
        let (v, p) = self.req(object, key, v)?;
        self.id(v, &p)
    }

    /// The required `sources` of an item: at most 10 source ids, and at
    /// least `min` (0 where an empty list marks the author's own synthesis).
    pub(super) fn sources(
        &mut self,
        object: &str,
        v: &List<Raw>,
        ids: &Ids,
        min: usize,
    ) -> Option<Vec<usize>> {
        let (v, p) = self.req(object, "sources", v)?;
        self.refs(v, &p, (min, 10), ids, RefKind::Source)
    }
}

/// Reads every item of a list; the result is `None` if any item failed.
pub(super) fn read_each<'v, T, U>(
    r: &mut Reader,
    v: &'v List<T>,
    path: &str,
    bounds: (usize, usize),
    noun: Noun,
    mut item: impl FnMut(&mut Reader, &'v T, &str, usize) -> Option<U>,
) -> Option<Vec<U>> {
    let items = r.list(v, path, bounds, noun)?;
    let before = r.problems.len();
    let out: Vec<Option<U>> = items
        .iter()
        .enumerate()
        .map(|(i, v)| item(r, v, &index_path(path, i), i))
        .collect();
    let complete = r.problems.len() == before;
    out.into_iter()
        .collect::<Option<Vec<U>>>()
        .filter(|_| complete)
}

/// An optional field of the object at `object`, with its path, when it is there.
pub(super) fn opt<'v, F: Field>(object: &str, key: &str, v: &'v F) -> Option<(&'v F, String)> {
    (!v.is_missing()).then(|| (v, field_path(object, key)))
}

/// Ids of one list, for duplicate checks and references. A sorted map, so a
/// file with thousands of items is still checked in a few milliseconds.
#[derive(Default)]
pub(super) struct Ids {
    /// Each id's first use: (position in the list, JSON path).
    first: BTreeMap<String, (usize, String)>,
    /// The list positions that hold a (first) valid id, in list order.
    pub(super) positions: Vec<usize>,
    /// The valid ids in list order, each once.
    pub(super) order: Vec<String>,
}

impl Ids {
    /// Records an id at `path`; a second use is reported against the first.
    pub(super) fn add(&mut self, r: &mut Reader, id: &str, position: usize, path: &str) {
        if let Some((_, first)) = self.first.get(id) {
            let kind = ProblemKind::DuplicateId {
                id: id.to_string(),
                first: first.clone(),
            };
            r.report(&field_path(path, "id"), kind);
        } else {
            self.first
                .insert(id.to_string(), (position, path.to_string()));
            self.positions.push(position);
            self.order.push(id.to_string());
            r.names.insert(path.to_string(), id.to_string());
        }
    }

    pub(super) fn get(&self, id: &str) -> Option<usize> {
        self.first.get(id).map(|(i, _)| *i)
    }

    /// Notes the valid ids of the items of a list past its `limit`, which
    /// are not read ([`Reader::list`]): a reference to one of them is then
    /// not reported as unknown, and only the list's length is. They are
    /// not checked for duplicates, named in hints or places, or counted as
    /// read items ([`Ids::positions`]).
    pub(super) fn note_unread<T>(&mut self, v: &List<Object<T>>, limit: usize, id: fn(&T) -> &Raw) {
        let List::Found(items) = v else {
            return;
        };
        for (i, item) in items.iter().enumerate().skip(limit) {
            if let Object::Found(o) = item {
                if let Raw::Text(s) = id(o) {
                    if is_valid_id(s) && !self.first.contains_key(s) {
                        self.first.insert(s.clone(), (i, String::new()));
                    }
                }
            }
        }
    }

    /// The id first used at list position `position`.
    pub(super) fn id_at(&self, position: usize) -> String {
        self.first
            .iter()
            .find(|(_, (p, _))| *p == position)
            .map(|(id, _)| id.clone())
            .unwrap_or_default()
    }
}

/// The list item `path` is in (`$.questions[1].weight` is in question 2),
/// with its id from `names`.
pub(super) fn place_of(path: &str, names: &BTreeMap<String, String>) -> Option<Place> {
    let rest = path.strip_prefix("$.")?;
    let (list, rest) = rest.split_once('[')?;
    let (index, _) = rest.split_once(']')?;
    let section = Section::ALL.iter().find(|(name, _)| *name == list)?.1;
    let number = index.parse::<usize>().ok()?.checked_add(1)?;
    let item = format!("$.{list}[{index}]");
    Some(Place {
        section,
        number,
        id: names.get(&item).cloned(),
    })
}

pub(super) fn field_path(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

pub(super) fn index_path(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

#[cfg(test)]
mod number_shape_tests {
    use super::looks_like_a_number;

    #[test]
    fn numbers_in_quotes_are_told_by_their_shape() {
        for yes in ["2", "-2", "0.5", "10", "1e3", "2.5E-2", "007"] {
            assert!(looks_like_a_number(yes), "{yes}");
        }
        for no in [
            "", "-", "two", "1.", ".5", "1e", "1,5", "0x10", "NaN", "inf", "2 3", "--2",
        ] {
            assert!(!looks_like_a_number(no), "{no}");
        }
    }
}
