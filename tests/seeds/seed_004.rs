//! Seed 004 (shared/seeds/004_c3a72d8e0df14b25.txt, "User Roles & Permissions" of a
//! psychiatry / psychology clinic) and the facts of the product's own pages
//! (shared/seeds/RELATED.md, "Psychiatry / psychology clinic"), on a real organisation
//! under the `psychiatry-clinic` policy. Each test quotes the sentence it checks.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{Value, json};

use crate::common::{CLINIC_ADMIN, TestEnv};

const ADMIN: &str = CLINIC_ADMIN;
/// a psychiatrist; owns record 1
const PSY: &str = "psy@clinic.org";
/// a psychologist; owns record 2
const PSL: &str = "psl@clinic.org";
/// an assistant assigned to PSY only ("assign to specific therapists")
const DED: &str = "dedicated@clinic.org";
/// an assistant assigned to the entire organisation
const OW: &str = "orgwide@clinic.org";
const SUPPORT: &str = "support:sam";

/// Add an active member with these roles (and a principal role when several), as the
/// administrator.
fn add(env: &TestEnv, email: &str, roles: &[&str], principal: Option<&str>) {
    let mut args = vec!["member", "invite", email, "--accepted"];
    for r in roles {
        args.extend(["--role", r]);
    }
    if let Some(p) = principal {
        args.extend(["--principal", p]);
    }
    env.as_(ADMIN, &args).ok();
}

/// `careward ARGS… --as WHO --format json`, which must succeed; its output.
fn json_as(env: &TestEnv, who: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let run = env.as_(who, &all);
    run.ok();
    run.json()
}

/// A support command: `--as support:sam --reason REASON`.
fn support(env: &TestEnv, reason: &str, args: &[&str]) -> crate::common::Run {
    let mut all = args.to_vec();
    all.extend(["--reason", reason]);
    env.as_(SUPPORT, &all)
}

/// `perm check ACTION TARGET --as WHO`: its exit code (0 allowed, 3 denied).
fn check(env: &TestEnv, who: &str, action: &str, target: &str) -> i32 {
    let run = env.as_(who, &["perm", "check", action, target]);
    assert!(
        run.code == 0 || run.code == 3,
        "perm check failed:\n{}",
        run.transcript()
    );
    run.code
}

#[track_caller]
fn allowed(env: &TestEnv, who: &str, action: &str, target: &str) {
    assert_eq!(
        check(env, who, action, target),
        0,
        "{who} should be allowed {action} {target}"
    );
}

#[track_caller]
fn denied(env: &TestEnv, who: &str, action: &str, target: &str) {
    assert_eq!(
        check(env, who, action, target),
        3,
        "{who} should be denied {action} {target}"
    );
}

/// A new patient of the therapist `who`, created by them; the record's number.
fn patient(env: &TestEnv, who: &str, client: &str) -> String {
    json_as(env, who, &["record", "create", "--client", client])["number"].to_string()
}

fn emails(rows: &Value) -> Vec<String> {
    rows.as_array()
        .expect("a JSON list")
        .iter()
        .map(|r| r["email"].as_str().expect("an email").to_string())
        .collect()
}

fn member(env: &TestEnv, email: &str) -> Value {
    json_as(env, ADMIN, &["member", "show", email])
}

/// (assistant, therapist or null) for every assignment.
fn assignments(env: &TestEnv) -> Vec<(String, Value)> {
    json_as(env, ADMIN, &["assistant", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["assistant"].as_str().unwrap().to_string(),
                a["therapist"].clone(),
            )
        })
        .collect()
}

/// The clinic of the permission matrix: one member per role, an assistant assigned to
/// the psychiatrist only and one assigned org-wide, and one patient record for each
/// therapist (record 1 the psychiatrist's, record 2 the psychologist's).
fn clinic() -> TestEnv {
    let env = TestEnv::clinic();
    add(&env, PSY, &["psychiatrist"], None);
    add(&env, PSL, &["psychologist"], None);
    add(&env, DED, &["assistant"], None);
    add(&env, OW, &["assistant"], None);
    env.as_(ADMIN, &["assistant", "assign", DED, "--to", PSY])
        .ok();
    env.as_(ADMIN, &["assistant", "assign", OW, "--org-wide"])
        .ok();
    assert_eq!(patient(&env, PSY, "Pat One"), "1");
    assert_eq!(patient(&env, PSL, "Lee Two"), "2");
    env
}

// ---------------------------------------------------------------------------------
// The permission matrix, cell by cell.

/// "Permissions matrix (high-level)" of seed 004, read as RELATED.md says ("Reading the
/// seed's permission matrix"): the patient rows lost an empty cell, so administrators
/// have no patients of their own, therapists act on their own patients, and assistants
/// only for the therapists they are assigned to. Each cell is checked on the targets
/// that tell it apart: a therapist's own patient and another therapist's, an assigned
/// therapist and one who is not.
///
/// Columns: row | column | who | action | target | expected. `who`: admin, psy
/// (psychiatrist), psl (psychologist), ded (assistant assigned to psy only), ow
/// (assistant assigned org-wide). Targets: `patient:psy` is record 1, psy's patient;
/// `patient:psl` is record 2, psl's; `member:WHO` is that member.
const MATRIX: &str = "
Access Members page                  | Administrator | admin | member.view       | org          | allow
Access Members page                  | Psychiatrist  | psy   | member.view       | org          | deny
Access Members page                  | Psychologist  | psl   | member.view       | org          | deny
Access Members page                  | Assistant     | ded   | member.view       | org          | deny
Access Members page                  | Assistant     | ow    | member.view       | org          | deny

Invite members                       | Administrator | admin | member.invite     | org          | allow
Invite members                       | Psychiatrist  | psy   | member.invite     | org          | deny
Invite members                       | Psychologist  | psl   | member.invite     | org          | deny
Invite members                       | Assistant     | ded   | member.invite     | org          | deny
Invite members                       | Assistant     | ow    | member.invite     | org          | deny

