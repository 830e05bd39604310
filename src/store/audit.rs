//! The audit trail: one event per change and per refusal, appended in the command's
//! own transaction. Each organisation has its own chain: an event's hash covers the
//! previous event of the same organisation, its place in that chain (`seq`) and the
//! row changes the command made (drained from the change log that [`super::trail`]'s
//! triggers fill). `audit verify` walks one organisation's chain, checks it against the
//! newest event recorded apart (`audit_chain`) and, optionally, an anchor kept outside
//! the store, then replays the changes and compares them with the live rows.

use std::collections::HashMap;

use anyhow::Result;
use sha2::{Digest, Sha256};

use super::Tx;
use super::db::{Conn, DbResult, OptionalExt, Row, params};
use super::trail::{self, State};
use crate::error::Error;

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
    /// the event's place in its organisation's chain, from 1
    pub seq: i64,
    /// the access-relevant rows the command changed: a JSON array of
    /// `{"t": TABLE, "b": BEFORE, "a": AFTER}`
    pub changes: String,
    org_id: Option<i64>,
}

/// SHA-256 over fields, each preceded by its length.
fn hash_fields(fields: &[&str]) -> String {
    let mut h = Sha256::new();
    for field in fields {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    hex::encode(h.finalize())
}

impl AuditEvent {
    fn from_row(row: &Row) -> DbResult<AuditEvent> {
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
            seq: row.get("seq")?,
            changes: row.get("changes")?,
        })
    }

    /// The hash of this event, over its fields, its place in its organisation's chain,
    /// its row changes and the previous event's hash.
    fn computed_hash(&self) -> String {
        let org = self.org_id.map(|o| o.to_string()).unwrap_or_default();
        hash_fields(&[
            &self.prev_hash,
            &self.id.to_string(),
            &org,
            &self.seq.to_string(),
            &self.at,
            &self.actor,
            &self.os_user,
            self.reason.as_deref().unwrap_or("\u{0}"),
            &self.action,
            &self.target,
            &self.outcome,
            &self.decision,
            &self.details,
            &self.changes,
        ])
    }

    /// The hash schema 4 gave an event (one chain for the whole store, no row changes),
    /// checked once when a store is upgraded.
    fn legacy_hash(&self) -> String {
        let org = self.org_id.map(|o| o.to_string()).unwrap_or_default();
        hash_fields(&[
            &self.prev_hash,
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
        ])
    }
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

/// Where an organisation's chain ends: what `audit head` prints, and what an anchor
/// given to `audit verify --anchor` holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainHead {
    pub event: i64,
    pub seq: i64,
    pub hash: String,
    pub at: String,
}

/// What `audit verify` proved.
#[derive(Debug)]
pub struct Verified {
    pub events: u64,
    /// the access-relevant rows that replaying the trail gives, all matching the store
    pub rows: usize,
    pub head: Option<ChainHead>,
}

