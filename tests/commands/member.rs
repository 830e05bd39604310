//! `careward member`: invitations, the lifecycle (invited → active → inactive →
//! removed), listing with filters, editing, and the seat limit.

use serde_json::{Value, json};

use crate::common::{NOW, TestEnv};

const ADMIN: &str = "admin@demo.org";

fn emails(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|m| m["email"].as_str().expect("an email"))
        .collect()
}

fn invite(env: &TestEnv, email: &str, role: &str) {
    env.as_(ADMIN, &["member", "invite", email, "--role", role])
        .ok();
}

/// An organisation `demo` with `--seats N`.
fn with_seats(seats: &str) -> TestEnv {
    TestEnv::org_with("clinic", &["--seats", seats])
}

// --- invite ------------------------------------------------------------------------

#[test]
fn invite_reports_the_new_member() {
    let env = TestEnv::org("clinic");
    let run = env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "  Bob.Lee@Demo.ORG ",
            "--role",
            "practitioner",
            "--name",
            "Bob Lee",
            "--title",
            "Psychologist",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has("invite bob.lee@demo.org");
    assert_eq!(
        run.json(),
        json!({
            "email": "bob.lee@demo.org",
            "name": "Bob Lee",
            "title": "Psychologist",
            "roles": ["practitioner"],
            "principal": "practitioner",
            "status": "invited",
            "invited_by": ADMIN,
            "invited_at": NOW,
            "status_since": NOW,
        })
    );
    assert_eq!(env.status_of("bob.lee@demo.org"), "invited");
    let events = env.audit(&["--action", "member.invite"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["target"], "member:bob.lee@demo.org");
    assert_eq!(events[0]["outcome"], "allowed");
    assert_eq!(events[0]["details"]["status"], "invited");
    assert_eq!(events[0]["details"]["roles"], json!(["practitioner"]));
}

#[test]
fn invite_with_several_roles_and_a_principal() {
    let env = TestEnv::org("clinic");
    let m = env.json_as(
        ADMIN,
        &[
            "member",
            "invite",
            "cat@demo.org",
            "--role",
            "practitioner",
            "--role",
            "coordinator",
            "--principal",
            "coordinator",
        ],
    );
    assert_eq!(m["roles"], json!(["coordinator", "practitioner"]));
    assert_eq!(m["principal"], "coordinator");
}

#[test]
fn invite_with_a_principal_it_does_not_hold_is_invalid() {
    let env = TestEnv::org("clinic");
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "cat@demo.org",
            "--role",
            "practitioner",
            "--principal",
            "coordinator",
        ],
    )
    .code(6)
    .error("principal role coordinator is not one of cat@demo.org's roles")
    .hint("the principal role must be one of the roles given with --role");
}

#[test]
fn invite_accepted_creates_an_active_member() {
    let env = TestEnv::org("clinic");
    let run = env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--accepted",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has("add bob@demo.org");
    assert_eq!(run.json()["status"], "active");
}

#[test]
fn invite_of_an_existing_member_is_a_conflict() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(
        ADMIN,
        &["member", "invite", "BOB@demo.org", "--role", "coordinator"],
    )
    .code(5)
    .error("bob@demo.org is already a member (active)")
    .hint(
        "see them with: careward member show bob@demo.org; change roles with careward role assign",
    );
    let refused = env.audit(&["--outcome", "refused"]);
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["action"], "member.invite");
    assert_eq!(refused[0]["target"], "member:bob@demo.org");
    assert_eq!(
        refused[0]["decision"],
        "refused: bob@demo.org is already a member (active)"
    );
}

#[test]
fn invite_of_a_manager_in_a_clinic_is_a_conflict() {
    let env = TestEnv::org("clinic");
    env.as_(
        ADMIN,
        &["member", "invite", "pat@demo.org", "--role", "manager"],
    )
    .code(5)
    .error("role manager is available only in school organisations, and this one is a clinic")
    .hint("choose another role for this organisation");
}

