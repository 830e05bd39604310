//! `careward report`: the reporting tool of the policies that declare one ("View
//! Reporting Section: … a clinical reporting tool with populated data that pulls from the
//! organization's charts"), and `careward view`: the organisation's saved chart and
//! reporting views, which their Manage permission saves and everyone selects.
//!
//! A report reads clinical content, so it is built only from what the actor may read —
//! each counted entry passes `entry.read`, the gate `entry list` uses — and the read is
//! audited. A saved view is a set of filters; selecting one narrows a report, never
//! widens what the actor reaches.

use std::collections::BTreeMap;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::Reply;
use super::record::{client_shown, find as find_record};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{EntryVerb, Reporting, TargetFacts, ViewKind};
use crate::session::{Ctx, Session};
use crate::store::{OrgView, Record};

#[derive(Subcommand, Debug)]
pub enum ReportCommand {
    Summary(SummaryArgs),
    Chart(ChartArgs),
}

/// The filters a report takes, and a saved view holds.
#[derive(Args, Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Filters {
    /// From this day (YYYY-MM-DD) or time (RFC 3339) on
    #[arg(long, value_name = "DATE")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Before this day or time
    #[arg(long, value_name = "DATE")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Only these pinpoints (repeat the option for several)
    #[arg(long = "pinpoint", value_name = "NAME")]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pinpoints: Vec<String>,
}

/// Count measurements per performer and pinpoint over a period, across the performers you can read
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward report summary --since 2026-11-01 --until 2026-12-01\n  careward report summary --view \"Monthly progress\"\n  careward report summary --pinpoint \"Hand flapping\" --format csv"
)]
pub struct SummaryArgs {
    #[command(flatten)]
    filters: Filters,
    /// Start from a saved reporting view (options given here narrow it further)
    #[arg(long, value_name = "NAME")]
    view: Option<String>,
}

/// List one performer's measurements, pinpoint by pinpoint: the data behind their charts
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward report chart 3 --since 2026-11-01 --format json\n  careward report chart 3 --view \"Last 30 days\""
)]
pub struct ChartArgs {
    /// The performer: record number or ext:EXTERNAL-ID
    performer: String,
    #[command(flatten)]
    filters: Filters,
    /// Start from a saved chart view
    #[arg(long, value_name = "NAME")]
    view: Option<String>,
}

pub fn run(ctx: &Ctx, command: &ReportCommand) -> Result<Reply> {
    match command {
        ReportCommand::Summary(a) => summary(ctx, a),
        ReportCommand::Chart(a) => chart(ctx, a),
    }
}

/// The organisation's reporting tool, or a refusal for a policy without one.
fn reporting(s: &Session) -> Result<Reporting> {
    // whoever may not view the organisation is refused (and audited) before being
    // told what its policy has
    s.authorize("org.view", &TargetFacts::org())?;
    s.policy.reporting.clone().ok_or_else(|| {
        Error::usage(format!("policy {} has no reporting tool", s.policy.name))
            .hinted("list a record's entries with: careward entry list RECORD")
            .into()
    })
}

impl Filters {
    /// Check the filters, with times made comparable.
    pub fn checked(&self) -> Result<Filters> {
        let since = self
            .since
            .as_deref()
            .map(|t| crate::when::absolute("--since", t))
            .transpose()?;
        let until = self
            .until
            .as_deref()
            .map(|t| crate::when::absolute("--until", t))
            .transpose()?;
        if let (Some(a), Some(b)) = (&since, &until)
            && a >= b
        {
            return Err(Error::invalid("--since must come before --until").into());
        }
        for p in &self.pinpoints {
            crate::limits::name("--pinpoint", p.trim())?;
        }
        Ok(Filters {
            since,
            until,
            pinpoints: self
                .pinpoints
                .iter()
                .map(|p| p.trim().to_string())
                .collect(),
        })
    }

    /// These filters over a saved view's: each one given here replaces the view's.
    fn over(self, view: Filters) -> Filters {
        Filters {
            since: self.since.or(view.since),
            until: self.until.or(view.until),
            pinpoints: if self.pinpoints.is_empty() {
                view.pinpoints
            } else {
                self.pinpoints
            },
        }
    }

    fn keeps(&self, at: &str, pinpoint: Option<&str>) -> bool {
        self.since.as_deref().is_none_or(|s| at >= s)
            && self.until.as_deref().is_none_or(|u| at < u)
            && (self.pinpoints.is_empty()
                || pinpoint.is_some_and(|p| self.pinpoints.iter().any(|f| f == p)))
    }

    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// The filters of a saved view, checked again (a view's file may be old).
fn view_filters(s: &Session, kind: ViewKind, name: Option<&str>) -> Result<Filters> {
    let Some(name) = name else {
        return Ok(Filters::default());
    };
    let view = super::org_view::find(s, kind, name)?;
    let filters: Filters = serde_json::from_str(&view.settings)?;
    filters.checked()
}

/// One performer's counted entries the actor may read, with their pinpoint: (time,
/// pinpoint, entry id, title, author), and how many were left out.
type Counted = (String, Option<String>, i64, String, String);

/// The action that reads the counted kind of entry (the kind's own view action, where
/// the policy names one).
fn read_action<'a>(s: &'a Session, counts: &str) -> &'a str {
    s.policy
        .entry_action(counts, EntryVerb::View)
        .unwrap_or("entry.read")
}

