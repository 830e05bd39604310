//! `careward team`: create, list, show, add, remove, rename, archive — output, refusals
//! and exit codes. Who may manage teams and what a team's shares grant are seed
//! conformance tests (tests/seeds/records.rs).

use serde_json::json;

use crate::common::records::{ADMIN, COL, KIM, LEE, PAT, audit, column, json_as, school};

#[test]
fn create_show_list_rename_and_archive_a_team() {
    let env = school();
    let created = json_as(&env, ADMIN, &["team", "create", "tsa", "--name", "TSA"]);
    assert_eq!(created["slug"], "tsa");
    assert_eq!(created["status"], "active");
    assert_eq!(created["members"], json!([]));
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "Again"])
        .code(5)
        .stderr_has("team tsa already exists");
    env.as_(ADMIN, &["team", "create", "TSA!", "--name", "X"])
        .code(6);
    json_as(&env, ADMIN, &["team", "create", "ot", "--name", "OT"]);
    let renamed = json_as(
        &env,
        ADMIN,
        &["team", "rename", "ot", "Occupational therapy"],
    );
    assert_eq!(renamed["name"], "Occupational therapy");
    env.as_(ADMIN, &["team", "rename", "ot", " "])
        .code(6)
        .stderr_has("a team needs a name");
    let list = json_as(&env, PAT, &["team", "list"]);
    assert_eq!(column(&list, "slug"), vec!["ot", "tsa"]);
    let archived = json_as(&env, ADMIN, &["team", "archive", "ot"]);
    assert_eq!(archived["status"], "archived");
    assert_eq!(
        column(&json_as(&env, PAT, &["team", "list"]), "slug"),
        vec!["tsa"]
    );
    assert_eq!(
        column(&json_as(&env, PAT, &["team", "list", "--all"]), "slug"),
        vec!["ot", "tsa"]
    );
    env.as_(PAT, &["team", "show", "pt"])
        .code(4)
        .stderr_has("no team pt");
    let events = audit(&env, &["--action", "team.manage", "--outcome", "allowed"]);
    assert_eq!(
        column(&json!(events), "target"),
        vec!["team:tsa", "team:ot", "team:ot", "team:ot"]
    );
}

#[test]
fn add_and_remove_report_each_member_and_are_idempotent() {
    let env = school();
    json_as(&env, ADMIN, &["team", "create", "tsa", "--name", "TSA"]);
    let added = json_as(&env, ADMIN, &["team", "add", "tsa", KIM, LEE]);
    assert_eq!(
        added,
        json!([{ "email": KIM, "outcome": "added" }, { "email": LEE, "outcome": "added" }])
    );
    let again = json_as(&env, ADMIN, &["team", "add", "tsa", KIM, PAT]);
    assert_eq!(column(&again, "outcome"), vec!["unchanged", "added"]);
    let shown = json_as(&env, KIM, &["team", "show", "tsa"]);
    assert_eq!(shown["members"], json!([KIM, LEE, PAT]));
    let list = json_as(&env, KIM, &["team", "list"]);
    assert_eq!(column(&list, "members"), vec!["3"]);
    let removed = json_as(&env, ADMIN, &["team", "remove", "tsa", LEE]);
    assert_eq!(removed, json!([{ "email": LEE, "outcome": "removed" }]));
    let removed = json_as(&env, ADMIN, &["team", "remove", "tsa", LEE]);
    assert_eq!(removed, json!([{ "email": LEE, "outcome": "unchanged" }]));
    // one bad email, and nothing of the command happens
    env.as_(ADMIN, &["team", "add", "tsa", COL, "ghost@demo.org"])
        .code(4)
        .stderr_has("ghost@demo.org is not a member");
    assert_eq!(
        json_as(&env, KIM, &["team", "show", "tsa"])["members"],
        json!([KIM, PAT])
    );
    env.as_(ADMIN, &["member", "deactivate", COL]).ok();
    env.as_(ADMIN, &["team", "add", "tsa", COL])
        .code(5)
        .stderr_has("col@demo.org is inactive");
    env.as_(ADMIN, &["team", "archive", "tsa"]).ok();
    env.as_(ADMIN, &["team", "add", "tsa", LEE])
        .code(5)
        .stderr_has("team tsa is archived");
    env.as_(ADMIN, &["team", "add", "pt", LEE]).code(4);
}

/// `perm` answers for `team:` targets, and a record's explanation names the team.
#[test]
fn perm_answers_for_team_targets_and_names_the_team_in_record_decisions() {
    let env = school();
    json_as(&env, ADMIN, &["team", "create", "tsa", "--name", "TSA"]);
    json_as(&env, ADMIN, &["team", "add", "tsa", KIM]);
    let d = json_as(&env, ADMIN, &["perm", "check", "team.manage", "team:tsa"]);
    assert_eq!(
        d["reason"],
        "allowed: role administrator grants team.manage on org"
    );
    let run = env.as_(
        COL,
        &[
            "perm",
            "check",
            "team.manage",
            "team:tsa",
            "--explain",
            "--format",
            "json",
        ],
    );
    run.code(3);
    assert_eq!(
        run.json()["nearest"],
        "team.manage is granted by role administrator (org)"
    );
    let teams = json_as(&env, ADMIN, &["perm", "lookup", "team.manage", "team"]);
    assert_eq!(column(&teams, "target"), vec!["team:tsa"]);
    env.as_(
        PAT,
        &["record", "share", "1", "--team", "tsa", "--level", "write"],
    )
    .ok();
    let access = json_as(&env, PAT, &["record", "access", "1"]);
    let kim = access
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["email"] == KIM)
        .expect("kim reaches record 1");
    assert_eq!(
        kim["reason"],
        "allowed: record:1 is shared with team tsa, and kim@demo.org is in tsa at level write, which includes record.view"
    );
    assert_eq!(
        kim["can"],
        json!(["record.view", "record.read", "record.write"])
    );
}
