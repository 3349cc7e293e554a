//! IMAP response codes: RFC 5530's, RFC 9051 §7.1's, Gmail's `THROTTLED`, and any other as
//! written.
//!
//! ```text
//! resp-text-code = "ALERT" / "BADCHARSET" [SP "(" charset *(SP charset) ")" ] /
//!                  capability-data / "PARSE" / "PERMANENTFLAGS" SP "(" [flag-perm …] ")" /
//!                  "READ-ONLY" / "READ-WRITE" / "TRYCREATE" / "UIDNEXT" SP nz-number /
//!                  "UIDVALIDITY" SP nz-number / … / atom [SP 1*<any TEXT-CHAR except "]">]
//! ```

use std::fmt;

/// A response code (`[…]` after the condition): RFC 5530's codes, the RFC 9051 §7.1 codes,
/// Gmail's `THROTTLED` (sent after the text, E13), and every other code as written.
///
/// Codes that take no argument are recognised only without one (`[ALERT]`); a known atom
/// with unexpected arguments stays [`ResponseCode::Other`], so nothing the server wrote is lost.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum ResponseCode {
    /// `ALERT`: show the text to the user.
    Alert,
    /// `ALREADYEXISTS` (RFC 5530).
    AlreadyExists,
    /// `APPENDUID uidvalidity uid` (RFC 4315), arguments as written.
    AppendUid(String),
    /// `AUTHENTICATIONFAILED` (RFC 5530).
    AuthenticationFailed,
    /// `AUTHORIZATIONFAILED` (RFC 5530).
    AuthorizationFailed,
    /// `BADCHARSET [(charsets)]`, arguments as written.
    BadCharset(String),
    /// `CANNOT` (RFC 5530).
    Cannot,
    /// `CAPABILITY …`: the capability atoms as written.
    Capability(Vec<String>),
    /// `CLIENTBUG` (RFC 5530).
    ClientBug,
    /// `CLOSED` (RFC 7162).
    Closed,
    /// `CONTACTADMIN` (RFC 5530).
    ContactAdmin,
    /// `COPYUID …` (RFC 4315), arguments as written.
    CopyUid(String),
    /// `CORRUPTION` (RFC 5530).
    Corruption,
    /// `EXPIRED` (RFC 5530).
    Expired,
    /// `EXPUNGEISSUED` (RFC 5530).
    ExpungeIssued,
    /// `HASCHILDREN` (RFC 9051).
    HasChildren,
    /// `INUSE` (RFC 5530).
    InUse,
    /// `LIMIT` (RFC 5530).
    Limit,
    /// `NONEXISTENT` (RFC 5530).
    NonExistent,
    /// `NOPERM` (RFC 5530).
    NoPerm,
    /// `OVERQUOTA` (RFC 5530; Gmail uses it for its bandwidth cap).
    OverQuota,
    /// `PARSE`.
    Parse,
    /// `PERMANENTFLAGS (…)`, arguments as written.
    PermanentFlags(String),
    /// `PRIVACYREQUIRED` (RFC 5530).
    PrivacyRequired,
    /// `READ-ONLY`.
    ReadOnly,
    /// `READ-WRITE`.
    ReadWrite,
    /// `SERVERBUG` (RFC 5530).
    ServerBug,
    /// `THROTTLED` (Gmail, after the text: `OK Success [THROTTLED]`).
    Throttled,
    /// `TRYCREATE`.
    TryCreate,
    /// `UIDNEXT n`.
    UidNext(u32),
    /// `UIDNOTSTICKY` (RFC 4315).
    UidNotSticky,
    /// `UIDVALIDITY n`.
    UidValidity(u32),
    /// `UNAVAILABLE` (RFC 5530).
    Unavailable,
    /// `UNKNOWN-CTE` (RFC 3516).
    UnknownCte,
    /// Any other code (`REFERRAL …`, `NOTSAVED`, a vendor's own), as written.
    Other(String),
}

impl ResponseCode {
    /// Parses the text between `[` and `]`.
    pub fn parse(inner: &str) -> ResponseCode {
        let inner = inner.trim();
        let (atom, args) = inner.split_once(' ').map_or((inner, ""), |(a, r)| (a, r.trim()));
        let upper = atom.to_ascii_uppercase();
        let with_args = |make: fn(String) -> ResponseCode| make(args.to_owned());
        let number = |make: fn(u32) -> ResponseCode| args.parse().ok().map(make);
        let known = match (upper.as_str(), args.is_empty()) {
            ("CAPABILITY", _) => {
                Some(ResponseCode::Capability(args.split_whitespace().map(str::to_owned).collect()))
            }
            ("APPENDUID", false) => Some(with_args(ResponseCode::AppendUid)),
            ("BADCHARSET", _) => Some(with_args(ResponseCode::BadCharset)),
            ("COPYUID", false) => Some(with_args(ResponseCode::CopyUid)),
            ("PERMANENTFLAGS", false) => Some(with_args(ResponseCode::PermanentFlags)),
            ("UIDNEXT", false) => number(ResponseCode::UidNext),
            ("UIDVALIDITY", false) => number(ResponseCode::UidValidity),
            (atom, true) => Self::bare(atom),
            _ => None,
        };
        known.unwrap_or_else(|| ResponseCode::Other(inner.to_owned()))
    }

