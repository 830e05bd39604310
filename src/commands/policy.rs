//! `careward policy`: the built-in policies and policy files. These touch no
//! organisation data, so they need no actor.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Reply;
use crate::error::Error;
use crate::output::{Format, Output};
use crate::policy::{PRESETS, Policy};
use crate::session::Ctx;

#[derive(Subcommand, Debug)]
pub enum PolicyCommand {
    #[command(after_long_help = "Examples:\n  \
        careward policy list")]
    List(ListArgs),
    #[command(after_long_help = "Examples:\n  \
        careward policy show group-practice\n  \
        careward policy show ./ours.yaml --format yaml")]
    Show(ShowArgs),
    #[command(after_long_help = "Examples:\n  \
        careward policy validate ./ours.yaml")]
    Validate(ValidateArgs),
    #[command(after_long_help = "Examples:\n  \
        careward policy test fixtures/policy-tests/group-practice.yaml\n  \
        careward policy test fixtures/policy-tests/*.yaml --min-coverage 90")]
    Test(super::policy_test::TestArgs),
    #[command(after_long_help = "Examples:\n  \
        careward policy diff group-practice ./ours.yaml")]
    Diff(DiffArgs),
}

/// List the built-in policies
#[derive(Args, Debug)]
pub struct ListArgs {}

/// Show a policy: its roles and grants, levels, support grants and constraints
#[derive(Args, Debug)]
pub struct ShowArgs {
    /// A built-in policy's name, or a policy file
    #[arg(add = super::completions::policies())]
    name: String,
}

/// Check a policy file: unknown keys, actions, scopes, roles and levels are errors
//
// Warnings (roles nobody can hold, actions nothing grants, levels nothing uses, shadowed
// grants) are printed on stderr and listed in the output; --deny-warnings fails on them.
#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// The policy file (YAML)
    file: String,
    /// Fail (exit 6) when the policy has warnings
    #[arg(long)]
    deny_warnings: bool,
}

/// Show what each role, level and support gains and loses from one policy to another
#[derive(Args, Debug)]
pub struct DiffArgs {
    /// The policy before: a built-in policy's name, or a policy file
    #[arg(add = super::completions::policies())]
    before: String,
    /// The policy after
    #[arg(add = super::completions::policies())]
    after: String,
}

pub fn run(ctx: &Ctx, command: &PolicyCommand) -> Result<Reply> {
    match command {
        PolicyCommand::List(args) => list(args),
        PolicyCommand::Show(args) => show(ctx, args),
        PolicyCommand::Validate(args) => validate(args),
        PolicyCommand::Test(args) => super::policy_test::test(ctx, args),
        PolicyCommand::Diff(args) => diff(args),
    }
}

fn list(_args: &ListArgs) -> Result<Reply> {
    let mut rows = Vec::new();
    for (name, _) in PRESETS {
        let p = Policy::preset(name).unwrap_or_else(|| unreachable!("PRESETS lists {name}"))?;
        rows.push(vec![
            json!(p.name),
            json!(p.roles.keys().collect::<Vec<_>>()),
            json!(p.description),
        ]);
    }
    Ok(Output::list(&["name", "roles", "description"], rows).into())
}

/// A preset by name, else a file; with its text.
fn load(name: &str) -> Result<(Policy, String)> {
    if let Some((_, text)) = PRESETS.iter().find(|(n, _)| *n == name) {
        return Ok((
            Policy::parse(&format!("preset {name}"), text)?,
            text.to_string(),
        ));
    }
    if !std::path::Path::new(name).exists() {
        return Err(
            Error::not_found(format!("no preset or policy file named {name}"))
                .hinted("see the presets with: careward policy list")
                .into(),
        );
    }
    let text = crate::yaml_file::read(name, "policy file", crate::limits::POLICY_FILE_BYTES)?;
    Ok((Policy::parse(name, &text)?, text))
}

fn describe(p: &Policy) -> Vec<(&'static str, Value)> {
    let roles: serde_json::Map<String, Value> = p
        .roles
        .values()
        .map(|r| {
            let grants: serde_json::Map<String, Value> = r
                .grants
                .iter()
                .map(|g| {
                    let scopes: Vec<&str> = g.scopes.iter().map(|s| s.name()).collect();
                    let v = match (g.unless, g.and) {
                        (None, None) => json!(scopes),
                        (unless, and) => {
                            let mut v = json!({ "scopes": scopes });
                            if let Some(ex) = unless {
                                v["unless"] = json!(ex.to_string());
                            }
                            if let Some(and) = and {
                                v["and"] = json!(and.name());
                            }
                            v
                        }
                    };
                    (g.action.clone(), v)
                })
                .collect();
            (
                r.name.clone(),
                json!({
                    "description": r.description,
                    "kinds": r.kinds.as_ref().map(|k| k.iter().map(|k| k.name()).collect::<Vec<_>>()),
                    "grants": grants,
                }),
            )
        })
        .collect();
    let levels: serde_json::Map<String, Value> = p
        .levels
        .values()
        .map(|l| {
            (
                l.name.clone(),
                json!({ "description": l.description, "actions": l.actions }),
            )
        })
        .collect();
    let c = &p.constraints;
    vec![
        ("name", json!(p.name)),
        ("description", json!(p.description)),
        ("actions", json!(p.actions)),
        ("omitted", json!(p.omitted)),
        ("admin_roles", json!(p.admin_roles)),
        (
            "seat_states",
            json!(p.seat_states.iter().map(|s| s.name()).collect::<Vec<_>>()),
        ),
        (
            "plans",
            json!({
                "free": { "records": p.free_plan.records },
                "seats": { "records": p.seats_plan.records },
            }),
        ),
        ("roles", Value::Object(roles)),
        ("levels", Value::Object(levels)),
        ("support", json!(p.support)),
        (
            "constraints",
            json!({
                "min_holders": c.min_holders.iter().map(|m| json!({"role": m.role, "count": m.count})).collect::<Vec<_>>(),
                "role_groups": c.role_groups.iter().map(|g| json!({"name": g.name, "roles": g.roles})).collect::<Vec<_>>(),
                "compatibility": c.compatibility.iter().map(|r| json!({"role": r.role, "forbids": r.forbids})).collect::<Vec<_>>(),
                "principal_when_several": c.principal_when_several,
                "roles_fixed_after_invitation": c.roles_fixed_after_invitation,
                "assistance": c.assistance.as_ref().map(|a| json!({
                    "assistant_roles": a.assistant_roles, "assisted_roles": a.assisted_roles,
                    "dedicated_per_assisted": a.dedicated_per_assisted,
                })),
            }),
        ),
    ]
}

fn show(ctx: &Ctx, args: &ShowArgs) -> Result<Reply> {
    ctx.global
        .format
        .require("policy show", &[Format::Table, Format::Json, Format::Yaml])?;
    let (policy, text) = load(&args.name)?;
    // As a table the policy's own YAML reads best, comments and all.
    if ctx.global.format == Format::Table {
        return Ok(Output::Text(text).into());
    }
    Ok(Output::object(describe(&policy)).into())
}

fn validate(args: &ValidateArgs) -> Result<Reply> {
    let text = crate::yaml_file::read(&args.file, "policy file", crate::limits::POLICY_FILE_BYTES)?;
    let policy = Policy::parse(&args.file, &text)?;
    let warnings = policy.warnings();
    if args.deny_warnings && !warnings.is_empty() {
        return Err(Error::invalid(format!(
            "{}: policy {} has {} warning{}:\n  {}",
            args.file,
            policy.name,
            warnings.len(),
            if warnings.len() == 1 { "" } else { "s" },
            warnings.join("\n  ")
        ))
        .hinted("fix them, or validate without --deny-warnings")
        .into());
    }
    let mut note = format!("{}: policy {} is valid", args.file, policy.name);
    for w in &warnings {
        note.push_str(&format!("\nwarning: {w}"));
    }
    Ok(Reply::from(Output::object(vec![
        ("file", json!(args.file)),
        ("name", json!(policy.name)),
        ("valid", json!(true)),
        ("roles", json!(policy.roles.keys().collect::<Vec<_>>())),
        ("levels", json!(policy.levels.keys().collect::<Vec<_>>())),
        ("warnings", json!(warnings)),
    ]))
    .noted(note))
}

fn diff(args: &DiffArgs) -> Result<Reply> {
    let (before, _) = load(&args.before)?;
    let (after, _) = load(&args.after)?;
    let rows: Vec<Vec<Value>> = crate::policy::diff(&before, &after)
        .into_iter()
        .map(|d| {
            vec![
                json!(d.role),
                json!(d.change),
                json!(d.gained),
                json!(d.lost),
            ]
        })
        .collect();
    let note = if rows.is_empty() {
        format!("{} and {} grant the same", args.before, args.after)
    } else {
        format!(
            "{} of the policy's roles, levels and support grants differ",
            rows.len()
        )
    };
    Ok(Reply::from(Output::list(&["role", "change", "gained", "lost"], rows)).noted(note))
}
