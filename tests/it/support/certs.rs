//! A test PKI with rcgen: a CA, leaves with chosen names and validity, self-signed certs.

use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use time::{Duration, OffsetDateTime};

/// A certificate authority for tests.
pub struct TestCa {
    /// The CA certificate, PEM (what a client trusts).
    pub pem: String,
    der: CertificateDer<'static>,
    issuer: Issuer<'static, KeyPair>,
}

/// A server identity: chain (leaf first) and key.
pub struct Identity {
    /// Leaf first, then intermediates.
    pub chain: Vec<CertificateDer<'static>>,
    key: PrivatePkcs8KeyDer<'static>,
}

impl Identity {
    /// A rustls server config presenting this identity.
    pub fn server_config(&self) -> Arc<rustls::ServerConfig> {
        super::crypto();
        let config = rustls::ServerConfig::builder()
            .with_no_client_auth()
            .with_single_cert(self.chain.clone(), PrivateKeyDer::Pkcs8(self.key.clone_key()))
            .expect("server config");
        Arc::new(config)
    }

    /// A server config limited to TLS 1.2 (to test version reporting).
    pub fn server_config_tls12(&self) -> Arc<rustls::ServerConfig> {
        super::crypto();
        let config = rustls::ServerConfig::builder_with_protocol_versions(&[&rustls::version::TLS12])
            .with_no_client_auth()
            .with_single_cert(self.chain.clone(), PrivateKeyDer::Pkcs8(self.key.clone_key()))
            .expect("server config");
        Arc::new(config)
    }
}

fn ca_params(name: &str) -> CertificateParams {
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages =
        vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
    let now = OffsetDateTime::now_utc();
    params.not_before = now - Duration::days(30);
    params.not_after = now + Duration::days(3650);
    params
}

fn leaf_params(cn: &str, sans: &[&str], days: (i64, i64)) -> CertificateParams {
    let mut params =
        CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>()).expect("params");
    params.distinguished_name.push(DnType::CommonName, cn);
    let now = OffsetDateTime::now_utc();
    params.not_before = now + Duration::days(days.0);
    params.not_after = now + Duration::days(days.1);
    params
}

impl TestCa {
    /// A new root CA.
    pub fn new(name: &str) -> Self {
        let key = KeyPair::generate().expect("key");
        let params = ca_params(name);
        let cert = params.self_signed(&key).expect("ca");
        let pem = cert.pem();
        let der = cert.der().clone();
        TestCa { pem, der, issuer: Issuer::new(params, key) }
    }

    /// The CA's own certificate, DER (what an AIA caIssuers address serves).
    pub fn der(&self) -> CertificateDer<'static> {
        self.der.clone()
    }

    /// A leaf for `cn` covering `sans`, valid from `days.0` to `days.1` days from now.
    pub fn leaf(&self, cn: &str, sans: &[&str], days: (i64, i64)) -> Identity {
        let key = KeyPair::generate().expect("key");
        let cert = leaf_params(cn, sans, days).signed_by(&key, &self.issuer).expect("leaf");
        Identity { chain: vec![cert.der().clone()], key: PrivatePkcs8KeyDer::from(key.serialize_der()) }
    }

    /// An intermediate CA signed by this one.
    pub fn intermediate(&self, name: &str) -> TestCa {
        let key = KeyPair::generate().expect("key");
        let params = ca_params(name);
        let cert = params.signed_by(&key, &self.issuer).expect("intermediate");
        TestCa { pem: cert.pem(), der: cert.der().clone(), issuer: Issuer::new(params, key) }
    }

    /// A leaf signed by this (intermediate) CA, with the intermediate in the chain when
    /// `send_intermediate` is true.
    pub fn leaf_with_chain(&self, cn: &str, sans: &[&str], send_intermediate: bool) -> Identity {
        let mut id = self.leaf(cn, sans, (-1, 90));
        if send_intermediate {
            id.chain.push(self.der.clone());
        }
        id
    }
}

/// A self-signed certificate for `cn`.
pub fn self_signed(cn: &str, sans: &[&str]) -> Identity {
    let key = KeyPair::generate().expect("key");
    let cert = leaf_params(cn, sans, (-1, 90)).self_signed(&key).expect("self-signed");
    Identity { chain: vec![cert.der().clone()], key: PrivatePkcs8KeyDer::from(key.serialize_der()) }
}

impl TestCa {
    /// A leaf signed by this (intermediate) CA that says where its issuer's certificate is
    /// published (AIA caIssuers), as every public CA's leaves do; only the leaf is in the
    /// chain, like a server that forgot to send its intermediate.
    pub fn leaf_pointing_to_issuer(&self, cn: &str, sans: &[&str], url: &str) -> Identity {
        let key = KeyPair::generate().expect("key");
        let mut params = leaf_params(cn, sans, (-1, 90));
        params.custom_extensions.push(ca_issuers_extension(url));
        let cert = params.signed_by(&key, &self.issuer).expect("leaf");
        Identity { chain: vec![cert.der().clone()], key: PrivatePkcs8KeyDer::from(key.serialize_der()) }
    }
}

/// An AuthorityInfoAccess extension with one caIssuers URI (RFC 5280 §4.2.2.1), DER by hand.
fn ca_issuers_extension(url: &str) -> rcgen::CustomExtension {
    let ca_issuers_oid = [0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x02];
    let mut uri = vec![0x86, url.len() as u8];
    uri.extend_from_slice(url.as_bytes());
    let mut description = vec![0x30, (ca_issuers_oid.len() + uri.len()) as u8];
    description.extend_from_slice(&ca_issuers_oid);
    description.extend_from_slice(&uri);
    let mut syntax = vec![0x30, description.len() as u8];
    syntax.extend_from_slice(&description);
    rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], syntax)
}

/// A self-signed certificate marked as a CA, as `openssl req -x509` makes by default (Dovecot's
/// and many appliances' own certificates), plus its PEM so a test can choose to trust it.
pub fn self_signed_ca(cn: &str, sans: &[&str]) -> (Identity, String) {
    let key = KeyPair::generate().expect("key");
    let mut params = leaf_params(cn, sans, (-1, 90));
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let cert = params.self_signed(&key).expect("self-signed CA");
    let id = Identity { chain: vec![cert.der().clone()], key: PrivatePkcs8KeyDer::from(key.serialize_der()) };
    (id, cert.pem())
}
