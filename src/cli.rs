//! The command line: `maildoctor check`, `maildoctor serve`, `maildoctor healthcheck`,
//! `maildoctor discover`.
//!
//! This module owns the clap types, turning flags into [`Settings`] and a [`DiagnoseRequest`],
//! reading the password (from standard input or an environment variable, never from argv),
//! and mapping outcomes to exit codes ([`exit`]). It prints; the library below it does not.
//! `main.rs` only parses, starts logging and calls [`check`], [`serve`] or [`healthcheck`].

use std::io::{BufRead as _, IsTerminal as _, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs as _};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use thiserror::Error;

use crate::config::{ConfigError, FileConfig, ServiceConfig, ServiceFlags, Settings};
use crate::net::policy::Cidr;
use crate::render::text;
use crate::runner::{Engine, EngineError, Progress};
use crate::secret::Password;
use crate::stage::StageStatus;
use crate::target::{DiagnoseRequest, Options, Protocol, RawPort, Scheme, SecurityChoice};
use crate::web;

/// Exit codes (the low ones follow the verdict; usage and setup errors follow `sysexits.h`).
pub mod exit {
    /// The diagnosis found nothing to fix; the service stopped cleanly; healthy.
    pub const OK: u8 = 0;
    /// The diagnosis found warnings (it works, but something should change).
    pub const WARNING: u8 = 1;
    /// `healthcheck`: the service did not answer `200` (Docker's "unhealthy").
    pub const UNHEALTHY: u8 = 1;
    /// The diagnosis found an error (it does not work).
    pub const ERROR: u8 = 2;
    /// The command line is wrong (unknown flag, bad value, missing password variable).
    pub const USAGE: u8 = 64;
    /// A file named on the command line cannot be read (`--ca-file`).
    pub const NO_INPUT: u8 = 66;
    /// The service could not start (the listen address is taken or not allowed), or
    /// `check --share` could not upload the report (it is still printed).
    pub const UNAVAILABLE: u8 = 69;
    /// An internal failure (the runtime could not start, output could not be written).
    pub const SOFTWARE: u8 = 70;
    /// The configuration is unusable (`--ca-file` holds no usable certificate, DNS setup).
    pub const CONFIG: u8 = 78;

    /// The exit codes of `check`, as `check --help` lists them (a test keeps it in step with
    /// the constants above).
    pub const CHECK_HELP: &str = "\
Exit codes:
  0   ok: nothing to fix
  1   warning: it works, but something should change
  2   error: it does not work (the report says what to fix first)
  64  usage: a wrong flag or value, or a missing password variable
  66  a file named on the command line cannot be read (--ca-file)
  69  --share: the report was printed but could not be uploaded
  70  an internal failure (output could not be written)
  78  the configuration is unusable (--ca-file without a certificate, --config, DNS setup)";
}

/// Finds out why a mail app cannot reach or sign in to its mail server.
#[derive(Debug, Parser)]
#[command(name = "maildoctor", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Diagnose one mail server from the terminal.
    #[command(after_help = exit::CHECK_HELP)]
    Check(Box<CheckArgs>),
    /// Start the web service (form, JSON API, health check).
    Serve(Box<ServeArgs>),
    /// Ask a running service for /healthz; exit 0 when it answers 200 (for Docker HEALTHCHECK).
    Healthcheck(HealthcheckArgs),
    /// Find the mail server settings for an e-mail address (exit 0 confirmed, 1 suggested, 2 none).
    Discover(DiscoverArgs),
}

/// The mail protocol, as typed on the command line.
#[derive(Clone, Copy, Debug, Eq, PartialEq, ValueEnum)]
pub enum ProtocolArg {
    /// Receive mail with IMAP.
    Imap,
    /// Receive mail with POP3.
    #[value(alias = "pop")]
    Pop3,
    /// Send mail with SMTP.
    Smtp,
}

impl From<ProtocolArg> for Protocol {
    fn from(p: ProtocolArg) -> Protocol {
        match p {
            ProtocolArg::Imap => Protocol::Imap,
            ProtocolArg::Pop3 => Protocol::Pop3,
            ProtocolArg::Smtp => Protocol::Smtp,
        }
    }
}

