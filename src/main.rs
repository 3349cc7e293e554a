//! The `maildoctor` binary.

fn main() {}
