//! `careward audit verify` against a store changed behind careward's back: every kind of
//! tampering with the trail or with the access-relevant rows is found and named, one
//! organisation's damage does not fail another's verification, an anchor from
//! `audit head` catches a trail erased, truncated or recomputed since — and normal use
//! of every kind of change verifies clean.

use serde_json::Value;

use crate::common::{CLINIC_ADMIN, Cell, Run, TestDb, TestEnv};

const ADMIN: &str = "admin@demo.org";
const HINT: &str = "the store was changed outside careward; keep a copy of it for investigation";

/// The hash careward gives an event (src/store/audit.rs): SHA-256 over the previous
/// hash, the event's fields, its place in its organisation's chain and its row changes,
/// each preceded by its length. A forger who knows it can recompute a chain.
pub fn forged_hash(db: &TestDb, id: i64) -> String {
    use sha2::{Digest, Sha256};
    let row = db.query_row(
        "SELECT prev_hash, id, org_id, seq, at, actor, os_user, reason, action, target,
                outcome, decision, details, changes
         FROM audit_event WHERE id = ?1",
        &[&id],
    );
    let fields: Vec<String> = row
        .into_iter()
        .enumerate()
        .map(|(i, v)| match v {
            Cell::Integer(i) => i.to_string(),
            Cell::Text(t) => t,
            // no organisation: empty; no reason: one NUL, not the empty reason
            Cell::Null if i == 2 => String::new(),
            Cell::Null if i == 7 => "\0".to_string(),
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    let mut h = Sha256::new();
    for f in &fields {
        h.update((f.len() as u64).to_le_bytes());
        h.update(f.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Recompute the chain of organisation `org` from event `from` on, as a forger with the
/// algorithm would, and record its new head.
fn recompute_chain(db: &TestDb, org: i64, from: i64) {
    let ids: Vec<i64> = db.query_all(
        "SELECT id FROM audit_event WHERE org_id = ?1 AND id >= ?2 ORDER BY id",
        &[&org, &from],
    );
    for id in ids {
        let prev: String = db.query_one(
            "SELECT coalesce((SELECT hash FROM audit_event WHERE org_id = ?1 AND id < ?2
                              ORDER BY id DESC LIMIT 1), ?3)",
            &[&org, &id, &"0".repeat(64)],
        );
        db.execute(
            "UPDATE audit_event SET prev_hash = ?1 WHERE id = ?2",
            &[&prev, &id],
        );
        let hash = forged_hash(db, id);
        db.execute(
            "UPDATE audit_event SET hash = ?1 WHERE id = ?2",
            &[&hash, &id],
        );
    }
    db.execute(
        "UPDATE audit_chain SET (last_seq, last_id, last_hash) =
           (SELECT seq, id, hash FROM audit_event WHERE org_id = ?1 ORDER BY id DESC LIMIT 1)
         WHERE org_id = ?1",
        &[&org],
    );
}

/// demo with a history of five events: org init, bob invited, a denial, a refusal, a
/// role assigned.
fn with_history() -> TestEnv {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(
        "bob@demo.org",
        &["member", "invite", "eve@demo.org", "--role", "practitioner"],
    )
    .code(3);
    env.as_(
        ADMIN,
        &["member", "invite", "bob@demo.org", "--role", "practitioner"],
    )
    .code(5);
    env.as_(ADMIN, &["role", "assign", "bob@demo.org", "coordinator"])
        .ok();
    env
}

fn verify(env: &TestEnv, extra: &[&str]) -> Run {
    let mut args = vec!["audit", "verify"];
    args.extend(extra);
    env.as_(ADMIN, &args)
}

#[track_caller]
fn verified(env: &TestEnv, extra: &[&str]) -> Value {
    let mut args = vec!["audit", "verify", "--format", "json"];
    args.extend(extra);
    let run = env.as_(ADMIN, &args);
    run.ok();
    assert_eq!(run.json()["status"], "ok", "{}", run.transcript());
    run.json()
}

#[track_caller]
fn broken(run: Run, message: &str) {
    run.code(1).error(message).hint(HINT).no_stdout();
}

/// `audit head` into a file in the test's directory; its path.
fn anchor(env: &TestEnv) -> String {
    let run = env.as_(ADMIN, &["audit", "head"]);
    run.ok();
    env.write("anchor.json", &run.stdout).display().to_string()
}

fn sql(env: &TestEnv, statements: &str) {
    env.sql().execute_batch(statements);
}

// --- the trail itself ----------------------------------------------------------------

#[test]
fn events_carry_the_rows_they_changed() {
    let env = with_history();
    let changes: Vec<Value> = env
        .sql()
        .query_all::<String>("SELECT changes FROM audit_event ORDER BY id", &[])
        .iter()
        .map(|c| serde_json::from_str(c).unwrap())
        .collect();
    // the invitation: bob's member row and his role
    assert_eq!(
        changes[1],
        serde_json::json!([
            {"t": "member", "a": {"id": 2, "email": "bob@demo.org", "status": "active", "principal_role": "practitioner"}},
            {"t": "member_role", "a": {"member_id": 2, "role": "practitioner"}},
        ])
    );
    // a denial and a refusal change nothing
    assert_eq!(changes[2], serde_json::json!([]));
    assert_eq!(changes[3], serde_json::json!([]));
    // audit log shows them, in every format but the table
    let log = env.audit(&["--action", "member.invite", "--outcome", "allowed"]);
    assert_eq!(log[0]["changes"], changes[1]);
    let v = verified(&env, &[]);
    assert_eq!(v["events"], 5);
    // demo, admin and bob, admin's role, bob's two roles
    assert_eq!(v["rows"], 6);
    assert_eq!(v["org"], "demo");
    assert_eq!(v["head_event"], 5);
    assert_eq!(v["anchor"], Value::Null);
}

#[test]
fn a_reordered_trail_is_named() {
    let env = with_history();
    sql(
        &env,
        "UPDATE audit_event SET id = -3 WHERE id = 3;
         UPDATE audit_event SET id = 3 WHERE id = 4;
         UPDATE audit_event SET id = 4 WHERE id = -3;",
    );
    broken(
        verify(&env, &[]),
        "the audit trail of demo is broken at event 3: it is number 4 of the chain, \
         but number 3 comes after it (event 4): events were reordered",
    );
}

#[test]
fn an_inserted_event_is_named() {
    let env = with_history();
    // a copy of the denial, slipped in as a new event with its place in the chain
    sql(
        &env,
        "INSERT INTO audit_event (id, org_id, seq, at, actor, os_user, reason, action, target,
                                  outcome, decision, details, changes, prev_hash, hash)
         SELECT 6, org_id, seq, at, actor, os_user, reason, action, target, outcome,
                decision, details, changes, prev_hash, hash FROM audit_event WHERE id = 3;",
    );
    broken(
        verify(&env, &[]),
        "the audit trail of demo is broken at event 6: it claims to be number 3 of the chain, \
         where number 6 was due: an event was inserted or moved",
    );
}

#[test]
fn an_event_appended_outside_careward_is_named() {
    let env = with_history();
    let conn = env.sql();
    conn.execute_batch(
        "INSERT INTO audit_event (id, org_id, seq, at, actor, os_user, reason, action, target,
                                  outcome, decision, details, changes, prev_hash, hash)
         SELECT 6, org_id, 6, at, actor, os_user, reason, action, target, outcome,
                decision, details, '[]', hash, '' FROM audit_event WHERE id = 5;",
    );
    let hash = forged_hash(&conn, 6);
    conn.execute("UPDATE audit_event SET hash = ?1 WHERE id = 6", &[&hash]);
    drop(conn);
    broken(
        verify(&env, &[]),
        "the audit trail of demo is broken at event 5: \
         the chain ends at event 6 but the newest recorded event is 5: \
         events were added outside careward",
    );
}

#[test]
fn a_recomputed_chain_is_found_by_the_anchor() {
    let env = with_history();
    let anchor = anchor(&env);
    // turn the denial into an allowed event and recompute every hash after it
    let conn = env.sql();
    conn.execute(
        "UPDATE audit_event SET outcome = 'allowed' WHERE id = 3",
        &[],
    );
    recompute_chain(&conn, 1, 3);
    drop(conn);
    // the chain holds together again, and the denial changed no row: without the anchor
    // nothing in the store can tell (README: what verify cannot prove)
    verified(&env, &[]);
    broken(
        verify(&env, &["--anchor", &anchor]),
        "the audit trail of demo no longer extends the anchor: \
         event 5 no longer has the anchored hash: the trail was rewritten since the anchor was taken",
    );
}

#[test]
fn a_recomputed_chain_that_hides_a_change_is_found_by_the_state() {
    let env = with_history();
    // drop the role assignment's row changes from its event, and recompute the chain
    let conn = env.sql();
    conn.execute("UPDATE audit_event SET changes = '[]' WHERE id = 5", &[]);
    recompute_chain(&conn, 1, 5);
    drop(conn);
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         member bob@demo.org: role coordinator: in the store, but no event put it there",
    );
}

