//! `careward record`: client (or student) records — owned by one member, shared at a
//! level with members and teams, organised by location, transferred one at a time or
//! all at once.
//!
//! Two transfer flows (shared/seeds/RELATED.md, "Transfers"): an owner's transfer waits
//! for the recipient, and meanwhile the record's collaborators have no access; anyone
//! else allowed to transfer (a coordinator) moves the record at once, and collaborators
//! keep their access.

use std::collections::BTreeSet;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{Reply, change_note};
use super::{grouping, record_import};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{
    AccessChange, Actor, Carry, MemberRef, MemberStatus, RECEIVE_ACTION, TargetFacts,
};
use crate::session::{Ctx, Session};
use crate::store::{
    Grantee, GroupKind, Member, NewRecord, NewShare, Org, Plan, Record, RecordFilter, Tx,
};
use crate::when::{self, Toward};

/// How long a deleted record can be restored.
const RESTORE_DAYS: i64 = 30;

#[derive(Subcommand, Debug)]
pub enum RecordCommand {
    #[command(after_long_help = "Examples:\n  \
        careward record create --client \"Noah Martin\"\n  \
        careward record create --client \"Emma Roy\" --owner sol@north.example \\\n      \
        --location maple --external-id CRM-1001")]
    Create(CreateArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record import --csv fixtures/csv/records-clean.csv --dry-run\n  \
        # bring records that exist (by external id) up to date\n  \
        careward record import --csv fixtures/csv/records-clean.csv --update")]
    Import(record_import::ImportArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record list\n  \
        careward record list --owner sol@north.example --status active --format csv")]
    List(ListArgs),
    /// Show a record: client, owner, location, status (not its clinical content)
    #[command(after_long_help = "Examples:\n  \
        careward record show 42\n  \
        careward record show ext:CRM-1001 --format json")]
    Show(IdArgs),
    /// Open a record's clinical content (an audited read)
    #[command(after_long_help = "Examples:\n  \
        careward record open 42 --as sol@north.example")]
    Open(IdArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record edit 42 --client \"Noah Martin-Roy\"\n  \
        careward record edit 42 --no-location")]
    Edit(EditArgs),
    /// Archive an active record
    #[command(after_long_help = "Examples:\n  \
        careward record archive 42")]
    Archive(IdArgs),
    /// Bring an archived record back to active
    #[command(after_long_help = "Examples:\n  \
        careward record reactivate 42")]
    Reactivate(IdArgs),
    /// Delete an archived record (it can be restored for 30 days)
    #[command(after_long_help = "Examples:\n  \
        careward record delete 42\n  \
        careward record delete ext:CRM-1001 --dry-run")]
    Delete(IdArgs),
    /// Restore a deleted record, as archived, within 30 days
    #[command(after_long_help = "Examples:\n  \
        careward record restore 42")]
    Restore(IdArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record confidential 42 on\n  \
        careward record confidential 42 off")]
    Confidential(ConfidentialArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record share 42 --with pia@north.example --level read\n  \
        careward record share 42 --team tsa --level write --until 2027-01-01\n  \
        # an intern's notes wait for the owner's approval\n  \
        careward record share 42 --with ivy@north.example --level write \\\n      \
        --require-approval")]
    Share(ShareArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record unshare 42 --with pia@north.example\n  \
        careward record unshare 42 --team tsa")]
    Unshare(UnshareArgs),
    /// List who can reach a record, and through what (a share, a team, a role)
    #[command(after_long_help = "Examples:\n  \
        careward record access 42")]
    Access(IdArgs),
    /// Give up your own share of a record
    #[command(after_long_help = "Examples:\n  \
        careward record leave 42 --as pia@north.example")]
    Leave(IdArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record transfer 42 --to sol@north.example\n  \
        # every active record of a member who leaves, confidential ones included\n  \
        careward record transfer --all-from pia@north.example --to sol@north.example \\\n      \
        --include-confidential --keep-copy")]
    Transfer(TransferArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record transfers")]
    Transfers(TransfersArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record pending --as cole@north.example")]
    Pending(PendingArgs),
    #[command(after_long_help = "Examples:\n  \
        careward record emergency-access 42 --for 1h --reason \\\n      \
        \"patient in crisis, owner unreachable\"\n  \
        careward record emergency-access --list")]
    EmergencyAccess(EmergencyArgs),
}

/// Break the glass: read access to a record for a bounded time, with a mandatory --reason
//
// The reason is the global --reason; the grant is audited and listed until it expires.
#[derive(Args, Debug)]
pub struct EmergencyArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(required_unless_present = "list", conflicts_with = "list", add = super::completions::records())]
    id: Option<String>,
    /// How long: 30m, 1h30m, 8h [default: the policy's, one hour in group-practice]
    #[arg(long = "for", value_name = "DURATION")]
    duration: Option<String>,
    /// List the active and past emergency grants (yours; all of them if you read the audit trail)
    #[arg(long)]
    list: bool,
}

/// Create a client record
#[derive(Args, Debug)]
pub struct CreateArgs {
    /// The client's (or student's) display name
    #[arg(long)]
    client: String,
    /// The member responsible for it [default: you]
    #[arg(long, value_name = "EMAIL", add = super::completions::members())]
    owner: Option<String>,
    /// The location (school) it belongs to
    #[arg(long, value_name = "SLUG", add = super::completions::locations())]
    location: Option<String>,
    /// Mark the whole record confidential
    #[arg(long)]
    confidential: bool,
    /// An identifier from another system, usable as ext:ID
    #[arg(long, value_name = "ID")]
    external_id: Option<String>,
}

/// List the records you can see
#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only records owned by this member
    #[arg(long, value_name = "EMAIL", add = super::completions::members())]
    owner: Option<String>,
    /// Only records at this location
    #[arg(long, value_name = "SLUG", add = super::completions::locations())]
    location: Option<String>,
    /// Only records in this state
    #[arg(long, value_parser = ["active", "archived", "deleted"])]
    status: Option<String>,
    /// Only confidential (yes) or only institutional (no) records
    #[arg(long, value_parser = ["yes", "no"])]
    confidential: Option<String>,
}

/// A record, by number or ext:EXTERNAL-ID
#[derive(Args, Debug)]
pub struct IdArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(add = super::completions::records())]
    id: String,
}

/// Change a record's client name, location or external id
#[derive(Args, Debug)]
pub struct EditArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(add = super::completions::records())]
    id: String,
    /// The client's display name
    #[arg(long)]
    client: Option<String>,
    /// The location (school) it belongs to
    #[arg(long, value_name = "SLUG", conflicts_with = "no_location", add = super::completions::locations())]
    location: Option<String>,
    /// Take the record off its location
    #[arg(long)]
    no_location: bool,
    /// The identifier from another system
    #[arg(long, value_name = "ID")]
    external_id: Option<String>,
}

/// Mark a whole record confidential, or not
#[derive(Args, Debug)]
pub struct ConfidentialArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(add = super::completions::records())]
    id: String,
    /// on or off
    #[arg(value_parser = ["on", "off"])]
    state: String,
}

/// Share a record with a member or a team at a level (sharing again replaces the level)
#[derive(Args, Debug)]
pub struct ShareArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(add = super::completions::records())]
    id: String,
    #[command(flatten)]
    who: GranteeArgs,
    /// The level: read, write or full (the policy's levels)
    #[arg(long)]
    level: String,
    /// The share ends at this time: 2w (from now), tomorrow, 2026-12-31 (that day's local start), or RFC 3339
    #[arg(long, value_name = "TIME")]
    until: Option<String>,
    /// The notes this member writes wait for your approval (interns, doctoral students)
    #[arg(long, requires = "with")]
    require_approval: bool,
    /// Their notes no longer wait for approval (the owner, or who required it)
    //
    // Sharing again without --require-approval keeps a requirement: it belongs to the
    // member on the record, not to one share, so it is only ever lifted on purpose.
    #[arg(long, requires = "with", conflicts_with = "require_approval")]
    lift_approval: bool,
}

/// Whom a share names: a member or a work team
#[derive(Args, Debug)]
pub struct GranteeArgs {
    /// The member
    #[arg(
        long = "with",
        value_name = "EMAIL",
        required_unless_present = "team",
        conflicts_with = "team",
        add = super::completions::members()
    )]
    with: Option<String>,
    /// The work team
    #[arg(long, value_name = "SLUG", add = super::completions::teams())]
    team: Option<String>,
}

