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
//! Findings: `mailbox.folder_too_large` (a folder, or a POP3 maildrop, over
//! [`TOO_LARGE`] messages), `mailbox.over_quota` (storage or message quota reached, or the
//! server says so in an `[OVERQUOTA]`/`[ALERT]` line), `mailbox.in_use` (`[INUSE]` / POP3
//! `[IN-USE]` or a lock message). An in-use answer whose text speaks of too many connections
//! (Dovecot 2.4 sends `[IN-USE]` for `mail_max_userip_connections`) is
//! `limits.too_many_connections` instead. Other refusals go into the stage data.
//!
//! The stage only reads: no SELECT, no EXAMINE, nothing that changes flags or messages.
//! Every read goes through the [`Session`] (bounded lines and bytes), every loop is bounded
//! in lines, and the whole stage runs within a time budget of a few I/O timeouts, never past
//! the diagnosis deadline. When a read fails or floods, no further command is sent: the
//! session's state is no longer known.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::time::{Duration, Instant};

use serde_json::json;

use super::Ctx;
use super::protocol::too_many_connections;
use crate::diagnosis::{Code, Finding};
use crate::net::session::{Session, SessionError};
use crate::proto::mailbox::{
    self as mbox, Assembler, Command, ListEntry, MailboxStatus, Maildrop, Quota, human_size, thousands,
};
use crate::proto::{self, imap, pop3};
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
/// `STATUS` commands in flight at once (pipelined, RFC 9051 §5.5).
const BATCH: usize = 16;
/// Lines read for the answer to one batch or one other command (besides `LIST`).
const MAX_ANSWER_LINES: usize = 256;
/// The stage's time budget, in I/O timeouts.
const BUDGET_IOS: u32 = 3;
/// At or above this percentage the quota is "almost full" (said in the detail, no code).
const ALMOST_FULL: f64 = 95.0;
/// Most `folder_too_large` findings (the largest folders first).
const MAX_LARGE_FINDINGS: usize = 20;
/// Most refusals, alerts and notes kept in the stage data.
const MAX_NOTES: usize = 20;
/// Longest server text quoted, in characters.
const QUOTE: usize = 200;
/// The folder name used for a POP3 maildrop.
pub const POP_FOLDER: &str = "INBOX (POP)";

/// Runs the mailbox stage over an authenticated session (IMAP after LOGIN, POP3 after PASS).
#[tracing::instrument(skip_all, fields(stage = "mailbox"))]
pub async fn run(ctx: &Ctx, target: &Target, session: &mut Session, caps: &[String]) -> StageOutcome {
    let started = Instant::now();
    let mut outcome = match target.protocol {
        Protocol::Smtp => {
            return StageOutcome::skipped(Stage::Mailbox, "Sending mail (SMTP) has no mailbox to look at.");
        }
        Protocol::Pop3 => pop3_stage(ctx, session).await,
        Protocol::Imap => imap_stage(ctx, session, caps).await,
    };
    outcome.duration = started.elapsed();
    outcome
}

// ---- time ----

/// The stage's time budget: a few I/O timeouts, and never past the overall deadline (minus a
/// moment kept back for LOGOUT).
#[derive(Clone, Copy, Debug)]
struct Budget {
    deadline: Instant,
    io: Duration,
}

impl Budget {
    fn new(ctx: &Ctx) -> Self {
        let io = ctx.timeouts.io;
        let reserve = io.min(Duration::from_secs(2));
        let total = (io * BUDGET_IOS).min(ctx.remaining().saturating_sub(reserve));
        Budget { deadline: Instant::now() + total, io }
    }

    /// Time for the next read: one I/O timeout, or what is left of the budget.
    fn next_read(&self) -> Duration {
        self.io.min(self.deadline.saturating_duration_since(Instant::now()))
    }

    fn spent(&self) -> bool {
        Instant::now() >= self.deadline
    }
}

// ---- POP3 ----