#[test]
fn invite_dry_run_changes_nothing() {
    let env = TestEnv::org("clinic");
    let before = env.snapshot();
    let run = env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--dry-run",
            "--format",
            "json",
        ],
    );
    run.ok()
        .stderr_has("dry run: would invite bob@demo.org; nothing was changed");
    assert_eq!(run.json()["status"], "invited");
    assert_eq!(env.snapshot(), before);
    env.as_(ADMIN, &["member", "show", "bob@demo.org"]).code(4);
}

#[test]
fn a_practitioner_may_not_invite() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(
        "bob@demo.org",
        &["member", "invite", "eve@demo.org", "--role", "practitioner"],
    )
    .code(3)
    .error(
        "bob@demo.org may not member.invite member:eve@demo.org: \
         no grant of member.invite reaches member:eve@demo.org; bob@demo.org holds practitioner",
    )
    .hint("nearest grant: practitioner grants member.edit on own");
    let denied = env.audit(&["--outcome", "denied"]);
    assert_eq!(denied.len(), 1);
    assert_eq!(denied[0]["actor"], "bob@demo.org");
    assert_eq!(denied[0]["target"], "member:eve@demo.org");
}

// --- the lifecycle -----------------------------------------------------------------

#[test]
fn an_invited_member_acts_once_they_accept() {
    let env = TestEnv::org("clinic");
    invite(&env, "bob@demo.org", "practitioner");
    env.as_("bob@demo.org", &["member", "show", "bob@demo.org"])
        .code(3)
        .error(
            "bob@demo.org has been invited but has not accepted yet, and cannot act until they do",
        );
    let run = env.as_("bob@demo.org", &["member", "accept", "--format", "json"]);
    run.ok().stderr_has("accept the invitation of bob@demo.org");
    assert_eq!(run.json()["status"], "active");
    assert_eq!(env.status_of("bob@demo.org"), "active");
    let me = env.json_as("bob@demo.org", &["member", "show", "bob@demo.org"]);
    assert_eq!(me["status"], "active");
    let accepted = env.audit(&["--action", "member.accept"]);
    assert_eq!(accepted.len(), 1);
    assert_eq!(accepted[0]["actor"], "bob@demo.org");
    assert_eq!(accepted[0]["outcome"], "allowed");
}

#[test]
fn accept_without_an_invitation_is_denied() {
    let env = TestEnv::org("clinic");
    env.as_(ADMIN, &["member", "accept"]).code(3).error(
        "admin@demo.org may not member.accept member:admin@demo.org: a rule forbids it: \
             admin@demo.org is active, not invited: there is no invitation to accept",
    );
}

#[test]
fn accept_is_for_members_only() {
    let env = TestEnv::org("clinic");
    env.as_(
        "support:sam",
        &["member", "accept", "--reason", "ticket 12"],
    )
    .code(2)
    .error("only the invited member can accept their invitation")
    .hint("run it as them: careward member accept --as EMAIL");
    // someone who is no member is told so, and the refusal is audited
    env.as_("eve@elsewhere.org", &["member", "accept"])
        .code(3)
        .error("eve@elsewhere.org is not a member of demo");
    assert_eq!(env.audit(&["--actor", "eve@elsewhere.org"]).len(), 1);
}

#[test]
fn cancel_a_pending_invitation() {
    let env = TestEnv::org("clinic");
    invite(&env, "bob@demo.org", "practitioner");
    let run = env.as_(
        ADMIN,
        &["member", "cancel", "bob@demo.org", "--format", "json"],
    );
    run.ok().stderr_has("cancel the invitation of bob@demo.org");
    let m = run.json();
    assert_eq!(m["status"], "removed");
    assert_eq!(m["roles"], json!([]));
    assert_eq!(env.status_of("bob@demo.org"), "removed");
    let events = env.audit(&["--target", "member:bob@demo.org"]);
    assert_eq!(events.len(), 2);
    assert_eq!(events[1]["action"], "member.invite");
    assert_eq!(events[1]["details"]["cancelled"], true);
    // nothing left to accept
    env.as_("bob@demo.org", &["member", "accept"])
        .code(3)
        .error(
            "bob@demo.org may not member.accept member:bob@demo.org: a rule forbids it: \
             bob@demo.org is removed, not invited: there is no invitation to accept",
        );
}