/// Stop sharing a record with a member or a team
#[derive(Args, Debug)]
pub struct UnshareArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(add = super::completions::records())]
    id: String,
    #[command(flatten)]
    who: GranteeArgs,
}

/// Transfer a record (or all of a member's records) to another member
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct TransferArgs {
    #[command(subcommand)]
    decision: Option<TransferDecision>,
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(required_unless_present = "all_from", conflicts_with = "all_from", add = super::completions::records())]
    id: Option<String>,
    /// The member who becomes responsible for it
    #[arg(long, value_name = "EMAIL", required = true, add = super::completions::members())]
    to: Option<String>,
    /// Move every active record of this member at once
    #[arg(long, value_name = "EMAIL", add = super::completions::members())]
    all_from: Option<String>,
    /// With --all-from: only the records at this location
    #[arg(long, value_name = "SLUG", requires = "all_from", add = super::completions::locations())]
    location: Option<String>,
    /// Carry confidential notes and documents (with --all-from: confidential records too)
    #[arg(long)]
    include_confidential: bool,
    /// Carry raw data
    #[arg(long)]
    include_raw_data: bool,
    /// The previous owner keeps a read-only archived copy with everything, what is not carried included
    #[arg(long)]
    keep_copy: bool,
    /// Delete what the transfer does not carry, knowingly (without it, careward refuses to)
    #[arg(long, conflicts_with = "keep_copy")]
    discard_excluded: bool,
}

#[derive(Subcommand, Debug)]
pub enum TransferDecision {
    /// Accept a transfer waiting for you: you become responsible for the record
    #[command(after_long_help = "Examples:\n  \
        careward record transfer accept 42 --as sol@north.example")]
    Accept(IdArgs),
    /// Decline a transfer waiting for you: nothing changes
    #[command(after_long_help = "Examples:\n  \
        careward record transfer decline 42 --as sol@north.example")]
    Decline(IdArgs),
}

/// List the transfers waiting for a recipient (yours; all of them for coordinators)
#[derive(Args, Debug)]
pub struct TransfersArgs {}

/// List what a coordinator follows up: records waiting for transfer or owned by inactive members
#[derive(Args, Debug)]
pub struct PendingArgs {}

pub fn run(ctx: &Ctx, command: &RecordCommand) -> Result<Reply> {
    match command {
        RecordCommand::Create(a) => create(ctx, a),
        RecordCommand::Import(a) => record_import::import(ctx, a),
        RecordCommand::List(a) => list(ctx, a),
        RecordCommand::Show(a) => show(ctx, a),
        RecordCommand::Open(a) => open(ctx, a),
        RecordCommand::Edit(a) => edit(ctx, a),
        RecordCommand::Archive(a) => set_status(ctx, &a.id, &["active"], "archived"),
        RecordCommand::Reactivate(a) => set_status(ctx, &a.id, &["archived"], "active"),
        RecordCommand::Delete(a) => set_status(ctx, &a.id, &["archived"], "deleted"),
        RecordCommand::Restore(a) => set_status(ctx, &a.id, &["deleted"], "archived"),
        RecordCommand::Confidential(a) => confidential(ctx, a),
        RecordCommand::Share(a) => share(ctx, a),
        RecordCommand::Unshare(a) => unshare(ctx, a),
        RecordCommand::Access(a) => access(ctx, a),
        RecordCommand::Leave(a) => leave(ctx, a),
        RecordCommand::Transfer(a) => match &a.decision {
            Some(TransferDecision::Accept(id)) => decide(ctx, &id.id, "accepted"),
            Some(TransferDecision::Decline(id)) => decide(ctx, &id.id, "declined"),
            None => transfer(ctx, a),
        },
        RecordCommand::Transfers(a) => transfers(ctx, a),
        RecordCommand::Pending(a) => pending(ctx, a),
        RecordCommand::EmergencyAccess(a) => emergency_access(ctx, a),
    }
}

/// Find a record by number, `record:NUMBER` or `ext:EXTERNAL-ID`. Deleted records past
/// their restore window are purged first, so they are never found.
pub fn find(s: &Session, id: &str) -> Result<Record> {
    find_with(
        s,
        id,
        |n| s.tx.record_by_number(s.org.id, n),
        |ext| s.tx.record_by_external_id(s.org.id, ext),
    )
}

/// The record a target names as the gate sees it: only the facts a decision uses, in
/// one statement (`perm check` and every target named on the command line).
pub fn find_target(s: &Session, id: &str) -> Result<TargetFacts> {
    find_with(
        s,
        id,
        |n| s.tx.record_facts(s.org.id, Some(n), None),
        |ext| s.tx.record_facts(s.org.id, None, Some(ext)),
    )
}

/// A record named by its number or `ext:EXTERNAL-ID`, looked up by one of the two.
fn find_with<T>(
    s: &Session,
    id: &str,
    by_number: impl FnOnce(i64) -> Result<Option<T>>,
    by_external_id: impl FnOnce(&str) -> Result<Option<T>>,
) -> Result<T> {
    purge_expired(s)?;
    let id = id.trim();
    let id = id.strip_prefix("record:").unwrap_or(id);
    let found = match id.strip_prefix("ext:") {
        Some(ext) => by_external_id(ext)?,
        None => match id.parse::<i64>() {
            Ok(n) => by_number(n)?,
            Err(_) => {
                return Err(Error::invalid(format!(
                    "\"{id}\" is not a record number or ext:EXTERNAL-ID"
                ))
                .hinted("write a record as its number (42) or ext:EXTERNAL-ID")
                .into());
            }
        },
    };
    found.ok_or_else(|| {
        s.missing(
            format!("record:{id}"),
            Error::not_found(format!("no record {id} in {}", s.org.slug))
                .hinted("list the records you can see with: careward record list"),
        )
    })
}

/// Deleted records can be restored for 30 days; after that they are gone for good.
pub fn purge_expired(s: &Session) -> Result<()> {
    if s.purged.replace(true) {
        return Ok(());
    }
    let purged =
        s.tx.purge_deleted_records(s.org.id, &purge_cutoff(s.tx.now())?)?;
    if !purged.is_empty() {
        s.tx.append_audit(&crate::store::AuditRecord {
            org: Some(s.org.id),
            actor: "careward",
            reason: None,
            action: "record.purge",
            target: "org",
            outcome: "allowed",
            decision: &format!(
                "allowed: deleted records are kept {RESTORE_DAYS} days, then purged"
            ),
            details: json!({ "records": purged }),
        })?;
    }
    Ok(())
}

/// Records deleted before this time, `now` less the restore window, are purged.
pub fn purge_cutoff(now: &str) -> Result<String> {
    let now = when::from_store(now)?;
    Ok(when::store_text(now.checked_sub(
        jiff::SignedDuration::from_hours(24 * RESTORE_DAYS),
    )?))
}

/// Refuse a change that would take the organisation's client records (active and
/// archived together, read-only copies included) beyond what its plan holds: `needed`
/// more records, which `what` names ("the new record", "the read-only copy…"). With
/// `needed` 0, whether the records there are fit the plan (`org set --plan free`).
///
/// Every path that adds a record goes through here: `record create`, `record import`,
/// `record restore`, a transfer's read-only copy (`--keep-copy`, a departure), `org
/// seed`, and a change of plan. The limit is the policy's (`plans: {free: {records: 5}}`
/// in group-practice: related article "CSV invitations"). `org` is taken as it is, so a
/// change of plan passes the organisation as it would be.
pub fn ensure_record_room(
    tx: &Tx,
    policy: &crate::policy::Policy,
    org: &Org,
    needed: u64,
    what: &str,
) -> Result<()> {
    let plan = org.plan();
    let Some(limit) = policy.record_limit(plan.name()) else {
        return Ok(());
    };
    let limit = u64::from(limit);
    let existing = u64::try_from(tx.count_live_records(org.id)?).unwrap_or_default();
    if existing + needed <= limit {
        return Ok(());
    }
    let rule = format!(
        "the {} plan holds at most {}, active and archived together",
        plan.name(),
        crate::output::count(limit, "client record")
    );
    let (message, hint) = if needed == 0 {
        (
            format!("{rule}, and {} has {existing}", org.slug),
            "keep the current plan, or archive and delete the records no longer needed first"
                .to_string(),
        )
    } else {
        (
            format!(
                "{rule}: {existing} {} there, and {what} would make {}",
                if existing == 1 { "is" } else { "are" },
                existing + needed
            ),
            match plan {
                Plan::Free => "move to a paid plan: careward org set --plan seats --seats N (a member with billing.manage), or seats: N in an organisation file".to_string(),
                Plan::Seats(_) => "archive and delete the records no longer needed first (deleted records do not count)".to_string(),
            },
        )
    };
    Err(Error::conflict(message).hinted(hint).into())
}

