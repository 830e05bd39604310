//! `store copy`: organisations, with their audit trails, from one store into another —
//! an SQLite file or a PostgreSQL database, in either direction.
//!
//! The rows are read from one snapshot of the source and written in one transaction on
//! the target, every id kept as it is: the audit events' hashes cover them, so the
//! copied trail verifies on the target as it did on the source. Rows are copied as
//! values ([`Value`]), column by column as each table names them, so that the two
//! dialects' types meet only in the database layer.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;

use super::db::{Conn, DbResult, Dialect, Param, Value, params};
use super::{Begin, Begun, Org, Store, TrailProblem, Tx, Verified};
use crate::error::Error;

/// A table that holds an organisation's data.
struct Table {
    name: &'static str,
    /// one organisation's rows (`?1`), the table aliased `t`
    of_org: &'static str,
    /// the order rows are copied in: ids ascending, so a row's parents in the same
    /// table come first; `space_member` by its insertion order (SQLite's `rowid`, the
    /// explicit `rowid` column on PostgreSQL), which its readers keep
    order: &'static str,
    /// whether the table's rows are named by an `id`
    has_id: bool,
    /// columns that may name a later row of the same table: copied as NULL, then set
    /// once every row is in (a record's `copy_of` is set after the copy is made)
    later: &'static [&'static str],
}

const fn table(name: &'static str, of_org: &'static str, order: &'static str) -> Table {
    Table {
        name,
        of_org,
        order,
        has_id: false,
        later: &[],
    }
}

const fn with_id(name: &'static str, of_org: &'static str) -> Table {
    Table {
        name,
        of_org,
        order: "t.id",
        has_id: true,
        later: &[],
    }
}

/// Every table of an organisation's data, parents before children (the order their
/// foreign keys need), the audit trail last.
const TABLES: &[Table] = &[
    with_id("org", "org t WHERE t.id = ?1"),
    with_id("member", "member t WHERE t.org_id = ?1"),
    table(
        "member_role",
        "member_role t JOIN member m ON m.id = t.member_id WHERE m.org_id = ?1",
        "t.member_id, t.role",
    ),
    with_id("location", "location t WHERE t.org_id = ?1"),
    table(
        "member_location",
        "member_location t JOIN member m ON m.id = t.member_id WHERE m.org_id = ?1",
        "t.member_id, t.location_id",
    ),
    with_id("team", "team t WHERE t.org_id = ?1"),
    table(
        "team_member",
        "team_member t JOIN team g ON g.id = t.team_id WHERE g.org_id = ?1",
        "t.team_id, t.member_id",
    ),
    with_id("library_item", "library_item t WHERE t.org_id = ?1"),
    Table {
        later: &["copy_of"],
        ..with_id("record", "record t WHERE t.org_id = ?1")
    },
    with_id(
        "share",
        "share t JOIN record r ON r.id = t.record_id WHERE r.org_id = ?1",
    ),
    with_id(
        "transfer",
        "transfer t JOIN record r ON r.id = t.record_id WHERE r.org_id = ?1",
    ),
    table(
        "assistant_assignment",
        "assistant_assignment t JOIN member m ON m.id = t.assistant_id WHERE m.org_id = ?1",
        "t.assistant_id, t.therapist_id",
    ),
    with_id(
        "entry",
        "entry t JOIN record r ON r.id = t.record_id WHERE r.org_id = ?1",
    ),
    with_id("space", "space t WHERE t.org_id = ?1"),
    table(
        "space_member",
        "space_member t JOIN space s ON s.id = t.space_id WHERE s.org_id = ?1",
        "t.rowid",
    ),
    with_id(
        "space_post",
        "space_post t JOIN space s ON s.id = t.space_id WHERE s.org_id = ?1",
    ),
    with_id(
        "emergency_grant",
        "emergency_grant t JOIN record r ON r.id = t.record_id WHERE r.org_id = ?1",
    ),
    table(
        "approval_requirement",
        "approval_requirement t JOIN record r ON r.id = t.record_id WHERE r.org_id = ?1",
        "t.record_id, t.member_id",
    ),
    with_id("record_group", "record_group t WHERE t.org_id = ?1"),
    table(
        "record_group_member",
        "record_group_member t JOIN record_group g ON g.id = t.group_id WHERE g.org_id = ?1",
        "t.group_id, t.record_id",
    ),
    with_id(
        "group_share",
        "group_share t JOIN record_group g ON g.id = t.group_id WHERE g.org_id = ?1",
    ),
    with_id(
        "tag_link",
        "tag_link t JOIN library_item i ON i.id = t.tag_id WHERE i.org_id = ?1",
    ),
    with_id("org_view", "org_view t WHERE t.org_id = ?1"),
    with_id("audit_event", "audit_event t WHERE t.org_id = ?1"),
    table(
        "audit_chain",
        "audit_chain t WHERE t.org_id = ?1",
        "t.org_id",
    ),
];

