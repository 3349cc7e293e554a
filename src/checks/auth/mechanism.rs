//! How to sign in, decided from the capabilities before any password is sent.
//!
//! Takes the [`Capabilities`] the protocol stage parsed (mechanisms, `STARTTLS`/`STLS`,
//! `LOGINDISABLED`, keywords) and answers three questions: which mechanism to use, whether
//! the server refuses a password on this unencrypted connection, and which finding to raise
//! when no password can be sent at all. Pure functions, no I/O.

use crate::diagnosis::Code;
use crate::proto::Capabilities;
use crate::target::Protocol;

/// How maildoctor signs in, chosen from the capabilities before any password is sent.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Mechanism {
    /// IMAP `AUTHENTICATE PLAIN`; with the initial response on the command line when the
    /// server offers `SASL-IR` (RFC 4959), else after a `+` continuation.
    ImapAuthenticatePlain {
        /// Send the initial response with the command.
        sasl_ir: bool,
    },
    /// IMAP `LOGIN user password` (quoted strings or literals).
    ImapLogin,
    /// POP3 `AUTH PLAIN` (RFC 5034).
    Pop3AuthPlain,
    /// POP3 `USER` then `PASS`.
    Pop3UserPass,
    /// SMTP `AUTH PLAIN` (RFC 4954).
    SmtpAuthPlain,
    /// SMTP `AUTH LOGIN` (user and password as two base64 answers).
    SmtpAuthLogin,
    /// An OAuth2 access token: `OAUTHBEARER` (RFC 7628) when offered, else `XOAUTH2`; IMAP
    /// `AUTHENTICATE`, POP3 and SMTP `AUTH`.
    Oauth {
        /// `OAUTHBEARER` rather than `XOAUTH2`.
        bearer: bool,
        /// IMAP: the initial response on the command line (`SASL-IR`).
        sasl_ir: bool,
    },
}

impl Mechanism {
    /// The name people see.
    pub const fn name(self) -> &'static str {
        match self {
            Mechanism::ImapAuthenticatePlain { .. } => "AUTHENTICATE PLAIN",
            Mechanism::ImapLogin => "LOGIN",
            Mechanism::Pop3AuthPlain | Mechanism::SmtpAuthPlain => "AUTH PLAIN",
            Mechanism::Pop3UserPass => "USER/PASS",
            Mechanism::SmtpAuthLogin => "AUTH LOGIN",
            Mechanism::Oauth { bearer: true, .. } => "OAUTHBEARER",
            Mechanism::Oauth { bearer: false, .. } => "XOAUTH2",
        }
    }
}

/// Picks the sign-in mechanism from the capabilities; `None` means `auth.mechanism_unsupported`
/// (or, see [`refusal_from_capabilities`], basic auth off or plaintext refused).
///
/// IMAP: `AUTHENTICATE PLAIN` when `AUTH=PLAIN` is offered, else `LOGIN` unless
/// `LOGINDISABLED`. POP3: `AUTH PLAIN` when CAPA lists `SASL … PLAIN`, else `USER`/`PASS`
/// (unless a CAPA list was read and it offers neither `USER` nor `SASL PLAIN`). SMTP:
/// `AUTH PLAIN`, else `AUTH LOGIN`, else nothing.
pub fn choose_mechanism(protocol: Protocol, caps: &Capabilities) -> Option<Mechanism> {
    let offers = |m: &str| caps.auth.iter().any(|s| s == m);
    match protocol {
        Protocol::Imap if offers("PLAIN") => {
            Some(Mechanism::ImapAuthenticatePlain { sasl_ir: caps.has("SASL-IR") })
        }
        Protocol::Imap => (!caps.login_disabled).then_some(Mechanism::ImapLogin),
        Protocol::Pop3 if offers("PLAIN") => Some(Mechanism::Pop3AuthPlain),
        Protocol::Pop3 => (caps.keywords.is_empty() || caps.has("USER")).then_some(Mechanism::Pop3UserPass),
        Protocol::Smtp if offers("PLAIN") => Some(Mechanism::SmtpAuthPlain),
        Protocol::Smtp => offers("LOGIN").then_some(Mechanism::SmtpAuthLogin),
    }
}

