//! `careward report` and `careward view` under behavior-charts (seed 003): "View Reporting
//! Section: … a clinical reporting tool with populated data that pulls from the
//! organization's charts", and the organisation's saved chart and reporting views.

use serde_json::{Value, json};

use super::performer_group::{BOSS, aba, add};
use crate::common::TestEnv;

/// aba() with a pinpoint library, a reporting supervisor at Tier 4, a Tier 3 technician,
/// and measurements on performers 1 and 2 at fixed times (after the suite's clock: the
/// store never lets time run back past its newest event).
fn with_charts() -> TestEnv {
    let env = aba();
    env.as_(
        BOSS,
        &["role", "assign", BOSS, "manage-pinpoints", "view-reporting"],
    )
    .ok();
    add(&env, "sup@aba.org", &["read-only", "tier4"]);
    add(&env, "sam@aba.org", &["full-access", "tier3"]);
    for p in ["Hand flapping", "Manding"] {
        env.as_(BOSS, &["pinpoint", "create", p]).ok();
    }
    let measure = |at: &str, record: &str, pinpoint: &str| {
        env.command()
            .env("CAREWARD_NOW", at)
            .args([
                "entry",
                "add",
                record,
                "--kind",
                "measurement",
                "--pinpoint",
                pinpoint,
            ])
            .args(["--as", "sam@aba.org"])
            .assert()
            .success();
    };
    measure("2026-12-02T10:00:00Z", "1", "Hand flapping");
    measure("2026-12-03T10:00:00Z", "1", "Hand flapping");
    measure("2026-12-04T10:00:00Z", "1", "Manding");
    measure("2026-12-20T10:00:00Z", "2", "Manding");
    env
}

#[test]
fn a_report_counts_measurements_per_performer_and_pinpoint_over_a_period() {
    let env = with_charts();
    let all = env.json_as(BOSS, &["report", "summary"]);
    assert_eq!(
        all,
        json!([
            {"performer": 1, "client": "Client 1", "pinpoint": "Hand flapping", "measurements": 2,
             "first": "2026-12-02T10:00:00Z", "last": "2026-12-03T10:00:00Z"},
            {"performer": 1, "client": "Client 1", "pinpoint": "Manding", "measurements": 1,
             "first": "2026-12-04T10:00:00Z", "last": "2026-12-04T10:00:00Z"},
            {"performer": 2, "client": "Client 2", "pinpoint": "Manding", "measurements": 1,
             "first": "2026-12-20T10:00:00Z", "last": "2026-12-20T10:00:00Z"},
        ])
    );
    let early = env.json_as(
        BOSS,
        &[
            "report",
            "summary",
            "--since",
            "2026-12-03",
            "--until",
            "2026-12-10",
            "--pinpoint",
            "Hand flapping",
        ],
    );
    assert_eq!(early.as_array().unwrap().len(), 1, "{early}");
    assert_eq!(early[0]["measurements"], 1);
    // every output format
    let csv = env.as_(BOSS, &["report", "summary", "--format", "csv"]);
    csv.ok()
        .stdout_has("performer,client,pinpoint,measurements,first,last");
    let yaml = env.as_(BOSS, &["report", "summary", "--format", "yaml"]);
    yaml.ok().stdout_has("pinpoint: Manding");
    env.as_(BOSS, &["report", "summary"])
        .ok()
        .stdout_has("Hand flapping");
    // reading chart data is audited as a read
    let reads = env.json_as(BOSS, &["audit", "log", "--action", "report.view"]);
    let reads = reads.as_array().unwrap();
    assert_eq!(reads.len(), 5, "{reads:?}");
    assert_eq!(reads[0]["details"]["measurement"], 4);
}

#[test]
fn a_report_covers_only_the_performers_the_user_can_read() {
    let env = with_charts();
    // View Reporting with access None and Tier 4 on performer 2 alone
    add(
        &env,
        "lin@aba.org",
        &["full-access", "view-reporting", "access-none"],
    );
    env.as_(
        BOSS,
        &[
            "record",
            "share",
            "2",
            "--with",
            "lin@aba.org",
            "--level",
            "tier4",
        ],
    )
    .ok();
    let theirs = env.json_as("lin@aba.org", &["report", "summary"]);
    assert_eq!(theirs.as_array().unwrap().len(), 1, "{theirs}");
    assert_eq!(theirs[0]["performer"], 2);
}

