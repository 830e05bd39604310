//! Input never comes back out, and hostile input is cheap to refuse (README "Limits"):
//! YAML errors name the file, line and key but not the content; files too large or
//! nested too deeply are refused before they are parsed; fields have length limits;
//! control characters are refused on the way in and neutralised on the way out.

use std::time::{Duration, Instant};

use crate::common::TestEnv;

const ADMIN: &str = "admin@demo.org";
const SECRET: &str = "sk_live_51HZ8EXAMPLE-SECRET/value";

const PASSWD: &str = "root:x:0:0:root:/root:/bin/bash\n\
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n\
pia:x:1000:1000:Pia P,,,:/home/pia:/bin/bash\n";

#[test]
fn a_policy_error_never_prints_the_file() {
    let env = TestEnv::new();
    env.write("passwd", PASSWD);
    let run = env.run(&["policy", "validate", "passwd"]);
    run.code(6)
        .error("passwd:1:1: invalid type: a string, expected struct PolicyFile");
    assert!(!run.stderr.contains("root:x"), "{}", run.transcript());
    assert!(!run.stderr.contains("/bin/bash"), "{}", run.transcript());

    // a secret where a map, a list or a name was expected
    for text in [
        format!("name: ours\nroles: \"{SECRET}\"\n"),
        format!("name: ours\nactions: [{SECRET}]\n"),
        format!("name: [\"{SECRET}\"]\n"),
        format!("name: ours\nroles:\n  admin:\n    grants: {{\"{SECRET}\": org}}\n"),
        format!("name: ours\nroles: [1, 2\n{SECRET}\n"),
    ] {
        env.write("ours.yaml", &text);
        let run = env.run(&["policy", "validate", "ours.yaml"]);
        run.code(6);
        assert!(
            run.stderr.starts_with("error: ours.yaml"),
            "{}",
            run.transcript()
        );
        assert!(!run.stderr.contains("sk_live"), "{}", run.transcript());
        // org init --policy FILE reads it the same way
        let run = env.run(&[
            "org",
            "init",
            "demo",
            "--name",
            "Demo",
            "--kind",
            "clinic",
            "--policy",
            "ours.yaml",
            "--admin",
            ADMIN,
        ]);
        run.code(6);
        assert!(!run.stderr.contains("sk_live"), "{}", run.transcript());
    }
}

#[test]
fn an_organisation_file_error_never_prints_the_file() {
    let env = TestEnv::new();
    env.write("passwd.yaml", PASSWD);
    let run = env.run(&["org", "seed", "passwd.yaml"]);
    run.code(6)
        .error("passwd.yaml:1:1: invalid type: a string, expected struct OrgFile");
    assert!(!run.stderr.contains("root:x"), "{}", run.transcript());

    env.write(
        "org.yaml",
        &format!(
            "org:\n  slug: demo\n  name: Demo\n  kind: clinic\n  policy: group-practice\n\
             members:\n  - email: {ADMIN}\n    roles: [administrator]\n    status: \"{SECRET}\"\n"
        ),
    );
    let run = env.run(&["org", "seed", "org.yaml"]);
    run.code(6);
    assert!(
        run.stderr.starts_with("error: org.yaml:9:"),
        "{}",
        run.transcript()
    );
    assert!(!run.stderr.contains("sk_live"), "{}", run.transcript());
}

/// `[[[[…` took 6 s at 100 kB and 250 s at 400 kB before the depth limit.
#[test]
fn deeply_nested_files_are_refused_at_once() {
    let env = TestEnv::new();
    env.write("deep.yaml", &"[".repeat(400_000));
    env.write("deep-map.yaml", &"{a: ".repeat(100_000));
    let started = Instant::now();
    env.run(&["policy", "validate", "deep.yaml"])
        .code(6)
        .error("deep.yaml:1: the policy file nests deeper than 32 levels, the limit")
        .hint("README \"Limits\" lists the limits on input files");
    env.run(&["org", "seed", "deep-map.yaml"])
        .code(6)
        .error("deep-map.yaml:1: the organisation file nests deeper than 32 levels, the limit");
    env.run(&[
        "org",
        "init",
        "demo",
        "--name",
        "Demo",
        "--kind",
        "clinic",
        "--policy",
        "deep.yaml",
        "--admin",
        ADMIN,
    ])
    .code(6)
    .error("deep.yaml:1: the policy file nests deeper than 32 levels, the limit");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(!env.store_exists());
}

