//! JSON Lines: one JSON object a line. Lines are split here (sequentially, with a bound on
//! their length); each is parsed by `parse` where it is checked, taking only the fields asked
//! for and skipping the rest without building them.

use super::{MAX_RECORD_BYTES, Records, Unit};
use crate::article::{ArticleError, Fields, Record, RecordRef};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use std::fmt;
use std::io::{self, BufRead};

pub struct Lines {
    archive: String,
    reader: Box<dyn BufRead + Send>,
    /// The number of the last line read (1-based).
    line: usize,
}

impl Lines {
    pub fn new(archive: &str, reader: Box<dyn BufRead + Send>) -> Lines {
        Lines {
            archive: archive.to_string(),
            reader,
            line: 0,
        }
    }

    /// The next line (without its line break) into `buf`, or its length when it is longer
    /// than a record may be (then nothing of it is kept). `None` at the end.
    fn read_line(&mut self, buf: &mut Vec<u8>) -> io::Result<Option<usize>> {
        let mut length = 0;
        let mut any = false;
        loop {
            let available = self.reader.fill_buf()?;
            if available.is_empty() {
                break;
            }
            any = true;
            let (take, found) = match memchr::memchr(b'\n', available) {
                Some(i) => (i, true),
                None => (available.len(), false),
            };
            length += take;
            if length <= MAX_RECORD_BYTES {
                buf.extend_from_slice(&available[..take]);
            } else {
                buf.clear();
            }
            self.reader.consume(take + usize::from(found));
            if found {
                break;
            }
        }
        Ok(any.then_some(length))
    }
}

impl Records for Lines {
    fn next_unit(&mut self) -> Option<io::Result<Unit>> {
        loop {
            let mut bytes = Vec::new();
            let length = match self.read_line(&mut bytes) {
                Ok(Some(length)) => length,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            };
            self.line += 1;
            if length > MAX_RECORD_BYTES {
                let error = ArticleError::new(
                    &self.archive,
                    format!("the record is longer than {} MiB", MAX_RECORD_BYTES >> 20),
                )
                .in_record(RecordRef {
                    line: self.line,
                    id: None,
                });
                return Some(Ok(Unit::Ready(Err(error))));
            }
            if self.line == 1 && bytes.starts_with("\u{feff}".as_bytes()) {
                bytes.drain(..3);
            }
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
            // Blank lines separate nothing and are no record.
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Ok(Unit::Json { line: self.line, bytes }));
        }
    }
}

/// One JSON line as a record: the fields `fields` names, the rest skipped unread.
pub fn parse(archive: &str, line: usize, bytes: &[u8], fields: &Fields) -> Result<Record, ArticleError> {
    let fail =
        |id: Option<String>, message: String| ArticleError::new(archive, message).in_record(RecordRef { line, id });
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let picked = Picked::seed(fields)
        .deserialize(&mut de)
        .and_then(|picked| de.end().map(|()| picked))
        .map_err(|e| fail(None, json_reason(&e)))?;
    let [text, date, id, title, updated] = picked.values;
    let id = id.map(Value::into_id);
    let string = |value: Option<Value>, field: &str| match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(fail(id.clone(), format!("`{field}` is {}, not a string", other.kind()))),
    };
    let Some(text) = string(text, &fields.text)? else {
        return Err(fail(
            id,
            format!(
                "no `{}` field (--text-field names the field with the text)",
                fields.text
            ),
        ));
    };
    let date = string(date, &fields.date)?;
    let title = string(title, fields.title.as_deref().unwrap_or_default())?;
    let updated = string(updated, fields.updated.as_deref().unwrap_or_default())?;
    Ok(Record {
        at: RecordRef { line, id },
        text,
        title,
        date,
        updated,
    })
}

/// serde_json's message without its "at line 1 column 5" (a record is one line): the column.
fn json_reason(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let bare = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(bare, _)| bare);
    if bare.starts_with("invalid type") {
        return "not a JSON object".to_string();
    }
    format!("not valid JSON (column {}): {bare}", e.column())
}

/// A field's value, as far as a record needs it.
enum Value {
    Null,
    String(String),
    Number(String),
    Other(&'static str),
}

impl Value {
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::String(_) => "a string",
            Value::Number(_) => "a number",
            Value::Other(kind) => kind,
        }
    }

    /// Ids may be numbers; anything else is shown as its kind.
    fn into_id(self) -> String {
        match self {
            Value::String(s) | Value::Number(s) => s,
            other => format!("({})", other.kind()),
        }
    }
}

