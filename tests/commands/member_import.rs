//! `careward member invite --csv` (issue #3), and the plans and seats it checks against.
//! Fixtures are in fixtures/csv/ (its README says what each holds).

use std::path::Path;

use serde_json::{Value, json};

use crate::common::{Run, TestEnv};

const ADMIN: &str = "admin@demo.org";

/// Copy a fixture into the test's directory, where the binary runs, so that messages
/// name it as `NAME`.
fn fixture(env: &TestEnv, name: &str) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/csv")
        .join(name);
    std::fs::copy(&from, env.dir().join(name)).expect("the fixture copies");
}

fn write(env: &TestEnv, name: &str, text: &str) {
    std::fs::write(env.dir().join(name), text).expect("the file is written");
}

fn read(env: &TestEnv, name: &str) -> String {
    std::fs::read_to_string(env.dir().join(name)).expect("the file is there")
}

/// `member invite --csv FILE ARGS… --format json` as the administrator.
fn import(env: &TestEnv, file: &str, args: &[&str]) -> Run {
    let mut all = vec!["member", "invite", "--csv", file, "--format", "json"];
    all.extend(args);
    env.as_(ADMIN, &all)
}

/// The members as `member list` shows them, without the administrator.
/// The members but the administrator, with the columns an import sets (who invited
/// them and when is the import's own doing, checked in the audit tests).
fn members(env: &TestEnv) -> Vec<Value> {
    let run = env.as_(ADMIN, &["member", "list", "--format", "json"]);
    let list = run.ok().json();
    list.as_array()
        .expect("a list")
        .iter()
        .filter(|m| m["email"] != ADMIN)
        .map(|m| {
            let mut m = m.clone();
            if let Some(fields) = m.as_object_mut() {
                fields.remove("invited_by");
                fields.remove("invited_at");
            }
            m
        })
        .collect()
}

fn report(run: &Run) -> Vec<(u64, String, String, String)> {
    run.json()
        .as_array()
        .expect("a list of rows")
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().expect("a line number"),
                r["email"].as_str().unwrap_or_default().to_string(),
                r["outcome"].as_str().unwrap_or_default().to_string(),
                r["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn row(line: u64, email: &str, outcome: &str, message: &str) -> (u64, String, String, String) {
    (line, email.into(), outcome.into(), message.into())
}

/// The group-practice preset with changes, as a policy file in the test's directory.
fn custom_policy(env: &TestEnv, name: &str, edit: impl Fn(String) -> String) -> String {
    let preset = include_str!("../../src/policy/presets/group-practice.yaml");
    let text = edit(preset.replace("name: group-practice", &format!("name: {name}")));
    let file = format!("{name}.yaml");
    write(env, &file, &text);
    format!("./{file}")
}

fn org_with_policy(policy: &str, env: TestEnv, seats: Option<&str>) -> TestEnv {
    let mut args = vec![
        "org", "init", "demo", "--name", "Demo", "--kind", "clinic", "--policy", policy, "--admin",
        ADMIN,
    ];
    if let Some(n) = seats {
        args.extend(["--seats", n]);
    }
    env.run(&args).ok();
    env
}

fn org_with_seats(seats: &str) -> TestEnv {
    org_with_policy("group-practice", TestEnv::new(), Some(seats))
}

#[test]
fn a_headed_file_invites_every_row_whatever_its_column_order_bom_crlf_and_quotes() {
    let env = TestEnv::org("clinic");
    fixture(&env, "staff.csv");
    let run = import(&env, "staff.csv", &[]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(2, "ann.lee@example.org", "invited", ""),
            row(3, "bob.stone@example.org", "invited", "added as active"),
            row(4, "carla@example.org", "invited", ""),
            row(5, "dev@example.org", "invited", "added as active"),
        ]
    );
    assert_eq!(
        run.stderr,
        "4 rows: 4 invited (staff.csv, CSV with a header; import run 2, named in the audit trail)\n"
    );
    assert_eq!(
        members(&env),
        vec![
            json!({"email": "ann.lee@example.org", "name": "Lee, Ann", "title": "Psychologist",
                   "roles": ["practitioner"], "principal": "practitioner", "status": "invited",
                   "locations": [], "teams": []}),
            json!({"email": "bob.stone@example.org", "name": "Bob Stone", "title": "Social worker",
                   "roles": ["coordinator", "practitioner"], "principal": "coordinator", "status": "active",
                   "locations": [], "teams": []}),
            json!({"email": "carla@example.org", "name": "Carla \"CJ\" Jones", "title": "",
                   "roles": ["coordinator"], "principal": "coordinator", "status": "invited",
                   "locations": [], "teams": []}),
            json!({"email": "dev@example.org", "name": "Dev Patel", "title": "Director",
                   "roles": ["administrator"], "principal": "administrator", "status": "active",
                   "locations": [], "teams": []}),
        ]
    );
}

/// Related article "How can I invite members using a CSV file?": "The product's own
/// file has no header and two columns separated by a semicolon: the email address,
/// then the roles separated by commas with no spaces, e.g.
/// `jm@example.com;practitioner,coordinator`."
#[test]
fn the_products_own_file_is_recognised_and_named_in_the_summary() {
    let env = TestEnv::org("clinic");
    fixture(&env, "product-format.csv");
    let run = import(&env, "product-format.csv", &[]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(1, "jm@example.com", "invited", ""),
            row(2, "sara@example.com", "invited", ""),
            row(3, "lou@example.com", "invited", ""),
        ]
    );
    run.stderr_has(
        "3 rows: 3 invited (product-format.csv, the product's own format (email;roles, no header); import run 2",
    );
    let jm = env.as_(
        ADMIN,
        &["member", "show", "jm@example.com", "--format", "json"],
    );
    assert_eq!(
        jm.ok().json()["roles"],
        json!(["coordinator", "practitioner"])
    );
}

