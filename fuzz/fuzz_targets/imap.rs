//! IMAP status lines, capabilities and the CAPABILITY answer reader, one input line per `\n`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::imap::{self, Astring};
use maildoctor::proto::{Fed, MAX_KEYWORDS, MAX_LIST_LINES};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut reader = imap::CapabilityReader::new("a2");
    let mut done = false;
    for (i, line) in text.split('\n').enumerate() {
        if let Some(status) = imap::parse_status(line) {
            let _ = status.code_atom();
        }
        if let Some(atoms) = imap::capabilities(line) {
            let caps = imap::capability_set(&atoms);
            assert!(caps.keywords.len() <= MAX_KEYWORDS);
        }
        let _ = imap::is_greeting(line);
        if !done {
            done = matches!(reader.push(line), Fed::Done(_));
            assert!(done || i + 1 < MAX_LIST_LINES, "the reader is still reading after {} lines", i + 1);
        }
        if let Astring::Quoted(q) = Astring::encode(line) {
            assert!(!q.contains(['\r', '\n', '\0']));
        }
    }
});
