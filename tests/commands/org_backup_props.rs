//! Issue 10 point 1, property-based: generated organisation files — every member state,
//! records of inactive and removed owners, read-only copies, archived and deleted
//! records, shares with time limits and approval, transfers, entries in every status,
//! emergency grants, spaces with members and posts — are accepted by `org seed`, keep
//! what they say, and `org export` → `org seed` → `org export` gives the same file.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value, json};

use crate::common::TestEnv;

const GROUP_PRACTICE: &str = include_str!("../../src/policy/presets/group-practice.yaml");

/// group-practice, with an administrator who may also read profiles, entries and
/// spaces: their export then holds every real value, and the test can check them all.
fn reading_policy(env: &TestEnv) -> String {
    let text = GROUP_PRACTICE.replacen(
        "      billing.manage: org",
        "      billing.manage: org\n      profile.read: org\n      entry.read: org\n      space.view: org",
        1,
    );
    assert_ne!(text, GROUP_PRACTICE, "the preset changed: adapt the test");
    env.write("reading.yaml", &text)
        .to_string_lossy()
        .into_owned()
}

/// Reads choices off a tape of numbers, so that proptest shrinks a failing
/// organisation by shrinking the tape.
struct Tape<'a> {
    tape: &'a [u32],
    at: usize,
}

impl Tape<'_> {
    fn pick(&mut self, n: usize) -> usize {
        let v = self.tape.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        v as usize % n.max(1)
    }

    fn yes(&mut self) -> bool {
        self.pick(2) == 1
    }

    fn time(&mut self) -> String {
        format!(
            "2026-{:02}-{:02}T{:02}:{:02}:00Z",
            1 + self.pick(9),
            1 + self.pick(28),
            self.pick(24),
            self.pick(60)
        )
    }
}

