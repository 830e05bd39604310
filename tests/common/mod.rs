//! The test environment: a temporary store, the real binary, and each run's stdout,
//! stderr and exit code shown together as one transcript.

pub mod records;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The fixed clock every test runs at (CAREWARD_NOW), so output is reproducible.
pub const NOW: &str = "2026-11-23T09:00:00Z";

pub struct TestEnv {
    dir: TempDir,
    pub now: String,
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
        }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("careward.db")
    }

    /// A command for the binary with the store, the clock and a clean environment set.
    pub fn command(&self) -> Command {
        let mut cmd = Command::cargo_bin("careward").expect("the careward binary");
        cmd.current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("USER", "tester")
            .env("CAREWARD_DB", self.db())
            .env("CAREWARD_NOW", &self.now);
        cmd
    }

    /// Run `careward ARGS…`.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(self.command(), args, None)
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
        let env = TestEnv::new();
        env.run(&[
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
        ])
        .ok();
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
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).expect("the store opens")
    }

    /// The store file's bytes (with its WAL checkpointed), to prove a command changed nothing.
    pub fn snapshot(&self) -> Vec<u8> {
        let conn = self.sql();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .expect("checkpoint");
        drop(conn);
        std::fs::read(self.db()).expect("the store file")
    }
}
