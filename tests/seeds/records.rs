//! Seed conformance for records, locations (schools), work teams, sharing, transfers
//! and departures (seeds 000–002 and shared/seeds/RELATED.md, issue 4). Each test names
//! the seed file or the related article and quotes the sentence it checks.
//!
//! Also here: the table of who may do what to one shared record (cell by cell, through
//! one `perm check --batch` run), and the agreement of `perm check`, `perm lookup` and
//! `perm who-can` on a generated organisation.

use std::collections::BTreeSet;

use chrono::Duration;
use serde_json::Value;

use crate::common::TestEnv;
use crate::common::records::{
    ADMIN, COL, KIM, LEE, MAN, PAT, SOUTH_MAN, audit, batch, can, column, json_as, later, owner_of,
    reason, school, share_1_with_team,
};

fn checks(actor: &str, actions: &[&str], target: &str) -> Vec<(String, String, String)> {
    actions
        .iter()
        .map(|a| (actor.to_string(), a.to_string(), target.to_string()))
        .collect()
}

/// The actions among `actions` that `actor` may do to `target`, in one batch run.
fn allowed_of(env: &TestEnv, actor: &str, actions: &[&str], target: &str) -> Vec<String> {
    let answers = batch(env, &checks(actor, actions, target));
    actions
        .iter()
        .zip(answers)
        .filter(|(_, ok)| *ok)
        .map(|(a, _)| a.to_string())
        .collect()
}

// ----- records: ownership --------------------------------------------------------

/// 002_7f4f45b153751181.txt: "Ownership: The record is the responsibility of a member of
/// the organization. By default, only that person has access."
#[test]
fn seed_002_by_default_only_the_responsible_member_has_access() {
    let env = school();
    let record = json_as(&env, PAT, &["record", "show", "1"]);
    assert_eq!(record["owner"], PAT);
    let who = json_as(&env, ADMIN, &["perm", "who-can", "record.read", "record:1"]);
    assert_eq!(column(&who, "email"), vec![PAT]);
    for action in ["record.write", "entry.read", "entry.create"] {
        let who = json_as(&env, ADMIN, &["perm", "who-can", action, "record:1"]);
        assert_eq!(column(&who, "email"), vec![PAT], "{action}");
    }
}

/// 000_af0d8be90239399a.txt, coordinator: "Create, edit, and archive organization
/// records." The coordinator names the responsible member, who alone reads it.
#[test]
fn seed_000_a_coordinator_creates_edits_and_archives_organisation_records() {
    let env = school();
    let r = json_as(
        &env,
        COL,
        &["record", "create", "--client", "Ann Roy", "--owner", KIM],
    );
    assert_eq!(r["number"], 2);
    assert_eq!(r["owner"], KIM);
    assert_eq!(r["creator"], COL);
    assert!(can(&env, KIM, "record.read", "record:2"));
    assert!(!can(&env, COL, "record.read", "record:2"));
    let r = json_as(
        &env,
        COL,
        &["record", "edit", "2", "--client", "Ann B. Roy"],
    );
    assert_eq!(r["client"], "Ann B. Roy");
    let r = json_as(&env, COL, &["record", "archive", "2"]);
    assert_eq!(r["status"], "archived");
    // an organisation record of any practitioner, not only those the coordinator made
    json_as(&env, COL, &["record", "archive", "1"]);
}

/// 000_af0d8be90239399a.txt, manager: "Create, edit, and archive student records for
/// their school." — and only for their school.
#[test]
fn seed_000_a_manager_creates_edits_and_archives_records_of_their_school_only() {
    let env = school();
    let r = json_as(
        &env,
        MAN,
        &[
            "record",
            "create",
            "--client",
            "Zoe",
            "--owner",
            KIM,
            "--location",
            "north",
        ],
    );
    assert_eq!(r["location"], "north");
    env.as_(
        MAN,
        &[
            "record",
            "create",
            "--client",
            "Zed",
            "--owner",
            KIM,
            "--location",
            "south",
        ],
    )
    .code(3);
    env.as_(
        MAN,
        &["record", "create", "--client", "Zed", "--owner", KIM],
    )
    .code(3);
    json_as(
        &env,
        MAN,
        &["record", "edit", "1", "--client", "Sam B. Lee"],
    );
    json_as(&env, MAN, &["record", "archive", "1"]);
    json_as(&env, MAN, &["record", "reactivate", "1"]);
    // the south manager reaches none of it
    env.as_(SOUTH_MAN, &["record", "edit", "1", "--client", "X"])
        .code(3);
    env.as_(SOUTH_MAN, &["record", "archive", "1"]).code(3);
    env.as_(SOUTH_MAN, &["record", "show", "1"]).code(3);
}

/// 000_af0d8be90239399a.txt, manager: "Access student profiles (contact info, uploaded
/// files, etc.)." Profiles, never clinical content (DESIGN: "a school manager sees
/// profiles, not clinical notes").
#[test]
fn seed_000_a_manager_reaches_student_profiles_of_their_school_not_clinical_content() {
    let env = school();
    let all = [
        "profile.read",
        "profile.write",
        "record.read",
        "record.write",
        "entry.read",
        "entry.create",
    ];
    assert_eq!(
        allowed_of(&env, MAN, &all, "record:1"),
        vec!["profile.read", "profile.write"]
    );
    assert!(allowed_of(&env, SOUTH_MAN, &all, "record:1").is_empty());
    env.as_(MAN, &["record", "open", "1"]).code(3);
}

/// related article "How can I delete a record?": "A record is archived before it can be
/// deleted; a deleted record can be restored for 30 days, then it is gone with its
/// contents, except financial records."
#[test]
fn related_delete_only_archived_records_restorable_for_30_days_then_gone() {
    let mut env = school();
    env.as_(PAT, &["record", "delete", "1"])
        .code(5)
        .stderr_has("only archived records can be deleted")
        .stderr_has("hint: archive it first: careward record archive 1");
    env.as_(
        PAT,
        &["record", "share", "1", "--with", KIM, "--level", "read"],
    )
    .ok();
    json_as(&env, PAT, &["record", "archive", "1"]);
    let r = json_as(&env, PAT, &["record", "delete", "1"]);
    assert_eq!(r["status"], "deleted");
    later(&mut env, Duration::days(30));
    let r = json_as(&env, PAT, &["record", "restore", "1"]);
    assert_eq!(r["status"], "archived", "restored within 30 days");
    json_as(&env, PAT, &["record", "delete", "1"]);
    later(&mut env, Duration::days(31));
    env.as_(PAT, &["record", "restore", "1"])
        .code(4)
        .stderr_has("no record 1");
    let deleted = json_as(&env, PAT, &["record", "list", "--status", "deleted"]);
    assert!(column(&deleted, "number").is_empty());
    let left: (i64, i64) = env.sql().query_one(
        "SELECT (SELECT count(*) FROM record), (SELECT count(*) FROM share)",
        &[],
    );
    assert_eq!(left, (0, 0), "the record is gone with its contents");
    let purge = audit(&env, &["--action", "record.purge"]);
    assert_eq!(purge.len(), 1);
    assert_eq!(purge[0]["details"]["records"], serde_json::json!([1]));
}

// ----- locations and schools -------------------------------------------------------

/// related article "How do locations work?": "Administrators create locations and assign
/// members to them; members link a location to a client or student profile and filter
/// their lists by location."
#[test]
fn related_members_link_a_location_to_a_record_and_filter_their_lists_by_it() {
    let env = school();
    env.as_(
        PAT,
        &["record", "create", "--client", "Ann", "--location", "south"],
    )
    .ok();
    env.as_(PAT, &["record", "create", "--client", "Bob"]).ok();
    let north = json_as(&env, PAT, &["record", "list", "--location", "north"]);
    assert_eq!(column(&north, "client"), vec!["Sam Lee"]);
    let south = json_as(&env, PAT, &["record", "list", "--location", "south"]);
    assert_eq!(column(&south, "client"), vec!["Ann"]);
    let r = json_as(&env, PAT, &["record", "edit", "3", "--location", "north"]);
    assert_eq!(r["location"], "north");
    let north = json_as(&env, PAT, &["record", "list", "--location", "north"]);
    assert_eq!(column(&north, "client"), vec!["Sam Lee", "Bob"]);
}

