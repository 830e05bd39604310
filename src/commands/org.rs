//! `careward org`: create an organisation with its first administrator, list, show, and
//! change its plan.

use std::collections::BTreeSet;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{MemberStatus, OrgKind, PRESETS, Policy, TargetFacts};
use crate::session::{ActorSpec, Ctx, Session, parse_email};
use crate::store::{AuditRecord, MemberFilter, NewMember, NewOrg, Org, Plan};

#[derive(Subcommand, Debug)]
pub enum OrgCommand {
    #[command(after_long_help = "Examples:\n  \
        careward org init north --name \"North Clinic\" --kind clinic --policy \\\n      \
        group-practice --admin ada@north.example\n  \
        # a school board with its own policy file and 40 seats\n  \
        careward org init maple-sb --name \"Maple School Board\" --kind school \\\n      \
        --policy ./ours.yaml --admin lee@maple.example --seats 40")]
    Init(InitArgs),
    #[command(after_long_help = "Examples:\n  \
        careward org seed fixtures/north-school.yaml\n  \
        # replace an organisation that exists (as a member who may org.manage it)\n  \
        careward org seed fixtures/north-school.yaml --replace --as ada@north.example")]
    Seed(SeedArgs),
    #[command(after_long_help = "Examples:\n  \
        careward org export > north.yaml\n  \
        # without client names or contact details, for support or CI\n  \
        careward org export --redact > north-redacted.yaml")]
    Export(ExportArgs),
    #[command(after_long_help = "Examples:\n  \
        careward org list --as ada@north.example")]
    List(ListArgs),
    #[command(after_long_help = "Examples:\n  \
        careward org show\n  \
        careward org show --org north --format json")]
    Show(ShowArgs),
    #[command(after_long_help = "Examples:\n  \
        careward org set --seats 25\n  \
        careward org set --plan free --dry-run")]
    Set(SetArgs),
}

/// Build a whole organisation from a YAML file (members, locations, teams, records, shares)
//
// Like `org init`, it has no actor; the file is checked against the policy's
// constraints, and nothing is written unless all of it holds.
#[derive(Args, Debug)]
pub struct SeedArgs {
    /// The organisation file (see fixtures/*.yaml; `org export` writes one)
    file: String,
    /// Rebuild an organisation of the same slug that differs from the file (its rows
    /// are deleted and seeded again, in one transaction; audited as org.replace)
    #[arg(long)]
    replace: bool,
}

/// Write the organisation as a file that `org seed` reads
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Replace client names, member names, emails and external ids
    #[arg(long)]
    redact: bool,
}

/// Create an organisation and its first administrator
//
// The one command without an actor: there is nobody to authorize yet.
#[derive(Args, Debug)]
pub struct InitArgs {
    /// Short name used with --org: lower-case letters, digits and hyphens
    slug: String,
    /// The organisation's display name
    #[arg(long)]
    name: String,
    /// clinic, or school (school service centres; the manager role needs one)
    #[arg(long, value_parser = ["clinic", "school"])]
    kind: String,
    /// A built-in policy (see `careward policy list`) or a policy file
    #[arg(long, value_name = "PRESET|FILE", add = super::completions::policies())]
    policy: String,
    /// The first administrator's email; they are active at once
    #[arg(long, value_name = "EMAIL")]
    admin: String,
    /// The first administrator's name
    #[arg(long, value_name = "NAME", default_value = "")]
    admin_name: String,
    /// Seats on a paid plan; without it, the free plan (members are not limited)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    seats: Option<u32>,
    /// Invitations the plan allows; each invitation sent uses one [default: no limit]
    #[arg(long, value_name = "N")]
    invitations: Option<u32>,
}

/// List the organisations the acting member belongs to
//
// It answers anyone who is an active member somewhere (about the organisations they
// may view); an email that is no active member of any organisation in the store is
// refused (exit 3, audited outside any organisation), as a mistyped --as should be.
#[derive(Args, Debug)]
pub struct ListArgs {}

/// Show the organisation: kind, policy, plan, seats and members by status
#[derive(Args, Debug)]
pub struct ShowArgs {}

