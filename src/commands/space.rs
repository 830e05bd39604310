//! `careward space`: collaborative spaces (seeds 001, 002) — "a secure environment
//! designed to centralize exchanges around a student or client, without providing access
//! to their full clinical record". A space is not shared by default: its creator invites
//! members or teams, and each member can then invite others. Membership grants nothing on
//! the linked record.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::grouping;
use super::record::find as find_record;
use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::TargetFacts;
use crate::session::{Ctx, Session};
use crate::store::{Grantee, GroupKind, Space};

/// The kinds of exchange a space holds (seed 002: "Share observations, coordinate
/// actions, and exchange documents").
pub(super) const POST_KINDS: [&str; 3] = ["note", "observation", "document"];

#[derive(Subcommand, Debug)]
pub enum SpaceCommand {
    #[command(after_long_help = "Examples:\n  \
        careward space create \"School meeting\"\n  \
        careward space create \"Noah's circle\" --from-record 42")]
    Create(CreateArgs),
    #[command(after_long_help = "Examples:\n  \
        careward space list")]
    List(ListArgs),
    /// Show a space: its name, record and status
    #[command(after_long_help = "Examples:\n  \
        careward space show 3")]
    Show(IdArgs),
    #[command(after_long_help = "Examples:\n  \
        careward space invite 3 --member pia@north.example\n  \
        careward space invite 3 --team tsa")]
    Invite(InviteArgs),
    /// List a space's members
    #[command(after_long_help = "Examples:\n  \
        careward space members 3")]
    Members(IdArgs),
    /// Leave a space
    #[command(after_long_help = "Examples:\n  \
        careward space leave 3 --as pia@north.example")]
    Leave(IdArgs),
    /// Archive a space you created
    #[command(after_long_help = "Examples:\n  \
        careward space archive 3")]
    Archive(IdArgs),
    #[command(after_long_help = "Examples:\n  \
        careward space post 3 --kind observation --title \"Calmer at recess\"")]
    Post(PostArgs),
}

/// Create a collaborative space, standalone or from a record
#[derive(Args, Debug)]
pub struct CreateArgs {
    /// The space's name
    name: String,
    /// The record it is about (you need read access to it)
    #[arg(long, value_name = "RECORD", add = super::completions::records())]
    from_record: Option<String>,
}

/// List your spaces
#[derive(Args, Debug)]
pub struct ListArgs {}

/// A space, by id
#[derive(Args, Debug)]
pub struct IdArgs {
    /// The space's id
    id: i64,
}

/// Invite a member or a team into a space
#[derive(Args, Debug)]
pub struct InviteArgs {
    /// The space's id
    id: i64,
    /// The member to invite
    #[arg(
        long,
        value_name = "EMAIL",
        required_unless_present = "team",
        conflicts_with = "team",
        add = super::completions::members()
    )]
    member: Option<String>,
    /// The work team to invite
    #[arg(long, value_name = "SLUG", add = super::completions::teams())]
    team: Option<String>,
}

/// Post to a space: a note, an observation or a document (its metadata)
#[derive(Args, Debug)]
pub struct PostArgs {
    /// The space's id
    id: i64,
    /// note, observation or document
    #[arg(long, value_parser = POST_KINDS)]
    kind: String,
    /// A title
    #[arg(long, default_value = "")]
    title: String,
}

pub fn run(ctx: &Ctx, command: &SpaceCommand) -> Result<Reply> {
    match command {
        SpaceCommand::Create(a) => create(ctx, a),
        SpaceCommand::List(a) => list(ctx, a),
        SpaceCommand::Show(a) => show(ctx, a),
        SpaceCommand::Invite(a) => invite(ctx, a),
        SpaceCommand::Members(a) => members(ctx, a),
        SpaceCommand::Leave(a) => leave(ctx, a),
        SpaceCommand::Archive(a) => archive(ctx, a),
        SpaceCommand::Post(a) => post(ctx, a),
    }
}

pub fn find(s: &Session, id: i64) -> Result<Space> {
    s.tx.space(s.org.id, id)?.ok_or_else(|| {
        s.missing(
            format!("space:{id}"),
            Error::not_found(format!("no space {id} in {}", s.org.slug))
                .hinted("list your spaces with: careward space list"),
        )
    })
}