/// related article "How do I assign schools to members": "In a school service centre,
/// administrators and managers assign schools to members. A manager may assign only the
/// schools they already have access to; only administrators can assign every school."
/// And 000_af0d8be90239399a.txt, manager: "Assign their school to members who work
/// there."
#[test]
fn related_a_manager_assigns_only_the_schools_they_have() {
    let env = school();
    env.as_(MAN, &["location", "assign", KIM, "north"]).ok();
    env.as_(MAN, &["location", "assign", KIM, "south"])
        .code(3)
        .stderr_has("location:south");
    env.as_(MAN, &["location", "unassign", SOUTH_MAN, "south"])
        .code(3);
    let south = json_as(&env, ADMIN, &["location", "show", "south"]);
    assert_eq!(south["members"], serde_json::json!([SOUTH_MAN]));
    // the administrator assigns every school
    env.as_(ADMIN, &["location", "assign", KIM, "south"]).ok();
    // once man has south too, he may assign it
    env.as_(ADMIN, &["location", "assign", MAN, "south"]).ok();
    env.as_(MAN, &["location", "assign", LEE, "south"]).ok();
    // and the manager's reach follows the schools he has
    assert!(!can(&env, PAT, "location.assign", "location:north"));
    assert!(can(&env, MAN, "location.assign", "location:south"));
    env.as_(MAN, &["location", "create", "east", "--name", "East"])
        .code(3);
}

/// 000_af0d8be90239399a.txt: the coordinator and the administrator each "Manage
/// locations/schools and assign them to members."
#[test]
fn seed_000_coordinators_and_administrators_manage_and_assign_any_location() {
    let env = school();
    for (who, slug) in [(COL, "east"), (ADMIN, "west")] {
        env.as_(who, &["location", "create", slug, "--name", "A school"])
            .ok();
        env.as_(who, &["location", "assign", KIM, slug]).ok();
        env.as_(who, &["location", "assign", LEE, "north"]).ok();
        env.as_(who, &["location", "unassign", LEE, "north"]).ok();
        env.as_(who, &["location", "edit", slug, "--name", "Renamed"])
            .ok();
        env.as_(who, &["location", "archive", slug]).ok();
    }
    for who in [PAT, MAN] {
        env.as_(who, &["location", "create", "x", "--name", "X"])
            .code(3);
        env.as_(who, &["location", "archive", "north"]).code(3);
        env.as_(who, &["location", "edit", "north", "--name", "N"])
            .code(3);
    }
    env.as_(PAT, &["location", "assign", KIM, "north"]).code(3);
}

// ----- work teams ------------------------------------------------------------------

/// related article "How do I create a work team?": "Only administrators create and
/// manage teams: add or remove members, rename, remove a team from a shared record."
#[test]
fn related_only_administrators_create_and_manage_teams() {
    let env = school();
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    for who in [COL, MAN, PAT] {
        env.as_(who, &["team", "create", "ot", "--name", "OT"])
            .code(3);
        env.as_(who, &["team", "add", "tsa", KIM]).code(3);
        env.as_(who, &["team", "remove", "tsa", KIM]).code(3);
        env.as_(who, &["team", "rename", "tsa", "X"]).code(3);
        env.as_(who, &["team", "archive", "tsa"]).code(3);
    }
    env.as_(ADMIN, &["team", "add", "tsa", KIM, LEE]).ok();
    env.as_(ADMIN, &["team", "remove", "tsa", LEE]).ok();
    env.as_(ADMIN, &["team", "rename", "tsa", "Speech team"])
        .ok();
    let t = json_as(&env, PAT, &["team", "show", "tsa"]);
    assert_eq!(t["name"], "Speech team");
    assert_eq!(t["members"], serde_json::json!([KIM]));
}

/// related article "How do I create a work team?": "Only administrators create and
/// manage teams: add or remove members, rename, remove a team from a shared record."
/// The administrator takes a team off a record they cannot otherwise share.
#[test]
fn related_an_administrator_removes_a_team_from_a_shared_record() {
    let env = school();
    share_1_with_team(&env, &[KIM], "read");
    assert!(can(&env, KIM, "record.read", "record:1"));
    let r = json_as(&env, ADMIN, &["record", "unshare", "1", "--team", "tsa"]);
    assert_eq!(r["removed"], true);
    assert!(!can(&env, KIM, "record.read", "record:1"));
    // but not a member's share: that is the owner's to change
    env.as_(
        PAT,
        &["record", "share", "1", "--with", LEE, "--level", "read"],
    )
    .ok();
    env.as_(ADMIN, &["record", "unshare", "1", "--with", LEE])
        .code(3);
    assert!(can(&env, LEE, "record.read", "record:1"));
}

/// related article "How do I create a work team?": "Changes to a team apply at once to
/// the access it grants: a member removed from a team loses access to every record
/// shared with that team."
#[test]
fn related_a_member_removed_from_a_team_loses_every_record_shared_with_it_at_once() {
    let env = school();
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    env.as_(ADMIN, &["team", "add", "tsa", KIM, LEE]).ok();
    env.as_(PAT, &["record", "create", "--client", "Ann"]).ok();
    for (n, level) in [("1", "read"), ("2", "full")] {
        env.as_(
            PAT,
            &["record", "share", n, "--team", "tsa", "--level", level],
        )
        .ok();
    }
    let reach = |who: &str| json_as(&env, who, &["perm", "lookup", "record.read", "record"]);
    assert_eq!(column(&reach(KIM), "target"), vec!["record:1", "record:2"]);
    env.as_(ADMIN, &["team", "remove", "tsa", KIM]).ok();
    assert!(column(&reach(KIM), "target").is_empty());
    assert!(!can(&env, KIM, "record.share", "record:2"));
    // the others in the team keep it
    assert_eq!(column(&reach(LEE), "target"), vec!["record:1", "record:2"]);
    // and someone added later gains it at once
    env.as_(ADMIN, &["team", "add", "tsa", KIM]).ok();
    assert_eq!(column(&reach(KIM), "target"), vec!["record:1", "record:2"]);
}

/// issue 4: "A change to a team applies at once to the access it grants" — an archived
/// team grants nothing, and nothing more can be shared with it.
#[test]
fn issue_4_an_archived_team_grants_nothing() {
    let env = school();
    share_1_with_team(&env, &[KIM], "write");
    assert!(can(&env, KIM, "record.write", "record:1"));
    env.as_(ADMIN, &["team", "archive", "tsa"]).ok();
    for action in ["record.view", "record.read", "record.write"] {
        assert!(!can(&env, KIM, action, "record:1"), "{action}");
    }
    env.as_(
        PAT,
        &["record", "share", "1", "--team", "tsa", "--level", "read"],
    )
    .code(5)
    .stderr_has("team tsa is archived");
    env.as_(ADMIN, &["team", "add", "tsa", LEE]).code(5);
}

/// 001_eb61c5c2b1dc26bc.txt (related "How do I create a work team?"): "Work teams help
/// simplify collaboration by grouping multiple members of an organization into a single
/// team. They make it easier to manage access permissions and avoid having to share
/// records individually with each member."
#[test]
fn seed_001_one_share_with_a_team_reaches_each_of_its_members() {
    let env = school();
    share_1_with_team(&env, &[KIM, LEE], "read");
    let who = json_as(&env, ADMIN, &["perm", "who-can", "record.read", "record:1"]);
    assert_eq!(column(&who, "email"), vec![KIM, LEE, PAT]);
    assert_eq!(
        reason(&env, KIM, "record.read", "record:1"),
        "allowed: record:1 is shared with team tsa, and kim@demo.org is in tsa at level read, which includes record.read"
    );
}

// ----- sharing -----------------------------------------------------------------------

