//! SMTP reply lines, enhanced status codes and multi-line replies, one input line per `\n`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::smtp;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let mut builder = smtp::ReplyBuilder::default();
    let mut built = false;
    for (i, line) in lines.iter().enumerate() {
        if let Some(parsed) = smtp::parse_line(line) {
            assert!(smtp::ReplyCode::new(parsed.code.get()).is_some());
        }
        if let Some(word) = line.split_whitespace().next()
            && let Some(code) = smtp::EnhancedCode::parse(word)
        {
            assert!(matches!(code.class, 2 | 4 | 5));
        }
        let _ = smtp::is_greeting(line);
        if !built {
            match builder.push(line) {
                Ok(Some(reply)) => {
                    let _ = (reply.ehlo_keywords(), reply.has_keyword("AUTH"), reply.to_string());
                    built = true;
                }
                Ok(None) => assert!(i < smtp::ReplyBuilder::MAX_LINES),
                Err(_) => built = true,
            }
        }
    }
    let _ = smtp::ehlo_set(&lines);
});
