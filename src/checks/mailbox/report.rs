//! The `mailbox` stage's judgement and report: what the folders, counts and quota mean, in
//! one sentence for people and structured data for the report.

use serde_json::json;

use super::{FOLDERS_SHOWN, POP_FOLDER, QUOTE, TOO_LARGE};
use crate::diagnosis::{Code, Finding};
use crate::i18n::Text;
use crate::proto;
use crate::proto::mailbox::{self as mbox, ListEntry, MailboxStatus, Maildrop, Quota, human_size, thousands};
use crate::stage::{Stage, StageOutcome};

/// At or above this percentage the quota is "almost full" (said in the detail, no code).
const ALMOST_FULL: f64 = 95.0;
/// Most `folder_too_large` findings (the largest folders first).
const MAX_LARGE_FINDINGS: usize = 20;

/// One folder and what the server said about it.
#[derive(Debug)]
pub(super) struct Folder {
    pub(super) entry: ListEntry,
    pub(super) status: Option<MailboxStatus>,
    /// The server's refusal of `STATUS` for this folder.
    pub(super) refused: Option<String>,
}

impl Folder {
    pub(super) fn messages(&self) -> Option<u64> {
        self.status.as_ref().and_then(|s| s.messages)
    }
}

/// Everything the IMAP part of the stage learned.
#[derive(Debug, Default)]
pub(super) struct Learned {
    pub(super) folders: Vec<Folder>,
    /// `LIST` lines beyond `MAX_FOLDERS`.
    pub(super) not_kept: usize,
    pub(super) list_complete: bool,
    pub(super) list_status: bool,
    /// Selectable folders not asked about (limit or budget).
    pub(super) not_queried: usize,
    pub(super) quotas: Vec<Quota>,
    /// Tagged refusals: (command, answer).
    pub(super) refusals: Vec<(String, String)>,
    pub(super) notes: Vec<String>,
    pub(super) findings: Vec<Finding>,
    /// Why no further command was sent.
    pub(super) stopped: Option<Text>,
}

/// A POP3 maildrop from `STAT`.
pub(super) fn maildrop_outcome(drop: Maildrop) -> StageOutcome {
    let mut findings = Vec::new();
    if drop.messages > TOO_LARGE {
        findings.push(
            Finding::new(Code::MailboxFolderTooLarge)
                .with("folder", POP_FOLDER)
                .with("messages", thousands(drop.messages)),
        );
    }
    let detail =
        Text::new("detail-mailbox-maildrop").count("messages", drop.messages).size("size", drop.octets);
    let data = json!({
        "folders": [{ "name": POP_FOLDER, "flags": [], "messages": drop.messages, "unseen": null, "size": drop.octets }],
        "counts": { "folders": 1, "messages": drop.messages, "octets": drop.octets },
        "threshold": TOO_LARGE,
    });
    StageOutcome::from_findings(Stage::Mailbox, detail, findings).with_data(data)
}

/// The quota root most used (by its storage, else its message count).
fn fullest(quotas: &[Quota]) -> Option<(&Quota, &mbox::Resource)> {
    let percent = |r: &mbox::Resource| r.percent().unwrap_or(0.0);
    quotas
        .iter()
        .flat_map(|q| q.resources.iter().map(move |r| (q, r)))
        .filter(|(_, r)| r.name == "STORAGE" || r.name == "MESSAGE")
        .max_by(|a, b| percent(a.1).total_cmp(&percent(b.1)))
}

/// The stage's own findings: folders over [`TOO_LARGE`], a quota at its limit, then what the
/// classifier recognised on the way (an over-quota alert is left out when the quota itself
/// says so, with figures).
pub(super) fn judge(learned: &mut Learned) {
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
        learned.findings.retain(|f| f.code != Code::MailboxOverQuota);
    }
    findings.append(&mut learned.findings);
    learned.findings = findings;
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

pub(super) fn outcome(learned: Learned, alerts: &[String]) -> StageOutcome {
    tracing::debug!(
        folders = learned.folders.len(),
        counted = learned.folders.iter().filter(|f| f.messages().is_some()).count(),
        findings = learned.findings.len(),
        stopped = learned.stopped.as_ref().map(|s| s.in_lang(crate::i18n::Lang::En)),
        "mailbox read"
    );
    let detail = detail(&learned);
    let data = data(&learned, alerts);
    StageOutcome::from_findings(Stage::Mailbox, detail, learned.findings).with_data(data)
}