const LEVEL_ACTIONS: [&str; 9] = [
    "record.read",
    "record.write",
    "entry.create",
    "record.export",
    "record.edit",
    "profile.write",
    "task.edit",
    "invoice.send",
    "record.share",
];

/// related article "How does record sharing work?": the levels —
/// read: "see all information in the record";
/// write: "read, plus add notes, documents and invoices, add confidential notes (visible
/// only to their author), export notes";
/// full: "write, plus edit the record's information, link or unlink a profile, create or
/// edit tasks, send invoices, and change other members' access."
/// And 002_7f4f45b153751181.txt: "three access levels can be given: read, write, and full
/// access."
#[test]
fn related_each_sharing_level_carries_exactly_its_actions() {
    let env = school();
    env.add("rea@demo.org", &["practitioner"]);
    env.add("wri@demo.org", &["practitioner"]);
    env.add("ful@demo.org", &["practitioner"]);
    for (who, level) in [
        ("rea@demo.org", "read"),
        ("wri@demo.org", "write"),
        ("ful@demo.org", "full"),
    ] {
        env.as_(
            PAT,
            &["record", "share", "1", "--with", who, "--level", level],
        )
        .ok();
    }
    let expected: [(&str, &[&str]); 3] = [
        ("rea@demo.org", &["record.read"]),
        (
            "wri@demo.org",
            &[
                "record.read",
                "record.write",
                "entry.create",
                "record.export",
            ],
        ),
        ("ful@demo.org", &LEVEL_ACTIONS),
    ];
    for (who, actions) in expected {
        assert_eq!(
            allowed_of(&env, who, &LEVEL_ACTIONS, "record:1"),
            actions.to_vec(),
            "{who}"
        );
    }
    // the owner has them all, and a level never grants what only the owner has
    assert_eq!(
        allowed_of(&env, PAT, &LEVEL_ACTIONS, "record:1"),
        LEVEL_ACTIONS.to_vec()
    );
    for who in ["rea@demo.org", "wri@demo.org", "ful@demo.org"] {
        assert!(!can(&env, who, "record.transfer", "record:1"), "{who}");
        assert!(!can(&env, who, "record.archive", "record:1"), "{who}");
    }
    // a level the policy does not have is refused
    env.as_(
        PAT,
        &["record", "share", "1", "--with", KIM, "--level", "owner"],
    )
    .code(6)
    .stderr_has("the levels are: full, read, write");
}

/// 002_7f4f45b153751181.txt: "Access management: Only the responsible person, or a member
/// with full access, can modify sharing permissions."
#[test]
fn seed_002_only_the_owner_or_a_full_collaborator_changes_sharing() {
    let env = school();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", KIM, "--level", "full"],
    )
    .ok();
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            "man@demo.org",
            "--level",
            "read",
        ],
    )
    .ok();
    // a full collaborator shares, changes and removes others' access
    env.as_(
        KIM,
        &["record", "share", "1", "--with", LEE, "--level", "write"],
    )
    .ok();
    env.as_(
        KIM,
        &["record", "share", "1", "--with", LEE, "--level", "read"],
    )
    .ok();
    // a write (or read) collaborator, the coordinator, a manager and the administrator may not
    for who in [LEE, COL, MAN, ADMIN] {
        env.as_(
            who,
            &[
                "record",
                "share",
                "1",
                "--with",
                "sue@demo.org",
                "--level",
                "read",
            ],
        )
        .code(3);
        env.as_(who, &["record", "unshare", "1", "--with", KIM])
            .code(3);
    }
    env.as_(KIM, &["record", "unshare", "1", "--with", LEE])
        .ok();
    assert!(!can(&env, LEE, "record.read", "record:1"));
    let access = json_as(&env, PAT, &["record", "access", "1"]);
    assert_eq!(column(&access, "email"), vec![COL, KIM, MAN, PAT]);
}

/// related article "How does record sharing work?": "A collaborator can see their own
/// level but not change it, and can leave a shared record."
#[test]
fn related_a_collaborator_sees_their_level_cannot_change_it_and_can_leave() {
    let env = school();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", KIM, "--level", "full"],
    )
    .ok();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", LEE, "--level", "read"],
    )
    .ok();
    // sees their level
    assert!(
        reason(&env, LEE, "record.read", "record:1").contains("at level read"),
        "the reason names the level"
    );
    let access = json_as(&env, KIM, &["record", "access", "1"]);
    let kim = access
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["email"] == KIM)
        .unwrap();
    assert!(kim["reason"].as_str().unwrap().contains("at level full"));
    // cannot change it, not even with full access
    env.as_(
        KIM,
        &["record", "share", "1", "--with", KIM, "--level", "read"],
    )
    .code(3)
    .stderr_has("a member does not change their own access");
    env.as_(
        LEE,
        &["record", "share", "1", "--with", LEE, "--level", "full"],
    )
    .code(3);
    assert!(can(&env, KIM, "record.share", "record:1"));
    assert!(!can(&env, LEE, "record.write", "record:1"));
    // leaves
    let left = json_as(&env, LEE, &["record", "leave", "1"]);
    assert_eq!(left["left"], LEE);
    assert!(!can(&env, LEE, "record.view", "record:1"));
    env.as_(LEE, &["record", "leave", "1"]).code(3);
    // the owner cannot leave their own record
    env.as_(PAT, &["record", "leave", "1"])
        .code(5)
        .stderr_has("hint: transfer it instead");
}

/// issue 4: "sharing again with the same member or team replaces the level".
#[test]
fn issue_4_sharing_again_replaces_the_level() {
    let env = school();
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    env.as_(ADMIN, &["team", "add", "tsa", LEE]).ok();
    for (level, previous) in [("full", Value::Null), ("read", "full".into())] {
        let r = json_as(
            &env,
            PAT,
            &["record", "share", "1", "--with", KIM, "--level", level],
        );
        assert_eq!(r["previous_level"], previous);
        let r = json_as(
            &env,
            PAT,
            &["record", "share", "1", "--team", "tsa", "--level", level],
        );
        assert_eq!(r["previous_level"], previous);
    }
    let shares: i64 = env.sql().query_one("SELECT count(*) FROM share", &[]);
    assert_eq!(shares, 2, "one share per member or team");
    for who in [KIM, LEE] {
        assert!(can(&env, who, "record.read", "record:1"));
        assert!(
            !can(&env, who, "record.share", "record:1"),
            "{who} was downgraded"
        );
    }
}

/// issue 4: "an expired share grants nothing" (`record share --until`).
#[test]
fn issue_4_an_expired_share_grants_nothing() {
    let mut env = school();
    let r = json_as(
        &env,
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            KIM,
            "--level",
            "write",
            "--until",
            "2026-11-30",
        ],
    );
    assert_eq!(r["until"], "2026-11-30T00:00:00Z");
    later(&mut env, Duration::days(6));
    assert!(
        can(&env, KIM, "record.write", "record:1"),
        "still on the 29th"
    );
    later(&mut env, Duration::days(1));
    for action in ["record.view", "record.read", "record.write"] {
        assert!(
            !can(&env, KIM, action, "record:1"),
            "{action} after it ended"
        );
    }
    let who = json_as(&env, ADMIN, &["perm", "who-can", "record.read", "record:1"]);
    assert_eq!(column(&who, "email"), vec![PAT]);
    assert!(
        column(
            &json_as(&env, KIM, &["perm", "lookup", "record.view", "record"]),
            "target"
        )
        .is_empty()
    );
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
            "--until",
            "2026-11-01",
        ],
    )
    .code(6)
    .stderr_has("is not in the future");
}

// ----- confidentiality and the coordinator's view -----------------------------------

