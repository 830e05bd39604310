//! `store backup`: a consistent copy of the whole store, taken while other processes
//! write to it. `VACUUM INTO` reads one snapshot (a read transaction of its own, which
//! WAL lets run beside writers) and writes it, compacted, to an empty file. A store in
//! PostgreSQL is copied, from one snapshot, into a new SQLite file.

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::db::params;
use super::{Location, Store};

/// What a copy holds.
#[derive(Debug)]
pub struct BackupCopy {
    /// the organisations in it, by id
    pub orgs: Vec<i64>,
    /// the newest audit event in it: id and hash (0 and "" when it has none)
    pub last_event: i64,
    pub last_hash: String,
    pub bytes: u64,
}

impl Store {
    /// Copy the store into `file`, which must exist and be empty (the caller created it
    /// private to its owner), and flush the copy to disk. Not inside a transaction: on
    /// SQLite `VACUUM INTO` takes its own snapshot; from PostgreSQL every organisation
    /// is copied into a new SQLite store at `file` from one snapshot ([`Store::copy_orgs`]),
    /// so that a backup is the same kind of file whichever store it was taken from.
    pub fn backup_into(&self, file: &Path) -> Result<BackupCopy> {
        let target = file
            .to_str()
            .with_context(|| format!("{} is not a UTF-8 path", file.display()))?;
        match self.conn.sqlite() {
            Some(lite) => {
                lite.execute("VACUUM INTO ?1", [target])
                    .with_context(|| format!("cannot copy the store to {}", file.display()))?;
            }
            None => {
                let copy = Store::open(
                    &Location::File(file.to_path_buf()),
                    true,
                    std::time::Duration::from_secs(5),
                )?;
                let orgs = self.conn.query_map(
                    "SELECT id, slug FROM org ORDER BY id",
                    params![],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                self.copy_orgs(&copy, &orgs, &file.display().to_string())?;
                drop(copy);
                // one file, without the WAL beside it
                let conn = Connection::open(file)?;
                conn.pragma_update(None, "journal_mode", "DELETE")?;
            }
        }
        std::fs::File::open(file)
            .and_then(|f| f.sync_all())
            .with_context(|| format!("cannot flush {} to disk", file.display()))?;
        read_copy(file)
    }
}

/// What the copy at `file` holds, read without changing it.
fn read_copy(file: &Path) -> Result<BackupCopy> {
    let conn = Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("cannot read the copy {}", file.display()))?;
    let orgs = conn
        .prepare("SELECT id FROM org ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    let (last_event, last_hash) = conn
        .query_row(
            "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, String::new()));
    let bytes = std::fs::metadata(file)?.len();
    Ok(BackupCopy {
        orgs,
        last_event,
        last_hash,
        bytes,
    })
}