/// The tables that are the store's own, not an organisation's: the trail's transient
/// change log (drained into an event by the transaction that logs it) and PostgreSQL's
/// identity row.
const NOT_COPIED: &[&str] = &["audit_change", "careward_store"];

/// Rows written by one `INSERT`: on PostgreSQL each statement is a round trip to the
/// server, so a copy of 20,000 rows one at a time spent most of its time waiting.
const BATCH: usize = 100;

/// PostgreSQL's column for `space_member`'s insertion order, which it generates
/// (SQLite's `rowid` is no column): never copied, made again in the copy's order.
const GENERATED: &str = "rowid";

/// One organisation as copied.
#[derive(Debug)]
pub struct CopiedOrg {
    pub id: i64,
    pub slug: String,
    /// rows read from the source's snapshot and written to the target, by table
    pub rows: BTreeMap<&'static str, u64>,
}

impl CopiedOrg {
    /// Every row copied, the audit trail's included.
    pub fn total(&self) -> u64 {
        self.rows.values().sum()
    }
}

impl Tx<'_> {
    /// Refuse (a conflict) to copy organisation `org` of this store into `target`
    /// when the target holds an organisation of the same slug, or a row with the id
    /// of one of `org`'s rows: the copy keeps every id. `shown` is the target as the
    /// user reads it.
    pub fn check_copy_room(&self, org: &Org, target: &Store, shown: &str) -> Result<()> {
        check_room(self.conn, &target.conn, org.id, &org.slug, shown)
    }
}

impl Store {
    /// Copy organisations `orgs` (id and slug) of this store into `target`: read from
    /// one snapshot of this store, written in one transaction on the target, which is
    /// refused as [`Tx::check_copy_room`] says before anything is written. The rows the
    /// copy makes the target's trail triggers log are not kept: the copied events
    /// already hold those changes. `shown` is the target as the user reads it.
    pub fn copy_orgs(
        &self,
        target: &Store,
        orgs: &[(i64, String)],
        shown: &str,
    ) -> Result<Vec<CopiedOrg>> {
        let snapshot = Begun::begin(&self.conn, Begin::Read)?;
        let write = Begun::begin(&target.conn, Begin::Write)?;
        let columns = copied_columns(&self.conn, &target.conn)?;
        for (id, slug) in orgs {
            check_room(&self.conn, &target.conn, *id, slug, shown)?;
        }
        let floor: i64 = target.conn.query_row(
            "SELECT coalesce(max(seq), 0) FROM audit_change",
            params![],
            |r| r.get(0),
        )?;
        let mut copied = Vec::new();
        for (id, slug) in orgs {
            let mut rows = BTreeMap::new();
            for (table, cols) in TABLES.iter().zip(&columns) {
                let n = copy_table(&self.conn, &target.conn, table, cols, *id)?;
                rows.insert(table.name, n);
            }
            copied.push(CopiedOrg {
                id: *id,
                slug: slug.clone(),
                rows,
            });
        }
        target
            .conn
            .execute("DELETE FROM audit_change WHERE seq > ?1", params![floor])?;
        write.commit()?;
        snapshot.rollback()?;
        Ok(copied)
    }

