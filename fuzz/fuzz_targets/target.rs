//! Request parsing: `host` and `port` as typed (split at the first `\n`), any protocol.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::target::{self, DiagnoseRequest, Host, Protocol, RawPort};

fuzz_target!(|data: &[u8]| {
    let [head, rest @ ..] = data else { return };
    let protocol = [Protocol::Imap, Protocol::Pop3, Protocol::Smtp][usize::from(head % 3)];
    let text = String::from_utf8_lossy(rest);
    let (host, port) = match text.split_once('\n') {
        Some((h, p)) => (h.to_owned(), Some(RawPort(p.to_owned()))),
        None => (text.into_owned(), None),
    };
    let req = DiagnoseRequest { port, ..DiagnoseRequest::new(protocol, host) };
    let (parsed, findings) = target::parse(&req);
    match parsed {
        Some(t) => {
            if let Host::Name(name) = &t.host {
                assert!(!name.is_empty() && name.len() <= 253);
                assert!(
                    name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-._".contains(&b))
                );
            }
        }
        None => assert!(!findings.is_empty()),
    }
});
