//! The report: the one document every face renders (docs/CONTRACT.md §3).
//!
//! [`Report::assemble`] is the only place that turns stage outcomes into the public shape: it
//! attaches catalog prose (provider-specific when the provider is known), picks the `primary`
//! finding and the verdict, writes the summary, derives `suggested_settings` ([`crate::suggest`]:
//! verified alternatives apart from suggestions), and scrubs every known form of the password
//! from every string as a second line of defence. The JSON field names are the public schema:
//! they change only with the spec.

use serde::{Deserialize, Serialize};

use crate::alternatives::Alternatives;
use crate::diagnosis::catalog::Catalog;
use crate::diagnosis::{self, Code, Evidence, Finding, Fix, Severity, Verdict};
use crate::facts::Facts;
use crate::i18n::{Lang, Text};
use crate::model::tls::CertSummary;
use crate::model::tls::TlsInfo;
use crate::providers::identify::{Clue, Source};
use crate::stage::{Stage, StageOutcome, StageStatus};
pub use crate::suggest::{RowStatus, SettingsRow, SuggestedSettings};
use crate::target::{Protocol, RequestEcho, Security, Target};
use crate::transcript::Line;

/// One stage as reported.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StageReport {
    /// `input`, `dns`, …
    pub name: Stage,
    /// The title people read ("Looking up the server name").
    #[serde(deserialize_with = "crate::diagnosis::statics::stage_title")]
    pub title: crate::diagnosis::statics::StaticText,
    /// `pass | warn | fail | skip`.
    pub status: StageStatus,
    /// Milliseconds.
    pub duration_ms: u64,
    /// What happened, in a sentence, in the report's language.
    pub detail: String,
    /// The same sentence as a message with its values, when it is one, so the report can be
    /// re-worded in another language (docs/I18N.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_message: Option<Box<Text>>,
    /// Structured facts.
    pub data: serde_json::Value,
    /// Codes raised by this stage.
    pub codes: Vec<Code>,
}

impl StageReport {
    /// The public shape of one stage outcome in `lang`, with every secret form scrubbed.
    pub fn of(outcome: &StageOutcome, secrets: &[String], lang: Lang) -> Self {
        let message = outcome.words.as_deref().cloned().map(|mut text| {
            text.map_values(&|value| scrub(value, secrets));
            text
        });
        let detail = message.as_ref().map_or_else(|| outcome.detail.clone(), |m| m.in_lang(lang));
        StageReport {
            name: outcome.stage,
            title: outcome.stage.title(),
            status: outcome.status,
            duration_ms: u64::try_from(outcome.duration.as_millis()).unwrap_or(u64::MAX),
            detail: scrub(&detail, secrets),
            detail_message: message.map(Box::new),
            data: scrub_json(&outcome.data, secrets),
            codes: outcome.findings.iter().map(|f| f.code).collect(),
        }
    }
}

/// One finding as reported, with its words.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FindingReport {
    /// Stable code.
    pub code: Code,
    /// `error | warning | info`.
    pub severity: Severity,
    /// Stage that raised it.
    pub stage: Stage,
    /// One line.
    pub title: String,
    /// Plain-language explanation.
    pub explanation: String,
    /// Ordered steps.
    pub remedy: Vec<String>,
    /// Facts behind it.
    pub evidence: Vec<Evidence>,
    /// Settings that would fix it, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// The provider, when identified.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderRef {
    /// Id (`gmail`).
    pub id: String,
    /// Name (`Gmail`).
    pub name: String,
    /// Where the identification came from: `greeting`, `capabilities`, `cname`, `host`,
    /// `near_miss`, `email_domain`, `email_mx` or `mx`.
    pub identified_from: Option<Source>,
    /// What was seen there (the greeting, `MX of example.com: aspmx.l.google.com`, …).
    pub evidence: Option<String>,
    /// Every clue seen, including those that named another provider or were outweighed.
    pub clues: Vec<Clue>,
}

/// The target as understood after input parsing.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetEcho {
    /// Protocol.
    pub protocol: Protocol,
    /// Normalised host.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Resolved security.
    pub security: Security,
    /// True when the security was left to `auto` and not found out (the summary then says
    /// "with automatic security").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub automatic: bool,
}

impl TargetEcho {
    /// "IMAP on mail.example.com port 993 with SSL/TLS", in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        let port = self.port.to_string();
        let mut args =
            vec![("protocol", self.protocol.label()), ("host", self.host.as_str()), ("port", &port)];
        let id = match self.security {
            _ if self.automatic => "target-auto",
            Security::None => "target-plain",
            other => {
                args.push(("security", other.label()));
                "target-secure"
            }
        };
        lang.t_with(id, &args)
    }
}

