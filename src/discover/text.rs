//! The terminal face of discovery: the settings table, provenance, disagreements and every
//! candidate tried, as plain text, with the `maildoctor check` command line of each row.
//!
//! Much of it comes from outside: autoconfig XML, DNS names, servers' greetings. Every such
//! text goes through [`clean`] (no terminal escapes, bidi overrides or fake line breaks), and
//! the command lines quote what a shell would read otherwise.

use std::fmt::Write as _;

use super::model::{Discovery, Outcome, Row, RowStatus, UsernameForm};
use crate::proto::text::clean;

/// Renders a discovery for the terminal.
pub fn render(d: &Discovery) -> String {
    let mut out = String::new();
    let headline = match d.outcome {
        Outcome::Confirmed => "Settings found and confirmed live",
        Outcome::Suggested => "Settings suggested (not confirmed live)",
        Outcome::Nothing => "No settings found",
    };
    let _ = writeln!(out, "{headline} for {} ({} ms)", clean(&d.email), d.duration_ms);
    if let Some(p) = &d.provider {
        let _ = writeln!(out, "Provider: {}", clean(p));
    }
    for row in &d.rows {
        let mark = match row.status {
            RowStatus::Confirmed => "confirmed",
            RowStatus::Suggested => "suggested",
        };
        let _ = writeln!(out, "\n{} [{mark}]", row.role);
        let _ = writeln!(out, "  Server:      {}", clean(&row.host));
        let _ = writeln!(out, "  Port:        {}", row.port);
        let _ = writeln!(out, "  Security:    {}", row.security.label());
        let _ = writeln!(out, "  User name:   {}", clean(&row.username.describe()));
        let auth = if row.auth_methods.is_empty() {
            "yes".to_owned()
        } else {
            format!("yes ({})", clean(&row.auth_methods.join(", ")))
        };
        let _ = writeln!(out, "  Sign-in:     {auth}");
        let sources: Vec<&str> = row.sources.iter().map(|c| c.detail.as_str()).collect();
        let _ = writeln!(out, "  Found by:    {}", clean(&sources.join("; ")));
        if let Some(note) = &row.note {
            let _ = writeln!(out, "  Note:        {}", clean(note));
        }
        let _ = writeln!(out, "  Diagnose:    {}", check_command(row, &d.email));
    }
    section(&mut out, "Sources disagree", &d.disagreements);
    section(&mut out, "Notes", &d.notes);
    if let Some(advice) = &d.advice {
        let _ = writeln!(out, "\n{}", clean(advice));
    }
    if !d.tried.is_empty() {
        let _ = writeln!(out, "\nEvery candidate tried:");
        for t in &d.tried {
            let code = t.code.map(|c| format!(" [{c}]")).unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:<5} {:<42} {:<42} {}{code} ({} ms)",
                t.candidate.protocol.label(),
                clean(&t.candidate.describe()),
                t.outcome.label(),
                clean(&t.detail),
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
        let _ = writeln!(out, "  - {}", clean(line));
    }
}

/// The `maildoctor check` command that diagnoses `row` (the password is asked for separately,
/// never put on a command line).
fn check_command(row: &Row, email: &str) -> String {
    let mut words = vec![
        "maildoctor check".to_owned(),
        format!("--protocol {}", row.protocol.name()),
        format!("--host {}", shell_word(&clean(&row.host))),
        format!("--port {}", row.port),
        format!("--security {}", row.security.name()),
    ];
    let user = match &row.username {
        UsernameForm::FullAddress => Some(email),
        UsernameForm::LocalPart => email.split_once('@').map(|(local, _)| local),
        UsernameForm::Other(_) => None,
    };
    if let Some(user) = user {
        words.push(format!("--user {}", shell_word(&clean(user))));
    }
    words.join(" ")
}

/// `text` as one word for a POSIX shell: as is when it holds only characters no shell
/// treats specially, else single-quoted.
fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@' | '+' | ':' | '/'));
    if plain { text.to_owned() } else { format!("'{}'", text.replace('\'', "'\\''")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shell_reads_every_word_as_one() {
        assert_eq!(shell_word("imap.example.com"), "imap.example.com");
        assert_eq!(shell_word("ann@example.com"), "ann@example.com");
        assert_eq!(shell_word("a b;rm -rf ~"), "'a b;rm -rf ~'");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
        assert_eq!(shell_word(""), "''");
    }
}
