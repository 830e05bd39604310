//! `careward record`, `location` and `team`: the wiring, refusals and exit codes.

use serde_json::{Value, json};

use crate::common::records::{
    ADMIN, COL, KIM, LEE, PAT, audit, can, column, json_as, later, owner_of, school,
    share_1_with_team,
};

#[test]
fn a_record_is_its_owners_alone_by_default() {
    let env = school();
    env.as_(
        "pat@demo.org",
        &["perm", "check", "record.read", "record:1"],
    )
    .ok();
    let run = env.as_(
        "kim@demo.org",
        &[
            "perm",
            "check",
            "record.read",
            "record:1",
            "--explain",
            "--format",
            "json",
        ],
    );
    run.code(3);
    // whose it is, kim (who may not view it) is not told
    assert_eq!(
        run.json()["nearest"],
        "practitioner grants record.read on own"
    );
    assert!(!run.stdout.contains("pat@demo.org"), "{}", run.transcript());
}

#[test]
fn sharing_with_a_team_reaches_its_members_until_they_leave_it() {
    let env = school();
    env.as_(
        "admin@demo.org",
        &["team", "create", "tsa", "--name", "TSA"],
    )
    .ok();
    env.as_("admin@demo.org", &["team", "add", "tsa", "kim@demo.org"])
        .ok();
    env.as_(
        "pat@demo.org",
        &["record", "share", "1", "--team", "tsa", "--level", "write"],
    )
    .ok();
    env.as_(
        "kim@demo.org",
        &["perm", "check", "record.write", "record:1"],
    )
    .ok();
    env.as_("admin@demo.org", &["team", "remove", "tsa", "kim@demo.org"])
        .ok();
    env.as_(
        "kim@demo.org",
        &["perm", "check", "record.read", "record:1"],
    )
    .code(3);
}

#[test]
fn a_coordinator_moves_a_record_at_once_and_the_store_shows_it() {
    let env = school();
    let before = env.snapshot();
    env.as_(
        "col@demo.org",
        &[
            "record",
            "transfer",
            "1",
            "--to",
            "kim@demo.org",
            "--dry-run",
        ],
    )
    .ok();
    assert_eq!(before, env.snapshot(), "--dry-run changed the store");
    env.as_(
        "col@demo.org",
        &["record", "transfer", "1", "--to", "kim@demo.org"],
    )
    .ok()
    .stderr_has("move record:1 from pat@demo.org to kim@demo.org");
    let owner: String = env.sql().query_one(
        "SELECT m.email FROM record r JOIN member m ON m.id = r.owner_id WHERE r.number = 1",
        &[],
    );
    assert_eq!(owner, "kim@demo.org");
}

#[test]
fn removing_a_member_who_owns_records_is_refused_with_a_hint() {
    let env = school();
    env.as_("admin@demo.org", &["member", "deactivate", "pat@demo.org"])
        .ok();
    env.as_("admin@demo.org", &["member", "remove", "pat@demo.org"])
        .code(5)
        .stderr_has("pat@demo.org still owns 1 record")
        .stderr_has("--transfer-to");
    assert!(env.dir().exists());
}

#[test]
fn batch_checks_answer_each_line_in_order_with_its_own_actor() {
    let env = school();
    let input = concat!(
        r#"{"as": "pat@demo.org", "action": "record.read", "target": "record:1"}"#,
        "\n",
        r#"{"as": "col@demo.org", "action": "record.read", "target": "record:1"}"#,
        "\n",
        "not json\n",
        r#"{"as": "man@demo.org", "action": "profile.read", "target": "record:1"}"#,
        "\n",
    );
    let run = env.as_stdin("admin@demo.org", &["perm", "check", "--batch"], input);
    run.ok();
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "{}", run.transcript());
    assert_eq!(lines[0]["allowed"], true);
    assert_eq!(lines[1]["allowed"], false);
    assert!(lines[2]["error"].as_str().unwrap().contains("not a check"));
    assert_eq!(lines[3]["allowed"], true);
    assert_eq!(
        lines[3]["reason"],
        "allowed: role manager grants profile.read on location"
    );
}