#[test]
fn without_view_reporting_the_report_is_refused_and_audited() {
    let env = with_charts();
    for who in ["sam@aba.org", "sup@aba.org"] {
        env.as_(who, &["report", "summary", "--format", "json"])
            .code(3)
            .no_stdout()
            .stderr_has("no grant of report.view reaches org");
    }
    let events = env.json_as(
        BOSS,
        &[
            "audit",
            "log",
            "--action",
            "report.view",
            "--outcome",
            "denied",
        ],
    );
    assert_eq!(events.as_array().unwrap().len(), 2, "{events}");
    env.as_(BOSS, &["report", "summary", "--since", "yesterday"])
        .code(6)
        .error("--since \"yesterday\" is not a date");
}

/// "Manage Org Reporting Views: allows users to create, edit, and delete organization
/// reporting views." — "Manage Org Chart Views: This gives the user access to create
/// "Organization" default views that can be selected by other users in the organization."
#[test]
fn saved_views_are_made_by_their_flag_and_selected_by_everyone() {
    let env = with_charts();
    add(
        &env,
        "vic@aba.org",
        &[
            "full-access",
            "manage-org-reporting-views",
            "manage-org-chart-views",
            "view-reporting",
            "tier1",
        ],
    );
    let saved = env.json_as(
        "vic@aba.org",
        &[
            "view",
            "save",
            "Early December",
            "--kind",
            "reporting",
            "--since",
            "2026-12-01",
            "--until",
            "2026-12-10",
        ],
    );
    assert_eq!(
        saved["settings"],
        json!({"since": "2026-12-01T00:00:00Z", "until": "2026-12-10T00:00:00Z"})
    );
    env.json_as(
        "vic@aba.org",
        &[
            "view",
            "save",
            "Manding only",
            "--kind",
            "chart",
            "--pinpoint",
            "Manding",
        ],
    );
    // selected by someone who could not save it
    let report = env.json_as(BOSS, &["report", "summary", "--view", "Early December"]);
    let counts: Vec<i64> = report
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["measurements"].as_i64().unwrap())
        .collect();
    assert_eq!(counts, vec![2, 1]);
    let chart = env.json_as(
        "sam@aba.org",
        &["report", "chart", "1", "--view", "Manding only"],
    );
    assert_eq!(chart.as_array().unwrap().len(), 1, "{chart}");
    assert_eq!(chart[0]["pinpoint"], "Manding");
    let listed = env.json_as("sam@aba.org", &["view", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 2);
    // without the flags: refused, audited
    env.as_(
        "sam@aba.org",
        &["view", "save", "Mine", "--kind", "reporting"],
    )
    .code(3)
    .stderr_has("no grant of reporting-view.manage reaches org");
    env.as_(
        "sam@aba.org",
        &["view", "delete", "Manding only", "--kind", "chart"],
    )
    .code(3)
    .stderr_has("no grant of chart-view.manage reaches org");
    let denied: Vec<Value> = env
        .json_as(BOSS, &["audit", "log", "--outcome", "denied"])
        .as_array()
        .unwrap()
        .clone();
    assert!(
        denied.iter().any(|e| e["action"] == "chart-view.manage"),
        "{denied:?}"
    );
    env.json_as(
        "vic@aba.org",
        &["view", "delete", "Manding only", "--kind", "chart"],
    );
    env.as_(
        "sam@aba.org",
        &["report", "chart", "1", "--view", "Manding only"],
    )
    .code(4);
}

#[test]
fn a_chart_lists_one_performers_measurements_to_who_may_read_them() {
    let env = with_charts();
    let chart = env.json_as(
        "sup@aba.org",
        &["report", "chart", "1", "--since", "2026-12-03"],
    );
    let rows: Vec<(String, String)> = chart
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["pinpoint"].as_str().unwrap().into(),
                r["at"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Hand flapping".into(), "2026-12-03T10:00:00Z".into()),
            ("Manding".into(), "2026-12-04T10:00:00Z".into()),
        ]
    );
    env.as_("tech@aba.org", &["report", "chart", "1"])
        .code(3)
        .stderr_has("no grant of measurement.view reaches performer:1");
}
