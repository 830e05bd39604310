//! `careward perm`: ask the policy. `check` answers about the acting member and calls the
//! very `authorize` the commands use, so it cannot disagree with what they enforce;
//! `who-can` reveals other people's access, so the policy gates it.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::{Reply, resolve_target};
use crate::output::Output;
use crate::policy::{Actor, Decision, MemberStatus, TargetFacts};
use crate::session::Ctx;
use crate::store::MemberFilter;

#[derive(Subcommand, Debug)]
pub enum PermCommand {
    Check(CheckArgs),
    List(ListArgs),
    WhoCan(WhoCanArgs),
}

/// May the acting member do ACTION to TARGET? Exit 0 if allowed, 3 if denied
#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The action, noun.verb (record.read, member.invite, …)
    action: String,
    /// The target: org (the default) or member:EMAIL
    target: Option<String>,
    /// Print the reasons that decided it
    #[arg(long)]
    explain: bool,
}

/// List what the acting member's roles grant
#[derive(Args, Debug)]
pub struct ListArgs {}

/// List the members who may do ACTION to TARGET
#[derive(Args, Debug)]
pub struct WhoCanArgs {
    /// The action, noun.verb
    action: String,
    /// The target: org or member:EMAIL
    target: String,
}

pub fn run(ctx: &Ctx, command: &PermCommand) -> Result<Reply> {
    match command {
        PermCommand::Check(args) => check(ctx, args),
        PermCommand::List(args) => list(ctx, args),
        PermCommand::WhoCan(args) => who_can(ctx, args),
    }
}

fn decision_output(d: &Decision, explain: bool) -> Output {
    let mut fields = vec![
        ("allowed", json!(d.allowed)),
        ("actor", json!(d.actor)),
        ("action", json!(d.action)),
        ("target", json!(d.target)),
        ("reason", json!(d.reason)),
    ];
    if explain {
        fields.push(("chain", json!(d.chain)));
        fields.push(("denial", json!(d.denial)));
        fields.push(("nearest", json!(d.nearest)));
    }
    Output::object(fields)
}

fn check(ctx: &Ctx, args: &CheckArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let target = resolve_target(s, args.target.as_deref())?;
        let verdict = s.check(args.action.trim(), &target)?;
        let d = verdict.decision();
        Ok(Reply {
            output: decision_output(d, args.explain),
            note: None,
            exit: if d.allowed { 0 } else { 3 },
        })
    })
}

fn list(ctx: &Ctx, _args: &ListArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let rows = match &s.actor {
            Actor::Member(m) => {
                if m.status != MemberStatus::Active {
                    // the same answer the gate gives every request of theirs
                    s.authorize("org.view", &TargetFacts::org())?;
                }
                s.policy
                    .grants_of(&m.roles)
                    .into_iter()
                    .map(|(action, scope, role)| vec![json!(action), json!(scope), json!(role)])
                    .collect()
            }
            Actor::Support { .. } => s
                .policy
                .support
                .iter()
                .map(|a| vec![json!(a), json!("org"), json!("support")])
                .collect(),
            Actor::Outsider { .. } => {
                s.authorize("org.view", &TargetFacts::org())?;
                Vec::new()
            }
        };
        Ok(Output::list(&["action", "scope", "via"], rows).into())
    })
}

fn who_can(ctx: &Ctx, args: &WhoCanArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let target = resolve_target(s, Some(&args.target))?;
        // Revealing others' access is reading the organisation's access record.
        s.authorize("audit.view", &TargetFacts::org())?;
        let action = args.action.trim();
        // validates the action for everyone at once
        s.check(action, &target)?;
        let mut rows = Vec::new();
        for m in s.tx.members(s.org.id, &MemberFilter::default())? {
            let verdict = s
                .policy
                .authorize(s.tx, &Actor::Member(m.facts()), action, &target)?;
            let d = verdict.decision();
            if d.allowed {
                rows.push(vec![json!(m.email), json!(m.roles), json!(d.reason)]);
            }
        }
        Ok(Output::list(&["email", "roles", "reason"], rows).into())
    })
}
