//! `careward record import --csv` (issue 4), and the free plan's record limit on every
//! path that adds a record (related article "CSV invitations": "Free plan: unlimited
//! members, but at most 5 client records in total (active and archived together)").

use serde_json::{Value, json};

use crate::common::records::{ADMIN, COL, KIM, MAN, PAT, json_as, school};
use crate::common::{Run, TestEnv};

/// The school of `common::records` on a paid plan, so that the record limit stays out
/// of the way: record 1 ("Sam Lee") is pat's, at north.
fn paid_school() -> TestEnv {
    let env = school();
    env.as_(ADMIN, &["org", "set", "--plan", "seats", "--seats", "50"])
        .ok();
    env
}

/// `--on-error continue`, rejects to r.csv.
const CONTINUE: &[&str] = &["--on-error", "continue", "--rejects", "r.csv"];

/// `record import --csv FILE ARGS… --format json` as `actor`.
fn import(env: &TestEnv, actor: &str, file: &str, args: &[&str]) -> Run {
    let mut all = vec!["record", "import", "--csv", file, "--format", "json"];
    all.extend(args);
    env.as_(actor, &all)
}

fn read(env: &TestEnv, name: &str) -> String {
    std::fs::read_to_string(env.dir().join(name)).expect("the file is there")
}

/// The report, each row as `[line, external_id, record, outcome, message]`.
fn report(run: &Run) -> Vec<Value> {
    let rows = run.json();
    let rows = rows.as_array().expect("a list of rows");
    rows.iter()
        .map(|r| {
            json!([
                r["line"],
                r["external_id"],
                r["record"],
                r["outcome"],
                r["message"]
            ])
        })
        .collect()
}

fn row(line: u64, ext: &str, record: Value, outcome: &str, message: &str) -> Value {
    json!([line, ext, record, outcome, message])
}

/// A record as the store holds it: (number, external id, client, owner, location,
/// confidential, status).
type Stored = (
    i64,
    Option<String>,
    String,
    String,
    Option<String>,
    bool,
    String,
);

/// The records, read from the store itself.
fn records(env: &TestEnv) -> Vec<Stored> {
    env.sql().query_all(
        "SELECT r.number, r.external_id, r.client, m.email, l.slug, r.confidential, r.status
         FROM record r JOIN member m ON m.id = r.owner_id LEFT JOIN location l ON l.id = r.location_id
         ORDER BY r.number",
        &[],
    )
}

fn record_count(env: &TestEnv) -> i64 {
    env.sql().query_one("SELECT count(*) FROM record", &[])
}

/// The outcome of each row of a report.
fn outcomes(run: &Run) -> Vec<String> {
    report(run)
        .iter()
        .map(|r| r[3].as_str().unwrap_or_default().to_string())
        .collect()
}

fn s(text: &str) -> Option<String> {
    Some(text.to_string())
}

#[test]
fn a_file_creates_every_record_whatever_its_column_order_bom_and_crlf() {
    let env = paid_school();
    env.write(
        "clients.csv",
        "\u{feff}External_ID,confidential,Client,location,owner\r\n\
         S-0002,yes,\"Tremblay, Noah\",north,kim@demo.org\r\n\
         S-0003,,Ava,,\r\n\
         ,TRUE,Zoe,south,pat@demo.org\r\n\
         \r\n",
    );
    let events_before = env.audit_count();
    let run = import(&env, COL, "clients.csv", &[]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(2, "S-0002", json!(2), "created", "owned by kim@demo.org"),
            row(3, "S-0003", json!(3), "created", ""),
            row(4, "", json!(4), "created", "owned by pat@demo.org"),
        ]
    );
    assert_eq!(
        run.stderr,
        format!(
            "3 rows: 3 created (clients.csv, CSV with a header; import run {}, named in the audit trail)\n",
            events_before + 1
        )
    );
    assert_eq!(
        records(&env)[1..],
        [
            (
                2,
                s("S-0002"),
                "Tremblay, Noah".into(),
                KIM.into(),
                s("north"),
                true,
                "active".into()
            ),
            (
                3,
                s("S-0003"),
                "Ava".into(),
                COL.into(),
                None,
                false,
                "active".into()
            ),
            (
                4,
                None,
                "Zoe".into(),
                PAT.into(),
                s("south"),
                true,
                "active".into()
            ),
        ]
    );
    // One event per record, each naming the run, the file and the line.
    let events = env.events(events_before);
    assert_eq!(events.len(), 3, "{events:?}");
    for (i, (action, target, outcome, details)) in events.iter().enumerate() {
        assert_eq!(
            (action.as_str(), target.as_str(), outcome.as_str()),
            (
                "record.create",
                format!("record:{}", i + 2).as_str(),
                "allowed"
            )
        );
        assert_eq!(
            details["import"],
            json!({"run": events_before + 1, "file": "clients.csv", "line": i + 2})
        );
    }
    assert_eq!(events[0].3["owner"], KIM);
    assert_eq!(events[0].3["external_id"], "S-0002");
}

