//! shared/seeds/RELATED.md — the facts of the articles the seeds link to, for what
//! exists now: members, their roles and their lifecycle (group practice).

use careward::policy::CORE_ACTIONS;
use serde_json::json;

use super::{ADMIN, allowed, decide, member, roles_of, status_of};
use crate::common::TestEnv;

/// related article: "How do I manage members" — "Roles are added or removed one at a
/// time per member (a member may hold several)."
///
/// Adding a role keeps the ones the member holds; removing one takes away that role
/// only; what the member may do is the union of their roles, and follows each change.
/// `role remove` takes exactly one role.
#[test]
fn roles_are_added_and_removed_one_at_a_time_and_a_member_may_hold_several() {
    let env = TestEnv::org("clinic");
    env.add("pat@demo.org", &["practitioner"]);
    let pat = "pat@demo.org";
    assert!(!allowed(&env, pat, "record.transfer", "org"));
    assert!(!allowed(&env, pat, "member.view", "org"));
    assert!(allowed(
        &env,
        pat,
        "record.create",
        &format!("member:{pat}")
    ));

    let added = env.as_(
        ADMIN,
        &["role", "assign", pat, "coordinator", "--format", "json"],
    );
    added.ok();
    let added = added.json();
    assert_eq!(added["roles_before"], json!(["practitioner"]));
    assert_eq!(added["roles"], json!(["coordinator", "practitioner"]));
    assert_eq!(added["changed"], json!(true));
    assert!(
        added["gained"]
            .as_array()
            .is_some_and(|g| g.contains(&json!("record.transfer on org"))),
        "the permission delta names what the coordinator role brings: {added}"
    );
    assert_eq!(roles_of(&env, pat), ["coordinator", "practitioner"]);
    // The union: the coordinator's org-wide grants and the practitioner's own.
    assert!(allowed(&env, pat, "record.transfer", "org"));
    assert!(allowed(&env, pat, "member.view", "org"));
    assert!(allowed(
        &env,
        pat,
        "record.create",
        &format!("member:{pat}")
    ));

    // The same role again changes nothing.
    let again = env.as_(
        ADMIN,
        &["role", "assign", pat, "coordinator", "--format", "json"],
    );
    again.ok();
    assert_eq!(again.json()["changed"], json!(false));

    // One at a time: `role remove` takes one role, never several.
    env.as_(
        ADMIN,
        &["role", "remove", pat, "coordinator", "practitioner"],
    )
    .code(2);
    assert_eq!(roles_of(&env, pat), ["coordinator", "practitioner"]);

    let removed = env.as_(
        ADMIN,
        &["role", "remove", pat, "practitioner", "--format", "json"],
    );
    removed.ok();
    assert_eq!(removed.json()["roles"], json!(["coordinator"]));
    assert_eq!(roles_of(&env, pat), ["coordinator"]);
    assert!(allowed(&env, pat, "record.transfer", "org"));
    assert!(!allowed(&env, pat, "space.archive", "org"));

    env.as_(ADMIN, &["role", "remove", pat, "coordinator"]).ok();
    assert_eq!(roles_of(&env, pat), Vec::<String>::new());
    assert!(!allowed(&env, pat, "record.transfer", "org"));
    assert!(!allowed(
        &env,
        pat,
        "record.create",
        &format!("member:{pat}")
    ));
}