#[test]
fn a_coordinators_record_list_leaves_confidential_records_out_and_says_how_many() {
    let env = school();
    env.as_(
        "pat@demo.org",
        &["record", "create", "--client", "Ann", "--confidential"],
    )
    .ok();
    env.as_("col@demo.org", &["record", "list"])
        .ok()
        .stdout_has("Sam Lee")
        .stderr_has("1 confidential record left out");
}

// ----- more wiring: create, names, lists, edits, states -----------------------------

#[test]
fn create_prints_the_record_and_refuses_bad_input() {
    let env = school();
    let r = json_as(
        &env,
        PAT,
        &[
            "record",
            "create",
            "--client",
            " Ann Roy ",
            "--location",
            "north",
            "--confidential",
            "--external-id",
            "SIS-7",
        ],
    );
    assert_eq!(r["number"], 2);
    assert_eq!(r["client"], "Ann Roy");
    assert_eq!(r["owner"], PAT);
    assert_eq!(r["creator"], PAT);
    assert_eq!(r["location"], "north");
    assert_eq!(r["confidential"], true);
    assert_eq!(r["external_id"], "SIS-7");
    assert_eq!(r["status"], "active");
    assert_eq!(r["created_at"], crate::common::NOW);
    assert_eq!(r["pending_transfer_to"], Value::Null);
    env.as_(PAT, &["record", "create", "--client", "  "])
        .code(6)
        .stderr_has("a record needs a client name");
    env.as_(
        PAT,
        &["record", "create", "--client", "B", "--location", "east"],
    )
    .code(4)
    .stderr_has("no location east");
    env.as_(
        PAT,
        &[
            "record",
            "create",
            "--client",
            "B",
            "--external-id",
            "SIS-7",
        ],
    )
    .code(5)
    .stderr_has("external id SIS-7 is already record 2")
    .stderr_has("careward record show ext:SIS-7");
    // the owner must be able to hold records
    env.as_(
        COL,
        &["record", "create", "--client", "B", "--owner", ADMIN],
    )
    .code(5)
    .stderr_has("admin@demo.org cannot be responsible for records");
    env.as_(ADMIN, &["member", "deactivate", LEE]).ok();
    env.as_(COL, &["record", "create", "--client", "B", "--owner", LEE])
        .code(5)
        .stderr_has("lee@demo.org is inactive");
    env.as_(
        COL,
        &["record", "create", "--client", "B", "--owner", "x@demo.org"],
    )
    .code(4);
    // a practitioner creates records for themselves only
    env.as_(PAT, &["record", "create", "--client", "B", "--owner", KIM])
        .code(3);
    env.as_(ADMIN, &["record", "create", "--client", "B"])
        .code(3);
    env.as_(
        "support:sam",
        &["record", "create", "--client", "B", "--reason", "t"],
    )
    .code(2)
    .stderr_has("support staff must name the record's owner");
    let numbers: i64 = env.sql().query_one("SELECT count(*) FROM record", &[]);
    assert_eq!(numbers, 2, "no refused create left a record");
}