#[test]
fn files_larger_than_their_limit_are_refused_unread() {
    let env = TestEnv::new();
    // a comment is valid YAML: only the size is wrong
    let big = format!("# {}\n", "x".repeat(1024 * 1024));
    env.write("big.yaml", &big);
    env.run(&["policy", "validate", "big.yaml"])
        .code(6)
        .error("big.yaml: the policy file is larger than 1048576 bytes, the limit");
    // one byte over the limit, sparse: refused by its size, never read
    let big = std::fs::File::create(env.dir().join("big-org.yaml")).unwrap();
    big.set_len(256 * 1024 * 1024 + 1).unwrap();
    env.run(&["org", "seed", "big-org.yaml"])
        .code(6)
        .error("big-org.yaml: the organisation file is larger than 268435456 bytes, the limit");
    assert!(!env.store_exists());
}

fn invite(env: &TestEnv, email: &str, name: &str) {
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            email,
            "--role",
            "practitioner",
            "--name",
            name,
            "--accepted",
        ],
    )
    .ok();
}

fn emails_found(env: &TestEnv, search: &str) -> Vec<String> {
    env.json_as(ADMIN, &["member", "list", "--search", search])
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn search_takes_percent_and_underscore_literally() {
    let env = TestEnv::org("clinic");
    invite(&env, "ann_lee@demo.org", "Ann Lee");
    invite(&env, "annxlee@demo.org", "Ann X");
    invite(&env, "pct@demo.org", "100% Pat");
    assert_eq!(emails_found(&env, "ann_lee"), vec!["ann_lee@demo.org"]);
    assert_eq!(emails_found(&env, "n_l"), vec!["ann_lee@demo.org"]);
    assert_eq!(emails_found(&env, "100%"), vec!["pct@demo.org"]);
    assert!(emails_found(&env, "%").len() == 1);
    assert!(emails_found(&env, "_").len() == 1);
}

#[test]
fn search_folds_case_beyond_ascii() {
    let env = TestEnv::org("clinic");
    invite(&env, "unal@demo.org", "ünal Öztürk");
    invite(&env, "eve@demo.org", "ÉVE ÇELIK");
    assert_eq!(emails_found(&env, "Ünal"), vec!["unal@demo.org"]);
    assert_eq!(emails_found(&env, "öztürk"), vec!["unal@demo.org"]);
    assert_eq!(emails_found(&env, "éve ç"), vec!["eve@demo.org"]);
    assert_eq!(emails_found(&env, "UNAL@"), vec!["unal@demo.org"]);
}

/// A name with an escape sequence written into the store behind careward's back (an old
/// version, a migration, a hand edit): no output format writes it raw.
#[test]
fn control_characters_in_a_store_never_reach_the_terminal() {
    let env = TestEnv::org("clinic");
    invite(&env, "eve@demo.org", "Eve");
    let hostile = "Eve\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{202e}exe.txt";
    env.sql().execute(
        "UPDATE member SET name = ?1, title = ?1 WHERE email = 'eve@demo.org'",
        &[&hostile],
    );
    for format in ["table", "csv", "yaml", "json"] {
        for args in [
            vec!["member", "list", "--format", format],
            vec!["member", "show", "eve@demo.org", "--format", format],
        ] {
            let run = env.as_(ADMIN, &args);
            run.ok();
            for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
                assert!(!run.stdout.contains(bad), "{format}: {}", run.transcript());
                assert!(!run.stderr.contains(bad), "{format}: {}", run.transcript());
            }
            if format == "json" {
                // JSON keeps the data, escaped
                assert!(
                    run.stdout.contains("\\u001b]0;owned\\u0007"),
                    "{}",
                    run.stdout
                );
            } else {
                assert!(
                    run.stdout.contains("Eve\\u{1b}]0;owned\\u{7}"),
                    "{}",
                    run.stdout
                );
            }
        }
    }
    // an error message quoting what was typed is neutralised too
    let run = env.as_(ADMIN, &["location", "show", "map\u{1b}]0;x\u{7}"]);
    run.code(4)
        .error("no location map\\u{1b}]0;x\\u{7} in demo");
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.transcript());
    env.sql().execute("UPDATE org SET name = ?1", &[&hostile]);
    let run = env.as_(ADMIN, &["org", "show", "--format", "yaml"]);
    run.ok();
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.transcript());
}

