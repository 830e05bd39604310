//! What locations (schools) and work teams have in common: a slug, a name, a status and
//! a set of members. `location` and `team` each choose the actions that gate these verbs.

use anyhow::Result;
use serde_json::{Value, json};

use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{AccessChange, TargetFacts};
use crate::session::{Ctx, Session};
use crate::store::{Group, GroupKind};

/// The actions that gate a kind of group.
pub struct Gates {
    pub kind: GroupKind,
    /// create, rename, archive
    pub manage: &'static str,
    /// add and remove members
    pub assign: &'static str,
}

fn fields(g: &Group) -> Vec<(&'static str, Value)> {
    vec![
        ("slug", json!(g.slug)),
        ("name", json!(g.name)),
        ("status", json!(g.status)),
        ("members", json!(g.members)),
        ("created_at", json!(g.created_at)),
    ]
}

pub fn find(s: &Session, kind: GroupKind, slug: &str) -> Result<Group> {
    s.tx.group(kind, s.org.id, slug.trim())?.ok_or_else(|| {
        s.missing(
            format!("{}:{}", kind.noun(), slug.trim()),
            Error::not_found(format!("no {} {slug} in {}", kind.noun(), s.org.slug))
                .hinted(format!("list them with: careward {} list", kind.noun())),
        )
    })
}

/// An organisation's locations or teams by slug, read once: an import looks one up for
/// every row, and reading a group reads its members too.
pub struct Directory {
    kind: GroupKind,
    org: String,
    by_slug: std::collections::HashMap<String, Group>,
}

impl Directory {
    pub fn load(s: &Session, kind: GroupKind) -> Result<Directory> {
        Ok(Directory {
            kind,
            org: s.org.slug.clone(),
            by_slug: s
                .tx
                .groups(kind, s.org.id, true)?
                .into_iter()
                // A bulk command's rows name a group, and copy it: not its members,
                // whose number grows with the organisation.
                .map(|g| {
                    let g = Group {
                        members: Vec::new(),
                        ..g
                    };
                    (g.slug.clone(), g)
                })
                .collect(),
        })
    }

    /// The group `slug`, active or archived.
    pub fn get(&self, slug: &str) -> Option<&Group> {
        self.by_slug.get(slug)
    }

    /// The active group `slug`, or what is wrong with it (a row's problem).
    pub fn active(&self, slug: &str) -> std::result::Result<&Group, String> {
        let noun = self.kind.noun();
        match self.by_slug.get(slug) {
            None => Err(format!("no {noun} {slug} in {}", self.org)),
            Some(g) if g.status != "active" => Err(format!("{noun} {slug} is archived")),
            Some(g) => Ok(g),
        }
    }
}

pub fn create(ctx: &Ctx, gates: &Gates, slug: &str, name: &str) -> Result<Reply> {
    let kind = gates.kind;
    crate::limits::slug(slug)?;
    let name = name.trim();
    crate::limits::name("the name", name)?;
    if name.is_empty() {
        return Err(Error::invalid(format!("a {} needs a name", kind.noun())).into());
    }
    ctx.in_org(|s| {
        let target = TargetFacts {
            key: format!("{}:{slug}", kind.noun()),
            ..TargetFacts::org()
        };
        let proof = s.authorize(gates.manage, &target)?;
        if s.tx.group(kind, s.org.id, slug)?.is_some() {
            return Err(
                Error::conflict(format!("{} {slug} already exists", kind.noun()))
                    .hinted(format!(
                        "choose another slug, or see it with: careward {} show {slug}",
                        kind.noun()
                    ))
                    .into(),
            );
        }
        s.tx.create_group(&proof, kind, s.org.id, slug, name)?;
        s.record(&proof, &target.key, json!({ "name": name }))?;
        let g = find(s, kind, slug)?;
        Ok(Reply::from(Output::object(fields(&g))).noted(change_note(
            ctx.global.dry_run,
            format!("create {} {slug}", kind.noun()),
        )))
    })
}

