//! rustls configuration: trust anchors and the recording certificate verifier.
//!
//! STUB for the verifier: to be completed. `roots` is final.

use std::sync::Arc;

use rustls::RootCertStore;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
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