#[test]
fn exported_csv_guards_formulas_full_width_too() {
    let env = TestEnv::org("clinic");
    invite(&env, "f1@demo.org", "=HYPERLINK(\"http://evil\")");
    invite(&env, "f2@demo.org", "＝HYPERLINK(\"http://evil\")");
    invite(&env, "f3@demo.org", "＠SUM(A1)");
    invite(&env, "f4@demo.org", "－1+1");
    let run = env.as_(ADMIN, &["member", "list", "--format", "csv"]);
    run.ok();
    for guarded in [
        "'=HYPERLINK(\"\"http://evil\"\")",
        "'＝HYPERLINK(\"\"http://evil\"\")",
        "'＠SUM(A1)",
        "'－1+1",
    ] {
        assert!(run.stdout.contains(guarded), "{guarded}: {}", run.stdout);
    }
    // and an export read back imports the original names
    env.write(
        "members.csv",
        &run.stdout.replace("@demo.org", "@other.org"),
    );
    env.as_(ADMIN, &["member", "invite", "--csv", "members.csv"])
        .ok();
    let back = env.json_as(ADMIN, &["member", "show", "f2@other.org"]);
    assert_eq!(back["name"], "＝HYPERLINK(\"http://evil\")");
}

/// Each kind of field at its limit passes; one character more is refused with exit 6,
/// naming the field and the limit, on every path that takes it.
#[test]
fn flags_longer_than_their_limit_are_refused() {
    let env = TestEnv::org("clinic");
    env.add("pat@demo.org", &["practitioner"]);
    let name = |n: usize| "é".repeat(n);
    let long_name = name(201);
    let long_ext = "x".repeat(101);
    let long_reason = "r".repeat(1001);
    let long_email = format!("{}@demo.org", "a".repeat(250));
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "member",
                "invite",
                "n@demo.org",
                "--role",
                "practitioner",
                "--name",
                &long_name,
            ],
            "--name is 201 characters long; at most 200 are allowed",
        ),
        (
            vec![
                "member",
                "invite",
                "n@demo.org",
                "--role",
                "practitioner",
                "--title",
                &long_name,
            ],
            "--title is 201 characters long; at most 200 are allowed",
        ),
        (
            vec!["member", "edit", "pat@demo.org", "--name", &long_name],
            "--name is 201 characters long; at most 200 are allowed",
        ),
        (
            vec!["member", "invite", &long_email, "--role", "practitioner"],
            "an email address is 259 characters long; at most 254 are allowed",
        ),
        (
            vec!["location", "create", "maple", "--name", &long_name],
            "the name is 201 characters long; at most 200 are allowed",
        ),
        (
            vec!["team", "create", "tsa", "--name", &long_name],
            "the name is 201 characters long; at most 200 are allowed",
        ),
        (
            vec!["record", "create", "--client", &long_name],
            "--client is 201 characters long; at most 200 are allowed",
        ),
        (
            vec![
                "record",
                "create",
                "--client",
                "Sam",
                "--external-id",
                &long_ext,
            ],
            "--external-id is 101 characters long; at most 100 are allowed",
        ),
        (
            vec!["member", "list", "--search", &long_reason],
            "--search is 1001 characters long; at most 1000 are allowed",
        ),
        (
            vec!["member", "list", "--reason", &long_reason],
            "--reason is 1001 characters long; at most 1000 are allowed",
        ),
    ];
    for (args, message) in cases {
        let run = env.as_(ADMIN, &args);
        run.code(6).error(message);
    }
    let run = env.run(&[
        "member",
        "list",
        "--as",
        &format!("support:{long_name}"),
        "--reason",
        "ticket",
    ]);
    run.code(6)
        .error("the NAME of --as support:NAME is 201 characters long; at most 200 are allowed");
    // at the limit: accepted
    env.as_(
        ADMIN,
        &[
            "member",
            "invite",
            "n@demo.org",
            "--role",
            "practitioner",
            "--name",
            &name(200),
        ],
    )
    .ok();
    // org init
    let fresh = TestEnv::new();
    fresh
        .run(&[
            "org",
            "init",
            "demo",
            "--name",
            &long_name,
            "--kind",
            "clinic",
            "--policy",
            "group-practice",
            "--admin",
            ADMIN,
        ])
        .code(6)
        .error("--name is 201 characters long; at most 200 are allowed");
    assert!(!fresh.store_exists());
}