#[test]
fn an_erased_trail_is_named_with_and_without_an_anchor() {
    let env = with_history();
    let anchor = anchor(&env);
    sql(&env, "DELETE FROM audit_event; DELETE FROM audit_chain;");
    let message = "the audit trail of demo is broken: the organisation has no audit events: its trail was erased";
    broken(verify(&env, &[]), message);
    broken(verify(&env, &["--anchor", &anchor]), message);
    // the head kept, the events erased
    let env = with_history();
    sql(&env, "DELETE FROM audit_event;");
    broken(
        verify(&env, &[]),
        "the audit trail of demo is broken at event 5: the organisation has no audit events left, \
         but its newest recorded event is 5: its trail was erased",
    );
}

#[test]
fn a_trail_erased_and_restarted_is_found_by_the_state_and_the_anchor() {
    let env = with_history();
    let anchor = anchor(&env);
    sql(&env, "DELETE FROM audit_event; DELETE FROM audit_chain;");
    // careward starts a new chain on the next change; it cannot prove the older rows
    env.add("cat@demo.org", &["practitioner"]);
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         organisation demo: in the store, but no event put it there",
    );
    broken(
        verify(&env, &["--anchor", &anchor]),
        "the audit trail of demo no longer extends the anchor: \
         the trail ends at event 1, before the anchored event 5: it was truncated or erased",
    );
}

