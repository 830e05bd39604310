//! The trail's triggers log the same text on SQLite and on PostgreSQL: the same row
//! changes, run on both, leave byte-identical `audit_change` rows (an event's hash covers
//! them, so a trail moved between backends verifies, and a command's event is the same
//! on both).
//!
//! Runs against PostgreSQL when `CAREWARD_TEST_POSTGRES` names a maintenance database on
//! a server where its user may CREATE DATABASE, e.g.
//! `CAREWARD_TEST_POSTGRES=postgres://postgres@127.0.0.1:55432/postgres cargo test --lib trail::pg_tests`;
//! each test makes its own database and drops it. Unset, the tests say so and pass.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::{in_canonical_order, pg_triggers_sql, triggers_sql};

/// The migrations of one dialect, in order: `migrations/` (SQLite) or
/// `migrations/postgres/`.
fn migrations(dir: &str) -> Vec<(usize, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_str().unwrap();
            let n: usize = name[..4].parse().unwrap();
            (n, std::fs::read_to_string(f).unwrap())
        })
        .collect()
}

/// A throwaway database on the test server, dropped when this is.
struct PgDatabase {
    admin: postgres::Client,
    name: String,
    client: Option<postgres::Client>,
}

impl PgDatabase {
    fn create(url: &str, tag: &str) -> PgDatabase {
        let config: postgres::Config = url.parse().unwrap();
        let mut admin = config.connect(postgres::NoTls).unwrap();
        let name = format!("careward_{tag}_{}", std::process::id());
        // one statement each: neither runs inside a transaction
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let mut config = config.clone();
        config.dbname(&name);
        let client = config.connect(postgres::NoTls).unwrap();
        PgDatabase {
            admin,
            name,
            client: Some(client),
        }
    }

    fn client(&mut self) -> &mut postgres::Client {
        self.client.as_mut().unwrap()
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        drop(self.client.take());
        let _ = self.admin.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
    }
}

fn test_server() -> Option<String> {
    let url = std::env::var("CAREWARD_TEST_POSTGRES").ok();
    if url.is_none() {
        eprintln!("CAREWARD_TEST_POSTGRES is not set: not run against PostgreSQL");
    }
    url
}

/// An SQLite store's schema with its trail triggers, as careward's migrations leave it
/// (without the data steps, which a new store does not need). Reopened, as a command
/// opens it: SQLite orders a delete's cascades by the schema it read.
fn sqlite_store(dir: &Path) -> Connection {
    let path = dir.join("store.db");
    let conn = Connection::open(&path).unwrap();
    for (n, sql) in migrations("migrations") {
        conn.execute_batch(&sql).unwrap();
        if n >= 6 {
            conn.execute_batch(&triggers_sql(n)).unwrap();
        }
    }
    drop(conn);
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    conn
}

fn postgres_store(db: &mut PgDatabase) {
    for (n, sql) in migrations("migrations/postgres") {
        db.client().batch_execute(&sql).unwrap();
        if n >= 6 {
            db.client().batch_execute(&pg_triggers_sql(n)).unwrap();
        }
    }
}

/// Text that JSON must escape, or must not: quotes, backslashes, every control character
/// but NUL (which PostgreSQL's text cannot hold), DEL, non-ASCII letters, an emoji, the
/// line and paragraph separators, a solidus, a single quote (doubled: this is SQL).
const AWKWARD: &str = "q\"uote \\back\\slash\\\" \t\n\r\u{8}\u{c}\u{1}\u{2}\u{1b}\u{1f}\u{7f} é ü ß 😀 \u{2028}\u{2029} a/b <&> it''s";

