//! The nouns every layer shares, apart from the code that produces them: the protocol, the
//! security mode and the host ([`mail`]), the stages' names ([`stage`]), what a port speaks
//! ([`port`]) and what a TLS connection showed ([`tls`]).
//!
//! This module imports nothing from the rest of the crate, so the engine (`checks`), the
//! request (`target`), the findings (`diagnosis`), the provider table and the renderers can all
//! name these types without depending on one another: the module graph has no cycles, and
//! renderers do not depend on stage code.

pub mod mail;
pub mod port;
pub mod stage;
pub mod tls;

pub use mail::{Host, Protocol, Security, SecurityChoice};
pub use stage::Stage;
