//! `careward group`: groups of performers under behavior-charts, and the tiers granted on
//! them — reaching each performer while it is in the group, explained by `perm check`,
//! audited, and under the rule that nobody gives themselves access.

use serde_json::Value;

use crate::common::TestEnv;

pub const BOSS: &str = "boss@aba.org";

/// A behavior-charts organisation: the boss (with Create Groups and Create Performers
/// added), performers 1 and 2, and team techs with tech@aba.org (access None) in it.
pub fn aba() -> TestEnv {
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
    env.as_(
        BOSS,
        &["role", "assign", BOSS, "create-groups", "create-performers"],
    )
    .ok();
    add(&env, "tech@aba.org", &["full-access", "access-none"]);
    env.as_(BOSS, &["team", "create", "techs", "--name", "Technicians"])
        .ok();
    env.as_(BOSS, &["team", "add", "techs", "tech@aba.org"])
        .ok();
    for client in ["Jonah", "Aria"] {
        env.as_(BOSS, &["record", "create", "--client", client])
            .ok();
    }
    env
}

pub fn add(env: &TestEnv, email: &str, roles: &[&str]) {
    let mut args = vec!["member", "invite", email, "--accepted"];
    for r in roles {
        args.extend(["--role", r]);
    }
    env.as_(BOSS, &args).ok();
}

fn check(env: &TestEnv, who: &str, action: &str, target: &str) -> Value {
    let run = env.as_(
        who,
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
    run.json()
}

fn audit(env: &TestEnv, action: &str) -> Vec<Value> {
    match env.json_as(BOSS, &["audit", "log", "--action", action]) {
        Value::Array(events) => events,
        other => panic!("{other}"),
    }
}

#[test]
fn a_tier_on_a_group_reaches_its_performers_while_they_are_in_it() {
    let env = aba();
    env.as_(
        BOSS,
        &["group", "create", "mornings", "--name", "Morning clinic"],
    )
    .ok();
    let added = env.json_as(BOSS, &["group", "add", "mornings", "1"]);
    assert_eq!(added[0]["outcome"], "added");
    let shared = env.json_as(
        BOSS,
        &[
            "group", "share", "mornings", "--team", "techs", "--level", "tier3",
        ],
    );
    assert_eq!(shared["level"], "tier3");
    assert_eq!(shared["performers"], 1);

    let d = check(&env, "tech@aba.org", "measurement.create", "record:1");
    assert_eq!(d["allowed"], true, "{d}");
    assert_eq!(
        d["reason"],
        "allowed: performer:1 is in group mornings, shared with team techs, and tech@aba.org is in techs, at level tier3, which includes measurement.create"
    );
    // Tier 3 "cannot delete anything"
    assert_eq!(
        check(&env, "tech@aba.org", "measurement.delete", "record:1")["allowed"],
        false
    );
    // performer 2 is in no group
    assert_eq!(
        check(&env, "tech@aba.org", "record.read", "record:2")["allowed"],
        false
    );

    // it reaches a performer put in later, and leaves one taken out
    env.as_(BOSS, &["group", "add", "mornings", "2"]).ok();
    assert_eq!(
        check(&env, "tech@aba.org", "record.read", "record:2")["allowed"],
        true
    );
    env.as_(BOSS, &["group", "remove", "mornings", "1"]).ok();
    let d = check(&env, "tech@aba.org", "record.read", "record:1");
    assert_eq!(d["allowed"], false, "{d}");

    // and `perm lookup` agrees
    let found = env.json_as("tech@aba.org", &["perm", "lookup", "record.read", "record"]);
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found[0]["target"], "record:2");

    // unsharing takes it away
    let gone = env.json_as(BOSS, &["group", "unshare", "mornings", "--team", "techs"]);
    assert_eq!(gone["removed"], true);
    assert_eq!(
        check(&env, "tech@aba.org", "record.read", "record:2")["allowed"],
        false
    );

    // every change is audited, against the group
    let events = audit(&env, "group.create");
    let details: Vec<String> = events.iter().map(|e| e["details"].to_string()).collect();
    assert_eq!(events.len(), 6, "{details:?}");
    assert!(
        events.iter().all(|e| e["target"] == "group:mornings"),
        "{details:?}"
    );
    assert!(
        details.iter().any(|d| d.contains("\"level\":\"tier3\"")),
        "{details:?}"
    );
    assert!(
        details
            .iter()
            .any(|d| d.contains("\"unshared\":\"team:techs\"")),
        "{details:?}"
    );
    env.as_(BOSS, &["audit", "verify"]).ok();
}

