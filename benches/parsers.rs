//! Criterion micro-benchmarks of the hot pure functions: first-byte sniffing, the IMAP/POP3/SMTP
//! line parsers, the sign-in classifier and request parsing. Inputs are real server lines from
//! docs/CLASSIFIER.md.
//!
//! `cargo bench --bench parsers`

#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use maildoctor::checks::classify::{self, Answer, Input, Phase};
use maildoctor::proto::{imap, mailbox, pop3, smtp, sniff};
use maildoctor::target::{self, DiagnoseRequest, Protocol, RawPort};

const GREETING: &str =
    "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot ready.";

fn parsers(c: &mut Criterion) {
    c.bench_function("sniff greeting", |b| b.iter(|| sniff::sniff(black_box(GREETING.as_bytes()))));
    c.bench_function("imap parse_status", |b| {
        b.iter(|| imap::parse_status(black_box("a3 NO [AUTHENTICATIONFAILED] Authentication failed.")))
    });
    c.bench_function("imap capabilities", |b| b.iter(|| imap::capabilities(black_box(GREETING))));
    c.bench_function("imap parse_response + literal_marker", |b| {
        b.iter(|| {
            let line = black_box(r#"* LIST (\HasNoChildren) "/" {12}"#);
            (imap::parse_response(line), imap::literal_marker(line))
        })
    });
    c.bench_function("pop3 parse_status", |b| {
        b.iter(|| pop3::parse_status(black_box("-ERR [IN-USE] Mailbox is locked by another POP3 session.")))
    });
    c.bench_function("smtp multi-line reply", |b| {
        b.iter(|| {
            let mut builder = smtp::ReplyBuilder::default();
            let _ =
                builder.push(black_box("534-5.7.9 Application-specific password required. Learn more at"));
            builder.push(black_box(
                "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x - gsmtp",
            ))
        })
    });
    c.bench_function("smtp enhanced status code", |b| {
        b.iter(|| smtp::EnhancedCode::parse(black_box("5.7.139")))
    });
    c.bench_function("mailbox parse_list", |b| {
        b.iter(|| mailbox::parse_list(black_box(r#"* LIST (\HasNoChildren \All) "/" "[Gmail]/All Mail""#)))
    });
}

fn classifier(c: &mut Criterion) {
    let cases: [(Protocol, &[&str]); 4] = [
        (Protocol::Imap, &["a3 NO [AUTHENTICATIONFAILED] Authentication failed."]),
        (Protocol::Imap, &["a3 NO LOGIN failed."]),
        (
            Protocol::Smtp,
            &[
                "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs> Please log in via",
                "534 5.7.14 your web browser and then try again. x - gsmtp",
            ],
        ),
        (Protocol::Pop3, &["-ERR [SYS/TEMP] Temporary System Problem. Try again later."]),
    ];
    let answers: Vec<Answer> = cases.iter().map(|(p, lines)| Answer::from_lines(*p, lines)).collect();
    c.bench_function("classify 4 refusals", |b| {
        b.iter(|| {
            for answer in &answers {
                black_box(classify::classify(&Input::new(Phase::Login, answer)));
            }
        })
    });
}

fn requests(c: &mut Criterion) {
    let req = DiagnoseRequest {
        port: Some(RawPort("995".into())),
        ..DiagnoseRequest::new(Protocol::Imap, "Pop.Bücher.example")
    };
    c.bench_function("target::parse (IDNA + input findings)", |b| b.iter(|| target::parse(black_box(&req))));
}

criterion_group!(benches, parsers, classifier, requests);
criterion_main!(benches);