/// Change the organisation's plan: free, or a number of seats (needs billing.manage)
//
// Plans (related article "CSV invitations"): free has unlimited members (the policy may
// limit other things: group-practice allows 5 client records); a paid plan has seats,
// and the members in the policy's seat states use them.
#[derive(Args, Debug)]
pub struct SetArgs {
    /// The plan; --seats N alone means the seats plan
    #[arg(long, value_enum)]
    plan: Option<PlanName>,
    /// The number of seats of the seats plan
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    seats: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum PlanName {
    Free,
    Seats,
}

pub fn run(ctx: &Ctx, command: &OrgCommand) -> Result<Reply> {
    match command {
        OrgCommand::Init(args) => init(ctx, args),
        OrgCommand::Seed(args) => super::orgfile::seed(ctx, &args.file, args.replace),
        OrgCommand::Export(args) => super::orgfile::export(ctx, args.redact),
        OrgCommand::List(args) => list(ctx, args),
        OrgCommand::Show(args) => show(ctx, args),
        OrgCommand::Set(args) => set(ctx, args),
    }
}

/// A preset by name, or a policy file by path (its text is kept with the organisation).
pub(super) fn load_policy(name: &str) -> Result<(Policy, Option<String>)> {
    if let Some(policy) = Policy::preset(name) {
        return Ok((policy?, None));
    }
    let path = std::path::Path::new(name);
    if !path.exists() {
        let presets: Vec<&str> = PRESETS.iter().map(|(n, _)| *n).collect();
        return Err(
            Error::not_found(format!("no preset or policy file named {name}"))
                .hinted(format!("the presets are: {}", presets.join(", ")))
                .into(),
        );
    }
    let text = crate::yaml_file::read(name, "policy file", crate::limits::POLICY_FILE_BYTES)?;
    Ok((Policy::parse(name, &text)?, Some(text)))
}

fn init(ctx: &Ctx, args: &InitArgs) -> Result<Reply> {
    crate::limits::slug(&args.slug)?;
    let name = args.name.trim();
    crate::limits::name("--name", name)?;
    crate::limits::name("--admin-name", args.admin_name.trim())?;
    if name.is_empty() {
        return Err(Error::invalid("the organisation needs a name")
            .hinted("--name \"North Clinic\"")
            .into());
    }
    let kind =
        OrgKind::parse(&args.kind).ok_or_else(|| Error::usage("--kind is clinic or school"))?;
    let (policy, policy_text) = load_policy(&args.policy)?;
    let admin = parse_email(&args.admin)?;
    let roles: BTreeSet<String> = policy.admin_roles.iter().cloned().collect();
    // admin_roles is never empty: validation refuses a policy without one
    let principal = policy.admin_roles.first().map(String::as_str);
    policy.check_roles(kind, &admin, &roles, principal)?;
    let policy_source = if policy_text.is_some() {
        args.policy.as_str()
    } else {
        policy.name.as_str()
    };

    // A dry run must not even create the store file: it works on a scratch store.
    let mut store = ctx.open_store_to_create()?;
    let (org, member) = store.transaction(
        &ctx.now_text(),
        ctx.global.dry_run,
        |tx| {
            let (org, member) = tx.create_org(
                &NewOrg {
                    slug: &args.slug,
                    name,
                    kind,
                    policy_source,
                    policy_text: policy_text.as_deref(),
                    seats: args.seats,
                    invitation_allowance: args.invitations,
                },
                &NewMember {
                    email: &admin,
                    name: args.admin_name.trim(),
                    title: "",
                    status: MemberStatus::Active,
                    roles: &roles,
                    principal,
                    invited_by: "org init",
                },
            )?;
            tx.append_audit(&AuditRecord {
                org: Some(org.id),
                actor: "org init",
                reason: ctx.global.reason.as_deref(),
                action: "org.init",
                target: "org",
                outcome: "allowed",
                decision: "allowed: org init creates an organisation and its first administrator",
                details: json!({
                    "slug": org.slug, "name": org.name, "kind": kind.name(),
                    "policy": policy_source, "seats": org.seats,
                    "admin": admin, "roles": roles,
                }),
            })?;
            Ok((org, member))
        },
        |_, _| Ok(()),
    )?;
    let output = Output::object(vec![
        ("slug", json!(org.slug)),
        ("name", json!(org.name)),
        ("kind", json!(kind.name())),
        ("policy", json!(org.policy_source)),
        ("plan", json!(org.plan().name())),
        ("seats", json!(org.seats)),
        ("admin", json!(member.email)),
        ("admin_roles", json!(member.roles)),
        ("created_at", json!(org.created_at)),
    ]);
    Ok(Reply::from(output).noted(change_note(
        ctx.global.dry_run,
        format!(
            "create organisation {} with administrator {}",
            org.slug, member.email
        ),
    )))
}

fn list(ctx: &Ctx, _args: &ListArgs) -> Result<Reply> {
    let spec = ctx.actor_spec()?;
    let mut store = ctx.open_store(false)?;
    let rows = store.transaction(
        &ctx.now_text(),
        ctx.global.dry_run,
        |tx| {
            let mut rows = Vec::new();
            let mut active_somewhere = false;
            for org in tx.orgs()? {
                if let ActorSpec::Email(email) = &spec {
                    match tx.member_by_email(org.id, email)? {
                        None => continue,
                        Some(m) => active_somewhere |= m.status == MemberStatus::Active,
                    }
                }
                let session = Session::new(tx, org, &spec, None)?;
                if !session
                    .check("org.view", &TargetFacts::org())?
                    .decision()
                    .allowed
                {
                    continue;
                }
                let org = &session.org;
                rows.push(vec![
                    json!(org.slug),
                    json!(org.name),
                    json!(org.kind.name()),
                    json!(org.policy_source),
                    json!(tx.count_members_in(org.id, &[MemberStatus::Active])?),
                ]);
            }
            match &spec {
                ActorSpec::Email(email) if !active_somewhere => Err(Error::denied_outright(
                    format!("{email} is not an active member of any organisation in this store"),
                )
                .hinted("check --as (or CAREWARD_AS): it names the acting member by their email")
                .into()),
                _ => Ok(rows),
            }
        },
        |tx, err| match (&spec, crate::error::find(err)) {
            (ActorSpec::Email(email), Some(e)) if e.kind == crate::error::ErrorKind::Denied => {
                tx.append_audit(&AuditRecord {
                    org: None,
                    actor: email,
                    reason: None,
                    action: "org list",
                    target: "store",
                    outcome: "denied",
                    decision: &format!("denied: {}", e.message),
                    details: json!({}),
                })?;
                Ok(())
            }
            _ => Ok(()),
        },
    )?;
    Ok(Output::list(&["slug", "name", "kind", "policy", "active_members"], rows).into())
}

fn show(ctx: &Ctx, _args: &ShowArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        s.authorize("org.view", &TargetFacts::org())?;
        Ok(Output::object(org_fields(s, &s.org)?).into())
    })
}

