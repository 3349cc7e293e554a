//! The finding-code registry: the one list of every code maildoctor can raise.
//!
//! Codes are a public interface (docs/CONTRACT.md §2): an id is never renamed or reused. A code that
//! stops being raised stays here and keeps its words, as rustc does with its error codes, so old
//! reports can still be explained. The prose a person reads lives in
//! `locales/<lang>/remedies.ftl` (src/diagnosis/catalog.rs); a test checks that this list and
//! the catalog match one to one.

use std::fmt;

use serde::{Serialize, Serializer};

use super::Severity;
use crate::model::Stage;

/// Declares [`Code`] with its id, stage and severity in one table, so the enum, `ALL`, `id()`,
/// `stage()` and `severity()` can never disagree.
macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = ($id:literal, $stage:ident, $severity:ident), )+) => {
        /// A stable finding code. See `docs/FINDINGS.md` for what each one means.
        #[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
        pub enum Code {
            $( $(#[$doc])* $variant, )+
        }

        impl Code {
            /// Every code, in registry order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )+ ];

            /// The public dotted id (`dns.nxdomain`).
            pub const fn id(self) -> &'static str {
                match self { $( Code::$variant => $id, )+ }
            }

            /// The stage that raises this code.
            pub const fn stage(self) -> Stage {
                match self { $( Code::$variant => Stage::$stage, )+ }
            }

            /// How serious it is.
            pub const fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )+ }
            }
        }
    };
}

