//! What a mailbox looks like on the wire after sign-in: IMAP `LIST`, `STATUS`, `QUOTAROOT`,
//! `QUOTA`, and POP3 `STAT`. Sans-IO: lines in, types out; commands out as strings.
//!
//! ```text
//! mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
//!                [SP mbox-list-extended]                          ; RFC 9051 §7.3.1
//! status-data  = "STATUS" SP mailbox SP "(" [status-att-list] ")"  ; RFC 9051 §7.4
//! quotaroot    = "QUOTAROOT" SP mailbox *(SP astring)            ; RFC 9208 §5.2
//! quota        = "QUOTA" SP astring SP "(" resource SP usage SP limit *(SP …) ")"
//! stat         = "+OK" SP count SP octets                         ; RFC 1939 §5
//! literal      = "{" number ["+"] "}" CRLF *CHAR8                 ; RFC 9051 §4.3
//! ```
//!
//! A server may send a mailbox name as a literal: `* LIST () "/" {5}` then `hello`. The
//! IMAP client (`net::client::imap`) reads the literal's bytes and folds it into the line as
//! a quoted string, so the parsers here only see quoted strings and atoms.
//! Names are modified UTF-7 on the wire (RFC 3501 §5.1.3); [`decode_mutf7`] turns them into
//! text for display while the wire form is kept to send back.
//!
//! Server bytes are hostile: every parser returns `None` on what it does not understand,
//! never panics, and keeps at most [`MAX_NAME`] bytes of a decoded name and [`MAX_ITEMS`]
//! flags or resources.

use super::imap;

/// Most bytes of a decoded mailbox name kept.
pub const MAX_NAME: usize = 1024;
/// Most flags of a `LIST` entry, resources of a `QUOTA` or roots of a `QUOTAROOT` kept.
pub const MAX_ITEMS: usize = 32;

// ---- a small tokenizer over one logical response ----

/// A cursor over a response: atoms, quoted strings, parenthesised lists.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Self {
        Cursor { s, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or_default()
    }

    fn space(&mut self) -> bool {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches(' ');
        self.pos += rest.len() - trimmed.len();
        rest.len() != trimmed.len()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.rest().starts_with(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    /// A keyword, case-insensitively, followed by a space or the end.
    fn keyword(&mut self, word: &str) -> bool {
        let rest = self.rest();
        let matches = rest.get(..word.len()).is_some_and(|h| h.eq_ignore_ascii_case(word))
            && matches!(rest.as_bytes().get(word.len()), None | Some(b' '));
        if matches {
            self.pos += word.len();
        }
        matches
    }

    /// An atom: everything up to a space, a parenthesis or a quote.
    fn atom(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        let end = rest.find([' ', '(', ')', '"']).unwrap_or(rest.len());
        if end == 0 {
            return None;
        }
        self.pos += end;
        Some(&rest[..end])
    }

    /// A quoted string with `\"` and `\\` escapes.
    fn quoted(&mut self) -> Option<String> {
        let rest = self.rest();
        let body = rest.strip_prefix('"')?;
        let mut out = String::new();
        let mut chars = body.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    self.pos += 1 + i + 1;
                    return Some(out);
                }
                '\\' => {
                    let (_, escaped) = chars.next()?;
                    out.push(escaped);
                }
                _ => out.push(c),
            }
        }
        None
    }

    /// An astring: quoted or atom (literals were already folded into quoted strings).
    fn astring(&mut self) -> Option<String> {
        if self.rest().starts_with('"') { self.quoted() } else { self.atom().map(str::to_owned) }
    }

    /// `(` atoms or quoted strings `)`, flat, at most [`MAX_ITEMS`] kept.
    fn list(&mut self) -> Option<Vec<String>> {
        if !self.eat('(') {
            return None;
        }
        let mut items = Vec::new();
        loop {
            self.space();
            if self.eat(')') {
                return Some(items);
            }
            let item = self.astring()?;
            if items.len() < MAX_ITEMS {
                items.push(item);
            }
        }
    }

    fn number(&mut self) -> Option<u64> {
        self.atom()?.parse().ok()
    }
}