/// A previous owner's archived copy "cannot be changed or reactivated".
fn not_a_copy(r: &Record) -> Result<()> {
    if r.read_only {
        return Err(Error::conflict(format!(
            "{} is a read-only archived copy kept after a transfer: it can be read, never changed or reactivated",
            r.key()
        ))
        .into());
    }
    Ok(())
}

fn record_fields(r: &Record) -> Vec<(&'static str, Value)> {
    vec![
        ("number", json!(r.number)),
        ("external_id", json!(r.external_id)),
        ("client", json!(r.client)),
        ("owner", json!(r.owner.email)),
        ("creator", json!(r.creator)),
        ("location", json!(r.location)),
        ("confidential", json!(r.confidential)),
        ("status", json!(r.status)),
        ("created_at", json!(r.created_at)),
        ("status_since", json!(r.status_since)),
        ("owner_since", json!(r.owner_since)),
        (
            "pending_transfer_to",
            json!(r.pending_to.as_ref().map(|m| &m.email)),
        ),
        ("read_only", json!(r.read_only)),
    ]
}

/// A record as the actor may see it after changing it: all of it when they may view
/// it; otherwise (a coordinator who moved, edited or archived a confidential record)
/// only its number, owner and state — related article on confidentiality: for
/// confidential records coordinators see "not their titles or numbers".
fn shown(s: &Session, r: &Record) -> Result<Output> {
    if s.check("record.view", &r.target())?.decision().allowed {
        return Ok(Output::object(record_fields(r)));
    }
    // every documented field, the others null
    let seen = ["number", "owner", "status", "pending_transfer_to"];
    Ok(Output::object(
        record_fields(r)
            .into_iter()
            .map(|(k, v)| (k, if seen.contains(&k) { v } else { Value::Null }))
            .collect(),
    ))
}

/// The id of a location named to filter by (archived ones too), if one is named.
fn location_filter(s: &Session, slug: Option<&str>) -> Result<Option<i64>> {
    slug.map(|slug| Ok(grouping::find(s, GroupKind::Location, slug)?.id))
        .transpose()
}

fn location_id(s: &Session, slug: &str) -> Result<i64> {
    let g = grouping::find(s, GroupKind::Location, slug)?;
    if g.status != "active" {
        return Err(Error::conflict(format!("location {slug} is archived")).into());
    }
    Ok(g.id)
}

/// Refuse a recipient who is not active (invited, inactive, removed): checked before
/// anything moves, also when there turns out to be nothing to move.
pub fn check_active_recipient(m: &Member) -> Result<()> {
    if m.status != MemberStatus::Active {
        return Err(Error::conflict(format!(
            "{} is {}: only an active member can be responsible for records",
            m.email, m.status
        ))
        .hinted(match m.status {
            MemberStatus::Invited => format!(
                "wait until they accept: careward member accept --as {}",
                m.email
            ),
            _ => format!(
                "choose another member, or reactivate them: careward member reactivate {}",
                m.email
            ),
        })
        .into());
    }
    Ok(())
}

/// Refuse a member who cannot be responsible for records: not active, or holding no
/// role that lets an owner see their own records.
pub(super) fn check_can_own(s: &Session, m: &Member, record: &TargetFacts) -> Result<()> {
    check_active_recipient(m)?;
    let as_owner = TargetFacts {
        owner: Some(MemberRef {
            id: m.id,
            email: m.email.clone(),
        }),
        recipient: None,
        ..record.clone()
    };
    if !s
        .check_as(&Actor::Member(m.facts()), "record.view", &as_owner)?
        .decision()
        .allowed
    {
        return Err(Error::conflict(format!(
            "{} cannot be responsible for records: no role of theirs ({}) lets an owner see their records",
            m.email,
            m.roles.iter().cloned().collect::<Vec<_>>().join(", ")
        ))
        .hinted("give them a role that holds records first (careward role assign)")
        .into());
    }
    Ok(())
}

/// A record about to be created, as the policy sees it: `record.create` is asked
/// about it (`record create`, `record import`).
pub(super) fn new_record(
    s: &Session,
    owner: &Member,
    location: Option<&str>,
    confidential: bool,
) -> TargetFacts {
    TargetFacts {
        key: "record:new".into(),
        owner: Some(MemberRef {
            id: owner.id,
            email: owner.email.clone(),
        }),
        creator: s.actor.member().map(|m| MemberRef {
            id: m.id,
            email: m.email.clone(),
        }),
        locations: location.iter().map(|slug| slug.to_string()).collect(),
        confidential,
        ..TargetFacts::org()
    }
}

fn create(ctx: &Ctx, args: &CreateArgs) -> Result<Reply> {
    let client = args.client.trim();
    if client.is_empty() {
        return Err(Error::invalid("a record needs a client name")
            .hinted("--client \"Sam Lee\"")
            .into());
    }
    crate::limits::client("--client", client)?;
    let external_id = args
        .external_id
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    if let Some(ext) = external_id {
        crate::limits::external_id("--external-id", ext)?;
    }
    ctx.in_org(|s| {
        purge_expired(s)?;
        let owner = match &args.owner {
            Some(email) => s.member(email)?,
            None => match s.actor.member() {
                Some(me) => s.member(&me.email)?,
                None => {
                    return Err(Error::usage("support staff must name the record's owner")
                        .hinted("add --owner EMAIL")
                        .into());
                }
            },
        };
        let location = match &args.location {
            Some(slug) => Some((location_id(s, slug)?, slug.trim().to_string())),
            None => None,
        };
        let target = new_record(
            s,
            &owner,
            location.as_ref().map(|(_, slug)| slug.as_str()),
            args.confidential,
        );
        let proof = s.authorize("record.create", &target)?;
        check_can_own(s, &owner, &target)?;
        if let Some(ext) = external_id
            && let Some(existing) = s.tx.record_by_external_id(s.org.id, ext)?
        {
            return Err(Error::conflict(format!("external id {ext} is already record {}", existing.number))
                .hinted(format!("see it with: careward record show ext:{ext}"))
                .into());
        }
        ensure_record_room(s.tx, &s.policy, &s.org, 1, "the new record")?;
        let record = s.tx.insert_record(
            &proof,
            s.org.id,
            &NewRecord {
                client,
                external_id,
                owner: owner.id,
                creator: &s.actor.label(),
                creator_id: s.actor.member().map(|m| m.id),
                location: location.as_ref().map(|(id, _)| *id),
                confidential: args.confidential,
            },
        )?;
        s.record(
            &proof,
            &record.key(),
            json!({ "owner": owner.email, "location": record.location, "confidential": record.confidential, "external_id": external_id }),
        )?;
        Ok(Reply::from(Output::object(record_fields(&record)))
            .noted(change_note(ctx.global.dry_run, format!("create {} for {}", record.key(), owner.email))))
    })
}

const LIST_COLUMNS: &[&str] = &[
    "number",
    "external_id",
    "client",
    "owner",
    "location",
    "confidential",
    "status",
];

/// The name a client goes by for whoever is acting. A client's name is profile
/// information: whoever may read the record's profile sees it; anyone else (support
/// staff, an administrator) sees `Client N`, N being the record's number. `record
/// list`, `record show` and `org export` all name clients through this one function.
pub(super) fn client_shown(s: &Session, r: &Record) -> Result<ClientName> {
    Ok(
        if s.check("profile.read", &r.target())?.decision().allowed {
            ClientName::Real(r.client.clone())
        } else {
            ClientName::Replaced(client_placeholder(r))
        },
    )
}

/// What stands for a client's name where it may not be shown (and in `org export --redact`).
pub(super) fn client_placeholder(r: &Record) -> String {
    format!("Client {}", r.number)
}

/// A client's name as shown: the real one, or its stand-in.
pub(super) enum ClientName {
    Real(String),
    Replaced(String),
}

