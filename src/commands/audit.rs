//! `careward audit`: read the organisation's audit trail, and verify the hash chain.

use anyhow::Result;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Reply;
use crate::error::Error;
use crate::output::{Format, Output};
use crate::policy::TargetFacts;
use crate::session::{Ctx, parse_email};
use crate::store::AuditFilter;

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    Log(LogArgs),
    Verify(VerifyArgs),
}

/// Show audit events, oldest first, filtered
#[derive(Args, Debug)]
pub struct LogArgs {
    /// Only events at or after this time (RFC 3339, or a date: 2026-11-23)
    #[arg(long, value_name = "TIME")]
    since: Option<String>,
    /// Only events before this time (RFC 3339, or a date)
    #[arg(long, value_name = "TIME")]
    until: Option<String>,
    /// Only events by this actor (an email or support:NAME)
    //
    // Not a field named `actor`: that is the id of the global `--as`, and clap would
    // merge the two, so that `--as` was refused here and CAREWARD_AS became a filter.
    #[arg(long = "actor", value_name = "WHO")]
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

/// Check the audit trail's hash chain; names the first event that was edited or deleted
#[derive(Args, Debug)]
pub struct VerifyArgs {}

pub fn run(ctx: &Ctx, command: &AuditCommand) -> Result<Reply> {
    match command {
        AuditCommand::Log(args) => log(ctx, args),
        AuditCommand::Verify(args) => verify(ctx, args),
    }
}

/// An RFC 3339 time or a date, as the UTC text the store compares.
fn parse_time(flag: &str, text: &str) -> Result<String> {
    let t = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt
            .with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Secs, true));
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        let dt = d.and_hms_opt(0, 0, 0).map(|dt| dt.and_utc());
        if let Some(dt) = dt {
            return Ok(dt.to_rfc3339_opts(SecondsFormat::Secs, true));
        }
    }
    Err(Error::invalid(format!("{flag} {t} is not a time"))
        .hinted("write 2026-11-23 or 2026-11-23T09:00:00Z")
        .into())
}

fn log(ctx: &Ctx, args: &LogArgs) -> Result<Reply> {
    let since = args
        .since
        .as_deref()
        .map(|t| parse_time("--since", t))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|t| parse_time("--until", t))
        .transpose()?;
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
    ctx.in_org(|s| {
        s.authorize("audit.view", &TargetFacts::org())?;
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
                ]
            })
            .collect();
        let columns = [
            "id", "at", "actor", "os_user", "action", "target", "outcome", "decision", "reason",
            "details", "hash",
        ];
        let mut output = Output::list(&columns, rows);
        // A table is read by a person: the machine's columns stay in json, csv and yaml.
        if ctx.global.format == Format::Table {
            output = output.only(&[
                "id", "at", "actor", "action", "target", "outcome", "decision", "reason",
            ]);
        }
        Ok(output.into())
    })
}

fn verify(ctx: &Ctx, _args: &VerifyArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        s.authorize("audit.view", &TargetFacts::org())?;
        match s.tx.verify_audit()? {
            Ok(count) => Ok(Reply::from(Output::object(vec![
                ("status", json!("ok")),
                ("events", json!(count)),
            ]))
            .noted(format!("audit trail intact: {count} events"))),
            Err(brk) => Err(Error::failure(format!(
                "the audit trail is broken at event {}: {}",
                brk.id, brk.problem
            ))
            .hinted("the store was changed outside careward; keep a copy of it for investigation")
            .into()),
        }
    })
}
