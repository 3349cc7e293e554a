//! After a sign-in the server accepted: the capabilities it lists now, the one harmless
//! command (IMAP `EXAMINE INBOX`, POP3 `STAT`) where some providers refuse instead, and what
//! the server says on the way.
//!
//! Every answer here goes to the classifier with [`Phase::AfterLogin`]: a refusal or a
//! `* BYE` (IMAP switched off for the account, a server that ends the session) stops the
//! stage with the classifier's findings; untagged `* NO`/`* OK [ALERT] …` lines that come
//! with an `OK` (an over-quota alert, Gmail's `[THROTTLED]`) become notices for the mailbox
//! stage.

use serde_json::json;

use super::{Broken, Mechanism, SignedIn, about, broken_findings, refusal};
use crate::checks::answers;
use crate::checks::classify::{Answer, Phase};
use crate::checks::protocol::Ready;
use crate::checks::{Checked, Ctx};
use crate::diagnosis::Finding;
use crate::i18n::Text;
use crate::net::client::imap::{Answer as ImapAnswer, ImapError};
use crate::proto::{Capabilities, imap};
use crate::stage::{Stage, StageOutcome};
use crate::target::{Credentials, Protocol, Target};

/// How a command after sign-in went.
enum Heard {
    /// Accepted; what the answer also said (for notices).
    Fine(Option<Answer>),
    /// Refused.
    Refused(Answer),
    /// The server said `* BYE`: the session is over.
    Ended(Answer),
    /// The answer broke off.
    Broken(Broken),
}

/// Signed in: read post-login capabilities and run the one harmless command.
pub(super) async fn signed_in(
    ctx: &Ctx,
    target: &Target,
    ready: &mut Ready,
    mechanism: Mechanism,
    credentials: &Credentials,
    (atoms, login): (Option<Vec<String>>, Answer),
    mut data: serde_json::Value,
) -> Checked<SignedIn> {
    let mut notices = notices_in(ctx, ready, &login);
    let mut caps = ready.caps.clone();
    let heard = match target.protocol {
        Protocol::Imap => imap_after(ready, atoms, &mut caps).await,
        Protocol::Pop3 => pop3_stat(ready).await,
        Protocol::Smtp => Heard::Fine(None),
    };
    data["post_login_capabilities"] = json!(caps.keywords);
    let who = &credentials.username;
    let (findings, detail) = match heard {
        Heard::Fine(said) => {
            if let Some(said) = said {
                // An alert repeated in the answer to EXAMINE is the same notice.
                for notice in notices_in(ctx, ready, &said) {
                    if notices.iter().all(|f| f.code != notice.code) {
                        notices.push(notice);
                    }
                }
            }
            let detail =
                Text::new("detail-auth-signed-in").arg("user", who).arg("mechanism", mechanism.name());
            let outcome = StageOutcome::from_findings(Stage::Auth, detail, Vec::new()).with_data(data);
            return Checked::next(outcome, SignedIn { capabilities: caps, mechanism, notices });
        }
        Heard::Refused(answer) => (
            refusal(ctx, ready, Phase::AfterLogin, &answer),
            Text::new("detail-auth-after-refused").arg("user", who),
        ),
        Heard::Ended(answer) => (
            refusal(ctx, ready, Phase::AfterLogin, &answer),
            Text::new("detail-auth-after-ended").arg("user", who),
        ),
        Heard::Broken(broken) => (
            broken_findings(ctx, ready, Phase::AfterLogin, &broken),
            Text::new("detail-auth-after-broken").arg("user", who),
        ),
    };
    Checked::stop(StageOutcome::from_findings(Stage::Auth, detail, findings).with_data(data))
}

/// What the classifier makes of an accepted answer (alerts, warnings); nothing for a plain yes.
fn notices_in(ctx: &Ctx, ready: &Ready, answer: &Answer) -> Vec<Finding> {
    answers::verdict(ctx, Phase::AfterLogin, answer, about(ready)).map(|c| c.findings()).unwrap_or_default()
}

/// IMAP: capabilities (from the sign-in answer, else `CAPABILITY`), `ID` when offered, then
/// `EXAMINE INBOX`.
async fn imap_after(ready: &mut Ready, atoms: Option<Vec<String>>, caps: &mut Capabilities) -> Heard {
    let atoms = match atoms {
        Some(atoms) => Some(atoms),
        None => match ready.client.imap().capability().await {
            Ok(answer) if answer.is_ok() => answer.capabilities(),
            Ok(_) => None,
            Err(error) => return imap_error(&error),
        },
    };
    if let Some(atoms) = atoms {
        *caps = imap::capability_set(&atoms);
    }
    // RFC 2971: say which client this is when the server offers `ID`, as mail apps do.
    // NetEase (163/126) and other Coremail servers refuse EXAMINE/SELECT with "Unsafe Login"
    // from a client that never sent it. The answer itself says nothing about the account.
    if caps.has("ID") {
        let id = format!("ID (\"name\" \"maildoctor\" \"version\" \"{}\")", env!("CARGO_PKG_VERSION"));
        if let Err(error) = ready.client.imap().command(&id).await
            && error.is_bye()
        {
            return imap_error(&error);
        }
    }
    match ready.client.imap().command("EXAMINE INBOX").await {
        Ok(answer) => examined(&answer),
        Err(error) => imap_error(&error),
    }
}

fn examined(answer: &ImapAnswer) -> Heard {
    if answer.is_ok() {
        Heard::Fine(Some(answers::imap_conditions(answer, answer.status())))
    } else {
        Heard::Refused(answers::imap(answer))
    }
}

fn imap_error(error: &ImapError) -> Heard {
    if error.is_bye() { Heard::Ended(answers::imap_error(error)) } else { Heard::Broken(Broken::imap(error)) }
}

/// POP3: `STAT`.
async fn pop3_stat(ready: &mut Ready) -> Heard {
    match ready.client.pop3().stat().await {
        Ok(reply) if reply.is_ok() => Heard::Fine(None),
        Ok(reply) => Heard::Refused(answers::pop3(&reply)),
        Err(error) => Heard::Broken(Broken::pop3(&error)),
    }
}
