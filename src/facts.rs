//! What a diagnosis learned on the way that the report shows outside any one stage: the
//! certificate, the TLS parameters, the provider and what pointed to it, the server software
//! and what the port speaks. The checks fill it in; the report reads it (without depending on
//! the checks).

use crate::model::port::PortFacts;
use crate::model::tls::{CertSummary, TlsInfo};
use crate::providers::Provider;
use crate::providers::identify::{self, Clue};

/// Facts gathered on the way that the report shows outside any one stage.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// The certificate, when TLS was reached (even if verification failed).
    pub certificate: Option<CertSummary>,
    /// TLS version and cipher.
    pub tls: Option<TlsInfo>,
    /// The provider, identified from the clues below ([`Facts::clue`]).
    pub provider: Option<&'static Provider>,
    /// What pointed to a provider so far: host, CNAME, MX, greeting, capabilities, …
    pub provider_clues: Vec<Clue>,
    /// The clue that named [`Facts::provider`] (where the identification came from).
    pub provider_via: Option<Clue>,
    /// The server software, when the greeting names it (Dovecot, Postfix, Exchange, …).
    pub software: Option<String>,
    /// What the port speaks (TLS from the start, a plain-text greeting, …), as the tcp and
    /// tls stages found it; with security `auto`, the mode detected.
    pub port: Option<PortFacts>,
}

impl Facts {
    /// Records a provider clue (the first of each source stays) and decides the provider
    /// again; `software_named` is true once a greeting named server software anyone can run.
    pub fn clue(&mut self, clue: Clue, software_named: bool) {
        identify::note(&mut self.provider_clues, clue);
        self.decide_provider(software_named);
    }

    /// Decides the provider from the clues recorded (see [`identify::decide`]).
    pub fn decide_provider(&mut self, software_named: bool) {
        let via = identify::decide(&self.provider_clues, software_named).cloned();
        self.provider = via.as_ref().map(|c| c.provider);
        self.provider_via = via;
    }
}
