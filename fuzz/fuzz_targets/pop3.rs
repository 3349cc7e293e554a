//! POP3 status lines, response codes and multi-line unstuffing, one input line per `\n`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::{MAX_KEYWORDS, pop3};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines: Vec<String> = text.split('\n').map(|l| pop3::unstuff(l).to_owned()).collect();
    for line in &lines {
        if let Some(status) = pop3::parse_status(line) {
            assert_eq!(pop3::parse_status(&status.to_string()).as_ref(), Some(&status));
        }
        let _ = (pop3::is_greeting(line), pop3::is_terminator(line));
    }
    let caps = pop3::capa_set(&lines);
    assert!(caps.keywords.len() <= MAX_KEYWORDS && caps.auth.len() <= MAX_KEYWORDS);
});
