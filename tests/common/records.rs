//! Helpers for the tests of records, locations, teams, sharing and transfers: a school
//! to start from, permission checks through `perm check` (one at a time or in one
//! `--batch` run), the audit trail as JSON, and a clock that moves.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::Value;

use super::TestEnv;

pub const ADMIN: &str = "admin@demo.org";
/// practitioners
pub const PAT: &str = "pat@demo.org";
pub const KIM: &str = "kim@demo.org";
pub const LEE: &str = "lee@demo.org";
/// the coordinator
pub const COL: &str = "col@demo.org";
/// the manager of school `north`
pub const MAN: &str = "man@demo.org";
/// the manager of school `south`
pub const SOUTH_MAN: &str = "sue@demo.org";

/// A school service centre: practitioners pat, kim and lee, coordinator col, manager
/// man of school `north` and manager sue of school `south`; record 1 ("Sam Lee") is
/// pat's, at north.
pub fn school() -> TestEnv {
    let env = TestEnv::org("school");
    for p in [PAT, KIM, LEE] {
        env.add(p, &["practitioner"]);
    }
    env.add(COL, &["coordinator"]);
    env.add(MAN, &["manager"]);
    env.add(SOUTH_MAN, &["manager"]);
    for (slug, name, manager) in [
        ("north", "North School", MAN),
        ("south", "South School", SOUTH_MAN),
    ] {
        env.as_(ADMIN, &["location", "create", slug, "--name", name])
            .ok();
        env.as_(ADMIN, &["location", "assign", manager, slug]).ok();
    }
    env.as_(
        PAT,
        &[
            "record",
            "create",
            "--client",
            "Sam Lee",
            "--location",
            "north",
        ],
    )
    .ok();
    env
}

/// Run as `actor` with `--format json`, expect success, and return stdout parsed.
#[track_caller]
/// Team `tsa` (made by the administrator) with `members`, and record 1 shared with it
/// by its owner at `level`.
pub fn share_1_with_team(env: &TestEnv, members: &[&str], level: &str) {
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    let mut add = vec!["team", "add", "tsa"];
    add.extend_from_slice(members);
    env.as_(ADMIN, &add).ok();
    env.as_(
        PAT,
        &["record", "share", "1", "--team", "tsa", "--level", level],
    )
    .ok();
}

pub fn json_as(env: &TestEnv, actor: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let run = env.as_(actor, &all);
    run.ok();
    run.json()
}

/// Whether `perm check ACTION TARGET` allows `actor`; the exit code must be 0 or 3
/// and agree with the JSON answer.
#[track_caller]
pub fn can(env: &TestEnv, actor: &str, action: &str, target: &str) -> bool {
    let run = env.as_(
        actor,
        &["perm", "check", action, target, "--format", "json"],
    );
    let allowed = run.json()["allowed"] == Value::Bool(true);
    run.code(if allowed { 0 } else { 3 });
    allowed
}

/// The reason `perm check` gives `actor` for `action` on `target`.
#[track_caller]
pub fn reason(env: &TestEnv, actor: &str, action: &str, target: &str) -> String {
    let run = env.as_(
        actor,
        &["perm", "check", action, target, "--format", "json"],
    );
    run.json()["reason"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Many `(actor, action, target)` checks in one `perm check --batch` run: one answer
/// each, in order.
#[track_caller]
pub fn batch(env: &TestEnv, checks: &[(String, String, String)]) -> Vec<bool> {
    let input: String = checks
        .iter()
        .map(|(who, action, target)| {
            format!(
                "{}\n",
                serde_json::json!({ "as": who, "action": action, "target": target })
            )
        })
        .collect();
    let run = env.as_stdin("admin@demo.org", &["perm", "check", "--batch"], &input);
    run.ok();
    let answers: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(answers.len(), checks.len(), "{}", run.transcript());
    answers
        .iter()
        .zip(checks)
        .enumerate()
        .map(|(i, (a, (who, action, target)))| {
            assert_eq!(a["line"], i + 1, "answers out of order: {a}");
            assert!(a.get("error").is_none(), "{who} {action} {target}: {a}");
            a["allowed"] == Value::Bool(true)
        })
        .collect()
}

/// The audit events (as the administrator sees them in `audit log --format json`)
/// matching the extra filters, oldest first.
#[track_caller]
pub fn audit(env: &TestEnv, filters: &[&str]) -> Vec<Value> {
    let mut args = vec!["audit", "log"];
    args.extend(filters);
    match json_as(env, ADMIN, &args) {
        Value::Array(events) => events,
        other => panic!("audit log is not a list: {other}"),
    }
}

/// The email of the member who owns record `number`, read from the store.
pub fn owner_of(env: &TestEnv, number: i64) -> String {
    env.sql().query_one(
        "SELECT m.email FROM record r JOIN member m ON m.id = r.owner_id WHERE r.number = ?1",
        &[&number],
    )
}

/// Move the test clock forward.
pub fn later(env: &mut TestEnv, by: Duration) {
    let now: DateTime<Utc> = env.now.parse().expect("an RFC 3339 clock");
    env.now = (now + by).to_rfc3339_opts(SecondsFormat::Secs, true);
}

/// The `field` of each element of a JSON list, as text.
pub fn column(list: &Value, field: &str) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|row| match &row[field] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}