#[test]
fn a_dash_reads_standard_input() {
    let env = paid_school();
    let run = env.run_stdin(
        &[
            "record", "import", "--csv", "-", "--format", "json", "--as", PAT,
        ],
        "client,external_id\nAnn,A-1\n",
    );
    run.ok();
    assert_eq!(report(&run), vec![row(2, "A-1", json!(2), "created", "")]);
    run.stderr_has("1 row: 1 created (stdin, CSV with a header;");
}

#[test]
fn every_bad_row_is_listed_with_its_line_and_nothing_is_applied() {
    let env = paid_school();
    env.as_(
        ADMIN,
        &["member", "invite", "new@demo.org", "--role", "practitioner"],
    )
    .ok();
    env.as_(ADMIN, &["location", "create", "old", "--name", "Old"])
        .ok();
    env.as_(ADMIN, &["location", "archive", "old"]).ok();
    env.write(
        "bad.csv",
        "client,owner,location,confidential,external_id
A,pat@,,,X-1
B,zed@demo.org,,,X-2
C,admin@demo.org,,,X-3
D,new@demo.org,,,X-4
E,pat@demo.org,east,,X-5
F,pat@demo.org,old,,X-6
G,pat@demo.org,,maybe,X-7
H,pat@demo.org,,,X-1
I,pat@demo.org,,,X-9,extra
J,pat@demo.org
,pat@demo.org,,,X-11
K,pat@demo.org,north,no,X-12
",
    );
    let before = record_count(&env);
    let events_before = env.audit_count();
    let run = import(&env, COL, "bad.csv", &[]);
    run.code(6).no_stdout();
    assert_eq!(
        run.stderr,
        "error: bad.csv has 11 problems; nothing was imported:
  bad.csv:2: owner \"pat@\" is not an email address
  bad.csv:3: owner zed@demo.org is not a member of demo
  bad.csv:4: admin@demo.org cannot be responsible for records: no role of theirs (administrator) lets an owner see their records
  bad.csv:5: new@demo.org is invited: only an active member can be responsible for records
  bad.csv:6: no location east in demo
  bad.csv:7: location old is archived
  bad.csv:8: confidential \"maybe\" is not one of yes, no, true, false, 1, 0 (empty: no)
  bad.csv:9: external id X-1 is already on line 2
  bad.csv:10: 6 fields where the header has 5; quote cells that contain the separator
  bad.csv:11: 2 fields where the header has 5
  bad.csv:12: the client cell is empty
hint: fix the rows and run the import again; or add --on-error continue --rejects FILE to import the valid rows now
"
    );
    assert_eq!(
        record_count(&env),
        before,
        "a refused import created records"
    );
    // The refused import leaves one event, naming the run and what it found.
    let events = env.events(events_before);
    assert_eq!(events.len(), 1, "{events:?}");
    let (action, target, outcome, details) = &events[0];
    assert_eq!(
        (action.as_str(), target.as_str(), outcome.as_str()),
        ("record.create", "org", "refused")
    );
    assert_eq!(
        details["import"],
        json!({"run": events_before + 1, "file": "bad.csv", "format": "CSV with a header", "rows": 12, "problems": 11})
    );
}

#[test]
fn unknown_columns_and_a_missing_client_column_refuse_the_whole_file() {
    let env = paid_school();
    env.write("cols.csv", "client,owner,notes\nAnn,pat@demo.org,x\n");
    import(&env, PAT, "cols.csv", CONTINUE)
        .code(6)
        .error("cols.csv has 1 problem; nothing was imported:")
        .stderr_has("  cols.csv:1: unknown column \"notes\"; the known columns are client, owner, location, confidential, external_id\n")
        .hint("the first row names the columns: client,owner,location,confidential,external_id");
    assert!(!env.dir().join("r.csv").exists());
    env.write("noclient.csv", "owner,external_id\npat@demo.org,A-1\n");
    import(&env, PAT, "noclient.csv", &[])
        .code(6)
        .stderr_has("noclient.csv:1: there is no client column; the known columns are client, owner, location, confidential, external_id");
    env.write("noheader.csv", "Ann,pat@demo.org\n");
    import(&env, PAT, "noheader.csv", &[])
        .code(6)
        .error("noheader.csv:1: the first line is not a header: it names none of the columns client, owner, location, confidential, external_id")
        .hint("add a header row such as client,owner,location,confidential,external_id");
    import(&env, PAT, "missing.csv", &[])
        .code(4)
        .error("no file missing.csv");
    assert_eq!(record_count(&env), 1);
}

