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
    // "they can still "Add Chart" by selecting a pinpoint": every chart names one
    env.as_(BOSS, &["pinpoint", "create", "Manding"]).ok();
    env
}

/// `entry add RECORD --kind KIND`, naming the pinpoint a chart needs.
fn entry_add<'a>(record: &'a str, kind: &'a str) -> Vec<&'a str> {
    let mut args = vec!["entry", "add", record, "--kind", kind];
    if kind == "chart" {
        args.extend(["--pinpoint", "Manding"]);
    }
    args
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

const Y: bool = true;
const N: bool = false;

// The seed's sentences each row checks.
const TIER1: &str = "Tier 1 (Full Control): Full control to view, create, edit, and delete across measurements, conditions, notes, tags, journals, charts, and permissions";
const VIEW: &str = "View: Measurements, conditions, notes, tags, journals, and charts.";
const CREATE: &str = "Create: Measurements, conditions, notes, tags, and journals.";
const EDIT: &str = "Edit: Measurements, conditions, notes, and tags.";
const DELETE: &str = "Delete: Measurements, conditions, notes, and tags. / Tier 3: Users with this level of access cannot delete anything";
const OWN_EDIT: &str = "Users can only edit their own Journal entries.";
const OWN_DELETE: &str = "Users can only delete their own Journal entries.";
const NONE: &str = "None: Users have no access to clients, unless granted permission through the performer's profile.";

/// What a row asks about: the performer (`record:1`), an entry of the row's data type
/// written by someone else, or a journal entry the user wrote.
#[derive(Clone, Copy, Debug)]
enum On {
    Performer,
    Entry,
    Own,
}
use On::{Entry, Own, Performer};

/// The seed's tiers, data type × verb, asked as `TYPE.VERB` (the policy's actions).
/// Columns: None, Tier 1, Tier 2, Tier 3, Tier 4. The None column is the seed's
/// "None: Users have no access to clients" (NONE) everywhere.
#[rustfmt::skip]
const CELLS: &[(&str, &str, On, [bool; 5], &str)] = &[
    ("measurement", "view",   Performer, [N, Y, Y, Y, Y], VIEW),
    ("measurement", "view",   Entry,     [N, Y, Y, Y, Y], VIEW),
    ("measurement", "create", Performer, [N, Y, Y, Y, N], CREATE),
    ("measurement", "edit",   Performer, [N, Y, Y, Y, N], EDIT),
    ("measurement", "edit",   Entry,     [N, Y, Y, Y, N], EDIT),
    ("measurement", "delete", Performer, [N, Y, Y, N, N], DELETE),
    ("measurement", "delete", Entry,     [N, Y, Y, N, N], DELETE),
    ("condition",   "view",   Performer, [N, Y, Y, Y, Y], VIEW),
    ("condition",   "view",   Entry,     [N, Y, Y, Y, Y], VIEW),
    ("condition",   "create", Performer, [N, Y, Y, Y, N], CREATE),
    ("condition",   "edit",   Performer, [N, Y, Y, Y, N], EDIT),
    ("condition",   "edit",   Entry,     [N, Y, Y, Y, N], EDIT),
    ("condition",   "delete", Performer, [N, Y, Y, N, N], DELETE),
    ("condition",   "delete", Entry,     [N, Y, Y, N, N], DELETE),
    ("note",        "view",   Performer, [N, Y, Y, Y, Y], VIEW),
    ("note",        "view",   Entry,     [N, Y, Y, Y, Y], VIEW),
    ("note",        "create", Performer, [N, Y, Y, Y, N], CREATE),
    ("note",        "edit",   Performer, [N, Y, Y, Y, N], EDIT),
    ("note",        "edit",   Entry,     [N, Y, Y, Y, N], EDIT),
    ("note",        "delete", Performer, [N, Y, Y, N, N], DELETE),
    ("note",        "delete", Entry,     [N, Y, Y, N, N], DELETE),
    ("tag",         "view",   Performer, [N, Y, Y, Y, Y], VIEW),
    ("tag",         "view",   Entry,     [N, Y, Y, Y, Y], VIEW),
    ("tag",         "create", Performer, [N, Y, Y, Y, N], CREATE),
    ("tag",         "edit",   Performer, [N, Y, Y, Y, N], EDIT),
    ("tag",         "edit",   Entry,     [N, Y, Y, Y, N], EDIT),
    ("tag",         "delete", Performer, [N, Y, Y, N, N], DELETE),
    ("tag",         "delete", Entry,     [N, Y, Y, N, N], DELETE),
    // journals: "Users can only edit/delete their own Journal entries."
    ("journal",     "view",   Performer, [N, Y, Y, Y, Y], VIEW),
    ("journal",     "view",   Entry,     [N, Y, Y, Y, Y], VIEW),
    ("journal",     "create", Performer, [N, Y, Y, Y, N], CREATE),
    // asked on the performer, "only their own" answers for none of its journals
    ("journal",     "edit",   Performer, [N, Y, N, N, N], OWN_EDIT),
    ("journal",     "delete", Performer, [N, Y, N, N, N], OWN_DELETE),
    ("journal",     "edit",   Entry,     [N, Y, N, N, N], OWN_EDIT),
    ("journal",     "edit",   Own,       [N, Y, Y, Y, N], OWN_EDIT),
    ("journal",     "delete", Entry,     [N, Y, N, N, N], OWN_DELETE),
    ("journal",     "delete", Own,       [N, Y, Y, N, N], OWN_DELETE),
    // charts: Tier 1 only, beyond viewing
    ("chart",       "view",   Performer, [N, Y, Y, Y, Y], VIEW),
    ("chart",       "view",   Entry,     [N, Y, Y, Y, Y], VIEW),
    ("chart",       "create", Performer, [N, Y, N, N, N], TIER1),
    ("chart",       "edit",   Performer, [N, Y, N, N, N], TIER1),
    ("chart",       "edit",   Entry,     [N, Y, N, N, N], TIER1),
    ("chart",       "delete", Performer, [N, Y, N, N, N], TIER1),
    ("chart",       "delete", Entry,     [N, Y, N, N, N], TIER1),
];

/// The data types, in the order `performer_with_data` adds one entry of each.
const TYPES: [&str; 6] = [
    "measurement",
    "condition",
    "note",
    "tag",
    "journal",
    "chart",
];

const TIER_ROLES: [&str; 5] = ["access-none", "tier1", "tier2", "tier3", "tier4"];

/// Two performers (records 1 and 2), each with one entry of every data type by the
/// writer (a Tier 1 user): entries 1–6 on performer 1, 7–12 on performer 2, in TYPES order.
fn performer_with_data(env: &TestEnv) {
    add(
        env,
        "writer@aba.org",
        &["full-access", "tier1", "create-performers"],
    );
    for client in ["Performer A", "Performer B"] {
        env.as_("writer@aba.org", &["record", "create", "--client", client])
            .ok();
        let record = if client == "Performer A" { "1" } else { "2" };
        for kind in TYPES {
            env.as_("writer@aba.org", &entry_add(record, kind)).ok();
        }
    }
}

/// A journal entry by `who` on performer 1 where their tier lets them write one, else
/// the writer's (None and Tier 4 write nothing: their "own journal" cells are denials
/// either way).
fn own_journal(env: &TestEnv, who: &str, writes: bool) -> i64 {
    if !writes {
        return 5;
    }
    let run = env.as_(
        who,
        &["entry", "add", "1", "--kind", "journal", "--format", "json"],
    );
    run.ok().json()["id"].as_i64().unwrap()
}

/// Ask every cell of CELLS for the users `who[0..5]` (None, Tier 1–4), whose own
/// journals are `own`; `performer` is 1 (the table) or 2 (where nothing is granted).
fn ask_cells(
    env: &TestEnv,
    who: &[String],
    own: &[i64],
    performer: i64,
    how: &str,
    expect_table: bool,
) {
    let mut checks = Vec::new();
    let mut cells = Vec::new();
    for (kind, verb, on, expected, quote) in CELLS {
        let type_index = TYPES.iter().position(|t| t == kind).unwrap() as i64;
        for (i, want) in expected.iter().enumerate() {
            let target = match on {
                Performer => format!("record:{performer}"),
                Entry => format!("entry:{}", 1 + type_index + 6 * (performer - 1)),
                Own if performer == 1 => format!("entry:{}", own[i]),
                Own => "entry:11".to_string(),
            };
            let action = format!("{kind}.{verb}");
            checks.push((who[i].clone(), action.clone(), target));
            let quote = if i == 0 { NONE } else { quote };
            cells.push((
                TIER_ROLES[i],
                action,
                format!("{on:?} — \"{quote}\""),
                *want && expect_table,
            ));
        }
    }
    let asked: Vec<(String, &str, String)> = checks
        .iter()
        .map(|(w, a, t)| (w.clone(), a.as_str(), t.clone()))
        .collect();
    let got = batch(env, &asked);
    let wrong: Vec<String> = cells
        .iter()
        .zip(&got)
        .filter(|((.., want), got)| want != *got)
        .map(|((tier, action, on, want), got)| {
            format!("{tier} ({how}) × {action} on {on}: expected {want}, got {got}")
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} cells differ:\n  {}",
        wrong.len(),
        cells.len(),
        wrong.join("\n  ")
    );
}

/// The tier table on the organisation-wide access control: one user per tier, every
/// data type × verb cell through `perm check`.
#[test]
fn org_wide_tiers_cell_by_cell() {
    let env = aba();
    performer_with_data(&env);
    let mut who = Vec::new();
    let mut own = Vec::new();
    for (i, tier) in TIER_ROLES.iter().enumerate() {
        let email = format!("t{i}@aba.org");
        let user_type = if *tier == "tier4" {
            "read-only"
        } else {
            "full-access"
        };
        add(&env, &email, &[user_type, tier]);
        own.push(own_journal(&env, &email, (1..=3).contains(&i)));
        who.push(email);
    }
    ask_cells(&env, &who, &own, 1, "org-wide", true);
}

/// The same table, per performer: "To limit a user to some performers, give them access
/// control "None", then grant a tier per performer, per group of performers, or through
/// a team assigned to a performer with a tier." (related article "Limit users' performer
/// access") — and nothing at all on the performer not shared with them.
#[test]
fn per_performer_tiers_cell_by_cell() {
    let env = aba();
    performer_with_data(&env);
    env.as_(BOSS, &["team", "create", "t3team", "--name", "Tier 3 team"])
        .ok();
    let mut who = vec!["p0@aba.org".to_string()];
    add(&env, "p0@aba.org", &["full-access", "access-none"]);
    let mut own = vec![5];
    for i in 1..=4 {
        let email = format!("p{i}@aba.org");
        let user_type = if i == 4 { "read-only" } else { "full-access" };
        add(&env, &email, &[user_type, "access-none"]);
        let level = format!("tier{i}");
        if i == 3 {
            // tier 3 comes through a team assigned to the performer
            env.as_(BOSS, &["team", "add", "t3team", &email]).ok();
            env.as_(
                BOSS,
                &[
                    "record", "share", "1", "--team", "t3team", "--level", &level,
                ],
            )
            .ok();
        } else {
            env.as_(
                BOSS,
                &["record", "share", "1", "--with", &email, "--level", &level],
            )
            .ok();
        }
        own.push(own_journal(&env, &email, i <= 3));
        who.push(email);
    }
    ask_cells(&env, &who, &own, 1, "per performer", true);
    ask_cells(&env, &who, &own, 2, "the other performer", false);
}

/// Tier 3: "Users with this level of access cannot delete anything" — no action of the
/// policy that deletes or archives reaches anything, org-wide or on a shared performer.
#[test]
fn tier_3_cannot_delete_anything() {
    let env = aba();
    performer_with_data(&env);
    add(&env, "t3@aba.org", &["full-access", "tier3"]);
    add(&env, "p3@aba.org", &["full-access", "access-none"]);
    env.as_(
        BOSS,
        &[
            "record",
            "share",
            "1",
            "--with",
            "p3@aba.org",
            "--level",
            "tier3",
        ],
    )
    .ok();
    let mut deleting: Vec<String> = TYPES.iter().map(|t| format!("{t}.delete")).collect();
    deleting.push("record.archive".into());
    let mut checks = Vec::new();
    for who in ["t3@aba.org", "p3@aba.org"] {
        let mine = own_journal(&env, who, true);
        for action in &deleting {
            for target in [
                "record:1".to_string(),
                "entry:1".into(),
                format!("entry:{mine}"),
            ] {
                checks.push((who.to_string(), action.as_str(), target));
            }
        }
        // and the command refuses it too, even for their own journal
        env.as_(who, &["entry", "delete", &mine.to_string()])
            .code(3);
    }
    let got = batch(&env, &checks);
    let allowed: Vec<_> = checks
        .iter()
        .zip(&got)
        .filter(|(_, g)| **g)
        .map(|(c, _)| c)
        .collect();
    assert!(allowed.is_empty(), "Tier 3 may delete: {allowed:?}");
}

/// "Please note, If this permission is checked off and the user has the permission to
/// "Create Performers," they can still "Add Chart" by selecting a pinpoint from the
/// organization's Pinpoint library." — a Tier 2 user without Manage Pinpoints, with
/// Create Performers, adds charts to the performers they create; Tier 2 alone adds none.
#[test]
fn create_performers_can_still_add_chart() {
    let env = aba();
    performer_with_data(&env);
    add(&env, "t2@aba.org", &["full-access", "tier2"]);
    add(
        &env,
        "maker@aba.org",
        &["full-access", "tier2", "create-performers"],
    );
    env.as_("maker@aba.org", &["record", "create", "--client", "Mine"])
        .ok();
    env.as_(
        "maker@aba.org",
        &["perm", "check", "chart.create", "record:3"],
    )
    .ok();
    env.as_("maker@aba.org", &entry_add("3", "chart")).ok();
    // on performers someone else created, Tier 2 decides: "Create: Measurements,
    // conditions, notes, tags, and journals." — not charts
    env.as_(
        "maker@aba.org",
        &["perm", "check", "chart.create", "record:1"],
    )
    .code(3);
    env.as_("maker@aba.org", &entry_add("1", "chart")).code(3);
    env.as_("t2@aba.org", &["perm", "check", "chart.create", "record:3"])
        .code(3);
}

/// The cells are the entry commands' too: a sample of each verb, org-wide and per
/// performer, with the exit code of a refusal (3) and the store unchanged by one.
#[test]
fn entry_commands_enforce_the_same_cells() {
    let env = aba();
    performer_with_data(&env);
    add(&env, "t2@aba.org", &["full-access", "tier2"]);
    add(&env, "t3@aba.org", &["full-access", "tier3"]);
    add(&env, "t4@aba.org", &["read-only", "tier4"]);
    add(&env, "n@aba.org", &["full-access", "access-none"]);
    add(&env, "p2@aba.org", &["full-access", "access-none"]);
    env.as_(
        BOSS,
        &[
            "record",
            "share",
            "1",
            "--with",
            "p2@aba.org",
            "--level",
            "tier2",
        ],
    )
    .ok();
    let count = || {
        env.sql()
            .query_one::<i64>("SELECT count(*) FROM entry", &[])
    };
    // view: Tier 4 views charts and journals; None views nothing
    env.as_("t4@aba.org", &["entry", "show", "6"]).ok();
    env.as_("t4@aba.org", &["entry", "show", "5"]).ok();
    env.as_("n@aba.org", &["entry", "show", "6"]).code(3);
    // create: Tier 3 adds measurements, conditions, notes, tags, journals; not charts
    for kind in ["measurement", "condition", "note", "tag", "journal"] {
        env.as_("t3@aba.org", &entry_add("1", kind)).ok();
    }
    let before = count();
    env.as_("t3@aba.org", &entry_add("1", "chart"))
        .code(3)
        .stderr_has("chart.create");
    env.as_(
        "t4@aba.org",
        &["entry", "add", "1", "--kind", "measurement"],
    )
    .code(3);
    // on a performer shared at tier 2: performer 1 yes, performer 2 no
    env.as_("p2@aba.org", &["entry", "add", "1", "--kind", "tag"])
        .ok();
    env.as_("p2@aba.org", &["entry", "add", "2", "--kind", "tag"])
        .code(3);
    assert_eq!(count(), before + 1);
    // edit: Tier 2 edits another's measurement, only their own journal, no chart
    env.as_("t2@aba.org", &["entry", "edit", "1", "--title", "x"])
        .ok();
    env.as_("t2@aba.org", &["entry", "edit", "5", "--title", "x"])
        .code(3);
    env.as_("t2@aba.org", &["entry", "edit", "6", "--title", "x"])
        .code(3);
    let mine = env
        .as_(
            "t2@aba.org",
            &["entry", "add", "1", "--kind", "journal", "--format", "json"],
        )
        .ok()
        .json()["id"]
        .as_i64()
        .unwrap();
    env.as_(
        "t2@aba.org",
        &["entry", "edit", &mine.to_string(), "--title", "x"],
    )
    .ok();
    env.as_("t4@aba.org", &["entry", "edit", "1", "--title", "x"])
        .code(3);
    // delete: Tier 2 deletes another's note, not another's journal, their own journal yes
    let before = count();
    env.as_("t2@aba.org", &["entry", "delete", "5"]).code(3);
    env.as_("t2@aba.org", &["entry", "delete", "6"]).code(3);
    env.as_("t3@aba.org", &["entry", "delete", "3"]).code(3);
    assert_eq!(count(), before);
    env.as_("t2@aba.org", &["entry", "delete", "3"]).ok();
    env.as_("t2@aba.org", &["entry", "delete", &mine.to_string()])
        .ok();
    env.as_("p2@aba.org", &["entry", "delete", "9"]).code(3);
    env.as_("p2@aba.org", &["entry", "delete", "2"]).ok();
    assert_eq!(count(), before - 3);
    env.as_("t2@aba.org", &["entry", "show", "3"]).code(4);
}

/// A kind's own action reaches entries of that kind only: `journal.edit` on a
/// measurement is no grant, whatever the tier.
#[test]
fn a_data_types_action_reaches_only_its_own_entries() {
    let env = aba();
    performer_with_data(&env);
    let d = crate::seeds::decide(&env, BOSS, "journal.edit", "entry:1");
    assert_eq!(d["allowed"], false);
    assert_eq!(
        d["reason"],
        "denied: journal.edit acts on journal entries, and entry:1 is a measurement"
    );
    assert_eq!(
        crate::seeds::decide(&env, BOSS, "measurement.edit", "entry:1")["allowed"],
        true
    );
}

/// The organisation's first user: "Full Access: All permissions and access controls
/// are available to choose from." — the full access type, all 14 flags and Tier 1.
#[test]
fn the_first_user_holds_full_access_every_flag_and_tier_1() {
    let env = aba();
    let me = env.json_as(BOSS, &["member", "show", BOSS]);
    let flags = [
        "create-performers",
        "create-groups",
        "manage-pinpoints",
        "manage-teams",
        "manage-users",
        "manage-organization",
        "view-audit-logs",
        "manage-billing",
        "manage-tags",
        "manage-journal-types",
        "manage-profile",
        "view-reporting",
        "manage-org-chart-views",
        "manage-org-reporting-views",
    ];
    let roles: Vec<&str> = me["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    for role in flags.iter().chain(&["full-access", "tier1"]) {
        assert!(roles.contains(role), "{role} missing from {roles:?}");
    }
    assert_eq!(roles.len(), 16, "{roles:?}");
    // and so they create a performer and chart it at once
    env.as_(BOSS, &["record", "create", "--client", "First"])
        .ok();
    env.as_(BOSS, &entry_add("1", "chart")).ok();
}

/// A parent: the single client/performer type, access None, shared one performer at
/// Tier 4, views that performer's data and nothing else, and creates nothing.
#[test]
fn a_parent_views_their_one_performer_and_creates_nothing() {
    let env = aba();
    performer_with_data(&env);
    add(&env, "mum@aba.org", &["single-client", "access-none"]);
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
    // views: the performer, and every data type of it
    let list = env.json_as("mum@aba.org", &["record", "list"]);
    let numbers: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, vec![1]);
    let entries = env.json_as("mum@aba.org", &["entry", "list", "1"]);
    assert_eq!(entries.as_array().unwrap().len(), 6);
    for id in 1..=6 {
        env.as_("mum@aba.org", &["entry", "show", &id.to_string()])
            .ok();
    }
    // nothing else: the other performer and its data
    env.as_("mum@aba.org", &["entry", "list", "2"]).code(3);
    env.as_("mum@aba.org", &["record", "show", "2"]).code(3);
    for id in 7..=12 {
        env.as_("mum@aba.org", &["entry", "show", &id.to_string()])
            .code(3);
    }
    // creates nothing: no data, no performer, no edit or delete
    for kind in TYPES {
        env.as_("mum@aba.org", &entry_add("1", kind)).code(3);
        env.as_(
            "mum@aba.org",
            &["perm", "check", &format!("{kind}.create"), "record:1"],
        )
        .code(3);
    }
    env.as_("mum@aba.org", &["record", "create", "--client", "New"])
        .code(3);
    env.as_("mum@aba.org", &["entry", "edit", "1", "--title", "x"])
        .code(3);
    env.as_("mum@aba.org", &["entry", "delete", "1"]).code(3);
    let count: i64 = env.sql().query_one("SELECT count(*) FROM entry", &[]);
    assert_eq!(count, 12);
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

/// "Single Client/Performer Access … This type is recommended for parents." — one
/// performer, as the type's name says (src/policy/presets/behavior-charts.yaml,
/// `reach_limits`): a second one is refused however it would come, by a share to the
/// user, to a team of theirs, by joining a team, or by becoming that type.
#[test]
fn a_single_client_user_reaches_one_performer() {
    let env = aba();
    performer_with_data(&env);
    add(&env, "mum@aba.org", &["single-client", "access-none"]);
    let share = |record: &str, with: &[&str]| {
        let mut args = vec!["record", "share", record, "--level", "tier4"];
        args.extend(with);
        env.as_(BOSS, &args)
    };
    share("1", &["--with", "mum@aba.org"]).ok();
    // the same performer again (a new level) is still one
    share("1", &["--with", "mum@aba.org"]).ok();
    share("2", &["--with", "mum@aba.org"])
        .code(5)
        .stderr_has("mum@aba.org holds single-client, which reaches at most 1 performer (policy behavior-charts), and would reach performer:1, performer:2")
        .hint("a single client/performer user follows one performer; for several, make them a read-only user with access None");
    env.as_(BOSS, &["team", "create", "family", "--name", "Family"])
        .ok();
    share("2", &["--team", "family"]).ok();
    env.as_(BOSS, &["team", "add", "family", "mum@aba.org"])
        .code(5)
        .stderr_has("reaches at most 1 performer");
    env.as_(BOSS, &["team", "create", "parents", "--name", "Parents"])
        .ok();
    env.as_(BOSS, &["team", "add", "parents", "mum@aba.org"])
        .ok();
    share("2", &["--team", "parents"]).code(5);
    // a read-only user following two performers cannot become a single client/performer user
    add(&env, "gran@aba.org", &["read-only", "access-none"]);
    share("1", &["--with", "gran@aba.org"]).ok();
    share("2", &["--with", "gran@aba.org"]).ok();
    env.as_(BOSS, &["role", "assign", "gran@aba.org", "single-client"])
        .code(5)
        .stderr_has("would reach performer:1, performer:2");
    // nothing of the refused changes stayed: mum reaches performer 1 only
    let mum = env.json_as("mum@aba.org", &["record", "list"]);
    assert_eq!(mum.as_array().unwrap().len(), 1);
    assert_eq!(mum[0]["number"], 1);
}

/// "Manage Profile: Under the user profile in the top right corner, this gives the user
/// access to edit their personal profile. This includes changing their email, username,
/// first name, last name, password, user type, and profile picture." — without the flag
/// a user edits nothing of their own profile; a new user type is checked against the
/// type's rules ("Read-only: No permissions available").
#[test]
fn manage_profile_gates_editing_ones_own_profile() {
    let env = aba();
    add(
        &env,
        "me@aba.org",
        &["full-access", "tier2", "manage-profile"],
    );
    add(&env, "you@aba.org", &["full-access", "tier2"]);
    let me = env.json_as(
        "me@aba.org",
        &["member", "edit", "me@aba.org", "--name", "Me"],
    );
    assert_eq!(me["name"], "Me");
    env.as_(
        "you@aba.org",
        &["member", "edit", "you@aba.org", "--name", "You"],
    )
    .code(3);
    env.as_(
        "me@aba.org",
        &["member", "edit", "you@aba.org", "--name", "X"],
    )
    .code(3);
    // the user type is part of the profile, and its rules are checked again: a read-only
    // user has no permissions (Manage Profile among them) and no tier but 4
    env.as_(
        "me@aba.org",
        &["member", "edit", "me@aba.org", "--type", "read-only"],
    )
    .code(5)
    .stderr_has("role read-only cannot be combined with tier2");
    env.as_(
        "you@aba.org",
        &["member", "edit", "you@aba.org", "--type", "read-only"],
    )
    .code(3);
    env.as_(
        "me@aba.org",
        &["member", "edit", "me@aba.org", "--type", "tier1"],
    )
    .code(6)
    .hint("the types are: full-access, single-client, read-only");
    // Manage Users edits anyone's profile, the type included, under the same rules
    add(&env, "ro@aba.org", &["full-access", "tier4"]);
    let ro = env.json_as(
        BOSS,
        &["member", "edit", "ro@aba.org", "--type", "read-only"],
    );
    assert_eq!(ro["roles"], serde_json::json!(["read-only", "tier4"]));
    let events = env.json_as(
        BOSS,
        &[
            "audit",
            "log",
            "--action",
            "member.edit",
            "--target",
            "member:ro@aba.org",
        ],
    );
    assert_eq!(
        events[0]["details"]["roles"],
        serde_json::json!([["full-access", "tier4"], ["read-only", "tier4"]])
    );
}

/// The product's word: "Access Controls … Provides the level of access users have to
/// performers, clients, and learners in their account." — under behavior-charts,
/// messages, hints and explanations say "performer" where careward says "record"
/// (the policy's `terms`); `performer:N` names a target, and `record:N` still does.
#[test]
fn messages_say_performer() {
    let env = aba();
    add(&env, "mum@aba.org", &["single-client", "access-none"]);
    env.as_(BOSS, &["performer", "create", "--client", "Kid"])
        .ok()
        .stderr_has("create performer:1 for boss@aba.org");
    env.as_(BOSS, &["record", "show", "9"])
        .code(4)
        .error("no performer 9 in aba")
        .hint("list the performers you can see with: careward record list");
    for target in ["performer:1", "record:1"] {
        let d = crate::seeds::decide(&env, "mum@aba.org", "journal.view", target);
        assert_eq!(d["target"], "record:1");
        assert_eq!(
            d["reason"],
            "denied: no grant of journal.view reaches performer:1; mum@aba.org holds access-none, single-client"
        );
    }
    env.as_("mum@aba.org", &["entry", "list", "1"])
        .code(3)
        .stderr_has("mum@aba.org may not entry.read performer:1");
    // other policies keep careward's word
    let gp = TestEnv::org("clinic");
    gp.as_(crate::seeds::ADMIN, &["record", "show", "9"])
        .code(3)
        .stderr_has("may not record.view record:9");
}

/// The one-performer rule holds for an organisation built from a file too.
#[test]
fn an_org_file_giving_a_parent_two_performers_does_not_seed() {
    let env = TestEnv::new();
    let boss_roles = "[full-access, create-performers, create-groups, manage-pinpoints, manage-teams, manage-users, manage-organization, view-audit-logs, manage-billing, manage-tags, manage-journal-types, manage-profile, view-reporting, manage-org-chart-views, manage-org-reporting-views, tier1]";
    let file = env.write(
        "family.yaml",
        &format!(
            "org: {{slug: fam, name: Fam, kind: clinic, policy: behavior-charts}}\n\
             members:\n  - {{email: boss@fam.org, roles: {boss_roles}}}\n  - {{email: mum@fam.org, roles: [single-client, access-none]}}\n\
             records:\n  - client: A\n    owner: boss@fam.org\n    shares: [{{with: mum@fam.org, level: tier4}}]\n  \
             - client: B\n    owner: boss@fam.org\n    shares: [{{with: mum@fam.org, level: tier4}}]\n"
        ),
    );
    env.run(&["org", "seed", file.to_str().unwrap()])
        .code(6)
        .stderr_has("member mum@fam.org holds single-client, which reaches at most 1 record(s), and is given 2");
}
