//! IMAP status lines, response codes, capabilities and literal markers, one input line per `\n`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::MAX_KEYWORDS;
use maildoctor::proto::imap::{self, Astring, Response, ResponseCode};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for line in text.split('\n') {
        let status = imap::parse_status(line);
        if let Some(status) = &status {
            let _ = (status.code_atom(), status.trailing_code());
            // A status shows as it parses.
            assert_eq!(imap::parse_status(&status.to_string()).as_ref(), Some(status));
            if let Some(code) = &status.code {
                assert_eq!(&ResponseCode::parse(&code.to_string()), code);
            }
        }
        match imap::parse_response(line) {
            Response::Continuation => assert!(line.starts_with('+')),
            Response::Tagged(_) | Response::Condition(_) => assert!(status.is_some()),
            Response::Capability(_) | Response::Data | Response::Other => {}
        }
        if let Some(marker) = imap::literal_marker(line) {
            assert!(line[marker.at..].starts_with('{') && status.is_none());
        }
        if let Some(atoms) = imap::capabilities(line) {
            let caps = imap::capability_set(&atoms);
            assert!(caps.keywords.len() <= MAX_KEYWORDS);
        }
        let _ = imap::is_greeting(line);
        if let Astring::Quoted(q) = Astring::encode(line) {
            assert!(!q.contains(['\r', '\n', '\0']));
        }
    }
});