/// Why an organisation's trail does not prove its store.
#[derive(Debug)]
pub enum TrailProblem {
    /// an event was edited, deleted, inserted or moved
    Chain(ChainBreak),
    /// the trail no longer extends the anchor
    Anchor(String),
    /// the live rows are not what the trail's changes give
    State(String),
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

/// Where this transaction stands in the trail: the chain heads it moved (written back
/// once at the end: a bulk command appends thousands of events), the newest id, the
/// change log's end when the transaction began, and its newest event.
#[derive(Default)]
pub(super) struct Cursor {
    last_id: Option<i64>,
    /// organisation (0: none) → (head, moved in this transaction)
    heads: HashMap<i64, (Head, bool)>,
    /// changes logged before this transaction began are not its own: a change made
    /// outside careward is never drained into an event (verify reports it instead)
    floor: i64,
    /// the newest change already given to an event; the drained changes are deleted
    /// once, at the end (one statement per event saved on a bulk import)
    drained: i64,
    last_event: Option<AuditEvent>,
    /// the last event's row changes, each as logged, in their canonical order
    last_changes: Vec<String>,
}

/// Row changes, each a JSON text, as one JSON array.
fn json_array(changes: &[String]) -> String {
    format!("[{}]", changes.join(","))
}

/// Where [`Tx::verify_audit`]'s walk found the chain broken.
enum Break {
    /// the event `id` is number `seq` of the chain, where number `expected` was due
    Gap { id: i64, seq: i64, expected: i64 },
    /// the event at this id, and what is wrong with it
    Found(i64, String),
}

#[derive(Clone)]
struct Head {
    seq: i64,
    id: i64,
    hash: String,
}

impl Tx<'_> {
    /// Note where the change log ends, before this transaction changes anything.
    pub(super) fn open_trail(&self) -> Result<()> {
        let floor: i64 = self.one(
            "SELECT coalesce(max(seq), 0) FROM audit_change",
            params![],
            |r| r.get(0),
        )?;
        let mut cursor = self.audit_head.borrow_mut();
        cursor.floor = floor;
        cursor.drained = floor;
        Ok(())
    }

    /// The id the next audit event will get: never reused, since events are never
    /// deleted, so it tells apart runs started in the same second.
    pub fn next_audit_id(&self) -> Result<i64> {
        Ok(self.last_audit_id()? + 1)
    }

