//! Helpers shared by the tests of the server families besides Dovecot and Postfix (Exim,
//! Courier, Cyrus, OpenSMTPD): sign-in by name, the server's own refusal read from the
//! transcript, the verdicts decided before a password is sent, and plain TCP connections the
//! tests hold open themselves.

use super::*;

/// Read deadline for the plain connections a test holds or probes itself.
const RAW_IO: Duration = Duration::from_secs(5);

/// A good sign-in by name over `security` on `port`: verdict `ok` (see [`assert_good_login`]),
/// in the TLS `mode` expected (`implicit` or `starttls`), and the server software named as
/// `software` (a word of it, case-insensitive) when given.
pub(super) fn assert_signs_in(
    real: &Real,
    (protocol, host, port): (&str, &str, u16),
    security: &str,
    mode: &str,
    software: Option<&str>,
) -> Checked {
    let names = Names::start();
    let checked = alice(real, &names, protocol, host, port, security);
    assert_good_login(&checked, &names, host, real.var("USER"), real.var("PASSWORD"));
    assert_eq!(checked.report["tls"]["mode"], mode, "{}", checked.context());
    if let Some(software) = software {
        let named = checked.report["server_software"].as_str().unwrap_or_default().to_lowercase();
        assert!(named.contains(&software.to_lowercase()), "server_software {named:?}\n{}", checked.context());
    }
    checked
}

/// The server's final answer to the step that carried the password: the first server line
/// after the client line with the hidden password that is not a continuation (`+ `, `334 `),
/// an untagged IMAP line (`* `) or a line of a multi-line SMTP reply (`535-`).
pub(super) fn answer_to_password(checked: &Checked) -> Option<String> {
    let lines = checked.report["transcript"].as_array()?;
    let hidden = lines.iter().position(|l| {
        l["dir"] == "client" && l["text"].as_str().is_some_and(|t| t.contains("[password hidden]"))
    })?;
    lines[hidden + 1..]
        .iter()
        .filter(|l| l["dir"] == "server")
        .filter_map(|l| l["text"].as_str())
        .find(|t| {
            let smtp_continued =
                t.len() > 3 && t.as_bytes()[..3].iter().all(u8::is_ascii_digit) && &t[3..4] == "-";
            !(t.starts_with("+ ")
                || *t == "+"
                || t.starts_with("334 ")
                || t.starts_with("* ")
                || smtp_continued)
        })
        .map(str::to_owned)
}

/// `line` without an IMAP tag (`a3 NO Login failed.` → `NO Login failed.`); POP3 and SMTP
/// lines are returned as they are.
pub(super) fn without_tag(line: &str) -> &str {
    match line.split_once(' ') {
        Some((_tag, rest)) if rest.starts_with("NO ") || rest.starts_with("BAD ") => rest,
        _ => line,
    }
}

/// A wrong password, by name over implicit TLS: primary `auth.invalid_credentials`, and the
/// evidence quotes the server's own refusal, as the transcript shows the server sent it (read
/// from the server, not assumed). Returns the server's words, for the record.
pub(super) fn assert_wrong_password_in_servers_words(
    real: &Real,
    protocol: &str,
    host: &str,
    port: u16,
) -> String {
    let names = Names::start();
    let user = real.var("USER");
    let checked = real.cmd(protocol, host, port, "tls").dns(&names).user(user, WRONG_PASSWORD).run();
    checked.assert_primary("auth.invalid_credentials");
    assert_eq!(checked.stage_status("auth"), "fail", "{}", checked.context());
    let answer = answer_to_password(&checked)
        .unwrap_or_else(|| panic!("no server answer after the password step\n{}", checked.context()));
    let words = without_tag(&answer);
    // The premise: what the server sent is a refusal in its protocol's terms.
    assert!(
        words.starts_with("NO ") || words.starts_with("-ERR") || words.starts_with('5'),
        "the answer to the password is no refusal: {answer:?}\n{}",
        checked.context()
    );
    let said = checked.evidence("auth.invalid_credentials", "server said");
    assert!(said.contains(words), "server said {said:?}, the server sent {answer:?}\n{}", checked.context());
    checked.assert_no_password_form(user, WRONG_PASSWORD);
    words.to_owned()
}

/// `check --security none` on `host:port` without `--allow-insecure-auth`, once with alice's
/// credentials and once without any: the server's capabilities already refuse a plaintext
/// sign-in, so the verdict is `error` with `auth.plaintext_disallowed` first, and nothing that
/// could carry a password is sent. `premise` is a word the server's capability lines must show
/// (`LOGINDISABLED`, `STLS`, `STARTTLS`): the reason the refusal is known in advance.
pub(super) fn assert_refused_before_any_password(
    real: &Real,
    protocol: &str,
    host: &str,
    port: u16,
    premise: &str,
) {
    for with_credentials in [true, false] {
        let mut cmd = real.cmd(protocol, host, port, "none");
        if with_credentials {
            cmd = cmd.user(real.var("USER"), real.var("PASSWORD"));
        }
        let checked = cmd.run();
        checked.assert_primary("auth.plaintext_disallowed");
        assert_eq!(checked.report["target"]["security"], "none", "{}", checked.context());
        let heard = checked.transcript("server");
        assert!(
            heard.iter().any(|l| l.contains(premise)),
            "no {premise} in {heard:?}\n{}",
            checked.context()
        );
        if protocol == "smtp" {
            // SMTP says it by omission: EHLO lists no AUTH before STARTTLS.
            assert!(!heard.iter().any(|l| l.contains("AUTH")), "{heard:?}");
        }
        assert_nothing_sent(real, &checked);
    }
}

/// A plain TCP connection to `127.0.0.1:port` that has read its greeting line (or found none);
/// closed when dropped.
pub(super) struct Held {
    _stream: TcpStream,
    /// The first line the server sent, without its line end; empty when it closed first.
    pub(super) greeting: String,
}

impl Held {
    pub(super) fn open(port: u16) -> Held {
        let addr = SocketAddr::from((LOOPBACK, port));
        let stream = TcpStream::connect_timeout(&addr, RAW_IO).expect("connect");
        stream.set_read_timeout(Some(RAW_IO)).expect("read timeout");
        let mut line = String::new();
        // Ok(0) (closed before a greeting) leaves the line empty.
        BufReader::new(stream.try_clone().expect("clone the stream"))
            .read_line(&mut line)
            .unwrap_or_else(|e| panic!("no greeting and no close on port {port} within {RAW_IO:?}: {e}"));
        Held { _stream: stream, greeting: line.trim_end().to_owned() }
    }
}

/// `count` connections to `port`, each greeted with a line starting with `greeting`.
pub(super) fn hold(port: u16, count: usize, greeting: &str) -> Vec<Held> {
    (0..count)
        .map(|i| {
            let held = Held::open(port);
            assert!(held.greeting.starts_with(greeting), "held connection {i}: {:?}", held.greeting);
            held
        })
        .collect()
}

/// All findings' explanations and remedies, for "does the report say X" checks.
pub(super) fn advice(checked: &Checked, code: &str) -> String {
    let finding = checked.finding(code);
    let mut text = finding["explanation"].as_str().unwrap_or_default().to_owned();
    for step in finding["remedy"].as_array().into_iter().flatten() {
        text.push('\n');
        text.push_str(step.as_str().unwrap_or_default());
    }
    text
}

/// Every finding's evidence values, joined: for "is this fact anywhere in the report" checks.
pub(super) fn all_evidence(checked: &Checked) -> String {
    checked.report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|f| f["evidence"].as_array().into_iter().flatten())
        .map(|e| e["value"].as_str().unwrap_or_default().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}
