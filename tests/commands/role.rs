//! `careward role`: assign and remove roles, with the permission delta; the rules
//! that keep an organisation valid (the last administrator, roles limited to schools).

use serde_json::{Value, json};

use crate::common::TestEnv;

const ADMIN: &str = "admin@demo.org";

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .expect("a list")
        .iter()
        .map(|s| s.as_str().expect("a string"))
        .collect()
}

#[test]
fn assign_shows_what_the_member_gains() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let run = env.as_(
        ADMIN,
        &[
            "role",
            "assign",
            "bob@demo.org",
            "coordinator",
            "--format",
            "json",
        ],
    );
    run.ok()
        .stderr_has("change the roles of bob@demo.org to coordinator, practitioner");
    let delta = run.json();
    assert_eq!(delta["email"], "bob@demo.org");
    assert_eq!(delta["roles_before"], json!(["practitioner"]));
    assert_eq!(delta["roles"], json!(["coordinator", "practitioner"]));
    assert_eq!(delta["principal"], "practitioner", "the principal is kept");
    assert_eq!(delta["changed"], true);
    assert_eq!(
        strings(&delta["gained"]),
        vec![
            "location.assign on org",
            "location.manage on org",
            "member.view on org",
            "profile.read on org",
            "profile.write on org",
            "record.archive on org",
            "record.create on org",
            "record.edit on org",
            "record.transfer on org",
            "record.view on org unless confidential",
        ]
    );
    assert_eq!(delta["lost"], json!([]));

    let events = env.audit(&["--action", "role.assign"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["target"], "member:bob@demo.org");
    assert_eq!(
        events[0]["details"]["roles"],
        json!([["practitioner"], ["coordinator", "practitioner"]])
    );
    assert_eq!(events[0]["details"]["gained"], delta["gained"]);
    let m = env.json_as(ADMIN, &["member", "show", "bob@demo.org"]);
    assert_eq!(m["roles"], json!(["coordinator", "practitioner"]));
}

#[test]
fn remove_shows_what_the_member_loses() {
    let env = TestEnv::org("clinic");
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--role",
            "coordinator",
            "--principal",
            "practitioner",
            "--accepted",
        ],
    )
    .ok();
    let delta = env.json_as(ADMIN, &["role", "remove", "bob@demo.org", "practitioner"]);
    assert_eq!(delta["roles"], json!(["coordinator"]));
    assert_eq!(
        delta["principal"], "coordinator",
        "a single role is its own principal"
    );
    assert_eq!(delta["gained"], json!([]));
    let lost = strings(&delta["lost"]);
    assert!(lost.contains(&"record.read on own"), "{lost:?}");
    assert!(lost.contains(&"note.approve on own"), "{lost:?}");
    // what the coordinator role also grants is not lost
    assert!(!lost.contains(&"org.view on org"), "{lost:?}");
    assert!(!lost.contains(&"member.edit on own"), "{lost:?}");
    assert_eq!(lost.len(), 19, "{lost:?}");
}

#[test]
fn assigning_roles_already_held_changes_nothing() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let events = env.audit_count();
    let run = env.as_(
        ADMIN,
        &[
            "role",
            "assign",
            "bob@demo.org",
            "practitioner",
            "--format",
            "json",
        ],
    );
    run.ok();
    assert_eq!(
        run.stderr,
        "bob@demo.org already holds exactly these roles: nothing to do\n"
    );
    assert_eq!(run.json()["changed"], false);
    assert_eq!(run.json()["gained"], json!([]));
    assert_eq!(env.audit_count(), events);
}

#[test]
fn assign_dry_run_shows_the_delta_and_changes_nothing() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let before = env.snapshot();
    let run = env.as_(
        ADMIN,
        &[
            "role",
            "assign",
            "bob@demo.org",
            "administrator",
            "--dry-run",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has(
        "dry run: would change the roles of bob@demo.org to administrator, practitioner; nothing was changed",
    );
    let delta = run.json();
    let gained = strings(&delta["gained"]);
    assert!(gained.contains(&"role.assign on org"), "{gained:?}");
    assert!(gained.contains(&"audit.view on org"), "{gained:?}");
    assert_eq!(env.snapshot(), before);
    let m = env.json_as(ADMIN, &["member", "show", "bob@demo.org"]);
    assert_eq!(m["roles"], json!(["practitioner"]));
}

#[test]
fn the_last_administrator_cannot_lose_the_role() {
    let env = TestEnv::org("clinic");
    env.as_(ADMIN, &["role", "remove", ADMIN, "administrator"])
        .code(5)
        .error(
            "the organisation must always have at least 1 active administrator; this change would leave 0",
        )
        .hint("appoint another administrator first (careward role assign EMAIL administrator)");
    let m = env.json_as(ADMIN, &["member", "show", ADMIN]);
    assert_eq!(m["roles"], json!(["administrator"]));
    let refused = env.audit(&["--outcome", "refused"]);
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["action"], "role.assign");
    assert_eq!(
        refused[0]["details"]["hint"],
        "appoint another administrator first (careward role assign EMAIL administrator)"
    );
}