/// Related article: "Roles must be spelled exactly, in lower case."
#[test]
fn the_products_own_file_wants_roles_in_lower_case() {
    let env = TestEnv::org("clinic");
    write(&env, "own.csv", "jm@example.com;Practitioner,coordinator\n");
    let run = import(&env, "own.csv", &[]);
    run.code(6).stderr_has(
        "own.csv:1: unknown role \"Practitioner\": roles are spelled in lower case (practitioner)",
    );
}

#[test]
fn a_dash_reads_standard_input() {
    let env = TestEnv::org("clinic");
    let run = env.run_stdin(
        &[
            "member", "invite", "--csv", "-", "--format", "json", "--as", ADMIN,
        ],
        "email,roles\nann@example.org,practitioner\n",
    );
    run.ok();
    assert_eq!(report(&run), vec![row(2, "ann@example.org", "invited", "")]);
    run.stderr_has("1 row: 1 invited (stdin, CSV with a header;");
}

#[test]
fn rows_without_roles_take_the_role_option_and_accepted_makes_them_active() {
    let env = TestEnv::org("clinic");
    write(
        &env,
        "roles.csv",
        "email,roles,status\nann@example.org,,\nbob@example.org,coordinator,invited\n",
    );
    import(&env, "roles.csv", &["--role", "practitioner", "--accepted"]).ok();
    let list = members(&env);
    assert_eq!(list[0]["roles"], json!(["practitioner"]));
    assert_eq!(list[0]["status"], "active");
    assert_eq!(list[1]["roles"], json!(["coordinator"]));
    assert_eq!(list[1]["status"], "invited");
}

#[test]
fn every_bad_row_is_listed_with_its_line_and_nothing_is_applied() {
    let env = TestEnv::org("clinic");
    fixture(&env, "bad-staff.csv");
    let events_before = env.audit_count();
    let run = import(&env, "bad-staff.csv", &[]);
    run.code(6);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: bad-staff.csv has 8 problems; nothing was imported:
  bad-staff.csv:3: email \"bob@\" is not an email address
  bad-staff.csv:4: unknown role \"Practitioner\": roles are spelled in lower case (practitioner)
  bad-staff.csv:5: role manager is available only in school organisations, and this one is a clinic
  bad-staff.csv:6: 5 fields where the header has 4; quote cells that contain the separator
  bad-staff.csv:7: 2 fields where the header has 4
  bad-staff.csv:8: email ok@example.org is already on line 2
  bad-staff.csv:9: status \"retired\" is not one of invited, active, inactive
  bad-staff.csv:10: no role: fill the roles cell, or give --role ROLE for rows without one
hint: fix the rows and run the import again; or add --on-error continue --rejects FILE to import the valid rows now
"
    );
    assert!(members(&env).is_empty());
    // The refused import leaves one event, naming the run; no member was added.
    let events = env.events(events_before);
    assert_eq!(events.len(), 1, "{events:?}");
    let (action, target, outcome, details) = &events[0];
    assert_eq!(
        (action.as_str(), target.as_str(), outcome.as_str()),
        ("member.invite", "org", "refused")
    );
    assert_eq!(details["import"]["run"], events_before + 1);
    assert_eq!(details["import"]["file"], "bad-staff.csv");
    assert_eq!(details["import"]["problems"], 8);
    assert_eq!(details["import"]["rows"], 9);
}

#[test]
fn a_dry_run_of_a_bad_file_fails_the_same_and_changes_nothing() {
    let env = TestEnv::org("clinic");
    fixture(&env, "bad-staff.csv");
    let before = env.data();
    let events = env.audit_count();
    import(&env, "bad-staff.csv", &["--dry-run"])
        .code(6)
        .stderr_has("bad-staff.csv:3: email \"bob@\" is not an email address");
    assert!(env.data() == before, "the store changed");
    // the refusal is audited all the same, as a dry run's
    let refused = env.events(events);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].2, "refused");
    assert_eq!(refused[0].3["dry_run"], true);
}

#[test]
fn rows_that_are_not_utf8_or_lack_an_email_are_named_by_line() {
    let env = TestEnv::org("clinic");
    std::fs::write(
        env.dir().join("latin1.csv"),
        b"email,name,roles\nann@example.org,Ren\xe9e,practitioner\n,Bob,practitioner\n",
    )
    .unwrap();
    let run = import(&env, "latin1.csv", &[]);
    run.code(6);
    assert_eq!(
        run.stderr.lines().skip(1).take(2).collect::<Vec<_>>(),
        vec![
            "  latin1.csv:2: the row is not UTF-8 text; save the file as UTF-8",
            "  latin1.csv:3: the email cell is empty",
        ]
    );
}

#[test]
fn a_missing_principal_is_refused_where_the_policy_wants_one() {
    let env = TestEnv::new();
    let policy = custom_policy(&env, "principal-practice", |text| {
        text.replace(
            "constraints:\n",
            "constraints:\n  principal_when_several: true\n",
        )
    });
    let env = org_with_policy(&policy, env, None);
    write(
        &env,
        "two.csv",
        "email,roles,principal\nann@example.org,practitioner;coordinator,\nbob@example.org,practitioner;coordinator,coordinator\ncy@example.org,practitioner,coordinator\n",
    );
    let run = import(&env, "two.csv", &[]);
    run.code(6);
    assert_eq!(
        run.stderr.lines().take(3).collect::<Vec<_>>(),
        vec![
            "error: two.csv has 2 problems; nothing was imported:",
            "  two.csv:2: ann@example.org would hold several roles (coordinator, practitioner), and policy principal-practice needs a principal role then",
            "  two.csv:4: principal role coordinator is not one of cy@example.org's roles",
        ]
    );
}