/// The security mode, as typed on the command line.
#[derive(Clone, Copy, Debug, Eq, PartialEq, ValueEnum)]
pub enum SecurityArg {
    /// Implicit TLS ("SSL/TLS"; 993, 995, 465).
    #[value(alias = "ssl")]
    Tls,
    /// A plain greeting, then STARTTLS (143, 110, 587).
    Starttls,
    /// No encryption.
    None,
    /// Find out what the port speaks (SSL/TLS from the start, or STARTTLS).
    Auto,
}

impl From<SecurityArg> for SecurityChoice {
    fn from(s: SecurityArg) -> SecurityChoice {
        match s {
            SecurityArg::Tls => SecurityChoice::Tls,
            SecurityArg::Starttls => SecurityChoice::Starttls,
            SecurityArg::None => SecurityChoice::None,
            SecurityArg::Auto => SecurityChoice::Auto,
        }
    }
}

/// Options shared by `check` and `serve`: they apply to every diagnosis. Each also reads a
/// `MAILDOCTOR_*` variable and the `--config` file (precedence: flag > variable > file).
#[derive(Clone, Debug, Args)]
pub struct EngineArgs {
    /// A TOML configuration file (keys: docs/CONFIGURATION.md).
    #[arg(long, value_name = "FILE", env = "MAILDOCTOR_CONFIG")]
    pub config: Option<PathBuf>,
    /// Ask this DNS server instead of the system's (IP:PORT, e.g. 127.0.0.1:10053).
    #[arg(long, value_name = "IP:PORT", env = "MAILDOCTOR_DNS_SERVER")]
    pub dns_server: Option<SocketAddr>,
    /// Also trust the CA certificates in this PEM file.
    #[arg(long, value_name = "FILE", env = "MAILDOCTOR_CA_FILE")]
    pub ca_file: Option<PathBuf>,
    /// Allow loopback and private addresses (self-hosted help desks, tests).
    #[arg(long, value_name = "BOOL", env = "MAILDOCTOR_ALLOW_PRIVATE", num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    pub allow_private: Option<bool>,
    /// Allow this network even though it is private (repeatable; e.g. 10.1.0.0/16).
    #[arg(long, value_name = "CIDR", num_args = 1.., env = "MAILDOCTOR_ALLOW_CIDR",
          value_delimiter = ',', value_parser = cidr_text)]
    pub allow_cidr: Vec<String>,
    /// Give up on a diagnosis after this many seconds.
    #[arg(long, value_name = "SECS", env = "MAILDOCTOR_TIMEOUT",
          value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: Option<u64>,
    /// Thunderbird's ISPDB service for discovery (default https://autoconfig.thunderbird.net;
    /// `off`: only the copy built in).
    #[arg(long, value_name = "URL", env = "MAILDOCTOR_ISPDB_URL")]
    pub ispdb_url: Option<String>,
}

/// Checks a CIDR flag early (a usage error) but keeps its text for the configuration layer.
fn cidr_text(text: &str) -> Result<String, String> {
    text.parse::<Cidr>().map(|_| text.trim().to_owned())
}