#[test]
fn a_truncated_trail_is_found_by_the_anchor() {
    let env = with_history();
    // a refusal: an event that changes no row
    env.as_(
        ADMIN,
        &["member", "invite", "bob@demo.org", "--role", "practitioner"],
    )
    .code(5);
    let anchor = anchor(&env);
    // drop the newest event and make the recorded head agree
    sql(
        &env,
        "DELETE FROM audit_event WHERE id = 6;
         UPDATE audit_chain SET (last_seq, last_id, last_hash) =
           (SELECT seq, id, hash FROM audit_event WHERE id = 5);",
    );
    verified(&env, &[]);
    broken(
        verify(&env, &["--anchor", &anchor]),
        "the audit trail of demo no longer extends the anchor: \
         the trail ends at event 5, before the anchored event 6: it was truncated or erased",
    );
}

#[test]
fn an_anchor_the_trail_still_extends_verifies() {
    let env = with_history();
    let anchor = anchor(&env);
    env.add("cat@demo.org", &["practitioner"]);
    let v = verified(&env, &["--anchor", &anchor]);
    assert_eq!(v["anchor"], 5);
    assert_eq!(v["head_event"], 6);
    verify(&env, &["--anchor", &anchor]).ok().stderr_has(
        "audit trail of demo intact: 6 events; they give the 8 access-relevant rows the store holds; \
         it extends the anchor at event 5",
    );
}