#[test]
fn cancel_of_an_active_member_is_a_conflict() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "cancel", "bob@demo.org"])
        .code(5)
        .error("bob@demo.org has no pending invitation: they are active")
        .hint("to take away their access: careward member deactivate bob@demo.org");
    assert_eq!(env.status_of("bob@demo.org"), "active");
}

#[test]
fn deactivate_is_idempotent() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let run = env.as_(
        ADMIN,
        &["member", "deactivate", "bob@demo.org", "--format", "json"],
    );
    run.ok().stderr_has("deactivate bob@demo.org");
    assert_eq!(run.json()["status"], "inactive");
    assert_eq!(
        run.json()["roles"],
        json!(["practitioner"]),
        "roles are kept"
    );
    let events = env.audit_count();

    let again = env.as_(
        ADMIN,
        &["member", "deactivate", "bob@demo.org", "--format", "json"],
    );
    again.ok();
    assert_eq!(
        again.stderr,
        "bob@demo.org is already inactive: nothing to do\n"
    );
    assert_eq!(again.json()["status"], "inactive");
    assert_eq!(env.audit_count(), events, "nothing to do is not audited");
}

#[test]
fn deactivate_dry_run_changes_nothing() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let before = env.snapshot();
    let run = env.as_(
        ADMIN,
        &[
            "member",
            "deactivate",
            "bob@demo.org",
            "--dry-run",
            "--format",
            "json",
        ],
    );
    run.ok()
        .stderr_has("dry run: would deactivate bob@demo.org; nothing was changed");
    assert_eq!(run.json()["status"], "inactive");
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.status_of("bob@demo.org"), "active");
}

#[test]
fn reactivate_brings_access_back() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    env.as_("bob@demo.org", &["org", "show"]).code(3);
    let m = env.json_as(ADMIN, &["member", "reactivate", "bob@demo.org"]);
    assert_eq!(m["status"], "active");
    assert_eq!(m["roles"], json!(["practitioner"]));
    env.as_("bob@demo.org", &["org", "show"]).ok();
    let events = env.audit(&["--action", "member.deactivate"]);
    let statuses: Vec<&Value> = events.iter().map(|e| &e["details"]["status"]).collect();
    assert_eq!(
        statuses,
        vec![
            &json!(["active", "inactive"]),
            &json!(["inactive", "active"])
        ]
    );
    env.as_(ADMIN, &["member", "reactivate", "bob@demo.org"])
        .ok()
        .stderr_has("bob@demo.org is already active: nothing to do");
}

#[test]
fn reactivate_of_an_invited_member_points_to_cancel() {
    let env = TestEnv::org("clinic");
    invite(&env, "bob@demo.org", "practitioner");
    env.as_(ADMIN, &["member", "reactivate", "bob@demo.org"])
        .code(5)
        .error("bob@demo.org is invited; only inactive members can be reactivated")
        .hint("cancel the invitation instead: careward member cancel bob@demo.org");
}

#[test]
fn remove_only_from_inactive() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "remove", "bob@demo.org"])
        .code(5)
        .error("bob@demo.org is active; only inactive members can be removed")
        .hint("remove their access first: careward member deactivate bob@demo.org");
    assert_eq!(env.status_of("bob@demo.org"), "active");

    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    let m = env.json_as(ADMIN, &["member", "remove", "bob@demo.org"]);
    assert_eq!(m["status"], "removed");
    assert_eq!(m["roles"], json!([]));
    assert_eq!(m["principal"], json!(null));
    // their history stays
    let events = env.audit(&["--target", "member:bob@demo.org"]);
    let actions: Vec<&str> = events
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        vec![
            "member.invite",
            "member.remove",
            "member.deactivate",
            "member.remove"
        ]
    );
    let outcomes: Vec<&str> = events
        .iter()
        .map(|e| e["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, vec!["allowed", "refused", "allowed", "allowed"]);
}

#[test]
fn reactivate_of_a_removed_member_points_to_invite() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    env.as_(ADMIN, &["member", "remove", "bob@demo.org"]).ok();
    env.as_(ADMIN, &["member", "reactivate", "bob@demo.org"])
        .code(5)
        .error("bob@demo.org is removed; only inactive members can be reactivated")
        .hint("invite them again: careward member invite bob@demo.org");
}

