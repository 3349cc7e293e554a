//! The `dns` stage: resolve A/AAAA, vet every address, suggest near-miss names.
//!
//! An IP literal needs no lookup. A name is looked up (A and AAAA at once, CNAMEs followed) and
//! the reason for "no address" is kept precise: the name does not exist (`dns.nxdomain`), exists
//! without an address (`dns.no_address`), the DNS server failed or refused
//! (`dns.servfail`), or nothing answered (`dns.timeout`). One family failing while the other
//! works is only noted: the stage goes on with what it has. Every address then passes the
//! address policy; the addresses it refuses are listed, and only when all are refused does the
//! stage fail (`dns.blocked_address`). Separately, a name one or two typos away from a known
//! provider's server (`imap.gmial.com`) raises `dns.did_you_mean`, next to the failure when it
//! did not resolve, or as a typosquat warning when it did.
//!
//! A well-known provider's exact server name that fails (NXDOMAIN, SERVFAIL, no address, or only
//! addresses the policy refuses, such as 0.0.0.0) raises `dns.provider_lookup_failed` instead:
//! that name exists, so this network's DNS is the likely cause. Alongside the lookup,
//! [`super::context`] asks for the MX of the host's domain and of the e-mail domain, and the
//! host, its CNAMEs and those MX answers become provider clues in the facts.

use std::net::IpAddr;
use std::time::Instant;

use serde_json::{Value, json};

use super::{Checked, Ctx, context};
use crate::diagnosis::{Code, Finding, Fix};
use crate::i18n::Text;
use crate::net::policy::{BlockReason, VettedAddr};
use crate::net::resolver::{AddressLookup, LookupFailure};
use crate::providers::Provider;
use crate::providers::identify::{Clue, Source, registrable_domain};
use crate::stage::{Stage, StageOutcome};
use crate::target::{Host, Protocol, Target};

/// Runs the stage.
#[tracing::instrument(skip_all, fields(stage = "dns", host = %target.host))]
pub async fn run(ctx: &Ctx, target: &Target) -> Checked<Vec<VettedAddr>> {
    match &target.host {
        Host::Ip(ip) => {
            let detail = Text::new("detail-dns-ip").arg("ip", ip);
            let data = json!({ "ip_literal": true, "addresses": [ip.to_string()] });
            vet(ctx, target, vec![*ip], Vec::new(), Answer { detail, data })
        }
        Host::Name(name) => resolve(ctx, target, name).await,
    }
}

/// What the stage says when it goes on: the sentence and the data, before vetting.
struct Answer {
    detail: Text,
    data: Value,
}

async fn resolve(ctx: &Ctx, target: &Target, name: &str) -> Checked<Vec<VettedAddr>> {
    let started = Instant::now();
    let (asked, mut clues) = context::questions(target);
    let (lookup, mx) = context::alongside(ctx, asked, ctx.resolver.lookup_addresses(name)).await;
    let took = started.elapsed();
    note_lookup(ctx, name, &lookup);
    mx.note(ctx);
    clues.extend(context::host_clues(name, &lookup.cnames));
    clues.extend(mx.clues());
    let mut data = lookup_data(ctx, name, &lookup, took.as_millis());
    let suggestion = did_you_mean(name, target.protocol);
    // The name does not work and a provider's does: the provider is very likely meant.
    let near_miss = suggestion.as_deref().filter(|_| lookup.addresses().is_empty()).and_then(|host| {
        Provider::by_server_host(host).map(|p| Clue::new(Source::NearMiss, p, format!("{name} ≈ {host}")))
    });
    clues.extend(near_miss);
    ctx.with_facts(|f| clues.into_iter().for_each(|clue| f.clue(clue, false)));
    if let Some(map) = data.as_object_mut() {
        map.insert("mx".into(), mx.data());
        map.insert("provider_clues".into(), json!(ctx.facts().provider_clues));
    }
    let ips = lookup.addresses();

    if ips.is_empty() {
        let (failure, detail) = failure(ctx, name, &lookup);
        let mut findings = vec![failure];
        if let Some(host) = suggestion {
            findings.push(suggestion_finding(name, &host, None));
        }
        return Checked::stop(StageOutcome::from_findings(Stage::Dns, detail, findings).with_data(data));
    }

    let mut findings = Vec::new();
    // A working name under someone else's domain one typo from a provider's is a typosquat risk;
    // a near miss under the provider's own domain that resolves is its business, not ours.
    if let Some(host) = suggestion.filter(|s| registrable_domain(s) != registrable_domain(name)) {
        findings.push(suggestion_finding(name, &host, Some(&ips)));
    }
    let detail = resolved_detail(name, &lookup, took.as_millis());
    vet(ctx, target, ips, findings, Answer { detail, data })
}