/// Row changes on every tracked table: inserts, updates that change a tracked column or
/// only an untracked one, an unchanged tracked column, NULL to a value and back, upserts,
/// ignored duplicates, multi-row updates, and deletes that cascade.
fn statements() -> Vec<String> {
    let a = AWKWARD;
    [
        format!(
            "INSERT INTO org (id, slug, name, kind, policy_source, policy_text, seats, created_at, invitation_allowance)
             VALUES (1, 'north', 'North', 'clinic', 'policy/{a}.yaml', 'roles:\n  - {a}', 9223372036854775807, 't', 0)"
        ),
        "INSERT INTO member (id, org_id, email, status, principal_role, invited_by, invited_at, status_since)
         VALUES (1, 1, 'ada@x.org', 'active', NULL, 'x', 't', 't')".into(),
        format!(
            "INSERT INTO member (id, org_id, email, status, principal_role, invited_by, invited_at, status_since)
             VALUES (2, 1, '{a}', 'invited', '{a}', 'x', 't', 't'),
                    (3, 1, 'tab\there', 'active', 'clinician', 'x', 't', 't'),
                    (4, 1, 'émilie@x.org', 'active', NULL, 'x', 't', 't')"
        ),
        format!(
            "INSERT INTO member_role (member_id, role) VALUES (1, 'lead'), (2, 'clinician'),
                    (2, '{a}'), (3, 'helper'), (4, 'clinician')"
        ),
        // an untracked column, and a tracked one set to what it was: no change logged
        "UPDATE member SET name = 'Ada' WHERE id = 1".into(),
        "UPDATE member SET status = status, name = 'Ada L.' WHERE id = 1".into(),
        "UPDATE member SET principal_role = 'lead' WHERE id = 1".into(),
        "UPDATE member SET principal_role = NULL WHERE id = 1".into(),
        "UPDATE member SET status = 'inactive' WHERE id IN (2, 3)".into(),
        "UPDATE member SET email = 'ADA@x.org', status = 'active' WHERE id = 1".into(),
        "INSERT INTO location (id, org_id, slug, name, created_at) VALUES (1, 1, 'east', 'East', 't')"
            .into(),
        "INSERT INTO member_location (member_id, location_id) VALUES (2, 1), (3, 1)".into(),
        "UPDATE location SET status = 'archived' WHERE id = 1".into(),
        format!("INSERT INTO team (id, org_id, slug, name, created_at) VALUES (1, 1, 'team-{a}', 'T', 't')"),
        "INSERT INTO team_member (team_id, member_id) VALUES (1, 2), (1, 4)".into(),
        "INSERT INTO record (id, org_id, number, client, owner_id, creator, creator_id, location_id, created_at, status_since, owner_since)
         VALUES (1, 1, -9223372036854775808, 'C', 1, 'ada', 1, 1, 't', 't', 't'),
                (2, 1, 2, 'D', 4, 'ada', NULL, NULL, 't', 't', 't')".into(),
        "UPDATE record SET owner_id = 4, confidential = 1 WHERE id = 1".into(),
        "UPDATE record SET read_only = 1, status = 'archived' WHERE org_id = 1".into(),
        format!(
            "INSERT INTO share (id, record_id, member_id, team_id, level, until, shared_by, shared_at)
             VALUES (1, 1, 2, NULL, 'read', NULL, 'x', 't'), (2, 1, NULL, 1, '{a}', '2030-01-01T00:00:00Z', 'x', 't')"
        ),
        "UPDATE share SET until = '2031-01-01T00:00:00Z' WHERE id = 1".into(),
        "INSERT INTO approval_requirement (record_id, member_id, supervisor_id, set_at) VALUES (1, 2, 1, 't')"
            .into(),
        // an upsert that updates, and one that changes nothing tracked
        "INSERT INTO approval_requirement (record_id, member_id, supervisor_id, set_at) VALUES (1, 2, 4, 't2')
         ON CONFLICT (record_id, member_id) DO UPDATE SET supervisor_id = excluded.supervisor_id".into(),
        "INSERT INTO approval_requirement (record_id, member_id, supervisor_id, set_at) VALUES (1, 2, 4, 't3')
         ON CONFLICT (record_id, member_id) DO UPDATE SET supervisor_id = excluded.supervisor_id".into(),
        "INSERT INTO assistant_assignment (assistant_id, therapist_id, assigned_by, assigned_at)
         VALUES (3, NULL, 'x', 't'), (2, 4, 'x', 't')".into(),
        "INSERT INTO emergency_grant (id, record_id, member_id, reason, granted_at, until)
         VALUES (1, 1, 3, 'why', 't', '2030-01-01T00:00:00Z')".into(),
        "INSERT INTO space (id, org_id, name, record_id, creator_id, creator, created_at)
         VALUES (1, 1, 'S', 1, 1, 'ada', 't')".into(),
        "INSERT INTO space_member (space_id, member_id, team_id, invited_by, invited_at)
         VALUES (1, 2, NULL, 'x', 't'), (1, NULL, 1, 'x', 't'), (1, 3, NULL, 'x', 't')".into(),
        format!(
            "INSERT INTO record_group (id, org_id, slug, name, created_by, created_at)
             VALUES (1, 1, 'g', '{a}', 'x', 't')"
        ),
        // a duplicate ignored: no change logged
        "INSERT INTO record_group_member (group_id, record_id, added_by, added_at) VALUES (1, 1, 'x', 't'), (1, 2, 'x', 't')
         ON CONFLICT DO NOTHING".into(),
        "INSERT INTO record_group_member (group_id, record_id, added_by, added_at) VALUES (1, 1, 'y', 't')
         ON CONFLICT DO NOTHING".into(),
        "INSERT INTO group_share (id, group_id, member_id, team_id, level, shared_by, shared_at)
         VALUES (1, 1, 2, NULL, 'read', 'x', 't'), (2, 1, NULL, 1, 'write', 'x', 't')".into(),
        format!(
            "INSERT INTO library_item (id, org_id, library, name, description, created_by, created_at)
             VALUES (1, 1, 'tag', 'urgent', '{a}', 'x', 't'), (2, 1, 'pinpoint', 'p', '', 'x', 't')"
        ),
        "INSERT INTO entry (id, record_id, kind, author, status, created_at, item_id)
         VALUES (1, 1, 'chart', 'ada', 'draft', 't', 2)".into(),
        "INSERT INTO tag_link (id, tag_id, record_id, entry_id, member_id, item_id, tagged_by, tagged_at)
         VALUES (1, 1, 1, NULL, NULL, NULL, 'x', 't'), (2, 1, NULL, 1, NULL, NULL, 'x', 't'),
                (3, 1, NULL, NULL, 2, NULL, 'x', 't'), (4, 1, NULL, NULL, NULL, 2, 'x', 't')".into(),
        format!(
            "INSERT INTO org_view (id, org_id, kind, name, settings, created_by, created_at)
             VALUES (1, 1, 'chart', 'v', '{{\"filters\":[\"{a}\"],\"n\":1}}', 'x', 't')"
        ),
        "INSERT INTO org_view (id, org_id, kind, name, settings, created_by, created_at)
         VALUES (2, 1, 'chart', 'v', '{}', 'y', 't2')
         ON CONFLICT (org_id, kind, name) DO UPDATE SET settings = excluded.settings".into(),
        "UPDATE org SET seats = NULL, policy_text = NULL, invitation_allowance = 5 WHERE id = 1".into(),
        // deletes that cascade to many tracked tables at once
        "DELETE FROM member WHERE id IN (2, 3)".into(),
        "DELETE FROM record WHERE id = 1".into(),
        "DELETE FROM team_member".into(),
        "DELETE FROM space_member WHERE team_id = 1".into(),
        "DELETE FROM group_share WHERE team_id = 1".into(),
        "DELETE FROM team WHERE id = 1".into(),
    ]
    .into_iter()
    .collect()
}