#[test]
fn a_removed_member_can_be_invited_again() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    env.as_(ADMIN, &["member", "remove", "bob@demo.org"]).ok();
    let m = env.json_as(
        ADMIN,
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "coordinator",
            "--name",
            "Bob Again",
        ],
    );
    assert_eq!(m["status"], "invited");
    assert_eq!(m["roles"], json!(["coordinator"]));
    assert_eq!(m["name"], "Bob Again");
    let rows: i64 = env.sql().query_one(
        "SELECT count(*) FROM member WHERE email = 'bob@demo.org'",
        &[],
    );
    assert_eq!(rows, 1, "the same member comes back");
    env.as_("bob@demo.org", &["member", "accept"]).ok();
    assert_eq!(env.status_of("bob@demo.org"), "active");
}

#[test]
fn the_last_administrator_cannot_be_deactivated() {
    let env = TestEnv::org("clinic");
    env.as_(ADMIN, &["member", "deactivate", ADMIN])
        .code(5)
        .error(
            "the organisation must always have at least 1 active administrator; this change would leave 0",
        )
        .hint("appoint another administrator first (careward role assign EMAIL administrator)");
    assert_eq!(env.status_of(ADMIN), "active");
    let refused = env.audit(&["--outcome", "refused"]);
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["action"], "member.deactivate");
    assert_eq!(refused[0]["target"], "member:admin@demo.org");

    // with a second administrator, the first may go
    env.add("ada@demo.org", &["administrator"]);
    env.as_("ada@demo.org", &["member", "deactivate", ADMIN])
        .ok();
    assert_eq!(env.status_of(ADMIN), "inactive");
}

// --- list, show, edit --------------------------------------------------------------

fn staffed() -> TestEnv {
    let env = TestEnv::org("clinic");
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--name",
            "Bob Lee",
            "--accepted",
        ],
    )
    .ok();
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "cat@demo.org",
            "--role",
            "coordinator",
            "--name",
            "Cat Stone",
            "--accepted",
        ],
    )
    .ok();
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "dan@demo.org",
            "--role",
            "practitioner",
            "--name",
            "Dan Leeds",
        ],
    )
    .ok();
    env.add("eva@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "eva@demo.org"])
        .ok();
    env
}

#[test]
fn list_shows_everyone_to_the_administrator() {
    let env = staffed();
    let list = env.json_as(ADMIN, &["member", "list"]);
    assert_eq!(
        emails(&list),
        vec![
            "admin@demo.org",
            "bob@demo.org",
            "cat@demo.org",
            "dan@demo.org",
            "eva@demo.org"
        ]
    );
    assert_eq!(
        list[1],
        json!({
            "email": "bob@demo.org",
            "invited_by": "admin@demo.org",
            "invited_at": "2026-11-23T09:00:00Z",
            "name": "Bob Lee",
            "title": "",
            "roles": ["practitioner"],
            "principal": "practitioner",
            "status": "active",
            "locations": [],
            "teams": [],
        })
    );
}

#[test]
fn list_filters_by_role() {
    let env = staffed();
    let list = env.json_as(ADMIN, &["member", "list", "--role", "practitioner"]);
    assert_eq!(
        emails(&list),
        vec!["bob@demo.org", "dan@demo.org", "eva@demo.org"]
    );
    env.as_(ADMIN, &["member", "list", "--role", "boss"])
        .code(6)
        .error("unknown role \"boss\" in policy group-practice");
}

#[test]
fn list_filters_by_status() {
    let env = staffed();
    let invited = env.json_as(ADMIN, &["member", "list", "--status", "invited"]);
    assert_eq!(emails(&invited), vec!["dan@demo.org"]);
    let inactive = env.json_as(ADMIN, &["member", "list", "--status", "inactive"]);
    assert_eq!(emails(&inactive), vec!["eva@demo.org"]);
    let active = env.json_as(
        ADMIN,
        &[
            "member",
            "list",
            "--status",
            "active",
            "--role",
            "practitioner",
        ],
    );
    assert_eq!(emails(&active), vec!["bob@demo.org"]);
}