Deactivate/Reactivate/Remove members | Administrator | admin | member.deactivate | member:psl   | allow
Deactivate/Reactivate/Remove members | Administrator | admin | member.remove     | member:psl   | allow
Deactivate/Reactivate/Remove members | Psychiatrist  | psy   | member.deactivate | member:psl   | deny
Deactivate/Reactivate/Remove members | Psychiatrist  | psy   | member.remove     | member:psl   | deny
Deactivate/Reactivate/Remove members | Psychologist  | psl   | member.deactivate | member:psy   | deny
Deactivate/Reactivate/Remove members | Psychologist  | psl   | member.remove     | member:psy   | deny
Deactivate/Reactivate/Remove members | Assistant     | ded   | member.deactivate | member:psy   | deny
Deactivate/Reactivate/Remove members | Assistant     | ded   | member.remove     | member:psy   | deny
Deactivate/Reactivate/Remove members | Assistant     | ow    | member.deactivate | member:psl   | deny
Deactivate/Reactivate/Remove members | Assistant     | ow    | member.remove     | member:psl   | deny

Assign assistants (org-wide or to specific therapists) | Administrator | admin | assistant.assign | member:ded | allow
Assign assistants (org-wide or to specific therapists) | Administrator | admin | assistant.assign | member:ow  | allow
Assign assistants (org-wide or to specific therapists) | Psychiatrist  | psy   | assistant.assign | member:ded | deny
Assign assistants (org-wide or to specific therapists) | Psychologist  | psl   | assistant.assign | member:ow  | deny
Assign assistants (org-wide or to specific therapists) | Assistant     | ded   | assistant.assign | member:ded | deny
Assign assistants (org-wide or to specific therapists) | Assistant     | ow    | assistant.assign | member:ow  | deny

View own patients                    | Administrator | admin | record.view       | patient:psy  | deny
View own patients                    | Administrator | admin | record.read       | patient:psy  | deny
View own patients                    | Administrator | admin | record.read       | patient:psl  | deny
View own patients                    | Psychiatrist  | psy   | record.view       | patient:psy  | allow
View own patients                    | Psychiatrist  | psy   | record.read       | patient:psy  | allow
View own patients                    | Psychiatrist  | psy   | record.view       | patient:psl  | deny
View own patients                    | Psychiatrist  | psy   | record.read       | patient:psl  | deny
View own patients                    | Psychologist  | psl   | record.view       | patient:psl  | allow
View own patients                    | Psychologist  | psl   | record.read       | patient:psl  | allow
View own patients                    | Psychologist  | psl   | record.view       | patient:psy  | deny
View own patients                    | Psychologist  | psl   | record.read       | patient:psy  | deny
View own patients                    | Assistant     | ded   | record.view       | patient:psy  | allow
View own patients                    | Assistant     | ded   | record.read       | patient:psy  | allow
View own patients                    | Assistant     | ded   | record.view       | patient:psl  | deny
View own patients                    | Assistant     | ded   | record.read       | patient:psl  | deny
View own patients                    | Assistant     | ow    | record.view       | patient:psy  | allow
View own patients                    | Assistant     | ow    | record.read       | patient:psy  | allow
View own patients                    | Assistant     | ow    | record.view       | patient:psl  | allow
View own patients                    | Assistant     | ow    | record.read       | patient:psl  | allow

Edit own patients                    | Administrator | admin | record.write      | patient:psy  | deny
Edit own patients                    | Psychiatrist  | psy   | record.write      | patient:psy  | allow
Edit own patients                    | Psychiatrist  | psy   | record.write      | patient:psl  | deny
Edit own patients                    | Psychologist  | psl   | record.write      | patient:psl  | allow
Edit own patients                    | Psychologist  | psl   | record.write      | patient:psy  | deny
Edit own patients                    | Assistant     | ded   | record.write      | patient:psy  | deny
Edit own patients                    | Assistant     | ow    | record.write      | patient:psy  | deny
Edit own patients                    | Assistant     | ow    | record.write      | patient:psl  | deny

Patient intake – Basic               | Administrator | admin | intake.basic      | member:admin | deny
Patient intake – Basic               | Administrator | admin | intake.basic      | member:psy   | deny
Patient intake – Basic               | Psychiatrist  | psy   | intake.basic      | member:psy   | allow
Patient intake – Basic               | Psychiatrist  | psy   | intake.basic      | member:psl   | deny
Patient intake – Basic               | Psychologist  | psl   | intake.basic      | member:psl   | allow
Patient intake – Basic               | Psychologist  | psl   | intake.basic      | member:psy   | deny
Patient intake – Basic               | Assistant     | ded   | intake.basic      | member:psy   | allow
Patient intake – Basic               | Assistant     | ded   | intake.basic      | member:psl   | deny
Patient intake – Basic               | Assistant     | ow    | intake.basic      | member:psy   | allow
Patient intake – Basic               | Assistant     | ow    | intake.basic      | member:psl   | allow
Patient intake – Basic               | Assistant     | ow    | intake.basic      | member:admin | deny

Patient intake – Full                | Administrator | admin | intake.full       | member:admin | deny
Patient intake – Full                | Administrator | admin | intake.full       | member:psy   | deny
Patient intake – Full                | Psychiatrist  | psy   | intake.full       | member:psy   | allow
Patient intake – Full                | Psychiatrist  | psy   | intake.full       | member:psl   | deny
Patient intake – Full                | Psychologist  | psl   | intake.full       | member:psl   | allow
Patient intake – Full                | Psychologist  | psl   | intake.full       | member:psy   | deny
Patient intake – Full                | Assistant     | ded   | intake.full       | member:psy   | deny
Patient intake – Full                | Assistant     | ow    | intake.full       | member:psy   | deny
Patient intake – Full                | Assistant     | ow    | intake.full       | member:psl   | deny

Calendar – create/edit own events    | Administrator | admin | calendar.edit     | member:admin | allow
Calendar – create/edit own events    | Administrator | admin | calendar.edit     | member:psy   | deny
Calendar – create/edit own events    | Psychiatrist  | psy   | calendar.edit     | member:psy   | allow
Calendar – create/edit own events    | Psychiatrist  | psy   | calendar.edit     | member:psl   | deny
Calendar – create/edit own events    | Psychologist  | psl   | calendar.edit     | member:psl   | allow
Calendar – create/edit own events    | Psychologist  | psl   | calendar.edit     | member:psy   | deny
Calendar – create/edit own events    | Assistant     | ded   | calendar.edit     | member:psy   | allow
Calendar – create/edit own events    | Assistant     | ded   | calendar.edit     | member:psl   | deny
Calendar – create/edit own events    | Assistant     | ow    | calendar.edit     | member:psy   | allow
Calendar – create/edit own events    | Assistant     | ow    | calendar.edit     | member:psl   | allow
Calendar – create/edit own events    | Assistant     | ow    | calendar.edit     | member:admin | deny

