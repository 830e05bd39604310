//! `careward member`: invite members and take them through their lifecycle —
//! invited (holds roles, cannot act until they accept), active, inactive ("remove
//! access": data kept, can be reactivated), removed (only from inactive).

use std::collections::BTreeSet;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::member_import::{self, ImportArgs};
use super::{Reply, change_note, member_fields, record};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{ACCEPT_ACTION, Actor, MemberStatus, TargetFacts};
use crate::session::{Ctx, Session, parse_email};
use crate::store::{Member, MemberFilter, NewMember};

#[derive(Subcommand, Debug)]
pub enum MemberCommand {
    #[command(after_long_help = "Examples:\n  \
        careward member invite sol@north.example --role practitioner --name \\\n      \
        \"Sol Reyes\"\n  \
        careward member invite cole@north.example --role coordinator --role \\\n      \
        practitioner --principal coordinator\n  \
        # every member of a CSV file; nothing is applied if one line is wrong\n  \
        careward member invite --csv fixtures/csv/staff.csv --dry-run")]
    Invite(InviteArgs),
    #[command(after_long_help = "Examples:\n  \
        careward member accept --as sol@north.example")]
    Accept(AcceptArgs),
    /// Cancel an invitation that was not accepted yet
    #[command(after_long_help = "Examples:\n  \
        careward member cancel sol@north.example")]
    Cancel(EmailArgs),
    #[command(after_long_help = "Examples:\n  \
        careward member list\n  \
        careward member list --role practitioner --status active\n  \
        careward member list --search reyes --format csv")]
    List(ListArgs),
    /// Show a member: roles, principal role, status and since when
    #[command(after_long_help = "Examples:\n  \
        careward member show sol@north.example\n  \
        careward member show sol@north.example --format json")]
    Show(EmailArgs),
    #[command(after_long_help = "Examples:\n  \
        careward member edit sol@north.example --title \"Psychologist\"")]
    Edit(EditArgs),
    #[command(after_long_help = "Examples:\n  \
        careward member deactivate pia@north.example\n  \
        # move their records to a colleague and deactivate them in one step\n  \
        careward member deactivate pia@north.example --transfer-to sol@north.example \\\n      \
        --keep-copy")]
    Deactivate(DeactivateArgs),
    /// Give a deactivated member their access back
    #[command(after_long_help = "Examples:\n  \
        careward member reactivate pia@north.example")]
    Reactivate(EmailArgs),
    /// Remove a deactivated member for good (their history stays in the audit log)
    #[command(after_long_help = "Examples:\n  \
        careward member remove pia@north.example")]
    Remove(EmailArgs),
    #[command(after_long_help = "Examples:\n  \
        careward member overview --as cole@north.example")]
    Overview(OverviewArgs),
}

/// Remove a member's access ("remove access"); their data stays and they can be reactivated
#[derive(Args, Debug)]
pub struct DeactivateArgs {
    /// The member's email
    #[arg(add = super::completions::members())]
    email: String,
    /// Move all their records to this member first, in the same step (a departure)
    #[arg(long, value_name = "EMAIL", add = super::completions::members())]
    transfer_to: Option<String>,
    /// With --transfer-to: they keep read-only archived copies of their records, with what is not carried
    #[arg(long, requires = "transfer_to")]
    keep_copy: bool,
    /// With --transfer-to: delete what the transfer does not carry (invoices, tasks…), knowingly
    #[arg(long, requires = "transfer_to", conflicts_with = "keep_copy")]
    discard_excluded: bool,
}

/// The members with their record counts, institutional and confidential (the coordinator's overview)
#[derive(Args, Debug)]
pub struct OverviewArgs {}

/// Invite a member with one or more roles, or every member of a CSV file
#[derive(Args, Debug)]
pub struct InviteArgs {
    /// The new member's email
    #[arg(required_unless_present = "csv", conflicts_with = "csv")]
    email: Option<String>,
    /// A role to give (repeat for several); with --csv, the roles of rows whose roles
    /// cell is empty
    #[arg(long = "role", value_name = "ROLE", required_unless_present = "csv", add = super::completions::roles())]
    roles: Vec<String>,
    /// The principal role, when the member holds several
    #[arg(long, value_name = "ROLE", conflicts_with = "csv", add = super::completions::roles())]
    principal: Option<String>,
    /// The member's name
    #[arg(long, default_value = "", conflicts_with = "csv")]
    name: String,
    /// The member's professional title
    #[arg(long, default_value = "", conflicts_with = "csv")]
    title: String,
    /// Create the member already active (seeding, migrations); with --csv, the status
    /// of rows whose status cell is empty
    #[arg(long)]
    accepted: bool,
    #[command(flatten)]
    import: ImportArgs,
}