#[test]
fn audit_head_prints_an_anchor_per_organisation() {
    let env = with_history();
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
    // support staff may read both trails
    let run = env.as_(
        "support:sam",
        &["audit", "head", "--reason", "keep anchors"],
    );
    run.ok();
    let heads: Value = serde_json::from_str(&run.stdout).unwrap();
    let hash_5: String = env
        .sql()
        .query_one("SELECT hash FROM audit_event WHERE id = 5", &[]);
    assert_eq!(heads[0]["org"], "demo");
    assert_eq!(heads[0]["event"], 5);
    assert_eq!(heads[0]["seq"], 5);
    assert_eq!(heads[0]["hash"], hash_5.as_str());
    assert_eq!(heads[1]["org"], "north");
    assert_eq!(heads[1]["event"], 6);
    assert_eq!(heads[1]["seq"], 1);
    assert_eq!(heads.as_array().unwrap().len(), 2);
    // one organisation
    let one = env.json_as("head@north.org", &["audit", "head", "--org", "north"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["org"], "north");
    // the head is gated like the log
    env.as_("bob@demo.org", &["audit", "head", "--org", "demo"])
        .code(3);
    // an anchor file without this organisation, or not an anchor at all
    let north_only = env.write("north.json", &serde_json::to_string(&one).unwrap());
    verify(
        &env,
        &["--org", "demo", "--anchor", north_only.to_str().unwrap()],
    )
    .code(6)
    .error(&format!(
        "{} holds no anchor for demo",
        north_only.display()
    ));
    let junk = env.write("junk.json", "hello");
    verify(&env, &["--org", "demo", "--anchor", junk.to_str().unwrap()]).code(6);
    verify(&env, &["--org", "demo", "--anchor", "missing.json"]).code(4);
}

// --- rows changed behind careward's back ---------------------------------------------

#[test]
fn a_role_added_by_hand_is_named() {
    let env = with_history();
    sql(
        &env,
        "INSERT INTO member_role (member_id, role)
         SELECT id, 'administrator' FROM member WHERE email = 'bob@demo.org';",
    );
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         member bob@demo.org: role administrator: in the store, but no event put it there",
    );
}

#[test]
fn a_role_added_by_hand_is_named_even_after_careward_changed_the_member_again() {
    let env = with_history();
    sql(
        &env,
        "UPDATE member SET status = 'inactive' WHERE email = 'bob@demo.org';",
    );
    // careward reactivates him: its event records the status it found
    env.as_(ADMIN, &["member", "reactivate", "bob@demo.org"])
        .ok();
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: member bob@demo.org: \
         event 6 found [email=bob@demo.org, status=inactive, principal_role=practitioner] in the store \
         where the trail says [email=bob@demo.org, status=active, principal_role=practitioner]: \
         it was changed outside careward before that event",
    );
}

#[test]
fn a_member_status_changed_by_hand_is_named() {
    let env = with_history();
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    sql(
        &env,
        "UPDATE member SET status = 'active' WHERE email = 'bob@demo.org';",
    );
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         member bob@demo.org: the trail says status inactive, the store has status active",
    );
}

#[test]
fn seats_changed_by_hand_are_named() {
    let env = with_history();
    env.as_(ADMIN, &["org", "set", "--seats", "5"]).ok();
    verified(&env, &[]);
    sql(&env, "UPDATE org SET seats = 500;");
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         organisation demo: the trail says seats 5, the store has seats 500",
    );
}

/// demo with pia's record 1 shared with bob at read.
fn with_a_shared_record() -> TestEnv {
    let env = TestEnv::org("clinic");
    env.add("pia@demo.org", &["practitioner"]);
    env.add("bob@demo.org", &["practitioner"]);
    env.as_("pia@demo.org", &["record", "create", "--client", "Noah T."])
        .ok();
    env.as_(
        "pia@demo.org",
        &[
            "record",
            "share",
            "1",
            "--with",
            "bob@demo.org",
            "--level",
            "read",
        ],
    )
    .ok();
    verified(&env, &[]);
    env
}

#[test]
fn an_owner_changed_by_hand_is_named() {
    let env = with_a_shared_record();
    sql(
        &env,
        "UPDATE record SET owner_id = (SELECT id FROM member WHERE email = 'bob@demo.org');",
    );
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         record:1: the trail says owner pia@demo.org, the store has owner bob@demo.org",
    );
}

#[test]
fn a_share_changed_by_hand_is_named() {
    let env = with_a_shared_record();
    sql(&env, "UPDATE share SET level = 'full';");
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         record:1: share with bob@demo.org: the trail says level read, the store has level full",
    );
    let env = with_a_shared_record();
    sql(&env, "DELETE FROM share;");
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         record:1: share with bob@demo.org: in the trail, but missing from the store",
    );
}

