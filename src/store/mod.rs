//! The store: the only module that knows organisation data lives in SQLite.
//!
//! Opening checks that a file is careward's (`application_id`) and not newer than this
//! binary (`user_version`), runs the numbered migrations forward in one transaction and
//! sets the pragmas. Each command runs in one `BEGIN IMMEDIATE` transaction: its changes
//! and its audit event commit together, or not at all. The typed queries live in one
//! file per table group; each change function takes the [`Granted`] proof that the
//! policy allowed it.

mod assistants;
mod audit;
mod entries;
mod facts;
mod members;
mod orgs;
mod places;
mod records;
mod spaces;
mod trail;

use std::cell::RefCell;
use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{Error, ErrorKind};
use crate::policy::Granted;

pub use assistants::Assignment;
pub use audit::{
    AuditEvent, AuditFilter, AuditRecord, ChainBreak, ChainHead, TrailProblem, Verified, hex,
};
pub use entries::{EmergencyGrant, Entry, NewEntry};
pub use facts::OrgFacts;
pub use members::{Member, MemberFilter, NewMember};
pub use orgs::{NewOrg, Org, Plan};
pub use places::{Group, GroupKind};
pub use records::{
    Grantee, NewRecord, NewShare, Record, RecordCounts, RecordFilter, Share, Transfer,
};
pub use spaces::{Space, SpaceMember};

/// careward's mark in the SQLite header ("CARW").
const APPLICATION_ID: i32 = 0x4341_5257;

/// Schema migrations, applied in order; `user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_records.sql"),
    include_str!("../../migrations/0003_assistants.sql"),
    include_str!("../../migrations/0004_contents.sql"),
    include_str!("../../migrations/0005_trail.sql"),
];

/// The schema whose migration continues in Rust: per-organisation chains, the row
/// change triggers, a baseline event per organisation ([`audit::upgrade_trail`]).
const TRAIL_SCHEMA: usize = 5;

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Open the store at `path`. With `create`, a missing file (and its folders) is
    /// created with mode 0600; without, a missing store is "not found".
    pub fn open(path: &Path, create: bool) -> Result<Store> {
        let exists = path.exists();
        if !exists && !create {
            return Err(Error::not_found(format!("no careward store at {}", path.display()))
                .hinted("create an organisation first: careward org init SLUG --name NAME --kind clinic --policy group-practice --admin EMAIL")
                .into());
        }
        let fresh = !exists
            || std::fs::metadata(path)
                .map(|m| m.len() == 0)
                .unwrap_or(false);
        if !exists {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            options
                .open(path)
                .with_context(|| format!("cannot create the store {}", path.display()))?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open the store {}", path.display()))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.check_identity(fresh)?;
        store
            .conn
            .busy_timeout(Duration::from_secs(10))
            .context("cannot set the busy timeout")?;
        store.conn.pragma_update(None, "foreign_keys", true)?;
        // Room for every statement a bulk command repeats (rusqlite keeps 16 by default).
        store.conn.set_prepared_statement_cache_capacity(256);
        store.conn.pragma_update(None, "journal_mode", "WAL")?;
        store.conn.pragma_update(None, "synchronous", "NORMAL")?;
        store.migrate()?;
        Ok(store)
    }

    /// A store in memory, for a dry run that has no store file to work on.
    pub fn scratch() -> Result<Store> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            path: PathBuf::from(":memory:"),
        };
        store.conn.pragma_update(None, "foreign_keys", true)?;
        store.migrate()?;
        Ok(store)
    }

    /// Refuse, without writing to it, a file that is not a careward store.
    fn check_identity(&self, fresh: bool) -> Result<()> {
        let not_ours = |why: String| -> anyhow::Error {
            Error::failure(format!(
                "{} is not a careward store: {why}",
                self.path.display()
            ))
            .hinted("point --db (or CAREWARD_DB) at a careward store, or at a new file name")
            .into()
        };
        let app_id: i32 = self
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(|e| not_ours(e.to_string()))?;
        if app_id == APPLICATION_ID {
            let version: i64 = self
                .conn
                .pragma_query_value(None, "user_version", |r| r.get(0))?;
            if version > MIGRATIONS.len() as i64 {
                return Err(Error::failure(format!(
                    "{} was written by a newer careward (schema {version}; this careward knows up to {})",
                    self.path.display(),
                    MIGRATIONS.len()
                ))
                .hinted("upgrade careward to open this store")
                .into());
            }
            return Ok(());
        }
        let tables: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .map_err(|e| not_ours(e.to_string()))?;
        if fresh && tables == 0 && app_id == 0 {
            return Ok(());
        }
        Err(not_ours(if app_id == 0 {
            "it is an SQLite database of another program".into()
        } else {
            format!("its application id is {app_id:#x}")
        }))
    }

    fn migrate(&mut self) -> Result<()> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version as usize == MIGRATIONS.len() {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)
                .with_context(|| format!("migration {} failed", i + 1))?;
            if i + 1 == TRAIL_SCHEMA {
                let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                audit::upgrade_trail(&tx, &now)
                    .with_context(|| format!("migration {} failed", i + 1))?;
            }
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
        tx.commit()?;
        Ok(())
    }

    /// Run one command's work in one transaction. If `body` fails, its transaction is
    /// rolled back, and `on_failure` may record the refusal (the audit event of a
    /// denial) in a transaction of its own. With `dry_run` nothing is committed at all.
    //
    // Not a savepoint around `body`: inside one, SQLite copies every page a statement
    // first touches to a sub-journal, which made a 100,000-row import spend a fifth of
    // its time writing that copy.
    pub fn transaction<T>(
        &mut self,
        now: &str,
        dry_run: bool,
        body: impl FnOnce(&Tx) -> Result<T>,
        on_failure: impl FnOnce(&Tx, &anyhow::Error) -> Result<()>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let body_tx = Tx::new(&tx, now)?;
        let outcome = body(&body_tx);
        let err = match outcome {
            Ok(value) => {
                body_tx.flush_audit_head()?;
                drop(body_tx);
                if dry_run {
                    tx.rollback()?;
                } else {
                    tx.commit()?;
                }
                return Ok(value);
            }
            Err(err) => err,
        };
        drop(body_tx);
        tx.rollback()?;
        // The refusal is recorded in a transaction of its own, the command's changes undone.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let refusal_tx = Tx::new(&tx, now)?;
        on_failure(&refusal_tx, &err)?;
        refusal_tx.flush_audit_head()?;
        drop(refusal_tx);
        if dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        Err(err)
    }
}

