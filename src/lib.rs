//! careward: the access-control and administration backbone of a care practice.
//!
//! `run` builds the context from the global options and dispatches to the noun's
//! command file; every command on organisation data goes through [`session::Session`]
//! and its gate, [`policy`].

pub mod cli;
pub mod commands;
pub mod config;
pub mod csv_input;
pub mod error;
pub mod limits;
pub mod output;
pub mod policy;
pub mod session;
pub mod store;
pub mod terms;
pub mod when;
pub mod yaml_file;

use anyhow::Result;

use cli::{Cli, Command};
use commands::Reply;
use session::Ctx;

pub fn run(cli: Cli) -> Result<Reply> {
    let ctx = Ctx::new(cli.global)?;
    let result = dispatch(&ctx, &cli.command).map_err(|err| match ctx.store_location() {
        Ok(location) => store::explain_busy(err, &location, ctx.busy_timeout()),
        Err(_) => err,
    });
    // What is said to the user, in the words of the organisation's policy.
    let terms = ctx.terms.take();
    match result {
        Ok(mut reply) => {
            reply.note = reply.note.map(|n| terms.speak(&n));
            Ok(reply)
        }
        Err(mut err) => {
            if let Some(e) = err.downcast_mut::<error::Error>() {
                e.message = terms.speak(&e.message);
                e.hint = e.hint.as_deref().map(|h| terms.speak(h));
            }
            Err(err)
        }
    }
}

fn dispatch(ctx: &Ctx, command: &Command) -> Result<Reply> {
    match command {
        Command::Completions(c) => {
            // a shell script: the one format it has
            ctx.global
                .format
                .require("completions", &[output::Format::Table])?;
            commands::completions::run(c)
        }
        Command::Config(c) => commands::config::run(ctx, c),
        Command::Org(c) => commands::org::run(ctx, c),
        Command::Member(c) => commands::member::run(ctx, c),
        Command::Role(c) => commands::role::run(ctx, c),
        Command::Location(c) => commands::location::run(ctx, c),
        Command::Team(c) => commands::team::run(ctx, c),
        Command::Group(c) => commands::performer_group::run(ctx, c),
        Command::Pinpoint(c) => commands::library::run(ctx, "pinpoint", c),
        Command::Tag(c) => commands::library::run_tag(ctx, c),
        Command::JournalType(c) => commands::library::run(ctx, "journal-type", c),
        Command::Report(c) => commands::report::run(ctx, c),
        Command::View(c) => commands::org_view::run(ctx, c),
        Command::Record(c) => commands::record::run(ctx, c),
        Command::Assistant(c) => commands::assistant::run(ctx, c),
        Command::Entry(c) => commands::entry::run(ctx, c),
        Command::Note(c) => commands::note::run(ctx, c),
        Command::Space(c) => commands::space::run(ctx, c),
        Command::Perm(c) => commands::perm::run(ctx, c),
        Command::Policy(c) => commands::policy::run(ctx, c),
        Command::Audit(c) => commands::audit::run(ctx, c),
        Command::Store(c) => commands::store::run(ctx, c),
    }
}
