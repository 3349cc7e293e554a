//! Renderers: turn a finished [`crate::report::Report`] into text or HTML. They only read it.

pub mod html;
pub mod text;
