//! Confirms an incomplete certificate chain by fetching what the server forgot to send.
//!
//! When the verifier finds no trusted root and the chain the server sent ends at a certificate
//! that says where its issuer's certificate is published (Authority Information Access,
//! caIssuers), [`super::cert`] calls the chain incomplete. That is a likely story, not a fact:
//! [`complete`] fetches the issuer's certificate (DER, PEM, or a PKCS#7 "certs-only" bundle),
//! checks that it really signed the certificate before it, and verifies the chain again with it.
//!
//! * It reaches a trusted root: confirmed. The finding names the certificate the server should
//!   send (subject, issuer, the address it is published at).
//! * It does not: `tls.cert_untrusted`, saying which issuer is not trusted either.
//! * The fetch fails or the file is not the issuer: the chain stays "incomplete", with the reason
//!   it could not be confirmed in the evidence.
//!
//! Fetches go through discovery's [`Fetcher`]: the same address policy (a URL pointing at a
//! private or loopback address is refused unless `--allow-private`), the same size cap, each
//! under a short limit and the diagnosis' deadline; at most [`MAX_HOPS`] certificates are
//! fetched in a row. Nothing fetched is ever trusted for the connection itself: the finding is
//! only about what the server sends.

use std::time::{Duration, SystemTime};

use rustls::client::verify_server_cert_signed_by_trust_anchor;
use rustls::pki_types::{CertificateDer, UnixTime};
use rustls::server::ParsedCertificate;
use x509_parser::prelude::{FromDer, X509Certificate};

use super::Ctx;
use super::cert::{self, der};
use crate::diagnosis::{Code, Finding};
use crate::i18n::Text;
use crate::net::http::Fetcher;
use crate::net::tls::CertFault;

/// The longest one fetch may take (a CA's web server answers at once).
pub const AIA_LIMIT: Duration = Duration::from_secs(3);
/// Most certificates fetched in a row (leaf → intermediate → another intermediate).
pub const MAX_HOPS: usize = 2;
/// Most certificates read from one fetched file.
const MAX_IN_FILE: usize = 16;
/// Longest URL followed.
const MAX_URL: usize = 1024;

/// A certificate fetched from a caIssuers address.
#[derive(Clone, Debug)]
struct Fetched {
    subject: String,
    issuer: String,
    url: String,
}

/// What the fetch showed.
#[derive(Debug)]
enum Completion {
    /// With the fetched certificates the chain reaches this trusted root (its name).
    Confirmed { fetched: Vec<Fetched>, root: String },
    /// The fetched issuer does not lead to a trusted root either.
    Untrusted { fetched: Vec<Fetched>, why: Text },
    /// Nothing could be confirmed, for this reason.
    Unconfirmed(Text),
}