/// Accept your own invitation (run as the invited member)
#[derive(Args, Debug)]
pub struct AcceptArgs {}

/// A member, by email
#[derive(Args, Debug)]
pub struct EmailArgs {
    /// The member's email
    #[arg(add = super::completions::members())]
    email: String,
}

/// List members, filtered by role, status or a search text
//
// `--format csv` writes exactly the columns `member invite --csv` reads, so that
// export, edit, import works. Removed members are no longer members (related article:
// their data is deleted, they can only be invited again), so they are left out unless
// asked for: an export then imports as it is.
#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only members holding this role
    #[arg(long, value_name = "ROLE", add = super::completions::roles())]
    role: Option<String>,
    /// Only members in this state; removed members are listed only with --status removed
    #[arg(long, value_parser = ["invited", "active", "inactive", "removed"])]
    status: Option<String>,
    /// Only members whose email or name contains this text
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
}

/// Change a member's name or professional title
#[derive(Args, Debug)]
pub struct EditArgs {
    /// The member's email
    #[arg(add = super::completions::members())]
    email: String,
    /// The new name
    #[arg(long)]
    name: Option<String>,
    /// The new professional title
    #[arg(long)]
    title: Option<String>,
    /// A role of the policy's profile groups, replacing the member's current one (under
    /// behavior-charts, the user type: full-access, single-client, read-only)
    //
    // A profile group's role is part of "their personal profile" (seed 003, Manage
    // Profile), so member.edit gates it, not role.assign; the group's constraints are
    // checked as for any role change.
    #[arg(long = "type", value_name = "ROLE")]
    role_type: Option<String>,
}

pub fn run(ctx: &Ctx, command: &MemberCommand) -> Result<Reply> {
    match command {
        MemberCommand::Invite(args) => invite(ctx, args),
        MemberCommand::Accept(args) => accept(ctx, args),
        MemberCommand::Cancel(args) => cancel(ctx, args),
        MemberCommand::List(args) => list(ctx, args),
        MemberCommand::Show(args) => show(ctx, args),
        MemberCommand::Edit(args) => edit(ctx, args),
        MemberCommand::Deactivate(args) => deactivate(ctx, args),
        MemberCommand::Reactivate(args) => reactivate(ctx, args),
        MemberCommand::Remove(args) => remove(ctx, args),
        MemberCommand::Overview(args) => overview(ctx, args),
    }
}

/// Refuse a change that needs `needed` more seats than the plan has free. Every path
/// that adds a seat (invite, accept, reactivate, CSV imports) goes through here, with
/// the count from `Policy::seats_taken`.
pub fn ensure_seats(s: &Session, needed: u32) -> Result<()> {
    let Some(seats) = s.org.seats else {
        return Ok(());
    };
    if needed == 0 {
        return Ok(());
    }
    let used = s.tx.count_members_in(s.org.id, &s.policy.seat_states)?;
    let free = seats.saturating_sub(used);
    if needed > free {
        return Err(Error::conflict(format!(
            "not enough seats: this needs {needed}, {free} {} free ({used} of {seats} in use)",
            if free == 1 { "is" } else { "are" }
        ))
        .hinted("add seats (a member with billing.manage), or deactivate members who have left")
        .into());
    }
    Ok(())
}

/// Refuse invitations beyond the plan's allowance ("each invitation sent uses one").
pub fn use_invitations(s: &Session, needed: u32) -> Result<()> {
    let Some(allowance) = s.org.invitation_allowance else {
        return Ok(());
    };
    let left = allowance.saturating_sub(s.org.invitations_sent);
    if needed > left {
        return Err(Error::conflict(format!(
            "the plan's invitations are used up: this needs {needed}, {left} left of {allowance}"
        ))
        .hinted("add invitations to the plan, or add members already active with --accepted")
        .into());
    }
    Ok(())
}

fn parse_roles(s: &Session, roles: &[String]) -> Result<BTreeSet<String>> {
    let mut set = BTreeSet::new();
    for role in roles {
        let role = role.trim();
        if s.policy.role(role).is_none() {
            return Err(s.policy.unknown_role(role).into());
        }
        set.insert(role.to_string());
    }
    Ok(set)
}

