//! What a server advertises before sign-in, read once for the `protocol` stage.
//!
//! ```text
//! IMAP  [CAPABILITY …] in the greeting, else CAPABILITY (always after STARTTLS, RFC 9051 §6.2.1)
//! POP3  CAPA (RFC 2449); a server without it answers -ERR, which is no fault
//! SMTP  EHLO, and HELO when EHLO gets a 5xx (RFC 5321 §4.1.4)
//! ```
//!
//! The answer is parsed once into [`Capabilities`], which the later stages and the
//! classifier take as they are. A refused capability request is judged by the classifier
//! ([`Phase::Capability`]); what it recognises becomes a finding of the stage, and a
//! `* BYE` ends the session. Reading goes through the protocol client (bounded lines and
//! time); the protocol stage's probe, when one was sent, is answered here.

use super::Ctx;
use super::answers::{self, About};
use super::classify::{Answer, Phase};
use super::greeting::Greeting;
use crate::diagnosis::{Code, Finding};
use crate::net::client::imap::{Answer as ImapAnswer, ImapCut, ImapError};
use crate::net::client::pop3::{Listing as Pop3Listing, Pop3Cut, Pop3Error};
use crate::net::client::smtp::{SmtpCut, SmtpError};
use crate::net::client::{Client, Cut};
use crate::proto::{self, Capabilities, MAX_LIST_LINES, imap, pop3, smtp};
use crate::target::{Protocol, Target};

/// Longest server text quoted in a note, in characters.
const QUOTE: usize = 200;

/// Capabilities as read, and how the reading went.
#[derive(Debug, Default)]
pub struct Listing {
    /// What they say.
    pub caps: Capabilities,
    /// Where they came from: `greeting`, `CAPABILITY`, `CAPA`, `EHLO`, `HELO`.
    pub source: &'static str,
    /// Why the list may be incomplete (refused, cut, timed out).
    pub note: Option<String>,
    /// The text of the final status line (`Pre-login capabilities listed…`).
    pub closing: Option<String>,
    /// What the classifier recognised in a refused request.
    pub findings: Vec<Finding>,
    /// The server ended the session (`* BYE`): there is nothing more to ask it.
    pub ended: bool,
}

/// Reads the capabilities. `probe` is the command the protocol stage already sent to a
/// silent server (its answer is read here); `after_starttls` forces a fresh IMAP list.
pub async fn read(
    ctx: &Ctx,
    target: &Target,
    client: &mut Client,
    greeting: &Greeting,
    probe: Option<&str>,
    after_starttls: bool,
) -> Listing {
    match target.protocol {
        Protocol::Imap => {
            if probe.is_none()
                && !after_starttls
                && let Some(atoms) = imap::capabilities(greeting.first())
            {
                return Listing {
                    caps: imap::capability_set(&atoms),
                    source: "greeting",
                    ..Listing::default()
                };
            }
            let result = match probe {
                Some(sent) => client.imap().answer_to(sent, MAX_LIST_LINES).await,
                None => client.imap().capability().await,
            };
            imap_listing(ctx, client, greeting, result)
        }
        Protocol::Pop3 => {
            let result = match probe {
                Some(_) => client.pop3().listing(MAX_LIST_LINES).await,
                None => client.pop3().capa().await,
            };
            pop3_listing(ctx, client, greeting, result)
        }
        Protocol::Smtp => smtp_listing(ctx, client, greeting, probe.is_some()).await,
    }
}

fn imap_listing(
    ctx: &Ctx,
    client: &Client,
    greeting: &Greeting,
    result: Result<ImapAnswer, ImapError>,
) -> Listing {
    const SOURCE: &str = "CAPABILITY";
    let (answer, error) = match result {
        Ok(answer) => (answer, None),
        Err(ImapError { cut, answer }) => (answer, Some(cut)),
    };
    let caps = imap::capability_set(&answer.capabilities().unwrap_or_default());
    let closing = answer.status().filter(|s| s.cond == imap::Cond::Ok).map(|s| s.text.clone());
    let mut listing = Listing { caps, source: SOURCE, closing, ..Listing::default() };
    let refused = match &error {
        None if answer.is_ok() => return listing,
        None => answer.done.first().map(|d| d.line.clone()),
        Some(ImapCut::Bye(_)) => {
            listing.ended = true;
            answer.conditions().last().map(|l| l.text.clone())
        }
        Some(cut) => {
            listing.note = Some(cut_note(SOURCE, cut_of_imap(cut), &cut.to_string()));
            return listing;
        }
    };
    let said = refused.unwrap_or_default();
    listing.note = Some(format!("{SOURCE} was answered with: {}", proto::printable(&said, QUOTE)));
    listing.findings = judged(ctx, client, greeting, &answers::imap(&answer), listing.ended);
    listing
}

