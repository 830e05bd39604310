//! `careward perm`: `check` (exit 0 allowed, 3 denied, with `--explain`), `list` and the
//! gated `who-can`.

use serde_json::{Value, json};

use crate::common::TestEnv;

const ADMIN: &str = "admin@demo.org";

fn clinic() -> TestEnv {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.add("cat@demo.org", &["coordinator"]);
    env
}

fn check(env: &TestEnv, actor: &str, args: &[&str], code: i32) -> Value {
    let mut all = vec!["perm", "check"];
    all.extend(args);
    all.extend(["--format", "json"]);
    let run = env.as_(actor, &all);
    run.code(code);
    assert!(run.stderr.is_empty(), "{}", run.transcript());
    run.json()
}

#[test]
fn check_allowed_exits_0() {
    let env = clinic();
    let d = check(&env, ADMIN, &["member.invite"], 0);
    assert_eq!(
        d,
        json!({
            "allowed": true,
            "actor": "admin@demo.org",
            "action": "member.invite",
            "target": "org",
            "reason": "allowed: role administrator grants member.invite on org",
        })
    );
}

#[test]
fn check_denied_exits_3_and_still_answers() {
    let env = clinic();
    let d = check(&env, "bob@demo.org", &["member.invite"], 3);
    assert_eq!(d["allowed"], false);
    assert_eq!(
        d["reason"],
        "denied: no grant of member.invite reaches org; bob@demo.org holds practitioner"
    );
    assert!(d.get("chain").is_none(), "no chain without --explain");
    let run = env.as_("bob@demo.org", &["perm", "check", "member.invite"]);
    run.code(3)
        .stdout_has("denied: no grant of member.invite reaches org");
}

#[test]
fn check_is_not_audited() {
    let env = clinic();
    let events = env.audit_count();
    check(&env, "bob@demo.org", &["member.invite"], 3);
    check(&env, ADMIN, &["member.invite"], 0);
    assert_eq!(env.audit_count(), events);
}

#[test]
fn explain_an_allowed_decision() {
    let env = clinic();
    let d = check(
        &env,
        "bob@demo.org",
        &["member.view", "member:bob@demo.org", "--explain"],
        0,
    );
    assert_eq!(d["target"], "member:bob@demo.org");
    assert_eq!(
        d["reason"],
        "allowed: role practitioner grants member.view on own"
    );
    assert_eq!(
        d["chain"],
        json!([
            "bob@demo.org holds role practitioner",
            "bob@demo.org is member:bob@demo.org"
        ])
    );
    assert_eq!(d["denial"], json!(null));
    assert_eq!(d["nearest"], json!(null));
}

#[test]
fn explain_a_denial_for_want_of_a_grant() {
    let env = clinic();
    let d = check(
        &env,
        "bob@demo.org",
        &["member.view", "member:cat@demo.org", "--explain"],
        3,
    );
    assert_eq!(d["denial"], "no_grant");
    assert_eq!(
        d["nearest"],
        "practitioner grants member.view on own, but bob@demo.org is not cat@demo.org"
    );
    assert_eq!(
        d["chain"],
        json!([
            "nearest grant: practitioner grants member.view on own, but bob@demo.org is not cat@demo.org"
        ])
    );
    // no grant of their own on the noun: the roles that have it
    let d = check(&env, "bob@demo.org", &["audit.view", "--explain"], 3);
    assert_eq!(d["denial"], "no_grant");
    assert_eq!(
        d["nearest"],
        "audit.view is granted by role administrator (org)"
    );
}

#[test]
fn explain_a_denial_by_a_rule() {
    let env = clinic();
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    let d = check(&env, "bob@demo.org", &["org.view", "--explain"], 3);
    assert_eq!(d["denial"], "forbidden");
    assert_eq!(
        d["reason"],
        "denied: a rule forbids it: bob@demo.org is inactive: they can no longer reach anything in the organisation"
    );
    assert_eq!(d["nearest"], json!(null));

    let d = check(&env, "eve@elsewhere.org", &["org.view", "--explain"], 3);
    assert_eq!(d["denial"], "forbidden");
    assert_eq!(
        d["reason"],
        "denied: a rule forbids it: eve@elsewhere.org is not a member of this organisation"
    );
}

#[test]
fn explain_names_the_invitation_to_accept() {
    let env = clinic();
    env.as_(
        ADMIN,
        &["member", "invite", "dan@demo.org", "--role", "practitioner"],
    )
    .ok();
    let d = check(&env, "dan@demo.org", &["org.view", "--explain"], 3);
    assert_eq!(d["denial"], "forbidden");
    assert_eq!(
        d["chain"],
        json!(["run `careward member accept --as dan@demo.org` first"])
    );
    // the one thing they may do
    check(
        &env,
        "dan@demo.org",
        &["member.accept", "member:dan@demo.org"],
        0,
    );
}

