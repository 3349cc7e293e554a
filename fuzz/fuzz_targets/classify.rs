//! The sign-in classifier on any answer: first byte picks protocol and phase, the second the
//! provider and run facts, the rest is the server's lines (one per `\n`). The last line, when
//! it starts with `CAPS `, is the capability list.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maildoctor::checks::auth;
use maildoctor::checks::classify::{self, Answer, Input, Phase};
use maildoctor::proto::{imap, pop3, smtp};
use maildoctor::providers::Provider;
use maildoctor::target::Protocol;

/// `MAX_QUOTE` (600 bytes) plus the `…` marking a cut.
const MAX_QUOTE: usize = 600 + 3;

fuzz_target!(|data: &[u8]| {
    let [head, facts, rest @ ..] = data else { return };
    let protocol = [Protocol::Imap, Protocol::Pop3, Protocol::Smtp][usize::from(head % 3)];
    let phases = [Phase::Greeting, Phase::Capability, Phase::Starttls, Phase::Login, Phase::AfterLogin, Phase::Logout];
    let phase = phases[usize::from(head / 3) % phases.len()];
    let providers = Provider::all();
    let provider = providers.get(usize::from(facts >> 2)).map(|p| p.id.as_str());
    let text = String::from_utf8_lossy(rest);
    let mut lines: Vec<&str> = text.split('\n').collect();
    let caps: Vec<String> = match lines.last().and_then(|l| l.strip_prefix("CAPS ")) {
        Some(list) => {
            let caps = list.split(',').map(str::to_owned).collect();
            lines.pop();
            caps
        }
        None => Vec::new(),
    };
    let caps = match protocol {
        Protocol::Imap => imap::capability_set(&caps),
        Protocol::Pop3 => pop3::capa_set(&caps),
        Protocol::Smtp => smtp::ehlo_set(&caps),
    };
    let answer = Answer::from_lines(protocol, &lines);
    let mut input = Input::new(phase, &answer);
    input.capabilities = &caps;
    input.provider = provider;
    input.greeting = lines.first().copied();
    input.tls_active = facts & 1 == 1;
    input.too_many_connections_seen = facts & 2 == 2;
    if let Some(c) = classify::classify(&input) {
        for e in &c.evidence {
            assert!(e.value.len() <= MAX_QUOTE, "{} bytes of evidence", e.value.len());
        }
        let _ = c.findings();
    }
    let refusal = auth::refusal_from_capabilities(protocol, &caps, input.tls_active);
    if refusal.is_none() {
        assert!(auth::choose_mechanism(protocol, &caps).is_some());
    }
});
