//! Opening the store: where it lives, what it is marked with, and the files careward
//! refuses to open (and never modifies): another program's, and a newer careward's.

use crate::common::TestEnv;

const INIT: &[&str] = &[
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
    "admin@demo.org",
];

fn with_db<'a>(args: &[&'a str], db: &'a str) -> Vec<&'a str> {
    let mut all = args.to_vec();
    all.extend(["--db", db]);
    all
}

#[test]
fn a_text_file_is_not_a_store_and_is_left_untouched() {
    let env = TestEnv::new();
    let path = env.write("notes.txt", "shopping: milk, eggs\n");
    let before = std::fs::read(&path).unwrap();
    let db = path.to_str().unwrap();

    for args in [
        with_db(INIT, db),
        with_db(&["member", "list", "--as", "admin@demo.org"], db),
    ] {
        env.run(&args)
            .code(1)
            .error(&format!(
                "{db} is not a careward store: file is not a database"
            ))
            .hint("point --db (or CAREWARD_DB) at a careward store, or at a new file name")
            .no_stdout();
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
    assert!(!env.dir().join("notes.txt-wal").exists());
}

#[test]
fn another_programs_sqlite_database_is_refused_and_left_untouched() {
    let env = TestEnv::new();
    let path = env.dir().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE bookmark (url TEXT); INSERT INTO bookmark VALUES ('https://example.org');",
        )
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let db = path.to_str().unwrap();

    for args in [
        with_db(INIT, db),
        with_db(&["org", "show", "--as", "admin@demo.org"], db),
        with_db(&["audit", "verify", "--as", "admin@demo.org"], db),
    ] {
        env.run(&args)
            .code(1)
            .error(&format!(
                "{db} is not a careward store: it is an SQLite database of another program"
            ))
            .hint("point --db (or CAREWARD_DB) at a careward store, or at a new file name");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{args:?}");
    }
    assert!(!env.dir().join("other.sqlite-wal").exists());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(app_id, 0);
}

#[test]
fn a_sqlite_database_with_another_application_id_is_refused() {
    let env = TestEnv::new();
    let path = env.dir().join("fossil.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA application_id = 252006673; CREATE TABLE t (x);")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let db = path.to_str().unwrap();
    env.run(&with_db(INIT, db)).code(1).error(&format!(
        "{db} is not a careward store: its application id is 0xf055111"
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_store_from_a_newer_careward_is_refused() {
    let env = TestEnv::org("clinic");
    if env.sqlite_only("the schema version is SQLite's user_version (postgres.rs has PostgreSQL's)")
    {
        return;
    }
    env.sql().execute_batch("PRAGMA user_version = 99;");
    let before = env.snapshot();
    let db = env.db().display().to_string();
    env.as_("admin@demo.org", &["member", "list"])
        .code(1)
        .error(&format!(
            "{db} was written by a newer careward (schema 99; this careward knows up to {})",
            migrations()
        ))
        .hint("upgrade careward to open this store");
    env.run(INIT).code(1).error(&format!(
        "{db} was written by a newer careward (schema 99; this careward knows up to {})",
        migrations()
    ));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_missing_store_is_not_found_and_not_created() {
    let env = TestEnv::new();
    let db = env.store_url();
    env.as_("admin@demo.org", &["member", "list"])
        .code(4)
        .error(&format!("no careward store at {db}"))
        .hint(
            "create an organisation first: careward org init SLUG --name NAME --kind clinic \
             --policy group-practice --admin EMAIL",
        );
    assert!(!env.store_exists());
}

#[test]
fn a_new_store_is_marked_as_careward_and_migrated() {
    let env = TestEnv::org("clinic");
    if env.sqlite_only(
        "SQLite's marks: application_id, user_version, WAL (postgres.rs has PostgreSQL's)",
    ) {
        return;
    }
    let crate::common::TestDb::Sqlite(conn) = env.sql() else {
        unreachable!()
    };
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(app_id, 0x4341_5257, "\"CARW\"");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, migrations() as i64);
    let journal: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    let orgs: Vec<(String, String, String)> = conn
        .prepare("SELECT slug, kind, policy_source FROM org")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        orgs,
        vec![("demo".into(), "clinic".into(), "group-practice".into())]
    );
}

#[test]
fn an_empty_file_becomes_a_store() {
    let env = TestEnv::new();
    let path = env.write("empty.db", "");
    env.run(&with_db(INIT, path.to_str().unwrap())).ok();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(app_id, 0x4341_5257);
}

#[test]
fn org_init_creates_missing_folders() {
    let env = TestEnv::new();
    let path = env.dir().join("a/b/c/store.db");
    let db = path.to_str().unwrap();
    env.run(&with_db(INIT, db)).ok();
    assert!(path.is_file());
    env.run(&with_db(
        &[
            "member",
            "list",
            "--as",
            "admin@demo.org",
            "--format",
            "json",
        ],
        db,
    ))
    .ok();
}

#[test]
fn the_store_defaults_to_xdg_data_home() {
    let env = TestEnv::new();
    let data = env.dir().join("xdg");
    let mut cmd = env.command();
    cmd.env_remove("CAREWARD_DB").env("XDG_DATA_HOME", &data);
    env.run_with(cmd, INIT, None).ok();
    assert!(data.join("careward/careward.db").is_file());
    assert!(!env.store_exists());
}

#[test]
fn without_xdg_data_home_the_store_is_under_home() {
    let env = TestEnv::new();
    let mut cmd = env.command();
    cmd.env_remove("CAREWARD_DB");
    env.run_with(cmd, INIT, None).ok();
    assert!(
        env.dir()
            .join(".local/share/careward/careward.db")
            .is_file()
    );
}

#[test]
fn the_db_flag_wins_over_the_environment() {
    let env = TestEnv::new();
    let path = env.dir().join("flag.db");
    env.run(&with_db(INIT, path.to_str().unwrap())).ok();
    assert!(path.is_file());
    assert!(!env.store_exists(), "CAREWARD_DB was not used");
}

#[test]
fn several_organisations_need_org() {
    let env = TestEnv::org("clinic");
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
        "head@north.org",
    ])
    .ok();
    env.as_("admin@demo.org", &["member", "list"])
        .code(2)
        .error("the store holds several organisations; say which with --org")
        .hint("add --org SLUG, or set CAREWARD_ORG; yours are listed by: careward org list --as EMAIL");
    // the slugs are not for whoever asks: they may belong to none of them
    env.as_("eve@elsewhere.org", &["member", "list"])
        .code(2)
        .error("the store holds several organisations; say which with --org");
    let run = env.as_(
        "head@north.org",
        &["member", "list", "--org", "north", "--format", "json"],
    );
    run.ok();
    assert_eq!(run.json()[0]["email"], "head@north.org");
    // the administrator of demo is nobody in north
    env.as_("admin@demo.org", &["member", "list", "--org", "north"])
        .code(3);
}

#[test]
fn a_refused_change_leaves_the_store_as_it_was() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    // The refusal is audited, but the change itself is undone.
    env.as_(
        "admin@demo.org",
        &["role", "assign", "bob@demo.org", "manager"],
    )
    .code(5);
    let roles: Vec<String> = env.sql().query_all(
        "SELECT role FROM member_role JOIN member ON member.id = member_id WHERE email = ?1",
        &[&"bob@demo.org"],
    );
    assert_eq!(roles, vec!["practitioner".to_string()]);
}

/// How many migrations careward has: the files under migrations/.
pub fn migrations() -> usize {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "sql")
        })
        .count()
}