/// `maildoctor check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The mail protocol; may be left out when --host is a mail URL such as imaps://host.
    #[arg(long, value_enum)]
    pub protocol: Option<ProtocolArg>,
    /// The server name as the mail app has it (e.g. imap.example.com), or a mail URL
    /// (imaps://, imap://, pop3s://, pop3://, smtps://, submissions://, submission://, smtp://)
    /// that also gives the protocol, port and security.
    #[arg(long)]
    pub host: String,
    /// The port; omitted means the standard one for the protocol and security.
    #[arg(long)]
    pub port: Option<u16>,
    /// How the connection is secured; left out, maildoctor finds out what the port speaks.
    #[arg(long, value_enum)]
    pub security: Option<SecurityArg>,
    /// The user name (often the full e-mail address); needs --password-stdin or --password-env.
    #[arg(long)]
    pub user: Option<String>,
    /// Read the password from the first line of standard input.
    #[arg(long, conflicts_with = "password_env")]
    pub password_stdin: bool,
    /// Read the password from this environment variable.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// Sign in with an OAuth2 access token instead of a password, read from the first line of
    /// standard input (XOAUTH2 or OAUTHBEARER, whichever the server offers).
    #[arg(long, conflicts_with_all = ["oauth_token_env", "password_stdin"])]
    pub oauth_token_stdin: bool,
    /// Sign in with an OAuth2 access token read from this environment variable.
    #[arg(long, value_name = "VAR")]
    pub oauth_token_env: Option<String>,
    /// The e-mail address (used as the user name when --user is not given).
    #[arg(long)]
    pub email: Option<String>,
    /// Print the report as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// SMTP: after signing in, check that this account may send (MAIL FROM and RCPT TO, then
    /// RSET: no message is ever sent).
    #[arg(long)]
    pub send_test: bool,
    /// The sender address for --send-test (default: the user name when it is an address).
    #[arg(long, value_name = "ADDRESS", requires = "send_test")]
    pub send_from: Option<String>,
    /// The recipient for --send-test (default: the sender itself).
    #[arg(long, value_name = "ADDRESS", requires = "send_test")]
    pub send_to: Option<String>,
    /// A help desk's ticket or case number, kept with the shared report.
    #[arg(long, value_name = "TEXT")]
    pub ticket: Option<String>,
    /// The language of the report's words (en, de, es, fr, it, nl, pl, pt-BR, zh-CN; docs/I18N.md); default: the locale's
    /// (LC_ALL, LC_MESSAGES, LANG), else English. Codes stay the same.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// Upload the finished report to a maildoctor service (its address, e.g.
    /// https://maildoctor.example.com) and print the link to it: the help desk sees the
    /// server from this computer's network. The password is never part of it.
    #[arg(long, value_name = "URL")]
    pub share: Option<String>,
    /// Read the service's API token for --share from this environment variable.
    #[arg(long, value_name = "VAR", requires = "share")]
    pub share_token_env: Option<String>,
    /// Send the password even over an unencrypted connection (it can be read on the way).
    #[arg(long)]
    pub allow_insecure_auth: bool,
    /// Send the password even when the certificate fails verification (it could be intercepted).
    #[arg(long)]
    pub trust_certificate: bool,
    /// After signing in, open more sessions one at a time to measure the simultaneous-connection
    /// limit (opt-in; every session is closed afterwards).
    #[arg(long)]
    pub probe_connection_limit: bool,
    /// The most sessions the connection-limit probe opens (1-50).
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u16).range(1..=50))]
    pub limit_cap: u16,
    /// Options applied to the diagnosis.
    #[command(flatten)]
    pub engine: EngineArgs,
}

/// `maildoctor serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (default 127.0.0.1:8080; use 0.0.0.0:8080 in a container).
    #[arg(long, value_name = "ADDR", env = "MAILDOCTOR_LISTEN")]
    pub listen: Option<SocketAddr>,
    /// Options applied to every diagnosis the service runs.
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Limits, tokens, logging and shutdown.
    #[command(flatten)]
    pub service: ServiceFlags,
}

/// `maildoctor discover`.
#[derive(Debug, Args)]
pub struct DiscoverArgs {
    /// The e-mail address (user@example.com).
    pub email: String,
    /// Print the result as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// The language of the words (as `check --lang`); default: the locale's, else English.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// Options applied to the probes (--timeout is the whole discovery's limit).
    #[command(flatten)]
    pub engine: EngineArgs,
}

/// `maildoctor healthcheck`.
#[derive(Debug, Args)]
pub struct HealthcheckArgs {
    /// The health URL (plain http only). Default: /healthz on the port of MAILDOCTOR_LISTEN
    /// (so a container configured for another port still checks itself), else 8080.
    #[arg(long, env = "MAILDOCTOR_HEALTHCHECK_URL")]
    pub url: Option<String>,
}

