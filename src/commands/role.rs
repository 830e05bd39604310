//! `careward role`: add and remove members' roles, one change at a time, and show what
//! the change gives and takes away (the permission delta, also on `--dry-run`).

use std::collections::BTreeSet;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{MemberStatus, TargetFacts};
use crate::session::{Ctx, Session};
use crate::store::{Member, MemberFilter};

#[derive(Subcommand, Debug)]
pub enum RoleCommand {
    #[command(after_long_help = "Examples:\n  \
        careward role assign sol@north.example coordinator\n  \
        # see what the member would gain and lose, change nothing\n  \
        careward role assign sol@north.example coordinator --principal coordinator \\\n      \
        --dry-run")]
    Assign(AssignArgs),
    #[command(after_long_help = "Examples:\n  \
        careward role remove sol@north.example coordinator")]
    Remove(RemoveArgs),
    #[command(after_long_help = "Examples:\n  \
        careward role list\n  \
        careward role list sol@north.example")]
    List(ListArgs),
}

/// Give a member one or more roles
#[derive(Args, Debug)]
pub struct AssignArgs {
    /// The member's email
    #[arg(add = super::completions::members())]
    email: String,
    /// The roles to add
    #[arg(required = true, value_name = "ROLE", add = super::completions::roles())]
    roles: Vec<String>,
    /// The member's principal role afterwards, when they hold several
    #[arg(long, value_name = "ROLE", add = super::completions::roles())]
    principal: Option<String>,
}

/// Take a role away from a member
#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// The member's email
    #[arg(add = super::completions::members())]
    email: String,
    /// The role to remove
    #[arg(add = super::completions::roles())]
    role: String,
    /// The member's principal role afterwards, when they still hold several
    #[arg(long, value_name = "ROLE", add = super::completions::roles())]
    principal: Option<String>,
}

/// List the policy's roles with their holders, or one member's roles
#[derive(Args, Debug)]
pub struct ListArgs {
    /// A member's email: show only their roles
    #[arg(add = super::completions::members())]
    email: Option<String>,
}

pub fn run(ctx: &Ctx, command: &RoleCommand) -> Result<Reply> {
    match command {
        RoleCommand::Assign(args) => assign(ctx, args),
        RoleCommand::Remove(args) => remove(ctx, args),
        RoleCommand::List(args) => list(ctx, args),
    }
}

fn assign(ctx: &Ctx, args: &AssignArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let member = s.member(&args.email)?;
        let mut roles = member.roles.clone();
        for role in &args.roles {
            let role = role.trim();
            if s.policy.role(role).is_none() {
                return Err(s.policy.unknown_role(role).into());
            }
            // A role of an exactly-one group (a user type, an access tier) replaces the
            // member's current role of that group.
            if let Some(group) = s.policy.group_of(role) {
                roles.retain(|r| r == role || !group.roles.contains(r));
            }
            roles.insert(role.to_string());
        }
        change_roles(ctx, s, &member, roles, args.principal.as_deref())
    })
}

fn remove(ctx: &Ctx, args: &RemoveArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let member = s.member(&args.email)?;
        let role = args.role.trim();
        if s.policy.role(role).is_none() {
            return Err(s.policy.unknown_role(role).into());
        }
        let mut roles = member.roles.clone();
        roles.remove(role);
        change_roles(ctx, s, &member, roles, args.principal.as_deref())
    })
}

