//! rustls configuration: trust anchors, the recording certificate verifier, client configs.
//!
//! A diagnostic client must see the certificate even when it is wrong, and must see *every*
//! fault, not the first. webpki stops at the first error (validity, then trust, and the name is
//! a separate call), so [`RecordingVerifier`] asks it three separate questions: is the chain
//! signed by a trust anchor, is it valid now (and, when expired or not yet valid, would it
//! chain at a moment it was valid), and does it cover the name. It records the answers and lets
//! the handshake complete; handshake signatures are still verified, so the peer must hold the
//! key. A connection accepted this way must never carry a password unless the recording is
//! clean (the auth stage checks [`Recording::faults`]).

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{Resumption, verify_server_cert_signed_by_trust_anchor, verify_server_name};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use thiserror::Error;

/// A problem with configured trust anchors.
#[derive(Debug, Error)]
pub enum TrustError {
    /// The PEM text holds no certificate.
    #[error("no certificate found in the CA PEM")]
    Empty,
    /// A certificate could not be parsed or added.
    #[error("a CA certificate could not be read: {0}")]
    Invalid(String),
}

/// Parses PEM text into certificates.
pub fn parse_pem(pem: &str) -> Result<Vec<CertificateDer<'static>>, TrustError> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(pem.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|e| TrustError::Invalid(format!("{e:?}")))?;
    if certs.is_empty() {
        return Err(TrustError::Empty);
    }
    Ok(certs)
}

/// Trust anchors: Mozilla's roots (unless `public` is false) plus extra PEM CAs.
pub fn roots(public: bool, extra: &[&str]) -> Result<Arc<RootCertStore>, TrustError> {
    let mut store = RootCertStore::empty();
    if public {
        store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    for pem in extra {
        for cert in parse_pem(pem)? {
            store.add(cert).map_err(|e| TrustError::Invalid(e.to_string()))?;
        }
    }
    Ok(Arc::new(store))
}

/// One thing wrong with the certificate the server presented.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum CertFault {
    /// The chain does not lead to a trusted root (unknown or untrusted issuer).
    UnknownIssuer,
    /// Past its `notAfter` (seconds since the Unix epoch).
    Expired {
        /// The `notAfter` time, Unix seconds.
        not_after: u64,
    },
    /// Before its `notBefore` (seconds since the Unix epoch).
    NotYetValid {
        /// The `notBefore` time, Unix seconds.
        not_before: u64,
    },
    /// The certificate does not cover the host that was typed.
    NameMismatch,
    /// A signature in the chain does not verify.
    BadSignature,
    /// Anything else webpki reports (bad encoding, wrong purpose, a CA used as a server
    /// certificate, an unsupported algorithm, …), in its own words.
    Other(String),
}

impl CertFault {
    /// Classifies a rustls certificate error.
    pub fn from_error(error: &rustls::Error) -> CertFault {
        let rustls::Error::InvalidCertificate(cert) = error else {
            return CertFault::Other(error.to_string());
        };
        match cert {
            CertificateError::UnknownIssuer => CertFault::UnknownIssuer,
            CertificateError::ExpiredContext { not_after, .. } => {
                CertFault::Expired { not_after: not_after.as_secs() }
            }
            CertificateError::Expired => CertFault::Expired { not_after: 0 },
            CertificateError::NotValidYetContext { not_before, .. } => {
                CertFault::NotYetValid { not_before: not_before.as_secs() }
            }
            CertificateError::NotValidYet => CertFault::NotYetValid { not_before: 0 },
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                CertFault::NameMismatch
            }
            CertificateError::BadSignature => CertFault::BadSignature,
            other => CertFault::Other(rustls::Error::InvalidCertificate(other.clone()).to_string()),
        }
    }

    /// A short stable name for structured data (`expired`, `unknown_issuer`, …).
    pub fn name(&self) -> &'static str {
        match self {
            CertFault::UnknownIssuer => "unknown_issuer",
            CertFault::Expired { .. } => "expired",
            CertFault::NotYetValid { .. } => "not_yet_valid",
            CertFault::NameMismatch => "name_mismatch",
            CertFault::BadSignature => "bad_signature",
            CertFault::Other(_) => "other",
        }
    }

    fn is_time(&self) -> bool {
        matches!(self, CertFault::Expired { .. } | CertFault::NotYetValid { .. })
    }
}

