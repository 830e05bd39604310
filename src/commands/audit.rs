//! `careward audit`: read the organisation's audit trail; print its head as an anchor
//! to keep elsewhere; verify that the trail is whole, extends an anchor, and proves the
//! organisation's access-relevant rows.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Reply;
use crate::error::Error;
use crate::output::{Format, Output, count};
use crate::policy::TargetFacts;
use crate::session::{Ctx, Session, parse_email};
use crate::store::{AuditFilter, ChainHead, TrailProblem};
use crate::when::{self, Toward};

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    #[command(after_long_help = "Examples:\n  \
        careward audit log --since 2026-11-01 --outcome denied\n  \
        careward audit log --actor pia@north.example --action record.read --limit 20 \\\n      \
        --format json")]
    Log(LogArgs),
    #[command(after_long_help = "Examples:\n  \
        careward audit verify\n  \
        # against an anchor kept outside the store (from `audit head`)\n  \
        careward audit verify --anchor anchor.json")]
    Verify(VerifyArgs),
    #[command(after_long_help = "Examples:\n  \
        careward audit head > anchor.json")]
    Head(HeadArgs),
}

/// Show audit events, oldest first, filtered
#[derive(Args, Debug)]
pub struct LogArgs {
    /// Only events at or after this time: 7d (ago), yesterday, 2026-11-23 (local), or RFC 3339
    #[arg(long, value_name = "TIME")]
    since: Option<String>,
    /// Only events before this time: 1h (ago), today, 2026-11-23 (local), or RFC 3339
    #[arg(long, value_name = "TIME")]
    until: Option<String>,
    /// Only events by this actor (an email or support:NAME)
    //
    // Not a field named `actor`: that is the id of the global `--as`, and clap would
    // merge the two, so that `--as` was refused here and CAREWARD_AS became a filter.
    #[arg(long = "actor", value_name = "WHO", add = super::completions::members())]
    by_actor: Option<String>,
    /// Only events on this target (member:EMAIL, org, …)
    #[arg(long, value_name = "TARGET")]
    target: Option<String>,
    /// Only this action, or every action of a noun with a trailing dot (member.)
    #[arg(long, value_name = "ACTION")]
    action: Option<String>,
    /// Only this outcome
    #[arg(long, value_parser = ["allowed", "denied", "refused"])]
    outcome: Option<String>,
    /// Only the newest N events
    #[arg(long, value_name = "N")]
    limit: Option<u32>,
}

/// Check the audit trail: its hash chain, its newest event, an anchor, and that
/// replaying it gives exactly the organisation's access-relevant rows
#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// An anchor printed earlier by `audit head`: fail unless the trail still extends it
    #[arg(long, value_name = "FILE")]
    anchor: Option<PathBuf>,
}

/// Print the newest audit event's id and hash, per organisation, as JSON: an anchor to
/// keep outside the store for `audit verify --anchor`
//
// Every organisation of the store, each authorized on its own, unless --org names one
// (or the store holds only one).
#[derive(Args, Debug)]
pub struct HeadArgs {}

pub fn run(ctx: &Ctx, command: &AuditCommand) -> Result<Reply> {
    match command {
        AuditCommand::Log(args) => log(ctx, args),
        AuditCommand::Verify(args) => verify(ctx, args),
        AuditCommand::Head(args) => head(ctx, args),
    }
}

/// `--action` names an action of the policy, a noun of one (`member.`), or an action
/// some event of this organisation has (careward's own: `org.init`, `record.purge`, …):
/// anything else is a usage error (a misspelt action), not an empty table.
fn known_action(s: &Session, action: &str) -> Result<()> {
    let policy = &s.policy;
    let in_policy = match action.strip_suffix('.') {
        Some(noun) => !noun.is_empty() && policy.actions.iter().any(|a| a.starts_with(action)),
        None => policy.knows_action(action),
    };
    let filter = AuditFilter {
        action: Some(action),
        limit: Some(1),
        ..Default::default()
    };
    if in_policy || !s.tx.audit_events(s.org.id, &filter)?.is_empty() {
        return Ok(());
    }
    Err(Error::usage(format!(
        "--action {}: policy {} has no such action, and no event of {} has it",
        crate::limits::quote(action),
        policy.name,
        s.org.slug
    ))
    .hinted(format!(
        "see its actions with: careward policy show {}; every action of a noun: --action member.",
        policy.name
    ))
    .into())
}

