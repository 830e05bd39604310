//! The group-practice permission matrix (seeds 000–002 and RELATED.md), cell by cell:
//! for every role and every core action, what `careward perm check ACTION TARGET --as
//! MEMBER --explain --format json` must answer, through the real binary.
//!
//! The tables are written from the seed text, not copied from the preset: each row
//! quotes the sentence it rests on. On the `org` target only org-wide grants can
//! match (the organisation has no owner, creator or location), so a role whose grant
//! is limited to its own, created or location targets answers N there; the second
//! table checks own-versus-other on member targets.

use careward::policy::CORE_ACTIONS;
use serde_json::Value;

use super::{ADMIN, decide};
use crate::common::TestEnv;

const Y: bool = true;
const N: bool = false;

/// The table's columns, and the member who holds each role (and nothing else).
const ROLES: [(&str, &str); 4] = [
    ("administrator", ADMIN),
    ("coordinator", "coord@demo.org"),
    ("practitioner", "prac@demo.org"),
    ("manager", "mgr@demo.org"),
];

/// Every core action on the `org` target. Columns: administrator, coordinator,
/// practitioner, manager. Seed 000 unless another source is named.
#[rustfmt::skip]
const ORG: &[(&str, [bool; 4])] = &[
    // Every member reaches their organisation (related: an inactive one "can no longer reach the organisation").
    ("org.view",          [Y, Y, Y, Y]),
    // Administrator: "essential for setting up and managing an organization".
    ("org.manage",        [Y, N, N, N]),
    // Administrator: "Configure and activate the organization's professional profile on Jade".
    ("org.publish",       [Y, N, N, N]),
    // Administrator: "Manage subscriptions and seats (add/remove, payment info)."
    ("billing.manage",    [Y, N, N, N]),
    // No seed names it; DESIGN: the audit trail belongs with managing members and access.
    ("audit.view",        [Y, N, N, N]),
    // Administrators "see active, invited and inactive members" (related); the coordinator has
    // "an overview of the organization's practitioners"; a manager assigns their school "to
    // members who work there"; a practitioner sees only themselves (member table).
    ("member.view",       [Y, Y, N, Y]),
    // Administrator: "Invite new members and remove access for those leaving."
    ("member.invite",     [Y, N, N, N]),
    // Only the administrator edits others; everyone edits themselves (member table).
    ("member.edit",       [Y, N, N, N]),
    // Administrator: "remove access for those leaving".
    ("member.deactivate", [Y, N, N, N]),
    ("member.remove",     [Y, N, N, N]),
    // Administrator: "Assign or change member roles."; related: "Only an administrator assigns
    // or revokes the coordinator role."
    ("role.assign",       [Y, N, N, N]),
    // Assistants are seed 004's product: no group-practice role assigns them.
    ("assistant.assign",  [N, N, N, N]),
    // Administrator and coordinator: "Manage locations/schools and assign them to members."
    // The manager assigns only "their school" (location scope, never the whole org).
    ("location.manage",   [Y, Y, N, N]),
    ("location.assign",   [Y, Y, N, N]),
    // Related "work teams": "Only administrators create and manage teams".
    ("team.manage",       [Y, N, N, N]),
    // Coordinator: "Create, edit, and archive organization records."; practitioner: "Manage
    // their own list of clients or students."; manager: only "for their school". On the
    // organisation as a whole only the coordinator's org-wide grant answers; the
    // practitioner's is asked on a member (the MEMBER table: records they would own).
    ("record.create",     [N, Y, N, N]),
    // Coordinator: "Follow up on records waiting for transfer or linked to inactive members";
    // practitioner, seed 002: "By default, only that person has access." (their own).
    ("record.view",       [N, Y, N, N]),
    // Related: "Coordinators never see the content of any record (notes, documents)."; the
    // practitioner reads and writes their own records only.
    ("record.read",       [N, N, N, N]),
    ("record.write",      [N, N, N, N]),
    // Coordinator: "Create, edit, and archive organization records."
    ("record.edit",       [N, Y, N, N]),
    ("record.archive",    [N, Y, N, N]),
    // Seed 002: "Only the responsible person, or a member with full access, can modify
    // sharing permissions."
    ("record.share",      [N, N, N, N]),
    // Coordinator: "Transfer records between members (individual records or all records from
    // an account)."; a practitioner transfers only "a record they own" (related).
    ("record.transfer",   [N, Y, N, N]),
    // Coordinator: "Support practitioners with client/student profiles if needed."; manager:
    // "Access student profiles" of their school only.
    ("profile.read",      [N, Y, N, N]),
    ("profile.write",     [N, Y, N, N]),
    // Notes are a record's content: its owner's, or a share's (related "record sharing").
    // A practitioner adds entries to the records they own (seed 000: "Use work tools:
    // progress notes, appointments, invoicing"), not to the organisation's records.
    ("entry.create",      [N, N, N, N]),
    ("entry.read",        [N, N, N, N]),
    // Related: "Each note is signed by its author and only its author can edit it."
    ("entry.edit",        [N, N, N, N]),
    // Practitioner: "Act as supervisor and co-sign notes" — on records they own.
    ("note.approve",      [N, N, N, N]),
    // Seed 001: "Go to the Collaborative Spaces tab … Click Add a Collaborative Space".
    ("space.create",      [Y, Y, Y, Y]),
    // Seed 002: "The space is not shared by default. The creator must invite members or teams".
    ("space.view",        [N, N, N, N]),
    ("space.post",        [N, N, N, N]),
    ("space.invite",      [N, N, N, N]),
    // A space is archived by whoever created it, never org-wide.
    ("space.archive",     [N, N, N, N]),
];