/// Plain sentences: "12 folders, 48,210 messages. Archive holds 31,002 messages." Counts are
/// passed grouped (`48,210`); a count of one reads in the singular.
fn detail(learned: &Learned) -> Text {
    if !learned.list_complete {
        let why = match (&learned.stopped, learned.refusals.first()) {
            (Some(stop), _) => stop.clone(),
            (None, Some((_, answer))) => Text::new("value-server-answered").arg("answer", answer),
            (None, None) => Text::new("value-no-answer"),
        };
        return Text::new("detail-mailbox-list-unreadable").arg_text("why", why);
    }
    let counted: Vec<u64> = learned.folders.iter().filter_map(Folder::messages).collect();
    let selectable = learned.folders.iter().filter(|f| f.entry.selectable()).count();
    let listed = u64::try_from(learned.folders.len() + learned.not_kept).unwrap_or(u64::MAX);
    let sum = total(counted.iter().copied());
    let mut parts = vec![match counted.len() {
        0 if selectable > 0 => Text::new("detail-mailbox-no-counts").count("folders", listed),
        n if n < selectable => Text::new("detail-mailbox-some-counted")
            .count("folders", listed)
            .count("messages", sum)
            .count("counted", n as u64),
        _ => Text::new("detail-mailbox-folders").count("folders", listed).count("messages", sum),
    }];
    if let Some(largest) =
        learned.folders.iter().filter(|f| f.messages().is_some()).max_by_key(|f| f.messages())
        && largest.messages().is_some_and(|m| m > TOO_LARGE)
    {
        let name = proto::printable(&largest.entry.name, 60);
        let count = largest.messages().unwrap_or(0);
        parts.push(Text::new("detail-mailbox-largest").arg("name", name).count("messages", count));
    }
    if let Some((_, resource)) = fullest(&learned.quotas) {
        parts.push(quota_words(resource));
    }
    if learned.findings.iter().any(|f| f.code == Code::MailboxInUse) {
        parts.push(Text::new("detail-mailbox-folder-in-use"));
    }
    if let Some(stop) = &learned.stopped {
        parts.push(Text::new("detail-mailbox-stopped").arg_text("why", stop.clone()));
    }
    let mut parts = parts.into_iter().rev();
    let last = parts.next().unwrap_or_else(|| Text::new("detail-mailbox-folder-in-use"));
    parts.fold(last, |then, text| text.then(then))
}

/// How full the fullest quota is, in a sentence.
fn quota_words(resource: &mbox::Resource) -> Text {
    let storage = resource.name == "STORAGE";
    let id = match resource.percent() {
        Some(_) if resource.is_full() => "detail-mailbox-quota-full",
        Some(p) if p >= ALMOST_FULL => "detail-mailbox-quota-almost-full",
        Some(_) => "detail-mailbox-quota",
        None => "detail-mailbox-quota-unlimited",
    };
    let text = Text::new(id)
        .arg("kind", if storage { "storage" } else { "messages" })
        .arg("percent", format!("{:.0}", resource.percent().unwrap_or(0.0)));
    if storage {
        // QUOTA counts storage in units of 1,024 octets (RFC 9208 §5.1).
        text.size("used", resource.usage.saturating_mul(1024))
            .size("limit", resource.limit.saturating_mul(1024))
    } else {
        text.count("used", resource.usage).count("limit", resource.limit)
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
        "stopped": learned.stopped.as_ref().map(|s| s.in_lang(crate::i18n::Lang::En)),
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
        judge(&mut learned);
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
        let en = |t: Text| t.in_lang(crate::i18n::Lang::En);
        assert_eq!(
            en(quota_words(&r(2_097_152, 2_097_152))),
            "2.0 GB of 2.0 GB storage used: the mailbox is full."
        );
        assert!(en(quota_words(&r(1_970_000, 2_000_000))).ends_with("(98%, almost full)."));
        assert!(en(quota_words(&r(1_000, 2_000))).ends_with("(50%)."));
        // The reader's decimal sign, units and grouping.
        let de = quota_words(&r(1_970_000, 2_000_000)).in_lang(crate::i18n::Lang::De);
        assert!(de.starts_with("1,9 GB"), "{de}");
        let fr = quota_words(&r(2_097_152, 2_097_152)).in_lang(crate::i18n::Lang::Fr);
        assert!(fr.starts_with("2,0 Go"), "{fr}");
        let m = |usage, limit| mbox::Resource { name: "MESSAGE".into(), usage, limit };
        let pl = quota_words(&m(48_210, 100_000)).in_lang(crate::i18n::Lang::Pl);
        assert!(pl.contains("48\u{a0}210 z 100\u{a0}000"), "{pl}");
    }
}