#[test]
fn list_searches_email_and_name() {
    let env = staffed();
    // "lee" is in Bob Lee's name and in Dan Leeds' name, whatever the case
    let list = env.json_as(ADMIN, &["member", "list", "--search", "LEE"]);
    assert_eq!(emails(&list), vec!["bob@demo.org", "dan@demo.org"]);
    let list = env.json_as(ADMIN, &["member", "list", "--search", "cat@"]);
    assert_eq!(emails(&list), vec!["cat@demo.org"]);
    let list = env.json_as(ADMIN, &["member", "list", "--search", "nobody"]);
    assert_eq!(list, json!([]));
}

#[test]
fn a_practitioner_lists_only_themselves() {
    let env = staffed();
    let list = env.json_as("bob@demo.org", &["member", "list"]);
    assert_eq!(emails(&list), vec!["bob@demo.org"]);
    // a coordinator's overview shows everyone
    let list = env.json_as("cat@demo.org", &["member", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 5);
}

#[test]
fn show_is_gated_per_member() {
    let env = staffed();
    let me = env.json_as("bob@demo.org", &["member", "show", "bob@demo.org"]);
    assert_eq!(me["name"], "Bob Lee");
    env.as_("bob@demo.org", &["member", "show", "cat@demo.org"])
        .code(3)
        .error(
            "bob@demo.org may not member.view member:cat@demo.org: \
             no grant of member.view reaches member:cat@demo.org; bob@demo.org holds practitioner",
        )
        .hint("nearest grant: practitioner grants member.view on own, but bob@demo.org is not cat@demo.org");
}

#[test]
fn edit_changes_name_and_title() {
    let env = staffed();
    let run = env.as_(
        ADMIN,
        &[
            "member",
            "edit",
            "bob@demo.org",
            "--name",
            " Robert Lee ",
            "--title",
            "Psychologist",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has("edit bob@demo.org");
    let m = run.json();
    assert_eq!(m["name"], "Robert Lee");
    assert_eq!(m["title"], "Psychologist");
    let events = env.audit(&["--action", "member.edit"]);
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0]["details"],
        json!({ "name": ["Bob Lee", "Robert Lee"], "title": ["", "Psychologist"] })
    );
    // only the title: the name stays
    let m = env.json_as(ADMIN, &["member", "edit", "bob@demo.org", "--title", "Dr"]);
    assert_eq!(m["name"], "Robert Lee");
    assert_eq!(m["title"], "Dr");
}

#[test]
fn members_edit_themselves_but_not_others() {
    let env = staffed();
    let m = env.json_as(
        "bob@demo.org",
        &["member", "edit", "bob@demo.org", "--title", "Counsellor"],
    );
    assert_eq!(m["title"], "Counsellor");
    env.as_(
        "bob@demo.org",
        &["member", "edit", "cat@demo.org", "--title", "Intern"],
    )
    .code(3)
    .error(
        "bob@demo.org may not member.edit member:cat@demo.org: \
         no grant of member.edit reaches member:cat@demo.org; bob@demo.org holds practitioner",
    );
}

#[test]
fn edit_needs_something_to_change() {
    let env = staffed();
    env.as_(ADMIN, &["member", "edit", "bob@demo.org"])
        .code(2)
        .error("nothing to change")
        .hint("give --name, --title or --type");
}

// --- seats -------------------------------------------------------------------------

#[test]
fn invites_beyond_the_seats_are_refused_with_the_numbers() {
    let env = with_seats("2");
    invite(&env, "bob@demo.org", "practitioner");
    env.as_(
        ADMIN,
        &["member", "invite", "cat@demo.org", "--role", "practitioner"],
    )
    .code(5)
    .error("not enough seats: this needs 1, 0 are free (2 of 2 in use)")
    .hint("add seats (a member with billing.manage), or deactivate members who have left");
    env.as_(ADMIN, &["member", "show", "cat@demo.org"]).code(4);
    let refused = env.audit(&["--outcome", "refused"]);
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["target"], "member:cat@demo.org");
}

