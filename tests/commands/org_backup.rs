//! Issue 10 point 1 (backups that restore) and issue 9 point 6 (exports and redaction
//! are complete): an organisation driven through every state careward can reach
//! exports, seeds back into an empty store, and exports again as the same file; its
//! redacted export holds none of its real values.

use serde_json::Value;

use crate::common::TestEnv;

const ADMIN: &str = "admin@demo.org";
const PAT: &str = "pat.lavoie@demo.org";
const KIM: &str = "kim.tran@demo.org";
const IVY: &str = "ivy.intern@demo.org";
const COL: &str = "col.coord@demo.org";
const MAN: &str = "man.principal@demo.org";
/// invited, never accepted
const INV: &str = "invited.person@demo.org";
/// deactivated while owning a record
const GONE: &str = "gone.away@demo.org";
/// removed, keeping a read-only copy
const OLD: &str = "old.timer@demo.org";

/// Every real value the rich organisation holds that could identify someone: the
/// redacted export holds none of them.
const SECRETS: &[&str] = &[
    ADMIN,
    PAT,
    KIM,
    IVY,
    COL,
    MAN,
    INV,
    GONE,
    OLD,
    "Pat Lavoie",
    "Ada Admin",
    "Otto Oldman",
    "Second observation",
    "Draft plan",
    "January",
    "School psychologist",
    "Noah Tremblay",
    "Emma Roy",
    "Liam Gagnon",
    "Zoe Archive",
    "Dora Deleted",
    "Tara Transfer",
    "Omar Oldfield",
    "S-0001",
    "S-0002",
    "S-0003",
    "Session 3 with Noah",
    "Noah at recess",
    "Emma's consent form",
    "Omar intake",
    "crisis call about Emma",
    "Noah's team",
    "Noah's progress",
];

/// Run as `actor` at `at` (the clock moves, so that every time in the file differs).
fn step(env: &mut TestEnv, at: &str, actor: &str, args: &[&str]) -> String {
    env.now = at.to_string();
    let run = env.as_(actor, args);
    run.ok();
    run.stdout.clone()
}