impl<'de> de::Deserialize<'de> for Value {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Value, E> {
                Ok(Value::String(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Value, E> {
                Ok(Value::String(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Number(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Number(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Number(v.to_string()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Value, E> {
                Ok(Value::Other("a boolean"))
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Value::Other("an array"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Value::Other("an object"))
            }
        }
        d.deserialize_any(V)
    }
}

/// The values of the fields asked for: text, date, id, title, updated.
struct Picked {
    values: [Option<Value>; 5],
}

/// Reads an object keeping only the fields named.
struct PickSeed<'f> {
    names: [Option<&'f str>; 5],
}

impl Picked {
    fn seed(fields: &Fields) -> PickSeed<'_> {
        PickSeed {
            names: [
                Some(fields.text.as_str()),
                Some(fields.date.as_str()),
                Some(fields.id.as_str()),
                fields.title.as_deref(),
                fields.updated.as_deref(),
            ],
        }
    }
}

impl<'de> DeserializeSeed<'de> for PickSeed<'_> {
    type Value = Picked;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Picked, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PickSeed<'_> {
    type Value = Picked;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Picked, A::Error> {
        let mut picked = Picked {
            values: Default::default(),
        };
        while let Some(slot) = map.next_key_seed(KeySeed { names: &self.names })? {
            match slot {
                Some(i) => picked.values[i] = Some(map.next_value()?),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(picked)
    }
}

/// A key, as the slot of the field it names (`None`: a field not asked for).
struct KeySeed<'a, 'f> {
    names: &'a [Option<&'f str>; 5],
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_, '_> {
    type Value = Option<usize>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_, '_> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(self.names.iter().position(|name| *name == Some(key)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Record, String> {
        parse("a.jsonl", 3, line.as_bytes(), &Fields::default()).map_err(|e| e.to_string())
    }

    #[test]
    fn takes_the_fields_asked_for_and_skips_the_rest() {
        let r = parse_str(
            r#"{"id": 17, "skip": {"a": [1, {"b": null}]}, "date": "2025-03-11", "text": "T\u00e9xt", "title": null}"#,
        )
        .unwrap();
        assert_eq!(
            r.at,
            RecordRef {
                line: 3,
                id: Some("17".into())
            }
        );
        assert_eq!(
            (r.text.as_str(), r.date.as_deref(), r.title),
            ("Téxt", Some("2025-03-11"), None)
        );
    }

    #[test]
    fn bad_records_are_one_line_naming_the_record() {
        assert_eq!(
            parse_str(r#"{"id": "x", "date": "2025-03-11"}"#).unwrap_err(),
            "a.jsonl:3 [x]: no `text` field (--text-field names the field with the text)"
        );
        assert_eq!(
            parse_str(r#"{"id": "x", "text": 5}"#).unwrap_err(),
            "a.jsonl:3 [x]: `text` is a number, not a string"
        );
        assert_eq!(parse_str("[1, 2]").unwrap_err(), "a.jsonl:3: not a JSON object");
        let e = parse_str(r#"{"text": "a" "date": 1}"#).unwrap_err();
        assert!(e.starts_with("a.jsonl:3: not valid JSON (column 14): expected"), "{e}");
        let e = parse_str(r#"{"text": "a"} trailing"#).unwrap_err();
        assert!(e.contains("trailing characters"), "{e}");
    }

    #[test]
    fn lines_count_blank_lines_and_strip_crlf_and_bom() {
        let input = "\u{feff}{\"a\":1}\r\n\n  \n{\"b\":2}";
        let mut lines = Lines::new("a.jsonl", Box::new(std::io::Cursor::new(input.as_bytes().to_vec())));
        let mut got = Vec::new();
        while let Some(unit) = lines.next_unit() {
            match unit.unwrap() {
                Unit::Json { line, bytes } => got.push((line, String::from_utf8(bytes).unwrap())),
                Unit::Ready(_) => panic!("no ready records here"),
            }
        }
        assert_eq!(got, [(1, "{\"a\":1}".to_string()), (4, "{\"b\":2}".to_string())]);
    }
}
