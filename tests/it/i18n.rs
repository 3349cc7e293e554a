//! Languages across the crate: every evidence label the checks attach has a message, so the
//! page and the CLI can show it in the reader's language (docs/I18N.md).

use std::path::Path;

use maildoctor::i18n::{Lang, evidence_id};

/// The non-test code of every source file.
fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("readable");
                let code = text.split("#[cfg(test)]").next().unwrap_or_default().to_owned();
                out.push((path.display().to_string(), code));
            }
        }
    }
    out
}

/// The string literal right after each `marker` (spaces and line breaks allowed before it).
fn literals_after<'a>(code: &'a str, marker: &str) -> Vec<&'a str> {
    code.match_indices(marker)
        .filter_map(|(i, _)| {
            let rest = code[i + marker.len()..].trim_start().strip_prefix('"')?;
            rest.split_once('"').map(|(literal, _)| literal)
        })
        .collect()
}

#[test]
fn every_evidence_label_in_the_code_has_a_message() {
    let mut labels = Vec::new();
    for (file, code) in sources() {
        for label in literals_after(&code, ".with(").into_iter().chain(literals_after(&code, "label: ")) {
            labels.push((file.clone(), label.to_owned()));
        }
    }
    // Labels chosen through a variable (src/checks/aia.rs, mailbox/send.rs, classify.rs).
    for label in [
        "missing issuer",
        "missing certificate's issuer",
        "issuer published at",
        "also missing",
        "its issuer",
        "published at",
        "sender",
        "recipient",
        "server said",
        "server limit",
        "server said (decoded)",
    ] {
        labels.push(("(chosen in code)".to_owned(), label.to_owned()));
    }
    assert!(labels.len() > 80, "the scan finds the labels: {}", labels.len());
    let missing: Vec<_> = labels.iter().filter(|(_, l)| !Lang::has_message(&evidence_id(l))).collect();
    assert!(missing.is_empty(), "evidence labels without a message in locales/en/evidence.ftl: {missing:?}");
}

#[test]
fn an_evidence_label_reads_in_the_language_and_an_unknown_one_as_it_is() {
    assert_eq!(evidence_id("server said (decoded)"), "evidence-server-said-decoded");
    assert_eq!(Lang::En.evidence_label("server said"), "server said");
    assert_eq!(Lang::De.evidence_label("192.0.2.1"), "192.0.2.1", "an address used as a label stays");
    for lang in Lang::ALL.into_iter().skip(1) {
        assert_ne!(lang.evidence_label("server said"), "server said", "{lang}");
    }
}
