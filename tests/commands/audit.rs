//! `careward audit`: every change and every refusal leaves an event; `log` filters them;
//! `verify` finds an edited or a deleted event (more tampering: tamper.rs).

use serde_json::{Value, json};

use super::tamper::forged_hash;
use crate::common::{NOW, TestEnv};

const ADMIN: &str = "admin@demo.org";

fn field<'a>(events: &'a [Value], name: &str) -> Vec<&'a str> {
    events
        .iter()
        .map(|e| e[name].as_str().expect("a text field"))
        .collect()
}

/// An organisation with a history: allowed changes, a denial and a refusal.
fn with_history() -> TestEnv {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]); // 2 allowed
    env.as_(
        "bob@demo.org",
        &["member", "invite", "eve@demo.org", "--role", "practitioner"],
    )
    .code(3); // 3 denied
    env.as_(
        ADMIN,
        &["member", "invite", "bob@demo.org", "--role", "practitioner"],
    )
    .code(5); // 4 refused
    env.as_(ADMIN, &["role", "assign", "bob@demo.org", "coordinator"])
        .ok(); // 5 allowed
    env
}

#[test]
fn every_change_and_refusal_is_an_event() {
    let env = with_history();
    let events = env.audit(&[]);
    assert_eq!(
        field(&events, "action"),
        vec![
            "org.init",
            "member.invite",
            "member.invite",
            "member.invite",
            "role.assign"
        ]
    );
    assert_eq!(
        field(&events, "outcome"),
        vec!["allowed", "allowed", "denied", "refused", "allowed"]
    );
    assert_eq!(
        field(&events, "actor"),
        vec!["org init", ADMIN, "bob@demo.org", ADMIN, ADMIN]
    );
    assert_eq!(
        field(&events, "target"),
        vec![
            "org",
            "member:bob@demo.org",
            "member:eve@demo.org",
            "member:bob@demo.org",
            "member:bob@demo.org"
        ]
    );
    let ids: Vec<i64> = events.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, vec![1, 2, 3, 4, 5]);

    let denied = &events[2];
    assert_eq!(
        denied["decision"],
        "denied: no grant of member.invite reaches member:eve@demo.org; bob@demo.org holds practitioner"
    );
    assert_eq!(
        denied["details"]["chain"],
        json!(["nearest grant: practitioner grants member.edit on own"])
    );
    let refused = &events[3];
    assert_eq!(
        refused["decision"],
        "refused: bob@demo.org is already a member (active)"
    );
    for e in &events {
        assert_eq!(e["at"], NOW);
        assert_eq!(e["os_user"], crate::common::os_user().as_str());
        assert_eq!(e["reason"], json!(null));
        assert_eq!(e["hash"].as_str().unwrap().len(), 64);
    }
}

#[test]
fn log_is_gated() {
    let env = with_history();
    env.as_("bob@demo.org", &["audit", "log"]).code(3).error(
        "bob@demo.org may not audit.view org: \
             no grant of audit.view reaches org; bob@demo.org holds coordinator, practitioner",
    );
    env.as_("bob@demo.org", &["audit", "verify"]).code(3);
}

#[test]
fn log_takes_the_actor_from_as_and_filters_by_actor() {
    let env = with_history();
    // --as names who reads; --actor filters. They are different options.
    let run = env.run(&[
        "audit",
        "log",
        "--as",
        ADMIN,
        "--actor",
        "bob@demo.org",
        "--format",
        "json",
    ]);
    run.ok();
    let events = run.json();
    let events = events.as_array().unwrap();
    assert_eq!(field(events, "actor"), vec!["bob@demo.org"]);
    assert_eq!(field(events, "outcome"), vec!["denied"]);

    let by_admin = env.audit(&["--actor", "Admin@Demo.org"]);
    assert_eq!(by_admin.len(), 3);
    let by_init = env.audit(&["--actor", "org init"]);
    assert_eq!(field(&by_init, "action"), vec!["org.init"]);
}