#[test]
fn a_member_granted_a_tier_on_a_group_directly_is_explained_so() {
    let env = aba();
    add(&env, "parent@family.org", &["single-client", "access-none"]);
    env.as_(
        BOSS,
        &["group", "create", "home", "--name", "Home programme"],
    )
    .ok();
    env.as_(BOSS, &["group", "add", "home", "2"]).ok();
    env.as_(
        BOSS,
        &[
            "group",
            "share",
            "home",
            "--with",
            "parent@family.org",
            "--level",
            "tier4",
        ],
    )
    .ok();
    let d = check(&env, "parent@family.org", "entry.read", "record:2");
    assert_eq!(
        d["reason"],
        "allowed: performer:2 is in group home, shared with parent@family.org, at level tier4, which includes entry.read"
    );
    let d = check(&env, "parent@family.org", "measurement.create", "record:2");
    assert_eq!(d["allowed"], false);
    assert_eq!(
        d["nearest"],
        "performer:2 is in group home, shared with parent@family.org, at level tier4, which does not include measurement.create"
    );
}

#[test]
fn without_create_groups_every_group_change_is_refused_and_audited() {
    let env = aba();
    env.as_(
        BOSS,
        &["group", "create", "mornings", "--name", "Morning clinic"],
    )
    .ok();
    for args in [
        &["group", "create", "evenings", "--name", "Evenings"][..],
        &["group", "add", "mornings", "1"],
        &["group", "remove", "mornings", "1"],
        &[
            "group", "share", "mornings", "--team", "techs", "--level", "tier3",
        ],
        &["group", "unshare", "mornings", "--team", "techs"],
    ] {
        env.as_("tech@aba.org", args)
            .code(3)
            .stderr_has("no grant of group.create reaches group:");
    }
    let denied: Vec<Value> = audit(&env, "group.create")
        .into_iter()
        .filter(|e| e["outcome"] == "denied")
        .collect();
    assert_eq!(denied.len(), 5, "{denied:?}");
    assert!(denied.iter().all(|e| e["actor"] == "tech@aba.org"));
    // and nothing changed
    let groups = env.json_as(BOSS, &["group", "list"]);
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
}

#[test]
fn granting_a_group_needs_sharing_rights_on_each_of_its_performers() {
    let env = aba();
    // a group manager with no tier: may organise groups, not open performers to others
    add(
        &env,
        "gina@aba.org",
        &["full-access", "create-groups", "tier4"],
    );
    env.as_("gina@aba.org", &["group", "create", "g", "--name", "G"])
        .ok();
    env.as_("gina@aba.org", &["group", "add", "g", "1"]).ok();
    env.as_(
        "gina@aba.org",
        &["group", "share", "g", "--team", "techs", "--level", "tier1"],
    )
    .code(3)
    .stderr_has("no grant of record.share reaches performer:1");
    assert_eq!(
        check(&env, "tech@aba.org", "record.read", "record:1")["allowed"],
        false
    );
    // once the group is shared (by the boss), putting a performer in it is sharing it
    env.as_(
        BOSS,
        &["group", "share", "g", "--team", "techs", "--level", "tier4"],
    )
    .ok();
    env.as_("gina@aba.org", &["group", "add", "g", "2"])
        .code(3)
        .stderr_has("no grant of record.share reaches performer:2");
    assert_eq!(
        check(&env, "tech@aba.org", "record.read", "record:2")["allowed"],
        false
    );
}

#[test]
fn nobody_gives_themselves_access_through_a_group() {
    let env = aba();
    // Create Groups, access None, and Tier 1 on performer 2 alone: they may share it …
    add(
        &env,
        "max@aba.org",
        &["full-access", "create-groups", "access-none"],
    );
    env.as_(
        BOSS,
        &[
            "record",
            "share",
            "2",
            "--with",
            "max@aba.org",
            "--level",
            "tier1",
        ],
    )
    .ok();
    env.as_(
        "max@aba.org",
        &["group", "create", "mine", "--name", "Mine"],
    )
    .ok();
    env.as_("max@aba.org", &["group", "add", "mine", "2"]).ok();
    // … but not with themselves, raising nothing they hold
    env.as_(
        "max@aba.org",
        &[
            "group",
            "share",
            "mine",
            "--with",
            "max@aba.org",
            "--level",
            "tier1",
        ],
    )
    .code(3)
    .stderr_has("a member does not change their own access");
    // a group shared with them (by the boss): they may not put a performer in it
    env.as_(BOSS, &["group", "create", "theirs", "--name", "Theirs"])
        .ok();
    env.as_(
        BOSS,
        &[
            "group",
            "share",
            "theirs",
            "--with",
            "max@aba.org",
            "--level",
            "tier4",
        ],
    )
    .ok();
    let run = env.as_("max@aba.org", &["group", "add", "theirs", "2"]);
    run.code(3).stderr_has(
        "a member does not change their own access: group theirs is shared with max@aba.org",
    );
    // nor through a team the group is shared with
    env.as_(
        BOSS,
        &["group", "unshare", "theirs", "--with", "max@aba.org"],
    )
    .ok();
    env.as_(BOSS, &["team", "add", "techs", "max@aba.org"]).ok();
    env.as_(
        BOSS,
        &[
            "group", "share", "theirs", "--team", "techs", "--level", "tier4",
        ],
    )
    .ok();
    env.as_("max@aba.org", &["group", "add", "theirs", "2"])
        .code(3)
        .stderr_has("group theirs is shared with team techs, and max@aba.org is in techs");
    let forbidden: Vec<Value> = audit(&env, "record.share")
        .into_iter()
        .filter(|e| e["outcome"] == "denied" && e["actor"] == "max@aba.org")
        .collect();
    assert_eq!(forbidden.len(), 3, "{forbidden:?}");
}