async fn pop3_stage(ctx: &Ctx, session: &mut Session) -> StageOutcome {
    let budget = Budget::new(ctx);
    let answer = match stat(session, &budget).await {
        Ok(line) => line,
        Err(e) => {
            let data = json!({ "command": "STAT", "error": e.to_string() });
            let detail = format!("The server did not answer STAT ({e}), so the mailbox size is unknown.");
            return StageOutcome::from_findings(Stage::Mailbox, detail, Vec::new()).with_data(data);
        }
    };
    if let Some(drop) = mbox::parse_stat(&answer) {
        return maildrop_outcome(drop);
    }
    let said = proto::printable(&answer, QUOTE);
    let data = json!({ "command": "STAT", "answer": said });
    match pop3::parse_status(&answer) {
        Some(status) if !status.ok => {
            let findings = in_use_finding(status.code.as_deref(), &status.text, &said, None)
                .into_iter()
                .collect::<Vec<_>>();
            let detail = match findings.first().map(|f| f.code) {
                Some(Code::MailboxInUse) => "The mailbox is locked by another session (STAT was refused).",
                Some(_) => "The server refused STAT: too many connections for this account.",
                None => "The server refused STAT, so the mailbox size is unknown.",
            };
            StageOutcome::from_findings(Stage::Mailbox, detail, findings).with_data(data)
        }
        _ => {
            let detail = "The server's answer to STAT could not be read, so the mailbox size is unknown.";
            StageOutcome::from_findings(Stage::Mailbox, detail, Vec::new()).with_data(data)
        }
    }
}

async fn stat(session: &mut Session, budget: &Budget) -> Result<String, SessionError> {
    if budget.spent() {
        // Nothing is sent when no time is left to read the answer.
        return Err(SessionError::Timeout(Duration::ZERO));
    }
    session.write_line("STAT").await?;
    session.read_line_within(budget.next_read()).await
}

fn maildrop_outcome(drop: Maildrop) -> StageOutcome {
    let mut findings = Vec::new();
    if drop.messages > TOO_LARGE {
        findings.push(
            Finding::new(Code::MailboxFolderTooLarge)
                .with("folder", POP_FOLDER)
                .with("messages", thousands(drop.messages)),
        );
    }
    let detail = format!("{}, {}.", messages(drop.messages), human_size(drop.octets));
    let data = json!({
        "folders": [{ "name": POP_FOLDER, "flags": [], "messages": drop.messages, "unseen": null, "size": drop.octets }],
        "counts": { "folders": 1, "messages": drop.messages, "octets": drop.octets },
        "threshold": TOO_LARGE,
    });
    StageOutcome::from_findings(Stage::Mailbox, detail, findings).with_data(data)
}

/// `mailbox.in_use` for a lock refusal, `limits.too_many_connections` when the text says the
/// account has too many connections (E04: Dovecot 2.4 `[IN-USE] Maximum number of
/// connections…`), `None` when it is neither.
fn in_use_finding(code: Option<&str>, text: &str, said: &str, folder: Option<&str>) -> Option<Finding> {
    const LOCKED: [&str; 4] = ["mailbox is locked", "unable to lock", "already in use", "already locked"];
    let lower = text.to_ascii_lowercase();
    let coded = code
        .and_then(|c| c.split_whitespace().next())
        .is_some_and(|c| c.eq_ignore_ascii_case("IN-USE") || c.eq_ignore_ascii_case("INUSE"));
    let code = if too_many_connections(text) {
        Code::LimitsTooManyConnections
    } else if coded || LOCKED.iter().any(|p| lower.contains(p)) {
        Code::MailboxInUse
    } else {
        return None;
    };
    let mut finding = Finding::new(code);
    if let Some(folder) = folder {
        finding = finding.with("folder", folder.to_owned());
    }
    Some(finding.with("server said", said.to_owned()))
}

// ---- IMAP: the conversation ----

/// Why the conversation stopped early.
#[derive(Debug)]
enum Stop {
    /// A read or write failed (timeout, closed, too much data).
    Session(SessionError),
    /// The server said `* BYE`.
    Bye(String),
    /// The answer went on past its line bound.
    Flood(usize),
    /// The stage's time budget ran out.
    Budget,
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Session(e) => write!(f, "{e}"),
            Stop::Bye(line) => write!(f, "the server ended the session: {line}"),
            Stop::Flood(lines) => write!(f, "the answer went on past {} lines", thousands(*lines as u64)),
            Stop::Budget => f.write_str("the time budget for this stage ran out"),
        }
    }
}

impl From<SessionError> for Stop {
    fn from(e: SessionError) -> Self {
        Stop::Session(e)
    }
}

