//! Compliance: `ComplianceManager`.
//!
//! Standards are data tables, not code: `data/controls.json` lists each standard's controls
//! (what is required, which evidence proves it, how it is measured) and
//! `data/operation_rules.json` the rules [`validate_data_operation`] applies. Retention per data
//! kind is enforced by [`retention`]; [`registry`] records which component lives where so a
//! report built from the database alone knows it; [`audit`] is the seam to the hash-chained
//! audit log.

pub mod audit;
pub mod backup;
pub mod registry;
pub mod retention;

use std::collections::BTreeSet;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::Region;
use crate::regions::{self, DataCategory, Jurisdiction};

pub use audit::{AuditHead, AuditRecord, AuditSink, AuditVerification, NoAuditLog};

/// A compliance standard the guard knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Standard {
    Gdpr,
    Ccpa,
    Soc2,
    Iso27001,
    Lgpd,
    Pdpa,
    Hipaa,
}

impl Standard {
    pub const ALL: [Standard; 7] = [
        Standard::Gdpr,
        Standard::Ccpa,
        Standard::Soc2,
        Standard::Iso27001,
        Standard::Lgpd,
        Standard::Pdpa,
        Standard::Hipaa,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Standard::Gdpr => "gdpr",
            Standard::Ccpa => "ccpa",
            Standard::Soc2 => "soc2",
            Standard::Iso27001 => "iso27001",
            Standard::Lgpd => "lgpd",
            Standard::Pdpa => "pdpa",
            Standard::Hipaa => "hipaa",
        }
    }

    /// The standard's proper name (not translated).
    pub fn title(self) -> &'static str {
        match self {
            Standard::Gdpr => "GDPR",
            Standard::Ccpa => "CCPA",
            Standard::Soc2 => "SOC 2",
            Standard::Iso27001 => "ISO/IEC 27001",
            Standard::Lgpd => "LGPD",
            Standard::Pdpa => "PDPA",
            Standard::Hipaa => "HIPAA",
        }
    }

    /// Accepts `gdpr`, `SOC 2`, `soc-2`, `iso_27001`, … (the config's spellings).
    pub fn parse(s: &str) -> Option<Standard> {
        let n: String = s.trim().to_ascii_lowercase().chars().filter(|c| !matches!(c, ' ' | '_' | '-' | '/')).collect();
        let n = n.strip_prefix("isoiec").map(|r| format!("iso{r}")).unwrap_or(n);
        Standard::ALL.into_iter().find(|st| st.as_str() == n)
    }

    /// Parse a comma-separated list, naming the first unknown entry.
    pub fn parse_list(s: &str) -> Result<Vec<Standard>, crate::heal::timeline::Msg> {
        use crate::heal::timeline::Msg;
        let mut out = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let st = Standard::parse(part).ok_or_else(|| {
                Msg::new("api-error-unknown-standard")
                    .text("value", part)
                    .text("expected", Standard::ALL.map(|s| s.as_str()).join(", "))
            })?;
            if !out.contains(&st) {
                out.push(st);
            }
        }
        if out.is_empty() {
            return Err(Msg::new("api-error-no-standard"));
        }
        Ok(out)
    }
}

impl fmt::Display for Standard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the report measures a control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measurement {
    AuditChain,
    EncryptionAtRest,
    AccessReview,
    RetentionApplied,
    Backups,
    AvailabilitySla,
    IncidentResponse,
    DataResidency,
    HealingAudited,
    DataSubjectRights,
}

impl Measurement {
    pub fn as_str(self) -> &'static str {
        match self {
            Measurement::AuditChain => "audit_chain",
            Measurement::EncryptionAtRest => "encryption_at_rest",
            Measurement::AccessReview => "access_review",
            Measurement::RetentionApplied => "retention_applied",
            Measurement::Backups => "backups",
            Measurement::AvailabilitySla => "availability_sla",
            Measurement::IncidentResponse => "incident_response",
            Measurement::DataResidency => "data_residency",
            Measurement::HealingAudited => "healing_audited",
            Measurement::DataSubjectRights => "data_subject_rights",
        }
    }

    /// Fluent key of the control's title; `<key>-req` is its requirement text.
    pub fn title_key(self) -> String {
        format!("control-{}", self.as_str().replace('_', "-"))
    }
}

/// One control of a standard (a row of `data/controls.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Control {
    pub id: String,
    pub standard: Standard,
    /// Article, section or control number (a citation; not translated).
    pub reference: String,
    pub measurement: Measurement,
    pub evidence: Vec<String>,
}

#[derive(Deserialize)]
struct ControlsFile {
    controls: Vec<Control>,
}

/// Every control of every standard, from the embedded data table.
pub fn all_controls() -> &'static [Control] {
    static CONTROLS: OnceLock<Vec<Control>> = OnceLock::new();
    CONTROLS.get_or_init(|| {
        serde_json::from_str::<ControlsFile>(include_str!("data/controls.json"))
            .expect("data/controls.json is valid (tested)")
            .controls
    })
}

/// The controls of `standards`, in table order.
pub fn controls_for(standards: &[Standard]) -> Vec<&'static Control> {
    all_controls().iter().filter(|c| standards.contains(&c.standard)).collect()
}

/// An operation on data, as `validate_data_operation` sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operation {
    Export,
    Share,
    Sell,
    Transfer,
    Migrate,
    Replicate,
    Process,
    Store,
    Delete,
    Modify,
}

