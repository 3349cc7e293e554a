//! The classifier's word lists about the account and its sign-in: one list per meaning, each
//! in every language a server was seen to use (docs/CLASSIFIER.md §3 names the sources). The
//! lists about the server and the connection are in `server_words.rs`.
//!
//! Every pattern is a lowercase substring of the joined reply, which is lowercased with full
//! Unicode rules (so `НЕВЕРНЫЙ` matches `неверный`). Patterns key on the stable part of a
//! message, never on a whole sentence, so wording drift keeps the meaning. A pattern belongs
//! to one meaning only: the order of the rule table decides between meanings, not the lists.

/// A list of lowercase patterns.
pub(super) type Words = &'static [&'static str];

/// Response codes that say "wrong user name or password" once nothing more specific matched.
pub(super) const INVALID_CODES: Words =
    &["AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "AUTH", "535", "5.7.8", "5.7.3", "5.7.139"];

/// Words that say "wrong user name or password".
pub(super) const INVALID_TEXT: Words = &[
    "invalid credentials",
    "credentials invalid",
    "credentials were incorrect",
    "incorrect credentials",
    "bad credentials",
    "badcredentials",
    "authentication fail",
    "authenticate failed",
    "authentication error",
    "auth failed",
    "login fail",
    "logon fail",
    "login error",
    "incorrect username or password",
    "invalid user name or password",
    "invalid username or password",
    "invalid user or password",
    "wrong username or password",
    "username and password not accepted",
    "incorrect authentication data",
    "unknown user name or bad password",
    "invalid login",
    "authentication unsuccessful",
    "bad password",
    "wrong password",
    "incorrect password",
    "invalid password",
    "password incorrect",
    "password mismatch",
    "login incorrect",
    "no such user",
    "unknown user",
    "user unknown",
    "invalid user",
    "неверный логин",
    "неверный пароль",
    "неверное имя пользователя",
    "неправильный логин",
    "неправильный пароль",
    "ошибка авторизации",
    "ошибка аутентификации",
    "密码错误",
    "密碼錯誤",
    "用户名或密码",
    "帐号或密码",
    "账号或密码",
    "帳號或密碼",
    "登录失败",
    "登錄失敗",
    "登入失敗",
    "认证失败",
    "验证失败",
    "passwort falsch",
    "falsches passwort",
    "kennwort falsch",
    "benutzername oder passwort",
    "anmeldung fehlgeschlagen",
    "authentifizierung fehlgeschlagen",
    "authentifizierung ist fehlgeschlagen",
    "mot de passe incorrect",
    "mot de passe invalide",
    "identifiants incorrects",
    "identifiant ou mot de passe",
    "échec de l'authentification",
    "authentification échouée",
    "password errata",
    "password non valida",
    "credenziali non valide",
    "autenticazione fallita",
    "contraseña incorrecta",
    "usuario o contraseña",
    "autenticación fallida",
    "senha incorreta",
    "error authenticating",
    "authentification echouee",
    "echec de l'authentification",
    "password error",
    "wrong user",
    "invalid login or password",
];

/// A password sent without encryption is refused.
pub(super) const PLAINTEXT: Words = &[
    "plaintext authentication disallowed",
    "plaintext authentication not allowed",
    "cleartext authentication disallowed",
    "cleartext authentication not allowed",
    "cleartext authentication disabled",
    "disallowed on non-secure",
    "authentication not allowed until ssl/tls",
    "ssl required for authentication",
    "must issue a starttls",
    "must issue starttls",
    "starttls is required",
    "starttls required",
    "stls is required",
    "tls required to log in",
    "tls is required",
    "tls required",
    "cleartext logins disabled",
    "plaintext logins disabled",
    "plaintext login disabled",
    "only available under a layer",
    "ssl/tls-connection is required",
    "encryption required for requested authentication",
    "access disabled via insecure connection",
    "requires an encrypted connection",
    "requires a secure connection",
    "insecure connection",
    "unencrypted connection",
    "entering tls mode",
    "plain login",
    "plain text authentication is disallowed",
    "plaintext authentication is disallowed",
];

/// Password sign-in (basic auth) switched off by the provider or the organisation.
pub(super) const BASIC_OFF: Words = &[
    "basic authentication is disabled",
    "basic authentication is not supported",
    "basic auth is disabled",
    "smtpclientauthentication is disabled",
    "smtp_auth_disabled",
    "did not meet the criteria to be authenticated",
    "security defaults policy",
];

/// An app password, second factor or authorization code is required.
pub(super) const APP_PASSWORD: Words = &[
    "application-specific password",
    "application specific password",
    "app-specific password",
    "app password",
    "application password",
    "aplication password",
    "authorization code",
    "no=1001256",
    "multi-factor authentication",
    "two-factor",
    "parol prilozheniya",
    "пароль приложения",
    "пароли приложений",
    "授权码",
    "授權碼",
    "客户端专用密码",
    "app-passwort",
    "anwendungsspezifisches passwort",
    "mot de passe d'application",
    "password per le app",
];

/// The provider wants a sign-in on its web site first, or judged this sign-in unsafe.
pub(super) const WEB_LOGIN: Words = &[
    "via your web browser",
    "with your web browser",
    "via a web browser",
    "in your web browser",
    "web login required",
    "webloginrequired",
    "accounts.google.com/signin/continue",
    "continuesignin",
    "displayunlockcaptcha",
    "unsafe login",
    "verify your identity",
    "verify your account",
];

/// "Wrong password, or the protocol is off" in one sentence (Yandex).
pub(super) const PROTOCOL_OR_PASSWORD: Words = &[
    "or imap is disabled",
    "or pop is disabled",
    "or pop3 is disabled",
    "or imap access is disabled",
    "or imap disabled",
    "or pop3 disabled",
    "or pop disabled",
    "service is not open",
];

/// IMAP, POP or SMTP AUTH is not enabled for this account.
pub(super) const PROTOCOL_OFF: Words = &[
    "not enabled for imap",
    "not enabled for pop",
    "imap is disabled",
    "pop3 is disabled",
    "imap disabled",
    "pop3 disabled",
    "pop access not enabled",
    "imap access not enabled",
    "imap not enabled",
    "pop3 not enabled",
    "imap service is not enabled",
    "imap service disabled",
    "does not have imap access",
    "does not have pop access",
    "yet to enable imap",
    "yet to enable pop",
    "auth not allowed",
    "not authorized to use this service",
    "user has no permission",
    "imap access for this account",
    "imap отключен",
    "доступ по imap",
    "доступ по протоколу imap",
    "pop3/smtp服务",
    "imap/smtp服务",
    "imap服务已关闭",
    "imap服务未开启",
    "未开启",
    "未開啟",
    "accès imap",
    "access to imap service",
    "access to pop3 service",
    "access rights to this service",
    "not have access to this service",
    "enable imap access",
    "enable pop access",
    "enable pop3 access",
    "activate imap",
    "activate pop",
];

/// No sign-in mechanism in common.
pub(super) const MECHANISM: Words = &[
    "unrecognized authentication type",
    "mechanism not supported",
    "unsupported authentication mechanism",
    "unsupported mechanism",
    "unknown authentication mechanism",
    "authentication mechanism not supported",
    "invalid authentication mechanism",
    "authentication not enabled",
    "authenticate is not enabled",
    "used when not advertised",
    "command not supported",
    "auth command disabled",
    "authentication not supported",
    "mechanism is unsupported",
    "mechanism is not supported",
];

/// Account locked, disabled or suspended.
pub(super) const LOCKED: Words = &[
    "account locked",
    "account is locked",
    "account has been locked",
    "account disabled",
    "account is disabled",
    "account has been disabled",
    "account suspended",
    "account is suspended",
    "account has been suspended",
    "account inactive",
    "account is inactive",
    "account is blocked",
    "account has been blocked",
    "account blocked",
    "mailbox disabled",
    "mailbox is disabled",
    "login disabled for this user",
    "user disabled",
    "user is disabled",
    "user is locked",
    "suspended",
    "deactivated",
    "temporarily unavailable (+t bit",
    "аккаунт заблокирован",
    "учетная запись заблокирована",
    "ящик заблокирован",
    "почтовый ящик заблокирован",
    "账户被锁定",
    "帐户被锁定",
    "账号被封",
    "konto gesperrt",
    "konto ist gesperrt",
    "postfach gesperrt",
    "compte bloqué",
    "compte suspendu",
    "compte désactivé",
    "account bloccato",
    "account sospeso",
];

/// The password has expired or must be changed.
pub(super) const EXPIRED: Words = &[
    "password expired",
    "password has expired",
    "password is expired",
    "password must be changed",
    "password change required",
    "change your password",
    "password transition",
    "credential expired",
    "credentials expired",
    "credentials have expired",
    "срок действия пароля",
    "密码已过期",
    "passwort abgelaufen",
    "kennwort abgelaufen",
    "mot de passe expiré",
];

/// An OAuth token was refused.
pub(super) const OAUTH: Words = &["oauth token", "token expired", "invalid token", "token is invalid"];

/// Exchange Online: the token or the mailbox does not fit.
pub(super) const NOT_CONNECTED: Words = &["authenticated but not connected"];

/// Gmail's "Username and Password not accepted" link names.
pub(super) const GMAIL_BAD_CREDENTIALS: Words = &["badcredentials", "answer/14257"];

/// Microsoft's generic sign-in refusal.
pub(super) const MICROSOFT_FAILED: Words = &["login failed", "authenticate failed"];

/// Protocol names, for "this protocol is off" said in two parts.
pub(super) const PROTOCOL_NAMES: Words = &[
    "imap access",
    "imap service",
    "imap login",
    "imap is",
    "imap ist",
    "per imap",
    "imap for",
    "pop access",
    "pop3 access",
    "pop service",
    "pop3 service",
    "pop3 login",
    "pop3 is",
    "pop is",
    "pop3 for",
    "smtp auth",
    "smtp access",
    "smtp service",
    "accès imap",
    "доступ по imap",
    "доступ по протоколу",
];

/// "Is off", for [`PROTOCOL_NAMES`].
pub(super) const OFF_WORDS: Words = &[
    "disabled",
    "not enabled",
    "not allowed",
    "not permitted",
    "deactivated",
    "switched off",
    "turned off",
    "is off",
    "отключен",
    "запрещен",
    "已关闭",
    "未开启",
    "deaktiviert",
    "désactivé",
    "disattivat",
];

/// The account named, for "the account is in a condition" said in two parts.
/// ("Mailbox" is left out: a mailbox "locked" by another session is [`IN_USE`].)
pub(super) const ACCOUNT_NAMES: Words =
    &["account", "user", "konto", "compte", "cuenta", "аккаунт", "учетн", "帐号", "账号", "账户", "帐户"];

/// A condition of the account that stops sign-in.
pub(super) const CONDITION_WORDS: Words = &[
    "locked",
    "suspended",
    "frozen",
    "deactivated",
    "not activated",
    "not verified",
    "unverified",
    "expired",
    "terminated",
    "blocked",
    "disabled",
    "deaktiviert",
    "désactivé",
    "desactivad",
    "disattivat",
    "отключен",
    "禁用",
    "停用",
    "заблокирован",
    "冻结",
    "凍結",
    "锁定",
    "封禁",
    "gesperrt",
    "bloqué",
    "bloquead",
    "suspendu",
    "sospes",
];

/// A policy refuses the sign-in (where from, what is allowed); quoted as the server said it.
pub(super) const POLICY: Words = &[
    "policy",
    "country",
    "geoip",
    "geo-ip",
    "geolocation",
    "region",
    "location",
    "not permitted",
    "forbidden",
    "restricted",
    "not allowed from",
    "prohibited",
];

/// Who signs in, for "the user does not exist" said in two parts.
pub(super) const USER_NAMES: Words = &["user", "account", "mailbox name", "login name", "address"];
/// "Does not exist", for [`USER_NAMES`].
pub(super) const NOT_FOUND: Words = &[
    "not found",
    "does not exist",
    "doesn't exist",
    "not exist",
    "no such",
    "unknown",
    "nicht gefunden",
    "不存在",
];

/// What names a secret, for "the password is wrong" said in two parts, in any language.
pub(super) const CREDENTIAL_NOUNS: Words = &[
    "password",
    "passwd",
    "passphrase",
    "credential",
    "passwort",
    "kennwort",
    "mot de passe",
    "contraseña",
    "contrasena",
    "senha",
    "parola d",
    "wachtwoord",
    "hasło",
    "haslo",
    "heslo",
    "пароль",
    "пароля",
    "密码",
    "密碼",
    "口令",
    "パスワード",
    "비밀번호",
];

/// "Wrong", for [`CREDENTIAL_NOUNS`].
pub(super) const WRONG_WORDS: Words = &[
    "wrong",
    "incorrect",
    "invalid",
    "mismatch",
    "not accepted",
    "not correct",
    "falsch",
    "ungültig",
    "ungueltig",
    "inkorrekt",
    "invalide",
    "erroné",
    "incorrecta",
    "inválid",
    "incorret",
    "errat",
    "sbagliat",
    "non valid",
    "onjuist",
    "ongeldig",
    "nieprawidłow",
    "błędn",
    "chybn",
    "невер",
    "неправильн",
    "ошибочн",
    "не подход",
    "错误",
    "錯誤",
    "不正确",
    "不正確",
    "有误",
    "が違",
    "間違",
    "틀렸",
    "올바르지",
];

// ---- the send check (`MAIL FROM`, `RCPT TO` after sign-in) ----

/// The message is over the server's size limit.
pub(super) const SEND_TOO_LARGE: Words = &[
    "message size exceeds",
    "size exceeds",
    "message too large",
    "message is too large",
    "exceeded google's message size",
    "exceeds size limit",
    "exceeds the maximum message size",
    "maximum message size",
];

/// The account reached a sending quota or rate.
pub(super) const SEND_LIMIT: Words = &[
    "sending quota",
    "message quota",
    "quota exceeded",
    "sending limit",
    "submissionquotaexceeded",
    "rate limit",
    "message rate",
    "too many messages",
    "daily limit",
    "sending rate",
    "outgoing mail limit",
    "recipient limit exceeded",
];

/// The account is blocked from sending.
pub(super) const SEND_BLOCKED: Words = &[
    "bad outbound sender",
    "spam abandon",
    "banned sender",
    "blocked for spam",
    "blocked from sending",
    "sending has been disabled",
    "suspended from sending",
    "restricted from sending",
    "outbound spam",
];

/// The sender address is not this account's to send from.
pub(super) const SEND_SENDER: Words = &[
    "not owned by",
    "sendasdenied",
    "send as this sender",
    "permissions to send as",
    "not authorized to send",
    "not authorised to send",
    "not allowed to send from",
    "not allowed to send as",
    "must be same as authorization user",
    "must equal authorized user",
    "relaying disallowed as",
    "sender address does not match",
    "sender does not match",
    "does not match the authenticated",
];

/// The sender address named in a refusal.
pub(super) const SEND_SENDER_NAMED: Words = &["sender address rejected", "sender rejected", "sender address"];

/// "No such address".
pub(super) const SEND_UNKNOWN: Words = &["user unknown", "unknown user", "no such user", "does not exist"];

/// The server will not pass the mail on (not signed in, or not for this destination).
pub(super) const SEND_RELAY: Words = &[
    "relay access denied",
    "relaying denied",
    "relay denied",
    "relay not permitted",
    "relaying not allowed",
    "relay not allowed",
    "unable to relay",
    "not permitted to relay",
    "we do not relay",
    "authentication required",
    "not authenticated",
    "not logged in",
    "must authenticate",
];

/// The recipient is refused.
pub(super) const SEND_RECIPIENT: Words = &[
    "user unknown",
    "unknown user",
    "no such user",
    "recipient address rejected",
    "unknown recipient",
    "invalid recipient",
    "recipient not found",
    "mailbox unavailable",
    "does not exist",
];