    /// Check copies on this (the target) store, each as `audit verify` does, and its
    /// rows, table by table, against what was copied: a difference is a failure
    /// naming the table. The verification of each organisation's trail, in order.
    pub fn check_copies(
        &mut self,
        now: &str,
        copied: &[CopiedOrg],
    ) -> Result<Vec<std::result::Result<Verified, TrailProblem>>> {
        self.read(
            now,
            false,
            |tx| {
                let mut verified = Vec::new();
                for org in copied {
                    for table in TABLES {
                        let here: i64 = tx.one(
                            &format!("SELECT count(*) FROM {}", table.of_org),
                            params![org.id],
                            |r| r.get(0),
                        )?;
                        let there = org.rows.get(table.name).copied().unwrap_or(0);
                        if here as u64 != there {
                            return Err(Error::failure(format!(
                                "the copy of {} is not whole: table {} holds {here} of its rows where the source held {there}",
                                org.slug, table.name
                            ))
                            .hinted("the target was changed while the copy was made; delete what was copied and copy again")
                            .into());
                        }
                    }
                    verified.push(tx.verify_audit(org.id, None)?);
                }
                Ok(verified)
            },
            |_, _| Ok(()),
        )
    }
}

/// The conflict check of [`Tx::check_copy_room`], between two connections.
fn check_room(source: &Conn, target: &Conn, org: i64, slug: &str, shown: &str) -> Result<()> {
    let taken = target.query_map("SELECT slug FROM org WHERE slug = ?1", params![slug], |r| {
        r.get::<_, String>(0)
    })?;
    if !taken.is_empty() {
        return Err(
            Error::conflict(format!("{shown} already holds an organisation {slug}"))
                .hinted("copy into another store, or name the organisations to copy with --org")
                .into(),
        );
    }
    for table in TABLES.iter().filter(|t| t.has_id) {
        let ids: Vec<i64> = source.query_map(
            &format!("SELECT t.id FROM {}", table.of_org),
            params![org],
            |r| r.get(0),
        )?;
        if ids.is_empty() {
            continue;
        }
        let list = serde_json::to_string(&ids)?;
        let clashes: i64 = target.query_row(
            &format!(
                "SELECT count(*) FROM {} WHERE id IN ({})",
                table.name,
                target.dialect().ids_from_json("?1")
            ),
            params![list],
            |r| r.get(0),
        )?;
        if clashes > 0 {
            return Err(Error::conflict(format!(
                "{shown} already holds {clashes} {} row(s) with the ids of {slug}'s",
                table.name
            ))
            .hinted("a copy keeps every id, which the audit trail's hashes cover: copy into a new store, or one that holds only organisations copied from the same source")
            .into());
        }
    }
    Ok(())
}

/// The columns to copy of each table of [`TABLES`], in its order: the source's, which
/// the target must have too. Both stores were brought to this careward's schema when
/// opened, so a difference, or a table this list does not know, is careward's error.
fn copied_columns(source: &Conn, target: &Conn) -> Result<Vec<Vec<String>>> {
    let known: BTreeSet<&str> = TABLES
        .iter()
        .map(|t| t.name)
        .chain(NOT_COPIED.iter().copied())
        .collect();
    for conn in [source, target] {
        if let Some(unknown) = table_names(conn)?
            .into_iter()
            .find(|t| !known.contains(t.as_str()))
        {
            return Err(Error::failure(format!(
                "internal error: the store has a table store copy does not know: {unknown}"
            ))
            .into());
        }
    }
    let mut out = Vec::new();
    for table in TABLES {
        let cols = column_names(source, table.name)?;
        let theirs: BTreeSet<String> = column_names(target, table.name)?.into_iter().collect();
        if cols.is_empty() || cols.iter().cloned().collect::<BTreeSet<_>>() != theirs {
            return Err(Error::failure(format!(
                "the two stores' tables {} differ: {} and {}",
                table.name,
                cols.join(", "),
                theirs.into_iter().collect::<Vec<_>>().join(", ")
            ))
            .hinted("copy between stores of the same careward version")
            .into());
        }
        out.push(cols);
    }
    Ok(out)
}

