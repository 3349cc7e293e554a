//! LIST / STATUS / QUOTA / QUOTAROOT / STAT lines through the literal-folding assembler.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::mailbox;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut assembler = mailbox::Assembler::default();
    for line in text.split('\n') {
        let _ = mailbox::parse_stat(line);
        let _ = mailbox::decode_mutf7(line);
        let _ = mailbox::quotable(line);
        if let Some(response) = assembler.push(line) {
            assert!(response.len() <= mailbox::MAX_RESPONSE);
            if let Some(entry) = mailbox::parse_list(&response) {
                assert!(entry.flags.len() <= mailbox::MAX_ITEMS);
                let _ = (entry.selectable(), entry.special_use());
            }
            let _ = mailbox::parse_status(&response);
            let _ = mailbox::parse_quotaroot(&response);
            if let Some(quota) = mailbox::parse_quota(&response) {
                assert!(quota.resources.len() <= mailbox::MAX_ITEMS);
            }
        }
    }
});