/// Each row is authorized as `record create` is: a practitioner creates records they
/// own, a coordinator for anyone, a manager for their school; a denied row is a problem
/// of its row, and a file whose worst problem is a denial exits 3.
#[test]
fn each_row_is_authorized_as_record_create_authorizes_it() {
    let env = paid_school();
    env.write(
        "pat.csv",
        "client,owner\nAnn,\nBen,pat@demo.org\nCy,kim@demo.org\n",
    );
    let events_before = env.audit_count();
    let run = import(&env, PAT, "pat.csv", &[]);
    run.code(3);
    assert_eq!(
        run.stderr.lines().nth(1),
        Some(
            "  pat.csv:4: may not create a record owned by kim@demo.org: no grant of record.create reaches record:new; pat@demo.org holds practitioner (nearest grant: practitioner grants record.create on own, but record:new is owned by kim@demo.org)"
        )
    );
    // audited as a denial, naming the run
    let events = env.events(events_before);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        (events[0].0.as_str(), events[0].2.as_str()),
        ("record.create", "denied")
    );
    assert_eq!(events[0].3["import"]["file"], "pat.csv");

    // The coordinator may create it for kim.
    import(&env, COL, "pat.csv", &[]).ok();

    // A manager: for their school (north), not another school, not no school.
    env.write(
        "man.csv",
        "client,location,owner,external_id\nDee,north,,M-1\nEd,south,,M-2\nFay,,pat@demo.org,M-3\n",
    );
    let run = import(&env, MAN, "man.csv", &[]);
    run.code(3);
    assert_eq!(
        run.stderr.lines().skip(1).take(2).collect::<Vec<_>>(),
        vec![
            "  man.csv:3: may not create a record owned by man@demo.org: no grant of record.create reaches record:new; man@demo.org holds manager (nearest grant: manager grants record.create on location, but record:new belongs to south, and man@demo.org is assigned to north)",
            "  man.csv:4: may not create a record owned by pat@demo.org: no grant of record.create reaches record:new; man@demo.org holds manager (nearest grant: manager grants record.create on location, but record:new belongs to no location)",
        ]
    );
    // An invalid row is worse than a denied one: exit 6.
    env.write("mixed.csv", "client,owner\nGil,kim@demo.org\nHal,nobody@\n");
    import(&env, PAT, "mixed.csv", &[]).code(6);
    // Support staff may not create records under group-practice; and they must name an owner.
    env.write("support.csv", "client,owner\nIda,\nJo,pat@demo.org\n");
    let run = env.run(&[
        "record",
        "import",
        "--csv",
        "support.csv",
        "--as",
        "support:sam",
        "--reason",
        "ticket 9",
    ]);
    run.code(6);
    assert_eq!(
        run.stderr.lines().skip(1).take(2).collect::<Vec<_>>(),
        vec![
            "  support.csv:2: support staff must name each record's owner: fill the owner cell",
            "  support.csv:3: may not create a record owned by pat@demo.org: the support grants of policy group-practice do not include record.create",
        ]
    );
    // Someone who cannot act at all is refused before the file is read.
    env.as_(ADMIN, &["member", "deactivate", KIM]).ok();
    import(&env, KIM, "pat.csv", &[])
        .code(3)
        .error("kim@demo.org is inactive: they can no longer reach anything in the organisation");
}

