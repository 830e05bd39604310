//! The audit trail: one event per change and per refusal, appended in the command's
//! own transaction, hash-chained so that `audit verify` finds an edited or deleted event.

use anyhow::Result;
use rusqlite::{OptionalExtension, Row, named_params};
use sha2::{Digest, Sha256};

use super::Tx;

/// The hash that stands before the first event.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An event to append.
pub struct AuditRecord<'a> {
    pub org: Option<i64>,
    pub actor: &'a str,
    /// why: support staff's mandatory reason, or a member's `--reason`
    pub reason: Option<&'a str>,
    pub action: &'a str,
    pub target: &'a str,
    /// `allowed` (a change made), `denied` (by the policy) or `refused` (a rule)
    pub outcome: &'a str,
    /// the decision's one-line reason, or the refusal's message
    pub decision: &'a str,
    pub details: serde_json::Value,
}

/// An event a dry run keeps although it changes nothing (see [`Tx::append_kept`]).
pub(super) struct KeptEvent {
    org: Option<i64>,
    actor: String,
    reason: Option<String>,
    action: String,
    target: String,
    outcome: String,
    decision: String,
    details: serde_json::Value,
}

impl KeptEvent {
    pub(super) fn as_record(&self) -> AuditRecord<'_> {
        AuditRecord {
            org: self.org,
            actor: &self.actor,
            reason: self.reason.as_deref(),
            action: &self.action,
            target: &self.target,
            outcome: &self.outcome,
            decision: &self.decision,
            details: self.details.clone(),
        }
    }
}

/// Mark an event's details as a dry run's.
pub fn dry_run_details(mut details: serde_json::Value) -> serde_json::Value {
    match &mut details {
        serde_json::Value::Object(map) => {
            map.insert("dry_run".into(), true.into());
        }
        other => *other = serde_json::json!({ "dry_run": true, "details": other.take() }),
    }
    details
}

/// An event as stored.
#[derive(Clone, Debug)]
pub struct AuditEvent {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub os_user: String,
    pub reason: Option<String>,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub decision: String,
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
    org_id: Option<i64>,
}

impl AuditEvent {
    fn from_row(row: &Row) -> rusqlite::Result<AuditEvent> {
        Ok(AuditEvent {
            id: row.get("id")?,
            org_id: row.get("org_id")?,
            at: row.get("at")?,
            actor: row.get("actor")?,
            os_user: row.get("os_user")?,
            reason: row.get("reason")?,
            action: row.get("action")?,
            target: row.get("target")?,
            outcome: row.get("outcome")?,
            decision: row.get("decision")?,
            details: row.get("details")?,
            prev_hash: row.get("prev_hash")?,
            hash: row.get("hash")?,
        })
    }

    /// The hash of this event, over its fields and the previous event's hash.
    fn computed_hash(&self) -> String {
        let mut h = Sha256::new();
        let org = self.org_id.map(|o| o.to_string()).unwrap_or_default();
        for field in [
            self.prev_hash.as_str(),
            &self.id.to_string(),
            &org,
            &self.at,
            &self.actor,
            &self.os_user,
            self.reason.as_deref().unwrap_or("\u{0}"),
            &self.action,
            &self.target,
            &self.outcome,
            &self.decision,
            &self.details,
        ] {
            h.update((field.len() as u64).to_le_bytes());
            h.update(field.as_bytes());
        }
        hex(&h.finalize())
    }
}

/// Bytes as lower-case hexadecimal (a CSV import hashes one event per row).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

#[derive(Default)]
pub struct AuditFilter<'a> {
    pub since: Option<&'a str>,
    pub until: Option<&'a str>,
    pub actor: Option<&'a str>,
    pub target: Option<&'a str>,
    /// an action, or a noun prefix such as `member.`
    pub action: Option<&'a str>,
    pub outcome: Option<&'a str>,
    pub limit: Option<u32>,
}

/// The first event at which the chain does not hold.
#[derive(Debug)]
pub struct ChainBreak {
    pub id: i64,
    pub problem: String,
}

/// The operating-system user running careward: the process's real uid, named from the
/// system's user database (`uid:N` when it has no entry). Never an environment
/// variable: `USER=mallory careward …` still records who ran it.
fn os_user() -> String {
    static USER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    USER.get_or_init(find_os_user).clone()
}

#[cfg(unix)]
fn find_os_user() -> String {
    let uid = nix::unistd::getuid();
    match nix::unistd::User::from_uid(uid) {
        Ok(Some(user)) => user.name,
        _ => format!("uid:{uid}"),
    }
}

#[cfg(not(unix))]
fn find_os_user() -> String {
    "unknown".into()
}