/// A school service centre with every member state, records of inactive and removed
/// members, a read-only copy, archived and deleted records, a waiting transfer, shares
/// (team, time-limited, with approval), entries in every status, an emergency grant and
/// a space made from a record, with members and a post.
fn rich_org() -> TestEnv {
    let mut env = TestEnv::new();
    env.now = "2026-01-05T08:00:00Z".into();
    env.run(&[
        "org",
        "init",
        "demo",
        "--name",
        "Demo Practice",
        "--kind",
        "school",
        "--policy",
        "group-practice",
        "--admin",
        ADMIN,
        "--admin-name",
        "Ada Admin",
        "--seats",
        "30",
    ])
    .ok();
    let e = &mut env;
    step(
        e,
        "2026-01-05T08:10:00Z",
        ADMIN,
        &["location", "create", "north", "--name", "North School"],
    );
    step(
        e,
        "2026-01-05T08:11:00Z",
        ADMIN,
        &["location", "create", "south", "--name", "South School"],
    );
    step(
        e,
        "2026-01-05T08:12:00Z",
        ADMIN,
        &["team", "create", "tsa", "--name", "Autism support team"],
    );
    for (i, (who, role)) in [
        (PAT, "practitioner"),
        (KIM, "practitioner"),
        (IVY, "practitioner"),
        (GONE, "practitioner"),
        (OLD, "practitioner"),
        (COL, "coordinator"),
        (MAN, "manager"),
    ]
    .iter()
    .enumerate()
    {
        let at = format!("2026-01-06T09:{i:02}:00Z");
        step(
            e,
            &at,
            ADMIN,
            &["member", "invite", who, "--role", role, "--accepted"],
        );
    }
    step(
        e,
        "2026-01-06T10:00:00Z",
        ADMIN,
        &["member", "invite", INV, "--role", "practitioner"],
    );
    step(
        e,
        "2026-01-06T10:01:00Z",
        ADMIN,
        &[
            "member",
            "edit",
            PAT,
            "--name",
            "Pat Lavoie",
            "--title",
            "School psychologist",
        ],
    );
    step(
        e,
        "2026-01-06T10:01:30Z",
        ADMIN,
        &["member", "edit", OLD, "--name", "Otto Oldman"],
    );
    for (who, slug) in [(PAT, "north"), (MAN, "north"), (KIM, "south")] {
        step(
            e,
            "2026-01-06T10:02:00Z",
            ADMIN,
            &["location", "assign", who, slug],
        );
    }
    step(
        e,
        "2026-01-06T10:03:00Z",
        ADMIN,
        &["team", "add", "tsa", KIM, IVY],
    );

    // 1: pat's, shared with the team, with kim until a date, with ivy (approval)
    step(
        e,
        "2026-01-07T09:00:00Z",
        PAT,
        &[
            "record",
            "create",
            "--client",
            "Noah Tremblay",
            "--location",
            "north",
            "--external-id",
            "S-0001",
        ],
    );
    step(
        e,
        "2026-01-07T09:01:00Z",
        PAT,
        &["record", "share", "1", "--team", "tsa", "--level", "read"],
    );
    step(
        e,
        "2026-01-07T09:02:00Z",
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            KIM,
            "--level",
            "write",
            "--until",
            "2026-12-31T00:00:00Z",
        ],
    );
    step(
        e,
        "2026-01-07T09:03:00Z",
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
    );
    // 2: pat's, confidential
    step(
        e,
        "2026-01-07T09:10:00Z",
        PAT,
        &[
            "record",
            "create",
            "--client",
            "Emma Roy",
            "--location",
            "north",
            "--external-id",
            "S-0002",
            "--confidential",
        ],
    );
    // 3: gone's, who is then deactivated
    step(
        e,
        "2026-01-07T09:20:00Z",
        GONE,
        &[
            "record",
            "create",
            "--client",
            "Liam Gagnon",
            "--external-id",
            "S-0003",
        ],
    );
    // 4: archived; 5: deleted
    step(
        e,
        "2026-01-07T09:30:00Z",
        PAT,
        &["record", "create", "--client", "Zoe Archive"],
    );
    step(e, "2026-01-08T09:30:00Z", PAT, &["record", "archive", "4"]);
    step(
        e,
        "2026-01-07T09:40:00Z",
        PAT,
        &["record", "create", "--client", "Dora Deleted"],
    );
    step(e, "2026-01-08T09:40:00Z", PAT, &["record", "archive", "5"]);
    // deleted records are purged after 30 days: this one is recent when exported
    // 6: kim's, waiting for pat
    step(
        e,
        "2026-01-07T09:50:00Z",
        KIM,
        &[
            "record",
            "create",
            "--client",
            "Tara Transfer",
            "--location",
            "south",
        ],
    );
    // 7: old's, moved to pat with a read-only copy (8) for old, who is then removed
    step(
        e,
        "2026-01-07T10:00:00Z",
        OLD,
        &["record", "create", "--client", "Omar Oldfield"],
    );

    // entries: a note, one pending approval, one approved, a draft, a confidential document
    step(
        e,
        "2026-01-09T09:00:00Z",
        PAT,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--title",
            "Session 3 with Noah",
        ],
    );
    step(
        e,
        "2026-01-09T09:05:00Z",
        IVY,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--title",
            "Noah at recess",
        ],
    );
    step(
        e,
        "2026-01-09T09:06:00Z",
        IVY,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--title",
            "Second observation",
        ],
    );
    step(e, "2026-01-09T09:30:00Z", PAT, &["note", "approve", "3"]);
    step(
        e,
        "2026-01-09T09:40:00Z",
        PAT,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--draft",
            "--title",
            "Draft plan",
        ],
    );
    step(
        e,
        "2026-01-09T09:50:00Z",
        PAT,
        &[
            "entry",
            "add",
            "2",
            "--kind",
            "document",
            "--confidential",
            "--title",
            "Emma's consent form",
        ],
    );
    step(
        e,
        "2026-01-09T10:00:00Z",
        OLD,
        &[
            "entry",
            "add",
            "7",
            "--kind",
            "note",
            "--title",
            "Omar intake",
        ],
    );
    step(
        e,
        "2026-01-09T10:01:00Z",
        OLD,
        &[
            "entry", "add", "7", "--kind", "invoice", "--title", "January",
        ],
    );

    step(
        e,
        "2026-01-10T09:00:00Z",
        OLD,
        &["record", "transfer", "7", "--to", PAT, "--keep-copy"],
    );
    step(
        e,
        "2026-01-10T10:00:00Z",
        PAT,
        &["record", "transfer", "accept", "7"],
    );
    step(
        e,
        "2026-01-10T11:00:00Z",
        KIM,
        &["record", "transfer", "6", "--to", PAT],
    );

    step(
        e,
        "2026-02-01T09:00:00Z",
        KIM,
        &[
            "record",
            "emergency-access",
            "2",
            "--reason",
            "crisis call about Emma",
            "--for",
            "30m",
        ],
    );
    let space: Value = serde_json::from_str(&step(
        e,
        "2026-02-02T09:00:00Z",
        PAT,
        &[
            "space",
            "create",
            "Noah's team",
            "--from-record",
            "1",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    let space = space["id"].to_string();
    step(
        e,
        "2026-02-02T09:01:00Z",
        PAT,
        &["space", "invite", &space, "--member", KIM],
    );
    step(
        e,
        "2026-02-02T09:02:00Z",
        PAT,
        &["space", "invite", &space, "--team", "tsa"],
    );
    step(
        e,
        "2026-02-02T09:03:00Z",
        KIM,
        &[
            "space",
            "post",
            &space,
            "--kind",
            "observation",
            "--title",
            "Noah's progress",
        ],
    );

    step(e, "2026-02-03T09:00:00Z", PAT, &["record", "delete", "5"]);
    step(
        e,
        "2026-02-03T10:00:00Z",
        ADMIN,
        &["member", "deactivate", GONE],
    );
    step(
        e,
        "2026-02-03T10:01:00Z",
        ADMIN,
        &["member", "deactivate", OLD],
    );
    step(e, "2026-02-03T10:02:00Z", ADMIN, &["member", "remove", OLD]);
    step(
        e,
        "2026-02-03T10:03:00Z",
        ADMIN,
        &["location", "create", "east", "--name", "East School"],
    );
    step(
        e,
        "2026-02-03T10:04:00Z",
        ADMIN,
        &["location", "archive", "east"],
    );
    env.now = "2026-02-04T09:00:00Z".into();
    env
}

/// `org export` as `actor` (with `extra` options), expected to succeed.
fn export(env: &TestEnv, actor: &str, extra: &[&str]) -> String {
    let mut args = vec!["org", "export"];
    args.extend_from_slice(extra);
    let run = env.as_(actor, &args);
    run.ok();
    run.stdout.clone()
}

/// Seed `file` into a new, empty store (at the same clock) and export it again.
fn reseed(from: &TestEnv, file: &str, actor: &str, extra: &[&str]) -> (TestEnv, String) {
    let mut copy = TestEnv::new();
    copy.now = from.now.clone();
    let path = copy.write("backup.yaml", file);
    copy.run(&["org", "seed", path.to_str().unwrap()]).ok();
    let again = export(&copy, actor, extra);
    (copy, again)
}

#[test]
fn a_rich_organisation_exports_seeds_back_and_exports_the_same_file() {
    let env = rich_org();
    let first = export(&env, ADMIN, &[]);
    // the file holds each state the organisation reached
    let file: serde_norway::Value = serde_norway::from_str(&first).unwrap();
    let status_of = |email: &str| {
        file["members"]
            .as_sequence()
            .unwrap()
            .iter()
            .find(|m| m["email"].as_str() == Some(email))
            .map(|m| m["status"].as_str().unwrap_or("active").to_string())
    };
    assert_eq!(status_of(INV).as_deref(), Some("invited"));
    assert_eq!(status_of(GONE).as_deref(), Some("inactive"));
    assert_eq!(status_of(OLD).as_deref(), Some("removed"));
    for needle in [
        "read_only: true",
        "copy_of: 7",
        "status: deleted",
        "status: archived",
        "approvals:",
        "until: 2026-12-31T00:00:00Z",
        "status: pending-approval",
        "status: approved",
        "status: draft",
        "crisis call about Emma",
        "kind: observation",
        "created_at: 2026-01-07T09:00:00Z",
        "invitations_sent",
    ] {
        assert!(
            first.contains(needle),
            "the export lacks {needle}:\n{first}"
        );
    }
    let transfers: Vec<&serde_norway::Value> = file["records"]
        .as_sequence()
        .unwrap()
        .iter()
        .flat_map(|r| r["transfers"].as_sequence().into_iter().flatten())
        .collect();
    assert_eq!(transfers.len(), 2, "{first}");
    assert!(
        transfers
            .iter()
            .any(|t| t["from"].as_str() == Some(KIM) && t.get("status").is_none()),
        "kim's transfer waits:\n{first}"
    );

    let (copy, again) = reseed(&env, &first, ADMIN, &[]);
    assert_eq!(first, again, "the organisation did not round-trip");
    let counted = TestEnv::new();
    let path = counted.write("backup.yaml", &first);
    let seeded = counted.run(&["org", "seed", path.to_str().unwrap(), "--format", "json"]);
    seeded.ok();
    assert_eq!(
        seeded.json(),
        serde_json::json!({ "slug": "demo", "policy": "group-practice", "members": 9,
            "locations": 3, "teams": 1, "assistant_assignments": 0, "records": 8, "shares": 3,
            "entries": 8, "spaces": 1, "outcome": "created",
            "record_numbers": {"S-0001": 1, "S-0002": 2, "S-0003": 3},
            "entry_ids": {"1": [1, 2, 3, 4], "2": [5], "7": [6], "8": [8, 9]},
            "space_ids": [1] })
    );
    // … and the copy answers as the original did
    for env in [&env, &copy] {
        env.as_(KIM, &["perm", "check", "record.write", "record:1"])
            .ok();
        env.as_(GONE, &["perm", "check", "record.read", "record:3"])
            .code(3);
        let pending = env.as_(PAT, &["record", "transfers", "--format", "json"]);
        pending.ok();
        assert_eq!(pending.json().as_array().map(Vec::len), Some(1));
        let notes = env.as_(PAT, &["note", "pending", "--format", "json"]);
        notes.ok();
        assert_eq!(notes.json().as_array().map(Vec::len), Some(1));
    }
}

#[test]
fn the_redacted_export_holds_no_real_value_and_seeds_back() {
    let env = rich_org();
    // every value below is in the store: the test would see it leak
    let store = String::from_utf8_lossy(&env.snapshot()).into_owned();
    for secret in SECRETS {
        assert!(store.contains(secret), "{secret} is not in the store");
    }
    let plain = export(&env, ADMIN, &[]);
    // unredacted, the administrator gets what they may read: not the clients' names, the
    // entries' titles or the space they are not in (README "Decisions")
    let run = env.as_(ADMIN, &["org", "export"]);
    run.ok()
        .stderr_has("8 client names, 8 entry titles, 1 space name, 1 post title replaced");
    for unreadable in [
        "Noah Tremblay",
        "Session 3 with Noah",
        "Noah's team",
        "Noah's progress",
    ] {
        assert!(!plain.contains(unreadable), "{unreadable} in:\n{plain}");
    }
    assert!(
        plain.contains(OLD) && plain.contains("S-0001") && plain.contains("crisis call about Emma")
    );

    let redacted = export(&env, ADMIN, &["--redact"]);
    for secret in SECRETS {
        assert!(
            !redacted.contains(secret),
            "{secret} leaked into the redacted export:\n{redacted}"
        );
    }
    // a team or a school may be named after a client or a place that identifies one
    for name in ["North School", "South School", "Autism support team"] {
        assert!(plain.contains(name) && !redacted.contains(name), "{name}");
    }
    for stand_in in [
        "name: location 1",
        "name: team 1",
        "member-1@example.invalid",
        "client: Client 1",
        "external_id: ext-1",
        "title: Entry 1",
        "name: Space 1",
        "title: Post 1",
        "reason: (redacted)",
    ] {
        assert!(redacted.contains(stand_in), "no {stand_in}:\n{redacted}");
    }
    // what is left is still an organisation: it seeds, and exports redacted as itself
    let (_, again) = reseed(&env, &redacted, "member-1@example.invalid", &["--redact"]);
    assert_eq!(redacted, again);
}

/// The decision in README ("Decisions"): group-practice gives a manager `record.view`
/// and `profile.read` on their school's records, confidential ones included (seed 000:
/// "Access student profiles", "Create, edit, and archive student records for their
/// school"), and never the content (`record.read`, entries) or the confidentiality of
/// what is inside.
#[test]
fn a_manager_sees_a_confidential_record_at_their_school_as_the_policy_says() {
    let env = rich_org();
    let list = env.json_as(MAN, &["record", "list"]);
    let rows: Vec<(i64, String, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["number"].as_i64().unwrap(),
                r["client"].as_str().unwrap().to_string(),
                r["confidential"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (1, "Noah Tremblay".to_string(), false),
            (2, "Emma Roy".to_string(), true)
        ],
        "north's records, not south's (6) nor those at no school"
    );
    let shown = env.json_as(MAN, &["record", "show", "2"]);
    assert_eq!(shown["client"], "Emma Roy");
    assert_eq!(shown["partially_confidential"], Value::Null);
    env.as_(MAN, &["record", "open", "2"]).code(3);
    env.as_(MAN, &["entry", "list", "2"]).code(3);
    env.as_(MAN, &["perm", "check", "profile.read", "record:6"])
        .code(3);
    // a manager does not read the audit trail, so exports nothing
    env.as_(MAN, &["org", "export"]).code(3);
}

/// Support staff see in `record list` what `org export` shows them: a client whose
/// profile they may not read is `Client N` (N the record's number) in both.
#[test]
fn support_staff_list_records_as_the_export_shows_them() {
    let env = rich_org();
    let support = [
        "--as",
        "support:sam",
        "--reason",
        "ticket 77",
        "--format",
        "json",
    ];
    let mut list_args = vec!["record", "list"];
    list_args.extend(support);
    let list = env.run(&list_args);
    list.ok();
    let mut export_args = vec!["org", "export"];
    export_args.extend(support);
    let exported = env.run(&export_args);
    exported.ok();
    let records = exported.json()["records"].as_array().unwrap().clone();
    let rows = list.json().as_array().unwrap().clone();
    assert!(!rows.is_empty());
    for row in &rows {
        let number = row["number"].as_i64().unwrap();
        assert_eq!(row["client"], format!("Client {number}"), "{row}");
        let r = records
            .iter()
            .find(|r| r["number"].as_i64() == Some(number))
            .unwrap_or_else(|| panic!("record {number} is listed, not exported"));
        for field in ["client", "external_id", "owner", "location", "status"] {
            assert_eq!(
                row[field].as_str(),
                r[field].as_str().or(match field {
                    "status" => Some("active"),
                    _ => None,
                }),
                "{field} of record {number}"
            );
        }
        assert_eq!(
            row["confidential"].as_bool(),
            Some(r["confidential"].as_bool().unwrap_or(false))
        );
    }
    // the records a departure leaves behind are named the same way
    let pending = env.run(&[
        "record",
        "pending",
        "--as",
        "support:sam",
        "--reason",
        "t",
        "--format",
        "json",
    ]);
    pending.ok();
    let pending = pending.json();
    let gone = pending
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["record"] == 3)
        .unwrap_or_else(|| panic!("record 3 of an inactive owner is not pending: {pending}"));
    assert_eq!(gone["client"], "Client 3");
    let shown = env.run(&[
        "record",
        "show",
        "1",
        "--as",
        "support:sam",
        "--reason",
        "t",
        "--format",
        "json",
    ]);
    assert_eq!(shown.json()["client"], "Client 1");
    // whoever may read the profile sees the name, in the list as in `record show`
    let pat = env.json_as(PAT, &["record", "list"]);
    assert!(
        pat.as_array()
            .unwrap()
            .iter()
            .any(|r| r["client"] == "Noah Tremblay")
    );
}

#[test]
fn ids_another_organisation_uses_are_refused_and_new_ones_given_without_them() {
    let env = rich_org();
    let mut file: serde_norway::Value = serde_norway::from_str(&export(&env, ADMIN, &[])).unwrap();
    file["org"]["slug"] = "copy".into();
    let same_ids = env.write("same-ids.yaml", &serde_norway::to_string(&file).unwrap());
    let before = env.snapshot();
    env.run(&["org", "seed", same_ids.to_str().unwrap()])
        .code(5)
        .error("entry id 1 is already used in this store");
    assert_eq!(before, env.snapshot(), "a refused seed changed the store");

    for record in file["records"].as_sequence_mut().unwrap() {
        let entries = record.get_mut("entries").and_then(|e| e.as_sequence_mut());
        for e in entries.into_iter().flatten() {
            e.as_mapping_mut().unwrap().remove("id");
        }
    }
    for space in file["spaces"].as_sequence_mut().unwrap() {
        space.as_mapping_mut().unwrap().remove("id");
        let posts = space.get_mut("posts").and_then(|p| p.as_sequence_mut());
        for p in posts.into_iter().flatten() {
            p.as_mapping_mut().unwrap().remove("id");
        }
    }
    let new_ids = env.write("new-ids.yaml", &serde_norway::to_string(&file).unwrap());
    env.run(&["org", "seed", new_ids.to_str().unwrap()]).ok();
    let copy = env.json_as(PAT, &["entry", "list", "1", "--org", "copy"]);
    let ids: Vec<i64> = copy
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), 4, "{copy}");
    assert!(
        ids.iter().all(|id| *id > 7),
        "new ids after the first organisation's: {ids:?}"
    );
}

