//! Provider context around the `dns` stage: who hosts this mail, seen from DNS.
//!
//! While the stage looks the host up, this module asks (at the same time) for the MX of the
//! host's registrable domain (`mail.example.com` → `example.com`, by the public suffix list)
//! and of the e-mail address's domain, when the user name is an address. An MX at a provider
//! (`aspmx.l.google.com`) is a clue to who hosts the account, recorded with the host typed and
//! its CNAME chain as [`Clue`]s in the facts; the protocol stage adds the greeting and the
//! capabilities, and [`crate::providers::identify::decide`] weighs them all.
//!
//! The MX questions cost at most two queries, each under the resolver's own timeout, and never
//! hold the stage up by more than [`MX_GRACE`] once the address lookup has its answer: a slow
//! MX is dropped, not waited for.
//!
//! It also says when a failure concerns a well-known provider's exact server name
//! (`imap.gmail.com`): that name exists, so NXDOMAIN, SERVFAIL, no address or an address no
//! public provider has (0.0.0.0, loopback, private) points to the DNS of the network the test
//! ran from, and [`Code::DnsProviderLookupFailed`] replaces the usual finding.

use std::future::Future;
use std::pin::pin;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::Ctx;
use crate::diagnosis::{Code, Finding};
use crate::net::resolver::{LookupFailure, MxRecord, Resolver};
use crate::providers::Provider;
use crate::providers::identify::{Clue, Source, email_domain, registrable_domain};
use crate::target::{Host, Target};

/// The longest an MX answer is waited for after the address lookup has finished.
pub const MX_GRACE: Duration = Duration::from_millis(300);

/// One MX question: the domain and why it is asked.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Question {
    /// The domain asked.
    pub domain: String,
    /// [`Source::Mx`] for the host's domain, [`Source::EmailMx`] for the e-mail domain.
    pub source: Source,
}

/// The MX answers, as far as they came in time.
#[derive(Debug, Default)]
pub struct MxContext {
    answers: Vec<(Question, Result<Vec<MxRecord>, LookupFailure>, Duration)>,
    late: Vec<Question>,
}

/// The MX questions for `target`, and the clues that need no question (the e-mail domain is a
/// provider's own, `gmail.com`).
pub fn questions(target: &Target) -> (Vec<Question>, Vec<Clue>) {
    let mut asked: Vec<Question> = Vec::new();
    let mut clues = Vec::new();
    let address = target.credentials.as_ref().map(|c| c.username.as_str());
    if let Some(domain) = address.and_then(email_domain) {
        match Provider::by_domain(&domain) {
            Some(p) => clues.push(Clue::new(Source::EmailDomain, p, domain)),
            None => asked.push(Question { domain, source: Source::EmailMx }),
        }
    }
    if let Host::Name(name) = &target.host {
        let domain = registrable_domain(name)
            .filter(|_| Provider::by_server_host(name).is_none())
            .filter(|d| Provider::by_domain(d).is_none() && !asked.iter().any(|q| q.domain == *d));
        if let Some(domain) = domain {
            asked.push(Question { domain, source: Source::Mx });
        }
    }
    (asked, clues)
}

/// Runs `lookup` and the MX questions at the same time. The MX answers get at most
/// [`MX_GRACE`] more once `lookup` is done (and never run past the diagnosis' deadline).
pub async fn alongside<F: Future>(ctx: &Ctx, asked: Vec<Question>, lookup: F) -> (F::Output, MxContext) {
    if asked.is_empty() {
        return (lookup.await, MxContext::default());
    }
    let mx = pin!(ask_all(&ctx.resolver, asked.clone()));
    let mut lookup = pin!(lookup);
    let mut mx = mx;
    let mut done = None;
    let output = loop {
        tokio::select! {
            output = &mut lookup => break output,
            answers = &mut mx, if done.is_none() => done = Some(answers),
        }
    };
    let answers = match done {
        Some(answers) => Some(answers),
        None => tokio::time::timeout(MX_GRACE.min(ctx.remaining()), mx).await.ok(),
    };
    let context = match answers {
        Some(answers) => MxContext { answers, late: Vec::new() },
        None => MxContext { answers: Vec::new(), late: asked },
    };
    (output, context)
}

