//! The `mailbox` stage: after a successful sign-in, what the mailbox holds.
//!
//! ```text
//! IMAP  LIST "" "*" [RETURN (STATUS (MESSAGES UNSEEN))]   ≤ MAX_FOLDERS kept, ≤ MAX_LIST_LINES read
//!         ▼ (no LIST-STATUS, or it was refused)
//!       STATUS "name" (MESSAGES UNSEEN [SIZE])            ≤ MAX_STATUS folders, BATCH in flight
//!         ▼ (QUOTA advertised)
//!       GETQUOTAROOT INBOX                                → QUOTAROOT / QUOTA
//! POP3  STAT                                              → `+OK count octets`
//! SMTP  does not apply (skipped)
//! ```
//!
//! Findings: `mailbox.folder_too_large` (a folder, or a POP3 maildrop, over [`TOO_LARGE`]
//! messages) and `mailbox.over_quota` from the quota the server reports. Every answer also
//! goes to the classifier (`checks::answers`, after sign-in): a refused `LIST`/`STATUS`/
//! `GETQUOTAROOT`/`STAT` and the untagged `* NO`/`[ALERT]`/`[OVERQUOTA]` lines on the way
//! become what the classifier recognises (a folder in use, too many connections, an
//! over-quota alert, a bandwidth cap); what it does not recognise is kept in the stage data.
//! The notices the sign-in answer carried are reported here too.
//!
//! The stage only reads: no SELECT, no EXAMINE, nothing that changes flags or messages.
//! Every read goes through the protocol client (bounded lines, literals and bytes), and the
//! whole stage runs within a time budget of a few I/O timeouts, never past the diagnosis
//! deadline; when the budget runs out the stage says the server is slow
//! (`server.slow_response`). When a read fails or floods, no further command is sent: the
//! session's state is no longer known.

mod folders;
mod report;
pub mod send;

use std::time::{Duration, Instant};

use serde_json::json;

use super::Ctx;
use super::answers::{self, About};
use super::auth::SignedIn;
use super::classify::{Answer, Phase};
use crate::diagnosis::{Code, Finding};
use crate::i18n::Text;
use crate::net::client::pop3::Pop3Cut;
use crate::net::client::{Client, Cut};
use crate::proto::mailbox as mbox;
use crate::proto::{self, Capabilities};
use crate::stage::{Stage, StageOutcome};
use crate::target::{Protocol, Target};

/// A folder with more messages than this raises `mailbox.folder_too_large`.
pub const TOO_LARGE: u64 = 10_000;
/// Most folders kept from `LIST`.
pub const MAX_FOLDERS: usize = 1_000;
/// Most lines read for the `LIST` answer before giving up on the session.
pub const MAX_LIST_LINES: usize = 5_000;
/// Most folders asked about with `STATUS`.
pub const MAX_STATUS: usize = 200;
/// Most folders listed in the stage data (largest first).
pub const FOLDERS_SHOWN: usize = 200;
/// The stage's time budget, in I/O timeouts.
const BUDGET_IOS: u32 = 3;
/// Most refusals, alerts and notes kept in the stage data.
const MAX_NOTES: usize = 20;
/// Longest server text quoted, in characters.
const QUOTE: usize = 200;
/// The folder name used for a POP3 maildrop.
pub const POP_FOLDER: &str = "INBOX (POP)";

/// Runs the mailbox stage over an authenticated connection (IMAP after LOGIN, POP3 after
/// PASS), with what the sign-in learned.
#[tracing::instrument(skip_all, fields(stage = "mailbox"))]
pub async fn run(ctx: &Ctx, target: &Target, client: &mut Client, signed_in: &SignedIn) -> StageOutcome {
    let started = Instant::now();
    if target.protocol == Protocol::Smtp {
        return StageOutcome::skipped(Stage::Mailbox, Text::new("detail-mailbox-smtp"));
    }
    let budget = Budget::new(ctx);
    client.set_deadline(Some(budget.deadline));
    let heard = Heard {
        ctx,
        caps: &signed_in.capabilities,
        notices: &signed_in.notices,
        tls_active: client.is_tls(),
    };
    let mut outcome = match target.protocol {
        Protocol::Pop3 => pop3_stage(client, &budget, &heard).await,
        _ => folders::stage(client, budget, &heard).await,
    };
    client.set_deadline(None);
    let mut findings = signed_in.notices.clone();
    findings.append(&mut outcome.findings);
    let detail = crate::stage::Detail { text: outcome.detail, words: outcome.words.map(|w| *w) };
    let mut outcome = StageOutcome::from_findings(Stage::Mailbox, detail, findings).with_data(outcome.data);
    outcome.duration = started.elapsed();
    outcome
}

