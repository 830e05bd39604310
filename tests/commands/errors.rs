//! The refusals every command shares: bad input (6), an unknown organisation (4), a
//! missing or incomplete actor (2), and actors who may not act at all (3). Each case
//! checks the exit code and the exact `error:` line (and `hint:` where there is one).

use crate::common::TestEnv;

#[test]
fn unknown_role_is_invalid_input() {
    let env = TestEnv::org("clinic");
    let before = env.snapshot();
    env.as_(
        "admin@demo.org",
        &["member", "invite", "bob@demo.org", "--role", "wizard"],
    )
    .code(6)
    .error("unknown role \"wizard\" in policy group-practice")
    .hint("the roles are: administrator, coordinator, manager, practitioner")
    .no_stdout();
    assert_eq!(
        env.snapshot(),
        before,
        "a refused invitation changes nothing"
    );
}

#[test]
fn unknown_role_in_role_assign_is_invalid_input() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_(
        "admin@demo.org",
        &["role", "assign", "bob@demo.org", "Coordinator"],
    )
    .code(6)
    .error("unknown role \"Coordinator\" in policy group-practice")
    .hint("the roles are: administrator, coordinator, manager, practitioner");
}

#[test]
fn unknown_action_in_perm_check_is_invalid_input() {
    let env = TestEnv::org("clinic");
    env.as_("admin@demo.org", &["perm", "check", "record.fly"])
        .code(6)
        .error("unknown action \"record.fly\" in policy group-practice")
        .hint("see the actions with: careward policy show group-practice")
        .no_stdout();
}

#[test]
fn malformed_email_is_invalid_input() {
    let env = TestEnv::org("clinic");
    env.as_(
        "admin@demo.org",
        &["member", "invite", "bob@", "--role", "practitioner"],
    )
    .code(6)
    .error("\"bob@\" is not an email address")
    .hint("write it as name@example.org");
    let members: i64 = env.sql().query_one("SELECT count(*) FROM member", &[]);
    assert_eq!(members, 1, "only the administrator");
}

#[test]
fn malformed_actor_email_is_invalid_input() {
    let env = TestEnv::org("clinic");
    env.as_("admin at demo.org", &["member", "list"])
        .code(6)
        .error("\"admin at demo.org\" is not an email address");
}

#[test]
fn unknown_organisation_is_not_found() {
    let env = TestEnv::org("clinic");
    env.as_("admin@demo.org", &["member", "list", "--org", "nope"])
        .code(4)
        .error("no organisation nope")
        .hint("list the organisations with: careward org list --as EMAIL");
}

#[test]
fn organisation_from_the_environment() {
    let env = TestEnv::org("clinic");
    let mut cmd = env.command();
    cmd.env("CAREWARD_ORG", "nope");
    env.run_with(cmd, &["member", "list", "--as", "admin@demo.org"], None)
        .code(4)
        .error("no organisation nope");
}

#[test]
fn missing_actor_is_a_usage_error() {
    let env = TestEnv::org("clinic");
    env.run(&["member", "list"])
        .code(2)
        .error("this command needs an acting member")
        .hint(
            "give --as EMAIL (or set CAREWARD_AS), or --as support:NAME --reason TEXT for support staff",
        );
}

#[test]
fn actor_from_the_environment() {
    let env = TestEnv::org("clinic");
    let mut cmd = env.command();
    cmd.env("CAREWARD_AS", "admin@demo.org");
    let run = env.run_with(cmd, &["member", "list", "--format", "json"], None);
    run.ok();
    assert_eq!(run.json()[0]["email"], "admin@demo.org");
}