#[test]
fn running_the_same_file_again_reports_every_row_unchanged_and_records_nothing() {
    let env = paid_school();
    env.write(
        "clients.csv",
        "client,owner,location,confidential,external_id\nNoah,kim@demo.org,north,yes,S-2\nAva,pat@demo.org,,,S-3\n",
    );
    import(&env, COL, "clients.csv", &[]).ok();
    let events_before = env.audit_count();
    let before = env.snapshot();
    // The coordinator, who may not view kim's confidential record, compares it as
    // whoever may read its client's profile.
    let run = import(&env, COL, "clients.csv", &[]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(2, "S-2", json!(2), "unchanged", ""),
            row(3, "S-3", json!(3), "unchanged", ""),
        ]
    );
    assert_eq!(
        run.stderr,
        "2 rows: 2 unchanged (clients.csv, CSV with a header)\n"
    );
    assert_eq!(env.audit_count(), events_before);
    assert!(
        env.snapshot() == before,
        "an unchanged import changed the store"
    );
    // A row without an owner leaves the owner as it is: kim's record, unchanged for kim.
    env.write(
        "kim.csv",
        "client,location,confidential,external_id\nNoah,north,yes,S-2\n",
    );
    let run = import(&env, KIM, "kim.csv", &[]);
    assert_eq!(
        report(run.ok()),
        vec![row(2, "S-2", json!(2), "unchanged", "")]
    );
    // Someone who may not see the record learns nothing about it.
    let run = import(&env, PAT, "kim.csv", &[]);
    run.code(3)
        .stderr_has("kim.csv:2: external id S-2 is already a record, which you may not see");
}

#[test]
fn a_row_that_differs_from_its_record_is_a_conflict_unless_update() {
    let env = paid_school();
    env.write(
        "v1.csv",
        "client,location,confidential,external_id\nNoah,north,no,S-2\nAva,,yes,S-3\n",
    );
    import(&env, PAT, "v1.csv", &[]).ok();
    env.write(
        "v2.csv",
        "client,location,confidential,external_id\nNoah T.,south,no,S-2\nAva,north,no,S-3\nNew,,,S-4\n",
    );
    let before = records(&env);
    let run = import(&env, PAT, "v2.csv", &[]);
    run.code(5);
    assert_eq!(
        run.stderr.lines().skip(1).take(2).collect::<Vec<_>>(),
        vec![
            "  v2.csv:2: external id S-2 is already record 2, with other values: client \"Noah\" → \"Noah T.\"; location north → south (--update brings it to the file's values)",
            "  v2.csv:3: external id S-3 is already record 3, with other values: location none → north; confidential yes → no (--update brings it to the file's values)",
        ]
    );
    assert_eq!(records(&env), before, "a conflict changed the records");

    let events_before = env.audit_count();
    let run = import(&env, PAT, "v2.csv", &["--update"]);
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(
                2,
                "S-2",
                json!(2),
                "updated",
                "client \"Noah\" → \"Noah T.\"; location north → south"
            ),
            row(
                3,
                "S-3",
                json!(3),
                "updated",
                "location none → north; confidential yes → no"
            ),
            row(4, "S-4", json!(4), "created", ""),
        ]
    );
    run.stderr_has("3 rows: 1 created, 2 updated");
    assert_eq!(
        records(&env)[1..],
        [
            (
                2,
                s("S-2"),
                "Noah T.".into(),
                PAT.into(),
                s("south"),
                false,
                "active".into()
            ),
            (
                3,
                s("S-3"),
                "Ava".into(),
                PAT.into(),
                s("north"),
                false,
                "active".into()
            ),
            (
                4,
                s("S-4"),
                "New".into(),
                PAT.into(),
                None,
                false,
                "active".into()
            ),
        ]
    );
    // One event per updated record, under the first action it needed, naming the run.
    let events = env.events(events_before);
    assert_eq!(events.len(), 3, "{events:?}");
    assert_eq!(
        (events[0].0.as_str(), events[0].1.as_str()),
        ("record.edit", "record:2")
    );
    assert_eq!(
        events[0].3["import"],
        json!({"run": events_before + 1, "file": "v2.csv", "line": 2})
    );
    assert_eq!(
        events[0].3["changes"],
        json!({"client": ["\"Noah\"", "\"Noah T.\""], "location": ["north", "south"]})
    );
    assert_eq!(
        events[1].3["authorized"],
        json!([
            "allowed: role practitioner grants record.edit on own",
            "allowed: role practitioner grants record.share on own"
        ])
    );
    // And the file, run again, is unchanged.
    let again = import(&env, PAT, "v2.csv", &["--update"]);
    assert_eq!(outcomes(again.ok()), vec!["unchanged"; 3]);
}

