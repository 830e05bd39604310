//! Seed conformance for what is inside a record (issue 5): entries signed by their
//! author, confidential notes, note approval, what a transfer carries, collaborative
//! spaces, emergency access, and perm's answers about entries and spaces. Each test names
//! the seed file, the related article (shared/seeds/RELATED.md) or DESIGN.md, and quotes
//! the sentence it checks.

use std::collections::BTreeSet;

use chrono::Duration;
use serde_json::{Value, json};

use super::decide;
use crate::common::TestEnv;
use crate::common::contents::{
    FAY, IVY, NED, add, add_entry, carried, ids, listed, practice, stored, stored_titles,
};
use crate::common::records::{
    ADMIN, COL, KIM, LEE, MAN, PAT, audit, batch, can, column, json_as, later, owner_of,
};

/// The record actions of the core vocabulary, and group-practice's own.
const RECORD_ACTIONS: [&str; 12] = [
    "record.view",
    "record.read",
    "record.write",
    "record.edit",
    "record.archive",
    "record.share",
    "record.transfer",
    "record.export",
    "profile.read",
    "profile.write",
    "entry.read",
    "entry.create",
];

/// The actions among `actions` that `actor` may do to `target`, in one batch run.
fn allowed_of(env: &TestEnv, actor: &str, actions: &[&str], target: &str) -> Vec<String> {
    let checks: Vec<(String, String, String)> = actions
        .iter()
        .map(|a| (actor.to_string(), a.to_string(), target.to_string()))
        .collect();
    actions
        .iter()
        .zip(batch(env, &checks))
        .filter(|(_, ok)| *ok)
        .map(|(a, _)| a.to_string())
        .collect()
}

/// an administrator who is also a coordinator: deactivates members and moves their records
const BOSS: &str = "boss@demo.org";

fn id(n: i64) -> String {
    n.to_string()
}

// ----- entries: signed by their author ---------------------------------------------

/// related article "How does record sharing work?": "Each note is signed by its author
/// and only its author can edit it." The owner cannot edit a collaborator's note, and
/// no collaborator — not even at level full — the owner's.
#[test]
fn related_each_note_is_signed_by_its_author_and_only_its_author_edits_it() {
    let env = practice();
    let pats = add(&env, PAT, "1", "note", &["--title", "intake"]);
    let kims = add(&env, KIM, "1", "note", &["--title", "session 1"]);
    assert_eq!(
        json_as(&env, LEE, &["entry", "show", &id(kims)])["author"],
        KIM
    );
    assert_eq!(
        json_as(&env, LEE, &["entry", "show", &id(pats)])["author"],
        PAT
    );

    env.as_(
        PAT,
        &[
            "entry",
            "edit",
            &id(kims),
            "--title",
            "rewritten by the owner",
        ],
    )
    .code(3)
    .stderr_has(&format!("entry:{kims} was created by {KIM}"));
    env.as_(PAT, &["entry", "edit", &id(kims), "--confidential", "on"])
        .code(3);
    for collaborator in [KIM, FAY, IVY] {
        env.as_(
            collaborator,
            &["entry", "edit", &id(pats), "--title", "rewritten"],
        )
        .code(3)
        .stderr_has("which gives entry.edit only on entries they wrote");
    }
    assert_eq!(stored_titles(&env, 1), vec!["intake", "session 1"]);

    // each edits their own, and the signature stays theirs
    let mut env = env;
    later(&mut env, Duration::hours(1));
    let e = json_as(
        &env,
        KIM,
        &["entry", "edit", &id(kims), "--title", "session 1 (rev)"],
    );
    assert_eq!(e["title"], "session 1 (rev)");
    assert_eq!(e["author"], KIM);
    assert_eq!(e["created_at"], "2026-11-23T09:00:00Z");
    assert_eq!(e["edited_at"], "2026-11-23T10:00:00Z");
    let e = json_as(
        &env,
        PAT,
        &["entry", "edit", &id(pats), "--title", "intake (rev)"],
    );
    assert_eq!(e["author"], PAT);
    assert_eq!(
        stored_titles(&env, 1),
        vec!["intake (rev)", "session 1 (rev)"]
    );
}

/// related article "How does record sharing work?", write: "read, plus add notes,
/// documents and invoices, add confidential notes (visible only to their author), export
/// notes".
#[test]
fn related_a_write_collaborator_adds_notes_documents_invoices_and_confidential_notes() {
    let env = practice();
    let mut added = Vec::new();
    for (kind, extra) in [
        ("note", &[][..]),
        ("document", &[][..]),
        ("invoice", &[][..]),
        ("note", &["--confidential"][..]),
        ("document", &["--confidential"][..]),
    ] {
        let e = add_entry(&env, KIM, "1", kind, extra);
        assert_eq!(e["kind"], kind);
        assert_eq!(e["author"], KIM);
        assert_eq!(e["record"], 1);
        assert_eq!(e["status"], "final");
        assert_eq!(e["confidential"], json!(!extra.is_empty()));
        added.push(e["id"].as_i64().unwrap());
    }
    assert_eq!(listed(&env, PAT, "1"), added);
    assert_eq!(listed(&env, KIM, "1"), added);
    // the export of notes is the next test's
}

/// related article "How does record sharing work?", read: "see all information in the
/// record" — and nothing more: a read collaborator adds no entry of any kind.
#[test]
fn related_a_read_collaborator_sees_the_entries_and_adds_nothing() {
    let env = practice();
    let note = add(&env, PAT, "1", "note", &["--title", "intake"]);
    let doc = add(&env, KIM, "1", "document", &[]);
    assert_eq!(listed(&env, LEE, "1"), vec![note, doc]);
    json_as(&env, LEE, &["entry", "show", &id(note)]);
    for kind in [
        "note",
        "document",
        "raw-data",
        "invoice",
        "appointment",
        "task",
        "memo",
    ] {
        env.as_(LEE, &["entry", "add", "1", "--kind", kind])
            .code(3)
            .stderr_has(&format!("{LEE} may not "));
    }
    env.as_(LEE, &["entry", "add", "1", "--kind", "note", "--draft"])
        .code(3);
    assert_eq!(stored(&env, 1), vec![note, doc]);
}

/// related article "How does record sharing work?", full: "write, plus edit the record's
/// information, link or unlink a profile, create or edit tasks, send invoices, and change
/// other members' access."
#[test]
fn related_tasks_and_record_details_need_full_access() {
    let env = practice();
    env.as_(KIM, &["entry", "add", "1", "--kind", "task"])
        .code(3)
        .error(&format!(
            "{KIM} may not task.edit record:1: no grant of task.edit reaches record:1; {KIM} holds practitioner"
        ));
    env.as_(KIM, &["record", "edit", "1", "--client", "Sam B. Lee"])
        .code(3);
    let task = add_entry(&env, FAY, "1", "task", &["--title", "call the school"]);
    assert_eq!(task["author"], FAY);
    let r = json_as(
        &env,
        FAY,
        &["record", "edit", "1", "--client", "Sam B. Lee"],
    );
    assert_eq!(r["client"], "Sam B. Lee");
    // and the owner, of course
    add(&env, PAT, "1", "task", &[]);
    assert!(can(&env, FAY, "task.edit", "record:1"));
    assert!(!can(&env, KIM, "task.edit", "record:1"));
}

/// related article "How does record sharing work?", write: "add confidential notes
/// (visible only to their author)"; issue 5: "who sees a confidential entry — its author
/// and the owner — is the policy's, and a `read` or `write` share does not reach it". A
/// write collaborator's confidential note is hidden from the owner's other collaborators.
#[test]
fn related_a_collaborators_confidential_note_is_hidden_from_the_other_collaborators() {
    let env = practice();
    let open = add(&env, KIM, "1", "note", &["--title", "session"]);
    let secret = add(
        &env,
        KIM,
        "1",
        "note",
        &["--title", "disclosure", "--confidential"],
    );
    let target = format!("entry:{secret}");
    for other in [LEE, FAY, IVY] {
        let run = env.as_(other, &["entry", "list", "1", "--format", "json"]);
        run.ok().stderr_has("1 entry you may not read left out");
        assert_eq!(ids(&run.json()), vec![open], "{other}");
        env.as_(other, &["entry", "show", &id(secret)])
            .code(3)
            .stderr_has("a share does not reach a confidential entry");
        let d = decide(&env, other, "entry.read", &target);
        assert_eq!(d["allowed"], false);
        assert_eq!(
            d["nearest"],
            format!(
                "{target} is shared with {other}, but a share does not reach a confidential entry: it is visible only to its author and the record's owner"
            )
        );
    }
    // its author and the owner read it
    for reader in [KIM, PAT] {
        let run = env.as_(reader, &["entry", "list", "1", "--format", "json"]);
        run.ok();
        assert!(!run.stderr.contains("left out"), "{}", run.transcript());
        assert_eq!(ids(&run.json()), vec![open, secret]);
        let e = json_as(&env, reader, &["entry", "show", &id(secret)]);
        assert_eq!(e["confidential"], true);
    }
    let who = json_as(&env, ADMIN, &["perm", "who-can", "entry.read", &target]);
    assert_eq!(column(&who, "email"), vec![KIM, PAT]);
    // nobody else, the coordinator and the manager included
    for outsider in [COL, MAN, NED, ADMIN] {
        assert!(!can(&env, outsider, "entry.read", &target), "{outsider}");
    }
}

