//! The integration suite: one binary, in-process fakes on 127.0.0.1:0, no network beyond loopback.

#![allow(unreachable_pub, missing_docs)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic: a failed set-up is a failed test

mod support;

mod dns;
mod engine;
mod tcp;
