//! Dynamic completion (`COMPLETE=SHELL careward`): what the store holds, completed only
//! as far as the acting member on the line being completed may list it, and never
//! audited. (The static scripts in completions/ are checked in help.rs.)

use crate::common::TestEnv;

const ADMIN: &str = "admin@demo.org";
const PAT: &str = "pat@demo.org";
const LEE: &str = "lee@demo.org";

/// What the shell would offer for the last word of `line` (`careward` left out), as
/// fish asks for it: the candidates' values, without the options clap adds itself.
fn complete(env: &TestEnv, line: &[&str]) -> Vec<String> {
    complete_with(env, line, None)
}

fn complete_with(env: &TestEnv, line: &[&str], careward_as: Option<&str>) -> Vec<String> {
    let mut cmd = env.command();
    cmd.env("COMPLETE", "fish");
    if let Some(who) = careward_as {
        cmd.env("CAREWARD_AS", who);
    }
    let mut args = vec!["--", "careward"];
    args.extend(line);
    let run = env.run_with(cmd, &args, None);
    run.ok();
    run.stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .filter(|v| !v.starts_with('-'))
        .collect()
}

/// demo with a practitioner who owns a record for Noah, another practitioner, a
/// location and a team.
fn org() -> TestEnv {
    let env = TestEnv::org("clinic");
    env.add(PAT, &["practitioner"]);
    env.add(LEE, &["practitioner"]);
    env.as_(ADMIN, &["location", "create", "maple", "--name", "Maple"])
        .ok();
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "Autism team"])
        .ok();
    env.as_(PAT, &["record", "create", "--client", "Noah Martin"])
        .ok();
    env
}

#[test]
fn an_allowed_member_is_offered_what_they_may_list() {
    let env = org();
    assert_eq!(
        complete(&env, &["member", "show", "--as", ADMIN, ""]),
        [ADMIN, LEE, PAT]
    );
    // the prefix typed so far narrows it
    assert_eq!(
        complete(&env, &["member", "show", "--as", ADMIN, "p"]),
        [PAT]
    );
    assert_eq!(
        complete(&env, &["team", "show", "--as", ADMIN, ""]),
        ["tsa"]
    );
    assert_eq!(
        complete(&env, &["record", "create", "--as", ADMIN, "--location", ""]),
        ["maple"]
    );
    assert_eq!(
        complete(&env, &["role", "assign", PAT, "--as", ADMIN, "coo"]),
        ["coordinator"]
    );
    assert_eq!(
        complete(&env, &["--as", ADMIN, "org", "show", "--org", ""]),
        ["demo"]
    );
    // the actor may be named by CAREWARD_AS, or after the word being completed
    assert_eq!(
        complete_with(&env, &["member", "show", "p"], Some(ADMIN)),
        [PAT]
    );
}

#[test]
fn a_member_is_offered_only_what_their_own_listing_shows() {
    let env = org();
    // A practitioner views only themselves among the members, and only the records
    // they may view, with the client's name as `record list` shows it.
    assert_eq!(complete(&env, &["member", "show", "--as", PAT, ""]), [PAT]);
    let mut cmd = env.command();
    cmd.env("COMPLETE", "fish");
    let run = env.run_with(
        cmd,
        &["--", "careward", "record", "show", "--as", PAT, ""],
        None,
    );
    assert!(
        run.stdout.contains("1\tNoah Martin"),
        "{}",
        run.transcript()
    );
    assert!(complete(&env, &["record", "show", "--as", LEE, ""]).is_empty());
    // The administrator does not view practitioners' records (their `record list`
    // is empty): none is offered.
    assert!(complete(&env, &["record", "show", "--as", ADMIN, ""]).is_empty());
}

#[test]
fn a_stranger_or_no_actor_is_offered_nothing_from_the_store() {
    let env = org();
    env.as_(ADMIN, &["member", "deactivate", LEE]).ok();
    for who in ["eve@elsewhere.example", LEE, "not-an-email"] {
        for line in [
            vec!["member", "show", "--as", who, ""],
            vec!["team", "show", "--as", who, ""],
            vec!["location", "show", "--as", who, ""],
            vec!["record", "show", "--as", who, ""],
            vec!["role", "assign", PAT, "--as", who, ""],
            vec!["org", "show", "--as", who, "--org", ""],
        ] {
            assert!(complete(&env, &line).is_empty(), "{who}: {line:?}");
        }
    }
    assert!(complete(&env, &["member", "show", ""]).is_empty());
    // The built-in policies are everyone's, like `policy list`.
    assert_eq!(
        complete(&env, &["policy", "show", ""]),
        ["group-practice", "psychiatry-clinic", "behavior-charts"]
    );
}

#[test]
fn completing_writes_nothing_and_audits_nothing() {
    let env = org();
    let events = env.audit_count();
    let before = env.snapshot();
    complete(&env, &["member", "show", "--as", ADMIN, ""]);
    complete(&env, &["record", "show", "--as", PAT, ""]);
    complete(
        &env,
        &["member", "show", "--as", "eve@elsewhere.example", ""],
    );
    complete(&env, &["--as", LEE, "team", "show", ""]);
    assert_eq!(env.audit_count(), events);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn the_shell_registration_names_the_binary() {
    let env = TestEnv::new();
    let mut cmd = env.command();
    cmd.env("COMPLETE", "bash");
    let run = env.run_with(cmd, &[], None);
    run.ok();
    assert!(
        run.stdout.contains("complete") && run.stdout.contains("careward"),
        "{}",
        run.transcript()
    );
}

#[test]
fn each_member_is_offered_their_own_organisations_only() {
    let env = org();
    env.run(&[
        "org",
        "init",
        "riverside",
        "--name",
        "Riverside",
        "--kind",
        "clinic",
        "--policy",
        "group-practice",
        "--admin",
        "nora@riverside.example",
    ])
    .ok();
    let nora = "nora@riverside.example";
    assert_eq!(
        complete(&env, &["--as", ADMIN, "org", "show", "--org", ""]),
        ["demo"]
    );
    assert_eq!(
        complete(&env, &["--as", nora, "org", "show", "--org", ""]),
        ["riverside"]
    );
    // With two organisations, --org says which one's members are meant …
    assert!(complete(&env, &["member", "show", "--as", ADMIN, ""]).is_empty());
    assert_eq!(
        complete(
            &env,
            &["member", "show", "--as", ADMIN, "--org", "demo", "p"]
        ),
        [PAT]
    );
    // … and naming another organisation's gives its members nothing of it.
    assert!(complete(&env, &["member", "show", "--as", nora, "--org", "demo", ""]).is_empty());
}
