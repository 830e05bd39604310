//! `careward group`: groups of performers (behavior-charts' "Groups" section), for the
//! policies that declare `record_groups`. A tier granted on a group, to a member or a
//! team, reaches every performer in the group while they are in it: the policy engine
//! finds it among the performer's grants ([`crate::store::OrgFacts`]), so `perm check
//! --explain` names the group, and every command that checks a performer honours it.
//!
//! Granting a tier on a group is granting it on each of its performers, and so is
//! putting a performer in a shared group: both need what sharing that performer needs
//! (`record.share` on it), and the rule that no member changes their own access holds.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::record::{self, grantee};
use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{AccessChange, MemberStatus, TargetFacts};
use crate::session::{Ctx, Session};
use crate::store::{Grantee, GroupKind, RecordGroup};

#[derive(Subcommand, Debug)]
pub enum GroupCommand {
    Create(CreateArgs),
    List(ListArgs),
    Show(SlugArgs),
    /// Put performers in a group (they get the tiers granted on it)
    Add(PerformersArgs),
    /// Take performers out of a group (the tiers granted on it stop reaching them)
    Remove(PerformersArgs),
    Share(ShareArgs),
    Unshare(UnshareArgs),
}

/// Create a group of performers (Create Groups)
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward group create mornings --name \"Morning clinic\""
)]
pub struct CreateArgs {
    /// Short name: lower-case letters, digits, hyphens
    slug: String,
    /// The group's name
    #[arg(long)]
    name: String,
}

/// List the groups of performers, with how many of their performers you can see
#[derive(Args, Debug)]
#[command(after_long_help = "Examples:\n  careward group list --format json")]
pub struct ListArgs {}

/// Show a group: its performers that you can see, and its shares (to whoever manages groups)
#[derive(Args, Debug)]
#[command(after_long_help = "Examples:\n  careward group show mornings --format json")]
pub struct SlugArgs {
    /// The group's slug
    slug: String,
}

/// Put performers in a group, or take them out
//
// In a shared group this changes who reaches the performer: it needs record.share on
// each one, and is refused to a member the group is shared with.
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward group add mornings 3 7 ext:SIS-1042\n  careward group remove mornings 7"
)]
pub struct PerformersArgs {
    /// The group's slug
    slug: String,
    /// The performers: record numbers or ext:EXTERNAL-ID
    #[arg(required = true, value_name = "PERFORMER")]
    performers: Vec<String>,
}

/// Grant a tier on a group to a member or a team: it reaches every performer in the group
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward group share mornings --team technicians --level tier3\n  careward group share mornings --with parent@example.org --level tier4"
)]
pub struct ShareArgs {
    /// The group's slug
    slug: String,
    #[command(flatten)]
    who: WhoArgs,
    /// The tier: tier1, tier2, tier3 or tier4 (the policy's levels)
    #[arg(long)]
    level: String,
}

/// Take a tier on a group away from a member or a team
#[derive(Args, Debug)]
#[command(after_long_help = "Examples:\n  careward group unshare mornings --team technicians")]
pub struct UnshareArgs {
    /// The group's slug
    slug: String,
    #[command(flatten)]
    who: WhoArgs,
}

/// Whom a group share names: a member or a work team
#[derive(Args, Debug)]
pub struct WhoArgs {
    /// The member
    #[arg(
        long = "with",
        value_name = "EMAIL",
        required_unless_present = "team",
        conflicts_with = "team"
    )]
    with: Option<String>,
    /// The work team
    #[arg(long, value_name = "SLUG")]
    team: Option<String>,
}

pub fn run(ctx: &Ctx, command: &GroupCommand) -> Result<Reply> {
    match command {
        GroupCommand::Create(a) => create(ctx, a),
        GroupCommand::List(_) => list(ctx),
        GroupCommand::Show(a) => show(ctx, a),
        GroupCommand::Add(a) => set_performers(ctx, a, true),
        GroupCommand::Remove(a) => set_performers(ctx, a, false),
        GroupCommand::Share(a) => share(ctx, a),
        GroupCommand::Unshare(a) => unshare(ctx, a),
    }
}

/// The action that manages groups under the organisation's policy, or a refusal for a
/// policy that has no groups of performers.
pub fn manage_action(s: &Session) -> Result<String> {
    // whoever may not view the organisation is refused (and audited) before being
    // told what its policy has
    s.authorize("org.view", &TargetFacts::org())?;
    s.policy.record_groups.clone().ok_or_else(|| {
        Error::usage(format!(
            "policy {} has no groups of performers",
            s.policy.name
        ))
        .hinted("share records with a work team instead: careward record share ID --team SLUG --level LEVEL")
        .into()
    })
}

