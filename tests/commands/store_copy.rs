//! `store copy`: organisations, with their audit trails, from one store into another —
//! SQLite or PostgreSQL, either way — gated like `store backup`, and verified on the
//! target. The stores are named on each command line (`--db`, `--from`, `--to`), so
//! these tests run the same whatever store the suite points at.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::common::{Run, TestEnv, pg};

const ADA: &str = "ada@north.example";
const PIA: &str = "pia@north.example";
const NORA: &str = "nora@riverside.example";
const LENA: &str = "lena@brightsteps.example";

/// The demo organisations: slug, administrator, fixture.
const DEMO: [(&str, &str, &str); 3] = [
    ("north", ADA, "north-school.yaml"),
    ("riverside", NORA, "psychiatry-clinic.yaml"),
    ("brightsteps", LENA, "behaviour-team.yaml"),
];

/// `careward ARGS… --db DB`.
fn on(env: &TestEnv, db: &str, args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend(["--db", db]);
    env.run(&all)
}

/// The demo organisations in the store `db`, with rows the fixtures do not make: a
/// transfer accepted (and the previous owner's read-only copy), a space and its
/// members, an entry, 150 records more.
fn seed_demo(env: &TestEnv, db: &str) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    for (_, _, file) in DEMO {
        on(
            env,
            db,
            &["org", "seed", fixtures.join(file).to_str().unwrap()],
        )
        .ok();
    }
    let north = |who: &str, args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--org", "north", "--as", who]);
        on(env, db, &all).ok();
    };
    north(
        "sol@north.example",
        &["record", "transfer", "3", "--to", PIA, "--keep-copy"],
    );
    north(PIA, &["record", "transfer", "accept", "3"]);
    north(
        PIA,
        &["space", "create", "Noah circle", "--from-record", "1"],
    );
    north(
        PIA,
        &["space", "invite", "1", "--member", "ivy@north.example"],
    );
    north(
        PIA,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--title",
            "Session notes",
        ],
    );
    // more rows in a table than one INSERT of the copy writes
    let clients: String = (1..=150).map(|i| format!("Client {i}\n")).collect();
    let csv = env.write("clients.csv", &format!("client\n{clients}"));
    north(PIA, &["record", "import", "--csv", csv.to_str().unwrap()]);
}

/// `store copy --from FROM --to TO --org ORG --as ACTOR --format json`.
fn copy(env: &TestEnv, from: &str, to: &str, org: &str, actor: &str) -> Run {
    env.run(&[
        "store", "copy", "--from", from, "--to", to, "--org", org, "--as", actor, "--format",
        "json",
    ])
}

fn export(env: &TestEnv, db: &str, org: &str, actor: &str) -> String {
    let run = on(env, db, &["org", "export", "--org", org, "--as", actor]);
    run.ok();
    run.stdout.clone()
}

fn verify(env: &TestEnv, db: &str, org: &str, actor: &str) -> Value {
    let run = on(
        env,
        db,
        &[
            "audit", "verify", "--org", org, "--as", actor, "--format", "json",
        ],
    );
    run.ok();
    run.json()
}

/// The newest audit event of organisation `org` in `db` (SQLite): action, outcome,
/// actor, details, hash.
fn last_event(db: &Path, org: &str) -> (String, String, String, Value, String) {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT action, outcome, actor, details, hash FROM audit_event \
             WHERE org_id = (SELECT id FROM org WHERE slug = ?1) ORDER BY id DESC LIMIT 1",
            [org],
            |r| {
                let details: String = r.get(3)?;
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    serde_json::from_str(&details).unwrap(),
                    r.get(4)?,
                ))
            },
        )
        .unwrap()
}

/// Every row of every table of an SQLite store, by table.
fn rows(db: &Path) -> BTreeMap<String, Vec<String>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = BTreeMap::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut list: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join(" | "))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        list.sort();
        out.insert(t, list);
    }
    out
}

