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
    Create(CreateArgs),
    List(ListArgs),
    Show(SlugArgs),
    Add(MembersArgs),
    Remove(RemoveArgs),
    Rename(RenameArgs),
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
    slug: String,
}

/// Add members to a team
#[derive(Args, Debug)]
pub struct MembersArgs {
    /// The team's slug
    slug: String,
    /// The members' emails
    #[arg(required = true, value_name = "EMAIL")]
    emails: Vec<String>,
}

/// Take a member out of a team
#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// The team's slug
    slug: String,
    /// The member's email
    email: String,
}

/// Rename a team
#[derive(Args, Debug)]
pub struct RenameArgs {
    /// The team's slug
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