#[test]
fn invited_actor_cannot_act() {
    let env = TestEnv::org("clinic");
    env.as_(
        "admin@demo.org",
        &["member", "invite", "bob@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_("bob@demo.org", &["member", "show", "bob@demo.org"])
        .code(3)
        .error(
            "bob@demo.org has been invited but has not accepted yet, and cannot act until they do",
        )
        .hint("run `careward member accept --as bob@demo.org` first")
        .no_stdout();
}

#[test]
fn inactive_actor_cannot_act() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_("admin@demo.org", &["member", "deactivate", "bob@demo.org"])
        .ok();
    env.as_("bob@demo.org", &["org", "show"])
        .code(3)
        .error("bob@demo.org is inactive: they can no longer reach anything in the organisation");
}

#[test]
fn removed_actor_cannot_act() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.as_("admin@demo.org", &["member", "deactivate", "bob@demo.org"])
        .ok();
    env.as_("admin@demo.org", &["member", "remove", "bob@demo.org"])
        .ok();
    env.as_("bob@demo.org", &["org", "show"])
        .code(3)
        .error("bob@demo.org is removed: they can no longer reach anything in the organisation");
}

#[test]
fn non_member_actor_is_denied_and_audited() {
    let env = TestEnv::org("clinic");
    env.as_("eve@elsewhere.org", &["member", "list"])
        .code(3)
        .error("eve@elsewhere.org is not a member of demo")
        .hint(
            "check --as (or CAREWARD_AS): it names the acting member by their email in this organisation",
        )
        .no_stdout();
    let denied = env.audit(&["--outcome", "denied"]);
    assert_eq!(denied.len(), 1);
    assert_eq!(denied[0]["actor"], "eve@elsewhere.org");
    // refused before the command names its action: the event names the command
    assert_eq!(denied[0]["action"], "member list");
    assert_eq!(
        denied[0]["decision"],
        "denied: a rule forbids it: eve@elsewhere.org is not a member of demo"
    );
}

#[test]
fn support_without_reason_is_a_usage_error() {
    let env = TestEnv::org("clinic");
    env.as_("support:sam", &["member", "list"])
        .code(2)
        .error("support:sam must say why: --reason is required for support staff")
        .hint("add --reason TEXT; it is stored in the audit log");
    // a blank reason is no reason
    env.as_("support:sam", &["member", "list", "--reason", "  "])
        .code(2)
        .error("support:sam must say why: --reason is required for support staff");
}

#[test]
fn support_without_a_name_is_a_usage_error() {
    let env = TestEnv::org("clinic");
    env.as_("support:", &["member", "list", "--reason", "ticket 12"])
        .code(2)
        .error("support:NAME needs a name")
        .hint("--as support:alex --reason TEXT");
}

#[test]
fn clap_usage_errors_exit_2() {
    let env = TestEnv::org("clinic");
    let run = env.as_("admin@demo.org", &["member", "frobnicate"]);
    run.code(2);
    assert!(
        run.stderr
            .starts_with("error: unrecognized subcommand 'frobnicate'"),
        "{}",
        run.transcript()
    );
    env.as_("admin@demo.org", &["member", "invite", "bob@demo.org"])
        .code(2)
        .stderr_has("--role <ROLE>");
    env.as_(
        "admin@demo.org",
        &["member", "list", "--status", "sleeping"],
    )
    .code(2)
    .stderr_has("invalid value 'sleeping' for '--status <STATUS>'");
}

#[test]
fn unknown_member_is_not_found() {
    let env = TestEnv::org("clinic");
    env.as_("admin@demo.org", &["member", "show", "ghost@demo.org"])
        .code(4)
        .error("ghost@demo.org is not a member of demo")
        .hint("list the members with: careward member list");
    env.as_(
        "admin@demo.org",
        &["role", "assign", "ghost@demo.org", "practitioner"],
    )
    .code(4)
    .error("ghost@demo.org is not a member of demo");
}

#[test]
fn the_actor_email_is_trimmed_and_case_insensitive() {
    let env = TestEnv::org("clinic");
    let run = env.as_(
        " Admin@DEMO.org ",
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--format",
            "json",
        ],
    );
    run.ok();
    assert_eq!(run.json()["invited_by"], "admin@demo.org");
}

#[test]
fn a_bad_clock_is_a_usage_error() {
    let env = TestEnv::org("clinic");
    let mut cmd = env.command();
    cmd.env("CAREWARD_NOW", "tomorrow");
    let run = env.run_with(cmd, &["member", "list", "--as", "admin@demo.org"], None);
    run.code(2);
    assert!(
        run.stderr
            .starts_with("error: CAREWARD_NOW=tomorrow is not an RFC 3339 time"),
        "{}",
        run.transcript()
    );
}