/// Addresses tried per family (IPv6, IPv4); a name with more is unusual and the rest add nothing.
const MAX_PER_FAMILY: usize = 4;
/// Refused addresses listed in the evidence and the stage data.
const MAX_LISTED: usize = 16;

/// Vets each address; fails only when the policy refuses all of them.
fn vet(
    ctx: &Ctx,
    target: &Target,
    ips: Vec<IpAddr>,
    mut findings: Vec<Finding>,
    answer: Answer,
) -> Checked<Vec<VettedAddr>> {
    let Answer { detail, mut data } = answer;
    let mut vetted = Vec::new();
    let mut blocked: Vec<(IpAddr, BlockReason)> = Vec::new();
    for ip in ips {
        match ctx.settings.policy.vet(ip) {
            // `::ffff:192.0.2.1` and `192.0.2.1` vet to the same address: connect once.
            Ok(v) if vetted.contains(&v) => {}
            Ok(v) => vetted.push(v),
            Err(reason) => blocked.push((ip, reason)),
        }
    }
    // One name must not make one diagnosis open thousands of connections (or fill the report):
    // the first few addresses of each family are tried, the rest only counted.
    let total_vetted = vetted.len();
    let (v4, v6): (Vec<VettedAddr>, Vec<VettedAddr>) = vetted.into_iter().partition(|v| v.ip().is_ipv4());
    let vetted: Vec<VettedAddr> =
        v6.into_iter().take(MAX_PER_FAMILY).chain(v4.into_iter().take(MAX_PER_FAMILY)).collect();
    let total_blocked = blocked.len();
    blocked.truncate(MAX_LISTED);
    for (ip, reason) in &blocked {
        ctx.transcript.note(&format!("address {ip} refused by the address policy: {}", reason.describe()));
    }
    if let Some(map) = data.as_object_mut() {
        map.insert("vetted".into(), json!(vetted.iter().map(|v| v.to_string()).collect::<Vec<_>>()));
        map.insert("not_tried".into(), json!(total_vetted - vetted.len()));
        map.insert("blocked_total".into(), json!(total_blocked));
        let refused: Vec<Value> = blocked
            .iter()
            .map(|(ip, reason)| json!({ "address": ip.to_string(), "reason": reason.describe() }))
            .collect();
        map.insert("blocked".into(), Value::Array(refused));
    }
    if vetted.is_empty() {
        let listed: Vec<String> = blocked.iter().map(|(ip, _)| ip.to_string()).collect();
        let answer = format!("only {}, which no public mail server has", listed.join(", "));
        let sinkhole =
            target.host.name().and_then(|n| context::provider_lookup_failed(n, &answer, &servers(ctx)));
        let mut finding = Finding::new(Code::DnsBlockedAddress).with("host", target.host.as_text());
        for (ip, reason) in &blocked {
            finding = finding.with_words(ip.to_string(), crate::i18n::Text::new(reason.message_id()));
        }
        findings.insert(0, sinkhole.unwrap_or(finding));
        let detail = match &target.host {
            Host::Ip(ip) => Text::new("detail-dns-ip-refused").arg("ip", ip),
            Host::Name(name) => Text::new("detail-dns-all-refused").arg("name", name),
        };
        return Checked::stop(StageOutcome::from_findings(Stage::Dns, detail, findings).with_data(data));
    }
    // The sentence says how many addresses the policy refused (most often none).
    let detail = detail.arg("refused", total_blocked);
    Checked::next(StageOutcome::from_findings(Stage::Dns, detail, findings).with_data(data), vetted)
}

