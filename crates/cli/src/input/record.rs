//! The fields of a JSON Lines record that dyad reads, parsed straight from the line: strings are
//! borrowed when they hold no escapes, and every other field is skipped without being built
//! (a `serde_json::Value` for the whole record had cost 5% of `dyad code` on one-sentence records).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A record's known fields; each is whatever JSON value the record gives, or absent. A key
/// given twice keeps its last value, as a JSON object map would.
#[derive(Default)]
pub struct Record<'a> {
    pub text: Option<Field<'a>>,
    pub id: Option<Field<'a>>,
    pub date: Option<Field<'a>>,
    pub title: Option<Field<'a>>,
    pub source: Option<Field<'a>>,
    pub url: Option<Field<'a>>,
}

/// One field's value: a string, a number as JSON writes it, or anything else (null, a boolean,
/// an array, an object), which callers treat as a wrong type.
#[derive(Debug, PartialEq)]
pub enum Field<'a> {
    Str(Cow<'a, str>),
    Number(String),
    Other,
}

impl<'de> Deserialize<'de> for Record<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Record<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
        let mut r = Record::default();
        while let Some(key) = map.next_key::<Key>()? {
            let slot = match key {
                Key::Text => &mut r.text,
                Key::Id => &mut r.id,
                Key::Date => &mut r.date,
                Key::Title => &mut r.title,
                Key::Source => &mut r.source,
                Key::Url => &mut r.url,
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value()?);
        }
        Ok(r)
    }
}

/// A record key, matched without allocating.
enum Key {
    Text,
    Id,
    Date,
    Title,
    Source,
    Url,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_identifier(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, k: &str) -> Result<Key, E> {
        Ok(match k {
            "text" => Key::Text,
            "id" => Key::Id,
            "date" => Key::Date,
            "title" => Key::Title,
            "source" => Key::Source,
            "url" => Key::Url,
            _ => Key::Other,
        })
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Borrowed(s)))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Owned(s.to_string())))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Owned(s)))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Field<'de>, E> {
        Ok(Field::Number(n.to_string()))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Field<'de>, E> {
        Ok(Field::Number(n.to_string()))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Field<'de>, E> {
        // As serde_json writes the number (`1.0`, `1e300`).
        Ok(Field::Number(serde_json::Number::from_f64(n).map_or_else(|| n.to_string(), |n| n.to_string())))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Field<'de>, E> {
        Ok(Field::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Field<'de>, E> {
        Ok(Field::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Field::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_fields_are_read_and_the_rest_skipped() {
        let line = r#"{"id": 7, "extra": {"a": [1, {"b": null}]}, "text": "Kenya \"agreed\".", "date": null, "url": "u", "url": "v", "title": ["x"]}"#;
        let r: Record = serde_json::from_str(line).unwrap();
        assert_eq!(r.id, Some(Field::Number("7".into())));
        assert_eq!(r.text, Some(Field::Str("Kenya \"agreed\".".into())));
        assert_eq!((r.date, r.title, r.source), (Some(Field::Other), Some(Field::Other), None));
        assert_eq!(r.url, Some(Field::Str("v".into())), "the last of a repeated key");
        let plain: Record = serde_json::from_str(r#"{"text": "no escapes", "id": -2.5}"#).unwrap();
        assert!(matches!(plain.text, Some(Field::Str(Cow::Borrowed("no escapes")))));
        assert_eq!(plain.id, Some(Field::Number("-2.5".into())));
    }

    #[test]
    fn a_record_that_is_not_an_object_is_a_data_error() {
        for line in ["[1, 2]", "\"text\"", "3", "null"] {
            let e = serde_json::from_str::<Record>(line).err().unwrap();
            assert_eq!(e.classify(), serde_json::error::Category::Data, "{line}");
        }
        let e = serde_json::from_str::<Record>("{\"text\": ").err().unwrap();
        assert_eq!(e.classify(), serde_json::error::Category::Eof);
    }
}
