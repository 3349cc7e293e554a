//! The classifier's word lists about the server and the connection: limits, failed sign-ins
//! and bans, temporary trouble, mailbox state, STARTTLS and TLS (docs/CLASSIFIER.md §3).
//!
//! Same rules as [`super::words`]: lowercase substrings, the stable part of a message, one
//! meaning per list, every language the corpus holds.

use super::words::Words;

/// Too many parallel sessions for the account or the address.
pub(super) const CONNECTIONS: Words = &[
    "simultaneous connections",
    "concurrent connections",
    "number of connections",
    "too many connections",
    "too many open connections",
    "connections exceeded",
    "connection limit",
    "connections limit",
    "max connections",
    "maximum connections",
    "userip_connections",
    "concurrent smtp connections",
    "service busy",
    "sender thread limit",
    "too many sessions",
    "too many concurrent",
    "too many simultaneous",
    "connections from this ip",
    "connections from your ip",
    "connections per ip",
    "connection count",
    "слишком много соединений",
    "слишком много подключений",
    "连接数过多",
    "连接数超过",
    "并发连接",
    "zu viele verbindungen",
    "trop de connexions",
    "troppe connessioni",
];

/// A download or command quota (Gmail's bandwidth cap).
pub(super) const BANDWIDTH: Words = &["bandwidth", "download quota", "exceeded command"];

/// Too many failed sign-ins, or the address is banned for them (fail2ban, intrusion prevention).
pub(super) const FAILURES: Words = &[
    "too many errors",
    "login attempts exceeded",
    "intrusion",
    "fail2ban",
    "auto-ban",
    "autoban",
    "слишком много попыток",
    "слишком много неудачных",
    "失败次数过多",
    "登录次数过多",
    "登录频繁",
    "zu viele fehlgeschlagene",
    "zu viele anmeldeversuche",
    "failed too many times",
    "登录过频",
    "频繁登录",
    "限制登录",
];

/// The address is banned or blocked for a while; read after [`LOCKED`], so "account is
/// blocked" stays an account condition.
pub(super) const BANNED: Words = &[
    "banned",
    "temporarily blocked",
    "has been blocked",
    "is blocked",
    "are blocked",
    "blacklisted for",
    "blocked for",
    "blocked due to",
    "ip заблокирован",
    "адрес заблокирован",
    "ip被封",
    "ip已被",
    "gesperrt",
    "bloqué",
];

/// A temporary fault on the server's side, in words that say so on their own.
pub(super) const SERVER_TEXT: Words = &[
    "temporary authentication failure",
    "waiting for authentication",
    "internal login failure",
    "internal error",
    "internal server error",
    "server error",
    "undergoing maintenance",
    "under maintenance",
    "temporary system problem",
    "backend error",
    "connection lost to authentication",
    "unable to authenticate at present",
    "temporary failure",
    "temporarily unavailable",
    "temporarily not available",
    "service unavailable",
    "service not available",
    "server unavailable",
    "shutting down",
    "too much load",
    "system overloaded",
    "system busy",
    "server busy",
    "account is temporarily unavailable",
    "local problem",
    "local configuration error",
    "временно недоступ",
    "временная ошибка",
    "внутренняя ошибка",
    "系统繁忙",
    "系統繁忙",
    "服务器繁忙",
    "系统错误",
    "vorübergehend nicht verfügbar",
    "interner fehler",
    "temporairement indisponible",
    "erreur interne",
    "temporaneamente non disponibile",
    "disconnected for inactivity",
    "autologout",
    "idle for too long",
    "timed out",
    "timeout",
    "unavailable to complete",
    "system error",
    "queue full",
    "server is full",
    "system is busy",
    "too busy",
];

/// Weaker temporary words: read only after the credential words found nothing.
pub(super) const TEMPORARY: Words = &[
    "try again later",
    "please try later",
    "try later",
    "retry later",
    "temporarily",
    "temporary",
    "попробуйте позже",
    "повторите попытку позже",
    "временно",
    "稍后再试",
    "稍后重试",
    "请稍后",
    "später erneut",
    "später noch einmal",
    "vorübergehend",
    "réessayez plus tard",
    "ultérieurement",
    "temporairement",
    "riprova più tardi",
    "inténtelo más tarde",
];