#[test]
fn control_characters_are_refused_as_input() {
    let env = TestEnv::org("clinic");
    for (args, message) in [
        (
            vec![
                "member",
                "invite",
                "n@demo.org",
                "--role",
                "practitioner",
                "--name",
                "Eve\u{1b}[31m",
            ],
            "--name contains a control character (U+001B)",
        ),
        (
            vec!["record", "create", "--client", "Sam\u{7}"],
            "--client contains a control character (U+0007)",
        ),
        (
            vec!["team", "create", "tsa", "--name", "A\u{9b}team"],
            "the name contains a control character (U+009B)",
        ),
        (
            vec!["member", "list", "--reason", "a\nb"],
            "--reason contains a control character (U+000A)",
        ),
    ] {
        let run = env.as_(ADMIN, &args);
        run.code(6)
            .error(message)
            .hint("write plain text, without escape sequences, tabs or line breaks");
    }
}

#[test]
fn csv_imports_apply_the_same_limits() {
    let env = TestEnv::org("clinic");
    env.write(
        "staff.csv",
        &format!(
            "email,name,title,roles\nok@demo.org,Ok,,practitioner\nlong@demo.org,{},,practitioner\nesc@demo.org,Eve,\"Dr\u{1b}[2J\",practitioner\n",
            "n".repeat(201)
        ),
    );
    let run = env.as_(ADMIN, &["member", "invite", "--csv", "staff.csv"]);
    run.code(6)
        .stderr_has("staff.csv:3: name is 201 characters long; at most 200 are allowed")
        .stderr_has("staff.csv:4: title contains a control character (U+001B)");
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.transcript());
    let added: i64 = env.sql().query_one(
        "SELECT count(*) FROM member WHERE email = 'ok@demo.org'",
        &[],
    );
    assert_eq!(added, 0, "nothing is half-applied");

    env.write(
        "clients.csv",
        &format!(
            "client,external_id\nSam,S-1\n{},S-2\nBen,{}\n",
            "c".repeat(201),
            "e".repeat(101)
        ),
    );
    let run = env.as_(ADMIN, &["record", "import", "--csv", "clients.csv"]);
    run.code(6)
        .stderr_has("clients.csv:3: client is 201 characters long; at most 200 are allowed")
        .stderr_has("clients.csv:4: external_id is 101 characters long; at most 100 are allowed");
}

#[test]
fn organisation_files_apply_the_same_limits() {
    let env = TestEnv::new();
    env.write(
        "org.yaml",
        &format!(
            "org:\n  slug: demo\n  name: Demo\n  kind: clinic\n  policy: group-practice\n\
             teams:\n  - slug: tsa\n    name: \"T\\e[31m\"\n\
             members:\n  - email: {ADMIN}\n    name: {}\n    roles: [administrator]\n\
             records:\n  - client: Sam\n    owner: {ADMIN}\n    external_id: {}\n",
            "n".repeat(201),
            "e".repeat(101)
        ),
    );
    let run = env.run(&["org", "seed", "org.yaml"]);
    run.code(6)
        .error("org.yaml is not a valid organisation file:")
        .stderr_has("org.yaml: team tsa: the name contains a control character (U+001B)")
        .stderr_has(&format!(
            "org.yaml: member {ADMIN}: the name is 201 characters long; at most 200 are allowed"
        ))
        .stderr_has(
            "org.yaml: record 1: the external id is 101 characters long; at most 100 are allowed",
        );
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.transcript());
    assert!(!env.store_exists());
}

#[test]
fn a_csv_row_longer_than_its_limit_is_refused_before_it_is_held() {
    let env = TestEnv::org("clinic");
    env.write(
        "long.csv",
        &format!(
            "email,name,roles\nok@demo.org,Ok,practitioner\nx@demo.org,{},practitioner\n",
            "n".repeat(200 * 1024)
        ),
    );
    env.as_(ADMIN, &["member", "invite", "--csv", "long.csv"])
        .code(6)
        .stderr_has("line 3: a row is longer than 65536 bytes, the limit")
        .hint("README \"Limits\" lists the limits on input files");
    // a quote never closed would make the rest of the file one row
    let mut text = String::from("email,name,roles\n\"ok@demo.org,Ok,practitioner\n");
    while text.len() < 1024 * 1024 {
        text.push_str("a@demo.org,A,practitioner\n");
    }
    env.write("open-quote.csv", &text);
    env.as_(ADMIN, &["member", "invite", "--csv", "open-quote.csv"])
        .code(6)
        .stderr_has("line 2: a row is longer than 65536 bytes, the limit");
}
