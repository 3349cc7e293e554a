//! The `dns` stage: resolve A/AAAA, vet every address, suggest near-miss names.
//!
//! STUB: to be completed (distinct NXDOMAIN/no-address/SERVFAIL/timeout findings, did-you-mean).

use serde_json::json;

use super::{Checked, Ctx};
use crate::diagnosis::{Code, Finding};
use crate::net::policy::VettedAddr;
use crate::stage::{Stage, StageOutcome};
use crate::target::{Host, Target};

/// Runs the stage.
#[tracing::instrument(skip_all, fields(stage = "dns", host = %target.host))]
pub async fn run(ctx: &Ctx, target: &Target) -> Checked<Vec<VettedAddr>> {
    let ips = match &target.host {
        Host::Ip(ip) => vec![*ip],
        Host::Name(name) => {
            let lookup = ctx.resolver.lookup_addresses(name).await;
            let mut ips = Vec::new();
            for found in [lookup.v4, lookup.v6].into_iter().flatten().flatten() {
                ips.extend(found);
            }
            if ips.is_empty() {
                let detail = format!("{name} did not resolve.");
                return Checked::stop(StageOutcome::from_findings(
                    Stage::Dns,
                    detail,
                    vec![Finding::new(Code::DnsNxdomain)],
                ));
            }
            ips
        }
    };
    let mut vetted = Vec::new();
    let mut blocked = Vec::new();
    for ip in ips {
        match ctx.settings.policy.vet(ip) {
            Ok(v) => vetted.push(v),
            Err(reason) => blocked.push((ip, reason)),
        }
    }
    if vetted.is_empty() {
        let mut f = Finding::new(Code::DnsBlockedAddress);
        for (ip, reason) in &blocked {
            f = f.with(ip.to_string(), reason.describe());
        }
        return Checked::stop(StageOutcome::from_findings(
            Stage::Dns,
            "Every address is refused by the address policy.",
            vec![f],
        ));
    }
    let data = json!({"addresses": vetted.iter().map(|v| v.to_string()).collect::<Vec<_>>()});
    let detail = format!("{} resolved to {} address(es).", target.host, vetted.len());
    Checked::next(StageOutcome::from_findings(Stage::Dns, detail, Vec::new()).with_data(data), vetted)
}
