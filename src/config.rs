//! Settings shared by every diagnosis a process runs: resolver, trust, policy, timeouts.
//!
//! Built once from the CLI (`check` or `serve`) and shared read-only. Per-request options
//! (a CA in the request, a shorter timeout) narrow these; they never widen them.
//!
//! The service's configuration ([`ServiceConfig`]) comes from layers ([`FileConfig`]): a TOML
//! file (`--config`), `MAILDOCTOR_*` environment variables and flags. Precedence: flags >
//! environment > file > defaults. Every value is checked at start-up ([`ConfigError`]).
//! docs/CONFIGURATION.md lists the keys.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::net::policy::{AddressPolicy, Cidr};

/// Time limits for each step. Every network await runs under one of these.
#[derive(Clone, Copy, Debug)]
pub struct Timeouts {
    /// One DNS query (each of A and AAAA); hickory retries are switched off.
    pub dns: Duration,
    /// One TCP connect attempt.
    pub connect: Duration,
    /// One TLS handshake.
    pub tls: Duration,
    /// Waiting for a greeting before calling the server silent.
    pub greeting: Duration,
    /// How long a plain connection may stay silent before a TLS ClientHello goes out on a
    /// second connection (the security race; the connect time is added to it; none on 993,
    /// 995 and 465).
    pub head_start: Duration,
    /// One read or write after the greeting.
    pub io: Duration,
    /// A greeting slower than this raises `server.slow_response`.
    pub slow_greeting: Duration,
    /// The whole diagnosis.
    pub overall: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            dns: Duration::from_secs(3),
            connect: Duration::from_secs(6),
            tls: Duration::from_secs(8),
            greeting: Duration::from_secs(8),
            // Dovecot greets in 8-25 ms on loopback and Postfix in under 1 ms; see checks/race.rs.
            head_start: Duration::from_millis(250),
            io: Duration::from_secs(10),
            slow_greeting: Duration::from_secs(3),
            overall: Duration::from_secs(60),
        }
    }
}

impl Timeouts {
    /// Short limits for tests against loopback fakes.
    pub fn fast() -> Self {
        Timeouts {
            dns: Duration::from_millis(500),
            connect: Duration::from_millis(800),
            tls: Duration::from_secs(2),
            greeting: Duration::from_millis(700),
            head_start: Duration::from_millis(100),
            io: Duration::from_secs(2),
            slow_greeting: Duration::from_millis(400),
            overall: Duration::from_secs(15),
        }
    }

    /// Caps every limit at `overall` seconds (a request's own shorter budget).
    pub fn capped(mut self, overall: Duration) -> Self {
        self.overall = self.overall.min(overall);
        self
    }
}

/// Process-wide settings.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// DNS server to ask instead of the system's (`--dns-server 127.0.0.1:10053`).
    pub dns_server: Option<SocketAddr>,
    /// Extra trusted CA certificates, PEM text (`--ca-file`).
    pub extra_ca_pem: Option<String>,
    /// Which addresses may be connected to.
    pub policy: AddressPolicy,
    /// Time limits.
    pub timeouts: Timeouts,
    /// Trust only `extra_ca_pem`, not the public roots (tests use this to get a deterministic
    /// "untrusted" for certificates from their own CA when it is not given).
    pub no_public_roots: bool,
    /// Thunderbird's ISPDB service, asked by discovery (`None`: only the copy built in).
    pub ispdb_url: Option<String>,
}

/// Days a saved report is kept unless `retention_days` says otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 30;

/// The ISPDB service Thunderbird asks (`<base>/v1.1/<domain>`).
pub const DEFAULT_ISPDB_URL: &str = "https://autoconfig.thunderbird.net";

// ---------------------------------------------------------------------------------------------
// The service's configuration: a TOML file, MAILDOCTOR_* environment variables and flags.
// ---------------------------------------------------------------------------------------------

/// Why the configuration cannot be used. Reported at start-up (exit 78) before anything listens.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The configuration file cannot be read.
    #[error("cannot read the configuration file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The configuration file is not valid TOML or has an unknown or mistyped key.
    #[error("invalid configuration file {path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What toml said (line, column, key).
        message: String,
    },
    /// A value is out of range or malformed (whichever source it came from).
    #[error("invalid configuration: {key}: {message}")]
    Invalid {
        /// The setting (file key; the variable is `MAILDOCTOR_` + the upper-case key).
        key: &'static str,
        /// What is wrong.
        message: String,
    },
}