/// Why a command could not do its job (as opposed to a diagnosis that found problems).
#[derive(Debug, Error)]
pub enum CliError {
    /// `--ca-file` could not be read.
    #[error("cannot read --ca-file {path}: {source}")]
    CaFile {
        /// The path given.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Discovery could not start (not an e-mail address, resolver or trust setup).
    #[error("{0}")]
    Discover(#[from] crate::discover::DiscoverError),
    /// The configuration file, a variable or a flag holds an unusable value.
    #[error("{0}")]
    Config(#[from] ConfigError),
    /// The engine rejected the configuration (bad CA file, resolver setup).
    #[error("unusable configuration: {0}")]
    Engine(#[from] EngineError),
    /// `--user` without `--password-stdin` or `--password-env`.
    #[error(
        "--user needs a password: pipe it with --password-stdin or name a variable with --password-env VAR"
    )]
    PasswordMissing,
    /// Neither `--protocol` nor a mail URL as `--host` says which protocol to test.
    #[error(
        "--protocol is missing: give --protocol imap|pop3|smtp, or the server as a mail URL (e.g. --host imaps://mail.example.com)"
    )]
    ProtocolMissing,
    /// `--password-env` names a variable that is not set (or not UTF-8).
    #[error("--password-env: the environment variable {0} is not set")]
    PasswordEnv(String),
    /// Standard input could not be read for `--password-stdin`.
    #[error("--password-stdin: cannot read standard input: {0}")]
    PasswordStdin(std::io::Error),
    /// The listen address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// An I/O failure of the process itself (runtime, output, serving).
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// `--share`: the upload failed, or its flags are wrong.
    #[error("{0}")]
    Share(#[from] crate::share::ShareError),
    /// The report could not be turned into JSON.
    #[error("cannot write the report as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl CliError {
    /// The exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::CaFile { .. } => exit::NO_INPUT,
            CliError::Engine(_) | CliError::Config(_) => exit::CONFIG,
            CliError::Discover(crate::discover::DiscoverError::BadAddress(_)) => exit::USAGE,
            CliError::Discover(_) => exit::CONFIG,
            CliError::PasswordEnv(_) | CliError::PasswordMissing | CliError::ProtocolMissing => exit::USAGE,
            CliError::PasswordStdin(_) => exit::NO_INPUT,
            CliError::Listen { .. } => exit::UNAVAILABLE,
            CliError::Share(crate::share::ShareError::BadUrl(_) | crate::share::ShareError::TokenEnv(_)) => {
                exit::USAGE
            }
            CliError::Share(crate::share::ShareError::Trust(_)) => exit::CONFIG,
            CliError::Share(_) => exit::UNAVAILABLE,
            CliError::Io(_) | CliError::Json(_) => exit::SOFTWARE,
        }
    }
}

impl EngineArgs {
    /// These flags (and their variables) stacked over the `--config` file.
    pub fn layer(&self) -> Result<FileConfig, CliError> {
        if let Some(path) = &self.ca_file {
            // A flag naming a missing file is the caller's input error (66), not configuration.
            std::fs::metadata(path).map_err(|source| CliError::CaFile { path: path.clone(), source })?;
        }
        let flags = FileConfig {
            dns_server: self.dns_server,
            ca_file: self.ca_file.clone(),
            allow_private: self.allow_private,
            allow_cidr: Some(self.allow_cidr.clone()).filter(|v| !v.is_empty()),
            timeout: self.timeout,
            ispdb_url: self.ispdb_url.clone(),
            ..FileConfig::default()
        };
        let file = match &self.config {
            Some(path) => FileConfig::load(path)?,
            None => FileConfig::default(),
        };
        Ok(flags.under(file))
    }

    /// The process settings these flags describe.
    pub fn settings(&self) -> Result<Settings, CliError> {
        Ok(self.layer()?.settings()?)
    }

    /// Builds the engine for these flags.
    pub fn build_engine(&self) -> Result<Engine, CliError> {
        Ok(Engine::new(self.settings()?)?)
    }
}

impl ServeArgs {
    /// The service configuration: flags > variables > file > defaults, checked.
    pub fn config(&self) -> Result<ServiceConfig, CliError> {
        let mut flags = self.service.layer();
        flags.listen = self.listen;
        Ok(flags.under(self.engine.layer()?).service()?)
    }
}

impl CheckArgs {
    /// The request these flags describe (reads the password from its source).
    pub fn request(&self) -> Result<DiagnoseRequest, CliError> {
        if self.protocol.is_none() && Scheme::of(&self.host).is_none() {
            return Err(CliError::ProtocolMissing);
        }
        let password = self.password()?;
        let oauth = self.oauth_token_stdin || self.oauth_token_env.is_some();
        if self.user.is_some() && password.is_none() && !oauth {
            // No echo-free prompt without another crate; never take the password from argv.
            return Err(CliError::PasswordMissing);
        }
        let request = DiagnoseRequest {
            protocol: self.protocol.map(Into::into),
            host: self.host.clone(),
            port: self.port.map(|p| RawPort(p.to_string())),
            security: self.security.map(Into::into),
            username: self.user.clone(),
            password,
            email: self.email.clone(),
            oauth_token: self.oauth_token()?,
            ca_pem: None,
            options: Options {
                timeout_secs: self.engine.timeout,
                allow_insecure_auth: self.allow_insecure_auth,
                trust_certificate: self.trust_certificate,
                test_limits: self.probe_connection_limit,
                connection_limit_cap: Some(self.limit_cap),
                send_test: self.send_test,
                send_from: self.send_from.clone(),
                send_to: self.send_to.clone(),
            },
            ticket: self.ticket.clone(),
            lang: Some(self.language().code().to_owned()),
            request_id: None,
        };
        Ok(request)
    }

