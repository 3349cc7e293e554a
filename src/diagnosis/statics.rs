//! Reading back the few report fields that hold one of this build's own texts
//! (`&'static str`): a report uploaded from the user's computer (`maildoctor check --share`)
//! must name one of them, or it is refused. Nothing read is kept as new static text.

use serde::Deserialize;
use serde::de::{Deserializer, Error as _};

/// `text` when it is one of `known`, or a serde error naming the field.
fn one_of<E: serde::de::Error>(field: &str, text: &str, known: &[&'static str]) -> Result<&'static str, E> {
    known.iter().copied().find(|k| *k == text).ok_or_else(|| E::custom(format!("unknown {field}: {text:?}")))
}

/// A field that must be one of `known`.
pub fn known<'de, D: Deserializer<'de>>(
    d: D,
    field: &str,
    known: &[&'static str],
) -> Result<&'static str, D::Error> {
    let text = String::deserialize(d)?;
    one_of(field, &text, known)
}

/// An optional field that must be one of `known` when present.
pub fn known_opt<'de, D: Deserializer<'de>>(
    d: D,
    field: &str,
    known: &[&'static str],
) -> Result<Option<&'static str>, D::Error> {
    match Option::<String>::deserialize(d)? {
        Some(text) => one_of(field, &text, known).map(Some),
        None => Ok(None),
    }
}

/// A finding code id, as this build's static id.
pub fn code_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    match Option::<String>::deserialize(d)? {
        Some(id) => crate::diagnosis::Code::from_id(&id)
            .map(|c| Some(c.id()))
            .ok_or_else(|| D::Error::custom(format!("unknown finding code {id:?}"))),
        None => Ok(None),
    }
}

/// A stage title, as this build's static title.
pub fn stage_title<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    let titles = crate::model::Stage::ALL.map(crate::model::Stage::title);
    known(d, "stage title", &titles)
}

/// One of this build's texts. An alias, so serde's derive does not take a `&'static str`
/// field for a borrow from the input (which would tie every report to `'static` input).
pub type StaticText = &'static str;