pub fn find(s: &Session, slug: &str) -> Result<RecordGroup> {
    let slug = slug.trim();
    s.tx.record_group(s.org.id, slug)?.ok_or_else(|| {
        s.missing(
            format!("group:{slug}"),
            Error::not_found(format!("no group {slug} in {}", s.org.slug))
                .hinted("list them with: careward group list"),
        )
    })
}

/// The performers of a group that the actor may view, and how many others there are.
fn visible_performers(s: &Session, g: &RecordGroup) -> Result<(Vec<i64>, usize)> {
    let mut shown = Vec::new();
    let mut hidden = 0;
    for number in s.tx.group_record_numbers(g.id)? {
        let visible = match s.tx.record_by_number(s.org.id, number)? {
            Some(r) => s.check("record.view", &r.target())?.decision().allowed,
            None => false,
        };
        if visible {
            shown.push(number);
        } else {
            hidden += 1;
        }
    }
    Ok((shown, hidden))
}

fn shares_json(s: &Session, g: &RecordGroup) -> Result<Value> {
    Ok(json!(
        s.tx.group_shares(g.id)?
            .iter()
            .map(|sh| json!({
                "with": sh.grantee_label(), "level": sh.level,
                "shared_by": sh.shared_by, "shared_at": sh.shared_at,
            }))
            .collect::<Vec<_>>()
    ))
}

fn create(ctx: &Ctx, args: &CreateArgs) -> Result<Reply> {
    let slug = args.slug.trim();
    crate::limits::slug(slug)?;
    let name = args.name.trim();
    crate::limits::name("--name", name)?;
    if name.is_empty() {
        return Err(Error::invalid("a group needs a name").into());
    }
    ctx.in_org(|s| {
        let action = manage_action(s)?;
        let target = TargetFacts {
            key: format!("group:{slug}"),
            ..TargetFacts::org()
        };
        let proof = s.authorize(&action, &target)?;
        if s.tx.record_group(s.org.id, slug)?.is_some() {
            return Err(Error::conflict(format!("group {slug} already exists"))
                .hinted(format!(
                    "choose another slug, or see it with: careward group show {slug}"
                ))
                .into());
        }
        s.tx.create_record_group(&proof, s.org.id, slug, name, &s.actor.label(), None)?;
        s.record(&proof, &target.key, json!({ "name": name }))?;
        let g = find(s, slug)?;
        Ok(Reply::from(Output::object(vec![
            ("slug", json!(g.slug)),
            ("name", json!(g.name)),
            ("created_by", json!(g.created_by)),
            ("created_at", json!(g.created_at)),
        ]))
        .noted(change_note(
            ctx.global.dry_run,
            format!("create group {slug}"),
        )))
    })
}

fn list(ctx: &Ctx) -> Result<Reply> {
    ctx.in_org(|s| {
        manage_action(s)?;
        s.authorize("org.view", &TargetFacts::org())?;
        let mut rows = Vec::new();
        for g in s.tx.record_groups(s.org.id)? {
            let (shown, _) = visible_performers(s, &g)?;
            rows.push(vec![json!(g.slug), json!(g.name), json!(shown.len())]);
        }
        Ok(Output::list(&["slug", "name", "performers"], rows).into())
    })
}

fn show(ctx: &Ctx, args: &SlugArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let action = manage_action(s)?;
        s.authorize("org.view", &TargetFacts::org())?;
        let g = find(s, &args.slug)?;
        let (shown, hidden) = visible_performers(s, &g)?;
        // who a group reaches is told to whoever manages groups or reads the audit trail
        let manages = s.check(&action, &g.target())?.decision().allowed
            || s.check("audit.view", &TargetFacts::org())?
                .decision()
                .allowed;
        let mut reply = Reply::from(Output::object(vec![
            ("slug", json!(g.slug)),
            ("name", json!(g.name)),
            ("performers", json!(shown)),
            (
                "shares",
                if manages {
                    shares_json(s, &g)?
                } else {
                    Value::Null
                },
            ),
            ("created_by", json!(g.created_by)),
            ("created_at", json!(g.created_at)),
        ]));
        if hidden > 0 {
            reply.note = Some(format!(
                "{hidden} performer{} you may not see left out",
                if hidden == 1 { "" } else { "s" }
            ));
        }
        Ok(reply)
    })
}