pub fn list(ctx: &Ctx, kind: GroupKind, include_archived: bool) -> Result<Reply> {
    ctx.read_in_org(|s| {
        s.authorize("org.view", &TargetFacts::org())?;
        let rows =
            s.tx.groups(kind, s.org.id, include_archived)?
                .iter()
                .map(|g| {
                    vec![
                        json!(g.slug),
                        json!(g.name),
                        json!(g.status),
                        json!(g.members.len()),
                    ]
                })
                .collect();
        Ok(Output::list(&["slug", "name", "status", "members"], rows).into())
    })
}

pub fn show(ctx: &Ctx, kind: GroupKind, slug: &str) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let g = find(s, kind, slug)?;
        s.authorize("org.view", &g.target())?;
        Ok(Output::object(fields(&g)).into())
    })
}

/// Rename, archive or bring back a group.
pub fn update(
    ctx: &Ctx,
    gates: &Gates,
    slug: &str,
    name: Option<&str>,
    status: Option<&str>,
) -> Result<Reply> {
    if let Some(name) = name {
        crate::limits::name("--name", name.trim())?;
    }
    ctx.in_org(|s| {
        let g = find(s, gates.kind, slug)?;
        let proof = s.authorize(gates.manage, &g.target())?;
        let name = name.map(str::trim).unwrap_or(&g.name);
        if name.is_empty() {
            return Err(Error::invalid(format!("a {} needs a name", gates.kind.noun())).into());
        }
        let status = status.unwrap_or(&g.status);
        if name == g.name && status == g.status {
            return Ok(Reply::from(Output::object(fields(&g))).noted("nothing to change"));
        }
        s.tx.update_group(&proof, &g, name, status)?;
        s.record(
            &proof,
            &g.target().key,
            json!({ "name": [g.name, name], "status": [g.status, status] }),
        )?;
        let after = find(s, gates.kind, slug)?;
        Ok(
            Reply::from(Output::object(fields(&after))).noted(change_note(
                ctx.global.dry_run,
                format!("update {} {slug}", gates.kind.noun()),
            )),
        )
    })
}

/// Add members to a group, or take them out. Changes to a team apply at once to the
/// access its shares give, since access is worked out from membership at each check.
pub fn set_members(
    ctx: &Ctx,
    gates: &Gates,
    slug: &str,
    emails: &[String],
    belongs: bool,
) -> Result<Reply> {
    ctx.in_org(|s| {
        let g = find(s, gates.kind, slug)?;
        let proof = s.authorize(gates.assign, &g.target())?;
        if belongs && g.status != "active" {
            return Err(Error::conflict(format!("{} {slug} is archived", gates.kind.noun()))
                .hinted(format!("bring it back first: careward {} edit {slug} --active", gates.kind.noun()))
                .into());
        }
        let mut rows = Vec::new();
        for email in emails {
            let m = s.member(email)?;
            if belongs && !matches!(m.status, crate::policy::MemberStatus::Active | crate::policy::MemberStatus::Invited) {
                return Err(Error::conflict(format!("{} is {}", m.email, m.status))
                    .hinted(format!("reactivate them first: careward member reactivate {}", m.email))
                    .into());
            }
            // joining a team is joining its shares: the policy's rule that no member
            // changes their own access decides whether the actor may add themself
            if belongs && g.kind == GroupKind::Team {
                let change = AccessChange::TeamMembership { team: g.id, member: m.id };
                s.authorize_access_change(gates.assign, &g.target(), change)?;
            }
            let changed = s.tx.set_group_member(&proof, &g, m.id, belongs)?;
            if belongs && g.kind == GroupKind::Team {
                s.check_reach(&m.email)?;
            }
            if changed {
                s.record(
                    &proof,
                    &g.target().key,
                    json!({ "member": m.email, "change": if belongs { "added" } else { "removed" } }),
                )?;
            }
            rows.push(vec![
                json!(m.email),
                json!(if changed { if belongs { "added" } else { "removed" } } else { "unchanged" }),
            ]);
        }
        let verb = if belongs { "add to" } else { "remove from" };
        Ok(Reply::from(Output::list(&["email", "outcome"], rows))
            .noted(change_note(ctx.global.dry_run, format!("{verb} {} {slug}", gates.kind.noun()))))
    })
}