/// One command's transaction: every query and change goes through it.
pub struct Tx<'c> {
    conn: &'c Connection,
    now: String,
    /// where this transaction stands in the audit trail (see [`audit::Cursor`])
    audit_head: RefCell<audit::Cursor>,
}

impl<'c> Tx<'c> {
    fn new(conn: &'c Connection, now: &str) -> Result<Tx<'c>> {
        let tx = Tx {
            conn,
            now: now.to_string(),
            audit_head: RefCell::new(audit::Cursor::default()),
        };
        tx.open_trail()?;
        Ok(tx)
    }

    pub fn now(&self) -> &str {
        &self.now
    }

    /// One row, through the statement cache: a bulk command runs the same statements
    /// thousands of times, and parsing them once is most of the saving.
    //
    // A cached statement is parsed again when a new value is bound to a parameter that
    // SQLite's constant propagation used — which happens in a join (`a.x = ?1` joined
    // to `b`). The hot joined lookups therefore bind as `= +?N`, which SQLite does not
    // propagate, and which still uses the index.
    fn one<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    {
        self.conn.prepare_cached(sql)?.query_row(params, f)
    }

    /// Run a statement through the statement cache.
    fn run<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.conn.prepare_cached(sql)?.execute(params)
    }
}

/// Check that a proof of authorization is for the change being made: a command that
/// authorized one thing cannot use the proof to change another.
fn require(proof: &Granted, actions: &[&str], target: &str) -> Result<()> {
    if actions.contains(&proof.action()) && (proof.target() == target || proof.target() == "org") {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::Failure,
            format!(
                "internal error: a grant of {} on {} was offered for {} on {target}",
                proof.action(),
                proof.target(),
                actions.join("|")
            ),
        )
        .into())
    }
}
