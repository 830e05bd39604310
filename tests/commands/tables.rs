//! Tables for a person: on a terminal (CAREWARD_FORCE_TTY, as gh's GH_FORCE_TTY, stands
//! in for one and gives its width) a list fits the width, one line per row, cells cut
//! with `…`; `--wide` shows every column uncut; times are local; one object is aligned
//! `key: value` lines with nested values as text. A format a command cannot print is
//! refused with exit 2.

use serde_json::Value;

use crate::common::TestEnv;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// The demo's two organisations (scripts/demo.sh), with the transfer it offers.
fn demo() -> TestEnv {
    let env = TestEnv::new();
    for file in ["north-school.yaml", "psychiatry-clinic.yaml"] {
        env.run(&["org", "seed", &format!("{FIXTURES}/{file}")])
            .ok();
    }
    env.run(&[
        "record",
        "transfer",
        "3",
        "--to",
        "pia@north.example",
        "--org",
        "north",
        "--as",
        "sol@north.example",
    ])
    .ok();
    // the riverside changes the demo shows in its audit log: a refusal, then support's
    let assign = [
        "role",
        "assign",
        "front@riverside.example",
        "psychologist",
        "--org",
        "riverside",
    ];
    env.as_("nora@riverside.example", &assign).code(3);
    let mut support = assign.to_vec();
    support.extend(["--principal", "assistant", "--reason", "ticket 4411"]);
    env.as_("support:sam", &support).ok();
    env
}

/// `careward ARGS…` as if on a terminal of `width` columns, in the zone `tz`.
fn on_terminal(env: &TestEnv, width: &str, tz: &str, args: &[&str]) -> String {
    let mut cmd = env.command();
    cmd.env("CAREWARD_FORCE_TTY", width).env("TZ", tz);
    let run = env.run_with(cmd, args, None);
    run.ok();
    run.stdout
}

/// The lists scripts/demo.sh shows.
const DEMO_LISTS: &[&[&str]] = &[
    &[
        "member",
        "list",
        "--org",
        "north",
        "--as",
        "ada@north.example",
    ],
    &[
        "record",
        "list",
        "--org",
        "north",
        "--as",
        "cole@north.example",
    ],
    &[
        "perm",
        "who-can",
        "record.read",
        "record:ext:S-0001",
        "--org",
        "north",
        "--as",
        "ada@north.example",
    ],
    &[
        "record",
        "transfers",
        "--org",
        "north",
        "--as",
        "cole@north.example",
    ],
    &[
        "assistant",
        "list",
        "--org",
        "riverside",
        "--as",
        "nora@riverside.example",
    ],
    &[
        "audit",
        "log",
        "--limit",
        "5",
        "--org",
        "north",
        "--as",
        "ada@north.example",
    ],
    &[
        "audit",
        "log",
        "--limit",
        "5",
        "--org",
        "riverside",
        "--as",
        "nora@riverside.example",
    ],
];

#[test]
fn the_demos_lists_fit_80_and_200_columns_with_no_word_split() {
    let env = demo();
    for args in DEMO_LISTS {
        let mut json_args = args.to_vec();
        json_args.extend(["--format", "json"]);
        let run = env.run(&json_args);
        run.ok();
        let rows = run.json().as_array().expect("a list").len();
        assert!(rows > 0, "{args:?} lists something");
        for width in [80, 200] {
            let text = on_terminal(&env, &width.to_string(), "UTC", args);
            let lines: Vec<&str> = text.lines().collect();
            // a header and one line per row: no cell wrapped onto a second line
            assert_eq!(lines.len(), rows + 1, "{args:?} at {width}:\n{text}");
            for line in &lines {
                assert!(
                    line.chars().count() <= width,
                    "{args:?} at {width}:\n{text}"
                );
                // at 80 a cell too long is cut with `…` (a reason, riverside's long
                // emails in the audit log), never broken over lines; at 200 none is
                assert!(
                    width == 80 || !line.contains('…'),
                    "{args:?} cut at {width}:\n{text}"
                );
            }
            // every row's first cell (its email, number or id) is whole
            for (row, line) in run.json().as_array().unwrap().iter().zip(&lines[1..]) {
                let first = row.as_object().unwrap().values().next().unwrap();
                let first = first
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or(first.to_string());
                assert!(line.starts_with(&first), "{args:?} at {width}:\n{text}");
            }
        }
    }
}