async fn ask_all(
    resolver: &Resolver,
    asked: Vec<Question>,
) -> Vec<(Question, Result<Vec<MxRecord>, LookupFailure>, Duration)> {
    let each = asked.into_iter().map(|q| async move {
        let started = Instant::now();
        let answer = resolver.lookup_mx(&q.domain).await;
        (q, answer, started.elapsed())
    });
    futures_util::future::join_all(each).await
}

impl MxContext {
    /// The clues the answers give: the lowest-preference exchanger at a known provider.
    pub fn clues(&self) -> Vec<Clue> {
        self.answers
            .iter()
            .filter_map(|(q, answer, _)| {
                let best = lowest(answer.as_ref().ok()?)?;
                let provider = Provider::by_mx(&best.exchange)?;
                Some(Clue::new(q.source, provider, format!("MX of {}: {}", q.domain, best.exchange)))
            })
            .collect()
    }

    /// One transcript note per question.
    pub fn note(&self, ctx: &Ctx) {
        for (q, answer, took) in &self.answers {
            let what = match answer {
                Ok(records) => listed(records),
                Err(e) => e.to_string(),
            };
            ctx.transcript.note(&format!("dns MX {}: {what} ({} ms)", q.domain, took.as_millis()));
        }
        for q in &self.late {
            ctx.transcript.note(&format!("dns MX {}: not waited for (no answer in time)", q.domain));
        }
    }

    /// The stage data: per question, the answer or the error.
    pub fn data(&self) -> Value {
        let mut out: Vec<Value> = self
            .answers
            .iter()
            .map(|(q, answer, took)| {
                let (records, error) = match answer {
                    Ok(records) => (Some(listed(records)), None),
                    Err(e) => (None, Some(e.to_string())),
                };
                json!({
                    "domain": q.domain,
                    "for": q.source,
                    "records": records,
                    "error": error,
                    "ms": u64::try_from(took.as_millis()).unwrap_or(u64::MAX),
                })
            })
            .collect();
        out.extend(self.late.iter().map(|q| json!({ "domain": q.domain, "for": q.source, "error": "late" })));
        Value::Array(out)
    }
}

/// The lowest-preference exchanger with a name (a "." null MX names none).
fn lowest(records: &[MxRecord]) -> Option<&MxRecord> {
    records.iter().filter(|r| r.exchange.contains('.')).min_by_key(|r| r.preference)
}

fn listed(records: &[MxRecord]) -> String {
    let mut sorted: Vec<&MxRecord> = records.iter().collect();
    sorted.sort_by_key(|r| r.preference);
    sorted.iter().take(8).map(|r| format!("{} {}", r.preference, r.exchange)).collect::<Vec<_>>().join(", ")
}

/// The clues the host typed gives: it is a provider's server, or an alias of one.
pub fn host_clues(name: &str, cnames: &[String]) -> Vec<Clue> {
    let mut clues = Vec::new();
    if let Some(p) = Provider::by_server_host(name) {
        clues.push(Clue::new(Source::Host, p, name));
    }
    let alias = cnames.iter().find_map(|c| Provider::by_server_host(c).map(|p| (p, c)));
    if let Some((p, target)) = alias {
        clues.push(Clue::new(Source::Cname, p, format!("{name} is an alias of {target}")));
    }
    clues
}

