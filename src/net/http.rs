//! Bounded HTTP fetches (discovery, AIA intermediates), under the same address policy as every connection.
//!
//! reqwest never resolves a name itself: [`PolicyResolver`] asks our [`Resolver`] and hands
//! back only the addresses [`AddressPolicy::vet`] passes, so the address checked is the
//! address connected to (redirects go through it too). No proxy from the environment is used
//! (it would bypass the policy). Trust is the same root store the probes use. Bodies are capped
//! at [`MAX_BODY`] and every fetch has a time limit.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use rustls::RootCertStore;

use super::policy::AddressPolicy;
use super::resolver::Resolver;

/// Largest autoconfig file read.
pub const MAX_BODY: usize = 64 * 1024;

/// Most redirects followed.
const MAX_REDIRECTS: usize = 3;

/// Why a fetch produced no body.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The client could not be built.
    #[error("HTTP client: {0}")]
    Client(String),
    /// The request failed (no address, refused by policy, TLS, timeout, …).
    #[error("{0}")]
    Request(String),
    /// Not a 200 answer.
    #[error("HTTP {0}")]
    Status(u16),
    /// Larger than [`MAX_BODY`].
    #[error("larger than {} KiB", MAX_BODY / 1024)]
    TooLarge,
}

/// Resolves through maildoctor's resolver and keeps only vetted addresses.
#[derive(Debug)]
pub struct PolicyResolver {
    resolver: Arc<Resolver>,
    policy: AddressPolicy,
}

impl Resolve for PolicyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let resolver = self.resolver.clone();
        let policy = self.policy.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let lookup = resolver.lookup_addresses(&host).await;
            let all = lookup.addresses();
            if all.is_empty() {
                return Err(format!("{host} has no address").into());
            }
            let vetted: Vec<SocketAddr> = all
                .iter()
                .filter_map(|ip| policy.vet(*ip).ok())
                .map(|v| SocketAddr::new(v.ip(), 0))
                .collect();
            if vetted.is_empty() {
                return Err(format!("{host} resolves only to addresses the policy refuses").into());
            }
            let addrs: Addrs = Box::new(vetted.into_iter());
            Ok(addrs)
        })
    }
}

/// An HTTP client for autoconfig files.
#[derive(Clone, Debug)]
pub struct Fetcher {
    client: Option<reqwest::Client>,
    policy: AddressPolicy,
    build_error: Option<String>,
    port: Option<u16>,
    limit: Duration,
}

impl Fetcher {
    /// A client resolving with `resolver` under `policy`, trusting `roots`; `port` overrides
    /// the URL port (tests); `limit` bounds each fetch.
    pub fn new(
        resolver: Arc<Resolver>,
        policy: AddressPolicy,
        roots: Arc<RootCertStore>,
        port: Option<u16>,
        limit: Duration,
    ) -> Self {
        match build(resolver, policy.clone(), roots, limit) {
            Ok(client) => Fetcher { client: Some(client), policy, build_error: None, port, limit },
            Err(e) => Fetcher { client: None, policy, build_error: Some(e), port, limit },
        }
    }

    /// The port override, if any.
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// GETs `url`: the body as text when the answer is 200 and small enough.
    pub async fn get(&self, url: &str) -> Result<String, FetchError> {
        let body = self.get_bytes(url).await?;
        Ok(String::from_utf8_lossy(&body).into_owned())
    }

    /// GETs `url`: the body as bytes (a DER certificate) when the answer is 200 and small
    /// enough, under the same policy, redirect and size limits as [`Fetcher::get`].
    pub async fn get_bytes(&self, url: &str) -> Result<Vec<u8>, FetchError> {
        let Some(client) = &self.client else {
            return Err(FetchError::Client(self.build_error.clone().unwrap_or_default()));
        };
        // hyper connects to an IP-literal host without asking the resolver, so the policy is
        // applied here too (the URL parser also turns forms like `0x7f.1` into an address).
        let parsed = reqwest::Url::parse(url).map_err(|e| FetchError::Request(format!("bad URL: {e}")))?;
        let literal = match parsed.host() {
            Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
            Some(url::Host::Domain(_)) | None => None,
        };
        if let Some(ip) = literal
            && self.policy.vet(ip).is_err()
        {
            return Err(FetchError::Request(format!("{ip} is an address the policy refuses")));
        }
        let fetch = async {
            let mut response = client.get(url).send().await.map_err(|e| FetchError::Request(describe(&e)))?;
            let status = response.status().as_u16();
            if status != 200 {
                return Err(FetchError::Status(status));
            }
            let mut body: Vec<u8> = Vec::new();
            while let Some(chunk) = response.chunk().await.map_err(|e| FetchError::Request(describe(&e)))? {
                if body.len() + chunk.len() > MAX_BODY {
                    return Err(FetchError::TooLarge);
                }
                body.extend_from_slice(&chunk);
            }
            Ok(body)
        };
        match tokio::time::timeout(self.limit, fetch).await {
            Ok(result) => result,
            Err(_) => Err(FetchError::Request(format!("no answer within {} ms", self.limit.as_millis()))),
        }
    }
}

fn build(
    resolver: Arc<Resolver>,
    policy: AddressPolicy,
    roots: Arc<RootCertStore>,
    limit: Duration,
) -> Result<reqwest::Client, String> {
    // reqwest with `rustls-no-provider` panics at build() without a process default.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let policy_for_redirects = policy.clone();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .dns_resolver(Arc::new(PolicyResolver { resolver, policy }))
        .no_proxy()
        .redirect(redirects(policy_for_redirects))
        .connect_timeout(limit)
        .timeout(limit)
        .user_agent(concat!("maildoctor/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| e.to_string())
}

/// Follows at most [`MAX_REDIRECTS`] redirects. A redirect to an IP literal is vetted here:
/// hyper connects to an IP without asking the resolver, so [`PolicyResolver`] would not see it.
fn redirects(policy: AddressPolicy) -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= MAX_REDIRECTS {
            return attempt.error(format!("more than {MAX_REDIRECTS} redirects"));
        }
        let host = attempt.url().host_str().unwrap_or("").trim_start_matches('[').trim_end_matches(']');
        match host.parse::<IpAddr>() {
            Ok(ip) if policy.vet(ip).is_err() => {
                let why = format!("redirected to {ip}, an address the policy refuses");
                attempt.error(why)
            }
            _ => attempt.follow(),
        }
    })
}

/// reqwest's error with its causes, which say what actually failed.
fn describe(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.chars().take(300).collect()
}
