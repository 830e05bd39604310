//! The store: the only module that knows organisation data lives in SQLite.
//!
//! Opening checks that a file is careward's (`application_id`) and not newer than this
//! binary (`user_version`), runs the numbered migrations forward in one transaction and
//! sets the pragmas. Each command that changes runs in one `BEGIN IMMEDIATE` transaction:
//! its changes and its audit event commit together, or not at all. A command that only
//! reads runs in a read transaction ([`Store::read`]), and what it audits is written after
//! it in a short transaction of its own. The typed queries live in one
//! file per table group; each change function takes the [`Granted`] proof that the
//! policy allowed it.

mod assistants;
mod audit;
mod backup;
mod copy;
pub(crate) mod db;
mod entries;
mod facts;
mod libraries;
mod members;
mod orgs;
mod pg_config;
mod places;
mod record_groups;
mod records;
mod restore;
mod spaces;
mod trail;

use std::cell::RefCell;
use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags};

use db::{Conn, DbResult, Dialect, OptionalExt, Param, Row, params};

use crate::error::{Error, ErrorKind};
use crate::policy::Granted;

pub use crate::policy::Grantee;
pub use assistants::Assignment;
pub use audit::{
    AuditEvent, AuditFilter, AuditRecord, ChainBreak, ChainHead, TrailProblem, Verified,
    dry_run_details,
};
pub use backup::BackupCopy;
pub use copy::CopiedOrg;
pub use entries::{EmergencyGrant, Entry, NewEntry};
pub use facts::{FactsCache, OrgFacts};
pub use libraries::{LibraryItem, NewItem, NewView, OrgView, TagLink, Tagged};
pub use members::{Member, MemberFilter, NewMember};
pub use orgs::{NewOrg, Org, Plan};
pub use places::{Group, GroupKind};
pub use record_groups::{GroupShare, RecordGroup};
pub use records::{NewRecord, NewShare, Record, RecordCounts, RecordFilter, Share, Transfer};
pub use restore::{EmergencyRow, Post, RestoredEntry, RestoredRecord, TransferRow};
pub use spaces::{Space, SpaceMember};

/// careward's mark in the SQLite header ("CARW").
const APPLICATION_ID: i32 = 0x4341_5257;

/// How much of the store is read through memory-mapped I/O (address space; the pages
/// are the kernel's page cache, shared, not the process's own memory).
const MMAP_BYTES: i64 = 1 << 30;
/// SQLite's own page cache, in KiB (its default is 2 MB).
const CACHE_KIB: i64 = 16 * 1024;

/// Schema migrations, applied in order; `user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_records.sql"),
    include_str!("../../migrations/0003_assistants.sql"),
    include_str!("../../migrations/0004_contents.sql"),
    include_str!("../../migrations/0005_approvals.sql"),
    include_str!("../../migrations/0006_trail.sql"),
    include_str!("../../migrations/0007_behavior.sql"),
    include_str!("../../migrations/0008_bulk_writes.sql"),
];

/// The same migrations on PostgreSQL, numbered with SQLite's: migration N builds the
/// same tables and columns on both. The version is kept in `careward_store`.
const PG_MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/postgres/0001_init.sql"),
    include_str!("../../migrations/postgres/0002_records.sql"),
    include_str!("../../migrations/postgres/0003_assistants.sql"),
    include_str!("../../migrations/postgres/0004_contents.sql"),
    include_str!("../../migrations/postgres/0005_approvals.sql"),
    include_str!("../../migrations/postgres/0006_trail.sql"),
    include_str!("../../migrations/postgres/0007_behavior.sql"),
    include_str!("../../migrations/postgres/0008_bulk_writes.sql"),
];

/// The schema whose migration continues in Rust: per-organisation chains, the row
/// change triggers, a baseline event per organisation ([`audit::upgrade_trail`]).
const TRAIL_SCHEMA: usize = 6;

/// The schema whose migration rewrites the tables' `CHECK (col IN (…))` constraints in
/// Rust ([`rewrite_in_checks`]).
const CHECKS_SCHEMA: usize = 8;