impl Tx<'_> {
    /// The id the next audit event will get: never reused, since events are never
    /// deleted, so it tells apart runs started in the same second.
    pub fn next_audit_id(&self) -> Result<i64> {
        Ok(self.audit_head()?.0 + 1)
    }

    /// The newest event's id and hash: this transaction's, or the store's.
    fn audit_head(&self) -> Result<(i64, String)> {
        if let Some(head) = self.audit_head.borrow().clone() {
            return Ok(head);
        }
        let head: Option<(i64, String)> = self
            .one("SELECT last_id, last_hash FROM audit_head", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        Ok(head.unwrap_or((0, GENESIS.to_string())))
    }

    /// Write the chain's head back, once, before the transaction commits.
    pub(super) fn flush_audit_head(&self) -> Result<()> {
        if let Some((id, hash)) = self.audit_head.borrow_mut().take() {
            self.run(
                "INSERT INTO audit_head (one, last_id, last_hash) VALUES (1, ?1, ?2)
                 ON CONFLICT (one) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash",
                rusqlite::params![id, hash],
            )?;
        }
        Ok(())
    }

    pub fn append_audit(&self, record: &AuditRecord) -> Result<i64> {
        let (last_id, prev_hash) = self.audit_head()?;
        let mut event = AuditEvent {
            id: last_id + 1,
            org_id: record.org,
            at: self.now.clone(),
            actor: record.actor.to_string(),
            os_user: os_user(),
            reason: record.reason.map(str::to_string),
            action: record.action.to_string(),
            target: record.target.to_string(),
            outcome: record.outcome.to_string(),
            decision: record.decision.to_string(),
            details: record.details.to_string(),
            prev_hash,
            hash: String::new(),
        };
        event.hash = event.computed_hash();
        self.run(
            "INSERT INTO audit_event (id, org_id, at, actor, os_user, reason, action, target, outcome, decision, details, prev_hash, hash)
             VALUES (:id, :org, :at, :actor, :os_user, :reason, :action, :target, :outcome, :decision, :details, :prev, :hash)",
            named_params! {
                ":id": event.id,
                ":org": event.org_id,
                ":at": event.at,
                ":actor": event.actor,
                ":os_user": event.os_user,
                ":reason": event.reason,
                ":action": event.action,
                ":target": event.target,
                ":outcome": event.outcome,
                ":decision": event.decision,
                ":details": event.details,
                ":prev": event.prev_hash,
                ":hash": event.hash,
            },
        )?;
        *self.audit_head.borrow_mut() = Some((event.id, event.hash.clone()));
        Ok(event.id)
    }

    /// Record what a dry run does all the same — a read of clinical content, a question
    /// about others' access — so that the event is kept (marked as a dry run's) although
    /// the rest of the dry run is undone.
    pub fn append_kept(&self, record: &AuditRecord) -> Result<()> {
        if !self.dry_run {
            self.append_audit(record)?;
            return Ok(());
        }
        self.dry_reads.borrow_mut().push(KeptEvent {
            org: record.org,
            actor: record.actor.to_string(),
            reason: record.reason.map(str::to_string),
            action: record.action.to_string(),
            target: record.target.to_string(),
            outcome: record.outcome.to_string(),
            decision: record.decision.to_string(),
            details: dry_run_details(record.details.clone()),
        });
        Ok(())
    }

    /// An organisation's events, oldest first.
    pub fn audit_events(&self, org: i64, filter: &AuditFilter) -> Result<Vec<AuditEvent>> {
        let action_prefix = filter
            .action
            .filter(|a| a.ends_with('.'))
            .map(|a| format!("{}%", a.replace('%', "\\%").replace('_', "\\_")));
        let mut stmt = self.conn.prepare(
            "SELECT * FROM (
               SELECT * FROM audit_event WHERE org_id = :org
                 AND (:since IS NULL OR at >= :since)
                 AND (:until IS NULL OR at < :until)
                 AND (:actor IS NULL OR actor = :actor)
                 AND (:target IS NULL OR target = :target)
                 AND (:action IS NULL OR action = :action OR action LIKE :prefix ESCAPE '\\')
                 AND (:outcome IS NULL OR outcome = :outcome)
               ORDER BY id DESC LIMIT coalesce(:limit, -1))
             ORDER BY id",
        )?;
        let rows = stmt.query_map(
            named_params! {
                ":org": org,
                ":since": filter.since,
                ":until": filter.until,
                ":actor": filter.actor,
                ":target": filter.target,
                ":action": filter.action,
                ":prefix": action_prefix,
                ":outcome": filter.outcome,
                ":limit": filter.limit,
            },
            AuditEvent::from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Walk the whole chain. Returns the number of events, or the first break.
    pub fn verify_audit(&self) -> Result<std::result::Result<u64, ChainBreak>> {
        let mut stmt = self.conn.prepare("SELECT * FROM audit_event ORDER BY id")?;
        let mut rows = stmt.query([])?;
        let mut prev = GENESIS.to_string();
        let mut expected_id = 1;
        let mut count = 0;
        while let Some(row) = rows.next()? {
            let event = AuditEvent::from_row(row)?;
            if event.id != expected_id {
                return Ok(Err(ChainBreak {
                    id: expected_id,
                    problem: format!(
                        "event {expected_id} is missing (the next one is {})",
                        event.id
                    ),
                }));
            }
            if event.prev_hash != prev {
                return Ok(Err(ChainBreak {
                    id: event.id,
                    problem: "its link to the previous event does not match: an earlier event was changed or deleted".into(),
                }));
            }
            if event.computed_hash() != event.hash {
                return Ok(Err(ChainBreak {
                    id: event.id,
                    problem: "its contents do not match its hash: the event was edited".into(),
                }));
            }
            prev = event.hash;
            expected_id += 1;
            count += 1;
        }
        let head: Option<(i64, String)> = self
            .one("SELECT last_id, last_hash FROM audit_head", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        match head {
            Some((last_id, last_hash)) if last_id != expected_id - 1 || last_hash != prev => {
                Ok(Err(ChainBreak {
                    id: last_id,
                    problem: format!(
                        "the chain ends at event {} but the newest recorded event is {last_id}: events were deleted",
                        expected_id - 1
                    ),
                }))
            }
            None if count > 0 => Ok(Err(ChainBreak {
                id: expected_id - 1,
                problem: "the record of the newest event is missing".into(),
            })),
            _ => Ok(Ok(count)),
        }
    }
}