fn invite(ctx: &Ctx, args: &InviteArgs) -> Result<Reply> {
    let email = match (&args.email, &args.import.csv) {
        (_, Some(_)) => {
            let status = if args.accepted {
                MemberStatus::Active
            } else {
                MemberStatus::Invited
            };
            return member_import::import(ctx, &args.import, &args.roles, status);
        }
        (Some(email), None) => {
            crate::limits::name("--name", args.name.trim())?;
            crate::limits::title("--title", args.title.trim())?;
            parse_email(email)?
        }
        // clap requires one of the two
        (None, None) => return Err(Error::usage("give an EMAIL or --csv FILE").into()),
    };
    ctx.in_org(|s| {
        let roles = parse_roles(s, &args.roles)?;
        let principal = args.principal.as_deref().map(str::trim);
        let target = TargetFacts {
            key: format!("member:{email}"),
            ..TargetFacts::org()
        };
        let proof = s.authorize("member.invite", &target)?;
        if let Some(existing) = s.tx.member_by_email(s.org.id, &email)?
            && existing.status != MemberStatus::Removed
        {
            return Err(Error::conflict(format!("{email} is already a member ({})", existing.status))
                .hinted(format!("see them with: careward member show {email}; change roles with careward role assign"))
                .into());
        }
        s.policy.check_roles(s.org.kind, &email, &roles, principal)?;
        let status = if args.accepted { MemberStatus::Active } else { MemberStatus::Invited };
        ensure_seats(s, s.policy.seats_taken(None, status))?;
        if status == MemberStatus::Invited {
            use_invitations(s, 1)?;
            s.tx.count_invitation(&proof, s.org.id)?;
        }
        s.tx.insert_member(
            &proof,
            s.org.id,
            &NewMember {
                email: &email,
                name: args.name.trim(),
                title: args.title.trim(),
                status,
                roles: &roles,
                principal: principal.or_else(|| (roles.len() == 1).then(|| roles.first().map(String::as_str)).flatten()),
                invited_by: &s.actor.label(),
            },
        )?;
        let member = s.member(&email)?;
        s.record(
            &proof,
            &target.key,
            json!({ "roles": roles, "principal": member.principal, "status": status.name(), "name": member.name, "title": member.title }),
        )?;
        Ok(Reply::from(Output::object(member_fields(&member))).noted(change_note(
            ctx.global.dry_run,
            format!("{} {email}", if args.accepted { "add" } else { "invite" }),
        )))
    })
}

fn accept(ctx: &Ctx, _args: &AcceptArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let me = match &s.actor {
            Actor::Member(m) => s.member(&m.email)?,
            _ => {
                return Err(
                    Error::usage("only the invited member can accept their invitation")
                        .hinted("run it as them: careward member accept --as EMAIL")
                        .into(),
                );
            }
        };
        let proof = s.authorize(ACCEPT_ACTION, &me.target())?;
        // A policy may count only active members (psychiatry-clinic: "Invited: does not
        // count toward the plan's user limit"): then accepting takes the seat.
        ensure_seats(
            s,
            s.policy.seats_taken(Some(me.status), MemberStatus::Active),
        )?;
        s.tx.set_member_status(&proof, &me, MemberStatus::Active)?;
        s.record(&proof, &me.target().key, json!({ "status": "active" }))?;
        let me = s.member(&me.email)?;
        Ok(
            Reply::from(Output::object(member_fields(&me))).noted(change_note(
                ctx.global.dry_run,
                format!("accept the invitation of {}", me.email),
            )),
        )
    })
}

fn cancel(ctx: &Ctx, args: &EmailArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let member = s.member(&args.email)?;
        let proof = s.authorize("member.invite", &member.target())?;
        if member.status != MemberStatus::Invited {
            return Err(Error::conflict(format!(
                "{} has no pending invitation: they are {}",
                member.email, member.status
            ))
            .hinted(format!(
                "to take away their access: careward member deactivate {}",
                member.email
            ))
            .into());
        }
        s.tx.set_member_status(&proof, &member, MemberStatus::Removed)?;
        s.record(
            &proof,
            &member.target().key,
            json!({ "cancelled": true, "roles": member.roles }),
        )?;
        let member = s.member(&member.email)?;
        Ok(
            Reply::from(Output::object(member_fields(&member))).noted(change_note(
                ctx.global.dry_run,
                format!("cancel the invitation of {}", member.email),
            )),
        )
    })
}