    fn last_audit_id(&self) -> Result<i64> {
        if let Some(id) = self.audit_head.borrow().last_id {
            return Ok(id);
        }
        // the larger of the two in Rust: SQLite's two-argument max() is PostgreSQL's greatest()
        let (event, chain): (i64, i64) = self.one(
            "SELECT coalesce((SELECT max(id) FROM audit_event), 0),
                    coalesce((SELECT max(last_id) FROM audit_chain), 0)",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let id = event.max(chain);
        self.audit_head.borrow_mut().last_id = Some(id);
        Ok(id)
    }

    /// The newest event of an organisation's chain: this transaction's, or the store's.
    fn chain_head(&self, org: i64) -> Result<Head> {
        if let Some((head, _)) = self.audit_head.borrow().heads.get(&org) {
            return Ok(head.clone());
        }
        let head = self
            .one(
                "SELECT last_seq, last_id, last_hash FROM audit_chain WHERE org_id = ?1",
                params![org],
                |r| {
                    Ok(Head {
                        seq: r.get(0)?,
                        id: r.get(1)?,
                        hash: r.get(2)?,
                    })
                },
            )
            .optional()?
            .unwrap_or(Head {
                seq: 0,
                id: 0,
                hash: GENESIS.to_string(),
            });
        self.audit_head
            .borrow_mut()
            .heads
            .insert(org, (head.clone(), false));
        Ok(head)
    }

    /// This transaction's row changes logged since the last drain, as a JSON array;
    /// `None` when there are none.
    fn drain_changes(&self) -> Result<Vec<String>> {
        let drained = self.audit_head.borrow().drained;
        let mut out = Vec::new();
        let mut last = drained;
        self.conn.query_each(
            "SELECT seq, change FROM audit_change WHERE seq > ?1 ORDER BY seq",
            params![drained],
            |row| {
                last = row.get(0)?;
                out.push(row.get::<_, String>(1)?);
                Ok(())
            },
        )?;
        self.audit_head.borrow_mut().drained = last;
        Ok(out)
    }

    /// Before the transaction commits: give the changes made after its last event to
    /// that event, and write the chain heads back.
    pub(super) fn flush_audit_head(&self) -> Result<()> {
        let more = self.drain_changes()?;
        if !more.is_empty() {
            let (event, mut changes) = {
                let mut cursor = self.audit_head.borrow_mut();
                (
                    cursor.last_event.take(),
                    std::mem::take(&mut cursor.last_changes),
                )
            };
            let Some(mut event) = event else {
                return Err(Error::failure(
                    "internal error: access-relevant rows changed without an audit event",
                )
                .into());
            };
            changes.extend(more);
            let changes = trail::in_canonical_order(changes);
            event.changes = json_array(&changes);
            self.audit_head.borrow_mut().last_changes = changes;
            event.hash = event.computed_hash();
            self.run(
                "UPDATE audit_event SET changes = ?1, hash = ?2 WHERE id = ?3",
                params![event.changes, event.hash, event.id],
            )?;
            let mut cursor = self.audit_head.borrow_mut();
            if let Some((head, _)) = cursor.heads.get_mut(&event.org_id.unwrap_or(0)) {
                head.hash = event.hash.clone();
            }
            cursor.last_event = Some(event);
        }
        let cursor = self.audit_head.borrow();
        if cursor.drained > cursor.floor {
            self.run(
                "DELETE FROM audit_change WHERE seq > ?1",
                params![cursor.floor],
            )?;
        }
        for (org, (head, moved)) in &cursor.heads {
            if *moved {
                self.run(
                    "INSERT INTO audit_chain (org_id, last_seq, last_id, last_hash) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (org_id) DO UPDATE SET last_seq = excluded.last_seq,
                       last_id = excluded.last_id, last_hash = excluded.last_hash",
                    params![org, head.seq, head.id, head.hash],
                )?;
            }
        }
        Ok(())
    }

    /// Append an event, with the row changes this transaction made since its last one.
    pub fn append_audit(&self, record: &AuditRecord) -> Result<i64> {
        let changes = trail::in_canonical_order(self.drain_changes()?);
        let id = self.append_with_changes(record, json_array(&changes))?;
        self.audit_head.borrow_mut().last_changes = changes;
        Ok(id)
    }

    fn append_with_changes(&self, record: &AuditRecord, changes: String) -> Result<i64> {
        let org = record.org.unwrap_or(0);
        let head = self.chain_head(org)?;
        let mut event = AuditEvent {
            id: self.last_audit_id()? + 1,
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
            prev_hash: head.hash,
            hash: String::new(),
            seq: head.seq + 1,
            changes,
        };
        event.hash = event.computed_hash();
        self.run(
            "INSERT INTO audit_event (id, org_id, seq, at, actor, os_user, reason, action, target, outcome, decision, details, changes, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                event.id,
                event.org_id,
                event.seq,
                event.at,
                event.actor,
                event.os_user,
                event.reason,
                event.action,
                event.target,
                event.outcome,
                event.decision,
                event.details,
                event.changes,
                event.prev_hash,
                event.hash,
            ],
        )?;
        let id = event.id;
        let mut cursor = self.audit_head.borrow_mut();
        cursor.last_id = Some(id);
        cursor.heads.insert(
            org,
            (
                Head {
                    seq: event.seq,
                    id,
                    hash: event.hash.clone(),
                },
                true,
            ),
        );
        cursor.last_event = Some(event);
        cursor.last_changes = Vec::new();
        Ok(id)
    }

    /// Record what a dry run does all the same — a read of clinical content, a question
    /// about others' access — so that the event is kept (marked as a dry run's) although
    /// the rest of the dry run is undone.
    /// A read transaction ([`super::Store::read`]) queues it too, to be written after.
    pub fn append_kept(&self, record: &AuditRecord) -> Result<()> {
        if !self.dry_run && !self.read_only {
            self.append_audit(record)?;
            return Ok(());
        }
        let details = match self.dry_run {
            true => dry_run_details(record.details.clone()),
            false => record.details.clone(),
        };
        self.kept.borrow_mut().push(KeptEvent {
            org: record.org,
            actor: record.actor.to_string(),
            reason: record.reason.map(str::to_string),
            action: record.action.to_string(),
            target: record.target.to_string(),
            outcome: record.outcome.to_string(),
            decision: record.decision.to_string(),
            details,
        });
        Ok(())
    }