/// What the verifier saw during one handshake.
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub struct Recording {
    /// The chain as the server sent it, leaf first (DER).
    pub chain: Vec<CertificateDer<'static>>,
    /// Every fault found, in the order: validity, trust, name.
    pub faults: Vec<CertFault>,
    /// True once the verifier has run (a handshake that fails before the certificate leaves it
    /// false).
    pub seen: bool,
}

/// A `ServerCertVerifier` that records the chain and every fault, and always lets the
/// handshake complete. Use one per connection (it keeps that connection's recording).
#[derive(Debug)]
pub struct RecordingVerifier {
    roots: Arc<RootCertStore>,
    provider: Arc<CryptoProvider>,
    at: Option<UnixTime>,
    record: Mutex<Recording>,
}

impl RecordingVerifier {
    /// A verifier trusting `roots`, judging validity at `now` (fixed per diagnosis so every
    /// check agrees), or at the handshake's own clock when `now` is `None`.
    pub fn new(roots: Arc<RootCertStore>, now: Option<SystemTime>) -> Arc<Self> {
        let at =
            now.and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok()).map(UnixTime::since_unix_epoch);
        Arc::new(RecordingVerifier {
            roots,
            provider: Arc::new(rustls::crypto::ring::default_provider()),
            at,
            record: Mutex::new(Recording::default()),
        })
    }

    /// What was recorded (empty until the server's certificate arrived).
    pub fn recording(&self) -> Recording {
        self.record.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// Chain and validity faults. An expired (or not yet valid) certificate hides whether it
    /// chains to a root, so the chain is checked again at a moment it was valid; time faults
    /// found in that second look are artefacts of the shifted clock and are not recorded.
    fn check_chain(
        &self,
        leaf: &ParsedCertificate<'_>,
        leaf_der: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
        faults: &mut Vec<CertFault>,
    ) {
        let algs = self.provider.signature_verification_algorithms.all;
        let mut at = now;
        for round in 0..3 {
            let Err(error) =
                verify_server_cert_signed_by_trust_anchor(leaf, &self.roots, intermediates, at, algs)
            else {
                return;
            };
            let fault = CertFault::from_error(&error);
            if fault.is_time() {
                if round > 0 {
                    return;
                }
                let valid_moment = match fault {
                    CertFault::Expired { not_after } if not_after > 0 => Some(unix(not_after - 1)),
                    CertFault::NotYetValid { not_before } if not_before > 0 => Some(unix(not_before)),
                    _ => None,
                };
                faults.push(fault);
                match valid_moment {
                    Some(moment) => at = moment,
                    None => return,
                }
                continue;
            }
            if !self.is_anchor(leaf_der) {
                faults.push(fault);
            }
            return;
        }
    }

    /// True when the leaf itself is a configured trust anchor (a self-signed certificate the
    /// person chose to trust with `--ca-file`/`ca_pem`): webpki refuses such a leaf when it is
    /// marked as a CA, but the person trusts exactly this key.
    fn is_anchor(&self, leaf: &CertificateDer<'_>) -> bool {
        let Ok(anchor) = webpki_anchor(leaf) else { return false };
        self.roots.roots.iter().any(|root| {
            root.subject.as_ref() == anchor.0.as_slice()
                && root.subject_public_key_info.as_ref() == anchor.1.as_slice()
        })
    }
}

/// The subject and SPKI of a certificate, as a trust anchor would hold them.
fn webpki_anchor(der: &CertificateDer<'_>) -> Result<(Vec<u8>, Vec<u8>), ()> {
    let mut store = RootCertStore::empty();
    store.add(der.clone().into_owned()).map_err(|_| ())?;
    let anchor = store.roots.first().ok_or(())?;
    Ok((anchor.subject.as_ref().to_vec(), anchor.subject_public_key_info.as_ref().to_vec()))
}

