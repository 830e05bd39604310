//! Issue 9, "privacy without exceptions": questions about others in a batch, what a dry
//! run still audits, no member changing their own access by a detour, and what a space
//! shows of the record it is about.

use chrono::Duration;
use serde_json::Value;

use crate::common::TestEnv;
use crate::common::contents::{FAY, IVY, NED, add_entry, practice};
use crate::common::records::{ADMIN, COL, KIM, LEE, PAT, json_as, later};

/// The JSON lines of a batch run.
fn lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The audit events appended after event `skip`, by action.
fn events_of(env: &TestEnv, skip: i64, action: &str) -> Vec<(String, Value)> {
    env.events(skip)
        .into_iter()
        .filter(|(a, ..)| a == action)
        .map(|(_, _, outcome, details)| (outcome, details))
        .collect()
}

// 1. perm check --batch is a question like any other

#[test]
fn a_batch_needs_an_actor() {
    let env = practice();
    let input = r#"{"action": "record.read", "target": "record:1"}"#;
    env.run_stdin(&["perm", "check", "--batch"], input)
        .code(2)
        .stderr_has("this command needs an acting member");
}

#[test]
fn a_batch_answers_about_the_actor_as_perm_check_does_and_asks_no_audit() {
    let env = practice();
    let before = env.audit_count();
    let input = format!(
        "{}\n{}\n",
        r#"{"action": "record.read", "target": "record:1"}"#,
        serde_json::json!({ "as": NED.to_uppercase(), "action": "record.read", "target": "record:1" })
    );
    let run = env.as_stdin(NED, &["perm", "check", "--batch"], &input);
    run.code(0);
    let answers = lines(&run.stdout);
    let single = env.as_(
        NED,
        &[
            "perm",
            "check",
            "record.read",
            "record:1",
            "--format",
            "json",
        ],
    );
    let single = single.code(3).json();
    for a in &answers {
        assert_eq!(a["allowed"], false);
        assert_eq!(a["actor"], NED);
        assert_eq!(a["reason"], single["reason"], "{}", run.transcript());
    }
    assert_eq!(
        env.audit_count(),
        before,
        "questions about oneself are not audited"
    );
}

#[test]
fn a_batch_refuses_questions_about_others_to_who_may_not_ask_and_audits_them() {
    let env = practice();
    let before = env.audit_count();
    let input = [
        serde_json::json!({ "as": PAT, "action": "record.read", "target": "record:1" }),
        serde_json::json!({ "as": KIM, "action": "record.write", "target": "record:1" }),
        serde_json::json!({ "action": "record.read", "target": "record:1" }),
    ]
    .map(|v| format!("{v}\n"))
    .concat();
    let run = env.as_stdin(NED, &["perm", "check", "--batch", "--explain"], &input);
    run.code(3);
    assert!(
        run.stderr.contains("2 questions about others were refused"),
        "{}",
        run.transcript()
    );
    let answers = lines(&run.stdout);
    assert_eq!(answers.len(), 3);
    for a in &answers[..2] {
        assert_eq!(a["refused"], true, "{a}");
        assert_eq!(a["allowed"], false);
        assert!(
            a["reason"]
                .as_str()
                .unwrap()
                .starts_with("denied: ned@demo.org may not ask about another member's access"),
            "{a}"
        );
    }
    // the third line, about ned, is answered
    assert!(answers[2].get("refused").is_none());
    // nothing about who owns record 1 or whom it is shared with
    for secret in ["owns", "shared with", "at level", FAY, IVY, LEE] {
        assert!(
            !run.stdout.contains(secret),
            "{secret} leaked:\n{}",
            run.stdout
        );
    }
    let audited = events_of(&env, before, "perm.batch");
    assert_eq!(audited.len(), 1, "{audited:?}");
    assert_eq!(audited[0].0, "denied");
    assert_eq!(audited[0].1["refused_questions"], 2);
}