fn log(ctx: &Ctx, args: &LogArgs) -> Result<Reply> {
    let now = ctx.now;
    let time = |flag, t: &Option<String>| {
        t.as_deref()
            .map(|t| when::time(flag, t, now, Toward::Past))
            .transpose()
    };
    let (since, until) = (time("--since", &args.since)?, time("--until", &args.until)?);
    let actor = match args.by_actor.as_deref().map(str::trim) {
        Some(a) if a.starts_with("support:") || a == "org init" => Some(a.to_string()),
        Some(a) => Some(parse_email(a)?),
        None => None,
    };
    let target = args
        .target
        .as_deref()
        .map(|t| match t.trim().split_once(':') {
            Some(("member", email)) => format!("member:{}", email.trim().to_lowercase()),
            _ => t.trim().to_string(),
        });
    ctx.read_in_org(|s| {
        s.authorize("audit.view", &TargetFacts::org())?;
        if let Some(action) = args.action.as_deref() {
            known_action(s, action)?;
        }
        let events = s.tx.audit_events(
            s.org.id,
            &AuditFilter {
                since: since.as_deref(),
                until: until.as_deref(),
                actor: actor.as_deref(),
                target: target.as_deref(),
                action: args.action.as_deref(),
                outcome: args.outcome.as_deref(),
                limit: args.limit,
            },
        )?;
        let rows = events
            .into_iter()
            .map(|e| {
                let details: Value =
                    serde_json::from_str(&e.details).unwrap_or(Value::String(e.details));
                vec![
                    json!(e.id),
                    json!(e.at),
                    json!(e.actor),
                    json!(e.os_user),
                    json!(e.action),
                    json!(e.target),
                    json!(e.outcome),
                    json!(e.decision),
                    json!(e.reason),
                    details,
                    json!(e.hash),
                    serde_json::from_str(&e.changes).unwrap_or(Value::String(e.changes)),
                ]
            })
            .collect();
        let columns = [
            "id", "at", "actor", "os_user", "action", "target", "outcome", "decision", "reason",
            "details", "hash", "changes",
        ];
        // A table is read by a person: the machine's columns are for --wide, json, csv, yaml.
        let output = Output::list(&columns, rows)
            .brief(&["id", "at", "actor", "action", "target", "outcome"]);
        Ok(output.into())
    })
}

fn verify(ctx: &Ctx, args: &VerifyArgs) -> Result<Reply> {
    let anchors = args.anchor.as_deref().map(read_anchors).transpose()?;
    ctx.in_org(|s| {
        s.authorize("audit.view", &TargetFacts::org())?;
        let slug = &s.org.slug;
        let anchor = match &anchors {
            Some((path, list)) => Some(
                list.iter()
                    .find(|(org, _)| org == slug)
                    .map(|(_, head)| head.clone())
                    .ok_or_else(|| {
                        Error::invalid(format!("{path} holds no anchor for {slug}"))
                            .hinted("take one with: careward audit head --org SLUG > FILE")
                    })?,
            ),
            None => None,
        };
        let problem = match s.tx.verify_audit(s.org.id, anchor.as_ref())? {
            Ok(v) => {
                let head = v.head.as_ref();
                let mut note = format!(
                    "audit trail of {slug} intact: {}; they give the {} the store holds",
                    count(v.events, "event"),
                    count(v.rows as u64, "access-relevant row")
                );
                if let Some(a) = &anchor {
                    note.push_str(&format!("; it extends the anchor at event {}", a.event));
                }
                return Ok(Reply::from(Output::object(vec![
                    ("status", json!("ok")),
                    ("org", json!(slug)),
                    ("events", json!(v.events)),
                    ("rows", json!(v.rows)),
                    ("head_event", json!(head.map(|h| h.event))),
                    ("head_hash", json!(head.map(|h| &h.hash))),
                    ("anchor", json!(anchor.as_ref().map(|a| a.event))),
                ]))
                .noted(note));
            }
            Err(problem) => problem,
        };
        Err(trail_broken(slug, problem)
            .hinted("the store was changed outside careward; keep a copy of it for investigation")
            .into())
    })
}

