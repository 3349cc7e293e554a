//! The IMAP part of the `mailbox` stage: `LIST` (with `RETURN (STATUS …)` when offered),
//! `STATUS` for the folders left uncounted (pipelined, [`BATCH`] at a time), `GETQUOTAROOT`.
//!
//! Every exchange goes through the IMAP client within what is left of the stage's budget;
//! the untagged conditions on the way and each refused tagged status go to the classifier.
//! After an answer breaks off, what it carried (folders, counts) still counts, and nothing
//! more is sent.

use std::collections::HashMap;

use super::report::{self, Folder, Learned};
use super::{Budget, Heard, MAX_FOLDERS, MAX_LIST_LINES, MAX_NOTES, MAX_STATUS, QUOTE, push_new};
use crate::checks::answers;
use crate::checks::classify::Answer;
use crate::diagnosis::{Code, Evidence, Finding};
use crate::net::client::imap::{self as client_imap, Answer as ImapAnswer, Command, ImapCut, ImapError};
use crate::net::client::{Client, Cut};
use crate::net::session::SessionError;
use crate::proto::mailbox::{self as mbox};
use crate::proto::{self, imap};
use crate::stage::StageOutcome;

/// `STATUS` commands in flight at once (pipelined, RFC 9051 §5.5).
const BATCH: usize = 16;

/// Why the conversation stopped early.
#[derive(Debug)]
enum Stop {
    /// A read or write failed (timeout, closed, too much data).
    Session(SessionError),
    /// The server said `* BYE`.
    Bye(String),
    /// The answer went on past its line bound.
    Flood(usize),
    /// The server announced a literal too large to read.
    Literal(u64),
    /// The stage's time budget ran out.
    Budget,
}

impl Stop {
    /// Why, in words of the report's language.
    fn words(&self) -> crate::i18n::Text {
        use crate::i18n::Text;
        match self {
            Stop::Session(e) => Text::new("as-given").arg("answer", e),
            Stop::Bye(line) => Text::new("value-stop-bye").arg("line", line),
            Stop::Flood(lines) => Text::new("value-stop-flood").count("count", *lines as u64),
            Stop::Literal(n) => Text::new("value-stop-literal").count("count", *n),
            Stop::Budget => Text::new("value-stop-budget"),
        }
    }

    fn of(cut: ImapCut, answer: &ImapAnswer) -> Stop {
        match cut {
            ImapCut::Bye(_) => {
                let line = answer.conditions().last().map_or("", |l| l.text.as_str());
                Stop::Bye(proto::printable(line, QUOTE))
            }
            ImapCut::LiteralTooLarge(n) => Stop::Literal(n),
            ImapCut::Cut(Cut::Flood(n)) => Stop::Flood(n),
            ImapCut::Cut(Cut::Deadline) => Stop::Budget,
            ImapCut::Cut(Cut::Session(e)) => Stop::Session(e),
        }
    }
}

/// The IMAP part of the stage: the client, the budget, the alerts seen, what was learned.
struct Imap<'a> {
    client: &'a mut Client,
    budget: Budget,
    heard: &'a Heard<'a>,
    /// Untagged `OK`/`NO`/`BAD` lines with `[ALERT]` or `[OVERQUOTA]`.
    alerts: Vec<String>,
    learned: Learned,
}

impl Imap<'_> {
    /// Sends `commands` (pipelined) and reads their answer within `max_lines`; the
    /// conditions on the way and the refusals go to the classifier.
    /// An answer that broke off comes with what was read of it.
    async fn exchange(
        &mut self,
        commands: Vec<Command>,
        max_lines: usize,
    ) -> Result<ImapAnswer, (Stop, ImapAnswer)> {
        if self.budget.spent() {
            // Nothing is sent when no time is left to read the answer.
            return Err((Stop::Budget, ImapAnswer::default()));
        }
        let budget = Some(self.budget.left());
        match self.client.imap().run(commands, max_lines, budget).await {
            Ok(answer) => {
                self.hear(&answer);
                Ok(answer)
            }
            Err(ImapError { cut, answer }) => {
                self.hear(&answer);
                Err((Stop::of(cut, &answer), answer))
            }
        }
    }

    /// Alerts into the data; what the classifier recognises in the untagged conditions into
    /// the findings.
    fn hear(&mut self, answer: &ImapAnswer) {
        for line in answer.conditions() {
            let alert = match &line.response {
                imap::Response::Condition(s) => {
                    matches!(s.code_atom().as_deref(), Some("ALERT" | "OVERQUOTA"))
                }
                _ => false,
            };
            if alert && self.alerts.len() < MAX_NOTES {
                self.alerts.push(proto::printable(&line.text, QUOTE));
            }
        }
        if answer.conditions().next().is_some() {
            let ok = answer.done.iter().find(|d| d.status.cond == imap::Cond::Ok).map(|d| &d.status);
            for finding in self.heard.findings(&answers::imap_conditions(answer, ok)) {
                push_new(&mut self.learned.findings, self.heard.notices, finding);
            }
        }
    }

    /// What the classifier recognises in a refused tagged status.
    fn refused(&self, done: &client_imap::Done) -> Vec<Finding> {
        self.heard.findings(&Answer::Imap { untagged: Vec::new(), tagged: Some(done.status.clone()) })
    }
}