fn unix(secs: u64) -> UnixTime {
    UnixTime::since_unix_epoch(Duration::from_secs(secs))
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let now = self.at.unwrap_or(now);
        let mut record = Recording {
            chain: std::iter::once(end_entity).chain(intermediates).map(|c| c.clone().into_owned()).collect(),
            faults: Vec::new(),
            seen: true,
        };
        match ParsedCertificate::try_from(end_entity) {
            Err(error) => record.faults.push(CertFault::from_error(&error)),
            Ok(leaf) => {
                self.check_chain(&leaf, end_entity, intermediates, now, &mut record.faults);
                if let Err(error) = verify_server_name(&leaf, server_name) {
                    record.faults.push(CertFault::from_error(&error));
                }
            }
        }
        tracing::debug!(faults = ?record.faults, chain = record.chain.len(), "certificate recorded");
        *self.record.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = record;
        // Deliberately accepted: the faults are reported, and the auth stage refuses to send a
        // password over a connection whose recording has faults.
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// A client config for one connection: the ring provider, TLS 1.2 and 1.3, no session
/// resumption (a resumed session would skip the verifier), SNI for host names, and `verifier`.
pub fn client_config(verifier: Arc<RecordingVerifier>) -> Result<Arc<ClientConfig>, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    config.resumption = Resumption::disabled();
    config.enable_sni = true;
    Ok(Arc::new(config))
}

/// The rustls name for a host: a DNS name (sent as SNI, matched against DNS SANs) or an IP
/// address (no SNI, matched against IP SANs).
pub fn server_name(host: &crate::model::Host) -> Result<ServerName<'static>, TrustError> {
    match host {
        crate::model::Host::Ip(ip) => Ok(ServerName::IpAddress((*ip).into())),
        crate::model::Host::Name(name) => {
            ServerName::try_from(name.clone()).map_err(|e| TrustError::Invalid(format!("{name}: {e}")))
        }
    }
}

#[cfg(test)]
mod tests {
    use rustls::pki_types::ServerName;

    use super::*;

    #[test]
    fn plain_and_context_variants_of_a_certificate_error_map_to_the_same_fault() {
        let cert = |e: CertificateError| rustls::Error::InvalidCertificate(e);
        let t = UnixTime::since_unix_epoch(Duration::from_secs(1_000));
        let table = [
            (cert(CertificateError::UnknownIssuer), CertFault::UnknownIssuer),
            (
                cert(CertificateError::ExpiredContext { time: t, not_after: t }),
                CertFault::Expired { not_after: 1_000 },
            ),
            (cert(CertificateError::Expired), CertFault::Expired { not_after: 0 }),
            (
                cert(CertificateError::NotValidYetContext { time: t, not_before: t }),
                CertFault::NotYetValid { not_before: 1_000 },
            ),
            (cert(CertificateError::NotValidForName), CertFault::NameMismatch),
            (
                cert(CertificateError::NotValidForNameContext {
                    expected: ServerName::try_from("imap.example.com").expect("name"),
                    presented: vec!["DnsName(\"mail.example.com\")".into()],
                }),
                CertFault::NameMismatch,
            ),
            (cert(CertificateError::BadSignature), CertFault::BadSignature),
        ];
        for (error, fault) in table {
            assert_eq!(CertFault::from_error(&error), fault, "{error:?}");
        }
        assert!(
            matches!(CertFault::from_error(&cert(CertificateError::Revoked)), CertFault::Other(t) if t.to_lowercase().contains("revoked"))
        );
    }

    #[test]
    fn an_ip_literal_becomes_an_ip_server_name_and_a_host_name_a_dns_name() {
        let ip = server_name(&crate::model::Host::Ip("192.0.2.1".parse().expect("ip"))).expect("ip name");
        assert!(matches!(ip, ServerName::IpAddress(_)));
        let dns = server_name(&crate::model::Host::Name("imap.example.com".into())).expect("dns name");
        assert!(matches!(dns, ServerName::DnsName(_)));
    }
}