/// The actions group-practice adds to the core vocabulary, on the `org` target: each
/// is a record's, so nobody has it org-wide.
#[rustfmt::skip]
const ORG_POLICY_ACTIONS: &[(&str, [bool; 4])] = &[
    // Related "record sharing", write level: "export notes"; "Only the owner can print every note".
    ("record.export",     [N, N, N, N]),
    // Full level: "create or edit tasks, send invoices".
    ("task.edit",         [N, N, N, N]),
    ("invoice.send",      [N, N, N, N]),
];

/// Whose member target a row is about.
#[derive(Clone, Copy, Debug)]
enum Whom {
    /// the acting member themselves
    Own,
    /// another member (a practitioner, other@demo.org)
    Other,
}

const OTHER: &str = "other@demo.org";

/// Member actions on `member:EMAIL` targets, own versus other. Columns: administrator,
/// coordinator, practitioner, manager.
#[rustfmt::skip]
const MEMBER: &[(&str, Whom, [bool; 4])] = &[
    // Every member sees their own membership; only those with an overview see others.
    ("member.view",       Whom::Own,   [Y, Y, Y, Y]),
    ("member.view",       Whom::Other, [Y, Y, N, Y]),
    // Everyone keeps their own name and title; only the administrator edits others'.
    ("member.edit",       Whom::Own,   [Y, Y, Y, Y]),
    ("member.edit",       Whom::Other, [Y, N, N, N]),
    // Administrator: "remove access for those leaving" — nobody else, not even for themselves.
    ("member.deactivate", Whom::Own,   [Y, N, N, N]),
    ("member.deactivate", Whom::Other, [Y, N, N, N]),
    ("member.remove",     Whom::Own,   [Y, N, N, N]),
    ("member.remove",     Whom::Other, [Y, N, N, N]),
    // Related: "Only an administrator assigns or revokes the coordinator role." — nobody
    // changes even their own roles.
    ("role.assign",       Whom::Own,   [Y, N, N, N]),
    ("role.assign",       Whom::Other, [Y, N, N, N]),
    // Inviting is the administrator's, whoever it concerns.
    ("member.invite",     Whom::Other, [Y, N, N, N]),
    // Practitioner: "Manage their own list of clients or students": a record they would
    // own; the coordinator creates the organisation's records, whoever owns them.
    ("record.create",     Whom::Own,   [N, Y, Y, N]),
    ("record.create",     Whom::Other, [N, Y, N, N]),
];

