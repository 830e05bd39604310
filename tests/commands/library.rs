//! The organisation's libraries under behavior-charts (seed 003): pinpoints, tags and
//! journal types, managed by their flags, picked from by everyone; a chart names a
//! pinpoint, a journal a journal type; tags are assigned by whoever may edit the thing.

use serde_json::Value;

use super::performer_group::{BOSS, aba, add};
use crate::common::TestEnv;

/// aba(), with the boss holding the three library flags and a Tier 3 technician.
fn with_libraries() -> TestEnv {
    let env = aba();
    env.as_(
        BOSS,
        &[
            "role",
            "assign",
            BOSS,
            "manage-pinpoints",
            "manage-tags",
            "manage-journal-types",
        ],
    )
    .ok();
    add(&env, "sam@aba.org", &["full-access", "tier3"]);
    env
}

fn denied_events(env: &TestEnv, action: &str, actor: &str) -> usize {
    match env.json_as(BOSS, &["audit", "log", "--action", action]) {
        Value::Array(events) => events
            .iter()
            .filter(|e| e["outcome"] == "denied" && e["actor"] == actor)
            .count(),
        other => panic!("{other}"),
    }
}

/// "Manage Pinpoints: Gives the user access to view, create, edit, and delete pinpoints
/// from the organization's Pinpoint library"
#[test]
fn pinpoints_are_created_edited_and_deleted_with_manage_pinpoints() {
    let env = with_libraries();
    let p = env.json_as(
        BOSS,
        &[
            "pinpoint",
            "create",
            "Hand flapping",
            "--description",
            "Repetitive hand movement",
        ],
    );
    assert_eq!(p["name"], "Hand flapping");
    assert_eq!(p["library"], "pinpoint");
    let edited = env.json_as(
        BOSS,
        &["pinpoint", "edit", "Hand flapping", "--name", "Flapping"],
    );
    assert_eq!(edited["name"], "Flapping");
    assert_eq!(edited["description"], "Repetitive hand movement");
    let list = env.json_as("sam@aba.org", &["pinpoint", "list"]);
    assert_eq!(list[0]["name"], "Flapping");
    env.as_(BOSS, &["pinpoint", "create", "Flapping"]).code(5);
    env.json_as(BOSS, &["pinpoint", "delete", "Flapping"]);
    assert_eq!(
        env.json_as(BOSS, &["pinpoint", "list"]),
        serde_json::json!([])
    );
    env.as_(BOSS, &["pinpoint", "show", "Flapping"]).code(4);
}

#[test]
fn without_the_flag_a_library_is_read_but_not_changed() {
    let env = with_libraries();
    env.as_(BOSS, &["pinpoint", "create", "Hand flapping"]).ok();
    env.as_(BOSS, &["tag", "create", "follow-up"]).ok();
    env.as_(BOSS, &["journal-type", "create", "Session notes"])
        .ok();
    for (library, action, name) in [
        ("pinpoint", "pinpoint.manage", "Hand flapping"),
        ("tag", "tag.manage", "follow-up"),
        ("journal-type", "journal-type.manage", "Session notes"),
    ] {
        env.as_("sam@aba.org", &[library, "create", "New one"])
            .code(3)
            .stderr_has(&format!("no grant of {action} reaches {library}:New one"));
        env.as_(
            "sam@aba.org",
            &[library, "edit", name, "--description", "x"],
        )
        .code(3);
        env.as_("sam@aba.org", &[library, "delete", name]).code(3);
        assert_eq!(denied_events(&env, action, "sam@aba.org"), 3, "{library}");
        // everyone picks from the library
        let list = env.json_as("sam@aba.org", &[library, "list"]);
        assert_eq!(list[0]["name"], name);
    }
}