/// Where a store lives: `--db PATH` (or `sqlite:PATH`), or `--db postgres://…`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    /// a libpq URL (`postgres://` or `postgresql://`)
    Postgres(String),
}

impl Location {
    pub fn parse(db: &Path) -> Location {
        let text = db.to_string_lossy();
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return Location::Postgres(text.into_owned());
        }
        match text.strip_prefix("sqlite:") {
            Some(path) => Location::File(PathBuf::from(path)),
            None => Location::File(db.to_path_buf()),
        }
    }

    /// The store's file, for what only a file has (its permissions, its size); `None`
    /// for a PostgreSQL database.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Location::File(path) => Some(path),
            Location::Postgres(_) => None,
        }
    }
}

impl std::fmt::Display for Location {
    /// As a user may read it: a PostgreSQL URL without its password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(path) => write!(f, "{}", path.display()),
            Location::Postgres(url) => f.write_str(&pg_config::masked(url)),
        }
    }
}

pub struct Store {
    conn: Conn,
    location: Location,
}

impl Store {
    /// Open the store at `location`: an SQLite file ([`Store::open_file`]) or a
    /// PostgreSQL database ([`Store::open_postgres`]). Without `create`, a store that
    /// does not exist yet is "not found".
    pub fn open(location: &Location, create: bool, busy_timeout: Duration) -> Result<Store> {
        match location {
            Location::File(path) => Store::open_file(path, create, busy_timeout),
            Location::Postgres(url) => Store::open_postgres(url, create, busy_timeout),
        }
    }

