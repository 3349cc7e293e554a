//! The protocol clients (`net::client`) against scripted peers on loopback: whole answers,
//! literals, continuations, other tags, floods, garbage, early closes, pipelining, time
//! bounds, and the password kept out of the transcript.

use std::future::Future;
use std::time::{Duration, Instant};

use maildoctor::net::client::imap::{Command, ImapCut, MAX_ANSWER_LINES};
use maildoctor::net::client::pop3::Pop3Cut;
use maildoctor::net::client::smtp::SmtpCut;
use maildoctor::net::client::{Client, Cut};
use maildoctor::net::session::{Session, SessionError};
use maildoctor::net::stream::{MailStream, Recorded};
use maildoctor::proto::imap::{Cond, Response, ResponseCode};
use maildoctor::proto::{mailbox, pop3, smtp};
use maildoctor::transcript::{Direction, Transcript};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The peer's side of the connection.
struct Peer {
    io: BufReader<TcpStream>,
}

impl Peer {
    async fn send(&mut self, bytes: &[u8]) -> bool {
        self.io.get_mut().write_all(bytes).await.is_ok() && self.io.get_mut().flush().await.is_ok()
    }

    async fn line(&mut self, text: &str) -> bool {
        self.send(format!("{text}\r\n").as_bytes()).await
    }

    async fn recv(&mut self) -> Option<String> {
        let mut line = String::new();
        let n = self.io.read_line(&mut line).await.ok()?;
        (n > 0).then(|| line.trim_end().to_owned())
    }

    /// The next line, or `None` when none comes within `wait`.
    async fn recv_within(&mut self, wait: Duration) -> Option<String> {
        tokio::time::timeout(wait, self.recv()).await.ok().flatten()
    }

    async fn hang(&mut self) {
        let mut sink = [0u8; 1024];
        while matches!(self.io.read(&mut sink).await, Ok(n) if n > 0) {}
    }
}

/// A client connected to a peer running `script`, with `io` as the session's I/O timeout.
async fn connect<F, Fut>(io: Duration, script: F) -> (Client, Transcript, JoinHandle<()>)
where
    F: FnOnce(Peer) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let task = tokio::spawn(async move {
        if let Ok((tcp, _)) = listener.accept().await {
            script(Peer { io: BufReader::new(tcp) }).await;
        }
    });
    let tcp = TcpStream::connect(addr).await.expect("connect");
    let transcript = Transcript::default();
    let session = Session::new(MailStream::Plain(Recorded::new(tcp)), transcript.clone(), io);
    (Client::new(session), transcript, task)
}

const IO: Duration = Duration::from_secs(2);

fn tag_of(line: &str) -> String {
    line.split(' ').next().unwrap_or("*").to_owned()
}

// ---- IMAP ----

#[tokio::test]
async fn an_imap_answer_keeps_untagged_lines_other_tags_and_folds_a_literal_into_its_line() {
    let (mut client, transcript, _peer) = connect(IO, |mut p| async move {
        let tag = tag_of(&p.recv().await.unwrap_or_default());
        p.send(b"* 3 EXISTS\r\n* LIST (\\HasNoChildren) \"/\" {6}\r\nSp\xc3\xa4m!\r\n").await;
        p.line("zz9 OK a line for a command we never sent").await;
        p.line("* OK [ALERT] System shutdown in 10 minutes").await;
        p.line(&format!("{tag} OK [READ-ONLY] done")).await;
        p.hang().await;
    })
    .await;
    let answer = client.imap().command("LIST \"\" \"*\"").await.expect("answer");
    assert!(answer.is_ok());
    let status = answer.status().expect("tagged");
    assert_eq!((status.tag.as_str(), status.code.clone()), ("a1", Some(ResponseCode::ReadOnly)));
    let data: Vec<&str> = answer.data().collect();
    assert_eq!(data, ["* 3 EXISTS", r#"* LIST (\HasNoChildren) "/" "Späm!""#]);
    let entry = mailbox::parse_list(data[1]).expect("a LIST line");
    assert_eq!(entry.name, "Späm!");
    assert!(matches!(&answer.untagged[2].response, Response::Tagged(s) if s.tag == "zz9"));
    let alert = answer.conditions().next().expect("the alert");
    assert!(matches!(&alert.response, Response::Condition(s) if s.code == Some(ResponseCode::Alert)));
    // The literal is in the transcript as the server sent it.
    assert!(transcript.lines().iter().any(|l| l.dir == Direction::Server && l.text == "Späm!"));
}

#[tokio::test]
async fn a_literal_larger_than_the_bound_ends_the_answer_without_reading_it() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.line("* LIST () \"/\" {4294967296}").await;
        p.hang().await;
    })
    .await;
    let started = Instant::now();
    let error = client.imap().command("LIST \"\" \"*\"").await.expect_err("refused literal");
    assert!(matches!(error.cut, ImapCut::LiteralTooLarge(4_294_967_296)), "{error}");
    assert!(started.elapsed() < Duration::from_millis(500), "it did not wait for 4 GB");
}