fn change_roles(
    ctx: &Ctx,
    s: &Session,
    member: &Member,
    roles: BTreeSet<String>,
    principal: Option<&str>,
) -> Result<Reply> {
    let proof = s.authorize("role.assign", &member.target())?;
    if member.status == MemberStatus::Removed {
        return Err(
            Error::conflict(format!("{} has been removed", member.email))
                .hinted(format!(
                    "invite them again: careward member invite {}",
                    member.email
                ))
                .into(),
        );
    }
    // Keep the principal role while the member still holds it; a single role is its
    // own principal.
    let principal: Option<String> = match principal {
        Some(p) => Some(p.trim().to_string()),
        None if roles.len() == 1 => roles.first().cloned(),
        None => member.principal.clone().filter(|p| roles.contains(p)),
    };
    let unchanged = roles == member.roles && principal == member.principal;
    let before = s.policy.grants_of(&member.roles);
    let after = s.policy.grants_of(&roles);
    let text = |(action, scope, _): &(String, String, String)| format!("{action} on {scope}");
    let before_set: BTreeSet<String> = before.iter().map(text).collect();
    let after_set: BTreeSet<String> = after.iter().map(text).collect();
    let gained: Vec<&String> = after_set.difference(&before_set).collect();
    let lost: Vec<&String> = before_set.difference(&after_set).collect();
    let output = Output::object(vec![
        ("email", json!(member.email)),
        ("roles_before", json!(member.roles)),
        ("roles", json!(roles)),
        ("principal", json!(principal)),
        ("gained", json!(gained)),
        ("lost", json!(lost)),
        ("changed", json!(!unchanged)),
    ]);
    if unchanged {
        return Ok(Reply::from(output).noted(format!(
            "{} already holds exactly these roles: nothing to do",
            member.email
        )));
    }
    s.policy
        .check_roles(s.org.kind, &member.email, &roles, principal.as_deref())?;
    s.tx.set_roles(&proof, member, &roles, principal.as_deref())?;
    // Assignments end with the role that allowed them.
    let mut assignments_ended = 0;
    if let Some(rule) = &s.policy.constraints.assistance {
        let key = member.target().key;
        if !rule.assistant_roles.iter().any(|r| roles.contains(r)) {
            assignments_ended +=
                s.tx.unassign_assistant(&proof, member.id, &key, None, true)?;
        }
        if !rule.assisted_roles.iter().any(|r| roles.contains(r)) {
            assignments_ended += s.tx.unassign_therapist(&proof, member.id, &key)?;
        }
    }
    s.policy
        .check_min_holders(|role| s.tx.active_holders(s.org.id, role))?;
    s.check_reach(&member.email)?;
    s.record(
        &proof,
        &member.target().key,
        json!({
            "roles": [member.roles, roles], "principal": [member.principal, principal],
            "gained": gained, "lost": lost, "assistant_assignments_ended": assignments_ended,
        }),
    )?;
    Ok(Reply::from(output).noted(change_note(
        ctx.global.dry_run,
        format!(
            "change the roles of {} to {}",
            member.email,
            if roles.is_empty() {
                "none".to_string()
            } else {
                roles.iter().cloned().collect::<Vec<_>>().join(", ")
            }
        ),
    )))
}

fn list(ctx: &Ctx, args: &ListArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        if let Some(email) = &args.email {
            let member = s.member(email)?;
            s.authorize("member.view", &member.target())?;
            let rows = member
                .roles
                .iter()
                .map(|r| {
                    let desc = s
                        .policy
                        .role(r)
                        .map(|d| d.description.clone())
                        .unwrap_or_default();
                    vec![
                        json!(r),
                        json!(member.principal.as_deref() == Some(r.as_str())),
                        json!(desc),
                    ]
                })
                .collect();
            return Ok(Output::list(&["role", "principal", "description"], rows).into());
        }
        s.authorize("member.view", &TargetFacts::org())?;
        let members = s.tx.members(s.org.id, &MemberFilter::default())?;
        let rows = s
            .policy
            .roles
            .values()
            .filter(|r| r.allowed_in(s.org.kind))
            .map(|r| {
                let holders: Vec<&str> = members
                    .iter()
                    .filter(|m| m.status == MemberStatus::Active && m.roles.contains(&r.name))
                    .map(|m| m.email.as_str())
                    .collect();
                vec![
                    json!(r.name),
                    json!(r.description),
                    json!(holders.len()),
                    json!(holders),
                ]
            })
            .collect();
        Ok(
            Output::list(&["role", "description", "active_holders", "holders"], rows)
                .brief(&["role", "active_holders", "description"])
                .into(),
        )
    })
}