fn invalid(key: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid { key, message: message.into() }
}

/// How `serve` writes its logs.
#[derive(Clone, Copy, Debug, Default, Deserialize, Eq, PartialEq, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One JSON object per line (the default for `serve`; for log collectors).
    #[default]
    Json,
    /// Human-readable lines.
    Text,
}

/// Per-step time limits in the file's `[timeouts]` table, in seconds (fractions allowed).
#[derive(Clone, Copy, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepTimeouts {
    /// One DNS query.
    pub dns: Option<f64>,
    /// One TCP connect attempt.
    pub connect: Option<f64>,
    /// One TLS handshake.
    pub tls: Option<f64>,
    /// Waiting for the greeting.
    pub greeting: Option<f64>,
    /// One read or write after the greeting.
    pub io: Option<f64>,
}

/// One layer of configuration: every key optional. The file is one layer; the flags (with
/// their environment variables, which clap reads) are another; [`FileConfig::under`] stacks
/// them. The keys are documented in docs/CONFIGURATION.md.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// Address to listen on.
    pub listen: Option<SocketAddr>,
    /// DNS server instead of the system's.
    pub dns_server: Option<SocketAddr>,
    /// Extra trusted CA certificates (PEM file).
    pub ca_file: Option<PathBuf>,
    /// Allow loopback and private addresses.
    pub allow_private: Option<bool>,
    /// Networks allowed although private (CIDR text).
    pub allow_cidr: Option<Vec<String>>,
    /// The overall deadline of one diagnosis, seconds.
    pub timeout: Option<u64>,
    /// Per-step limits.
    pub timeouts: Option<StepTimeouts>,
    /// `json` or `text`.
    pub log_format: Option<LogFormat>,
    /// Seconds in-flight diagnoses get to finish after SIGTERM.
    pub shutdown_grace: Option<u64>,
    /// Bearer tokens for the API (none: the API is open).
    pub api_tokens: Option<Vec<String>>,
    /// Also require a token (HTTP Basic password) for the web pages.
    pub protect_form: Option<bool>,
    /// Replaced by `trusted_proxies`: `false` is accepted, `true` is refused with a pointer to it.
    pub trust_forwarded_for: Option<bool>,
    /// Proxies (CIDR text) whose `X-Forwarded-For` is believed; none by default.
    pub trusted_proxies: Option<Vec<String>>,
    /// Seconds a connection has to send a whole request head (from opening or the last answer).
    pub header_timeout: Option<f64>,
    /// Seconds a request has to send its whole body once its head is in.
    pub body_timeout: Option<f64>,
    /// Seconds a kept-alive connection may wait for its next request.
    pub idle_timeout: Option<f64>,
    /// Connections open at once, service-wide.
    pub max_connections: Option<u32>,
    /// Connections open at once from one client address (IPv6: one /64).
    pub max_connections_per_client: Option<u32>,
    /// Signed-in sessions the connection-limit test may open per account and cooldown window.
    pub probe_sessions_per_account: Option<u32>,
    /// Connection-limit test sessions open at once, service-wide.
    pub probe_sessions_total: Option<u32>,
    /// Ports the service may target besides the mail ports.
    pub extra_ports: Option<Vec<u16>>,
    /// Diagnoses and discoveries per client and minute.
    pub rate_per_minute: Option<u32>,
    /// How many a client may start at once before the rate applies.
    pub rate_burst: Option<u32>,
    /// Diagnoses and discoveries running at once, service-wide.
    pub max_in_flight: Option<u32>,
    /// Diagnoses of the same server and user running at once.
    pub target_concurrent: Option<u32>,
    /// Password-bearing diagnoses of the same server and user per cooldown.
    pub target_attempts: Option<u32>,
    /// The cooldown window, seconds.
    pub target_cooldown: Option<u64>,
    /// A Redis-compatible server the replicas share their limits in (none: this process's memory).
    pub redis_url: Option<String>,
    /// Thunderbird's ISPDB service for discovery; `off` uses only the copy built in.
    pub ispdb_url: Option<String>,
    /// Save finished reports (default true).
    pub save_reports: Option<bool>,
    /// Where the SQLite file of saved reports lives.
    pub data_dir: Option<PathBuf>,
    /// PostgreSQL for saved reports instead of SQLite (`postgres://…`).
    pub database_url: Option<String>,
    /// Days a saved report is kept.
    pub retention_days: Option<u32>,
}