    /// Open the SQLite store at `path`. With `create`, a missing file (and its folders)
    /// is created with mode 0600 (folders 0700); without, a missing store is "not
    /// found". Whatever existed before, the store and its `-wal` and `-shm` files are
    /// left private to their owner. A command waits up to `busy_timeout` for another
    /// process's write to finish (then [`Error::busy`], exit 7).
    fn open_file(path: &Path, create: bool, busy_timeout: Duration) -> Result<Store> {
        let exists = path.exists();
        if !exists && !create {
            return Err(not_found(&path.display().to_string()).into());
        }
        let fresh = !exists
            || std::fs::metadata(path)
                .map(|m| m.len() == 0)
                .unwrap_or(false);
        if !exists {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                create_private_dir(dir)?;
            }
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            options
                .open(path)
                .with_context(|| format!("cannot create the store {}", path.display()))?;
        }
        // SQLite gives the -wal and -shm files it creates the store's mode; ones left
        // by an earlier run keep theirs unless made private here.
        for file in store_files(path) {
            make_private(&file)?;
        }
        #[allow(unused_mut)] // traced in tests
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open the store {}", path.display()))?;
        #[cfg(test)]
        traced::trace(&mut conn)?;
        // Before the first read: even identifying the file waits while another
        // process recovers or checkpoints the WAL.
        conn.busy_timeout(busy_timeout)
            .context("cannot set the busy timeout")?;
        check_identity(&conn, path, fresh)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // Room for every statement a bulk command repeats (rusqlite keeps 16 by default).
        conn.set_prepared_statement_cache_capacity(256);
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Statement journals in memory: a statement that fires the trail's triggers
        // keeps one, and SQLite otherwise spills it to a temporary file once past 64 KB
        // — 255 MB of writes for a 10,000-record seed.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Reads through memory-mapped pages instead of a read() into SQLite's cache for
        // each page: at a million records a check's index probes touch pages all over
        // the file (a quarter of a batch was system time for page reads), and a bigger
        // cache keeps a batch's inner b-tree pages between checks.
        conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
        conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
        let store = Store {
            conn: Conn::Lite(conn),
            location: Location::File(path.to_path_buf()),
        };
        store.migrate_sqlite()?;
        for file in store_files(path) {
            make_private(&file)?;
        }
        Ok(store)
    }

    /// Open the store in the PostgreSQL database at `url`. Without `create`, a
    /// database without careward's schema is "not found"; with it, the schema is made.
    /// A command waits up to `busy_timeout` for another client's write (PostgreSQL's
    /// `lock_timeout`; then [`Error::busy`], exit 7).
    fn open_postgres(url: &str, create: bool, busy_timeout: Duration) -> Result<Store> {
        let client = pg_config::connect_from_env(url)?;
        let store = Store {
            conn: Conn::Pg(Box::new(RefCell::new(db::Pg::new(client)))),
            location: Location::Postgres(url.to_string()),
        };
        // UTC and ISO dates whatever the role's settings; a write waits for another
        // client's write for as long as the busy timeout allows.
        store.conn.batch(&format!(
            "SET TIME ZONE 'UTC'; SET lock_timeout = {}; SET client_min_messages = warning",
            busy_timeout.as_millis().max(1)
        ))?;
        let version = pg_version(&store.conn)?;
        if version.is_none() && !create {
            return Err(not_found(&store.location.to_string()).into());
        }
        store.migrate_postgres()?;
        Ok(store)
    }

    /// A store in memory, for a dry run that has no store file to work on.
    pub fn scratch() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let store = Store {
            conn: Conn::Lite(conn),
            location: Location::File(PathBuf::from(":memory:")),
        };
        store.migrate_sqlite()?;
        Ok(store)
    }

    /// Where the store lives.
    pub fn location(&self) -> &Location {
        &self.location
    }

    fn migrate_sqlite(&self) -> Result<()> {
        let lite = self.conn.sqlite().expect("an SQLite store");
        let version: i64 = lite.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version as usize == MIGRATIONS.len() {
            return Ok(());
        }
        let guard = Begun::begin(&self.conn, Begin::Write)?;
        // Another process may have migrated while we waited for the lock.
        let version: i64 = lite.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let schema = i + 1;
            lite.execute_batch(sql)
                .with_context(|| format!("migration {schema} failed"))?;
            if schema == TRAIL_SCHEMA {
                let now = crate::when::store_text(jiff::Timestamp::now());
                audit::upgrade_trail(&self.conn, &now)
                    .with_context(|| format!("migration {schema} failed"))?;
            } else if schema > TRAIL_SCHEMA {
                // a later schema's tracked tables join the trail as they are created
                lite.execute_batch(&trail::triggers_sql(schema))
                    .with_context(|| format!("migration {schema} failed"))?;
            }
            if schema == CHECKS_SCHEMA {
                rewrite_in_checks(lite).with_context(|| format!("migration {schema} failed"))?;
            }
        }
        lite.pragma_update(None, "application_id", APPLICATION_ID)?;
        lite.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
        guard.commit()?;
        Ok(())
    }

    /// Bring a PostgreSQL store's schema up to date, numbered with SQLite's: migration
    /// N builds the same tables on both. Under the writers' lock, so that two clients
    /// opening a new database at once migrate it once.
    fn migrate_postgres(&self) -> Result<()> {
        if pg_version(&self.conn)? == Some(PG_MIGRATIONS.len() as i64) {
            return Ok(());
        }
        let guard = Begun::begin(&self.conn, Begin::Write)?;
        let version = pg_version(&self.conn)?;
        let from = version.unwrap_or(0);
        if from > PG_MIGRATIONS.len() as i64 {
            return Err(newer_store(&self.location, from).into());
        }
        for (i, sql) in PG_MIGRATIONS.iter().enumerate().skip(from as usize) {
            let schema = i + 1;
            self.conn
                .batch(sql)
                .with_context(|| format!("migration {schema} failed"))?;
            if schema >= TRAIL_SCHEMA {
                self.conn
                    .batch(&trail::pg_triggers_sql(schema))
                    .with_context(|| format!("migration {schema} failed"))?;
            }
        }
        self.conn.execute("DELETE FROM careward_store", params![])?;
        self.conn.execute(
            "INSERT INTO careward_store (application, version) VALUES ('careward', ?1)",
            params![PG_MIGRATIONS.len() as i64],
        )?;
        guard.commit()?;
        Ok(())
    }

    /// Run one command's work in one transaction, at `now` — or at the newest audit
    /// event's time if `now` is earlier (see [`clock_floor`]). If `body` fails, its transaction is
    /// rolled back, and `on_failure` may record the refusal (the audit event of a
    /// denial) in a transaction of its own. With `dry_run` no change is committed, but
    /// what the audit trail must not lose still is, marked as a dry run: the refusal,
    /// and every read of clinical content ([`Tx::append_read`]).
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
        let guard = Begun::begin(&self.conn, Begin::Write)?;
        let now = clock_floor(&self.conn, now)?;
        let body_tx = Tx::new(&self.conn, &now, dry_run)?;
        let outcome = body(&body_tx);
        let err = match outcome {
            Ok(value) => {
                if !dry_run {
                    body_tx.flush_audit_head()?;
                    drop(body_tx);
                    guard.commit()?;
                    return Ok(value);
                }
                let reads = body_tx.kept.take();
                drop(body_tx);
                guard.rollback()?;
                if !reads.is_empty() {
                    self.append_apart(&now, |tx| {
                        for read in &reads {
                            tx.append_audit(&read.as_record())?;
                        }
                        Ok(())
                    })?;
                }
                return Ok(value);
            }
            Err(err) => err,
        };
        drop(body_tx);
        guard.rollback()?;
        // The refusal is recorded in a transaction of its own, the command's changes
        // undone; a dry run's refusal is recorded all the same.
        self.append_apart(&now, |tx| on_failure(tx, &err))?;
        Err(err)
    }

    /// Run a command that only reads (`perm check`, lists, shows) in a read transaction
    /// (on SQLite `BEGIN DEFERRED` with the connection `query_only`, on PostgreSQL a
    /// `READ ONLY` snapshot, so that a stray write fails): it neither waits for a
    /// writer nor holds one up, however long it runs. What it
    /// audits — a read of clinical content, a batch's questions, kept by
    /// [`Tx::append_kept`] — is written when it is done, and a refusal (by `on_failure`),
    /// each in a short write transaction of its own; as in [`Store::transaction`], a
    /// command that fails keeps only its refusal.
    pub fn read<T>(
        &mut self,
        now: &str,
        dry_run: bool,
        body: impl FnOnce(&Tx) -> Result<T>,
        on_failure: impl FnOnce(&Tx, &anyhow::Error) -> Result<()>,
    ) -> Result<T> {
        let (now, outcome, kept) = self.read_only(now, dry_run, body)?;
        match outcome {
            Ok(value) => {
                if !kept.is_empty() {
                    self.append_apart(&now, |tx| {
                        for event in &kept {
                            tx.append_audit(&event.as_record())?;
                        }
                        Ok(())
                    })?;
                }
                Ok(value)
            }
            Err(err) => {
                self.append_apart(&now, |tx| on_failure(tx, &err))?;
                Err(err)
            }
        }
    }

    /// The read transaction of [`Store::read`]: the time it worked at, what `body`
    /// answered, and the audit events it kept.
    #[allow(clippy::type_complexity)]
    fn read_only<T>(
        &mut self,
        now: &str,
        dry_run: bool,
        body: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<(String, Result<T>, Vec<audit::KeptEvent>)> {
        let guard = Begun::begin(&self.conn, Begin::Read)?;
        let now = clock_floor(&self.conn, now)?;
        let mut body_tx = Tx::new(&self.conn, &now, dry_run)?;
        body_tx.read_only = true;
        let outcome = body(&body_tx);
        let kept = body_tx.kept.take();
        drop(body_tx);
        // nothing was written: ending the transaction only lets go of its snapshot
        guard.rollback()?;
        Ok((now, outcome, kept))
    }

    /// Append audit events in a transaction of their own, marked as a dry run's.
    fn append_apart(&mut self, now: &str, append: impl FnOnce(&Tx) -> Result<()>) -> Result<()> {
        let guard = Begun::begin(&self.conn, Begin::Write)?;
        let now = clock_floor(&self.conn, now)?;
        let audit_tx = Tx::new(&self.conn, &now, false)?;
        append(&audit_tx)?;
        audit_tx.flush_audit_head()?;
        drop(audit_tx);
        guard.commit()?;
        Ok(())
    }
}

