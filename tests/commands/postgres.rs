//! What only a PostgreSQL store has: its identity and schema version in
//! `careward_store`, a database of another program, rows changed by another client.
//! These run in the PostgreSQL pass (CAREWARD_TEST_POSTGRES) and are skipped, saying
//! so, against SQLite; every other test runs on both.

use crate::commands::store::migrations;
use crate::common::TestEnv;

const ADMIN: &str = "admin@demo.org";

#[test]
fn the_postgres_pass_keeps_the_store_in_the_tests_database() {
    let env = TestEnv::org("clinic");
    if env.postgres_only() {
        return;
    }
    assert!(env.store_url().starts_with("postgres"));
    assert!(env.store_exists());
    assert!(!env.db().exists(), "no SQLite file beside it");
    let orgs: Vec<String> = env.sql().query_all("SELECT slug FROM org", &[]);
    assert_eq!(orgs, ["demo"]);
}

#[test]
fn a_new_store_is_marked_as_careward_and_migrated() {
    let env = TestEnv::org("clinic");
    if env.postgres_only() {
        return;
    }
    let marks: Vec<(String, i64)> = env
        .sql()
        .query_all("SELECT application, version FROM careward_store", &[]);
    assert_eq!(marks, [("careward".to_string(), migrations() as i64)]);
}

#[test]
fn a_store_from_a_newer_careward_is_refused() {
    let env = TestEnv::org("clinic");
    if env.postgres_only() {
        return;
    }
    env.sql()
        .execute("UPDATE careward_store SET version = 99", &[]);
    let before = env.snapshot();
    let message = format!(
        "{} was written by a newer careward (schema 99; this careward knows up to {})",
        env.store_url(),
        migrations()
    );
    env.as_(ADMIN, &["member", "list"])
        .code(1)
        .error(&message)
        .hint("upgrade careward to open this store");
    env.run(&[
        "org",
        "init",
        "north",
        "--name",
        "North",
        "--kind",
        "school",
        "--policy",
        "group-practice",
        "--admin",
        ADMIN,
    ])
    .code(1)
    .error(&message);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_database_of_another_program_is_refused_and_left_untouched() {
    let env = TestEnv::new();
    if env.postgres_only() {
        return;
    }
    env.sql().execute_batch(
        "CREATE TABLE bookmark (url TEXT); INSERT INTO bookmark VALUES ('https://example.org');",
    );
    let before = env.snapshot();
    for args in [
        &[
            "org",
            "init",
            "demo",
            "--name",
            "Demo",
            "--kind",
            "clinic",
            "--policy",
            "group-practice",
            "--admin",
            ADMIN,
        ][..],
        &["member", "list", "--as", ADMIN],
    ] {
        env.run(args)
            .code(1)
            .error("this PostgreSQL database is not a careward store: it holds other tables")
            .hint("point --db (or CAREWARD_DB) at a careward database, or at a new, empty one")
            .no_stdout();
        assert_eq!(env.snapshot(), before, "{args:?}");
    }
    assert_eq!(env.sql().tables(), ["bookmark"]);
}

/// Another client of the same database (a DBA's psql, a script) is outside careward:
/// `audit verify` finds what it changed, as it does in an SQLite file.
#[test]
fn a_row_changed_by_another_client_is_found_by_audit_verify() {
    let env = TestEnv::org("clinic");
    if env.postgres_only() {
        return;
    }
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["audit", "verify"]).ok();
    let changed = env.sql().execute(
        "UPDATE member SET principal_role = NULL WHERE email = ?1",
        &[&"bob@demo.org"],
    );
    assert_eq!(changed, 1);
    env.as_(ADMIN, &["audit", "verify"])
        .code(1)
        .error(
            "the store of demo does not match its audit trail: \
             member bob@demo.org: the trail says principal_role practitioner, the store has principal_role none",
        )
        .hint("the store was changed outside careward; keep a copy of it for investigation");
}