/// issue 4: "Records are named by number or by `ext:EXTERNAL-ID`."
#[test]
fn records_are_named_by_number_or_by_external_id_everywhere() {
    let env = school();
    env.as_(
        PAT,
        &[
            "record",
            "create",
            "--client",
            "Ann",
            "--external-id",
            "SIS-7",
        ],
    )
    .ok();
    assert_eq!(
        json_as(&env, PAT, &["record", "show", "ext:SIS-7"])["number"],
        2
    );
    assert_eq!(
        json_as(&env, PAT, &["record", "show", "record:2"])["client"],
        "Ann"
    );
    assert_eq!(
        json_as(&env, PAT, &["record", "open", "ext:SIS-7"])["number"],
        2
    );
    assert!(can(&env, PAT, "record.read", "record:ext:SIS-7"));
    let d = json_as(
        &env,
        PAT,
        &["perm", "check", "record.read", "record:ext:SIS-7"],
    );
    assert_eq!(d["target"], "record:2");
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "ext:SIS-7",
            "--with",
            KIM,
            "--level",
            "read",
        ],
    )
    .ok();
    assert!(can(&env, KIM, "record.read", "record:2"));
    let who = json_as(
        &env,
        ADMIN,
        &["perm", "who-can", "record.read", "record:ext:SIS-7"],
    );
    assert_eq!(column(&who, "email"), vec![KIM, PAT]);
    json_as(&env, COL, &["record", "transfer", "ext:SIS-7", "--to", LEE]);
    assert_eq!(owner_of(&env, 2), LEE);
    let r = json_as(
        &env,
        LEE,
        &["record", "edit", "ext:SIS-7", "--external-id", "SIS-8"],
    );
    assert_eq!(r["external_id"], "SIS-8");
    env.as_(LEE, &["record", "show", "ext:SIS-7"])
        .code(4)
        .stderr_has("no record ext:SIS-7");
    env.as_(LEE, &["record", "show", "42"]).code(4);
    env.as_(LEE, &["record", "show", "two"])
        .code(6)
        .stderr_has("\"two\" is not a record number or ext:EXTERNAL-ID");
    env.as_(LEE, &["perm", "check", "record.read", "record:ext:nope"])
        .code(4);
}

#[test]
fn list_filters_by_owner_location_status_and_confidentiality() {
    let env = school();
    env.as_(
        PAT,
        &["record", "create", "--client", "B", "--confidential"],
    )
    .ok();
    env.as_(
        PAT,
        &["record", "create", "--client", "C", "--location", "south"],
    )
    .ok();
    env.as_(PAT, &["record", "archive", "3"]).ok();
    env.as_(KIM, &["record", "create", "--client", "D"]).ok();
    env.as_(
        KIM,
        &["record", "share", "4", "--with", PAT, "--level", "read"],
    )
    .ok();
    let numbers = |args: &[&str]| {
        let mut all = vec!["record", "list"];
        all.extend(args);
        column(&json_as(&env, PAT, &all), "number")
    };
    assert_eq!(numbers(&[]), vec!["1", "2", "3", "4"], "own and shared");
    assert_eq!(numbers(&["--owner", PAT]), vec!["1", "2", "3"]);
    assert_eq!(numbers(&["--owner", KIM]), vec!["4"]);
    assert_eq!(numbers(&["--location", "south"]), vec!["3"]);
    assert_eq!(numbers(&["--status", "archived"]), vec!["3"]);
    assert_eq!(numbers(&["--status", "active"]), vec!["1", "2", "4"]);
    assert_eq!(numbers(&["--confidential", "yes"]), vec!["2"]);
    assert_eq!(numbers(&["--confidential", "no"]), vec!["1", "3", "4"]);
    assert_eq!(
        column(&json_as(&env, LEE, &["record", "list"]), "number"),
        Vec::<String>::new()
    );
    env.as_(PAT, &["record", "list", "--owner", "x@demo.org"])
        .code(4);
    env.as_(PAT, &["record", "list", "--status", "gone"])
        .code(2);
    let csv = env.as_(PAT, &["record", "list", "--format", "csv"]);
    csv.ok()
        .stdout_has("number,external_id,client,owner,location,confidential,status\n")
        .stdout_has("1,,Sam Lee,pat@demo.org,north,false,active\n");
}

