//! The test environment: a temporary store, the real binary, and each run's stdout,
//! stderr and exit code shown together as one transcript.

pub mod contents;
pub mod db;
pub mod pg;
pub mod records;

use std::path::{Path, PathBuf};

pub use db::{Cell, TestDb};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The fixed clock every test runs at (CAREWARD_NOW), so output is reproducible.
pub const NOW: &str = "2026-11-23T09:00:00Z";

pub struct TestEnv {
    dir: TempDir,
    pub now: String,
    /// The test's own PostgreSQL database, when CAREWARD_TEST_POSTGRES is set.
    pg: Option<pg::Database>,
}

/// One run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout, stderr and the exit code as one text, for assertions and failure messages.
    pub fn transcript(&self) -> String {
        format!(
            "{}{}[exit {}]\n",
            self.stdout,
            prefixed(&self.stderr),
            self.code
        )
    }

    /// Assert the exit code, showing the whole transcript when it differs.
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Run {
        assert_eq!(
            self.code,
            expected,
            "unexpected exit code:\n{}",
            self.transcript()
        );
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Run {
        self.code(0)
    }

    /// stdout parsed as JSON (run with --format json).
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.transcript()))
    }

    /// Assert that stderr contains `text`.
    #[track_caller]
    pub fn stderr_has(&self, text: &str) -> &Run {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.transcript()
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, text: &str) -> &Run {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}",
            self.transcript()
        );
        self
    }
}