/// related article "What's the difference between a confidential record and a partially
/// confidential record?": "A confidential record is marked as a whole" — by whoever
/// manages its sharing; and "The owner can transfer their own confidential record".
#[test]
fn related_a_record_is_marked_confidential_as_a_whole_by_its_owner() {
    let env = school();
    let r = json_as(&env, PAT, &["record", "confidential", "1", "on"]);
    assert_eq!(r["confidential"], true);
    env.as_(COL, &["record", "confidential", "1", "off"])
        .code(3);
    env.as_(MAN, &["record", "confidential", "1", "off"])
        .code(3);
    assert!(!can(&env, COL, "record.view", "record:1"));
    let r = json_as(&env, PAT, &["record", "transfer", "1", "--to", KIM]);
    assert_eq!(r["pending_transfer_to"], KIM);
    env.as_(KIM, &["record", "transfer", "accept", "1"]).ok();
    assert_eq!(owner_of(&env, 1), KIM);
    let r = json_as(&env, KIM, &["record", "confidential", "1", "off"]);
    assert_eq!(r["confidential"], false);
    assert!(can(&env, COL, "record.view", "record:1"));
}

/// related article "What's the difference between a confidential record and a partially
/// confidential record?": "Coordinators never see the content of any record (notes,
/// documents)."
#[test]
fn related_a_coordinator_never_reaches_the_content_of_any_record() {
    let env = school();
    env.as_(ADMIN, &["team", "create", "all", "--name", "All"])
        .ok();
    env.as_(ADMIN, &["team", "add", "all", PAT, KIM]).ok();
    env.as_(
        PAT,
        &["record", "create", "--client", "C", "--confidential"],
    )
    .ok();
    env.as_(
        KIM,
        &["record", "create", "--client", "D", "--location", "south"],
    )
    .ok();
    env.as_(
        PAT,
        &["record", "share", "1", "--team", "all", "--level", "full"],
    )
    .ok();
    env.as_(KIM, &["record", "transfer", "3", "--to", PAT]).ok();
    let mut all = Vec::new();
    for n in 1..=3 {
        for action in ["record.read", "record.write", "entry.read", "entry.create"] {
            all.push((COL.to_string(), action.to_string(), format!("record:{n}")));
        }
    }
    let answers = batch(&env, &all);
    for (check, allowed) in all.iter().zip(answers) {
        assert!(!allowed, "{check:?} must be denied");
    }
    for n in ["1", "2", "3"] {
        env.as_(COL, &["record", "open", n]).code(3);
    }
    assert!(
        column(
            &json_as(&env, COL, &["perm", "lookup", "record.read", "record"]),
            "target"
        )
        .is_empty()
    );
    assert_eq!(
        audit(
            &env,
            &[
                "--actor",
                COL,
                "--outcome",
                "denied",
                "--action",
                "record.read"
            ]
        )
        .len(),
        3,
        "each attempt to open is audited as denied"
    );
}

/// related article "What's the difference between a confidential record and a partially
/// confidential record?": "For confidential records they see only how many each
/// practitioner has — not their titles or numbers."
#[test]
fn related_a_coordinator_sees_how_many_confidential_records_not_which() {
    let env = school();
    env.as_(
        PAT,
        &[
            "record",
            "create",
            "--client",
            "Secret One",
            "--confidential",
        ],
    )
    .ok();
    env.as_(
        PAT,
        &[
            "record",
            "create",
            "--client",
            "Secret Two",
            "--confidential",
        ],
    )
    .ok();
    let run = env.as_(COL, &["record", "list", "--format", "json"]);
    run.ok().stderr_has("2 confidential records left out");
    assert_eq!(column(&run.json(), "number"), vec!["1"]);
    assert!(!run.stdout.contains("Secret"));
    for n in ["2", "3"] {
        env.as_(COL, &["record", "show", n]).code(3);
    }
    let overview = json_as(&env, COL, &["member", "overview"]);
    let pat = overview
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == PAT)
        .unwrap();
    assert_eq!(pat["institutional_records"], 1);
    assert_eq!(pat["confidential_records"], 2);
    // nor which of them waits for a transfer
    env.as_(PAT, &["record", "transfer", "2", "--to", LEE]).ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", LEE]).ok();
    let run = env.as_(COL, &["record", "transfers", "--format", "json"]);
    run.ok().stderr_has("1 confidential record left out");
    assert_eq!(column(&run.json(), "record"), vec!["1"]);
    assert_eq!(
        column(&json_as(&env, LEE, &["record", "transfers"]), "record"),
        vec!["1", "2"],
        "the recipient sees both"
    );
    env.as_(LEE, &["record", "transfer", "decline", "1"]).ok();
    env.as_(LEE, &["record", "transfer", "decline", "2"]).ok();
    // moving them all does not tell the coordinator which they were
    let run = env.as_(
        COL,
        &[
            "record",
            "transfer",
            "--all-from",
            PAT,
            "--to",
            KIM,
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has("2 confidential left with pat@demo.org");
    assert!(!run.stdout.contains("Secret"), "{}", run.transcript());
    assert_eq!(column(&run.json(), "record"), vec!["1", "null", "null"]);
    assert_eq!(
        column(&run.json(), "outcome"),
        vec!["moved", "skipped: confidential", "skipped: confidential"]
    );
    let run = env.as_(
        COL,
        &[
            "record",
            "transfer",
            "--all-from",
            PAT,
            "--to",
            KIM,
            "--include-confidential",
            "--format",
            "json",
        ],
    );
    run.ok();
    assert!(!run.stdout.contains("Secret"), "{}", run.transcript());
    assert_eq!(column(&run.json(), "record"), vec!["null", "null"]);
    assert_eq!(column(&run.json(), "outcome"), vec!["moved", "moved"]);
    assert_eq!(owner_of(&env, 2), KIM);
    assert_eq!(owner_of(&env, 3), KIM);
}

/// related article "What's the difference between a confidential record and a partially
/// confidential record?": "For confidential records they see only how many each
/// practitioner has — not their titles or numbers." A coordinator who moves, edits or
/// archives one (by a number they were given) is not shown what `record show` refuses.
#[test]
fn related_changing_a_confidential_record_does_not_show_it_to_the_coordinator() {
    let env = school();
    env.as_(
        PAT,
        &[
            "record",
            "create",
            "--client",
            "Secret One",
            "--confidential",
            "--external-id",
            "SIS-9",
        ],
    )
    .ok();
    env.as_(COL, &["record", "show", "2"]).code(3);
    let runs = [
        env.as_(
            COL,
            &["record", "transfer", "2", "--to", KIM, "--format", "json"],
        ),
        env.as_(
            COL,
            &[
                "record",
                "edit",
                "2",
                "--location",
                "north",
                "--format",
                "json",
            ],
        ),
        env.as_(COL, &["record", "archive", "2", "--format", "json"]),
        env.as_(COL, &["record", "archive", "2", "--format", "json"]),
    ];
    for run in &runs {
        run.ok();
        assert!(
            !run.stdout.contains("Secret") && !run.stdout.contains("SIS-9"),
            "{}",
            run.transcript()
        );
    }
    assert_eq!(runs[0].json()["owner"], KIM);
    assert_eq!(runs[2].json()["status"], "archived");
    // the owner sees it whole
    let r = json_as(&env, KIM, &["record", "show", "2"]);
    assert_eq!(
        (r["client"].clone(), r["location"].clone()),
        ("Secret One".into(), "north".into())
    );
}

/// related article "What information is accessible to the coordinator?": the coordinator
/// "Sees each practitioner's name, email, professional title and counts of institutional
/// and confidential records" (issue 4: `member overview` … "in every format").
#[test]
fn related_the_coordinators_overview_gives_name_email_title_and_counts() {
    let env = school();
    env.as_(
        ADMIN,
        &[
            "member",
            "edit",
            PAT,
            "--name",
            "Pat Roy",
            "--title",
            "Psychologist",
        ],
    )
    .ok();
    env.as_(
        PAT,
        &["record", "create", "--client", "B", "--confidential"],
    )
    .ok();
    env.as_(PAT, &["record", "create", "--client", "C"]).ok();
    env.as_(KIM, &["record", "create", "--client", "D"]).ok();
    let overview = json_as(&env, COL, &["member", "overview"]);
    let row = |email: &str| {
        overview
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["email"] == email)
            .unwrap_or_else(|| panic!("{email} missing from {overview}"))
            .clone()
    };
    let pat = row(PAT);
    assert_eq!(pat["name"], "Pat Roy");
    assert_eq!(pat["title"], "Psychologist");
    assert_eq!(pat["institutional_records"], 2);
    assert_eq!(pat["confidential_records"], 1);
    assert_eq!(row(KIM)["institutional_records"], 1);
    assert_eq!(row(LEE)["institutional_records"], 0);
    let csv = env.as_(COL, &["member", "overview", "--format", "csv"]);
    csv.ok()
        .stdout_has("name,email,title,status,institutional_records,confidential_records")
        .stdout_has("Pat Roy,pat@demo.org,Psychologist,active,2,1");
    env.as_(COL, &["member", "overview", "--format", "yaml"])
        .ok()
        .stdout_has("confidential_records: 1");
    env.as_(COL, &["member", "overview", "--wide"])
        .ok()
        .stdout_has("Psychologist");
    env.as_(PAT, &["member", "overview"]).code(3);
}

