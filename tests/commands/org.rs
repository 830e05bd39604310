//! `careward org`.

use serde_json::json;

use crate::common::{NOW, TestEnv};

const GROUP_PRACTICE: &str = include_str!("../../src/policy/presets/group-practice.yaml");

#[test]
fn init_creates_the_store_private_with_its_first_administrator() {
    let env = TestEnv::new();
    let run = env.run(&[
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
        " Admin@Demo.ORG ",
        "--format",
        "json",
    ]);
    run.ok();
    let org = run.json();
    assert_eq!(org["slug"], "demo");
    assert_eq!(org["admin"], "admin@demo.org");
    assert_eq!(org["admin_roles"], serde_json::json!(["administrator"]));
    #[cfg(unix)]
    if !env.sqlite_only("the store file's mode (a PostgreSQL server keeps its own files)") {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let me = env.as_(
        "admin@demo.org",
        &["member", "show", "admin@demo.org", "--format", "json"],
    );
    assert_eq!(me.ok().json()["status"], "active");
}

fn init_args<'a>(slug: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "org",
        "init",
        slug,
        "--name",
        "Demo Practice",
        "--kind",
        "clinic",
        "--policy",
        "group-practice",
        "--admin",
        "admin@demo.org",
    ];
    args.extend(extra);
    args
}

#[test]
fn init_reports_every_field_and_audits_the_creation() {
    let env = TestEnv::new();
    let run = env.run(&init_args(
        "demo",
        &[
            "--seats",
            "5",
            "--admin-name",
            "Ada Admin",
            "--format",
            "json",
        ],
    ));
    run.ok()
        .stderr_has("create organisation demo with administrator admin@demo.org");
    assert_eq!(
        run.json(),
        json!({
            "slug": "demo",
            "plan": "seats",
            "name": "Demo Practice",
            "kind": "clinic",
            "policy": "group-practice",
            "seats": 5,
            "admin": "admin@demo.org",
            "admin_roles": ["administrator"],
            "created_at": NOW,
        })
    );
    let admin = env.json_as("admin@demo.org", &["member", "show", "admin@demo.org"]);
    assert_eq!(admin["name"], "Ada Admin");
    assert_eq!(admin["invited_by"], "org init");
    let events = env.audit(&[]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["actor"], "org init");
    assert_eq!(events[0]["action"], "org.init");
    assert_eq!(events[0]["target"], "org");
    assert_eq!(events[0]["outcome"], "allowed");
    assert_eq!(events[0]["details"]["seats"], 5);
    assert_eq!(events[0]["details"]["admin"], "admin@demo.org");
}

#[test]
fn init_dry_run_creates_no_store_file() {
    let env = TestEnv::new();
    let run = env.run(&init_args("demo", &["--dry-run", "--format", "json"]));
    run.ok().stderr_has(
        "dry run: would create organisation demo with administrator admin@demo.org; nothing was changed",
    );
    assert_eq!(run.json()["slug"], "demo");
    assert_eq!(run.json()["admin"], "admin@demo.org");
    let files: Vec<_> = std::fs::read_dir(env.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(files.is_empty(), "a dry run left {files:?}");
}

#[test]
fn init_dry_run_on_an_existing_store_changes_nothing() {
    let env = TestEnv::org("clinic");
    let before = env.snapshot();
    env.run(&init_args("second", &["--dry-run"])).ok();
    assert_eq!(env.snapshot(), before);
    env.as_("admin@demo.org", &["org", "show", "--org", "second"])
        .code(4)
        .error("no organisation second");
}

#[test]
fn init_of_an_existing_slug_is_a_conflict() {
    let env = TestEnv::org("clinic");
    env.run(&init_args("demo", &[]))
        .code(5)
        .error("organisation demo already exists")
        .hint("choose another slug, or use --org to work in the existing one");
}

#[test]
fn init_refuses_a_bad_slug() {
    let env = TestEnv::new();
    env.run(&init_args("North Clinic", &[]))
        .code(6)
        .error("\"North Clinic\" is not a usable slug")
        .hint("use up to 60 lower-case letters, digits, hyphens and underscores, such as north-clinic");
    assert!(!env.store_exists());
}

#[test]
fn init_refuses_a_blank_name() {
    let env = TestEnv::new();
    env.run(&[
        "org",
        "init",
        "demo",
        "--name",
        "  ",
        "--kind",
        "clinic",
        "--policy",
        "group-practice",
        "--admin",
        "admin@demo.org",
    ])
    .code(6)
    .error("the organisation needs a name")
    .hint("--name \"North Clinic\"");
}

#[test]
fn init_refuses_a_malformed_admin_email() {
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
        "admin@demo",
    ])
    .code(6)
    .error("\"admin@demo\" is not an email address");
    assert!(!env.store_exists());
}

#[test]
fn init_refuses_an_unknown_kind() {
    let env = TestEnv::new();
    env.run(&[
        "org",
        "init",
        "demo",
        "--name",
        "Demo",
        "--kind",
        "hospital",
        "--policy",
        "group-practice",
        "--admin",
        "admin@demo.org",
    ])
    .code(2)
    .stderr_has("invalid value 'hospital' for '--kind <KIND>'");
}

#[test]
fn init_refuses_an_unknown_policy() {
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
        "group-practise",
        "--admin",
        "admin@demo.org",
    ])
    .code(4)
    .error("no preset or policy file named group-practise")
    .hint("the presets are: group-practice, psychiatry-clinic, behavior-charts");
    assert!(!env.store_exists());
}

