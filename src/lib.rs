//! careward: the access-control and administration backbone of a care practice.
//!
//! `run` builds the context from the global options and dispatches to the noun's
//! command file; every command on organisation data goes through [`session::Session`]
//! and its gate, [`policy`].

pub mod cli;
pub mod commands;
pub mod csv_input;
pub mod error;
pub mod output;
pub mod policy;
pub mod session;
pub mod store;

use anyhow::Result;

use cli::{Cli, Command};
use commands::Reply;
use session::Ctx;

pub fn run(cli: Cli) -> Result<Reply> {
    let ctx = Ctx::new(cli.global)?;
    match &cli.command {
        Command::Org(c) => commands::org::run(&ctx, c),
        Command::Member(c) => commands::member::run(&ctx, c),
        Command::Role(c) => commands::role::run(&ctx, c),
        Command::Perm(c) => commands::perm::run(&ctx, c),
        Command::Policy(c) => commands::policy::run(&ctx, c),
        Command::Audit(c) => commands::audit::run(&ctx, c),
    }
}