// ----- transfers ---------------------------------------------------------------------

/// related article "How do record transfers work?": "A practitioner transfers a record
/// they own to a colleague; the colleague accepts or declines it from their ongoing
/// transfers. Until accepted, the record's collaborators lose access; once accepted they
/// get back the access they had."
#[test]
fn related_an_owners_transfer_waits_and_suspends_collaborators_until_accepted() {
    let env = school();
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    env.as_(ADMIN, &["team", "add", "tsa", "sue@demo.org"]).ok();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", LEE, "--level", "write"],
    )
    .ok();
    env.as_(
        PAT,
        &["record", "share", "1", "--team", "tsa", "--level", "read"],
    )
    .ok();
    let r = json_as(&env, PAT, &["record", "transfer", "1", "--to", KIM]);
    assert_eq!(r["owner"], PAT, "it waits");
    assert_eq!(r["pending_transfer_to"], KIM);
    let ongoing = json_as(&env, KIM, &["record", "transfers"]);
    assert_eq!(column(&ongoing, "record"), vec!["1"]);
    assert_eq!(column(&ongoing, "from"), vec![PAT]);
    assert!(column(&json_as(&env, LEE, &["record", "transfers"]), "record").is_empty());
    // collaborators lose access while it waits; the owner keeps it
    for who in [LEE, "sue@demo.org"] {
        assert!(!can(&env, who, "record.read", "record:1"), "{who}");
        assert!(reason(&env, who, "record.read", "record:1").contains("waits for kim@demo.org"));
    }
    assert!(can(&env, PAT, "record.read", "record:1"));
    assert!(!can(&env, KIM, "record.read", "record:1"));
    // only the recipient accepts
    env.as_(LEE, &["record", "transfer", "accept", "1"]).code(3);
    env.as_(PAT, &["record", "transfer", "accept", "1"]).code(3);
    let r = json_as(&env, KIM, &["record", "transfer", "accept", "1"]);
    assert_eq!(r["owner"], KIM);
    assert_eq!(r["pending_transfer_to"], Value::Null);
    assert!(can(&env, KIM, "record.read", "record:1"));
    assert!(
        !can(&env, PAT, "record.read", "record:1"),
        "the previous owner keeps nothing"
    );
    assert!(
        can(&env, LEE, "record.write", "record:1"),
        "the access they had"
    );
    assert!(can(&env, "sue@demo.org", "record.read", "record:1"));
    assert!(!can(&env, "sue@demo.org", "record.write", "record:1"));
    assert!(column(&json_as(&env, KIM, &["record", "transfers"]), "record").is_empty());
}

/// related article "How do record transfers work?": "the colleague accepts or declines
/// it" — declined, nothing changed.
#[test]
fn related_a_declined_transfer_changes_nothing() {
    let env = school();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", LEE, "--level", "write"],
    )
    .ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", KIM]).ok();
    env.as_(PAT, &["record", "transfer", "decline", "1"])
        .code(3);
    let r = json_as(&env, KIM, &["record", "transfer", "decline", "1"]);
    assert_eq!(r["owner"], PAT);
    assert_eq!(r["pending_transfer_to"], Value::Null);
    assert_eq!(owner_of(&env, 1), PAT);
    assert!(can(&env, LEE, "record.write", "record:1"));
    assert!(can(&env, PAT, "record.share", "record:1"));
    assert!(!can(&env, KIM, "record.view", "record:1"));
    env.as_(KIM, &["record", "transfer", "accept", "1"]).code(3);
    // and it can be offered again
    env.as_(PAT, &["record", "transfer", "1", "--to", LEE]).ok();
}

/// related article "How do I transfer records as a coordinator?": "A coordinator
/// transfers one record, or all active records, of a practitioner to another;
/// collaborators keep their access." And 000_af0d8be90239399a.txt: "Transfer records
/// between members (individual records or all records from an account)."
#[test]
fn related_a_coordinators_transfer_is_immediate_and_collaborators_keep_access() {
    let env = school();
    env.as_(PAT, &["record", "create", "--client", "Ann"]).ok();
    env.as_(PAT, &["record", "create", "--client", "Old"]).ok();
    env.as_(PAT, &["record", "archive", "3"]).ok();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", LEE, "--level", "write"],
    )
    .ok();
    env.as_(
        PAT,
        &["record", "share", "2", "--with", LEE, "--level", "read"],
    )
    .ok();
    let r = json_as(&env, COL, &["record", "transfer", "1", "--to", KIM]);
    assert_eq!(r["owner"], KIM, "at once");
    assert_eq!(r["pending_transfer_to"], Value::Null);
    assert!(can(&env, LEE, "record.write", "record:1"));
    assert!(!can(&env, PAT, "record.read", "record:1"));
    let moved = json_as(
        &env,
        COL,
        &["record", "transfer", "--all-from", PAT, "--to", KIM],
    );
    assert_eq!(column(&moved, "record"), vec!["2"], "all active records");
    assert_eq!(owner_of(&env, 2), KIM);
    assert_eq!(owner_of(&env, 3), PAT, "an archived record is not active");
    assert!(can(&env, LEE, "record.read", "record:2"));
    assert!(can(&env, KIM, "record.share", "record:2"));
}

/// issue 4: "A coordinator can also redirect a waiting transfer."
#[test]
fn issue_4_a_coordinator_redirects_a_waiting_transfer() {
    let env = school();
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            "sue@demo.org",
            "--level",
            "read",
        ],
    )
    .ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", KIM]).ok();
    let pending = json_as(&env, COL, &["record", "transfers"]);
    assert_eq!(
        column(&pending, "to"),
        vec![KIM],
        "the coordinator sees every transfer"
    );
    let r = json_as(&env, COL, &["record", "transfer", "1", "--to", LEE]);
    assert_eq!(r["owner"], LEE);
    assert_eq!(r["pending_transfer_to"], Value::Null);
    env.as_(KIM, &["record", "transfer", "accept", "1"]).code(3);
    assert!(column(&json_as(&env, COL, &["record", "transfers"]), "record").is_empty());
    assert!(can(&env, "sue@demo.org", "record.read", "record:1"));
    let status: String = env.sql().query_one(
        "SELECT status FROM transfer WHERE to_id = (SELECT id FROM member WHERE email = ?1)",
        &[&KIM],
    );
    assert_eq!(status, "redirected");
}