#[test]
fn states_careward_never_reaches_are_refused_with_every_problem_listed() {
    let env = TestEnv::new();
    let bad = env.write(
        "bad.yaml",
        r"org: {slug: x1, name: X, kind: clinic, policy: group-practice, created_at: yesterday}
members:
- {email: a@x.org, roles: [administrator]}
- {email: gone@x.org, roles: [practitioner], status: removed}
- {email: new@x.org, roles: [practitioner], status: invited}
- {email: out@x.org, status: removed}
records:
- client: C
  owner: new@x.org
- client: D
  owner: out@x.org
  copy_of: 9
  entries: [{kind: letter, author: a@x.org, status: signed}]
  transfers:
  - {from: out@x.org, to: a@x.org}
  - {from: out@x.org, to: new@x.org}
spaces:
- {name: S, creator: a@x.org, record: 7, members: [{team: nope}]}
",
    );
    env.run(&["org", "seed", bad.to_str().unwrap()])
        .code(6)
        .stderr_has("org: created_at \"yesterday\" is not an RFC 3339 time")
        .stderr_has("member gone@x.org: a removed member holds no roles")
        .stderr_has("record 1: owner new@x.org has not accepted their invitation")
        .stderr_has("record 2: owner out@x.org was removed, and owns only read-only copies and deleted records")
        .stderr_has("record 2: copy_of belongs to a read-only copy")
        .stderr_has("unknown kind of entry \"letter\"")
        .stderr_has("status signed is not one of draft, final, pending-approval, approved")
        .stderr_has("record 2: 2 transfers wait; at most one can")
        .stderr_has("space 1: record 7 is not in the file")
        .stderr_has("space 1: team nope is not in the file");
    assert!(!env.store_exists(), "a refused seed created the store");
}