impl FileConfig {
    /// Reads and parses a TOML file; unknown keys are errors (a typo must not pass silently).
    pub fn load(path: &Path) -> Result<FileConfig, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Read { path: path.to_owned(), source })?;
        toml::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            message: e.to_string().trim().to_owned(),
        })
    }

    /// `self` stacked over `lower`: every key set in `self` wins.
    pub fn under(self, lower: FileConfig) -> FileConfig {
        macro_rules! pick {
            ($($f:ident),*) => { FileConfig { $($f: self.$f.or(lower.$f)),* } };
        }
        pick!(
            listen,
            dns_server,
            ca_file,
            allow_private,
            allow_cidr,
            timeout,
            timeouts,
            log_format,
            shutdown_grace,
            api_tokens,
            protect_form,
            trust_forwarded_for,
            trusted_proxies,
            header_timeout,
            body_timeout,
            idle_timeout,
            max_connections,
            max_connections_per_client,
            probe_sessions_per_account,
            probe_sessions_total,
            extra_ports,
            rate_per_minute,
            rate_burst,
            max_in_flight,
            target_concurrent,
            target_attempts,
            target_cooldown,
            redis_url,
            ispdb_url,
            save_reports,
            data_dir,
            database_url,
            retention_days
        )
    }

    /// The engine settings this layer describes (defaults for what it leaves out). Reads the
    /// CA file; checks every value.
    pub fn settings(&self) -> Result<Settings, ConfigError> {
        let extra_ca_pem = match &self.ca_file {
            Some(path) => Some(
                std::fs::read_to_string(path)
                    .map_err(|e| invalid("ca_file", format!("cannot read {}: {e}", path.display())))?,
            ),
            None => None,
        };
        let allow = self
            .allow_cidr
            .iter()
            .flatten()
            .map(|text| text.parse::<Cidr>().map_err(|why| invalid("allow_cidr", why)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Settings {
            dns_server: self.dns_server,
            extra_ca_pem,
            policy: AddressPolicy { allow_private: self.allow_private.unwrap_or(false), allow },
            timeouts: self.timeouts()?,
            no_public_roots: false,
            ispdb_url: self.ispdb_url()?,
        })
    }

    /// Where reports are saved, unless `save_reports = false`.
    fn store(&self) -> Result<Option<crate::store::StoreConfig>, ConfigError> {
        if self.save_reports == Some(false) {
            return Ok(None);
        }
        let days = self.retention_days.unwrap_or(DEFAULT_RETENTION_DAYS);
        if !(1..=3650).contains(&days) {
            return Err(invalid("retention_days", "between 1 and 3650"));
        }
        let database_url = self.database_url.clone().filter(|u| !u.trim().is_empty());
        if let Some(url) = &database_url
            && !(url.starts_with("postgres://") || url.starts_with("postgresql://"))
        {
            return Err(invalid("database_url", "give a postgres:// URL"));
        }
        Ok(Some(crate::store::StoreConfig {
            data_dir: self.data_dir.clone().unwrap_or_else(|| PathBuf::from("data")),
            database_url,
            retention: Duration::from_secs(u64::from(days) * 86_400),
        }))
    }

    /// The ISPDB base URL: the default, another `http(s)://` one, or none for `off`.
    fn ispdb_url(&self) -> Result<Option<String>, ConfigError> {
        match self.ispdb_url.as_deref().map(str::trim) {
            None | Some("") => Ok(Some(DEFAULT_ISPDB_URL.to_owned())),
            Some("off") => Ok(None),
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                Ok(Some(url.trim_end_matches('/').to_owned()))
            }
            Some(_) => Err(invalid("ispdb_url", "give an http(s):// URL, or off")),
        }
    }

    fn timeouts(&self) -> Result<Timeouts, ConfigError> {
        let mut t = Timeouts::default();
        let steps = self.timeouts.unwrap_or_default();
        for (key, value, slot) in [
            ("timeouts.dns", steps.dns, &mut t.dns),
            ("timeouts.connect", steps.connect, &mut t.connect),
            ("timeouts.tls", steps.tls, &mut t.tls),
            ("timeouts.greeting", steps.greeting, &mut t.greeting),
            ("timeouts.io", steps.io, &mut t.io),
        ] {
            if let Some(secs) = value {
                *slot = seconds(key, secs)?;
            }
        }
        if let Some(secs) = self.timeout {
            if !(1..=600).contains(&secs) {
                return Err(invalid("timeout", format!("{secs}: must be 1 to 600 seconds")));
            }
            t.overall = Duration::from_secs(secs);
        }
        Ok(t)
    }

    /// The whole service configuration: engine settings, listen address, limits, access.
    pub fn service(&self) -> Result<ServiceConfig, ConfigError> {
        let settings = self.settings()?;
        let d = Limits::default();
        let positive = |key: &'static str, v: Option<u32>, default: u32| match v {
            Some(0) => Err(invalid(key, "must be at least 1")),
            Some(n) => Ok(n),
            None => Ok(default),
        };
        let mut ports = MAIL_PORTS.to_vec();
        for &port in self.extra_ports.iter().flatten() {
            if port == 0 {
                return Err(invalid("extra_ports", "0 is not a port"));
            }
            ports.push(port);
        }
        let limits = Limits {
            rate_per_minute: positive("rate_per_minute", self.rate_per_minute, d.rate_per_minute)?,
            rate_burst: positive("rate_burst", self.rate_burst, d.rate_burst)?,
            max_in_flight: positive("max_in_flight", self.max_in_flight, d.max_in_flight)?,
            target_concurrent: positive("target_concurrent", self.target_concurrent, d.target_concurrent)?,
            target_attempts: positive("target_attempts", self.target_attempts, d.target_attempts)?,
            target_cooldown: match self.target_cooldown {
                Some(s) if s > 86_400 => return Err(invalid("target_cooldown", "at most 86400 seconds")),
                Some(s) => Duration::from_secs(s),
                None => d.target_cooldown,
            },
            allowed_ports: Some(ports),
            trusted_proxies: self.trusted_proxies()?,
            probe_sessions_per_account: positive(
                "probe_sessions_per_account",
                self.probe_sessions_per_account,
                d.probe_sessions_per_account,
            )?,
            probe_sessions_total: positive(
                "probe_sessions_total",
                self.probe_sessions_total,
                d.probe_sessions_total,
            )?,
        };
        let tokens = self.api_tokens.clone().unwrap_or_default();
        if let Some(short) =
            tokens.iter().find(|t| t.len() < MIN_TOKEN_LEN || t.contains(char::is_whitespace))
        {
            let shown = short.chars().take(3).collect::<String>();
            return Err(invalid(
                "api_tokens",
                format!(
                    "a token starting {shown:?} is shorter than {MIN_TOKEN_LEN} characters or has spaces"
                ),
            ));
        }
        let protect_form = self.protect_form.unwrap_or(false);
        if protect_form && tokens.is_empty() {
            return Err(invalid("protect_form", "needs at least one token in api_tokens"));
        }
        let grace = self.shutdown_grace.unwrap_or(DEFAULT_GRACE_SECS);
        if grace > 3600 {
            return Err(invalid("shutdown_grace", "at most 3600 seconds"));
        }
        Ok(ServiceConfig {
            listen: self.listen.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080))),
            settings,
            log_format: self.log_format.unwrap_or_default(),
            shutdown_grace: Duration::from_secs(grace),
            limits,
            access: Access { api_tokens: tokens, protect_form },
            connections: self.connections()?,
            redis_url: self.redis_url.clone().filter(|u| !u.trim().is_empty()),
            store: self.store()?,
        })
    }

    /// The proxies whose `X-Forwarded-For` is believed. The old yes/no key cannot say which
    /// peer is the proxy, so `true` is refused rather than guessed at.
    fn trusted_proxies(&self) -> Result<Vec<Cidr>, ConfigError> {
        if self.trust_forwarded_for == Some(true) {
            return Err(invalid(
                "trust_forwarded_for",
                "replaced by trusted_proxies: list your reverse proxy's address or network \
                 (e.g. trusted_proxies = [\"172.18.0.0/16\"]); X-Forwarded-For is then believed \
                 only from there",
            ));
        }
        let parse = |text: &String| text.parse::<Cidr>().map_err(|why| invalid("trusted_proxies", why));
        self.trusted_proxies.iter().flatten().map(parse).collect()
    }

    /// How `serve` treats connections: time limits and caps, checked.
    fn connections(&self) -> Result<Connections, ConfigError> {
        let d = Connections::default();
        let secs = |key: &'static str, value: Option<f64>, default: Duration| match value {
            Some(v) => seconds(key, v),
            None => Ok(default),
        };
        let count = |key: &'static str, value: Option<u32>, default: usize| match value {
            Some(0) => Err(invalid(key, "must be at least 1")),
            Some(n) if n > 1_000_000 => Err(invalid(key, "at most 1000000")),
            Some(n) => Ok(n as usize),
            None => Ok(default),
        };
        Ok(Connections {
            header_timeout: secs("header_timeout", self.header_timeout, d.header_timeout)?,
            body_timeout: secs("body_timeout", self.body_timeout, d.body_timeout)?,
            idle_timeout: secs("idle_timeout", self.idle_timeout, d.idle_timeout)?,
            max_connections: count("max_connections", self.max_connections, d.max_connections)?,
            max_connections_per_client: count(
                "max_connections_per_client",
                self.max_connections_per_client,
                d.max_connections_per_client,
            )?,
        })
    }
}