impl Operation {
    pub const ALL: [Operation; 10] = [
        Operation::Export,
        Operation::Share,
        Operation::Sell,
        Operation::Transfer,
        Operation::Migrate,
        Operation::Replicate,
        Operation::Process,
        Operation::Store,
        Operation::Delete,
        Operation::Modify,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Export => "export",
            Operation::Share => "share",
            Operation::Sell => "sell",
            Operation::Transfer => "transfer",
            Operation::Migrate => "migrate",
            Operation::Replicate => "replicate",
            Operation::Process => "process",
            Operation::Store => "store",
            Operation::Delete => "delete",
            Operation::Modify => "modify",
        }
    }

    pub fn parse(s: &str) -> Option<Operation> {
        let s = s.trim().to_ascii_lowercase();
        Operation::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Effect {
    Deny,
    Restrict,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    standard: Standard,
    operations: Vec<Operation>,
    data_types: Vec<String>,
    #[serde(default)]
    user_in: Option<Vec<Jurisdiction>>,
    #[serde(default)]
    destination_outside: Option<Vec<Jurisdiction>>,
    effect: Effect,
    articles: Vec<String>,
    restriction: String,
    text: String,
}

#[derive(Deserialize)]
struct RulesFile {
    rules: Vec<Rule>,
}

fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        serde_json::from_str::<RulesFile>(include_str!("data/operation_rules.json"))
            .expect("data/operation_rules.json is valid (tested)")
            .rules
    })
}

/// A data operation to validate. `destination` matters for transfers and migrations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataOperation {
    pub operation: Operation,
    pub data_type: DataCategory,
    pub user_region: Region,
    #[serde(default)]
    pub destination: Option<Region>,
    pub standards: Vec<Standard>,
}

/// One restriction that applies to an operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Restriction {
    pub standard: Standard,
    /// True when this restriction blocks the operation.
    pub blocking: bool,
    /// Fluent key (`locales/*/compliance.ftl`).
    pub key: String,
    /// English wording.
    pub text: String,
    pub articles: Vec<String>,
}

/// The answer of [`validate_data_operation`], shaped as a dictionary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Validation {
    pub allowed: bool,
    pub restrictions: Vec<Restriction>,
    /// Every article or control cited, deduplicated, in rule order.
    pub articles: Vec<String>,
}

/// `validate_data_operation(operation, data_type, user_region, standards)`.
pub fn validate_data_operation(
    operation: Operation,
    data_type: DataCategory,
    user_region: Region,
    standards: &[Standard],
) -> Validation {
    validate(&DataOperation { operation, data_type, user_region, destination: None, standards: standards.to_vec() })
}

/// Validate an operation, including its destination when it moves data.
pub fn validate(op: &DataOperation) -> Validation {
    let user_j = regions::info(op.user_region).jurisdiction;
    let dest_j = op.destination.map(|d| regions::info(d).jurisdiction);
    let mut restrictions = Vec::new();
    let mut articles: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for r in rules() {
        if !op.standards.contains(&r.standard) || !r.operations.contains(&op.operation) {
            continue;
        }
        if !r.data_types.iter().any(|t| t == "*" || t == op.data_type.as_str()) {
            continue;
        }
        if let Some(js) = &r.user_in
            && !js.contains(&user_j)
        {
            continue;
        }
        if let Some(inside) = &r.destination_outside {
            match dest_j {
                Some(d) if !inside.contains(&d) => {}
                _ => continue,
            }
        }
        for a in &r.articles {
            if seen.insert(a.clone()) {
                articles.push(a.clone());
            }
        }
        restrictions.push(Restriction {
            standard: r.standard,
            blocking: r.effect == Effect::Deny,
            key: r.restriction.clone(),
            text: r.text.clone(),
            articles: r.articles.clone(),
        });
    }
    Validation { allowed: !restrictions.iter().any(|r| r.blocking), restrictions, articles }
}

/// Every restriction key the rules use (for the i18n completeness test).
pub fn restriction_keys() -> Vec<&'static str> {
    let mut v: Vec<&str> = rules().iter().map(|r| r.restriction.as_str()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests;

/// The standards in force (`compliance.standards`; unknown names were refused by validation).
pub fn standards_of(cfg: &crate::config::Config) -> Vec<Standard> {
    cfg.pipeline.compliance.standards.iter().filter_map(|s| Standard::parse(s)).collect()
}

/// Called once by `PipelineGuard::start`: record the components' regions and SLAs in the
/// database, start the hourly retention job and the backup job, both audited through `audit`
/// (the hash-chained audit log).
pub fn attach(
    cfg: &crate::config::Config,
    history: &crate::history::MetricsCollector,
    audit: std::sync::Arc<dyn AuditSink>,
) {
    let pool = history.pool().clone();
    let comps: Vec<registry::RegisteredComponent> =
        cfg.components.iter().map(registry::RegisteredComponent::from_spec).collect();
    let policy = retention::RetentionPolicy::from_config(cfg);
    let p2 = pool.clone();
    tokio::spawn(async move {
        if let Err(e) = registry::record_components(&p2, &comps, crate::clock::unix_ms()).await {
            tracing::warn!(error = %e, "cannot record the component registry");
        }
    });
    let b = &cfg.pipeline.compliance.backup;
    if b.enabled {
        let policy = backup::BackupPolicy {
            dir: b.dir.clone().unwrap_or_else(|| backup::BackupPolicy::default_dir(history.path())),
            every: b.interval,
            keep: b.keep as usize,
        };
        backup::spawn_job(pool.clone(), policy, audit.clone());
    }
    retention::spawn_job(pool, policy, std::time::Duration::from_secs(3600), audit);
}