/// Seed 004's product: assistants, org-wide or dedicated, assigned at different times,
/// to a therapist who has left, and by an assistant who has left.
#[test]
fn a_clinic_with_assistants_round_trips() {
    use crate::common::CLINIC_ADMIN;
    let mut env = TestEnv::clinic_with(&["--seats", "10"]);
    let e = &mut env;
    for (i, (who, role)) in [
        ("dr.a@clinic.org", "psychiatrist"),
        ("dr.b@clinic.org", "psychologist"),
        ("front@clinic.org", "assistant"),
        ("intake@clinic.org", "assistant"),
    ]
    .iter()
    .enumerate()
    {
        let at = format!("2026-12-01T09:0{i}:00Z");
        step(
            e,
            &at,
            CLINIC_ADMIN,
            &["member", "invite", who, "--role", role, "--accepted"],
        );
    }
    step(
        e,
        "2026-12-02T09:00:00Z",
        CLINIC_ADMIN,
        &["assistant", "assign", "front@clinic.org", "--org-wide"],
    );
    step(
        e,
        "2026-12-03T09:00:00Z",
        CLINIC_ADMIN,
        &[
            "assistant",
            "assign",
            "intake@clinic.org",
            "--to",
            "dr.a@clinic.org",
        ],
    );
    step(
        e,
        "2026-12-04T09:00:00Z",
        CLINIC_ADMIN,
        &[
            "assistant",
            "assign",
            "intake@clinic.org",
            "--to",
            "dr.b@clinic.org",
        ],
    );
    step(
        e,
        "2026-12-05T09:00:00Z",
        "dr.b@clinic.org",
        &["record", "create", "--client", "Cal Duarte"],
    );
    step(
        e,
        "2026-12-06T09:00:00Z",
        CLINIC_ADMIN,
        &["member", "deactivate", "dr.b@clinic.org"],
    );
    step(
        e,
        "2026-12-06T09:01:00Z",
        CLINIC_ADMIN,
        &["member", "deactivate", "front@clinic.org"],
    );
    let first = export(&env, CLINIC_ADMIN, &[]);
    let file: serde_norway::Value = serde_norway::from_str(&first).unwrap();
    let assistants = file["assistants"].as_sequence().unwrap();
    assert_eq!(
        assistants.len(),
        3,
        "one entry per assignment time:\n{first}"
    );
    assert!(
        first.contains("assigned_at: 2026-12-04T09:00:00Z"),
        "{first}"
    );
    let (copy, again) = reseed(&env, &first, CLINIC_ADMIN, &[]);
    assert_eq!(first, again, "the clinic did not round-trip");
    let list = copy.json_as(CLINIC_ADMIN, &["assistant", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(3), "{list}");
}

// Issue 12 point 4: seeding that scripts can repeat.

#[test]
fn a_rich_export_seeded_again_into_its_own_store_is_unchanged_and_writes_nothing() {
    // the administrator's export has stand-ins for what they may not read: seeded into
    // a new store, it is what that store holds
    let original = rich_org();
    let first = export(&original, ADMIN, &[]);
    let (env, _) = reseed(&original, &first, ADMIN, &[]);
    let path = env.write("backup.yaml", &first);
    let before = env.snapshot();
    let events = env.audit_count();
    let run = env.as_(
        ADMIN,
        &["org", "seed", path.to_str().unwrap(), "--format", "json"],
    );
    run.ok();
    let out = run.json();
    assert_eq!(out["outcome"], "unchanged", "{out}");
    assert_eq!(
        env.audit_count(),
        events,
        "an unchanged seed wrote an audit event"
    );
    assert_eq!(
        before,
        env.snapshot(),
        "an unchanged seed changed the store"
    );
    // the store's numbers and ids, as the seed would have printed them
    assert_eq!(
        out["record_numbers"],
        serde_json::json!({"S-0001": 1, "S-0002": 2, "S-0003": 3}),
        "{out}"
    );
    let entries = env.json_as(PAT, &["entry", "list", "1"]);
    let ids: Vec<Value> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].clone())
        .collect();
    let mut ids: Vec<i64> = ids.iter().map(|v| v.as_i64().unwrap()).collect();
    ids.sort();
    assert_eq!(out["entry_ids"]["1"], serde_json::json!(ids), "{out}");
    assert_eq!(out["space_ids"].as_array().map(Vec::len), Some(1), "{out}");
}

