//! `careward location`: create, list, show, edit, archive, assign, unassign — output,
//! refusals and exit codes. The rules of who may assign which school are seed
//! conformance tests (tests/seeds/records.rs).

use serde_json::json;

use crate::common::records::{ADMIN, COL, KIM, MAN, PAT, audit, can, column, json_as, school};

/// related article "How do locations work?": "Administrators create locations and
/// assign members to them" — the whole life of one location, in JSON.
#[test]
fn create_show_list_edit_and_archive_a_location() {
    let env = crate::common::TestEnv::org("clinic");
    env.add(PAT, &["practitioner"]);
    let created = json_as(
        &env,
        ADMIN,
        &["location", "create", "downtown", "--name", "Downtown"],
    );
    assert_eq!(created["slug"], "downtown");
    assert_eq!(created["name"], "Downtown");
    assert_eq!(created["status"], "active");
    assert_eq!(created["members"], json!([]));
    env.as_(
        ADMIN,
        &["location", "create", "downtown", "--name", "Again"],
    )
    .code(5)
    .stderr_has("location downtown already exists")
    .stderr_has("hint: choose another slug");
    env.as_(ADMIN, &["location", "create", "Down Town", "--name", "X"])
        .code(6)
        .stderr_has("is not a usable slug");
    env.as_(ADMIN, &["location", "create", "east", "--name", "  "])
        .code(6)
        .stderr_has("a location needs a name");
    json_as(
        &env,
        ADMIN,
        &["location", "create", "east", "--name", "East"],
    );

    // anyone in the organisation sees the locations
    let list = json_as(&env, PAT, &["location", "list"]);
    assert_eq!(column(&list, "slug"), vec!["downtown", "east"]);
    assert_eq!(column(&list, "members"), vec!["0", "0"]);
    let shown = json_as(&env, PAT, &["location", "show", "east"]);
    assert_eq!(shown["name"], "East");
    env.as_(PAT, &["location", "show", "west"])
        .code(4)
        .stderr_has("no location west")
        .stderr_has("hint: list them with: careward location list");

    let edited = json_as(
        &env,
        ADMIN,
        &["location", "edit", "east", "--name", "East Side"],
    );
    assert_eq!(edited["name"], "East Side");
    env.as_(ADMIN, &["location", "edit", "east", "--name", "East Side"])
        .ok()
        .stderr_has("nothing to change");
    let archived = json_as(&env, ADMIN, &["location", "archive", "east"]);
    assert_eq!(archived["status"], "archived");
    let list = json_as(&env, PAT, &["location", "list"]);
    assert_eq!(column(&list, "slug"), vec!["downtown"]);
    let all = json_as(&env, PAT, &["location", "list", "--all"]);
    assert_eq!(column(&all, "status"), vec!["active", "archived"]);
    let back = json_as(&env, ADMIN, &["location", "edit", "east", "--active"]);
    assert_eq!(back["status"], "active");

    let events = audit(&env, &["--action", "location.manage"]);
    assert_eq!(
        column(&json!(events), "target"),
        vec![
            "location:downtown",
            "location:downtown",
            "location:east",
            "location:east",
            "location:east",
            "location:east",
        ],
        "each change and the refused duplicate are audited"
    );
}

#[test]
fn a_dry_run_creates_nothing() {
    let env = school();
    let before = env.snapshot();
    env.as_(
        ADMIN,
        &["location", "create", "east", "--name", "East", "--dry-run"],
    )
    .ok()
    .stderr_has("dry run: would create location east; nothing was changed");
    assert_eq!(before, env.snapshot());
    env.as_(ADMIN, &["location", "show", "east"]).code(4);
}

#[test]
fn assign_and_unassign_report_each_member_and_are_idempotent() {
    let env = school();
    let run = json_as(&env, ADMIN, &["location", "assign", KIM, "north"]);
    assert_eq!(run, json!([{ "email": KIM, "outcome": "added" }]));
    let run = json_as(
        &env,
        ADMIN,
        &["location", "assign", "KIM@demo.org ", "north"],
    );
    assert_eq!(run, json!([{ "email": KIM, "outcome": "unchanged" }]));
    let north = json_as(&env, ADMIN, &["location", "show", "north"]);
    assert_eq!(north["members"], json!([KIM, MAN]));
    let run = json_as(&env, ADMIN, &["location", "unassign", KIM, "north"]);
    assert_eq!(run, json!([{ "email": KIM, "outcome": "removed" }]));
    let run = json_as(&env, ADMIN, &["location", "unassign", KIM, "north"]);
    assert_eq!(run, json!([{ "email": KIM, "outcome": "unchanged" }]));
    env.as_(ADMIN, &["location", "assign", "nobody@demo.org", "north"])
        .code(4)
        .stderr_has("nobody@demo.org is not a member of demo");
    env.as_(ADMIN, &["location", "assign", KIM, "east"])
        .code(4)
        .stderr_has("no location east");
    env.as_(ADMIN, &["location", "assign", "kim@", "north"])
        .code(6);
    env.as_(ADMIN, &["member", "deactivate", KIM]).ok();
    env.as_(ADMIN, &["location", "assign", KIM, "north"])
        .code(5)
        .stderr_has("kim@demo.org is inactive")
        .stderr_has("hint: reactivate them first");
    env.as_(ADMIN, &["location", "archive", "south"]).ok();
    env.as_(ADMIN, &["location", "assign", PAT, "south"])
        .code(5)
        .stderr_has("location south is archived")
        .stderr_has("careward location edit south --active");
}

/// 000_af0d8be90239399a.txt, manager: "Create, edit, and archive student records for
/// their school." — a school that is archived is no longer theirs to act on, and no
/// record can be put there.
#[test]
fn an_archived_school_ends_its_managers_reach_until_it_is_back() {
    let env = school();
    assert!(can(&env, MAN, "record.edit", "record:1"));
    env.as_(COL, &["location", "archive", "north"]).ok();
    assert!(!can(&env, MAN, "record.edit", "record:1"));
    assert!(!can(&env, MAN, "location.assign", "location:north"));
    env.as_(
        PAT,
        &["record", "create", "--client", "X", "--location", "north"],
    )
    .code(5)
    .stderr_has("location north is archived");
    env.as_(COL, &["location", "edit", "north", "--active"])
        .ok();
    assert!(can(&env, MAN, "record.edit", "record:1"));
}

/// `perm` answers for `location:` targets, and the explanation names the school.
#[test]
fn perm_explains_location_targets() {
    let env = school();
    let run = env.as_(
        MAN,
        &[
            "perm",
            "check",
            "location.assign",
            "location:south",
            "--explain",
            "--format",
            "json",
        ],
    );
    run.code(3);
    assert_eq!(
        run.json()["nearest"],
        "manager grants location.assign on location, but location:south belongs to south, and man@demo.org is assigned to north"
    );
    let run = json_as(
        &env,
        MAN,
        &[
            "perm",
            "check",
            "location.assign",
            "location:north",
            "--explain",
        ],
    );
    assert_eq!(
        run["chain"],
        json!([
            "man@demo.org holds role manager",
            "location:north belongs to location north, one of man@demo.org's"
        ])
    );
    let mine = json_as(
        &env,
        MAN,
        &["perm", "lookup", "location.assign", "location"],
    );
    assert_eq!(column(&mine, "target"), vec!["location:north"]);
    let who = json_as(
        &env,
        ADMIN,
        &["perm", "who-can", "location.assign", "location:south"],
    );
    assert_eq!(column(&who, "email"), vec![ADMIN, COL, "sue@demo.org"]);
}
