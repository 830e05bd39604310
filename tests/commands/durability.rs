//! Issue 10, "Nothing lost, every tamper found": time is not an input, the OS user is
//! not an environment variable, store files stay private, a busy store is not a broken
//! one (exit 7), and a command killed at any point leaves all of its work or none.

use std::collections::BTreeMap;
use std::process::{Child, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use chrono::Duration as Minutes;
use serde_json::Value;

use crate::common::contents::{NED, practice};
use crate::common::records::{ADMIN, COL, KIM, PAT, can, json_as, later, school};
use crate::common::{TestDb, TestEnv};

// ----- time -------------------------------------------------------------------------

/// Issue 10: "purges … never follow a clock that runs backwards past the newest audit
/// event": setting the clock back does not revive an expired emergency grant.
#[test]
fn a_clock_set_back_does_not_revive_an_expired_emergency_grant() {
    let mut env = practice();
    json_as(
        &env,
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis call",
            "--for",
            "30m",
        ],
    );
    assert!(can(&env, NED, "record.read", "record:1"));
    later(&mut env, Minutes::minutes(31));
    // an event after the grant expired: the refused read
    env.as_(NED, &["record", "open", "1"]).code(3);

    // back to ten minutes into the grant
    env.now = "2026-11-23T09:10:00Z".into();
    env.as_(NED, &["record", "open", "1"]).code(3);
    assert!(!can(&env, NED, "record.read", "record:1"));
    let list = json_as(&env, NED, &["record", "emergency-access", "--list"]);
    assert_eq!(list[0]["state"], "expired", "{list}");
    // and the trail's times do not run backwards either
    let times: Vec<String> = env
        .audit(&[])
        .iter()
        .map(|e| e["at"].as_str().unwrap().to_string())
        .collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted);
    assert_eq!(times.last().unwrap(), "2026-11-23T09:31:00Z");
}

/// Issue 10: "The test clock must not exist in a release/normal build". The suite's
/// binary has it (every test here sets CAREWARD_NOW and sees that time); a normal build
/// must not: no normal dependency turns the `test-clock` feature on, only the
/// dev-dependency on careward itself. Asked of cargo's own feature resolution.
#[test]
fn only_the_test_suite_builds_careward_with_the_test_clock() {
    let tree = |edges: &str| {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let out = std::process::Command::new(cargo)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([
                "tree",
                "--offline",
                "-e",
                edges,
                "-e",
                "features",
                "-i",
                "careward",
            ])
            .output()
            .expect("cargo tree runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let build = tree("normal,build");
    assert!(
        !build.contains("test-clock"),
        "cargo build has the test clock:\n{build}"
    );
    let test = tree("all");
    assert!(test.contains("careward feature \"test-clock\""), "{test}");

    // and the binary the suite runs honours it
    let env = TestEnv::org("clinic");
    assert_eq!(env.audit(&[])[0]["at"], crate::common::NOW);
}

/// A clock behind the newest event only stops time; a clock ahead of it is used as is.
#[test]
fn a_clock_ahead_of_the_trail_is_used_as_it_is() {
    let mut env = practice();
    json_as(
        &env,
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis call",
            "--for",
            "30m",
        ],
    );
    later(&mut env, Minutes::minutes(29));
    assert!(can(&env, NED, "record.read", "record:1"));
    env.as_(NED, &["record", "open", "1"]).ok();
    later(&mut env, Minutes::minutes(1));
    env.as_(NED, &["record", "open", "1"]).code(3);
    let last = env.audit(&[]).pop().unwrap();
    assert_eq!(last["at"], "2026-11-23T09:30:00Z");
}

// ----- the OS user ------------------------------------------------------------------

/// DESIGN: "The OS user is the process's real uid, never an environment variable."
#[test]
fn the_os_user_comes_from_the_real_uid_not_from_user() {
    let env = TestEnv::org("clinic");
    let mut cmd = env.command();
    cmd.env("USER", "mallory").env("LOGNAME", "mallory");
    env.run_with(
        cmd,
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--as",
            ADMIN,
        ],
        None,
    )
    .ok();
    let me = crate::common::os_user();
    assert_ne!(me, "mallory");
    let users: Vec<String> = env
        .audit(&[])
        .iter()
        .map(|e| e["os_user"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(users.len(), 2, "{users:?}");
    assert!(users.iter().all(|u| *u == me), "{users:?}, expected {me}");
}

// ----- private files ----------------------------------------------------------------

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn a_store_is_private_whatever_existed_before() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let db = env.write("empty.db", "");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run_on = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--db", db.to_str().unwrap()]);
        env.run(&all)
    };
    run_on(&[
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
    ])
    .ok();
    assert_eq!(mode(&db), 0o600);

    // A store opened up later, and SQLite's files beside it, are closed again on use.
    // (A connection held open keeps the -wal and -shm files, which the last one to
    // close removes.)
    let held = rusqlite::Connection::open(&db).unwrap();
    held.execute_batch("SELECT count(*) FROM org;").unwrap();
    let wal = env.dir().join("empty.db-wal");
    let shm = env.dir().join("empty.db-shm");
    for file in [&db, &wal, &shm] {
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o664)).unwrap();
    }
    run_on(&[
        "member",
        "invite",
        "bob@demo.org",
        "--role",
        "practitioner",
        "--as",
        ADMIN,
    ])
    .ok();
    for file in [&db, &wal, &shm] {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    drop(held);
}