/// The organisation as `org show` and `org set` print it.
fn org_fields(s: &Session, org: &Org) -> Result<Vec<(&'static str, serde_json::Value)>> {
    let members = s.tx.members(org.id, &MemberFilter::default())?;
    let count = |st: MemberStatus| members.iter().filter(|m| m.status == st).count();
    let used = members
        .iter()
        .filter(|m| s.policy.uses_seat(m.status))
        .count() as u32;
    Ok(vec![
        ("slug", json!(org.slug)),
        ("name", json!(org.name)),
        ("kind", json!(org.kind.name())),
        ("policy", json!(org.policy_source)),
        ("plan", json!(org.plan().name())),
        ("seats", json!(org.seats)),
        ("seats_used", json!(used)),
        (
            "seats_free",
            json!(org.seats.map(|n| n.saturating_sub(used))),
        ),
        ("invitations_sent", json!(org.invitations_sent)),
        (
            "invitations_left",
            json!(
                org.invitation_allowance
                    .map(|n| n.saturating_sub(org.invitations_sent))
            ),
        ),
        ("active", json!(count(MemberStatus::Active))),
        ("invited", json!(count(MemberStatus::Invited))),
        ("inactive", json!(count(MemberStatus::Inactive))),
        ("created_at", json!(org.created_at)),
    ])
}

fn set(ctx: &Ctx, args: &SetArgs) -> Result<Reply> {
    let plan = match (args.plan, args.seats) {
        (None, None) => {
            return Err(Error::usage("nothing to change")
                .hinted("give --plan free, or --plan seats --seats N")
                .into());
        }
        (Some(PlanName::Free), None) => Plan::Free,
        (Some(PlanName::Free), Some(_)) => {
            return Err(Error::usage("the free plan has no seats")
                .hinted("give --plan free alone, or --plan seats --seats N")
                .into());
        }
        (Some(PlanName::Seats), None) => {
            return Err(Error::usage("the seats plan needs a number of seats")
                .hinted("--plan seats --seats N")
                .into());
        }
        (_, Some(n)) => Plan::Seats(n),
    };
    ctx.in_org(|s| {
        let proof = s.authorize("billing.manage", &TargetFacts::org())?;
        let before = s.org.plan();
        if before == plan {
            return Ok(Reply::from(Output::object(org_fields(s, &s.org)?))
                .noted(format!("{} is already on this plan: nothing to do", s.org.slug)));
        }
        if let Plan::Seats(seats) = plan {
            let used = s.tx.count_members_in(s.org.id, &s.policy.seat_states)?;
            if seats < used {
                return Err(Error::conflict(format!(
                    "{} {} fewer than the {used} in use",
                    crate::output::count(seats, "seat"),
                    if seats == 1 { "is" } else { "are" }
                ))
                .hinted("deactivate members who have left first, or choose more seats")
                .into());
            }
        }
        // The new plan may hold fewer records (group-practice's free plan: 5).
        let after = Org {
            seats: plan.seats(),
            ..s.org.clone()
        };
        super::record::ensure_record_room(s.tx, &s.policy, &after, 0, "")?;
        s.tx.set_plan(&proof, &s.org, plan)?;
        s.record(
            &proof,
            "org",
            json!({ "plan": [before.name(), plan.name()], "seats": [before.seats(), plan.seats()] }),
        )?;
        let org = s
            .tx
            .org_by_slug(&s.org.slug)?
            .ok_or_else(|| anyhow::anyhow!("organisation {} vanished", s.org.slug))?;
        let what = match plan {
            Plan::Free => "move to the free plan".to_string(),
            Plan::Seats(n) => format!("move to the seats plan with {}", crate::output::count(n, "seat")),
        };
        Ok(Reply::from(Output::object(org_fields(s, &org)?))
            .noted(change_note(ctx.global.dry_run, format!("{what}: {}", org.slug))))
    })
}