fn prefixed(stderr: &str) -> String {
    stderr.lines().map(|l| format!("! {l}\n")).collect()
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: TempDir::new().expect("a temporary directory"),
            now: NOW.to_string(),
            pg: pg::Database::for_test(),
        }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The SQLite store's file. Under PostgreSQL there is none: a test about the file
    /// says so first with [`TestEnv::sqlite_only`].
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("careward.db")
    }

    /// What CAREWARD_DB (or `--db`) names: the SQLite file's path, or the test
    /// database's postgres:// URL.
    pub fn store_url(&self) -> String {
        match &self.pg {
            Some(pg) => pg.url.clone(),
            None => self.db().display().to_string(),
        }
    }

    /// A new environment whose store is a copy of this one's (the file, or a PostgreSQL
    /// database made with this one as its template): to run a command many times from
    /// the same state. Nothing may be writing to this store meanwhile.
    pub fn clone_store(&self) -> TestEnv {
        let dir = TempDir::new().expect("a temporary directory");
        let pg = match &self.pg {
            Some(pg) => Some(pg.copy()),
            None => {
                self.sql().execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
                std::fs::copy(self.db(), dir.path().join("careward.db")).expect("the store copies");
                None
            }
        };
        TestEnv {
            dir,
            now: self.now.clone(),
            pg,
        }
    }

    /// Whether the suite runs against PostgreSQL (CAREWARD_TEST_POSTGRES).
    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// Whether a careward store exists: the SQLite file, or careward's tables (its
    /// `careward_store`) in the test's PostgreSQL database, which the harness makes empty.
    pub fn store_exists(&self) -> bool {
        match &self.pg {
            Some(_) => self.sql().tables().iter().any(|t| t == "careward_store"),
            None => self.db().exists(),
        }
    }

    /// True, with the reason printed, when the suite runs against PostgreSQL: a test
    /// about SQLite's file (its bytes, modes, locks, `-wal`) returns early then.
    /// `if env.sqlite_only("why") { return; }`
    pub fn sqlite_only(&self, why: &str) -> bool {
        if self.is_postgres() {
            skipped(&format!("not on PostgreSQL: {why}"));
        }
        self.is_postgres()
    }

    /// True, with the reason printed, when the suite runs against SQLite: a test of
    /// what only a PostgreSQL store has returns early then (tests/commands/postgres.rs).
    /// `if env.postgres_only() { return; }`
    pub fn postgres_only(&self) -> bool {
        if !self.is_postgres() {
            skipped(&format!("PostgreSQL only; set {} to run it", pg::VAR));
        }
        !self.is_postgres()
    }

    /// A command for the binary with the store, the clock and a clean environment set.
    pub fn command(&self) -> Command {
        let mut cmd = Command::cargo_bin("careward").expect("the careward binary");
        cmd.current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("USER", "tester")
            .env("CAREWARD_DB", self.store_url())
            .env("CAREWARD_NOW", &self.now)
            // times without an offset are local: the same zone on every machine
            .env("TZ", "UTC");
        cmd
    }

    /// Run `careward ARGS…`.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(self.command(), args, None)
    }

    /// Run `careward ARGS… --as ACTOR` with `stdin` as standard input.
    pub fn as_stdin(&self, actor: &str, args: &[&str], stdin: &str) -> Run {
        let mut all = args.to_vec();
        all.extend(["--as", actor]);
        self.run_stdin(&all, stdin)
    }

    /// Run `careward ARGS…` with `stdin` as standard input.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.run_with(self.command(), args, Some(stdin))
    }

    pub fn run_with(&self, mut cmd: Command, args: &[&str], stdin: Option<&str>) -> Run {
        cmd.args(args);
        if let Some(input) = stdin {
            cmd.write_stdin(input.to_string());
        }
        let out = cmd.output().expect("careward runs");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `careward ARGS… --as ACTOR`.
    pub fn as_(&self, actor: &str, args: &[&str]) -> Run {
        let mut all = args.to_vec();
        all.extend(["--as", actor]);
        self.run(&all)
    }

    /// A group-practice organisation `demo` of the given kind with administrator
    /// admin@demo.org.
    pub fn org(kind: &str) -> TestEnv {
        TestEnv::org_with(kind, &[])
    }

    /// [`TestEnv::org`] with more `org init` options (`--seats N`, …).
    pub fn org_with(kind: &str, extra: &[&str]) -> TestEnv {
        let env = TestEnv::new();
        let mut args = vec![
            "org",
            "init",
            "demo",
            "--name",
            "Demo Practice",
            "--kind",
            kind,
            "--policy",
            "group-practice",
            "--admin",
            "admin@demo.org",
        ];
        args.extend(extra);
        env.run(&args).ok();
        env
    }

    /// Add an active member with roles, as admin@demo.org.
    pub fn add(&self, email: &str, roles: &[&str]) {
        let mut args = vec!["member", "invite", email, "--accepted"];
        for r in roles {
            args.extend(["--role", r]);
        }
        self.as_("admin@demo.org", &args).ok();
    }

    /// Open the store directly (sqlx-cli style): check what a command did.
    pub fn sql(&self) -> TestDb {
        match &self.pg {
            Some(pg) => TestDb::Postgres(pg.connect().into()),
            None => TestDb::Sqlite(rusqlite::Connection::open(self.db()).expect("the store opens")),
        }
    }

    /// A connection that holds the store's write lock, as another careward would
    /// mid-import, until it runs `COMMIT` (or is dropped): SQLite's `BEGIN IMMEDIATE`;
    /// on PostgreSQL the advisory lock careward's writers take (its key is
    /// src/store's WRITERS_LOCK, "CARW").
    pub fn hold_write_lock(&self) -> TestDb {
        let db = self.sql();
        if db.is_postgres() {
            db.execute_batch("BEGIN; SELECT pg_advisory_xact_lock(1128354391);");
        } else {
            db.execute_batch("BEGIN IMMEDIATE;");
        }
        db
    }

    /// What proves a command changed nothing at all, its audit trail included: the
    /// SQLite file's bytes (with its WAL checkpointed); on PostgreSQL every row of
    /// every table.
    pub fn snapshot(&self) -> Vec<u8> {
        match self.sql() {
            TestDb::Sqlite(conn) => {
                conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
                    .expect("checkpoint");
                drop(conn);
                std::fs::read(self.db()).expect("the store file")
            }
            db => db.dump(&db.tables()).into_bytes(),
        }
    }
}

impl Run {
    /// Assert that stderr's first line is exactly `error: {message}`.
    #[track_caller]
    pub fn error(&self, message: &str) -> &Run {
        let first = self.stderr.lines().next().unwrap_or_default();
        assert_eq!(
            first,
            format!("error: {message}"),
            "unexpected error line:\n{}",
            self.transcript()
        );
        self
    }

    /// Assert that stderr has the line `hint: {hint}`.
    #[track_caller]
    pub fn hint(&self, hint: &str) -> &Run {
        let want = format!("hint: {hint}");
        assert!(
            self.stderr.lines().any(|l| l == want),
            "stderr lacks the line {want:?}:\n{}",
            self.transcript()
        );
        self
    }

    /// Assert that nothing was written to stdout.
    #[track_caller]
    pub fn no_stdout(&self) -> &Run {
        assert!(
            self.stdout.is_empty(),
            "stdout should be empty:\n{}",
            self.transcript()
        );
        self
    }
}

