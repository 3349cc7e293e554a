//! The integration suite: one binary, in-process fakes on 127.0.0.1:0, no network beyond loopback.

#![allow(unreachable_pub, missing_docs)]
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod support;

mod engine;