#[test]
fn unknown_columns_are_refused_with_the_known_ones() {
    let env = TestEnv::org("clinic");
    write(
        &env,
        "cols.csv",
        "email,roles,department,Team\nann@example.org,practitioner,north,tsa\nbob@,practitioner,,\n",
    );
    // Also with --on-error continue: a bad header refuses the whole file.
    let run = import(
        &env,
        "cols.csv",
        &["--on-error", "continue", "--rejects", "r.csv"],
    );
    run.code(6);
    assert_eq!(
        run.stderr,
        "error: cols.csv has 3 problems; nothing was imported:
  cols.csv:1: unknown column \"department\"; the known columns are email, name, title, roles, principal, status, locations, teams, user_type, access, permissions
  cols.csv:1: unknown column \"Team\"; the known columns are email, name, title, roles, principal, status, locations, teams, user_type, access, permissions
  cols.csv:3: email \"bob@\" is not an email address
hint: the first row names the columns: email,name,title,roles,principal,status,locations,teams,user_type,access,permissions
"
    );
    assert!(members(&env).is_empty());
    assert!(!env.dir().join("r.csv").exists());
}

#[test]
fn a_file_needs_a_header_naming_the_email_column() {
    let env = TestEnv::org("clinic");
    write(&env, "noemail.csv", "name,roles\nAnn,practitioner\n");
    import(&env, "noemail.csv", &[])
        .code(6)
        .stderr_has("noemail.csv:1: there is no email column; the known columns are email, name, title, roles, principal, status");
    write(&env, "noheader.csv", "ann@example.org,practitioner\n");
    import(&env, "noheader.csv", &[])
        .code(6)
        .stderr_has("noheader.csv:1: the first line is not a header: it names none of the columns email, name, title, roles, principal, status");
    write(&env, "empty.csv", "\n\n");
    import(&env, "empty.csv", &[])
        .code(6)
        .stderr_has("error: empty.csv is empty");
    import(&env, "missing.csv", &[])
        .code(4)
        .stderr_has("error: no file missing.csv");
}

#[test]
fn running_the_same_file_again_reports_every_row_unchanged_and_records_nothing() {
    let env = TestEnv::org("clinic");
    fixture(&env, "staff.csv");
    import(&env, "staff.csv", &[]).ok();
    let events_before = env.audit_count();
    let run = import(&env, "staff.csv", &[]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(2, "ann.lee@example.org", "unchanged", ""),
            row(3, "bob.stone@example.org", "unchanged", ""),
            row(4, "carla@example.org", "unchanged", ""),
            row(5, "dev@example.org", "unchanged", ""),
        ]
    );
    assert_eq!(
        run.stderr,
        "4 rows: 4 unchanged (staff.csv, CSV with a header)\n"
    );
    assert_eq!(env.audit_count(), events_before);
}

#[test]
fn an_import_does_not_change_a_members_status_and_says_so() {
    let env = TestEnv::org("clinic");
    env.add("ann@example.org", &["practitioner"]);
    write(
        &env,
        "s.csv",
        "email,roles,status\nann@example.org,practitioner,invited\n",
    );
    let run = import(&env, "s.csv", &[]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![row(
            2,
            "ann@example.org",
            "unchanged",
            "already a member, active; the file says invited, and an import does not change a member's status"
        )]
    );
}

#[test]
fn a_row_that_differs_from_a_member_is_a_conflict_unless_update() {
    let env = TestEnv::org("clinic");
    env.add("ann@example.org", &["practitioner"]);
    write(
        &env,
        "change.csv",
        "email,name,title,roles\nann@example.org,Ann Lee,Psychologist,practitioner;coordinator\nnew@example.org,New,,practitioner\n",
    );
    let unchanged = members(&env);
    let run = import(&env, "change.csv", &[]);
    run.code(5);
    assert_eq!(
        run.stderr.lines().nth(1),
        Some(
            "  change.csv:2: ann@example.org is already a member, with other values: name \"\" → \"Ann Lee\"; title \"\" → \"Psychologist\"; roles practitioner → coordinator;practitioner (--update brings them to the file's values)"
        )
    );
    assert_eq!(members(&env), unchanged, "a conflict changed the members");

    let events_before = env.audit_count();
    let run = import(&env, "change.csv", &["--update"]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(
                2,
                "ann@example.org",
                "updated",
                "name \"\" → \"Ann Lee\"; title \"\" → \"Psychologist\"; roles practitioner → coordinator;practitioner"
            ),
            row(3, "new@example.org", "invited", ""),
        ]
    );
    run.stderr_has("2 rows: 1 invited, 1 updated");
    let ann = env.as_(
        ADMIN,
        &["member", "show", "ann@example.org", "--format", "json"],
    );
    let ann = ann.ok().json();
    assert_eq!(
        (&ann["name"], &ann["title"], &ann["roles"], &ann["status"]),
        (
            &json!("Ann Lee"),
            &json!("Psychologist"),
            &json!(["coordinator", "practitioner"]),
            &json!("active")
        )
    );
    // One event per updated or invited member, each naming the run and its line.
    let events = env.events(events_before);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].0, "role.assign");
    assert_eq!(events[0].1, "member:ann@example.org");
    assert_eq!(
        events[0].3["import"],
        json!({"run": events_before + 1, "file": "change.csv", "line": 2})
    );
    assert_eq!(
        events[0].3["changes"]["roles"],
        json!(["practitioner", "coordinator;practitioner"])
    );
    assert_eq!(events[1].0, "member.invite");
    assert_eq!(
        events[1].3["import"],
        json!({"run": events_before + 1, "file": "change.csv", "line": 3})
    );
}

#[test]
fn an_update_cannot_take_away_the_last_administrator() {
    let env = TestEnv::org("clinic");
    write(
        &env,
        "demote.csv",
        "email,roles\nadmin@demo.org,practitioner\nann@example.org,practitioner\n",
    );
    import(&env, "demote.csv", &["--update"])
        .code(5)
        .stderr_has("error: the organisation must always have at least 1 active administrator; this change would leave 0");
    assert!(members(&env).is_empty());
    let me = env.as_(ADMIN, &["member", "show", ADMIN, "--format", "json"]);
    assert_eq!(me.ok().json()["roles"], json!(["administrator"]));
}