/// An organisation file from a tape: valid as careward could have made it.
fn organisation(tape: &[u32], policy: &str) -> Value {
    let mut t = Tape { tape, at: 0 };
    let mut members = vec![json!({
        "email": "admin@gen.example", "name": "Ada Admin", "roles": ["administrator"],
        "invited_by": "org init", "invited_at": "2026-01-01T00:00:00Z", "status_since": "2026-01-01T00:00:00Z",
    })];
    let statuses = ["active", "invited", "inactive", "removed"];
    let roles = ["practitioner", "coordinator", "manager", "practitioner"];
    let n_locations = t.pick(3);
    let n_teams = t.pick(3);
    for i in 1..=1 + t.pick(6) {
        let status = statuses[t.pick(4)];
        let mut m = json!({
            "email": format!("person{i}@gen.example"),
            "name": format!("Person Number{i}"),
            "title": if t.yes() { "Psychologist" } else { "" },
            "roles": if status == "removed" { json!([]) } else { json!([roles[t.pick(4)]]) },
            "status": status,
            "invited_by": "admin@gen.example",
            "invited_at": t.time(),
            "status_since": t.time(),
        });
        if n_locations > 0 && t.yes() {
            m["locations"] = json!([format!("loc{}", t.pick(n_locations))]);
        }
        if n_teams > 0 && t.yes() {
            m["teams"] = json!([format!("team{}", t.pick(n_teams))]);
        }
        members.push(m);
    }
    let email = |i: usize| members[i]["email"].as_str().unwrap().to_string();
    let status = |i: usize| {
        members[i]["status"]
            .as_str()
            .unwrap_or("active")
            .to_string()
    };
    let group = |prefix: &str, n: usize, t: &mut Tape| -> Vec<Value> {
        (0..n)
            .map(|i| {
                json!({ "slug": format!("{prefix}{i}"), "name": format!("{prefix} {i}"),
                        "archived": t.pick(4) == 0, "created_at": t.time() })
            })
            .collect()
    };
    let locations = group("loc", n_locations, &mut t);
    let teams = group("team", n_teams, &mut t);
    let kinds = ["note", "document", "invoice", "raw-data"];
    let levels = ["read", "write", "full"];
    let mut records: Vec<Value> = Vec::new();
    let mut entry_id = 100;
    for number in 1..=t.pick(7) as i64 {
        let mut owner = t.pick(members.len());
        if status(owner) == "invited" {
            owner = 0;
        }
        let removed_owner = status(owner) == "removed";
        let read_only = removed_owner || (number > 1 && t.pick(4) == 0);
        let mut state = ["active", "archived", "deleted"][t.pick(3)];
        if read_only && state == "active" {
            state = "archived";
        }
        let created = t.time();
        let mut r = json!({
            "number": number,
            "client": format!("Client Person{number} Surname"),
            "owner": email(owner),
            "confidential": t.yes(),
            "status": state,
            "read_only": read_only,
            "creator": email(owner),
            "created_at": created,
            "status_since": t.time(),
            "owner_since": t.time(),
        });
        if read_only && number > 1 {
            r["copy_of"] = json!(number - 1);
        }
        if t.yes() {
            r["external_id"] = json!(format!("EXT-{number}"));
        }
        if n_locations > 0 && t.yes() {
            r["location"] = json!(format!("loc{}", t.pick(n_locations)));
        }
        let mut shares = Vec::new();
        let mut approvals = Vec::new();
        let mut grantees = std::collections::BTreeSet::new();
        for _ in 0..t.pick(3) {
            let level = levels[t.pick(3)];
            let mut sh = if n_teams > 0 && t.yes() {
                json!({ "team": format!("team{}", t.pick(n_teams)), "level": level })
            } else {
                let m = t.pick(members.len());
                if level != "read"
                    && t.yes()
                    && !approvals.iter().any(|a: &Value| a["member"] == email(m))
                {
                    approvals.push(json!({ "member": email(m), "supervisor": email(owner), "set_at": t.time() }));
                }
                json!({ "with": email(m), "level": level })
            };
            if t.yes() {
                sh["until"] = json!(t.time());
            }
            sh["shared_by"] = json!(email(owner));
            sh["shared_at"] = json!(t.time());
            let key = sh["with"]
                .as_str()
                .or(sh["team"].as_str())
                .unwrap()
                .to_string();
            if grantees.insert(key) {
                shares.push(sh);
            }
        }
        r["shares"] = json!(shares);
        if !approvals.is_empty() {
            r["approvals"] = json!(approvals);
        }
        let mut entries = Vec::new();
        for _ in 0..t.pick(4) {
            let kind = kinds[t.pick(4)];
            let status = if kind == "note" {
                ["draft", "final", "pending-approval", "approved"][t.pick(4)]
            } else {
                "final"
            };
            entry_id += 1 + t.pick(3) as i64;
            let mut e = json!({
                "id": entry_id, "kind": kind, "title": format!("Entry about Person{number} {entry_id}"),
                "author": email(t.pick(members.len())), "confidential": t.yes(), "status": status,
                "created_at": t.time(),
            });
            if status != "draft" {
                e["submitted_at"] = json!(t.time());
            }
            if t.yes() {
                e["edited_at"] = json!(t.time());
            }
            if status == "approved" {
                e["approved_by"] = json!(email(owner));
                e["approved_at"] = json!(t.time());
            }
            entries.push(e);
        }
        r["entries"] = json!(entries);
        if t.yes() {
            r["emergency_access"] = json!([{
                "member": email(t.pick(members.len())), "reason": format!("crisis about Person{number}"),
                "granted_at": t.time(), "until": t.time(),
            }]);
        }
        let mut transfers = Vec::new();
        if t.yes() {
            transfers.push(json!({
                "from": email(t.pick(members.len())), "to": email(owner), "status": "accepted",
                "started_by": "col@gen.example", "started_at": t.time(), "decided_at": t.time(),
            }));
        }
        let to = t.pick(members.len());
        if !read_only && state == "active" && to != owner && t.yes() {
            transfers.push(json!({
                "from": email(owner), "to": email(to), "started_by": email(owner), "started_at": t.time(),
                "options": { "include_confidential": t.yes(), "include": [], "keep_copy": t.yes(), "discard_excluded": false },
            }));
        }
        r["transfers"] = json!(transfers);
        records.push(r);
    }
    let mut spaces = Vec::new();
    let mut post_id = 500;
    for id in 1..=t.pick(3) as i64 {
        let creator = t.pick(members.len());
        let mut in_space = vec![
            json!({ "with": email(creator), "invited_by": email(creator), "invited_at": t.time() }),
        ];
        let other = t.pick(members.len());
        if other != creator {
            in_space.push(json!({ "with": email(other), "invited_by": email(creator), "invited_at": t.time() }));
        }
        if n_teams > 0 && t.yes() {
            in_space.push(json!({ "team": format!("team{}", t.pick(n_teams)), "invited_by": email(creator), "invited_at": t.time() }));
        }
        let posts: Vec<Value> = (0..t.pick(3))
            .map(|_| {
                post_id += 1;
                let kind = ["note", "observation", "document"][t.pick(3)];
                json!({ "id": post_id, "kind": kind,
                        "title": format!("Post {post_id} about a client"), "author": email(creator), "posted_at": t.time() })
            })
            .collect();
        let space_status = ["active", "archived"][t.pick(2)];
        let mut sp = json!({
            "id": id * 10, "name": format!("Space for Person{id}"), "creator": email(creator),
            "status": space_status, "created_at": t.time(),
            "members": in_space, "posts": posts,
        });
        if !records.is_empty() && t.yes() {
            sp["record"] = json!(1 + t.pick(records.len()));
        }
        spaces.push(sp);
    }
    json!({
        "org": { "slug": "gen", "name": "Generated Practice", "kind": "school", "policy": policy,
                 "seats": 100, "invitations": 50, "invitations_sent": t.pick(50), "created_at": "2026-01-01T00:00:00Z" },
        "locations": locations,
        "teams": teams,
        "members": members,
        "records": records,
        "spaces": spaces,
    })
}

