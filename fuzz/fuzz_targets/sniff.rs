//! `proto::sniff` on a server's first bytes, and the quoting of those bytes for evidence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::proto::sniff::{Speaks, sniff};
use maildoctor::proto::{printable, printable_bytes};

fuzz_target!(|data: &[u8]| {
    let speaks = sniff(data);
    if data.len() >= 2 && (0x14..=0x17).contains(&data[0]) && data[1] == 0x03 {
        assert_eq!(speaks, Speaks::Tls);
    }
    let quoted = printable_bytes(data, 200);
    assert!(quoted.chars().all(|c| c == '…' || (' '..='~').contains(&c)));
    let text = String::from_utf8_lossy(data);
    assert!(!printable(&text, 200).chars().any(char::is_control));
});
