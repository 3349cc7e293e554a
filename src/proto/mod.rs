//! Sans-IO protocol pieces: what bytes mean, with no sockets.
//!
//! Each file parses one protocol's lines into types and builds its commands; `checks/` does
//! the I/O. Parsers take hostile input: they never panic and never allocate without bound.

pub mod imap;
pub mod pop3;
pub mod smtp;
pub mod sniff;
