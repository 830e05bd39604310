//! The configuration file (careward/config.toml in the XDG config directory): defaults
//! for db, org, as and format; the environment overrides it and a flag overrides both;
//! `config show` tells which value is in force and where it came from.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::common::{Run, TestEnv};

/// Write the configuration file where careward looks by default (HOME is the test's
/// temporary folder, and XDG_CONFIG_HOME is not set).
fn write_config(env: &TestEnv, text: &str) -> PathBuf {
    let dir = env.dir().join(".config/careward");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// `config show --format json` as setting → (value, source).
fn shown(run: &Run) -> BTreeMap<String, (Value, String)> {
    run.ok();
    run.json()
        .as_array()
        .expect("a list")
        .iter()
        .map(|row| {
            (
                row["setting"].as_str().unwrap().to_string(),
                (
                    row["value"].clone(),
                    row["source"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect()
}

#[test]
fn precedence_is_file_then_environment_then_flag() {
    let env = TestEnv::new();
    let file = write_config(
        &env,
        "db = \"stores/main.db\"\norg = \"north\"\nas = \"ada@north.example\"\nformat = \"csv\"\n",
    );
    // the file alone (the test environment sets CAREWARD_DB: take it away)
    let mut cmd = env.command();
    cmd.env_remove("CAREWARD_DB");
    let s = shown(&env.run_with(cmd, &["config", "show", "--format", "json"], None));
    assert_eq!(
        s["config"],
        (file.display().to_string().into(), "default".into())
    );
    let db = env.dir().join(".config/careward/stores/main.db");
    assert_eq!(
        s["db"],
        (db.display().to_string().into(), "config file".into())
    );
    assert_eq!(s["org"], ("north".into(), "config file".into()));
    assert_eq!(s["as"], ("ada@north.example".into(), "config file".into()));
    // --format json on the line is the flag winning over the file's csv
    assert_eq!(s["format"], ("json".into(), "flag --format".into()));

    // the environment over the file
    let mut cmd = env.command();
    cmd.env("CAREWARD_ORG", "east")
        .env("CAREWARD_AS", "cleo@east.example");
    let s = shown(&env.run_with(cmd, &["config", "show", "--format", "json"], None));
    assert_eq!(s["db"], (env.store_url().into(), "env CAREWARD_DB".into()));
    assert_eq!(s["org"], ("east".into(), "env CAREWARD_ORG".into()));
    assert_eq!(
        s["as"],
        ("cleo@east.example".into(), "env CAREWARD_AS".into())
    );

    // a flag over the environment
    let mut cmd = env.command();
    cmd.env("CAREWARD_ORG", "east");
    let args = [
        "config",
        "show",
        "--format",
        "json",
        "--org",
        "riverside",
        "--as",
        "nora@riverside.example",
    ];
    let s = shown(&env.run_with(cmd, &args, None));
    assert_eq!(s["org"], ("riverside".into(), "flag --org".into()));
    assert_eq!(
        s["as"],
        ("nora@riverside.example".into(), "flag --as".into())
    );

    // the file's format, when neither a flag nor the environment gives one
    let run = env.run(&["config", "show"]);
    run.ok();
    assert!(
        run.stdout.starts_with("setting,value,source\n"),
        "{}",
        run.transcript()
    );
    assert!(
        run.stdout.contains("format,csv,config file\n"),
        "{}",
        run.transcript()
    );
}

#[test]
fn without_a_file_the_defaults_are_shown() {
    let env = TestEnv::new();
    let mut cmd = env.command();
    cmd.env_remove("CAREWARD_DB");
    let s = shown(&env.run_with(cmd, &["config", "show", "--format", "json"], None));
    let file = env.dir().join(".config/careward/config.toml");
    assert_eq!(
        s["config"],
        (
            file.display().to_string().into(),
            "default (not there)".into()
        )
    );
    let db = env.dir().join(".local/share/careward/careward.db");
    assert_eq!(s["db"], (db.display().to_string().into(), "default".into()));
    assert_eq!(s["org"], (Value::Null, "default".into()));
    assert_eq!(s["as"], (Value::Null, "default".into()));
    assert_eq!(s["format"], ("json".into(), "flag --format".into()));
    let run = env.run(&["config", "show"]);
    run.ok();
    assert!(run.stdout.contains("table"), "{}", run.transcript());
    assert!(!run.stdout.contains("flag"), "{}", run.transcript());
}

#[test]
fn commands_use_the_files_settings() {
    let env = TestEnv::org("clinic");
    write_config(
        &env,
        "as = \"admin@demo.org\"\nformat = \"json\"\norg = \"demo\"\n",
    );
    // no --as, no --format: the file's
    let run = env.run(&["member", "list"]);
    run.ok();
    assert_eq!(run.json()[0]["email"], "admin@demo.org");
    // the environment's format over the file's
    let mut cmd = env.command();
    cmd.env("CAREWARD_FORMAT", "csv");
    let run = env.run_with(cmd, &["member", "list"], None);
    run.ok().stdout_has("admin@demo.org");
    assert!(run.stdout.starts_with("email,"), "{}", run.transcript());
    // an organisation the file names that is not there is not found
    write_config(&env, "as = \"admin@demo.org\"\norg = \"elsewhere\"\n");
    env.run(&["member", "list"]).code(4);
}

#[test]
fn the_store_the_file_names_is_used() {
    let env = TestEnv::new();
    write_config(&env, "db = \"~/practice/cw.db\"\n");
    let mut cmd = env.command();
    cmd.env_remove("CAREWARD_DB");
    let args = [
        "org",
        "init",
        "solo",
        "--name",
        "Solo",
        "--kind",
        "clinic",
        "--policy",
        "group-practice",
        "--admin",
        "me@solo.example",
    ];
    env.run_with(cmd, &args, None).ok();
    assert!(env.dir().join("practice/cw.db").exists());
    assert!(!env.store_exists());
}

#[test]
fn a_bad_file_is_refused_with_its_line() {
    let env = TestEnv::new();
    let file = write_config(&env, "org = \"north\"\nformta = \"json\"\n");
    env.run(&["config", "show"])
        .code(6)
        .error(&format!(
            "{}:2: unknown field `formta`, expected one of `db`, `org`, `as`, `format`",
            file.display()
        ))
        .hint("the keys are db, org, as and format, such as: org = \"north\"");
    write_config(&env, "format = \"xml\"\n");
    env.run(&["config", "show"])
        .code(6)
        .stderr_has("format \"xml\" is not one of table, json, csv, yaml");
    // a file that CAREWARD_CONFIG names must be there
    let mut cmd = env.command();
    cmd.env("CAREWARD_CONFIG", env.dir().join("nowhere.toml"));
    env.run_with(cmd, &["config", "show"], None)
        .code(4)
        .stderr_has("no configuration file");
}
