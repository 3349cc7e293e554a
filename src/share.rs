//! `maildoctor check --share URL`: uploads the finished report to a running maildoctor
//! service (`POST /api/v1/reports`), so the help desk sees the server from the user's own
//! network, and returns the link it answers with (docs/STORE.md).
//!
//! The report sent is the one `--json` prints: scrubbed, no password in any form. The service
//! checks it again and refuses anything that looks like a secret. The upload trusts Mozilla's
//! roots plus the `--ca-file` CAs, has one time limit, and reads at most 64 KiB of answer.

use std::time::Duration;

use serde::Deserialize;

use crate::report::Report;

/// How long the upload may take in all.
pub const UPLOAD_TIMEOUT: Duration = Duration::from_secs(30);

/// The most of the service's answer read.
const MAX_ANSWER: usize = 64 * 1024;

/// Why the upload failed.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// The address is not an http(s) URL without user name or password.
    #[error(
        "--share needs the service's address as http(s)://host[:port][/path], without a user name or password: {0}"
    )]
    BadUrl(String),
    /// The token variable is not set.
    #[error("--share-token-env: the environment variable {0} is not set")]
    TokenEnv(String),
    /// The CA file could not be used for the upload's TLS.
    #[error("--share: the CA certificates cannot be used: {0}")]
    Trust(String),
    /// No answer, or a broken one.
    #[error("the report could not be uploaded to {url}: {why}")]
    Transport {
        /// Where to.
        url: String,
        /// What happened.
        why: String,
    },
    /// The service refused it.
    #[error("the service refused the report ({status} {error}): {detail}")]
    Refused {
        /// HTTP status.
        status: u16,
        /// Its error code (`secret_in_upload`, `invalid_report`, `unauthorized`, …).
        error: String,
        /// Its words.
        detail: String,
    },
}

/// Where the uploaded report now lives.
#[derive(Debug, Clone, Eq, PartialEq)]
pub struct Shared {
    /// The page to put in the ticket (absolute).
    pub url: String,
    /// The id.
    pub id: String,
    /// The one-time deletion token.
    pub delete_token: String,
    /// How many days the service keeps it.
    pub days: u32,
}

#[derive(Deserialize)]
struct Answer {
    id: String,
    link: String,
    delete_token: String,
    days: u32,
}

#[derive(Deserialize)]
struct ErrorAnswer {
    error: String,
    #[serde(default)]
    detail: String,
}

/// The service's base address, checked: `http`/`https`, a host, no user name or password,
/// no query or fragment; a trailing `/` removed.
pub fn base_url(text: &str) -> Result<reqwest::Url, ShareError> {
    let bad = |why: &str| ShareError::BadUrl(format!("{text:?} ({why})"));
    let url = reqwest::Url::parse(text.trim()).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("not http or https"));
    }
    if url.host_str().is_none() {
        return Err(bad("no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(
            "a user name or password in the address would travel in clear; use --share-token-env",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("a query or fragment"));
    }
    Ok(url)
}

/// Uploads `report` to the service at `base`, with `token` as its API bearer token when given;
/// `extra_ca` are PEM CAs trusted besides Mozilla's roots.
pub async fn upload(
    base: &reqwest::Url,
    token: Option<&str>,
    extra_ca: &[&str],
    report: &Report,
) -> Result<Shared, ShareError> {
    let endpoint = join(base, "api/v1/reports");
    let transport = |why: String| ShareError::Transport { url: endpoint.to_string(), why };
    let roots = crate::net::tls::roots(true, extra_ca).map_err(|e| ShareError::Trust(e.to_string()))?;
    // reqwest with `rustls-no-provider` needs a process default to exist.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ShareError::Trust(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let client = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(UPLOAD_TIMEOUT)
        .user_agent(concat!("maildoctor/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| transport(e.to_string()))?;
    let body = serde_json::json!({ "client_version": env!("CARGO_PKG_VERSION"), "report": report });
    let mut request = client.post(endpoint.clone()).json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let send = async {
        let mut response = request.send().await.map_err(|e| transport(e.to_string()))?;
        let status = response.status().as_u16();
        let mut answer = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| transport(e.to_string()))? {
            if answer.len() + chunk.len() > MAX_ANSWER {
                return Err(transport("the answer is larger than 64 KiB".to_owned()));
            }
            answer.extend_from_slice(&chunk);
        }
        Ok((status, answer))
    };
    let (status, answer) = tokio::time::timeout(UPLOAD_TIMEOUT, send)
        .await
        .map_err(|_| transport(format!("no answer within {} s", UPLOAD_TIMEOUT.as_secs())))??;
    if status != 201 {
        let said: Option<ErrorAnswer> = serde_json::from_slice(&answer).ok();
        return Err(match said {
            Some(e) => ShareError::Refused { status, error: e.error, detail: e.detail },
            None => ShareError::Refused {
                status,
                error: "http_error".to_owned(),
                detail: crate::proto::text::clean(
                    &String::from_utf8_lossy(&answer).chars().take(200).collect::<String>(),
                ),
            },
        });
    }
    let answer: Answer = serde_json::from_slice(&answer)
        .map_err(|e| transport(format!("an answer that is not an upload's: {e}")))?;
    let url = join(base, answer.link.trim_start_matches('/'));
    Ok(Shared { url: url.to_string(), id: answer.id, delete_token: answer.delete_token, days: answer.days })
}

/// The report's JSON address on the service (`…/api/v1/reports/{id}`), for deleting it.
pub fn api_url(base: &reqwest::Url, id: &str) -> String {
    join(base, &format!("api/v1/reports/{id}")).to_string()
}

/// `base` + `path`, keeping a path prefix the service is mounted under (`https://x/desk/`).
fn join(base: &reqwest::Url, path: &str) -> reqwest::Url {
    let mut url = base.clone();
    let prefix = url.path().trim_end_matches('/').to_owned();
    url.set_path(&format!("{prefix}/{path}"));
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_must_be_plain_http_or_https() {
        assert!(base_url("https://desk.example.com").is_ok());
        assert!(base_url("http://127.0.0.1:8080/").is_ok());
        for bad in [
            "ftp://desk.example.com",
            "https://user:pw@desk.example.com",
            "https://desk/?x=1",
            "desk.example.com",
        ] {
            assert!(matches!(base_url(bad), Err(ShareError::BadUrl(_))), "{bad}");
        }
    }

    #[test]
    fn links_keep_the_path_the_service_is_mounted_under() {
        let base = base_url("https://example.com/maildoctor/").unwrap();
        assert_eq!(join(&base, "api/v1/reports").as_str(), "https://example.com/maildoctor/api/v1/reports");
        let root = base_url("http://127.0.0.1:8080").unwrap();
        assert_eq!(join(&root, "r/abc").as_str(), "http://127.0.0.1:8080/r/abc");
    }
}