impl ClientName {
    pub(super) fn replaced(&self) -> bool {
        matches!(self, ClientName::Replaced(_))
    }

    pub(super) fn text(self) -> String {
        match self {
            ClientName::Real(t) | ClientName::Replaced(t) => t,
        }
    }
}

fn list_row(r: &Record, client: String) -> Vec<Value> {
    vec![
        json!(r.number),
        json!(r.external_id),
        json!(client),
        json!(r.owner.email),
        json!(r.location),
        json!(r.confidential),
        json!(r.status),
    ]
}

/// Keep the records the actor may view. Returns them and how many confidential records
/// were left out that the actor would see were they not confidential (a coordinator
/// sees how many there are, never which).
pub(super) fn visible(s: &Session, records: Vec<Record>) -> Result<(Vec<Record>, usize)> {
    let mut shown = Vec::new();
    let mut hidden_confidential = 0;
    for r in records {
        let target = r.target();
        if s.check("record.view", &target)?.decision().allowed {
            shown.push(r);
        } else if r.confidential {
            let plain = TargetFacts {
                confidential: false,
                ..target
            };
            if s.check("record.view", &plain)?.decision().allowed {
                hidden_confidential += 1;
            }
        }
    }
    Ok((shown, hidden_confidential))
}

fn left_out_note(n: usize) -> Option<String> {
    (n > 0).then(|| {
        format!(
            "{n} confidential record{} left out: you may know how many, not which",
            if n == 1 { "" } else { "s" }
        )
    })
}

fn list(ctx: &Ctx, args: &ListArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        // someone who cannot act at all (inactive, invited, no member) is told so,
        // not shown an empty list
        s.authorize("org.view", &TargetFacts::org())?;
        purge_expired(s)?;
        let owner = match &args.owner {
            Some(email) => Some(s.member(email)?.id),
            None => None,
        };
        let location = location_filter(s, args.location.as_deref())?;
        let records = s.tx.records(
            s.org.id,
            &RecordFilter {
                owner,
                location,
                status: args.status.as_deref(),
                confidential: args.confidential.as_deref().map(|c| c == "yes"),
            },
        )?;
        let (shown, hidden) = visible(s, records)?;
        let mut rows = Vec::with_capacity(shown.len());
        for r in &shown {
            rows.push(list_row(r, client_shown(s, r)?.text()));
        }
        let mut reply = Reply::from(Output::list(LIST_COLUMNS, rows).brief(&[
            "number",
            "client",
            "owner",
            "location",
            "confidential",
            "status",
        ]));
        reply.note = left_out_note(hidden);
        Ok(reply)
    })
}

/// Related article on confidentiality: "a record with at least one confidential note or
/// document is partially confidential", and "Only the owner and those the record is
/// shared with see confidentiality tags": whoever may read the record is told whether
/// it holds a confidential entry; anyone else (a coordinator, a manager) gets null.
fn partially_confidential(s: &Session, r: &Record) -> Result<Value> {
    Ok(if s.check("record.read", &r.target())?.decision().allowed {
        json!(s.tx.has_confidential_entries(r)?)
    } else {
        Value::Null
    })
}

fn show(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let r = find(s, &args.id)?;
        s.authorize("record.view", &r.target())?;
        let mut fields = record_fields(&r);
        let client = client_shown(s, &r)?.text();
        for (name, value) in &mut fields {
            if *name == "client" {
                *value = json!(client);
            }
        }
        fields.push(("partially_confidential", partially_confidential(s, &r)?));
        Ok(Output::object(fields).into())
    })
}

/// Open a record's clinical content: the gate for systems that hold the notes, and an
/// audited read.
fn open(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let r = find(s, &args.id)?;
        let proof = s.authorize("record.read", &r.target())?;
        s.record_read(&proof, &r.key(), json!({ "read": "clinical content" }))?;
        let mut fields = record_fields(&r);
        fields.push(("partially_confidential", partially_confidential(s, &r)?));
        fields.push(("decision", json!(proof.decision().reason)));
        Ok(Output::object(fields).into())
    })
}

fn edit(ctx: &Ctx, args: &EditArgs) -> Result<Reply> {
    if args.client.is_none()
        && args.location.is_none()
        && !args.no_location
        && args.external_id.is_none()
    {
        return Err(Error::usage("nothing to change")
            .hinted("give --client, --location, --no-location or --external-id")
            .into());
    }
    if let Some(client) = &args.client {
        crate::limits::client("--client", client.trim())?;
    }
    if let Some(ext) = &args.external_id {
        crate::limits::external_id("--external-id", ext.trim())?;
    }
    ctx.in_org(|s| {
        let r = find(s, &args.id)?;
        let proof = s.authorize("record.edit", &r.target())?;
        not_a_copy(&r)?;
        if r.status != "active" {
            return Err(Error::conflict(format!("{} is {}: only active records can be changed", r.key(), r.status))
                .hinted(format!("reactivate it first: careward record reactivate {}", r.number))
                .into());
        }
        let client = args.client.as_deref().map(str::trim).unwrap_or(&r.client);
        if client.is_empty() {
            return Err(Error::invalid("a record needs a client name").into());
        }
        let location = match (&args.location, args.no_location) {
            (Some(slug), _) => Some(location_id(s, slug)?),
            (None, true) => None,
            (None, false) => location_filter(s, r.location.as_deref())?,
        };
        let external_id = match &args.external_id {
            Some(e) if e.trim().is_empty() => None,
            Some(e) => Some(e.trim()),
            None => r.external_id.as_deref(),
        };
        if let Some(ext) = external_id
            && let Some(other) = s.tx.record_by_external_id(s.org.id, ext)?
            && other.id != r.id
        {
            return Err(Error::conflict(format!("external id {ext} is already record {}", other.number)).into());
        }
        s.tx.update_record(&proof, &r, client, external_id, location)?;
        let after = find(s, &r.number.to_string())?;
        s.record(
            &proof,
            &r.key(),
            json!({ "client_changed": r.client != after.client, "location": [r.location, after.location], "external_id": [r.external_id, after.external_id] }),
        )?;
        Ok(Reply::from(shown(s, &after)?)
            .noted(change_note(ctx.global.dry_run, format!("edit {}", r.key()))))
    })
}

/// Archive, reactivate, delete (archived only) or restore (deleted, within 30 days).
fn set_status(ctx: &Ctx, id: &str, from: &[&str], to: &str) -> Result<Reply> {
    ctx.in_org(|s| {
        let r = find(s, id)?;
        let proof = s.authorize("record.archive", &r.target())?;
        not_a_copy(&r)?;
        if r.status == to {
            return Ok(Reply::from(shown(s, &r)?)
                .noted(format!("{} is already {to}: nothing to do", r.key())));
        }
        if !from.contains(&r.status.as_str()) {
            let hint = match (r.status.as_str(), to) {
                ("active", "deleted") => {
                    format!("archive it first: careward record archive {}", r.number)
                }
                ("deleted", _) => format!("restore it first: careward record restore {}", r.number),
                _ => format!("see it with: careward record show {}", r.number),
            };
            return Err(Error::conflict(format!(
                "{} is {}; only {} records can be {to}",
                r.key(),
                r.status,
                from.join(" or ")
            ))
            .hinted(hint)
            .into());
        }
        // a deleted record does not count against the plan; restored, it does again
        if r.status == "deleted" {
            ensure_record_room(s.tx, &s.policy, &s.org, 1, "the restored record")?;
        }
        if r.pending_to.is_some() && to != "active" {
            return Err(
                Error::conflict(format!("{} is waiting for a transfer", r.key()))
                    .hinted("wait for the recipient to accept or decline it")
                    .into(),
            );
        }
        s.tx.set_record_status(&proof, &r, to)?;
        s.record(&proof, &r.key(), json!({ "status": [r.status, to] }))?;
        let after = find(s, id)?;
        let mut reply = Reply::from(shown(s, &after)?);
        reply.note = Some(change_note(
            ctx.global.dry_run,
            match to {
                "deleted" => format!(
                    "delete {}; it can be restored for {RESTORE_DAYS} days",
                    r.key()
                ),
                _ => format!("make {} {to}", r.key()),
            },
        ));
        Ok(reply)
    })
}