/// issue 4: "transferring to an inactive or invited member, or to the current owner, is
/// refused with a clear message" — in both flows and for `--all-from`.
#[test]
fn issue_4_transfers_to_an_inactive_or_invited_member_or_the_owner_are_refused() {
    let env = school();
    env.as_(
        ADMIN,
        &["member", "invite", "new@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_(ADMIN, &["member", "deactivate", LEE]).ok();
    for who in [PAT, COL] {
        env.as_(who, &["record", "transfer", "1", "--to", "new@demo.org"])
            .code(5)
            .stderr_has(
                "new@demo.org is invited: only an active member can be responsible for records",
            );
        env.as_(who, &["record", "transfer", "1", "--to", LEE])
            .code(5)
            .stderr_has("lee@demo.org is inactive");
        env.as_(who, &["record", "transfer", "1", "--to", PAT])
            .code(5)
            .stderr_has("pat@demo.org already owns record:1");
    }
    for to in ["new@demo.org", LEE, PAT] {
        env.as_(COL, &["record", "transfer", "--all-from", PAT, "--to", to])
            .code(5);
    }
    // kim has nothing to move, but the recipient is still checked
    env.as_(COL, &["record", "transfer", "--all-from", KIM, "--to", LEE])
        .code(5)
        .stderr_has("lee@demo.org is inactive");
    assert_eq!(owner_of(&env, 1), PAT);
    let pending: i64 = env.sql().query_one("SELECT count(*) FROM transfer", &[]);
    assert_eq!(pending, 0);
}

/// issue 4: "`--dry-run` lists exactly what would move" — and changes nothing.
#[test]
fn issue_4_a_dry_run_lists_what_would_move_and_changes_nothing() {
    let env = school();
    env.as_(PAT, &["record", "create", "--client", "Ann"]).ok();
    env.as_(
        PAT,
        &["record", "create", "--client", "Conf", "--confidential"],
    )
    .ok();
    let before = env.snapshot();
    let run = env.as_(
        COL,
        &[
            "record",
            "transfer",
            "--all-from",
            PAT,
            "--to",
            KIM,
            "--dry-run",
            "--format",
            "json",
        ],
    );
    run.ok()
        .stderr_has("dry run: would")
        .stderr_has("nothing was changed");
    let rows = run.json();
    assert_eq!(column(&rows, "record"), vec!["1", "2", "null"]);
    assert_eq!(
        column(&rows, "outcome"),
        vec!["moved", "moved", "skipped: confidential"]
    );
    assert_eq!(before, env.snapshot(), "--dry-run changed the store");
    let run = env.as_(
        PAT,
        &[
            "record",
            "transfer",
            "1",
            "--to",
            KIM,
            "--dry-run",
            "--format",
            "json",
        ],
    );
    run.ok()
        .stderr_has("dry run: would offer record:1 to kim@demo.org");
    assert_eq!(run.json()["pending_transfer_to"], KIM);
    assert_eq!(before, env.snapshot(), "--dry-run changed the store");
    assert_eq!(owner_of(&env, 1), PAT);
}

/// related article "What information is included in a record transfer?": "Options:
/// include or exclude confidential notes and documents (for "all": confidential records
/// too)"; issue 4: `--all-from EMAIL --to EMAIL [--location SLUG] [--include-confidential]`.
#[test]
fn related_all_from_by_location_and_with_or_without_confidential_records() {
    let env = school();
    env.as_(
        PAT,
        &["record", "create", "--client", "S", "--location", "south"],
    )
    .ok();
    env.as_(
        PAT,
        &[
            "record",
            "create",
            "--client",
            "NC",
            "--location",
            "north",
            "--confidential",
        ],
    )
    .ok();
    env.as_(PAT, &["record", "create", "--client", "X"]).ok();
    let moved = json_as(
        &env,
        COL,
        &[
            "record",
            "transfer",
            "--all-from",
            PAT,
            "--to",
            KIM,
            "--location",
            "north",
        ],
    );
    assert_eq!(
        column(&moved, "outcome"),
        vec!["moved", "skipped: confidential"]
    );
    assert_eq!(
        (
            owner_of(&env, 1),
            owner_of(&env, 2),
            owner_of(&env, 3),
            owner_of(&env, 4)
        ),
        (KIM.into(), PAT.into(), PAT.into(), PAT.into())
    );
    json_as(
        &env,
        COL,
        &[
            "record",
            "transfer",
            "--all-from",
            PAT,
            "--to",
            KIM,
            "--location",
            "north",
            "--include-confidential",
        ],
    );
    assert_eq!(owner_of(&env, 3), KIM);
    assert_eq!(owner_of(&env, 2), PAT, "south stays");
    json_as(
        &env,
        COL,
        &["record", "transfer", "--all-from", PAT, "--to", LEE],
    );
    assert_eq!(
        (owner_of(&env, 2), owner_of(&env, 4)),
        (LEE.into(), LEE.into())
    );
    // the owner's own records are handed over one by one, each accepted
    env.as_(KIM, &["record", "transfer", "--all-from", KIM, "--to", PAT])
        .code(5)
        .stderr_has("transfer them one by one");
}

// ----- departures -------------------------------------------------------------------

/// DESIGN "Departures in one step": "`member deactivate EMAIL --transfer-to EMAIL` moves
/// their records and deactivates them in one transaction"; related article "How do I
/// manage members": "'Remove access' makes the member inactive: they can no longer reach
/// the organisation or any record in it".
#[test]
fn design_a_departure_moves_every_record_and_deactivates_in_one_step() {
    let env = school();
    env.add("boss@demo.org", &["administrator", "coordinator"]);
    env.as_(
        PAT,
        &["record", "create", "--client", "C", "--confidential"],
    )
    .ok();
    env.as_(PAT, &["record", "create", "--client", "A"]).ok();
    env.as_(PAT, &["record", "archive", "3"]).ok();
    env.as_(
        PAT,
        &["record", "share", "1", "--with", LEE, "--level", "write"],
    )
    .ok();
    let r = json_as(
        &env,
        "boss@demo.org",
        &["member", "deactivate", PAT, "--transfer-to", KIM],
    );
    assert_eq!(r["status"], "inactive");
    for n in 1..=3 {
        assert_eq!(owner_of(&env, n), KIM, "record {n}");
    }
    assert!(
        can(&env, LEE, "record.write", "record:1"),
        "a coordinator-style transfer"
    );
    for verb in ["list", "transfers", "pending"] {
        env.as_(PAT, &["record", verb])
            .code(3)
            .stderr_has("pat@demo.org is inactive: they can no longer reach anything");
    }
    assert!(!can(&env, PAT, "record.view", "record:1"));
    let events = audit(&env, &["--action", "record.transfer"]);
    assert_eq!(events.len(), 3);
    let run = events[0]["details"]["run"].clone();
    assert!(
        run.as_str().is_some_and(|r| r.contains("pat@demo.org")),
        "{run}"
    );
    assert!(events.iter().all(|e| e["details"]["run"] == run));
    // and then the member can be removed
    json_as(&env, ADMIN, &["member", "remove", PAT]);
}

/// DESIGN "Departures in one step": "in one transaction" — when the records cannot move,
/// the member is not deactivated either.
#[test]
fn design_a_departure_that_cannot_move_the_records_changes_nothing() {
    let env = school();
    env.as_(
        ADMIN,
        &["member", "invite", "new@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_(
        "admin@demo.org",
        &["member", "deactivate", PAT, "--transfer-to", KIM],
    )
    .code(3)
    .stderr_has("record.transfer");
    env.as_(
        "support:sam",
        &[
            "member",
            "deactivate",
            PAT,
            "--transfer-to",
            "new@demo.org",
            "--reason",
            "ticket 7",
        ],
    )
    .code(5);
    let status = json_as(&env, ADMIN, &["member", "show", PAT]);
    assert_eq!(status["status"], "active");
    assert_eq!(owner_of(&env, 1), PAT);
    // the recipient is checked even when there is nothing to move
    env.as_(ADMIN, &["member", "deactivate", LEE]).ok();
    env.as_(
        "support:sam",
        &[
            "member",
            "deactivate",
            KIM,
            "--transfer-to",
            LEE,
            "--reason",
            "ticket 7",
        ],
    )
    .code(5)
    .stderr_has("lee@demo.org is inactive");
    assert_eq!(
        json_as(&env, ADMIN, &["member", "show", KIM])["status"],
        "active"
    );
    // support staff can do it: "moving records when someone leaves"
    env.as_(
        "support:sam",
        &[
            "member",
            "deactivate",
            PAT,
            "--transfer-to",
            KIM,
            "--reason",
            "ticket 7",
        ],
    )
    .ok();
    assert_eq!(owner_of(&env, 1), KIM);
}

/// issue 4: "`member remove` of a member who still owns records is refused (exit 5) with
/// a hint naming `--transfer-to`."
#[test]
fn issue_4_removing_a_member_who_owns_records_is_refused_until_they_are_moved() {
    let env = school();
    env.as_(PAT, &["record", "create", "--client", "B"]).ok();
    env.as_(PAT, &["record", "archive", "2"]).ok();
    env.as_(ADMIN, &["member", "deactivate", PAT]).ok();
    env.as_(ADMIN, &["member", "remove", PAT])
        .code(5)
        .stderr_has("pat@demo.org still owns 2 records")
        .stderr_has("careward member deactivate pat@demo.org --transfer-to EMAIL");
    assert_eq!(
        json_as(&env, ADMIN, &["member", "show", PAT])["status"],
        "inactive"
    );
    // the records stay where they are, and the coordinator moves the active one
    json_as(
        &env,
        COL,
        &["record", "transfer", "--all-from", PAT, "--to", KIM],
    );
    env.as_(ADMIN, &["member", "remove", PAT])
        .code(5)
        .stderr_has("still owns 1 record");
    env.as_(COL, &["record", "reactivate", "2"]).ok();
    json_as(&env, COL, &["record", "transfer", "2", "--to", KIM]);
    assert_eq!(
        json_as(&env, ADMIN, &["member", "remove", PAT])["status"],
        "removed"
    );
}

/// 000_af0d8be90239399a.txt, coordinator: "Follow up on records waiting for transfer or
/// linked to inactive members." (`record pending`: with their owner and since when)
#[test]
fn seed_000_the_coordinator_follows_up_waiting_transfers_and_inactive_members_records() {
    let mut env = school();
    env.as_(KIM, &["record", "create", "--client", "Kim's"])
        .ok();
    env.as_(LEE, &["record", "create", "--client", "Lee's"])
        .ok();
    env.as_(
        LEE,
        &[
            "record",
            "create",
            "--client",
            "Lee's secret",
            "--confidential",
        ],
    )
    .ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", KIM]).ok();
    let started = env.now.clone();
    later(&mut env, Duration::days(2));
    env.as_(ADMIN, &["member", "deactivate", LEE]).ok();
    let left = env.now.clone();
    later(&mut env, Duration::days(1));
    let run = env.as_(COL, &["record", "pending", "--format", "json"]);
    run.ok().stderr_has("1 confidential record left out");
    let rows = run.json();
    assert_eq!(column(&rows, "record"), vec!["1", "3"]);
    assert_eq!(column(&rows, "owner"), vec![PAT, LEE]);
    assert_eq!(
        column(&rows, "reason"),
        vec!["waiting for transfer to kim@demo.org", "owner is inactive"]
    );
    assert_eq!(column(&rows, "since"), vec![started, left]);
    assert!(!run.stdout.contains("secret"));
}

// ----- audit ------------------------------------------------------------------------

/// issue 4: "reading a record's clinical content, and every share, unshare, transfer
/// step and deletion, are audited; a bulk transfer writes one event per record moved,
/// each naming the run it belongs to." (DESIGN "Audit": "Reading clinical content
/// (record.read) is also audited.")
#[test]
fn issue_4_reads_shares_transfer_steps_and_deletions_are_audited() {
    let env = school();
    env.as_(PAT, &["record", "open", "1"])
        .ok()
        .stdout_has("allowed: role practitioner grants record.read on own");
    env.as_(
        PAT,
        &["record", "share", "1", "--with", LEE, "--level", "read"],
    )
    .ok();
    env.as_(PAT, &["record", "unshare", "1", "--with", LEE])
        .ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", KIM]).ok();
    env.as_(KIM, &["record", "transfer", "decline", "1"]).ok();
    env.as_(PAT, &["record", "transfer", "1", "--to", KIM]).ok();
    env.as_(KIM, &["record", "transfer", "accept", "1"]).ok();
    env.as_(COL, &["record", "transfer", "1", "--to", LEE]).ok();
    env.as_(LEE, &["record", "archive", "1"]).ok();
    env.as_(LEE, &["record", "delete", "1"]).ok();
    let events: Vec<(String, String, Value)> = audit(&env, &["--target", "record:1"])
        .into_iter()
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_string(),
                e["action"].as_str().unwrap().to_string(),
                e["details"].clone(),
            )
        })
        .collect();
    let steps: Vec<(&str, &str, String)> = events
        .iter()
        .map(|(actor, action, details)| {
            let what = details
                .get("step")
                .or_else(|| details.get("read"))
                .or_else(|| details.get("unshared"))
                .or_else(|| details.get("level"))
                .or_else(|| details.get("status"))
                .map(|v| v.to_string())
                .unwrap_or_default();
            (actor.as_str(), action.as_str(), what)
        })
        .collect();
    assert_eq!(
        steps,
        vec![
            (PAT, "record.create", String::new()),
            (PAT, "record.read", "\"clinical content\"".into()),
            (PAT, "record.share", "\"read\"".into()),
            (PAT, "record.share", "\"lee@demo.org\"".into()),
            (PAT, "record.transfer", "\"started\"".into()),
            (KIM, "record.receive", "\"declined\"".into()),
            (PAT, "record.transfer", "\"started\"".into()),
            (KIM, "record.receive", "\"accepted\"".into()),
            (COL, "record.transfer", "\"moved\"".into()),
            (LEE, "record.archive", "[\"active\",\"archived\"]".into()),
            (LEE, "record.archive", "[\"archived\",\"deleted\"]".into()),
        ]
    );
}