impl TestEnv {
    /// `careward ARGS… --as ACTOR --format json`, expected to succeed; its JSON.
    #[track_caller]
    pub fn json_as(&self, actor: &str, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        let run = self.as_(actor, &all);
        run.ok();
        run.json()
    }

    /// The audit trail as the administrator reads it, oldest first.
    #[track_caller]
    pub fn audit(&self, filters: &[&str]) -> Vec<Value> {
        let mut args = vec!["audit", "log"];
        args.extend(filters);
        match self.json_as("admin@demo.org", &args) {
            Value::Array(events) => events,
            other => panic!("audit log is not a list: {other}"),
        }
    }

    /// Every row of the store but the audit trail's, as text: what a refused or dry
    /// command must leave as it was (its audit event aside). The same text on both
    /// backends (PostgreSQL's `careward_store`, SQLite's pragmas, is left out).
    pub fn data(&self) -> String {
        let db = self.sql();
        let tables: Vec<String> = db
            .tables()
            .into_iter()
            .filter(|t| !t.starts_with("audit") && t != "careward_store")
            .collect();
        db.dump(&tables)
    }

    /// A member's status, read from the store itself.
    pub fn status_of(&self, email: &str) -> String {
        self.sql()
            .query_text("SELECT status FROM member WHERE email = ?1", &[&email])
    }

    /// (action, target, outcome, details) of every audit event after the first `skip`,
    /// read from the store itself.
    pub fn events(&self, skip: i64) -> Vec<(String, String, String, Value)> {
        self.sql()
            .query_rows(
                "SELECT action, target, outcome, details FROM audit_event WHERE id > ?1 ORDER BY id",
                &[&skip],
            )
            .into_iter()
            .map(|r| {
                (
                    r[0].text(),
                    r[1].text(),
                    r[2].text(),
                    serde_json::from_str(&r[3].text()).unwrap_or(Value::Null),
                )
            })
            .collect()
    }

    /// How many audit events the store holds.
    pub fn audit_count(&self) -> i64 {
        self.sql()
            .query_i64("SELECT count(*) FROM audit_event", &[])
    }
}

impl TestEnv {
    /// The binary as a plain `std::process::Command`, with the same store, clock and
    /// environment as [`TestEnv::command`], for tests that wire its streams themselves.
    pub fn std_command(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_careward"));
        cmd.current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("USER", "tester")
            .env("CAREWARD_DB", self.store_url())
            .env("CAREWARD_NOW", &self.now)
            // times without an offset are local: the same zone on every machine
            .env("TZ", "UTC");
        cmd
    }

    /// Write `text` to a file in the test's directory; its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("the file is written");
        path
    }
}

/// Say, past the test harness's capture of `eprintln!` (a skip is news on a passing
/// run too), that the running test skips a check, and why.
fn skipped(why: &str) {
    use std::io::Write;
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let _ = writeln!(std::io::stderr(), "{test}: skipped: {why}");
}

/// The name of the user running the tests, as the system's user database has it
/// (`id -un`): the OS user the audit trail records, whatever `$USER` says.
pub fn os_user() -> String {
    let out = std::process::Command::new("id")
        .arg("-un")
        .output()
        .expect("id runs");
    let name = String::from_utf8(out.stdout).expect("a user name");
    assert!(out.status.success() && !name.trim().is_empty());
    name.trim().to_string()
}

/// The administrator `org init` makes in [`TestEnv::clinic`].
pub const CLINIC_ADMIN: &str = "admin@clinic.org";

impl TestEnv {
    /// A psychiatry-clinic organisation `clinic` (seed 004) with administrator
    /// admin@clinic.org.
    pub fn clinic() -> TestEnv {
        TestEnv::clinic_with(&[])
    }

    /// [`TestEnv::clinic`] with more `org init` options (`--seats N`, `--invitations N`).
    pub fn clinic_with(extra: &[&str]) -> TestEnv {
        let env = TestEnv::new();
        let mut args = vec![
            "org",
            "init",
            "clinic",
            "--name",
            "C",
            "--kind",
            "clinic",
            "--policy",
            "psychiatry-clinic",
            "--admin",
            CLINIC_ADMIN,
        ];
        args.extend_from_slice(extra);
        env.run(&args).ok();
        env
    }
}