/// An organisation `demo` of `kind` with one member per role of the table (managers
/// only in a school) and another practitioner, other@demo.org.
fn org_with_every_role(kind: &str) -> TestEnv {
    let env = TestEnv::org(kind);
    for (role, email) in &ROLES[1..] {
        if *role == "manager" && kind != "school" {
            continue;
        }
        env.add(email, &[role]);
    }
    env.add(OTHER, &["practitioner"]);
    env
}

/// Check one cell: the answer, the exit code (inside `decide`) and the explanation.
/// Returns a description of what is wrong, naming the cell, or None.
fn check_cell(
    env: &TestEnv,
    (role, email): (&str, &str),
    action: &str,
    target: &str,
    expected: bool,
) -> Option<String> {
    let d = decide(env, email, action, target);
    let got = d["allowed"] == Value::Bool(true);
    let cell = format!("{role} × {action} on {target}");
    let yn = |b: bool| if b { "allowed" } else { "denied" };
    if got != expected {
        return Some(format!(
            "{cell}: expected {}, got {} ({})",
            yn(expected),
            yn(got),
            d["reason"]
        ));
    }
    let reason = d["reason"].as_str().unwrap_or_default();
    if got {
        // An allowed decision names the grant that decided it.
        let prefix = format!("allowed: role {role} grants {action} on ");
        let holds = format!("{email} holds role {role}");
        if !reason.starts_with(&prefix) || d["chain"][0] != holds.as_str() {
            return Some(format!(
                "{cell}: allowed, but not explained by the deciding grant ({prefix}…; chain [{holds}, …]): {d}"
            ));
        }
        if !d["denial"].is_null() || !d["nearest"].is_null() {
            return Some(format!(
                "{cell}: allowed, yet carries a denial or a nearest grant: {d}"
            ));
        }
    } else {
        // A denial says that nothing grants it and names the nearest grant there is.
        let says = format!("denied: no grant of {action} reaches {target}; {email} holds {role}");
        if d["denial"] != "no_grant" || reason != says {
            return Some(format!(
                "{cell}: denied, but not as \"nothing grants it\" (denial no_grant, reason {says:?}): {d}"
            ));
        }
        // Only an action that no role and no level grants at all has no nearest grant.
        let nearest = d["nearest"].as_str().unwrap_or_default();
        let nothing_grants_it = action == "assistant.assign";
        if nothing_grants_it != nearest.is_empty() {
            return Some(format!(
                "{cell}: denied, and the nearest grant is {:?}: {d}",
                d["nearest"]
            ));
        }
    }
    None
}

