//! `careward completions SHELL`: shell completion scripts, generated from the command
//! line's own definition (completions/ holds them, checked to be current by a test).

use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Reply;
use crate::cli::Cli;
use crate::output::Output;

/// Print a shell completion script (bash, zsh, fish, elvish, powershell)
#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell
    shell: Shell,
}

pub fn run(args: &CompletionsArgs) -> Result<Reply> {
    Ok(Output::Text(script(args.shell)?).into())
}

/// The completion script for a shell.
pub fn script(shell: Shell) -> Result<String> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "careward", &mut buf);
    Ok(String::from_utf8(buf)?)
}