/// A space as its member sees it: the linked record's number only for whoever may read
/// that record, and its client's name only for whoever may read the client's profile
/// (the others see the space's own name). Both are asked at each look, so a space
/// created under emergency access stops showing them when the grant ends.
fn fields(s: &Session, space: &Space) -> Result<Vec<(&'static str, Value)>> {
    let (record, client) = match &space.record {
        Some((number, client)) => match s.tx.record_by_number(s.org.id, *number)? {
            Some(r) => {
                let may = |action| -> Result<bool> {
                    Ok(s.check(action, &r.target())?.decision().allowed)
                };
                (
                    may("record.read")?.then_some(*number),
                    may("profile.read")?.then(|| client.clone()),
                )
            }
            None => (None, None),
        },
        None => (None, None),
    };
    Ok(vec![
        ("id", json!(space.id)),
        ("name", json!(space.name)),
        ("client", json!(client)),
        ("record", json!(record)),
        ("creator", json!(space.creator)),
        ("status", json!(space.status)),
        ("created_at", json!(space.created_at)),
        ("posts", json!(s.tx.space_post_count(space.id)?)),
    ])
}

/// Into a space about a confidential record only whoever may read that record invites
/// others: membership grants nothing on the record, but a space about it still tells
/// its members that the client is followed, and a confidential record's circle is its
/// owner's to widen.
fn confidential_circle(s: &Session, space: &Space) -> Result<()> {
    let Some((number, _)) = &space.record else {
        return Ok(());
    };
    let Some(r) = s.tx.record_by_number(s.org.id, *number)? else {
        return Ok(());
    };
    if r.confidential && !s.check("record.read", &r.target())?.decision().allowed {
        return Err(Error::conflict(format!(
            "{} is about a confidential record: only members who may read that record invite others into it",
            space.key()
        ))
        .hinted("ask the space's creator or the record's owner to invite them")
        .into());
    }
    Ok(())
}

fn active(space: &Space) -> Result<()> {
    if space.status != "active" {
        return Err(Error::conflict(format!("{} is archived", space.key())).into());
    }
    Ok(())
}

fn create(ctx: &Ctx, args: &CreateArgs) -> Result<Reply> {
    let name = args.name.trim();
    if name.is_empty() {
        return Err(Error::invalid("a space needs a name").into());
    }
    crate::limits::name("the space's name", name)?;
    ctx.in_org(|s| {
        let proof = s.authorize("space.create", &TargetFacts::org())?;
        let Some(me) = s.actor.member().cloned() else {
            return Err(Error::usage(
                "a space is created by a member, who becomes its first member",
            )
            .into());
        };
        let record = match &args.from_record {
            Some(id) => {
                let r = find_record(s, id)?;
                // "Creating a space from a record needs read access to that record."
                s.authorize("record.read", &r.target())?;
                Some(r.id)
            }
            None => None,
        };
        let id =
            s.tx.create_space(&proof, s.org.id, name, record, &me.email, me.id)?;
        let space = find(s, id)?;
        s.record(
            &proof,
            &space.key(),
            json!({ "name": name, "from_record": space.record.as_ref().map(|r| r.0) }),
        )?;
        Ok(
            Reply::from(Output::object(fields(s, &space)?)).noted(change_note(
                ctx.global.dry_run,
                format!(
                    "create {}; invite its members with careward space invite {id}",
                    space.key()
                ),
            )),
        )
    })
}

fn list(ctx: &Ctx, _args: &ListArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        s.authorize("org.view", &TargetFacts::org())?;
        // support staff are in no space
        let spaces = match s.actor.member() {
            Some(me) => s.tx.spaces_of(s.org.id, me.id)?,
            None => Vec::new(),
        };
        let mut rows = Vec::new();
        for space in spaces {
            let f = fields(s, &space)?;
            rows.push(f.into_iter().map(|(_, v)| v).collect());
        }
        Ok(Output::list(
            &[
                "id",
                "name",
                "client",
                "record",
                "creator",
                "status",
                "created_at",
                "posts",
            ],
            rows,
        )
        .brief(&["id", "name", "record", "status", "posts"])
        .into())
    })
}

fn show(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let space = find(s, args.id)?;
        s.authorize("space.view", &space.target())?;
        Ok(Output::object(fields(s, &space)?).into())
    })
}