/// Panic with every wrong cell at once, so one run shows the whole difference.
#[track_caller]
fn assert_no_failures(failures: &[String], checked: usize) {
    assert!(
        failures.is_empty(),
        "{} of {checked} cells differ from the table:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

/// The table covers exactly careward's core actions, in their order: a new core action
/// fails here until someone decides its row.
#[test]
fn the_table_has_a_row_for_every_core_action() {
    let rows: Vec<&str> = ORG.iter().map(|(action, _)| *action).collect();
    assert_eq!(rows, CORE_ACTIONS);
}

/// Every role × every core action (and the preset's own actions) on the `org` target,
/// in a school, where all four roles exist.
#[test]
fn every_role_and_core_action_on_the_org_in_a_school() {
    let env = org_with_every_role("school");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (action, row) in ORG.iter().chain(ORG_POLICY_ACTIONS) {
        for (column, expected) in ROLES.iter().zip(row) {
            checked += 1;
            failures.extend(check_cell(&env, *column, action, "org", *expected));
        }
    }
    assert_no_failures(&failures, checked);
    assert_eq!(checked, (CORE_ACTIONS.len() + 3) * 4);
}

/// The same table in a clinic, where the manager role does not exist ("Available only
/// in educational institutions."): the other three roles answer exactly as in a school.
#[test]
fn every_role_and_core_action_on_the_org_in_a_clinic() {
    let env = org_with_every_role("clinic");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (action, row) in ORG.iter().chain(ORG_POLICY_ACTIONS) {
        for (column, expected) in ROLES[..3].iter().zip(row) {
            checked += 1;
            failures.extend(check_cell(&env, *column, action, "org", *expected));
        }
    }
    assert_no_failures(&failures, checked);
    assert_eq!(checked, (CORE_ACTIONS.len() + 3) * 3);
}

/// Own versus other on `member:EMAIL` targets: a practitioner may view and edit
/// themselves but not another member; only the administrator acts on others' access.
#[test]
fn member_actions_on_oneself_and_on_another_member() {
    let env = org_with_every_role("school");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (action, whom, row) in MEMBER {
        for (column, expected) in ROLES.iter().zip(row) {
            let target = match whom {
                Whom::Own => format!("member:{}", column.1),
                Whom::Other => format!("member:{OTHER}"),
            };
            checked += 1;
            failures.extend(check_cell(&env, *column, action, &target, *expected));
        }
    }
    assert_no_failures(&failures, checked);
}

/// DESIGN "Explain every decision": the exact explanation of an allowed decision (the
/// deciding grant), a denial on the org (nothing grants it; the nearest grant of the
/// same noun) and a denial on another member (the own-scoped grant that did not reach).
#[test]
fn explain_names_the_deciding_grant_or_the_nearest_one() {
    let env = org_with_every_role("clinic");

    let d = decide(&env, ADMIN, "member.invite", "org");
    assert_eq!(
        d["reason"],
        "allowed: role administrator grants member.invite on org"
    );
    assert_eq!(
        d["chain"],
        serde_json::json!(["admin@demo.org holds role administrator"])
    );

    let d = decide(&env, "prac@demo.org", "member.view", "member:prac@demo.org");
    assert_eq!(
        d["reason"],
        "allowed: role practitioner grants member.view on own"
    );
    assert_eq!(
        d["chain"],
        serde_json::json!([
            "prac@demo.org holds role practitioner",
            "prac@demo.org is member:prac@demo.org"
        ])
    );

    let d = decide(&env, "prac@demo.org", "member.invite", "org");
    assert_eq!(d["denial"], "no_grant");
    assert_eq!(
        d["reason"],
        "denied: no grant of member.invite reaches org; prac@demo.org holds practitioner"
    );
    assert_eq!(d["nearest"], "practitioner grants member.edit on own");

    let d = decide(
        &env,
        "prac@demo.org",
        "member.view",
        &format!("member:{OTHER}"),
    );
    assert_eq!(d["denial"], "no_grant");
    assert_eq!(
        d["nearest"],
        "practitioner grants member.view on own, but prac@demo.org is not other@demo.org"
    );

    // A role without any grant on the noun: the nearest is the role that has it.
    let d = decide(&env, ADMIN, "record.read", "org");
    assert_eq!(d["denial"], "no_grant");
    assert_eq!(
        d["nearest"],
        "record.read is granted by role practitioner (own)"
    );
}

/// DESIGN: "`perm check` calls the very same `authorize`, so it can never disagree with
/// what the commands enforce" — the member table's view and edit rows, through
/// `member show` and `member edit`, for every role on itself and on another member.
#[test]
fn member_show_and_edit_agree_with_the_member_table() {
    let env = org_with_every_role("school");
    let mut failures = Vec::new();
    for (action, whom, row) in MEMBER {
        for ((role, email), expected) in ROLES.iter().zip(row) {
            let subject = match whom {
                Whom::Own => *email,
                Whom::Other => OTHER,
            };
            let title = format!("edited by {role}");
            let command: Vec<&str> = match *action {
                "member.view" => vec!["member", "show", subject],
                "member.edit" => vec!["member", "edit", subject, "--title", &title],
                _ => continue,
            };
            let run = env.as_(email, &command);
            let want = if *expected { 0 } else { 3 };
            if run.code != want {
                failures.push(format!(
                    "{role} × {action} on member:{subject}: `careward {}` exited {}, the table says {want}:\n{}",
                    command.join(" "),
                    run.code,
                    run.transcript()
                ));
            }
        }
    }
    assert_no_failures(&failures, 16);
    // The edits that were allowed happened; the others' title is the administrator's.
    assert_eq!(
        super::member(&env, "prac@demo.org")["title"],
        "edited by practitioner"
    );
    assert_eq!(
        super::member(&env, OTHER)["title"],
        "edited by administrator"
    );
}