/// Runs the IMAP part and judges what it learned.
pub(super) async fn stage(client: &mut Client, budget: Budget, heard: &Heard<'_>) -> StageOutcome {
    let caps = heard.caps;
    let mut imap = Imap { client, budget, heard, alerts: Vec::new(), learned: Learned::default() };
    let items = if caps.has("STATUS=SIZE") { "MESSAGES UNSEEN SIZE" } else { "MESSAGES UNSEEN" };
    let literal_plus = caps.has("LITERAL+") || caps.has("LITERAL-");
    let quota = caps.has("QUOTA") || caps.keywords.iter().any(|c| c.starts_with("QUOTA="));

    let mut result = Ok(());
    if caps.has("LIST-STATUS") {
        result = list(&mut imap, Some(items)).await;
    }
    if result.is_ok() && !imap.learned.list_status {
        result = list(&mut imap, None).await;
    }
    // Also after LIST-STATUS, for folders it gave no counts for (some servers ignore RETURN).
    if result.is_ok() && imap.learned.list_complete {
        result = statuses(&mut imap, items, literal_plus).await;
    }
    if result.is_ok() && quota {
        result = quota_roots(&mut imap).await;
    }
    let Imap { alerts, mut learned, .. } = imap;
    if let Err(stop) = result {
        if matches!(stop, Stop::Budget) {
            // Signed in, but the server is too slow to list the mailbox in the time left.
            let finding = Finding::new(Code::ServerSlowResponse)
                .with_words("stage", crate::i18n::Text::new("value-mailbox-list-late"));
            learned.findings.push(finding);
        }
        learned.stopped = Some(stop.words());
    }
    report::judge(&mut learned);
    report::outcome(learned, &alerts)
}