/// A tagged answer.
#[derive(Debug)]
struct Answer {
    tag: String,
    status: imap::Status,
    line: String,
}

/// The IMAP session of this stage: tags, the literal assembler, the budget, alerts seen.
struct Imap<'a> {
    session: &'a mut Session,
    assembler: Assembler,
    budget: Budget,
    next_tag: u32,
    /// Untagged `OK`/`NO`/`BAD` lines with `[ALERT]` or `[OVERQUOTA]`.
    alerts: Vec<String>,
}

impl Imap<'_> {
    fn tag(&mut self) -> String {
        self.next_tag += 1;
        format!("m{}", self.next_tag)
    }

    /// Sends `commands` (pipelined; a synchronising literal must come alone) and reads until
    /// each is answered, within `max_lines` physical lines. Untagged data goes to `data`.
    async fn exchange(
        &mut self,
        commands: &[(String, Command)],
        max_lines: usize,
        data: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Vec<Answer>, Stop> {
        if self.budget.spent() {
            return Err(Stop::Budget);
        }
        let mut queued = VecDeque::new();
        for (_, command) in commands {
            let mut lines = command.lines.iter();
            if let Some(first) = lines.next() {
                self.session.write_line(first).await?;
            }
            if command.sync {
                queued.extend(lines.cloned());
            } else {
                for line in lines {
                    self.session.write_line(line).await?;
                }
            }
        }
        let mut waiting: Vec<&str> = commands.iter().map(|(tag, _)| tag.as_str()).collect();
        let mut answers = Vec::new();
        for _ in 0..max_lines {
            let Some(response) = self.read().await? else { continue };
            if response.starts_with('+') {
                if let Some(next) = queued.pop_front() {
                    self.session.write_line(&next).await?;
                }
                continue;
            }
            match imap::parse_status(&response) {
                Some(status) if status.tag == "*" => self.untagged_status(status, &response)?,
                Some(status) => {
                    if let Some(at) = waiting.iter().position(|t| t.eq_ignore_ascii_case(&status.tag)) {
                        waiting.swap_remove(at);
                        answers.push(Answer { tag: status.tag.clone(), status, line: response });
                        if waiting.is_empty() {
                            return Ok(answers);
                        }
                    }
                }
                None if response.starts_with('*') => data(&response),
                None => {}
            }
        }
        Err(Stop::Flood(max_lines))
    }

    /// Reads one physical line; a logical response once the assembler has one.
    async fn read(&mut self) -> Result<Option<String>, Stop> {
        let limit = self.budget.next_read();
        if limit.is_zero() {
            return Err(Stop::Budget);
        }
        match self.session.read_line_within(limit).await {
            Ok(line) => Ok(self.assembler.push(&line)),
            // A read cut short by the budget, not by the server's own silence.
            Err(SessionError::Timeout(_)) if self.budget.spent() => Err(Stop::Budget),
            Err(e) => Err(e.into()),
        }
    }

    fn untagged_status(&mut self, status: imap::Status, line: &str) -> Result<(), Stop> {
        if status.cond == imap::Cond::Bye {
            return Err(Stop::Bye(proto::printable(line, QUOTE)));
        }
        let atom = status.code_atom();
        if matches!(atom.as_deref(), Some("ALERT" | "OVERQUOTA")) && self.alerts.len() < MAX_NOTES {
            self.alerts.push(proto::printable(line, QUOTE));
        }
        Ok(())
    }
}

// ---- IMAP: what was learned ----

/// One folder and what the server said about it.
#[derive(Debug)]
struct Folder {
    entry: ListEntry,
    status: Option<MailboxStatus>,
    /// The server's refusal of `STATUS` for this folder.
    refused: Option<String>,
}

impl Folder {
    fn messages(&self) -> Option<u64> {
        self.status.as_ref().and_then(|s| s.messages)
    }
}

/// Everything the IMAP part of the stage learned.
#[derive(Debug, Default)]
struct Learned {
    folders: Vec<Folder>,
    /// `LIST` lines beyond [`MAX_FOLDERS`].
    not_kept: usize,
    list_complete: bool,
    list_status: bool,
    /// Selectable folders not asked about (limit or budget).
    not_queried: usize,
    quotas: Vec<Quota>,
    /// Tagged refusals: (command, answer).
    refusals: Vec<(String, String)>,
    notes: Vec<String>,
    findings: Vec<Finding>,
    /// Why no further command was sent.
    stopped: Option<String>,
}