#[test]
fn on_error_continue_imports_the_valid_rows_and_the_fixed_rejects_file_completes_it() {
    let env = TestEnv::org("clinic");
    write(
        &env,
        "mixed.csv",
        "email,name,roles\nann@example.org,Ann,practitioner\nbob@,Bob,practitioner\ncy@example.org,=Cy,Practitioner\ndi@example.org,Di,coordinator\nDI@example.org,Di twice,coordinator\n",
    );
    let run = import(
        &env,
        "mixed.csv",
        &["--on-error", "continue", "--rejects", "rejects.csv"],
    );
    run.code(6);
    assert_eq!(
        report(&run),
        vec![
            row(2, "ann@example.org", "invited", ""),
            row(
                3,
                "bob@",
                "rejected",
                "email \"bob@\" is not an email address"
            ),
            row(
                4,
                "cy@example.org",
                "rejected",
                "unknown role \"Practitioner\": roles are spelled in lower case (practitioner)"
            ),
            row(
                5,
                "di@example.org",
                "rejected",
                "email di@example.org is also on line 6"
            ),
            row(
                6,
                "di@example.org",
                "rejected",
                "email di@example.org is already on line 5"
            ),
        ]
    );
    run.stderr_has("5 rows: 1 invited, 4 rejected (mixed.csv, CSV with a header; import run 2, named in the audit trail); the rejected rows are in rejects.csv: fix them and import that file");
    assert_eq!(
        read(&env, "rejects.csv"),
        "email,name,roles,line,error
bob@,Bob,practitioner,3,\"email \"\"bob@\"\" is not an email address\"
cy@example.org,'=Cy,Practitioner,4,\"unknown role \"\"Practitioner\"\": roles are spelled in lower case (practitioner)\"
di@example.org,Di,coordinator,5,email di@example.org is also on line 6
DI@example.org,Di twice,coordinator,6,email di@example.org is already on line 5
"
    );
    let emails: Vec<Value> = members(&env).iter().map(|m| m["email"].clone()).collect();
    assert_eq!(emails, vec![json!("ann@example.org")]);

    // Fix the rejects file and run it: the import completes.
    let fixed = read(&env, "rejects.csv")
        .replace("bob@,", "bob@example.org,")
        .replace(",Practitioner,", ",practitioner,")
        .lines()
        .filter(|l| !l.starts_with("DI@"))
        .collect::<Vec<_>>()
        .join("\n");
    write(&env, "rejects.csv", &fixed);
    let run = import(
        &env,
        "rejects.csv",
        &["--on-error", "continue", "--rejects", "rejects-2.csv"],
    );
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(2, "bob@example.org", "invited", ""),
            row(3, "cy@example.org", "invited", ""),
            row(4, "di@example.org", "invited", ""),
        ]
    );
    run.stderr_has("; no row was rejected, rejects-2.csv was not written");
    assert!(!env.dir().join("rejects-2.csv").exists());
    let cy = env.as_(
        ADMIN,
        &["member", "show", "cy@example.org", "--format", "json"],
    );
    assert_eq!(cy.ok().json()["name"], "=Cy", "the formula guard came off");
}

#[test]
fn rejects_of_the_products_own_file_keep_its_separator_and_import_again() {
    let env = TestEnv::org("clinic");
    write(
        &env,
        "own.csv",
        "jm@example.com;practitioner,coordinator\nx@example.com;nurse\n",
    );
    import(
        &env,
        "own.csv",
        &["--on-error", "continue", "--rejects", "r.csv"],
    )
    .code(6);
    assert_eq!(
        read(&env, "r.csv"),
        "email;roles;line;error\nx@example.com;nurse;2;\"unknown role \"\"nurse\"\"; the roles of policy group-practice are administrator, coordinator, manager, practitioner\"\n"
    );
    write(
        &env,
        "r.csv",
        &read(&env, "r.csv").replace(";nurse;", ";practitioner;"),
    );
    let run = import(&env, "r.csv", &[]);
    run.ok().stderr_has("CSV with a header, separated by ';'");
    assert_eq!(report(&run), vec![row(2, "x@example.com", "invited", "")]);
}

#[test]
fn rejects_need_on_error_continue_and_continue_needs_a_rejects_file() {
    let env = TestEnv::org("clinic");
    fixture(&env, "staff.csv");
    import(&env, "staff.csv", &["--on-error", "continue"])
        .code(2)
        .stderr_has("--rejects <FILE>");
    import(&env, "staff.csv", &["--rejects", "r.csv"])
        .code(2)
        .stderr_has("error: --rejects goes with --on-error continue");
}

#[test]
fn an_import_needing_more_seats_than_are_free_is_refused_with_the_numbers() {
    let env = org_with_seats("3");
    write(
        &env,
        "three.csv",
        "email,roles,status\na@example.org,practitioner,\nb@example.org,practitioner,active\nc@example.org,practitioner,\n",
    );
    let events_before = env.audit_count();
    let run = import(&env, "three.csv", &[]);
    run.code(5);
    assert_eq!(
        run.stderr,
        "error: not enough seats: this needs 3, 2 are free (1 of 3 in use)\nhint: add seats (a member with billing.manage), or deactivate members who have left\n"
    );
    assert!(members(&env).is_empty());
    let events = env.events(events_before);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].2, "refused");
    assert_eq!(events[0].3["import"]["run"], events_before + 1);

    // Inactive members use no seat: the same people fit when one comes in inactive.
    write(
        &env,
        "fits.csv",
        "email,roles,status\na@example.org,practitioner,\nb@example.org,practitioner,active\nc@example.org,practitioner,inactive\n",
    );
    import(&env, "fits.csv", &[]).ok();
    let show = env.as_(ADMIN, &["org", "show", "--format", "json"]);
    let show = show.ok().json();
    assert_eq!(
        (&show["seats_used"], &show["seats_free"]),
        (&json!(3), &json!(0))
    );
}