fn confidential(ctx: &Ctx, args: &ConfidentialArgs) -> Result<Reply> {
    let on = args.state == "on";
    ctx.in_org(|s| {
        let r = find(s, &args.id)?;
        let proof = s.authorize("record.share", &r.target())?;
        not_a_copy(&r)?;
        if r.confidential == on {
            return Ok(Reply::from(Output::object(record_fields(&r))).noted("nothing to change"));
        }
        s.tx.set_record_confidential(&proof, &r, on)?;
        s.record(&proof, &r.key(), json!({ "confidential": on }))?;
        let after = find(s, &args.id)?;
        Ok(
            Reply::from(Output::object(record_fields(&after))).noted(change_note(
                ctx.global.dry_run,
                format!(
                    "mark {} {}",
                    r.key(),
                    if on {
                        "confidential"
                    } else {
                        "not confidential"
                    }
                ),
            )),
        )
    })
}

/// A share's grantee, from --with or --team.
pub(super) fn grantee(
    s: &Session,
    with: Option<&String>,
    team: Option<&String>,
) -> Result<(Grantee, String, Option<Member>)> {
    match (with, team) {
        (Some(email), _) => {
            let m = s.member(email)?;
            Ok((Grantee::Member(m.id), m.email.clone(), Some(m)))
        }
        (None, Some(slug)) => {
            let t = grouping::find(s, GroupKind::Team, slug)?;
            Ok((Grantee::Team(t.id), format!("team:{}", t.slug), None))
        }
        (None, None) => Err(Error::usage("say whom: --with EMAIL or --team SLUG").into()),
    }
}

fn parse_until(s: &Session, text: &str) -> Result<String> {
    let now = when::from_store(s.tx.now())?;
    let at = when::time("--until", text, now, Toward::Future)?;
    if at.as_str() <= s.tx.now() {
        return Err(Error::invalid(format!(
            "--until {} is not in the future",
            crate::limits::quote(text.trim())
        ))
        .into());
    }
    Ok(at)
}

fn share(ctx: &Ctx, args: &ShareArgs) -> Result<Reply> {
    // clap lets the flag through with --team: approval supervises one member's notes
    if args.require_approval && args.who.team.is_some() {
        return Err(Error::usage(
            "--require-approval supervises the notes of one member, not a team",
        )
        .hinted("share with the member: careward record share ID --with EMAIL --level write --require-approval")
        .into());
    }
    ctx.in_org(|s| {
        let r = find(s, &args.id)?;
        s.authorize("record.share", &r.target())?;
        let (who, label, member) = grantee(s, args.who.with.as_ref(), args.who.team.as_ref())?;
        let proof =
            s.authorize_access_change("record.share", &r.target(), AccessChange::Share(who))?;
        not_a_copy(&r)?;
        let level = args.level.trim();
        let record_levels: Vec<&str> = s
            .policy
            .levels
            .values()
            .filter(|l| l.actions.iter().any(|a| a.starts_with("record.")))
            .map(|l| l.name.as_str())
            .collect();
        if !record_levels.contains(&level) {
            return Err(
                Error::invalid(format!("unknown level \"{level}\" for records"))
                    .hinted(format!("the levels are: {}", record_levels.join(", ")))
                    .into(),
            );
        }
        let until = args
            .until
            .as_deref()
            .map(|u| parse_until(s, u))
            .transpose()?;
        if let Some(m) = &member {
            if m.id == r.owner.id {
                return Err(Error::conflict(format!(
                    "{} owns {}: they have all access already",
                    m.email,
                    r.key()
                ))
                .into());
            }
            if !matches!(m.status, MemberStatus::Active | MemberStatus::Invited) {
                return Err(Error::conflict(format!(
                    "{} is {}: they can reach nothing in the organisation",
                    m.email, m.status
                ))
                .into());
            }
        }
        if let (None, Some(slug)) = (&member, &args.who.team)
            && grouping::find(s, GroupKind::Team, slug)?.status != "active"
        {
            return Err(Error::conflict(format!("team {slug} is archived")).into());
        }
        let before = s.tx.shares(r.id)?.into_iter().find(|sh| match who {
            Grantee::Member(_) => sh.member.as_deref() == Some(label.as_str()),
            Grantee::Team(_) => {
                sh.team.as_ref().map(|t| format!("team:{t}")) == Some(label.clone())
            }
        });
        if args.require_approval && !s.policy.entries.approval_levels.iter().any(|l| l == level) {
            return Err(Error::invalid(format!(
                "a share at level {level} cannot require approval"
            ))
            .hinted(format!(
                "approval goes with levels {}",
                s.policy.entries.approval_levels.join(", ")
            ))
            .into());
        }
        s.tx.put_share(
            &proof,
            &r,
            &NewShare {
                grantee: who,
                level,
                until: until.as_deref(),
                reason: s.reason.as_deref(),
                by: &s.actor.label(),
            },
        )?;
        // what now reaches the grantee, or each member of the team, within the policy's limits
        match (&member, who) {
            (Some(m), _) => s.check_reach(&m.email)?,
            (None, Grantee::Team(team)) => {
                for email in s.tx.team_member_emails(team)? {
                    s.check_reach(&email)?;
                }
            }
            (None, Grantee::Member(_)) => {}
        }
        let mut approval = false;
        if let Grantee::Member(m) = who {
            let required = s.tx.approval_requirement(r.id, m)?;
            if args.require_approval {
                let supervisor = s.actor.member().map(|me| me.id);
                s.tx.set_approval_requirement(&proof, &r, m, Some(supervisor))?;
            } else if let (true, Some(supervisor)) = (args.lift_approval, required) {
                let lift = AccessChange::LiftApproval { supervisor };
                let proof = s.authorize_access_change("record.share", &r.target(), lift)?;
                s.tx.set_approval_requirement(&proof, &r, m, None)?;
            }
            approval = s.tx.requires_approval(r.id, m)?;
        }
        s.record(
            &proof,
            &r.key(),
            json!({
                "with": label, "level": level, "until": until, "require_approval": approval,
                "replaced": before.as_ref().map(|b| &b.level),
            }),
        )?;
        Ok(Reply::from(Output::object(vec![
            ("record", json!(r.number)),
            ("with", json!(label)),
            ("level", json!(level)),
            ("until", json!(until)),
            ("require_approval", json!(approval)),
            ("previous_level", json!(before.map(|b| b.level))),
        ]))
        .noted(change_note(
            ctx.global.dry_run,
            format!("share {} with {label} at level {level}", r.key()),
        )))
    })
}

fn unshare(ctx: &Ctx, args: &UnshareArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let r = find(s, &args.id)?;
        // The owner or a full collaborator changes sharing; an administrator may also
        // take a team off a record ("remove a team from a shared record").
        let shares = s.check("record.share", &r.target())?.decision().allowed;
        if !shares && args.who.team.is_none() {
            s.authorize("record.share", &r.target())?;
        }
        let (who, label, _) = grantee(s, args.who.with.as_ref(), args.who.team.as_ref())?;
        let change = AccessChange::Share(who);
        let proof = match &args.who.team {
            Some(slug) if !shares => {
                let team = grouping::find(s, GroupKind::Team, slug)?.target();
                s.authorize_access_change("team.manage", &team, change)?
            }
            _ => s.authorize_access_change("record.share", &r.target(), change)?,
        };
        let removed = s.tx.delete_share(&proof, &r, who)?;
        if removed {
            s.record(&proof, &r.key(), json!({ "unshared": label }))?;
        }
        Ok(Reply::from(Output::object(vec![
            ("record", json!(r.number)),
            ("with", json!(label)),
            ("removed", json!(removed)),
        ]))
        .noted(if removed {
            change_note(
                ctx.global.dry_run,
                format!("stop sharing {} with {label}", r.key()),
            )
        } else {
            format!("{} is not shared with {label}: nothing to do", r.key())
        }))
    })
}

/// The record actions `record access` reports, strongest last.
const ACCESS_ACTIONS: &[&str] = &[
    "record.view",
    "record.read",
    "record.write",
    "record.edit",
    "record.share",
    "record.transfer",
];