impl Learned {
    fn refused(&mut self, command: &str, line: &str) {
        if self.refusals.len() < MAX_NOTES {
            self.refusals.push((command.to_owned(), proto::printable(line, QUOTE)));
        }
    }

    fn note(&mut self, note: String) {
        if self.notes.len() < MAX_NOTES {
            self.notes.push(note);
        }
    }

    /// Where a `STATUS` answer belongs: the folder with that wire name (INBOX in any case).
    fn index(&self) -> HashMap<String, usize> {
        self.folders.iter().enumerate().map(|(i, f)| (key(&f.entry.wire), i)).collect()
    }

    fn record_status(&mut self, index: &HashMap<String, usize>, line: &str) {
        if let Some(status) = mbox::parse_status(line)
            && let Some(&at) = index.get(&key(&status.wire))
            && let Some(folder) = self.folders.get_mut(at)
        {
            folder.status = Some(status);
        }
    }
}

fn key(wire: &str) -> String {
    if wire.eq_ignore_ascii_case("INBOX") { "INBOX".to_owned() } else { wire.to_owned() }
}

fn has(caps: &[String], keyword: &str) -> bool {
    caps.iter().any(|c| c.eq_ignore_ascii_case(keyword))
}

async fn imap_stage(ctx: &Ctx, session: &mut Session, caps: &[String]) -> StageOutcome {
    let mut imap = Imap {
        session,
        assembler: Assembler::default(),
        budget: Budget::new(ctx),
        next_tag: 0,
        alerts: Vec::new(),
    };
    let mut learned = Learned::default();
    let items = if has(caps, "STATUS=SIZE") { "MESSAGES UNSEEN SIZE" } else { "MESSAGES UNSEEN" };
    let literal_plus = has(caps, "LITERAL+") || has(caps, "LITERAL-");
    let quota =
        caps.iter().any(|c| c.eq_ignore_ascii_case("QUOTA") || c.to_ascii_uppercase().starts_with("QUOTA="));

    let mut result = Ok(());
    if has(caps, "LIST-STATUS") {
        result = list(&mut imap, &mut learned, Some(items)).await;
    }
    if result.is_ok() && !learned.list_status {
        result = list(&mut imap, &mut learned, None).await;
    }
    // Also after LIST-STATUS, for folders it gave no counts for (some servers ignore RETURN).
    if result.is_ok() && learned.list_complete {
        result = statuses(&mut imap, &mut learned, items, literal_plus).await;
    }
    if result.is_ok() && quota {
        result = quota_roots(&mut imap, &mut learned).await;
    }
    if let Err(stop) = result {
        if matches!(stop, Stop::Budget) {
            // Signed in, but the server is too slow to list the mailbox in the time left.
            let finding = Finding::new(Code::ServerSlowResponse)
                .with("stage", "the mailbox could not be listed before the time limit");
            learned.findings.push(finding);
        }
        learned.stopped = Some(stop.to_string());
    }
    let alerts = std::mem::take(&mut imap.alerts);
    judge(&mut learned, &alerts);
    outcome(learned, &alerts)
}

/// `LIST "" "*"` (with `RETURN (STATUS …)` when `status_items` is given).
async fn list(imap: &mut Imap<'_>, learned: &mut Learned, status_items: Option<&str>) -> Result<(), Stop> {
    let tag = imap.tag();
    let command = mbox::list_command(&tag, status_items);
    let commands = [(tag, Command { lines: vec![command.clone()], sync: false })];
    learned.folders.clear();
    learned.not_kept = 0;
    let mut statuses = Vec::new();
    let (folders, not_kept) = (&mut learned.folders, &mut learned.not_kept);
    let mut data = |line: &str| {
        if let Some(entry) = mbox::parse_list(line) {
            if folders.len() < MAX_FOLDERS {
                folders.push(Folder { entry, status: None, refused: None });
            } else {
                *not_kept += 1;
            }
        } else if status_items.is_some() && statuses.len() < MAX_FOLDERS && line.len() < 2048 {
            statuses.push(line.to_owned());
        }
    };
    let answers = imap.exchange(&commands, MAX_LIST_LINES, &mut data).await;
    let answers = match answers {
        Ok(answers) => answers,
        Err(stop) => {
            if matches!(stop, Stop::Flood(_)) {
                learned
                    .note(format!("The folder list went on past {MAX_LIST_LINES} lines; reading stopped."));
            }
            return Err(stop);
        }
    };
    let ok = answers.first().is_some_and(|a| a.status.cond == imap::Cond::Ok);
    if let Some(answer) = answers.first().filter(|_| !ok) {
        learned.refused(&command, &answer.line);
        return Ok(());
    }
    learned.list_complete = true;
    if status_items.is_some() {
        learned.list_status = true;
        let index = learned.index();
        for line in &statuses {
            learned.record_status(&index, line);
        }
    }
    if learned.not_kept > 0 {
        learned.note(format!(
            "The server listed {} more folders than the {MAX_FOLDERS} kept.",
            learned.not_kept
        ));
    }
    Ok(())
}