/// The key of PostgreSQL's advisory lock that careward's writers hold ("CARW").
const WRITERS_LOCK: i64 = 0x4341_5257;

/// What a transaction may do.
#[derive(Clone, Copy)]
enum Begin {
    /// Change the store: one writer at a time (SQLite's `BEGIN IMMEDIATE`; on
    /// PostgreSQL the writers' advisory lock), so that every check a command makes
    /// before a change — the last administrator, the seats, the chain's head — still
    /// holds when it commits, however many clients race.
    Write,
    /// Only read, from one snapshot that never waits for a writer.
    Read,
}

/// An open transaction, rolled back when dropped unless committed.
struct Begun<'c> {
    conn: &'c Conn,
    kind: Begin,
    open: bool,
}

impl<'c> Begun<'c> {
    fn begin(conn: &'c Conn, kind: Begin) -> Result<Begun<'c>> {
        match (conn.dialect(), kind) {
            (Dialect::Sqlite, Begin::Write) => conn.batch("BEGIN IMMEDIATE")?,
            (Dialect::Sqlite, Begin::Read) => {
                conn.batch("PRAGMA query_only = 1; BEGIN DEFERRED")?
            }
            (Dialect::Postgres, Begin::Write) => {
                // A write may grow a table from a few rows to 100,000 in one transaction
                // (an import, a seed). After five runs PostgreSQL may keep a prepared
                // statement's generic plan, made when the table was small: a sequential
                // scan, run again for every row. Planning each run sees the table's size.
                conn.batch(
                    "BEGIN ISOLATION LEVEL READ COMMITTED; \
                     SET LOCAL plan_cache_mode = force_custom_plan",
                )?;
                let locked =
                    conn.execute("SELECT pg_advisory_xact_lock(?1)", params![WRITERS_LOCK]);
                if let Err(e) = locked {
                    let _ = conn.batch("ROLLBACK");
                    return Err(e.into());
                }
            }
            (Dialect::Postgres, Begin::Read) => {
                conn.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?
            }
        }
        Ok(Begun {
            conn,
            kind,
            open: true,
        })
    }

    fn commit(mut self) -> Result<()> {
        self.open = false;
        self.end("COMMIT")
    }

    fn rollback(mut self) -> Result<()> {
        self.open = false;
        self.end("ROLLBACK")
    }

    fn end(&self, how: &str) -> Result<()> {
        let ended = self.conn.batch(how);
        if let (Dialect::Sqlite, Begin::Read) = (self.conn.dialect(), self.kind) {
            self.conn.batch("PRAGMA query_only = 0")?;
        }
        Ok(ended?)
    }
}

impl Drop for Begun<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.end("ROLLBACK");
        }
    }
}