    /// The language of the words: `--lang` when maildoctor speaks it, else the locale's.
    pub fn language(&self) -> crate::i18n::Lang {
        language(self.lang.as_deref())
    }

    /// The API token for `--share`, from `--share-token-env`.
    fn share_token(&self) -> Result<Option<String>, crate::share::ShareError> {
        match &self.share_token_env {
            Some(var) => {
                std::env::var(var).map(Some).map_err(|_| crate::share::ShareError::TokenEnv(var.clone()))
            }
            None => Ok(None),
        }
    }

    /// The OAuth2 access token, from `--oauth-token-env` or `--oauth-token-stdin`.
    fn oauth_token(&self) -> Result<Option<Password>, CliError> {
        if let Some(var) = &self.oauth_token_env {
            let value = std::env::var(var).map_err(|_| CliError::PasswordEnv(var.clone()))?;
            return Ok(Some(Password::new(value.trim())));
        }
        if self.oauth_token_stdin {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).map_err(CliError::PasswordStdin)?;
            return Ok(Some(Password::new(line.trim())));
        }
        Ok(None)
    }

    fn password(&self) -> Result<Option<Password>, CliError> {
        if let Some(var) = &self.password_env {
            let value = std::env::var(var).map_err(|_| CliError::PasswordEnv(var.clone()))?;
            return Ok(Some(Password::new(value)));
        }
        if self.password_stdin {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).map_err(CliError::PasswordStdin)?;
            let line = line.strip_suffix('\n').unwrap_or(&line);
            let line = line.strip_suffix('\r').unwrap_or(line);
            return Ok(Some(Password::new(line)));
        }
        Ok(None)
    }
}