/// `* WORD ` at the start of a response: the cursor after it.
fn untagged<'a>(line: &'a str, word: &str) -> Option<Cursor<'a>> {
    let mut c = Cursor::new(line);
    if !(c.eat('*') && c.space() && c.keyword(word) && c.space()) {
        return None;
    }
    Some(c)
}

// ---- LIST ----

/// One folder from `* LIST`.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct ListEntry {
    /// The name exactly as the server sent it (modified UTF-7), to send back.
    pub wire: String,
    /// The name for people: decoded from modified UTF-7, `INBOX` upper-cased.
    pub name: String,
    /// The hierarchy delimiter, if any.
    pub delimiter: Option<char>,
    /// The flags as sent (`\HasNoChildren`, `\Noselect`, `\Sent`, …).
    pub flags: Vec<String>,
}

impl ListEntry {
    /// True when the folder can be opened: neither `\Noselect` nor `\NonExistent`.
    pub fn selectable(&self) -> bool {
        !self.has_flag("\\Noselect") && !self.has_flag("\\NonExistent")
    }

    /// True when `flag` is set (case-insensitive).
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f.eq_ignore_ascii_case(flag))
    }

    /// The special use (RFC 6154), lower-case without the backslash: `all`, `archive`,
    /// `drafts`, `flagged`, `junk`, `sent`, `trash` (and Gmail's `important`).
    pub fn special_use(&self) -> Option<&'static str> {
        const USES: [&str; 8] = ["all", "archive", "drafts", "flagged", "junk", "sent", "trash", "important"];
        self.flags.iter().find_map(|f| {
            let bare = f.strip_prefix('\\')?;
            USES.iter().copied().find(|u| u.eq_ignore_ascii_case(bare))
        })
    }
}

/// Parses `* LIST (flags) delimiter name …` (also Gmail's older `* XLIST`).
pub fn parse_list(line: &str) -> Option<ListEntry> {
    let mut c = untagged(line, "LIST").or_else(|| untagged(line, "XLIST"))?;
    let flags = c.list()?;
    c.space();
    let delimiter = if c.keyword("NIL") { None } else { c.quoted()?.chars().next() };
    c.space();
    let wire = c.astring()?;
    let name = display_name(&wire);
    Some(ListEntry { wire, name, delimiter, flags })
}

/// The name a person reads: modified UTF-7 decoded (else as sent), `INBOX` in capitals.
pub fn display_name(wire: &str) -> String {
    if wire.eq_ignore_ascii_case("INBOX") {
        return "INBOX".to_owned();
    }
    decode_mutf7(wire).unwrap_or_else(|| wire.to_owned())
}

// ---- STATUS ----

/// The counts of one folder from `* STATUS`.
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub struct MailboxStatus {
    /// The name as sent (wire form).
    pub wire: String,
    /// `MESSAGES`.
    pub messages: Option<u64>,
    /// `UNSEEN`.
    pub unseen: Option<u64>,
    /// `SIZE` (RFC 8438), in octets.
    pub size: Option<u64>,
}

/// Parses `* STATUS name (MESSAGES n UNSEEN n …)`; unknown items are skipped.
pub fn parse_status(line: &str) -> Option<MailboxStatus> {
    let mut c = untagged(line, "STATUS")?;
    let wire = c.astring()?;
    c.space();
    if !c.eat('(') {
        return None;
    }
    let mut status = MailboxStatus { wire, ..MailboxStatus::default() };
    for _ in 0..MAX_ITEMS {
        c.space();
        if c.eat(')') {
            return Some(status);
        }
        let item = c.atom()?.to_ascii_uppercase();
        c.space();
        let value = Some(c.number()?);
        match item.as_str() {
            "MESSAGES" => status.messages = value,
            "UNSEEN" => status.unseen = value,
            "SIZE" => status.size = value,
            _ => {}
        }
    }
    Some(status)
}

// ---- QUOTA ----

/// `* QUOTAROOT mailbox root…`: which quota roots apply to a mailbox.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct QuotaRoot {
    /// The mailbox asked about.
    pub mailbox: String,
    /// Its quota roots (often one, often `""`).
    pub roots: Vec<String>,
}

/// One resource of a quota root.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Resource {
    /// `STORAGE` (KiB), `MESSAGE` (count), … upper-cased.
    pub name: String,
    /// What is used.
    pub usage: u64,
    /// The limit.
    pub limit: u64,
}