#[test]
fn an_administrator_hands_over_then_steps_down() {
    let env = TestEnv::org("clinic");
    env.add("ada@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["role", "assign", "ada@demo.org", "administrator"])
        .ok();
    let delta = env.json_as(ADMIN, &["role", "remove", ADMIN, "administrator"]);
    assert_eq!(delta["roles"], json!([]));
    assert_eq!(delta["principal"], json!(null));
    // holding no role, the former administrator can do nothing
    env.as_(ADMIN, &["org", "show"])
        .code(3)
        .error("admin@demo.org may not org.view org: no grant of org.view reaches org; admin@demo.org holds no role");
}

#[test]
fn an_inactive_administrator_does_not_count() {
    let env = TestEnv::org("clinic");
    env.add("ada@demo.org", &["administrator"]);
    env.as_(ADMIN, &["member", "deactivate", "ada@demo.org"])
        .ok();
    env.as_(ADMIN, &["role", "remove", ADMIN, "administrator"])
        .code(5)
        .error(
            "the organisation must always have at least 1 active administrator; this change would leave 0",
        );
}

#[test]
fn a_manager_is_refused_in_a_clinic() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["role", "assign", "bob@demo.org", "manager"])
        .code(5)
        .error("role manager is available only in school organisations, and this one is a clinic")
        .hint("choose another role for this organisation");
    let refused = env.audit(&["--outcome", "refused"]);
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["target"], "member:bob@demo.org");
}

#[test]
fn a_manager_is_allowed_in_a_school() {
    let env = TestEnv::org("school");
    env.add("bob@demo.org", &["practitioner"]);
    let delta = env.json_as(ADMIN, &["role", "assign", "bob@demo.org", "manager"]);
    assert_eq!(delta["roles"], json!(["manager", "practitioner"]));
    let gained = strings(&delta["gained"]);
    assert!(
        gained.contains(&"location.assign on location"),
        "{gained:?}"
    );
    assert!(gained.contains(&"record.create on location"), "{gained:?}");
}

#[test]
fn a_practitioner_may_not_assign_roles() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(
        "bob@demo.org",
        &["role", "assign", "bob@demo.org", "administrator"],
    )
    .code(3)
    .error(
        "bob@demo.org may not role.assign member:bob@demo.org: \
             no grant of role.assign reaches member:bob@demo.org; bob@demo.org holds practitioner",
    )
    .hint("nearest grant: role.assign is granted by role administrator (org)");
    let m = env.json_as(ADMIN, &["member", "show", "bob@demo.org"]);
    assert_eq!(m["roles"], json!(["practitioner"]));
}

#[test]
fn roles_of_a_removed_member_cannot_change() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    env.as_(ADMIN, &["member", "remove", "bob@demo.org"]).ok();
    env.as_(ADMIN, &["role", "assign", "bob@demo.org", "practitioner"])
        .code(5)
        .error("bob@demo.org has been removed")
        .hint("invite them again: careward member invite bob@demo.org");
}

#[test]
fn assign_with_a_principal() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let delta = env.json_as(
        ADMIN,
        &[
            "role",
            "assign",
            "bob@demo.org",
            "coordinator",
            "--principal",
            "coordinator",
        ],
    );
    assert_eq!(delta["principal"], "coordinator");
    env.as_(
        ADMIN,
        &[
            "role",
            "assign",
            "bob@demo.org",
            "coordinator",
            "--principal",
            "administrator",
        ],
    )
    .code(6)
    .error("principal role administrator is not one of bob@demo.org's roles");
}

#[test]
fn support_staff_assign_roles_with_their_reason_in_the_audit() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let delta = env.json_as(
        "support:sam",
        &[
            "role",
            "assign",
            "bob@demo.org",
            "coordinator",
            "--reason",
            "ticket 12",
        ],
    );
    assert_eq!(delta["roles"], json!(["coordinator", "practitioner"]));
    let events = env.audit(&["--actor", "support:sam"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["action"], "role.assign");
    assert_eq!(events[0]["reason"], "ticket 12");
    assert_eq!(events[0]["outcome"], "allowed");
    assert_eq!(
        events[0]["decision"],
        "allowed: support staff may role.assign in any organisation under policy group-practice"
    );
}

#[test]
fn support_staff_cannot_do_what_their_grants_leave_out() {
    let env = TestEnv::org("clinic");
    // org.manage, billing.manage and clinical content are not in the preset's `support:`
    for action in ["org.manage", "billing.manage", "record.read"] {
        let run = env.as_(
            "support:sam",
            &[
                "perm",
                "check",
                action,
                "--reason",
                "ticket 12",
                "--format",
                "json",
                "--explain",
            ],
        );
        run.code(3);
        let d = run.json();
        assert_eq!(d["allowed"], false);
        assert_eq!(d["denial"], "no_grant");
        assert_eq!(
            d["reason"],
            format!("denied: the support grants of policy group-practice do not include {action}")
        );
    }
    // and what is in the list they may do
    env.as_(
        "support:sam",
        &["perm", "check", "role.assign", "--reason", "ticket 12"],
    )
    .ok();
}

#[test]
fn list_shows_roles_and_their_holders() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.add("cat@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "cat@demo.org"])
        .ok();
    let roles = env.json_as(ADMIN, &["role", "list"]);
    let names: Vec<&str> = roles
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["role"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        vec!["administrator", "coordinator", "practitioner"],
        "no manager in a clinic"
    );
    assert_eq!(roles[0]["holders"], json!(["admin@demo.org"]));
    assert_eq!(roles[0]["active_holders"], 1);
    assert_eq!(
        roles[2]["holders"],
        json!(["bob@demo.org"]),
        "only active holders"
    );
    assert_eq!(
        roles[2]["description"],
        "Clinical practice and client/student follow-up"
    );

    let school = TestEnv::org("school");
    let roles = school.json_as(ADMIN, &["role", "list"]);
    assert_eq!(roles.as_array().unwrap().len(), 4);
}

#[test]
fn list_of_one_member() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let roles = env.json_as("bob@demo.org", &["role", "list", "bob@demo.org"]);
    assert_eq!(
        roles,
        json!([{
            "role": "practitioner",
            "principal": true,
            "description": "Clinical practice and client/student follow-up",
        }])
    );
    env.as_("bob@demo.org", &["role", "list", "admin@demo.org"])
        .code(3);
    env.as_("bob@demo.org", &["role", "list"]).code(3);
}