fn access(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let r = find(s, &args.id)?;
        // Who can reach a record is itself sensitive: the same rule as `perm who-can`.
        s.authorize_reveal_access(&r.target())?;
        let mut rows = Vec::new();
        for m in s.tx.members(s.org.id, &Default::default())? {
            let actor = Actor::Member(m.facts());
            let mut can = Vec::new();
            let mut why = None;
            for action in ACCESS_ACTIONS {
                let verdict = s.check_as(&actor, action, &r.target())?;
                if verdict.decision().allowed {
                    can.push(*action);
                    why.get_or_insert_with(|| verdict.decision().reason.clone());
                }
            }
            if !can.is_empty() {
                rows.push(vec![json!(m.email), json!(can), json!(why)]);
            }
        }
        let shares: Vec<Value> = s
            .tx
            .shares(r.id)?
            .iter()
            .map(|sh| {
                json!({
                    "with": sh.member.clone().unwrap_or_else(|| format!("team:{}", sh.team.clone().unwrap_or_default())),
                    "level": sh.level, "until": sh.until, "shared_by": sh.shared_by, "shared_at": sh.shared_at,
                })
            })
            .collect();
        let mut reply = Reply::from(Output::list(&["email", "can", "reason"], rows));
        if !shares.is_empty() {
            reply.note = Some(format!(
                "shares: {}",
                shares
                    .iter()
                    .map(|v| format!("{} ({})", crate::output::cell(&v["with"]), crate::output::cell(&v["level"])))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        Ok(reply)
    })
}

fn leave(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let r = find(s, &args.id)?;
        let Some(me) = s.actor.member() else {
            return Err(Error::usage("only a collaborator can leave a record they were shared").into());
        };
        if me.id == r.owner.id {
            return Err(Error::conflict(format!("you own {}: you cannot leave it", r.key()))
                .hinted("transfer it instead: careward record transfer ID --to EMAIL")
                .into());
        }
        let proof = s.authorize("record.view", &r.target())?;
        let own_share = s.tx.shares(r.id)?.into_iter().any(|sh| sh.member.as_deref() == Some(me.email.as_str()));
        if !own_share {
            return Err(Error::conflict(format!("{} is not shared with you directly", r.key()))
                .hinted("you reach it through a team or a role; ask an administrator to change that")
                .into());
        }
        s.tx.delete_share(&proof, &r, Grantee::Member(me.id))?;
        s.record(&proof, &r.key(), json!({ "left": me.email }))?;
        Ok(Reply::from(Output::object(vec![("record", json!(r.number)), ("left", json!(me.email))]))
            .noted(change_note(ctx.global.dry_run, format!("leave {}", r.key()))))
    })
}

/// What a transfer carries (shared/seeds/RELATED.md, "What information is included in
/// a record transfer?"): the policy says, by kind of entry, what always goes, what goes
/// when asked, and what never does.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CarryOptions {
    /// carry confidential entries (and, moving all of a member's records, confidential records)
    pub include_confidential: bool,
    /// the optional kinds' options given (`include-raw-data`)
    pub include: BTreeSet<String>,
    /// keep a read-only archived copy, with everything, for the previous owner
    pub keep_copy: bool,
    /// delete what is not carried, knowingly
    pub discard_excluded: bool,
}

impl CarryOptions {
    /// Everything that can go, goes (a departure); what never goes needs a decision.
    pub fn everything(
        policy: &crate::policy::Policy,
        keep_copy: bool,
        discard_excluded: bool,
    ) -> CarryOptions {
        CarryOptions {
            include_confidential: true,
            include: policy
                .entries
                .kinds
                .values()
                .filter_map(|k| k.option.clone())
                .collect(),
            keep_copy,
            discard_excluded,
        }
    }
}

/// One record's entries, sorted by what the transfer does with them.
#[derive(Default)]
struct CarryPlan {
    always: Vec<String>,
    optional_included: Vec<String>,
    optional_excluded: Vec<String>,
    never: Vec<String>,
    /// ids of the entries that do not go with the record
    left_behind: Vec<i64>,
}

impl CarryPlan {
    fn of(
        s: &Session,
        r: &Record,
        entries: Vec<crate::store::Entry>,
        opts: &CarryOptions,
    ) -> Result<CarryPlan> {
        let mut plan = CarryPlan::default();
        for e in entries {
            let label = format!(
                "{} {}{}",
                e.key(),
                e.kind,
                if e.confidential {
                    " (confidential)"
                } else {
                    ""
                }
            );
            let kind = s.policy.entries.kinds.get(&e.kind);
            let carry = match kind {
                Some(k)
                    if k.transfer == Carry::Never
                        && k.collaborators_keep
                        && e.author_id != Some(r.owner.id) =>
                {
                    // "each collaborator keeps their own"
                    Carry::Always
                }
                Some(k) if e.confidential && k.transfer != Carry::Never => {
                    s.policy.entries.confidential_transfer
                }
                Some(k) => k.transfer,
                None => Carry::Always,
            };
            let included = match carry {
                Carry::Always => true,
                Carry::Never => false,
                Carry::Optional if e.confidential => opts.include_confidential,
                Carry::Optional => kind
                    .and_then(|k| k.option.as_ref())
                    .is_some_and(|o| opts.include.contains(o)),
            };
            match (carry, included) {
                (Carry::Always, _) => plan.always.push(label),
                (Carry::Optional, true) => plan.optional_included.push(label),
                (Carry::Optional, false) => plan.optional_excluded.push(label),
                (Carry::Never, _) => plan.never.push(label),
            }
            if !included {
                plan.left_behind.push(e.id);
            }
        }
        Ok(plan)
    }

    /// What the transfer would delete with nobody having said it may: the entries not
    /// carried, when there is neither a copy nor --discard-excluded.
    fn would_lose(&self, opts: &CarryOptions) -> Option<String> {
        if self.left_behind.is_empty() || opts.keep_copy || opts.discard_excluded {
            return None;
        }
        Some(
            self.optional_excluded
                .iter()
                .chain(&self.never)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", "),
        )
    }

    /// Refuse to delete content silently.
    fn check(&self, r: &Record, opts: &CarryOptions) -> Result<()> {
        let Some(lost) = self.would_lose(opts) else {
            return Ok(());
        };
        Err(Error::conflict(format!(
            "transferring {} would delete what it does not carry: {lost}",
            r.key()
        ))
        .hinted("add --keep-copy (the previous owner keeps a read-only archived copy with everything), --discard-excluded to delete it knowingly, or --include-confidential / --include-raw-data to carry it")
        .into())
    }

    fn report(&self) -> Value {
        json!({
            "always": self.always,
            "optional": { "included": self.optional_included, "excluded": self.optional_excluded },
            "never": self.never,
        })
    }

    /// Keep the copy if asked, then delete what stays behind. Returns the copy's number.
    fn apply(
        &self,
        s: &Session,
        proof: &crate::policy::Granted,
        r: &Record,
        opts: &CarryOptions,
    ) -> Result<Option<i64>> {
        let copy = if opts.keep_copy {
            ensure_record_room(s.tx, &s.policy, &s.org, 1, COPY)?;
            Some(s.tx.copy_record(proof, s.org.id, r)?)
        } else {
            None
        };
        s.tx.delete_entries(proof, r, &self.left_behind)?;
        Ok(copy)
    }
}

/// How the record limit names what a transfer's `--keep-copy` adds.
const COPY: &str = "the read-only copy that --keep-copy keeps for the previous owner";

fn carry_options(args: &TransferArgs) -> CarryOptions {
    CarryOptions {
        include_confidential: args.include_confidential,
        include: args
            .include_raw_data
            .then(|| "include-raw-data".to_string())
            .into_iter()
            .collect(),
        keep_copy: args.keep_copy,
        discard_excluded: args.discard_excluded,
    }
}