#[cfg(unix)]
#[test]
fn folders_careward_creates_are_private_and_others_are_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let outer = env.dir().join("shared");
    std::fs::create_dir(&outer).unwrap();
    std::fs::set_permissions(&outer, std::fs::Permissions::from_mode(0o755)).unwrap();
    let db = outer.join("a/b/store.db");
    env.run(&[
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
        "--db",
        db.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(mode(&outer.join("a")), 0o700);
    assert_eq!(mode(&outer.join("a/b")), 0o700);
    assert_eq!(mode(&outer), 0o755);
    assert_eq!(mode(&db), 0o600);
}

// ----- a busy store -----------------------------------------------------------------

#[test]
fn a_writer_that_gives_up_waiting_says_the_store_is_busy_and_exits_7() {
    let env = TestEnv::org("clinic");
    let lock = env.hold_write_lock();
    let db = env.store_url();
    let invite = [
        "member",
        "invite",
        "bob@demo.org",
        "--role",
        "practitioner",
        "--as",
        ADMIN,
    ];

    let mut cmd = env.command();
    cmd.env("CAREWARD_BUSY_TIMEOUT", "1");
    let started = Instant::now();
    env.run_with(cmd, &invite, None)
        .code(7)
        .error(&format!(
            "the store {db} is busy: another process kept it locked for longer than 1s"
        ))
        .hint(
            "nothing was changed; run the command again, or wait longer with --busy-timeout \
             SECONDS (CAREWARD_BUSY_TIMEOUT)",
        )
        .no_stdout();
    assert!(started.elapsed() >= Duration::from_millis(900), "it waited");

    // the flag says the same; 0 does not wait at all
    let mut all = invite.to_vec();
    all.extend(["--busy-timeout", "0"]);
    env.run(&all).code(7);
    drop(lock);
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM member WHERE email = 'bob@demo.org'"
        ),
        0
    );
    env.run(&invite).ok();
}

#[test]
fn a_writer_waits_for_the_store_while_another_holds_it() {
    let env = TestEnv::org("clinic");
    let lock = env.hold_write_lock();
    let release = thread::spawn(move || {
        thread::sleep(Duration::from_millis(1500));
        lock.execute_batch("COMMIT;");
    });
    let mut cmd = env.command();
    cmd.env("CAREWARD_BUSY_TIMEOUT", "60");
    let started = Instant::now();
    env.run_with(
        cmd,
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--as",
            ADMIN,
        ],
        None,
    )
    .ok();
    assert!(started.elapsed() >= Duration::from_millis(1400));
    release.join().unwrap();
    assert_eq!(env.status_of("bob@demo.org"), "invited");
}

