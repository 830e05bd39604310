//! Every command's `--format json` fields against README.md's table ("JSON output"):
//! the test reads the README, so the documentation and the output cannot drift. Each
//! row names commands in backticks (`record transfer --all-from`, `role list EMAIL`)
//! and, as its first backticked span, the fields in their order. Every subcommand of
//! clap's tree must be in the table, and every command in the table is run here, in one
//! store holding the demo organisations, in an order that makes each one succeed.

use std::collections::{BTreeMap, BTreeSet};

use careward::cli::Cli;
use clap::CommandFactory;
use serde_json::Value;

use crate::common::TestEnv;

const ADA: &str = "ada@north.example";
const COLE: &str = "cole@north.example";
const PIA: &str = "pia@north.example";
const SOL: &str = "sol@north.example";
const IVY: &str = "ivy@north.example";
const NORA: &str = "nora@riverside.example";
const LENA: &str = "lena@brightsteps.example";

/// (README label, organisation, actor, arguments), run in this order.
const STEPS: &[(&str, &str, &str, &[&str])] = &[
    (
        "org seed",
        "",
        "",
        &["org", "seed", "@FIXTURES/north-school.yaml"],
    ),
    // the backup needs audit.view in every organisation of the store: while there is one
    (
        "store backup",
        "north",
        ADA,
        &["store", "backup", "@DIR/backup.db"],
    ),
    (
        "store copy",
        "north",
        ADA,
        &["store", "copy", "--to", "@DIR/copy.db"],
    ),
    (
        "org init",
        "",
        "",
        &[
            "org",
            "init",
            "third",
            "--name",
            "Third",
            "--kind",
            "clinic",
            "--policy",
            "group-practice",
            "--admin",
            "boss@third.example",
        ],
    ),
    ("org export", "north", ADA, &["org", "export"]),
    ("org list", "north", ADA, &["org", "list"]),
    ("org show", "north", ADA, &["org", "show"]),
    ("org set", "north", ADA, &["org", "set", "--seats", "40"]),
    (
        "member invite",
        "north",
        ADA,
        &[
            "member",
            "invite",
            "new@north.example",
            "--role",
            "practitioner",
        ],
    ),
    (
        "member accept",
        "north",
        "new@north.example",
        &["member", "accept"],
    ),
    (
        "member invite --csv",
        "north",
        ADA,
        &["member", "invite", "--csv", "@DIR/staff.csv"],
    ),
    (
        "member cancel",
        "north",
        ADA,
        &["member", "cancel", "late@north.example"],
    ),
    ("member list", "north", ADA, &["member", "list"]),
    ("member show", "north", ADA, &["member", "show", PIA]),
    (
        "member edit",
        "north",
        ADA,
        &["member", "edit", PIA, "--title", "Psychologist"],
    ),
    (
        "member deactivate",
        "north",
        ADA,
        &["member", "deactivate", "new@north.example"],
    ),
    (
        "member reactivate",
        "north",
        ADA,
        &["member", "reactivate", "new@north.example"],
    ),
    ("member overview", "north", COLE, &["member", "overview"]),
    (
        "role assign",
        "north",
        ADA,
        &["role", "assign", PIA, "coordinator"],
    ),
    (
        "role remove",
        "north",
        ADA,
        &["role", "remove", PIA, "coordinator"],
    ),
    ("role list", "north", ADA, &["role", "list"]),
    ("role list EMAIL", "north", ADA, &["role", "list", PIA]),
    (
        "location create",
        "north",
        ADA,
        &["location", "create", "elm", "--name", "Elm"],
    ),
    ("location list", "north", ADA, &["location", "list"]),
    ("location show", "north", ADA, &["location", "show", "elm"]),
    (
        "location edit",
        "north",
        ADA,
        &["location", "edit", "elm", "--name", "Elm School"],
    ),
    (
        "location assign",
        "north",
        ADA,
        &["location", "assign", SOL, "elm"],
    ),
    (
        "location unassign",
        "north",
        ADA,
        &["location", "unassign", SOL, "elm"],
    ),
    (
        "location archive",
        "north",
        ADA,
        &["location", "archive", "elm"],
    ),
    (
        "team create",
        "north",
        ADA,
        &["team", "create", "t2", "--name", "Team 2"],
    ),
    ("team list", "north", ADA, &["team", "list"]),
    ("team show", "north", ADA, &["team", "show", "t2"]),
    ("team add", "north", ADA, &["team", "add", "t2", IVY]),
    ("team remove", "north", ADA, &["team", "remove", "t2", IVY]),
    (
        "team rename",
        "north",
        ADA,
        &["team", "rename", "t2", "Team two"],
    ),
    ("team archive", "north", ADA, &["team", "archive", "t2"]),
    (
        "record create",
        "north",
        PIA,
        &[
            "record",
            "create",
            "--client",
            "Zoe K.",
            "--location",
            "maple",
        ],
    ),
    (
        "record import --csv",
        "north",
        COLE,
        &["record", "import", "--csv", "@DIR/clients.csv"],
    ),
    ("record list", "north", COLE, &["record", "list"]),
    ("record show", "north", PIA, &["record", "show", "1"]),
    ("record open", "north", PIA, &["record", "open", "1"]),
    (
        "record edit",
        "north",
        PIA,
        &["record", "edit", "4", "--client", "Zoe King"],
    ),
    (
        "record confidential",
        "north",
        PIA,
        &["record", "confidential", "4", "on"],
    ),
    ("record archive", "north", PIA, &["record", "archive", "4"]),
    ("record delete", "north", PIA, &["record", "delete", "4"]),
    ("record restore", "north", PIA, &["record", "restore", "4"]),
    (
        "record reactivate",
        "north",
        PIA,
        &["record", "reactivate", "4"],
    ),
    (
        "record share",
        "north",
        PIA,
        &[
            "record",
            "share",
            "1",
            "--with",
            IVY,
            "--level",
            "write",
            "--require-approval",
        ],
    ),
    (
        "record unshare",
        "north",
        PIA,
        &["record", "unshare", "4", "--with", SOL],
    ),
    ("record access", "north", PIA, &["record", "access", "1"]),
    (
        "entry add",
        "north",
        IVY,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "note",
            "--title",
            "Session 1",
            "--draft",
        ],
    ),
    ("entry list", "north", IVY, &["entry", "list", "1"]),
    ("entry show", "north", IVY, &["entry", "show", "1"]),
    (
        "entry edit",
        "north",
        IVY,
        &["entry", "edit", "1", "--title", "Session one"],
    ),
    ("entry submit", "north", IVY, &["entry", "submit", "1"]),
    ("note pending", "north", PIA, &["note", "pending"]),
    ("note approve", "north", PIA, &["note", "approve", "1"]),
    ("entry export", "north", PIA, &["entry", "export", "1"]),
    (
        "space create",
        "north",
        PIA,
        &["space", "create", "Noah's team", "--from-record", "1"],
    ),
    ("space list", "north", PIA, &["space", "list"]),
    ("space show", "north", PIA, &["space", "show", "1"]),
    (
        "space invite",
        "north",
        PIA,
        &["space", "invite", "1", "--member", SOL],
    ),
    ("space members", "north", PIA, &["space", "members", "1"]),
    (
        "space post",
        "north",
        SOL,
        &["space", "post", "1", "--kind", "note", "--title", "Hello"],
    ),
    ("space leave", "north", SOL, &["space", "leave", "1"]),
    ("space archive", "north", PIA, &["space", "archive", "1"]),
    ("record leave", "north", PIA, &["record", "leave", "3"]),
    (
        "record transfer",
        "north",
        PIA,
        &["record", "transfer", "1", "--to", SOL],
    ),
    ("record transfers", "north", COLE, &["record", "transfers"]),
    ("record pending", "north", COLE, &["record", "pending"]),
    (
        "record transfer decline",
        "north",
        SOL,
        &["record", "transfer", "decline", "1"],
    ),
    (
        "record transfer",
        "north",
        PIA,
        &["record", "transfer", "1", "--to", SOL],
    ),
    (
        "record transfer accept",
        "north",
        SOL,
        &["record", "transfer", "accept", "1"],
    ),
    (
        "record transfer --all-from",
        "north",
        COLE,
        &["record", "transfer", "--all-from", PIA, "--to", SOL],
    ),
    (
        "member deactivate",
        "north",
        ADA,
        &["member", "deactivate", "new@north.example"],
    ),
    (
        "member remove",
        "north",
        ADA,
        &["member", "remove", "new@north.example"],
    ),
    (
        "record emergency-access",
        "north",
        PIA,
        &[
            "record",
            "emergency-access",
            "3",
            "--reason",
            "crisis call",
            "--for",
            "30m",
        ],
    ),
    (
        "record emergency-access --list",
        "north",
        ADA,
        &["record", "emergency-access", "--list"],
    ),
    (
        "perm check",
        "north",
        SOL,
        &["perm", "check", "record.read", "record:1"],
    ),
    (
        "perm check --explain",
        "north",
        SOL,
        &["perm", "check", "record.read", "record:1", "--explain"],
    ),
    (
        "perm check --batch",
        "north",
        ADA,
        &["perm", "check", "--batch"],
    ),
    ("perm list", "north", SOL, &["perm", "list"]),
    (
        "perm who-can",
        "north",
        ADA,
        &["perm", "who-can", "record.read", "record:1"],
    ),
    (
        "perm lookup",
        "north",
        SOL,
        &["perm", "lookup", "record.read", "record"],
    ),
    (
        "org seed",
        "",
        "",
        &["org", "seed", "@FIXTURES/psychiatry-clinic.yaml"],
    ),
    (
        "assistant assign",
        "riverside",
        NORA,
        &[
            "assistant",
            "assign",
            "intake@riverside.example",
            "--to",
            "dr.roy@riverside.example",
        ],
    ),
    ("assistant list", "riverside", NORA, &["assistant", "list"]),
    (
        "assistant candidates",
        "riverside",
        NORA,
        &["assistant", "candidates", "intake@riverside.example"],
    ),
    (
        "assistant unassign",
        "riverside",
        NORA,
        &[
            "assistant",
            "unassign",
            "intake@riverside.example",
            "--from",
            "dr.roy@riverside.example",
        ],
    ),
    ("policy list", "", "", &["policy", "list"]),
    ("policy show", "", "", &["policy", "show", "group-practice"]),
    (
        "policy validate",
        "",
        "",
        &[
            "policy",
            "validate",
            "@FIXTURES/../src/policy/presets/group-practice.yaml",
        ],
    ),
    (
        "policy test",
        "",
        "",
        &[
            "policy",
            "test",
            "@FIXTURES/policy-tests/group-practice.yaml",
        ],
    ),
    (
        "policy diff",
        "",
        "",
        &["policy", "diff", "group-practice", "psychiatry-clinic"],
    ),
    ("audit log", "north", ADA, &["audit", "log", "--limit", "3"]),
    ("audit verify", "north", ADA, &["audit", "verify"]),
    ("audit head", "north", ADA, &["audit", "head"]),
    (
        "member deactivate --transfer-to",
        "north",
        ADA,
        &["member", "deactivate", IVY, "--transfer-to", PIA],
    ),
    ("config show", "", "", &["config", "show"]),
    // the behaviour team: groups, libraries, reports, views
    (
        "org seed",
        "",
        "",
        &["org", "seed", "@FIXTURES/behaviour-team.yaml"],
    ),
    (
        "group create",
        "brightsteps",
        LENA,
        &["group", "create", "weekends", "--name", "Weekend clinic"],
    ),
    ("group list", "brightsteps", LENA, &["group", "list"]),
    (
        "group show",
        "brightsteps",
        LENA,
        &["group", "show", "weekends"],
    ),
    (
        "group add",
        "brightsteps",
        LENA,
        &["group", "add", "weekends", "1", "2"],
    ),
    (
        "group remove",
        "brightsteps",
        LENA,
        &["group", "remove", "weekends", "2"],
    ),
    (
        "group share",
        "brightsteps",
        LENA,
        &[
            "group",
            "share",
            "weekends",
            "--with",
            "rita@brightsteps.example",
            "--level",
            "tier3",
        ],
    ),
    (
        "group unshare",
        "brightsteps",
        LENA,
        &[
            "group",
            "unshare",
            "weekends",
            "--with",
            "rita@brightsteps.example",
        ],
    ),
    (
        "pinpoint create",
        "brightsteps",
        LENA,
        &["pinpoint", "create", "Xp", "--description", "d"],
    ),
    ("pinpoint list", "brightsteps", LENA, &["pinpoint", "list"]),
    (
        "pinpoint show",
        "brightsteps",
        LENA,
        &["pinpoint", "show", "Xp"],
    ),
    (
        "pinpoint edit",
        "brightsteps",
        LENA,
        &["pinpoint", "edit", "Xp", "--description", "e"],
    ),
    (
        "pinpoint delete",
        "brightsteps",
        LENA,
        &["pinpoint", "delete", "Xp"],
    ),
    (
        "journal-type create",
        "brightsteps",
        LENA,
        &["journal-type", "create", "Xj"],
    ),
    (
        "journal-type list",
        "brightsteps",
        LENA,
        &["journal-type", "list"],
    ),
    (
        "journal-type show",
        "brightsteps",
        LENA,
        &["journal-type", "show", "Xj"],
    ),
    (
        "journal-type edit",
        "brightsteps",
        LENA,
        &["journal-type", "edit", "Xj", "--description", "e"],
    ),
    (
        "journal-type delete",
        "brightsteps",
        LENA,
        &["journal-type", "delete", "Xj"],
    ),
    ("tag create", "brightsteps", LENA, &["tag", "create", "Xt"]),
    ("tag list", "brightsteps", LENA, &["tag", "list"]),
    (
        "tag assign",
        "brightsteps",
        LENA,
        &["tag", "assign", "Xt", "record:1"],
    ),
    ("tag show", "brightsteps", LENA, &["tag", "show", "Xt"]),
    (
        "tag unassign",
        "brightsteps",
        LENA,
        &["tag", "unassign", "Xt", "record:1"],
    ),
    (
        "tag edit",
        "brightsteps",
        LENA,
        &["tag", "edit", "Xt", "--description", "e"],
    ),
    ("tag delete", "brightsteps", LENA, &["tag", "delete", "Xt"]),
    (
        "report summary",
        "brightsteps",
        LENA,
        &["report", "summary"],
    ),
    (
        "report chart",
        "brightsteps",
        LENA,
        &["report", "chart", "1"],
    ),
    (
        "view save",
        "brightsteps",
        LENA,
        &[
            "view",
            "save",
            "V1",
            "--kind",
            "chart",
            "--pinpoint",
            "Manding",
        ],
    ),
    ("view list", "brightsteps", LENA, &["view", "list"]),
    (
        "view show",
        "brightsteps",
        LENA,
        &["view", "show", "V1", "--kind", "chart"],
    ),
    (
        "view delete",
        "brightsteps",
        LENA,
        &["view", "delete", "V1", "--kind", "chart"],
    ),
    (
        "entry add",
        "brightsteps",
        LENA,
        &[
            "entry",
            "add",
            "1",
            "--kind",
            "measurement",
            "--pinpoint",
            "Manding",
        ],
    ),
    (
        "entry delete",
        "brightsteps",
        LENA,
        &["entry", "delete", "@ID"],
    ),
];

