//! `careward org seed` and `org export`: CI fixtures that round-trip.

use crate::common::TestEnv;

fn fixture(name: &str) -> String {
    format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Every demo organisation in fixtures/ (each `*.yaml` at its top), with its first
/// member, who may export it.
fn demo_organisations() -> Vec<(String, String)> {
    let dir = format!("{}/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut found: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let file: serde_norway::Value = serde_norway::from_str(&text).unwrap();
            let admin = file["members"][0]["email"].as_str().unwrap().to_string();
            (p.file_name().unwrap().to_str().unwrap().to_string(), admin)
        })
        .collect();
    found.sort();
    found
}

#[test]
fn the_demo_organisations_are_the_four_products() {
    let names: Vec<String> = demo_organisations().into_iter().map(|(f, _)| f).collect();
    assert_eq!(
        names,
        [
            "behaviour-team.yaml",
            "east-clinic.yaml",
            "north-school.yaml",
            "psychiatry-clinic.yaml"
        ]
    );
    // each seeds, under the policy and kind it names
    for (file, policy, kind) in [
        ("behaviour-team.yaml", "behavior-charts", "clinic"),
        ("east-clinic.yaml", "group-practice", "clinic"),
        ("north-school.yaml", "group-practice", "school"),
        ("psychiatry-clinic.yaml", "psychiatry-clinic", "clinic"),
    ] {
        let env = TestEnv::new();
        let seeded = env.run(&["org", "seed", &fixture(file), "--format", "json"]);
        seeded.ok();
        assert_eq!(seeded.json()["policy"], policy, "{file}");
        let (_, admin) = demo_organisations()
            .into_iter()
            .find(|(f, _)| f == file)
            .unwrap();
        let shown = env.json_as(&admin, &["org", "show"]);
        assert_eq!(shown["kind"], kind, "{file}");
    }
}

