//! Help, man pages and static completions: every verb describes itself in its own words
//! and shows an example; the man pages in man/ and the scripts in completions/ are what
//! the command line generates today.
//!
//! `REGENERATE=1 cargo test --test cli generated_` rewrites man/ and completions/.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::CommandFactory;

use careward::cli::Cli;

use crate::common::TestEnv;

/// Every subcommand of the tree, by path ("record transfer accept"), with whether it
/// runs by itself (a leaf, or a command such as `record transfer ID` that also has
/// subcommands): those are the verbs.
fn commands() -> Vec<(String, bool)> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, bool)>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let path = format!("{prefix} {}", sub.get_name()).trim().to_string();
            let nested = sub.get_subcommands().any(|s| s.get_name() != "help");
            out.push((path.clone(), !nested || !sub.is_subcommand_required_set()));
            walk(sub, &path, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "", &mut out);
    out
}

/// The first line of `careward PATH --help`, and the whole text.
fn help(env: &TestEnv, path: &str) -> (String, String) {
    let mut args: Vec<&str> = path.split(' ').collect();
    args.push("--help");
    let run = env.run(&args);
    run.ok();
    let first = run.stdout.lines().next().unwrap_or_default().to_string();
    (first, run.stdout.clone())
}

#[test]
fn every_verb_has_its_own_description_and_an_example() {
    let env = TestEnv::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut verbs = 0;
    for (path, runs) in commands() {
        let (about, text) = help(&env, &path);
        assert!(
            !about.trim().is_empty() && !about.starts_with("Usage:"),
            "`careward {path} --help` starts with no description:\n{text}"
        );
        // A description is the verb's, not its argument's ("A record, by number…").
        if let Some(other) = seen.insert(about.clone(), path.clone()) {
            panic!("`{other}` and `{path}` have the same description: {about:?}");
        }
        if !runs {
            continue;
        }
        verbs += 1;
        let examples = text
            .split_once("\nExamples:\n")
            .map(|(_, e)| e)
            .unwrap_or_else(|| panic!("`careward {path} --help` has no Examples:\n{text}"));
        assert!(
            examples
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("careward {path}"))),
            "the examples of `careward {path}` never run it:\n{examples}"
        );
        // Examples fit an 80-column terminal (long commands go on with `\`).
        for line in examples.lines() {
            assert!(line.chars().count() <= 80, "{path}: {line:?} is too wide");
        }
        // `-h` is the summary: the examples are in the long help only.
        let mut args: Vec<&str> = path.split(' ').collect();
        args.push("-h");
        let short = env.run(&args);
        assert!(!short.stdout.contains("Examples:"), "{path} -h");
    }
    assert!(verbs > 70, "only {verbs} verbs found");
}

#[test]
fn a_verbs_own_options_come_before_the_global_ones() {
    let env = TestEnv::new();
    for (path, runs) in commands() {
        if !runs {
            continue;
        }
        let (_, text) = help(&env, &path);
        let (before, global) = text
            .split_once("\nGlobal options:\n")
            .unwrap_or_else(|| panic!("`careward {path} --help` has no Global options heading"));
        // the verb's own arguments and options (its description may name a global one)
        let own = before
            .split_once("\nUsage:")
            .map_or(before, |(_, rest)| rest);
        let own = own.split_once("\n\n").map_or(own, |(_, rest)| rest);
        for flag in ["--db", "--org", "--as", "--reason", "--format", "--dry-run"] {
            assert!(
                global.contains(&format!(" {flag} ")) || global.contains(&format!(" {flag}\n")),
                "{path}: {flag} is not under Global options"
            );
            assert!(
                !own.contains(&format!(" {flag} ")) && !own.contains(&format!(" {flag}\n")),
                "{path}: {flag} is listed before Global options"
            );
        }
    }
    // A verb's own options are in the first part.
    let (_, text) = help(&env, "record share");
    let (own, _) = text.split_once("\nGlobal options:\n").unwrap();
    assert!(own.contains("--level <LEVEL>"), "{own}");
}

/// Write `files` (name → content) into `dir` when REGENERATE is set; otherwise assert
/// that `dir` holds exactly them.
fn current(dir: &str, files: &BTreeMap<String, String>, how: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let on_disk = |dir: &PathBuf| -> BTreeMap<String, String> {
        std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        (name, std::fs::read_to_string(e.path()).unwrap_or_default())
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    if std::env::var_os("REGENERATE").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for name in on_disk(&dir).keys().filter(|n| !files.contains_key(*n)) {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let checked_in = on_disk(&dir);
    let stale: Vec<_> = files
        .iter()
        .filter(|(name, text)| checked_in.get(*name) != Some(text))
        .map(|(name, _)| name.as_str())
        .chain(
            checked_in
                .keys()
                .filter(|n| !files.contains_key(*n))
                .map(String::as_str),
        )
        .collect();
    assert!(
        stale.is_empty(),
        "{} is out of date ({}); regenerate it with:\n  {how}",
        dir.display(),
        stale.join(", ")
    );
}

/// One man page per command (`careward-record-share.1`), as clap_mangen writes them.
fn man_pages() -> BTreeMap<String, String> {
    fn walk(cmd: &clap::Command, out: &mut BTreeMap<String, String>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out);
        }
        // The footer names the program, not the subcommand ("share 0.1.0").
        let man = clap_mangen::Man::new(cmd.clone())
            .source(format!("careward {}", env!("CARGO_PKG_VERSION")))
            .manual("careward manual");
        let mut page = Vec::new();
        man.render(&mut page).unwrap();
        out.insert(man.get_filename(), String::from_utf8(page).unwrap());
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = BTreeMap::new();
    walk(&cmd, &mut out);
    out
}

#[test]
fn generated_man_pages_are_current() {
    let pages = man_pages();
    for page in [
        "careward.1",
        "careward-record-share.1",
        "careward-record-transfer-accept.1",
    ] {
        assert!(pages.contains_key(page), "{page}: {:?}", pages.keys());
    }
    assert!(
        pages["careward-record-delete.1"].contains("careward record delete 42"),
        "a page carries its examples"
    );
    current(
        "man",
        &pages,
        "REGENERATE=1 cargo test --test cli generated_man_pages_are_current",
    );
}

#[test]
fn generated_completions_are_current() {
    let env = TestEnv::new();
    let mut scripts = BTreeMap::new();
    for shell in ["bash", "zsh", "fish"] {
        let run = env.run(&["completions", shell]);
        run.ok();
        assert!(
            run.stdout.contains("record"),
            "{shell} completions name the record noun"
        );
        scripts.insert(format!("careward.{shell}"), run.stdout.clone());
    }
    current(
        "completions",
        &scripts,
        "REGENERATE=1 cargo test --test cli generated_completions_are_current",
    );
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    TestEnv::new().run(&["completions", "tcsh"]).code(2);
}