#[test]
fn invite_and_reactivate_are_refused_by_the_same_seat_check() {
    let env = org_with_seats("2");
    env.add("ann@example.org", &["practitioner"]);
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "bob@example.org",
            "--role",
            "practitioner",
        ],
    )
    .code(5)
    .stderr_has("error: not enough seats: this needs 1, 0 are free (2 of 2 in use)");
    env.as_(ADMIN, &["member", "deactivate", "ann@example.org"])
        .ok();
    env.add("bob@example.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "reactivate", "ann@example.org"])
        .code(5)
        .stderr_has("error: not enough seats: this needs 1, 0 are free (2 of 2 in use)");
}

/// psychiatry-clinic's members page: "Invited: has not accepted yet; does not count
/// toward the plan's user limit". Under such a policy, accepting takes the seat.
#[test]
fn accepting_takes_a_seat_when_the_policy_counts_only_active_members() {
    let env = TestEnv::new();
    let policy = custom_policy(&env, "active-seats", |text| {
        text.replace("states: [invited, active]", "states: [active]")
    });
    let env = org_with_policy(&policy, env, Some("2"));
    write(
        &env,
        "two.csv",
        "email,roles\nann@example.org,practitioner\nbob@example.org,practitioner\n",
    );
    import(&env, "two.csv", &[]).ok();
    env.as_("ann@example.org", &["member", "accept"]).ok();
    env.as_("bob@example.org", &["member", "accept"])
        .code(5)
        .stderr_has("error: not enough seats: this needs 1, 0 are free (2 of 2 in use)");
}

#[test]
fn org_set_changes_the_plan_for_a_member_with_billing_manage() {
    let env = TestEnv::org("clinic");
    env.add("pat@example.org", &["practitioner"]);
    let show = env.as_(ADMIN, &["org", "show", "--format", "json"]);
    assert_eq!(
        (&show.ok().json()["plan"], &show.json()["seats"]),
        (&json!("free"), &Value::Null)
    );
    env.as_("pat@example.org", &["org", "set", "--seats", "10"])
        .code(3)
        .stderr_has("error: pat@example.org may not billing.manage org");
    let set = env.as_(
        ADMIN,
        &[
            "org", "set", "--plan", "seats", "--seats", "10", "--format", "json",
        ],
    );
    let set = set.ok().json();
    assert_eq!(
        (
            &set["plan"],
            &set["seats"],
            &set["seats_used"],
            &set["seats_free"]
        ),
        (&json!("seats"), &json!(10), &json!(2), &json!(8))
    );
    env.as_(ADMIN, &["org", "set", "--seats", "1"])
        .code(5)
        .stderr_has("error: 1 seat is fewer than the 2 in use");
    env.as_(ADMIN, &["org", "set", "--plan", "seats"])
        .code(2)
        .stderr_has("the seats plan needs a number of seats");
    env.as_(ADMIN, &["org", "set", "--plan", "free", "--seats", "3"])
        .code(2);
    env.as_(ADMIN, &["org", "set", "--seats", "0"]).code(2);
    let free = env.as_(ADMIN, &["org", "set", "--plan", "free", "--format", "json"]);
    assert_eq!(free.ok().json()["plan"], "free");
    let events = env.events(0);
    let plan_changes: Vec<&Value> = events
        .iter()
        .filter(|e| e.0 == "billing.manage" && e.2 == "allowed")
        .map(|e| &e.3)
        .collect();
    assert_eq!(
        plan_changes,
        vec![
            &json!({"plan": ["free", "seats"], "seats": [null, 10]}),
            &json!({"plan": ["seats", "free"], "seats": [10, null]}),
        ]
    );
}

#[test]
fn only_administrators_import() {
    let env = TestEnv::org("clinic");
    env.add("pat@example.org", &["practitioner", "coordinator"]);
    fixture(&env, "staff.csv");
    let events_before = env.audit_count();
    env.as_(
        "pat@example.org",
        &["member", "invite", "--csv", "staff.csv"],
    )
    .code(3)
    .stderr_has("error: pat@example.org may not member.invite org");
    let events = env.events(events_before);
    assert_eq!(events.len(), 1);
    assert_eq!(
        (events[0].0.as_str(), events[0].2.as_str()),
        ("member.invite", "denied")
    );
    assert_eq!(events[0].3["import"]["file"], "staff.csv");
}

#[test]
fn the_report_comes_in_every_format() {
    let env = TestEnv::org("clinic");
    write(
        &env,
        "one.csv",
        "email,roles\nann@example.org,practitioner\n",
    );
    let csv = env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "--csv",
            "one.csv",
            "--dry-run",
            "--format",
            "csv",
        ],
    );
    assert_eq!(
        csv.ok().stdout,
        "line,email,outcome,message\n2,ann@example.org,invited,\n"
    );
    let yaml = env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "--csv",
            "one.csv",
            "--dry-run",
            "--format",
            "yaml",
        ],
    );
    assert_eq!(
        yaml.ok().stdout,
        "- line: 2\n  email: ann@example.org\n  outcome: invited\n  message: ''\n"
    );
    let table = env.as_(
        ADMIN,
        &["member", "invite", "--csv", "one.csv", "--dry-run"],
    );
    table
        .ok()
        .stdout_has("line")
        .stdout_has("outcome")
        .stdout_has("ann@example.org")
        .stdout_has("invited");
}

#[test]
fn a_dry_run_prints_the_same_report_and_changes_nothing() {
    let env = TestEnv::org("clinic");
    fixture(&env, "staff.csv");
    let before = env.snapshot();
    let dry = import(&env, "staff.csv", &["--dry-run"]);
    dry.ok();
    assert_eq!(
        dry.stderr,
        "dry run: 4 rows: 4 invited (staff.csv, CSV with a header); nothing was changed\n"
    );
    assert!(env.snapshot() == before, "a dry run changed the store");
    let real = import(&env, "staff.csv", &[]);
    assert_eq!(report(&dry), report(real.ok()));
}