/// "No careward store at …", with how to make one.
fn not_found(place: &str) -> Error {
    Error::not_found(format!("no careward store at {place}"))
        .hinted("create an organisation first: careward org init SLUG --name NAME --kind clinic --policy group-practice --admin EMAIL")
}

/// A store whose schema is newer than this careward knows.
fn newer_store(location: &Location, version: i64) -> Error {
    Error::failure(format!(
        "{location} was written by a newer careward (schema {version}; this careward knows up to {})",
        MIGRATIONS.len()
    ))
    .hinted("upgrade careward to open this store")
}

/// Refuse, without writing to it, a file that is not a careward store, or one from a
/// newer careward.
fn check_identity(conn: &Connection, path: &Path, fresh: bool) -> Result<()> {
    let not_ours = |why: String| -> anyhow::Error {
        Error::failure(format!("{} is not a careward store: {why}", path.display()))
            .hinted("point --db (or CAREWARD_DB) at a careward store, or at a new file name")
            .into()
    };
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|e| match db::DbError::from(e) {
            e if e.is_busy() => anyhow::Error::from(e),
            e => not_ours(e.to_string()),
        })?;
    if app_id == APPLICATION_ID {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > MIGRATIONS.len() as i64 {
            return Err(newer_store(&Location::File(path.to_path_buf()), version).into());
        }
        return Ok(());
    }
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(|e| match db::DbError::from(e) {
            e if e.is_busy() => anyhow::Error::from(e),
            e => not_ours(e.to_string()),
        })?;
    if fresh && tables == 0 && app_id == 0 {
        return Ok(());
    }
    Err(not_ours(if app_id == 0 {
        "it is an SQLite database of another program".into()
    } else {
        format!("its application id is {app_id:#x}")
    }))
}