#[test]
fn policy_actions_beyond_the_core_are_answered() {
    let env = clinic();
    // invoice.send is group-practice's own action; practitioners have it on own, which
    // does not reach the whole organisation (no target) …
    let d = check(&env, "bob@demo.org", &["invoice.send", "--explain"], 3);
    assert_eq!(
        d["nearest"],
        "practitioner grants invoice.send on own, but a grant on own reaches particular targets, not the whole organisation: name one"
    );
    // … but reaches what they own, as for every action
    check(
        &env,
        "bob@demo.org",
        &["invoice.send", "member:bob@demo.org"],
        0,
    );
}

#[test]
fn check_refuses_a_bad_target() {
    let env = clinic();
    // whoever may view records is told that one is not there …
    env.as_(
        "bob@demo.org",
        &["perm", "check", "record.read", "record:42"],
    )
    .code(4)
    .error("no record 42 in demo");
    // … and an administrator, who may not view records, is answered as about one that
    // exists: no grant reaches it
    let run = env.as_(
        ADMIN,
        &[
            "perm",
            "check",
            "record.read",
            "record:42",
            "--format",
            "json",
        ],
    );
    run.code(3);
    assert_eq!(
        run.json()["reason"],
        "denied: no grant of record.read reaches record:42; admin@demo.org holds administrator"
    );
    assert!(run.stderr.is_empty(), "{}", run.transcript());
    env.as_(ADMIN, &["perm", "check", "record.read", "patient:42"])
        .code(6)
        .error("\"patient:42\" is not a target")
        .hint("write targets as org, member:EMAIL, record:NUMBER, record:ext:ID, entry:ID, space:ID, location:SLUG or team:SLUG");
    env.as_(ADMIN, &["perm", "check", "org.view", "org:elsewhere"])
        .code(4)
        .error("target org:elsewhere is not this organisation (demo)")
        .hint("choose the organisation with --org");
    env.as_(
        ADMIN,
        &["perm", "check", "member.view", "member:ghost@demo.org"],
    )
    .code(4)
    .error("ghost@demo.org is not a member of demo");
    check(&env, ADMIN, &["org.view", "org:demo"], 0);
}

#[test]
fn list_shows_the_grants_of_the_actors_roles() {
    let env = clinic();
    let grants = env.json_as("bob@demo.org", &["perm", "list"]);
    let grants = grants.as_array().unwrap();
    assert_eq!(grants.len(), 23, "{grants:?}");
    assert!(
        grants.contains(&json!({"action": "record.read", "scope": "own", "via": "practitioner"}))
    );
    assert!(grants.contains(
        &json!({"action": "entry.edit", "scope": "created and own", "via": "practitioner"})
    ));
    assert!(!grants.iter().any(|g| g["action"] == "audit.view"));

    let grants = env.json_as("cat@demo.org", &["perm", "list"]);
    assert!(grants.as_array().unwrap().contains(&json!({
        "action": "record.view", "scope": "org unless confidential", "via": "coordinator"
    })));
}

#[test]
fn list_for_support_staff_is_the_policys_support_grants() {
    let env = clinic();
    let grants = env.json_as("support:sam", &["perm", "list", "--reason", "ticket 12"]);
    let actions: Vec<&str> = grants
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            assert_eq!(g["via"], "support");
            g["action"].as_str().unwrap()
        })
        .collect();
    assert_eq!(
        actions,
        vec![
            "audit.view",
            "member.deactivate",
            "member.edit",
            "member.invite",
            "member.remove",
            "member.view",
            "org.view",
            "record.transfer",
            "record.view",
            "role.assign"
        ]
    );
}

#[test]
fn list_is_refused_to_who_cannot_act() {
    let env = clinic();
    env.as_(ADMIN, &["member", "deactivate", "bob@demo.org"])
        .ok();
    env.as_("bob@demo.org", &["perm", "list"])
        .code(3)
        .error("bob@demo.org is inactive: they can no longer reach anything in the organisation");
    env.as_("eve@elsewhere.org", &["perm", "list"])
        .code(3)
        .error("eve@elsewhere.org is not a member of demo");
}