fn counted(s: &Session, counts: &str, r: &Record, f: &Filters) -> Result<(Vec<Counted>, usize)> {
    let items = s.tx.entry_items(r.id)?;
    let mut rows = Vec::new();
    let mut hidden = 0;
    for e in s.tx.entries(r)? {
        if e.kind != counts {
            continue;
        }
        let pinpoint = items.get(&e.id).map(|i| i.name.clone());
        if !f.keeps(&e.created_at, pinpoint.as_deref()) {
            continue;
        }
        if s.check(read_action(s, counts), &e.target())?
            .decision()
            .allowed
        {
            rows.push((e.created_at, pinpoint, e.id, e.title, e.author));
        } else {
            hidden += 1;
        }
    }
    Ok((rows, hidden))
}

fn summary(ctx: &Ctx, args: &SummaryArgs) -> Result<Reply> {
    let given = args.filters.checked()?;
    ctx.in_org(|s| {
        let tool = reporting(s)?;
        let proof = s.authorize(&tool.view, &TargetFacts::org())?;
        let filters =
            given
                .clone()
                .over(view_filters(s, ViewKind::Reporting, args.view.as_deref())?);
        super::record::purge_expired(s)?;
        let mut rows = Vec::new();
        let (mut performers, mut measurements, mut hidden) = (0, 0, 0);
        for r in s.tx.records(s.org.id, &Default::default())? {
            if r.status == "deleted"
                || !s
                    .check(read_action(s, &tool.counts), &r.target())?
                    .decision()
                    .allowed
            {
                continue;
            }
            let (entries, left_out) = counted(s, &tool.counts, &r, &filters)?;
            hidden += left_out;
            if entries.is_empty() {
                continue;
            }
            performers += 1;
            let mut by_pinpoint: BTreeMap<Option<String>, (usize, String, String)> =
                BTreeMap::new();
            for (at, pinpoint, ..) in entries {
                let slot = by_pinpoint
                    .entry(pinpoint)
                    .or_insert((0, at.clone(), at.clone()));
                slot.0 += 1;
                slot.1 = slot.1.clone().min(at.clone());
                slot.2 = slot.2.clone().max(at);
            }
            let client = client_shown(s, &r)?.text();
            for (pinpoint, (n, first, last)) in by_pinpoint {
                measurements += n;
                rows.push(vec![
                    json!(r.number),
                    json!(client),
                    json!(pinpoint),
                    json!(n),
                    json!(first),
                    json!(last),
                ]);
            }
        }
        s.record_read(
            &proof,
            "org",
            json!({
                "read": "report", "view": args.view, "filters": filters.json(),
                "performers": performers, tool.counts.clone(): measurements,
            }),
        )?;
        let mut reply = Reply::from(Output::list(
            &[
                "performer",
                "client",
                "pinpoint",
                "measurements",
                "first",
                "last",
            ],
            rows,
        ));
        if hidden > 0 {
            reply.note = Some(format!(
                "{hidden} {} you may not read left out",
                tool.counts
            ));
        }
        Ok(reply)
    })
}

fn chart(ctx: &Ctx, args: &ChartArgs) -> Result<Reply> {
    let given = args.filters.checked()?;
    ctx.in_org(|s| {
        let tool = reporting(s)?;
        let r = find_record(s, &args.performer)?;
        let proof = s.authorize(read_action(s, &tool.counts), &r.target())?;
        let filters = given.clone().over(view_filters(s, ViewKind::Chart, args.view.as_deref())?);
        let (entries, hidden) = counted(s, &tool.counts, &r, &filters)?;
        s.record_read(
            &proof,
            &r.key(),
            json!({ "read": "chart", "view": args.view, "filters": filters.json(), "shown": entries.len(), "hidden": hidden }),
        )?;
        let mut entries = entries;
        entries.sort_by(|a, b| (&a.1, &a.0, a.2).cmp(&(&b.1, &b.0, b.2)));
        let rows = entries
            .into_iter()
            .map(|(at, pinpoint, id, title, author)| {
                vec![json!(pinpoint), json!(at), json!(id), json!(title), json!(author)]
            })
            .collect();
        let mut reply = Reply::from(Output::list(&["pinpoint", "at", "entry", "title", "author"], rows));
        if hidden > 0 {
            reply.note = Some(format!("{hidden} {} you may not read left out", tool.counts));
        }
        Ok(reply)
    })
}

/// A saved view as one output object.
pub fn view_fields(v: &OrgView) -> Vec<(&'static str, Value)> {
    vec![
        ("kind", json!(v.kind)),
        ("name", json!(v.name)),
        (
            "settings",
            serde_json::from_str(&v.settings).unwrap_or(Value::Null),
        ),
        ("created_by", json!(v.created_by)),
        ("created_at", json!(v.created_at)),
    ]
}
