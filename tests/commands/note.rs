//! `careward note`: approving supervised members' notes and listing what waits — the
//! wiring, output and refusals. The approval rules are in tests/seeds/contents.rs.

use serde_json::json;

use crate::common::contents::{IVY, NED, add, practice};
use crate::common::records::{ADMIN, COL, KIM, PAT, json_as};

fn id(n: i64) -> String {
    n.to_string()
}

#[test]
fn pending_lists_what_waits_for_the_actor_and_what_of_theirs_waits() {
    let env = practice();
    let first = add(&env, IVY, "1", "note", &["--title", "one"]);
    // ivy supervises nobody, but kim shares a record of her own with ivy the same way
    json_as(&env, KIM, &["record", "create", "--client", "Ann Roy"]);
    json_as(
        &env,
        KIM,
        &[
            "record",
            "share",
            "2",
            "--with",
            IVY,
            "--level",
            "write",
            "--require-approval",
        ],
    );
    let second = add(&env, IVY, "2", "note", &["--title", "two"]);
    let run = env.as_(IVY, &["note", "pending", "--format", "csv"]);
    run.ok();
    assert_eq!(
        run.stdout,
        format!(
            "id,record,author,title,submitted_at,state\n\
             {first},1,{IVY},one,2026-11-23T09:00:00Z,pending approval\n\
             {second},2,{IVY},two,2026-11-23T09:00:00Z,pending approval\n"
        )
    );
    let pats = json_as(&env, PAT, &["note", "pending"]);
    assert_eq!(pats.as_array().unwrap().len(), 1);
    assert_eq!(
        (&pats[0]["id"], &pats[0]["state"]),
        (&json!(first), &json!("to approve"))
    );
    let kims = json_as(&env, KIM, &["note", "pending"]);
    assert_eq!(
        (&kims[0]["id"], &kims[0]["state"]),
        (&json!(second), &json!("to approve"))
    );
    assert_eq!(kims.as_array().unwrap().len(), 1);
}

#[test]
fn pending_is_for_members_who_can_act() {
    let env = practice();
    env.as_("support:sam", &["note", "pending", "--reason", "ticket 3"])
        .code(2)
        .error("notes wait for members, not for support staff");
    add(&env, IVY, "1", "note", &[]);
    json_as(&env, ADMIN, &["member", "deactivate", IVY]);
    env.as_(IVY, &["note", "pending"])
        .code(3)
        .stderr_has(&format!("{IVY} is inactive"));
    // her note still waits for its approver
    assert_eq!(
        json_as(&env, PAT, &["note", "pending"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn approve_needs_an_existing_note() {
    let env = practice();
    env.as_(PAT, &["note", "approve", "5"])
        .code(4)
        .error("no entry 5 in demo");
    env.as_(PAT, &["note", "approve", "five"]).code(2);
    env.as_(PAT, &["note", "approve"]).code(2);
    // a document never waits, so it needs no approval
    let doc = add(&env, IVY, "1", "document", &[]);
    env.as_(PAT, &["note", "approve", &id(doc)])
        .code(5)
        .stderr_has("needs no approval");
}

#[test]
fn approve_in_a_dry_run_changes_nothing() {
    let env = practice();
    let n = add(&env, IVY, "1", "note", &[]);
    let before = env.snapshot();
    let run = env.as_(
        PAT,
        &["note", "approve", &id(n), "--dry-run", "--format", "json"],
    );
    run.ok().stderr_has(&format!(
        "dry run: would approve entry:{n} by {IVY}: both signatures are on it; nothing was changed"
    ));
    assert_eq!(run.json()["status"], "approved");
    assert_eq!(env.snapshot(), before);
    assert_eq!(
        json_as(&env, PAT, &["entry", "show", &id(n)])["status"],
        "pending-approval"
    );
}

/// A note waiting when the record moved with --keep-copy: the new owner approves it in the
/// record; its copy in the previous owner's read-only archive waits for nobody.
#[test]
fn a_note_in_a_read_only_copy_is_never_approved() {
    let env = practice();
    let n = add(&env, IVY, "1", "note", &["--title", "waiting"]);
    json_as(
        &env,
        COL,
        &["record", "transfer", "1", "--to", NED, "--keep-copy"],
    );
    let copy = json_as(&env, PAT, &["entry", "list", "2"]);
    let copied = copy[0]["id"].as_i64().unwrap();
    assert_eq!(copy[0]["status"], "pending-approval");
    assert_eq!(json_as(&env, PAT, &["note", "pending"]), json!([]));
    env.as_(PAT, &["note", "approve", &id(copied)])
        .code(5)
        .error(&format!(
            "entry:{copied} is in record:2, a read-only archived copy kept after a transfer: it can be read, never changed"
        ));
    assert_eq!(
        json_as(&env, PAT, &["entry", "show", &id(copied)])["status"],
        "pending-approval"
    );
    // the author sees one note waiting, in the record, for its new owner
    let ivys = json_as(&env, IVY, &["note", "pending"]);
    assert_eq!(ivys.as_array().unwrap().len(), 1);
    assert_eq!(ivys[0]["id"], n);
    let neds = json_as(&env, NED, &["note", "pending"]);
    assert_eq!(
        (&neds[0]["id"], &neds[0]["state"]),
        (&json!(n), &json!("to approve"))
    );
    let signed = json_as(&env, NED, &["note", "approve", &id(n)]);
    assert_eq!(signed["approved_by"], NED);
}