#[test]
fn log_without_filters_is_not_narrowed_by_the_acting_member() {
    let env = with_history();
    let mut cmd = env.command();
    cmd.env("CAREWARD_AS", ADMIN);
    let run = env.run_with(cmd, &["audit", "log", "--format", "json"], None);
    run.ok();
    assert_eq!(
        run.json().as_array().unwrap().len(),
        5,
        "{}",
        run.transcript()
    );
}

#[test]
fn log_filters_by_action_and_noun() {
    let env = with_history();
    let invites = env.audit(&["--action", "member.invite"]);
    assert_eq!(invites.len(), 3);
    let members = env.audit(&["--action", "member."]);
    assert_eq!(members.len(), 3);
    let roles = env.audit(&["--action", "role."]);
    assert_eq!(field(&roles, "action"), vec!["role.assign"]);
    // careward's own events are found by their actions too, even outside the window
    assert_eq!(env.audit(&["--action", "org.init"]).len(), 1);
    assert_eq!(env.audit(&["--action", "org."]).len(), 1);
    let later = env.audit(&["--action", "org.init", "--since", "tomorrow"]);
    assert_eq!(later, Vec::<Value>::new());
    // a noun without its dot is an action name, and there is no action "member": a
    // usage error with a hint, not an empty table (nor a misspelt action, nor a noun
    // the policy has no action of, nor an event this organisation never had)
    for unknown in ["member", "member.invit", "pinpoint.", ".", "org.seed"] {
        env.as_(ADMIN, &["audit", "log", "--action", unknown])
            .code(2)
            .error(&format!(
                "--action \"{unknown}\": policy group-practice has no such action, and no event of demo has it"
            ))
            .hint("see its actions with: careward policy show group-practice; every action of a noun: --action member.");
    }
}

#[test]
fn log_filters_by_outcome() {
    let env = with_history();
    let denied = env.audit(&["--outcome", "denied"]);
    assert_eq!(field(&denied, "actor"), vec!["bob@demo.org"]);
    let refused = env.audit(&["--outcome", "refused"]);
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["id"], 4);
    assert_eq!(env.audit(&["--outcome", "allowed"]).len(), 3);
    env.as_(ADMIN, &["audit", "log", "--outcome", "maybe"])
        .code(2);
}

#[test]
fn log_filters_by_target() {
    let env = with_history();
    let bob = env.audit(&["--target", "member:BOB@demo.org"]);
    assert_eq!(
        field(&bob, "action"),
        vec!["member.invite", "member.invite", "role.assign"]
    );
    let org = env.audit(&["--target", "org"]);
    assert_eq!(field(&org, "action"), vec!["org.init"]);
    let combined = env.audit(&["--target", "member:bob@demo.org", "--outcome", "allowed"]);
    assert_eq!(combined.len(), 2);
}