#[test]
fn the_demo_organisations_copy_between_sqlite_stores_row_for_row_and_their_trails_verify() {
    let env = TestEnv::new();
    let a = env.dir().join("a.db");
    let b = env.dir().join("b.db");
    let (a_db, b_db) = (a.to_str().unwrap(), b.to_str().unwrap());
    seed_demo(&env, a_db);

    for (slug, admin, _) in DEMO {
        let run = copy(&env, a_db, b_db, slug, admin);
        run.ok().stderr_has(&format!(
            "copied 1 organisation from {a_db} to {b_db}; audit verify passed"
        ));
        let out = run.json();
        let list = out.as_array().unwrap();
        assert_eq!(list.len(), 1, "{out}");
        let one = &list[0];
        let keys: Vec<&String> = one.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["org", "rows", "events", "head", "verified"]);
        assert_eq!(one["org"], slug);
        assert_eq!(one["verified"], true);
        assert!(one["rows"].as_u64().unwrap() > one["events"].as_u64().unwrap());

        // the source's trail ends with the copy, and so does the target's copy of it
        let (action, outcome, actor, details, hash) = last_event(&a, slug);
        assert_eq!(
            (action.as_str(), outcome.as_str(), actor.as_str()),
            ("store.copy", "allowed", admin)
        );
        assert_eq!(details["to"], b_db);
        assert_eq!(details["authorized_as"], "audit.view");
        assert_eq!(one["head"], hash.as_str());
        assert_eq!(last_event(&b, slug).4, hash);

        let verified = verify(&env, b_db, slug, admin);
        assert_eq!(verified["status"], "ok");
        assert_eq!(verified["events"], one["events"]);
        assert_eq!(verified["head_hash"], one["head"]);
    }

    // every row of every table, ids and hashes included; the change log stays empty
    let (source, target) = (rows(&a), rows(&b));
    assert_eq!(source, target);
    assert!(target["audit_change"].is_empty());
    for table in ["transfer", "space_member", "entry", "assistant_assignment"] {
        assert!(!target[table].is_empty(), "the demo has no {table} row");
    }
    for (slug, admin, _) in DEMO {
        assert_eq!(
            export(&env, a_db, slug, admin),
            export(&env, b_db, slug, admin),
            "{slug}"
        );
    }

    // the copy is a store like any other: it takes new rows, and its trail goes on
    on(
        &env,
        b_db,
        &[
            "record", "create", "--client", "Zoe New", "--org", "north", "--as", PIA,
        ],
    )
    .ok();
    assert_eq!(verify(&env, b_db, "north", ADA)["status"], "ok");
}

#[test]
fn every_organisation_is_copied_when_the_actor_may_view_each_trail() {
    let env = TestEnv::new();
    let a = env.dir().join("a.db");
    let a_db = a.to_str().unwrap();
    for slug in ["one", "two"] {
        on(
            &env,
            a_db,
            &[
                "org",
                "init",
                slug,
                "--name",
                slug,
                "--kind",
                "clinic",
                "--policy",
                "group-practice",
                "--admin",
                "boss@both.example",
            ],
        )
        .ok();
    }
    let b = env.dir().join("b.db");
    let run = on(
        &env,
        a_db,
        &[
            "store",
            "copy",
            "--to",
            "sqlite:b.db",
            "--as",
            "boss@both.example",
            "--format",
            "csv",
        ],
    );
    run.ok()
        .stderr_has(&format!(
            "copied 2 organisations from {a_db} to b.db; audit verify passed"
        ))
        .stdout_has("org,rows,events,head,verified\n");
    let orgs: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(orgs, ["one", "two"]);
    assert_eq!(rows(&a), rows(&b));
}