fn transfer(ctx: &Ctx, args: &TransferArgs) -> Result<Reply> {
    let to = args
        .to
        .as_deref()
        .ok_or_else(|| Error::usage("say to whom: --to EMAIL"))?;
    // --location chooses among the records of --all-from: not silently ignored on one record
    if args.all_from.is_none() && args.location.is_some() {
        return Err(
            Error::usage("--location chooses among the records of --all-from")
                .hinted("careward record transfer --all-from EMAIL --to EMAIL --location SLUG")
                .into(),
        );
    }
    let opts = carry_options(args);
    if let Some(from) = &args.all_from {
        return ctx.in_org(|s| {
            let from = s.member(from)?;
            let to = s.member(to)?;
            if to.id == from.id {
                return Err(Error::conflict(format!("{} already owns every record of theirs", to.email))
                    .hinted("choose another member with --to")
                    .into());
            }
            check_active_recipient(&to)?;
            if s.actor.member().is_some_and(|me| me.id == from.id) {
                return Err(Error::conflict("--all-from moves records at once, as a coordinator does")
                    .hinted("to hand over your own records, transfer them one by one: the recipient accepts each")
                    .into());
            }
            let location = location_filter(s, args.location.as_deref())?;
            let records = s.tx.records(
                s.org.id,
                &RecordFilter {
                    owner: Some(from.id),
                    location,
                    status: Some("active"),
                    confidential: None,
                },
            )?;
            // named by its time and its first audit event, so two runs never share a name
            let run = format!("transfer-{}-{}", s.tx.now(), s.tx.next_audit_id()?);
            let (rows, moved, skipped) = move_all(s, records, &to, &opts, &run)?;
            let mut note = format!("move {moved} record{} from {} to {}", if moved == 1 { "" } else { "s" }, from.email, to.email);
            if skipped > 0 {
                note.push_str(&format!("; {skipped} confidential left with {} (add --include-confidential)", from.email));
            }
            Ok(Reply::from(Output::list(&MOVE_COLUMNS, rows).brief(&["record", "client", "from", "to", "outcome", "copy"])).noted(change_note(ctx.global.dry_run, note)))
        });
    }
    let id = args
        .id
        .as_deref()
        .ok_or_else(|| Error::usage("say which record, or --all-from EMAIL"))?;
    ctx.in_org(|s| {
        let r = find(s, id)?;
        let to = s.member(to)?;
        if to.id == r.owner.id {
            return Err(Error::conflict(format!("{} already owns {}", to.email, r.key())).into());
        }
        not_a_copy(&r)?;
        if r.status != "active" {
            return Err(Error::conflict(format!("{} is {}: only active records are transferred", r.key(), r.status))
                .hinted(format!("reactivate it first: careward record reactivate {}", r.number))
                .into());
        }
        let proof = s.authorize("record.transfer", &r.target())?;
        check_can_own(s, &to, &r.target())?;
        let plan = CarryPlan::of(s, &r, s.tx.entries(&r)?, &opts)?;
        plan.check(&r, &opts)?;
        let by_owner = s.actor.member().is_some_and(|me| me.id == r.owner.id);
        if by_owner {
            if let Some(p) = &r.pending_to {
                return Err(Error::conflict(format!("{} is already waiting for {}", r.key(), p.email))
                    .hinted("wait for them to accept or decline it")
                    .into());
            }
            // The copy is made when the recipient accepts (and the plan checked again
            // then); a transfer that cannot end is not offered.
            if opts.keep_copy {
                ensure_record_room(s.tx, &s.policy, &s.org, 1, COPY)?;
            }
            // What it carries is decided now and applied when the recipient accepts.
            s.tx.start_transfer(&proof, &r, to.id, &s.actor.label(), &serde_json::to_string(&opts)?)?;
            s.record(
                &proof,
                &r.key(),
                json!({ "from": r.owner.email, "to": to.email, "step": "started", "waits_for": to.email, "carries": plan.report() }),
            )?;
            let after = find(s, id)?;
            let mut fields = record_fields(&after);
            fields.push(("carries", plan.report()));
            return Ok(Reply::from(Output::object(fields)).noted(change_note(
                ctx.global.dry_run,
                format!(
                    "offer {} to {}; it waits for them to accept (careward record transfer accept {} --as {}), and its collaborators have no access until then",
                    r.key(),
                    to.email,
                    r.number,
                    to.email
                ),
            )));
        }
        let copy = plan.apply(s, &proof, &r, &opts)?;
        s.tx.move_record(&proof, &r, to.id)?;
        s.record(
            &proof,
            &r.key(),
            json!({
                "from": r.owner.email, "to": to.email, "step": "moved",
                "redirected_from": r.pending_to.as_ref().map(|p| &p.email),
                "carries": plan.report(), "copy": copy,
            }),
        )?;
        let after = find(s, id)?;
        let mut output = shown(s, &after)?;
        if let Output::Object(fields) = &mut output {
            fields.push(("carries".into(), plan.report()));
            fields.push(("copy_for_previous_owner".into(), json!(copy)));
        }
        Ok(Reply::from(output)
            .noted(change_note(ctx.global.dry_run, format!("move {} from {} to {}", r.key(), r.owner.email, to.email))))
    })
}

const MOVE_COLUMNS: [&str; 9] = [
    "record", "client", "from", "to", "outcome", "always", "optional", "never", "copy",
];

/// Move records at once (a coordinator's transfer), each authorized and audited on its
/// own under one run name. Confidential records stay unless `include_confidential`.
/// Returns the report rows (with what each record carries), how many moved and how
/// many confidential records were skipped.
pub fn move_all(
    s: &Session,
    records: Vec<Record>,
    to: &Member,
    opts: &CarryOptions,
    run: &str,
) -> Result<(Vec<Vec<Value>>, usize, usize)> {
    let mut rows = Vec::new();
    let (mut moved, mut skipped) = (0, 0);
    let mut checked_recipient = false;
    // Each copy is checked as it is made; checked first all together (once the first
    // record is authorized), a refusal gives the whole count.
    let copies = if opts.keep_copy {
        records
            .iter()
            .filter(|r| !r.read_only && r.owner.id != to.id)
            .filter(|r| !r.confidential || opts.include_confidential)
            .count() as u64
    } else {
        0
    };
    let mut entries = s.tx.entries_of(&records)?;
    for r in records {
        // A coordinator moves confidential records without learning which they are
        // (related article on confidentiality: "they see only how many each
        // practitioner has — not their titles or numbers").
        let known = s.check("record.view", &r.target())?.decision().allowed;
        let client = client_shown(s, &r)?.text();
        let row = |outcome: &str, plan: Option<&CarryPlan>, copy: Option<i64>| {
            let report = plan
                .filter(|_| known)
                .map(CarryPlan::report)
                .unwrap_or(Value::Null);
            let optional = if report.is_null() {
                Value::Null
            } else {
                json!(
                    report["optional"]["included"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|v| format!("{} (included)", v.as_str().unwrap_or_default()))
                        .chain(
                            report["optional"]["excluded"]
                                .as_array()
                                .into_iter()
                                .flatten()
                                .map(|v| format!("{} (excluded)", v.as_str().unwrap_or_default()))
                        )
                        .collect::<Vec<_>>()
                )
            };
            vec![
                if known { json!(r.number) } else { Value::Null },
                if known { json!(client) } else { Value::Null },
                json!(r.owner.email),
                json!(to.email),
                json!(outcome),
                report["always"].clone(),
                optional,
                report["never"].clone(),
                json!(copy),
            ]
        };
        if r.read_only {
            continue;
        }
        if r.confidential && !opts.include_confidential {
            skipped += 1;
            rows.push(row("skipped: confidential", None, None));
            continue;
        }
        if r.owner.id == to.id {
            rows.push(row("unchanged: already theirs", None, None));
            continue;
        }
        let proof = s.authorize("record.transfer", &r.target())?;
        if !checked_recipient {
            check_can_own(s, to, &r.target())?;
            if copies > 1 {
                let what = format!(
                    "the {copies} read-only copies that --keep-copy keeps for the previous owner"
                );
                ensure_record_room(s.tx, &s.policy, &s.org, copies, &what)?;
            }
            checked_recipient = true;
        }
        let plan = CarryPlan::of(s, &r, entries.remove(&r.id).unwrap_or_default(), opts)?;
        plan.check(&r, opts)?;
        let copy = plan.apply(s, &proof, &r, opts)?;
        s.tx.move_record(&proof, &r, to.id)?;
        s.record(
            &proof,
            &r.key(),
            json!({ "from": r.owner.email, "to": to.email, "step": "moved", "run": run, "carries": plan.report(), "copy": copy }),
        )?;
        moved += 1;
        rows.push(row("moved", Some(&plan), copy));
    }
    Ok((rows, moved, skipped))
}

