//! SMTP reply lines, multi-line replies and the EHLO reader, one input line per `\n`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::{Fed, smtp};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let mut builder = smtp::ReplyBuilder::default();
    let mut ehlo = smtp::EhloReader::default();
    let (mut built, mut read) = (false, false);
    for (i, line) in lines.iter().enumerate() {
        let _ = smtp::parse_line(line);
        let _ = smtp::is_greeting(line);
        if !built {
            match builder.push(line) {
                Ok(Some(reply)) => {
                    let _ = (reply.enhanced(), reply.ehlo_keywords(), reply.has_keyword("AUTH"));
                    built = true;
                }
                Ok(None) => assert!(i < smtp::ReplyBuilder::MAX_LINES),
                Err(_) => built = true,
            }
        }
        if !read {
            read = matches!(ehlo.push(line), Fed::Done(_));
            assert!(read || i < smtp::ReplyBuilder::MAX_LINES);
        }
    }
    let _ = smtp::ehlo_set(&lines);
});