/// Runs `check`: one diagnosis, printed as text or JSON. Returns the exit code for the verdict.
///
/// On a terminal (and without `--json`), each stage is also shown on standard error as it
/// finishes, so a slow server does not look like a hung command.
pub fn check(args: &CheckArgs) -> Result<u8, CliError> {
    // --share's flags are checked before anything runs: a typo costs no diagnosis.
    let share = match &args.share {
        Some(url) => Some((crate::share::base_url(url)?, args.share_token()?)),
        None => None,
    };
    let engine = args.engine.build_engine()?;
    let request = args.request()?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let live = !args.json && std::io::stderr().is_terminal();
    let report = runtime.block_on(async {
        if !live {
            return engine.diagnose(&request).await;
        }
        let (tx, rx) = tokio::sync::mpsc::channel(16);
        let printer = tokio::spawn(show_progress(rx));
        let report = engine.diagnose_with(&request, Some(tx)).await;
        let _ = printer.await;
        report
    });
    let out = if args.json {
        let mut json = serde_json::to_string_pretty(&report)?;
        json.push('\n');
        json
    } else {
        let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        text::render(&report, text::Style { colour, lang: report.lang })
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    if let Some((base, token)) = share {
        let ca = match &args.engine.ca_file {
            Some(path) => vec![
                std::fs::read_to_string(path)
                    .map_err(|source| CliError::CaFile { path: path.clone(), source })?,
            ],
            None => Vec::new(),
        };
        let extra: Vec<&str> = ca.iter().map(String::as_str).collect();
        let shared = runtime.block_on(crate::share::upload(&base, token.as_deref(), &extra, &report))?;
        // With --json, standard output stays one JSON document: the link goes to standard error.
        let said = format!(
            "\nShared with the help desk: {}\nKept for {} days. To delete it now:\n  curl -X DELETE -H 'Maildoctor-Delete-Token: {}' {}\n",
            shared.url,
            shared.days,
            shared.delete_token,
            crate::share::api_url(&base, &shared.id),
        );
        if args.json {
            eprint!("{said}");
        } else {
            stdout.write_all(said.as_bytes())?;
            stdout.flush()?;
        }
    }
    Ok(verdict_exit(report.verdict))
}

/// Prints "… Looking up the server name ✓" lines on standard error until the report arrives.
async fn show_progress(mut rx: tokio::sync::mpsc::Receiver<Progress>) {
    while let Some(progress) = rx.recv().await {
        match progress {
            Progress::Stage(stage) if stage.status != StageStatus::Skip => {
                eprintln!("… {} {} ({} ms)", stage.title, stage.status.glyph(), stage.duration_ms);
            }
            Progress::Stage(_) => {}
            Progress::Report(_) => {
                eprintln!();
                return;
            }
        }
    }
}

/// The exit code for a verdict: 0 ok, 1 warning, 2 error.
pub fn verdict_exit(verdict: crate::diagnosis::Verdict) -> u8 {
    use crate::diagnosis::Verdict;
    match verdict {
        Verdict::Ok => exit::OK,
        Verdict::Warning => exit::WARNING,
        Verdict::Error => exit::ERROR,
    }
}

/// Runs `serve` until SIGTERM or Ctrl-C. Prints the bound address as the first line of
/// standard output (`listening on http://127.0.0.1:8080`), so `--listen 127.0.0.1:0` is usable.
///
/// On SIGTERM it stops accepting connections at once, lets diagnoses in flight finish (and
/// sign out of their servers) for up to the grace period, then exits 0.
pub fn serve(args: &ServeArgs) -> Result<u8, CliError> {
    let config = args.config()?;
    crate::telemetry::init(config.log_format == crate::config::LogFormat::Json, "info");
    let engine = Engine::new(config.settings.clone())?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|source| CliError::Listen { addr: config.listen, source })?;
        let addr = listener.local_addr()?;
        println!("listening on http://{addr}");
        std::io::stdout().flush()?;
        tracing::info!(%addr, "maildoctor is listening");
        let mut guard = web::guard::Guard::new(config.limits, config.access);
        if let Some(url) = &config.redis_url {
            let shared = web::shared::SharedLimits::new(url).map_err(|e| {
                CliError::Config(crate::config::ConfigError::Invalid {
                    key: "redis_url",
                    message: e.to_string(),
                })
            })?;
            // Started even when the store is down: the guard fails safe and /readyz says so.
            if !shared.ping().await {
                tracing::warn!(
                    "the shared limits store does not answer yet; password-bearing checks are refused"
                );
            }
            guard = guard.with_shared(shared);
        }
        let mut state = web::AppState::with_guard(engine, guard);
        if let Some(store_config) = &config.store {
            // A store that cannot be opened does not stop the service: diagnoses run and say
            // they could not be saved; /readyz tells the operator.
            match crate::store::Store::open(store_config).await {
                Ok(store) => {
                    tokio::spawn(
                        std::sync::Arc::clone(&store).maintain(std::time::Duration::from_secs(3600)),
                    );
                    state = state.with_store(store);
                }
                Err(e) => {
                    tracing::error!(error = %e, "saved reports are off: the report store cannot be opened")
                }
            }
        }
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let stopping = async move {
            shutdown_signal().await;
            let _ = stop_tx.send(true);
        };
        let server = web::serve_with(listener, state.clone(), config.connections.clone(), stopping);
        tokio::pin!(server);
        let grace_over = grace_period(stop_rx, config.shutdown_grace);
        tokio::select! {
            served = &mut server => served?,
            () = grace_over => {
                tracing::warn!(
                    in_flight = state.guard().in_flight(),
                    grace_secs = config.shutdown_grace.as_secs(),
                    "grace period over; stopping with diagnoses still running"
                );
            }
        }
        tracing::info!("stopped");
        Ok(exit::OK)
    })
}

/// Resolves `grace` after the stop signal was given (never, if it is not).
async fn grace_period(mut stop: tokio::sync::watch::Receiver<bool>, grace: Duration) {
    if stop.wait_for(|stopping| *stopping).await.is_err() {
        std::future::pending::<()>().await;
    }
    tracing::info!(grace_secs = grace.as_secs(), "no new connections; waiting for diagnoses in flight");
    tokio::time::sleep(grace).await;
}