#[test]
fn log_filters_by_time() {
    let mut env = TestEnv::org("clinic"); // 2026-11-23T09:00:00Z
    env.now = "2026-11-24T10:00:00Z".into();
    env.add("bob@demo.org", &["practitioner"]);
    env.now = "2026-11-25T08:30:00Z".into();
    env.add("cat@demo.org", &["practitioner"]);

    let ats = |filters: &[&str]| -> Vec<String> {
        env.audit(filters)
            .iter()
            .map(|e| e["at"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ats(&["--since", "2026-11-24"]),
        vec!["2026-11-24T10:00:00Z", "2026-11-25T08:30:00Z"]
    );
    assert_eq!(
        ats(&["--until", "2026-11-24"]),
        vec!["2026-11-23T09:00:00Z"]
    );
    assert_eq!(
        ats(&["--since", "2026-11-24", "--until", "2026-11-25"]),
        vec!["2026-11-24T10:00:00Z"]
    );
    // --since is inclusive, --until exclusive; offsets are turned into UTC
    assert_eq!(
        ats(&["--since", "2026-11-24T11:00:00+01:00"]),
        vec!["2026-11-24T10:00:00Z", "2026-11-25T08:30:00Z"]
    );
    assert_eq!(
        ats(&["--until", "2026-11-25T08:30:00Z"]),
        vec!["2026-11-23T09:00:00Z", "2026-11-24T10:00:00Z"]
    );
    // as people write them, from now (2026-11-25T08:30:00Z): a bare duration is ago
    assert_eq!(
        ats(&["--since", "1d"]),
        vec!["2026-11-24T10:00:00Z", "2026-11-25T08:30:00Z"]
    );
    assert_eq!(ats(&["--since", "22h"]), vec!["2026-11-25T08:30:00Z"]);
    assert_eq!(ats(&["--since", "1 day ago"]), ats(&["--since", "1d"]));
    assert_eq!(
        ats(&["--since", "yesterday"]),
        vec!["2026-11-24T10:00:00Z", "2026-11-25T08:30:00Z"]
    );
    assert_eq!(
        ats(&["--since", "2w", "--until", "today"]),
        vec!["2026-11-23T09:00:00Z", "2026-11-24T10:00:00Z"]
    );
    assert_eq!(ats(&["--until", "30h"]), vec!["2026-11-23T09:00:00Z"]);
    assert_eq!(ats(&["--since", "tomorrow"]), Vec::<String>::new());
    // without an offset a time is local: in Toronto (UTC-5), 09:30 is 14:30Z
    let local = |filters: &[&str]| -> Vec<String> {
        let mut cmd = env.command();
        cmd.env("TZ", "America/Toronto");
        let mut args = vec!["audit", "log", "--as", ADMIN, "--format", "json"];
        args.extend(filters);
        let run = env.run_with(cmd, &args, None);
        run.ok();
        let events = run.json();
        events
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["at"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ats(&["--until", "2026-11-24T09:30"]),
        vec!["2026-11-23T09:00:00Z"]
    );
    assert_eq!(
        local(&["--until", "2026-11-24T09:30"]),
        vec!["2026-11-23T09:00:00Z", "2026-11-24T10:00:00Z"]
    );
    assert_eq!(
        local(&["--until", "2026-11-24T09:30Z"]),
        vec!["2026-11-23T09:00:00Z"]
    );
    env.as_(ADMIN, &["audit", "log", "--since", "soon"])
        .code(6)
        .error("--since \"soon\" is not a time")
        .hint("write 7d (or 7d ago, +2h), today, yesterday, tomorrow, 2026-11-23, 2026-11-23T09:00 (local time) or 2026-11-23T09:00:00Z");
}

#[test]
fn log_limit_keeps_the_newest() {
    let env = with_history();
    let last = env.audit(&["--limit", "2"]);
    let ids: Vec<i64> = last.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, vec![4, 5]);
}

#[test]
fn log_shows_only_this_organisations_events() {
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
    let events = env.audit(&["--org", "demo"]);
    assert_eq!(events.len(), 5);
    let north = env.json_as("head@north.org", &["audit", "log", "--org", "north"]);
    assert_eq!(north.as_array().unwrap().len(), 1);
    assert_eq!(north[0]["details"]["slug"], "north");
}

#[test]
fn log_in_every_format() {
    let env = with_history();
    let csv = env.as_(
        ADMIN,
        &["audit", "log", "--outcome", "denied", "--format", "csv"],
    );
    csv.ok();
    let mut lines = csv.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("id,at,actor,os_user,action,target,outcome,decision,reason,details,hash,changes")
    );
    let row = lines.next().unwrap();
    assert!(
        row.starts_with(&format!(
            "3,2026-11-23T09:00:00Z,bob@demo.org,{},member.invite,member:eve@demo.org,denied,",
            crate::common::os_user()
        )),
        "{row}"
    );
    assert_eq!(lines.next(), None);

    let yaml = env.as_(
        ADMIN,
        &["audit", "log", "--outcome", "refused", "--format", "yaml"],
    );
    yaml.ok();
    let events: Value = serde_norway::from_str(&yaml.stdout).unwrap();
    assert_eq!(events[0]["id"], 4);
    assert_eq!(events[0]["outcome"], "refused");

    let table = env.as_(ADMIN, &["audit", "log", "--action", "role.assign"]);
    table
        .ok()
        .stdout_has("role.assign")
        .stdout_has("member:bob@demo.org");
}

#[test]
fn support_staff_reasons_are_kept() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(
        "support:sam",
        &[
            "member",
            "deactivate",
            "bob@demo.org",
            "--reason",
            "ticket 12: left the practice",
        ],
    )
    .ok();
    let events = env.audit(&["--actor", "support:sam"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["reason"], "ticket 12: left the practice");
    assert_eq!(events[0]["action"], "member.deactivate");
    // support staff read the log too
    let log = env.json_as("support:sam", &["audit", "log", "--reason", "ticket 12"]);
    assert_eq!(log.as_array().unwrap().len(), 3);
}

// --- verify ------------------------------------------------------------------------

#[test]
fn verify_an_intact_trail() {
    let env = with_history();
    let run = env.as_(ADMIN, &["audit", "verify", "--format", "json"]);
    run.ok();
    let head: String = env
        .sql()
        .query_one("SELECT hash FROM audit_event WHERE id = 5", &[]);
    assert_eq!(
        run.json(),
        json!({
            "status": "ok", "org": "demo", "events": 5, "rows": 6,
            "head_event": 5, "head_hash": head, "anchor": null,
        })
    );
    assert_eq!(
        run.stderr,
        "audit trail of demo intact: 5 events; they give the 6 access-relevant rows the store holds\n"
    );
}

#[test]
fn verify_finds_an_edited_event() {
    let env = with_history();
    let changed = env.sql().execute(
        "UPDATE audit_event SET details = '{\"roles\":[\"administrator\"]}' WHERE id = 3",
        &[],
    );
    assert_eq!(changed, 1);
    env.as_(ADMIN, &["audit", "verify"])
        .code(1)
        .error("the audit trail of demo is broken at event 3: its contents do not match its hash: the event was edited")
        .hint("the store was changed outside careward; keep a copy of it for investigation")
        .no_stdout();
}

#[test]
fn verify_finds_an_event_rewritten_with_a_fresh_hash() {
    let env = with_history();
    let conn = env.sql();
    // the forged hash of an untouched event is its real hash: the recipe is right
    let real: String = conn.query_one("SELECT hash FROM audit_event WHERE id = 3", &[]);
    assert_eq!(forged_hash(&conn, 3), real);
    // turn the denial into an allowed event, and give it a matching hash
    conn.execute(
        "UPDATE audit_event SET outcome = 'allowed' WHERE id = 3",
        &[],
    );
    let hash = forged_hash(&conn, 3);
    conn.execute("UPDATE audit_event SET hash = ?1 WHERE id = 3", &[&hash]);
    drop(conn);
    env.as_(ADMIN, &["audit", "verify"]).code(1).error(
        "the audit trail of demo is broken at event 4: its link to the previous event does not match: \
             an earlier event was changed or deleted",
    );
}

#[test]
fn verify_finds_a_deleted_middle_event() {
    let env = with_history();
    env.sql()
        .execute("DELETE FROM audit_event WHERE id = 3", &[]);
    env.as_(ADMIN, &["audit", "verify"])
        .code(1)
        .error("the audit trail of demo is broken at event 4: events are missing between event 2 and event 4: the chain goes from number 2 to number 4");
}

#[test]
fn verify_finds_a_deleted_last_event() {
    let env = with_history();
    env.sql()
        .execute("DELETE FROM audit_event WHERE id = 5", &[]);
    env.as_(ADMIN, &["audit", "verify"]).code(1).error(
        "the audit trail of demo is broken at event 5: \
             the chain ends at event 4 but the newest recorded event is 5: events were deleted",
    );
}

#[test]
fn a_members_reason_is_kept_too() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(
        ADMIN,
        &[
            "member",
            "deactivate",
            "bob@demo.org",
            "--reason",
            "parental leave",
        ],
    )
    .ok();
    let events = env.audit(&["--action", "member.deactivate"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["actor"], ADMIN);
    assert_eq!(events[0]["reason"], "parental leave");
}