impl Resource {
    /// Usage as a percentage of the limit (`None` when the limit is 0).
    pub fn percent(&self) -> Option<f64> {
        // Quota figures fit an f64 well enough for a percentage.
        (self.limit > 0).then(|| self.usage as f64 * 100.0 / self.limit as f64)
    }

    /// True when the limit is reached.
    pub fn is_full(&self) -> bool {
        self.limit > 0 && self.usage >= self.limit
    }
}

/// `* QUOTA root (resource usage limit …)`.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Quota {
    /// The quota root.
    pub root: String,
    /// Its resources.
    pub resources: Vec<Resource>,
}

impl Quota {
    /// The resource called `name` (`STORAGE`, `MESSAGE`).
    pub fn resource(&self, name: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.name.eq_ignore_ascii_case(name))
    }
}

/// Parses `* QUOTAROOT mailbox root…`.
pub fn parse_quotaroot(line: &str) -> Option<QuotaRoot> {
    let mut c = untagged(line, "QUOTAROOT")?;
    let mailbox = c.astring()?;
    let mut roots = Vec::new();
    while c.space() && roots.len() < MAX_ITEMS {
        match c.astring() {
            Some(root) => roots.push(root),
            None => break,
        }
    }
    Some(QuotaRoot { mailbox, roots })
}

/// Parses `* QUOTA root (STORAGE 1024 2048 MESSAGE 10 1000)`.
pub fn parse_quota(line: &str) -> Option<Quota> {
    let mut c = untagged(line, "QUOTA")?;
    let root = c.astring()?;
    c.space();
    if !c.eat('(') {
        return None;
    }
    let mut resources = Vec::new();
    for _ in 0..MAX_ITEMS {
        c.space();
        if c.eat(')') {
            return Some(Quota { root, resources });
        }
        let name = c.atom()?.to_ascii_uppercase();
        c.space();
        let usage = c.number()?;
        c.space();
        let limit = c.number()?;
        resources.push(Resource { name, usage, limit });
    }
    Some(Quota { root, resources })
}

// ---- POP3 STAT ----

/// The POP3 maildrop from `STAT`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Maildrop {
    /// Messages in the maildrop.
    pub messages: u64,
    /// Their total size in octets.
    pub octets: u64,
}

/// Parses `+OK n size` (text after the numbers is allowed); `None` for anything else.
pub fn parse_stat(line: &str) -> Option<Maildrop> {
    let status = super::pop3::parse_status(line).filter(|s| s.ok && s.code.is_none())?;
    let mut words = status.text.split_whitespace();
    let messages = words.next()?.parse().ok()?;
    let octets = words.next()?.parse().ok()?;
    Some(Maildrop { messages, octets })
}

// ---- modified UTF-7 ----

/// Decodes a modified UTF-7 mailbox name (RFC 3501 §5.1.3): `&AMQ-` is `Ä`, `&-` is `&`.
/// Characters outside `&…-` pass through (some servers send UTF-8). `None` when a shifted
/// sequence is not valid base64 of UTF-16.
pub fn decode_mutf7(wire: &str) -> Option<String> {
    let mut out = String::with_capacity(wire.len().min(MAX_NAME));
    let mut rest = wire;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find('-')?;
        let encoded = &after[..end];
        if encoded.is_empty() {
            out.push('&');
        } else {
            out.push_str(&decode_shifted(encoded)?);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// Modified base64 (`,` for `/`, no padding) of UTF-16BE.
fn decode_shifted(encoded: &str) -> Option<String> {
    let mut bits: u32 = 0;
    let mut nbits = 0;
    let mut units = Vec::with_capacity(encoded.len() * 3 / 8 + 1);
    let mut bytes = Vec::with_capacity(2);
    for b in encoded.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b',' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(v);
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            bytes.push(((bits >> nbits) & 0xff) as u8);
            bits &= (1 << nbits) - 1;
            if let [hi, lo] = bytes[..] {
                units.push(u16::from_be_bytes([hi, lo]));
                bytes.clear();
            }
        }
    }
    // Leftover bits must be zero padding, and no half UTF-16 unit may remain.
    if bits != 0 || !bytes.is_empty() {
        return None;
    }
    String::from_utf16(&units).ok()
}