#[test]
fn long_cells_are_cut_to_fit_and_wide_shows_them_whole() {
    let env = demo();
    let long = "Maximiliana Alexandrovna Konstantinopolskaya-Wetherington";
    env.as_(
        "ada@north.example",
        &[
            "member",
            "edit",
            "pia@north.example",
            "--name",
            long,
            "--org",
            "north",
        ],
    )
    .ok();
    let args = [
        "member",
        "list",
        "--org",
        "north",
        "--as",
        "ada@north.example",
    ];
    let text = on_terminal(&env, "80", "UTC", &args);
    assert_eq!(text.lines().count(), 7, "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    let pia = text.lines().find(|l| l.starts_with("pia@")).unwrap();
    assert!(
        pia.contains("Maximiliana Alex") && pia.contains('…'),
        "{text}"
    );
    assert!(!text.contains(long), "{text}");
    // the header names the default columns
    let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["EMAIL", "NAME", "ROLES", "STATUS", "LOCATIONS"]);

    let mut wide = args.to_vec();
    wide.push("--wide");
    let text = on_terminal(&env, "80", "UTC", &wide);
    assert_eq!(text.lines().count(), 7, "{text}");
    assert!(text.contains(long) && !text.contains('…'), "{text}");
    assert!(
        text.lines().next().unwrap().contains("INVITED AT"),
        "{text}"
    );
}

#[test]
fn terminal_tables_show_local_times_and_json_keeps_utc() {
    let env = TestEnv::org("clinic");
    let list = on_terminal(
        &env,
        "200",
        "America/Toronto",
        &["member", "list", "--wide", "--as", "admin@demo.org"],
    );
    // 09:00 UTC on 23 November is 04:00 in Toronto (EST)
    assert!(list.contains("  2026-11-23 04:00"), "{list}");
    let show = on_terminal(
        &env,
        "80",
        "America/Toronto",
        &["member", "show", "admin@demo.org", "--as", "admin@demo.org"],
    );
    assert!(
        show.lines()
            .any(|l| l == "invited_at:   2026-11-23 04:00:00 EST"),
        "{show}"
    );
    let json = env.json_as("admin@demo.org", &["member", "show", "admin@demo.org"]);
    assert_eq!(json["invited_at"], "2026-11-23T09:00:00Z");
    let csv = env.as_("admin@demo.org", &["member", "list", "--format", "csv"]);
    assert!(
        csv.stdout.contains(",2026-11-23T09:00:00Z"),
        "{}",
        csv.stdout
    );
}

#[test]
fn one_object_is_aligned_lines_and_nested_values_are_text() {
    let env = demo();
    let text = on_terminal(
        &env,
        "80",
        "UTC",
        &[
            "record",
            "transfer",
            "1",
            "--to",
            "sol@north.example",
            "--keep-copy",
            "--org",
            "north",
            "--as",
            "pia@north.example",
        ],
    );
    let lines: Vec<&str> = text.lines().collect();
    // values start in one column, after the longest key
    let column = "pending_transfer_to: ".len();
    for line in lines
        .iter()
        .filter(|l| !l.starts_with(' ') && !l.ends_with(':'))
    {
        let value = line.split_once(':').expect("key: value").1.trim_start();
        assert_eq!(line.len() - value.len(), column, "{line}\n{text}");
    }
    assert!(
        lines.contains(&"pending_transfer_to: sol@north.example"),
        "{text}"
    );
    // carries: an object, as indented lines of text
    let at = lines
        .iter()
        .position(|l| *l == "carries:")
        .expect("carries");
    assert!(lines[at + 1].starts_with("  always:"), "{text}");
    assert!(
        lines.iter().any(|l| l.starts_with("    included:")),
        "{text}"
    );
    assert!(!text.contains('{') && !text.contains('['), "{text}");

    // a list of phrases (the grants a role change gives) is one line each
    let text = on_terminal(
        &env,
        "80",
        "UTC",
        &[
            "role",
            "assign",
            "pia@north.example",
            "coordinator",
            "--dry-run",
            "--org",
            "north",
            "--as",
            "ada@north.example",
        ],
    );
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| *l == "gained:").expect("gained");
    assert_eq!(lines[at + 1], "  - location.assign on org", "{text}");
    assert!(
        lines.contains(&"roles:        coordinator, practitioner"),
        "{text}"
    );
}

#[test]
fn a_format_a_command_cannot_print_is_refused_naming_those_it_can() {
    let env = TestEnv::org("clinic");
    for (args, error) in [
        (
            &["org", "export", "--format", "csv", "--as", "admin@demo.org"][..],
            "org export prints table, json or yaml, not csv",
        ),
        (
            &["policy", "show", "group-practice", "--format", "csv"][..],
            "policy show prints table, json or yaml, not csv",
        ),
        (
            &[
                "perm",
                "check",
                "--batch",
                "--format",
                "yaml",
                "--as",
                "admin@demo.org",
            ][..],
            "perm check --batch prints table or json, not yaml",
        ),
        (
            &["completions", "bash", "--format", "json"][..],
            "completions prints table, not json",
        ),
    ] {
        let before = env.audit_count();
        let run = env.run_stdin(args, "");
        run.code(2).error(error).no_stdout();
        assert_eq!(env.audit_count(), before, "refused before it ran: {args:?}");
    }
    // what it can print, it prints
    let yaml = env.as_("admin@demo.org", &["org", "export", "--format", "yaml"]);
    yaml.ok().stdout_has("org:\n  slug: demo\n");
    let json: Value = env.json_as("admin@demo.org", &["org", "export"]);
    assert_eq!(json["org"]["slug"], "demo");
}