/// An import never changes a record's owner: that is a transfer (which the recipient
/// may have to accept), also with --update.
#[test]
fn an_owner_changes_only_by_transfer() {
    let env = paid_school();
    env.write(
        "v1.csv",
        "client,owner,external_id\nNoah,pat@demo.org,S-2\n",
    );
    import(&env, COL, "v1.csv", &[]).ok();
    env.write(
        "v2.csv",
        "client,owner,external_id\nNoah T.,kim@demo.org,S-2\n",
    );
    let run = import(&env, COL, "v2.csv", &["--update"]);
    run.code(5);
    assert_eq!(
        run.stderr.lines().nth(1),
        Some(
            "  v2.csv:2: external id S-2 is record 2, owned by pat@demo.org; the file says kim@demo.org: an import does not change owners (careward record transfer 2 --to kim@demo.org)"
        )
    );
    assert_eq!(records(&env)[1].2, "Noah", "nothing of the row was applied");
}

#[test]
fn only_active_records_are_updated_and_a_deleted_one_is_named() {
    let env = paid_school();
    env.write("v1.csv", "client,external_id\nNoah,S-2\nAva,S-3\n");
    import(&env, PAT, "v1.csv", &[]).ok();
    env.as_(PAT, &["record", "archive", "ext:S-2"]).ok();
    env.as_(PAT, &["record", "archive", "ext:S-3"]).ok();
    env.as_(PAT, &["record", "delete", "ext:S-3"]).ok();
    // the same values: an archived record is unchanged
    let run = import(&env, PAT, "v1.csv", CONTINUE);
    run.code(5);
    assert_eq!(
        report(&run),
        vec![
            row(2, "S-2", json!(2), "unchanged", ""),
            row(
                3,
                "S-3",
                json!(3),
                "rejected",
                "external id S-3 is record 3, which is deleted: restore it first (careward record restore 3)"
            ),
        ]
    );
    env.write("v2.csv", "client,external_id\nNoah T.,S-2\n");
    import(&env, PAT, "v2.csv", &["--update"])
        .code(5)
        .stderr_has("v2.csv:2: record 2 is archived: only active records are changed (careward record reactivate 2)");
}

#[test]
fn on_error_continue_imports_the_valid_rows_and_the_fixed_rejects_file_completes_it() {
    let env = paid_school();
    env.write(
        "mixed.csv",
        "client,owner,location,external_id\nAnn,pat@demo.org,north,A-1\nBen,pat@,,A-2\n=Cy,kim@demo.org,,A-3\nDi,pat@demo.org,mars,A-4\nEd,pat@demo.org,,A-4\n",
    );
    let run = import(
        &env,
        COL,
        "mixed.csv",
        &["--on-error", "continue", "--rejects", "rejects.csv"],
    );
    run.code(6);
    assert_eq!(
        report(&run),
        vec![
            row(2, "A-1", json!(2), "created", "owned by pat@demo.org"),
            row(
                3,
                "A-2",
                Value::Null,
                "rejected",
                "owner \"pat@\" is not an email address"
            ),
            row(4, "A-3", json!(3), "created", "owned by kim@demo.org"),
            row(
                5,
                "A-4",
                Value::Null,
                "rejected",
                "no location mars in demo; external id A-4 is also on line 6"
            ),
            row(
                6,
                "A-4",
                Value::Null,
                "rejected",
                "external id A-4 is already on line 5"
            ),
        ]
    );
    run.stderr_has("5 rows: 2 created, 3 rejected (mixed.csv, CSV with a header; import run ")
        .stderr_has("; the rejected rows are in rejects.csv: fix them and import that file");
    assert_eq!(
        read(&env, "rejects.csv"),
        "client,owner,location,external_id,line,error
Ben,pat@,,A-2,3,\"owner \"\"pat@\"\" is not an email address\"
Di,pat@demo.org,mars,A-4,5,no location mars in demo; external id A-4 is also on line 6
Ed,pat@demo.org,,A-4,6,external id A-4 is already on line 5
"
    );
    assert_eq!(records(&env)[2].2, "=Cy", "the formula is kept as text");

    // Fix the rejects file and run it: the import completes.
    let fixed = read(&env, "rejects.csv")
        .replace("pat@,", "pat@demo.org,")
        .replace(",mars,", ",south,")
        .replace("Ed,pat@demo.org,,A-4", "Ed,pat@demo.org,,A-5");
    env.write("rejects.csv", &fixed);
    let run = import(
        &env,
        COL,
        "rejects.csv",
        &["--on-error", "continue", "--rejects", "rejects-2.csv"],
    );
    run.ok();
    assert_eq!(
        report(&run),
        vec![
            row(2, "A-2", json!(4), "created", "owned by pat@demo.org"),
            row(3, "A-4", json!(5), "created", "owned by pat@demo.org"),
            row(4, "A-5", json!(6), "created", "owned by pat@demo.org"),
        ]
    );
    run.stderr_has("; no row was rejected, rejects-2.csv was not written");
    assert!(!env.dir().join("rejects-2.csv").exists());
    // The fixed file, run again, changes nothing.
    let again = import(&env, COL, "rejects.csv", &[]);
    assert_eq!(outcomes(again.ok()), vec!["unchanged"; 3]);
}

