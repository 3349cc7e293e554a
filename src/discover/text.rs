//! The terminal face of discovery: the settings table, provenance, disagreements and every
//! candidate tried, as plain text, with the `maildoctor check` command line of each row.
//!
//! Much of it comes from outside: autoconfig XML, DNS names, servers' greetings. Every such
//! text goes through [`clean`] (no terminal escapes, bidi overrides or fake line breaks), and
//! the command lines quote what a shell would read otherwise.

use std::fmt::Write as _;

use super::model::{Discovery, Outcome, Row, RowStatus, UsernameForm};
use crate::i18n::Lang;
use crate::proto::text::clean;

/// Renders a discovery for the terminal, in `lang` (the discovery's own sentences are already
/// in the language it ran in).
pub fn render(d: &Discovery, lang: Lang) -> String {
    let mut out = String::new();
    let headline = match d.outcome {
        Outcome::Confirmed => "discover-confirmed",
        Outcome::Suggested => "discover-suggested",
        Outcome::Nothing => "discover-nothing",
    };
    let for_line =
        lang.t_with("discover-cli-for", &[("email", &clean(&d.email)), ("ms", &d.duration_ms.to_string())]);
    let _ = writeln!(out, "{} {for_line}", lang.t(headline));
    if let Some(p) = &d.provider {
        let _ = writeln!(out, "{}", lang.t_with("discover-provider", &[("provider", &clean(p))]));
    }
    let labels = [
        "settings-server",
        "settings-port",
        "discover-encryption",
        "settings-username",
        "settings-requires-sign-in",
        "discover-found-by",
        "settings-note",
        "discover-cli-diagnose",
    ]
    .map(|id| format!("{}:", lang.t(id)));
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    let line = |out: &mut String, label: usize, value: &str| {
        let _ = writeln!(out, "  {:<width$}{value}", labels[label]);
    };
    for row in &d.rows {
        let mark = match row.status {
            RowStatus::Confirmed => lang.t("discover-status-confirmed"),
            RowStatus::Suggested => lang.t("discover-status-suggested"),
        };
        let _ = writeln!(out, "\n{} [{mark}]", row.role);
        line(&mut out, 0, &clean(&row.host));
        line(&mut out, 1, &row.port.to_string());
        line(&mut out, 2, row.security.label());
        line(&mut out, 3, &clean(&username(&row.username, lang)));
        let yes = lang.t("settings-yes");
        let auth = if row.auth_methods.is_empty() {
            yes
        } else {
            format!("{yes} ({})", clean(&row.auth_methods.join(", ")))
        };
        line(&mut out, 4, &auth);
        let sources: Vec<&str> = row.sources.iter().map(|c| c.detail.as_str()).collect();
        line(&mut out, 5, &clean(&sources.join("; ")));
        if let Some(note) = &row.note {
            line(&mut out, 6, &clean(note));
        }
        line(&mut out, 7, &check_command(row, &d.email));
    }
    section(&mut out, &lang.t("discover-disagree"), &d.disagreements);
    section(&mut out, &lang.t("discover-notes"), &d.notes);
    if let Some(advice) = &d.advice {
        let _ = writeln!(out, "\n{}", clean(advice));
    }
    if !d.tried.is_empty() {
        let _ = writeln!(out, "\n{}", lang.t("discover-cli-tried"));
        for t in &d.tried {
            let code = t.code.map(|c| format!(" [{c}]")).unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:<5} {:<42} {:<42} {}{code} ({} ms)",
                t.candidate.protocol.label(),
                clean(&t.candidate.describe_in(lang)),
                lang.t(t.outcome.message_id()),
                clean(&t.detail),
                t.duration_ms
            );
        }
    }
    out
}

/// A user-name form in `lang`.
pub fn username(form: &UsernameForm, lang: Lang) -> String {
    match form {
        UsernameForm::FullAddress => lang.t("username-full-address"),
        UsernameForm::LocalPart => lang.t("username-local-part"),
        UsernameForm::Other(words) => words.clone(),
    }
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
