//! The `tls` stage: implicit TLS or STARTTLS, the certificate, and port confusion.
//!
//! STUB: only `security=none` works yet.

use super::greeting::{self, Greeting};
use super::tcp::Connected;
use super::{Checked, Ctx};
use crate::diagnosis::{Code, Finding};
use crate::net::session::Session;
use crate::net::stream::{MailStream, Recorded};
use crate::stage::{Stage, StageOutcome};
use crate::target::{Security, Target};

/// What the protocol stage gets: a session (TLS or not) and the greeting if already read.
#[derive(Debug)]
pub struct Secured {
    /// The session.
    pub session: Session,
    /// The greeting, when it was read before TLS (STARTTLS, none).
    pub greeting: Option<Greeting>,
    /// True when a plain-text greeting was expected but none came, and a TLS probe on a fresh
    /// connection failed too: the protocol stage decides between `protocol.no_greeting` and
    /// `protocol.http_not_mail` (it may send one harmless command to see what answers).
    pub silent: bool,
}

/// Runs the stage.
#[tracing::instrument(skip_all, fields(stage = "tls", security = target.security.name()))]
pub async fn run(ctx: &Ctx, target: &Target, conn: Connected) -> Checked<Secured> {
    let mut session =
        Session::new(MailStream::Plain(Recorded::new(conn.stream)), ctx.transcript.clone(), ctx.timeouts.io);
    match target.security {
        Security::None => {
            let greeting = greeting::read(&mut session, ctx.timeouts.greeting).await;
            let greeting: Option<Greeting> = greeting.ok();
            let outcome = StageOutcome::from_findings(
                Stage::Tls,
                "The connection is not encrypted.",
                vec![Finding::new(Code::TlsNotUsed)],
            );
            Checked::next(outcome, Secured { session, greeting, silent: false })
        }
        Security::Tls | Security::Starttls => Checked::stop(StageOutcome::from_findings(
            Stage::Tls,
            "TLS is not implemented yet.",
            vec![Finding::new(Code::TlsHandshakeFailed)],
        )),
    }
}