#[test]
fn rejects_need_on_error_continue_and_continue_needs_a_rejects_file() {
    let env = paid_school();
    env.write("one.csv", "client\nAnn\n");
    import(&env, PAT, "one.csv", &["--on-error", "continue"])
        .code(2)
        .stderr_has("--rejects <FILE>");
    import(&env, PAT, "one.csv", &["--rejects", "r.csv"])
        .code(2)
        .error("--rejects goes with --on-error continue");
}

#[test]
fn a_dry_run_prints_the_same_report_and_changes_nothing() {
    let env = paid_school();
    env.write("one.csv", "client,external_id\nAnn,A-1\nBen,A-2\n");
    let before = env.snapshot();
    let dry = import(&env, PAT, "one.csv", &["--dry-run"]);
    dry.ok();
    assert_eq!(
        dry.stderr,
        "dry run: 2 rows: 2 created (one.csv, CSV with a header); nothing was changed\n"
    );
    assert!(env.snapshot() == before, "a dry run changed the store");
    let real = import(&env, PAT, "one.csv", &[]);
    assert_eq!(report(&dry), report(real.ok()));
}

#[test]
fn the_report_comes_in_every_format() {
    let env = paid_school();
    env.write("one.csv", "client,external_id\nAnn,A-1\n");
    let dry_run = |format: &str| {
        let args = [
            "record",
            "import",
            "--csv",
            "one.csv",
            "--dry-run",
            "--format",
            format,
        ];
        env.as_(PAT, &args).ok().stdout.clone()
    };
    assert_eq!(
        dry_run("csv"),
        "line,external_id,record,outcome,message\n2,A-1,2,created,\n"
    );
    assert_eq!(
        dry_run("yaml"),
        "- line: 2\n  external_id: A-1\n  record: 2\n  outcome: created\n  message: ''\n"
    );
    let table = dry_run("table");
    for text in ["external_id", "record", "A-1", "created"] {
        assert!(table.contains(text), "{table}");
    }
}

// ---------------------------------------------------------------------------------
// The free plan: related article "CSV invitations": "Free plan: unlimited members, but
// at most 5 client records in total (active and archived together)."

const FULL: &str =
    "the free plan holds at most 5 client records, active and archived together: 5 are there, and";
const PAID: &str = "move to a paid plan: careward org set --plan seats --seats N (a member with billing.manage), or seats: N in an organisation file";

/// The school (free plan) with records 1–5: 1 to 4 pat's, 5 kim's.
fn full_school() -> TestEnv {
    let env = school();
    for client in ["B", "C", "D"] {
        env.as_(PAT, &["record", "create", "--client", client]).ok();
    }
    env.as_(KIM, &["record", "create", "--client", "E"]).ok();
    env
}

#[test]
fn record_create_is_refused_beyond_five_records_until_a_paid_plan() {
    let env = full_school();
    env.as_(PAT, &["record", "create", "--client", "F"])
        .code(5)
        .error(&format!("{FULL} the new record would make 6"))
        .hint(PAID);
    assert_eq!(record_count(&env), 5);
    // Archived records count too.
    env.as_(PAT, &["record", "archive", "1"]).ok();
    env.as_(PAT, &["record", "create", "--client", "F"]).code(5);
    // A deleted one does not, until it is restored.
    env.as_(PAT, &["record", "delete", "1"]).ok();
    env.as_(PAT, &["record", "create", "--client", "F"]).ok();
    env.as_(PAT, &["record", "restore", "1"])
        .code(5)
        .error(&format!("{FULL} the restored record would make 6"));
    // A plan that holds them cannot be left for the free plan.
    env.as_(ADMIN, &["org", "set", "--plan", "seats", "--seats", "20"])
        .ok();
    env.as_(PAT, &["record", "restore", "1"]).ok();
    env.as_(ADMIN, &["org", "set", "--plan", "free"])
        .code(5)
        .error("the free plan holds at most 5 client records, active and archived together, and demo has 6")
        .hint("keep the current plan, or archive and delete the records no longer needed first");
    assert_eq!(json_as(&env, ADMIN, &["org", "show"])["plan"], "seats");
}