fn cut_of_imap(cut: &ImapCut) -> Option<&Cut> {
    match cut {
        ImapCut::Cut(cut) => Some(cut),
        _ => None,
    }
}

fn pop3_listing(
    ctx: &Ctx,
    client: &Client,
    greeting: &Greeting,
    result: Result<Pop3Listing, Pop3Error>,
) -> Listing {
    const SOURCE: &str = "CAPA";
    match result {
        Ok(list) if list.reply.is_ok() => {
            Listing { caps: pop3::capa_set(&list.lines), source: SOURCE, ..Listing::default() }
        }
        Ok(list) => {
            let note = format!("{SOURCE} was answered with: {}", proto::printable(&list.reply.line, QUOTE));
            let findings = judged(ctx, client, greeting, &answers::pop3(&list.reply), false);
            Listing { source: SOURCE, note: Some(note), findings, ..Listing::default() }
        }
        Err(error) => {
            let items: Vec<String> = error.lines.iter().skip(1).cloned().collect();
            let note = match &error.cut {
                Pop3Cut::NotAStatus => {
                    let said = error.lines.last().map_or("", String::as_str);
                    format!("{SOURCE} was answered with: {}", proto::printable(said, QUOTE))
                }
                Pop3Cut::Cut(cut) => cut_note(SOURCE, Some(cut), &error.to_string()),
            };
            Listing { caps: pop3::capa_set(&items), source: SOURCE, note: Some(note), ..Listing::default() }
        }
    }
}

/// EHLO; on a 5xx answer, HELO (which lists no extensions).
async fn smtp_listing(ctx: &Ctx, client: &mut Client, greeting: &Greeting, probed: bool) -> Listing {
    let result =
        if probed { client.smtp().reply().await } else { client.smtp().ehlo(smtp::CLIENT_NAME).await };
    let reply = match result {
        Ok(reply) if reply.is_positive() => {
            let caps = smtp::ehlo_set(reply.lines.get(1..).unwrap_or_default());
            return Listing { caps, source: "EHLO", ..Listing::default() };
        }
        Ok(reply) => reply,
        Err(error) => return smtp_broken("EHLO", &error),
    };
    let findings = judged(ctx, client, greeting, &answers::smtp(&reply), false);
    let said = format!("EHLO was answered with: {}", proto::printable(&reply.to_string(), QUOTE));
    if reply.code.severity() != smtp::Severity::PermanentNegative {
        return Listing { source: "EHLO", note: Some(said), findings, ..Listing::default() };
    }
    let helo = client.smtp().command(&format!("HELO {}", smtp::CLIENT_NAME)).await;
    let note = match helo {
        Ok(reply) if reply.is_positive() => "EHLO was refused; HELO lists no extensions".to_owned(),
        Ok(reply) => format!("HELO was answered with: {}", proto::printable(&reply.to_string(), QUOTE)),
        Err(error) => return smtp_broken("HELO", &error),
    };
    Listing { source: "HELO", note: Some(note), findings, ..Listing::default() }
}

fn smtp_broken(source: &'static str, error: &SmtpError) -> Listing {
    let note = match &error.cut {
        SmtpCut::NotAReply => {
            let said = error.lines.last().map_or("", String::as_str);
            format!("{source} was answered with: {}", proto::printable(said, QUOTE))
        }
        SmtpCut::Cut(cut) => cut_note(source, Some(cut), &error.to_string()),
    };
    Listing { source, note: Some(note), ..Listing::default() }
}

/// The note for an answer cut short: a flood says how far it was read.
fn cut_note(source: &str, cut: Option<&Cut>, error: &str) -> String {
    match cut {
        Some(Cut::Flood(lines)) => format!("{source} answer cut after {lines} lines"),
        _ => format!("{source}: {error}"),
    }
}

/// What the classifier recognises in a refused capability request. Its catch-all is left
/// out (a server may refuse `CAPA` or `EHLO` and still work), unless the server ended the
/// session, which is a refusal in its own right (`protocol.rejected` when nothing more
/// specific is known).
fn judged(ctx: &Ctx, client: &Client, greeting: &Greeting, answer: &Answer, ended: bool) -> Vec<Finding> {
    let none = Capabilities::default();
    let about =
        About { caps: &none, greeting: Some(greeting.first()), tls_active: client.is_tls(), oauth: false };
    let verdict = answers::verdict(ctx, Phase::Capability, answer, about);
    match answers::placed(verdict) {
        Some(c) => c.findings(),
        None if ended => {
            let said = proto::printable(&answer.lines().join(" "), QUOTE);
            vec![Finding::new(Code::ProtocolRejected).with("server said", said)]
        }
        None => Vec::new(),
    }
}