View dashboards                      | Administrator | admin | dashboard.view    | org          | allow
View dashboards                      | Psychiatrist  | psy   | dashboard.view    | org          | allow
View dashboards                      | Psychologist  | psl   | dashboard.view    | org          | allow
View dashboards                      | Assistant     | ded   | dashboard.view    | org          | allow
View dashboards                      | Assistant     | ow    | dashboard.view    | org          | allow
";

/// One cell of the matrix as one `perm check`.
struct Cell {
    /// "line N: row \"…\", column …": how a failure names the cell
    name: String,
    who: &'static str,
    action: &'static str,
    target: String,
    allowed: bool,
}

fn matrix() -> Vec<Cell> {
    let who = |key: &str| match key {
        "admin" => (ADMIN, "the administrator"),
        "psy" => (PSY, "the psychiatrist"),
        "psl" => (PSL, "the psychologist"),
        "ded" => (DED, "the assistant assigned to the psychiatrist"),
        "ow" => (OW, "the assistant assigned org-wide"),
        other => panic!("MATRIX: unknown member {other}"),
    };
    let mut cells = Vec::new();
    for (i, line) in MATRIX.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&'static str> = line.split('|').map(str::trim).collect();
        let [row, column, actor, action, target, expected] = f[..] else {
            panic!("MATRIX line {i}: six columns expected: {line}");
        };
        let (email, actor_text) = who(actor);
        let (target, target_text) = match target.split_once(':') {
            None => (target.to_string(), "the organisation".to_string()),
            Some(("patient", key)) => (
                format!("record:{}", if key == "psy" { 1 } else { 2 }),
                format!("a patient of {}", who(key).1),
            ),
            Some(("member", key)) => (format!("member:{}", who(key).0), who(key).1.to_string()),
            Some(_) => panic!("MATRIX line {i}: unknown target {target}"),
        };
        cells.push(Cell {
            name: format!(
                "line {i}: row \"{row}\", column {column}: {action} on {target} ({target_text}) as {email} ({actor_text})"
            ),
            who: email,
            action,
            target,
            allowed: match expected {
                "allow" => true,
                "deny" => false,
                other => panic!("MATRIX line {i}: expected allow or deny, not {other}"),
            },
        });
    }
    cells
}

/// Seed 004, "Permissions matrix (high-level)", every cell through `perm check --batch`
/// on a real organisation.
#[test]
fn the_permission_matrix_holds_cell_by_cell() {
    let env = clinic();
    let cells = matrix();
    let input: String = cells
        .iter()
        .map(|c| {
            format!(
                "{}\n",
                json!({ "as": c.who, "action": c.action, "target": c.target })
            )
        })
        .collect();
    let run = env.as_stdin(ADMIN, &["perm", "check", "--batch"], &input);
    run.ok();
    let answers: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(
        answers.len(),
        cells.len(),
        "one answer per check:\n{}",
        run.transcript()
    );
    let mut wrong = Vec::new();
    for (c, a) in cells.iter().zip(&answers) {
        let name = &c.name;
        match a["allowed"].as_bool() {
            Some(got) if got == c.allowed => {}
            Some(got) => wrong.push(format!(
                "{name}: expected {}, got {}: {}",
                if c.allowed { "allowed" } else { "denied" },
                if got { "allowed" } else { "denied" },
                a["reason"]
            )),
            None => wrong.push(format!("{name}: no answer: {a}")),
        }
    }
    assert!(
        wrong.is_empty(),
        "seed 004 permission matrix, {} of {} cells wrong:\n  {}",
        wrong.len(),
        cells.len(),
        wrong.join("\n  ")
    );
}

/// The batch answers what a single `perm check` answers, exit code included.
#[test]
fn matrix_cells_agree_with_single_checks() {
    let env = clinic();
    for (who, action, target, code) in [
        (DED, "record.read", "record:1", 0),
        (DED, "record.read", "record:2", 3),
        (OW, "intake.full", "member:psl@clinic.org", 3),
        (ADMIN, "record.view", "record:1", 3),
    ] {
        assert_eq!(
            check(&env, who, action, target),
            code,
            "{who} {action} {target}"
        );
    }
}

// ---------------------------------------------------------------------------------
// Combined roles and the principal role.

/// "Roles can be combined, and when multiple roles are assigned to a single person, a
/// Principal Role must be selected to indicate their primary capacity." (and "When
/// multiple roles are assigned, a Principal Role must be selected during invitation.")
#[test]
fn several_roles_need_a_principal_role_chosen_at_invitation() {
    let env = TestEnv::clinic();
    let dual = "dual@clinic.org";
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            dual,
            "--role",
            "psychiatrist",
            "--role",
            "assistant",
        ],
    )
    .code(6)
    .stderr_has("needs a principal role")
    .stderr_has("hint: add --principal ROLE");
    env.as_(ADMIN, &["member", "show", dual]).code(4);

    // the principal role must be one of the member's roles
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            dual,
            "--role",
            "psychiatrist",
            "--role",
            "assistant",
            "--principal",
            "administrator",
        ],
    )
    .code(6)
    .stderr_has("principal role administrator is not one of")
    .stderr_has("hint:");
    env.as_(ADMIN, &["member", "show", dual]).code(4);

    let invited = json_as(
        &env,
        ADMIN,
        &[
            "member",
            "invite",
            dual,
            "--role",
            "psychiatrist",
            "--role",
            "assistant",
            "--principal",
            "assistant",
        ],
    );
    assert_eq!(invited["roles"], json!(["assistant", "psychiatrist"]));
    assert_eq!(invited["principal"], "assistant");
    assert_eq!(member(&env, dual)["principal"], "assistant");
    let list = json_as(&env, ADMIN, &["member", "list"]);
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == dual)
        .expect("the member is listed");
    assert_eq!(row["principal"], "assistant");
    assert_eq!(row["roles"], json!(["assistant", "psychiatrist"]));

    // one role is its own principal role
    add(&env, PSY, &["psychiatrist"], None);
    assert_eq!(member(&env, PSY)["principal"], "psychiatrist");
}

/// "When a user holds multiple roles, capabilities combine."
#[test]
fn capabilities_of_several_roles_combine() {
    let env = clinic();
    let owner = "owner@clinic.org";
    add(
        &env,
        owner,
        &["administrator", "psychiatrist"],
        Some("administrator"),
    );
    let mine = patient(&env, owner, "Own Patient");
    let mine = format!("record:{mine}");
    // from administrator
    allowed(&env, owner, "member.view", "org");
    allowed(
        &env,
        owner,
        "assistant.assign",
        "member:dedicated@clinic.org",
    );
    // from psychiatrist
    allowed(&env, owner, "record.write", &mine);
    allowed(&env, owner, "intake.full", "member:owner@clinic.org");
    // neither role reaches another therapist's patients
    denied(&env, owner, "record.read", "record:1");
    // each role alone has only its half
    denied(&env, ADMIN, "record.create", "member:admin@clinic.org");
    denied(&env, PSY, "member.view", "org");
}