fn invite(ctx: &Ctx, args: &InviteArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let space = find(s, args.id)?;
        // "each member can then invite other collaborators"
        let proof = s.authorize("space.invite", &space.target())?;
        active(&space)?;
        confidential_circle(s, &space)?;
        let (who, label) = match (&args.member, &args.team) {
            (Some(email), _) => {
                let m = s.member(email)?;
                if !matches!(
                    m.status,
                    crate::policy::MemberStatus::Active | crate::policy::MemberStatus::Invited
                ) {
                    return Err(Error::conflict(format!("{} is {}", m.email, m.status)).into());
                }
                (Grantee::Member(m.id), m.email)
            }
            (None, Some(slug)) => {
                let t = grouping::find(s, GroupKind::Team, slug)?;
                (Grantee::Team(t.id), format!("team:{}", t.slug))
            }
            (None, None) => {
                return Err(Error::usage("say whom: --member EMAIL or --team SLUG").into());
            }
        };
        let added =
            s.tx.add_space_member(&proof, &space, who, &s.actor.label())?;
        if added {
            s.record(&proof, &space.key(), json!({ "invited": label }))?;
        }
        Ok(Reply::from(Output::object(vec![
            ("space", json!(space.id)),
            ("invited", json!(label)),
            ("added", json!(added)),
        ]))
        .noted(if added {
            change_note(
                ctx.global.dry_run,
                format!("invite {label} into {}", space.key()),
            )
        } else {
            format!("{label} is already in {}: nothing to do", space.key())
        }))
    })
}

fn members(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let space = find(s, args.id)?;
        s.authorize("space.view", &space.target())?;
        let rows =
            s.tx.space_members(space.id)?
                .into_iter()
                .map(|m| {
                    vec![
                        json!(
                            m.member
                                .unwrap_or_else(|| format!("team:{}", m.team.unwrap_or_default()))
                        ),
                        json!(m.invited_by),
                        json!(m.invited_at),
                    ]
                })
                .collect();
        Ok(Output::list(&["member", "invited_by", "invited_at"], rows).into())
    })
}

fn leave(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let space = find(s, args.id)?;
        let proof = s.authorize("space.view", &space.target())?;
        let Some(me) = s.actor.member().cloned() else {
            return Err(Error::usage("only a member leaves a space").into());
        };
        if !s.tx.leave_space(&proof, &space, me.id)? {
            return Err(Error::conflict(format!(
                "you are in {} through a team, not on your own",
                space.key()
            ))
            .hinted("an administrator can take you out of the team")
            .into());
        }
        s.record(&proof, &space.key(), json!({ "left": me.email }))?;
        Ok(Reply::from(Output::object(vec![
            ("space", json!(space.id)),
            ("left", json!(me.email)),
        ]))
        .noted(change_note(
            ctx.global.dry_run,
            format!("leave {}", space.key()),
        )))
    })
}

fn archive(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let space = find(s, args.id)?;
        let proof = s.authorize("space.archive", &space.target())?;
        if space.status == "archived" {
            return Ok(Reply::from(Output::object(fields(s, &space)?))
                .noted("already archived: nothing to do"));
        }
        s.tx.archive_space(&proof, &space)?;
        s.record(&proof, &space.key(), json!({ "status": "archived" }))?;
        let after = find(s, space.id)?;
        Ok(
            Reply::from(Output::object(fields(s, &after)?)).noted(change_note(
                ctx.global.dry_run,
                format!("archive {}", space.key()),
            )),
        )
    })
}

fn post(ctx: &Ctx, args: &PostArgs) -> Result<Reply> {
    crate::limits::title("--title", args.title.trim())?;
    crate::limits::text("--kind", &args.kind)?;
    ctx.in_org(|s| {
        let space = find(s, args.id)?;
        let proof = s.authorize("space.post", &space.target())?;
        active(&space)?;
        let id = s.tx.post_to_space(
            &proof,
            &space,
            &args.kind,
            args.title.trim(),
            &s.actor.label(),
            s.actor.member().map(|m| m.id),
        )?;
        s.record(
            &proof,
            &space.key(),
            json!({ "post": id, "kind": args.kind }),
        )?;
        Ok(Reply::from(Output::object(vec![
            ("space", json!(space.id)),
            ("post", json!(id)),
            ("kind", json!(args.kind)),
            ("title", json!(args.title.trim())),
            ("author", json!(s.actor.label())),
        ]))
        .noted(change_note(
            ctx.global.dry_run,
            format!("post a {} to {}", args.kind, space.key()),
        )))
    })
}