/// The OAuth2 mechanism for a token: `OAUTHBEARER` when offered (the standard), else `XOAUTH2`;
/// `None` when the server offers neither.
pub fn choose_oauth(caps: &Capabilities) -> Option<Mechanism> {
    let offers = |m: &str| caps.auth.iter().any(|s| s == m);
    let sasl_ir = caps.has("SASL-IR");
    if offers("OAUTHBEARER") {
        Some(Mechanism::Oauth { bearer: true, sasl_ir })
    } else {
        offers("XOAUTH2").then_some(Mechanism::Oauth { bearer: false, sasl_ir })
    }
}

/// True when the capabilities alone show that the server refuses a password on this
/// unencrypted connection, so it must not be sent: IMAP `LOGINDISABLED`; POP3 `STLS` offered
/// with neither `USER` nor a password SASL mechanism; SMTP `STARTTLS` offered but no `AUTH`
/// before it. Always false once TLS is active.
pub fn plaintext_refused_by_capabilities(protocol: Protocol, caps: &Capabilities, tls_active: bool) -> bool {
    if tls_active {
        return false;
    }
    match protocol {
        Protocol::Imap => caps.login_disabled,
        Protocol::Pop3 => caps.starttls && !caps.has("USER") && !password_sasl(caps),
        Protocol::Smtp => caps.starttls && !caps.has("AUTH"),
    }
}

/// The finding to raise, from the capabilities alone, when no password can be sent:
/// `auth.plaintext_disallowed` (see [`plaintext_refused_by_capabilities`]),
/// `auth.basic_auth_disabled` when only OAuth mechanisms are offered (Exchange Online's
/// `LOGINDISABLED` + `AUTH=XOAUTH2`, reference C12), else `auth.mechanism_unsupported` when
/// [`choose_mechanism`] finds nothing. `None` when a mechanism fits.
pub fn refusal_from_capabilities(protocol: Protocol, caps: &Capabilities, tls_active: bool) -> Option<Code> {
    if plaintext_refused_by_capabilities(protocol, caps, tls_active) {
        return Some(Code::AuthPlaintextDisallowed);
    }
    if choose_mechanism(protocol, caps).is_some() {
        return None;
    }
    Some(if oauth_only(protocol, caps) {
        Code::AuthBasicAuthDisabled
    } else {
        Code::AuthMechanismUnsupported
    })
}

/// Only OAuth mechanisms (`XOAUTH2`, `OAUTHBEARER`) are offered, and no password path.
pub fn oauth_only(protocol: Protocol, caps: &Capabilities) -> bool {
    let oauth = caps.auth.iter().any(|m| m == "XOAUTH2" || m == "OAUTHBEARER");
    let command = match protocol {
        Protocol::Imap => !caps.login_disabled,
        Protocol::Pop3 => caps.has("USER"),
        Protocol::Smtp => false,
    };
    oauth && !password_sasl(caps) && !command
}

