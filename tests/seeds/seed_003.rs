//! Seed 003 (shared/seeds/003_057b02a0b296f580.txt), the behaviour-charting platform,
//! as the `behavior-charts` policy: user types, permission flags, and the access tiers
//! None / 1–4, org-wide or per performer, checked cell by cell through the real binary.

use serde_json::Value;

use crate::common::TestEnv;

const BOSS: &str = "boss@aba.org";

/// An organisation of the behavior-charts policy, with the boss who founded it.
fn aba() -> TestEnv {
    let env = TestEnv::new();
    env.run(&[
        "org",
        "init",
        "aba",
        "--name",
        "ABA Team",
        "--kind",
        "clinic",
        "--policy",
        "behavior-charts",
        "--admin",
        BOSS,
    ])
    .ok();
    env
}

fn add(env: &TestEnv, email: &str, roles: &[&str]) {
    let mut args = vec!["member", "invite", email, "--accepted"];
    for r in roles {
        args.extend(["--role", r]);
    }
    env.as_(BOSS, &args).ok();
}

/// Answer every `(actor, action, target)` with one `perm check --batch` run.
fn batch(env: &TestEnv, checks: &[(String, &str, String)]) -> Vec<bool> {
    let input: String = checks
        .iter()
        .map(|(who, action, target)| {
            format!(
                "{}\n",
                serde_json::json!({ "as": who, "action": action, "target": target })
            )
        })
        .collect();
    let run = env.as_stdin(BOSS, &["perm", "check", "--batch"], &input);
    run.ok();
    run.stdout
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            assert!(v.get("error").is_none(), "{v}");
            v["allowed"] == Value::Bool(true)
        })
        .collect()
}

/// Every cell that differs from the table, named, in one failure.
#[track_caller]
fn assert_cells(cells: &[(&str, &str, &str, bool)], got: &[bool], how: &str) {
    let wrong: Vec<String> = cells
        .iter()
        .zip(got)
        .filter(|((.., want), got)| want != *got)
        .map(|((tier, action, on, want), got)| {
            format!("{tier} ({how}) × {action} on {on}: expected {want}, got {got}")
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} cells differ:\n  {}",
        wrong.len(),
        wrong.join("\n  ")
    );
}

const Y: bool = true;
const N: bool = false;

/// What each tier allows on a performer and its entries. Columns: None, Tier 1, Tier 2,
/// Tier 3, Tier 4. `own journal` is an entry the user wrote; `other's journal` one they
/// did not.
#[rustfmt::skip]
const TIERS: &[(&str, &str, [bool; 5])] = &[
    // "Tier 1 (Full Control): Full control to view, create, edit, and delete across
    // measurements, conditions, notes, tags, journals, charts, and permissions"
    // Tier 2: "View: Measurements, conditions, notes, tags, journals, and charts."
    // Tier 4: "View: Measurements, conditions, notes, tags, journals, and charts."
    // None: "Users have no access to clients, unless granted permission through the
    // performer's profile."
    ("record.view",    "performer",        [N, Y, Y, Y, Y]),
    ("record.read",    "performer",        [N, Y, Y, Y, Y]),
    ("entry.read",     "performer",        [N, Y, Y, Y, Y]),
    // Tiers 2 and 3: "Create: Measurements, conditions, notes, tags, and journals."
    ("entry.create",   "performer",        [N, Y, Y, Y, N]),
    ("record.write",   "performer",        [N, Y, Y, Y, N]),
    // Tiers 2 and 3: "Edit: Measurements, conditions, notes, and tags."
    ("data.edit",      "performer",        [N, Y, Y, Y, N]),
    // Tier 2: "Delete: Measurements, conditions, notes, and tags."; Tier 3: "Users with
    // this level of access cannot delete anything"
    ("data.delete",    "performer",        [N, Y, Y, N, N]),
    // Tiers 2 and 3: "Users can only edit their own Journal entries."
    ("entry.edit",     "own journal",      [N, Y, Y, Y, N]),
    ("entry.edit",     "other's journal",  [N, Y, N, N, N]),
    // Tier 2: "Users can only delete their own Journal entries."
    ("journal.delete", "own journal",      [N, Y, Y, N, N]),
    ("journal.delete", "other's journal",  [N, Y, N, N, N]),
    // Tier 1: "… and permissions for all performers"
    ("record.share",   "performer",        [N, Y, N, N, N]),
];

const TIER_ROLES: [&str; 5] = ["access-none", "tier1", "tier2", "tier3", "tier4"];