/// related article: "How do I manage members" — "Only an administrator assigns or
/// revokes the coordinator role." (and "What is the coordinator role?": "Optional role,
/// assigned and revoked by an administrator")
///
/// A coordinator can neither give the role to a colleague, nor take it from another
/// coordinator, nor give it up themselves; nor can a practitioner or a manager take
/// it. The administrator can do both.
#[test]
fn only_an_administrator_assigns_or_revokes_the_coordinator_role() {
    let env = TestEnv::org("school");
    env.add("coord@demo.org", &["coordinator"]);
    env.add("cora@demo.org", &["coordinator"]);
    env.add("prac@demo.org", &["practitioner"]);
    env.add("mgr@demo.org", &["manager"]);

    let attempts: [(&str, &[&str]); 6] = [
        (
            "coord@demo.org",
            &["role", "assign", "prac@demo.org", "coordinator"],
        ),
        (
            "coord@demo.org",
            &["role", "remove", "cora@demo.org", "coordinator"],
        ),
        (
            "coord@demo.org",
            &["role", "remove", "coord@demo.org", "coordinator"],
        ),
        (
            "prac@demo.org",
            &["role", "assign", "prac@demo.org", "coordinator"],
        ),
        (
            "mgr@demo.org",
            &["role", "assign", "prac@demo.org", "coordinator"],
        ),
        (
            "mgr@demo.org",
            &["role", "remove", "cora@demo.org", "coordinator"],
        ),
    ];
    for (actor, command) in attempts {
        let target = format!("member:{}", command[2]);
        assert!(
            !allowed(&env, actor, "role.assign", &target),
            "perm check role.assign {target} as {actor}"
        );
        env.as_(actor, command)
            .code(3)
            .stderr_has(&format!("error: {actor} may not role.assign {target}"));
    }
    assert_eq!(roles_of(&env, "prac@demo.org"), ["practitioner"]);
    assert_eq!(roles_of(&env, "cora@demo.org"), ["coordinator"]);
    assert_eq!(roles_of(&env, "coord@demo.org"), ["coordinator"]);

    env.as_(ADMIN, &["role", "assign", "prac@demo.org", "coordinator"])
        .ok();
    env.as_(ADMIN, &["role", "remove", "cora@demo.org", "coordinator"])
        .ok();
    assert_eq!(
        roles_of(&env, "prac@demo.org"),
        ["coordinator", "practitioner"]
    );
    assert_eq!(roles_of(&env, "cora@demo.org"), Vec::<String>::new());
}

/// related article: "How do I manage members" — "\"Remove access\" makes the member
/// inactive: they can no longer reach the organisation or any record in it; … access
/// can be restored at any time."
///
/// Once deactivated, every `perm check` of theirs — every core action, on the
/// organisation and on themselves — is denied as `forbidden` (a rule, not a missing
/// grant), their commands exit 3 and the organisation no longer lists for them; the
/// administrator still sees them. Reactivated, they can act again, as often as needed.
#[test]
fn remove_access_makes_a_member_inactive_until_it_is_restored() {
    let env = TestEnv::org("clinic");
    let kim = "kim@demo.org";
    env.add(kim, &["coordinator", "practitioner"]);
    let targets = ["org".to_string(), format!("member:{kim}")];
    let allowed_before: Vec<(&str, &String)> = CORE_ACTIONS
        .iter()
        .flat_map(|a| targets.iter().map(move |t| (*a, t)))
        .filter(|(a, t)| allowed(&env, kim, a, t))
        .collect();
    assert!(
        allowed_before.len() > 20,
        "an active coordinator-practitioner may do much: {allowed_before:?}"
    );

    for round in 1..=2 {
        let out = env.as_(ADMIN, &["member", "deactivate", kim, "--format", "json"]);
        out.ok();
        assert_eq!(out.json()["status"], "inactive", "round {round}");
        // Their roles are kept, for when access is restored.
        assert_eq!(out.json()["roles"], json!(["coordinator", "practitioner"]));

        for action in CORE_ACTIONS {
            for target in &targets {
                let d = decide(&env, kim, action, target);
                assert_eq!(
                    (d["allowed"].clone(), d["denial"].clone()),
                    (json!(false), json!("forbidden")),
                    "round {round}: perm check {action} {target} as inactive {kim}: {d}"
                );
                assert_eq!(
                    d["reason"],
                    format!(
                        "denied: a rule forbids it: {kim} is inactive: they can no longer reach anything in the organisation"
                    )
                );
            }
        }
        let commands: [&[&str]; 6] = [
            &["org", "show"],
            &["member", "list"],
            &["member", "show", kim],
            &["member", "edit", kim, "--title", "back"],
            &["perm", "list"],
            &["role", "list", kim],
        ];
        for command in commands {
            env.as_(kim, command)
                .code(3)
                .stderr_has("is inactive: they can no longer reach anything");
        }
        // nor are they told about organisations: they are an active member of none
        env.as_(kim, &["org", "list", "--format", "json"])
            .code(3)
            .no_stdout();
        // The administrator still sees them, among the inactive members.
        let listed = env.as_(
            ADMIN,
            &["member", "list", "--status", "inactive", "--format", "json"],
        );
        listed.ok();
        assert_eq!(listed.json()[0]["email"], kim);

        let back = env.as_(ADMIN, &["member", "reactivate", kim, "--format", "json"]);
        back.ok();
        assert_eq!(back.json()["status"], "active");
        let allowed_after: Vec<(&str, &String)> = CORE_ACTIONS
            .iter()
            .flat_map(|a| targets.iter().map(move |t| (*a, t)))
            .filter(|(a, t)| allowed(&env, kim, a, t))
            .collect();
        assert_eq!(allowed_after, allowed_before, "round {round}");
        env.as_(kim, &["member", "edit", kim, "--title", "back"])
            .ok();
        assert_eq!(member(&env, kim)["title"], "back");
    }
}

