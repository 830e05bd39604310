//! Output: the same data as a table, JSON, CSV (with its header) or YAML; `--quiet`;
//! and a closed pipe (`careward member list | head -1`), which is not an error.

use std::process::Stdio;

use serde_json::{Value, json};

use crate::common::TestEnv;

const ADMIN: &str = "admin@demo.org";

fn staffed() -> TestEnv {
    let env = TestEnv::org("clinic");
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "bob@demo.org",
            "--role",
            "practitioner",
            "--role",
            "coordinator",
            "--principal",
            "practitioner",
            "--name",
            "Bob, Jr.",
            "--accepted",
        ],
    )
    .ok();
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "cat@demo.org",
            "--role",
            "practitioner",
            "--title",
            "=HYPERLINK(\"http://x\")",
        ],
    )
    .ok();
    env
}

#[test]
fn csv_has_a_header_and_one_row_per_member() {
    let env = staffed();
    let run = env.as_(ADMIN, &["member", "list", "--format", "csv"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "email,name,title,roles,principal,status,locations,teams,invited_by,invited_at\n\
         admin@demo.org,,,administrator,administrator,active,,,org init,2026-11-23T09:00:00Z\n\
         bob@demo.org,\"Bob, Jr.\",,coordinator;practitioner,practitioner,active,,,admin@demo.org,2026-11-23T09:00:00Z\n\
         cat@demo.org,,\"'=HYPERLINK(\"\"http://x\"\")\",practitioner,practitioner,invited,,,admin@demo.org,2026-11-23T09:00:00Z\n"
    );
}

#[test]
fn csv_of_one_object_is_a_header_and_a_row() {
    let env = staffed();
    let run = env.as_(ADMIN, &["org", "show", "--format", "csv"]);
    run.ok();
    let mut lines = run.stdout.lines();
    assert_eq!(
        lines.next(),
        Some(
            "slug,name,kind,policy,plan,seats,seats_used,seats_free,invitations_sent,invitations_left,active,invited,inactive,created_at"
        )
    );
    assert_eq!(
        lines.next(),
        Some("demo,Demo Practice,clinic,group-practice,free,,3,,1,,2,1,0,2026-11-23T09:00:00Z")
    );
    assert_eq!(lines.next(), None);
}

#[test]
fn yaml_is_the_same_data_as_json() {
    let env = staffed();
    let json_run = env.as_(ADMIN, &["member", "list", "--format", "json"]);
    let yaml_run = env.as_(ADMIN, &["member", "list", "--format", "yaml"]);
    json_run.ok();
    yaml_run.ok();
    let from_yaml: Value = serde_norway::from_str(&yaml_run.stdout).unwrap();
    assert_eq!(from_yaml, json_run.json());
    assert!(
        yaml_run.stdout.starts_with("- email: admin@demo.org\n"),
        "{}",
        yaml_run.stdout
    );
    assert_eq!(
        from_yaml[1]["roles"],
        json!(["coordinator", "practitioner"])
    );
}

#[test]
fn table_is_the_default_and_piped_it_is_tab_separated() {
    let env = staffed();
    let run = env.as_(ADMIN, &["member", "list"]);
    run.ok();
    // the list's default columns under their field names, one row per member; lists
    // joined with `;` and times in RFC 3339, as CSV has them
    assert_eq!(
        run.stdout,
        "email\tname\troles\tstatus\tlocations\n\
         admin@demo.org\t\tadministrator\tactive\t\n\
         bob@demo.org\tBob, Jr.\tcoordinator;practitioner\tactive\t\n\
         cat@demo.org\t\tpractitioner\tinvited\t\n"
    );
    assert!(
        !run.stdout.contains('\u{1b}'),
        "no colour when stdout is not a terminal"
    );
    let wide = env.as_(ADMIN, &["member", "list", "--wide"]);
    wide.ok();
    let lines: Vec<&str> = wide.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "email\tname\ttitle\troles\tprincipal\tstatus\tlocations\tteams\tinvited_by\tinvited_at"
    );
    assert!(
        lines[1].ends_with("\torg init\t2026-11-23T09:00:00Z"),
        "{}",
        lines[1]
    );
}

#[test]
fn table_of_one_object_is_field_and_value() {
    let env = staffed();
    let run = env.as_(ADMIN, &["member", "show", "bob@demo.org"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "email:\tbob@demo.org\nname:\tBob, Jr.\ntitle:\t\nroles:\tcoordinator;practitioner\n\
         principal:\tpractitioner\nstatus:\tactive\ninvited_by:\tadmin@demo.org\n\
         invited_at:\t2026-11-23T09:00:00Z\nstatus_since:\t2026-11-23T09:00:00Z\n"
    );
}

#[test]
fn the_format_comes_from_the_environment_too() {
    let env = staffed();
    let mut cmd = env.command();
    cmd.env("CAREWARD_FORMAT", "json");
    let run = env.run_with(cmd, &["member", "list", "--as", ADMIN], None);
    run.ok();
    assert_eq!(run.json().as_array().unwrap().len(), 3);
}

#[test]
fn quiet_prints_nothing_on_stdout() {
    let env = staffed();
    let run = env.as_(ADMIN, &["member", "list", "--quiet", "--format", "json"]);
    run.ok().no_stdout();
    assert!(run.stderr.is_empty());

    // a change: done, without a word
    let run = env.as_(ADMIN, &["member", "deactivate", "bob@demo.org", "-q"]);
    run.ok().no_stdout();
    assert!(run.stderr.is_empty(), "{}", run.transcript());
    assert_eq!(env.status_of("bob@demo.org"), "inactive");

    // errors still show, and perm check still answers with its exit code
    env.as_(ADMIN, &["member", "show", "ghost@demo.org", "-q"])
        .code(4)
        .no_stdout()
        .error("ghost@demo.org is not a member of demo");
    env.as_("cat@demo.org", &["perm", "check", "org.view", "-q"])
        .code(3)
        .no_stdout();
}

/// Run careward with its stdout a pipe whose reading end is already closed, as
/// `careward … | head -1` leaves it once head has exited.
fn run_into_closed_pipe(env: &TestEnv, args: &[&str]) -> (i32, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let out = env
        .std_command()
        .args(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("careward runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_is_not_an_error_in_any_format() {
    let env = staffed();
    for format in ["table", "json", "csv", "yaml"] {
        for args in [
            vec!["member", "list", "--as", ADMIN, "--format", format],
            vec!["audit", "log", "--as", ADMIN, "--format", format],
            vec!["policy", "list", "--format", format],
        ] {
            let (code, stderr) = run_into_closed_pipe(&env, &args);
            assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
        }
    }
}

#[test]
fn a_closed_pipe_keeps_the_exit_code_of_perm_check() {
    let env = staffed();
    env.add("dan@demo.org", &["practitioner"]);
    let (code, stderr) = run_into_closed_pipe(
        &env,
        &[
            "perm",
            "check",
            "member.invite",
            "--as",
            "dan@demo.org",
            "--format",
            "json",
        ],
    );
    assert_eq!((code, stderr.as_str()), (3, ""));
}
