//! Certificates: x509-parser → [`CertSummary`] for the report, plus the rules that turn the
//! verifier's [`CertFault`]s into findings (name, validity, trust, chain).
//!
//! Everything here is pure: it takes DER, the recorded faults and a fixed `now`, so the rules
//! are unit-tested with rcgen certificates and never depend on the clock.

use std::time::SystemTime;

use rustls::pki_types::CertificateDer;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::oid_registry::{
    OID_EC_P256, OID_KEY_TYPE_EC_PUBLIC_KEY, OID_NIST_EC_P384, OID_NIST_EC_P521, OID_PKCS1_RSAENCRYPTION,
    OID_PKIX_ACCESS_DESCRIPTOR_CA_ISSUERS, OID_SIG_ED448, OID_SIG_ED25519,
};
use x509_parser::prelude::{FromDer, X509Certificate};

pub use crate::model::tls::{CertSummary, ChainEntry};

use crate::diagnosis::{Code, Finding, Fix};
use crate::net::tls::CertFault;
use crate::target::{Host, Protocol};

/// A certificate expiring in fewer days than this raises `tls.cert_expiring_soon`.
pub const EXPIRING_SOON_DAYS: i64 = 14;

/// Summarises the chain (leaf first). `None` when the leaf cannot be parsed.
pub fn summarize(chain: &[CertificateDer<'_>], now: SystemTime) -> Option<CertSummary> {
    let (_, leaf) = X509Certificate::from_der(chain.first()?.as_ref()).ok()?;
    let validity = leaf.validity();
    let now_secs = unix_secs(now);
    let days_left = (validity.not_after.timestamp() - now_secs).div_euclid(86_400);
    let entries = chain
        .iter()
        .filter_map(|der| X509Certificate::from_der(der.as_ref()).ok())
        .map(|(_, c)| ChainEntry {
            subject: c.subject().to_string(),
            issuer: c.issuer().to_string(),
            not_after: rfc3339(c.validity().not_after.timestamp()),
        })
        .collect();
    Some(CertSummary {
        subject: leaf.subject().to_string(),
        common_name: leaf
            .subject()
            .iter_common_name()
            .next()
            .and_then(|cn| cn.as_str().ok())
            .map(str::to_owned),
        names: names(&leaf),
        issuer: leaf.issuer().to_string(),
        not_before: rfc3339(validity.not_before.timestamp()),
        not_after: rfc3339(validity.not_after.timestamp()),
        days_left,
        serial: leaf.raw_serial_as_string(),
        key_type: key_type(&leaf),
        self_signed: self_signed(&leaf),
        chain: entries,
    })
}

/// The findings a certificate earns: one per fault (name, expired, not yet valid, and one for
/// trust: self-signed, incomplete chain or untrusted), or `tls.cert_expiring_soon` when it is
/// otherwise valid but ends within [`EXPIRING_SOON_DAYS`].
pub fn assess(
    faults: &[CertFault],
    summary: &CertSummary,
    chain: &[CertificateDer<'_>],
    host: &Host,
    protocol: Protocol,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for fault in faults {
        match fault {
            CertFault::Expired { .. } => findings.push(
                Finding::new(Code::TlsCertExpired)
                    .with("expired on", &summary.not_after)
                    .with("days since", (-summary.days_left).max(0).to_string()),
            ),
            CertFault::NotYetValid { .. } => {
                findings.push(Finding::new(Code::TlsCertNotYetValid).with("valid from", &summary.not_before))
            }
            CertFault::NameMismatch => findings.push(name_mismatch(summary, host, protocol)),
            CertFault::UnknownIssuer | CertFault::BadSignature | CertFault::Other(_) => {}
        }
    }
    let trust: Vec<&CertFault> = faults
        .iter()
        .filter(|f| matches!(f, CertFault::UnknownIssuer | CertFault::BadSignature | CertFault::Other(_)))
        .collect();
    if !trust.is_empty() {
        findings.push(trust_finding(&trust, summary, chain));
    }
    if faults.is_empty() && (0..EXPIRING_SOON_DAYS).contains(&summary.days_left) {
        findings.push(
            Finding::new(Code::TlsCertExpiringSoon)
                .with("expires on", &summary.not_after)
                .with("days left", summary.days_left.to_string()),
        );
    }
    findings
}

fn name_mismatch(summary: &CertSummary, host: &Host, protocol: Protocol) -> Finding {
    let typed = host.as_text();
    let covered = if summary.names.is_empty() {
        summary.common_name.clone().unwrap_or_default()
    } else {
        summary.names.join(", ")
    };
    let mut finding = Finding::new(Code::TlsCertNameMismatch)
        .with("host typed", &typed)
        .with("certificate covers", covered);
    if let Some(host) = suggest_host(&summary.names, &typed, protocol) {
        finding = finding.with("suggested host", &host).with_fix(Fix { host: Some(host), ..Fix::default() });
    }
    finding
}

/// Self-signed beats everything (no authority vouches for it); then an incomplete chain (the
/// last certificate sent names an issuer and says where to fetch it, but the server did not
/// send it); otherwise the issuer is simply not trusted.
fn trust_finding(trust: &[&CertFault], summary: &CertSummary, chain: &[CertificateDer<'_>]) -> Finding {
    let said: Vec<String> = trust
        .iter()
        .filter_map(|f| match f {
            CertFault::Other(text) => Some(text.clone()),
            CertFault::BadSignature => Some("a signature in the chain does not verify".to_owned()),
            CertFault::UnknownIssuer
            | CertFault::Expired { .. }
            | CertFault::NotYetValid { .. }
            | CertFault::NameMismatch => None,
        })
        .collect();
    let with_said = |mut f: Finding| {
        for text in &said {
            f = f.with("verifier said", text);
        }
        f
    };
    if summary.self_signed {
        // webpki's own complaint here ("CA used as end entity") only restates self-signedness.
        return Finding::new(Code::TlsCertSelfSigned).with("certificate", &summary.subject);
    }
    let unknown_issuer = trust.iter().any(|f| matches!(f, CertFault::UnknownIssuer));
    if unknown_issuer && let Some((issuer, url)) = missing_issuer(chain) {
        return Finding::new(Code::TlsCertChainIncomplete)
            .with("certificates sent", chain.len().to_string())
            .with("missing issuer", issuer)
            .with("issuer published at", url);
    }
    with_said(Finding::new(Code::TlsCertUntrusted).with("issuer", &summary.issuer))
}

/// The issuer the server should have sent: the path from the leaf through the certificates it
/// sent ends at one that is not a root (issuer ≠ subject) and points to its issuer's
/// certificate (AIA caIssuers), as every public CA's certificates do. Without that pointer a
/// certificate from an unknown issuer is more likely a private CA that is not trusted here, so
/// the chain is not called incomplete.
fn missing_issuer(chain: &[CertificateDer<'_>]) -> Option<(String, String)> {
    let (_, last) = X509Certificate::from_der(chain.get(dangling(chain)?)?.as_ref()).ok()?;
    let url = ca_issuers(&last).into_iter().next()?;
    Some((last.issuer().to_string(), url))
}

/// The index of the certificate whose issuer the server did not send: follow issuer → subject
/// from the leaf through the certificates sent (in any order). `None` when the path ends at a
/// self-issued certificate (a root), or the leaf cannot be read.
pub fn dangling(chain: &[CertificateDer<'_>]) -> Option<usize> {
    let parsed: Vec<Option<X509Certificate<'_>>> =
        chain.iter().map(|der| X509Certificate::from_der(der.as_ref()).ok().map(|(_, c)| c)).collect();
    let mut at = 0;
    for _ in 0..parsed.len() {
        let cert = parsed.get(at)?.as_ref()?;
        if cert.issuer().as_raw() == cert.subject().as_raw() {
            return None;
        }
        let issuer = parsed
            .iter()
            .position(|p| p.as_ref().is_some_and(|p| p.subject().as_raw() == cert.issuer().as_raw()));
        match issuer {
            Some(next) if next != at => at = next,
            _ => return Some(at),
        }
    }
    Some(at)
}

/// The caIssuers URIs of a certificate's Authority Information Access (RFC 5280 §4.2.2.1):
/// where its issuer's certificate is published.
pub fn ca_issuers(cert: &X509Certificate<'_>) -> Vec<String> {
    let mut urls = Vec::new();
    for ext in cert.iter_extensions() {
        if let ParsedExtension::AuthorityInfoAccess(aia) = ext.parsed_extension() {
            for desc in aia.iter() {
                if let (true, GeneralName::URI(uri)) =
                    (desc.access_method == OID_PKIX_ACCESS_DESCRIPTOR_CA_ISSUERS, &desc.access_location)
                {
                    urls.push((*uri).to_owned());
                }
            }
        }
    }
    urls
}

/// A covered name that fits the protocol (`imap.` for IMAP, `pop.` for POP3, `smtp.` for
/// SMTP, then `mail.`), other than the host typed. A wildcard `*.example.com` covers any
/// `x.example.com`; it yields a suggestion only for the typed host's own domain.
pub fn suggest_host(names: &[String], typed: &str, protocol: Protocol) -> Option<String> {
    let prefixes: &[&str] = match protocol {
        Protocol::Imap => &["imap.", "imap4.", "mail."],
        Protocol::Pop3 => &["pop.", "pop3.", "mail."],
        Protocol::Smtp => &["smtp.", "submission.", "mail."],
    };
    let typed = typed.to_ascii_lowercase();
    for prefix in prefixes {
        let exact =
            names.iter().map(|n| n.to_ascii_lowercase()).find(|n| n.starts_with(prefix) && *n != typed);
        if exact.is_some() {
            return exact;
        }
    }
    names.iter().filter_map(|n| n.strip_prefix("*.")).find_map(|domain| {
        let domain = domain.to_ascii_lowercase();
        let same_domain = typed == domain || typed.ends_with(&format!(".{domain}"));
        let candidate = format!("{}{domain}", prefixes[0]);
        (same_domain && candidate != typed).then_some(candidate)
    })
}

/// True when the certificate name `pattern` (possibly `*.example.com`) covers `host`. A
/// wildcard stands for exactly one left-most label (RFC 6125 §6.4.3).
pub fn covers(pattern: &str, host: &str) -> bool {
    let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    match pattern.strip_prefix("*.") {
        Some(domain) => host.split_once('.').is_some_and(|(label, rest)| !label.is_empty() && rest == domain),
        None => pattern == host,
    }
}

fn names(cert: &X509Certificate<'_>) -> Vec<String> {
    let Ok(Some(san)) = cert.subject_alternative_name() else { return Vec::new() };
    san.value
        .general_names
        .iter()
        .filter_map(|name| match name {
            GeneralName::DNSName(dns) => Some((*dns).to_owned()),
            GeneralName::IPAddress(bytes) => ip_text(bytes),
            _ => None,
        })
        .collect()
}

fn ip_text(bytes: &[u8]) -> Option<String> {
    let ip = match bytes.len() {
        4 => std::net::IpAddr::from(<[u8; 4]>::try_from(bytes).ok()?),
        16 => std::net::IpAddr::from(<[u8; 16]>::try_from(bytes).ok()?),
        _ => return None,
    };
    Some(ip.to_string())
}

fn key_type(cert: &X509Certificate<'_>) -> String {
    let spki = cert.public_key();
    let alg = &spki.algorithm.algorithm;
    if *alg == OID_PKCS1_RSAENCRYPTION {
        let bits = spki.parsed().map(|k| k.key_size()).unwrap_or(0);
        return format!("RSA-{bits}");
    }
    if *alg == OID_KEY_TYPE_EC_PUBLIC_KEY {
        let curve = spki.algorithm.parameters.as_ref().and_then(|p| p.as_oid().ok());
        return match curve {
            Some(c) if c == OID_EC_P256 => "ECDSA-P256".to_owned(),
            Some(c) if c == OID_NIST_EC_P384 => "ECDSA-P384".to_owned(),
            Some(c) if c == OID_NIST_EC_P521 => "ECDSA-P521".to_owned(),
            Some(c) => format!("ECDSA ({c})"),
            None => "ECDSA".to_owned(),
        };
    }
    if *alg == OID_SIG_ED25519 {
        return "Ed25519".to_owned();
    }
    if *alg == OID_SIG_ED448 {
        return "Ed448".to_owned();
    }
    alg.to_id_string()
}

/// Issuer equals subject and the certificate's signature verifies with its own key (checked
/// with the ring provider's algorithms, as webpki would).
fn self_signed(cert: &X509Certificate<'_>) -> bool {
    if cert.issuer().as_raw() != cert.subject().as_raw() {
        return false;
    }
    signed_by_key(cert.as_raw(), cert.public_key().raw).unwrap_or(false)
}

/// Whether the certificate `cert_der` carries a valid signature by the key `spki_der`
/// (a SubjectPublicKeyInfo, DER); `None` when either cannot be read.
pub(super) fn signed_by_key(cert_der: &[u8], spki_der: &[u8]) -> Option<bool> {
    let (_, _, body, _) = der::tlv(cert_der)?;
    let (_, tbs_header, tbs_body, rest) = der::tlv(body)?;
    let tbs = body.get(..tbs_header + tbs_body.len())?;
    let (_, _, sig_alg, rest) = der::tlv(rest)?;
    let (_, _, sig_bits, _) = der::tlv(rest)?;
    let signature = sig_bits.get(1..)?;
    let (_, _, spki_body, _) = der::tlv(spki_der)?;
    let (_, _, key_alg, rest) = der::tlv(spki_body)?;
    let (_, _, key_bits, _) = der::tlv(rest)?;
    let key = key_bits.get(1..)?;
    let algs = rustls::crypto::ring::default_provider().signature_verification_algorithms.all;
    Some(algs.iter().any(|alg| {
        alg.signature_alg_id().as_ref() == sig_alg
            && alg.public_key_alg_id().as_ref() == key_alg
            && alg.verify_signature(key, tbs, signature).is_ok()
    }))
}

/// A minimal DER reader: enough to cut a certificate into its signed part and signature, and
/// to find the certificates in a PKCS#7 bundle.
pub(super) mod der {
    /// One TLV: `(tag, header length, contents, rest)`. `None` on malformed input.
    pub(crate) fn tlv(input: &[u8]) -> Option<(u8, usize, &[u8], &[u8])> {
        let tag = *input.first()?;
        let first = *input.get(1)?;
        let (len, header) = if first < 0x80 {
            (usize::from(first), 2)
        } else {
            let count = usize::from(first & 0x7f);
            if count == 0 || count > 4 {
                return None;
            }
            let bytes = input.get(2..2 + count)?;
            (bytes.iter().fold(0usize, |acc, b| (acc << 8) | usize::from(*b)), 2 + count)
        };
        let end = header.checked_add(len)?;
        Some((tag, header, input.get(header..end)?, input.get(end..)?))
    }
}

fn unix_secs(t: SystemTime) -> i64 {
    match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

/// Unix seconds as RFC 3339 (UTC); the raw number if out of range.
pub fn rfc3339(secs: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_else(|| secs.to_string())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use rcgen::{BasicConstraints, CertificateParams, CustomExtension, DnType, IsCa, Issuer, KeyPair};
    use time::macros::datetime;

    use super::*;

    /// 2026-06-01T00:00:00Z.
    fn now() -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_780_272_000)
    }

    fn params(cn: &str, sans: &[&str]) -> CertificateParams {
        let mut p =
            CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>()).expect("params");
        p.distinguished_name.push(DnType::CommonName, cn);
        p.not_before = datetime!(2026-01-01 0:00 UTC);
        p.not_after = datetime!(2026-12-31 0:00 UTC);
        p
    }

    fn ca(name: &str) -> Issuer<'static, KeyPair> {
        let mut p = params(name, &[]);
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        Issuer::new(p, KeyPair::generate().expect("key"))
    }

    fn leaf(p: CertificateParams, issuer: &Issuer<'_, KeyPair>) -> CertificateDer<'static> {
        p.signed_by(&KeyPair::generate().expect("key"), issuer).expect("leaf").der().clone()
    }

    /// AuthorityInfoAccess with one caIssuers URI, DER.
    fn aia(url: &str) -> CustomExtension {
        let oid = [0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x02];
        let mut uri = vec![0x86, url.len() as u8];
        uri.extend_from_slice(url.as_bytes());
        let mut desc = vec![0x30, (oid.len() + uri.len()) as u8];
        desc.extend_from_slice(&oid);
        desc.extend_from_slice(&uri);
        let mut seq = vec![0x30, desc.len() as u8];
        seq.extend_from_slice(&desc);
        CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], seq)
    }

    #[test]
    fn a_leaf_is_summarised_with_names_key_type_and_days_left() {
        let issuer = ca("Summary Test CA");
        let der = leaf(params("imap.example.com", &["imap.example.com", "192.0.2.7"]), &issuer);
        let s = summarize(&[der], now()).expect("summary");
        assert_eq!(s.subject, "CN=imap.example.com");
        assert_eq!(s.common_name.as_deref(), Some("imap.example.com"));
        assert_eq!(s.names, vec!["imap.example.com", "192.0.2.7"]);
        assert_eq!(s.issuer, "CN=Summary Test CA");
        assert_eq!(s.not_before, "2026-01-01T00:00:00Z");
        assert_eq!(s.not_after, "2026-12-31T00:00:00Z");
        assert_eq!(s.days_left, 213);
        assert_eq!(s.key_type, "ECDSA-P256");
        assert!(!s.serial.is_empty());
        assert!(!s.self_signed);
        assert_eq!(s.chain.len(), 1);
    }

    #[test]
    fn self_signed_needs_both_the_same_name_and_its_own_signature() {
        let key = KeyPair::generate().expect("key");
        let own = params("mail.example.org", &["mail.example.org"]).self_signed(&key).expect("cert");
        assert!(summarize(&[own.der().clone()], now()).expect("summary").self_signed);
        // Same subject and issuer name, but signed by another key: not self-signed.
        let impostor = ca("mail.example.org");
        let der = leaf(params("mail.example.org", &[]), &impostor);
        assert!(!summarize(&[der], now()).expect("summary").self_signed);
    }

    #[test]
    fn wildcards_cover_exactly_one_label() {
        assert!(covers("*.example.com", "imap.example.com"));
        assert!(covers("IMAP.example.com.", "imap.EXAMPLE.com"));
        assert!(!covers("*.example.com", "example.com"));
        assert!(!covers("*.example.com", "a.b.example.com"));
        assert!(!covers("imap.example.com", "pop.example.com"));
    }

    #[test]
    fn a_name_mismatch_lists_the_covered_names_and_suggests_the_one_for_the_protocol() {
        let summary = CertSummary {
            names: vec!["smtp.gmail.com".into(), "imap.gmail.com".into(), "pop.gmail.com".into()],
            ..CertSummary::default()
        };
        let host = Host::Name("mail.example.org".into());
        let findings = assess(&[CertFault::NameMismatch], &summary, &[], &host, Protocol::Imap);
        assert_eq!(findings.len(), 1);
        let f = &findings[0];
        assert_eq!(f.code, Code::TlsCertNameMismatch);
        let ev = |label: &str| f.evidence.iter().find(|e| e.label == label).map(|e| e.value.clone());
        assert_eq!(ev("host typed").as_deref(), Some("mail.example.org"));
        assert_eq!(
            ev("certificate covers").as_deref(),
            Some("smtp.gmail.com, imap.gmail.com, pop.gmail.com")
        );
        assert_eq!(ev("suggested host").as_deref(), Some("imap.gmail.com"));
        assert_eq!(f.fix.as_ref().and_then(|x| x.host.as_deref()), Some("imap.gmail.com"));
        assert_eq!(suggest_host(&summary.names, "x", Protocol::Pop3).as_deref(), Some("pop.gmail.com"));
    }

    #[test]
    fn a_wildcard_suggests_the_protocol_host_of_the_typed_domain_only() {
        let names = vec!["*.example.com".to_owned()];
        assert_eq!(suggest_host(&names, "example.com", Protocol::Smtp).as_deref(), Some("smtp.example.com"));
        assert_eq!(suggest_host(&names, "mail.other.net", Protocol::Imap), None);
        assert_eq!(suggest_host(&["www.example.com".to_owned()], "example.com", Protocol::Imap), None);
    }

    #[test]
    fn every_fault_becomes_its_own_finding_and_expiring_soon_only_when_clean() {
        let summary =
            CertSummary { days_left: -3, names: vec!["old.example.com".into()], ..CertSummary::default() };
        let host = Host::Name("imap.example.com".into());
        let faults = [CertFault::Expired { not_after: 1 }, CertFault::UnknownIssuer, CertFault::NameMismatch];
        let codes: Vec<Code> =
            assess(&faults, &summary, &[], &host, Protocol::Imap).iter().map(|f| f.code).collect();
        assert_eq!(codes, vec![Code::TlsCertExpired, Code::TlsCertNameMismatch, Code::TlsCertUntrusted]);

        let soon = CertSummary { days_left: 5, ..CertSummary::default() };
        let codes: Vec<Code> =
            assess(&[], &soon, &[], &host, Protocol::Imap).iter().map(|f| f.code).collect();
        assert_eq!(codes, vec![Code::TlsCertExpiringSoon]);
        let codes: Vec<Code> = assess(&[CertFault::NameMismatch], &soon, &[], &host, Protocol::Imap)
            .iter()
            .map(|f| f.code)
            .collect();
        assert_eq!(codes, vec![Code::TlsCertNameMismatch]);
        let fine = CertSummary { days_left: 14, ..CertSummary::default() };
        assert!(assess(&[], &fine, &[], &host, Protocol::Imap).is_empty());
    }

    #[test]
    fn an_unknown_issuer_is_told_apart_as_self_signed_incomplete_or_untrusted() {
        let host = Host::Name("imap.example.com".into());
        let unknown = [CertFault::UnknownIssuer];
        let code_for = |chain: &[CertificateDer<'static>]| {
            let summary = summarize(chain, now()).expect("summary");
            assess(&unknown, &summary, chain, &host, Protocol::Imap)[0].code
        };

        let key = KeyPair::generate().expect("key");
        let own = params("imap.example.com", &["imap.example.com"]).self_signed(&key).expect("cert");
        assert_eq!(code_for(&[own.der().clone()]), Code::TlsCertSelfSigned);

        let intermediate = ca("Example Intermediate CA");
        let mut p = params("imap.example.com", &["imap.example.com"]);
        p.custom_extensions.push(aia("http://ca.example.net/intermediate.der"));
        let lone = leaf(p, &intermediate);
        assert_eq!(code_for(std::slice::from_ref(&lone)), Code::TlsCertChainIncomplete);
        let summary = summarize(std::slice::from_ref(&lone), now()).expect("summary");
        let finding = &assess(&unknown, &summary, std::slice::from_ref(&lone), &host, Protocol::Imap)[0];
        assert!(finding.evidence.iter().any(|e| e.value == "http://ca.example.net/intermediate.der"));
        assert!(finding.evidence.iter().any(|e| e.value == "CN=Example Intermediate CA"));

        let private = ca("Private Corp CA");
        assert_eq!(
            code_for(&[leaf(params("imap.example.com", &["imap.example.com"]), &private)]),
            Code::TlsCertUntrusted
        );
    }

    #[test]
    fn the_missing_issuer_is_found_along_the_path_not_at_the_end_of_the_list() {
        let host = Host::Name("imap.example.com".into());
        let intermediate = ca("Path Intermediate");
        let mut p = params("imap.example.com", &["imap.example.com"]);
        p.custom_extensions.push(aia("http://ca.example.net/path.der"));
        let lone = leaf(p, &intermediate);
        // An unrelated certificate sent after the leaf does not hide whose issuer is missing.
        let stranger = ca("Unrelated CA");
        let stranger_der =
            params("Unrelated CA", &[]).self_signed(stranger.key()).expect("cert").der().clone();
        let chain = vec![lone, stranger_der];
        assert_eq!(dangling(&chain), Some(0));
        let summary = summarize(&chain, now()).expect("summary");
        let findings = assess(&[CertFault::UnknownIssuer], &summary, &chain, &host, Protocol::Imap);
        assert_eq!(findings[0].code, Code::TlsCertChainIncomplete);
        assert!(findings[0].evidence.iter().any(|e| e.value == "CN=Path Intermediate"));
        // A chain that ends at a root that was sent has nothing missing.
        let key = KeyPair::generate().expect("key");
        let root = params("Sent Root", &[]).self_signed(&key).expect("root").der().clone();
        assert_eq!(dangling(&[root]), None);
    }

    #[test]
    fn the_der_reader_refuses_truncated_input() {
        assert_eq!(der::tlv(&[]), None);
        assert_eq!(der::tlv(&[0x30, 0x05, 0x01]), None);
        assert_eq!(der::tlv(&[0x30, 0x85, 1, 1, 1, 1, 1]), None);
        assert_eq!(der::tlv(&[0x30, 0x01, 0xaa, 0xbb]), Some((0x30, 2, &[0xaa][..], &[0xbb][..])));
        assert_eq!(summarize(&[CertificateDer::from(vec![0x30, 0x00])], now()), None);
    }
}