/// Runs `discover`: finds the settings for an address and prints them as text or JSON.
/// Exit 0 when a setting was confirmed live, 1 when there are only suggestions, 2 for nothing.
pub fn discover(args: &DiscoverArgs) -> Result<u8, CliError> {
    use crate::discover::{self, DiscoverOptions, Outcome};
    let settings = args.engine.settings()?;
    let lang = language(args.lang.as_deref());
    let mut options = DiscoverOptions { lang, ..DiscoverOptions::default() };
    if let Some(secs) = args.engine.timeout {
        options.deadline = Duration::from_secs(secs);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let found = runtime.block_on(discover::discover(&settings, &args.email, options))?;
    let out = if args.json {
        let mut json = serde_json::to_string_pretty(&found)?;
        json.push('\n');
        json
    } else {
        discover::text::render(&found, lang)
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(match found.outcome {
        Outcome::Confirmed => exit::OK,
        Outcome::Suggested => exit::WARNING,
        Outcome::Nothing => exit::ERROR,
    })
}

/// The language of the words: `--lang` when maildoctor speaks it, else the locale's
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
fn language(tag: Option<&str>) -> crate::i18n::Lang {
    tag.and_then(crate::i18n::Lang::from_tag)
        .unwrap_or_else(|| crate::i18n::Lang::from_env(|var| std::env::var(var).ok()))
}

/// Resolves on Ctrl-C or SIGTERM (what `docker stop` sends to PID 1).
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("Ctrl-C received, shutting down"),
        () = term => tracing::info!("SIGTERM received, shutting down"),
    }
}

/// Runs `healthcheck`: a std-only HTTP GET; 0 when the answer is `200`, else 1.
pub fn healthcheck(args: &HealthcheckArgs) -> u8 {
    let url =
        args.url.clone().unwrap_or_else(|| health_url(std::env::var("MAILDOCTOR_LISTEN").ok().as_deref()));
    match probe_health(&url) {
        Ok(()) => exit::OK,
        Err(why) => {
            eprintln!("maildoctor healthcheck: {why}");
            exit::UNHEALTHY
        }
    }
}

/// `http://127.0.0.1:PORT/healthz` for a listen address (a wildcard address is probed on
/// loopback; an IPv6 one on `[::1]`).
fn health_url(listen: Option<&str>) -> String {
    let addr = listen.and_then(|l| l.trim().parse::<SocketAddr>().ok());
    match addr {
        Some(SocketAddr::V6(a)) if a.ip().is_unspecified() => format!("http://[::1]:{}/healthz", a.port()),
        Some(SocketAddr::V4(a)) if a.ip().is_unspecified() => {
            format!("http://127.0.0.1:{}/healthz", a.port())
        }
        Some(a) => format!("http://{a}/healthz"),
        None => "http://127.0.0.1:8080/healthz".to_owned(),
    }
}

fn probe_health(url: &str) -> Result<(), String> {
    let rest = url.strip_prefix("http://").ok_or("only http:// URLs are supported")?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let with_port = if authority.rsplit_once(':').is_some_and(|(_, p)| p.parse::<u16>().is_ok()) {
        authority.to_owned()
    } else {
        format!("{authority}:80")
    };
    let addr = with_port
        .to_socket_addrs()
        .map_err(|e| format!("{authority}: {e}"))?
        .next()
        .ok_or_else(|| format!("{authority}: no address"))?;
    let limit = Duration::from_secs(3);
    let mut stream = TcpStream::connect_timeout(&addr, limit).map_err(|e| format!("{addr}: {e}"))?;
    stream.set_read_timeout(Some(limit)).map_err(|e| e.to_string())?;
    stream.set_write_timeout(Some(limit)).map_err(|e| e.to_string())?;
    let request = format!("GET {path} HTTP/1.0\r\nHost: {authority}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    let mut head = Vec::new();
    stream.take(1024).read_to_end(&mut head).map_err(|e| e.to_string())?;
    let status_line = String::from_utf8_lossy(&head);
    let status_line = status_line.lines().next().unwrap_or_default();
    match status_line.split_whitespace().nth(1) {
        Some("200") => Ok(()),
        _ => Err(format!("unhealthy answer: {status_line:?}")),
    }
}
