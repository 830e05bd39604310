//! The README's tour is a test: its ```sh blocks run in order, as one shell session,
//! against a temporary store, with the `careward` this test suite built first on the
//! PATH. A command must exit 0 unless the comment on its last line starts with
//! `# exit N`, and then it must exit exactly N. Blocks written ```` ```sh setup ```` are
//! for the reader's machine (building, a store of their own) and are not run: the test
//! gives the tour its own store (CAREWARD_DB) in a temporary folder, which is also the
//! working directory, with `fixtures/` linked into it.

use std::path::Path;
use std::process::Command;

use crate::common::TestEnv;

/// One command of the tour: where it starts in README.md, its text (continued lines
/// included) and the exit code it must end with.
#[derive(Debug, PartialEq)]
struct Step {
    line: usize,
    text: String,
    exit: i32,
}

/// The commands of the README's ```sh blocks, but for ```sh setup ones.
fn steps(readme: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut block: Option<bool> = None; // inside a block: whether it runs
    let mut current: Vec<&str> = Vec::new();
    let mut start = 0;
    for (n, line) in readme.lines().enumerate() {
        let trimmed = line.trim();
        match block {
            None => {
                if let Some(info) = trimmed.strip_prefix("```")
                    && !info.is_empty()
                {
                    let mut words = info.split_whitespace();
                    let sh = words.next() == Some("sh");
                    block = Some(sh && words.next() != Some("setup"));
                }
                continue;
            }
            Some(_) if trimmed == "```" => {
                assert!(
                    current.is_empty(),
                    "README.md:{start}: a block ends inside a command"
                );
                block = None;
                continue;
            }
            Some(false) => continue,
            Some(true) => {}
        }
        if current.is_empty() {
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            start = n + 1;
        }
        current.push(line);
        if line.trim_end().ends_with('\\') {
            continue;
        }
        steps.push(Step {
            line: start,
            text: current.join("\n"),
            exit: expected_exit(line),
        });
        current.clear();
    }
    steps
}

/// `# exit N` at the start of a line's comment: N; else 0.
fn expected_exit(line: &str) -> i32 {
    line.split_once(" # ")
        .and_then(|(_, comment)| comment.trim().strip_prefix("exit "))
        .and_then(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .unwrap_or(0)
}

/// The shell script that runs the steps in order and stops at the first that does
/// not end as the README says.
fn script(steps: &[Step]) -> String {
    let mut out = String::from("set -o pipefail\n");
    for step in steps {
        out.push_str(&format!(
            "echo '>>> README.md:{line}'\n{text}\nrc=$?\nif [ \"$rc\" -ne {exit} ]; then\n  \
             echo \"README.md:{line}: exit $rc, expected {exit}\" >&2\n  exit 97\nfi\n",
            line = step.line,
            text = step.text,
            exit = step.exit
        ));
    }
    out
}

#[test]
fn the_readme_tour_runs_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let steps = steps(&readme);
    assert!(steps.len() > 50, "the tour has {} commands", steps.len());
    assert!(
        steps.iter().any(|s| s.exit != 0),
        "the tour shows no refusal"
    );
    // the set-up commands stay in the reader's hands
    assert!(
        !steps
            .iter()
            .any(|s| s.text.contains("cargo ") || s.text.contains("demo.sh")),
        "a set-up command is not marked ```sh setup"
    );

    // the test's store: a file in its folder, or its PostgreSQL database
    let env = TestEnv::new();
    let dir = env.dir();
    std::os::unix::fs::symlink(root.join("fixtures"), dir.join("fixtures"))
        .expect("fixtures linked");
    let bin = Path::new(env!("CARGO_BIN_EXE_careward"))
        .parent()
        .expect("the binary's folder");
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("a PATH");
    let out = Command::new("bash")
        .arg("-c")
        .arg(script(&steps))
        .current_dir(dir)
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir)
        .env("USER", "tester")
        .env("TZ", "UTC")
        .env("CAREWARD_DB", env.store_url())
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the tour stopped:\n{}\n--- stderr ---\n{}",
        tail(&stdout, 60),
        tail(&stderr, 30)
    );
    // every step ran
    assert_eq!(stdout.matches(">>> README.md:").count(), steps.len());
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[test]
fn steps_are_read_with_their_continuations_and_expected_exits() {
    let readme = "text\n```sh setup\ncargo test\n```\n```yaml\na: 1\n```\n```sh\n\
                  # a comment\nexport X=1   # why\ncareward a \\\n  --b c   # exit 3: denied\n\
                  careward d # exit 0\n```\n";
    assert_eq!(
        steps(readme),
        [
            Step {
                line: 10,
                text: "export X=1   # why".into(),
                exit: 0
            },
            Step {
                line: 11,
                text: "careward a \\\n  --b c   # exit 3: denied".into(),
                exit: 3
            },
            Step {
                line: 13,
                text: "careward d # exit 0".into(),
                exit: 0
            },
        ]
    );
}