#[test]
fn a_hand_edit_is_never_carried_into_a_later_event() {
    let env = with_history();
    sql(
        &env,
        "INSERT INTO member_role (member_id, role)
         SELECT id, 'administrator' FROM member WHERE email = 'bob@demo.org';",
    );
    // careward's next change does not take the hand edit's logged change as its own
    env.add("cat@demo.org", &["practitioner"]);
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         member bob@demo.org: role administrator: in the store, but no event put it there",
    );
}

// --- organisations apart ------------------------------------------------------------

#[test]
fn damage_in_one_organisation_does_not_fail_another() {
    let env = with_history();
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
    // events of both organisations interleave in the store
    env.as_(
        "head@north.org",
        &[
            "member",
            "invite",
            "ivy@north.org",
            "--role",
            "practitioner",
            "--org",
            "north",
        ],
    )
    .ok();
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "cat@demo.org",
            "--role",
            "practitioner",
            "--org",
            "demo",
        ],
    )
    .ok();
    sql(
        &env,
        "DELETE FROM audit_event WHERE id = 3;
         INSERT INTO member_role (member_id, role)
         SELECT id, 'administrator' FROM member WHERE email = 'bob@demo.org';",
    );
    broken(
        verify(&env, &["--org", "demo"]),
        "the audit trail of demo is broken at event 4: \
         events are missing between event 2 and event 4: the chain goes from number 2 to number 4",
    );
    let north = env.as_(
        "head@north.org",
        &["audit", "verify", "--org", "north", "--format", "json"],
    );
    north.ok();
    assert_eq!(north.json()["events"], 2);
    // and the other way round: north's rows changed by hand
    sql(
        &env,
        "UPDATE member SET status = 'removed' WHERE email = 'ivy@north.org';",
    );
    env.as_("head@north.org", &["audit", "verify", "--org", "north"])
        .code(1)
        .error(
            "the store of north does not match its audit trail: \
             member ivy@north.org: the trail says status invited, the store has status removed",
        );
}

// --- normal use ---------------------------------------------------------------------

