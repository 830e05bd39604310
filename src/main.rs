//! The careward binary: parse, run, print, and pick the exit code (README "Exit codes").

use std::io::{self, Write};
use std::process::ExitCode;

use careward::cli::Cli;
use careward::error;
use careward::output::{View, terminal_safe};

fn main() -> ExitCode {
    let mut cli = Cli::parse_command_line();
    if let Err(err) = careward::config::apply(&mut cli.global) {
        return failed(&err.into());
    }
    let view = View::of_stdout(cli.global.format, cli.global.wide);
    let quiet = cli.global.quiet;
    match careward::run(cli) {
        Ok(reply) => {
            if !quiet {
                // Render first, then write: serde_json and serde_norway hide the io::Error
                // of a closed pipe inside their own errors, where it cannot be recognised.
                let mut rendered = Vec::new();
                let written = reply.output.render(&view, &mut rendered).and_then(|_| {
                    let mut out = io::stdout().lock();
                    out.write_all(&rendered)?;
                    Ok(out.flush()?)
                });
                if let Err(err) = written {
                    // `careward member list | head` closing the pipe is not an error.
                    if !is_broken_pipe(&err) {
                        eprintln!("error: cannot write the output: {err:#}");
                        return ExitCode::from(1);
                    }
                }
                if let Some(note) = reply.note {
                    eprintln!("{}", terminal_safe(&note, true));
                }
            }
            ExitCode::from(reply.exit)
        }
        Err(err) => failed(&err),
    }
}

/// Print an error and its hint, and pick its exit code.
fn failed(err: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    // Messages quote names and cells, which may hold control characters.
    eprintln!("error: {}", terminal_safe(&format!("{err:#}"), true));
    if let Some(hint) = error::find(err).and_then(|e| e.hint.as_ref()) {
        eprintln!("hint: {}", terminal_safe(hint, true));
    }
    ExitCode::from(error::exit_code(err))
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}