/// The failure finding and sentence when no family produced an address.
///
/// NXDOMAIN concerns the name, so either family saying so wins; then a server error, then
/// silence; "no address" only when both families found the name without an address.
fn failure(ctx: &Ctx, name: &str, lookup: &AddressLookup) -> (Finding, Text) {
    let failures: Vec<&LookupFailure> =
        [&lookup.v4, &lookup.v6].into_iter().flatten().filter_map(|r| r.as_ref().err()).collect();
    let has = |want: fn(&LookupFailure) -> bool| failures.iter().copied().find(|f| want(f));
    let asked = servers(ctx);
    let base = |code: Code| {
        let mut f = Finding::new(code).with("name", name).with("asked", asked.clone());
        if let Some(Err(e)) = &lookup.v4 {
            f = f.with("A (IPv4)", e.to_string());
        }
        if let Some(Err(e)) = &lookup.v6 {
            f = f.with("AAAA (IPv6)", e.to_string());
        }
        f
    };
    let network = |answer: &str| {
        let finding = context::provider_lookup_failed(name, answer, &asked)?;
        let detail = Text::new("detail-dns-network-blamed").arg("answer", answer).arg("name", name);
        Some((finding, detail))
    };
    if has(|f| *f == LookupFailure::NxDomain).is_some() {
        if let Some(blamed) = network("NXDOMAIN (no such name)") {
            return blamed;
        }
        return (base(Code::DnsNxdomain), Text::new("detail-dns-nxdomain").arg("name", name));
    }
    if let Some(LookupFailure::ServerFailure(rcode)) = has(|f| matches!(f, LookupFailure::ServerFailure(_))) {
        if let Some(blamed) = network(rcode) {
            return blamed;
        }
        let finding = base(Code::DnsServfail).with("response", rcode.clone());
        return (finding, Text::new("detail-dns-servfail").arg("rcode", rcode).arg("name", name));
    }
    if let Some(why) = has(|f| matches!(f, LookupFailure::Timeout | LookupFailure::Other(_))) {
        let limit = format!("{} ms", ctx.resolver.timeout().as_millis());
        let detail = match why {
            LookupFailure::Other(_) => Text::new("detail-dns-unaskable").arg("name", name),
            _ => Text::new("detail-dns-timeout").arg("name", name).arg("limit", &limit),
        };
        return (base(Code::DnsTimeout).with("limit", limit), detail);
    }
    if let Some(blamed) = network("no address") {
        return blamed;
    }
    (base(Code::DnsNoAddress), Text::new("detail-dns-no-address").arg("name", name))
}

fn suggestion_finding(name: &str, host: &str, resolved: Option<&[IpAddr]>) -> Finding {
    let mut f = Finding::new(Code::DnsDidYouMean).with("typed", name).with("did you mean", host);
    if let Some(ips) = resolved {
        let ips: Vec<String> = ips.iter().map(ToString::to_string).collect();
        f = f.with("typed name resolves to", ips.join(", "));
    }
    f.with_fix(Fix { host: Some(host.to_owned()), ..Fix::default() })
}

/// "imap.example.com resolved to 192.0.2.1 and 2001:db8::1 in 12 ms."
fn resolved_detail(name: &str, lookup: &AddressLookup, ms: u128) -> Text {
    let ips = lookup.addresses();
    let shown: Vec<String> = ips.iter().take(3).map(ToString::to_string).collect();
    let text = match lookup.cnames.last() {
        Some(canonical) => Text::new("detail-dns-alias").arg("canonical", canonical),
        None => Text::new("detail-dns-resolved"),
    };
    text.arg("name", name)
        .arg("addresses", shown.join(", "))
        .arg("more", ips.len() - shown.len())
        .arg("ms", ms)
        .arg("refused", 0)
}

fn servers(ctx: &Ctx) -> String {
    let servers: Vec<String> = ctx.resolver.servers().iter().map(ToString::to_string).collect();
    let origin = if ctx.resolver.is_custom() { "configured" } else { "system" };
    format!("{} ({origin})", servers.join(", "))
}