/// How `serve` treats the connections it accepts (docs/CONFIGURATION.md, *Connections*).
///
/// A client that opens connections and sends nothing, or sends a byte now and then, must not
/// hold a descriptor and a buffer for long, and no one client may hold many of them.
#[derive(Clone, Debug)]
pub struct Connections {
    /// A connection must send a whole request head within this long of opening (or of the
    /// previous answer): what closes a silent connection and a head sent a byte at a time.
    pub header_timeout: Duration,
    /// A request must send its whole body within this long of its head.
    pub body_timeout: Duration,
    /// A kept-alive connection is closed when it has waited this long for its next request.
    pub idle_timeout: Duration,
    /// Connections open at once; one more is refused at once (never queued).
    pub max_connections: usize,
    /// Connections open at once from one client address (IPv6: one /64; a trusted proxy is
    /// not limited by this, only by `max_connections`).
    pub max_connections_per_client: usize,
}

impl Default for Connections {
    /// 10 s for a request head, 15 s for a body, 5 s idle; 512 connections, 32 per client.
    fn default() -> Self {
        Connections {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(15),
            idle_timeout: Duration::from_secs(5),
            max_connections: 512,
            max_connections_per_client: 32,
        }
    }
}

fn seconds(key: &'static str, secs: f64) -> Result<Duration, ConfigError> {
    if secs.is_finite() && secs > 0.0 && secs <= 600.0 {
        Ok(Duration::from_secs_f64(secs))
    } else {
        Err(invalid(key, format!("{secs}: must be more than 0 and at most 600 seconds")))
    }
}