codes! {
    /// The host is empty, too long or has characters no host name can have.
    InputInvalidHost = ("input.invalid_host", Input, Error),
    /// The port is not a number from 1 to 65535.
    InputInvalidPort = ("input.invalid_port", Input, Error),
    /// An e-mail address was typed where the server name belongs.
    InputEmailAsServer = ("input.email_as_server", Input, Error),
    /// A web-mail or web-site host was typed (gmail.com, outlook.com) instead of the mail server.
    InputWebmailHost = ("input.webmail_host", Input, Error),
    /// The port belongs to another protocol (IMAP on 995, POP3 on 993, SMTP on 143, …).
    InputProtocolPortMismatch = ("input.protocol_port_mismatch", Input, Warning),
    /// The host name says another protocol (`pop.` with IMAP, `smtp.` for incoming mail, …).
    InputHostProtocolMismatch = ("input.host_protocol_mismatch", Input, Warning),
    /// The security mode does not fit the port (SSL/TLS on 143, STARTTLS on 993, …).
    InputSecurityPortMismatch = ("input.security_port_mismatch", Input, Warning),
    /// The user name (or e-mail address) holds a line break or a NUL character: no mail app
    /// can send it, and sent as typed it would be a second command.
    InputInvalidUsername = ("input.invalid_username", Input, Error),
    /// The name does not exist (NXDOMAIN).
    DnsNxdomain = ("dns.nxdomain", Dns, Error),
    /// The name exists but has no IPv4 or IPv6 address.
    DnsNoAddress = ("dns.no_address", Dns, Error),
    /// The DNS server failed or refused to answer (SERVFAIL, REFUSED).
    DnsServfail = ("dns.servfail", Dns, Error),
    /// No DNS answer in time.
    DnsTimeout = ("dns.timeout", Dns, Error),
    /// Every address is refused by the address policy (loopback, private, metadata, …).
    DnsBlockedAddress = ("dns.blocked_address", Dns, Error),
    /// The name is one letter or two away from a well-known mail server's name.
    DnsDidYouMean = ("dns.did_you_mean", Dns, Warning),
    /// A well-known provider's exact server name (`imap.gmail.com`) got NXDOMAIN, SERVFAIL, no
    /// address or only non-public addresses: this network's DNS fails, not the name.
    DnsProviderLookupFailed = ("dns.provider_lookup_failed", Dns, Error),
    /// The server actively refused the connection (nothing listens on that port).
    TcpRefused = ("tcp.refused", Tcp, Error),
    /// No answer to the connection attempt in time (a firewall drops it, or the host is down).
    TcpTimeout = ("tcp.timeout", Tcp, Error),
    /// The network or host is unreachable from here.
    TcpUnreachable = ("tcp.unreachable", Tcp, Error),
    /// Some addresses (often IPv6) fail while others work.
    TcpPartial = ("tcp.partial", Tcp, Warning),
    /// SSL/TLS was chosen but the server answered in plain text: the port expects STARTTLS or none.
    TlsPlaintextOnTlsPort = ("tls.plaintext_on_tls_port", Tls, Error),
    /// A plain-text greeting was expected but the server speaks TLS straight away (a 993-style port).
    TlsTlsOnPlaintextPort = ("tls.tls_on_plaintext_port", Tls, Error),
    /// The TLS handshake failed.
    TlsHandshakeFailed = ("tls.handshake_failed", Tls, Error),
    /// The server only offers TLS versions or ciphers that are no longer safe (TLS 1.0/1.1).
    TlsProtocolOutdated = ("tls.protocol_outdated", Tls, Error),
    /// The certificate does not cover the host name that was typed.
    TlsCertNameMismatch = ("tls.cert_name_mismatch", Tls, Error),
    /// The certificate has expired.
    TlsCertExpired = ("tls.cert_expired", Tls, Error),
    /// The certificate is not valid yet (or the server's clock is wrong).
    TlsCertNotYetValid = ("tls.cert_not_yet_valid", Tls, Error),
    /// The certificate expires within 14 days.
    TlsCertExpiringSoon = ("tls.cert_expiring_soon", Tls, Warning),
    /// The certificate signed itself: no authority vouches for it.
    TlsCertSelfSigned = ("tls.cert_self_signed", Tls, Error),
    /// The certificate was issued by an authority that is not trusted.
    TlsCertUntrusted = ("tls.cert_untrusted", Tls, Error),
    /// The server did not send the intermediate certificate(s) needed to reach a trusted root.
    TlsCertChainIncomplete = ("tls.cert_chain_incomplete", Tls, Error),
    /// STARTTLS was chosen but the server does not offer it.
    TlsStarttlsUnsupported = ("tls.starttls_unsupported", Tls, Error),
    /// The server offered STARTTLS but the upgrade failed.
    TlsStarttlsFailed = ("tls.starttls_failed", Tls, Error),
    /// The connection was never encrypted.
    TlsNotUsed = ("tls.not_used", Tls, Warning),
    /// A POP3 server answered where IMAP was expected.
    ProtocolPop3NotImap = ("protocol.pop3_not_imap", Protocol, Error),
    /// An IMAP server answered where POP3 was expected.
    ProtocolImapNotPop3 = ("protocol.imap_not_pop3", Protocol, Error),
    /// An SMTP (sending) server answered where an incoming (IMAP/POP3) server was expected.
    ProtocolSmtpNotIncoming = ("protocol.smtp_not_incoming", Protocol, Error),
    /// An incoming (IMAP/POP3) server answered where SMTP was expected.
    ProtocolIncomingNotSmtp = ("protocol.incoming_not_smtp", Protocol, Error),
    /// A web server answered: this is a web site, not a mail server.
    ProtocolHttpNotMail = ("protocol.http_not_mail", Protocol, Error),
    /// Something answered that is not a mail service (SSH, unknown bytes).
    ProtocolUnknown = ("protocol.unknown", Protocol, Error),
    /// The server accepted the connection but never greeted.
    ProtocolNoGreeting = ("protocol.no_greeting", Protocol, Error),
    /// The server refused service at the greeting (IMAP BYE, POP3 -ERR, SMTP 421/554).
    ProtocolRejected = ("protocol.rejected", Protocol, Error),
    /// The server took more than 3 seconds to greet.
    ServerSlowResponse = ("server.slow_response", Protocol, Warning),
    /// Wrong user name or password.
    AuthInvalidCredentials = ("auth.invalid_credentials", Auth, Error),
    /// The account needs an app password instead of the normal password.
    AuthAppPasswordRequired = ("auth.app_password_required", Auth, Error),
    /// The provider wants the person to sign in on its web site first.
    AuthWebLoginRequired = ("auth.web_login_required", Auth, Error),
    /// Password sign-in (basic auth) is switched off: only OAuth ("Sign in with …") works.
    AuthBasicAuthDisabled = ("auth.basic_auth_disabled", Auth, Error),
    /// IMAP or POP access is not enabled for this account.
    AuthProtocolDisabled = ("auth.protocol_disabled", Auth, Error),
    /// The server refuses a password over an unencrypted connection.
    AuthPlaintextDisallowed = ("auth.plaintext_disallowed", Auth, Error),
    /// No sign-in method maildoctor and the server have in common.
    AuthMechanismUnsupported = ("auth.mechanism_unsupported", Auth, Error),
    /// The account is locked, disabled or suspended.
    AuthAccountLocked = ("auth.account_locked", Auth, Error),
    /// Too many failed sign-ins: the server blocks for a while.
    AuthTooManyFailures = ("auth.too_many_failures", Auth, Error),
    /// The server had a temporary problem (busy, maintenance, a sign-in backend down).
    AuthServerError = ("auth.server_error", Auth, Error),
    /// Sign-in failed for a reason maildoctor does not recognise (the server's words are quoted).
    AuthFailedUnclassified = ("auth.failed_unclassified", Auth, Error),
    /// No credentials were given, so sign-in was not tested.
    AuthSkippedNoCredentials = ("auth.skipped_no_credentials", Auth, Info),
    /// The password was not sent because the connection was not safely encrypted.
    AuthSkippedInsecure = ("auth.skipped_insecure", Auth, Info),
    /// The password has expired and must be changed.
    AuthPasswordExpired = ("auth.password_expired", Auth, Error),
    /// An OAuth token was refused (expired, wrong scope or wrong account).
    AuthOauthTokenInvalid = ("auth.oauth_token_invalid", Auth, Error),
    /// Too many simultaneous connections for this account.
    LimitsTooManyConnections = ("limits.too_many_connections", Limits, Error),
    /// The account hit its download or command limit for the day.
    LimitsBandwidthExceeded = ("limits.bandwidth_exceeded", Limits, Error),
    /// The server allowed this many simultaneous sessions.
    LimitsConnectionLimitMeasured = ("limits.connection_limit_measured", Limits, Info),
    /// The server slows this account down (throttling) but still works.
    LimitsThrottled = ("limits.throttled", Limits, Warning),
    /// A folder holds more than 10,000 messages, which slows many mail apps down.
    MailboxFolderTooLarge = ("mailbox.folder_too_large", Mailbox, Warning),
    /// The mailbox is full.
    MailboxOverQuota = ("mailbox.over_quota", Mailbox, Error),
    /// Another session holds the mailbox (POP3 lock).
    MailboxInUse = ("mailbox.in_use", Mailbox, Error),
    /// The server allows a new POP3 sign-in only every few minutes.
    MailboxLoginDelay = ("mailbox.login_delay", Mailbox, Warning),
    /// The service held the sign-in back: this account was signed in to too often just now
    /// (however its server was spelled), so the password was not sent.
    AuthSkippedCooldown = ("auth.skipped_cooldown", Auth, Warning),
    /// The send check (SMTP, opt-in): the server would take mail from this sender to this
    /// recipient; nothing was sent (no DATA).
    SendAccepted = ("send.accepted", Mailbox, Info),
    /// The server refuses this sender address for this account (an alias or shared mailbox
    /// without "send as" permission, Postfix `reject_sender_login_mismatch`, Microsoft 5.7.60).
    SendSenderNotPermitted = ("send.sender_not_permitted", Mailbox, Error),
    /// The server will not pass the mail on: relay denied (usually: the app did not sign in).
    SendRelayDenied = ("send.relay_denied", Mailbox, Error),
    /// The account reached its sending limit (per day, per hour, recipients).
    SendLimitReached = ("send.limit_reached", Mailbox, Error),
    /// The account is blocked from sending (suspected spam, a compromised account).
    SendAccountBlocked = ("send.account_blocked", Mailbox, Error),
    /// The server refuses a message of the size declared.
    SendMessageTooLarge = ("send.message_too_large", Mailbox, Error),
    /// The server's advertised size limit is smaller than common attachments need.
    SendSizeLimitSmall = ("send.size_limit_small", Mailbox, Warning),
    /// The server refuses the recipient (no such address, or not accepted from this account).
    SendRecipientRefused = ("send.recipient_refused", Mailbox, Warning),
    /// The server refuses to send, for a reason maildoctor does not recognise (quoted).
    SendRefusedUnclassified = ("send.refused_unclassified", Mailbox, Error),
    /// The server refuses for now (a 4xx answer): try again later.
    SendTemporaryFailure = ("send.temporary_failure", Mailbox, Warning),
    /// The send check needs a sign-in: without one, a submission port refusing to pass mail on
    /// is expected, not a fault.
    SendNeedsSignin = ("send.needs_signin", Mailbox, Info),
    /// The send check had no sender address to try (no address as user name or e-mail).
    SendNoSender = ("send.no_sender", Mailbox, Info),
}

impl Code {
    /// Looks a code up by its public id.
    pub fn from_id(id: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.id() == id)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        Code::from_id(&id).ok_or_else(|| serde::de::Error::custom(format!("unknown finding code {id:?}")))
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn ids_are_unique_and_prefixed_by_their_stage_family() {
        let mut seen = HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.id()), "duplicate id {}", code.id());
            let family = code.id().split('.').next().unwrap_or_default();
            let expected = match code.stage() {
                Stage::Protocol if family == "server" => "server",
                // The send check reports in the mailbox stage (for SMTP: what the account may send).
                Stage::Mailbox if family == "send" => "send",
                stage => stage.name(),
            };
            assert_eq!(family, expected, "{} is raised by {}", code.id(), code.stage());
        }
    }

    #[test]
    fn every_code_of_the_product_spec_exists() {
        let spec = include_str!("spec_codes.txt");
        for id in spec.split_whitespace() {
            assert!(Code::from_id(id).is_some(), "docs/CONTRACT.md §2 requires {id}, the registry does not");
        }
    }
}