/// The stage data: per family addresses or error and time, the CNAME chain, the servers.
fn lookup_data(ctx: &Ctx, name: &str, lookup: &AddressLookup, ms: u128) -> Value {
    let family = |r: &Option<Result<Vec<IpAddr>, LookupFailure>>, took: std::time::Duration| match r {
        Some(Ok(ips)) => json!({
            "addresses": ips.iter().map(ToString::to_string).collect::<Vec<_>>(),
            "ms": took.as_millis() as u64,
        }),
        Some(Err(e)) => json!({ "error": e.to_string(), "ms": took.as_millis() as u64 }),
        None => Value::Null,
    };
    json!({
        "name": name,
        "servers": ctx.resolver.servers().iter().map(ToString::to_string).collect::<Vec<_>>(),
        "a": family(&lookup.v4, lookup.v4_took),
        "aaaa": family(&lookup.v6, lookup.v6_took),
        "cnames": lookup.cnames,
        "addresses": lookup.addresses().iter().map(ToString::to_string).collect::<Vec<_>>(),
        "ms": ms as u64,
    })
}

fn note_lookup(ctx: &Ctx, name: &str, lookup: &AddressLookup) {
    for cname in &lookup.cnames {
        ctx.transcript.note(&format!("dns {name}: alias of {cname}"));
    }
    for (rtype, result, took) in [("A", &lookup.v4, lookup.v4_took), ("AAAA", &lookup.v6, lookup.v6_took)] {
        let what = match result {
            Some(Ok(ips)) => ips.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
            Some(Err(e)) => e.to_string(),
            None => continue,
        };
        ctx.transcript.note(&format!("dns {rtype} {name}: {what} ({} ms)", took.as_millis()));
    }
}

// ---------------------------------------------------------------------------------------------
// Did you mean …?

/// Real mail domains that sit one typo from a provider's and must never be "corrected".
const REAL_LOOKALIKES: &[&str] =
    &["mail.com", "email.com", "gmx.net", "gmx.de", "126.com", "aim.com", "mail.ru"];

/// A known provider server `host` is probably a typo of, or `None`.
///
/// Two ways to be a near miss, both by Damerau-Levenshtein distance (a swap counts as one):
/// the whole host is one or two edits from a provider's server (`imap.gmial.com` →
/// `imap.gmail.com`), or its registrable domain is one edit from a provider's (`mail.gmial.com`
/// → that provider's server for `protocol`). Short domains allow fewer edits (`qq.com` none), a
/// two-letter country TLD never counts as a typo of another, and an exact provider host or any
/// domain that really belongs to a provider (or a real look-alike such as `mail.com`) is never
/// "corrected".
pub fn did_you_mean(host: &str, protocol: Protocol) -> Option<String> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.parse::<IpAddr>().is_ok() || !host.contains('.') {
        return None;
    }
    let known: Vec<(&'static str, &'static Provider)> =
        Provider::all().iter().flat_map(|p| p.server_hosts().map(move |h| (h, p))).collect();
    if known.iter().any(|(h, _)| *h == host) {
        return None;
    }
    let owned = is_legitimate(&registrable(&host));
    let by_host = known
        .iter()
        .filter_map(|&(candidate, provider)| {
            let distance = strsim::damerau_levenshtein(&host, candidate);
            if !(1..=2).contains(&distance) {
                return None;
            }
            let (reg, reg_c) = (registrable(&host), registrable(candidate));
            if reg != reg_c && (owned || near_domain(&reg, &reg_c).is_none()) {
                return None;
            }
            let for_protocol = provider.server(protocol).is_some_and(|s| s.host == candidate);
            Some((distance, !for_protocol, candidate))
        })
        .min();
    if let Some((_, _, candidate)) = by_host {
        return Some(candidate.to_owned());
    }
    if owned {
        return None;
    }
    let reg = registrable(&host);
    known
        .iter()
        .filter_map(|&(candidate, provider)| {
            let distance = near_domain(&reg, &registrable(candidate))?;
            let server = provider.server(protocol).map_or(candidate, |s| s.host.as_str());
            Some((distance, server))
        })
        .min()
        .map(|(_, server)| server.to_owned())
}

/// True when `reg` belongs to a provider (a server, mail or web domain) or is a known real
/// look-alike: such a domain is what it says, not a typo.
fn is_legitimate(reg: &str) -> bool {
    REAL_LOOKALIKES.contains(&reg)
        || Provider::all().iter().any(|p| {
            p.server_hosts()
                .chain(p.domains.iter().map(String::as_str))
                .chain(p.web_hosts.iter().map(String::as_str))
                .chain(p.server_names.iter().map(|s| s.trim_start_matches('.')))
                .any(|d| registrable(d) == reg)
        })
}