// ---------------------------------------------------------------------------------
// Roles fixed after invitation.

/// "Role composition can't be changed directly in the app after invitation; contact
/// support for changes." — for every member, administrators included, and by every
/// member, the administrator included.
#[test]
fn roles_cannot_be_changed_in_the_app_after_invitation() {
    let env = clinic();
    let before = json_as(&env, ADMIN, &["member", "list"]);
    for target in [ADMIN, PSY, PSL, DED, OW] {
        for actor in [ADMIN, target] {
            env.as_(
                actor,
                &[
                    "role",
                    "assign",
                    target,
                    "psychologist",
                    "--principal",
                    "psychologist",
                ],
            )
            .code(3)
            .stderr_has("fixes a member's roles at invitation")
            .stderr_has(
                "hint: support staff can make this change: --as support:NAME --reason TEXT",
            );
            let role = json_as(&env, ADMIN, &["member", "show", target])["roles"][0]
                .as_str()
                .unwrap()
                .to_string();
            env.as_(actor, &["role", "remove", target, &role])
                .code(3)
                .stderr_has("hint: support staff can make this change");
        }
    }
    assert_eq!(
        json_as(&env, ADMIN, &["member", "list"]),
        before,
        "no role changed"
    );
    let refusals = json_as(
        &env,
        ADMIN,
        &[
            "audit",
            "log",
            "--action",
            "role.assign",
            "--outcome",
            "denied",
        ],
    );
    assert_eq!(
        refusals.as_array().unwrap().len(),
        20,
        "every refusal is audited"
    );
}

/// "Role composition can't be changed directly in the app after invitation; contact
/// support for changes." — support staff can, with a reason, and the audit log keeps it.
#[test]
fn support_changes_roles_with_a_reason_that_is_audited() {
    let env = clinic();
    env.as_(SUPPORT, &["role", "assign", PSY, "assistant"])
        .code(2)
        .stderr_has("--reason is required");
    let changed = support(
        &env,
        "ticket 42: also assists",
        &["role", "assign", PSY, "assistant", "--format", "json"],
    );
    changed.ok();
    assert_eq!(
        changed.json()["roles"],
        json!(["assistant", "psychiatrist"])
    );
    assert_eq!(
        changed.json()["principal"],
        "psychiatrist",
        "the principal role is kept"
    );
    let shown = member(&env, PSY);
    assert_eq!(shown["roles"], json!(["assistant", "psychiatrist"]));

    support(
        &env,
        "ticket 43: back",
        &["role", "remove", PSY, "assistant"],
    )
    .ok();
    assert_eq!(member(&env, PSY)["roles"], json!(["psychiatrist"]));

    let events = json_as(
        &env,
        ADMIN,
        &[
            "audit",
            "log",
            "--actor",
            SUPPORT,
            "--action",
            "role.assign",
        ],
    );
    let events: Vec<(&str, &str, &str)> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["target"].as_str().unwrap(),
                e["outcome"].as_str().unwrap(),
                e["reason"].as_str().unwrap_or("(none)"),
            )
        })
        .collect();
    assert_eq!(
        events,
        [
            (
                "member:psy@clinic.org",
                "allowed",
                "ticket 42: also assists"
            ),
            ("member:psy@clinic.org", "allowed", "ticket 43: back"),
        ]
    );

    // several roles still need a principal role, through support too
    support(
        &env,
        "ticket 44",
        &[
            "role",
            "assign",
            PSL,
            "assistant",
            "administrator",
            "--principal",
            "administrator",
        ],
    )
    .ok();
    support(&env, "ticket 45", &["role", "remove", PSL, "administrator"])
        .code(6)
        .stderr_has("needs a principal role");
}

/// "Role composition can't be changed … contact support for changes." — and the
/// organisation keeps an administrator, whoever makes the change.
#[test]
fn support_cannot_take_away_the_last_administrator() {
    let env = clinic();
    support(
        &env,
        "ticket 50",
        &["role", "remove", ADMIN, "administrator"],
    )
    .code(5)
    .stderr_has("at least 1 active administrator")
    .stderr_has("hint:");
    assert_eq!(member(&env, ADMIN)["roles"], json!(["administrator"]));
    let refused = json_as(
        &env,
        ADMIN,
        &["audit", "log", "--actor", SUPPORT, "--outcome", "refused"],
    );
    assert_eq!(refused[0]["reason"], "ticket 50");
    assert_eq!(refused[0]["target"], "member:admin@clinic.org");

    // with another administrator first, the role can go
    support(
        &env,
        "ticket 51",
        &[
            "role",
            "assign",
            PSL,
            "administrator",
            "--principal",
            "psychologist",
        ],
    )
    .ok();
    support(
        &env,
        "ticket 52",
        &["role", "remove", ADMIN, "administrator"],
    )
    .ok();
    allowed(&env, PSL, "member.invite", "org");
    denied(&env, ADMIN, "member.invite", "org");
}

// ---------------------------------------------------------------------------------
// Assistant assignment.

/// "Assistants may be assigned to the entire organization or to specific therapists."
#[test]
fn assistants_are_assigned_org_wide_or_to_specific_therapists() {
    let env = clinic();
    let list = json_as(&env, ADMIN, &["assistant", "list"]);
    let scopes: Vec<(&str, &str, &Value)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["assistant"].as_str().unwrap(),
                a["scope"].as_str().unwrap(),
                &a["therapist"],
            )
        })
        .collect();
    assert_eq!(
        scopes,
        [
            (DED, "dedicated", &json!(PSY)),
            (OW, "org-wide", &Value::Null),
        ]
    );
    assert_eq!(list[0]["assigned_by"], ADMIN);

    // the two exclude each other: the later replaces the earlier, and says so
    let out = json_as(&env, ADMIN, &["assistant", "assign", OW, "--to", PSL]);
    assert_eq!(out[0]["outcome"], "replaced org-wide assignment");
    assert!(assignments(&env).contains(&(OW.into(), json!(PSL))));
    assert!(!assignments(&env).contains(&(OW.into(), Value::Null)));
    let out = json_as(&env, ADMIN, &["assistant", "assign", DED, "--org-wide"]);
    assert_eq!(out[0]["outcome"], "replaced 1 dedicated assignment");
    env.as_(ADMIN, &["assistant", "assign", DED, "--org-wide"])
        .ok()
        .stderr_has("dedicated@clinic.org already assists as asked: nothing to do");
    let out = json_as(&env, ADMIN, &["assistant", "assign", DED, "--org-wide"]);
    assert_eq!(out[0]["outcome"], "unchanged");
    assert_eq!(
        assignments(&env),
        [(DED.to_string(), Value::Null), (OW.to_string(), json!(PSL))]
    );
    // neither, without saying which
    env.as_(ADMIN, &["assistant", "assign", DED]).code(2);
}

