//! LIST / STATUS / QUOTA / QUOTAROOT / STAT lines (literals are folded in by the IMAP client,
//! so these parsers meet quoted strings and atoms).
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::mailbox;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for line in text.split('\n') {
        let _ = mailbox::parse_stat(line);
        let _ = mailbox::decode_mutf7(line);
        let _ = mailbox::quotable(line);
        if let Some(entry) = mailbox::parse_list(line) {
            assert!(entry.flags.len() <= mailbox::MAX_ITEMS);
            let _ = (entry.selectable(), entry.special_use());
        }
        let _ = mailbox::parse_status(line);
        let _ = mailbox::parse_quotaroot(line);
        if let Some(quota) = mailbox::parse_quota(line) {
            assert!(quota.resources.len() <= mailbox::MAX_ITEMS);
        }
    }
});