// ---- commands ----

/// A command to send: its lines, and whether the server must say `+` before each next line
/// (a synchronising literal, RFC 9051 §4.3).
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Command {
    /// The lines to send, in order (CR LF added by the session).
    pub lines: Vec<String>,
    /// Wait for a `+` continuation before each line after the first.
    pub sync: bool,
}

/// `{tag} STATUS name (items)`, the name quoted or, when it cannot be quoted (CR, LF, NUL,
/// 8-bit), sent as a literal: `{n+}` with LITERAL+ (RFC 7888), else synchronising `{n}`.
pub fn status_command(tag: &str, wire: &str, items: &str, literal_plus: bool) -> Command {
    if let Some(quoted) = quotable(wire) {
        return Command { lines: vec![format!("{tag} STATUS {quoted} ({items})")], sync: false };
    }
    let plus = if literal_plus { "+" } else { "" };
    Command {
        lines: vec![format!("{tag} STATUS {{{}{plus}}}", wire.len()), format!("{wire} ({items})")],
        sync: !literal_plus,
    }
}

/// `{tag} LIST "" "*"`, with `RETURN (STATUS (items))` when LIST-STATUS is used (RFC 5819).
pub fn list_command(tag: &str, status_items: Option<&str>) -> String {
    match status_items {
        Some(items) => format!("{tag} LIST \"\" \"*\" RETURN (STATUS ({items}))"),
        None => format!("{tag} LIST \"\" \"*\""),
    }
}

/// `{tag} GETQUOTAROOT INBOX` (RFC 9208 §4.3.2).
pub fn getquotaroot_command(tag: &str) -> String {
    format!("{tag} GETQUOTAROOT INBOX")
}

/// The name as a quoted string, when it can be one (7-bit, no CR/LF/NUL).
pub fn quotable(name: &str) -> Option<String> {
    if name.bytes().any(|b| matches!(b, b'\r' | b'\n' | 0) || b >= 0x80) {
        return None;
    }
    Some(imap::quoted(name))
}

/// A count with thousands separators, in English (evidence values): `48210` → `48,210`.
pub fn thousands(n: u64) -> String {
    crate::i18n::Lang::En.number(n)
}