/// "A therapist can have only one dedicated assistant when "assign to specific
/// therapists" is used."
#[test]
fn a_therapist_has_only_one_dedicated_assistant() {
    let env = clinic();
    let second = "second@clinic.org";
    add(&env, second, &["assistant"], None);
    env.as_(ADMIN, &["assistant", "assign", second, "--to", PSY])
        .code(5)
        .stderr_has("psy@clinic.org already has 1 dedicated assistant (dedicated@clinic.org)")
        .stderr_has("hint:");
    // an org-wide assistant is not a dedicated one
    env.as_(ADMIN, &["assistant", "assign", second, "--org-wide"])
        .ok();
    env.as_(ADMIN, &["assistant", "assign", OW, "--to", PSY])
        .code(5)
        .stderr_has("(dedicated@clinic.org)");
    // the same assistant again is no second one
    let again = json_as(&env, ADMIN, &["assistant", "assign", DED, "--to", PSY]);
    assert_eq!(again[0]["outcome"], "unchanged");
    // once the current one is unassigned, another may take the place
    env.as_(ADMIN, &["assistant", "unassign", DED, "--from", PSY])
        .ok();
    env.as_(ADMIN, &["assistant", "assign", OW, "--to", PSY])
        .ok();
    assert!(assignments(&env).contains(&(OW.into(), json!(PSY))));
    assert!(!assignments(&env).iter().any(|(a, _)| a == DED));
}

/// "An assistant can support multiple therapists."
#[test]
fn an_assistant_supports_several_therapists() {
    let env = clinic();
    denied(&env, DED, "record.read", "record:2");
    let out = json_as(&env, ADMIN, &["assistant", "assign", DED, "--to", PSY, PSL]);
    assert_eq!(out[0]["outcome"], "unchanged");
    assert_eq!(out[1]["outcome"], "assigned");
    let mine: Vec<Value> = assignments(&env)
        .into_iter()
        .filter(|(a, _)| a == DED)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(mine, [json!(PSL), json!(PSY)]);
    allowed(&env, DED, "record.read", "record:1");
    allowed(&env, DED, "record.read", "record:2");
    allowed(&env, DED, "intake.basic", "member:psl@clinic.org");
}

/// "Therapists already assigned to another assistant won't appear in the selection list
/// when assigning."
#[test]
fn therapists_with_another_assistant_are_not_candidates() {
    let env = clinic();
    let dual = "dual@clinic.org";
    add(
        &env,
        dual,
        &["psychologist", "assistant"],
        Some("psychologist"),
    );
    // PSY has DED: not offered to anyone else; the others (therapists only) are
    let ow = json_as(&env, ADMIN, &["assistant", "candidates", OW]);
    assert_eq!(emails(&ow), [dual, PSL]);
    // DED sees PSY, whom it already assists, marked as such
    let ded = json_as(&env, ADMIN, &["assistant", "candidates", DED]);
    assert_eq!(emails(&ded), [dual, PSL, PSY]);
    assert_eq!(ded[2]["already_assigned"], true);
    assert_eq!(ded[1]["already_assigned"], false);
    // an assistant is never its own candidate
    let own = json_as(&env, ADMIN, &["assistant", "candidates", dual]);
    assert_eq!(emails(&own), [PSL]);
    // once PSY is free again, PSY is a candidate for everyone
    env.as_(ADMIN, &["assistant", "unassign", DED]).ok();
    let ow = json_as(&env, ADMIN, &["assistant", "candidates", OW]);
    assert_eq!(emails(&ow), [dual, PSL, PSY]);
}

/// "Assistants act on behalf of their assigned therapists. Their scope is limited to the
/// organization (org‑wide assignment) or to specific therapists."
#[test]
fn assistants_act_for_their_assigned_therapists_only() {
    let env = clinic();
    // on behalf of: the patient record is the therapist's, made by the assistant
    let made = json_as(
        &env,
        DED,
        &[
            "record",
            "create",
            "--client",
            "New Patient",
            "--owner",
            PSY,
        ],
    );
    assert_eq!(made["owner"], PSY);
    assert_eq!(made["creator"], DED);
    let made = format!("record:{}", made["number"]);
    allowed(&env, PSY, "record.write", &made);
    allowed(&env, DED, "record.read", &made);
    // not for a therapist they are not assigned to
    env.as_(DED, &["record", "create", "--client", "X", "--owner", PSL])
        .code(3)
        .stderr_has("does not assist psl@clinic.org");
    // org-wide: every therapist of the organisation, and nobody else
    let made = json_as(
        &env,
        OW,
        &[
            "record",
            "create",
            "--client",
            "Other Patient",
            "--owner",
            PSL,
        ],
    );
    assert_eq!(made["owner"], PSL);
    denied(&env, OW, "calendar.edit", "member:admin@clinic.org");
    denied(&env, OW, "calendar.edit", "member:dedicated@clinic.org");

    // the scope ends with the assignment
    env.as_(ADMIN, &["assistant", "unassign", DED, "--from", PSY])
        .ok();
    denied(&env, DED, "record.read", "record:1");
    denied(&env, DED, "intake.basic", "member:psy@clinic.org");
    // org-wide narrowed to one therapist
    env.as_(ADMIN, &["assistant", "assign", OW, "--to", PSL])
        .ok();
    denied(&env, OW, "record.read", "record:1");
    allowed(&env, OW, "record.read", "record:2");

    // and never beyond the organisation
    env.as_(ADMIN, &["assistant", "assign", OW, "--org-wide"])
        .ok();
    env.run(&[
        "org",
        "init",
        "elsewhere",
        "--name",
        "E",
        "--kind",
        "clinic",
        "--policy",
        "psychiatry-clinic",
        "--admin",
        "boss@elsewhere.org",
    ])
    .ok();
    env.as_(
        "boss@elsewhere.org",
        &[
            "member",
            "invite",
            "doc@elsewhere.org",
            "--role",
            "psychiatrist",
            "--accepted",
            "--org",
            "elsewhere",
        ],
    )
    .ok();
    let there = env.as_(
        "doc@elsewhere.org",
        &[
            "record",
            "create",
            "--client",
            "Far",
            "--org",
            "elsewhere",
            "--format",
            "json",
        ],
    );
    there.ok();
    let there = format!("record:{}", there.json()["number"]);
    env.as_(
        OW,
        &["perm", "check", "record.read", &there, "--org", "elsewhere"],
    )
    .code(3);
    env.as_(
        OW,
        &[
            "perm",
            "check",
            "record.read",
            "record:1",
            "--org",
            "clinic",
        ],
    )
    .ok();
}

