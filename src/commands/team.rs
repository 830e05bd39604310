//! `careward team`: work teams. A record shared with a team reaches every member of it,
//! and a change to the team applies at once: someone taken out of a team loses every
//! record shared with it.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Reply;
use super::grouping::{self, Gates};
use crate::session::Ctx;
use crate::store::GroupKind;

const GATES: Gates = Gates {
    kind: GroupKind::Team,
    manage: "team.manage",
    assign: "team.manage",
};

#[derive(Subcommand, Debug)]
pub enum TeamCommand {
    #[command(after_long_help = "Examples:\n  \
        careward team create tsa --name \"Autism team\"")]
    Create(CreateArgs),
    #[command(after_long_help = "Examples:\n  \
        careward team list")]
    List(ListArgs),
    /// Show a team and its members
    #[command(after_long_help = "Examples:\n  \
        careward team show tsa")]
    Show(SlugArgs),
    #[command(after_long_help = "Examples:\n  \
        careward team add tsa sol@north.example pia@north.example")]
    Add(MembersArgs),
    #[command(after_long_help = "Examples:\n  \
        careward team remove tsa pia@north.example")]
    Remove(RemoveArgs),
    #[command(after_long_help = "Examples:\n  \
        careward team rename tsa \"Autism spectrum team\"")]
    Rename(RenameArgs),
    /// Archive a team: its shares stop reaching its members
    #[command(after_long_help = "Examples:\n  \
        careward team archive tsa")]
    Archive(SlugArgs),
}

/// Create a work team
#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Short name: lower-case letters, digits, hyphens
    slug: String,
    /// The team's name
    #[arg(long)]
    name: String,
}

/// List the work teams
#[derive(Args, Debug)]
pub struct ListArgs {
    /// Include archived teams
    #[arg(long)]
    all: bool,
}

/// A team, by slug
#[derive(Args, Debug)]
pub struct SlugArgs {
    /// The team's slug
    #[arg(add = super::completions::teams())]
    slug: String,
}

/// Add members to a team
#[derive(Args, Debug)]
pub struct MembersArgs {
    /// The team's slug
    #[arg(add = super::completions::teams())]
    slug: String,
    /// The members' emails
    #[arg(required = true, value_name = "EMAIL", add = super::completions::members())]
    emails: Vec<String>,
}

/// Take a member out of a team
#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// The team's slug
    #[arg(add = super::completions::teams())]
    slug: String,
    /// The member's email
    #[arg(add = super::completions::members())]
    email: String,
}

/// Rename a team
#[derive(Args, Debug)]
pub struct RenameArgs {
    /// The team's slug
    #[arg(add = super::completions::teams())]
    slug: String,
    /// The new name
    name: String,
}

pub fn run(ctx: &Ctx, command: &TeamCommand) -> Result<Reply> {
    match command {
        TeamCommand::Create(a) => grouping::create(ctx, &GATES, a.slug.trim(), &a.name),
        TeamCommand::List(a) => grouping::list(ctx, GroupKind::Team, a.all),
        TeamCommand::Show(a) => grouping::show(ctx, GroupKind::Team, &a.slug),
        TeamCommand::Add(a) => grouping::set_members(ctx, &GATES, &a.slug, &a.emails, true),
        TeamCommand::Remove(a) => {
            grouping::set_members(ctx, &GATES, &a.slug, std::slice::from_ref(&a.email), false)
        }
        TeamCommand::Rename(a) => grouping::update(ctx, &GATES, &a.slug, Some(&a.name), None),
        TeamCommand::Archive(a) => grouping::update(ctx, &GATES, &a.slug, None, Some("archived")),
    }
}