#[test]
fn an_actor_who_may_not_view_a_trail_is_refused_and_nothing_is_copied() {
    let env = TestEnv::new();
    let a = env.dir().join("a.db");
    let a_db = a.to_str().unwrap();
    seed_demo(&env, a_db);
    let b = env.dir().join("b.db");
    let b_db = b.to_str().unwrap();

    // a practitioner does not view the audit trail
    copy(&env, a_db, b_db, "north", PIA)
        .code(3)
        .stderr_has("error: pia@north.example may not audit.view org")
        .no_stdout();
    assert!(!b.exists(), "a refused copy made its target");
    let (action, outcome, actor, details, _) = last_event(&a, "north");
    assert_eq!(
        (action.as_str(), outcome.as_str(), actor.as_str()),
        ("audit.view", "denied", PIA)
    );
    assert_eq!(details["command"], "store copy");
    assert_eq!(details["to"], b_db);

    // all organisations: ada may view north's trail but is no member of the others;
    // the refusal is audited where it happened, and north keeps no copy event
    let before = rows(&a)["audit_event"].len();
    let run = on(&env, a_db, &["store", "copy", "--to", b_db, "--as", ADA]);
    run.code(3)
        .stderr_has("error: ada@north.example may not audit.view org");
    assert!(!b.exists(), "a refused copy made its target");
    assert_eq!(rows(&a)["audit_event"].len(), before + 1);
    assert_ne!(last_event(&a, "north").0, "store.copy");
    let refused: Vec<String> = ["riverside", "brightsteps"]
        .iter()
        .map(|o| last_event(&a, o))
        .filter(|e| e.2 == ADA && e.1 == "denied")
        .map(|e| e.0)
        .collect();
    assert_eq!(refused, ["audit.view"]);

    // into an existing target, a refusal leaves it as it was
    copy(&env, a_db, b_db, "north", ADA).ok();
    let target = rows(&b);
    copy(&env, a_db, b_db, "riverside", ADA).code(3);
    assert_eq!(rows(&b), target);
}

#[test]
fn a_target_that_holds_the_organisation_or_its_ids_is_refused_before_anything_is_written() {
    let env = TestEnv::new();
    let a = env.dir().join("a.db");
    let a_db = a.to_str().unwrap();
    seed_demo(&env, a_db);
    let b = env.dir().join("b.db");
    let b_db = b.to_str().unwrap();
    copy(&env, a_db, b_db, "north", ADA).ok();
    let (source, target) = (rows(&a), rows(&b));

    copy(&env, a_db, b_db, "north", ADA)
        .code(5)
        .error(&format!("{b_db} already holds an organisation north"))
        .hint("copy into another store, or name the organisations to copy with --org")
        .no_stdout();
    assert_eq!(rows(&b), target);
    // the refusal is in the source's trail, and no copy event
    let source_after = rows(&a);
    assert_eq!(
        source_after["audit_event"].len(),
        source["audit_event"].len() + 1
    );
    let (_, outcome, actor, _, _) = last_event(&a, "north");
    assert_eq!((outcome.as_str(), actor.as_str()), ("refused", ADA));

    // a store of its own organisations holds the ids the copy would keep
    let c = env.dir().join("c.db");
    let c_db = c.to_str().unwrap();
    on(
        &env,
        c_db,
        &[
            "org",
            "init",
            "other",
            "--name",
            "Other",
            "--kind",
            "clinic",
            "--policy",
            "group-practice",
            "--admin",
            "boss@other.example",
        ],
    )
    .ok();
    let before = rows(&c);
    copy(&env, a_db, c_db, "north", ADA)
        .code(5)
        .error(&format!(
            "{c_db} already holds 1 org row(s) with the ids of north's"
        ))
        .hint("a copy keeps every id, which the audit trail's hashes cover: copy into a new store, or one that holds only organisations copied from the same source");
    assert_eq!(rows(&c), before);
}

#[test]
fn a_dry_run_checks_and_copies_nothing() {
    let env = TestEnv::new();
    let a = env.dir().join("a.db");
    let a_db = a.to_str().unwrap();
    seed_demo(&env, a_db);
    let before = rows(&a);
    let b = env.dir().join("b.db");
    let b_db = b.to_str().unwrap();
    let run = env.run(&[
        "store",
        "copy",
        "--from",
        a_db,
        "--to",
        b_db,
        "--org",
        "north",
        "--as",
        ADA,
        "--dry-run",
        "--format",
        "json",
    ]);
    run.ok().stderr_has(&format!(
        "dry run: would copy organisation north from {a_db} to {b_db}; nothing was changed"
    ));
    assert_eq!(
        run.json(),
        serde_json::json!([{"org": "north", "rows": null, "events": null, "head": null, "verified": null}])
    );
    assert!(!b.exists());
    assert_eq!(rows(&a), before);
}

