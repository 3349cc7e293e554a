//! Network plumbing: the address policy, DNS resolver, TLS configuration and bounded sessions.
//!
//! Nothing here knows about findings or stages; `checks/` turns what happens here into facts.

pub mod policy;
pub mod resolver;
pub mod session;
pub mod stream;
pub mod tls;