#[test]
fn a_batch_answers_about_others_for_the_records_owner_and_for_auditors_in_one_event() {
    let env = practice();
    // record 2 is kim's: pat manages the sharing of record 1 only
    json_as(&env, KIM, &["record", "create", "--client", "Ana Ruiz"]);
    let before = env.audit_count();
    let input = [
        serde_json::json!({ "as": KIM, "action": "record.write", "target": "record:1" }),
        serde_json::json!({ "as": LEE, "action": "record.write", "target": "record:1" }),
        serde_json::json!({ "as": LEE, "action": "record.read", "target": "record:2" }),
    ]
    .map(|v| format!("{v}\n"))
    .concat();
    let run = env.as_stdin(PAT, &["perm", "check", "--batch"], &input);
    run.code(3);
    let answers = lines(&run.stdout);
    assert_eq!(answers[0]["allowed"], true);
    assert_eq!(answers[1]["allowed"], false);
    assert!(answers[1].get("refused").is_none());
    assert_eq!(answers[2]["refused"], true);
    let audited = events_of(&env, before, "perm.batch");
    assert_eq!(
        audited.iter().map(|(o, _)| o.as_str()).collect::<Vec<_>>(),
        ["allowed", "denied"]
    );
    assert_eq!(audited[0].1["questions"], 2);
    assert_eq!(audited[0].1["about"], serde_json::json!([KIM, LEE]));

    // whoever reads the audit trail may ask about anyone
    let before = env.audit_count();
    let run = env.as_stdin(ADMIN, &["perm", "check", "--batch"], &input);
    run.code(0);
    assert!(
        lines(&run.stdout)
            .iter()
            .all(|a| a.get("refused").is_none())
    );
    let audited = events_of(&env, before, "perm.batch");
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].1["questions"], 3);
}

// 2. --dry-run never hides a read or a refusal

#[test]
fn a_dry_run_read_of_clinical_content_is_audited_as_a_dry_run() {
    let env = practice();
    let data = env.data();
    let before = env.audit_count();
    let opened = json_as(&env, KIM, &["record", "open", "1", "--dry-run"]);
    assert_eq!(opened["client"], "Sam Lee");
    let reads = events_of(&env, before, "record.read");
    assert_eq!(reads.len(), 1, "{reads:?}");
    assert_eq!(reads[0].0, "allowed");
    assert_eq!(reads[0].1["dry_run"], true);
    assert_eq!(reads[0].1["read"], "clinical content");
    // entries read and exported under a dry run too
    add_entry(&env, PAT, "1", "note", &["--title", "Session 1"]);
    let data_with_note = env.data();
    let before = env.audit_count();
    json_as(&env, PAT, &["entry", "list", "1", "--dry-run"]);
    json_as(&env, PAT, &["entry", "export", "1", "--dry-run"]);
    let kept = env.events(before);
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(kept.iter().all(|(.., d)| d["dry_run"] == true));
    assert_ne!(data, data_with_note);
    assert_eq!(env.data(), data_with_note, "a dry run changed the store");
}

#[test]
fn a_refusal_under_a_dry_run_is_audited_and_changes_nothing() {
    let env = practice();
    let data = env.data();
    let before = env.audit_count();
    env.as_(NED, &["record", "open", "1", "--dry-run"]).code(3);
    env.as_(
        NED,
        &[
            "record",
            "share",
            "1",
            "--with",
            COL,
            "--level",
            "read",
            "--dry-run",
        ],
    )
    .code(3);
    env.as_(ADMIN, &["member", "remove", ADMIN, "--dry-run"])
        .code(5);
    let kept = env.events(before);
    let outcomes: Vec<(&str, &str)> = kept
        .iter()
        .map(|(action, _, outcome, _)| (action.as_str(), outcome.as_str()))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("record.read", "denied"),
            ("record.share", "denied"),
            ("member.remove", "refused")
        ]
    );
    assert!(kept.iter().all(|(.., d)| d["dry_run"] == true), "{kept:?}");
    assert_eq!(env.data(), data);
}