/// The ports the service targets by default: SMTP 25/465/587/2525, POP3 110/995, IMAP 143/993.
pub const MAIL_PORTS: [u16; 8] = [25, 110, 143, 465, 587, 993, 995, 2525];

/// The shortest API token accepted (a guessable token is no protection).
pub const MIN_TOKEN_LEN: usize = 16;

/// Default seconds in-flight diagnoses get to finish after SIGTERM.
pub const DEFAULT_GRACE_SECS: u64 = 20;

/// The abuse limits of the service (see docs/CONFIGURATION.md for the reasoning).
#[derive(Clone, Debug)]
pub struct Limits {
    /// Diagnoses and discoveries per client and minute (token bucket refill).
    pub rate_per_minute: u32,
    /// Bucket size: how many a client may start back to back.
    pub rate_burst: u32,
    /// Diagnoses and discoveries in flight, service-wide (`503` beyond).
    pub max_in_flight: u32,
    /// Diagnoses of one server + user name at once (`429` beyond).
    pub target_concurrent: u32,
    /// Password-bearing diagnoses of one server + user name per cooldown (`429` beyond).
    pub target_attempts: u32,
    /// The cooldown window.
    pub target_cooldown: Duration,
    /// Ports the service may target; `None` means any (library and test use only).
    pub allowed_ports: Option<Vec<u16>>,
    /// Proxies whose `X-Forwarded-For` is believed (the client is the right-most entry that
    /// is not one of them); empty: the TCP peer is the client.
    pub trusted_proxies: Vec<Cidr>,
    /// Signed-in sessions the connection-limit test may open for one account per
    /// `target_cooldown`, however its server is spelled.
    pub probe_sessions_per_account: u32,
    /// Connection-limit test sessions open at once across the service.
    pub probe_sessions_total: u32,
}