#[test]
fn a_busy_timeout_that_is_not_a_number_is_a_usage_error() {
    let env = TestEnv::org("clinic");
    let mut cmd = env.command();
    cmd.env("CAREWARD_BUSY_TIMEOUT", "soon");
    env.run_with(cmd, &["member", "list", "--as", ADMIN], None)
        .code(2);
}

// ----- store backup -----------------------------------------------------------------

fn two_orgs() -> TestEnv {
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
        ADMIN,
    ])
    .ok();
    env.run(&[
        "org",
        "init",
        "south",
        "--name",
        "South",
        "--kind",
        "school",
        "--policy",
        "group-practice",
        "--admin",
        "head@south.org",
    ])
    .ok();
    env
}

/// `audit verify` of the store at `db`, as `actor` in `org`: its JSON.
fn verify(env: &TestEnv, db: &str, org: &str, actor: &str) -> Value {
    let run = env.run(&[
        "audit", "verify", "--db", db, "--org", org, "--as", actor, "--format", "json",
    ]);
    run.ok();
    run.json()
}

#[test]
fn a_backup_copies_every_organisation_privately_and_verifies_as_the_original() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let copy = env.dir().join("backup.db");
    let out = json_as(&env, ADMIN, &["store", "backup", copy.to_str().unwrap()]);
    assert_eq!(out["organisations"], serde_json::json!(["demo"]));
    let events = env.audit_count();
    assert_eq!(out["events"], events, "the copy holds its own backup event");
    #[cfg(unix)]
    assert_eq!(mode(&copy), 0o600);
    let copied = verify(&env, copy.to_str().unwrap(), "demo", ADMIN);
    assert_eq!(copied["status"], "ok");
    assert_eq!(copied["events"], events);
    assert_eq!(out["head"], head_hash(&env.sql()));

    let backup = env.audit(&["--action", "store.backup"]);
    assert_eq!(backup.len(), 1);
    assert_eq!(backup[0]["outcome"], "allowed");
    assert_eq!(backup[0]["details"]["file"], copy.to_str().unwrap());
    // the copy is a careward store with the same members
    let members = |db: &str| {
        env.run(&[
            "member", "list", "--db", db, "--as", ADMIN, "--format", "json",
        ])
        .json()
    };
    assert_eq!(members(copy.to_str().unwrap()), members(&env.store_url()));
    // no temporary file is left beside it
    let names: Vec<String> = std::fs::read_dir(env.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("backup"))
        .collect();
    assert_eq!(names, vec!["backup.db".to_string()]);
}

fn head_hash(conn: &TestDb) -> String {
    conn.query_one("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1", &[])
}

#[test]
fn a_backup_needs_audit_view_in_every_organisation() {
    let env = two_orgs();
    let copy = env.dir().join("b.db");
    let file = copy.to_str().unwrap();
    let before = env.audit_count();
    // admin@demo.org administers demo and north, not south
    env.as_(ADMIN, &["store", "backup", file])
        .code(3)
        .error("admin@demo.org may not audit.view org: a rule forbids it: admin@demo.org is not a member of this organisation")
        .no_stdout();
    assert!(!copy.exists());
    // only the denial stays, in south's trail
    let events = env.events(before);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].0, "audit.view");
    assert_eq!(events[0].2, "denied");
    assert_eq!(events[0].3["command"], "store backup");
    let south: i64 = env.sql().query_one(
        "SELECT org_id FROM audit_event ORDER BY id DESC LIMIT 1",
        &[],
    );
    let south_id: i64 = env
        .sql()
        .query_one("SELECT id FROM org WHERE slug = 'south'", &[]);
    assert_eq!(south, south_id);

    // once they may view south's trail too, the backup is audited in all three
    env.as_(
        "head@south.org",
        &[
            "member",
            "invite",
            ADMIN,
            "--role",
            "administrator",
            "--accepted",
            "--org",
            "south",
        ],
    )
    .ok();
    let before = env.audit_count();
    let out = json_as(&env, ADMIN, &["store", "backup", file]);
    assert_eq!(
        out["organisations"],
        serde_json::json!(["demo", "north", "south"])
    );
    let events = env.events(before);
    assert_eq!(events.len(), 3);
    assert!(
        events
            .iter()
            .all(|e| e.0 == "store.backup" && e.2 == "allowed")
    );
    for org in ["demo", "north", "south"] {
        assert_eq!(verify(&env, file, org, ADMIN)["status"], "ok");
    }
}