/// related article "What's the difference between a confidential record and a partially
/// confidential record?": "a record with at least one confidential note or document is
/// partially confidential", and "Only the owner and those the record is shared with see
/// confidentiality tags."
#[test]
fn related_a_confidential_note_or_document_makes_the_record_partially_confidential() {
    let env = practice();
    add(&env, PAT, "1", "note", &[]);
    let partially =
        |who: &str| json_as(&env, who, &["record", "show", "1"])["partially_confidential"].clone();
    assert_eq!(partially(PAT), false);
    let secret = add(&env, KIM, "1", "note", &["--confidential"]);
    for who in [PAT, KIM, LEE, FAY] {
        assert_eq!(partially(who), true, "{who}");
        let r = json_as(&env, who, &["record", "open", "1"]);
        assert_eq!(r["partially_confidential"], true, "{who}");
    }
    // the record as a whole is not confidential
    assert_eq!(
        json_as(&env, PAT, &["record", "show", "1"])["confidential"],
        false
    );
    // whoever only views the record sees no tag
    for viewer in [COL, MAN] {
        assert_eq!(partially(viewer), Value::Null, "{viewer}");
    }
    // the tag is on the entry itself
    let list = json_as(&env, PAT, &["entry", "list", "1"]);
    let flags: Vec<(i64, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["id"].as_i64().unwrap(), e["confidential"] == true))
        .collect();
    assert_eq!(flags.last(), Some(&(secret, true)));
    assert_eq!(flags.iter().filter(|(_, c)| *c).count(), 1);
    // a confidential document does it as well; untagging them all undoes it
    let doc = add(&env, PAT, "1", "document", &["--confidential"]);
    json_as(
        &env,
        KIM,
        &["entry", "edit", &id(secret), "--confidential", "off"],
    );
    assert_eq!(partially(PAT), true);
    json_as(
        &env,
        PAT,
        &["entry", "edit", &id(doc), "--confidential", "off"],
    );
    assert_eq!(partially(PAT), false);
    assert_eq!(partially(LEE), false);
}

/// related article "How does record sharing work?": "Only the owner can print every note;
/// a collaborator can print only their own." (`entry export`; notes only, not invoices.)
#[test]
fn related_only_the_owner_exports_every_note_a_collaborator_only_their_own() {
    let env = practice();
    let pats = add(&env, PAT, "1", "note", &[]);
    let kims = add(&env, KIM, "1", "note", &[]);
    let kims_secret = add(&env, KIM, "1", "note", &["--confidential"]);
    let kims_draft = add(&env, KIM, "1", "note", &["--draft"]);
    let fays = add(&env, FAY, "1", "note", &[]);
    add(&env, KIM, "1", "invoice", &[]);
    add(&env, PAT, "1", "document", &[]);

    let all = json_as(&env, PAT, &["entry", "export", "1"]);
    assert_eq!(ids(&all), vec![pats, kims, kims_secret, kims_draft, fays]);
    let run = env.as_(KIM, &["entry", "export", "1", "--format", "json"]);
    run.ok()
        .stderr_has("2 notes by others left out: a collaborator exports only their own");
    assert_eq!(ids(&run.json()), vec![kims, kims_secret, kims_draft]);
    let run = env.as_(FAY, &["entry", "export", "1", "--format", "json"]);
    run.ok().stderr_has("4 notes by others left out");
    assert_eq!(ids(&run.json()), vec![fays]);
    // a read collaborator exports nothing, nor does anyone without a share
    for who in [LEE, NED, COL] {
        env.as_(who, &["entry", "export", "1"]).code(3);
    }
    let events = audit(&env, &["--action", "record.export"]);
    let details: Vec<(String, Value)> = events
        .iter()
        .filter(|e| e["outcome"] == "allowed")
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_string(),
                e["details"].clone(),
            )
        })
        .collect();
    assert_eq!(
        details,
        vec![
            (
                PAT.to_string(),
                json!({ "read": "export", "exported": 5, "left_out": 0 })
            ),
            (
                KIM.to_string(),
                json!({ "read": "export", "exported": 3, "left_out": 2 })
            ),
            (
                FAY.to_string(),
                json!({ "read": "export", "exported": 1, "left_out": 4 })
            ),
        ]
    );
}

/// related article "How does record transfers work?": "Until accepted, the record's
/// collaborators lose access; once accepted they get back the access they had." — to the
/// notes they wrote there as well; and related article "How does record sharing work?": a
/// collaborator "can leave a shared record", after which its notes are no longer theirs
/// to read or edit.
#[test]
fn related_a_collaborator_reaches_their_own_notes_only_while_they_reach_the_record() {
    let env = practice();
    let kims = add(&env, KIM, "1", "note", &["--title", "session"]);
    json_as(&env, PAT, &["record", "transfer", "1", "--to", NED]);
    for args in [
        &["entry", "show", &id(kims)][..],
        &["entry", "edit", &id(kims), "--title", "while it waits"][..],
        &["entry", "add", "1", "--kind", "note"][..],
    ] {
        env.as_(KIM, args)
            .code(3)
            .stderr_has("its collaborators have no access until it is accepted");
    }
    json_as(&env, NED, &["record", "transfer", "accept", "1"]);
    json_as(&env, KIM, &["entry", "edit", &id(kims), "--title", "after"]);

    json_as(&env, KIM, &["record", "leave", "1"]);
    env.as_(KIM, &["entry", "show", &id(kims)]).code(3);
    env.as_(KIM, &["entry", "edit", &id(kims), "--title", "gone"])
        .code(3);
    assert!(!can(&env, KIM, "entry.read", &format!("entry:{kims}")));
    assert_eq!(stored_titles(&env, 1), vec!["after"]);
}

// ----- note approval ---------------------------------------------------------------

/// 000_af0d8be90239399a.txt, practitioner: "Act as supervisor and co-sign notes."; related
/// article "How does note approval work?": "A submitted note shows "pending approval" to
/// its author and "to approve" to the owner, who approves it; both signatures then appear
/// on the note."
#[test]
fn seed_000_the_owner_co_signs_a_supervised_members_note() {
    let mut env = practice();
    let run = env.as_(
        IVY,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--title",
            "first session",
            "--format",
            "json",
        ],
    );
    run.ok()
        .stderr_has(&format!("it waits for {PAT}'s approval"));
    let note = run.json();
    assert_eq!(note["status"], "pending-approval");
    let n = note["id"].as_i64().unwrap();

    let theirs = json_as(&env, IVY, &["note", "pending"]);
    assert_eq!(
        theirs,
        json!([{ "id": n, "record": 1, "author": IVY, "title": "first session",
                 "submitted_at": "2026-11-23T09:00:00Z", "state": "pending approval" }])
    );
    let mine = json_as(&env, PAT, &["note", "pending"]);
    assert_eq!(mine[0]["state"], "to approve");
    assert_eq!(ids(&mine), vec![n]);
    // nobody else is asked
    for other in [KIM, FAY, LEE] {
        assert_eq!(
            json_as(&env, other, &["note", "pending"]),
            json!([]),
            "{other}"
        );
    }

    later(&mut env, Duration::hours(3));
    let run = env.as_(PAT, &["note", "approve", &id(n), "--format", "json"]);
    run.ok().stderr_has(&format!(
        "approve entry:{n} by {IVY}: both signatures are on it"
    ));
    let signed = run.json();
    assert_eq!(signed["status"], "approved");
    assert_eq!(signed["author"], IVY);
    assert_eq!(signed["submitted_at"], "2026-11-23T09:00:00Z");
    assert_eq!(signed["approved_by"], PAT);
    assert_eq!(signed["approved_at"], "2026-11-23T12:00:00Z");
    // both signatures stay on the note, for every reader
    let seen = json_as(&env, LEE, &["entry", "show", &id(n)]);
    assert_eq!(
        (&seen["author"], &seen["approved_by"]),
        (&json!(IVY), &json!(PAT))
    );
    for who in [IVY, PAT] {
        assert_eq!(json_as(&env, who, &["note", "pending"]), json!([]), "{who}");
    }
    let events = audit(&env, &["--action", "note.approve"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["actor"], PAT);
    assert_eq!(events[0]["target"], format!("entry:{n}"));
    assert_eq!(
        events[0]["details"],
        json!({ "author": IVY, "approved_by": PAT, "record": 1 })
    );
    // signed, it no longer changes
    env.as_(IVY, &["entry", "edit", &id(n), "--title", "x"])
        .code(5)
        .error(&format!(
            "entry:{n} is approved and signed: it can no longer change"
        ));
}

