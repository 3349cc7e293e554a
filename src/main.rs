//! The `maildoctor` binary: parse the command line, start logging, dispatch.
//!
//! Everything else lives in the library (`maildoctor::cli` for the commands). Exit codes are
//! listed in `maildoctor::cli::exit`.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser as _;
use maildoctor::cli::{self, Cli, Command, exit};
use maildoctor::telemetry;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are "errors" printed to stdout; those succeed.
            let code = if e.use_stderr() { exit::USAGE } else { exit::OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    // One process-wide rustls provider (ring), installed before any TLS config is built.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let result = match &cli.command {
        Command::Check(args) => {
            telemetry::init(false, "warn");
            cli::check(args)
        }
        // serve starts logging itself, once its configuration (log format) is known.
        Command::Serve(args) => cli::serve(args),
        Command::Healthcheck(args) => Ok(cli::healthcheck(args)),
        Command::Discover(args) => {
            telemetry::init(false, "warn");
            cli::discover(args)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("maildoctor: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