#[tokio::test]
async fn a_flood_of_untagged_lines_stops_at_the_line_bound_and_keeps_what_came() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        let flood = "* 1 EXISTS and more untagged noise\r\n".repeat(2_000);
        p.send(flood.as_bytes()).await;
        p.hang().await;
    })
    .await;
    let error = client.imap().command("EXAMINE INBOX").await.expect_err("a flood");
    assert!(matches!(error.cut, ImapCut::Cut(Cut::Flood(MAX_ANSWER_LINES))), "{error}");
    assert_eq!(error.answer.untagged.len(), MAX_ANSWER_LINES);
    assert!(error.answer.done.is_empty());
}

#[tokio::test]
async fn a_bye_ends_the_answer_and_an_early_close_keeps_what_came() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.line("* NO [ALERT] Your account is not enabled for IMAP use.").await;
        p.line("* BYE IMAP access is disabled for your account").await;
        p.hang().await;
    })
    .await;
    let error = client.imap().command("EXAMINE INBOX").await.expect_err("ended");
    assert!(matches!(&error.cut, ImapCut::Bye(s) if s.cond == Cond::Bye), "{error}");
    assert!(error.is_bye());
    assert_eq!(error.answer.lines().len(), 2, "both lines are kept for the classifier");

    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.line("* 4 EXISTS").await;
        p.send(b"a1 OK half a li").await;
    })
    .await;
    let error = client.imap().command("EXAMINE INBOX").await.expect_err("closed");
    assert!(matches!(error.session(), Some(SessionError::Closed)), "{error}");
    assert_eq!(error.answer.lines(), ["* 4 EXISTS"]);
}

#[tokio::test]
async fn logout_reads_the_bye_and_the_tagged_ok() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let tag = tag_of(&p.recv().await.unwrap_or_default());
        p.line("* BYE Logging out").await;
        p.line(&format!("{tag} OK Logout completed.")).await;
    })
    .await;
    let answer = client.imap().logout().await.expect("a normal goodbye");
    assert!(answer.is_ok());
    assert!(matches!(&answer.untagged[0].response, Response::Condition(s) if s.cond == Cond::Bye));
}

#[tokio::test]
async fn pipelined_commands_each_get_their_answer_whatever_the_order() {
    let (mut client, transcript, _peer) = connect(IO, |mut p| async move {
        let mut tags = Vec::new();
        for _ in 0..3 {
            tags.push(tag_of(&p.recv().await.unwrap_or_default()));
        }
        p.line("* STATUS b (MESSAGES 2)").await;
        p.line(&format!("{} NO [NONEXISTENT] no such folder", tags[1])).await;
        p.line(&format!("{} OK done", tags[2])).await;
        p.line("* STATUS a (MESSAGES 1)").await;
        p.line(&format!("{} OK done", tags[0])).await;
        p.hang().await;
    })
    .await;
    let mut imap = client.imap();
    let commands: Vec<Command> = ["a", "b", "c"]
        .iter()
        .map(|name| {
            let tag = imap.tag();
            Command::from_lines(tag.clone(), mailbox::status_command(&tag, name, "MESSAGES", false))
        })
        .collect();
    let tags: Vec<String> = commands.iter().map(|c| c.tag().to_owned()).collect();
    let answer = imap.run(commands, MAX_ANSWER_LINES, None).await.expect("three answers");
    assert_eq!(answer.done.len(), 3);
    assert_eq!(answer.for_tag(&tags[1]).map(|d| d.status.cond), Some(Cond::No));
    assert_eq!(answer.for_tag(&tags[0]).map(|d| d.status.cond), Some(Cond::Ok));
    assert_eq!(answer.data().count(), 2);
    assert!(!answer.is_ok());
    let sent: Vec<String> =
        transcript.lines().into_iter().filter(|l| l.dir == Direction::Client).map(|l| l.text).collect();
    assert_eq!(sent.len(), 3, "all three went out before any answer: {sent:?}");
}

