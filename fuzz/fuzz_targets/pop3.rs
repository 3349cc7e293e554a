//! POP3 status lines and the CAPA answer reader, one input line per `\n`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::{Fed, MAX_LIST_LINES, pop3};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let mut reader = pop3::CapaReader::default();
    let mut done = false;
    for (i, line) in lines.iter().enumerate() {
        let _ = pop3::parse_status(line);
        let _ = pop3::is_greeting(line);
        if !done {
            done = matches!(reader.push(line), Fed::Done(_));
            assert!(done || i < MAX_LIST_LINES, "the reader is still reading after {} lines", i + 1);
        }
    }
    let _ = pop3::capa_set(&lines);
});