/// The README's table: each command it names, with the fields it documents.
fn documented() -> BTreeMap<String, Vec<String>> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split("\n## JSON output\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("README has a section \"JSON output\"");
    let spans = |text: &str| -> Vec<String> {
        text.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let mut table = BTreeMap::new();
    for line in section.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
        assert_eq!(cells.len(), 2, "a row of two cells: {line}");
        let fields: Vec<String> = spans(cells[1])
            .first()
            .unwrap_or_else(|| panic!("no fields in: {line}"))
            .split_whitespace()
            .map(str::to_string)
            .collect();
        for command in spans(cells[0]) {
            let before = table.insert(command.clone(), fields.clone());
            assert!(before.is_none(), "{command} is in the table twice");
        }
    }
    table
}

/// The keys of each object of a JSON output, in order: an object's, each list item's,
/// each line's (`perm check --batch`).
fn key_lists(stdout: &str) -> Vec<Vec<String>> {
    let keys = |v: &Value| -> Vec<String> {
        v.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    };
    match serde_json::from_str::<Value>(stdout) {
        Ok(Value::Array(items)) => items.iter().map(keys).collect(),
        Ok(v) => vec![keys(&v)],
        Err(_) => stdout
            .lines()
            .map(|l| keys(&serde_json::from_str(l).unwrap_or(Value::Null)))
            .collect(),
    }
}