#[test]
fn sqlite_and_postgresql_triggers_log_the_same_text() {
    let Some(url) = test_server() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = sqlite_store(dir.path());
    let mut pg = PgDatabase::create(&url, "trail_text");
    postgres_store(&mut pg);
    let mut lite = Vec::new();
    let mut differences = Vec::new();
    let mut reordered = Vec::new();
    for sql in statements() {
        sqlite
            .execute_batch(&sql)
            .unwrap_or_else(|e| panic!("SQLite: {e}\n{sql}"));
        pg.client()
            .batch_execute(&sql)
            .unwrap_or_else(|e| panic!("PostgreSQL: {e}\n{sql}"));
        // what this statement logged on each
        let from_sqlite: Vec<String> = sqlite
            .prepare("SELECT change FROM audit_change ORDER BY seq")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        sqlite.execute_batch("DELETE FROM audit_change").unwrap();
        let from_postgres: Vec<String> = pg
            .client()
            .query("SELECT change FROM audit_change ORDER BY seq", &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        pg.client()
            .batch_execute("DELETE FROM audit_change")
            .unwrap();
        // the same texts; in the same order once in the event's order (a statement's
        // rows and a delete's cascades are logged in each database's own order)
        if from_sqlite != from_postgres {
            reordered.push(sql.clone());
        }
        let (from_sqlite, from_postgres) = (
            in_canonical_order(from_sqlite),
            in_canonical_order(from_postgres),
        );
        if from_sqlite != from_postgres {
            differences.push(format!(
                "{sql}\n  SQLite:     {from_sqlite:#?}\n  PostgreSQL: {from_postgres:#?}"
            ));
        }
        lite.extend(from_sqlite);
    }
    assert!(differences.is_empty(), "{}", differences.join("\n\n"));
    eprintln!(
        "logged in another order (the same once sorted): {}",
        reordered.join("; ")
    );
    // what SQLite logs is what the trail expects: not vacuous, and escaped as JSON
    assert!(lite.len() > 50, "{}", lite.len());
    for change in &lite {
        let value: serde_json::Value = serde_json::from_str(change).unwrap();
        assert!(value["t"].is_string(), "{change}");
    }
    assert!(lite.contains(
        &r#"{"t":"member","b":{"id":1,"email":"ada@x.org","status":"active","principal_role":null},"a":{"id":1,"email":"ada@x.org","status":"active","principal_role":"lead"}}"#
            .to_string()
    ));
    assert!(lite.contains(
        &r#"{"t":"member","a":{"id":3,"email":"tab\there","status":"active","principal_role":"clinician"}}"#
            .to_string()
    ));
    // JSON's escapes for quote, backslash and the control characters with a short
    // form; \u00XX (lower case) for the others; everything else as it is
    let awkward = "q\\\"uote \\\\back\\\\slash\\\\\\\" \\t\\n\\r\\b\\f\\u0001\\u0002\\u001b\\u001f\u{7f} é ü ß 😀 \u{2028}\u{2029} a/b <&> it's";
    assert!(
        lite.contains(&format!(
            r#"{{"t":"member_role","a":{{"member_id":2,"role":"{awkward}"}}}}"#
        )),
        "{lite:#?}"
    );
}