/// The edit distance between two registrable domains when one is a plausible typo of the
/// other (`known` being the provider's), else `None`.
fn near_domain(typed: &str, known: &str) -> Option<usize> {
    let (label, tld) = typed.split_once('.')?;
    let (label_k, tld_k) = known.split_once('.')?;
    let dl = strsim::damerau_levenshtein(label, label_k);
    let dt = strsim::damerau_levenshtein(tld, tld_k);
    let allowed = match label_k.len() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    };
    // `.co`/`.cm` for `.com` is a typo; `.dk` for `.de` is another country.
    let tld_ok = dt == 0 || (dt == 1 && tld_k.len() >= 3);
    (dl + dt > 0 && dl <= allowed && tld_ok && dl + dt <= 2).then_some(dl + dt)
}

/// The registrable part of a host by the public suffix list (`example.co.uk`), or the host
/// itself when it has none (`localhost`).
fn registrable(host: &str) -> String {
    registrable_domain(host).unwrap_or_else(|| host.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_of_provider_servers_are_corrected() {
        let table = [
            ("imap.gmial.com", Protocol::Imap, "imap.gmail.com"),
            ("IMAP.GMIAL.COM.", Protocol::Imap, "imap.gmail.com"),
            ("imap.gmail.co", Protocol::Imap, "imap.gmail.com"),
            ("imap.gmaill.com", Protocol::Imap, "imap.gmail.com"),
            ("imap.gmal.com", Protocol::Imap, "imap.gmail.com"),
            ("smtp.gmial.com", Protocol::Smtp, "smtp.gmail.com"),
            ("imap.gmai.com", Protocol::Imap, "imap.gmail.com"),
            ("imao.gmail.com", Protocol::Imap, "imap.gmail.com"),
            ("outlook.office356.com", Protocol::Imap, "outlook.office365.com"),
            ("outlok.office365.com", Protocol::Pop3, "outlook.office365.com"),
            ("imap.mail.yaho.com", Protocol::Imap, "imap.mail.yahoo.com"),
            ("imap.fastmial.com", Protocol::Imap, "imap.fastmail.com"),
            ("mail.gmial.com", Protocol::Imap, "imap.gmail.com"),
            ("gmial.com", Protocol::Pop3, "pop.gmail.com"),
            ("imap.yahooo.com", Protocol::Imap, "imap.mail.yahoo.com"),
            ("imap.aol.co", Protocol::Imap, "imap.aol.com"),
        ];
        for (typed, protocol, want) in table {
            assert_eq!(did_you_mean(typed, protocol).as_deref(), Some(want), "{typed}");
        }
    }

    #[test]
    fn exact_hosts_unrelated_names_and_real_look_alikes_are_left_alone() {
        let table = [
            "imap.example.com",
            "imap.gmail.com",
            "pop.gmail.com",
            "gmail.com",
            "mail.google.com",
            "imap.gmx.net",
            "imap.gmx.de",
            "imap.mail.com",
            "imap.email.com",
            "pop.126.com",
            "imap.q.com",
            "imap.yandex.ru",
            "imap.web.dk",
            "192.0.2.1",
            "2001:db8::1",
            "localhost",
            "mail.example.org",
            "imap.hotmail.com",
        ];
        for typed in table {
            assert_eq!(did_you_mean(typed, Protocol::Imap), None, "{typed}");
        }
    }

    #[test]
    fn the_registrable_part_follows_the_public_suffix_list() {
        assert_eq!(registrable("imap.gmail.com"), "gmail.com");
        assert_eq!(registrable("gmail.com"), "gmail.com");
        assert_eq!(registrable("mail.example.co.uk"), "example.co.uk");
        assert_eq!(registrable("example.co.uk"), "example.co.uk");
        assert_eq!(registrable("localhost"), "localhost");
        // Second levels the old "two letters after a short label" rule got wrong.
        assert_eq!(registrable("mail.example.com.au"), "example.com.au");
        assert_eq!(registrable("imap.sub.example.uk.com"), "example.uk.com");
    }
}
