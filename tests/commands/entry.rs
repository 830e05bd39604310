//! `careward entry`: the wiring of add, list, show, edit, delete, submit and export — their
//! output, refusals, exit codes and audit events. The rules they enforce are in
//! tests/seeds/contents.rs.

use serde_json::{Value, json};

use crate::common::contents::{FAY, IVY, NED, add, add_entry, ids, listed, practice, stored};
use crate::common::records::{ADMIN, COL, KIM, LEE, PAT, audit, json_as, school};

fn id(n: i64) -> String {
    n.to_string()
}

#[test]
fn add_prints_the_entry_and_what_it_did() {
    let env = school();
    let run = env.as_(
        PAT,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--title",
            "  intake interview  ",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has("add note entry:1 to record:1");
    assert_eq!(
        run.json(),
        json!({
            "id": 1, "record": 1, "kind": "note", "title": "intake interview", "author": PAT,
            "confidential": false, "status": "final", "created_at": "2026-11-23T09:00:00Z",
            "edited_at": null, "submitted_at": "2026-11-23T09:00:00Z", "approved_by": null,
            "approved_at": null, "item": null,
        })
    );
    let events = audit(&env, &["--action", "entry.create"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["target"], "entry:1");
    assert_eq!(
        events[0]["details"],
        json!({ "record": 1, "kind": "note", "confidential": false, "status": "final" })
    );
    // by external id too
    env.as_(PAT, &["record", "edit", "1", "--external-id", "S-1"])
        .ok();
    assert_eq!(
        add_entry(&env, PAT, "ext:S-1", "document", &[])["record"],
        1
    );
    assert_eq!(listed(&env, PAT, "ext:S-1"), vec![1, 2]);
}

#[test]
fn add_refuses_an_unknown_kind_and_a_draft_that_is_not_a_note() {
    let env = school();
    env.as_(PAT, &["entry", "add", "1", "--kind", "letter"])
        .code(6)
        .error("unknown kind of entry \"letter\" in policy group-practice")
        .hint("the kinds are: appointment, document, invoice, memo, note, raw-data, task");
    env.as_(PAT, &["entry", "add", "1", "--kind", "invoice", "--draft"])
        .code(6)
        .error("only notes can be drafts, not --kind invoice");
    env.as_(PAT, &["entry", "add", "1"]).code(2);
    env.as_(PAT, &["entry", "add", "9", "--kind", "note"])
        .code(4)
        .error("no record 9 in demo");
    env.as_(PAT, &["entry", "add", "one", "--kind", "note"])
        .code(6);
    assert!(stored(&env, 1).is_empty());
}

#[test]
fn add_refuses_an_archived_record_until_it_is_reactivated() {
    let env = school();
    json_as(&env, PAT, &["record", "archive", "1"]);
    env.as_(PAT, &["entry", "add", "1", "--kind", "note"])
        .code(5)
        .error("record:1 is archived: only active records take new entries")
        .hint("reactivate it first: careward record reactivate 1");
    json_as(&env, PAT, &["record", "reactivate", "1"]);
    add(&env, PAT, "1", "note", &[]);
}

#[test]
fn add_in_a_dry_run_changes_nothing() {
    let env = school();
    let before = env.snapshot();
    let run = env.as_(
        PAT,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--dry-run",
            "--format",
            "json",
        ],
    );
    run.ok()
        .stderr_has("dry run: would add note entry:1 to record:1; nothing was changed");
    assert_eq!(run.json()["kind"], "note");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn list_shows_the_readable_entries_and_says_how_many_it_left_out() {
    let env = practice();
    add(&env, PAT, "1", "note", &["--title", "a"]);
    add(&env, KIM, "1", "note", &["--confidential", "--title", "b"]);
    add(
        &env,
        PAT,
        "1",
        "document",
        &["--confidential", "--title", "c"],
    );
    let run = env.as_(LEE, &["entry", "list", "1", "--format", "csv"]);
    run.ok().stderr_has("2 entries you may not read left out");
    assert_eq!(
        run.stdout,
        "id,kind,title,author,confidential,status,created_at\n\
         1,note,a,pat@demo.org,false,final,2026-11-23T09:00:00Z\n"
    );
    let run = env.as_(KIM, &["entry", "list", "1", "--format", "json"]);
    run.ok().stderr_has("1 entry you may not read left out");
    assert_eq!(ids(&run.json()), vec![1, 2]);
    // an empty record lists nothing and leaves nothing out
    json_as(&env, PAT, &["record", "create", "--client", "Ann"]);
    let run = env.as_(PAT, &["entry", "list", "2", "--format", "json"]);
    run.ok();
    assert_eq!(run.json(), json!([]));
    assert!(run.stderr.is_empty(), "{}", run.transcript());
}

#[test]
fn reading_entries_is_audited() {
    let env = practice();
    add(&env, PAT, "1", "note", &[]);
    add(&env, KIM, "1", "note", &["--confidential"]);
    json_as(&env, LEE, &["entry", "list", "1"]);
    json_as(&env, LEE, &["entry", "show", "1"]);
    env.as_(LEE, &["entry", "show", "2"]).code(3);
    env.as_(COL, &["entry", "list", "1"]).code(3);
    let reads = audit(&env, &["--action", "entry.read"]);
    let seen: Vec<(Value, Value, Value, Value)> = reads
        .iter()
        .map(|e| {
            (
                e["actor"].clone(),
                e["target"].clone(),
                e["outcome"].clone(),
                e["details"].clone(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            (
                json!(LEE),
                json!("record:1"),
                json!("allowed"),
                json!({ "read": "entries", "shown": 1, "hidden": 1 })
            ),
            (
                json!(LEE),
                json!("entry:1"),
                json!("allowed"),
                json!({ "read": "entry", "record": 1 })
            ),
            (
                json!(LEE),
                json!("entry:2"),
                json!("denied"),
                reads[2]["details"].clone()
            ),
            (
                json!(COL),
                json!("record:1"),
                json!("denied"),
                reads[3]["details"].clone()
            ),
        ]
    );
    assert!(
        reads[2]["decision"]
            .as_str()
            .unwrap()
            .starts_with("denied: no grant of entry.read reaches entry:2")
    );
}

#[test]
fn show_finds_an_entry_or_says_how_to_find_one() {
    let env = school();
    env.as_(PAT, &["entry", "show", "7"])
        .code(4)
        .error("no entry 7 in demo")
        .hint("list a record's entries with: careward entry list RECORD");
    env.as_(PAT, &["entry", "show", "seven"]).code(2);
    add(&env, PAT, "1", "invoice", &["--title", "October"]);
    let e = json_as(&env, PAT, &["entry", "show", "1"]);
    assert_eq!(
        (&e["kind"], &e["title"]),
        (&json!("invoice"), &json!("October"))
    );
    // nobody without access to the record, support staff included
    for who in [KIM, COL, ADMIN] {
        env.as_(who, &["entry", "show", "1"]).code(3);
    }
    env.as_(
        "support:sam",
        &["entry", "show", "1", "--reason", "ticket 9"],
    )
    .code(3);
}

#[test]
fn edit_changes_the_title_or_the_confidential_tag() {
    let env = practice();
    let n = id(add(&env, KIM, "1", "note", &["--title", "first"]));
    env.as_(KIM, &["entry", "edit", &n])
        .code(2)
        .error("nothing to change")
        .hint("give --title or --confidential on|off");
    env.as_(KIM, &["entry", "edit", &n, "--confidential", "yes"])
        .code(2);
    let run = env.as_(
        KIM,
        &[
            "entry",
            "edit",
            &n,
            "--confidential",
            "on",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has(&format!("edit entry:{n}"));
    let e = run.json();
    assert_eq!(
        (&e["title"], &e["confidential"]),
        (&json!("first"), &json!(true))
    );
    env.as_(LEE, &["entry", "show", &n]).code(3);
    let e = json_as(
        &env,
        KIM,
        &[
            "entry",
            "edit",
            &n,
            "--title",
            "second",
            "--confidential",
            "off",
        ],
    );
    assert_eq!(
        (&e["title"], &e["confidential"]),
        (&json!("second"), &json!(false))
    );
    json_as(&env, LEE, &["entry", "show", &n]);
    let events = audit(&env, &["--action", "entry.edit"]);
    assert_eq!(events.len(), 2);
    assert_eq!(
        events[1]["details"],
        json!({ "title_changed": true, "confidential": [true, false] })
    );
    env.as_(KIM, &["entry", "edit", "99", "--title", "x"])
        .code(4);
}

#[test]
fn submit_turns_a_draft_into_a_note() {
    let env = practice();
    let draft = add_entry(&env, KIM, "1", "note", &["--draft", "--title", "so far"]);
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["submitted_at"], Value::Null);
    let n = id(draft["id"].as_i64().unwrap());
    // only its author submits it
    for who in [PAT, FAY, LEE] {
        env.as_(who, &["entry", "submit", &n]).code(3);
    }
    let run = env.as_(KIM, &["entry", "submit", &n, "--format", "json"]);
    run.ok().stderr_has(&format!("submit entry:{n}"));
    let e = run.json();
    assert_eq!(e["status"], "final");
    assert_eq!(e["submitted_at"], "2026-11-23T09:00:00Z");
    env.as_(KIM, &["entry", "submit", &n])
        .code(5)
        .error(&format!("entry:{n} is not a draft: it is final"));
    let events = audit(&env, &["--action", "entry.edit", "--outcome", "allowed"]);
    assert_eq!(
        events[0]["details"],
        json!({ "status": ["draft", "final"] })
    );
    // a supervised member's draft, submitted, waits for approval
    let ivys = id(add(&env, IVY, "1", "note", &["--draft"]));
    let run = env.as_(IVY, &["entry", "submit", &ivys, "--format", "json"]);
    run.ok().stderr_has(&format!(
        "submit entry:{ivys}; it waits for {PAT}'s approval"
    ));
    assert_eq!(run.json()["status"], "pending-approval");
}

#[test]
fn export_lists_the_notes_the_actor_may_export() {
    let env = practice();
    add(&env, PAT, "1", "note", &["--title", "a"]);
    add(&env, KIM, "1", "note", &["--title", "b"]);
    add(&env, KIM, "1", "document", &["--title", "c"]);
    let run = env.as_(KIM, &["entry", "export", "1", "--format", "csv"]);
    run.ok()
        .stderr_has("1 note by others left out: a collaborator exports only their own");
    assert_eq!(
        run.stdout,
        "id,kind,title,author,confidential,status,created_at\n\
         2,note,b,kim@demo.org,false,final,2026-11-23T09:00:00Z\n"
    );
    let run = env.as_(PAT, &["entry", "export", "1", "--format", "json"]);
    run.ok();
    assert!(run.stderr.is_empty(), "{}", run.transcript());
    assert_eq!(ids(&run.json()), vec![1, 2]);
    env.as_(NED, &["entry", "export", "1"])
        .code(3)
        .stderr_has(&format!("{NED} may not record.export record:1"));
    env.as_(PAT, &["entry", "export", "3"]).code(4);
}

/// A kind the policy names no delete action for is kept: group-practice deletes no
/// entry. Whoever may read it hears that (exit 5); whoever may not is refused (exit 3)
/// without learning its kind.
#[test]
fn delete_keeps_a_kind_the_policy_deletes_no_entry_of() {
    let env = school();
    add_entry(&env, PAT, "1", "note", &[]);
    env.as_(PAT, &["entry", "delete", "1"]).code(5).stderr_has(
        "policy group-practice keeps note entries: it names no action that deletes them",
    );
    env.as_(COL, &["entry", "delete", "1"]).code(3);
    assert_eq!(listed(&env, PAT, "1"), vec![1]);
}

/// `entry delete` under behavior-charts: prints the entry it deleted, audits it under the
/// kind's own action, and under --dry-run deletes nothing.
#[test]
fn delete_prints_audits_and_dry_runs() {
    let env = crate::common::TestEnv::new();
    let boss = "boss@aba.org";
    env.run(&[
        "org",
        "init",
        "aba",
        "--name",
        "ABA",
        "--kind",
        "clinic",
        "--policy",
        "behavior-charts",
        "--admin",
        boss,
    ])
    .ok();
    env.as_(boss, &["record", "create", "--client", "Performer A"])
        .ok();
    env.as_(boss, &["entry", "add", "1", "--kind", "measurement"])
        .ok();
    env.as_(boss, &["entry", "delete", "1", "--dry-run"])
        .ok()
        .stderr_has("dry run: would delete entry:1 from performer:1");
    assert_eq!(
        json_as(&env, boss, &["entry", "list", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let run = env.as_(boss, &["entry", "delete", "1", "--format", "json"]);
    run.ok().stderr_has("delete entry:1 from performer:1");
    assert_eq!(run.json()["kind"], "measurement");
    assert_eq!(json_as(&env, boss, &["entry", "list", "1"]), json!([]));
    let events = json_as(
        &env,
        boss,
        &["audit", "log", "--action", "measurement.delete"],
    );
    assert_eq!(events.as_array().unwrap().len(), 1, "{events}");
    assert_eq!(events[0]["target"], "entry:1");
    assert_eq!(
        events[0]["details"],
        json!({ "record": 1, "kind": "measurement", "deleted": true })
    );
    env.as_(boss, &["entry", "delete", "1"]).code(4);
}
