//! `careward policy test`: suites of cases, their failures shown with the actual
//! decision, and coverage of grants, level actions, support grants and constraints.

use serde_json::Value;

use crate::common::TestEnv;

fn fixture(name: &str) -> String {
    format!(
        "{}/fixtures/policy-tests/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A suite in the test's folder, next to a copy of the north-school fixture.
fn suite(env: &TestEnv, cases: &str) -> String {
    let org = format!("{}/fixtures/north-school.yaml", env!("CARGO_MANIFEST_DIR"));
    let path = env.dir().join("suite.yaml");
    std::fs::write(
        &path,
        format!("policy: group-practice\norganisation: {org}\ncases:\n{cases}"),
    )
    .unwrap();
    path.display().to_string()
}

#[test]
fn the_presets_suites_pass() {
    let env = TestEnv::new();
    let run = env.run(&[
        "policy",
        "test",
        &fixture("group-practice.yaml"),
        &fixture("group-practice-clinic.yaml"),
        "--min-coverage",
        "100",
    ]);
    run.ok();
    assert!(
        run.stdout.lines().any(|l| l.ends_with(" passed, 0 failed")),
        "{}",
        run.transcript()
    );
    // every grant, level action, support grant and constraint of group-practice
    assert!(
        run.stdout.contains("  grants: 65 of 65"),
        "{}",
        run.transcript()
    );
    assert!(
        run.stdout.contains("  support: 10 of 10"),
        "{}",
        run.transcript()
    );
    assert!(
        run.stdout.contains("  constraints: 2 of 2"),
        "{}",
        run.transcript()
    );
}

#[test]
fn the_psychiatry_clinic_suite_covers_every_cell() {
    let env = TestEnv::new();
    let run = env.run(&[
        "policy",
        "test",
        &fixture("psychiatry-clinic.yaml"),
        "--min-coverage",
        "100",
    ]);
    run.ok();
    assert!(
        run.stdout.contains("coverage 100.0%"),
        "{}",
        run.transcript()
    );
}

#[test]
fn the_behavior_charts_suite_covers_every_grant() {
    let env = TestEnv::new();
    let run = env.run(&[
        "policy",
        "test",
        &fixture("behavior-charts.yaml"),
        "--format",
        "json",
    ]);
    run.ok();
    let report = run.json();
    assert_eq!(report["failed"], 0);
    let cov = &report["coverage"][0];
    for part in ["grants", "level_actions", "support", "constraints"] {
        assert_eq!(cov[part]["missing"], serde_json::json!([]), "{part}");
    }
}

#[test]
fn a_wrong_expectation_fails_with_the_actual_decision_and_its_explanation() {
    let env = TestEnv::new();
    let path = suite(
        &env,
        "  - {as: cole@north.example, action: record.read, target: \"record:1\", expect: allow}\n  \
           - {as: pia@north.example, action: record.read, target: \"record:1\", expect: allow, reason: \"practitioner grants record.read on own\"}\n",
    );
    let run = env.run(&["policy", "test", &path]);
    run.code(1);
    assert!(
        run.stdout.contains(&format!(
            "FAIL {path} case 1: record.read record:1 as cole@north.example: expected allow, got denied: no grant of record.read reaches record:1"
        )),
        "{}",
        run.transcript()
    );
    assert!(
        run.stdout.contains("  nearest grant:"),
        "{}",
        run.transcript()
    );
    assert!(
        run.stdout.contains("1 passed, 1 failed"),
        "{}",
        run.transcript()
    );
}

#[test]
fn reasons_and_denials_are_checked_too() {
    let env = TestEnv::new();
    let path = suite(
        &env,
        "  - {as: cole@north.example, action: record.read, target: \"record:1\", expect: deny, denial: forbidden}\n  \
           - {as: pia@north.example, action: record.read, target: \"record:1\", expect: allow, reason: \"shared with\"}\n",
    );
    let run = env.run(&["policy", "test", &path, "--format", "json"]);
    run.code(1);
    let report = run.json();
    assert_eq!(report["failed"], 2);
    let expected: Vec<&str> = report["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["expected"].as_str().unwrap())
        .collect();
    assert_eq!(
        expected,
        ["denial forbidden", "a reason containing \"shared with\""]
    );
}

#[test]
fn coverage_is_reported_and_can_be_required() {
    let env = TestEnv::new();
    let path = suite(
        &env,
        "  - {as: ada@north.example, action: audit.view, expect: allow}\n",
    );
    let run = env.run(&["policy", "test", &path, "--format", "json"]);
    run.ok();
    let report = run.json();
    let cov = &report["coverage"][0];
    assert_eq!(cov["policy"], "group-practice");
    assert_eq!(cov["grants"]["covered"], 1);
    let missing: Vec<&str> = cov["grants"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(missing.contains(&"role practitioner: record.read on own"));
    assert!(!missing.contains(&"role administrator: audit.view on org"));
    assert_eq!(
        cov["constraints"]["missing"],
        serde_json::json!([
            "constraint role kinds: manager",
            "constraint minimum holders: administrator"
        ])
    );
    env.run(&["policy", "test", &path, "--min-coverage", "50"])
        .code(1)
        .stderr_has("is below --min-coverage 50");
}

#[test]
fn a_run_case_exercises_a_constraint_as_a_dry_run() {
    let env = TestEnv::new();
    let path = suite(
        &env,
        "  - {as: ada@north.example, run: [role, remove, ada@north.example, administrator], expect: deny}\n  \
           - {as: ada@north.example, run: [role, assign, pia@north.example, coordinator], expect: allow}\n",
    );
    let run = env.run(&["policy", "test", &path, "--format", "json"]);
    run.ok();
    // the school cannot break "manager only in schools"; the last administrator is kept
    assert_eq!(
        run.json()["coverage"][0]["constraints"]["missing"],
        serde_json::json!(["constraint role kinds: manager"])
    );
}

#[test]
fn a_bad_suite_is_named_by_file_and_line() {
    let env = TestEnv::new();
    let path = suite(
        &env,
        "  - {as: ada@north.example, action: org.view, expect: maybe}\n",
    );
    env.run(&["policy", "test", &path])
        .code(6)
        .stderr_has(&format!("{path}:"))
        .stderr_has("hint: a suite has policy, organisation and cases");
    let missing = env.dir().join("nowhere.yaml").display().to_string();
    env.run(&["policy", "test", &missing]).code(4);
}

/// The group-practice preset's text with `edit` applied, written beside the test store.
fn variant(env: &TestEnv, name: &str, edit: impl Fn(String) -> String) -> String {
    let text = env.run(&["policy", "show", "group-practice"]).stdout;
    let path = env.dir().join(name);
    std::fs::write(&path, edit(text)).unwrap();
    path.display().to_string()
}

#[test]
fn validate_warns_of_what_a_valid_policy_gets_wrong_and_can_deny_it() {
    let env = TestEnv::new();
    let path = variant(&env, "ours.yaml", |t| {
        t.replacen("actions:\n", "actions:\n  - intake.full\n", 1)
            .replacen(
                "      audit.view: org",
                "      audit.view: org\n      profile.read: [org, own]",
                1,
            )
    });
    let run = env.run(&["policy", "validate", &path, "--format", "json"]);
    run.ok();
    assert_eq!(
        run.json()["warnings"],
        serde_json::json!([
            "action intake.full: no role, level or support grant gives it (list it under omitted: if that is deliberate)",
            "role administrator: profile.read on own is shadowed by profile.read on org"
        ])
    );
    run.stderr_has("warning: role administrator: profile.read on own is shadowed");
    env.run(&["policy", "validate", &path, "--deny-warnings"])
        .code(6)
        .stderr_has("has 2 warnings");
    // the presets have none
    for preset in ["group-practice", "psychiatry-clinic", "behavior-charts"] {
        let text = env.run(&["policy", "show", preset]).stdout;
        let file = env.dir().join(format!("{preset}.yaml"));
        std::fs::write(&file, text).unwrap();
        env.run(&[
            "policy",
            "validate",
            &file.display().to_string(),
            "--deny-warnings",
        ])
        .ok();
    }
}

#[test]
fn diff_lists_what_each_role_gains_and_loses() {
    let env = TestEnv::new();
    let path = variant(&env, "changed.yaml", |t| {
        t.replacen(
            "      audit.view: org",
            "      audit.view: org\n      profile.read: org",
            1,
        )
        .replacen("      record.emergency: org", "", 1)
    });
    let run = env.run(&[
        "policy",
        "diff",
        "group-practice",
        &path,
        "--format",
        "json",
    ]);
    run.ok();
    let rows = run.json();
    assert_eq!(
        rows,
        serde_json::json!([
            { "role": "role administrator", "change": "changed", "gained": ["profile.read on org"], "lost": [] },
            { "role": "role practitioner", "change": "changed", "gained": [], "lost": ["record.emergency on org"] },
        ])
    );
    env.run(&["policy", "diff", "group-practice", "group-practice"])
        .ok()
        .stderr_has("grant the same");
}