#[test]
fn an_inactive_member_frees_a_seat_and_reactivating_needs_one() {
    let env = with_seats("2");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    // bob's seat is free again
    invite(&env, "cat@demo.org", "practitioner");
    let org = env.json_as(ADMIN, &["org", "show"]);
    assert_eq!(org["seats_used"], 2);
    assert_eq!(org["seats_free"], 0);
    env.as_(ADMIN, &["member", "reactivate", "bob@demo.org"])
        .code(5)
        .error("not enough seats: this needs 1, 0 are free (2 of 2 in use)");
    assert_eq!(env.status_of("bob@demo.org"), "inactive");
    // cancelling cat's invitation frees the seat for bob
    env.as_(ADMIN, &["member", "cancel", "cat@demo.org"]).ok();
    env.as_(ADMIN, &["member", "reactivate", "bob@demo.org"])
        .ok();
    assert_eq!(env.status_of("bob@demo.org"), "active");
}

#[test]
fn accepting_an_invitation_needs_no_extra_seat() {
    let env = with_seats("2");
    invite(&env, "bob@demo.org", "practitioner");
    env.as_("bob@demo.org", &["member", "accept"]).ok();
    let org = env.json_as(ADMIN, &["org", "show"]);
    assert_eq!(org["seats_used"], 2);
    assert_eq!(org["active"], 2);
}

// --- support staff -----------------------------------------------------------------

#[test]
fn support_staff_invite_and_are_named_as_the_inviter() {
    let env = TestEnv::org("clinic");
    let m = env.json_as(
        "support:sam",
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--reason",
            "ticket 12",
        ],
    );
    assert_eq!(m["invited_by"], "support:sam");
    let events = env.audit(&["--actor", "support:sam"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["reason"], "ticket 12");
}

#[test]
fn an_invitation_is_cancelled_not_deactivated_or_removed() {
    let env = TestEnv::org("clinic");
    invite(&env, "bob@demo.org", "practitioner");
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .code(5)
        .error("bob@demo.org is invited; only active members can be deactivated")
        .hint("cancel the invitation instead: careward member cancel bob@demo.org");
    env.as_(ADMIN, &["member", "remove", "bob@demo.org"])
        .code(5)
        .error("bob@demo.org is invited; only inactive members can be removed")
        .hint("cancel the invitation instead: careward member cancel bob@demo.org");
    assert_eq!(env.status_of("bob@demo.org"), "invited");
}

#[test]
fn a_pending_invitation_cannot_be_sent_twice() {
    let env = TestEnv::org("clinic");
    invite(&env, "bob@demo.org", "practitioner");
    env.as_(
        ADMIN,
        &["member", "invite", "bob@demo.org", "--role", "practitioner"],
    )
    .code(5)
    .error("bob@demo.org is already a member (invited)");
}

#[test]
fn a_departure_lists_the_records_it_moved() {
    use crate::common::records::{ADMIN, KIM, PAT, school};
    let env = school(); // record 1 is pat's
    for (client, confidential) in [("Ava Roy", true), ("Ben Roy", false)] {
        let mut args = vec!["record", "create", "--client", client];
        if confidential {
            args.push("--confidential");
        }
        env.as_(PAT, &args).ok();
    }
    // a member who may deactivate and transfer, but not view confidential records
    let both = "both@demo.org";
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            both,
            "--role",
            "coordinator",
            "--role",
            "administrator",
            "--principal",
            "coordinator",
            "--accepted",
        ],
    )
    .ok();
    let args = [
        "member",
        "deactivate",
        PAT,
        "--transfer-to",
        KIM,
        "--format",
        "json",
    ];
    let run = env.as_(both, &args);
    run.ok().stderr_has(&format!(
        "deactivate {PAT}; moved 3 records to {KIM}: record 1, record 3 and 1 you may not view"
    ));
    let out = run.json();
    assert_eq!(out["moved"], serde_json::json!([1, 3]));
    assert_eq!(out["moved_to"], KIM);
    assert_eq!(out["status"], "inactive");
    // without --transfer-to nothing moves, and nothing is said about records
    env.as_(ADMIN, &["member", "reactivate", PAT]).ok();
    let run = env.as_(ADMIN, &["member", "deactivate", PAT, "--format", "json"]);
    run.ok().stderr_has(&format!("deactivate {PAT}"));
    assert!(run.json().get("moved").is_none(), "{}", run.transcript());
}