/// A performer (record 1) with two journal entries: entry 1 by the writer, and one by
/// each tier user (entries 2.., where their tier lets them write; the others' get none).
fn performer_with_journals(env: &TestEnv) {
    add(
        env,
        "writer@aba.org",
        &["full-access", "tier1", "create-performers"],
    );
    env.as_(
        "writer@aba.org",
        &["record", "create", "--client", "Performer A"],
    )
    .ok();
    env.as_(
        "writer@aba.org",
        &["entry", "add", "1", "--kind", "journal"],
    )
    .ok();
}

/// The tier table on the organisation-wide access control: one user per tier.
#[test]
fn org_wide_tiers_cell_by_cell() {
    let env = aba();
    performer_with_journals(&env);
    let mut own = Vec::new();
    for (i, tier) in TIER_ROLES.iter().enumerate() {
        let who = format!("t{i}@aba.org");
        let user_type = if *tier == "tier4" {
            "read-only"
        } else {
            "full-access"
        };
        add(&env, &who, &[user_type, tier]);
        // a journal of their own, written while they may (tiers 1–3); for the others the
        // "own journal" rows are checked on one written by the performer's owner and
        // then handed to them — none can write, so they have none: use the writer's.
        let entry = if (1..=3).contains(&i) {
            let run = env.as_(
                &who,
                &["entry", "add", "1", "--kind", "journal", "--format", "json"],
            );
            run.ok().json()["id"].as_i64().unwrap()
        } else {
            1
        };
        own.push(entry);
    }
    let mut checks = Vec::new();
    let mut cells = Vec::new();
    for (action, on, expected) in TIERS {
        for (i, want) in expected.iter().enumerate() {
            // None and Tier 4 write nothing: their "own journal" rows are theirs to miss
            // either way, so they are asked about the writer's journal.
            let target = match *on {
                "performer" => "record:1".to_string(),
                "own journal" => format!("entry:{}", own[i]),
                _ => "entry:1".to_string(),
            };
            checks.push((format!("t{i}@aba.org"), *action, target));
            cells.push((TIER_ROLES[i], *action, *on, *want));
        }
    }
    assert_cells(&cells, &batch(&env, &checks), "org-wide");
}

/// The same table, per performer: "To limit a user to some performers, give them access
/// control "None", then grant a tier per performer, per group of performers, or through
/// a team assigned to a performer with a tier." (related article "Limit users' performer
/// access")
#[test]
fn per_performer_tiers_cell_by_cell() {
    let env = aba();
    performer_with_journals(&env);
    env.as_(
        "writer@aba.org",
        &["record", "create", "--client", "Performer B"],
    )
    .ok();
    env.as_(BOSS, &["team", "create", "t3team", "--name", "Tier 3 team"])
        .ok();
    let mut own = vec![1];
    for i in 1..=4 {
        let who = format!("p{i}@aba.org");
        let user_type = if i == 4 { "read-only" } else { "full-access" };
        add(&env, &who, &[user_type, "access-none"]);
        if i == 3 {
            // tier 3 comes through a team assigned to the performer
            env.as_(BOSS, &["team", "add", "t3team", &who]).ok();
            env.as_(
                BOSS,
                &[
                    "record", "share", "1", "--team", "t3team", "--level", "tier3",
                ],
            )
            .ok();
        } else {
            env.as_(
                BOSS,
                &[
                    "record",
                    "share",
                    "1",
                    "--with",
                    &who,
                    "--level",
                    &format!("tier{i}"),
                ],
            )
            .ok();
        }
        let entry = if i <= 3 {
            let run = env.as_(
                &who,
                &["entry", "add", "1", "--kind", "journal", "--format", "json"],
            );
            run.ok().json()["id"].as_i64().unwrap()
        } else {
            1
        };
        own.push(entry);
    }
    add(&env, "p0@aba.org", &["full-access", "access-none"]);
    let mut checks = Vec::new();
    let mut cells = Vec::new();
    for (action, on, expected) in TIERS {
        for (i, want) in expected.iter().enumerate() {
            let target = match *on {
                "performer" => "record:1".to_string(),
                "own journal" => format!("entry:{}", own[i]),
                _ => "entry:1".to_string(),
            };
            checks.push((format!("p{i}@aba.org"), *action, target));
            cells.push((TIER_ROLES[i], *action, *on, *want));
        }
        // and nothing at all on the other performer
        for (i, tier) in TIER_ROLES.iter().enumerate() {
            checks.push((format!("p{i}@aba.org"), *action, "record:2".to_string()));
            cells.push((tier, *action, "performer B (no grant)", false));
        }
    }
    assert_cells(&cells, &batch(&env, &checks), "per performer");
}