/// The rows of `member list`, in the columns of `member_import::LIST_COLUMNS`: what an
/// import reads (with each member's active locations and teams), then who invited them.
pub fn list_rows(s: &Session, members: &[Member]) -> Result<Vec<Vec<Value>>> {
    members
        .iter()
        .map(|m| {
            Ok(vec![
                json!(m.email),
                json!(m.name),
                json!(m.title),
                json!(m.roles),
                json!(m.principal),
                json!(m.status.name()),
                json!(s.tx.member_locations(m.id)?),
                json!(s.tx.member_teams(m.id)?),
                json!(m.invited_by),
                json!(m.invited_at),
            ])
        })
        .collect()
}

fn list(ctx: &Ctx, args: &ListArgs) -> Result<Reply> {
    if let Some(search) = &args.search {
        crate::limits::text("--search", search)?;
    }
    ctx.read_in_org(|s| {
        if let Some(role) = &args.role
            && s.policy.role(role).is_none()
        {
            return Err(s.policy.unknown_role(role).into());
        }
        let filter = MemberFilter {
            role: args.role.as_deref(),
            status: args.status.as_deref().and_then(MemberStatus::parse),
            search: args.search.as_deref(),
        };
        // Each row is gated: a member who may view only themselves sees only themselves.
        let mut visible = Vec::new();
        for m in s.tx.members(s.org.id, &filter)? {
            if filter.status.is_none() && m.status == MemberStatus::Removed {
                continue;
            }
            if s.check("member.view", &m.target())?.decision().allowed {
                visible.push(m);
            }
        }
        if visible.is_empty()
            && !s
                .check("member.view", &TargetFacts::org())?
                .decision()
                .allowed
        {
            let me = s.actor.member().map(|m| m.email.clone());
            let own = match me {
                Some(email) => s.tx.member_by_email(s.org.id, &email)?.map(|m| m.target()),
                None => None,
            };
            s.authorize("member.view", &own.unwrap_or_else(TargetFacts::org))?;
        }
        Ok(
            Output::list(member_import::LIST_COLUMNS, list_rows(s, &visible)?)
                .brief(&["email", "name", "roles", "status", "locations"])
                .into(),
        )
    })
}

fn show(ctx: &Ctx, args: &EmailArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let member = s.member(&args.email)?;
        s.authorize("member.view", &member.target())?;
        Ok(Output::object(member_fields(&member)).into())
    })
}

fn edit(ctx: &Ctx, args: &EditArgs) -> Result<Reply> {
    if args.name.is_none() && args.title.is_none() && args.role_type.is_none() {
        return Err(Error::usage("nothing to change")
            .hinted("give --name, --title or --type")
            .into());
    }
    if let Some(name) = &args.name {
        crate::limits::name("--name", name.trim())?;
    }
    if let Some(title) = &args.title {
        crate::limits::title("--title", title.trim())?;
    }
    ctx.in_org(|s| {
        let member = s.member(&args.email)?;
        let proof = s.authorize("member.edit", &member.target())?;
        let name = args.name.as_deref().map_or(member.name.as_str(), str::trim);
        let title = args
            .title
            .as_deref()
            .map_or(member.title.as_str(), str::trim);
        s.tx.set_member_details(&proof, &member, name, title)?;
        let roles = match &args.role_type {
            Some(role) => profile_role(s, &proof, &member, role.trim())?,
            None => member.roles.clone(),
        };
        let mut details = json!({ "name": [member.name, name], "title": [member.title, title] });
        if roles != member.roles {
            details["roles"] = json!([member.roles, roles]);
        }
        s.record(&proof, &member.target().key, details)?;
        let member = s.member(&member.email)?;
        Ok(
            Reply::from(Output::object(member_fields(&member))).noted(change_note(
                ctx.global.dry_run,
                format!("edit {}", member.email),
            )),
        )
    })
}