/// DESIGN.md, "Members have a lifecycle": "`invited` (holds roles, cannot act until
/// `member accept` run as themselves; the invitation can be cancelled)"; and related
/// article (seed 004's "Members"): "Invited: has not accepted yet".
///
/// An invited coordinator already holds the role, but every request of theirs is
/// forbidden until they accept; then the role's grants apply. Nobody else can accept
/// for them, an invitation is accepted once, and a cancelled one cannot be accepted.
#[test]
fn invited_members_hold_roles_but_cannot_act_until_they_accept() {
    let env = TestEnv::org("clinic");
    let ivy = "ivy@demo.org";
    let invited = env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            ivy,
            "--role",
            "coordinator",
            "--format",
            "json",
        ],
    );
    invited.ok();
    let invited = invited.json();
    assert_eq!(invited["status"], "invited");
    assert_eq!(invited["roles"], json!(["coordinator"]));
    assert_eq!(invited["invited_by"], ADMIN);

    for action in ["org.view", "member.view", "record.transfer"] {
        let d = decide(&env, ivy, action, "org");
        assert_eq!(
            (d["allowed"].clone(), d["denial"].clone()),
            (json!(false), json!("forbidden")),
            "perm check {action} as invited {ivy}: {d}"
        );
        assert_eq!(
            d["reason"],
            format!(
                "denied: a rule forbids it: {ivy} has been invited but has not accepted yet, and cannot act until they do"
            )
        );
    }
    env.as_(ivy, &["member", "list"])
        .code(3)
        .stderr_has("has not accepted yet");
    env.as_(ivy, &["org", "show"]).code(3);
    // Accepting is the one thing they may do, and only for themselves.
    assert!(allowed(
        &env,
        ivy,
        "member.accept",
        &format!("member:{ivy}")
    ));
    assert!(!allowed(
        &env,
        ivy,
        "member.accept",
        &format!("member:{ADMIN}")
    ));
    env.as_(ADMIN, &["member", "accept"])
        .code(3)
        .stderr_has("there is no invitation to accept");
    assert_eq!(status_of(&env, ivy), "invited");

    let accepted = env.as_(ivy, &["member", "accept", "--format", "json"]);
    accepted.ok();
    assert_eq!(accepted.json()["status"], "active");
    assert!(allowed(&env, ivy, "org.view", "org"));
    assert!(allowed(&env, ivy, "member.view", "org"));
    assert!(allowed(&env, ivy, "record.transfer", "org"));
    env.as_(ivy, &["member", "list"]).ok();
    env.as_(ivy, &["member", "accept"])
        .code(3)
        .stderr_has("is active, not invited");

    // A cancelled invitation is gone: nothing to accept, nothing to do.
    env.as_(
        ADMIN,
        &["member", "invite", "max@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_(ADMIN, &["member", "cancel", "max@demo.org"]).ok();
    assert_eq!(status_of(&env, "max@demo.org"), "removed");
    env.as_("max@demo.org", &["member", "accept"]).code(3);
    assert!(!allowed(&env, "max@demo.org", "org.view", "org"));
}

/// related article: "How do I manage members" — "An organisation has one or more
/// administrators. They see active, invited and inactive members".
///
/// The administrator's list holds every state; a practitioner's holds only themselves.
#[test]
fn administrators_see_active_invited_and_inactive_members() {
    let env = TestEnv::org("clinic");
    env.add("pat@demo.org", &["practitioner"]);
    env.add("ina@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "ina@demo.org"])
        .ok();
    env.as_(
        ADMIN,
        &["member", "invite", "inv@demo.org", "--role", "practitioner"],
    )
    .ok();

    let listed = env.as_(ADMIN, &["member", "list", "--format", "json"]);
    listed.ok();
    let rows = listed.json();
    let seen: Vec<(&str, &str)> = rows
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| {
                    (
                        r["email"].as_str().unwrap_or_default(),
                        r["status"].as_str().unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        seen,
        [
            (ADMIN, "active"),
            ("ina@demo.org", "inactive"),
            ("inv@demo.org", "invited"),
            ("pat@demo.org", "active"),
        ]
    );

    let own = env.as_("pat@demo.org", &["member", "list", "--format", "json"]);
    own.ok();
    assert_eq!(own.json().as_array().map(Vec::len), Some(1));
    assert_eq!(own.json()[0]["email"], "pat@demo.org");
}

/// related article: "What information is accessible to the coordinator?" — the
/// coordinator "Sees each practitioner's name, email, professional title" (the counts
/// of records come with records).
#[test]
fn the_coordinator_sees_each_practitioners_name_email_and_title() {
    let env = TestEnv::org("clinic");
    env.add("coord@demo.org", &["coordinator"]);
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "ana@demo.org",
            "--role",
            "practitioner",
            "--name",
            "Ana Roy",
            "--title",
            "Psychologist",
            "--accepted",
        ],
    )
    .ok();

    let listed = env.as_(
        "coord@demo.org",
        &[
            "member",
            "list",
            "--role",
            "practitioner",
            "--format",
            "json",
        ],
    );
    listed.ok();
    let rows = listed.json();
    assert_eq!(rows.as_array().map(Vec::len), Some(1), "{rows}");
    assert_eq!(
        (&rows[0]["name"], &rows[0]["email"], &rows[0]["title"]),
        (
            &json!("Ana Roy"),
            &json!("ana@demo.org"),
            &json!("Psychologist")
        )
    );
    // Seeing is not changing: the practitioner's details are theirs and the
    // administrator's.
    env.as_(
        "coord@demo.org",
        &["member", "edit", "ana@demo.org", "--title", "Intern"],
    )
    .code(3);
    assert_eq!(member(&env, "ana@demo.org")["title"], "Psychologist");
}

/// related article: "How can I invite members using a CSV file?" — "Paid plan: no more
/// members than seats; members beyond the limit are not added."
///
/// Invited and active members hold a seat (preset group-practice); an inactive member
/// ("remove access") gives theirs back, and reactivating needs a free seat again.
#[test]
fn no_more_members_than_seats() {
    let env = TestEnv::new();
    env.run(&[
        "org",
        "init",
        "demo",
        "--name",
        "Demo",
        "--kind",
        "clinic",
        "--policy",
        "group-practice",
        "--admin",
        ADMIN,
        "--seats",
        "3",
    ])
    .ok();
    env.add("one@demo.org", &["practitioner"]);
    env.as_(
        ADMIN,
        &["member", "invite", "two@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "three@demo.org",
            "--role",
            "practitioner",
        ],
    )
    .code(5)
    .stderr_has("not enough seats: this needs 1, 0 are free (3 of 3 in use)");
    env.as_(ADMIN, &["member", "show", "three@demo.org"])
        .code(4);

    env.as_(ADMIN, &["member", "deactivate", "one@demo.org"])
        .ok();
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "three@demo.org",
            "--role",
            "practitioner",
        ],
    )
    .ok();
    env.as_(ADMIN, &["member", "reactivate", "one@demo.org"])
        .code(5)
        .stderr_has("not enough seats");
    assert_eq!(status_of(&env, "one@demo.org"), "inactive");
    let org = env.as_(ADMIN, &["org", "show", "--format", "json"]);
    org.ok();
    let org = org.json();
    assert_eq!(
        (&org["seats_used"], &org["seats_free"]),
        (&json!(3), &json!(0))
    );
}