/// "If this permission is checked off and the user has the permission to "Create
/// Performers," they can still "Add Chart" by selecting a pinpoint from the
/// organization's Pinpoint library." — and "If this permission is not given, the user
/// can still create Journals using the Journal types set up by the organization."
#[test]
fn charts_name_a_pinpoint_and_journals_a_journal_type_from_the_library() {
    let env = with_libraries();
    env.as_(BOSS, &["pinpoint", "create", "Hand flapping"]).ok();
    env.as_(BOSS, &["journal-type", "create", "Session notes"])
        .ok();
    let chart = env.json_as(
        "sam@aba.org",
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "measurement",
            "--pinpoint",
            "Hand flapping",
        ],
    );
    assert_eq!(chart["item"], "pinpoint:Hand flapping");
    let journal = env.json_as(
        "sam@aba.org",
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "journal",
            "--journal-type",
            "Session notes",
        ],
    );
    assert_eq!(journal["item"], "journal-type:Session notes");
    let shown = env.json_as(
        "sam@aba.org",
        &["entry", "show", &journal["id"].to_string()],
    );
    assert_eq!(shown["item"], "journal-type:Session notes");
    // a chart must name one, and one the library has
    env.as_(BOSS, &["entry", "add", "1", "--kind", "chart"])
        .code(6)
        .error("a chart names a pinpoint")
        .hint("add --pinpoint NAME; the organisation's are listed by: careward pinpoint list");
    env.as_(
        BOSS,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "chart",
            "--pinpoint",
            "Biting",
        ],
    )
    .code(4)
    .error("no pinpoint \"Biting\" in aba");
    env.as_(
        BOSS,
        &["entry", "add", "1", "--kind", "note", "--item", "Biting"],
    )
    .code(6)
    .error("a note names no library item: leave out --item");
    // a pinpoint that charts name is not deleted from under them
    env.as_(BOSS, &["pinpoint", "delete", "Hand flapping"])
        .code(5)
        .error("pinpoint \"Hand flapping\" is named by 1 entry: deleting it would leave them naming nothing");
    let audit = env.json_as(BOSS, &["audit", "log", "--action", "measurement.create"]);
    assert!(
        audit
            .to_string()
            .contains("\"item\":\"pinpoint:Hand flapping\""),
        "{audit}"
    );
}

/// "Manage Tags: … create and delete Tags in the organization's Tag library." — "If this
/// permission is not given, the user can still assign Tags to Charts, Users, Performers,
/// Pinpoints, and Journals."
#[test]
fn tags_are_assigned_by_whoever_may_edit_the_thing() {
    let env = with_libraries();
    env.as_(BOSS, &["tag", "create", "follow-up"]).ok();
    env.as_(BOSS, &["pinpoint", "create", "Hand flapping"]).ok();
    let chart = env.json_as(
        BOSS,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "chart",
            "--pinpoint",
            "Hand flapping",
        ],
    );
    let entry = format!("entry:{}", chart["id"]);
    // Tier 3 (no Manage Tags) tags performers, charts and pinpoints
    for target in ["record:1", entry.as_str(), "pinpoint:Hand flapping"] {
        let v = env.json_as("sam@aba.org", &["tag", "assign", "follow-up", target]);
        assert_eq!(v["changed"], true, "{target}");
        assert_eq!(v["tags"], serde_json::json!(["follow-up"]));
    }
    // again: nothing to do
    let again = env.json_as("sam@aba.org", &["tag", "assign", "follow-up", "record:1"]);
    assert_eq!(again["changed"], false);
    // users: Manage Users, not a technician
    env.as_(
        "sam@aba.org",
        &["tag", "assign", "follow-up", "member:tech@aba.org"],
    )
    .code(3)
    .stderr_has("no grant of member.edit reaches member:tech@aba.org");
    env.json_as(BOSS, &["tag", "assign", "follow-up", "member:tech@aba.org"]);
    // someone who may not edit a performer does not tag it (access None, Tier 4 share)
    env.as_(
        BOSS,
        &[
            "record",
            "share",
            "2",
            "--with",
            "tech@aba.org",
            "--level",
            "tier4",
        ],
    )
    .ok();
    env.as_("tech@aba.org", &["tag", "assign", "follow-up", "record:2"])
        .code(3)
        .stderr_has("no grant of tag.create reaches performer:2");
    // the tag shows where it is, as far as the reader may see
    let shown = env.json_as(BOSS, &["tag", "show", "follow-up"]);
    assert_eq!(
        shown["assigned_to"],
        serde_json::json!([
            "record:1",
            entry,
            "pinpoint:Hand flapping",
            "member:tech@aba.org"
        ])
    );
    let theirs = env.as_(
        "tech@aba.org",
        &["tag", "show", "follow-up", "--format", "json"],
    );
    theirs.ok().stderr_has("left out");
    assert!(
        !theirs.stdout.contains("record:1"),
        "{}",
        theirs.transcript()
    );
    // unassigning, and deleting the tag takes it off everything
    env.json_as("sam@aba.org", &["tag", "unassign", "follow-up", "record:1"]);
    env.json_as(BOSS, &["tag", "delete", "follow-up"]);
    let count: i64 = env.sql().query_one("SELECT count(*) FROM tag_link", &[]);
    assert_eq!(count, 0);
    env.as_(BOSS, &["audit", "verify"]).ok();
}

#[test]
fn policies_without_libraries_refuse_them_with_a_hint() {
    let env = TestEnv::org("clinic");
    env.as_("admin@demo.org", &["pinpoint", "list"])
        .code(2)
        .error("policy group-practice has no pinpoint library")
        .hint("libraries come with policies that declare them, such as behavior-charts");
    env.as_("admin@demo.org", &["tag", "assign", "x", "record:1"])
        .code(2);
}
