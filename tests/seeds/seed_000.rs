//! shared/seeds/000_af0d8be90239399a.txt — "What roles are available in Psylio?": the
//! roles practitioner, coordinator, administrator and manager, and the rules on
//! administrators (policy `group-practice`).

use serde_json::json;

use super::{ADMIN, allowed, audit_events, decide, member, member_seen_by, roles_of, status_of};
use crate::common::TestEnv;

/// shared/seeds/000_af0d8be90239399a.txt: "An organization must always have at least one
/// administrator. If roles change, the outgoing administrator must appoint a new one."
///
/// The last active administrator can neither give up the role, nor lose their access,
/// nor be removed: each is refused as a conflict (exit 5) with the hint to appoint
/// another administrator first — also when support staff try, since it is a rule of
/// the organisation, not a permission — and each refusal is audited.
#[test]
fn the_last_administrator_cannot_step_down_lose_access_or_be_removed() {
    let env = TestEnv::org("clinic");
    env.add("pat@demo.org", &["practitioner"]);
    let hint =
        "hint: appoint another administrator first (careward role assign EMAIL administrator)";
    let why = "error: the organisation must always have at least 1 active administrator; this change would leave 0";

    env.as_(ADMIN, &["role", "remove", ADMIN, "administrator"])
        .code(5)
        .stderr_has(why)
        .stderr_has(hint);
    env.as_(ADMIN, &["member", "deactivate", ADMIN])
        .code(5)
        .stderr_has(why)
        .stderr_has(hint);
    // Removing comes after deactivating in the lifecycle, but the hint must not send
    // the last administrator down a path that is refused in turn.
    env.as_(ADMIN, &["member", "remove", ADMIN])
        .code(5)
        .stderr_has(why)
        .stderr_has(hint);
    let support: &[&str] = &["--as", "support:sam", "--reason", "ticket 7"];
    let commands: [&[&str]; 2] = [
        &["member", "deactivate", ADMIN],
        &["role", "remove", ADMIN, "administrator"],
    ];
    for command in commands {
        env.run(&[command, support].concat())
            .code(5)
            .stderr_has(hint);
    }

    // Nothing changed: still the one active administrator.
    let admin = member(&env, ADMIN);
    assert_eq!(admin["status"], "active");
    assert_eq!(admin["roles"], json!(["administrator"]));
    assert!(allowed(&env, ADMIN, "role.assign", "org"));

    // Every refusal left its audit event.
    let target = format!("member:{ADMIN}");
    let refused = audit_events(&env, "refused");
    let expected: Vec<(String, String, String)> = [
        (ADMIN, "role.assign"),
        (ADMIN, "member.deactivate"),
        (ADMIN, "member.remove"),
        ("support:sam", "member.deactivate"),
        ("support:sam", "role.assign"),
    ]
    .iter()
    .map(|(actor, action)| (actor.to_string(), action.to_string(), target.clone()))
    .collect();
    assert_eq!(refused, expected);
}

/// shared/seeds/000_af0d8be90239399a.txt: "If roles change, the outgoing administrator
/// must appoint a new one."
///
/// Once a second administrator is appointed, the first can give up the role; the new
/// one is then the last and is held to the rule in turn.
#[test]
fn the_outgoing_administrator_steps_down_after_appointing_a_new_one() {
    let env = TestEnv::org("clinic");
    env.add("bea@demo.org", &["practitioner"]);

    let appointed = env.as_(
        ADMIN,
        &[
            "role",
            "assign",
            "bea@demo.org",
            "administrator",
            "--format",
            "json",
        ],
    );
    appointed.ok();
    assert_eq!(
        appointed.json()["roles"],
        json!(["administrator", "practitioner"])
    );

    let stepped_down = env.as_(
        ADMIN,
        &["role", "remove", ADMIN, "administrator", "--format", "json"],
    );
    stepped_down.ok();
    assert_eq!(stepped_down.json()["roles"], json!([]));
    let former = member_seen_by(&env, "bea@demo.org", ADMIN);
    assert_eq!(
        (former["status"].clone(), former["roles"].clone()),
        (json!("active"), json!([]))
    );

    // The roles changed hands: the old administrator may no longer assign roles.
    assert!(!allowed(&env, ADMIN, "role.assign", "org"));
    assert!(allowed(&env, "bea@demo.org", "role.assign", "org"));
    env.as_(ADMIN, &["role", "assign", ADMIN, "administrator"])
        .code(3);

    // And the new administrator is now the one who must appoint a successor.
    env.as_(
        "bea@demo.org",
        &["role", "remove", "bea@demo.org", "administrator"],
    )
    .code(5)
    .stderr_has("hint: appoint another administrator first");
    env.as_("bea@demo.org", &["member", "deactivate", "bea@demo.org"])
        .code(5);
}