#[test]
fn without_a_terminal_stderr_holds_only_the_summary() {
    let env = TestEnv::org("clinic");
    let mut text = String::from("email,roles\n");
    for i in 0..1500 {
        text.push_str(&format!("m{i}@example.org,practitioner\n"));
    }
    write(&env, "many.csv", &text);
    let run = import(&env, "many.csv", &[]);
    assert_eq!(
        run.ok().stderr,
        "1,500 rows: 1,500 invited (many.csv, CSV with a header; import run 2, named in the audit trail)\n"
    );
}

#[test]
fn the_audit_chain_holds_through_imports_and_refused_imports() {
    let env = TestEnv::org("clinic");
    fixture(&env, "bad-staff.csv");
    fixture(&env, "staff.csv");
    import(&env, "bad-staff.csv", &[]).code(6);
    import(&env, "staff.csv", &[]).ok();
    import(&env, "bad-staff.csv", &[]).code(6);
    let verify = env.as_(ADMIN, &["audit", "verify", "--format", "json"]);
    let verify = verify.ok().json();
    assert_eq!(
        (&verify["status"], &verify["events"]),
        (&json!("ok"), &json!(7))
    );
    let outcomes: Vec<String> = env.events(1).into_iter().map(|e| e.2).collect();
    assert_eq!(
        outcomes,
        vec![
            "refused", "allowed", "allowed", "allowed", "allowed", "refused"
        ]
    );
}

/// A terminal, through util-linux `script`: the bars are drawn on stderr, then cleared.
#[test]
fn on_a_terminal_a_progress_bar_is_drawn_on_stderr() {
    let env = TestEnv::org("clinic");
    let mut text = String::from("email,roles\n");
    for i in 0..1500 {
        text.push_str(&format!("m{i}@example.org,practitioner\n"));
    }
    write(&env, "many.csv", &text);
    let inner = format!(
        "{} member invite --csv many.csv --as {ADMIN} --format csv > report.csv",
        env!("CARGO_BIN_EXE_careward")
    );
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &inner, "/dev/null"])
        // CI runs without a standard input: give `script` an empty one
        .stdin(std::process::Stdio::null())
        .current_dir(env.dir())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir())
        .env("TERM", "xterm")
        .env("CAREWARD_DB", env.store_url())
        .env("CAREWARD_NOW", &env.now)
        .output()
        .expect("util-linux script runs");
    let terminal = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{terminal}");
    assert!(terminal.contains("checking ["), "{terminal}");
    assert!(terminal.contains("importing ["), "{terminal}");
    assert!(terminal.contains("1,500 rows: 1,500 invited"), "{terminal}");
    assert_eq!(read(&env, "report.csv").lines().count(), 1501);
}

/// The locations and teams a round trip needs, in an organisation.
fn places(env: &TestEnv) {
    for (noun, slug) in [
        ("location", "north"),
        ("location", "south"),
        ("team", "tsa"),
    ] {
        env.as_(ADMIN, &[noun, "create", slug, "--name", slug]).ok();
    }
}

#[test]
fn an_export_imports_into_a_fresh_organisation_as_the_same_members() {
    let source = TestEnv::org("school");
    places(&source);
    source.add("ann@example.org", &["practitioner", "coordinator"]);
    source
        .as_(
            ADMIN,
            &[
                "member",
                "invite",
                "bob@example.org",
                "--role",
                "manager",
                "--name",
                "Bob, Jr.",
                "--title",
                "=Principal",
            ],
        )
        .ok();
    source.add("cy@example.org", &["practitioner"]);
    for (noun, verb, slug, who) in [
        ("location", "assign", "north", "ann@example.org"),
        ("location", "assign", "south", "ann@example.org"),
        ("location", "assign", "north", "bob@example.org"),
        ("team", "add", "tsa", "ann@example.org"),
        ("team", "add", "tsa", "cy@example.org"),
    ] {
        let args = if noun == "location" {
            [noun, verb, who, slug]
        } else {
            [noun, verb, slug, who]
        };
        source.as_(ADMIN, &args).ok();
    }
    source
        .as_(ADMIN, &["member", "deactivate", "cy@example.org"])
        .ok();
    source.add("gone@example.org", &["practitioner"]);
    source
        .as_(ADMIN, &["member", "deactivate", "gone@example.org"])
        .ok();
    source
        .as_(ADMIN, &["member", "remove", "gone@example.org"])
        .ok();
    source
        .as_(
            ADMIN,
            &[
                "role",
                "assign",
                "ann@example.org",
                "coordinator",
                "--principal",
                "coordinator",
            ],
        )
        .ok();
    let export = source.as_(ADMIN, &["member", "list", "--format", "csv"]);
    let export = export.ok().stdout.clone();
    assert!(
        export.starts_with(
            "email,name,title,roles,principal,status,locations,teams,invited_by,invited_at\n"
        ),
        "{export}"
    );
    assert!(
        export.contains(",north;south,tsa,"),
        "several slugs in one cell: {export}"
    );
    assert!(
        !export.contains("gone@example.org"),
        "removed members are not exported"
    );

    let target = TestEnv::org("school");
    places(&target);
    write(&target, "export.csv", &export);
    let run = import(&target, "export.csv", &[]);
    run.ok();
    assert_eq!(
        report(&run)
            .iter()
            .map(|r| r.2.as_str())
            .collect::<Vec<_>>(),
        vec!["unchanged", "invited", "invited", "invited"]
    );
    assert_eq!(members(&target), members(&source));
    assert_eq!(members(&target)[0]["locations"], json!(["north", "south"]));

    // And the export, imported again where it came from, changes nothing.
    write(&source, "export.csv", &export);
    let again = import(&source, "export.csv", &[]);
    assert_eq!(
        report(again.ok())
            .iter()
            .map(|r| r.2.as_str())
            .collect::<Vec<_>>(),
        vec!["unchanged"; 4]
    );
}