impl Default for Limits {
    /// The production defaults: 10 a minute per client (burst 5), 32 in flight, per account 2
    /// sign-ins at once and 3 per 5 minutes, 50 connection-limit test sessions per account and
    /// 5 minutes and 100 open at once, mail ports only, no trusted proxy.
    fn default() -> Self {
        Limits {
            rate_per_minute: 10,
            rate_burst: 5,
            max_in_flight: 32,
            target_concurrent: 2,
            target_attempts: 3,
            target_cooldown: Duration::from_secs(300),
            allowed_ports: Some(MAIL_PORTS.to_vec()),
            trusted_proxies: Vec::new(),
            probe_sessions_per_account: 50,
            probe_sessions_total: 100,
        }
    }
}

impl Limits {
    /// No limits at all (library use and tests that exercise something else).
    pub fn unlimited() -> Self {
        Limits {
            rate_per_minute: u32::MAX,
            rate_burst: u32::MAX,
            max_in_flight: u32::MAX >> 3,
            target_concurrent: u32::MAX,
            target_attempts: u32::MAX,
            target_cooldown: Duration::ZERO,
            allowed_ports: None,
            trusted_proxies: Vec::new(),
            probe_sessions_per_account: u32::MAX,
            probe_sessions_total: u32::MAX,
        }
    }
}

/// Who may use the service.
#[derive(Clone, Debug, Default)]
pub struct Access {
    /// Bearer tokens accepted on `/api/` and `/metrics`; empty means open.
    pub api_tokens: Vec<String>,
    /// Whether the pages also need a token (as the HTTP Basic password).
    pub protect_form: bool,
}

/// Everything `serve` runs with, resolved and checked.
#[derive(Clone, Debug)]
pub struct ServiceConfig {
    /// Where to listen.
    pub listen: SocketAddr,
    /// Engine settings.
    pub settings: Settings,
    /// Log format.
    pub log_format: LogFormat,
    /// How long in-flight diagnoses may run on after SIGTERM.
    pub shutdown_grace: Duration,
    /// Abuse limits.
    pub limits: Limits,
    /// Tokens.
    pub access: Access,
    /// Time limits and caps on connections.
    pub connections: Connections,
    /// Where the replicas share their limits (docs/CONFIGURATION.md); never logged (it may
    /// carry the store's password).
    pub redis_url: Option<String>,
    /// Where finished reports are saved (`None`: not saved).
    pub store: Option<crate::store::StoreConfig>,
}