/// "Can one person be both a therapist and an assistant? Yes. Capabilities combine. If
/// they're also assigned as an assistant, they can perform assistant tasks for their
/// assigned scope while retaining their therapist capabilities."
#[test]
fn a_therapist_can_also_be_an_assistant() {
    let env = clinic();
    let dual = "dual@clinic.org";
    add(
        &env,
        dual,
        &["psychiatrist", "assistant"],
        Some("psychiatrist"),
    );
    env.as_(ADMIN, &["assistant", "assign", dual, "--to", PSL])
        .ok();
    let mine = format!("record:{}", patient(&env, dual, "Own"));
    // therapist capabilities, on their own patients
    allowed(&env, dual, "record.write", &mine);
    allowed(&env, dual, "intake.full", "member:dual@clinic.org");
    // assistant tasks, for the assigned therapist
    allowed(&env, dual, "record.read", "record:2");
    allowed(&env, dual, "intake.basic", "member:psl@clinic.org");
    allowed(&env, dual, "calendar.edit", "member:psl@clinic.org");
    // but only an assistant's part of them
    denied(&env, dual, "record.write", "record:2");
    denied(&env, dual, "intake.full", "member:psl@clinic.org");
    // and nothing of an unassigned therapist
    denied(&env, dual, "record.read", "record:1");
    // as a therapist, they can have an assistant of their own
    env.as_(ADMIN, &["assistant", "assign", DED, "--to", dual])
        .ok();
    allowed(&env, DED, "record.read", &mine);
}

/// Only a member holding an assisting role (`assistant`) can be assigned as an
/// assistant; only a member holding a role that can be assisted (psychiatrist,
/// psychologist) can be assisted.
#[test]
fn only_assistants_assist_and_only_therapists_are_assisted() {
    let env = clinic();
    for args in [
        vec!["assistant", "assign", PSY, "--org-wide"],
        vec!["assistant", "assign", PSY, "--to", PSL],
        vec!["assistant", "assign", ADMIN, "--to", PSL],
        vec!["assistant", "candidates", PSY],
    ] {
        env.as_(ADMIN, &args)
            .code(5)
            .stderr_has("cannot assist: they hold none of the roles assistant");
    }
    for therapist in [ADMIN, OW] {
        env.as_(ADMIN, &["assistant", "assign", DED, "--to", therapist])
            .code(5)
            .stderr_has(
                "cannot be assisted: they hold none of the roles psychiatrist, psychologist",
            );
    }
    // and the candidates are the therapists only
    let c = json_as(&env, ADMIN, &["assistant", "candidates", OW]);
    assert_eq!(emails(&c), [PSL]);
    assert_eq!(
        assignments(&env),
        [(DED.to_string(), json!(PSY)), (OW.to_string(), Value::Null)],
        "nothing changed"
    );
}

