//! `careward view`: the organisation's saved views — chart views ("Manage Org Chart
//! Views: … create "Organization" default views that can be selected by other users")
//! and reporting views ("Manage Org Reporting Views: allows users to create, edit, and
//! delete organization reporting views"). Saving and deleting need the kind's action
//! (the policy's `views:`); everyone who may view the organisation lists them and selects
//! one with `report chart --view` or `report summary --view`.

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use super::report::{Filters, view_fields};
use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{TargetFacts, ViewKind};
use crate::session::{Ctx, Session};
use crate::store::{NewView, OrgView};

#[derive(Subcommand, Debug)]
pub enum ViewCommand {
    Save(SaveArgs),
    List(ListArgs),
    /// Show a saved view: its settings, who saved it
    #[command(after_long_help = "Examples:\n  \
        careward view show \"Monthly progress\" --kind reporting --format json")]
    Show(NameArgs),
    /// Delete a saved view (Manage Org Chart Views / Reporting Views)
    #[command(after_long_help = "Examples:\n  \
        careward view delete \"Monthly progress\" --kind reporting")]
    Delete(NameArgs),
}

/// The kinds of view, on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    Chart,
    Reporting,
}

impl KindArg {
    fn kind(self) -> ViewKind {
        match self {
            KindArg::Chart => ViewKind::Chart,
            KindArg::Reporting => ViewKind::Reporting,
        }
    }
}

/// Save an organisation view (replacing one of the same name) that everyone can select
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward view save \"Monthly progress\" --kind reporting \\\n      --since 2026-11-01 --until 2026-12-01\n  careward view save \"Stereotypy\" --kind chart --pinpoint \"Hand flapping\""
)]
pub struct SaveArgs {
    /// The view's name
    name: String,
    /// chart (for `report chart`) or reporting (for `report summary`)
    #[arg(long, value_enum)]
    kind: KindArg,
    #[command(flatten)]
    filters: Filters,
}

/// List the organisation's saved views
#[derive(Args, Debug)]
#[command(after_long_help = "Examples:\n  careward view list --kind reporting --format json")]
pub struct ListArgs {
    /// Only views of this kind
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
}

/// A saved view, by kind and name
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward view show \"Monthly progress\" --kind reporting --format json"
)]
pub struct NameArgs {
    /// The view's name
    name: String,
    /// chart or reporting
    #[arg(long, value_enum)]
    kind: KindArg,
}

pub fn run(ctx: &Ctx, command: &ViewCommand) -> Result<Reply> {
    match command {
        ViewCommand::Save(a) => save(ctx, a),
        ViewCommand::List(a) => list(ctx, a),
        ViewCommand::Show(a) => show(ctx, a),
        ViewCommand::Delete(a) => delete(ctx, a),
    }
}

/// The action that manages a kind of view, or a refusal for a policy without them.
fn manage_action(s: &Session, kind: ViewKind) -> Result<String> {
    // whoever may not view the organisation is refused (and audited) before being
    // told what its policy has
    s.authorize("org.view", &TargetFacts::org())?;
    s.policy.views.get(&kind).cloned().ok_or_else(|| {
        Error::usage(format!(
            "policy {} has no {} views",
            s.policy.name,
            kind.name()
        ))
        .hinted("saved views come with policies that declare them, such as behavior-charts")
        .into()
    })
}

pub fn find(s: &Session, kind: ViewKind, name: &str) -> Result<OrgView> {
    let name = name.trim();
    s.tx.org_view(s.org.id, kind, name)?.ok_or_else(|| {
        Error::not_found(format!(
            "no {} view \"{name}\" in {}",
            kind.name(),
            s.org.slug
        ))
        .hinted(format!(
            "list them with: careward view list --kind {}",
            kind.name()
        ))
        .into()
    })
}

fn save(ctx: &Ctx, args: &SaveArgs) -> Result<Reply> {
    let name = args.name.trim();
    crate::limits::name("the name", name)?;
    if name.is_empty() {
        return Err(Error::invalid("a view needs a name").into());
    }
    let filters = args.filters.checked()?;
    let kind = args.kind.kind();
    ctx.in_org(|s| {
        let action = manage_action(s, kind)?;
        let proof = s.authorize(&action, &TargetFacts::org())?;
        let settings = serde_json::to_string(&filters)?;
        let before = s.tx.org_view(s.org.id, kind, name)?;
        s.tx.put_org_view(
            &proof,
            s.org.id,
            &NewView {
                kind,
                name,
                settings: &settings,
            },
            &s.actor.label(),
            None,
        )?;
        let after = find(s, kind, name)?;
        s.record(
            &proof,
            &after.key(),
            json!({ "settings": filters, "replaced": before.map(|b| b.settings) }),
        )?;
        Ok(
            Reply::from(Output::object(view_fields(&after))).noted(change_note(
                ctx.global.dry_run,
                format!("save {} view \"{name}\"", kind.name()),
            )),
        )
    })
}

fn list(ctx: &Ctx, args: &ListArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        if s.policy.views.is_empty() {
            manage_action(s, ViewKind::Chart)?;
        }
        s.authorize("org.view", &TargetFacts::org())?;
        let rows =
            s.tx.org_views(s.org.id, args.kind.map(KindArg::kind))?
                .iter()
                .map(|v| view_fields(v).into_iter().map(|(_, value)| value).collect())
                .collect();
        Ok(Output::list(
            &["kind", "name", "settings", "created_by", "created_at"],
            rows,
        )
        .into())
    })
}

fn show(ctx: &Ctx, args: &NameArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let kind = args.kind.kind();
        manage_action(s, kind)?;
        s.authorize("org.view", &TargetFacts::org())?;
        Ok(Output::object(view_fields(&find(s, kind, &args.name)?)).into())
    })
}

fn delete(ctx: &Ctx, args: &NameArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let kind = args.kind.kind();
        let action = manage_action(s, kind)?;
        let proof = s.authorize(&action, &TargetFacts::org())?;
        let view = find(s, kind, &args.name)?;
        s.tx.delete_org_view(&proof, &view)?;
        s.record(&proof, &view.key(), json!({ "deleted": view.name }))?;
        Ok(
            Reply::from(Output::object(view_fields(&view))).noted(change_note(
                ctx.global.dry_run,
                format!("delete {} view \"{}\"", kind.name(), view.name),
            )),
        )
    })
}