/// The `serve` flags beyond the engine's; each also reads a `MAILDOCTOR_*` variable.
/// Precedence: flag > environment > file > default.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ServiceFlags {
    /// Log format (default json).
    #[arg(long, value_enum, env = "MAILDOCTOR_LOG_FORMAT")]
    pub log_format: Option<LogFormat>,
    /// Seconds in-flight diagnoses may finish after SIGTERM (default 20).
    #[arg(long, value_name = "SECS", env = "MAILDOCTOR_SHUTDOWN_GRACE")]
    pub shutdown_grace: Option<u64>,
    /// An API bearer token (repeatable; the variable takes a comma-separated list).
    #[arg(
        long = "api-token",
        value_name = "TOKEN",
        env = "MAILDOCTOR_API_TOKENS",
        value_delimiter = ',',
        hide_env_values = true
    )]
    pub api_tokens: Vec<String>,
    /// Require a token (as the HTTP Basic password) for the web pages too.
    #[arg(long, value_name = "BOOL", env = "MAILDOCTOR_PROTECT_FORM", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub protect_form: Option<bool>,
    /// Replaced by --trusted-proxy (only `false` is accepted).
    #[arg(long, value_name = "BOOL", env = "MAILDOCTOR_TRUST_FORWARDED_FOR", num_args = 0..=1, require_equals = true, default_missing_value = "true", hide = true)]
    pub trust_forwarded_for: Option<bool>,
    /// A reverse proxy (IP or CIDR) whose X-Forwarded-For is believed (repeatable).
    #[arg(
        long = "trusted-proxy",
        value_name = "CIDR",
        env = "MAILDOCTOR_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<String>,
    /// Seconds a connection has to send a request head (default 10).
    #[arg(long, value_name = "SECS", env = "MAILDOCTOR_HEADER_TIMEOUT")]
    pub header_timeout: Option<f64>,
    /// Seconds a request has to send its body (default 15).
    #[arg(long, value_name = "SECS", env = "MAILDOCTOR_BODY_TIMEOUT")]
    pub body_timeout: Option<f64>,
    /// Seconds a kept-alive connection may wait for its next request (default 5).
    #[arg(long, value_name = "SECS", env = "MAILDOCTOR_IDLE_TIMEOUT")]
    pub idle_timeout: Option<f64>,
    /// Connections open at once (default 512).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_MAX_CONNECTIONS")]
    pub max_connections: Option<u32>,
    /// Connections open at once from one client address (default 32).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_MAX_CONNECTIONS_PER_CLIENT")]
    pub max_connections_per_client: Option<u32>,
    /// Connection-limit test sessions per account and cooldown (default 50).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_PROBE_SESSIONS_PER_ACCOUNT")]
    pub probe_sessions_per_account: Option<u32>,
    /// Connection-limit test sessions open at once, service-wide (default 100).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_PROBE_SESSIONS_TOTAL")]
    pub probe_sessions_total: Option<u32>,
    /// Another port the service may target besides the mail ports (repeatable).
    #[arg(long = "extra-port", value_name = "PORT", env = "MAILDOCTOR_EXTRA_PORTS", value_delimiter = ',')]
    pub extra_ports: Vec<u16>,
    /// Diagnoses per client and minute (default 10).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_RATE_PER_MINUTE")]
    pub rate_per_minute: Option<u32>,
    /// Diagnoses a client may start back to back (default 5).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_RATE_BURST")]
    pub rate_burst: Option<u32>,
    /// Diagnoses in flight service-wide (default 32).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_MAX_IN_FLIGHT")]
    pub max_in_flight: Option<u32>,
    /// Diagnoses of one server + user at once (default 2).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_TARGET_CONCURRENT")]
    pub target_concurrent: Option<u32>,
    /// Password-bearing diagnoses of one server + user per cooldown (default 3).
    #[arg(long, value_name = "N", env = "MAILDOCTOR_TARGET_ATTEMPTS")]
    pub target_attempts: Option<u32>,
    /// The per-target cooldown window in seconds (default 300).
    #[arg(long, value_name = "SECS", env = "MAILDOCTOR_TARGET_COOLDOWN")]
    pub target_cooldown: Option<u64>,
    /// Share the limits with other replicas in this Redis/Valkey (redis://[:password@]host:port/db).
    #[arg(long, value_name = "URL", env = "MAILDOCTOR_REDIS_URL", hide_env_values = true)]
    pub redis_url: Option<String>,
    /// Save finished reports, with share links (default true).
    #[arg(long, value_name = "BOOL", env = "MAILDOCTOR_SAVE_REPORTS", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub save_reports: Option<bool>,
    /// The directory of the SQLite file of saved reports (default ./data).
    #[arg(long, value_name = "DIR", env = "MAILDOCTOR_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Save reports in this PostgreSQL instead (postgres://user:password@host/db).
    #[arg(long, value_name = "URL", env = "MAILDOCTOR_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Days a saved report is kept (default 30).
    #[arg(long, value_name = "DAYS", env = "MAILDOCTOR_RETENTION_DAYS")]
    pub retention_days: Option<u32>,
}

impl ServiceFlags {
    /// These flags as a configuration layer.
    pub fn layer(&self) -> FileConfig {
        let list = |v: &Vec<String>| Some(v.clone()).filter(|v| !v.is_empty());
        FileConfig {
            log_format: self.log_format,
            shutdown_grace: self.shutdown_grace,
            api_tokens: list(&self.api_tokens),
            protect_form: self.protect_form,
            trust_forwarded_for: self.trust_forwarded_for,
            trusted_proxies: list(&self.trusted_proxies),
            header_timeout: self.header_timeout,
            body_timeout: self.body_timeout,
            idle_timeout: self.idle_timeout,
            max_connections: self.max_connections,
            max_connections_per_client: self.max_connections_per_client,
            probe_sessions_per_account: self.probe_sessions_per_account,
            probe_sessions_total: self.probe_sessions_total,
            extra_ports: Some(self.extra_ports.clone()).filter(|v| !v.is_empty()),
            rate_per_minute: self.rate_per_minute,
            rate_burst: self.rate_burst,
            max_in_flight: self.max_in_flight,
            target_concurrent: self.target_concurrent,
            target_attempts: self.target_attempts,
            target_cooldown: self.target_cooldown,
            redis_url: self.redis_url.clone(),
            save_reports: self.save_reports,
            data_dir: self.data_dir.clone(),
            database_url: self.database_url.clone(),
            retention_days: self.retention_days,
            ..FileConfig::default()
        }
    }
}