fn password_sasl(caps: &Capabilities) -> bool {
    caps.auth.iter().any(|m| m == "PLAIN" || m == "LOGIN")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::{imap, pop3, smtp};

    /// Capabilities as the protocol stage parses them from `list` (IMAP atoms, POP3 CAPA
    /// lines, SMTP EHLO lines after the first), `,`-separated.
    fn caps(protocol: Protocol, list: &str) -> Capabilities {
        let lines: Vec<String> = list.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect();
        match protocol {
            Protocol::Imap => imap::capability_set(
                &lines.iter().flat_map(|l| l.split_whitespace()).map(str::to_owned).collect::<Vec<_>>(),
            ),
            Protocol::Pop3 => pop3::capa_set(&lines),
            Protocol::Smtp => smtp::ehlo_set(&lines),
        }
    }

    #[test]
    fn mechanisms_are_chosen_from_the_capabilities() {
        use Mechanism::*;
        let table: &[(Protocol, &str, Option<Mechanism>)] = &[
            (
                Protocol::Imap,
                "IMAP4rev1,SASL-IR,AUTH=PLAIN,AUTH=XOAUTH2",
                Some(ImapAuthenticatePlain { sasl_ir: true }),
            ),
            (Protocol::Imap, "IMAP4rev1 auth=plain", Some(ImapAuthenticatePlain { sasl_ir: false })),
            (Protocol::Imap, "IMAP4rev1,IDLE", Some(ImapLogin)),
            (Protocol::Imap, "", Some(ImapLogin)),
            (Protocol::Imap, "IMAP4rev1,STARTTLS,LOGINDISABLED", None),
            (Protocol::Imap, "IMAP4,IMAP4rev1,AUTH=XOAUTH2,LOGINDISABLED,SASL-IR", None),
            (Protocol::Pop3, "TOP,USER,SASL PLAIN LOGIN,RESP-CODES", Some(Pop3AuthPlain)),
            (Protocol::Pop3, "TOP,USER,UIDL", Some(Pop3UserPass)),
            (Protocol::Pop3, "", Some(Pop3UserPass)),
            (Protocol::Pop3, "TOP,UIDL,STLS,SASL", None),
            (Protocol::Smtp, "SIZE 35882577,AUTH LOGIN PLAIN XOAUTH2,8BITMIME", Some(SmtpAuthPlain)),
            (Protocol::Smtp, "AUTH=LOGIN", Some(SmtpAuthLogin)),
            (Protocol::Smtp, "AUTH LOGIN", Some(SmtpAuthLogin)),
            (Protocol::Smtp, "STARTTLS,PIPELINING", None),
            (Protocol::Smtp, "AUTH XOAUTH2 OAUTHBEARER", None),
        ];
        for (protocol, list, want) in table {
            assert_eq!(choose_mechanism(*protocol, &caps(*protocol, list)), *want, "{protocol:?} {list}");
        }
    }

    #[test]
    fn capabilities_alone_tell_when_no_password_may_be_sent() {
        let dovecot_143 = caps(
            Protocol::Imap,
            "IMAP4rev1,SASL-IR,LOGIN-REFERRALS,ID,ENABLE,IDLE,LITERAL+,STARTTLS,LOGINDISABLED",
        );
        assert!(plaintext_refused_by_capabilities(Protocol::Imap, &dovecot_143, false), "G06");
        assert!(!plaintext_refused_by_capabilities(Protocol::Imap, &dovecot_143, true));
        assert_eq!(
            refusal_from_capabilities(Protocol::Imap, &dovecot_143, false),
            Some(Code::AuthPlaintextDisallowed)
        );

        let exchange_online =
            caps(Protocol::Imap, "IMAP4,IMAP4rev1,AUTH=XOAUTH2,SASL-IR,UIDPLUS,LOGINDISABLED");
        assert_eq!(
            refusal_from_capabilities(Protocol::Imap, &exchange_online, true),
            Some(Code::AuthBasicAuthDisabled),
            "C12"
        );

        let postfix_587 =
            caps(Protocol::Smtp, "PIPELINING,SIZE 10240000,STARTTLS,ENHANCEDSTATUSCODES,8BITMIME");
        assert!(plaintext_refused_by_capabilities(Protocol::Smtp, &postfix_587, false));
        assert_eq!(
            refusal_from_capabilities(Protocol::Smtp, &postfix_587, true),
            Some(Code::AuthMechanismUnsupported)
        );
        let postfix_tls = caps(Protocol::Smtp, "PIPELINING,AUTH PLAIN LOGIN,8BITMIME");
        assert_eq!(refusal_from_capabilities(Protocol::Smtp, &postfix_tls, true), None);

        let dovecot_110 =
            caps(Protocol::Pop3, "CAPA,TOP,UIDL,RESP-CODES,PIPELINING,AUTH-RESP-CODE,STLS,SASL");
        assert!(plaintext_refused_by_capabilities(Protocol::Pop3, &dovecot_110, false));
        let cram_only = caps(Protocol::Smtp, "AUTH CRAM-MD5");
        assert_eq!(
            refusal_from_capabilities(Protocol::Smtp, &cram_only, true),
            Some(Code::AuthMechanismUnsupported)
        );
        assert!(!oauth_only(Protocol::Smtp, &cram_only));
        let pop_oauth = caps(Protocol::Pop3, "SASL XOAUTH2,STLS");
        assert!(oauth_only(Protocol::Pop3, &pop_oauth));
        assert_eq!(
            refusal_from_capabilities(Protocol::Pop3, &pop_oauth, true),
            Some(Code::AuthBasicAuthDisabled)
        );
    }
}