#[test]
fn edit_changes_client_location_and_external_id_of_active_records() {
    let env = school();
    let r = json_as(
        &env,
        PAT,
        &[
            "record",
            "edit",
            "1",
            "--client",
            "Sam B. Lee",
            "--location",
            "south",
            "--external-id",
            "X1",
        ],
    );
    assert_eq!(
        (&r["client"], &r["location"], &r["external_id"]),
        (&json!("Sam B. Lee"), &json!("south"), &json!("X1"))
    );
    let r = json_as(&env, PAT, &["record", "edit", "1", "--no-location"]);
    assert_eq!(r["location"], Value::Null);
    assert_eq!(r["client"], "Sam B. Lee", "what is not named stays");
    env.as_(PAT, &["record", "edit", "1"])
        .code(2)
        .stderr_has("nothing to change");
    env.as_(
        PAT,
        &[
            "record",
            "edit",
            "1",
            "--location",
            "north",
            "--no-location",
        ],
    )
    .code(2);
    env.as_(PAT, &["record", "edit", "1", "--client", " "])
        .code(6);
    env.as_(
        KIM,
        &["record", "create", "--client", "K", "--external-id", "X2"],
    )
    .ok();
    env.as_(PAT, &["record", "edit", "1", "--external-id", "X2"])
        .code(5)
        .stderr_has("external id X2 is already record 2");
    env.as_(KIM, &["record", "edit", "1", "--client", "Mine"])
        .code(3);
    env.as_(PAT, &["record", "archive", "1"]).ok();
    env.as_(PAT, &["record", "edit", "1", "--client", "Z"])
        .code(5)
        .stderr_has("record:1 is archived: only active records can be changed")
        .stderr_has("careward record reactivate 1");
    let events = audit(&env, &["--target", "record:1", "--action", "record.edit"]);
    assert_eq!(
        column(&json!(events), "outcome"),
        vec!["allowed", "allowed", "refused", "denied", "refused"],
        "each edit audited, and each refusal"
    );
}

#[test]
fn a_record_moves_through_its_states_and_says_when_there_is_nothing_to_do() {
    let mut env = school();
    let state = |env: &crate::common::TestEnv, verb: &str| {
        json_as(env, PAT, &["record", verb, "1"])["status"].clone()
    };
    env.as_(PAT, &["record", "reactivate", "1"])
        .ok()
        .stderr_has("record:1 is already active: nothing to do");
    env.as_(PAT, &["record", "restore", "1"])
        .code(5)
        .stderr_has("record:1 is active; only deleted records can be archived");
    assert_eq!(state(&env, "archive"), "archived");
    env.as_(PAT, &["record", "archive", "1"])
        .ok()
        .stderr_has("record:1 is already archived: nothing to do");
    env.as_(PAT, &["record", "transfer", "1", "--to", KIM])
        .code(5)
        .stderr_has("only active records are transferred");
    assert_eq!(state(&env, "reactivate"), "active");
    env.as_(PAT, &["record", "transfer", "1", "--to", KIM]).ok();
    env.as_(PAT, &["record", "archive", "1"])
        .code(5)
        .stderr_has("record:1 is waiting for a transfer");
    env.as_(KIM, &["record", "transfer", "decline", "1"]).ok();
    assert_eq!(state(&env, "archive"), "archived");
    later(&mut env, chrono::Duration::hours(1));
    let r = json_as(&env, PAT, &["record", "delete", "1"]);
    assert_eq!(r["status"], "deleted");
    assert_eq!(r["status_since"], env.now);
    env.as_(PAT, &["record", "delete", "1"])
        .ok()
        .stderr_has("already deleted");
    env.as_(PAT, &["record", "reactivate", "1"])
        .code(5)
        .stderr_has("restore it first: careward record restore 1");
    assert_eq!(state(&env, "restore"), "archived");
    // the others may not
    for who in [KIM, ADMIN, "sue@demo.org"] {
        env.as_(who, &["record", "reactivate", "1"]).code(3);
    }
}