#[test]
fn perm_lookup_and_list_refuse_who_cannot_act() {
    let env = practice();
    env.as_(
        ADMIN,
        &["member", "invite", "new@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_(ADMIN, &["member", "deactivate", LEE]).ok();
    for (who, why) in [
        ("new@demo.org", "has been invited but has not accepted yet"),
        (LEE, "is inactive"),
        ("eve@elsewhere.org", "is not a member"),
    ] {
        for args in [
            &["perm", "lookup", "record.read", "record"][..],
            &["perm", "list"][..],
        ] {
            let before = env.audit_count();
            env.as_(who, args).code(3).stderr_has(why).no_stdout();
            let denied = env.events(before);
            assert_eq!(denied.len(), 1, "{who} {args:?}: {denied:?}");
            assert_eq!(denied[0].2, "denied");
        }
    }
    // an active member with no grant on any record is told "nothing", not refused
    let found = json_as(&env, COL, &["perm", "lookup", "record.write", "record"]);
    assert_eq!(found, serde_json::json!([]));
}

// 3. no one changes their own access

/// Team `circle` with `members`, made by the administrator.
fn team(env: &TestEnv, members: &[&str]) {
    env.as_(ADMIN, &["team", "create", "circle", "--name", "Circle"])
        .ok();
    let mut add = vec!["team", "add", "circle"];
    add.extend_from_slice(members);
    env.as_(ADMIN, &add).ok();
}

#[test]
fn a_collaborator_cannot_raise_their_own_level_through_a_team() {
    let env = practice();
    // kim writes, fay has full access; both are in circle
    team(&env, &[KIM, FAY, NED]);
    let before = env.audit_count();
    env.as_(FAY, &["record", "share", "1", "--team", "circle", "--level", "full"])
        .code(3)
        .stderr_has("a member does not change their own access: fay@demo.org is a grantee of this share (through team circle)")
        .hint("ask the record's owner to change it");
    env.as_(
        FAY,
        &["record", "share", "1", "--with", FAY, "--level", "read"],
    )
    .code(3)
    .stderr_has("(directly)");
    env.as_(FAY, &["record", "unshare", "1", "--team", "circle"])
        .code(3);
    let denied = env.events(before);
    assert_eq!(denied.len(), 3);
    assert!(denied.iter().all(|(_, _, o, _)| o == "denied"));
    // a full collaborator still shares with others, and the owner with anyone
    json_as(
        &env,
        FAY,
        &["record", "share", "1", "--with", NED, "--level", "read"],
    );
    json_as(
        &env,
        PAT,
        &[
            "record", "share", "1", "--team", "circle", "--level", "read",
        ],
    );
}

#[test]
fn a_time_limited_share_cannot_be_made_permanent_through_a_team() {
    let env = practice();
    json_as(
        &env,
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            NED,
            "--level",
            "full",
            "--until",
            "2099-01-01",
        ],
    );
    team(&env, &[NED]);
    env.as_(
        NED,
        &[
            "record", "share", "1", "--team", "circle", "--level", "full",
        ],
    )
    .code(3)
    .stderr_has("a member does not change their own access");
    let shares: i64 = env.sql().query_one(
        "SELECT count(*) FROM share WHERE until IS NULL AND team_id IS NOT NULL",
        &[],
    );
    assert_eq!(shares, 0);
}

#[test]
fn an_approval_requirement_follows_the_member_whatever_gives_them_access() {
    let env = practice();
    // ivy's notes wait for pat; record 1 is also shared with a team she is in
    team(&env, &[IVY]);
    json_as(
        &env,
        PAT,
        &[
            "record", "share", "1", "--team", "circle", "--level", "write",
        ],
    );
    json_as(&env, IVY, &["record", "leave", "1"]);
    assert_eq!(
        add_entry(&env, IVY, "1", "note", &[])["status"],
        "pending-approval",
        "leaving her own share did not end the supervision"
    );
    // a full collaborator who did not set it cannot lift it; the owner can
    json_as(
        &env,
        PAT,
        &["record", "share", "1", "--with", IVY, "--level", "write"],
    );
    env.as_(
        FAY,
        &[
            "record",
            "share",
            "1",
            "--with",
            IVY,
            "--level",
            "write",
            "--lift-approval",
        ],
    )
    .code(3)
    .stderr_has(
        "only the record's owner, or the supervisor who set it, lifts an approval requirement",
    );
    assert_eq!(
        add_entry(&env, IVY, "1", "note", &[])["status"],
        "pending-approval"
    );
    let lifted = json_as(
        &env,
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            IVY,
            "--level",
            "write",
            "--lift-approval",
        ],
    );
    assert_eq!(lifted["require_approval"], false);
    assert_eq!(add_entry(&env, IVY, "1", "note", &[])["status"], "final");
}