/// `LIST "" "*"` (with `RETURN (STATUS …)` when `status_items` is given).
async fn list(imap: &mut Imap<'_>, status_items: Option<&str>) -> Result<(), Stop> {
    let tag = imap.client.imap().tag();
    let line = mbox::list_command(&tag, status_items);
    let command = Command::from_lines(tag, mbox::Command { lines: vec![line.clone()], sync: false });
    imap.learned.folders.clear();
    imap.learned.not_kept = 0;
    let answer = match imap.exchange(vec![command], MAX_LIST_LINES).await {
        Ok(answer) => answer,
        Err((stop, partial)) => {
            // What was listed before the answer broke off is still shown.
            imap.learned.collect_folders(&partial);
            if matches!(stop, Stop::Flood(_)) {
                imap.learned
                    .note(format!("The folder list went on past {MAX_LIST_LINES} lines; reading stopped."));
            }
            return Err(stop);
        }
    };
    let learned = &mut imap.learned;
    learned.collect_folders(&answer);
    if let Some(done) = answer.done.first().filter(|d| d.status.cond != imap::Cond::Ok) {
        learned.refused(&line, &done.line);
        let findings = imap.refused(done);
        imap.learned.findings.extend(findings);
        return Ok(());
    }
    learned.list_complete = true;
    if status_items.is_some() {
        learned.list_status = true;
        let index = learned.index();
        for line in answer.data() {
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
async fn statuses(imap: &mut Imap<'_>, items: &str, literal_plus: bool) -> Result<(), Stop> {
    let uncounted = |f: &Folder| f.entry.selectable() && f.status.is_none();
    let selectable: Vec<usize> =
        (0..imap.learned.folders.len()).filter(|&i| uncounted(&imap.learned.folders[i])).collect();
    let index = imap.learned.index();
    let mut asked = 0;
    let mut pending = selectable.iter().copied().take(MAX_STATUS).peekable();
    while pending.peek().is_some() {
        if imap.budget.spent() {
            imap.learned.note("The time budget ran out before every folder was counted.".to_owned());
            break;
        }
        let mut batch: Vec<(Command, usize)> = Vec::new();
        while let Some(&at) = pending.peek() {
            let wire = &imap.learned.folders[at].entry.wire;
            let sync = !literal_plus && mbox::quotable(wire).is_none();
            if (sync && !batch.is_empty()) || batch.len() >= BATCH {
                break;
            }
            pending.next();
            let tag = imap.client.imap().tag();
            let command = mbox::status_command(&tag, wire, items, literal_plus);
            let alone = command.sync;
            batch.push((Command::from_lines(tag, command), at));
            if alone {
                break;
            }
        }
        asked += batch.len();
        let commands: Vec<Command> = batch.iter().map(|(c, _)| c.clone()).collect();
        let answer = match imap.exchange(commands, client_imap::MAX_ANSWER_LINES).await {
            Ok(answer) => answer,
            Err((stop, partial)) => {
                for line in partial.data() {
                    imap.learned.record_status(&index, line);
                }
                return Err(stop);
            }
        };
        for line in answer.data() {
            imap.learned.record_status(&index, line);
        }
        for (command, at) in &batch {
            if let Some(done) = answer.for_tag(command.tag()).filter(|d| d.status.cond != imap::Cond::Ok) {
                let findings = imap.refused(done);
                imap.learned.refused_status(*at, done, findings);
            }
        }
    }
    imap.learned.not_queried = selectable.len().saturating_sub(asked);
    if selectable.len() > MAX_STATUS {
        imap.learned
            .note(format!("Only the first {MAX_STATUS} of {} folders were counted.", selectable.len()));
    }
    Ok(())
}

/// `GETQUOTAROOT INBOX`: the quota roots of INBOX and their resources.
async fn quota_roots(imap: &mut Imap<'_>) -> Result<(), Stop> {
    let tag = imap.client.imap().tag();
    let line = mbox::getquotaroot_command(&tag);
    let command = Command::from_lines(tag, mbox::Command { lines: vec![line.clone()], sync: false });
    let answer =
        imap.exchange(vec![command], client_imap::MAX_ANSWER_LINES).await.map_err(|(stop, _)| stop)?;
    let quotas = answer.data().filter_map(mbox::parse_quota).take(mbox::MAX_ITEMS).collect();
    imap.learned.quotas = quotas;
    if let Some(done) = answer.done.first().filter(|d| d.status.cond != imap::Cond::Ok) {
        imap.learned.refused(&line, &done.line);
        let findings = imap.refused(done);
        imap.learned.findings.extend(findings);
    }
    Ok(())
}

/// Where a `STATUS` answer belongs: the folder with that wire name (INBOX in any case).
fn key(wire: &str) -> String {
    if wire.eq_ignore_ascii_case("INBOX") { "INBOX".to_owned() } else { wire.to_owned() }
}

impl Learned {
    /// The folders of a `LIST` answer, at most [`MAX_FOLDERS`] kept.
    fn collect_folders(&mut self, answer: &ImapAnswer) {
        for entry in answer.data().filter_map(mbox::parse_list) {
            if self.folders.len() < MAX_FOLDERS {
                self.folders.push(Folder { entry, status: None, refused: None });
            } else {
                self.not_kept += 1;
            }
        }
    }

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

    /// A refused `STATUS`: recorded on the folder, and what the classifier recognises in it
    /// named after the folder.
    fn refused_status(&mut self, at: usize, done: &client_imap::Done, findings: Vec<Finding>) {
        let said = proto::printable(&done.line, QUOTE);
        let Some(folder) = self.folders.get_mut(at) else { return };
        folder.refused = Some(said);
        let name = proto::printable(&folder.entry.name, QUOTE);
        for (i, mut finding) in findings.into_iter().enumerate() {
            if i == 0 {
                finding.evidence.insert(0, Evidence::new("folder", name.clone()));
            }
            self.findings.push(finding);
        }
        self.refused(&format!("STATUS {name}"), &done.line);
    }

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
}