/// related article "How does note approval work?": "on a write or full share, the owner
/// can require approval of the notes that member writes (interns, doctoral students)."
#[test]
fn related_approval_goes_with_a_write_or_full_share() {
    let env = practice();
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            NED,
            "--level",
            "read",
            "--require-approval",
        ],
    )
    .code(6)
    .error("a share at level read cannot require approval")
    .hint("approval goes with levels write, full");
    assert!(
        !can(&env, NED, "record.read", "record:1"),
        "nothing was shared"
    );
    let share = json_as(
        &env,
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            NED,
            "--level",
            "full",
            "--require-approval",
        ],
    );
    assert_eq!(share["require_approval"], true);
    assert_eq!(
        add_entry(&env, NED, "1", "note", &[])["status"],
        "pending-approval"
    );
    // only their notes wait: not their documents, nor the notes of others
    assert_eq!(
        add_entry(&env, NED, "1", "document", &[])["status"],
        "final"
    );
    assert_eq!(add_entry(&env, KIM, "1", "note", &[])["status"], "final");
    assert_eq!(add_entry(&env, PAT, "1", "note", &[])["status"], "final");
    // a share with a team names no one member to supervise
    env.as_(ADMIN, &["team", "create", "interns", "--name", "Interns"])
        .ok();
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "1",
            "--team",
            "interns",
            "--level",
            "write",
            "--require-approval",
        ],
    )
    .code(2);
    // sharing again without it keeps it: the requirement belongs to the member on the
    // record; the owner lifts it on purpose
    json_as(
        &env,
        PAT,
        &["record", "share", "1", "--with", NED, "--level", "full"],
    );
    assert_eq!(
        add_entry(&env, NED, "1", "note", &[])["status"],
        "pending-approval"
    );
    let lifted = json_as(
        &env,
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            NED,
            "--level",
            "full",
            "--lift-approval",
        ],
    );
    assert_eq!(lifted["require_approval"], false);
    assert_eq!(add_entry(&env, NED, "1", "note", &[])["status"], "final");
}

/// 001_eb61c5c2b1dc26bc.txt: "The supervised user must be part of your group organization
/// in order for their notes to be approved."
#[test]
fn seed_001_the_supervised_user_must_be_part_of_the_organisation() {
    let env = practice();
    let n = add(&env, IVY, "1", "note", &[]);
    env.as_(
        PAT,
        &[
            "record",
            "share",
            "1",
            "--with",
            "stranger@elsewhere.org",
            "--level",
            "write",
            "--require-approval",
        ],
    )
    .code(4)
    .error("stranger@elsewhere.org is not a member of demo");
    env.as_(
        "stranger@elsewhere.org",
        &["entry", "add", "1", "--kind", "note"],
    )
    .code(3)
    .stderr_has("stranger@elsewhere.org is not a member of demo");
    env.as_("stranger@elsewhere.org", &["note", "approve", &id(n)])
        .code(3);
    // a member of the organisation, supervised, has their note approved
    json_as(&env, PAT, &["note", "approve", &id(n)]);
}

/// related article "How does note approval work?": "Drafts do not ask for approval."
#[test]
fn related_drafts_do_not_ask_for_approval() {
    let env = practice();
    let draft = add_entry(
        &env,
        IVY,
        "1",
        "note",
        &["--draft", "--title", "notes so far"],
    );
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["submitted_at"], Value::Null);
    let n = draft["id"].as_i64().unwrap();
    for who in [IVY, PAT] {
        assert_eq!(json_as(&env, who, &["note", "pending"]), json!([]), "{who}");
    }
    env.as_(PAT, &["note", "approve", &id(n)])
        .code(5)
        .error(&format!(
            "entry:{n} is a draft: drafts do not ask for approval"
        ))
        .hint("its author submits it first: careward entry submit ID");
    // submitted, it asks
    let run = env.as_(IVY, &["entry", "submit", &id(n), "--format", "json"]);
    run.ok()
        .stderr_has(&format!("it waits for {PAT}'s approval"));
    assert_eq!(run.json()["status"], "pending-approval");
    assert_eq!(ids(&json_as(&env, PAT, &["note", "pending"])), vec![n]);
    json_as(&env, PAT, &["note", "approve", &id(n)]);
}

/// issue 5: "Approving a note in someone else's record, your own note, a draft, or a note
/// that needs no approval is refused with the reason." — after which the note still waits.
#[test]
fn issue_5_each_refused_approval_says_why() {
    let env = practice();
    let waiting = add(&env, IVY, "1", "note", &[]);
    let own = add(&env, PAT, "1", "note", &[]);
    let draft = add(&env, IVY, "1", "note", &["--draft"]);
    let plain = add(&env, KIM, "1", "note", &[]);

    // someone else's record: a collaborator at any level, another practitioner, the
    // author herself, the coordinator, the administrator
    for who in [FAY, KIM, LEE, NED, IVY, COL, ADMIN] {
        env.as_(who, &["note", "approve", &id(waiting)])
            .code(3)
            .stderr_has(&format!(
                "may not note.approve entry:{waiting}: no grant of note.approve reaches entry:{waiting}"
            ));
    }
    env.as_(PAT, &["note", "approve", &id(own)])
        .code(5)
        .error(&format!(
            "entry:{own} is your own note: a note is approved by someone else"
        ));
    env.as_(PAT, &["note", "approve", &id(draft)])
        .code(5)
        .error(&format!(
            "entry:{draft} is a draft: drafts do not ask for approval"
        ));
    env.as_(PAT, &["note", "approve", &id(plain)])
        .code(5)
        .error(&format!(
            "entry:{plain} needs no approval: its author's share does not require it"
        ));
    env.as_(PAT, &["note", "approve", "999"]).code(4);
    let e = json_as(&env, PAT, &["entry", "show", &id(waiting)]);
    assert_eq!(e["status"], "pending-approval");
    assert_eq!(e["approved_by"], Value::Null);
    json_as(&env, PAT, &["note", "approve", &id(waiting)]);
    env.as_(PAT, &["note", "approve", &id(waiting)])
        .code(5)
        .error(&format!("entry:{waiting} is already approved by {PAT}"));
    // every refusal is in the audit trail
    let refused = audit(&env, &["--action", "note.approve", "--outcome", "refused"]);
    assert_eq!(refused.len(), 4);
    let denied = audit(&env, &["--action", "note.approve", "--outcome", "denied"]);
    assert_eq!(denied.len(), 7);
}

// ----- what a transfer carries ------------------------------------------------------

/// One entry of a stocked record: its title, author, kind and flags.
const STOCK: [(&str, &str, &str, &[&str]); 12] = [
    ("progress note", PAT, "note", &[]),
    ("draft note", PAT, "note", &["--draft"]),
    ("report", PAT, "document", &[]),
    ("confidential note", PAT, "note", &["--confidential"]),
    (
        "confidential document",
        PAT,
        "document",
        &["--confidential"],
    ),
    ("raw data", PAT, "raw-data", &[]),
    ("invoice", PAT, "invoice", &[]),
    ("appointment", PAT, "appointment", &[]),
    ("task", PAT, "task", &[]),
    ("memo", PAT, "memo", &[]),
    ("kim's appointment", KIM, "appointment", &[]),
    ("kim's note", KIM, "note", &[]),
];

/// related article "What information is included in a record transfer?": "Always
/// transferred: general progress notes and documents, draft notes, …" — and "each
/// collaborator keeps their own" appointments.
const ALWAYS: [&str; 5] = [
    "progress note",
    "draft note",
    "report",
    "kim's appointment",
    "kim's note",
];
/// "Optional: confidential notes and documents, raw data."
const OPTIONAL: [&str; 3] = ["confidential note", "confidential document", "raw data"];
/// "Never: invoices (kept only in the archived copy), past and upcoming appointments
/// (upcoming ones are cancelled; each collaborator keeps their own), tasks and memos
/// (deleted)."
const NEVER: [&str; 4] = ["invoice", "appointment", "task", "memo"];

