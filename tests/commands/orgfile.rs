//! `careward org seed` and `org export`: CI fixtures that round-trip.

use crate::common::TestEnv;

fn fixture(name: &str) -> String {
    format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn seed_then_export_then_seed_again_round_trips() {
    for (file, admin) in [
        ("north-school.yaml", "ada@north.example"),
        ("psychiatry-clinic.yaml", "nora@riverside.example"),
    ] {
        let first = TestEnv::new();
        first.run(&["org", "seed", &fixture(file)]).ok();
        let exported = first.as_(admin, &["org", "export"]);
        exported.ok();
        let copy = first.dir().join("copy.yaml");
        std::fs::write(&copy, &exported.stdout).unwrap();

        let second = TestEnv::new();
        second.run(&["org", "seed", copy.to_str().unwrap()]).ok();
        let again = second.as_(admin, &["org", "export"]);
        assert_eq!(
            exported.stdout,
            again.ok().stdout,
            "{file} did not round-trip"
        );
    }
}

#[test]
fn a_seeded_organisation_answers_as_its_file_says() {
    let env = TestEnv::new();
    env.run(&["org", "seed", &fixture("north-school.yaml")])
        .ok();
    // record 1 is pia's, shared with team tsa (sol is in it) at read and with ivy at write
    env.as_(
        "sol@north.example",
        &["perm", "check", "record.read", "record:ext:S-0001"],
    )
    .ok();
    env.as_(
        "sol@north.example",
        &["perm", "check", "record.write", "record:ext:S-0001"],
    )
    .code(3);
    env.as_(
        "ivy@north.example",
        &["perm", "check", "record.write", "record:1"],
    )
    .ok();
    // the manager of maple reaches the profile of a maple student, not a cedar one
    env.as_(
        "mae@north.example",
        &["perm", "check", "profile.read", "record:1"],
    )
    .ok();
    env.as_(
        "mae@north.example",
        &["perm", "check", "profile.read", "record:3"],
    )
    .code(3);
}

#[test]
fn a_bad_file_is_refused_whole_with_every_problem_listed() {
    let env = TestEnv::new();
    let bad = env.dir().join("bad.yaml");
    std::fs::write(
        &bad,
        "org: {slug: x1, name: X, kind: clinic, policy: group-practice}\n\
         members:\n\
         - {email: a@x.org, roles: [practitioner]}\n\
         - {email: bob@, roles: [practitioner]}\n\
         - {email: m@x.org, roles: [manager]}\n\
         records:\n\
         - {client: C, owner: z@x.org}\n",
    )
    .unwrap();
    let run = env.run(&["org", "seed", bad.to_str().unwrap()]);
    run.code(6)
        .stderr_has("\"bob@\" is not an email address")
        .stderr_has("role manager is available only in school organisations")
        .stderr_has("at least 1 active administrator")
        .stderr_has("owner z@x.org is not a member in the file");
    assert!(!env.db().exists(), "a refused seed created the store");
}

#[test]
fn export_redacts_names_and_contact_details() {
    let env = TestEnv::new();
    env.run(&["org", "seed", &fixture("north-school.yaml")])
        .ok();
    let run = env.as_("ada@north.example", &["org", "export", "--redact"]);
    run.ok();
    for secret in [
        "Noah Tremblay",
        "ada@north.example",
        "Pia Practitioner",
        "S-0001",
        "School psychologist",
    ] {
        assert!(
            !run.stdout.contains(secret),
            "{secret} leaked:\n{}",
            run.stdout
        );
    }
    assert!(run.stdout.contains("member-1@example.invalid"));
    env.as_("pia@north.example", &["org", "export"]).code(3);
}