fn decide(ctx: &Ctx, id: &str, status: &str) -> Result<Reply> {
    ctx.in_org(|s| {
        let r = find(s, id)?;
        let proof = s.authorize(RECEIVE_ACTION, &r.target())?;
        let mut carried = Value::Null;
        let mut copy = None;
        if status == "accepted" {
            // The options the owner chose when they offered it, applied to the record as it is now.
            let opts: CarryOptions = match s.tx.pending_transfer_options(r.id)? {
                Some(text) => serde_json::from_str(&text)?,
                None => CarryOptions::default(),
            };
            let plan = CarryPlan::of(s, &r, s.tx.entries(&r)?, &opts)?;
            // What was offered passed the check; what was added or changed since may not. The
            // recipient cannot choose for the owner: they decline, the owner offers again.
            if let Some(lost) = plan.would_lose(&opts) {
                return Err(Error::conflict(format!(
                    "accepting {} would delete what it does not carry, which changed since {} offered it: {lost}",
                    r.key(),
                    r.owner.email
                ))
                .hinted(format!(
                    "decline it (careward record transfer decline {}), and ask {} to offer it again with --keep-copy or --discard-excluded",
                    r.number, r.owner.email
                ))
                .into());
            }
            copy = plan.apply(s, &proof, &r, &opts)?;
            carried = plan.report();
        }
        s.tx.decide_transfer(&proof, &r, status)?;
        s.record(
            &proof,
            &r.key(),
            json!({ "from": r.owner.email, "to": r.pending_to.as_ref().map(|p| &p.email), "step": status, "carries": carried, "copy": copy }),
        )?;
        let after = find(s, id)?;
        let what = if status == "accepted" {
            format!("accept {}: you are now responsible for it", r.key())
        } else {
            format!("decline {}: it stays with {}", r.key(), r.owner.email)
        };
        let mut fields = record_fields(&after);
        if status == "accepted" {
            fields.push(("carries", carried));
            fields.push(("copy_for_previous_owner", json!(copy)));
        }
        Ok(Reply::from(Output::object(fields)).noted(change_note(ctx.global.dry_run, what)))
    })
}

fn transfers(ctx: &Ctx, _args: &TransfersArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        s.authorize("org.view", &TargetFacts::org())?;
        let me = s.actor.member().map(|m| m.id);
        let mut rows = Vec::new();
        let mut hidden = 0;
        for (t, number) in s.tx.pending_transfers(s.org.id, None)? {
            let mine = s
                .actor
                .member()
                .is_some_and(|m| m.email == t.to || m.email == t.from);
            let visible = mine || {
                let r = find(s, &number.to_string())?;
                // whoever could move it at once follows it up (a coordinator), but
                // learns only how many confidential records wait, not which
                let follows = me.is_none_or(|id| id != r.owner.id)
                    && s.check("record.transfer", &r.target())?.decision().allowed;
                let known = s.check("record.view", &r.target())?.decision().allowed;
                if follows && !known {
                    hidden += 1;
                }
                follows && known
            };
            if visible {
                rows.push(vec![
                    json!(number),
                    json!(t.from),
                    json!(t.to),
                    json!(t.started_by),
                    json!(t.started_at),
                ]);
            }
        }
        // a waiting transfer is the owner's (a coordinator's takes effect at once), so
        // who started it is for --wide
        let mut reply = Reply::from(
            Output::list(&["record", "from", "to", "started_by", "started_at"], rows).brief(&[
                "record",
                "from",
                "to",
                "started_at",
            ]),
        );
        reply.note = left_out_note(hidden);
        Ok(reply)
    })
}

fn pending(ctx: &Ctx, _args: &PendingArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        s.authorize("org.view", &TargetFacts::org())?;
        purge_expired(s)?;
        let mut candidates = Vec::new();
        for r in s.tx.records(s.org.id, &RecordFilter::default())? {
            // a previous owner's read-only copy is theirs to keep, never moved
            if r.status == "deleted" || r.read_only {
                continue;
            }
            if let Some(p) = &r.pending_to {
                let since =
                    s.tx.pending_transfer(r.id)?
                        .map(|t| t.started_at)
                        .unwrap_or_default();
                candidates.push((
                    r.clone(),
                    format!("waiting for transfer to {}", p.email),
                    since,
                ));
                continue;
            }
            if let Some(owner) = s.tx.member_by_email(s.org.id, &r.owner.email)?
                && owner.status != MemberStatus::Active
            {
                candidates.push((
                    r.clone(),
                    format!("owner is {}", owner.status),
                    owner.status_since.clone(),
                ));
            }
        }
        let (records, reasons): (Vec<Record>, Vec<(String, String)>) = candidates
            .into_iter()
            .map(|(r, why, since)| (r, (why, since)))
            .unzip();
        let numbers: Vec<i64> = records.iter().map(|r| r.number).collect();
        let (shown, hidden) = visible(s, records)?;
        let mut rows = Vec::with_capacity(shown.len());
        for r in &shown {
            let i = numbers
                .iter()
                .position(|n| *n == r.number)
                .unwrap_or_default();
            let (why, since) = &reasons[i];
            rows.push(vec![
                json!(r.number),
                json!(client_shown(s, r)?.text()),
                json!(r.owner.email),
                json!(why),
                json!(since),
            ]);
        }
        let mut reply = Reply::from(Output::list(
            &["record", "client", "owner", "reason", "since"],
            rows,
        ));
        reply.note = left_out_note(hidden);
        Ok(reply)
    })
}

fn emergency_access(ctx: &Ctx, args: &EmergencyArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let Some(rule) = s.policy.emergency.clone() else {
            return Err(Error::conflict(format!(
                "policy {} has no emergency access",
                s.policy.name
            ))
            .into());
        };
        if args.list {
            let everyone = s
                .check("audit.view", &TargetFacts::org())?
                .decision()
                .allowed;
            let me = s.actor.member().map(|m| m.id);
            if !everyone {
                // a member lists their own grants, if they can act at all (not inactive
                // or invited); anyone else needs the audit trail
                s.authorize(
                    if me.is_some() {
                        "org.view"
                    } else {
                        "audit.view"
                    },
                    &TargetFacts::org(),
                )?;
            }
            let now = s.tx.now().to_string();
            let rows =
                s.tx.emergency_grant_list(s.org.id, if everyone { None } else { me })?
                    .into_iter()
                    .map(|g| {
                        let state = if g.until.as_str() > now.as_str() {
                            "active"
                        } else {
                            "expired"
                        };
                        vec![
                            json!(g.record),
                            json!(g.member),
                            json!(g.reason),
                            json!(g.granted_at),
                            json!(g.until),
                            json!(state),
                        ]
                    })
                    .collect();
            return Ok(Output::list(
                &["record", "member", "reason", "granted_at", "until", "state"],
                rows,
            )
            .brief(&["record", "member", "until", "state", "reason"])
            .into());
        }
        let Some(id) = &args.id else {
            return Err(Error::usage("say which record, or --list").into());
        };
        let Some(reason) = s.reason.clone() else {
            return Err(Error::usage("emergency access needs a reason")
                .hinted("add --reason TEXT: it is kept in the audit trail")
                .into());
        };
        let Some(me) = s.actor.member().cloned() else {
            return Err(Error::usage(
                "emergency access is for members, who then read the record themselves",
            )
            .into());
        };
        let r = find(s, id)?;
        let proof = s.authorize("record.emergency", &r.target())?;
        let now = when::from_store(s.tx.now())?;
        let span = match &args.duration {
            Some(d) => when::duration("--for", d)?,
            None => jiff::Span::new().minutes(rule.default_minutes),
        };
        let until = when::after(now, span)?;
        let minutes = (when::from_store(&until)? - now).get_seconds() / 60;
        if minutes < 1 {
            return Err(Error::invalid("emergency access lasts at least a minute").into());
        }
        if minutes > i64::from(rule.max_minutes) {
            return Err(Error::invalid(format!(
                "emergency access lasts at most {} minutes under policy {}",
                rule.max_minutes, s.policy.name
            ))
            .into());
        }
        s.tx.grant_emergency(&proof, &r, me.id, &reason, &until)?;
        s.record(
            &proof,
            &r.key(),
            json!({ "emergency": true, "level": rule.level, "until": until, "minutes": minutes }),
        )?;
        Ok(Reply::from(Output::object(vec![
            ("record", json!(r.number)),
            ("member", json!(me.email)),
            ("level", json!(rule.level)),
            ("reason", json!(reason)),
            ("until", json!(until)),
        ]))
        .noted(change_note(
            ctx.global.dry_run,
            format!(
                "open {} to {} at level {} until {until}, for: {reason}",
                r.key(),
                me.email,
                rule.level
            ),
        )))
    })
}