/// "Do psychiatrists and psychologists differ in permissions? Functionally they are
/// identical in the current version." (and "If both therapist roles are present, they
/// remain functionally identical")
#[test]
fn psychiatrists_and_psychologists_have_the_same_permissions() {
    let env = clinic();
    let grants = |who: &str| -> BTreeSet<(String, String)> {
        json_as(&env, who, &["perm", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                (
                    g["action"].as_str().unwrap().to_string(),
                    g["scope"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let psychiatrist = grants(PSY);
    let psychologist = grants(PSL);
    assert!(psychiatrist.contains(&("record.write".into(), "own".into())));
    assert_eq!(psychiatrist, psychologist);
    assert_ne!(
        psychiatrist,
        grants(DED),
        "a different role lists differently"
    );
    let both = "both@clinic.org";
    add(
        &env,
        both,
        &["psychiatrist", "psychologist"],
        Some("psychologist"),
    );
    assert_eq!(grants(both), psychiatrist);

    let policy = env.run(&["policy", "show", "psychiatry-clinic", "--format", "json"]);
    policy.ok();
    let roles = &policy.json()["roles"];
    assert!(
        roles["psychiatrist"]["grants"]
            .as_object()
            .is_some_and(|g| !g.is_empty())
    );
    assert_eq!(
        roles["psychiatrist"]["grants"],
        roles["psychologist"]["grants"]
    );
}

// ---------------------------------------------------------------------------------
// The member lifecycle of this product (RELATED.md, "Psychiatry / psychology clinic").

/// related article: Members — "Invited: has not accepted yet; does not count toward the
/// plan's user limit" and "Active: counts toward the plan's maximum number of users."
#[test]
fn invited_members_use_no_seat_and_active_members_do() {
    let env = TestEnv::clinic_with(&["--seats", "2"]);
    let seats = |env: &TestEnv| {
        let org = json_as(env, ADMIN, &["org", "show"]);
        (org["seats_used"].clone(), org["invited"].clone())
    };
    for e in ["a@clinic.org", "b@clinic.org", "c@clinic.org"] {
        env.as_(ADMIN, &["member", "invite", e, "--role", "psychologist"])
            .ok();
    }
    assert_eq!(seats(&env), (json!(1), json!(3)));
    env.as_("a@clinic.org", &["member", "accept"]).ok();
    assert_eq!(seats(&env), (json!(2), json!(2)));
    // the plan is full: neither an active member nor an acceptance fits
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "d@clinic.org",
            "--role",
            "psychologist",
            "--accepted",
        ],
    )
    .code(5)
    .stderr_has("not enough seats");
    env.as_("b@clinic.org", &["member", "accept"])
        .code(5)
        .stderr_has("not enough seats: this needs 1, 0 are free (2 of 2 in use)");
    assert_eq!(member(&env, "b@clinic.org")["status"], "invited");
    // an invitation still fits: it uses no seat
    env.as_(
        ADMIN,
        &["member", "invite", "e@clinic.org", "--role", "assistant"],
    )
    .ok();
    // a member who leaves frees a seat
    env.as_(ADMIN, &["member", "deactivate", "a@clinic.org"])
        .ok();
    env.as_("b@clinic.org", &["member", "accept"]).ok();
    env.as_(ADMIN, &["member", "reactivate", "a@clinic.org"])
        .code(5)
        .stderr_has("not enough seats");
    assert_eq!(seats(&env), (json!(2), json!(2)));
}

/// related article: Members — "the invitation can be cancelled"
#[test]
fn an_invitation_can_be_cancelled() {
    let env = TestEnv::clinic();
    let x = "x@clinic.org";
    env.as_(ADMIN, &["member", "invite", x, "--role", "psychologist"])
        .ok();
    let cancelled = json_as(&env, ADMIN, &["member", "cancel", x]);
    assert_eq!(cancelled["status"], "removed");
    env.as_(x, &["member", "accept"]).code(3);
    assert_eq!(json_as(&env, ADMIN, &["org", "show"])["invited"], 0);
    // an active member has no invitation to cancel
    env.as_(ADMIN, &["member", "cancel", ADMIN])
        .code(5)
        .stderr_has("hint:");
}

/// related article: Members — "Inactive: deactivated; all their data remains; an
/// administrator can reactivate them."
#[test]
fn inactive_members_keep_their_data_and_can_be_reactivated() {
    let env = clinic();
    env.as_(
        ADMIN,
        &[
            "member",
            "edit",
            PSY,
            "--name",
            "Dr Pat",
            "--title",
            "Psychiatrist MD",
        ],
    )
    .ok();
    let before = member(&env, PSY);
    let off = json_as(&env, ADMIN, &["member", "deactivate", PSY]);
    assert_eq!(off["status"], "inactive");
    for field in ["name", "title", "roles", "principal"] {
        assert_eq!(off[field], before[field], "{field} kept");
    }
    denied(&env, PSY, "record.read", "record:1");
    // their patient and their assistant stay theirs
    assert!(assignments(&env).contains(&(DED.into(), json!(PSY))));
    let inactive = json_as(&env, ADMIN, &["member", "list", "--status", "inactive"]);
    assert_eq!(emails(&inactive), [PSY]);

    let on = json_as(&env, ADMIN, &["member", "reactivate", PSY]);
    assert_eq!(on["status"], "active");
    assert_eq!(on["name"], "Dr Pat");
    allowed(&env, PSY, "record.write", "record:1");
    allowed(&env, DED, "record.read", "record:1");
}

/// related article: Members — "Deleted: an inactive member that an administrator
/// removed; their data is permanently deleted; they cannot be reactivated, only invited
/// again."
#[test]
fn removing_an_inactive_member_deletes_their_data_for_good() {
    let env = clinic();
    let tom = "tom@clinic.org";
    add(&env, tom, &["psychologist"], None);
    env.as_(ADMIN, &["assistant", "assign", DED, "--to", tom])
        .ok();
    env.as_(
        ADMIN,
        &[
            "member",
            "edit",
            OW,
            "--name",
            "Olive Wren",
            "--title",
            "Front desk",
        ],
    )
    .ok();

    // only an inactive member can be removed
    env.as_(ADMIN, &["member", "remove", OW])
        .code(5)
        .stderr_has("only inactive members can be removed")
        .stderr_has("hint: remove their access first: careward member deactivate");
    env.as_(ADMIN, &["member", "deactivate", OW]).ok();
    let gone = json_as(&env, ADMIN, &["member", "remove", OW]);
    assert_eq!(gone["status"], "removed");
    assert_eq!(gone["name"], "", "the name is erased");
    assert_eq!(gone["title"], "", "the title is erased");
    assert_eq!(gone["roles"], json!([]));
    assert_eq!(gone["principal"], Value::Null);
    assert!(
        !assignments(&env).iter().any(|(a, _)| a == OW),
        "their assignment is gone"
    );
    env.as_(ADMIN, &["member", "reactivate", OW])
        .code(5)
        .stderr_has("hint: invite them again: careward member invite");

    // a removed therapist loses their dedicated assistant too
    env.as_(ADMIN, &["member", "deactivate", tom]).ok();
    env.as_(ADMIN, &["member", "remove", tom]).ok();
    assert_eq!(assignments(&env), [(DED.to_string(), json!(PSY))]);

    // a member who still has patients cannot be removed
    env.as_(ADMIN, &["member", "deactivate", PSL]).ok();
    env.as_(ADMIN, &["member", "remove", PSL])
        .code(5)
        .stderr_has("still owns 1 record")
        .stderr_has("hint:");

    // invited again, they start afresh
    let back = json_as(
        &env,
        ADMIN,
        &["member", "invite", OW, "--role", "assistant"],
    );
    assert_eq!(back["status"], "invited");
    assert_eq!(back["name"], "");
    assert_eq!(back["roles"], json!(["assistant"]));
    assert!(!assignments(&env).iter().any(|(a, _)| a == OW));
}

/// related article: Members — "The plan gives an invitation allowance; each invitation
/// sent uses one."
#[test]
fn each_invitation_sent_uses_one_of_the_allowance() {
    let env = TestEnv::clinic_with(&["--invitations", "2"]);
    let left = |env: &TestEnv| json_as(env, ADMIN, &["org", "show"])["invitations_left"].clone();
    assert_eq!(left(&env), 2);
    env.as_(
        ADMIN,
        &["member", "invite", "a@clinic.org", "--role", "psychologist"],
    )
    .ok();
    assert_eq!(left(&env), 1);
    // a refused invitation sends nothing
    env.as_(
        ADMIN,
        &["member", "invite", "a@clinic.org", "--role", "psychologist"],
    )
    .code(5);
    assert_eq!(left(&env), 1);
    env.as_(
        ADMIN,
        &["member", "invite", "b@clinic.org", "--role", "assistant"],
    )
    .ok();
    assert_eq!(left(&env), 0);
    env.as_(
        ADMIN,
        &["member", "invite", "c@clinic.org", "--role", "assistant"],
    )
    .code(5)
    .stderr_has("invitations are used up")
    .stderr_has("hint:");
    // a sent invitation stays used when it is cancelled
    env.as_(ADMIN, &["member", "cancel", "a@clinic.org"]).ok();
    let org = json_as(&env, ADMIN, &["org", "show"]);
    assert_eq!(org["invitations_left"], 0);
    assert_eq!(org["invitations_sent"], 2);
    // without an allowance, invitations are not limited
    let free = TestEnv::clinic();
    assert_eq!(
        json_as(&free, ADMIN, &["org", "show"])["invitations_left"],
        Value::Null
    );
}

/// related article: Members — "Members are listed by state — active, inactive, invited —
/// searchable by name or email and filterable by role." and "the list shows who invited
/// them and when".
#[test]
fn the_members_page_filters_by_state_role_and_search() {
    let env = clinic();
    env.as_(ADMIN, &["member", "edit", PSL, "--name", "Lee Park"])
        .ok();
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "new@clinic.org",
            "--role",
            "psychiatrist",
        ],
    )
    .ok();
    env.as_(ADMIN, &["member", "deactivate", OW]).ok();
    let list = |args: &[&str]| {
        let mut all = vec!["member", "list"];
        all.extend_from_slice(args);
        emails(&json_as(&env, ADMIN, &all))
    };
    assert_eq!(list(&["--status", "active"]), [ADMIN, DED, PSL, PSY]);
    assert_eq!(list(&["--status", "inactive"]), [OW]);
    assert_eq!(list(&["--status", "invited"]), ["new@clinic.org"]);
    assert_eq!(list(&["--role", "psychiatrist"]), ["new@clinic.org", PSY]);
    assert_eq!(list(&["--role", "assistant", "--status", "active"]), [DED]);
    assert_eq!(list(&["--search", "PARK"]), [PSL], "by name, any case");
    assert_eq!(list(&["--search", "wide@"]), [OW], "by email");
    env.as_(ADMIN, &["member", "list", "--role", "nurse"])
        .code(6)
        .stderr_has("the roles are: administrator, assistant, psychiatrist, psychologist");

    let invited = json_as(&env, ADMIN, &["member", "list", "--status", "invited"]);
    assert_eq!(invited[0]["invited_by"], ADMIN);
    assert_eq!(invited[0]["invited_at"], crate::common::NOW);
}

/// related article: Members — "Only administrators see the Members page." (and only
/// they invite, deactivate, reactivate, remove and assign assistants: the matrix's
/// administrator-only rows)
#[test]
fn only_administrators_manage_members() {
    let env = clinic();
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "new@clinic.org",
            "--role",
            "psychologist",
        ],
    )
    .ok();
    let gone = "gone@clinic.org";
    add(&env, gone, &["assistant"], None);
    env.as_(ADMIN, &["member", "deactivate", gone]).ok();
    for actor in [PSY, PSL, DED, OW] {
        for args in [
            vec!["member", "list"],
            vec!["member", "show", PSL],
            vec![
                "member",
                "invite",
                "more@clinic.org",
                "--role",
                "psychologist",
            ],
            vec!["member", "cancel", "new@clinic.org"],
            vec!["member", "deactivate", PSL],
            vec!["member", "reactivate", gone],
            vec!["member", "remove", gone],
            vec!["assistant", "list"],
            vec!["assistant", "candidates", DED],
            vec!["assistant", "assign", OW, "--to", PSL],
            vec!["assistant", "unassign", DED],
        ] {
            let run = env.as_(actor, &args);
            assert_eq!(run.code, 3, "{actor} ran {args:?}:\n{}", run.transcript());
        }
    }
    assert_eq!(member(&env, gone)["status"], "inactive");
    assert_eq!(member(&env, "new@clinic.org")["status"], "invited");
    assert_eq!(member(&env, PSL)["status"], "active");
    assert_eq!(
        assignments(&env),
        [(DED.to_string(), json!(PSY)), (OW.to_string(), Value::Null)]
    );
}