#[test]
fn a_team_manager_does_not_join_a_team_for_the_groups_shared_with_it() {
    let env = aba();
    add(
        &env,
        "tom@aba.org",
        &["full-access", "manage-teams", "access-none"],
    );
    env.as_(BOSS, &["group", "create", "g", "--name", "G"]).ok();
    env.as_(BOSS, &["group", "add", "g", "1"]).ok();
    env.as_(
        BOSS,
        &["group", "share", "g", "--team", "techs", "--level", "tier3"],
    )
    .ok();
    env.as_("tom@aba.org", &["team", "add", "techs", "tom@aba.org"])
        .code(3)
        .stderr_has("performer:1 is in group g, which is shared with team techs");
}

#[test]
fn show_tells_shares_to_group_managers_and_performers_to_who_may_see_them() {
    let env = aba();
    env.as_(BOSS, &["group", "create", "g", "--name", "G"]).ok();
    env.as_(BOSS, &["group", "add", "g", "1", "2"]).ok();
    env.as_(
        BOSS,
        &[
            "record",
            "share",
            "1",
            "--with",
            "tech@aba.org",
            "--level",
            "tier4",
        ],
    )
    .ok();
    let mine = env.json_as(BOSS, &["group", "show", "g"]);
    assert_eq!(mine["performers"], serde_json::json!([1, 2]));
    assert_eq!(mine["shares"], serde_json::json!([]));
    let theirs = env.as_("tech@aba.org", &["group", "show", "g", "--format", "json"]);
    theirs
        .ok()
        .stderr_has("1 performer you may not see left out");
    let v = theirs.json();
    assert_eq!(v["performers"], serde_json::json!([1]));
    assert_eq!(v["shares"], Value::Null);
    let list = env.json_as("tech@aba.org", &["group", "list"]);
    assert_eq!(list[0]["performers"], 1);
}

#[test]
fn bad_group_requests_are_refused_with_their_exit_codes() {
    let env = aba();
    env.as_(BOSS, &["group", "create", "g", "--name", "G"]).ok();
    env.as_(BOSS, &["group", "create", "g", "--name", "Again"])
        .code(5)
        .error("group g already exists");
    env.as_(BOSS, &["group", "show", "nope"])
        .code(4)
        .error("no group nope in aba");
    env.as_(BOSS, &["group", "add", "g", "99"]).code(4);
    env.as_(
        BOSS,
        &["group", "share", "g", "--team", "techs", "--level", "full"],
    )
    .code(6)
    .error("unknown level \"full\" for a group")
    .hint("the levels are: tier1, tier2, tier3, tier4");
    env.as_(BOSS, &["group", "create", "Bad Slug", "--name", "x"])
        .code(6);
    // a dry run changes nothing
    env.as_(BOSS, &["group", "add", "g", "1", "--dry-run"]).ok();
    assert_eq!(
        env.json_as(BOSS, &["group", "show", "g"])["performers"],
        serde_json::json!([])
    );
}

#[test]
fn policies_without_groups_of_performers_refuse_the_command_with_a_hint() {
    let env = TestEnv::org("clinic");
    env.as_("admin@demo.org", &["group", "create", "g", "--name", "G"])
        .code(2)
        .error("policy group-practice has no groups of performers")
        .hint("share records with a work team instead: careward record share ID --team SLUG --level LEVEL");
    env.as_("admin@demo.org", &["group", "list"]).code(2);
}