#[test]
fn every_commands_json_fields_are_the_readmes() {
    let env = TestEnv::new();
    env.write(
        "staff.csv",
        "email,roles\nlate@north.example,practitioner\nnew2@north.example,practitioner\n",
    );
    env.write(
        "clients.csv",
        "client,external_id,owner\nMia L.,S-0009,pia@north.example\n",
    );
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let dir = env.dir().display().to_string();
    let table = documented();
    let mut problems = Vec::new();
    let mut ran = BTreeSet::new();
    // @ID: the id the step before printed (an entry's number is the store's, not the org's)
    let mut last_id = String::new();
    for (label, org, actor, args) in STEPS {
        let mut all: Vec<String> = args
            .iter()
            .map(|a| {
                a.replace("@FIXTURES", fixtures)
                    .replace("@DIR", &dir)
                    .replace("@ID", &last_id)
            })
            .collect();
        for (flag, value) in [("--org", org), ("--as", actor)] {
            if !value.is_empty() {
                all.extend([flag.to_string(), value.to_string()]);
            }
        }
        all.extend(["--format".into(), "json".into()]);
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        let stdin = r#"{"action": "record.read", "target": "record:1"}"#;
        let run = env.run_stdin(&all, stdin);
        if run.code != 0 {
            problems.push(format!("{label}: failed\n{}", run.transcript()));
            continue;
        }
        ran.insert(label.to_string());
        if let Ok(Value::Object(o)) = serde_json::from_str::<Value>(&run.stdout)
            && let Some(id) = o.get("id")
        {
            last_id = id.to_string();
        }
        let lists = key_lists(&run.stdout);
        let Some(want) = table.get(*label) else {
            let got = lists.first().map(|k| k.join(" ")).unwrap_or_default();
            problems.push(format!(
                "{label}: not in README's JSON table (it prints `{got}`)"
            ));
            continue;
        };
        if lists.is_empty() {
            problems.push(format!(
                "{label}: printed no object to check:\n{}",
                run.transcript()
            ));
        }
        for got in lists {
            if got != *want {
                problems.push(format!(
                    "{label}: README `{}`, printed `{}`",
                    want.join(" "),
                    got.join(" ")
                ));
                break;
            }
        }
    }
    for label in table.keys().filter(|l| !ran.contains(*l)) {
        problems.push(format!("{label}: in README's table, but no step runs it"));
    }
    // every subcommand is documented (completions prints a script, no JSON)
    let mut leaves = Vec::new();
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let path = format!("{prefix}{}", sub.get_name());
            if sub.get_subcommands().next().is_none() || !sub.is_subcommand_required_set() {
                out.push(path.clone());
            }
            walk(sub, &format!("{path} "), out);
        }
    }
    walk(&Cli::command(), "", &mut leaves);
    for leaf in leaves.iter().filter(|l| *l != "completions") {
        if !table
            .keys()
            .any(|k| k == leaf || k.starts_with(&format!("{leaf} ")))
        {
            problems.push(format!("{leaf}: no row in README's JSON table"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