/// Another session holds the mailbox.
pub(super) const IN_USE: Words = &[
    "mailbox is locked",
    "maildrop is locked",
    "unable to lock maildrop",
    "already in use",
    "already locked",
    "mailbox in use",
    "mailbox is in use",
    "mailbox busy",
    "maildrop already locked",
    "lock busy",
];

/// The POP3 server allows a sign-in only every few minutes.
pub(super) const LOGIN_DELAY: Words = &["logins must be at least", "login delay", "login-delay"];

/// The storage quota is exceeded.
pub(super) const QUOTA: Words = &[
    "over quota",
    "overquota",
    "quota exceeded",
    "exceeded quota",
    "exceeds quota",
    "exceed quota",
    "quota has been exceeded",
    "storage has been exceeded",
    "not enough disk quota",
    "disk quota",
    "mailbox is full",
    "mailbox full",
    "mailbox size limit",
    "out of storage",
    "storage is full",
    "storage full",
    "квота",
    "ящик переполнен",
    "空间已满",
    "容量已满",
    "空间不足",
    "postfach ist voll",
    "postfach voll",
    "speicherplatz",
    "boîte pleine",
    "boîte aux lettres pleine",
    "quota dépassé",
    "casella piena",
    "over storage quota",
    "over message quota",
];

/// Words of an answer that only says "unknown command" (a POP3 server without CAPA).
pub(super) const UNKNOWN_COMMAND: Words = &[
    "unknown command",
    "unrecognized command",
    "command unrecognized",
    "command not recognized",
    "not implemented",
    "invalid command",
    "command not understood",
    "unknown or illegal command",
];

/// The address is on a block list (DNSBL) or refused by the server's access policy.
pub(super) const BLOCKLIST: Words = &[
    "spamhaus",
    "blocklist",
    "blacklist",
    "dnsbl",
    " rbl ",
    "listed at",
    "listed in",
    "access denied",
    "not accepting",
    "no smtp service here",
    "service not available to you",
    "connection refused",
    "relay access denied",
];

/// The STARTTLS upgrade is refused by a fault on the server's side.
pub(super) const STARTTLS_BROKEN: Words = &[
    "tls not available due to local problem",
    "ssl initialization failed",
    "tls initialization failed",
    "error initializing tls",
    "starttls failed",
    "stls failed",
    "security failure",
    "tls negotiation failed",
    "tls handshake failed",
];

/// The server does not do STARTTLS here.
pub(super) const STARTTLS_OFF: Words = &[
    "tls not available",
    "tls support is not enabled",
    "tls currently unavailable",
    "tls not supported",
    "starttls not supported",
    "starttls not available",
    "tls is not available",
    "ssl/tls not available",
];

/// A proxy's client-certificate or TLS failure.
pub(super) const PROXY_CERT: Words = &["ssl certificate error", "required ssl certificate"];

/// "Too many", for "too many sign-ins" said in two parts.
pub(super) const TOO_MANY: Words =
    &["too many", "слишком много", "过多", "zu viele", "trop de", "troppi", "demasiados", "太多"];

/// A sign-in word, for [`TOO_MANY`].
pub(super) const SIGN_IN_WORDS: Words = &[
    "login",
    "logon",
    "log in",
    "sign-in",
    "sign in",
    "auth",
    "password",
    "attempt",
    "tries",
    "fail",
    "попыт",
    "登录",
    "anmelde",
    "tentative",
    "tentativi",
    "intentos",
    "密码",
    "密碼",
];

/// The server refuses the client's TLS version ("TLS 1.0 and 1.1 are not supported").
pub(super) const TLS_VERSION: Words = &[
    "tls 1.0",
    "tls 1.1",
    "tls1.0",
    "tls1.1",
    "tlsv1.0",
    "tlsv1.1",
    "tls version",
    "protocol version",
    "unsupported protocol",
    "sslv3",
];