/// `STATUS` for each selectable folder not counted yet, [`BATCH`] at a time, at most
/// [`MAX_STATUS`].
async fn statuses(
    imap: &mut Imap<'_>,
    learned: &mut Learned,
    items: &str,
    literal_plus: bool,
) -> Result<(), Stop> {
    let uncounted = |f: &Folder| f.entry.selectable() && f.status.is_none();
    let selectable: Vec<usize> =
        (0..learned.folders.len()).filter(|&i| uncounted(&learned.folders[i])).collect();
    let index = learned.index();
    let mut asked = 0;
    let mut pending = selectable.iter().copied().take(MAX_STATUS).peekable();
    while pending.peek().is_some() {
        if imap.budget.spent() {
            learned.note("The time budget ran out before every folder was counted.".to_owned());
            break;
        }
        let mut batch: Vec<(String, Command, usize)> = Vec::new();
        while let Some(&at) = pending.peek() {
            let sync = !literal_plus && mbox::quotable(&learned.folders[at].entry.wire).is_none();
            if (sync && !batch.is_empty()) || batch.len() >= BATCH {
                break;
            }
            pending.next();
            let tag = imap.tag();
            let command = mbox::status_command(&tag, &learned.folders[at].entry.wire, items, literal_plus);
            let alone = command.sync;
            batch.push((tag, command, at));
            if alone {
                break;
            }
        }
        asked += batch.len();
        let commands: Vec<(String, Command)> = batch.iter().map(|(t, c, _)| (t.clone(), c.clone())).collect();
        let mut lines = Vec::new();
        let mut data = |line: &str| lines.push(line.to_owned());
        let answers = imap.exchange(&commands, MAX_ANSWER_LINES, &mut data).await;
        for line in &lines {
            learned.record_status(&index, line);
        }
        for answer in answers? {
            let Some(&(_, _, at)) = batch.iter().find(|(t, _, _)| t.eq_ignore_ascii_case(&answer.tag)) else {
                continue;
            };
            if answer.status.cond != imap::Cond::Ok {
                refused_status(learned, at, &answer);
            }
        }
    }
    learned.not_queried = selectable.len().saturating_sub(asked);
    if selectable.len() > MAX_STATUS {
        learned.note(format!("Only the first {MAX_STATUS} of {} folders were counted.", selectable.len()));
    }
    Ok(())
}

fn refused_status(learned: &mut Learned, at: usize, answer: &Answer) {
    let said = proto::printable(&answer.line, QUOTE);
    let Some(folder) = learned.folders.get_mut(at) else { return };
    folder.refused = Some(said.clone());
    let name = proto::printable(&folder.entry.name, QUOTE);
    let code = answer.status.code.as_deref();
    if let Some(finding) = in_use_finding(code, &answer.status.text, &said, Some(&name)) {
        learned.findings.push(finding);
    }
    learned.refused(&format!("STATUS {name}"), &answer.line);
}

/// `GETQUOTAROOT INBOX`: the quota roots of INBOX and their resources.
async fn quota_roots(imap: &mut Imap<'_>, learned: &mut Learned) -> Result<(), Stop> {
    let tag = imap.tag();
    let command = mbox::getquotaroot_command(&tag);
    let commands = [(tag, Command { lines: vec![command.clone()], sync: false })];
    let mut quotas = Vec::new();
    let mut data = |line: &str| {
        if let Some(quota) = mbox::parse_quota(line)
            && quotas.len() < mbox::MAX_ITEMS
        {
            quotas.push(quota);
        }
    };
    let answers = imap.exchange(&commands, MAX_ANSWER_LINES, &mut data).await?;
    learned.quotas = quotas;
    if let Some(answer) = answers.first().filter(|a| a.status.cond != imap::Cond::Ok) {
        learned.refused(&command, &answer.line);
    }
    Ok(())
}