#[test]
fn a_backup_does_not_overwrite_a_file_unless_it_is_empty_or_forced() {
    let env = TestEnv::org("clinic");
    let taken = env.write("taken.db", "precious");
    let file = taken.to_str().unwrap();
    let before = env.audit_count();
    env.as_(ADMIN, &["store", "backup", file])
        .code(5)
        .error(&format!("{file} already exists and is not empty"))
        .hint("name a new file, or add --force to replace it");
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "precious");
    assert_eq!(env.audit_count(), before);

    env.as_(ADMIN, &["store", "backup", file, "--force"]).ok();
    assert_eq!(verify(&env, file, "demo", ADMIN)["status"], "ok");

    let empty = env.write("empty.db", "");
    env.as_(ADMIN, &["store", "backup", empty.to_str().unwrap()])
        .ok();
    #[cfg(unix)]
    assert_eq!(mode(&empty), 0o600);

    if !env.sqlite_only("a backup onto the store's own file") {
        let db = env.db().display().to_string();
        env.as_(ADMIN, &["store", "backup", &db, "--force"])
            .code(5)
            .error(&format!("{db} is the store itself"));
    }
    env.as_(ADMIN, &["store", "backup", env.dir().to_str().unwrap()])
        .code(2);
}

#[test]
fn a_backup_dry_run_says_what_it_would_write_and_writes_nothing() {
    let env = TestEnv::org("clinic");
    let copy = env.dir().join("b.db");
    let before = env.snapshot();
    let run = env.as_(
        ADMIN,
        &["store", "backup", copy.to_str().unwrap(), "--dry-run"],
    );
    run.ok().stderr_has(&format!(
        "dry run: would write a copy of the store (organisation demo) to {}; nothing was changed",
        copy.display()
    ));
    assert!(!copy.exists());
    assert_eq!(env.snapshot(), before);
}

// ----- killed, busy, and racing processes ---------------------------------------------

/// A small deterministic generator, so that each run kills at the same points.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// `PRAGMA integrity_check` of an SQLite store says "ok".
#[track_caller]
fn assert_intact(env: &TestEnv) {
    if !env.sqlite_only(
        "PRAGMA integrity_check: a PostgreSQL server keeps its files whole through a killed client",
    ) {
        let ok: String = env.sql().query_one("PRAGMA integrity_check", &[]);
        assert_eq!(ok, "ok");
    }
}

fn count(env: &TestEnv, sql: &str) -> i64 {
    env.sql().query_one(sql, &[])
}

/// Run the command `args` (as `actor`), killing it with SIGKILL after `after`, or let it
/// finish if it is quicker. Whether it finished.
fn kill_after(env: &TestEnv, args: &[&str], after: Duration) -> bool {
    let mut child: Child = env
        .std_command()
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("careward starts");
    let deadline = Instant::now() + after;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{args:?} failed before it was killed");
            return true;
        }
        thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    false
}

/// How long `careward ARGS` takes on a copy of the store `env` would start from.
fn timed(env: &TestEnv, args: &[&str]) -> Duration {
    let started = Instant::now();
    let status = env
        .std_command()
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "{args:?}");
    started.elapsed()
}

fn members_csv(env: &TestEnv, name: &str, prefix: &str, rows: usize) -> String {
    let mut csv = String::from("email,name,title,roles\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "{prefix}{i:05}@demo.org,Member {i},Psychologist,practitioner\n"
        ));
    }
    env.write(name, &csv).display().to_string()
}