#[test]
fn every_kind_of_change_verifies_clean() {
    let env = TestEnv::org("school");
    let ok = |actor: &str, args: &[&str]| {
        env.as_(actor, args).ok();
    };
    // members through their lifecycle, roles, the plan
    ok(ADMIN, &["org", "set", "--seats", "40"]);
    ok(
        ADMIN,
        &["member", "invite", "pia@demo.org", "--role", "practitioner"],
    );
    ok("pia@demo.org", &["member", "accept"]);
    env.add("sol@demo.org", &["practitioner"]);
    env.add("cole@demo.org", &["coordinator"]);
    env.add("ivy@demo.org", &["practitioner"]);
    ok(
        ADMIN,
        &[
            "member",
            "invite",
            "gone@demo.org",
            "--role",
            "practitioner",
        ],
    );
    ok(ADMIN, &["member", "cancel", "gone@demo.org"]);
    ok(
        ADMIN,
        &[
            "role",
            "assign",
            "pia@demo.org",
            "coordinator",
            "--principal",
            "practitioner",
        ],
    );
    ok(ADMIN, &["role", "remove", "pia@demo.org", "coordinator"]);
    ok(ADMIN, &["role", "assign", "ivy@demo.org", "manager"]);
    ok(ADMIN, &["member", "deactivate", "ivy@demo.org"]);
    ok(ADMIN, &["member", "reactivate", "ivy@demo.org"]);
    let csv = env.write(
        "staff.csv",
        "email,roles,status\nkai@demo.org,practitioner,active\nlea@demo.org,practitioner;coordinator,invited\n",
    );
    ok(ADMIN, &["member", "invite", "--csv", csv.to_str().unwrap()]);
    // a dry run and refusals change nothing
    ok(
        ADMIN,
        &[
            "role",
            "assign",
            "sol@demo.org",
            "administrator",
            "--dry-run",
        ],
    );
    env.as_(
        "sol@demo.org",
        &["role", "assign", "sol@demo.org", "administrator"],
    )
    .code(3);
    // locations and teams
    ok(ADMIN, &["location", "create", "maple", "--name", "Maple"]);
    ok(ADMIN, &["location", "assign", "pia@demo.org", "maple"]);
    ok(ADMIN, &["team", "create", "tsa", "--name", "TSA"]);
    ok(
        ADMIN,
        &["team", "add", "tsa", "pia@demo.org", "sol@demo.org"],
    );
    // records, shares, transfers
    ok(
        "pia@demo.org",
        &[
            "record",
            "create",
            "--client",
            "Noah T.",
            "--location",
            "maple",
        ],
    );
    ok("pia@demo.org", &["record", "create", "--client", "Ava R."]);
    ok(
        "pia@demo.org",
        &["record", "share", "1", "--team", "tsa", "--level", "read"],
    );
    ok(
        "pia@demo.org",
        &[
            "record",
            "share",
            "1",
            "--with",
            "ivy@demo.org",
            "--level",
            "write",
            "--require-approval",
        ],
    );
    ok("pia@demo.org", &["record", "unshare", "1", "--team", "tsa"]);
    ok(
        "pia@demo.org",
        &["record", "transfer", "2", "--to", "sol@demo.org"],
    );
    ok("sol@demo.org", &["record", "transfer", "accept", "2"]);
    ok(
        "cole@demo.org",
        &["record", "transfer", "1", "--to", "sol@demo.org"],
    );
    ok("sol@demo.org", &["record", "archive", "1"]);
    ok(
        "sol@demo.org",
        &[
            "record",
            "emergency-access",
            "2",
            "--reason",
            "crisis call",
            "--for",
            "30m",
        ],
    );
    ok(
        "pia@demo.org",
        &[
            "record",
            "emergency-access",
            "2",
            "--reason",
            "crisis call",
            "--for",
            "30m",
        ],
    );
    // a departure in one step
    ok("pia@demo.org", &["record", "create", "--client", "Mia K."]);
    env.as_(
        "support:sam",
        &[
            "member",
            "deactivate",
            "pia@demo.org",
            "--transfer-to",
            "sol@demo.org",
            "--reason",
            "left",
        ],
    )
    .ok();
    ok(ADMIN, &["team", "remove", "tsa", "sol@demo.org"]);
    let v = verified(&env, &[]);
    assert!(v["rows"].as_i64().unwrap() > 20, "{v}");
    // an organisation seeded from a file verifies too
    let seeded = TestEnv::new();
    seeded
        .run(&[
            "org",
            "seed",
            concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/north-school.yaml"),
        ])
        .ok();
    let slug: String = seeded.sql().query_one("SELECT slug FROM org", &[]);
    let admin: String = seeded.sql().query_one(
        "SELECT m.email FROM member m JOIN member_role r ON r.member_id = m.id
             WHERE r.role = 'administrator' AND m.status = 'active' LIMIT 1",
        &[],
    );
    seeded
        .as_(&admin, &["audit", "verify", "--org", &slug])
        .ok();
}

#[test]
fn assistants_verify_clean() {
    let env = TestEnv::clinic();
    let ok = |args: &[&str]| {
        env.as_(CLINIC_ADMIN, args).ok();
    };
    ok(&[
        "member",
        "invite",
        "dr.osei@clinic.org",
        "--role",
        "psychiatrist",
        "--accepted",
    ]);
    ok(&[
        "member",
        "invite",
        "front@clinic.org",
        "--role",
        "assistant",
        "--accepted",
    ]);
    ok(&[
        "member",
        "invite",
        "intake@clinic.org",
        "--role",
        "assistant",
        "--accepted",
    ]);
    ok(&["assistant", "assign", "front@clinic.org", "--org-wide"]);
    ok(&[
        "assistant",
        "assign",
        "intake@clinic.org",
        "--to",
        "dr.osei@clinic.org",
    ]);
    ok(&["assistant", "unassign", "front@clinic.org"]);
    let run = env.as_(CLINIC_ADMIN, &["audit", "verify", "--format", "json"]);
    run.ok();
    assert_eq!(run.json()["status"], "ok");
    // an assignment added by hand is named
    env.sql().execute_batch(
        "INSERT INTO assistant_assignment (assistant_id, therapist_id, assigned_by, assigned_at)
             SELECT a.id, NULL, 'x', 'x' FROM member a WHERE a.email = 'intake@clinic.org';",
    );
    env.as_(CLINIC_ADMIN, &["audit", "verify"]).code(1).error(
        "the store of clinic does not match its audit trail: \
             assistant intake@clinic.org: org-wide: in the store, but no event put it there",
    );
}

