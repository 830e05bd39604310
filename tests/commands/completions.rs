//! `careward completions`: the scripts in completions/ are current.

use crate::common::TestEnv;

#[test]
fn checked_in_completions_are_current() {
    let env = TestEnv::new();
    for (shell, file) in [
        ("bash", "careward.bash"),
        ("zsh", "careward.zsh"),
        ("fish", "careward.fish"),
    ] {
        let run = env.run(&["completions", shell]);
        run.ok();
        let path = format!("{}/completions/{file}", env!("CARGO_MANIFEST_DIR"));
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            run.stdout == checked_in,
            "completions/{file} is out of date; regenerate it with:\n  \
             for s in bash zsh fish; do cargo run -q -- completions $s > completions/careward.$s; done"
        );
        assert!(
            run.stdout.contains("record"),
            "{shell} completions name the record noun"
        );
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    TestEnv::new().run(&["completions", "tcsh"]).code(2);
}