#[tokio::test]
async fn a_synchronising_literal_waits_for_the_continuation_and_a_refusal_drops_it() {
    let (mut client, _, peer) = connect(IO, |mut p| async move {
        let first = p.recv().await.unwrap_or_default();
        assert!(first.ends_with("STATUS {7}"), "{first}");
        assert_eq!(p.recv_within(Duration::from_millis(200)).await, None, "the literal waited for +");
        p.line("+ go ahead").await;
        assert_eq!(p.recv().await.as_deref(), Some("Grüße (MESSAGES)"));
        p.line(&format!("{} OK done", tag_of(&first))).await;
        // Second command: refused at once, so its literal is never sent.
        let second = p.recv().await.unwrap_or_default();
        p.line(&format!("{} NO not now", tag_of(&second))).await;
        assert_eq!(p.recv_within(Duration::from_millis(300)).await, None, "nothing after the refusal");
    })
    .await;
    for expect_ok in [true, false] {
        let mut imap = client.imap();
        let tag = imap.tag();
        let command =
            Command::from_lines(tag.clone(), mailbox::status_command(&tag, "Grüße", "MESSAGES", false));
        let answer = imap.run(vec![command], MAX_ANSWER_LINES, None).await.expect("answer");
        assert_eq!(answer.is_ok(), expect_ok);
    }
    peer.await.expect("the peer saw what it expected");
}

#[tokio::test]
async fn authenticate_sends_the_payload_after_the_continuation_and_records_a_placeholder() {
    let (mut client, transcript, peer) = connect(IO, |mut p| async move {
        let first = p.recv().await.unwrap_or_default();
        assert!(first.ends_with("AUTHENTICATE PLAIN"), "{first}");
        p.line("+ ").await;
        let payload = p.recv().await.unwrap_or_default();
        assert_eq!(payload, maildoctor::proto::sasl::plain("alice", "hunter2-Ω"));
        p.line(&format!("{} OK [CAPABILITY IMAP4rev1 QUOTA] Logged in", tag_of(&first))).await;
    })
    .await;
    let answer = client.imap().authenticate_plain("alice", "hunter2-Ω", false).await.expect("answer");
    assert!(answer.is_ok());
    assert_eq!(answer.capabilities(), Some(vec!["IMAP4REV1".to_owned(), "QUOTA".to_owned()]));
    peer.await.expect("the peer saw the payload");
    let payload = maildoctor::proto::sasl::plain("alice", "hunter2-Ω");
    for line in transcript.lines() {
        assert!(!line.text.contains(&payload) && !line.text.contains("hunter2"), "{line:?}");
    }
    assert!(transcript.lines().iter().any(|l| l.text == "[password hidden]"));
}

#[tokio::test]
async fn an_unexpected_continuation_during_authenticate_is_cancelled() {
    // B11: an XOAUTH2-style error continuation; the client answers `*` and the server ends.
    let (mut client, _, peer) = connect(IO, |mut p| async move {
        let first = p.recv().await.unwrap_or_default();
        p.line("+ eyJzdGF0dXMiOiI0MDAifQ==").await;
        assert_eq!(p.recv().await.as_deref(), Some("*"));
        p.line(&format!("{} BAD AUTHENTICATE cancelled", tag_of(&first))).await;
    })
    .await;
    let answer = client.imap().authenticate_plain("alice", "pw", true).await.expect("answer");
    assert_eq!(answer.status().map(|s| s.cond), Some(Cond::Bad));
    assert!(matches!(answer.untagged[0].response, Response::Continuation));
    peer.await.expect("the peer got the cancel");
}

