//! `careward note`: approving the notes of supervised members (interns, doctoral
//! students). On a share that requires approval, the member's submitted notes wait in
//! `pending-approval` until the record's owner approves them; both signatures are kept.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::entry::{entry_fields, find};
use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::TargetFacts;
use crate::session::Ctx;

#[derive(Subcommand, Debug)]
pub enum NoteCommand {
    #[command(after_long_help = "Examples:\n  \
        careward note approve 7 --as sol@north.example")]
    Approve(ApproveArgs),
    #[command(after_long_help = "Examples:\n  \
        careward note pending")]
    Pending(PendingArgs),
}

/// Approve (co-sign) a note waiting for your approval
#[derive(Args, Debug)]
pub struct ApproveArgs {
    /// The note's entry id
    id: i64,
}

/// List the notes waiting for your approval, and yours waiting for someone's
#[derive(Args, Debug)]
pub struct PendingArgs {}

pub fn run(ctx: &Ctx, command: &NoteCommand) -> Result<Reply> {
    match command {
        NoteCommand::Approve(a) => approve(ctx, a),
        NoteCommand::Pending(a) => pending(ctx, a),
    }
}

fn approve(ctx: &Ctx, args: &ApproveArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let e = find(s, args.id)?;
        let proof = s.authorize("note.approve", &e.target())?;
        // a previous owner's archived copy "cannot be changed"
        if e.record.read_only {
            return Err(Error::conflict(format!(
                "{} is in {}, a read-only archived copy kept after a transfer: it can be read, never changed",
                e.key(),
                e.record.key()
            ))
            .into());
        }
        let me = s.actor.label();
        if e.author == me {
            return Err(Error::conflict(format!(
                "{} is your own note: a note is approved by someone else",
                e.key()
            ))
            .hinted("the record's owner approves the notes of the members they supervise")
            .into());
        }
        match e.status.as_str() {
            "pending-approval" => {}
            "draft" => {
                return Err(Error::conflict(format!(
                    "{} is a draft: drafts do not ask for approval",
                    e.key()
                ))
                .hinted("its author submits it first: careward entry submit ID")
                .into());
            }
            "approved" => {
                return Err(Error::conflict(format!(
                    "{} is already approved by {}",
                    e.key(),
                    e.approved_by.clone().unwrap_or_default()
                ))
                .into());
            }
            _ => {
                return Err(Error::conflict(format!(
                    "{} needs no approval: its author's share does not require it",
                    e.key()
                ))
                .into());
            }
        }
        s.tx.approve_entry(&proof, &e, &me)?;
        s.record(
            &proof,
            &e.key(),
            json!({ "author": e.author, "approved_by": me, "record": e.record.number }),
        )?;
        let after = find(s, e.id)?;
        Ok(
            Reply::from(Output::object(entry_fields(&after))).noted(change_note(
                ctx.global.dry_run,
                format!(
                    "approve {} by {}: both signatures are on it",
                    e.key(),
                    e.author
                ),
            )),
        )
    })
}

fn pending(ctx: &Ctx, _args: &PendingArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let Some(me) = s.actor.member() else {
            return Err(Error::usage("notes wait for members, not for support staff").into());
        };
        // someone who cannot act at all (inactive, invited) is told so, not shown an
        // empty list
        s.authorize("org.view", &TargetFacts::org())?;
        let mut rows = Vec::new();
        for e in s.tx.pending_approvals(s.org.id, me.id)? {
            let waits_for = if e.record.owner.id == me.id {
                "you"
            } else {
                "the owner"
            };
            // the list is the member's own work queue: each row is still gated
            if s.check(super::entry::view_action(s, &e), &e.target())?
                .decision()
                .allowed
            {
                rows.push(vec![
                    json!(e.id),
                    json!(e.record.number),
                    json!(e.author),
                    json!(e.title),
                    json!(e.submitted_at),
                    json!(if waits_for == "you" {
                        "to approve"
                    } else {
                        "pending approval"
                    }),
                ]);
            }
        }
        Ok(Output::list(
            &["id", "record", "author", "title", "submitted_at", "state"],
            rows,
        )
        .brief(&["id", "record", "author", "title", "state"])
        .into())
    })
}
