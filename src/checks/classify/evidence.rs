//! The server's words as evidence: quoted briefly, with every URL's query cut off (Gmail's
//! sign-in links carry a token), and the server's own connection limit when it states one.

use super::{MAX_QUOTE, clip};

/// The server's own connection limit: the number after `connections=` or `limit=`
/// (`mail_max_userip_connections=10`, a proxy's `connection_limit=5`).
pub(super) fn server_limit(hay: &str) -> Option<String> {
    let at = ["connections=", "limit="].iter().find_map(|key| hay.find(key).map(|i| i + key.len()))?;
    let digits: String = hay[at..].chars().take_while(char::is_ascii_digit).take(9).collect();
    (!digits.is_empty()).then_some(digits)
}

/// The reply as evidence: URL queries cut (sign-in tokens), then shortened.
pub(super) fn quote(text: &str) -> String {
    let cut = cut_url_queries(text);
    let short = clip(&cut, MAX_QUOTE);
    if short.len() < cut.len() { format!("{short}…") } else { cut }
}

/// Cuts the query and fragment off every URL, keeping scheme, host and path.
///
/// Gmail's `<https://accounts.google.com/signin/continue?…&plt=TOKEN>` spreads the token over
/// several reply lines (C04), so inside `<…>` the cut runs to the closing `>`, across spaces.
pub(super) fn cut_url_queries(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = lower[at..].find("http") {
        let start = at + found;
        if !(lower[start..].starts_with("http://") || lower[start..].starts_with("https://")) {
            out.push_str(&text[at..start + 4]);
            at = start + 4;
            continue;
        }
        let rest = &text[start..];
        let url_end = rest.find(|c: char| c.is_whitespace() || "<>\"')".contains(c)).unwrap_or(rest.len());
        let Some(query) = rest[..url_end].find(['?', '#']) else {
            out.push_str(&text[at..start + url_end]);
            at = start + url_end;
            continue;
        };
        out.push_str(&text[at..start + query]);
        out.push_str("?…");
        let bracketed = text[..start].ends_with('<');
        let skip = if bracketed { rest.find('>').unwrap_or(url_end) } else { url_end };
        at = start + skip;
    }
    out.push_str(&text[at..]);
    out
}