/// What is wrong with the audit trail of organisation `slug`, as a failure.
pub fn trail_broken(slug: &str, problem: TrailProblem) -> Error {
    Error::failure(match problem {
        TrailProblem::Chain(brk) if brk.id == 0 => {
            format!("the audit trail of {slug} is broken: {}", brk.problem)
        }
        TrailProblem::Chain(brk) => format!(
            "the audit trail of {slug} is broken at event {}: {}",
            brk.id, brk.problem
        ),
        TrailProblem::Anchor(why) => {
            format!("the audit trail of {slug} no longer extends the anchor: {why}")
        }
        TrailProblem::State(why) => {
            format!("the store of {slug} does not match its audit trail: {why}")
        }
    })
}

/// An anchor file: what `audit head` printed (a list), or one of its entries.
fn read_anchors(path: &std::path::Path) -> Result<(String, Vec<(String, ChainHead)>)> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::not_found(format!("cannot read the anchor {name}: {e}"))
            .hinted("take an anchor with: careward audit head > FILE")
    })?;
    let bad = |why: &str| -> anyhow::Error {
        Error::invalid(format!("{name} is not an anchor: {why}"))
            .hinted("give the file that careward audit head printed")
            .into()
    };
    let value: Value = serde_json::from_str(&text).map_err(|e| bad(&e.to_string()))?;
    let entries = match value {
        Value::Array(list) => list,
        one @ Value::Object(_) => vec![one],
        _ => return Err(bad("it is neither a list nor an object")),
    };
    let mut anchors = Vec::new();
    for e in entries {
        let (Some(org), Some(event), Some(seq), Some(hash)) = (
            e["org"].as_str(),
            e["event"].as_i64(),
            e["seq"].as_i64(),
            e["hash"].as_str(),
        ) else {
            return Err(bad("an entry lacks org, event, seq or hash"));
        };
        anchors.push((
            org.to_string(),
            ChainHead {
                event,
                seq,
                hash: hash.to_string(),
                at: e["at"].as_str().unwrap_or_default().to_string(),
            },
        ));
    }
    Ok((name, anchors))
}

fn head(ctx: &Ctx, _args: &HeadArgs) -> Result<Reply> {
    let slugs = match &ctx.global.org {
        Some(slug) => vec![slug.clone()],
        None => {
            let mut store = ctx.open_store(false)?;
            let orgs = store.transaction(&ctx.now_text(), true, |tx| tx.orgs(), |_, _| Ok(()))?;
            orgs.into_iter().map(|o| o.slug).collect()
        }
    };
    let mut rows = Vec::new();
    for slug in slugs {
        let one = Ctx {
            global: crate::cli::GlobalArgs {
                org: Some(slug),
                ..ctx.global.clone()
            },
            now: ctx.now,
            terms: Default::default(),
        };
        let row = one.in_org(|s| {
            s.authorize("audit.view", &TargetFacts::org())?;
            let head = s.tx.audit_chain_head(s.org.id)?;
            Ok(vec![
                json!(s.org.slug),
                json!(head.as_ref().map(|h| h.event)),
                json!(head.as_ref().map(|h| h.seq)),
                json!(head.as_ref().map(|h| &h.hash)),
                json!(head.as_ref().map(|h| &h.at)),
            ])
        })?;
        rows.push(row);
    }
    let output = Output::list(&["org", "event", "seq", "hash", "at"], rows);
    // An anchor is a file to keep: JSON unless another format is asked for.
    if ctx.global.format == Format::Table {
        let mut text = Vec::new();
        output.render(&crate::output::View::plain(Format::Json), &mut text)?;
        return Ok(Output::Text(String::from_utf8_lossy(&text).into_owned()).into());
    }
    Ok(output.into())
}