#[test]
fn record_import_is_refused_when_its_new_records_do_not_fit() {
    let env = school();
    env.as_(
        PAT,
        &["record", "create", "--client", "B", "--external-id", "B-1"],
    )
    .ok();
    // 2 there; the file's B-1 is unchanged, 3 new: 5 fit.
    env.write(
        "four.csv",
        "client,external_id\nB,B-1\nC,C-1\nD,D-1\nE,E-1\nF,F-1\n",
    );
    let events_before = env.audit_count();
    let run = import(&env, PAT, "four.csv", &[]);
    run.code(5)
        .error("the free plan holds at most 5 client records, active and archived together: 2 are there, and the file's 4 new records would make 6")
        .hint(PAID);
    assert_eq!(record_count(&env), 2);
    let events = env.events(events_before);
    assert_eq!(
        (events.len(), events[0].2.as_str()),
        (1, "refused"),
        "{events:?}"
    );
    // Rejected rows need no room: with --on-error continue, only the valid rows count.
    env.write(
        "fits.csv",
        "client,external_id\nB,B-1\nC,C-1\nD,D-1\nE,E-1\n,X\n",
    );
    let run = import(&env, PAT, "fits.csv", CONTINUE);
    run.code(6)
        .stderr_has("5 rows: 3 created, 1 unchanged, 1 rejected");
    assert_eq!(record_count(&env), 5);
    // Full, the same file again is unchanged: it needs no room.
    let run = import(&env, PAT, "fits.csv", CONTINUE);
    run.code(6).stderr_has("5 rows: 4 unchanged, 1 rejected");
}

#[test]
fn a_transfer_keeping_a_copy_is_refused_when_the_copy_does_not_fit() {
    let env = full_school();
    // a coordinator's transfer, at once
    env.as_(
        COL,
        &["record", "transfer", "1", "--to", KIM, "--keep-copy"],
    )
    .code(5)
    .error(&format!(
        "{FULL} the read-only copy that --keep-copy keeps for the previous owner would make 6"
    ))
    .hint(PAID);
    // an owner's transfer, offered
    env.as_(
        PAT,
        &["record", "transfer", "1", "--to", KIM, "--keep-copy"],
    )
    .code(5)
    .error(&format!(
        "{FULL} the read-only copy that --keep-copy keeps for the previous owner would make 6"
    ));
    // all of a member's records
    env.as_(
        COL,
        &[
            "record",
            "transfer",
            "--all-from",
            PAT,
            "--to",
            KIM,
            "--keep-copy",
        ],
    )
    .code(5)
    .error(&format!(
        "{FULL} the 4 read-only copies that --keep-copy keeps for the previous owner would make 9"
    ));
    // a departure
    env.run(&[
        "member",
        "deactivate",
        PAT,
        "--transfer-to",
        KIM,
        "--keep-copy",
        "--as",
        "support:sam",
        "--reason",
        "left",
    ])
    .code(5)
    .error(&format!(
        "{FULL} the 4 read-only copies that --keep-copy keeps for the previous owner would make 9"
    ));
    assert_eq!(record_count(&env), 5);
    assert_eq!(env.status_of(PAT), "active");
    // Without a copy, the transfer fits.
    env.as_(COL, &["record", "transfer", "1", "--to", KIM]).ok();
}

#[test]
fn an_offered_transfer_is_checked_again_when_it_is_accepted() {
    let env = school();
    for client in ["B", "C"] {
        env.as_(PAT, &["record", "create", "--client", client]).ok();
    }
    // 3 records: the copy fits when it is offered …
    env.as_(
        PAT,
        &["record", "transfer", "1", "--to", KIM, "--keep-copy"],
    )
    .ok();
    // … and no longer when it is accepted.
    env.as_(KIM, &["record", "create", "--client", "D"]).ok();
    env.as_(KIM, &["record", "create", "--client", "E"]).ok();
    env.as_(KIM, &["record", "transfer", "accept", "1"])
        .code(5)
        .error(&format!(
            "{FULL} the read-only copy that --keep-copy keeps for the previous owner would make 6"
        ));
    assert_eq!(crate::common::records::owner_of(&env, 1), PAT);
}

