//! Network plumbing: the address policy, DNS resolver, TLS configuration, bounded sessions and
//! the protocol clients over them.
//!
//! Nothing here knows about findings or stages; `checks/` turns what happens here into facts.

pub mod client;
pub mod http;
pub mod policy;
pub mod resolver;
pub mod session;
pub mod stream;
pub mod tls;