// ---------------------------------------------------------------------------------
// Roles are policy data.

/// Literals of a role name that are not the role, each with the number of times it may
/// appear in the file: the assisting relation's output field, named after the
/// `assistant` command noun. A count that no longer matches fails the test, so an entry
/// can hide neither a new literal nor outlive the one it names.
const NOT_ROLES: &[(&str, &str, usize, &str)] = &[(
    "src/commands/assistant.rs",
    "assistant",
    4,
    "the `assistant` column of `assistant assign`, `unassign` and `list` (and of `list`'s default table columns): the assisting member",
)];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable directory") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Issue 6, "Done when": "No Rust code outside tests names a role of any preset …:
/// which roles may assist, be assisted, must keep a holder or need a principal is
/// policy data read by the engine."
#[test]
fn no_rust_source_names_a_role_of_any_preset() {
    let env = TestEnv::new();
    let presets = env.run(&["policy", "list", "--format", "json"]);
    presets.ok();
    let mut roles = BTreeSet::new();
    for preset in presets.json().as_array().unwrap() {
        let name = preset["name"].as_str().unwrap();
        let shown = env.run(&["policy", "show", name, "--format", "json"]);
        shown.ok();
        let defined = shown.json()["roles"].as_object().unwrap().clone();
        assert!(!defined.is_empty(), "policy {name} has roles");
        roles.extend(defined.keys().cloned());
    }
    for expected in ["administrator", "assistant", "psychiatrist", "practitioner"] {
        assert!(roles.contains(expected), "{expected} is among {roles:?}");
    }

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (file, role, _, _) in NOT_ROLES {
        assert!(
            roles.contains(*role),
            "NOT_ROLES: {role} is no role of a preset"
        );
        assert!(root.join(file).is_file(), "NOT_ROLES: no file {file}");
    }
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    assert!(files.len() > 10, "the sources are found: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(file).unwrap();
        // unit tests beside the code are tests: the code is what precedes them
        let text = match text.find("\n#[cfg(test)]") {
            Some(end) => &text[..end],
            None => &text[..],
        };
        for role in &roles {
            let literal = format!("\"{role}\"");
            let hits: Vec<usize> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| l.contains(&literal))
                .map(|(i, _)| i + 1)
                .collect();
            let (allowed, why) = NOT_ROLES
                .iter()
                .find(|(f, r, _, _)| *f == rel && r == role)
                .map_or((0, "a role name"), |(_, _, n, why)| (*n, *why));
            let count = text.matches(&literal).count();
            if count != allowed {
                found.push(format!(
                    "{rel}: {literal} {count} time(s) (lines {hits:?}), {allowed} expected ({why})"
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "role names in the Rust sources; read them from the policy instead:\n  {}",
        found.join("\n  ")
    );
}