/// The schema version of a PostgreSQL store; `None` when the database has no careward
/// schema yet. A database that holds tables of another program is refused.
fn pg_version(conn: &Conn) -> Result<Option<i64>> {
    let ours: bool = conn.query_row(
        "SELECT to_regclass('careward_store') IS NOT NULL",
        params![],
        |r| r.get(0),
    )?;
    if ours {
        let row: Option<(String, i64)> = conn
            .query_row(
                "SELECT application, version FROM careward_store",
                params![],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        return Ok(Some(row.map_or(0, |(_, v)| v)));
    }
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        params![],
        |r| r.get(0),
    )?;
    if tables > 0 {
        return Err(Error::failure(
            "this PostgreSQL database is not a careward store: it holds other tables",
        )
        .hinted("point --db (or CAREWARD_DB) at a careward database, or at a new, empty one")
        .into());
    }
    Ok(None)
}

/// One command's transaction: every query and change goes through it.
pub struct Tx<'c> {
    conn: &'c Conn,
    now: String,
    /// where this transaction stands in the audit trail (see [`audit::Cursor`])
    audit_head: RefCell<audit::Cursor>,
    /// a dry run: nothing it changes is kept, except the reads it queues in `kept`
    dry_run: bool,
    /// a read transaction ([`Store::read`]): what it audits is queued in `kept`
    read_only: bool,
    kept: RefCell<Vec<audit::KeptEvent>>,
}

impl<'c> Tx<'c> {
    fn new(conn: &'c Conn, now: &str, dry_run: bool) -> Result<Tx<'c>> {
        let tx = Tx {
            conn,
            now: now.to_string(),
            audit_head: RefCell::new(audit::Cursor::default()),
            dry_run,
            read_only: false,
            kept: RefCell::new(Vec::new()),
        };
        tx.open_trail()?;
        Ok(tx)
    }

    /// Whether this transaction is a dry run's, which commits no change.
    pub fn dry_run(&self) -> bool {
        self.dry_run
    }

    /// Whether this is a read transaction ([`Store::read`]), which changes nothing.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    pub fn now(&self) -> &str {
        &self.now
    }

    fn dialect(&self) -> Dialect {
        self.conn.dialect()
    }