/// shared/seeds/000_af0d8be90239399a.txt: "An organization must always have at least one
/// administrator."
///
/// Only an administrator who can act counts: one who was invited and has not accepted,
/// or one whose access was removed, is no successor.
#[test]
fn only_an_active_administrator_counts_as_the_successor() {
    let env = TestEnv::org("clinic");
    env.as_(
        ADMIN,
        &["member", "invite", "cy@demo.org", "--role", "administrator"],
    )
    .ok();
    assert_eq!(status_of(&env, "cy@demo.org"), "invited");
    env.as_(ADMIN, &["member", "deactivate", ADMIN])
        .code(5)
        .stderr_has("appoint another administrator first");
    env.as_(ADMIN, &["role", "remove", ADMIN, "administrator"])
        .code(5);

    env.as_("cy@demo.org", &["member", "accept"]).ok();
    // A second active administrator: one of the two may now lose access…
    env.as_(ADMIN, &["member", "deactivate", "cy@demo.org"])
        .ok();
    assert_eq!(status_of(&env, "cy@demo.org"), "inactive");
    // …but then the inactive one no longer counts.
    env.as_(ADMIN, &["role", "remove", ADMIN, "administrator"])
        .code(5)
        .stderr_has("appoint another administrator first");

    env.as_(ADMIN, &["member", "reactivate", "cy@demo.org"])
        .ok();
    env.as_(ADMIN, &["member", "deactivate", ADMIN]).ok();
    let former = member_seen_by(&env, "cy@demo.org", ADMIN);
    assert_eq!(
        (former["status"].clone(), former["roles"].clone()),
        (json!("inactive"), json!(["administrator"]))
    );
}

/// shared/seeds/000_af0d8be90239399a.txt, Manager: "Available only in educational
/// institutions. Designed for school principals."
///
/// In a clinic the manager role can be neither given at invitation nor assigned later
/// (exit 5); in a school both work. `role list` offers it only where it exists.
#[test]
fn the_manager_role_exists_only_in_schools() {
    let clinic = TestEnv::org("clinic");
    clinic.add("pat@demo.org", &["practitioner"]);
    let only_schools =
        "error: role manager is available only in school organisations, and this one is a clinic";

    clinic
        .as_(
            ADMIN,
            &["member", "invite", "pri@demo.org", "--role", "manager"],
        )
        .code(5)
        .stderr_has(only_schools)
        .stderr_has("hint: choose another role for this organisation");
    clinic
        .as_(
            ADMIN,
            &[
                "member",
                "invite",
                "pri@demo.org",
                "--role",
                "practitioner",
                "--role",
                "manager",
            ],
        )
        .code(5)
        .stderr_has(only_schools);
    clinic
        .as_(ADMIN, &["member", "show", "pri@demo.org"])
        .code(4);
    clinic
        .as_(ADMIN, &["role", "assign", "pat@demo.org", "manager"])
        .code(5)
        .stderr_has(only_schools);
    assert_eq!(roles_of(&clinic, "pat@demo.org"), ["practitioner"]);
    let offered = clinic.as_(ADMIN, &["role", "list", "--format", "json"]);
    offered.ok();
    let rows = offered.json();
    let names: Vec<&str> = rows
        .as_array()
        .map(|rows| rows.iter().filter_map(|r| r["role"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["administrator", "coordinator", "practitioner"]);

    let school = TestEnv::org("school");
    school.add("pat@demo.org", &["practitioner"]);
    let invited = school.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "pri@demo.org",
            "--role",
            "manager",
            "--format",
            "json",
        ],
    );
    invited.ok();
    assert_eq!(invited.json()["roles"], json!(["manager"]));
    assert_eq!(invited.json()["status"], "invited");
    school
        .as_(ADMIN, &["role", "assign", "pat@demo.org", "manager"])
        .ok();
    assert_eq!(
        roles_of(&school, "pat@demo.org"),
        ["manager", "practitioner"]
    );
    let offered = school.as_(ADMIN, &["role", "list", "--format", "json"]);
    offered.ok();
    let rows = offered.json();
    let manager = rows
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["role"] == "manager"))
        .unwrap_or_else(|| panic!("role list in a school lacks manager: {rows}"));
    assert_eq!(manager["holders"], json!(["pat@demo.org"]));
}