/// The tables of a store (SQLite's own left out).
fn table_names(conn: &Conn) -> Result<Vec<String>> {
    let sql = match conn.dialect() {
        Dialect::Sqlite => {
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        }
        Dialect::Postgres => {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        }
    };
    Ok(conn.query_map(sql, params![], |r| r.get(0))?)
}

/// A table's columns in their order, but the ones the database generates.
fn column_names(conn: &Conn, table: &str) -> Result<Vec<String>> {
    let sql = match conn.dialect() {
        Dialect::Sqlite => "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
        Dialect::Postgres => {
            "SELECT CAST(column_name AS TEXT) FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position"
        }
    };
    let cols: Vec<String> = conn.query_map(sql, params![table], |r| r.get(0))?;
    Ok(cols.into_iter().filter(|c| c != GENERATED).collect())
}

/// Copy one organisation's rows of `table`, streamed from the source's snapshot into
/// the target; how many.
fn copy_table(
    source: &Conn,
    target: &Conn,
    table: &Table,
    cols: &[String],
    org: i64,
) -> Result<u64> {
    let quoted: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
    let select = format!(
        "SELECT {} FROM {} ORDER BY {}",
        quoted
            .iter()
            .map(|c| format!("t.{c}"))
            .collect::<Vec<_>>()
            .join(", "),
        table.of_org,
        table.order
    );
    // `rows` rows in one statement, their values numbered in order
    let insert = |rows: usize| {
        let tuples: Vec<String> = (0..rows)
            .map(|r| {
                let slots: Vec<String> = (1..=cols.len())
                    .map(|i| format!("?{}", r * cols.len() + i))
                    .collect();
                format!("({})", slots.join(", "))
            })
            .collect();
        format!(
            "INSERT INTO {} ({}) VALUES {}",
            table.name,
            quoted.join(", "),
            tuples.join(", ")
        )
    };
    let batch = insert(BATCH);
    let write = |values: &[Value], sql: &str| -> DbResult<()> {
        let args: Vec<&dyn Param> = values.iter().map(|v| v as &dyn Param).collect();
        target.execute(sql, &args)?;
        Ok(())
    };
    let later: Vec<usize> = table
        .later
        .iter()
        .filter_map(|l| cols.iter().position(|c| c == l))
        .collect();
    let id_col = cols.iter().position(|c| c == "id");
    let mut deferred: Vec<(usize, Value, Value)> = Vec::new();
    let mut pending: Vec<Value> = Vec::with_capacity(BATCH * cols.len());
    let mut count = 0u64;
    source.query_each(&select, params![org], |row| {
        let start = pending.len();
        for i in 0..cols.len() {
            pending.push(row.value(i)?);
        }
        for &i in &later {
            if pending[start + i] != Value::Null {
                let id = id_col.map_or(Value::Null, |c| pending[start + c].clone());
                let value = std::mem::replace(&mut pending[start + i], Value::Null);
                deferred.push((i, value, id));
            }
        }
        count += 1;
        if pending.len() == BATCH * cols.len() {
            write(&pending, &batch)?;
            pending.clear();
        }
        Ok(())
    })?;
    if !pending.is_empty() {
        write(&pending, &insert(pending.len() / cols.len()))?;
    }
    for (col, value, id) in deferred {
        target.execute(
            &format!(
                "UPDATE {} SET \"{}\" = ?1 WHERE id = ?2",
                table.name, cols[col]
            ),
            params![value, id],
        )?;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table of the schema is copied or named as not copied; what the trail
    /// tracks is picked as the trail picks it.
    #[test]
    fn every_table_is_known_and_picked_as_the_trail_picks_it() {
        let store = Store::scratch().unwrap();
        let columns = copied_columns(&store.conn, &store.conn).unwrap();
        assert_eq!(columns.len(), TABLES.len());
        for t in super::super::trail::TRACKED {
            let ours = TABLES.iter().find(|c| c.name == t.table).unwrap();
            assert_eq!(ours.of_org, t.of_org, "{}", t.table);
        }
        for (table, cols) in TABLES.iter().zip(&columns) {
            assert_eq!(
                table.has_id,
                cols.iter().any(|c| c == "id"),
                "{}",
                table.name
            );
        }
    }
}