/// The report.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Schema version.
    pub version: u32,
    /// The language of the texts (titles, explanations, steps, summary): the request's
    /// `lang` when maildoctor speaks it, else `en`. Codes and server quotes are the same in
    /// every language.
    #[serde(default)]
    #[schema(value_type = String, example = "de")]
    pub lang: Lang,
    /// The service's request id (also in its log lines and the `X-Request-Id` header), when
    /// the diagnosis was asked for over HTTP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Where the saved report can be opened again (`/r/{id}`), when the service saved it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<String>,
    /// When the diagnosis started (RFC 3339, UTC).
    pub started_at: String,
    /// Total time in milliseconds.
    pub duration_ms: u64,
    /// The request as given (no password).
    pub request: RequestEcho,
    /// The target as understood (absent when the input was unusable).
    pub target: Option<TargetEcho>,
    /// `ok | warning | error`.
    pub verdict: Verdict,
    /// One sentence.
    pub summary: String,
    /// The first thing to fix.
    pub primary: Option<Code>,
    /// The provider, when identified.
    pub provider: Option<ProviderRef>,
    /// Server software named by the greeting.
    pub server_software: Option<String>,
    /// Every stage, in order.
    pub stages: Vec<StageReport>,
    /// Every finding, in stage order.
    pub findings: Vec<FindingReport>,
    /// The server certificate, when TLS was reached.
    pub certificate: Option<CertSummary>,
    /// TLS version and cipher.
    pub tls: Option<TlsInfo>,
    /// Settings that should work: verified ones first, then suggested ones.
    pub suggested_settings: Option<SuggestedSettings>,
    /// The alternatives tried (never signed in to) when the settings failed before sign-in.
    pub alternatives: Option<Alternatives>,
    /// The redacted transcript.
    pub transcript: Vec<Line>,
}

/// Everything `assemble` needs.
#[derive(Debug)]
pub struct Parts<'a> {
    /// The request.
    pub request: RequestEcho,
    /// The parsed target, if any.
    pub target: Option<&'a Target>,
    /// Stage outcomes in order (all eight).
    pub outcomes: Vec<StageOutcome>,
    /// Side facts.
    pub facts: Facts,
    /// Transcript lines.
    pub transcript: Vec<Line>,
    /// Start time, RFC 3339.
    pub started_at: String,
    /// Total duration.
    pub duration_ms: u64,
    /// Strings that must not appear anywhere (password forms).
    pub secrets: Vec<String>,
    /// The alternatives tried, when the run failed before sign-in.
    pub alternatives: Option<Alternatives>,
    /// The service's request id, when asked for over HTTP.
    pub request_id: Option<String>,
    /// The language of the texts.
    pub lang: Lang,
}

impl Report {
    /// Builds the report. The one place verdict, primary, summary and settings are decided.
    pub fn assemble(parts: Parts<'_>) -> Report {
        let lang = parts.lang;
        let catalog = Catalog::for_lang(lang);
        let provider = parts.facts.provider;
        let provider_id = provider.map(|p| p.id.as_str());
        let findings: Vec<Finding> = parts.outcomes.iter().flat_map(|o| o.findings.iter().cloned()).collect();
        let verdict = Verdict::of(&findings);
        let primary = diagnosis::primary(&findings);
        let scrub = |s: &str| scrub(s, &parts.secrets);

        let finding_reports = findings
            .iter()
            .map(|f| {
                let words = catalog.entry(f.code);
                FindingReport {
                    code: f.code,
                    severity: f.code.severity(),
                    stage: f.code.stage(),
                    title: words.title.to_owned(),
                    explanation: words.explanation_for(provider_id).to_owned(),
                    remedy: words.remedy_for(provider_id).to_vec(),
                    evidence: f
                        .evidence
                        .iter()
                        .map(|e| {
                            let mut message = e.value_message.clone();
                            if let Some(m) = &mut message {
                                m.map_values(&scrub);
                            }
                            let mut evidence = Evidence {
                                label: scrub(&e.label),
                                value: scrub(&e.value),
                                value_message: message,
                            };
                            evidence.reword(lang);
                            evidence
                        })
                        .collect(),
                    fix: f.fix.clone(),
                }
            })
            .collect();

        let stages = parts.outcomes.iter().map(|o| StageReport::of(o, &parts.secrets, lang)).collect();

        let target = parts.target.map(|t| TargetEcho {
            protocol: t.protocol,
            host: t.host.as_text(),
            port: t.port,
            security: t.security,
            automatic: t.detect,
        });
        let summary = summary(lang, verdict, primary.map(|f| catalog.entry(f.code).title), target.as_ref());
        let alternatives = parts.alternatives.map(|mut a| {
            for t in &mut a.tried {
                t.detail = scrub(&t.detail);
                if let Some(message) = &mut t.detail_message {
                    message.map_values(&scrub);
                }
                for origin in &mut t.sources {
                    origin.reword(lang);
                }
            }
            a
        });
        let suggested_settings = crate::suggest::suggest(
            parts.target,
            primary.and_then(|f| f.fix.as_ref()),
            provider,
            alternatives.as_ref(),
            lang,
        );
        let transcript = parts
            .transcript
            .into_iter()
            .map(|mut l| {
                l.text = scrub(&l.text);
                l
            })
            .collect();

        Report {
            version: 1,
            lang,
            request_id: parts.request_id,
            share: None,
            started_at: parts.started_at,
            duration_ms: parts.duration_ms,
            request: parts.request,
            target,
            verdict,
            summary,
            primary: primary.map(|f| f.code),
            provider: provider.map(|p| ProviderRef {
                id: p.id.clone(),
                name: p.name.clone(),
                identified_from: parts.facts.provider_via.as_ref().map(|c| c.source),
                evidence: parts.facts.provider_via.as_ref().map(|c| scrub(&c.evidence)),
                clues: parts
                    .facts
                    .provider_clues
                    .iter()
                    .map(|c| Clue { evidence: scrub(&c.evidence), ..c.clone() })
                    .collect(),
            }),
            server_software: parts.facts.software,
            stages,
            findings: finding_reports,
            certificate: parts.facts.certificate,
            tls: parts.facts.tls,
            suggested_settings,
            alternatives,
            transcript,
        }
    }