/// Seed `file` into a new store and export it as the administrator.
fn seed_and_export(file: &str) -> Result<String, TestCaseError> {
    let env = TestEnv::new();
    let path = env.write("org.yaml", file);
    let seeded = env.run(&["org", "seed", path.to_str().unwrap()]);
    prop_assert_eq!(
        seeded.code,
        0,
        "org seed refused the file:\n{}\n{}",
        seeded.transcript(),
        file
    );
    let exported = env.as_("admin@gen.example", &["org", "export"]);
    prop_assert_eq!(exported.code, 0, "{}", exported.transcript());
    Ok(exported.stdout.clone())
}

#[test]
fn generated_organisations_seed_keep_what_they_say_and_round_trip() {
    let dir = TestEnv::new();
    let policy = reading_policy(&dir);
    let mut runner = TestRunner::new(Config {
        cases: 16,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&proptest::collection::vec(any::<u32>(), 200), |tape| {
            let generated = organisation(&tape, &policy);
            let text = serde_norway::to_string(&generated).unwrap();
            let first = seed_and_export(&text)?;
            let exported: Value = serde_norway::from_str(&first).unwrap();
            // what the file said is what the organisation holds
            let members = generated["members"].as_array().unwrap();
            prop_assert_eq!(exported["members"].as_array().unwrap().len(), members.len());
            for m in members {
                let e = exported["members"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|x| x["email"] == m["email"])
                    .unwrap();
                let status = |v: &Value| {
                    v.get("status")
                        .and_then(Value::as_str)
                        .unwrap_or("active")
                        .to_string()
                };
                prop_assert_eq!(status(e), status(m));
                prop_assert_eq!(&e["invited_at"], &m["invited_at"]);
            }
            let records = generated["records"].as_array().unwrap();
            let got = exported["records"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            prop_assert_eq!(got.len(), records.len());
            for (want, got) in records.iter().zip(got) {
                for field in [
                    "number",
                    "client",
                    "owner",
                    "created_at",
                    "status_since",
                    "owner_since",
                    "copy_of",
                    "external_id",
                ] {
                    prop_assert_eq!(got.get(field), want.get(field), "{} of {}", field, want);
                }
                let status = |v: &Value| {
                    v.get("status")
                        .and_then(Value::as_str)
                        .unwrap_or("active")
                        .to_string()
                };
                prop_assert_eq!(status(got), status(want));
                let titles = |v: &Value| -> Vec<(Value, Value)> {
                    v.get("entries")
                        .and_then(Value::as_array)
                        .map(|es| {
                            es.iter()
                                .map(|e| (e["id"].clone(), e["title"].clone()))
                                .collect()
                        })
                        .unwrap_or_default()
                };
                prop_assert_eq!(titles(got), titles(want));
                let n =
                    |v: &Value, key: &str| v.get(key).and_then(Value::as_array).map_or(0, Vec::len);
                for key in ["shares", "transfers", "emergency_access"] {
                    prop_assert_eq!(
                        n(got, key),
                        n(want, key),
                        "{} of record {}",
                        key,
                        want["number"]
                    );
                }
            }
            let spaces = generated["spaces"].as_array().unwrap();
            let got = exported["spaces"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            prop_assert_eq!(got.len(), spaces.len());
            for (want, got) in spaces.iter().zip(got) {
                for field in ["id", "name", "record", "creator", "created_at"] {
                    prop_assert_eq!(got.get(field), want.get(field), "{} of {}", field, want);
                }
                let posts = |v: &Value| v.get("posts").cloned().unwrap_or(json!([]));
                prop_assert_eq!(posts(got), posts(want));
            }
            // and the export seeds back as itself
            let second = seed_and_export(&first)?;
            prop_assert_eq!(first, second);
            Ok(())
        })
        .unwrap();
}