#[test]
fn who_can_is_refused_to_a_practitioner() {
    let env = clinic();
    env.as_("bob@demo.org", &["perm", "who-can", "member.view", "org"])
        .code(3)
        .error(
            "bob@demo.org may not audit.view org: \
             no grant of audit.view reaches org; bob@demo.org holds practitioner",
        )
        .hint("nearest grant: audit.view is granted by role administrator (org)")
        .no_stdout();
    let denied = env.audit(&["--outcome", "denied"]);
    assert_eq!(denied.len(), 1);
    assert_eq!(denied[0]["action"], "audit.view");
}

#[test]
fn who_can_lists_the_members_for_the_administrator() {
    let env = clinic();
    env.add("dan@demo.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "dan@demo.org"])
        .ok();
    let who = env.json_as(
        ADMIN,
        &["perm", "who-can", "member.view", "member:bob@demo.org"],
    );
    assert_eq!(
        who,
        json!([
            {
                "email": "admin@demo.org",
                "roles": ["administrator"],
                "reason": "allowed: role administrator grants member.view on org",
            },
            {
                "email": "bob@demo.org",
                "roles": ["practitioner"],
                "reason": "allowed: role practitioner grants member.view on own",
            },
            {
                "email": "cat@demo.org",
                "roles": ["coordinator"],
                "reason": "allowed: role coordinator grants member.view on org",
            },
        ]),
        "inactive dan is not listed"
    );
    let who = env.json_as(ADMIN, &["perm", "who-can", "record.transfer", "org"]);
    let emails: Vec<&str> = who
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, vec!["cat@demo.org"]);
    env.as_(ADMIN, &["perm", "who-can", "member.fly", "org"])
        .code(6)
        .error("unknown action \"member.fly\" in policy group-practice");
}

// ----- reads never block writes (issue 14) ---------------------------------------------

/// A batch answers line by line as it reads them: one line in, its answer out.
fn ask(
    stdin: &mut std::process::ChildStdin,
    stdout: &mut impl std::io::BufRead,
    line: &str,
) -> Value {
    use std::io::Write;
    writeln!(stdin, "{line}").unwrap();
    stdin.flush().unwrap();
    let mut answer = String::new();
    stdout.read_line(&mut answer).unwrap();
    serde_json::from_str(&answer).unwrap_or_else(|e| panic!("{answer:?}: {e}"))
}

#[test]
fn a_batch_held_open_neither_waits_for_a_writer_nor_holds_one_up() {
    use std::io::BufReader;
    use std::process::Stdio;
    let env = clinic();
    env.as_("bob@demo.org", &["record", "create", "--client", "Ann"])
        .ok();

    // A batch that has answered its first line, its stdin still open: it is mid-run.
    let mut batch = env
        .std_command()
        .args(["perm", "check", "--batch", "--as", "admin@demo.org"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = batch.stdin.take().unwrap();
    let mut stdout = BufReader::new(batch.stdout.take().unwrap());
    let first = ask(
        &mut stdin,
        &mut stdout,
        r#"{"as": "bob@demo.org", "action": "record.read", "target": "record:1"}"#,
    );
    assert_eq!(first["allowed"], true, "{first}");

    // A change beside it does not wait for it (it would give up at once: 0 s).
    env.as_(
        "admin@demo.org",
        &[
            "location",
            "create",
            "north",
            "--name",
            "North",
            "--busy-timeout",
            "0",
        ],
    )
    .ok();

    // The batch goes on, while another writer holds the store's write lock, and does
    // not wait for it either; then ends, and writes its one event after.
    let writer = env.hold_write_lock();
    let second = ask(
        &mut stdin,
        &mut stdout,
        r#"{"as": "cat@demo.org", "action": "record.read", "target": "record:1"}"#,
    );
    assert_eq!(second["allowed"], false, "{second}");
    writer.execute_batch("COMMIT;");
    drop(stdin);
    assert!(batch.wait().unwrap().success());
    let events = env.audit(&["--action", "perm.batch"]);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["details"]["questions"], 2, "{events:?}");
    assert_eq!(
        env.as_("admin@demo.org", &["location", "list", "--format", "json"])
            .json()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn a_check_answers_while_another_process_holds_the_write_lock() {
    let env = clinic();
    env.as_("bob@demo.org", &["record", "create", "--client", "Ann"])
        .ok();
    let writer = env.hold_write_lock();
    // with no wait at all: a read transaction takes no lock a writer holds
    for (actor, code) in [("bob@demo.org", 0), ("cat@demo.org", 3)] {
        env.as_(
            actor,
            &[
                "perm",
                "check",
                "record.read",
                "record:1",
                "--busy-timeout",
                "0",
            ],
        )
        .code(code);
    }
    env.as_("bob@demo.org", &["record", "list", "--busy-timeout", "0"])
        .ok();
    writer.execute_batch("COMMIT;");
}
