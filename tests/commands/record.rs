//! `careward record`, `location` and `team`: the wiring, refusals and exit codes.

use crate::common::TestEnv;

/// A school with a practitioner who owns record 1, a colleague, a coordinator and a
/// manager of school `north` (record 1 belongs to north).
fn school() -> TestEnv {
    let env = TestEnv::org("school");
    env.add("pat@demo.org", &["practitioner"]);
    env.add("kim@demo.org", &["practitioner"]);
    env.add("col@demo.org", &["coordinator"]);
    env.add("man@demo.org", &["manager"]);
    env.as_(
        "admin@demo.org",
        &["location", "create", "north", "--name", "North School"],
    )
    .ok();
    env.as_(
        "admin@demo.org",
        &["location", "assign", "man@demo.org", "north"],
    )
    .ok();
    env.as_(
        "pat@demo.org",
        &[
            "record",
            "create",
            "--client",
            "Sam Lee",
            "--location",
            "north",
        ],
    )
    .ok();
    env
}

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
    assert_eq!(
        run.json()["nearest"],
        "practitioner grants record.read on own, but record:1 is owned by pat@demo.org"
    );
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
    let owner: String = env
        .sql()
        .query_row(
            "SELECT m.email FROM record r JOIN member m ON m.id = r.owner_id WHERE r.number = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
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
    let run = env.run_stdin(&["perm", "check", "--batch"], input);
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