#[test]
fn bad_locations_are_refused() {
    let env = TestEnv::new();
    let a = env.dir().join("a.db");
    let a_db = a.to_str().unwrap();
    seed_demo(&env, a_db);

    // the source itself, by another name
    copy(&env, a_db, &format!("sqlite:{a_db}"), "north", ADA)
        .code(5)
        .error(&format!("{a_db} is the store copied from"))
        .hint("name another store to copy into with --to");
    // no store to copy from
    let missing = env.dir().join("missing.db");
    copy(&env, missing.to_str().unwrap(), "b.db", "north", ADA)
        .code(4)
        .error(&format!("no careward store at {}", missing.display()));
    assert!(!missing.exists());
    // a target that is not a careward store is left untouched
    let text = env.write("notes.txt", "milk\n");
    copy(&env, a_db, text.to_str().unwrap(), "north", ADA)
        .code(1)
        .stderr_has("is not a careward store");
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "milk\n");
    // an organisation the source does not hold
    copy(&env, a_db, "b.db", "nowhere", ADA).code(4);
    assert!(!env.dir().join("b.db").exists());
    // --to is required
    env.run(&["store", "copy", "--from", a_db, "--as", ADA])
        .code(2);
}

/// SQLite → PostgreSQL → SQLite, when `CAREWARD_TEST_POSTGRES` names a maintenance
/// database where the tests may create databases.
#[test]
fn the_demo_organisations_round_trip_through_postgresql() {
    let Some(pg) = pg::Database::for_test() else {
        eprintln!(
            "skipped: the PostgreSQL round trip of store copy runs when {} is set",
            pg::VAR
        );
        return;
    };
    let env = TestEnv::new();
    let a = env.dir().join("a.db");
    let c = env.dir().join("c.db");
    let (a_db, c_db) = (a.to_str().unwrap(), c.to_str().unwrap());
    seed_demo(&env, a_db);

    // every organisation there before any comes back: the way back writes a copy
    // event into PostgreSQL's trail, whose id the next organisation's events hold
    let there: Vec<Value> = DEMO
        .iter()
        .map(|(slug, admin, _)| {
            let run = copy(&env, a_db, &pg.url, slug, admin);
            run.ok();
            run.json()[0].clone()
        })
        .collect();
    for ((slug, admin, _), there) in DEMO.iter().zip(&there) {
        let back = copy(&env, &pg.url, c_db, slug, admin);
        back.ok();
        let back = &back.json()[0];
        assert_eq!(there["verified"], true);
        assert_eq!(back["verified"], true);
        // the way back holds one more event: the copy out of PostgreSQL
        assert_eq!(
            back["events"].as_u64().unwrap(),
            there["events"].as_u64().unwrap() + 1
        );
        assert_eq!(
            back["rows"].as_u64().unwrap(),
            there["rows"].as_u64().unwrap() + 1
        );
        assert_eq!(last_event(&c, slug).0, "store.copy");
        for db in [pg.url.as_str(), c_db] {
            assert_eq!(verify(&env, db, slug, admin)["status"], "ok", "{db}");
        }
    }
    for (slug, admin, _) in DEMO {
        let exports = [a_db, pg.url.as_str(), c_db].map(|db| export(&env, db, slug, admin));
        assert_eq!(exports[0], exports[1], "{slug}: SQLite and PostgreSQL");
        assert_eq!(exports[0], exports[2], "{slug}: SQLite and back");
    }
    // new rows in PostgreSQL take ids after the copied ones
    on(
        &env,
        &pg.url,
        &[
            "record", "create", "--client", "Zoe New", "--org", "north", "--as", PIA,
        ],
    )
    .ok();
    assert_eq!(verify(&env, &pg.url, "north", ADA)["status"], "ok");
    // and a second copy into the same database is refused
    copy(&env, a_db, &pg.url, "north", ADA)
        .code(5)
        .stderr_has("already holds an organisation north");
}