/// shared/seeds/000_af0d8be90239399a.txt, Administrator, Responsibilities: "Invite new
/// members and remove access for those leaving." and "Assign or change member roles."
///
/// Nobody else may: a coordinator, a practitioner and a manager are each denied (exit 3)
/// `member invite`, `member deactivate`, `member reactivate`, `role assign` and
/// `role remove`, nothing changes, and `perm check` gives the same answer as the
/// command for the same action and target — for the administrator too.
#[test]
fn only_administrators_invite_remove_access_and_change_roles() {
    let env = TestEnv::org("school");
    env.add("coord@demo.org", &["coordinator"]);
    env.add("prac@demo.org", &["practitioner"]);
    env.add("mgr@demo.org", &["manager"]);
    env.add("tess@demo.org", &["practitioner"]);
    env.add("gone@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "gone@demo.org"])
        .ok();

    for actor in ["coord@demo.org", "prac@demo.org", "mgr@demo.org"] {
        let newcomer = format!("new.{actor}");
        // (perm check ACTION TARGET, the command that asks the gate the same question)
        let cases: [(&str, &str, Vec<&str>); 5] = [
            (
                "member.invite",
                "org",
                vec!["member", "invite", &newcomer, "--role", "practitioner"],
            ),
            (
                "member.deactivate",
                "member:tess@demo.org",
                vec!["member", "deactivate", "tess@demo.org"],
            ),
            (
                "member.deactivate",
                "member:gone@demo.org",
                vec!["member", "reactivate", "gone@demo.org"],
            ),
            (
                "role.assign",
                "member:tess@demo.org",
                vec!["role", "assign", "tess@demo.org", "coordinator"],
            ),
            (
                "role.assign",
                "member:tess@demo.org",
                vec!["role", "remove", "tess@demo.org", "practitioner"],
            ),
        ];
        for (action, target, command) in &cases {
            let d = decide(&env, actor, action, target);
            assert_eq!(
                (d["allowed"].clone(), d["denial"].clone()),
                (json!(false), json!("no_grant")),
                "perm check {action} {target} as {actor}: {d}"
            );
            env.as_(actor, command)
                .code(3)
                .stderr_has(&format!("error: {actor} may not {action}"));
        }
        env.as_(ADMIN, &["member", "show", &newcomer]).code(4);
    }
    let tess = member(&env, "tess@demo.org");
    assert_eq!(
        (tess["status"].clone(), tess["roles"].clone()),
        (json!("active"), json!(["practitioner"]))
    );
    assert_eq!(status_of(&env, "gone@demo.org"), "inactive");
    assert_eq!(audit_events(&env, "denied").len(), 15);

    // The administrator: allowed by perm check, and the commands succeed.
    for (action, target) in [
        ("member.invite", "org"),
        ("member.deactivate", "member:tess@demo.org"),
        ("member.deactivate", "member:gone@demo.org"),
        ("role.assign", "member:tess@demo.org"),
    ] {
        assert!(allowed(&env, ADMIN, action, target), "{action} {target}");
    }
    env.as_(
        ADMIN,
        &["member", "invite", "new@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_(ADMIN, &["role", "assign", "tess@demo.org", "coordinator"])
        .ok();
    env.as_(ADMIN, &["role", "remove", "tess@demo.org", "practitioner"])
        .ok();
    env.as_(ADMIN, &["member", "deactivate", "tess@demo.org"])
        .ok();
    env.as_(ADMIN, &["member", "reactivate", "gone@demo.org"])
        .ok();
    assert_eq!(status_of(&env, "new@demo.org"), "invited");
    let tess = member(&env, "tess@demo.org");
    assert_eq!(
        (tess["status"].clone(), tess["roles"].clone()),
        (json!("inactive"), json!(["coordinator"]))
    );
    assert_eq!(status_of(&env, "gone@demo.org"), "active");
}