    /// The stage report for `stage`.
    pub fn stage(&self, stage: Stage) -> Option<&StageReport> {
        self.stages.iter().find(|s| s.name == stage)
    }

    /// True when `code` was raised.
    pub fn has(&self, code: Code) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }

    /// The finding for `code`, if raised.
    pub fn finding(&self, code: Code) -> Option<&FindingReport> {
        self.findings.iter().find(|f| f.code == code)
    }

    /// The primary finding.
    pub fn primary_finding(&self) -> Option<&FindingReport> {
        self.primary.and_then(|c| self.finding(c))
    }

    /// The same report with its texts (titles, explanations, steps, summary) in `lang`, from
    /// the stable codes: a saved or uploaded report reads in the language of whoever opens it.
    /// Evidence, stage sentences and server quotes are kept as they are.
    pub fn in_lang(&self, lang: Lang) -> Report {
        let mut report = self.clone();
        if report.lang == lang {
            return report;
        }
        let catalog = Catalog::for_lang(lang);
        let provider = report.provider.as_ref().map(|p| p.id.clone());
        for f in &mut report.findings {
            let words = catalog.entry(f.code);
            f.title = words.title.to_owned();
            f.explanation = words.explanation_for(provider.as_deref()).to_owned();
            f.remedy = words.remedy_for(provider.as_deref()).to_vec();
            for evidence in &mut f.evidence {
                evidence.reword(lang);
            }
        }
        for stage in &mut report.stages {
            crate::i18n::reword(&mut stage.detail, stage.detail_message.as_deref(), lang);
        }
        if let Some(alternatives) = &mut report.alternatives {
            for a in &mut alternatives.tried {
                crate::i18n::reword(&mut a.detail, a.detail_message.as_deref(), lang);
                for origin in &mut a.sources {
                    origin.reword(lang);
                }
            }
            for answer in &mut alternatives.sources {
                answer.reword(lang);
            }
        }
        if let Some(settings) = &mut report.suggested_settings {
            for row in &mut settings.rows {
                row.reword(lang);
                for origin in &mut row.sources {
                    origin.reword(lang);
                }
            }
        }
        let primary_title = report.primary.map(|c| catalog.entry(c).title);
        report.summary = summary(lang, report.verdict, primary_title, report.target.as_ref());
        report.lang = lang;
        report
    }
}

/// The sentence that sums up a report, in `lang`.
fn summary(lang: Lang, verdict: Verdict, primary_title: Option<&str>, target: Option<&TargetEcho>) -> String {
    let what = target.map_or_else(|| lang.t("summary-no-target"), |t| t.describe_in(lang));
    let (id, title) = match (verdict, primary_title) {
        (Verdict::Ok, _) => ("summary-ok", ""),
        (Verdict::Warning, Some(title)) => ("summary-warning", title),
        (Verdict::Error, Some(title)) => ("summary-error", title),
        (_, None) => ("summary-other", ""),
    };
    lang.t_with(id, &[("what", &what), ("title", title)])
}

/// Replaces every secret form in `text` with `[redacted]`.
pub fn scrub(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_owned();
    for secret in secrets.iter().filter(|s| s.len() >= 3) {
        if out.contains(secret.as_str()) {
            out = out.replace(secret.as_str(), "[redacted]");
        }
    }
    out
}

fn scrub_json(value: &serde_json::Value, secrets: &[String]) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(scrub(s, secrets)),
        Value::Array(items) => Value::Array(items.iter().map(|v| scrub_json(v, secrets)).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), scrub_json(v, secrets))).collect())
        }
        other => other.clone(),
    }
}
