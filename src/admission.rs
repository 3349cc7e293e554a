//! The engine's admission hook: the one check, between a diagnosis's DNS lookup and its first
//! connection, that may hold its sign-in back.
//!
//! A service must not let one account be signed in to too often: the provider locks it, and a
//! stranger could guess passwords through maildoctor. Which account a diagnosis signs in to is
//! only known once the name is resolved (`mail.example.com`, `imap.example.com`, a CNAME, the
//! bare domain and the IP literal can all reach one server), so the runner asks an
//! [`Admission`] after the dns stage, with the vetted addresses it will connect to. The CLI
//! has none; `serve` gives the engine its per-account guard (`web::account`).
//!
//! A refusal does not end the diagnosis: the connection, the encryption and the protocol are
//! still checked (no password goes out for those). Only the sign-in, and what needs it, is held
//! back, and the `auth.skipped_cooldown` finding says when to try again. This module owns the
//! trait and [`Gate`], the runner's side of it; the policy lives with the implementation.

use std::borrow::Cow;
use std::fmt;

use futures_util::future::BoxFuture;
use serde_json::json;

use crate::diagnosis::{Code, Finding};
use crate::net::policy::VettedAddr;
use crate::stage::{Stage, StageOutcome};
use crate::target::Target;

/// Decides whether a diagnosis may sign in. Called once per diagnosis that has credentials.
pub trait Admission: Send + Sync + fmt::Debug {
    /// Admits the sign-in to `target` at `addrs` (the dns stage's vetted addresses), or
    /// refuses it. The ticket is held until the diagnosis ends. Asynchronous: the budget may
    /// live in a store the replicas share (`web::shared`).
    fn admit<'a>(&'a self, target: &'a Target, addrs: &'a [VettedAddr]) -> BoxFuture<'a, Admitted>;
}

/// What [`Admission::admit`] answers.
pub type Admitted = Result<Box<dyn Ticket>, Refusal>;

/// An admitted sign-in. Dropped when the diagnosis ends.
pub trait Ticket: Send + Sync {
    /// The password is about to be sent. A ticket dropped before this gives its attempt back
    /// (the diagnosis stopped before the sign-in, so nothing was tried).
    fn spend(&mut self);

    /// Reserves up to `wanted` more signed-in sessions for the connection-limit test.
    fn probe_sessions(&mut self, wanted: u16) -> ProbeGrant;
}

/// Sessions the connection-limit test may open; the reservation lasts while this is held.
pub struct ProbeGrant {
    /// How many more sessions may be opened (0: none).
    pub sessions: u16,
    /// When none: seconds until the budget allows some again.
    pub retry_after: u64,
    /// Gives the reservation back when dropped.
    pub hold: Option<Box<dyn Send + Sync>>,
}

impl fmt::Debug for ProbeGrant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProbeGrant").field("sessions", &self.sessions).finish_non_exhaustive()
    }
}

/// Why a sign-in was held back.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum Refusal {
    /// The account was signed in to `attempts` times within `window_secs`.
    Cooldown {
        /// The attempts allowed per window.
        attempts: u32,
        /// The window, seconds.
        window_secs: u64,
        /// Seconds until another is allowed.
        retry_after: u64,
    },
    /// `running` diagnoses are signing in to the account right now.
    Busy {
        /// Sign-ins of this account running now.
        running: u32,
        /// Seconds to wait.
        retry_after: u64,
    },
    /// The budget lives in a store the replicas share, and it cannot be read now: no password
    /// is sent while the limit cannot be kept.
    Unavailable {
        /// Seconds to wait.
        retry_after: u64,
    },
}

impl Refusal {
    /// Seconds until a sign-in may be tried again.
    pub fn retry_after(&self) -> u64 {
        match self {
            Refusal::Cooldown { retry_after, .. }
            | Refusal::Busy { retry_after, .. }
            | Refusal::Unavailable { retry_after } => *retry_after,
        }
    }

    /// The auth stage's outcome in place of a sign-in.
    pub fn outcome(&self) -> StageOutcome {
        let (why, kind) = match self {
            Refusal::Cooldown { attempts, window_secs, .. } => (
                format!(
                    "{attempts} {} with a password of this account in the last {}",
                    if *attempts == 1 { "check" } else { "checks" },
                    span(*window_secs)
                ),
                "cooldown",
            ),
            Refusal::Busy { running, .. } => {
                (format!("{running} other checks of this account are signing in right now"), "busy")
            }
            Refusal::Unavailable { .. } => (
                "the limit on checks of one account cannot be read right now (the service's shared store \
                 is unreachable)"
                    .to_owned(),
                "unavailable",
            ),
        };
        let retry = self.retry_after().max(1);
        let finding = Finding::new(Code::AuthSkippedCooldown)
            .with("held back because", why)
            .with("try again in", span(retry));
        let detail = crate::i18n::Text::new(match self {
            Refusal::Unavailable { .. } => "detail-auth-limit-unavailable",
            _ => "detail-auth-cooldown",
        });
        let mut outcome = StageOutcome::from_findings(Stage::Auth, detail, vec![finding]);
        outcome.data = json!({ "held_back": kind, "retry_after": retry });
        outcome
    }
}