/// Adds what the classifier read in an answer's untagged lines unless a finding with that code
/// is there already (in `findings` or the sign-in's notices): servers repeat an alert with
/// every answer, each time quoted with another tagged line.
pub(super) fn push_new(findings: &mut Vec<Finding>, notices: &[Finding], finding: Finding) {
    if !findings.iter().chain(notices).any(|f| f.code == finding.code) {
        findings.push(finding);
    }
}

// ---- time ----

/// The stage's time budget: a few I/O timeouts, and never past the overall deadline (minus a
/// moment kept back for LOGOUT).
#[derive(Clone, Copy, Debug)]
pub(super) struct Budget {
    deadline: Instant,
}

impl Budget {
    fn new(ctx: &Ctx) -> Self {
        let io = ctx.timeouts.io;
        let reserve = io.min(Duration::from_secs(2));
        let total = (io * BUDGET_IOS).min(ctx.remaining().saturating_sub(reserve));
        Budget { deadline: Instant::now() + total }
    }

    pub(super) fn left(&self) -> Duration {
        self.deadline.saturating_duration_since(Instant::now())
    }

    pub(super) fn spent(&self) -> bool {
        self.left().is_zero()
    }
}

// ---- the classifier ----

/// What the stage needs to ask the classifier about an answer.
pub(super) struct Heard<'a> {
    ctx: &'a Ctx,
    caps: &'a Capabilities,
    /// What the sign-in answer already said (reported by this stage).
    notices: &'a [Finding],
    tls_active: bool,
}

impl Heard<'_> {
    /// What the classifier recognises in `answer` (its catch-all left out: a refused
    /// `STATUS` for one folder is recorded in the data, not called a failed sign-in).
    pub(super) fn findings(&self, answer: &Answer) -> Vec<Finding> {
        let about = About { caps: self.caps, greeting: None, tls_active: self.tls_active, oauth: false };
        answers::placed(answers::verdict(self.ctx, Phase::AfterLogin, answer, about))
            .map(|c| c.findings())
            .unwrap_or_default()
    }
}

// ---- POP3 ----

async fn pop3_stage(client: &mut Client, budget: &Budget, heard: &Heard<'_>) -> StageOutcome {
    if budget.spent() {
        return slow(json!({ "command": "STAT" }));
    }
    let reply = match client.pop3().stat().await {
        Ok(reply) => reply,
        Err(e) if matches!(e.cut, Pop3Cut::Cut(Cut::Deadline)) => return slow(json!({ "command": "STAT" })),
        Err(e) if matches!(e.cut, Pop3Cut::NotAStatus) => {
            let said = proto::printable(e.lines.last().map_or("", String::as_str), QUOTE);
            let data = json!({ "command": "STAT", "answer": said });
            let detail = Text::new("detail-mailbox-stat-unreadable");
            return StageOutcome::from_findings(Stage::Mailbox, detail, Vec::new()).with_data(data);
        }
        Err(e) => {
            let data = json!({ "command": "STAT", "error": e.to_string() });
            let detail = Text::new("detail-mailbox-stat-failed").arg("error", &e);
            return StageOutcome::from_findings(Stage::Mailbox, detail, Vec::new()).with_data(data);
        }
    };
    if let Some(drop) = mbox::parse_stat(&reply.line) {
        return report::maildrop_outcome(drop);
    }
    let data = json!({ "command": "STAT", "answer": proto::printable(&reply.line, QUOTE) });
    let findings = if reply.is_ok() { Vec::new() } else { heard.findings(&answers::pop3(&reply)) };
    let detail = Text::new(match findings.first().map(|f| f.code) {
        _ if reply.is_ok() => "detail-mailbox-stat-unreadable",
        Some(Code::MailboxInUse) => "detail-mailbox-locked",
        Some(Code::LimitsTooManyConnections) => "detail-mailbox-too-many",
        Some(_) => "detail-mailbox-stat-refused",
        None => "detail-mailbox-stat-refused-unknown",
    });
    StageOutcome::from_findings(Stage::Mailbox, detail, findings).with_data(data)
}

/// The budget ran out before an answer: signed in, but the server is too slow.
fn slow(data: serde_json::Value) -> StageOutcome {
    let finding =
        Finding::new(Code::ServerSlowResponse).with_words("stage", Text::new("value-mailbox-read-late"));
    let detail = Text::new("detail-mailbox-slow");
    StageOutcome::from_findings(Stage::Mailbox, detail, vec![finding]).with_data(data)
}