    /// The codes that take no argument, by their upper-case atom.
    fn bare(atom: &str) -> Option<ResponseCode> {
        Some(match atom {
            "ALERT" => ResponseCode::Alert,
            "ALREADYEXISTS" => ResponseCode::AlreadyExists,
            "AUTHENTICATIONFAILED" => ResponseCode::AuthenticationFailed,
            "AUTHORIZATIONFAILED" => ResponseCode::AuthorizationFailed,
            "CANNOT" => ResponseCode::Cannot,
            "CLIENTBUG" => ResponseCode::ClientBug,
            "CLOSED" => ResponseCode::Closed,
            "CONTACTADMIN" => ResponseCode::ContactAdmin,
            "CORRUPTION" => ResponseCode::Corruption,
            "EXPIRED" => ResponseCode::Expired,
            "EXPUNGEISSUED" => ResponseCode::ExpungeIssued,
            "HASCHILDREN" => ResponseCode::HasChildren,
            "INUSE" => ResponseCode::InUse,
            "LIMIT" => ResponseCode::Limit,
            "NONEXISTENT" => ResponseCode::NonExistent,
            "NOPERM" => ResponseCode::NoPerm,
            "OVERQUOTA" => ResponseCode::OverQuota,
            "PARSE" => ResponseCode::Parse,
            "PRIVACYREQUIRED" => ResponseCode::PrivacyRequired,
            "READ-ONLY" => ResponseCode::ReadOnly,
            "READ-WRITE" => ResponseCode::ReadWrite,
            "SERVERBUG" => ResponseCode::ServerBug,
            "THROTTLED" => ResponseCode::Throttled,
            "TRYCREATE" => ResponseCode::TryCreate,
            "UIDNOTSTICKY" => ResponseCode::UidNotSticky,
            "UNAVAILABLE" => ResponseCode::Unavailable,
            "UNKNOWN-CTE" => ResponseCode::UnknownCte,
            _ => return None,
        })
    }

    /// The code's atom, upper-cased (`AUTHENTICATIONFAILED`; for `Other`, its first word).
    pub fn atom(&self) -> String {
        match self {
            ResponseCode::Other(raw) => {
                raw.split_whitespace().next().unwrap_or_default().to_ascii_uppercase()
            }
            known => known.known_atom().to_owned(),
        }
    }

    fn known_atom(&self) -> &'static str {
        match self {
            ResponseCode::Alert => "ALERT",
            ResponseCode::AlreadyExists => "ALREADYEXISTS",
            ResponseCode::AppendUid(_) => "APPENDUID",
            ResponseCode::AuthenticationFailed => "AUTHENTICATIONFAILED",
            ResponseCode::AuthorizationFailed => "AUTHORIZATIONFAILED",
            ResponseCode::BadCharset(_) => "BADCHARSET",
            ResponseCode::Cannot => "CANNOT",
            ResponseCode::Capability(_) => "CAPABILITY",
            ResponseCode::ClientBug => "CLIENTBUG",
            ResponseCode::Closed => "CLOSED",
            ResponseCode::ContactAdmin => "CONTACTADMIN",
            ResponseCode::CopyUid(_) => "COPYUID",
            ResponseCode::Corruption => "CORRUPTION",
            ResponseCode::Expired => "EXPIRED",
            ResponseCode::ExpungeIssued => "EXPUNGEISSUED",
            ResponseCode::HasChildren => "HASCHILDREN",
            ResponseCode::InUse => "INUSE",
            ResponseCode::Limit => "LIMIT",
            ResponseCode::NonExistent => "NONEXISTENT",
            ResponseCode::NoPerm => "NOPERM",
            ResponseCode::OverQuota => "OVERQUOTA",
            ResponseCode::Parse => "PARSE",
            ResponseCode::PermanentFlags(_) => "PERMANENTFLAGS",
            ResponseCode::PrivacyRequired => "PRIVACYREQUIRED",
            ResponseCode::ReadOnly => "READ-ONLY",
            ResponseCode::ReadWrite => "READ-WRITE",
            ResponseCode::ServerBug => "SERVERBUG",
            ResponseCode::Throttled => "THROTTLED",
            ResponseCode::TryCreate => "TRYCREATE",
            ResponseCode::UidNext(_) => "UIDNEXT",
            ResponseCode::UidNotSticky => "UIDNOTSTICKY",
            ResponseCode::UidValidity(_) => "UIDVALIDITY",
            ResponseCode::Unavailable => "UNAVAILABLE",
            ResponseCode::UnknownCte => "UNKNOWN-CTE",
            ResponseCode::Other(_) => "",
        }
    }
}

impl fmt::Display for ResponseCode {
    /// The code as it goes between `[` and `]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseCode::Other(raw) => f.write_str(raw),
            ResponseCode::Capability(atoms) if atoms.is_empty() => f.write_str("CAPABILITY"),
            ResponseCode::Capability(atoms) => write!(f, "CAPABILITY {}", atoms.join(" ")),
            ResponseCode::AppendUid(args)
            | ResponseCode::BadCharset(args)
            | ResponseCode::CopyUid(args)
            | ResponseCode::PermanentFlags(args)
                if !args.is_empty() =>
            {
                write!(f, "{} {args}", self.known_atom())
            }
            ResponseCode::UidNext(n) | ResponseCode::UidValidity(n) => write!(f, "{} {n}", self.known_atom()),
            known => f.write_str(known.known_atom()),
        }
    }
}
