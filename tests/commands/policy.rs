//! `careward policy`: list the presets, show one (its YAML as a table, structured in
//! the other formats), validate a file.

use serde_json::json;

use crate::common::TestEnv;

const GROUP_PRACTICE: &str = include_str!("../../src/policy/presets/group-practice.yaml");

#[test]
fn list_names_the_presets() {
    let env = TestEnv::new();
    let run = env.run(&["policy", "list", "--format", "json"]);
    run.ok();
    let list = run.json();
    assert_eq!(list.as_array().unwrap().len(), 3);
    assert_eq!(list[0]["name"], "group-practice");
    assert_eq!(
        list[0]["roles"],
        json!(["administrator", "coordinator", "manager", "practitioner"])
    );
    assert!(
        list[0]["description"]
            .as_str()
            .unwrap()
            .starts_with("Group practice or school service centre"),
        "{list}"
    );
    assert!(!env.store_exists(), "policy commands need no store");
}

#[test]
fn show_as_a_table_prints_the_yaml() {
    let env = TestEnv::new();
    let run = env.run(&["policy", "show", "group-practice"]);
    run.ok();
    assert_eq!(run.stdout, GROUP_PRACTICE);
}

#[test]
fn show_as_json_is_structured() {
    let env = TestEnv::new();
    let run = env.run(&["policy", "show", "group-practice", "--format", "json"]);
    run.ok();
    let p = run.json();
    assert_eq!(p["name"], "group-practice");
    assert_eq!(p["admin_roles"], json!(["administrator"]));
    assert_eq!(p["seat_states"], json!(["invited", "active"]));
    assert_eq!(
        p["plans"],
        json!({"free": {"records": 5}, "seats": {"records": null}})
    );
    assert_eq!(p["omitted"], json!(["assistant.assign"]));
    let actions = p["actions"].as_array().unwrap();
    assert!(actions.contains(&json!("invoice.send")));
    assert!(actions.contains(&json!("record.read")));
    let roles = &p["roles"];
    assert_eq!(
        roles["administrator"]["grants"]["org.manage"],
        json!(["org"])
    );
    assert_eq!(
        roles["coordinator"]["grants"]["record.view"],
        json!({ "scopes": ["org"], "unless": "confidential" })
    );
    assert_eq!(roles["manager"]["kinds"], json!(["school"]));
    assert_eq!(roles["practitioner"]["kinds"], json!(null));
    assert!(roles["coordinator"]["grants"].get("record.read").is_none());
    let full = p["levels"]["full"]["actions"].as_array().unwrap();
    assert!(full.contains(&json!("record.share")));
    assert!(
        full.contains(&json!("record.read")),
        "full includes write includes read"
    );
    assert!(
        p["support"]
            .as_array()
            .unwrap()
            .contains(&json!("role.assign"))
    );
    assert_eq!(
        p["constraints"]["min_holders"],
        json!([{ "role": "administrator", "count": 1 }])
    );
    assert_eq!(p["constraints"]["roles_fixed_after_invitation"], false);
}

#[test]
fn show_as_yaml_is_structured() {
    let env = TestEnv::new();
    let run = env.run(&["policy", "show", "group-practice", "--format", "yaml"]);
    run.ok();
    let p: serde_json::Value = serde_norway::from_str(&run.stdout).unwrap();
    assert_eq!(p["name"], "group-practice");
    assert_eq!(
        p["roles"]["administrator"]["grants"]["audit.view"],
        json!(["org"])
    );
}

#[test]
fn show_a_policy_file() {
    let env = TestEnv::new();
    env.write(
        "ours.yaml",
        &GROUP_PRACTICE.replacen("name: group-practice", "name: ours", 1),
    );
    let run = env.run(&["policy", "show", "ours.yaml", "--format", "json"]);
    run.ok();
    assert_eq!(run.json()["name"], "ours");
}