fn audit_verifies(env: &TestEnv) {
    let run = env.as_(ADMIN, &["audit", "verify", "--format", "json"]);
    run.ok();
    assert_eq!(run.json()["status"], "ok");
}

/// Issue 10: "SIGKILL at random points of a large `member invite --csv` import: after
/// each kill, PRAGMA integrity_check ok, all or nothing, and `careward audit verify`
/// passes."
#[test]
fn a_member_import_killed_at_any_point_leaves_all_of_it_or_none() {
    const ROWS: i64 = 2000;
    let probe = TestEnv::org("clinic");
    let csv = members_csv(&probe, "m.csv", "m", ROWS as usize);
    let import = ["member", "invite", "--csv", &csv, "--as", ADMIN, "-q"];
    let full = timed(&probe, &import);

    let mut rng = Lcg(10);
    let (mut none, mut all) = (0, 0);
    // kill points spread over the import's whole run, and a little past it
    for _ in 0..4 {
        let env = TestEnv::org("clinic");
        let csv = members_csv(&env, "m.csv", "m", ROWS as usize);
        let import = ["member", "invite", "--csv", &csv, "--as", ADMIN, "-q"];
        let events = env.audit_count();
        let at = full.mul_f64(rng.below(120) as f64 / 100.0);
        let finished = kill_after(&env, &import, at);
        assert_intact(&env);
        let members = count(&env, "SELECT count(*) FROM member") - 1;
        let added = env.audit_count() - events;
        match members {
            0 => {
                none += 1;
                assert!(!finished);
                assert_eq!(added, 0, "no member, no event");
            }
            ROWS => {
                all += 1;
                assert!(added >= ROWS, "every member has its event");
            }
            n => panic!("killed after {at:?}: {n} of {ROWS} members were imported"),
        }
        audit_verifies(&env);
        if members == 0 {
            // a re-run does what the killed one did not
            env.run(&import).ok();
            assert_eq!(count(&env, "SELECT count(*) FROM member"), ROWS + 1);
            audit_verifies(&env);
        }
    }
    eprintln!("import killed: {none} left nothing, {all} had finished ({full:?} each)");
}

/// A school whose practitioner pat owns `records` records (on a paid plan).
fn pat_with_records(records: usize) -> TestEnv {
    let env = school();
    env.as_(ADMIN, &["org", "set", "--plan", "seats", "--seats", "50"])
        .ok();
    let mut csv = String::from("client,owner,external_id\n");
    for i in 0..records {
        csv.push_str(&format!("Client {i},{PAT},X-{i:05}\n"));
    }
    let file = env.write("records.csv", &csv);
    env.as_(
        COL,
        &["record", "import", "--csv", file.to_str().unwrap(), "-q"],
    )
    .ok();
    env
}

/// Issue 10: SIGKILL at random points of a `record transfer --all-from` bulk transfer.
#[test]
fn a_bulk_transfer_killed_at_any_point_moves_all_records_or_none() {
    const RECORDS: i64 = 1200;
    let transfer = [
        "record",
        "transfer",
        "--all-from",
        PAT,
        "--to",
        KIM,
        "--as",
        COL,
        "-q",
    ];
    let probe = pat_with_records(RECORDS as usize);
    let full = timed(&probe, &transfer);
    let owned_by = |env: &TestEnv, who: &str| {
        env.sql().query_one::<i64>(
            "SELECT count(*) FROM record r JOIN member m ON m.id = r.owner_id WHERE m.email = ?1",
            &[&who],
        )
    };
    let mut rng = Lcg(8);
    let mut moved = 0;
    for _ in 0..4 {
        let env = pat_with_records(RECORDS as usize);
        let pat_had = owned_by(&env, PAT);
        assert_eq!(pat_had, RECORDS + 1);
        let at = full.mul_f64(rng.below(120) as f64 / 100.0);
        kill_after(&env, &transfer, at);
        assert_intact(&env);
        let (pat, kim) = (owned_by(&env, PAT), owned_by(&env, KIM));
        assert!(
            (pat, kim) == (pat_had, 0) || (pat, kim) == (0, pat_had),
            "killed after {at:?}: pat owns {pat}, kim {kim}"
        );
        moved += usize::from(kim > 0);
        audit_verifies(&env);
    }
    eprintln!("transfer killed: {moved} of 4 had finished ({full:?} each)");
}