// ---- IMAP: judgement and report ----

/// The quota root most used (by its storage, else its message count).
fn fullest(quotas: &[Quota]) -> Option<(&Quota, &mbox::Resource)> {
    let percent = |r: &mbox::Resource| r.percent().unwrap_or(0.0);
    quotas
        .iter()
        .flat_map(|q| q.resources.iter().map(move |r| (q, r)))
        .filter(|(_, r)| r.name == "STORAGE" || r.name == "MESSAGE")
        .max_by(|a, b| percent(a.1).total_cmp(&percent(b.1)))
}

fn judge(learned: &mut Learned, alerts: &[String]) {
    let mut large: Vec<&Folder> =
        learned.folders.iter().filter(|f| f.messages().is_some_and(|m| m > TOO_LARGE)).collect();
    large.sort_by_key(|f| std::cmp::Reverse(f.messages()));
    let mut findings: Vec<Finding> = large
        .iter()
        .take(MAX_LARGE_FINDINGS)
        .map(|f| {
            Finding::new(Code::MailboxFolderTooLarge)
                .with("folder", proto::printable(&f.entry.name, QUOTE))
                .with("messages", thousands(f.messages().unwrap_or(0)))
        })
        .collect();
    if let Some((quota, resource)) = fullest(&learned.quotas).filter(|(_, r)| r.is_full()) {
        let (used, limit) = amounts(resource);
        findings.push(
            Finding::new(Code::MailboxOverQuota)
                .with("quota root", proto::printable(&quota.root, QUOTE))
                .with("used", used)
                .with("limit", limit),
        );
    } else if let Some(alert) = alerts.iter().find(|a| says_over_quota(a)) {
        findings.push(Finding::new(Code::MailboxOverQuota).with("server said", alert.clone()));
    }
    findings.append(&mut learned.findings);
    learned.findings = findings;
}

/// `[OVERQUOTA]` without Gmail's bandwidth wording (E12), or an alert about the quota (E17).
fn says_over_quota(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let bandwidth = ["bandwidth", "download", "command or"].iter().any(|p| lower.contains(p));
    let storage = ["over quota", "quota exceeded", "storage has been exceeded", "mailbox is full"]
        .iter()
        .any(|p| lower.contains(p));
    !bandwidth && (lower.contains("[overquota]") || storage)
}

/// What a resource's usage and limit read as: `2.0 GB (2,000,000 KiB)`, `12 messages`.
fn amounts(resource: &mbox::Resource) -> (String, String) {
    let show = |n: u64| {
        if resource.name == "STORAGE" && n >= 1024 {
            format!("{} ({} KiB)", human_size(n.saturating_mul(1024)), thousands(n))
        } else if resource.name == "STORAGE" {
            format!("{} KB", thousands(n))
        } else {
            messages(n)
        }
    };
    (show(resource.usage), show(resource.limit))
}

/// A sum that cannot overflow, whatever counts a server claims.
fn total(counts: impl Iterator<Item = u64>) -> u64 {
    counts.fold(0, u64::saturating_add)
}

fn messages(n: u64) -> String {
    if n == 1 { "1 message".to_owned() } else { format!("{} messages", thousands(n)) }
}

fn outcome(learned: Learned, alerts: &[String]) -> StageOutcome {
    tracing::debug!(
        folders = learned.folders.len(),
        counted = learned.folders.iter().filter(|f| f.messages().is_some()).count(),
        findings = learned.findings.len(),
        stopped = learned.stopped.as_deref(),
        "mailbox read"
    );
    let detail = detail(&learned);
    let data = data(&learned, alerts);
    StageOutcome::from_findings(Stage::Mailbox, detail, learned.findings).with_data(data)
}