#[test]
fn confidential_on_and_off_is_the_owners_and_says_when_nothing_changes() {
    let env = school();
    let r = json_as(&env, PAT, &["record", "confidential", "1", "on"]);
    assert_eq!(r["confidential"], true);
    env.as_(PAT, &["record", "confidential", "1", "on"])
        .ok()
        .stderr_has("nothing to change");
    env.as_(PAT, &["record", "confidential", "1", "maybe"])
        .code(2);
    env.as_(KIM, &["record", "confidential", "1", "off"])
        .code(3);
    assert_eq!(
        json_as(&env, PAT, &["record", "list", "--confidential", "yes"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let events = audit(
        &env,
        &[
            "--target",
            "record:1",
            "--action",
            "record.share",
            "--outcome",
            "allowed",
        ],
    );
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["details"], json!({ "confidential": true }));
}

// ----- sharing -------------------------------------------------------------------

#[test]
fn a_share_ends_when_people_say() {
    let env = school(); // now: 2026-11-23T09:00:00Z, TZ=UTC
    let until = |when: &str| {
        let args = [
            "record", "share", "1", "--with", KIM, "--level", "read", "--until", when,
        ];
        json_as(&env, PAT, &args)["until"].clone()
    };
    // a bare duration is from now; a day is the day's local start
    assert_eq!(until("2w"), "2026-12-07T09:00:00Z");
    assert_eq!(until("1d 12h"), "2026-11-24T21:00:00Z");
    assert_eq!(until("tomorrow"), "2026-11-24T00:00:00Z");
    assert_eq!(until("2026-12-31"), "2026-12-31T00:00:00Z");
    assert_eq!(until("2026-12-31T17:00-05:00"), "2026-12-31T22:00:00Z");
    for past in ["2d ago", "yesterday", "today", "now"] {
        env.as_(
            PAT,
            &[
                "record", "share", "1", "--with", KIM, "--level", "read", "--until", past,
            ],
        )
        .code(6)
        .error(&format!("--until \"{past}\" is not in the future"));
    }
}

#[test]
fn share_and_unshare_print_what_changed_and_refuse_bad_grantees() {
    let env = school();
    let r = json_as(
        &env,
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            " Kim@Demo.org",
            "--level",
            "write",
        ],
    );
    assert_eq!(
        r,
        json!({ "record": 1, "with": KIM, "level": "write", "until": null, "require_approval": false, "previous_level": null })
    );
    env.as_(
        PAT,
        &["record", "share", "1", "--with", PAT, "--level", "read"],
    )
    .code(5)
    .stderr_has("pat@demo.org owns record:1");
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            "x@demo.org",
            "--level",
            "read",
        ],
    )
    .code(4);
    env.as_(
        PAT,
        &["record", "share", "1", "--team", "nope", "--level", "read"],
    )
    .code(4)
    .stderr_has("no team nope");
    env.as_(PAT, &["record", "share", "1", "--level", "read"])
        .code(2);
    env.as_(
        PAT,
        &[
            "record", "share", "1", "--with", KIM, "--team", "t", "--level", "read",
        ],
    )
    .code(2);
    env.as_(
        PAT,
        &[
            "record", "share", "1", "--with", KIM, "--level", "read", "--until", "soon",
        ],
    )
    .code(6)
    .stderr_has("--until \"soon\" is not a time");
    env.as_(ADMIN, &["member", "deactivate", LEE]).ok();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", LEE, "--level", "read"],
    )
    .code(5)
    .stderr_has("lee@demo.org is inactive");
    let r = json_as(&env, PAT, &["record", "unshare", "1", "--with", KIM]);
    assert_eq!(r, json!({ "record": 1, "with": KIM, "removed": true }));
    env.as_(PAT, &["record", "unshare", "1", "--with", KIM])
        .ok()
        .stderr_has("record:1 is not shared with kim@demo.org: nothing to do");
    let events = audit(
        &env,
        &[
            "--target",
            "record:1",
            "--action",
            "record.share",
            "--outcome",
            "allowed",
        ],
    );
    assert_eq!(
        events
            .iter()
            .map(|e| e["details"].clone())
            .collect::<Vec<_>>(),
        vec![
            json!({ "with": KIM, "level": "write", "until": null, "require_approval": false, "replaced": null }),
            json!({ "unshared": KIM }),
        ],
        "a share and an unshare; the no-op unshare is not an event"
    );
}