/// [`practice`] with record 1 holding one entry of each sort in [`STOCK`]: the title and
/// the transfer label ("entry:N kind", "(confidential)" added) of each.
fn stocked() -> (TestEnv, Vec<(&'static str, String)>) {
    let env = practice();
    let mut labels = Vec::new();
    for (title, author, kind, flags) in STOCK {
        let mut extra = vec!["--title", title];
        extra.extend_from_slice(flags);
        let n = add(&env, author, "1", kind, &extra);
        let tag = if flags.contains(&"--confidential") {
            " (confidential)"
        } else {
            ""
        };
        labels.push((title, format!("entry:{n} {kind}{tag}")));
    }
    (env, labels)
}

/// The transfer labels of `titles`, sorted.
fn labelled(labels: &[(&str, String)], titles: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = titles
        .iter()
        .map(|t| {
            labels
                .iter()
                .find(|(title, _)| title == t)
                .map(|(_, l)| l.clone())
                .unwrap_or_else(|| panic!("no entry {t}"))
        })
        .collect();
    out.sort();
    out
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn sorted_titles(titles: &[&str]) -> Vec<String> {
    sorted(titles.iter().map(|t| t.to_string()).collect())
}

/// Who moves the record: the coordinator at once, or the owner with the recipient's
/// acceptance.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Flow {
    Coordinator,
    Owner,
}

/// Transfer stocked record 1 to ned through `flow` with `options`; check the three lists
/// the transfer reports, what record 1 holds after it, and the previous owner's copy.
fn transfer_carries(flow: Flow, options: &[&str], include: bool) {
    let (env, labels) = stocked();
    let keep_copy = options.contains(&"--keep-copy");
    let mut args = vec!["record", "transfer", "1", "--to", NED];
    args.extend_from_slice(options);
    let done = match flow {
        Flow::Coordinator => json_as(&env, COL, &args),
        Flow::Owner => {
            let offer = json_as(&env, PAT, &args);
            // what it will carry is known at the offer, and nothing moves before the accept
            assert_eq!(offer["pending_transfer_to"], NED);
            assert_eq!(stored(&env, 1).len(), STOCK.len());
            assert_eq!(
                sorted(carried(&offer["carries"], "always")),
                labelled(&labels, &ALWAYS)
            );
            json_as(&env, NED, &["record", "transfer", "accept", "1"])
        }
    };
    assert_eq!(done["owner"], NED, "{flow:?}");
    let carries = &done["carries"];
    let (included, excluded): (&[&str], &[&str]) = if include {
        (&OPTIONAL, &[])
    } else {
        (&[], &OPTIONAL)
    };
    assert_eq!(
        sorted(carried(carries, "always")),
        labelled(&labels, &ALWAYS)
    );
    assert_eq!(
        sorted(carried(carries, "optional.included")),
        labelled(&labels, included)
    );
    assert_eq!(
        sorted(carried(carries, "optional.excluded")),
        labelled(&labels, excluded)
    );
    assert_eq!(sorted(carried(carries, "never")), labelled(&labels, &NEVER));

    // record 1 holds what was carried, and only that
    let mut kept: Vec<&str> = ALWAYS.to_vec();
    kept.extend_from_slice(included);
    assert_eq!(sorted(stored_titles(&env, 1)), sorted_titles(&kept));
    let all: Vec<&str> = STOCK.iter().map(|(t, ..)| *t).collect();
    if keep_copy {
        // the previous owner's copy holds everything up to the transfer
        assert_eq!(done["copy_for_previous_owner"], 2);
        assert_eq!(owner_of(&env, 2), PAT);
        assert_eq!(sorted(stored_titles(&env, 2)), sorted_titles(&all));
        let copy = json_as(&env, PAT, &["record", "open", "2"]);
        assert_eq!(copy["status"], "archived");
        assert_eq!(copy["client"], "Sam Lee");
        assert_eq!(listed(&env, PAT, "2").len(), STOCK.len());
    } else {
        // what was not carried is gone for good
        assert_eq!(done["copy_for_previous_owner"], Value::Null);
        let total: i64 = env.sql().query_one("SELECT count(*) FROM entry", &[]);
        assert_eq!(total as usize, kept.len());
        let records: i64 = env.sql().query_one("SELECT count(*) FROM record", &[]);
        assert_eq!(records, 1);
    }
    // the new owner reads all that was carried
    assert_eq!(listed(&env, NED, "1").len(), kept.len());
}

/// related article "What information is included in a record transfer?": "Always
/// transferred: general progress notes and documents, draft notes, the record's details
/// …; Optional: confidential notes and documents, raw data. Never: invoices …,
/// appointments …, tasks and memos (deleted)." A coordinator's transfer, told to discard
/// what it does not carry: "without one, what was excluded is permanently deleted."
#[test]
fn related_a_coordinators_transfer_carries_the_always_list_and_deletes_the_rest() {
    transfer_carries(Flow::Coordinator, &["--discard-excluded"], false);
}

/// related article "What information is included in a record transfer?": "With an
/// archived copy, the previous owner keeps a read-only record … holding everything up to
/// the transfer, including what was not transferred" — a coordinator's transfer.
#[test]
fn related_a_coordinators_transfer_with_keep_copy_leaves_everything_in_the_copy() {
    transfer_carries(Flow::Coordinator, &["--keep-copy"], false);
}

/// related article "What information is included in a record transfer?", the three lists
/// through the owner's transfer, applied when the recipient accepts (related article
/// "How do record transfers work?": "the colleague accepts or declines it").
#[test]
fn related_an_owners_transfer_carries_the_always_list_at_the_accept() {
    transfer_carries(Flow::Owner, &["--discard-excluded"], false);
}

/// related article "What information is included in a record transfer?": "keep a
/// read-only archived copy for the previous owner" — made when the recipient accepts.
#[test]
fn related_an_owners_transfer_with_keep_copy_leaves_everything_in_the_copy() {
    transfer_carries(Flow::Owner, &["--keep-copy"], false);
}

/// related article "What information is included in a record transfer?": "Options:
/// include or exclude confidential notes and documents …; include or exclude raw data"
/// — by a coordinator.
#[test]
fn related_a_coordinator_carries_confidential_entries_and_raw_data_when_asked() {
    transfer_carries(
        Flow::Coordinator,
        &[
            "--include-confidential",
            "--include-raw-data",
            "--discard-excluded",
        ],
        true,
    );
}

/// related article "What information is included in a record transfer?": the same
/// options on the owner's transfer, kept with the offer and applied at the accept.
#[test]
fn related_an_owner_carries_confidential_entries_and_raw_data_when_asked() {
    transfer_carries(
        Flow::Owner,
        &[
            "--include-confidential",
            "--include-raw-data",
            "--keep-copy",
        ],
        true,
    );
}

/// related article "What information is included in a record transfer?": "Optional:
/// confidential notes and documents, raw data." — each option carries its own.
#[test]
fn related_each_option_carries_only_its_own_entries() {
    let (env, labels) = stocked();
    let done = json_as(
        &env,
        COL,
        &[
            "record",
            "transfer",
            "1",
            "--to",
            NED,
            "--include-raw-data",
            "--discard-excluded",
        ],
    );
    assert_eq!(
        sorted(carried(&done["carries"], "optional.included")),
        labelled(&labels, &["raw data"])
    );
    assert!(stored_titles(&env, 1).contains(&"raw data".to_string()));
    assert!(!stored_titles(&env, 1).contains(&"confidential note".to_string()));
}

/// related article "What information is included in a record transfer?": "without one,
/// what was excluded is permanently deleted" — so, issue 5: "careward refuses to delete
/// clinical content silently: the command fails (exit 5) listing what would be lost,
/// unless `--keep-copy` or `--discard-excluded` is given." Through both flows and a
/// departure.
#[test]
fn related_nothing_is_deleted_silently() {
    let (env, labels) = stocked();
    let lost = {
        let mut l = labelled(&labels, &OPTIONAL);
        l.extend(labelled(&labels, &NEVER));
        l
    };
    let hint = "add --keep-copy (the previous owner keeps a read-only archived copy with everything), --discard-excluded to delete it knowingly, or --include-confidential / --include-raw-data to carry it";
    for who in [COL, PAT] {
        let run = env.as_(who, &["record", "transfer", "1", "--to", NED]);
        run.code(5).hint(hint);
        let line = run.stderr.lines().next().unwrap_or_default();
        assert!(
            line.starts_with("error: transferring record:1 would delete what it does not carry: "),
            "{}",
            run.transcript()
        );
        for label in &lost {
            assert!(line.contains(label.as_str()), "{label} not listed: {line}");
        }
        for label in labelled(&labels, &ALWAYS) {
            assert!(!line.contains(&format!("{label},")) && !line.ends_with(&label));
        }
    }
    // carrying the optional entries still leaves the never list to decide
    let run = env.as_(
        COL,
        &[
            "record",
            "transfer",
            "1",
            "--to",
            NED,
            "--include-confidential",
            "--include-raw-data",
        ],
    );
    run.code(5);
    let line = run.stderr.lines().next().unwrap_or_default().to_string();
    for label in labelled(&labels, &NEVER) {
        assert!(line.contains(&label), "{line}");
    }
    for label in labelled(&labels, &OPTIONAL) {
        assert!(!line.contains(&label), "{line}");
    }
    // a departure carries every optional entry and refuses the same way
    env.add(BOSS, &["administrator", "coordinator"]);
    env.as_(BOSS, &["member", "deactivate", PAT, "--transfer-to", NED])
        .code(5)
        .stderr_has("transferring record:1 would delete what it does not carry: ");
    // nothing changed: the record, its entries, its owner, no waiting transfer
    assert_eq!(stored(&env, 1).len(), STOCK.len());
    assert_eq!(owner_of(&env, 1), PAT);
    assert_eq!(env.status_of(PAT), "active");
    assert_eq!(
        json_as(&env, PAT, &["record", "show", "1"])["pending_transfer_to"],
        Value::Null
    );
    let refused = audit(
        &env,
        &["--action", "record.transfer", "--outcome", "refused"],
    );
    assert_eq!(refused.len(), 4, "{refused:?}");
    // a record with nothing to lose moves without either option
    let r = json_as(&env, PAT, &["record", "create", "--client", "Ann Roy"]);
    let n = r["number"].as_i64().unwrap().to_string();
    add(&env, PAT, &n, "note", &[]);
    add(&env, PAT, &n, "raw-data", &[]);
    let done = json_as(
        &env,
        COL,
        &["record", "transfer", &n, "--to", NED, "--include-raw-data"],
    );
    assert_eq!(done["owner"], NED);
    assert_eq!(stored(&env, r["number"].as_i64().unwrap()).len(), 2);
}

/// related article "What information is included in a record transfer?": "With an
/// archived copy, the previous owner keeps a read-only record (it cannot be changed or
/// reactivated) holding everything up to the transfer".
#[test]
fn related_the_archived_copy_can_be_read_never_changed_or_reactivated() {
    let (env, _) = stocked();
    json_as(
        &env,
        COL,
        &["record", "transfer", "1", "--to", NED, "--keep-copy"],
    );
    let copy = json_as(&env, PAT, &["record", "open", "2"]);
    assert_eq!(copy["owner"], PAT);
    assert_eq!(copy["status"], "archived");
    let copied = listed(&env, PAT, "2");
    assert_eq!(copied.len(), STOCK.len());
    let (first, draft) = (copied[0].to_string(), copied[1].to_string());
    let copy_refusal = "is a read-only archived copy";
    for args in [
        &["record", "reactivate", "2"][..],
        &["record", "edit", "2", "--client", "Changed"][..],
        &["record", "archive", "2"][..],
        &["record", "delete", "2"][..],
        &["record", "share", "2", "--with", KIM, "--level", "read"][..],
        &["record", "confidential", "2", "on"][..],
        &["entry", "add", "2", "--kind", "note"][..],
        &["entry", "edit", &first, "--title", "changed"][..],
        &["entry", "submit", &draft][..],
    ] {
        env.as_(PAT, args).code(5).stderr_has(copy_refusal);
    }
    for who in [PAT, COL] {
        env.as_(who, &["record", "transfer", "2", "--to", KIM])
            .code(5)
            .stderr_has(copy_refusal);
    }
    let after = json_as(&env, PAT, &["record", "show", "2"]);
    assert_eq!(after["status"], "archived");
    assert_eq!(after["client"], "Sam Lee");
    assert_eq!(stored(&env, 2), copied);
    // the copy is the previous owner's alone: not the new owner's, nor a collaborator's
    for who in [NED, KIM, FAY] {
        env.as_(who, &["record", "open", "2"]).code(3);
    }
}

/// related article "What information is included in a record transfer?": "The new owner
/// can read the previous owner's notes but not edit them." Nor does the previous owner
/// edit them any more.
#[test]
fn related_the_new_owner_reads_the_previous_owners_notes_but_cannot_edit_them() {
    let env = practice();
    let note = add(&env, PAT, "1", "note", &["--title", "intake"]);
    let draft = add(&env, PAT, "1", "note", &["--title", "half", "--draft"]);
    json_as(&env, COL, &["record", "transfer", "1", "--to", NED]);
    for n in [note, draft] {
        let e = json_as(&env, NED, &["entry", "show", &id(n)]);
        assert_eq!(e["author"], PAT);
        env.as_(NED, &["entry", "edit", &id(n), "--title", "mine now"])
            .code(3)
            .stderr_has(&format!("entry:{n} was created by {PAT}"));
        // who owns it now is not told to someone who may no longer view the record
        let run = env.as_(PAT, &["entry", "edit", &id(n), "--title", "still mine?"]);
        run.code(3)
            .stderr_has("nearest grant: practitioner grants entry.edit on created and own");
        assert!(!run.stderr.contains(NED), "{}", run.transcript());
    }
    env.as_(NED, &["entry", "submit", &id(draft)]).code(3);
    assert_eq!(stored_titles(&env, 1), vec!["intake", "half"]);
    // and writes their own
    add(&env, NED, "1", "note", &[]);
}

/// related article "What information is included in a record transfer?": appointments
/// never go, but "each collaborator keeps their own" — they stay with the record.
#[test]
fn related_collaborators_keep_their_own_appointments() {
    let env = practice();
    let pats = add(&env, PAT, "1", "appointment", &[]);
    let kims = add(&env, KIM, "1", "appointment", &[]);
    let done = json_as(
        &env,
        COL,
        &["record", "transfer", "1", "--to", NED, "--discard-excluded"],
    );
    assert_eq!(
        carried(&done["carries"], "always"),
        vec![format!("entry:{kims} appointment")]
    );
    assert_eq!(
        carried(&done["carries"], "never"),
        vec![format!("entry:{pats} appointment")]
    );
    assert_eq!(stored(&env, 1), vec![kims]);
    // still kim's, in the record she still collaborates on
    assert_eq!(
        json_as(&env, KIM, &["entry", "show", &id(kims)])["author"],
        KIM
    );
}

/// issue 5: "`--dry-run` prints the three lists for every record being moved." — and
/// DESIGN: "do everything, validate everything, print what would change, commit nothing".
#[test]
fn issue_5_a_dry_run_prints_the_three_lists_and_changes_nothing() {
    let (env, labels) = stocked();
    let before = env.snapshot();
    for (who, options) in [
        (COL, &["--keep-copy"][..]),
        (PAT, &["--discard-excluded"][..]),
    ] {
        let mut args = vec![
            "record",
            "transfer",
            "1",
            "--to",
            NED,
            "--dry-run",
            "--format",
            "json",
        ];
        args.extend_from_slice(options);
        let run = env.as_(who, &args);
        run.ok().stderr_has("dry run: would ");
        let carries = &run.json()["carries"];
        assert_eq!(
            sorted(carried(carries, "always")),
            labelled(&labels, &ALWAYS)
        );
        assert_eq!(
            sorted(carried(carries, "optional.excluded")),
            labelled(&labels, &OPTIONAL)
        );
        assert_eq!(sorted(carried(carries, "never")), labelled(&labels, &NEVER));
    }
    // every record of a member at once: a row each, with its three lists
    json_as(&env, PAT, &["record", "create", "--client", "Ann Roy"]);
    let before_all = env.snapshot();
    let run = env.as_(
        COL,
        &[
            "record",
            "transfer",
            "--all-from",
            PAT,
            "--to",
            NED,
            "--keep-copy",
            "--dry-run",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has("dry run: would ");
    let rows = run.json();
    assert_eq!(column(&rows, "record"), vec!["1", "2"]);
    let first = &rows[0];
    assert_eq!(sorted(carried(first, "always")), labelled(&labels, &ALWAYS));
    assert_eq!(
        sorted(carried(first, "optional")),
        sorted(
            labelled(&labels, &OPTIONAL)
                .into_iter()
                .map(|l| format!("{l} (excluded)"))
                .collect()
        )
    );
    assert_eq!(sorted(carried(first, "never")), labelled(&labels, &NEVER));
    assert_eq!(rows[1]["always"], json!([]));
    assert_eq!(env.snapshot(), before_all, "the dry run changed the store");
    assert_ne!(before, before_all);
    assert_eq!(owner_of(&env, 1), PAT);
    assert_eq!(stored(&env, 1).len(), STOCK.len());
}

/// related article "How do record transfers work?": the colleague "accepts or declines
/// it"; issue 5: careward "refuses to delete clinical content silently". What the owner
/// offered passed that check; content added while the transfer waits is not deleted at
/// the accept, and the recipient is told what to do.
#[test]
fn issue_5_content_added_while_a_transfer_waits_is_not_deleted_at_the_accept() {
    let env = practice();
    add(&env, PAT, "1", "note", &[]);
    json_as(&env, PAT, &["record", "transfer", "1", "--to", NED]);
    let invoice = add(&env, PAT, "1", "invoice", &[]);
    env.as_(NED, &["record", "transfer", "accept", "1"])
        .code(5)
        .error(&format!(
            "accepting record:1 would delete what it does not carry, which changed since {PAT} offered it: entry:{invoice} invoice"
        ))
        .hint(&format!(
            "decline it (careward record transfer decline 1), and ask {PAT} to offer it again with --keep-copy or --discard-excluded"
        ));
    assert_eq!(owner_of(&env, 1), PAT);
    assert_eq!(stored(&env, 1).len(), 2);
    json_as(&env, NED, &["record", "transfer", "decline", "1"]);
    json_as(
        &env,
        PAT,
        &["record", "transfer", "1", "--to", NED, "--keep-copy"],
    );
    let done = json_as(&env, NED, &["record", "transfer", "accept", "1"]);
    assert_eq!(done["owner"], NED);
    assert_eq!(done["copy_for_previous_owner"], 2);
    assert_eq!(
        stored_titles(&env, 2).len(),
        2,
        "the invoice is in the copy"
    );
    assert_eq!(stored(&env, 1).len(), 1);
}

/// DESIGN: "Departures in one step: `member deactivate EMAIL --transfer-to EMAIL` moves
/// their records and deactivates them in one transaction" — carrying every optional
/// entry, and with --keep-copy the departed member keeps the read-only copy.
#[test]
fn design_a_departure_carries_all_it_can_and_keeps_a_copy_when_asked() {
    let (env, _) = stocked();
    env.add(BOSS, &["administrator", "coordinator"]);
    json_as(
        &env,
        BOSS,
        &[
            "member",
            "deactivate",
            PAT,
            "--transfer-to",
            NED,
            "--keep-copy",
        ],
    );
    assert_eq!(env.status_of(PAT), "inactive");
    assert_eq!(owner_of(&env, 1), NED);
    let mut kept: Vec<&str> = ALWAYS.to_vec();
    kept.extend_from_slice(&OPTIONAL);
    assert_eq!(sorted(stored_titles(&env, 1)), sorted_titles(&kept));
    assert_eq!(owner_of(&env, 2), PAT);
    assert_eq!(stored(&env, 2).len(), STOCK.len());
    let read_only: bool = env
        .sql()
        .query_one("SELECT read_only FROM record WHERE number = 2", &[]);
    assert!(read_only);
    // the copy is the departed member's to keep: nothing for a coordinator to follow up
    // (seed 000: "Follow up on records waiting for transfer or linked to inactive
    // members") nor to move
    assert_eq!(json_as(&env, COL, &["record", "pending"]), json!([]));
    env.as_(COL, &["record", "transfer", "--all-from", PAT, "--to", KIM])
        .ok()
        .stderr_has("move 0 records from");
    assert_eq!(owner_of(&env, 2), PAT);
}

// ----- collaborative spaces ---------------------------------------------------------

/// `space create NAME --from-record 1` as pat: the space's id.
fn pats_space(env: &TestEnv) -> String {
    let space = json_as(
        env,
        PAT,
        &["space", "create", "Sam's team", "--from-record", "1"],
    );
    space["id"].as_i64().expect("a space id").to_string()
}

/// 002_7f4f45b153751181.txt: "Access management: The space is not shared by default. The
/// creator must invite members or teams, and each member can then invite other
/// collaborators."
#[test]
fn seed_002_a_space_is_not_shared_by_default_and_each_member_invites_others() {
    let env = practice();
    let space = pats_space(&env);
    let target = format!("space:{space}");
    // not shared by default: not even with the record's collaborators
    for other in [KIM, FAY, LEE, NED, ADMIN, COL] {
        env.as_(other, &["space", "show", &space]).code(3);
        assert!(!can(&env, other, "space.view", &target), "{other}");
        assert_eq!(
            json_as(&env, other, &["space", "list"]),
            json!([]),
            "{other}"
        );
    }
    assert_eq!(
        column(&json_as(&env, PAT, &["space", "members", &space]), "member"),
        vec![PAT]
    );
    // outsiders cannot let themselves or others in
    env.as_(NED, &["space", "invite", &space, "--member", NED])
        .code(3);
    // the creator invites a member, who invites another
    json_as(&env, PAT, &["space", "invite", &space, "--member", KIM]);
    json_as(&env, KIM, &["space", "invite", &space, "--member", NED]);
    // a member invited by a member invites in turn
    json_as(&env, NED, &["space", "invite", &space, "--member", LEE]);
    let members = json_as(&env, PAT, &["space", "members", &space]);
    assert_eq!(column(&members, "member"), vec![PAT, KIM, NED, LEE]);
    assert_eq!(column(&members, "invited_by"), vec![PAT, PAT, KIM, NED]);
    for member in [PAT, KIM, NED, LEE] {
        json_as(&env, member, &["space", "show", &space]);
        assert_eq!(
            column(&json_as(&env, member, &["space", "list"]), "id"),
            vec![space.clone()]
        );
        json_as(
            &env,
            member,
            &["space", "post", &space, "--kind", "observation"],
        );
    }
    assert_eq!(json_as(&env, PAT, &["space", "show", &space])["posts"], 4);
    // "or teams": every member of the team is in, as long as they are in the team
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    env.as_(ADMIN, &["team", "add", "tsa", FAY]).ok();
    json_as(&env, LEE, &["space", "invite", &space, "--team", "tsa"]);
    json_as(&env, FAY, &["space", "show", &space]);
    json_as(&env, FAY, &["space", "invite", &space, "--member", IVY]);
    env.as_(ADMIN, &["team", "remove", "tsa", FAY]).ok();
    env.as_(FAY, &["space", "show", &space]).code(3);
    json_as(&env, IVY, &["space", "show", &space]);
    // the others still cannot
    for other in [ADMIN, COL, MAN] {
        env.as_(other, &["space", "show", &space]).code(3);
    }
}

/// 002_7f4f45b153751181.txt: a collaborative space centralises exchanges "without
/// providing access to their full clinical record" — a member invited by another member
/// (not the creator) holds nothing on the linked record: every record action is denied,
/// as it was before they joined.
#[test]
fn seed_002_space_membership_grants_nothing_on_the_linked_record() {
    let env = practice();
    let pats_note = add(&env, PAT, "1", "note", &[]);
    let space = pats_space(&env);
    let before = allowed_of(&env, NED, &RECORD_ACTIONS, "record:1");
    assert!(before.is_empty(), "{before:?}");
    json_as(&env, PAT, &["space", "invite", &space, "--member", KIM]);
    json_as(&env, KIM, &["space", "invite", &space, "--member", NED]);
    json_as(&env, NED, &["space", "show", &space]);
    assert!(can(&env, NED, "space.post", &format!("space:{space}")));

    let after = allowed_of(&env, NED, &RECORD_ACTIONS, "record:1");
    assert!(after.is_empty(), "space membership granted {after:?}");
    for action in ["task.edit", "invoice.send", "note.approve"] {
        assert!(!can(&env, NED, action, "record:1"), "{action}");
    }
    for action in ["entry.read", "entry.edit", "record.export"] {
        assert!(
            !can(&env, NED, action, &format!("entry:{pats_note}")),
            "{action}"
        );
    }
    let d = decide(&env, NED, "record.read", "record:1");
    assert_eq!(
        d["reason"],
        format!("denied: no grant of record.read reaches record:1; {NED} holds practitioner")
    );
    // and the commands agree
    for args in [
        &["record", "show", "1"][..],
        &["record", "open", "1"][..],
        &["entry", "list", "1"][..],
        &["entry", "show", &id(pats_note)][..],
        &["entry", "add", "1", "--kind", "note"][..],
        &["entry", "export", "1"][..],
        &["record", "edit", "1", "--client", "X"][..],
        &["record", "share", "1", "--with", LEE, "--level", "full"][..],
        &["record", "transfer", "1", "--to", NED],
    ] {
        env.as_(NED, args).code(3);
    }
    // nor does it give the record's collaborators anything more
    assert_eq!(
        allowed_of(&env, KIM, &RECORD_ACTIONS, "record:1"),
        vec![
            "record.view",
            "record.read",
            "record.write",
            "record.export",
            "profile.read",
            "entry.read",
            "entry.create",
        ]
    );
}

/// 001_eb61c5c2b1dc26bc.txt: "Option 1: From an Existing Client Record — Open the relevant
/// client record. … Select Create a Collaborative Space." Issue 5: "Creating a space from a
/// record needs read access to that record".
#[test]
fn seed_001_creating_a_space_from_a_record_needs_read_access() {
    let env = practice();
    // the coordinator and the manager view the record, and do not read it
    for who in [NED, COL, MAN, ADMIN] {
        env.as_(who, &["space", "create", "About Sam", "--from-record", "1"])
            .code(3)
            .stderr_has("may not record.read record:1");
    }
    env.as_(PAT, &["space", "create", "About Sam", "--from-record", "9"])
        .code(4);
    let spaces: i64 = env.sql().query_one("SELECT count(*) FROM space", &[]);
    assert_eq!(spaces, 0);
    // the owner and any collaborator, read level included
    for who in [PAT, LEE, KIM] {
        let space = json_as(
            &env,
            who,
            &["space", "create", "About Sam", "--from-record", "1"],
        );
        assert_eq!(space["record"], 1);
        assert_eq!(space["client"], "Sam Lee");
        assert_eq!(space["creator"], who);
    }
}

/// 001_eb61c5c2b1dc26bc.txt: "They allow you to share details related to a client record
/// without granting access to the entire record." Issue 9: "A space created from a record
/// shows that record's client name only to members who may read that client's profile;
/// others see the space's own name."
#[test]
fn seed_001_members_who_cannot_read_the_record_see_only_the_spaces_name() {
    let env = practice();
    let space = pats_space(&env);
    for m in [NED, LEE] {
        json_as(&env, PAT, &["space", "invite", &space, "--member", m]);
    }
    let seen = json_as(&env, NED, &["space", "show", &space]);
    assert_eq!(seen["record"], Value::Null);
    assert_eq!(seen["client"], Value::Null);
    assert!(seen["name"].is_string());
    let listed = json_as(&env, NED, &["space", "list"]);
    assert_eq!(listed[0]["record"], Value::Null);
    assert_eq!(listed[0]["client"], Value::Null);
    for reader in [PAT, LEE] {
        let seen = json_as(&env, reader, &["space", "show", &space]);
        assert_eq!(seen["record"], 1, "{reader}");
        assert_eq!(seen["client"], "Sam Lee");
    }
    // what shows follows the record's access, now
    json_as(
        &env,
        PAT,
        &["record", "share", "1", "--with", NED, "--level", "read"],
    );
    assert_eq!(json_as(&env, NED, &["space", "show", &space])["record"], 1);
    json_as(&env, PAT, &["record", "unshare", "1", "--with", LEE]);
    assert_eq!(
        json_as(&env, LEE, &["space", "show", &space])["record"],
        Value::Null
    );
}

/// 001_eb61c5c2b1dc26bc.txt: "Option 2: From the Collaborative Spaces Tab — Go to the
/// Collaborative Spaces tab in the main menu. Click Add a Collaborative Space to create a
/// new one." — a space about no record.
#[test]
fn seed_001_a_space_can_be_created_on_its_own() {
    let env = practice();
    for who in [NED, COL, MAN, ADMIN] {
        let space = json_as(&env, who, &["space", "create", "Case conference"]);
        assert_eq!(space["record"], Value::Null);
        assert_eq!(space["client"], Value::Null);
        assert_eq!(space["status"], "active");
        assert_eq!(space["posts"], 0);
    }
}

/// 002_7f4f45b153751181.txt: "A collaborative space should not be used for official
/// service recordkeeping." — what is posted to a space is not an entry of the record.
#[test]
fn seed_002_posts_to_a_space_are_not_entries_of_the_record() {
    let env = practice();
    let note = add(&env, PAT, "1", "note", &[]);
    let space = pats_space(&env);
    json_as(&env, PAT, &["space", "invite", &space, "--member", NED]);
    for kind in ["note", "observation", "document"] {
        let post = json_as(
            &env,
            NED,
            &[
                "space",
                "post",
                &space,
                "--kind",
                kind,
                "--title",
                "classroom",
            ],
        );
        assert_eq!(post["kind"], kind);
        assert_eq!(post["author"], NED);
    }
    assert_eq!(stored(&env, 1), vec![note]);
    assert_eq!(listed(&env, PAT, "1"), vec![note]);
    assert_eq!(json_as(&env, PAT, &["space", "show", &space])["posts"], 3);
    // a space takes no entry kind of a record's
    env.as_(NED, &["space", "post", &space, "--kind", "invoice"])
        .code(2);
}

// ----- emergency access -------------------------------------------------------------

/// DESIGN: "Emergency access (HIPAA's "break-glass"): a command that grants a member
/// time-boxed access to a record with a mandatory reason, always audited, listed until it
/// expires." Issue 5: "an expired grant grants nothing".
#[test]
fn design_emergency_access_reads_the_record_for_a_while_audited_with_its_reason() {
    let mut env = practice();
    let note = add(&env, PAT, "1", "note", &[]);
    let secret = add(&env, PAT, "1", "note", &["--confidential"]);
    env.as_(NED, &["record", "open", "1"]).code(3);
    let grant = json_as(
        &env,
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis call at school",
            "--for",
            "30m",
        ],
    );
    assert_eq!(
        grant,
        json!({ "record": 1, "member": NED, "level": "read", "reason": "crisis call at school",
                "until": "2026-11-23T09:30:00Z" })
    );
    // read access: the record, its entries — not a confidential one — and nothing more
    let opened = json_as(&env, NED, &["record", "open", "1"]);
    assert_eq!(
        opened["decision"],
        format!(
            "allowed: record:1 is open to them by emergency access until 2026-11-23T09:30:00Z (\"crisis call at school\") at level read, which includes record.read"
        )
    );
    assert_eq!(listed(&env, NED, "1"), vec![note]);
    assert!(!can(&env, NED, "entry.read", &format!("entry:{secret}")));
    assert_eq!(
        allowed_of(&env, NED, &RECORD_ACTIONS, "record:1"),
        vec!["record.view", "record.read", "profile.read", "entry.read"]
    );
    env.as_(NED, &["entry", "add", "1", "--kind", "note"])
        .code(3);

    // audited with the reason, and so is each read under it
    let granted = audit(&env, &["--action", "record.emergency"]);
    assert_eq!(granted.len(), 1);
    assert_eq!(granted[0]["actor"], NED);
    assert_eq!(granted[0]["target"], "record:1");
    assert_eq!(granted[0]["reason"], "crisis call at school");
    assert_eq!(
        granted[0]["details"],
        json!({ "emergency": true, "level": "read", "until": "2026-11-23T09:30:00Z", "minutes": 30 })
    );
    let reads = audit(
        &env,
        &[
            "--action",
            "record.read",
            "--actor",
            NED,
            "--outcome",
            "allowed",
        ],
    );
    assert_eq!(reads.len(), 1);
    assert!(
        reads[0]["decision"]
            .as_str()
            .unwrap()
            .contains("by emergency access until 2026-11-23T09:30:00Z (\"crisis call at school\")")
    );

    // listed as active: to the member, and to whoever reads the audit trail
    let row = json!({ "record": 1, "member": NED, "reason": "crisis call at school",
                      "granted_at": "2026-11-23T09:00:00Z", "until": "2026-11-23T09:30:00Z",
                      "state": "active" });
    assert_eq!(
        json_as(&env, NED, &["record", "emergency-access", "--list"]),
        json!([row.clone()])
    );
    assert_eq!(
        json_as(&env, ADMIN, &["record", "emergency-access", "--list"]),
        json!([row.clone()])
    );
    assert_eq!(
        json_as(&env, KIM, &["record", "emergency-access", "--list"]),
        json!([])
    );

    // still open a minute before the end; then it grants nothing, and shows expired
    later(&mut env, Duration::minutes(29));
    assert!(can(&env, NED, "record.read", "record:1"));
    later(&mut env, Duration::minutes(1));
    env.as_(NED, &["record", "open", "1"]).code(3);
    env.as_(NED, &["entry", "list", "1"]).code(3);
    assert!(allowed_of(&env, NED, &RECORD_ACTIONS, "record:1").is_empty());
    let mut expired = row;
    expired["state"] = json!("expired");
    assert_eq!(
        json_as(&env, NED, &["record", "emergency-access", "--list"]),
        json!([expired])
    );
}

/// DESIGN: emergency access comes "with a mandatory reason"; issue 5: "by a member whose
/// role the policy allows, granting read access for a bounded time (default 1 hour,
/// maximum set by the policy)".
#[test]
fn design_emergency_access_needs_a_reason_a_bounded_time_and_a_role_that_allows_it() {
    let env = practice();
    env.as_(NED, &["record", "emergency-access", "1"])
        .code(2)
        .error("emergency access needs a reason")
        .hint("add --reason TEXT: it is kept in the audit trail");
    env.as_(NED, &["record", "emergency-access", "1", "--reason", "  "])
        .code(2);
    env.as_(
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis",
            "--for",
            "481m",
        ],
    )
    .code(6)
    .error("emergency access lasts at most 480 minutes under policy group-practice");
    env.as_(
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis",
            "--for",
            "9h",
        ],
    )
    .code(6);
    env.as_(
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis",
            "--for",
            "soon",
        ],
    )
    .code(6)
    .error("--for \"soon\" is not a duration")
    .hint("write it as 30m, 2h, 1h30m, 1d or 2w");
    // a day is more than the policy's eight hours
    env.as_(
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis",
            "--for",
            "1d",
        ],
    )
    .code(6)
    .error("emergency access lasts at most 480 minutes under policy group-practice");
    // a coordinator holds no record.emergency, nor does an administrator
    for who in [COL, ADMIN] {
        env.as_(
            who,
            &["record", "emergency-access", "1", "--reason", "crisis"],
        )
        .code(3)
        .stderr_has("may not record.emergency record:1");
    }
    let denied = audit(
        &env,
        &["--action", "record.emergency", "--outcome", "denied"],
    );
    assert_eq!(denied.len(), 2);
    assert_eq!(denied[0]["reason"], "crisis");
    assert!(!can(&env, COL, "record.read", "record:1"));
    // nothing was granted by any of it
    let grants: i64 = env
        .sql()
        .query_one("SELECT count(*) FROM emergency_grant", &[]);
    assert_eq!(grants, 0);
    // the policy's maximum is allowed, and one hour is the default
    let g = json_as(
        &env,
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis",
            "--for",
            "7h30m",
        ],
    );
    assert_eq!(g["until"], "2026-11-23T16:30:00Z");
    let g = json_as(
        &env,
        NED,
        &[
            "record",
            "emergency-access",
            "1",
            "--reason",
            "crisis",
            "--for",
            "8 hours",
        ],
    );
    assert_eq!(g["until"], "2026-11-23T17:00:00Z");
    let g = json_as(
        &env,
        LEE,
        &["record", "emergency-access", "1", "--reason", "crisis"],
    );
    assert_eq!(g["until"], "2026-11-23T10:00:00Z");
    // a member who can no longer act neither breaks the glass nor lists their grants
    json_as(&env, ADMIN, &["member", "deactivate", NED]);
    for args in [
        &["record", "emergency-access", "1", "--reason", "crisis"][..],
        &["record", "emergency-access", "--list"][..],
    ] {
        env.as_(NED, args)
            .code(3)
            .stderr_has(&format!("{NED} is inactive"));
    }
    assert!(!can(&env, NED, "record.read", "record:1"));
}