/// Replaces a `tls.cert_chain_incomplete` finding with what fetching the missing issuer shows;
/// every other finding is returned unchanged.
#[tracing::instrument(skip_all, fields(stage = "tls", step = "aia"))]
pub async fn complete(ctx: &Ctx, chain: &[CertificateDer<'static>], findings: Vec<Finding>) -> Vec<Finding> {
    let Some(at) = findings.iter().position(|f| f.code == Code::TlsCertChainIncomplete) else {
        return findings;
    };
    let limit = AIA_LIMIT.min(ctx.timeouts.connect).min(ctx.remaining());
    let budget = limit.saturating_mul(u32::try_from(MAX_HOPS).unwrap_or(1)).min(ctx.remaining());
    let completion = match tokio::time::timeout(budget, chase(ctx, chain, limit)).await {
        Ok(completion) => completion,
        Err(_) => Completion::Unconfirmed(Text::new("value-no-answer-within").arg("ms", budget.as_millis())),
    };
    let mut findings = findings;
    let incomplete = findings.remove(at);
    findings.insert(at, judged(incomplete, chain, completion));
    findings
}

/// Follows caIssuers pointers from the certificate whose issuer is missing.
async fn chase(ctx: &Ctx, chain: &[CertificateDer<'static>], limit: Duration) -> Completion {
    let Some(mut current) = cert::dangling(chain).and_then(|i| chain.get(i)).cloned() else {
        return Completion::Unconfirmed(Text::new("value-aia-unreadable-leaf"));
    };
    let fetcher =
        Fetcher::new(ctx.resolver.clone(), ctx.settings.policy.clone(), ctx.roots.clone(), None, limit);
    let mut intermediates: Vec<CertificateDer<'static>> = chain.iter().skip(1).cloned().collect();
    let mut fetched: Vec<Fetched> = Vec::new();
    for _ in 0..MAX_HOPS {
        let (issuer, url) = match fetch_issuer(ctx, &fetcher, &current).await {
            Ok(found) => found,
            Err(why) if fetched.is_empty() => return Completion::Unconfirmed(as_given(why)),
            Err(why) => return Completion::Untrusted { fetched, why: as_given(why) },
        };
        let Some(parsed) = parse(&issuer) else {
            return Completion::Unconfirmed(Text::new("value-aia-unreadable").arg("url", url));
        };
        fetched.push(Fetched {
            subject: parsed.subject().to_string(),
            issuer: parsed.issuer().to_string(),
            url,
        });
        let root = parsed.issuer().to_string();
        let self_issued = parsed.issuer().as_raw() == parsed.subject().as_raw();
        intermediates.push(issuer.clone());
        match verify(ctx, chain, &intermediates) {
            Ok(()) => return Completion::Confirmed { fetched, root },
            Err(CertFault::UnknownIssuer) if !self_issued => current = issuer,
            Err(CertFault::UnknownIssuer) => {
                let why = Text::new("value-aia-untrusted-root").arg("root", &root);
                return Completion::Untrusted { fetched, why };
            }
            Err(fault) => return Completion::Untrusted { fetched, why: as_given(describe(&fault)) },
        }
    }
    let why = Text::new("value-aia-too-deep").arg("count", MAX_HOPS);
    Completion::Untrusted { fetched, why }
}

/// Fetches the issuer of `child` from its first usable caIssuers address: the certificate
/// and the address, or why not.
async fn fetch_issuer(
    ctx: &Ctx,
    fetcher: &Fetcher,
    child: &CertificateDer<'_>,
) -> Result<(CertificateDer<'static>, String), String> {
    let parsed = parse(child).ok_or("a certificate in the chain could not be read")?;
    let urls = cert::ca_issuers(&parsed);
    let Some(url) = urls.iter().find(|u| usable(u)) else {
        return Err(match urls.first() {
            Some(url) => format!("its issuer is published only at {url}, which is not an HTTP address"),
            None => format!(
                "its issuer {} is not trusted here, and {} does not say where that issuer is published",
                parsed.issuer(),
                parsed.subject()
            ),
        });
    };
    let body = fetcher.get_bytes(url).await.map_err(|e| format!("could not fetch {url}: {e}"))?;
    ctx.transcript.note(&format!("AIA: fetched {url} ({} bytes)", body.len()));
    let certs = certificates(&body);
    if certs.is_empty() {
        return Err(format!("{url} holds no certificate that could be read"));
    }
    let issuer = certs.into_iter().find(|c| issued(c, &parsed));
    match issuer {
        Some(issuer) => Ok((issuer, url.clone())),
        None => Err(format!("the certificate at {url} is not the issuer of {}", parsed.subject())),
    }
}

/// True when `issuer` is named as `child`'s issuer and its key signed `child`.
fn issued(issuer: &CertificateDer<'_>, child: &X509Certificate<'_>) -> bool {
    let Some(parsed) = parse(issuer) else { return false };
    parsed.subject().as_raw() == child.issuer().as_raw()
        && cert::signed_by_key(child.as_raw(), parsed.public_key().raw).unwrap_or(false)
}

fn usable(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    url.len() <= MAX_URL && (lower.starts_with("http://") || lower.starts_with("https://"))
}

/// The chain with `intermediates` checked against the trust anchors at a moment the leaf is
/// valid (an expired leaf is reported on its own; here only trust is in question).
fn verify(
    ctx: &Ctx,
    chain: &[CertificateDer<'static>],
    intermediates: &[CertificateDer<'static>],
) -> Result<(), CertFault> {
    let leaf = chain.first().ok_or(CertFault::Other("no certificate".into()))?;
    let parsed = ParsedCertificate::try_from(leaf).map_err(|e| CertFault::from_error(&e))?;
    let algs = rustls::crypto::ring::default_provider().signature_verification_algorithms.all;
    let at = valid_moment(leaf, ctx.now);
    verify_server_cert_signed_by_trust_anchor(&parsed, &ctx.roots, intermediates, at, algs)
        .map_err(|e| CertFault::from_error(&e))
}

fn valid_moment(leaf: &CertificateDer<'_>, now: SystemTime) -> UnixTime {
    let now = now.duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let clamped = parse(leaf).map_or(now, |c| {
        let from = u64::try_from(c.validity().not_before.timestamp()).unwrap_or(0);
        let until = u64::try_from(c.validity().not_after.timestamp()).unwrap_or(u64::MAX);
        now.clamp(from, until.saturating_sub(1).max(from))
    });
    UnixTime::since_unix_epoch(Duration::from_secs(clamped))
}

fn describe(fault: &CertFault) -> String {
    match fault {
        CertFault::Other(text) => text.clone(),
        other => other.name().replace('_', " "),
    }
}

fn parse<'a>(der: &'a CertificateDer<'_>) -> Option<X509Certificate<'a>> {
    X509Certificate::from_der(der.as_ref()).ok().map(|(_, c)| c)
}

/// A reason in someone else's words (an HTTP error, the verifier's), as it came.
fn as_given(why: String) -> Text {
    Text::new("as-given").arg("answer", why)
}

/// The finding once the fetch has spoken.
fn judged(incomplete: Finding, chain: &[CertificateDer<'_>], completion: Completion) -> Finding {
    match completion {
        Completion::Unconfirmed(why) => incomplete.with_words("not confirmed", why),
        Completion::Confirmed { fetched, root } => {
            let mut finding =
                Finding::new(Code::TlsCertChainIncomplete).with("certificates sent", chain.len().to_string());
            for (n, f) in fetched.iter().enumerate() {
                let (subject, issuer, url) = match n {
                    0 => ("missing issuer", "missing certificate's issuer", "issuer published at"),
                    _ => ("also missing", "its issuer", "published at"),
                };
                finding = finding.with(subject, &f.subject).with(issuer, &f.issuer).with(url, &f.url);
            }
            finding.with_words("confirmed", Text::new("value-aia-confirmed").arg("root", root))
        }
        Completion::Untrusted { fetched, why } => {
            let leaf_issuer = chain.first().and_then(|c| parse(c)).map(|c| c.issuer().to_string());
            let mut finding =
                Finding::new(Code::TlsCertUntrusted).with("issuer", leaf_issuer.unwrap_or_default());
            for f in &fetched {
                let words = Text::new("value-aia-fetched").arg("subject", &f.subject).arg("url", &f.url);
                finding = finding.with_words("issuer's certificate", words);
            }
            finding.with_words("verifier said", Text::new("value-aia-no-trusted-root").arg_text("why", why))
        }
    }
}

/// The certificates in a fetched file: one DER certificate, PEM (`CERTIFICATE` or `PKCS7`
/// blocks), or a DER PKCS#7 bundle (RFC 5280 §4.2.2.1 allows both DER and "certs-only" CMS).
pub fn certificates(body: &[u8]) -> Vec<CertificateDer<'static>> {
    let mut found = Vec::new();
    if body.starts_with(b"-----") || body.windows(11).any(|w| w == b"-----BEGIN ") {
        for (label, der) in pem_blocks(body) {
            match label.as_str() {
                "CERTIFICATE" | "X509 CERTIFICATE" => found.push(CertificateDer::from(der)),
                "PKCS7" | "CMS" => found.extend(pkcs7(&der)),
                _ => {}
            }
        }
    } else if X509Certificate::from_der(body).is_ok() {
        found.push(CertificateDer::from(body.to_vec()));
    } else {
        found.extend(pkcs7(body));
    }
    found.truncate(MAX_IN_FILE);
    found
}

/// The PEM blocks of `text`: label and decoded body.
fn pem_blocks(text: &[u8]) -> Vec<(String, Vec<u8>)> {
    use base64::Engine as _;
    let text = String::from_utf8_lossy(text);
    let mut blocks = Vec::new();
    let mut rest = text.as_ref();
    while let Some(begin) = rest.find("-----BEGIN ") {
        let after = &rest[begin + 11..];
        let Some(label_end) = after.find("-----") else { break };
        let label = after[..label_end].trim().to_owned();
        let body = &after[label_end + 5..];
        let end_marker = format!("-----END {label}-----");
        let Some(end) = body.find(&end_marker) else { break };
        let b64: String = body[..end].chars().filter(|c| !c.is_whitespace()).collect();
        if let Ok(der) = base64::engine::general_purpose::STANDARD.decode(b64) {
            blocks.push((label, der));
        }
        rest = &body[end + end_marker.len()..];
        if blocks.len() >= MAX_IN_FILE {
            break;
        }
    }
    blocks
}

/// The certificates of a PKCS#7 SignedData (RFC 5652 §5.1): `ContentInfo { contentType
/// signedData, [0] EXPLICIT SignedData { version, digestAlgorithms, encapContentInfo,
/// certificates [0] IMPLICIT SET OF Certificate, … } }`. Empty when it is anything else.
fn pkcs7(input: &[u8]) -> Vec<CertificateDer<'static>> {
    /// 1.2.840.113549.1.7.2, DER-encoded.
    const SIGNED_DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
    let inner = || -> Option<Vec<CertificateDer<'static>>> {
        let (0x30, _, content_info, _) = der::tlv(input)? else { return None };
        let (0x06, _, oid, rest) = der::tlv(content_info)? else { return None };
        if oid != SIGNED_DATA {
            return None;
        }
        let (0xa0, _, explicit, _) = der::tlv(rest)? else { return None };
        let (0x30, _, signed_data, _) = der::tlv(explicit)? else { return None };
        let (_, _, _, rest) = der::tlv(signed_data)?; // version
        let (_, _, _, rest) = der::tlv(rest)?; // digestAlgorithms
        let (_, _, _, rest) = der::tlv(rest)?; // encapContentInfo
        let (0xa0, _, mut set, _) = der::tlv(rest)? else { return None };
        let mut certs = Vec::new();
        while !set.is_empty() && certs.len() < MAX_IN_FILE {
            let (tag, header, body, next) = der::tlv(set)?;
            if tag == 0x30 {
                certs.push(CertificateDer::from(set.get(..header + body.len())?.to_vec()));
            }
            set = next;
        }
        Some(certs)
    };
    inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};

    use super::*;

    fn ca(name: &str) -> rcgen::Certificate {
        let mut p = CertificateParams::new(Vec::<String>::new()).expect("params");
        p.distinguished_name.push(DnType::CommonName, name);
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        p.self_signed(&KeyPair::generate().expect("key")).expect("cert")
    }

    /// One DER TLV, with a long-form length when needed.
    fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        match body.len() {
            n if n < 0x80 => out.push(n as u8),
            n if n < 0x100 => out.extend([0x81, n as u8]),
            n => out.extend([0x82, (n >> 8) as u8, n as u8]),
        }
        out.extend_from_slice(body);
        out
    }

    /// A PKCS#7 "certs-only" SignedData holding `certs`, as CAs publish `.p7c` files.
    fn p7c(certs: &[&[u8]]) -> Vec<u8> {
        let signed_data_oid = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
        let data_oid = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
        let signed_data = [
            tlv(0x02, &[1]),
            tlv(0x31, &[]),
            tlv(0x30, &tlv(0x06, &data_oid)),
            tlv(0xa0, &certs.concat()),
            tlv(0x31, &[]),
        ]
        .concat();
        tlv(0x30, &[tlv(0x06, &signed_data_oid), tlv(0xa0, &tlv(0x30, &signed_data))].concat())
    }

    #[test]
    fn a_fetched_file_may_be_der_pem_or_pkcs7() {
        let (a, b) = (ca("A"), ca("B"));
        let (a_der, b_der) = (a.der().to_vec(), b.der().to_vec());
        let ders = |found: Vec<CertificateDer<'static>>| found.iter().map(|c| c.to_vec()).collect::<Vec<_>>();

        assert_eq!(ders(certificates(&a_der)), vec![a_der.clone()]);
        let pem = format!("{}\n{}", a.pem(), b.pem());
        assert_eq!(ders(certificates(pem.as_bytes())), vec![a_der.clone(), b_der.clone()]);
        let bundle = p7c(&[&a_der, &b_der]);
        assert_eq!(ders(certificates(&bundle)), vec![a_der.clone(), b_der.clone()]);
        use base64::Engine as _;
        let p7_pem = format!(
            "-----BEGIN PKCS7-----\n{}\n-----END PKCS7-----\n",
            base64::engine::general_purpose::STANDARD.encode(&bundle)
        );
        assert_eq!(ders(certificates(p7_pem.as_bytes())), vec![a_der, b_der]);
    }

    #[test]
    fn garbage_html_and_truncated_files_hold_no_certificate() {
        assert!(certificates(b"<html>404</html>").is_empty());
        assert!(certificates(&[]).is_empty());
        assert!(certificates(&[0x30, 0x82, 0xff]).is_empty());
        let bundle = p7c(&[ca("A").der()]);
        assert!(certificates(&bundle[..bundle.len() - 5]).is_empty());
        assert!(certificates(b"-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----").is_empty());
    }

    #[test]
    fn only_http_addresses_are_followed() {
        assert!(usable("http://crt.example.net/ca.der"));
        assert!(usable("HTTPS://crt.example.net/ca.der"));
        assert!(!usable("ldap://ldap.example.net/cn=CA?cACertificate"));
        assert!(!usable(&format!("http://x/{}", "a".repeat(MAX_URL))));
    }
}