/// One plain sentence: "12 folders, 48,210 messages; Archive holds 31,002 messages."
fn detail(learned: &Learned) -> String {
    if !learned.list_complete {
        let why = match (&learned.stopped, learned.refusals.first()) {
            (Some(stop), _) => stop.clone(),
            (None, Some((_, answer))) => format!("the server answered {answer}"),
            (None, None) => "no answer".to_owned(),
        };
        return format!("The folder list could not be read ({why}).");
    }
    let counted: Vec<u64> = learned.folders.iter().filter_map(Folder::messages).collect();
    let selectable = learned.folders.iter().filter(|f| f.entry.selectable()).count();
    let listed = learned.folders.len() + learned.not_kept;
    let folders = format!("{} folder{}", thousands(listed as u64), if listed == 1 { "" } else { "s" });
    let mut parts = vec![match counted.len() {
        0 if selectable > 0 => format!("{folders}; the server gave no message counts"),
        n if n < selectable => {
            format!(
                "{folders}, {} in the {} counted",
                messages(total(counted.iter().copied())),
                thousands(n as u64)
            )
        }
        _ => format!("{folders}, {}", messages(total(counted.iter().copied()))),
    }];
    if let Some(largest) =
        learned.folders.iter().filter(|f| f.messages().is_some()).max_by_key(|f| f.messages())
        && largest.messages().is_some_and(|m| m > TOO_LARGE)
    {
        let name = proto::printable(&largest.entry.name, 60);
        parts.push(format!("{name} holds {}", messages(largest.messages().unwrap_or(0))));
    }
    if let Some((_, resource)) = fullest(&learned.quotas) {
        parts.push(quota_words(resource));
    }
    if learned.findings.iter().any(|f| f.code == Code::MailboxInUse) {
        parts.push("a folder is in use by another session".to_owned());
    }
    if let Some(stop) = &learned.stopped {
        parts.push(format!("maildoctor stopped early ({stop})"));
    }
    format!("{}.", parts.join("; "))
}

fn quota_words(resource: &mbox::Resource) -> String {
    let (used, limit) = if resource.name == "STORAGE" {
        (human_size(resource.usage.saturating_mul(1024)), human_size(resource.limit.saturating_mul(1024)))
    } else {
        (messages(resource.usage), messages(resource.limit))
    };
    let what = if resource.name == "STORAGE" { "storage" } else { "the message quota" };
    match resource.percent() {
        Some(_) if resource.is_full() => format!("{used} of {limit} {what} used: the mailbox is full"),
        Some(p) if p >= ALMOST_FULL => format!("{used} of {limit} {what} used ({p:.0}%, almost full)"),
        Some(p) => format!("{used} of {limit} {what} used ({p:.0}%)"),
        None => format!("{used} of {what} used (no limit)"),
    }
}

fn data(learned: &Learned, alerts: &[String]) -> serde_json::Value {
    // The report shows the largest folders; a mailbox with a thousand folders would otherwise
    // dominate the report (the counts below still cover every folder).
    let mut shown: Vec<&Folder> = learned.folders.iter().collect();
    shown.sort_by_key(|f| std::cmp::Reverse(f.messages().unwrap_or(0)));
    shown.truncate(FOLDERS_SHOWN);
    let folders: Vec<serde_json::Value> = shown
        .iter()
        .map(|f| {
            let status = f.status.as_ref();
            json!({
                "name": proto::printable(&f.entry.name, QUOTE),
                "flags": f.entry.flags,
                "special_use": f.entry.special_use(),
                "selectable": f.entry.selectable(),
                "messages": status.and_then(|s| s.messages),
                "unseen": status.and_then(|s| s.unseen),
                "size": status.and_then(|s| s.size),
                "refused": f.refused,
            })
        })
        .collect();
    let counted: Vec<&Folder> = learned.folders.iter().filter(|f| f.messages().is_some()).collect();
    let quota = fullest(&learned.quotas).map(|(q, r)| quota_data(q, r));
    json!({
        "folders": folders,
        "counts": {
            "folders": learned.folders.len() + learned.not_kept,
            "listed": learned.folders.len(),
            "shown": folders.len(),
            "selectable": learned.folders.iter().filter(|f| f.entry.selectable()).count(),
            "counted": counted.len(),
            "not_counted": learned.not_queried,
            "messages": total(counted.iter().filter_map(|f| f.messages())),
            "unseen": total(counted.iter().filter_map(|f| f.status.as_ref().and_then(|s| s.unseen))),
            "over_threshold": counted.iter().filter(|f| f.messages().is_some_and(|m| m > TOO_LARGE)).count(),
        },
        "threshold": TOO_LARGE,
        "truncated": learned.not_kept > 0 || !learned.list_complete,
        "list_status": learned.list_status,
        "quota": quota,
        "refused": learned.refusals.iter().map(|(c, a)| json!({ "command": c, "answer": a })).collect::<Vec<_>>(),
        "alerts": alerts,
        "notes": learned.notes,
        "stopped": learned.stopped,
    })
}