/// issue 4: "a bulk transfer writes one event per record moved, each naming the run it
/// belongs to" — and two runs have different names, even in the same second.
#[test]
fn issue_4_a_bulk_transfer_writes_one_event_per_record_naming_its_run() {
    let env = school();
    env.as_(PAT, &["record", "create", "--client", "B"]).ok();
    env.as_(
        PAT,
        &["record", "create", "--client", "C", "--confidential"],
    )
    .ok();
    env.as_(KIM, &["record", "create", "--client", "D"]).ok();
    json_as(
        &env,
        COL,
        &["record", "transfer", "--all-from", PAT, "--to", LEE],
    );
    json_as(
        &env,
        COL,
        &["record", "transfer", "--all-from", KIM, "--to", LEE],
    );
    let events = audit(&env, &["--action", "record.transfer"]);
    let targets = column(&Value::Array(events.clone()), "target");
    assert_eq!(
        targets,
        vec!["record:1", "record:2", "record:4"],
        "one per record moved"
    );
    let runs: Vec<String> = events
        .iter()
        .map(|e| e["details"]["run"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(runs.iter().all(|r| !r.is_empty()), "{runs:?}");
    assert_eq!(runs[0], runs[1], "the same run");
    assert_ne!(runs[1], runs[2], "two runs, two names");
}

// ----- who may do what to one record --------------------------------------------------

const RECORD_ACTIONS: [&str; 11] = [
    "record.view",
    "record.read",
    "record.write",
    "record.edit",
    "record.archive",
    "record.share",
    "record.transfer",
    "profile.read",
    "profile.write",
    "entry.create",
    "entry.read",
];

/// Seeds 000–002 and related article "How does record sharing work?", cell by cell: one
/// record owned by a practitioner, at school north, shared with a member at each level
/// and with a team (write). 002_7f4f45b153751181.txt: "By default, only that person has
/// access"; 000: the manager "Create, edit, and archive student records for their
/// school" and "Access student profiles"; the coordinator "Create, edit, and archive
/// organization records" and "Transfer records between members"; related article on
/// confidentiality: "Coordinators never see the content of any record"; the
/// administrator manages the organisation, not clinical content.
#[test]
fn table_who_may_do_what_to_one_shared_record() {
    let env = school();
    for who in ["rea", "wri", "ful", "tea"] {
        env.add(&format!("{who}@demo.org"), &["practitioner"]);
    }
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    env.as_(ADMIN, &["team", "add", "tsa", "tea@demo.org"]).ok();
    for (with, level) in [("rea", "read"), ("wri", "write"), ("ful", "full")] {
        env.as_(
            PAT,
            &[
                "record",
                "share",
                "1",
                "--with",
                &format!("{with}@demo.org"),
                "--level",
                level,
            ],
        )
        .ok();
    }
    env.as_(
        PAT,
        &["record", "share", "1", "--team", "tsa", "--level", "write"],
    )
    .ok();

    // columns: view read write edit archive share transfer profile.r profile.w entry.c entry.r
    #[rustfmt::skip]
    let table: [(&str, &str, [u8; 11]); 10] = [
        ("owner",                PAT,              [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ("read share",           "rea@demo.org",   [1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1]),
        ("write share",          "wri@demo.org",   [1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1]),
        ("full share",           "ful@demo.org",   [1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1]),
        ("team share (write)",   "tea@demo.org",   [1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1]),
        ("manager of north",     MAN,              [1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0]),
        ("manager of south",     SOUTH_MAN,        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("coordinator",          COL,              [1, 0, 0, 1, 1, 0, 1, 1, 1, 0, 0]),
        ("administrator",        ADMIN,            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("other practitioner",   KIM,              [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ];
    let mut all = Vec::new();
    for (_, who, _) in &table {
        all.extend(checks(who, &RECORD_ACTIONS, "record:1"));
    }
    let answers = batch(&env, &all);
    let mut wrong = Vec::new();
    for (row, (label, who, expected)) in table.iter().enumerate() {
        for (col, action) in RECORD_ACTIONS.iter().enumerate() {
            let got = answers[row * RECORD_ACTIONS.len() + col];
            if got != (expected[col] == 1) {
                wrong.push(format!(
                    "{label} ({who}) × {action}: expected {}, perm check says {}",
                    if expected[col] == 1 {
                        "allowed"
                    } else {
                        "denied"
                    },
                    if got { "allowed" } else { "denied" },
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "cells that differ:\n{}", wrong.join("\n"));
}

// ----- perm check, perm lookup and perm who-can agree ---------------------------------

/// A small linear congruential generator: the same organisation on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next(items.len())]
    }
}

/// DESIGN: "Reverse lookups — who can reach this record (`perm who-can`), which records
/// can this member reach (`perm lookup`) — answered from the same rules as `perm check`."
/// On a generated organisation: mixed roles, teams (one archived), locations, records in
/// every state, shares at every level to members and teams (some expired), waiting
/// transfers and an inactive member.
#[test]
fn perm_check_lookup_and_who_can_agree_on_a_generated_organisation() {
    let mut env = TestEnv::org("school");
    let mut rng = Lcg(0x5eed_0004);
    // 30 records: more than the free plan holds (related article "CSV invitations").
    env.as_(ADMIN, &["org", "set", "--plan", "seats", "--seats", "50"])
        .ok();
    let role_sets: [&[&str]; 7] = [
        &["practitioner"],
        &["practitioner"],
        &["practitioner"],
        &["coordinator"],
        &["manager"],
        &["practitioner", "manager"],
        &["practitioner", "coordinator"],
    ];
    let locations = ["north", "south"];
    for slug in locations {
        env.as_(ADMIN, &["location", "create", slug, "--name", slug])
            .ok();
    }
    let mut members = vec![ADMIN.to_string()];
    let mut practitioners = Vec::new();
    for i in 0..12 {
        let email = format!("m{i:02}@demo.org");
        // the first four are practitioners, so that there are owners enough
        let roles = if i < 4 {
            role_sets[0]
        } else {
            *rng.pick(&role_sets)
        };
        env.add(&email, roles);
        if roles.contains(&"practitioner") {
            practitioners.push(email.clone());
        }
        if rng.next(3) > 0 {
            let slug = *rng.pick(&locations);
            env.as_(ADMIN, &["location", "assign", &email, slug]).ok();
        }
        members.push(email);
    }
    let teams = ["t1", "t2", "t3"];
    for team in teams {
        env.as_(ADMIN, &["team", "create", team, "--name", team])
            .ok();
        let mut args = vec!["team".to_string(), "add".into(), team.into()];
        for m in &members[1..] {
            if rng.next(3) == 0 {
                args.push(m.clone());
            }
        }
        if args.len() == 3 {
            args.push(members[1].clone());
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.as_(ADMIN, &args).ok();
    }
    let mut owners = Vec::new();
    for n in 1..=30 {
        let owner = rng.pick(&practitioners).clone();
        let client = format!("Client {n}");
        let mut args = vec!["record", "create", "--client", &client];
        let slug = *rng.pick(&["north", "south", ""]);
        if !slug.is_empty() {
            args.extend(["--location", slug]);
        }
        if rng.next(4) == 0 {
            args.push("--confidential");
        }
        env.as_(&owner, &args).ok();
        owners.push(owner);
    }
    let levels = ["read", "write", "full"];
    let mut shares = 0;
    while shares < 40 {
        let n = rng.next(30);
        let number = (n + 1).to_string();
        let level = *rng.pick(&levels);
        let mut args = vec!["record", "share", &number, "--level", level];
        let member;
        let team;
        if rng.next(4) == 0 {
            team = rng.pick(&teams).to_string();
            args.extend(["--team", &team]);
        } else {
            member = rng.pick(&members[1..]).clone();
            if member == owners[n] {
                continue;
            }
            args.extend(["--with", &member]);
        }
        if rng.next(6) == 0 {
            args.extend(["--until", "2026-12-01"]);
        }
        env.as_(&owners[n], &args).ok();
        shares += 1;
    }
    // records in every state, and waiting transfers
    for n in [3usize, 9, 17] {
        env.as_(&owners[n - 1], &["record", "archive", &n.to_string()])
            .ok();
    }
    env.as_(&owners[16], &["record", "delete", "17"]).ok();
    for n in [5usize, 12, 22] {
        let to = practitioners.iter().find(|p| **p != owners[n - 1]).unwrap();
        env.as_(
            &owners[n - 1],
            &["record", "transfer", &n.to_string(), "--to", to],
        )
        .ok();
    }
    env.as_(ADMIN, &["team", "archive", "t3"]).ok();
    env.as_(ADMIN, &["member", "deactivate", &members[12]]).ok();
    // some shares have ended by now
    later(&mut env, Duration::days(10));

    let records: Vec<String> = (1..=30).map(|n| format!("record:{n}")).collect();
    for action in ["record.view", "record.read", "record.write", "record.share"] {
        let mut all = Vec::new();
        for m in &members {
            for r in &records {
                all.push((m.clone(), action.to_string(), r.clone()));
            }
        }
        let by_check: BTreeSet<(String, String)> = all
            .iter()
            .zip(batch(&env, &all))
            .filter(|(_, ok)| *ok)
            .map(|((m, _, r), _)| (m.clone(), r.clone()))
            .collect();
        let mut by_lookup = BTreeSet::new();
        for m in &members {
            if m == &members[12] {
                // deactivated: refused, as every command but `perm check` is
                env.as_(m, &["perm", "lookup", action, "record"]).code(3);
                continue;
            }
            let found = json_as(&env, m, &["perm", "lookup", action, "record"]);
            for r in column(&found, "target") {
                by_lookup.insert((m.clone(), r));
            }
        }
        let mut by_who_can = BTreeSet::new();
        for r in &records {
            let found = json_as(&env, ADMIN, &["perm", "who-can", action, r]);
            for m in column(&found, "email") {
                by_who_can.insert((m, r.clone()));
            }
        }
        assert!(
            by_check.len() > 10 && by_check.len() < members.len() * records.len(),
            "{action}: a dull organisation ({} pairs allowed)",
            by_check.len()
        );
        let diff = |a: &BTreeSet<(String, String)>, b: &BTreeSet<(String, String)>| {
            a.symmetric_difference(b).cloned().collect::<Vec<_>>()
        };
        assert_eq!(
            diff(&by_check, &by_lookup),
            Vec::<(String, String)>::new(),
            "{action}: perm check and perm lookup disagree"
        );
        assert_eq!(
            diff(&by_check, &by_who_can),
            Vec::<(String, String)>::new(),
            "{action}: perm check and perm who-can disagree"
        );
    }
}