#[test]
fn the_behaviour_team_answers_by_tier_per_performer_and_per_group() {
    let env = TestEnv::new();
    env.run(&["org", "seed", &fixture("behaviour-team.yaml")])
        .ok();
    let allowed = |who: &str, action: &str, target: &str| {
        let run = env.as_(
            &format!("{who}@brightsteps.example")
                .replace("parent@brightsteps.example", "parent@family.example"),
            &["perm", "check", action, target, "--format", "json"],
        );
        run.json()["allowed"] == true
    };
    // tess has access None, and Tier 3 on the afternoon clinic's performers through
    // the group shared with her team
    assert!(allowed("tess", "record.write", "record:ext:P-03"));
    assert!(allowed("tess", "measurement.create", "record:ext:P-04"));
    assert!(!allowed("tess", "record.read", "record:ext:P-01"));
    // technicians at Tier 3 write everywhere and delete nothing
    assert!(allowed("rita", "record.write", "record:ext:P-02"));
    assert!(!allowed("rita", "measurement.delete", "record:ext:P-02"));
    // each parent reads their child's performer at Tier 4, and nothing more
    assert!(allowed("pat.parent", "record.read", "record:ext:P-01"));
    assert!(!allowed("pat.parent", "record.write", "record:ext:P-01"));
    assert!(!allowed("pat.parent", "record.read", "record:ext:P-02"));
    assert!(allowed("kim.parent", "record.read", "record:ext:P-02"));
    assert!(!allowed("kim.parent", "record.read", "record:ext:P-01"));
    // the read-only supervisor's Tier 4 reaches every performer
    assert!(allowed("olga", "record.read", "record:ext:P-03"));
    // the libraries, groups and views are there
    let lena = "lena@brightsteps.example";
    assert_eq!(
        env.json_as(lena, &["pinpoint", "list"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        env.json_as(lena, &["group", "show", "afternoons"])["performers"],
        serde_json::json!([3, 4])
    );
    let report = env.json_as(lena, &["report", "summary", "--view", "November progress"]);
    assert_eq!(report.as_array().unwrap().len(), 4, "{report}");
    assert_eq!(report[0]["measurements"], 3);
    env.as_(lena, &["audit", "verify"]).ok();
}

/// A group, a library item or a view that differs from the store is named.
#[test]
fn a_seed_names_the_groups_libraries_and_views_that_differ() {
    let env = TestEnv::new();
    env.run(&["org", "seed", &fixture("behaviour-team.yaml")])
        .ok();
    let text = std::fs::read_to_string(fixture("behaviour-team.yaml"))
        .unwrap()
        .replace("records: [3, 4]", "records: [3]")
        .replace("description: Independent requests", "description: Requests")
        .replace("pinpoints: [Manding]", "pinpoints: [Elopement]");
    let changed = env.dir().join("changed.yaml");
    std::fs::write(&changed, text).unwrap();
    let run = env.as_(
        "lena@brightsteps.example",
        &["org", "seed", changed.to_str().unwrap()],
    );
    run.code(5)
        .stderr_has("group afternoons: records [3] in the file, [3, 4] in the store")
        .stderr_has("pinpoint Manding: description")
        .stderr_has(
            "chart view Manding only: pinpoints [Elopement] in the file, [Manding] in the store",
        );
}

/// A file's groups, libraries and views are checked like the rest of it.
#[test]
fn a_file_with_bad_groups_libraries_or_views_is_refused_whole() {
    let env = TestEnv::new();
    let text = std::fs::read_to_string(fixture("behaviour-team.yaml"))
        .unwrap()
        .replace("records: [3, 4]", "records: [3, 9]")
        .replace(
            "item: pinpoint:Manding\n        created_at: 2026-11-06",
            "item: pinpoint:Biting\n        created_at: 2026-11-06",
        )
        .replace("level: tier3\nviews:", "level: tier9\nviews:");
    let bad = env.dir().join("bad.yaml");
    std::fs::write(&bad, text).unwrap();
    env.run(&["org", "seed", bad.to_str().unwrap()])
        .code(6)
        .stderr_has("group afternoons: record 9 is not in the file")
        .stderr_has("group afternoons: unknown level tier9")
        .stderr_has("which is not an item of its library in the file");
    // and under a policy without them
    let other = std::fs::read_to_string(fixture("east-clinic.yaml")).unwrap()
        + "groups:\n  - slug: g\n    name: G\n";
    let bad = env.dir().join("other.yaml");
    std::fs::write(&bad, other).unwrap();
    env.run(&["org", "seed", bad.to_str().unwrap()])
        .code(6)
        .stderr_has("group g: policy group-practice has no groups of records");
}

#[test]
fn seed_then_export_then_seed_again_round_trips() {
    for (file, admin) in demo_organisations() {
        let (file, admin) = (file.as_str(), admin.as_str());
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
    assert!(!env.store_exists(), "a refused seed created the store");
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

#[test]
fn seeding_a_fixture_again_is_unchanged_and_a_changed_one_is_refused_or_replaced() {
    for (file, admin) in demo_organisations() {
        let (file, admin) = (file.as_str(), admin.as_str());
        let mut env = TestEnv::new();
        env.run(&["org", "seed", &fixture(file)]).ok();
        // a hand-written file gives no times: a later run still matches
        env.now = "2026-11-24T09:00:00Z".into();
        let before = env.snapshot();
        let run = env.as_(admin, &["org", "seed", &fixture(file), "--format", "json"]);
        run.ok();
        assert_eq!(run.json()["outcome"], "unchanged", "{file}");
        env.as_(admin, &["org", "seed", &fixture(file)])
            .ok()
            .stderr_has("is unchanged: it holds what");
        // comparing or replacing an organisation that exists needs an actor who manages it
        env.run(&["org", "seed", &fixture(file)])
            .code(2)
            .stderr_has("needs an actor who may manage it");
        assert_eq!(before, env.snapshot(), "{file}: an unchanged seed wrote");

        // one more member in the file
        // (with the first member's roles, which every policy allows)
        let text = std::fs::read_to_string(fixture(file)).unwrap();
        let mut changed: serde_norway::Value = serde_norway::from_str(&text).unwrap();
        let mut person = changed["members"][0].clone();
        person["email"] = "new.person@x.example".into();
        changed["members"].as_sequence_mut().unwrap().push(person);
        let path = env.write("changed.yaml", &serde_norway::to_string(&changed).unwrap());
        let data = env.data();
        env.as_(admin, &["org", "seed", path.to_str().unwrap()])
            .code(5)
            .stderr_has("member new.person@x.example: in the file, not in the store");
        assert_eq!(data, env.data(), "{file}: a refused seed wrote");
        env.as_(admin, &["org", "seed", path.to_str().unwrap(), "--replace"])
            .ok()
            .stderr_has("replace organisation");
        env.as_(admin, &["audit", "verify"]).ok();
        env.as_("new.person@x.example", &["member", "show", admin])
            .ok();
        env.as_(admin, &["org", "seed", path.to_str().unwrap()])
            .ok()
            .stderr_has("is unchanged");
    }
}

#[test]
fn seed_json_gives_the_numbers_and_ids_a_pipeline_needs() {
    let env = TestEnv::new();
    let path = env.write(
        "ids.yaml",
        "org: {slug: ids, name: Ids, kind: clinic, policy: group-practice}\n\
         members:\n\
         - {email: a@x.org, roles: [administrator, practitioner], principal: practitioner}\n\
         records:\n\
         - {client: C, owner: a@x.org, external_id: EXT-7, entries: [{kind: note, author: a@x.org}, {kind: note, author: a@x.org}]}\n\
         - {client: D, owner: a@x.org, number: 5}\n\
         spaces:\n\
         - {name: S, creator: a@x.org, record: 5, members: [{with: a@x.org}]}\n",
    );
    let run = env.run(&["org", "seed", path.to_str().unwrap(), "--format", "json"]);
    run.ok();
    let out = run.json();
    assert_eq!(out["outcome"], "created");
    assert_eq!(
        out["record_numbers"],
        serde_json::json!({"EXT-7": 6}),
        "{out}"
    );
    assert_eq!(out["entry_ids"], serde_json::json!({"6": [1, 2]}), "{out}");
    assert_eq!(out["space_ids"], serde_json::json!([1]), "{out}");
    let listed = env.json_as("a@x.org", &["entry", "list", "ext:EXT-7"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(2), "{listed}");
    env.json_as("a@x.org", &["space", "show", "1"]);
    // the same ids, unchanged, on the next run
    let again = env.as_(
        "a@x.org",
        &["org", "seed", path.to_str().unwrap(), "--format", "json"],
    );
    again.ok();
    let mut same = again.json();
    assert_eq!(same["outcome"], "unchanged");
    same["outcome"] = "created".into();
    assert_eq!(same, out);
}

#[test]
fn a_changed_assistant_assignment_is_named_and_replace_applies_it() {
    let env = TestEnv::new();
    env.run(&["org", "seed", &fixture("psychiatry-clinic.yaml")])
        .ok();
    let text = std::fs::read_to_string(fixture("psychiatry-clinic.yaml")).unwrap();
    // the intake assistant now assists dr.osei only
    let changed = text.replace(
        "to: [dr.osei@riverside.example, dr.lind@riverside.example]",
        "to: [dr.osei@riverside.example]",
    );
    assert_ne!(changed, text);
    let path = env.write("changed.yaml", &changed);
    // a therapist may not compare the organisation with a file, an administrator may
    let before = env.audit_count();
    env.as_(
        "dr.osei@riverside.example",
        &["org", "seed", path.to_str().unwrap()],
    )
    .code(3);
    assert_eq!(env.events(before)[0].2, "denied");
    env.as_("nora@riverside.example", &["org", "seed", path.to_str().unwrap()])
        .code(5)
        .stderr_has("assistant intake@riverside.example for dr.osei@riverside.example: in the file, not in the store")
        .stderr_has("assistant intake@riverside.example for dr.lind@riverside.example, dr.osei@riverside.example: in the store, not in the file");
    env.as_(
        "nora@riverside.example",
        &["org", "seed", path.to_str().unwrap(), "--replace"],
    )
    .ok();
    let list = env.json_as("nora@riverside.example", &["assistant", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(2), "{list}");
    env.as_("nora@riverside.example", &["audit", "verify"]).ok();
}