#[test]
fn org_seed_refuses_a_free_plan_with_more_than_five_records() {
    let env = TestEnv::new();
    let mut file = String::from(
        "org: {slug: six, name: Six, kind: clinic, policy: group-practice}\nmembers:\n  - {email: a@six.example, roles: [administrator]}\n  - {email: p@six.example, roles: [practitioner]}\nrecords:\n",
    );
    for n in 1..=6 {
        let status = if n == 6 { ", status: archived" } else { "" };
        file.push_str(&format!(
            "  - {{client: C{n}, owner: p@six.example{status}}}\n"
        ));
    }
    env.write("six.yaml", &file);
    env.run(&["org", "seed", "six.yaml"])
        .code(5)
        .error("the free plan holds at most 5 client records, active and archived together: 0 are there, and the file's 6 records would make 6")
        .hint(PAID);
    env.run(&["org", "show", "--org", "six", "--as", "a@six.example"])
        .code(4)
        .error("no organisation six");
    // On a paid plan it is seeded.
    env.write(
        "six.yaml",
        &file.replace(
            "policy: group-practice}",
            "policy: group-practice, seats: 5}",
        ),
    );
    let seeded = env.run(&["org", "seed", "six.yaml", "--format", "json"]);
    assert_eq!(seeded.ok().json()["records"], 6);
}

/// The limit is group-practice's: psychiatry-clinic and behavior-charts have none.
#[test]
fn policies_without_a_record_limit_hold_any_number_on_the_free_plan() {
    let env = TestEnv::clinic();
    env.as_(
        crate::common::CLINIC_ADMIN,
        &[
            "member",
            "invite",
            "dr@clinic.org",
            "--role",
            "psychiatrist",
            "--accepted",
        ],
    )
    .ok();
    let mut file = String::from("client\n");
    for n in 1..=7 {
        file.push_str(&format!("Patient {n}\n"));
    }
    env.write("patients.csv", &file);
    let run = env.as_(
        "dr@clinic.org",
        &[
            "record",
            "import",
            "--csv",
            "patients.csv",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has("7 rows: 7 created");
    assert_eq!(
        json_as(&env, crate::common::CLINIC_ADMIN, &["org", "show"])["plan"],
        "free"
    );
}

/// fixtures/csv/records-*.csv are imported into the demo clinic fixtures/east-clinic.yaml
/// (fixtures/csv/README.md says what each holds).
fn east_clinic() -> TestEnv {
    let env = TestEnv::new();
    let root = env!("CARGO_MANIFEST_DIR");
    env.run(&["org", "seed", &format!("{root}/fixtures/east-clinic.yaml")])
        .ok();
    for name in ["records-clean.csv", "records-bad.csv"] {
        let text = std::fs::read_to_string(format!("{root}/fixtures/csv/{name}")).unwrap();
        env.write(name, &text);
    }
    env
}

#[test]
fn the_clean_record_fixture_creates_every_record_and_runs_again_unchanged() {
    let env = east_clinic();
    let run = import(&env, "cleo@east.example", "records-clean.csv", &[]);
    run.ok();
    assert_eq!(outcomes(&run), ["created"; 5]);
    assert_eq!(record_count(&env), 8, "3 seeded and 5 imported");
    let again = import(&env, "cleo@east.example", "records-clean.csv", &[]);
    again.ok();
    assert_eq!(outcomes(&again), ["unchanged"; 5]);
}

#[test]
fn the_bad_record_fixture_names_each_bad_line_and_imports_nothing() {
    let env = east_clinic();
    let events = env.audit_count();
    let run = import(&env, "cleo@east.example", "records-bad.csv", &[]);
    run.code(6).no_stdout();
    assert_eq!(
        run.stderr,
        "error: records-bad.csv has 11 problems; nothing was imported:
  records-bad.csv:3: owner \"ben@\" is not an email address
  records-bad.csv:4: owner zed@east.example is not a member of east
  records-bad.csv:5: uma@east.example is invited: only an active member can be responsible for records
  records-bad.csv:6: owen@east.example is inactive: only an active member can be responsible for records
  records-bad.csv:7: no location uptown in east
  records-bad.csv:8: location westside is archived
  records-bad.csv:9: confidential \"maybe\" is not one of yes, no, true, false, 1, 0 (empty: no)
  records-bad.csv:10: external id E-3001 is already on line 2
  records-bad.csv:11: 6 fields where the header has 5; quote cells that contain the separator
  records-bad.csv:12: 2 fields where the header has 5
  records-bad.csv:13: the client cell is empty
hint: fix the rows and run the import again; or add --on-error continue --rejects FILE to import the valid rows now
"
    );
    assert_eq!(
        record_count(&env),
        3,
        "the valid line 2 was not imported either"
    );
    assert_eq!(env.audit_count(), events + 1, "one refused event");
}
