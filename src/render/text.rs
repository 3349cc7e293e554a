//! The CLI's text rendering of a report.
//!
//! STUB: to be completed.

use std::fmt::Write as _;

use crate::report::Report;

/// Renders a report for a terminal.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", report.summary);
    for s in &report.stages {
        let _ =
            writeln!(out, "{} {:<9} {:>5} ms  {}", s.status.glyph(), s.name.name(), s.duration_ms, s.detail);
    }
    out
}