// ----- perm: entries and spaces ---------------------------------------------------------

/// DESIGN: "Explain every decision … and explain denials too: "nothing grants it" and "a
/// rule forbids it" are told apart, and the nearest grant that did not match is named."
/// — for `entry:` and `space:` targets.
#[test]
fn design_perm_explains_decisions_on_entries_and_spaces() {
    let env = practice();
    let pats = add(&env, PAT, "1", "note", &[]);
    let kims = add(&env, KIM, "1", "note", &["--confidential"]);
    let (pats, kims) = (format!("entry:{pats}"), format!("entry:{kims}"));

    let d = decide(&env, PAT, "entry.read", &kims);
    assert_eq!(
        d["reason"],
        "allowed: role practitioner grants entry.read on own"
    );
    assert_eq!(
        d["chain"],
        json!([
            format!("{PAT} holds role practitioner"),
            format!("{PAT} owns {kims}")
        ])
    );
    let d = decide(&env, KIM, "entry.edit", &kims);
    assert_eq!(
        d["reason"],
        format!("allowed: {kims} is shared with {KIM} at level write, which includes entry.edit")
    );
    let d = decide(&env, PAT, "entry.edit", &pats);
    assert_eq!(
        d["reason"],
        "allowed: role practitioner grants entry.edit on created and own"
    );
    let d = decide(&env, PAT, "entry.edit", &kims);
    assert_eq!(d["denial"], "no_grant");
    assert_eq!(
        d["nearest"],
        format!(
            "practitioner grants entry.edit on created and own, but {kims} was created by {KIM}"
        )
    );
    let d = decide(&env, KIM, "entry.edit", &pats);
    assert_eq!(
        d["nearest"],
        format!(
            "{pats} is shared with {KIM} at level write, which gives entry.edit only on entries they wrote"
        )
    );
    let d = decide(&env, LEE, "entry.create", "record:1");
    assert_eq!(
        d["nearest"],
        format!(
            "record:1 is shared with {LEE}, at level read, which does not include entry.create"
        )
    );
    let d = decide(&env, COL, "entry.read", &pats);
    assert_eq!(d["denial"], "no_grant");
    // a waiting transfer: a rule forbids it
    json_as(
        &env,
        PAT,
        &["record", "transfer", "1", "--to", NED, "--keep-copy"],
    );
    let d = decide(&env, KIM, "entry.read", &pats);
    assert_eq!(d["denial"], "forbidden");
    assert!(
        d["reason"]
            .as_str()
            .unwrap()
            .starts_with("denied: a rule forbids it: ")
    );

    let space = pats_space(&env);
    let st = format!("space:{space}");
    json_as(&env, PAT, &["space", "invite", &space, "--member", KIM]);
    let d = decide(&env, KIM, "space.post", &st);
    assert_eq!(
        d["reason"],
        format!(
            "allowed: {st} is open to them as a member of the space at level space-member, which includes space.post"
        )
    );
    let d = decide(&env, KIM, "space.archive", &st);
    assert_eq!(
        d["nearest"],
        format!(
            "{st} is open to them as a member of the space, at level space-member, which does not include space.archive"
        )
    );
    let d = decide(&env, PAT, "space.archive", &st);
    assert_eq!(
        d["reason"],
        "allowed: role practitioner grants space.archive on created"
    );
    let d = decide(&env, LEE, "space.view", &st);
    assert_eq!(d["denial"], "no_grant");
    assert_eq!(d["allowed"], false);
}

