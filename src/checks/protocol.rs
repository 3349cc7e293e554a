//! The `protocol` stage: greeting and capabilities; what really answers; provider identification.
//!
//! STUB: to be completed.

use super::greeting::{self, Greeting};
use super::tls::Secured;
use super::{Checked, Ctx};
use crate::diagnosis::{Code, Finding};
use crate::net::session::Session;
use crate::stage::{Stage, StageOutcome};
use crate::target::Target;

/// What the auth stage gets.
#[derive(Debug)]
pub struct Ready {
    /// The session, greeted and with capabilities read.
    pub session: Session,
    /// The greeting.
    pub greeting: Greeting,
    /// Capabilities (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO keywords), upper-cased.
    pub capabilities: Vec<String>,
}

/// Runs the stage.
#[tracing::instrument(skip_all, fields(stage = "protocol"))]
pub async fn run(ctx: &Ctx, target: &Target, secured: Secured) -> Checked<Ready> {
    let Secured { mut session, greeting, .. } = secured;
    let greeting = match greeting {
        Some(g) => g,
        None => match greeting::read(&mut session, ctx.timeouts.greeting).await {
            Ok(g) => g,
            Err(_) => {
                return Checked::stop(StageOutcome::from_findings(
                    Stage::Protocol,
                    "The server did not greet.",
                    vec![Finding::new(Code::ProtocolNoGreeting)],
                ));
            }
        },
    };
    let detail = format!("{} greeted: {}", target.host, greeting.first());
    Checked::next(
        StageOutcome::from_findings(Stage::Protocol, detail, Vec::new()),
        Ready { session, greeting, capabilities: Vec::new() },
    )
}

/// Ends the session politely: IMAP `LOGOUT`, POP3 `QUIT`, SMTP `QUIT` (bounded, best effort).
pub async fn close(ctx: &Ctx, target: &Target, ready: Ready) {
    let Ready { mut session, .. } = ready;
    let command = match target.protocol {
        crate::target::Protocol::Imap => "z LOGOUT",
        crate::target::Protocol::Pop3 | crate::target::Protocol::Smtp => "QUIT",
    };
    let limit = ctx.timeouts.io.min(std::time::Duration::from_secs(2));
    if session.write_line(command).await.is_ok() {
        let _ = session.read_line_within(limit).await;
    }
    session.shutdown().await;
}