/// Issue 10: "8 concurrent processes mixing imports, role changes, record creates and
/// transfers (no failures, final state = sum of successes, trail verifies)".
#[test]
fn eight_processes_at_once_all_land_and_the_trail_verifies() {
    let env = school();
    env.as_(ADMIN, &["org", "set", "--plan", "seats", "--seats", "2000"])
        .ok();
    let csvs: Vec<String> = (0..2)
        .map(|i| members_csv(&env, &format!("m{i}.csv"), &format!("w{i}m"), 400))
        .collect();
    let events_before = env.audit_count();
    let records_before = count(&env, "SELECT count(*) FROM record");

    // Each worker runs its commands one after another; the eight run at once.
    let mut plans: Vec<Vec<Vec<String>>> = Vec::new();
    for csv in &csvs {
        plans.push(
            vec![vec!["member", "invite", "--csv", csv, "--as", ADMIN, "-q"]]
                .into_iter()
                .map(|a| a.into_iter().map(String::from).collect())
                .collect(),
        );
    }
    // role changes: each worker toggles coordinator on its own practitioner 3 times
    for who in [KIM, "lee@demo.org"] {
        let mut plan = Vec::new();
        for _ in 0..3 {
            for verb in ["assign", "remove"] {
                plan.push(
                    ["role", verb, who, "coordinator", "--as", ADMIN]
                        .map(String::from)
                        .to_vec(),
                );
            }
        }
        plans.push(plan);
    }
    // record creates
    for (w, owner) in [(4, PAT), (5, KIM)] {
        plans.push(
            (0..6)
                .map(|i| {
                    let client = format!("W{w} client {i}");
                    ["record", "create", "--client", &client, "--as", owner]
                        .map(String::from)
                        .to_vec()
                })
                .collect(),
        );
    }
    // transfers by the coordinator, which take effect at once: record 1 goes
    // pat → lee → pat … and back to pat; a bulk transfer moves nothing that is not there
    plans.push(
        (0..6)
            .map(|i| {
                let to = if i % 2 == 0 { "lee@demo.org" } else { PAT };
                ["record", "transfer", "1", "--to", to, "--as", COL]
                    .map(String::from)
                    .to_vec()
            })
            .collect(),
    );
    // member edits: the last title written wins
    plans.push(
        (0..4)
            .map(|i| {
                let title = format!("Title {i}");
                [
                    "member",
                    "edit",
                    "sue@demo.org",
                    "--title",
                    &title,
                    "--as",
                    ADMIN,
                ]
                .map(String::from)
                .to_vec()
            })
            .collect(),
    );
    assert_eq!(plans.len(), 8);

    let handles: Vec<_> = plans
        .into_iter()
        .map(|plan| {
            let cmds: Vec<std::process::Command> = plan
                .iter()
                .map(|args| {
                    let mut cmd = env.std_command();
                    cmd.args(args);
                    cmd
                })
                .collect();
            thread::spawn(move || {
                let mut results = Vec::new();
                for mut cmd in cmds {
                    let out = cmd.output().expect("careward runs");
                    results.push((
                        out.status.code(),
                        String::from_utf8_lossy(&out.stderr).into_owned(),
                    ));
                }
                results
            })
        })
        .collect();
    let mut outcomes: BTreeMap<Option<i32>, usize> = BTreeMap::new();
    for h in handles {
        for (code, stderr) in h.join().unwrap() {
            assert_eq!(code, Some(0), "a command failed: {stderr}");
            *outcomes.entry(code).or_default() += 1;
        }
    }
    assert_eq!(outcomes[&Some(0)], 2 + 12 + 12 + 6 + 4);

    assert_intact(&env);
    // the state is the sum of what succeeded
    assert_eq!(
        count(&env, "SELECT count(*) FROM member WHERE email LIKE 'w_m%'"),
        800
    );
    assert_eq!(
        count(&env, "SELECT count(*) FROM record"),
        records_before + 12
    );
    assert_eq!(crate::common::records::owner_of(&env, 1), PAT);
    for who in [KIM, "lee@demo.org"] {
        assert_eq!(
            count(
                &env,
                &format!(
                    "SELECT count(*) FROM member_role JOIN member ON member.id = member_id \
                     WHERE email = '{who}' AND role = 'coordinator'"
                )
            ),
            0
        );
    }
    let title: String = env
        .sql()
        .query_one("SELECT title FROM member WHERE email = 'sue@demo.org'", &[]);
    assert_eq!(title, "Title 3");
    let events = |sql: &str| {
        count(
            &env,
            &format!("SELECT count(*) FROM audit_event WHERE id > {events_before} AND {sql}"),
        )
    };
    assert_eq!(
        events("action = 'member.invite' AND target LIKE 'member:w_m%'"),
        800
    );
    assert_eq!(events("action = 'record.create'"), 12);
    assert_eq!(events("action = 'record.transfer'"), 6);
    assert_eq!(
        events("action LIKE 'role.%' AND target = 'member:kim@demo.org'"),
        6
    );
    assert_eq!(events("outcome <> 'allowed'"), 0);
    audit_verifies(&env);
}