/// DESIGN: "Reverse lookups — who can reach this record (`perm who-can`), which records can
/// this member reach (`perm lookup`) — answered from the same rules as `perm check`." —
/// for entries and spaces.
#[test]
fn design_perm_lookup_and_who_can_agree_with_check_on_entries_and_spaces() {
    let env = practice();
    add(&env, PAT, "1", "note", &[]);
    add(&env, KIM, "1", "note", &["--confidential"]);
    add(&env, IVY, "1", "note", &["--draft"]);
    add(&env, FAY, "1", "task", &[]);
    json_as(&env, KIM, &["record", "create", "--client", "Ann Roy"]);
    add(&env, KIM, "2", "document", &[]);
    let s1 = pats_space(&env);
    json_as(&env, PAT, &["space", "invite", &s1, "--member", KIM]);
    json_as(&env, KIM, &["space", "invite", &s1, "--member", NED]);
    let s2 = json_as(&env, NED, &["space", "create", "Staff room"])["id"].to_string();
    let entries: Vec<String> = (1..=5).map(|n| format!("entry:{n}")).collect();
    let spaces = vec![format!("space:{s1}"), format!("space:{s2}")];
    let members = [PAT, KIM, LEE, FAY, IVY, NED, COL, MAN, ADMIN];

    for (kind, action, targets) in [
        ("entry", "entry.read", &entries),
        ("entry", "entry.edit", &entries),
        ("entry", "record.export", &entries),
        ("entry", "note.approve", &entries),
        ("space", "space.view", &spaces),
        ("space", "space.invite", &spaces),
        ("space", "space.archive", &spaces),
    ] {
        let checks: Vec<(String, String, String)> = members
            .iter()
            .flat_map(|m| {
                targets
                    .iter()
                    .map(move |t| (m.to_string(), action.to_string(), t.clone()))
            })
            .collect();
        let answers = batch(&env, &checks);
        let allowed: BTreeSet<(String, String)> = checks
            .iter()
            .zip(&answers)
            .filter(|(_, ok)| **ok)
            .map(|((m, _, t), _)| (m.clone(), t.clone()))
            .collect();
        assert!(!allowed.is_empty(), "{action}: nobody at all?");
        let mut looked_up = BTreeSet::new();
        for m in members {
            for t in column(
                &json_as(&env, m, &["perm", "lookup", action, kind]),
                "target",
            ) {
                looked_up.insert((m.to_string(), t));
            }
        }
        assert_eq!(looked_up, allowed, "perm lookup {action} {kind}");
        let mut who = BTreeSet::new();
        for t in targets {
            for m in column(
                &json_as(&env, ADMIN, &["perm", "who-can", action, t]),
                "email",
            ) {
                who.insert((m, t.clone()));
            }
        }
        assert_eq!(who, allowed, "perm who-can {action}");
    }
    // who may ask who-can about an entry: whoever manages its record's sharing, as far as
    // they reach the entry, or reads the audit trail
    json_as(&env, PAT, &["perm", "who-can", "entry.read", "entry:2"]);
    json_as(&env, FAY, &["perm", "who-can", "entry.read", "entry:1"]);
    env.as_(FAY, &["perm", "who-can", "entry.read", "entry:2"])
        .code(3);
    env.as_(KIM, &["perm", "who-can", "entry.read", "entry:1"])
        .code(3);
    env.as_(NED, &["perm", "who-can", "space.view", &spaces[0]])
        .code(3);
    env.as_(NED, &["perm", "lookup", "entry.read", "entrie"])
        .code(2);
}

