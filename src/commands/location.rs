//! `careward location`: locations (schools, in a school organisation) and the members
//! assigned to them. A location links to records and reaches through `location` scopes:
//! a school's manager acts on the records and members of their schools.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Reply;
use super::grouping::{self, Gates};
use crate::session::Ctx;
use crate::store::GroupKind;

const GATES: Gates = Gates {
    kind: GroupKind::Location,
    manage: "location.manage",
    assign: "location.assign",
};

#[derive(Subcommand, Debug)]
pub enum LocationCommand {
    #[command(after_long_help = "Examples:\n  \
        careward location create maple --name \"Maple Elementary\"")]
    Create(CreateArgs),
    #[command(after_long_help = "Examples:\n  \
        careward location list\n  \
        careward location list --format json")]
    List(ListArgs),
    /// Show a location and who is assigned to it
    #[command(after_long_help = "Examples:\n  \
        careward location show maple")]
    Show(SlugArgs),
    #[command(after_long_help = "Examples:\n  \
        careward location edit maple --name \"Maple Elementary School\"\n  \
        careward location edit maple --active")]
    Edit(EditArgs),
    /// Archive a location (its records and members stay)
    #[command(after_long_help = "Examples:\n  \
        careward location archive maple")]
    Archive(SlugArgs),
    /// Assign a member to a location
    #[command(after_long_help = "Examples:\n  \
        careward location assign mae@north.example maple")]
    Assign(AssignArgs),
    /// Take a member off a location
    #[command(after_long_help = "Examples:\n  \
        careward location unassign mae@north.example maple")]
    Unassign(AssignArgs),
}

/// Create a location (a school, in a school organisation)
#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Short name: lower-case letters, digits, hyphens
    slug: String,
    /// The location's name
    #[arg(long)]
    name: String,
}

/// List the locations
#[derive(Args, Debug)]
pub struct ListArgs {
    /// Include archived locations
    #[arg(long)]
    all: bool,
}

/// A location, by slug
#[derive(Args, Debug)]
pub struct SlugArgs {
    /// The location's slug
    #[arg(add = super::completions::locations())]
    slug: String,
}

/// Rename a location, or bring an archived one back
#[derive(Args, Debug)]
pub struct EditArgs {
    /// The location's slug
    #[arg(add = super::completions::locations())]
    slug: String,
    /// The new name
    #[arg(long)]
    name: Option<String>,
    /// Make an archived location active again
    #[arg(long)]
    active: bool,
}

/// Assign a member to a location, or take them off it
#[derive(Args, Debug)]
pub struct AssignArgs {
    /// The member's email
    #[arg(add = super::completions::members())]
    email: String,
    /// The location's slug
    #[arg(add = super::completions::locations())]
    slug: String,
}

pub fn run(ctx: &Ctx, command: &LocationCommand) -> Result<Reply> {
    match command {
        LocationCommand::Create(a) => grouping::create(ctx, &GATES, a.slug.trim(), &a.name),
        LocationCommand::List(a) => grouping::list(ctx, GroupKind::Location, a.all),
        LocationCommand::Show(a) => grouping::show(ctx, GroupKind::Location, &a.slug),
        LocationCommand::Edit(a) => grouping::update(
            ctx,
            &GATES,
            &a.slug,
            a.name.as_deref(),
            a.active.then_some("active"),
        ),
        LocationCommand::Archive(a) => {
            grouping::update(ctx, &GATES, &a.slug, None, Some("archived"))
        }
        LocationCommand::Assign(a) => {
            grouping::set_members(ctx, &GATES, &a.slug, std::slice::from_ref(&a.email), true)
        }
        LocationCommand::Unassign(a) => {
            grouping::set_members(ctx, &GATES, &a.slug, std::slice::from_ref(&a.email), false)
        }
    }
}