#[test]
fn a_differing_file_is_refused_naming_the_differences_and_writing_nothing() {
    let env = rich_org();
    let mut file: serde_norway::Value = serde_norway::from_str(&export(&env, ADMIN, &[])).unwrap();
    let pat = file["members"]
        .as_sequence_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["email"].as_str() == Some(PAT))
        .unwrap();
    pat["roles"] = serde_norway::from_str("[practitioner, coordinator]").unwrap();
    file["records"][0]["client"] = "Noah Tremblay-Roy".into();
    file["org"]["seats"] = 40.into();
    let path = env.write("changed.yaml", &serde_norway::to_string(&file).unwrap());
    let before = env.data();
    let events = env.audit_count();
    let run = env.as_(ADMIN, &["org", "seed", path.to_str().unwrap()]);
    run.code(5)
        .stderr_has("organisation demo exists and differs from")
        .stderr_has("org: seats 40 in the file, 30 in the store")
        .stderr_has(&format!(
            "member {PAT}: roles [coordinator, practitioner] in the file, [practitioner] in the store"
        ))
        .stderr_has("record 1: client (value not shown) in the file, (value not shown) in the store")
        .hint("org seed --replace rebuilds it from the file (its audit trail goes on); org export shows what it holds");
    assert!(
        !run.stderr.contains("Noah"),
        "a client's name was shown:\n{}",
        run.stderr
    );
    // nothing but the refusal, audited in the organisation
    assert_eq!(before, env.data(), "a refused seed changed the store");
    let refused = env.events(events);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(
        (refused[0].0.as_str(), refused[0].2.as_str()),
        ("org.manage", "refused")
    );
}

