//! Helpers for the tests of what is inside a record: entries, note approval, what a
//! transfer carries, collaborative spaces and emergency access.

use serde_json::Value;

use super::TestEnv;
use super::records::{KIM, LEE, PAT, json_as, school};

/// a collaborator at level full on record 1
pub const FAY: &str = "fay@demo.org";
/// an intern: a collaborator at level write on record 1 whose notes need pat's approval
pub const IVY: &str = "ivy@demo.org";
/// a practitioner with no access to record 1
pub const NED: &str = "ned@demo.org";

/// [`school`] (record 1 "Sam Lee" is pat's, at north) plus practitioners fay, ivy and
/// ned; record 1 is shared with kim at write, lee at read, fay at full, and ivy at write
/// with her notes waiting for pat's approval.
pub fn practice() -> TestEnv {
    let env = school();
    for m in [FAY, IVY, NED] {
        env.add(m, &["practitioner"]);
    }
    for (who, level) in [(KIM, "write"), (LEE, "read"), (FAY, "full")] {
        env.as_(
            PAT,
            &["record", "share", "1", "--with", who, "--level", level],
        )
        .ok();
    }
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            IVY,
            "--level",
            "write",
            "--require-approval",
        ],
    )
    .ok();
    env
}

/// `entry add RECORD --kind KIND EXTRA…` as `actor`, expected to succeed: the entry.
#[track_caller]
pub fn add_entry(env: &TestEnv, actor: &str, record: &str, kind: &str, extra: &[&str]) -> Value {
    let mut args = vec!["entry", "add", record, "--kind", kind];
    args.extend_from_slice(extra);
    json_as(env, actor, &args)
}

/// [`add_entry`], its id.
#[track_caller]
pub fn add(env: &TestEnv, actor: &str, record: &str, kind: &str, extra: &[&str]) -> i64 {
    add_entry(env, actor, record, kind, extra)["id"]
        .as_i64()
        .expect("an entry id")
}

/// The ids `entry list RECORD` shows `actor`.
#[track_caller]
pub fn listed(env: &TestEnv, actor: &str, record: &str) -> Vec<i64> {
    ids(&json_as(env, actor, &["entry", "list", record]))
}

/// The `id` of each element of a JSON list.
pub fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|row| row["id"].as_i64().unwrap_or_else(|| panic!("no id: {row}")))
        .collect()
}

/// The ids of the entries of record `number`, straight from the store.
pub fn stored(env: &TestEnv, number: i64) -> Vec<i64> {
    env.sql().query_all(
        "SELECT e.id FROM entry e JOIN record r ON r.id = e.record_id
         WHERE r.number = ?1 ORDER BY e.id",
        &[&number],
    )
}

/// The (kind, title) of each entry of record `number`, from the store, oldest first.
pub fn stored_titles(env: &TestEnv, number: i64) -> Vec<String> {
    env.sql().query_all(
        "SELECT e.title FROM entry e JOIN record r ON r.id = e.record_id
         WHERE r.number = ?1 ORDER BY e.id",
        &[&number],
    )
}

/// The entry labels of one of a transfer's lists ("always", "never", or
/// "optional.included" / "optional.excluded"), from its `carries` report.
pub fn carried(carries: &Value, list: &str) -> Vec<String> {
    let v = match list.split_once('.') {
        Some((a, b)) => &carries[a][b],
        None => &carries[list],
    };
    v.as_array()
        .unwrap_or_else(|| panic!("no list {list} in {carries}"))
        .iter()
        .map(|l| l.as_str().unwrap_or_default().to_string())
        .collect()
}
