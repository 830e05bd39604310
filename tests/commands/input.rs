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
    assert!(!env.db().exists());
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
}