/// A size for people, in English (evidence values), in the binary units mail apps and quotas
/// use (1 KB = 1,024 bytes): `2_100_000_000` → `2.0 GB`.
pub fn human_size(octets: u64) -> String {
    crate::i18n::Lang::En.size(octets)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(line: &str) -> ListEntry {
        parse_list(line).unwrap_or_else(|| panic!("not a LIST line: {line}"))
    }

    #[test]
    fn the_rfc_list_examples_are_read() {
        // RFC 9051 §6.3.9 and RFC 3501 §6.3.8.
        let e = list(r#"* LIST (\Noselect) "/" """#);
        assert_eq!((e.wire.as_str(), e.delimiter, e.selectable()), ("", Some('/'), false));
        let e = list(r#"* LIST (\Noselect) "." #news."#);
        assert_eq!((e.name.as_str(), e.delimiter), ("#news.", Some('.')));
        let e = list(r#"* LIST () "/" blurdybloop"#);
        assert_eq!((e.name.as_str(), e.flags.len(), e.selectable()), ("blurdybloop", 0, true));
        let e = list(r#"* LIST (\Marked \NoInferiors) NIL "inbox""#);
        assert_eq!((e.name.as_str(), e.wire.as_str(), e.delimiter), ("INBOX", "inbox", None));
        // RFC 9051 §6.3.9.2: \NonExistent entries cannot be selected.
        let e = list(r#"* LIST (\NonExistent \Subscribed) "/" "Fruit/Peach""#);
        assert!(!e.selectable() && e.has_flag("\\subscribed"));
        // Extended data after the name is ignored.
        let e = list(r#"* LIST (\Subscribed) "/" "Tofu" ("CHILDINFO" ("SUBSCRIBED"))"#);
        assert_eq!(e.name, "Tofu");
    }

    #[test]
    fn gmail_and_dovecot_list_lines_are_read_with_special_use() {
        let e = list(r#"* LIST (\HasNoChildren \All) "/" "[Gmail]/All Mail""#);
        assert_eq!(
            (e.name.as_str(), e.special_use(), e.delimiter),
            ("[Gmail]/All Mail", Some("all"), Some('/'))
        );
        let e = list(r#"* LIST (\HasNoChildren) "." INBOX"#);
        assert_eq!((e.name.as_str(), e.delimiter, e.special_use()), ("INBOX", Some('.'), None));
        let e = list(r#"* LIST (\HasChildren \Noselect) "/" "[Gmail]""#);
        assert!(!e.selectable());
        let e = list(r#"* XLIST (\HasNoChildren \Trash) "/" "[Gmail]/Trash""#);
        assert_eq!(e.special_use(), Some("trash"));
        let e = list(r#"* LIST (\HasNoChildren \Sent) "\\" "Sent Items""#);
        assert_eq!((e.delimiter, e.special_use()), (Some('\\'), Some("sent")));
        let e = list(r#"* list (\Junk) "/" "Say \"hi\" \\ bye""#);
        assert_eq!(e.wire, r#"Say "hi" \ bye"#);
    }

    #[test]
    fn modified_utf7_names_are_decoded_for_display() {
        // RFC 3501 §5.1.3 example and common European folder names.
        assert_eq!(
            decode_mutf7("~peter/mail/&U,BTFw-/&ZeVnLIqe-").as_deref(),
            Some("~peter/mail/台北/日本語")
        );
        assert_eq!(display_name("Entw&APw-rfe"), "Entwürfe");
        assert_eq!(display_name("&AMQ-rger"), "Ärger");
        assert_eq!(display_name("Gel&APY-schte Elemente"), "Gelöschte Elemente");
        assert_eq!(display_name("Tom &- Jerry"), "Tom & Jerry");
        let e = list(r#"* LIST (\HasNoChildren \Drafts) "." "Entw&APw-rfe""#);
        assert_eq!((e.wire.as_str(), e.name.as_str()), ("Entw&APw-rfe", "Entwürfe"));
        // Broken sequences are shown as sent.
        assert_eq!(decode_mutf7("&AMQ"), None);
        assert_eq!(decode_mutf7("&A!-"), None);
        assert_eq!(display_name("&2D3eAA-"), "\u{1F600}"); // a surrogate pair
        assert_eq!(display_name("&2D0-"), "&2D0-"); // a lone surrogate
    }

    #[test]
    fn status_answers_are_read() {
        let s = parse_status(r#"* STATUS "INBOX" (MESSAGES 12 UNSEEN 3)"#).expect("status");
        assert_eq!((s.wire.as_str(), s.messages, s.unseen, s.size), ("INBOX", Some(12), Some(3), None));
        // RFC 9051 §6.3.11.
        let s = parse_status("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)").expect("status");
        assert_eq!((s.wire.as_str(), s.messages, s.unseen), ("blurdybloop", Some(231), None));
        let s = parse_status(r#"* STATUS "Sent Items" (MESSAGES 31002 UNSEEN 0 SIZE 2100000000)"#)
            .expect("status");
        assert_eq!((s.wire.as_str(), s.messages, s.size), ("Sent Items", Some(31002), Some(2_100_000_000)));
        assert_eq!(parse_status("* STATUS x (MESSAGES lots)"), None);
        assert_eq!(parse_status("* STATUS x (MESSAGES 99999999999999999999999)"), None);
        assert_eq!(parse_status("* STATUS \"x"), None);
        assert_eq!(parse_status("* LIST () \"/\" x"), None);
    }

    #[test]
    fn quota_answers_are_read() {
        let q = parse_quota(r#"* QUOTA "" (STORAGE 1024 2048)"#).expect("quota");
        let storage = q.resource("storage").expect("storage");
        assert_eq!((q.root.as_str(), storage.usage, storage.limit), ("", 1024, 2048));
        assert_eq!(storage.percent(), Some(50.0));
        assert!(!storage.is_full());
        let r = parse_quotaroot(r#"* QUOTAROOT INBOX """#).expect("quotaroot");
        assert_eq!((r.mailbox.as_str(), r.roots.as_slice()), ("INBOX", &[String::new()][..]));
        // RFC 9208 §4.3.2 example, and Dovecot's two resources under a named root.
        let r = parse_quotaroot("* QUOTAROOT comp.mail.mime").expect("quotaroot");
        assert!(r.roots.is_empty());
        let q = parse_quota(r#"* QUOTA "User quota" (STORAGE 2048 2048 MESSAGE 12 0)"#).expect("quota");
        assert_eq!(q.root, "User quota");
        assert!(q.resource("STORAGE").is_some_and(Resource::is_full));
        let message = q.resource("MESSAGE").expect("message");
        assert_eq!((message.percent(), message.is_full()), (None, false));
        assert_eq!(parse_quota("* QUOTA x (STORAGE 1)"), None);
        assert_eq!(parse_quota("* QUOTA"), None);
    }

    #[test]
    fn pop3_stat_is_read() {
        assert_eq!(parse_stat("+OK 2 320"), Some(Maildrop { messages: 2, octets: 320 }));
        assert_eq!(
            parse_stat("+OK 12000 2100000000 messages"),
            Some(Maildrop { messages: 12000, octets: 2_100_000_000 })
        );
        assert_eq!(parse_stat("-ERR [IN-USE] Mailbox is locked"), None);
        assert_eq!(parse_stat("+OK"), None);
        assert_eq!(parse_stat("+OK two 3"), None);
    }

    #[test]
    fn names_are_quoted_or_sent_as_literals() {
        let c = status_command("m2", "INBOX", "MESSAGES UNSEEN", false);
        assert_eq!(c, Command { lines: vec!["m2 STATUS \"INBOX\" (MESSAGES UNSEEN)".into()], sync: false });
        let c = status_command("m2", r#"a "b" \c"#, "MESSAGES", false);
        assert_eq!(c.lines, [r#"m2 STATUS "a \"b\" \\c" (MESSAGES)"#]);
        let c = status_command("m3", "Grüße", "MESSAGES", false);
        assert_eq!(
            (c.lines.as_slice(), c.sync),
            (&["m3 STATUS {7}".to_owned(), "Grüße (MESSAGES)".to_owned()][..], true)
        );
        let c = status_command("m3", "Grüße", "MESSAGES", true);
        assert_eq!((c.lines[0].as_str(), c.sync), ("m3 STATUS {7+}", false));
        assert_eq!(list_command("m1", None), "m1 LIST \"\" \"*\"");
        assert_eq!(
            list_command("m1", Some("MESSAGES UNSEEN")),
            "m1 LIST \"\" \"*\" RETURN (STATUS (MESSAGES UNSEEN))"
        );
        assert_eq!(getquotaroot_command("m9"), "m9 GETQUOTAROOT INBOX");
    }

    #[test]
    fn counts_and_sizes_read_like_a_person_writes_them() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(48_210), "48,210");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(human_size(320), "320 bytes");
        assert_eq!(human_size(2_100_000_000), "2.0 GB");
        assert_eq!(human_size(1_288_490_189), "1.2 GB");
        assert_eq!(human_size(1_048_575), "1.0 MB");
        assert_eq!(human_size(1_000_000), "977 KB");
        assert_eq!(human_size(1_024), "1 KB");
        assert_eq!(human_size(u64::MAX), "16384.0 PB");
    }

    #[test]
    fn garbage_never_panics_and_stays_bounded() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let alphabet: Vec<char> = "* LISTATUSQOR()\"\\{}+0123456789 &-,AMQ\u{fffd}é\r\n".chars().collect();
        for _ in 0..3000 {
            let len = usize::try_from(seed % 60).unwrap_or(0);
            let mut line = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                line.push(alphabet[usize::try_from(seed % alphabet.len() as u64).unwrap_or(0)]);
            }
            for candidate in [
                line.clone(),
                format!("* LIST {line}"),
                format!("* STATUS {line}"),
                format!("* QUOTA {line}"),
            ] {
                let _ = parse_list(&candidate);
                let _ = parse_status(&candidate);
                let _ = parse_quota(&candidate);
                let _ = parse_quotaroot(&candidate);
                let _ = parse_stat(&candidate);
                if let Some(name) = decode_mutf7(&candidate) {
                    assert!(name.len() <= candidate.len() * 3);
                }
            }
        }
    }
}
