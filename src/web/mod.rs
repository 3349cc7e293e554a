//! The HTTP face: JSON API, HTML pages, health check.
//!
//! STUB: to be completed.