fn set_performers(ctx: &Ctx, args: &PerformersArgs, belongs: bool) -> Result<Reply> {
    ctx.in_org(|s| {
        let action = manage_action(s)?;
        let g = find(s, &args.slug)?;
        let proof = s.authorize(&action, &g.target())?;
        let shared = !s.tx.group_shares(g.id)?.is_empty();
        let mut rows = Vec::new();
        for id in &args.performers {
            let r = record::find(s, id)?;
            s.authorize("record.view", &r.target())?;
            if belongs && r.status != "active" {
                return Err(Error::conflict(format!(
                    "{} is {}: only active performers join a group",
                    r.key(),
                    r.status
                ))
                .into());
            }
            // In a shared group, joining or leaving changes who reaches the performer.
            if shared {
                let change = AccessChange::GroupMembership { group: g.id };
                s.authorize_access_change("record.share", &r.target(), change)?;
            }
            let changed =
                s.tx.set_group_record(&proof, &g, r.id, belongs, &s.actor.label())?;
            let outcome = match (changed, belongs) {
                (false, _) => "unchanged",
                (true, true) => "added",
                (true, false) => "removed",
            };
            if changed {
                s.record(
                    &proof,
                    &g.key(),
                    json!({ "performer": r.key(), "change": outcome }),
                )?;
            }
            rows.push(vec![json!(r.number), json!(outcome)]);
        }
        let verb = if belongs { "add to" } else { "remove from" };
        Ok(
            Reply::from(Output::list(&["performer", "outcome"], rows)).noted(change_note(
                ctx.global.dry_run,
                format!("{verb} group {}", g.slug),
            )),
        )
    })
}

/// The levels a group can be shared at: the policy's levels for records.
fn check_level(s: &Session, level: &str) -> Result<()> {
    let levels: Vec<&str> = s
        .policy
        .levels
        .values()
        .filter(|l| l.actions.iter().any(|a| a.starts_with("record.")))
        .map(|l| l.name.as_str())
        .collect();
    if levels.contains(&level) {
        Ok(())
    } else {
        Err(
            Error::invalid(format!("unknown level \"{level}\" for a group"))
                .hinted(format!("the levels are: {}", levels.join(", ")))
                .into(),
        )
    }
}

/// Changing a group's shares changes who reaches each of its performers: the actor must
/// be allowed that change on every one of them.
fn authorize_on_performers(s: &Session, g: &RecordGroup, who: Grantee) -> Result<usize> {
    let numbers = s.tx.group_record_numbers(g.id)?;
    for number in &numbers {
        if let Some(r) = s.tx.record_by_number(s.org.id, *number)? {
            s.authorize_access_change("record.share", &r.target(), AccessChange::Share(who))?;
        }
    }
    Ok(numbers.len())
}

fn share(ctx: &Ctx, args: &ShareArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let action = manage_action(s)?;
        let g = find(s, &args.slug)?;
        let proof = s.authorize(&action, &g.target())?;
        let (who, label, member) = grantee(s, args.who.with.as_ref(), args.who.team.as_ref())?;
        let level = args.level.trim();
        check_level(s, level)?;
        if let Some(m) = &member
            && !matches!(m.status, MemberStatus::Active | MemberStatus::Invited)
        {
            return Err(Error::conflict(format!(
                "{} is {}: they can reach nothing in the organisation",
                m.email, m.status
            ))
            .into());
        }
        if let Some(slug) = &args.who.team
            && super::grouping::find(s, GroupKind::Team, slug)?.status != "active"
        {
            return Err(Error::conflict(format!("team {slug} is archived")).into());
        }
        let performers = authorize_on_performers(s, &g, who)?;
        let before =
            s.tx.put_group_share(&proof, &g, who, level, &s.actor.label(), None)?;
        s.record(
            &proof,
            &g.key(),
            json!({ "with": label, "level": level, "replaced": before, "performers": performers }),
        )?;
        Ok(Reply::from(Output::object(vec![
            ("group", json!(g.slug)),
            ("with", json!(label)),
            ("level", json!(level)),
            ("previous_level", json!(before)),
            ("performers", json!(performers)),
        ]))
        .noted(change_note(
            ctx.global.dry_run,
            format!("share group {} with {label} at level {level}", g.slug),
        )))
    })
}

fn unshare(ctx: &Ctx, args: &UnshareArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let action = manage_action(s)?;
        let g = find(s, &args.slug)?;
        let proof = s.authorize(&action, &g.target())?;
        let (who, label, _) = grantee(s, args.who.with.as_ref(), args.who.team.as_ref())?;
        authorize_on_performers(s, &g, who)?;
        let removed = s.tx.delete_group_share(&proof, &g, who)?;
        if removed {
            s.record(&proof, &g.key(), json!({ "unshared": label }))?;
        }
        Ok(Reply::from(Output::object(vec![
            ("group", json!(g.slug)),
            ("with", json!(label)),
            ("removed", json!(removed)),
        ]))
        .noted(if removed {
            change_note(
                ctx.global.dry_run,
                format!("stop sharing group {} with {label}", g.slug),
            )
        } else {
            format!("group {} is not shared with {label}: nothing to do", g.slug)
        }))
    })
}
