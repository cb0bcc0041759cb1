//! How a draft's values are written and read: whole numbers as integers, `null` as left out, `ui` in file order.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::lenient::within_number_rule;

/// The largest magnitude up to which every whole number is exact in an `f64`.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// A number as the file writes it: `1`, not `1.0`, when it is whole; else
/// the shortest decimal that reads back as the same number (`1.5`).
pub(super) fn number<S: Serializer>(n: &f64, s: S) -> Result<S::Ok, S::Error> {
    if n.fract() == 0.0 && n.abs() <= EXACT {
        s.serialize_i64(*n as i64)
    } else {
        s.serialize_f64(*n)
    }
}

/// [`number`], for a number that may not be given yet (then left out).
pub(super) fn optional_number<S: Serializer>(n: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) => number(n, s),
        None => s.serialize_none(),
    }
}

/// Whether `n`, written as the file writes it, reads back as a number a
/// quiz file may hold. Reading a decimal such as `1e-23` can land on a
/// neighbour with more significant digits than the rule allows, and a file
/// with such a number would not read at all.
pub(super) fn reads_back(n: f64) -> bool {
    #[derive(Serialize)]
    struct Written(#[serde(serialize_with = "number")] f64);
    serde_json::to_string(&Written(n))
        .ok()
        .and_then(|text| serde_json::from_str::<f64>(&text).ok())
        .is_some_and(within_number_rule)
}

/// A struct read only from a JSON object. serde's derived structs also
/// take a list, field by field in order, which no quiz file means: the
/// validator says "expected an object" there, and so must opening.
struct Obj<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Only<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for Only<T> {
            type Value = T;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map))
            }
        }

        d.deserialize_map(Only(PhantomData)).map(Obj)
    }
}

/// A struct field, from an object only (see [`Obj`]).
pub(super) fn object<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Obj::<T>::deserialize(d).map(|o| o.0)
}

/// A list of structs, each from an object only (see [`Obj`]).
pub(super) fn objects<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Vec::<Obj<T>>::deserialize(d)?
        .into_iter()
        .map(|o| o.0)
        .collect())
}

/// An optional struct field, from an object only; `null` reads as left out.
pub(super) fn nullable_object<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<Obj<T>>::deserialize(d)?
        .map(|o| o.0)
        .unwrap_or_default())
}

/// An optional field: `null` reads as left out.
pub(super) fn nullable<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// `ui`: an object written and read as (key, text) pairs in file order.
pub(super) mod entries {
    use super::*;

    pub fn serialize<S: Serializer>(entries: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(entries.len()))?;
        for (key, text) in entries {
            map.serialize_entry(key, text)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(String, String)>, D::Error> {
        d.deserialize_option(Entries)
    }

    struct Entries;

    impl<'de> Visitor<'de> for Entries {
        type Value = Vec<(String, String)>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of texts")
        }

        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }

        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_map(Entries)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut entries = Vec::new();
            while let Some(entry) = map.next_entry::<String, String>()? {
                entries.push(entry);
            }
            Ok(entries)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    struct N(#[serde(serialize_with = "number")] f64);

    fn written(n: f64) -> String {
        serde_json::to_string(&N(n)).unwrap()
    }

    #[test]
    fn whole_numbers_are_written_as_integers_and_others_as_decimals() {
        assert_eq!(written(1.0), "1");
        assert_eq!(written(100.0), "100");
        assert_eq!(written(-0.0), "0");
        assert_eq!(written(1.5), "1.5");
        assert_eq!(written(0.1), "0.1");
        assert_eq!(written(49.75), "49.75");
        assert_eq!(written(1e22), "1e+22");
        assert_eq!(written(0.000001), "1e-6");
    }
}
