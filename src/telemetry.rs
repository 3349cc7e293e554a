//! Logging: human-readable lines for the CLI, JSON lines for `serve`.
//!
//! Logs go to standard error, filtered by `RUST_LOG` (default `info` for serve, `warn` for
//! check). No credential is ever a span field or an event field.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber. Calling it twice is harmless (the second call is ignored).
pub fn init(json: bool, default_level: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if json { builder.json().try_init() } else { builder.try_init() };
}