/// "Single Client/Performer Access: No permissions available. The type of Access
/// Controls available is "None". This type is recommended for parents."
#[test]
fn a_single_client_user_has_no_permissions_and_access_none() {
    let env = aba();
    env.as_(
        BOSS,
        &[
            "member",
            "invite",
            "mum@aba.org",
            "--role",
            "single-client",
            "--role",
            "tier4",
            "--accepted",
        ],
    )
    .code(5)
    .stderr_has("role single-client cannot be combined with tier4");
    env.as_(
        BOSS,
        &[
            "member",
            "invite",
            "mum@aba.org",
            "--role",
            "single-client",
            "--role",
            "access-none",
            "--role",
            "manage-tags",
            "--accepted",
        ],
    )
    .code(5)
    .stderr_has("cannot be combined with manage-tags");
    add(&env, "mum@aba.org", &["single-client", "access-none"]);
    // a parent sees their own child through the performer's profile
    add(
        &env,
        "writer@aba.org",
        &["full-access", "tier1", "create-performers"],
    );
    env.as_("writer@aba.org", &["record", "create", "--client", "Child"])
        .ok();
    env.as_("mum@aba.org", &["perm", "check", "record.read", "record:1"])
        .code(3);
    env.as_(
        BOSS,
        &[
            "record",
            "share",
            "1",
            "--with",
            "mum@aba.org",
            "--level",
            "tier4",
        ],
    )
    .ok();
    env.as_("mum@aba.org", &["perm", "check", "record.read", "record:1"])
        .ok();
}

/// "Read-only: No permissions available. The types of Access Controls available are
/// "None" or "Tier 4 (Read Only)"."
#[test]
fn a_read_only_user_has_access_none_or_tier_4_only() {
    let env = aba();
    for tier in ["tier1", "tier2", "tier3"] {
        env.as_(
            BOSS,
            &[
                "member",
                "invite",
                "ro@aba.org",
                "--role",
                "read-only",
                "--role",
                tier,
                "--accepted",
            ],
        )
        .code(5)
        .stderr_has(&format!("role read-only cannot be combined with {tier}"));
    }
    add(&env, "ro@aba.org", &["read-only", "tier4"]);
    env.as_(BOSS, &["role", "assign", "ro@aba.org", "access-none"])
        .ok();
    env.as_(BOSS, &["role", "assign", "ro@aba.org", "view-reporting"])
        .code(5)
        .stderr_has("cannot be combined with view-reporting");
}

/// User types and access tiers are each exactly one: assigning another tier replaces
/// the current one, and a user without a tier is refused.
#[test]
fn one_user_type_and_one_access_tier() {
    let env = aba();
    env.as_(
        BOSS,
        &[
            "member",
            "invite",
            "x@aba.org",
            "--role",
            "full-access",
            "--accepted",
        ],
    )
    .code(5)
    .stderr_has("must hold exactly one access-tier role, and holds none");
    add(&env, "x@aba.org", &["full-access", "tier2"]);
    let run = env.as_(
        BOSS,
        &["role", "assign", "x@aba.org", "tier3", "--format", "json"],
    );
    assert_eq!(
        run.ok().json()["roles"],
        serde_json::json!(["full-access", "tier3"])
    );
    env.as_(BOSS, &["role", "remove", "x@aba.org", "full-access"])
        .code(5)
        .stderr_has("must hold exactly one user-type role");
}

/// Each permission flag grants its own section and nothing else: "Manage Users: …
/// gives the user access to view, create, edit, and delete users."; "View Audit Logs: …
/// see Audit Logs for the entire organization's activity".
#[test]
fn permission_flags_grant_their_section() {
    let env = aba();
    add(
        &env,
        "hr@aba.org",
        &["full-access", "access-none", "manage-users"],
    );
    add(
        &env,
        "aud@aba.org",
        &["full-access", "access-none", "view-audit-logs"],
    );
    env.as_(
        "hr@aba.org",
        &[
            "member",
            "invite",
            "new@aba.org",
            "--role",
            "read-only",
            "--role",
            "tier4",
        ],
    )
    .ok();
    env.as_("hr@aba.org", &["audit", "log"]).code(3);
    env.as_("aud@aba.org", &["audit", "log"]).ok();
    env.as_(
        "aud@aba.org",
        &[
            "member",
            "invite",
            "n2@aba.org",
            "--role",
            "read-only",
            "--role",
            "tier4",
        ],
    )
    .code(3);
    env.as_("aud@aba.org", &["perm", "check", "record.read", "org"])
        .code(3);
}