#[test]
fn replace_rebuilds_the_organisation_in_one_audited_event_and_the_trail_verifies() {
    let env = rich_org();
    let mut file: serde_norway::Value = serde_norway::from_str(&export(&env, ADMIN, &[])).unwrap();
    // a member leaves the file, another gains a role, a record changes owner's share
    let members = file["members"].as_sequence_mut().unwrap();
    members.retain(|m| m["email"].as_str() != Some(COL));
    file["org"]["name"] = "Demo Practice, rebuilt".into();
    file["records"][0]["confidential"] = true.into();
    let text = serde_norway::to_string(&file).unwrap();
    let path = env.write("rebuilt.yaml", &text);

    // a dry run changes nothing
    let before = env.snapshot();
    env.as_(
        ADMIN,
        &[
            "org",
            "seed",
            path.to_str().unwrap(),
            "--replace",
            "--dry-run",
        ],
    )
    .ok()
    .stderr_has("dry run: would replace organisation demo with");
    assert_eq!(before, env.snapshot(), "a dry run changed the store");

    let events = env.audit_count();
    let run = env.as_(
        ADMIN,
        &[
            "org",
            "seed",
            path.to_str().unwrap(),
            "--replace",
            "--format",
            "json",
        ],
    );
    run.ok();
    assert_eq!(run.json()["outcome"], "replaced");
    let added = env.events(events);
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!(added[0].0, "org.replace");
    assert!(
        added[0].3["differences"].to_string().contains(COL),
        "the event names what differed: {:?}",
        added[0].3
    );
    // the deletions and the rebuild are in the trail: it replays to the live rows
    env.as_(ADMIN, &["audit", "verify"]).ok();
    // the organisation is now what the file says, and the file seeds as unchanged
    let again = export(&env, ADMIN, &[]);
    assert_eq!(
        serde_norway::from_str::<serde_norway::Value>(&again).unwrap(),
        serde_norway::from_str::<serde_norway::Value>(&text).unwrap(),
        "the rebuilt organisation differs from its file"
    );
    env.as_(COL, &["member", "list"]).code(3);
    let run = env.as_(
        ADMIN,
        &["org", "seed", path.to_str().unwrap(), "--format", "json"],
    );
    run.ok();
    assert_eq!(run.json()["outcome"], "unchanged");
    // the trail goes on after the rebuild
    env.as_(
        ADMIN,
        &["member", "invite", "new@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_(ADMIN, &["audit", "verify"]).ok();
}