    /// One row, through the statement cache: a bulk command runs the same statements
    /// thousands of times, and parsing them once is most of the saving.
    //
    // A cached statement is parsed again when a new value is bound to a parameter that
    // SQLite's constant propagation used — which happens in a join (`a.x = ?1` joined
    // to `b`). The hot joined lookups therefore bind as `= +?N`, which SQLite does not
    // propagate, and which still uses the index.
    fn one<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> DbResult<T>,
    ) -> DbResult<T> {
        self.conn.query_row(sql, params, f)
    }

    /// Every row of a query, through the statement cache.
    fn all<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnMut(&Row) -> DbResult<T>,
    ) -> DbResult<Vec<T>> {
        self.conn.query_map(sql, params, f)
    }

    /// Insert one row; the id it was given ([`Conn::insert_id`]).
    fn insert_id(&self, sql: &str, params: &[&dyn Param]) -> DbResult<i64> {
        self.conn.insert_id(sql, params)
    }

    /// Run a statement through the statement cache; the number of rows it changed.
    fn run(&self, sql: &str, params: &[&dyn Param]) -> DbResult<usize> {
        self.conn.execute(sql, params)
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

/// The time a transaction works at: `now`, unless the newest audit event is later, when
/// it is that event's time. A clock set back (by mistake or on purpose) therefore never
/// revives what has expired — an emergency grant, a share with `--until` — nor spares
/// from purging a deleted record whose restore window had closed, and the trail's times
/// never run backwards. Read inside the transaction, after its write lock is taken.
fn clock_floor(conn: &Conn, now: &str) -> Result<String> {
    // `max(id)` is one step to the b-tree's last row
    let newest: Option<String> = conn
        .query_row(
            "SELECT at FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
            params![],
            |r| r.get(0),
        )
        .optional()?;
    let parse = |t: &str| t.parse::<jiff::Timestamp>().ok();
    Ok(match (newest, parse(now)) {
        (Some(at), Some(clock)) if parse(&at).is_some_and(|at| at > clock) => at,
        _ => now.to_string(),
    })
}

/// Rewrite every table's `CHECK (col IN (a, b))` as `CHECK (col = a OR col = b)`: the
/// same constraint, without the temporary b-tree SQLite builds for an IN list on each
/// insert. The definitions are edited in place (SQLite's documented way to change a
/// constraint that the rows already meet), then the schema's version is moved on so
/// that every connection reads them again.
fn rewrite_in_checks(conn: &Connection) -> Result<()> {
    let tables: Vec<(String, String)> = conn
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK (% IN (%'")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if tables.is_empty() {
        return Ok(());
    }
    let version: i64 = conn.pragma_query_value(None, "schema_version", |r| r.get(0))?;
    conn.pragma_update(None, "writable_schema", true)?;
    let rewritten = (|| -> Result<()> {
        for (name, sql) in &tables {
            conn.execute(
                "UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = ?2",
                rusqlite::params![in_checks_as_or(sql), name],
            )?;
        }
        conn.pragma_update(None, "schema_version", version + 1)?;
        Ok(())
    })();
    conn.pragma_update(None, "writable_schema", false)?;
    rewritten
}

/// `CHECK (col IN (a, b))` → `CHECK (col = a OR col = b)` in a table's definition. The
/// lists are careward's own: words, quoted words and numbers, no nested parentheses.
fn in_checks_as_or(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut rest = sql;
    while let Some(at) = rest.find("CHECK (") {
        let (before, from) = rest.split_at(at + "CHECK (".len());
        out.push_str(before);
        let rewritten = from.split_once(" IN (").and_then(|(col, list)| {
            let col = col.trim();
            let (values, after) = list.split_once("))")?;
            let simple =
                col.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !values.contains('(');
            simple.then(|| {
                let alternatives: Vec<String> = values
                    .split(',')
                    .map(|v| format!("{col} = {}", v.trim()))
                    .collect();
                (format!("{})", alternatives.join(" OR ")), after)
            })
        });
        match rewritten {
            Some((checks, after)) => {
                out.push_str(&checks);
                rest = after;
            }
            None => rest = from,
        }
    }
    out.push_str(rest);
    out
}

/// The store's own file and SQLite's companions to it.
fn store_files(path: &Path) -> [PathBuf; 3] {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [path.to_path_buf(), with("-wal"), with("-shm")]
}

/// Create `dir` and its missing parents, each readable by its owner only (0700).
fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))
}

/// Take away what a group or other users may do with `file`, if it exists.
pub(crate) fn make_private(file: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = match std::fs::metadata(file) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", file.display())),
        };
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(mode & 0o700))
                .map_err(|e| {
                    Error::failure(format!(
                        "{} is open to other users (mode {mode:04o}) and careward cannot make it private: {e}",
                        file.display()
                    ))
                    .hinted(format!("as its owner, run: chmod 600 {}", file.display()))
                })?;
        }
    }
    Ok(())
}