/// Give a member `role` of a profile group in place of their current one, the
/// organisation's rules re-checked as for any role change: the new type's
/// compatibility, the reach limits, the minimum holders. Returns the roles they hold.
fn profile_role(
    s: &Session,
    proof: &crate::policy::Granted,
    member: &Member,
    role: &str,
) -> Result<std::collections::BTreeSet<String>> {
    let groups: Vec<&crate::policy::RoleGroup> = s
        .policy
        .constraints
        .role_groups
        .iter()
        .filter(|g| g.profile)
        .collect();
    let Some(group) = groups.iter().find(|g| g.roles.iter().any(|r| r == role)) else {
        let roles: Vec<&str> = groups
            .iter()
            .flat_map(|g| g.roles.iter().map(String::as_str))
            .collect();
        return Err(Error::invalid(format!(
            "--type {role} is not a role of a member's profile in policy {}",
            s.policy.name
        ))
        .hinted(if roles.is_empty() {
            "this policy has no profile types: change roles with careward role assign".to_string()
        } else {
            format!("the types are: {}", roles.join(", "))
        })
        .into());
    };
    let mut roles = member.roles.clone();
    roles.retain(|r| !group.roles.contains(r));
    roles.insert(role.to_string());
    if roles == member.roles {
        return Ok(roles);
    }
    let principal = member
        .principal
        .clone()
        .filter(|p| roles.contains(p))
        .or_else(|| Some(role.to_string()));
    s.policy
        .check_roles(s.org.kind, &member.email, &roles, principal.as_deref())?;
    s.tx.set_roles(proof, member, &roles, principal.as_deref())?;
    s.policy
        .check_min_holders(|r| s.tx.active_holders(s.org.id, r))?;
    s.check_reach(&member.email)?;
    Ok(roles)
}

/// Move a member to `to`, authorized by `action`; a member already there is reported
/// unchanged, so scripts can run the command again safely.
fn set_status(
    ctx: &Ctx,
    email: &str,
    action: &str,
    from: &[MemberStatus],
    to: MemberStatus,
    // the verb, as in "deactivate", and as in "can be deactivated"
    (verb, verb_done): (&str, &str),
    // what the change does first (a departure's transfers), and what it reports of it
    before: impl FnOnce(&Session, &Member) -> Result<Done>,
) -> Result<Reply> {
    ctx.in_org(|s| {
        let member = s.member(email)?;
        let proof = s.authorize(action, &member.target())?;
        if member.status == to {
            return Ok(Reply::from(Output::object(member_fields(&member)))
                .noted(format!("{} is already {to}: nothing to do", member.email)));
        }
        // Taking an active member out of the organisation must leave enough holders of
        // each role (the last administrator). Asked before the lifecycle, so that
        // removing the last administrator gets the hint that helps ("appoint
        // another"), not one that leads to the same refusal ("deactivate first").
        if member.status == MemberStatus::Active && to != MemberStatus::Active {
            s.policy.check_min_holders(|role| {
                let holders = s.tx.active_holders(s.org.id, role)?;
                Ok(holders.saturating_sub(u32::from(member.roles.contains(role))))
            })?;
        }
        if !from.contains(&member.status) {
            let hint = match (member.status, to) {
                (MemberStatus::Active, MemberStatus::Removed) => {
                    format!(
                        "remove their access first: careward member deactivate {}",
                        member.email
                    )
                }
                (MemberStatus::Invited, _) => {
                    format!(
                        "cancel the invitation instead: careward member cancel {}",
                        member.email
                    )
                }
                (MemberStatus::Removed, _) => {
                    format!("invite them again: careward member invite {}", member.email)
                }
                _ => format!("see them with: careward member show {}", member.email),
            };
            return Err(Error::conflict(format!(
                "{} is {}; only {} members can be {verb_done}",
                member.email,
                member.status,
                from.iter()
                    .map(|f| f.name())
                    .collect::<Vec<_>>()
                    .join(" or ")
            ))
            .hinted(hint)
            .into());
        }
        let done = before(s, &member)?;
        ensure_seats(s, s.policy.seats_taken(Some(member.status), to))?;
        s.tx.set_member_status(&proof, &member, to)?;
        // "their data is permanently deleted; they cannot be reactivated, only invited again"
        if to == MemberStatus::Removed && s.policy.remove_erases_data {
            s.tx.erase_member_details(&proof, &member)?;
        }
        s.policy
            .check_min_holders(|role| s.tx.active_holders(s.org.id, role))?;
        s.record(
            &proof,
            &member.target().key,
            json!({ "status": [member.status.name(), to.name()], "roles": member.roles }),
        )?;
        let member = s.member(&member.email)?;
        let mut fields = member_fields(&member);
        fields.extend(done.fields);
        let mut what = format!("{verb} {}", member.email);
        if let Some(more) = done.note {
            what = format!("{what}; {more}");
        }
        Ok(Reply::from(Output::object(fields)).noted(change_note(ctx.global.dry_run, what)))
    })
}