/// "45 seconds", "5 minutes", "2 minutes 30 seconds".
fn span(secs: u64) -> String {
    let (m, s) = (secs / 60, secs % 60);
    let unit = |n: u64, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (m, s) {
        (0, s) => unit(s, "second"),
        (m, 0) => unit(m, "minute"),
        (m, s) => format!("{} {}", unit(m, "minute"), unit(s, "second")),
    }
}

/// The runner's side: what the admission said for this diagnosis, held until it ends.
pub struct Gate {
    state: GateState,
    grant: Option<ProbeGrant>,
}

enum GateState {
    /// No admission configured (the CLI), or nothing to sign in with.
    Open,
    Admitted(Box<dyn Ticket>),
    Refused(Refusal),
}

impl Gate {
    /// Asks `admission` (when there is one and the target has credentials).
    pub async fn new(admission: Option<&dyn Admission>, target: &Target, addrs: &[VettedAddr]) -> Gate {
        let state = match admission {
            Some(admission) if target.credentials.is_some() => match admission.admit(target, addrs).await {
                Ok(ticket) => GateState::Admitted(ticket),
                Err(refusal) => {
                    tracing::info!(
                        retry_after = refusal.retry_after(),
                        "sign-in held back by the account guard"
                    );
                    GateState::Refused(refusal)
                }
            },
            _ => GateState::Open,
        };
        Gate { state, grant: None }
    }

    /// `Ok` when the sign-in may go ahead (the attempt is then spent); else the auth stage's
    /// outcome saying why not.
    pub fn sign_in(&mut self) -> Result<(), StageOutcome> {
        match &mut self.state {
            GateState::Open => Ok(()),
            GateState::Admitted(ticket) => {
                ticket.spend();
                Ok(())
            }
            GateState::Refused(refusal) => Err(refusal.outcome()),
        }
    }

    /// The target the connection-limit test may run with: its cap (`default_cap` when the
    /// request names none, at most `max_cap`) lowered to the sessions granted. `Err` is why
    /// it cannot run at all.
    pub fn probe<'t>(
        &mut self,
        target: &'t Target,
        default_cap: u16,
        max_cap: u16,
    ) -> Result<Cow<'t, Target>, String> {
        let GateState::Admitted(ticket) = &mut self.state else { return Ok(Cow::Borrowed(target)) };
        let cap = target.options.connection_limit_cap.unwrap_or(default_cap).clamp(1, max_cap.max(1));
        // The diagnosis's own session is the first; the test opens the others.
        let grant = ticket.probe_sessions(cap - 1);
        let sessions = grant.sessions;
        let retry = grant.retry_after.max(1);
        self.grant = Some(grant);
        if sessions == 0 && cap > 1 {
            return Err(format!(
                "Not run: this account, or the service as a whole, has used its budget for connection-limit \
                 tests just now. Try again in {}.",
                span(retry)
            ));
        }
        let mut lowered = target.clone();
        lowered.options.connection_limit_cap = Some(sessions + 1);
        Ok(Cow::Owned(lowered))
    }
}

impl fmt::Debug for Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.state {
            GateState::Open => "open",
            GateState::Admitted(_) => "admitted",
            GateState::Refused(_) => "refused",
        };
        f.debug_struct("Gate").field("state", &state).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wait_is_said_in_minutes_and_seconds() {
        assert_eq!(span(1), "1 second");
        assert_eq!(span(45), "45 seconds");
        assert_eq!(span(300), "5 minutes");
        assert_eq!(span(150), "2 minutes 30 seconds");
    }

    #[test]
    fn a_refusal_becomes_a_warning_on_the_auth_stage_with_the_wait() {
        let refusal = Refusal::Cooldown { attempts: 3, window_secs: 300, retry_after: 200 };
        let outcome = refusal.outcome();
        assert_eq!(outcome.stage, Stage::Auth);
        assert_eq!(outcome.findings[0].code, Code::AuthSkippedCooldown);
        let evidence: Vec<_> = outcome.findings[0].evidence.iter().map(|e| e.value.as_str()).collect();
        assert!(evidence.contains(&"3 minutes 20 seconds"), "{evidence:?}");
        assert_eq!(outcome.data["retry_after"], 200);
    }
}