#[test]
fn a_dry_run_share_changes_nothing() {
    let env = school();
    let before = env.snapshot();
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            KIM,
            "--level",
            "read",
            "--dry-run",
        ],
    )
    .ok()
    .stderr_has("dry run: would share record:1 with kim@demo.org at level read");
    assert_eq!(before, env.snapshot());
    assert!(!can(&env, KIM, "record.read", "record:1"));
}

#[test]
fn access_lists_who_reaches_a_record_and_is_itself_guarded() {
    let env = school();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", KIM, "--level", "read"],
    )
    .ok();
    let rows = json_as(&env, PAT, &["record", "access", "1"]);
    assert_eq!(column(&rows, "email"), vec![COL, KIM, "man@demo.org", PAT]);
    let kim = &rows.as_array().unwrap()[1];
    assert_eq!(kim["can"], json!(["record.view", "record.read"]));
    let run = env.as_(PAT, &["record", "access", "1"]);
    run.ok().stderr_has("shares: kim@demo.org (read)");
    // whoever reads the audit trail may ask; a read collaborator may not
    json_as(&env, ADMIN, &["record", "access", "1"]);
    env.as_(KIM, &["record", "access", "1"]).code(3);
    env.as_(COL, &["record", "access", "1"]).code(3);
}

#[test]
fn leaving_needs_a_share_of_ones_own() {
    let env = school();
    share_1_with_team(&env, &[KIM], "read");
    env.as_(KIM, &["record", "leave", "1"])
        .code(5)
        .stderr_has("record:1 is not shared with you directly")
        .stderr_has("hint: you reach it through a team or a role");
    env.as_(LEE, &["record", "leave", "1"]).code(3);
    env.as_("support:sam", &["record", "leave", "1", "--reason", "t"])
        .code(2);
    env.as_(
        PAT,
        &["record", "share", "1", "--with", KIM, "--level", "write"],
    )
    .ok();
    let before = env.snapshot();
    env.as_(KIM, &["record", "leave", "1", "--dry-run"])
        .ok()
        .stderr_has("dry run: would leave record:1");
    assert_eq!(before, env.snapshot());
    env.as_(KIM, &["record", "leave", "1"]).ok();
    assert!(
        can(&env, KIM, "record.read", "record:1"),
        "the team still reaches it"
    );
    assert!(!can(&env, KIM, "record.write", "record:1"));
    let left = audit(
        &env,
        &[
            "--actor",
            KIM,
            "--target",
            "record:1",
            "--outcome",
            "allowed",
        ],
    );
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["details"], json!({ "left": KIM }));
}

// ----- transfers -------------------------------------------------------------------