#[tokio::test]
async fn an_answer_dripped_line_by_line_ends_within_one_io_budget_not_one_per_line() {
    let io = Duration::from_millis(600);
    let (mut client, _, _peer) = connect(io, |mut p| async move {
        let _ = p.recv().await;
        loop {
            if !p.line("* OK still thinking").await {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    let started = Instant::now();
    let error = client.imap().command("EXAMINE INBOX").await.expect_err("timed out");
    let took = started.elapsed();
    assert!(matches!(error.session(), Some(SessionError::Timeout(t)) if *t == io), "{error}");
    assert!(took >= io && took < io + Duration::from_millis(400), "took {took:?}");
    assert!(error.answer.untagged.len() >= 3, "what came is kept");
}

#[tokio::test]
async fn the_clients_deadline_cuts_an_answer_as_a_deadline_not_a_timeout() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.hang().await;
    })
    .await;
    client.set_deadline(Some(Instant::now() + Duration::from_millis(300)));
    let started = Instant::now();
    let error = client.imap().command("LIST \"\" \"*\"").await.expect_err("deadline");
    assert!(matches!(error.cut, ImapCut::Cut(Cut::Deadline)), "{error}");
    assert!(started.elapsed() < Duration::from_millis(800));
}

#[tokio::test]
async fn tags_are_numbered_per_connection_and_skip_a_probe_sent_before() {
    let (mut client, transcript, _peer) = connect(IO, |mut p| async move {
        while let Some(line) = p.recv().await {
            p.line(&format!("{} OK done", tag_of(&line))).await;
        }
    })
    .await;
    client.session_mut().write_line("a1 CAPABILITY").await.expect("probe");
    let probe = client.imap().answer_to("a1 CAPABILITY", 8).await.expect("probe answer");
    assert!(probe.is_ok());
    client.imap().command("NOOP").await.expect("noop");
    client.imap().command("NOOP").await.expect("noop");
    let sent: Vec<String> =
        transcript.lines().into_iter().filter(|l| l.dir == Direction::Client).map(|l| l.text).collect();
    assert_eq!(sent, ["a1 CAPABILITY", "a2 NOOP", "a3 NOOP"]);
}

// ---- POP3 ----

#[tokio::test]
async fn a_pop3_multi_line_answer_is_unstuffed_and_ends_at_the_dot() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.send(b"+OK Capability list follows\r\nUSER\r\nSASL PLAIN\r\n..hidden\r\n.\r\n").await;
        p.hang().await;
    })
    .await;
    let listing = client.pop3().capa().await.expect("answer");
    assert!(listing.reply.is_ok());
    assert_eq!(listing.lines, ["USER", "SASL PLAIN", ".hidden"]);
    assert_eq!(pop3::capa_set(&listing.lines).auth, ["PLAIN"]);
}

#[tokio::test]
async fn a_pop3_answer_that_floods_or_is_not_pop3_keeps_its_lines() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.line("+OK").await;
        p.send("X-CAP\r\n".repeat(500).as_bytes()).await;
        p.hang().await;
    })
    .await;
    let error = client.pop3().capa().await.expect_err("flood");
    assert!(matches!(error.cut, Pop3Cut::Cut(Cut::Flood(64))), "{error}");
    assert_eq!(error.lines.len(), 65, "the +OK and the 64 lines read");

    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.line("HTTP/1.1 400 Bad Request").await;
        p.hang().await;
    })
    .await;
    let error = client.pop3().stat().await.expect_err("garbage");
    assert!(matches!(error.cut, Pop3Cut::NotAStatus));
    assert_eq!(error.lines, ["HTTP/1.1 400 Bad Request"]);
}

#[tokio::test]
async fn pop3_status_codes_are_typed() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.line("-ERR [IN-USE] Mailbox is locked by another POP3 session.").await;
        p.hang().await;
    })
    .await;
    let reply = client.pop3().stat().await.expect("a status");
    assert_eq!((reply.is_ok(), reply.status.code), (false, Some(pop3::ResponseCode::InUse)));
}