#[test]
fn init_with_a_policy_file_keeps_its_text() {
    let env = TestEnv::new();
    env.write("ours.yaml", GROUP_PRACTICE);
    let run = env.run(&[
        "org",
        "init",
        "demo",
        "--name",
        "Demo",
        "--kind",
        "clinic",
        "--policy",
        "ours.yaml",
        "--admin",
        "admin@demo.org",
        "--format",
        "json",
    ]);
    run.ok();
    assert_eq!(run.json()["policy"], "ours.yaml");
    // the organisation keeps the text: removing the file changes nothing
    std::fs::remove_file(env.dir().join("ours.yaml")).unwrap();
    let org = env.json_as("admin@demo.org", &["org", "show"]);
    assert_eq!(org["policy"], "ours.yaml");
    let text: String = env.sql().query_one("SELECT policy_text FROM org", &[]);
    assert_eq!(text, GROUP_PRACTICE);
}

#[test]
fn init_with_a_policy_file_with_an_unknown_key_names_file_line_and_key() {
    let env = TestEnv::new();
    let text = GROUP_PRACTICE.replacen(
        "  administrator:\n",
        "  administrator:\n    colour: blue\n",
        1,
    );
    let line = text.lines().position(|l| l == "    colour: blue").unwrap() + 1;
    env.write("ours.yaml", &text);
    env.run(&[
        "org", "init", "demo", "--name", "Demo", "--kind", "clinic", "--policy", "ours.yaml",
        "--admin", "admin@demo.org",
    ])
    .code(6)
    .error(&format!(
        "ours.yaml:{line}:5: roles.administrator: unknown field `colour`, expected one of `description`, `kinds`, `grants`"
    ))
    .hint("see `careward policy show group-practice` for a complete example");
    assert!(
        !env.store_exists(),
        "nothing is created from an invalid policy"
    );
}

#[test]
fn list_shows_the_organisations_of_the_actor() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    env.run(&[
        "org",
        "init",
        "north",
        "--name",
        "North School",
        "--kind",
        "school",
        "--policy",
        "group-practice",
        "--admin",
        "head@north.org",
    ])
    .ok();
    let orgs = env.json_as("admin@demo.org", &["org", "list"]);
    assert_eq!(
        orgs,
        json!([{
            "slug": "demo",
            "name": "Demo Practice",
            "kind": "clinic",
            "policy": "group-practice",
            "active_members": 2,
        }])
    );
    let orgs = env.json_as("head@north.org", &["org", "list"]);
    assert_eq!(orgs[0]["slug"], "north");
    assert_eq!(orgs[0]["kind"], "school");
    assert_eq!(orgs.as_array().unwrap().len(), 1);
    // support staff see every organisation
    let orgs = env.json_as("support:sam", &["org", "list", "--reason", "ticket 12"]);
    assert_eq!(orgs.as_array().unwrap().len(), 2);
    // someone who is an active member nowhere (a mistyped --as) is refused, and the
    // refusal is audited outside any organisation; no slug is named
    let before = env.audit_count();
    env.as_("eve@elsewhere.org", &["org", "list"])
        .code(3)
        .error("eve@elsewhere.org is not an active member of any organisation in this store")
        .hint("check --as (or CAREWARD_AS): it names the acting member by their email")
        .no_stdout();
    let (actor, action, outcome, org): (String, String, String, Option<i64>) = env.sql().query_one(
        "SELECT actor, action, outcome, org_id FROM audit_event ORDER BY id DESC LIMIT 1",
        &[],
    );
    assert_eq!(env.audit_count(), before + 1);
    assert_eq!(
        (actor.as_str(), action.as_str(), outcome.as_str(), org),
        ("eve@elsewhere.org", "org list", "denied", None)
    );
    // and so is a member who can no longer act
    env.as_(
        "admin@demo.org",
        &["member", "deactivate", "bob@demo.org", "--org", "demo"],
    )
    .ok();
    env.as_("bob@demo.org", &["org", "list"]).code(3);
}

#[test]
fn show_counts_members_and_seats() {
    let env = TestEnv::new();
    env.run(&init_args("demo", &["--seats", "4"])).ok();
    env.add("bob@demo.org", &["practitioner"]);
    env.add("cat@demo.org", &["coordinator"]);
    env.as_(
        "admin@demo.org",
        &["member", "invite", "dan@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_("admin@demo.org", &["member", "deactivate", "cat@demo.org"])
        .ok();
    let org = env.json_as("bob@demo.org", &["org", "show"]);
    assert_eq!(
        org,
        json!({
            "invitations_sent": 1,
            "plan": "seats",
            "invitations_left": null,
            "slug": "demo",
            "name": "Demo Practice",
            "kind": "clinic",
            "policy": "group-practice",
            "seats": 4,
            "seats_used": 3,
            "seats_free": 1,
            "active": 2,
            "invited": 1,
            "inactive": 1,
            "created_at": NOW,
        })
    );
}

#[test]
fn show_without_seats_has_no_limit() {
    let env = TestEnv::org("school");
    let org = env.json_as("admin@demo.org", &["org", "show"]);
    assert_eq!(org["seats"], json!(null));
    assert_eq!(org["seats_free"], json!(null));
    assert_eq!(org["seats_used"], 1);
    assert_eq!(org["kind"], "school");
}