/// DESIGN: "Departures in one step" — told to discard what does not move, a departure
/// deletes it knowingly and keeps no copy.
#[test]
fn design_a_departure_told_to_discard_keeps_no_copy() {
    let (env, labels) = stocked();
    env.add(BOSS, &["administrator", "coordinator"]);
    let run = env.as_(
        BOSS,
        &[
            "member",
            "deactivate",
            PAT,
            "--transfer-to",
            NED,
            "--discard-excluded",
            "--format",
            "json",
        ],
    );
    run.ok();
    assert_eq!(run.json()["status"], "inactive");
    assert_eq!(owner_of(&env, 1), NED);
    let mut kept: Vec<&str> = ALWAYS.to_vec();
    kept.extend_from_slice(&OPTIONAL);
    assert_eq!(sorted(stored_titles(&env, 1)), sorted_titles(&kept));
    let records: i64 = env.sql().query_one("SELECT count(*) FROM record", &[]);
    assert_eq!(records, 1, "no copy");
    // the audit trail says what each record carried
    let moved = audit(
        &env,
        &["--action", "record.transfer", "--outcome", "allowed"],
    );
    assert_eq!(moved.len(), 1);
    let carries = &moved[0]["details"]["carries"];
    assert_eq!(sorted(carried(carries, "never")), labelled(&labels, &NEVER));
    assert_eq!(
        sorted(carried(carries, "optional.included")),
        labelled(&labels, &OPTIONAL)
    );
    assert_eq!(moved[0]["details"]["copy"], Value::Null);
}