// --- upgrading a store of schema 4 ---------------------------------------------------

/// A store as careward schema 4 left it: one chain for the whole store, no row changes.
/// demo has admin@demo.org (administrator) and bob@demo.org (practitioner), and two
/// events hashed the old way.
fn schema_4_store(env: &TestEnv) {
    let conn = env.sql();
    assert!(!conn.is_postgres(), "a store of schema 4 is an SQLite file");
    for sql in [
        include_str!("../../migrations/0001_init.sql"),
        include_str!("../../migrations/0002_records.sql"),
        include_str!("../../migrations/0003_assistants.sql"),
        include_str!("../../migrations/0004_contents.sql"),
    ] {
        conn.execute_batch(sql);
    }
    conn.execute_batch(
        "PRAGMA application_id = 1128354391; PRAGMA user_version = 4;
         INSERT INTO org (id, slug, name, kind, policy_source, created_at)
           VALUES (1, 'demo', 'Demo', 'clinic', 'group-practice', '2026-11-01T00:00:00Z');
         INSERT INTO member (id, org_id, email, status, principal_role, invited_by, invited_at, status_since)
           VALUES (1, 1, 'admin@demo.org', 'active', 'administrator', 'org init', 'x', 'x'),
                  (2, 1, 'bob@demo.org', 'active', 'practitioner', 'admin@demo.org', 'x', 'x');
         INSERT INTO member_role VALUES (1, 'administrator'), (2, 'practitioner');",
    );
    let mut prev = "0".repeat(64);
    for (id, actor, action) in [(1, "org init", "org.init"), (2, ADMIN, "member.invite")] {
        let fields = [
            prev.clone(),
            id.to_string(),
            "1".into(),
            "2026-11-01T00:00:00Z".into(),
            actor.into(),
            "tester".into(),
            "\u{0}".into(),
            action.into(),
            "org".into(),
            "allowed".into(),
            "allowed: yes".into(),
            "{}".into(),
        ];
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for f in &fields {
            h.update((f.len() as u64).to_le_bytes());
            h.update(f.as_bytes());
        }
        let hash: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        conn.execute(
            "INSERT INTO audit_event (id, org_id, at, actor, os_user, reason, action, target,
                                      outcome, decision, details, prev_hash, hash)
             VALUES (?1, 1, '2026-11-01T00:00:00Z', ?2, 'tester', NULL, ?3, 'org', 'allowed',
                     'allowed: yes', '{}', ?4, ?5)",
            &[&id, &actor, &action, &prev, &hash],
        );
        prev = hash;
    }
    conn.execute(
        "INSERT INTO audit_head (one, last_id, last_hash) VALUES (1, 2, ?1)",
        &[&prev],
    );
}

#[test]
fn an_upgraded_store_starts_its_proof_from_a_baseline() {
    let env = TestEnv::new();
    if env.sqlite_only("a store of schema 4 is an SQLite file") {
        return;
    }
    schema_4_store(&env);
    let v = verified(&env, &[]);
    assert_eq!(v["events"], 3);
    assert_eq!(v["rows"], 5);
    let events = env.audit(&[]);
    assert_eq!(events[2]["action"], "audit.baseline");
    assert_eq!(events[2]["actor"], "careward upgrade");
    assert_eq!(events[2]["details"]["earlier_chain"], "intact: 2 events");
    // from here on, a hand edit is found as in any store
    sql(
        &env,
        "UPDATE member SET principal_role = NULL WHERE id = 2;",
    );
    broken(
        verify(&env, &[]),
        "the store of demo does not match its audit trail: \
         member bob@demo.org: the trail says principal_role practitioner, the store has principal_role none",
    );
}

#[test]
fn an_upgrade_keeps_word_of_an_old_chain_that_was_broken() {
    let env = TestEnv::new();
    if env.sqlite_only("a store of schema 4 is an SQLite file") {
        return;
    }
    schema_4_store(&env);
    sql(
        &env,
        "UPDATE audit_event SET actor = 'someone' WHERE id = 1;",
    );
    verified(&env, &[]);
    let events = env.audit(&[]);
    assert_eq!(events[2]["details"]["earlier_chain"], "broken at event 1");
}
