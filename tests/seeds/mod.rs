//! Seed conformance (DESIGN "Testing"): every rule stated in a seed article under
//! shared/seeds/ is a test here that names the seed file, or "related article: TITLE"
//! from shared/seeds/RELATED.md, and quotes the sentence it checks.
//!
//! One file per seed, plus `matrix`: the group-practice permission table, role by
//! action, cell by cell through the real binary. Records, sharing and transfers come
//! with their commands; these cover organisations, members and roles.

mod contents;
mod matrix;
mod records;
mod related;
mod seed_000;
mod seed_003;
mod seed_004;

use serde_json::Value;

use crate::common::TestEnv;

/// The administrator `TestEnv::org` creates.
pub const ADMIN: &str = "admin@demo.org";

/// `careward perm check ACTION TARGET --explain --format json` as `actor`: the decision,
/// after checking that the exit code agrees with it (0 allowed, 3 denied).
#[track_caller]
pub fn decide(env: &TestEnv, actor: &str, action: &str, target: &str) -> Value {
    let run = env.as_(
        actor,
        &[
            "perm",
            "check",
            action,
            target,
            "--explain",
            "--format",
            "json",
        ],
    );
    let decision = run.json();
    let expected_code = if decision["allowed"] == Value::Bool(true) {
        0
    } else {
        3
    };
    run.code(expected_code);
    decision
}

/// Whether `perm check` allows `actor` to do `action` to `target`.
#[track_caller]
pub fn allowed(env: &TestEnv, actor: &str, action: &str, target: &str) -> bool {
    decide(env, actor, action, target)["allowed"] == Value::Bool(true)
}

/// A member as the administrator sees them (`member show --format json`).
#[track_caller]
pub fn member(env: &TestEnv, email: &str) -> Value {
    member_seen_by(env, ADMIN, email)
}

/// A member as `viewer` sees them (`member show --format json`).
#[track_caller]
pub fn member_seen_by(env: &TestEnv, viewer: &str, email: &str) -> Value {
    let run = env.as_(viewer, &["member", "show", email, "--format", "json"]);
    run.ok();
    run.json()
}

/// A member's roles, as a sorted list of names.
#[track_caller]
pub fn roles_of(env: &TestEnv, email: &str) -> Vec<String> {
    let m = member(env, email);
    m["roles"]
        .as_array()
        .unwrap_or_else(|| panic!("member show {email} has no roles list: {m}"))
        .iter()
        .map(|r| r.as_str().unwrap_or_default().to_string())
        .collect()
}

/// A member's lifecycle state: invited, active, inactive or removed.
#[track_caller]
pub fn status_of(env: &TestEnv, email: &str) -> String {
    member(env, email)["status"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The audit events with this outcome ("allowed", "denied", "refused"), as
/// `(actor, action, target)`, oldest first, read straight from the store.
pub fn audit_events(env: &TestEnv, outcome: &str) -> Vec<(String, String, String)> {
    env.sql().query_all(
        "SELECT actor, action, target FROM audit_event WHERE outcome = ?1 ORDER BY id",
        &[&outcome],
    )
}