/// Issue 10: "backup under concurrent writes (the copy is consistent and verifies)":
/// each copy's records match its own audit trail, event for event.
#[test]
fn a_backup_taken_while_others_write_is_consistent_and_verifies() {
    let env = school();
    env.as_(ADMIN, &["org", "set", "--plan", "seats", "--seats", "50"])
        .ok();
    let writers: Vec<_> = [PAT, KIM]
        .into_iter()
        .map(|owner| {
            let cmds: Vec<std::process::Command> = (0..15)
                .map(|i| {
                    let mut cmd = env.std_command();
                    cmd.args([
                        "record",
                        "create",
                        "--client",
                        &format!("C{i}"),
                        "--as",
                        owner,
                        "-q",
                    ]);
                    cmd
                })
                .collect();
            thread::spawn(move || {
                for mut cmd in cmds {
                    assert!(cmd.status().unwrap().success());
                }
            })
        })
        .collect();
    let mut copies = Vec::new();
    for i in 0..4 {
        thread::sleep(Duration::from_millis(150));
        let copy = env.dir().join(format!("copy{i}.db"));
        let run = env.as_(
            ADMIN,
            &[
                "store",
                "backup",
                copy.to_str().unwrap(),
                "--format",
                "json",
            ],
        );
        run.ok();
        copies.push(copy);
    }
    for w in writers {
        w.join().unwrap();
    }
    let mut seen = Vec::new();
    for copy in &copies {
        let conn = TestDb::Sqlite(rusqlite::Connection::open(copy).unwrap());
        let ok: String = conn.query_one("PRAGMA integrity_check", &[]);
        assert_eq!(ok, "ok");
        let records: i64 = conn.query_one("SELECT count(*) FROM record", &[]);
        let created: i64 = conn
            .query_one("SELECT count(*) FROM audit_event WHERE action = 'record.create' AND outcome = 'allowed'", &[]);
        assert_eq!(records, created, "{}: rows and trail agree", copy.display());
        seen.push(records);
        drop(conn);
        assert_eq!(
            verify(&env, copy.to_str().unwrap(), "demo", ADMIN)["status"],
            "ok"
        );
    }
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted, "later copies hold at least as much");
    assert_eq!(count(&env, "SELECT count(*) FROM record"), 31);
}
