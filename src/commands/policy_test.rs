//! `careward policy test SUITE…`: a policy as tested code. A suite names a policy and an
//! organisation; careward seeds the organisation into a temporary store and decides each
//! case with the same `authorize` the commands use — or, for a `run` case, runs the
//! command as a dry run, for the constraints that guard changes rather than decisions.
//! Every failure is shown with the actual decision and its explanation, and the report
//! says which grants, level actions and constraints no case exercised.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Reply, resolve_target};
use crate::cli::{Cli, GlobalArgs};
use crate::error::{self, Error, ErrorKind};
use crate::limits;
use crate::output::{Format, Output};
use crate::policy::{Decision, Denial, Policy, Provenance};
use crate::session::Ctx;

/// Run policy test suites: cases of who may do what, with coverage
#[derive(Args, Debug)]
pub struct TestArgs {
    /// The suites (YAML files)
    #[arg(required = true, value_name = "SUITE")]
    suites: Vec<PathBuf>,
    /// Fail when fewer than PCT percent of the grants, level actions and constraints are exercised
    #[arg(long, value_name = "PCT")]
    min_coverage: Option<f64>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Suite {
    /// a built-in policy's name, or a policy file (relative to the suite)
    policy: String,
    /// an organisation file (relative to the suite), or one written inline
    organisation: OrgRef,
    cases: Vec<Case>,
}

#[derive(Deserialize, Debug)]
#[serde(untagged)]
enum OrgRef {
    File(String),
    Inline(serde_norway::Value),
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Case {
    /// who asks: a member's email, or support:NAME
    #[serde(rename = "as")]
    actor: String,
    /// a decision case: the action, on `target` (default: org)
    action: Option<String>,
    target: Option<String>,
    /// a change case: a careward command line, run as a dry run
    run: Option<Vec<String>>,
    expect: Expect,
    /// a piece of the decision's reason (or the refusal's message)
    reason: Option<String>,
    denial: Option<Denial>,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Expect {
    Allow,
    Deny,
}

/// What a case came to.
struct Outcome {
    allowed: bool,
    reason: String,
    denial: Option<Denial>,
    chain: Vec<String>,
    by: Option<Provenance>,
}

impl From<&Decision> for Outcome {
    fn from(d: &Decision) -> Outcome {
        Outcome {
            allowed: d.allowed,
            reason: d.reason.clone(),
            denial: d.denial.clone(),
            chain: d.chain.clone(),
            by: d.by.clone(),
        }
    }
}

/// The cases of every suite on one policy, and what they exercised.
struct PolicyReport {
    policy: Policy,
    exercised: BTreeSet<Provenance>,
}

pub fn test(ctx: &Ctx, args: &TestArgs) -> Result<Reply> {
    // a report with nested failures and coverage: no CSV
    ctx.global
        .format
        .require("policy test", &[Format::Table, Format::Json, Format::Yaml])?;
    let mut failures: Vec<Value> = Vec::new();
    let mut passed = 0;
    let mut reports: BTreeMap<String, PolicyReport> = BTreeMap::new();
    for path in &args.suites {
        let suite = read_suite(path)?;
        let dir = path.parent().unwrap_or(Path::new(""));
        let policy_ref = resolve_policy(dir, &suite.policy);
        let (policy, _) = super::org::load_policy(&policy_ref)?;
        let report = reports
            .entry(policy_ref.clone())
            .or_insert_with(|| PolicyReport {
                policy: policy.clone(),
                exercised: BTreeSet::new(),
            });
        let scratch = tempfile::tempdir().context("cannot make a temporary store")?;
        let (scratch_ctx, slug) = seed(ctx, path, dir, &suite, &policy_ref, scratch.path())?;
        for (i, case) in suite.cases.iter().enumerate() {
            let outcome = decide(&scratch_ctx, &slug, case)
                .with_context(|| format!("{}: case {}", path.display(), i + 1))?;
            if let Some(by) = &outcome.by {
                report.exercised.insert(by.clone());
            }
            match mismatch(case, &outcome) {
                None => passed += 1,
                Some(why) => failures.push(json!({
                    "suite": path.display().to_string(),
                    "case": i + 1,
                    "as": case.actor,
                    "action": case.action,
                    "target": case.target,
                    "run": case.run,
                    "expected": why,
                    "allowed": outcome.allowed,
                    "reason": outcome.reason,
                    "chain": outcome.chain,
                })),
            }
        }
    }
    let coverage: Vec<Value> = reports.iter().map(|(name, r)| coverage(name, r)).collect();
    let (covered, total) = coverage.iter().fold((0, 0), |(c, t), v| {
        (
            c + v["covered"].as_u64().unwrap_or(0),
            t + v["total"].as_u64().unwrap_or(0),
        )
    });
    let percent = if total == 0 {
        100.0
    } else {
        (covered as f64) * 100.0 / (total as f64)
    };
    let below = args.min_coverage.is_some_and(|min| percent < min);
    let exit = if failures.is_empty() && !below { 0 } else { 1 };
    let summary = format!("{passed} passed, {} failed", failures.len());
    let output = if ctx.global.format == Format::Table {
        Output::Text(text_report(&failures, &coverage, &summary, percent))
    } else {
        Output::object(vec![
            ("passed", json!(passed)),
            ("failed", json!(failures.len())),
            ("failures", json!(failures)),
            ("coverage", json!(coverage)),
            ("percent", json!((percent * 10.0).round() / 10.0)),
        ])
    };
    let mut reply = Reply::from(output);
    reply.exit = exit;
    if below {
        reply.note = Some(format!(
            "coverage {percent:.1}% is below --min-coverage {}",
            args.min_coverage.unwrap_or_default()
        ));
    }
    Ok(reply)
}

fn read_suite(path: &Path) -> Result<Suite> {
    const WHAT: &str = "policy test suite";
    let name = path.display().to_string();
    let text = crate::yaml_file::read(&name, WHAT, limits::ORG_FILE_BYTES)?;
    crate::yaml_file::parse(&name, WHAT, &text, limits::ORG_FILE_BYTES).map_err(|e| {
        e.hinted("a suite has policy, organisation and cases ({as, action, target, expect} or {as, run, expect})")
            .into()
    })
}

/// A preset's name as it is; a file relative to the suite's folder.
fn resolve_policy(dir: &Path, policy: &str) -> String {
    if crate::policy::PRESETS.iter().any(|(n, _)| *n == policy) {
        policy.to_string()
    } else {
        dir.join(policy).display().to_string()
    }
}

/// Seed the suite's organisation, under the suite's policy, into a store in `scratch`:
/// the context to decide its cases in, and the organisation's slug.
fn seed(
    ctx: &Ctx,
    path: &Path,
    dir: &Path,
    suite: &Suite,
    policy: &str,
    scratch: &Path,
) -> Result<(Ctx, String)> {
    let mut org = match &suite.organisation {
        OrgRef::File(file) => {
            let file = dir.join(file);
            let file = file.display().to_string();
            const WHAT: &str = "organisation file";
            let text = crate::yaml_file::read(&file, WHAT, limits::ORG_FILE_BYTES)?;
            crate::yaml_file::parse::<serde_norway::Value>(
                &file,
                WHAT,
                &text,
                limits::ORG_FILE_BYTES,
            )?
        }
        OrgRef::Inline(value) => value.clone(),
    };
    let slug = org["org"]["slug"].as_str().unwrap_or_default().to_string();
    match org.get_mut("org").and_then(|o| o.as_mapping_mut()) {
        Some(spec) => {
            spec.insert("policy".into(), policy.into());
        }
        None => {
            return Err(Error::invalid(format!(
                "{}: the organisation has no org: section",
                path.display()
            ))
            .into());
        }
    }
    let org_file = scratch.join("organisation.yaml");
    std::fs::write(&org_file, serde_norway::to_string(&org)?)?;
    let scratch_ctx = Ctx {
        global: GlobalArgs {
            db: Some(scratch.join("store.db")),
            org: None,
            actor: None,
            reason: None,
            format: Format::Json,
            wide: false,
            dry_run: false,
            quiet: true,
            busy_timeout: ctx.global.busy_timeout,
            command: String::new(),
            origins: Default::default(),
        },
        now: ctx.now,
        terms: Default::default(),
    };
    super::orgfile::seed(&scratch_ctx, &org_file.display().to_string(), false)
        .with_context(|| format!("{}: the organisation does not seed", path.display()))?;
    Ok((scratch_ctx, slug))
}

/// Decide a case: a decision through `authorize`, or a command run as a dry run.
fn decide(ctx: &Ctx, slug: &str, case: &Case) -> Result<Outcome> {
    match (&case.action, &case.run) {
        (Some(action), None) => ctx.in_org_as_support(|s| {
            let actor = s.actor_named(&case.actor, Some("policy test"))?;
            let target = resolve_target(s, case.target.as_deref())?;
            Ok(Outcome::from(
                s.check_as(&actor, action.trim(), &target)?.decision(),
            ))
        }),
        (None, Some(run)) => run_case(ctx, slug, &case.actor, run),
        _ => Err(Error::invalid(
            "a case has either action (and target) or run, not both or neither",
        )
        .into()),
    }
}

/// Run a command line as `actor`, as a dry run: allowed when it succeeds, denied when
/// the policy or one of its constraints refuses it.
fn run_case(ctx: &Ctx, slug: &str, actor: &str, run: &[String]) -> Result<Outcome> {
    if run.iter().any(|a| a == "--batch" || a == "--csv")
        || run.first().is_some_and(|n| n == "store")
    {
        return Err(Error::invalid(
            "a run case cannot read standard input or files (--batch, --csv)",
        )
        .into());
    }
    let db = ctx.db_path()?.display().to_string();
    let mut argv = vec!["careward".to_string()];
    argv.extend(run.iter().cloned());
    argv.extend([
        "--db".into(),
        db,
        "--org".into(),
        slug.into(),
        "--as".into(),
        actor.into(),
    ]);
    argv.extend(["--dry-run".into(), "--quiet".into()]);
    if actor.starts_with("support:") {
        argv.extend(["--reason".into(), "policy test".into()]);
    }
    let cli = Cli::try_parse_command_line_from(&argv).map_err(|e| {
        Error::invalid(format!(
            "run: {} is not a careward command: {}",
            run.join(" "),
            e.to_string().lines().next().unwrap_or_default()
        ))
    })?;
    Ok(match crate::run(cli) {
        Ok(reply) => Outcome {
            allowed: reply.exit == 0,
            reason: format!("ran: {}", run.join(" ")),
            denial: None,
            chain: Vec::new(),
            by: None,
        },
        Err(err) => match error::find(&err) {
            Some(e)
                if matches!(
                    e.kind,
                    ErrorKind::Denied | ErrorKind::Conflict | ErrorKind::Invalid
                ) =>
            {
                Outcome {
                    allowed: false,
                    reason: e.message.clone(),
                    denial: e.decision.as_ref().and_then(|d| d.denial.clone()),
                    chain: e.hint.iter().cloned().collect(),
                    by: match (&e.rule, &e.decision) {
                        (Some(rule), _) => Some(Provenance::Constraint(rule.clone())),
                        (None, Some(d)) => d.by.clone(),
                        _ => None,
                    },
                }
            }
            _ => return Err(err.context(format!("run: {}", run.join(" ")))),
        },
    })
}

/// What a case expected that did not happen, if anything.
fn mismatch(case: &Case, got: &Outcome) -> Option<String> {
    let want_allow = case.expect == Expect::Allow;
    if got.allowed != want_allow {
        return Some(if want_allow { "allow" } else { "deny" }.to_string());
    }
    if let Some(piece) = &case.reason
        && !got.reason.contains(piece.as_str())
    {
        return Some(format!("a reason containing \"{piece}\""));
    }
    if let Some(denial) = &case.denial
        && got.denial.as_ref() != Some(denial)
    {
        return Some(format!(
            "denial {}",
            serde_json::to_string(denial)
                .unwrap_or_default()
                .trim_matches('"')
        ));
    }
    None
}

/// Which parts of a policy the cases exercised, and which they did not.
fn coverage(name: &str, r: &PolicyReport) -> Value {
    let p = &r.policy;
    let mut parts: Vec<(&str, Vec<Provenance>)> = Vec::new();
    let grants = p
        .roles
        .values()
        .flat_map(|role| {
            role.grants.iter().flat_map(move |g| {
                g.scopes.iter().map(move |scope| Provenance::Grant {
                    role: role.name.clone(),
                    action: g.action.clone(),
                    scope: scope.to_string(),
                })
            })
        })
        .collect();
    parts.push(("grants", grants));
    let levels = p
        .levels
        .values()
        .flat_map(|l| {
            l.actions.iter().map(move |a| Provenance::Level {
                level: l.name.clone(),
                action: a.clone(),
            })
        })
        .collect();
    parts.push(("level_actions", levels));
    parts.push((
        "support",
        p.support
            .iter()
            .map(|a| Provenance::Support { action: a.clone() })
            .collect(),
    ));
    parts.push((
        "constraints",
        p.constraint_ids()
            .into_iter()
            .map(Provenance::Constraint)
            .collect(),
    ));
    let mut out = serde_json::Map::new();
    out.insert("policy".into(), json!(name));
    let (mut covered, mut total) = (0, 0);
    for (part, items) in parts {
        let missing: Vec<String> = items
            .iter()
            .filter(|i| !r.exercised.contains(i))
            .map(|i| i.to_string())
            .collect();
        covered += items.len() - missing.len();
        total += items.len();
        out.insert(
            part.into(),
            json!({ "covered": items.len() - missing.len(), "total": items.len(), "missing": missing }),
        );
    }
    out.insert("covered".into(), json!(covered));
    out.insert("total".into(), json!(total));
    Value::Object(out)
}

fn text_report(failures: &[Value], coverage: &[Value], summary: &str, percent: f64) -> String {
    let mut out = String::new();
    for f in failures {
        let what = match f["run"].as_array() {
            Some(run) => format!(
                "run {}",
                run.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            None => format!(
                "{} {}",
                f["action"].as_str().unwrap_or_default(),
                f["target"].as_str().unwrap_or("org")
            ),
        };
        out.push_str(&format!(
            "FAIL {} case {}: {} as {}: expected {}, got {}\n",
            f["suite"].as_str().unwrap_or_default(),
            f["case"],
            what,
            f["as"].as_str().unwrap_or_default(),
            f["expected"].as_str().unwrap_or_default(),
            f["reason"].as_str().unwrap_or_default(),
        ));
        for step in f["chain"].as_array().into_iter().flatten() {
            out.push_str(&format!("  {}\n", step.as_str().unwrap_or_default()));
        }
    }
    for c in coverage {
        out.push_str(&format!(
            "coverage of {}: {} of {}\n",
            c["policy"].as_str().unwrap_or_default(),
            c["covered"],
            c["total"]
        ));
        for part in ["grants", "level_actions", "support", "constraints"] {
            let p = &c[part];
            out.push_str(&format!("  {part}: {} of {}\n", p["covered"], p["total"]));
            for m in p["missing"].as_array().into_iter().flatten() {
                out.push_str(&format!(
                    "    not exercised: {}\n",
                    m.as_str().unwrap_or_default()
                ));
            }
        }
    }
    out.push_str(&format!("coverage {percent:.1}%\n{summary}\n"));
    out
}