#[test]
fn transfer_refuses_what_cannot_be_done() {
    let env = school();
    env.as_(PAT, &["record", "transfer", "1"]).code(2);
    env.as_(PAT, &["record", "transfer", "--to", KIM]).code(2);
    env.as_(
        PAT,
        &["record", "transfer", "1", "--all-from", PAT, "--to", KIM],
    )
    .code(2);
    env.as_(
        PAT,
        &[
            "record",
            "transfer",
            "1",
            "--to",
            KIM,
            "--location",
            "north",
        ],
    )
    .code(2)
    .stderr_has("--location chooses among the records of --all-from");
    env.as_(
        PAT,
        &[
            "record",
            "transfer",
            "1",
            "--to",
            KIM,
            "--include-confidential",
            "--dry-run",
        ],
    )
    // on one record it carries the record's confidential notes and documents
    .ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", "x@demo.org"])
        .code(4);
    env.as_(KIM, &["record", "transfer", "1", "--to", LEE])
        .code(3);
    env.as_(ADMIN, &["record", "transfer", "1", "--to", LEE])
        .code(3);
    env.as_(KIM, &["record", "transfer", "accept", "1"])
        .code(3)
        .stderr_has("no transfer of record:1 waits for kim@demo.org");
    env.as_(PAT, &["record", "transfer", "1", "--to", KIM]).ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", LEE])
        .code(5)
        .stderr_has("record:1 is already waiting for kim@demo.org");
    env.as_(
        COL,
        &[
            "record",
            "transfer",
            "--all-from",
            PAT,
            "--to",
            KIM,
            "--location",
            "east",
        ],
    )
    .code(4);
    env.as_(KIM, &["record", "transfer", "--all-from", PAT, "--to", KIM])
        .code(3);
    assert_eq!(owner_of(&env, 1), PAT);
}

#[test]
fn transfers_lists_what_waits_for_me_or_was_offered_by_me() {
    let mut env = school();
    env.as_(KIM, &["record", "create", "--client", "K"]).ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", LEE]).ok();
    later(&mut env, chrono::Duration::minutes(5));
    env.as_(KIM, &["record", "transfer", "2", "--to", PAT]).ok();
    let mine = json_as(&env, PAT, &["record", "transfers"]);
    assert_eq!(
        mine,
        json!([
            { "record": 1, "from": PAT, "to": LEE, "started_by": PAT, "started_at": crate::common::NOW },
            { "record": 2, "from": KIM, "to": PAT, "started_by": KIM, "started_at": env.now },
        ])
    );
    assert_eq!(
        column(&json_as(&env, LEE, &["record", "transfers"]), "record"),
        vec!["1"]
    );
    assert_eq!(
        column(&json_as(&env, COL, &["record", "transfers"]), "record"),
        vec!["1", "2"]
    );
    assert!(json_as(&env, "man@demo.org", &["record", "transfers"]) == json!([]));
}

#[test]
fn member_overview_needs_the_member_list_and_counts_active_records() {
    let env = school();
    env.as_(PAT, &["record", "create", "--client", "B"]).ok();
    env.as_(PAT, &["record", "archive", "2"]).ok();
    let rows = json_as(&env, ADMIN, &["member", "overview"]);
    let pat = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["email"] == PAT)
        .unwrap();
    assert_eq!(
        (
            pat["institutional_records"].clone(),
            pat["confidential_records"].clone()
        ),
        (json!(1), json!(0)),
        "archived records are not counted"
    );
    json_as(&env, "man@demo.org", &["member", "overview"]);
    env.as_(KIM, &["member", "overview"]).code(3);
}

#[test]
fn opening_a_record_is_audited_with_its_decision_and_refused_openings_too() {
    let env = school();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", KIM, "--level", "read"],
    )
    .ok();
    let opened = json_as(&env, KIM, &["record", "open", "1"]);
    assert_eq!(
        opened["decision"],
        "allowed: record:1 is shared with kim@demo.org at level read, which includes record.read"
    );
    env.as_(LEE, &["record", "open", "1"]).code(3);
    let reads = audit(&env, &["--action", "record.read"]);
    assert_eq!(
        reads
            .iter()
            .map(|e| (e["actor"].clone(), e["outcome"].clone()))
            .collect::<Vec<_>>(),
        vec![
            (json!(KIM), json!("allowed")),
            (json!(LEE), json!("denied"))
        ]
    );
    assert_eq!(reads[0]["details"], json!({ "read": "clinical content" }));
    // showing a record (not its content) is not a read
    json_as(&env, PAT, &["record", "show", "1"]);
    assert_eq!(audit(&env, &["--action", "record.read"]).len(), 2);
}
