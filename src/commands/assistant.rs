//! `careward assistant`: who assists whom. An assistant is assigned to the whole
//! organisation or to specific therapists, acts on their behalf through the policy's
//! `assigned` scope, and a therapist has at most the policy's number of dedicated
//! assistants. Which roles may assist and be assisted is the policy's (`assistance`).

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{MemberStatus, TargetFacts};
use crate::session::{Ctx, Session};
use crate::store::{Member, MemberFilter};

#[derive(Subcommand, Debug)]
pub enum AssistantCommand {
    #[command(after_long_help = "Examples:\n  \
        careward assistant assign intake@riverside.example --org-wide\n  \
        careward assistant assign intake@riverside.example --to \\\n      \
        dr.osei@riverside.example")]
    Assign(AssignArgs),
    #[command(after_long_help = "Examples:\n  \
        careward assistant unassign intake@riverside.example --from \\\n      \
        dr.osei@riverside.example\n  \
        careward assistant unassign intake@riverside.example")]
    Unassign(UnassignArgs),
    #[command(after_long_help = "Examples:\n  \
        careward assistant list")]
    List(ListArgs),
    #[command(after_long_help = "Examples:\n  \
        careward assistant candidates intake@riverside.example")]
    Candidates(CandidatesArgs),
}

/// Assign an assistant to the whole organisation or to specific therapists
#[derive(Args, Debug)]
pub struct AssignArgs {
    /// The assistant's email
    #[arg(add = super::completions::members())]
    assistant: String,
    /// Assist every therapist of the organisation
    #[arg(long, conflicts_with = "to", required_unless_present = "to")]
    org_wide: bool,
    /// Assist these therapists (each may have only one dedicated assistant)
    #[arg(long, value_name = "EMAIL", num_args = 1.., add = super::completions::members())]
    to: Vec<String>,
}

/// Take an assistant off some therapists, or off everything
#[derive(Args, Debug)]
pub struct UnassignArgs {
    /// The assistant's email
    #[arg(add = super::completions::members())]
    assistant: String,
    /// Only these therapists [default: every assignment, org-wide included]
    #[arg(long, value_name = "EMAIL", num_args = 1.., add = super::completions::members())]
    from: Vec<String>,
}

/// List the assistant assignments
#[derive(Args, Debug)]
pub struct ListArgs {}

/// List the therapists this assistant can still be assigned to
#[derive(Args, Debug)]
pub struct CandidatesArgs {
    /// The assistant's email
    #[arg(add = super::completions::members())]
    assistant: String,
}

pub fn run(ctx: &Ctx, command: &AssistantCommand) -> Result<Reply> {
    match command {
        AssistantCommand::Assign(a) => assign(ctx, a),
        AssistantCommand::Unassign(a) => unassign(ctx, a),
        AssistantCommand::List(a) => list(ctx, a),
        AssistantCommand::Candidates(a) => candidates(ctx, a),
    }
}

fn no_assistants(s: &Session) -> Result<()> {
    if s.policy.constraints.assistance.is_none() {
        return Err(Error::conflict(format!("policy {} has no assistants", s.policy.name)).into());
    }
    Ok(())
}

fn usable(m: &Member) -> Result<()> {
    if matches!(m.status, MemberStatus::Active | MemberStatus::Invited) {
        Ok(())
    } else {
        Err(Error::conflict(format!("{} is {}", m.email, m.status))
            .hinted(format!(
                "reactivate them first: careward member reactivate {}",
                m.email
            ))
            .into())
    }
}