#[test]
fn removed_members_are_listed_only_when_asked_for() {
    let env = TestEnv::org("clinic");
    env.add("gone@example.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "gone@example.org"])
        .ok();
    env.as_(ADMIN, &["member", "remove", "gone@example.org"])
        .ok();
    assert!(members(&env).is_empty());
    let removed = env.as_(
        ADMIN,
        &["member", "list", "--status", "removed", "--format", "json"],
    );
    assert_eq!(removed.ok().json()[0]["email"], "gone@example.org");
    // An import invites them again, which takes them out of the removed list.
    write(
        &env,
        "back.csv",
        "email,roles\ngone@example.org,practitioner\n",
    );
    let run = import(&env, "back.csv", &[]);
    assert_eq!(
        report(run.ok()),
        vec![row(
            2,
            "gone@example.org",
            "invited",
            "invited again (was removed)"
        )]
    );
    assert_eq!(members(&env)[0]["status"], "invited");
}

/// A school with locations north and south, team tsa, an archived location `old` and
/// an archived team `gone`.
fn school_with_places() -> TestEnv {
    let env = TestEnv::org("school");
    places(&env);
    for (noun, slug) in [("location", "old"), ("team", "gone")] {
        env.as_(ADMIN, &[noun, "create", slug, "--name", slug]).ok();
        env.as_(ADMIN, &[noun, "archive", slug]).ok();
    }
    env
}

/// Issue 4: "The CSV import's teams and locations columns now work."
#[test]
fn the_locations_and_teams_columns_place_new_members() {
    let env = school_with_places();
    write(
        &env,
        "placed.csv",
        "email,roles,locations,teams\nann@example.org,practitioner,north;south,tsa\nbob@example.org,manager,north,\n",
    );
    let events_before = env.audit_count();
    let run = import(&env, "placed.csv", &[]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(2, "ann@example.org", "invited", ""),
            row(3, "bob@example.org", "invited", ""),
        ]
    );
    let list = members(&env);
    assert_eq!(
        (&list[0]["locations"], &list[0]["teams"]),
        (&json!(["north", "south"]), &json!(["tsa"]))
    );
    assert_eq!(
        (&list[1]["locations"], &list[1]["teams"]),
        (&json!(["north"]), &json!([]))
    );
    // what `location show` and `team show` see
    let north = env.as_(ADMIN, &["location", "show", "north", "--format", "json"]);
    assert_eq!(
        north.ok().json()["members"],
        json!(["ann@example.org", "bob@example.org"])
    );
    // One event per member, with where they were placed and what allowed it.
    let events = env.events(events_before);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].0, "member.invite");
    assert_eq!(events[0].3["locations"], json!(["north", "south"]));
    assert_eq!(events[0].3["teams"], json!(["tsa"]));
    assert_eq!(
        events[0].3["authorized"],
        json!([
            "allowed: role administrator grants location.assign on org",
            "allowed: role administrator grants location.assign on org",
            "allowed: role administrator grants team.manage on org"
        ])
    );
    // Run again: unchanged.
    let again = import(&env, "placed.csv", &[]);
    assert_eq!(
        report(again.ok()),
        vec![
            row(2, "ann@example.org", "unchanged", ""),
            row(3, "bob@example.org", "unchanged", ""),
        ]
    );
}

#[test]
fn unknown_or_archived_locations_and_teams_are_problems_of_their_row() {
    let env = school_with_places();
    write(
        &env,
        "places.csv",
        "email,roles,locations,teams\nann@example.org,practitioner,north,tsa\nc@example.org,practitioner,east,\nd@example.org,practitioner,old,gone;nope\n",
    );
    let run = import(&env, "places.csv", &[]);
    run.code(6);
    assert_eq!(
        run.stderr.lines().take(5).collect::<Vec<_>>(),
        vec![
            "error: places.csv has 4 problems; nothing was imported:",
            "  places.csv:3: no location east in demo",
            "  places.csv:4: location old is archived",
            "  places.csv:4: team gone is archived",
            "  places.csv:4: no team nope in demo",
        ]
    );
    assert!(members(&env).is_empty());
}

#[test]
fn a_member_placed_elsewhere_is_a_conflict_unless_update_moves_them() {
    let env = school_with_places();
    env.add("ann@example.org", &["practitioner"]);
    env.as_(ADMIN, &["location", "assign", "ann@example.org", "north"])
        .ok();
    env.as_(ADMIN, &["team", "add", "tsa", "ann@example.org"])
        .ok();
    write(
        &env,
        "moved.csv",
        "email,roles,locations,teams\nann@example.org,practitioner,south,\n",
    );
    let run = import(&env, "moved.csv", &[]);
    run.code(5);
    assert_eq!(
        run.stderr.lines().nth(1),
        Some(
            "  moved.csv:2: ann@example.org is already a member, with other values: locations north → south; teams tsa → none (--update brings them to the file's values)"
        )
    );
    let events_before = env.audit_count();
    let run = import(&env, "moved.csv", &["--update"]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![row(
            2,
            "ann@example.org",
            "updated",
            "locations north → south; teams tsa → none"
        )]
    );
    let ann = &members(&env)[0];
    assert_eq!(
        (&ann["locations"], &ann["teams"]),
        (&json!(["south"]), &json!([]))
    );
    // One event, under the first action the update needed.
    let events = env.events(events_before);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        (events[0].0.as_str(), events[0].1.as_str()),
        ("location.assign", "member:ann@example.org")
    );
    assert_eq!(
        events[0].3["changes"],
        json!({"locations": ["north", "south"], "teams": ["tsa", "none"]})
    );
    // A file without those columns leaves them as they are.
    write(
        &env,
        "plain.csv",
        "email,roles\nann@example.org,practitioner\n",
    );
    let run = import(&env, "plain.csv", &["--update"]);
    assert_eq!(
        report(run.ok()),
        vec![row(2, "ann@example.org", "unchanged", "")]
    );
    assert_eq!(members(&env)[0]["locations"], json!(["south"]));
}