/// What a lifecycle change did before the change itself, for its report.
#[derive(Default)]
struct Done {
    fields: Vec<(&'static str, Value)>,
    note: Option<String>,
}

fn deactivate(ctx: &Ctx, args: &DeactivateArgs) -> Result<Reply> {
    set_status(
        ctx,
        &args.email,
        "member.deactivate",
        &[MemberStatus::Active],
        MemberStatus::Inactive,
        ("deactivate", "deactivated"),
        |s, member| {
            // A departure: every record they hold moves at once, confidential ones too,
            // each transfer authorized and audited on its own.
            let Some(to) = &args.transfer_to else {
                return Ok(Done::default());
            };
            let to = s.member(to)?;
            if to.id == member.id {
                return Err(
                    Error::conflict("cannot transfer a member's records to themselves").into(),
                );
            }
            record::check_active_recipient(&to)?;
            let records = s.tx.records(
                s.org.id,
                &crate::store::RecordFilter {
                    owner: Some(member.id),
                    ..Default::default()
                },
            )?;
            let records = records
                .into_iter()
                .filter(|r| r.status != "deleted")
                .collect();
            let run = format!(
                "departure-{}-{}-{}",
                member.email,
                s.tx.now(),
                s.tx.next_audit_id()?
            );
            let opts =
                record::CarryOptions::everything(&s.policy, args.keep_copy, args.discard_excluded);
            let (rows, moved, _) = record::move_all(s, records, &to, &opts, &run)?;
            // the numbers of the records moved that the actor may see (a coordinator
            // moves confidential records without learning which they are)
            let numbers: Vec<Value> = rows
                .iter()
                .filter(|row| row[4] == "moved" && !row[0].is_null())
                .map(|row| row[0].clone())
                .collect();
            let listed = numbers
                .iter()
                .map(|n| format!("record {n}"))
                .collect::<Vec<_>>();
            let unseen = moved - numbers.len();
            let mut note = format!(
                "moved {moved} record{} to {}",
                if moved == 1 { "" } else { "s" },
                to.email
            );
            if !listed.is_empty() {
                note.push_str(&format!(": {}", listed.join(", ")));
            }
            if unseen > 0 {
                note.push_str(&format!(" and {unseen} you may not view"));
            }
            Ok(Done {
                fields: vec![("moved", json!(numbers)), ("moved_to", json!(to.email))],
                note: Some(note),
            })
        },
    )
}

fn reactivate(ctx: &Ctx, args: &EmailArgs) -> Result<Reply> {
    set_status(
        ctx,
        &args.email,
        "member.deactivate",
        &[MemberStatus::Inactive],
        MemberStatus::Active,
        ("reactivate", "reactivated"),
        |_, _| Ok(Done::default()),
    )
}

fn remove(ctx: &Ctx, args: &EmailArgs) -> Result<Reply> {
    set_status(
        ctx,
        &args.email,
        "member.remove",
        &[MemberStatus::Inactive],
        MemberStatus::Removed,
        ("remove", "removed"),
        |s, member| {
            let owned = s.tx.count_owned_records(member.id)?;
            if owned > 0 && member.status == MemberStatus::Inactive {
                return Err(Error::conflict(format!(
                    "{} still owns {owned} record{}",
                    member.email,
                    if owned == 1 { "" } else { "s" }
                ))
                .hinted(format!(
                    "move them first: careward member deactivate {} --transfer-to EMAIL, or careward record transfer --all-from {} --to EMAIL",
                    member.email, member.email
                ))
                .into());
            }
            Ok(Done::default())
        },
    )
}

fn overview(ctx: &Ctx, _args: &OverviewArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        s.authorize("member.view", &TargetFacts::org())?;
        let counts: std::collections::HashMap<i64, crate::store::RecordCounts> =
            s.tx.record_counts(s.org.id)?.into_iter().collect();
        let rows =
            s.tx.members(s.org.id, &MemberFilter::default())?
                .into_iter()
                .filter(|m| m.status != MemberStatus::Removed)
                .map(|m| {
                    let c = counts.get(&m.id).cloned().unwrap_or_default();
                    vec![
                        json!(m.name),
                        json!(m.email),
                        json!(m.title),
                        json!(m.status.name()),
                        json!(c.institutional),
                        json!(c.confidential),
                    ]
                })
                .collect();
        Ok(Output::list(
            &[
                "name",
                "email",
                "title",
                "status",
                "institutional_records",
                "confidential_records",
            ],
            rows,
        )
        .brief(&[
            "name",
            "email",
            "status",
            "institutional_records",
            "confidential_records",
        ])
        .into())
    })
}