fn assign(ctx: &Ctx, args: &AssignArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let assistant = s.member(&args.assistant)?;
        let key = assistant.target().key;
        let proof = s.authorize("assistant.assign", &assistant.target())?;
        no_assistants(s)?;
        usable(&assistant)?;
        s.policy.check_assistance(&assistant.facts(), None, &[])?;
        let by = s.actor.label();
        let mut rows: Vec<Vec<Value>> = Vec::new();
        if args.org_wide {
            // Org-wide and dedicated assignments exclude each other: org-wide replaces.
            let dropped = s.tx.unassign_dedicated(&proof, assistant.id, &key)?;
            let changed =
                s.tx.assign_assistant(&proof, assistant.id, &key, None, &by)?;
            if changed {
                s.record(
                    &proof,
                    &key,
                    json!({ "assigned": "org-wide", "dedicated_removed": dropped }),
                )?;
            }
            let outcome = match (changed, dropped) {
                (false, _) => "unchanged".to_string(),
                (true, 0) => "assigned".to_string(),
                (true, 1) => "replaced 1 dedicated assignment".to_string(),
                (true, n) => format!("replaced {n} dedicated assignments"),
            };
            rows.push(vec![
                json!(assistant.email),
                json!("org-wide"),
                json!(outcome),
            ]);
        } else {
            let was_org_wide =
                s.tx.unassign_assistant(&proof, assistant.id, &key, None, false)? > 0;
            // the first new assignment is the one that replaced the org-wide one
            let mut replacing = was_org_wide;
            for email in &args.to {
                let therapist = s.member(email)?;
                usable(&therapist)?;
                let current = s.tx.dedicated_assistants(therapist.id)?;
                s.policy.check_assistance(
                    &assistant.facts(),
                    Some(&therapist.facts()),
                    &current,
                )?;
                let changed =
                    s.tx.assign_assistant(&proof, assistant.id, &key, Some(therapist.id), &by)?;
                if changed {
                    s.record(
                        &proof,
                        &key,
                        json!({ "assigned": therapist.email, "org_wide_removed": was_org_wide }),
                    )?;
                }
                let outcome = match changed {
                    false => "unchanged",
                    true if std::mem::take(&mut replacing) => "replaced org-wide assignment",
                    true => "assigned",
                };
                rows.push(vec![
                    json!(assistant.email),
                    json!(therapist.email),
                    json!(outcome),
                ]);
            }
        }
        let note = if rows.iter().all(|r| r[2] == "unchanged") {
            format!(
                "{} already assists as asked: nothing to do",
                assistant.email
            )
        } else {
            change_note(
                ctx.global.dry_run,
                format!("assign assistant {}", assistant.email),
            )
        };
        Ok(Reply::from(Output::list(&["assistant", "assists", "outcome"], rows)).noted(note))
    })
}

fn unassign(ctx: &Ctx, args: &UnassignArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let assistant = s.member(&args.assistant)?;
        let key = assistant.target().key;
        let proof = s.authorize("assistant.assign", &assistant.target())?;
        no_assistants(s)?;
        let mut rows = Vec::new();
        if args.from.is_empty() {
            let n =
                s.tx.unassign_assistant(&proof, assistant.id, &key, None, true)?;
            if n > 0 {
                s.record(
                    &proof,
                    &key,
                    json!({ "unassigned": "all", "assignments": n }),
                )?;
            }
            rows.push(vec![json!(assistant.email), json!("all"), json!(n)]);
        } else {
            for email in &args.from {
                let therapist = s.member(email)?;
                let n =
                    s.tx.unassign_assistant(&proof, assistant.id, &key, Some(therapist.id), false)?;
                if n > 0 {
                    s.record(&proof, &key, json!({ "unassigned": therapist.email }))?;
                }
                rows.push(vec![
                    json!(assistant.email),
                    json!(therapist.email),
                    json!(n),
                ]);
            }
        }
        Ok(
            Reply::from(Output::list(&["assistant", "from", "removed"], rows)).noted(change_note(
                ctx.global.dry_run,
                format!("unassign assistant {}", assistant.email),
            )),
        )
    })
}

fn list(ctx: &Ctx, _args: &ListArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        s.authorize("member.view", &TargetFacts::org())?;
        let rows =
            s.tx.assignments(s.org.id)?
                .into_iter()
                .map(|a| {
                    vec![
                        json!(a.assistant),
                        json!(if a.therapist.is_some() {
                            "dedicated"
                        } else {
                            "org-wide"
                        }),
                        json!(a.therapist),
                        json!(a.assigned_by),
                        json!(a.assigned_at),
                    ]
                })
                .collect();
        Ok(Output::list(
            &[
                "assistant",
                "scope",
                "therapist",
                "assigned_by",
                "assigned_at",
            ],
            rows,
        )
        .brief(&["assistant", "scope", "therapist", "assigned_at"])
        .into())
    })
}

/// "Therapists already assigned to another assistant won't appear in the selection list
/// when assigning."
fn candidates(ctx: &Ctx, args: &CandidatesArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let assistant = s.member(&args.assistant)?;
        s.authorize("assistant.assign", &assistant.target())?;
        no_assistants(s)?;
        s.policy.check_assistance(&assistant.facts(), None, &[])?;
        let mut rows = Vec::new();
        for m in s.tx.members(s.org.id, &MemberFilter::default())? {
            if !matches!(m.status, MemberStatus::Active | MemberStatus::Invited)
                || m.id == assistant.id
            {
                continue;
            }
            let current = s.tx.dedicated_assistants(m.id)?;
            if s.policy
                .check_assistance(&assistant.facts(), Some(&m.facts()), &current)
                .is_ok()
            {
                let already = current.contains(&assistant.email);
                rows.push(vec![
                    json!(m.email),
                    json!(m.name),
                    json!(m.roles),
                    json!(already),
                ]);
            }
        }
        Ok(Output::list(&["email", "name", "roles", "already_assigned"], rows).into())
    })
}