fn quota_data(quota: &Quota, fullest: &mbox::Resource) -> serde_json::Value {
    let storage = quota.resource("STORAGE");
    let message = quota.resource("MESSAGE");
    json!({
        "root": proto::printable(&quota.root, QUOTE),
        "used_kib": storage.map(|r| r.usage),
        "limit_kib": storage.map(|r| r.limit),
        "percent": fullest.percent().map(|p| (p * 10.0).round() / 10.0),
        "messages_used": message.map(|r| r.usage),
        "messages_limit": message.map(|r| r.limit),
        "resources": quota.resources.iter().map(|r| json!({ "name": r.name, "usage": r.usage, "limit": r.limit })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_refusals_are_in_use_and_connection_limits_are_limits() {
        // F13, F14, F16, E04 (Dovecot 2.4 uses [IN-USE] for the connection cap).
        let f = in_use_finding(Some("IN-USE"), "Mailbox is locked by another POP3 session.", "x", None);
        assert_eq!(f.map(|f| f.code), Some(Code::MailboxInUse));
        let f = in_use_finding(None, "Unable to lock maildrop: busy", "x", None);
        assert_eq!(f.map(|f| f.code), Some(Code::MailboxInUse));
        let f = in_use_finding(Some("INUSE"), "Mailbox in use", "x", Some("Archive"));
        assert!(f.is_some_and(|f| f.code == Code::MailboxInUse && f.evidence[0].value == "Archive"));
        let text = "Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10)";
        let f = in_use_finding(Some("IN-USE"), text, "x", None);
        assert_eq!(f.map(|f| f.code), Some(Code::LimitsTooManyConnections));
        assert_eq!(in_use_finding(Some("SYS/TEMP"), "Internal error occurred.", "x", None), None);
    }

    #[test]
    fn over_quota_alerts_are_told_from_bandwidth_caps() {
        assert!(says_over_quota("* OK [ALERT] account is over quota")); // E17
        assert!(says_over_quota("* NO [OVERQUOTA] Quota exceeded"));
        assert!(!says_over_quota("* NO [OVERQUOTA] Account exceeded command or bandwidth limits.")); // E12
        assert!(!says_over_quota("* OK [ALERT] Please read the news"));
    }

    fn folder(wire: &str, messages: u64) -> Folder {
        let entry = mbox::parse_list(&format!(r#"* LIST () "/" "{wire}""#)).expect("entry");
        let status = MailboxStatus {
            wire: wire.to_owned(),
            messages: Some(messages),
            unseen: Some(messages),
            size: None,
        };
        Folder { entry, status: Some(status), refused: None }
    }

    #[test]
    fn hostile_counts_do_not_overflow_the_totals() {
        let mut learned = Learned {
            folders: vec![folder("A", u64::MAX), folder("B", u64::MAX)],
            list_complete: true,
            ..Learned::default()
        };
        judge(&mut learned, &[]);
        let outcome = outcome(learned, &[]);
        assert_eq!(outcome.data["counts"]["messages"], u64::MAX);
        assert_eq!(outcome.findings.len(), 2);
        assert!(
            outcome.detail.starts_with("2 folders, 18,446,744,073,709,551,615 messages"),
            "{}",
            outcome.detail
        );
    }

    #[test]
    fn quota_words_say_full_almost_full_or_the_share() {
        let r = |usage, limit| mbox::Resource { name: "STORAGE".into(), usage, limit };
        assert_eq!(
            quota_words(&r(2_097_152, 2_097_152)),
            "2.0 GB of 2.0 GB storage used: the mailbox is full"
        );
        assert!(quota_words(&r(1_970_000, 2_000_000)).ends_with("(98%, almost full)"));
        assert!(quota_words(&r(1_000, 2_000)).ends_with("(50%)"));
    }
}