    /// An organisation's events, oldest first.
    pub fn audit_events(&self, org: i64, filter: &AuditFilter) -> Result<Vec<AuditEvent>> {
        let action_prefix = filter
            .action
            .filter(|a| a.ends_with('.'))
            .map(|a| format!("{}%", a.replace('%', "\\%").replace('_', "\\_")));
        // no limit is the largest one (PostgreSQL has no `LIMIT -1`); the prefix is
        // matched as SQLite's LIKE does, whatever the case; each `?N IS NULL` casts, as
        // PostgreSQL cannot type a parameter whose first use is `IS NULL`
        let limit = filter.limit.map_or(i64::MAX, i64::from);
        Ok(self.all(
            "SELECT * FROM (
               SELECT * FROM audit_event WHERE org_id = ?1
                 AND (CAST(?2 AS TEXT) IS NULL OR at >= ?2)
                 AND (CAST(?3 AS TEXT) IS NULL OR at < ?3)
                 AND (CAST(?4 AS TEXT) IS NULL OR actor = ?4)
                 AND (CAST(?5 AS TEXT) IS NULL OR target = ?5)
                 AND (CAST(?6 AS TEXT) IS NULL OR action = ?6 OR lower(action) LIKE lower(CAST(?7 AS TEXT)) ESCAPE '\\')
                 AND (CAST(?8 AS TEXT) IS NULL OR outcome = ?8)
               ORDER BY id DESC LIMIT ?9) AS newest
             ORDER BY id",
            params![
                org,
                filter.since,
                filter.until,
                filter.actor,
                filter.target,
                filter.action,
                action_prefix,
                filter.outcome,
                limit,
            ],
            AuditEvent::from_row,
        )?)
    }

    /// The newest event of an organisation's chain, as recorded apart from the events.
    pub fn audit_chain_head(&self, org: i64) -> Result<Option<ChainHead>> {
        Ok(self
            .one(
                "SELECT c.last_id, c.last_seq, c.last_hash, coalesce(e.at, '')
                 FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.last_id
                 WHERE c.org_id = ?1",
                params![org],
                |r| {
                    Ok(ChainHead {
                        event: r.get(0)?,
                        seq: r.get(1)?,
                        hash: r.get(2)?,
                        at: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Walk an organisation's chain, check that it ends where its recorded head (and,
    /// given one, the anchor) says, replay its row changes and compare them with the
    /// live rows. The first problem found, in that order.
    pub fn verify_audit(
        &self,
        org: i64,
        anchor: Option<&ChainHead>,
    ) -> Result<std::result::Result<Verified, TrailProblem>> {
        let chain =
            |id: i64, problem: String| Ok(Err(TrailProblem::Chain(ChainBreak { id, problem })));
        let recorded = self.audit_chain_head(org)?;
        let mut prev = GENESIS.to_string();
        let mut last: Option<AuditEvent> = None;
        let mut count = 0;
        let mut state = State::default();
        let mut replay_error: Option<String> = None;
        let mut anchored: Option<bool> = None;
        // The first break found; the rows after it are read but not looked at (no other
        // statement can run on a PostgreSQL connection while it streams a query's rows).
        let mut broken: Option<Break> = None;
        self.conn.query_each(
            "SELECT * FROM audit_event WHERE org_id = ?1 ORDER BY id",
            params![org],
            |row| {
                if broken.is_some() {
                    return Ok(());
                }
                let event = AuditEvent::from_row(row)?;
                let expected = last.as_ref().map_or(1, |e| e.seq + 1);
                if event.seq > expected {
                    broken = Some(Break::Gap {
                        id: event.id,
                        seq: event.seq,
                        expected,
                    });
                    return Ok(());
                }
                if event.seq < expected {
                    broken = Some(Break::Found(
                        event.id,
                        format!(
                            "it claims to be number {} of the chain, where number {expected} was due: an event was inserted or moved",
                            event.seq
                        ),
                    ));
                    return Ok(());
                }
                if event.prev_hash != prev {
                    broken = Some(Break::Found(
                        event.id,
                        "its link to the previous event does not match: an earlier event was changed or deleted".into(),
                    ));
                    return Ok(());
                }
                if event.computed_hash() != event.hash {
                    broken = Some(Break::Found(
                        event.id,
                        "its contents do not match its hash: the event was edited".into(),
                    ));
                    return Ok(());
                }
                if let Some(a) = anchor.filter(|a| a.event == event.id) {
                    anchored = Some(a.hash == event.hash && a.seq == event.seq);
                }
                if replay_error.is_none()
                    && let Err(e) = state.apply(event.id, &event.changes)
                {
                    replay_error = Some(e.0);
                }
                prev = event.hash.clone();
                count += 1;
                last = Some(event);
                Ok(())
            },
        )?;
        match broken {
            Some(Break::Found(id, problem)) => return chain(id, problem),
            Some(Break::Gap { id, seq, expected }) => {
                let later: Option<i64> = self
                    .one(
                        "SELECT id FROM audit_event WHERE org_id = ?1 AND seq = ?2",
                        params![org, expected],
                        |r| r.get(0),
                    )
                    .optional()?;
                let problem = match (later, &last) {
                    (Some(other), _) => format!(
                        "it is number {seq} of the chain, but number {expected} comes after it (event {other}): events were reordered"
                    ),
                    (None, Some(before)) => format!(
                        "events are missing between event {} and event {id}: the chain goes from number {} to number {seq}",
                        before.id, before.seq
                    ),
                    (None, None) => {
                        format!("events are missing before it: the chain starts at number {seq}")
                    }
                };
                return chain(id, problem);
            }
            None => {}
        }
        let last_id = last.as_ref().map_or(0, |e| e.id);
        match (&recorded, &last) {
            (None, None) => {
                return chain(
                    0,
                    "the organisation has no audit events: its trail was erased".into(),
                );
            }
            (Some(head), None) => {
                return chain(
                    head.event,
                    format!(
                        "the organisation has no audit events left, but its newest recorded event is {}: its trail was erased",
                        head.event
                    ),
                );
            }
            (None, Some(_)) => {
                return chain(last_id, "the record of the newest event is missing".into());
            }
            (Some(head), Some(_)) if head.event != last_id || head.hash != prev => {
                let why = if last_id > head.event {
                    "events were added outside careward"
                } else if last_id == head.event {
                    "the newest event was replaced"
                } else {
                    "events were deleted"
                };
                return chain(
                    head.event,
                    format!(
                        "the chain ends at event {last_id} but the newest recorded event is {}: {why}",
                        head.event
                    ),
                );
            }
            _ => {}
        }
        if let Some(a) = anchor {
            match anchored {
                Some(true) => {}
                Some(false) => {
                    return Ok(Err(TrailProblem::Anchor(format!(
                        "event {} no longer has the anchored hash: the trail was rewritten since the anchor was taken",
                        a.event
                    ))));
                }
                None if a.event > last_id => {
                    return Ok(Err(TrailProblem::Anchor(format!(
                        "the trail ends at event {last_id}, before the anchored event {}: it was truncated or erased",
                        a.event
                    ))));
                }
                None => {
                    return Ok(Err(TrailProblem::Anchor(format!(
                        "the anchored event {} is not in the trail: it was erased or rewritten",
                        a.event
                    ))));
                }
            }
        }
        if let Some(e) = replay_error {
            return Ok(Err(TrailProblem::State(e)));
        }
        let live = trail::live_state(self.conn, org)?;
        if let Some(difference) = state.first_difference(&live) {
            return Ok(Err(TrailProblem::State(difference)));
        }
        Ok(Ok(Verified {
            events: count,
            rows: state.len(),
            head: last.map(|e| ChainHead {
                event: e.id,
                seq: e.seq,
                hash: e.hash,
                at: e.at,
            }),
        }))
    }
}

/// Schema 5's step in Rust: the store's one chain becomes one chain per organisation,
/// the triggers that log row changes are installed, and each organisation gets a
/// baseline event whose changes create its access-relevant rows as they are now.
//
// Events written before schema 6 recorded no row changes, so the trail can prove the
// state only from the upgrade on. The old chain is checked first (with the old hash)
// and what was found is kept in each baseline event: re-chaining does not launder an
// old break.
//
// Only an SQLite store is that old; the statements go through the layer all the same.
pub(super) fn upgrade_trail(conn: &Conn, now: &str) -> Result<()> {
    let legacy = legacy_chain(conn)?;
    let events: Vec<AuditEvent> = conn.query_map(
        "SELECT * FROM audit_event ORDER BY id",
        params![],
        AuditEvent::from_row,
    )?;
    let mut heads: HashMap<i64, Head> = HashMap::new();
    for mut event in events {
        let org = event.org_id.unwrap_or(0);
        let head = heads.get(&org).cloned().unwrap_or(Head {
            seq: 0,
            id: 0,
            hash: GENESIS.into(),
        });
        event.seq = head.seq + 1;
        event.prev_hash = head.hash;
        event.hash = event.computed_hash();
        conn.execute(
            "UPDATE audit_event SET seq = ?1, prev_hash = ?2, hash = ?3 WHERE id = ?4",
            params![event.seq, event.prev_hash, event.hash, event.id],
        )?;
        heads.insert(
            org,
            Head {
                seq: event.seq,
                id: event.id,
                hash: event.hash,
            },
        );
    }
    for (org, head) in &heads {
        conn.execute(
            "INSERT INTO audit_chain (org_id, last_seq, last_id, last_hash) VALUES (?1, ?2, ?3, ?4)",
            params![org, head.seq, head.id, head.hash],
        )?;
    }
    conn.batch(&trail::triggers_sql(super::TRAIL_SCHEMA))?;
    let orgs: Vec<i64> =
        conn.query_map("SELECT id FROM org ORDER BY id", params![], |r| r.get(0))?;
    let tx = Tx::new(conn, now, false)?;
    for org in orgs {
        let changes = trail::baseline_changes(conn, org)?;
        tx.append_with_changes(
            &AuditRecord {
                org: Some(org),
                actor: "careward upgrade",
                reason: None,
                action: "audit.baseline",
                target: "org",
                outcome: "allowed",
                decision: "allowed: the store was upgraded; from here on the trail proves the organisation's access-relevant rows, starting from these",
                details: serde_json::json!({ "earlier_chain": legacy }),
            },
            changes,
        )?;
    }
    tx.flush_audit_head()?;
    conn.batch("DROP TABLE audit_head;")?;
    Ok(())
}

/// The store-wide chain of schema 4, checked with its own hash: "intact: N events", or
/// where it broke.
fn legacy_chain(conn: &Conn) -> Result<String> {
    let mut prev = GENESIS.to_string();
    let mut expected_id = 1;
    let mut broken: Option<String> = None;
    conn.query_each("SELECT * FROM audit_event ORDER BY id", params![], |row| {
        if broken.is_some() {
            return Ok(());
        }
        let event = AuditEvent::from_row(row)?;
        if event.id != expected_id {
            broken = Some(format!("broken: event {expected_id} is missing"));
        } else if event.prev_hash != prev || event.legacy_hash() != event.hash {
            broken = Some(format!("broken at event {}", event.id));
        } else {
            prev = event.hash;
            expected_id += 1;
        }
        Ok(())
    })?;
    if let Some(broken) = broken {
        return Ok(broken);
    }
    let head: Option<(i64, String)> = conn
        .query_row(
            "SELECT last_id, last_hash FROM audit_head",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let count = expected_id - 1;
    Ok(match head {
        Some((id, hash)) if id != count || hash != prev => {
            format!("broken: it ends at event {count} but its newest recorded event is {id}")
        }
        None if count > 0 => "broken: the record of its newest event is missing".into(),
        _ => format!("intact: {}", crate::output::count(count as u64, "event")),
    })
}
