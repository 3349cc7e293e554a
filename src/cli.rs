//! The command line: `maildoctor check`, `maildoctor serve`.
//!
//! STUB: to be completed.