#[test]
fn a_supervisor_who_set_a_requirement_may_lift_it() {
    let env = practice();
    json_as(
        &env,
        FAY,
        &[
            "record",
            "share",
            "1",
            "--with",
            NED,
            "--level",
            "write",
            "--require-approval",
        ],
    );
    assert_eq!(
        add_entry(&env, NED, "1", "note", &[])["status"],
        "pending-approval"
    );
    let lifted = json_as(
        &env,
        FAY,
        &[
            "record",
            "share",
            "1",
            "--with",
            NED,
            "--level",
            "write",
            "--lift-approval",
        ],
    );
    assert_eq!(lifted["require_approval"], false);
}

#[test]
fn a_team_manager_does_not_join_a_team_for_the_records_shared_with_it() {
    let env = practice();
    team(&env, &[KIM]);
    json_as(
        &env,
        PAT,
        &[
            "record", "share", "1", "--team", "circle", "--level", "read",
        ],
    );
    let before = env.audit_count();
    env.as_(ADMIN, &["team", "add", "circle", ADMIN])
        .code(3)
        .stderr_has("record:1 is shared with team circle, which admin@demo.org does not own");
    assert_eq!(env.events(before)[0].2, "denied");
    // adding someone else, or joining a team that holds nothing, is fine
    json_as(&env, ADMIN, &["team", "add", "circle", NED]);
    env.as_(ADMIN, &["team", "create", "empty", "--name", "Empty"])
        .ok();
    json_as(&env, ADMIN, &["team", "add", "empty", ADMIN]);
}

// 5. spaces do not leak records

#[test]
fn a_space_shows_its_clients_name_only_to_who_may_read_the_profile() {
    let env = practice();
    let space = json_as(
        &env,
        PAT,
        &["space", "create", "Circle of care", "--from-record", "1"],
    );
    assert_eq!(space["client"], "Sam Lee");
    assert_eq!(space["record"], 1);
    let id = space["id"].to_string();
    json_as(&env, PAT, &["space", "invite", &id, "--member", NED]);
    let seen = json_as(&env, NED, &["space", "show", &id]);
    assert_eq!(seen["client"], Value::Null);
    assert_eq!(seen["record"], Value::Null);
    assert_eq!(seen["name"], "Circle of care");
    let listed = json_as(&env, NED, &["space", "list"]);
    assert!(!listed.to_string().contains("Sam Lee"), "{listed}");
    // a read collaborator reads the profile
    json_as(&env, PAT, &["space", "invite", &id, "--member", LEE]);
    assert_eq!(
        json_as(&env, LEE, &["space", "show", &id])["client"],
        "Sam Lee"
    );
}

#[test]
fn a_space_created_under_emergency_access_stops_showing_the_client_when_it_ends() {
    let mut env = practice();
    json_as(
        &env,
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--for",
            "30m",
            "--reason",
            "crisis call",
        ],
    );
    let space = json_as(
        &env,
        NED,
        &["space", "create", "Crisis", "--from-record", "1"],
    );
    assert_eq!(space["client"], "Sam Lee");
    later(&mut env, Duration::hours(2));
    let seen = json_as(&env, NED, &["space", "show", &space["id"].to_string()]);
    assert_eq!(seen["client"], Value::Null);
    assert_eq!(seen["record"], Value::Null);
}

#[test]
fn only_who_may_read_a_confidential_record_invites_into_its_space() {
    let env = practice();
    json_as(&env, PAT, &["record", "confidential", "1", "on"]);
    let space = json_as(
        &env,
        PAT,
        &["space", "create", "Private", "--from-record", "1"],
    );
    let id = space["id"].to_string();
    json_as(&env, PAT, &["space", "invite", &id, "--member", NED]);
    let before = env.audit_count();
    env.as_(NED, &["space", "invite", &id, "--member", COL])
        .code(5)
        .stderr_has("is about a confidential record: only members who may read that record invite others into it");
    assert_eq!(env.events(before)[0].2, "refused");
}