/// An error as the user should read it: where the database gave up waiting for another
/// process's write, "the store is busy" (exit 7) instead of "database is locked".
pub fn explain_busy(err: anyhow::Error, store: &Location, waited: Duration) -> anyhow::Error {
    let busy = err.chain().any(|e| {
        e.downcast_ref::<db::DbError>()
            .is_some_and(db::DbError::is_busy)
            || e.downcast_ref::<rusqlite::Error>()
                .is_some_and(db::lite_busy)
    });
    if !busy || crate::error::find(&err).is_some() {
        return err;
    }
    Error::busy(format!(
        "the store {store} is busy: another process kept it locked for longer than {}s",
        waited.as_secs()
    ))
    .hinted("nothing was changed; run the command again, or wait longer with --busy-timeout SECONDS (CAREWARD_BUSY_TIMEOUT)")
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_checks_become_alternatives_and_other_checks_stay() {
        let sql = "CREATE TABLE t (a TEXT NOT NULL CHECK (a IN ('x', 'pending-approval')), \
                   n INTEGER CHECK (n IS NULL OR n >= 0), b INTEGER CHECK (b IN (0, 1)), \
                   CHECK ((m IS NULL) <> (k IS NULL)))";
        assert_eq!(
            in_checks_as_or(sql),
            "CREATE TABLE t (a TEXT NOT NULL CHECK (a = 'x' OR a = 'pending-approval'), \
             n INTEGER CHECK (n IS NULL OR n >= 0), b INTEGER CHECK (b = 0 OR b = 1), \
             CHECK ((m IS NULL) <> (k IS NULL)))"
        );
    }

    #[test]
    fn a_new_store_has_no_in_list_check_and_still_refuses_what_they_refused() {
        let store = Store::scratch().unwrap();
        let conn = store.conn.sqlite().unwrap();
        let left: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%CHECK (% IN (%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0);
        conn.execute_batch(
                "INSERT INTO org (id, slug, name, kind, policy_source, created_at) VALUES (1, 'o', 'O', 'clinic', 'p', 't');
                 INSERT INTO member (org_id, email, status, invited_by, invited_at, status_since) VALUES (1, 'a@x', 'active', 'x', 't', 't');",
            )
            .unwrap();
        let bad = conn.execute(
            "INSERT INTO member (org_id, email, status, invited_by, invited_at, status_since) VALUES (1, 'b@x', 'superuser', 'x', 't', 't')",
            [],
        );
        assert!(
            bad.unwrap_err()
                .to_string()
                .contains("CHECK constraint failed")
        );
        let bad = conn.execute(
            "INSERT INTO org (slug, name, kind, policy_source, created_at) VALUES ('p', 'P', 'bank', 'p', 't')",
            [],
        );
        assert!(
            bad.unwrap_err()
                .to_string()
                .contains("CHECK constraint failed")
        );
    }
}

/// Every statement a test's store connections run, for the tests that hold what a
/// command runs to an index (`EXPLAIN QUERY PLAN`).
#[cfg(test)]
pub(crate) mod traced {
    use std::cell::RefCell;

    use rusqlite::Connection;
    use rusqlite::trace::{TraceEvent, TraceEventCodes};

    thread_local! {
        static STATEMENTS: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
    }

    pub(super) fn trace(conn: &mut Connection) -> rusqlite::Result<()> {
        conn.trace_v2(
            TraceEventCodes::SQLITE_TRACE_STMT,
            Some(|event: TraceEvent<'_>| {
                if let TraceEvent::Stmt(_, sql) = event {
                    STATEMENTS.with(|s| {
                        if let Some(list) = s.borrow_mut().as_mut() {
                            list.push(sql.to_string());
                        }
                    });
                }
            }),
        )
    }

    /// The table scans in the query plans of `statements` on the store at `db`: each
    /// `SCAN` detail (but a constant's), with the statement it is in.
    pub fn table_scans<'a>(
        db: &std::path::Path,
        statements: impl IntoIterator<Item = &'a String>,
    ) -> Vec<String> {
        let conn = Connection::open(db).unwrap();
        let mut scans = Vec::new();
        for sql in statements.into_iter().filter(|s| !s.starts_with("--")) {
            let mut plan = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            // parameters left unbound: the plan is the one any value gets
            let mut rows = plan.raw_query();
            while let Some(row) = rows.next().unwrap() {
                let detail = row.get::<_, String>(3).unwrap();
                if detail.starts_with("SCAN ") && !detail.starts_with("SCAN CONSTANT") {
                    scans.push(format!("{detail}\n    in: {sql}"));
                }
            }
        }
        scans
    }

    /// Run `f`, and return the SQL of every statement it ran, in order, on this thread.
    pub fn statements<T>(f: impl FnOnce() -> T) -> (T, Vec<String>) {
        STATEMENTS.with(|s| *s.borrow_mut() = Some(Vec::new()));
        let value = f();
        let ran = STATEMENTS
            .with(|s| s.borrow_mut().take())
            .unwrap_or_default();
        (value, ran)
    }
}