/// For an exact provider server name: the finding that blames this network's DNS instead of
/// the name, keeping the resolver's answer as evidence. `None` for any other name.
pub fn provider_lookup_failed(name: &str, answer: &str, asked: &str) -> Option<Finding> {
    if !Provider::is_server_host(name) {
        return None;
    }
    let provider = Provider::by_server_host(name).map_or("a well-known provider", |p| p.name.as_str());
    Some(
        Finding::new(Code::DnsProviderLookupFailed)
            .with("name", name)
            .with("belongs to", provider)
            .with("DNS answer", answer)
            .with("asked", asked),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::{DiagnoseRequest, Protocol, parse};

    fn target(host: &str, username: Option<&str>) -> Target {
        let mut request = DiagnoseRequest::new(Protocol::Imap, host);
        request.username = username.map(str::to_owned);
        request.password = username.map(|_| serde_json::from_str("\"pw\"").expect("password"));
        parse(&request).0.expect("target")
    }

    #[test]
    fn the_host_domain_and_the_email_domain_are_asked_once_each() {
        let (asked, clues) = questions(&target("mail.example.co.uk", Some("me@corp.example")));
        let domains: Vec<(&str, Source)> = asked.iter().map(|q| (q.domain.as_str(), q.source)).collect();
        assert_eq!(domains, vec![("corp.example", Source::EmailMx), ("example.co.uk", Source::Mx)]);
        assert!(clues.is_empty());
        let (asked, _) = questions(&target("mail.example.com", Some("me@example.com")));
        assert_eq!(asked.len(), 1, "{asked:?}");
    }

    #[test]
    fn a_provider_host_or_a_provider_address_needs_no_mx() {
        let (asked, clues) = questions(&target("imap.gmail.com", Some("me@gmail.com")));
        assert!(asked.is_empty(), "{asked:?}");
        assert_eq!(
            clues.iter().map(|c| (c.source, c.provider.id.as_str())).collect::<Vec<_>>(),
            vec![(Source::EmailDomain, "gmail")]
        );
        let (asked, _) = questions(&target("192.0.2.1", None));
        assert!(asked.is_empty());
    }

    #[test]
    fn an_mx_at_a_provider_is_a_clue_and_a_null_mx_is_none() {
        let q = |d: &str| Question { domain: d.into(), source: Source::Mx };
        let mx = |pref, ex: &str| MxRecord { preference: pref, exchange: ex.into() };
        let context = MxContext {
            answers: vec![
                (
                    q("a.example"),
                    Ok(vec![mx(10, "alt1.aspmx.l.google.com"), mx(1, "aspmx.l.google.com")]),
                    Duration::ZERO,
                ),
                (q("b.example"), Ok(vec![mx(0, "")]), Duration::ZERO),
                (q("c.example"), Err(LookupFailure::NxDomain), Duration::ZERO),
                (q("d.example"), Ok(vec![mx(0, "example-d.mail.protection.outlook.com")]), Duration::ZERO),
            ],
            late: Vec::new(),
        };
        let clues: Vec<(String, String)> =
            context.clues().iter().map(|c| (c.provider.id.clone(), c.evidence.clone())).collect();
        assert_eq!(
            clues,
            vec![
                ("gmail".to_owned(), "MX of a.example: aspmx.l.google.com".to_owned()),
                (
                    "microsoft365".to_owned(),
                    "MX of d.example: example-d.mail.protection.outlook.com".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_cname_to_a_provider_server_names_the_provider() {
        let cnames = vec!["outlook.office365.com".to_owned(), "outlook.ms-acdc.office.com".to_owned()];
        let clues = host_clues("mail.example-company.test", &cnames);
        assert_eq!(clues.len(), 1);
        assert_eq!((clues[0].source, clues[0].provider.id.as_str()), (Source::Cname, "microsoft365"));
        assert_eq!(host_clues("imap.gmail.com", &[])[0].source, Source::Host);
        assert!(host_clues("mail.example.com", &[]).is_empty());
    }

    #[test]
    fn only_exact_provider_server_names_blame_the_network() {
        let f = provider_lookup_failed("imap.gmail.com", "NXDOMAIN", "192.0.2.53:53").expect("gmail");
        assert_eq!(f.code, Code::DnsProviderLookupFailed);
        assert!(f.evidence.iter().any(|e| e.label == "belongs to" && e.value == "Gmail"));
        assert!(provider_lookup_failed("outlook.office365.com", "SERVFAIL", "x").is_some());
        // A made-up name under a provider's domain can really not exist.
        assert!(provider_lookup_failed("imapp.gmail.com", "NXDOMAIN", "x").is_none());
        assert!(provider_lookup_failed("mail.example.com", "NXDOMAIN", "x").is_none());
    }
}