#[test]
fn show_an_unknown_policy_is_not_found() {
    let env = TestEnv::new();
    env.run(&["policy", "show", "psychiatry"])
        .code(4)
        .error("no preset or policy file named psychiatry")
        .hint("see the presets with: careward policy list");
}

#[test]
fn validate_a_good_file() {
    let env = TestEnv::new();
    env.write("ours.yaml", GROUP_PRACTICE);
    let run = env.run(&["policy", "validate", "ours.yaml", "--format", "json"]);
    run.ok();
    assert_eq!(run.stderr, "ours.yaml: policy group-practice is valid\n");
    assert_eq!(
        run.json(),
        json!({
            "file": "ours.yaml",
            "name": "group-practice",
            "valid": true,
            "roles": ["administrator", "coordinator", "manager", "practitioner"],
            "levels": ["full", "read", "space-member", "write"],
            "warnings": [],
        })
    );
}

#[test]
fn validate_names_the_file_line_and_unknown_key() {
    let env = TestEnv::new();
    let text = GROUP_PRACTICE.replacen("seats:\n", "seats:\n  limit: 10\n", 1);
    let line = text.lines().position(|l| l == "  limit: 10").unwrap() + 1;
    env.write("ours.yaml", &text);
    env.run(&["policy", "validate", "ours.yaml"])
        .code(6)
        .error(&format!(
            "ours.yaml:{line}:3: seats: unknown field `limit`, expected `states`"
        ))
        .hint("see `careward policy show group-practice` for a complete example")
        .no_stdout();
}

#[test]
fn validate_names_an_unknown_top_level_key() {
    let env = TestEnv::new();
    let text = format!("{GROUP_PRACTICE}colour: blue\n");
    let line = text.lines().count();
    env.write("ours.yaml", &text);
    let run = env.run(&["policy", "validate", "ours.yaml"]);
    run.code(6);
    assert!(
        run.stderr.starts_with(&format!(
            "error: ours.yaml:{line}:1: unknown field `colour`, expected one of"
        )),
        "{}",
        run.transcript()
    );
}

#[test]
fn validate_lists_every_problem_with_its_line() {
    let env = TestEnv::new();
    let text = GROUP_PRACTICE
        .replacen("      record.read: own\n", "      recrod.read: own\n", 1)
        .replacen("      org.publish: org", "      org.publish: everywhere", 1);
    let lines: Vec<&str> = text.lines().collect();
    let typo = lines
        .iter()
        .position(|l| l.starts_with("      recrod.read"))
        .unwrap()
        + 1;
    let scope = lines
        .iter()
        .position(|l| l.starts_with("      org.publish"))
        .unwrap()
        + 1;
    env.write("ours.yaml", &text);
    let run = env.run(&["policy", "validate", "ours.yaml"]);
    run.code(6).error("policy ours.yaml is not valid:");
    let problems: Vec<&str> = run.stderr.lines().skip(1).map(str::trim).collect();
    assert!(
        problems.contains(&format!(
            "ours.yaml:{scope}: roles.administrator.grants.org.publish: unknown scope \"everywhere\"; expected one of: org, own, created, location, assigned"
        ).as_str()),
        "{}",
        run.transcript()
    );
    assert!(
        problems.contains(&format!(
            "ours.yaml:{typo}: roles.practitioner.grants.recrod.read: unknown action \"recrod.read\"; declare it under `actions:` or use a core action"
        ).as_str()),
        "{}",
        run.transcript()
    );
}

#[test]
fn validate_refuses_broken_yaml() {
    let env = TestEnv::new();
    env.write("ours.yaml", "name: [unclosed\n");
    let run = env.run(&["policy", "validate", "ours.yaml"]);
    run.code(6);
    assert!(
        run.stderr.starts_with("error: ours.yaml:"),
        "{}",
        run.transcript()
    );
}

#[test]
fn validate_a_missing_file_is_not_found() {
    let env = TestEnv::new();
    env.run(&["policy", "validate", "nowhere.yaml"])
        .code(4)
        .error("cannot read the policy file nowhere.yaml: No such file or directory (os error 2)");
}
