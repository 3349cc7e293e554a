//! The terminal face of discovery: the settings table, provenance, disagreements and every
//! candidate tried, as plain text.

use std::fmt::Write as _;

use super::model::{Discovery, Outcome, RowStatus};

/// Renders a discovery for the terminal.
pub fn render(d: &Discovery) -> String {
    let mut out = String::new();
    let headline = match d.outcome {
        Outcome::Confirmed => "Settings found and confirmed live",
        Outcome::Suggested => "Settings suggested (not confirmed live)",
        Outcome::Nothing => "No settings found",
    };
    let _ = writeln!(out, "{headline} for {} ({} ms)", d.email, d.duration_ms);
    if let Some(p) = &d.provider {
        let _ = writeln!(out, "Provider: {p}");
    }
    for row in &d.rows {
        let mark = match row.status {
            RowStatus::Confirmed => "confirmed",
            RowStatus::Suggested => "suggested",
        };
        let _ = writeln!(out, "\n{} [{mark}]", row.role);
        let _ = writeln!(out, "  Server:      {}", row.host);
        let _ = writeln!(out, "  Port:        {}", row.port);
        let _ = writeln!(out, "  Security:    {}", row.security.label());
        let _ = writeln!(out, "  User name:   {}", row.username.describe());
        let auth = if row.auth_methods.is_empty() {
            "yes".to_owned()
        } else {
            format!("yes ({})", row.auth_methods.join(", "))
        };
        let _ = writeln!(out, "  Sign-in:     {auth}");
        let sources: Vec<&str> = row.sources.iter().map(|c| c.detail.as_str()).collect();
        let _ = writeln!(out, "  Found by:    {}", sources.join("; "));
        if let Some(note) = &row.note {
            let _ = writeln!(out, "  Note:        {note}");
        }
        let _ = writeln!(out, "  Diagnose:    {}", row.diagnose_url);
    }
    section(&mut out, "Sources disagree", &d.disagreements);
    section(&mut out, "Notes", &d.notes);
    if let Some(advice) = &d.advice {
        let _ = writeln!(out, "\n{advice}");
    }
    if !d.tried.is_empty() {
        let _ = writeln!(out, "\nEvery candidate tried:");
        for t in &d.tried {
            let code = t.code.map(|c| format!(" [{c}]")).unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:<5} {:<42} {:<42} {}{code} ({} ms)",
                t.candidate.protocol.label(),
                t.candidate.describe(),
                t.outcome.label(),
                t.detail,
                t.duration_ms
            );
        }
    }
    out
}

fn section(out: &mut String, title: &str, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{title}:");
    for line in lines {
        let _ = writeln!(out, "  - {line}");
    }
}