/// As `location assign` and `team add`: an inactive member joins no location or team.
#[test]
fn an_inactive_member_joins_nothing() {
    let env = school_with_places();
    env.add("cy@example.org", &["practitioner"]);
    env.as_(ADMIN, &["member", "deactivate", "cy@example.org"])
        .ok();
    write(
        &env,
        "cy.csv",
        "email,roles,status,locations\ncy@example.org,practitioner,inactive,north\n",
    );
    import(&env, "cy.csv", &["--update"])
        .code(5)
        .stderr_has("cy.csv:2: cy@example.org is inactive: only active and invited members join locations and teams (careward member reactivate cy@example.org)");
    assert_eq!(members(&env)[0]["locations"], json!([]));
}

/// The location assignment goes through the gate of `location assign` (location.assign),
/// team membership through that of `team add` (team.manage): support staff may invite
/// members under group-practice, not place them.
#[test]
fn rows_the_actor_may_not_place_are_denied_row_by_row() {
    let env = school_with_places();
    write(
        &env,
        "s.csv",
        "email,roles,locations,teams\nx@example.org,practitioner,north,\ny@example.org,practitioner,,tsa\nz@example.org,practitioner,,\n",
    );
    let run = env.run(&[
        "member",
        "invite",
        "--csv",
        "s.csv",
        "--as",
        "support:sam",
        "--reason",
        "ticket 7",
        "--on-error",
        "continue",
        "--rejects",
        "r.csv",
        "--format",
        "json",
    ]);
    run.code(3);
    assert_eq!(
        report(&run),
        vec![
            row(
                2,
                "x@example.org",
                "rejected",
                "may not assign x@example.org to location north: the support grants of policy group-practice do not include location.assign"
            ),
            row(
                3,
                "y@example.org",
                "rejected",
                "may not add y@example.org to team tsa: the support grants of policy group-practice do not include team.manage"
            ),
            row(4, "z@example.org", "invited", ""),
        ]
    );
    let emails: Vec<Value> = members(&env).iter().map(|m| m["email"].clone()).collect();
    assert_eq!(emails, vec![json!("z@example.org")]);
    // The administrator imports the rejects file as it is.
    let run = import(&env, "r.csv", &[]);
    assert_eq!(
        report(run.ok())
            .iter()
            .map(|r| r.2.as_str())
            .collect::<Vec<_>>(),
        vec!["invited", "invited"]
    );
}

/// behavior-charts reads the seed's three choices as columns beside `roles` ("When
/// adding users, there are several permissions and access controls available, depending
/// on the user type"): user_type, access, and permissions (several, `;`-separated).
/// Each is checked against its own list, with the line; the type's rules are checked
/// as for any role; the `roles` column keeps working, alone or beside them.
#[test]
fn behavior_charts_reads_user_type_access_and_permissions_columns() {
    let env = TestEnv::new();
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
    write(
        &env,
        "bad.csv",
        "email,user_type,access,permissions,roles\n\
         t3@aba.org,full-access,tier3,view-reporting;manage-tags,\n\
         x@aba.org,full-access,tier9,,\n\
         y@aba.org,read-only;full-access,tier4,manage-nope,\n\
         z@aba.org,read-only,tier2,,\n\
         w@aba.org,,,,\n",
    );
    let run = env.as_(boss, &["member", "invite", "--csv", "bad.csv"]);
    run.code(6);
    assert_eq!(
        run.stderr
            .lines()
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .collect::<Vec<_>>(),
        vec![
            "  bad.csv:3: access \"tier9\" is not one of access-none, tier1, tier2, tier3, tier4",
            "  bad.csv:4: user_type holds one of full-access, single-client, read-only, not read-only and full-access",
            "  bad.csv:4: permissions \"manage-nope\" is not one of create-performers, create-groups, manage-pinpoints, manage-teams, manage-users, manage-organization, view-audit-logs, manage-billing, manage-tags, manage-journal-types, manage-profile, view-reporting, manage-org-chart-views, manage-org-reporting-views",
            "  bad.csv:5: role read-only cannot be combined with tier2 (policy behavior-charts)",
            "  bad.csv:6: no role: fill the roles cell, or give --role ROLE for rows without one",
        ]
    );
    write(
        &env,
        "good.csv",
        "email,user_type,access,permissions,roles\n\
         t3@aba.org,full-access,tier3,view-reporting;manage-tags,\n\
         mum@aba.org,single-client,access-none,,\n\
         ro@aba.org,,,,read-only;tier4\n\
         sup@aba.org,read-only,,,tier4\n",
    );
    let run = env.as_(
        boss,
        &["member", "invite", "--csv", "good.csv", "--format", "json"],
    );
    run.ok();
    assert_eq!(run.json().as_array().unwrap().len(), 4);
    let roles = |email: &str| env.json_as(boss, &["member", "show", email])["roles"].clone();
    assert_eq!(
        roles("t3@aba.org"),
        json!(["full-access", "manage-tags", "tier3", "view-reporting"])
    );
    assert_eq!(
        roles("mum@aba.org"),
        json!(["access-none", "single-client"])
    );
    assert_eq!(roles("ro@aba.org"), json!(["read-only", "tier4"]));
    assert_eq!(roles("sup@aba.org"), json!(["read-only", "tier4"]));
    // the same file again changes nothing
    let again = env.as_(
        boss,
        &["member", "invite", "--csv", "good.csv", "--format", "json"],
    );
    assert!(
        again
            .ok()
            .json()
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "unchanged")
    );
}

/// A policy that names no such column refuses a filled cell of it, with the line.
#[test]
fn other_policies_refuse_the_behavior_charts_columns() {
    let env = TestEnv::org("clinic");
    write(
        &env,
        "gp.csv",
        "email,roles,access\nx@demo.org,practitioner,tier1\ny@demo.org,practitioner,\n",
    );
    import(&env, "gp.csv", &[])
        .code(6)
        .stderr_has("gp.csv:2: policy group-practice reads no access column: name the roles in the roles column");
}