#[tokio::test]
async fn pop3_auth_plain_answers_an_empty_challenge_and_hides_the_payload() {
    let (mut client, transcript, peer) = connect(IO, |mut p| async move {
        let first = p.recv().await.unwrap_or_default();
        assert!(first.starts_with("AUTH PLAIN "), "{first}");
        p.line("+ ").await;
        assert_eq!(p.recv().await, Some(maildoctor::proto::sasl::plain("bob", "s3cret")));
        p.line("+OK Logged in.").await;
    })
    .await;
    let reply = client.pop3().auth_plain("bob", "s3cret").await.expect("answer");
    assert!(reply.is_ok());
    peer.await.expect("the peer got the response twice");
    let payload = maildoctor::proto::sasl::plain("bob", "s3cret");
    assert!(transcript.lines().iter().all(|l| !l.text.contains(&payload)));
}

// ---- SMTP ----

#[tokio::test]
async fn an_smtp_reply_has_a_validated_code_and_an_enhanced_status_code() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.line("534-5.7.9 Application-specific password required. Learn more at").await;
        p.line("534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x - gsmtp").await;
        p.hang().await;
    })
    .await;
    let reply = client.smtp().command("AUTH PLAIN x").await.expect("reply");
    assert_eq!(reply.code.get(), 534);
    assert_eq!(reply.code.severity(), smtp::Severity::PermanentNegative);
    assert_eq!(reply.enhanced, Some(smtp::EnhancedCode { class: 5, subject: 7, detail: 9 }));
    assert_eq!(reply.lines.len(), 2);
}

#[tokio::test]
async fn a_line_that_is_not_a_reply_is_an_error_that_keeps_every_line() {
    for (sent, kept) in [
        ("250-mx.example.test\r\n+OK not smtp\r\n", 2),
        ("600 not a reply code\r\n", 1),
        ("* OK IMAP here\r\n", 1),
    ] {
        let bytes = sent.as_bytes().to_vec();
        let (mut client, _, _peer) = connect(IO, move |mut p| async move {
            let _ = p.recv().await;
            p.send(&bytes).await;
            p.hang().await;
        })
        .await;
        let error = client.smtp().ehlo("x.invalid").await.expect_err("not a reply");
        assert!(matches!(error.cut, SmtpCut::NotAReply), "{sent:?}: {error}");
        assert_eq!(error.lines.len(), kept, "{sent:?}");
    }
}

#[tokio::test]
async fn an_smtp_reply_that_never_ends_is_cut_at_its_line_bound() {
    let (mut client, _, _peer) = connect(IO, |mut p| async move {
        let _ = p.recv().await;
        p.send("250-X-EXTENSION\r\n".repeat(1_000).as_bytes()).await;
        p.hang().await;
    })
    .await;
    let error = client.smtp().ehlo("x.invalid").await.expect_err("flood");
    assert!(matches!(error.cut, SmtpCut::Cut(Cut::Flood(smtp::ReplyBuilder::MAX_LINES))), "{error}");
    assert_eq!(error.lines.len(), smtp::ReplyBuilder::MAX_LINES + 1);
}

#[tokio::test]
async fn smtp_auth_login_answers_both_challenges_and_hides_the_password() {
    let (mut client, transcript, peer) = connect(IO, |mut p| async move {
        assert_eq!(p.recv().await.as_deref(), Some("AUTH LOGIN"));
        p.line("334 VXNlcm5hbWU6").await;
        assert_eq!(p.recv().await, Some(maildoctor::proto::sasl::login_step("carol")));
        p.line("334 UGFzc3dvcmQ6").await;
        assert_eq!(p.recv().await, Some(maildoctor::proto::sasl::login_step("pässword")));
        p.line("235 2.7.0 Authentication successful").await;
    })
    .await;
    let reply = client.smtp().auth_login("carol", "pässword").await.expect("reply");
    assert_eq!(reply.code.get(), 235);
    peer.await.expect("the peer got both answers");
    let hidden = maildoctor::proto::sasl::login_step("pässword");
    assert!(transcript.lines().iter().all(|l| !l.text.contains(&hidden) && !l.text.contains("pässword")));
}
