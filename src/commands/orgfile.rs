//! The organisation file (YAML): `org seed FILE` builds a whole organisation from one,
//! `org export` writes one, and the two round-trip — what CI pipelines seeding demo
//! organisations need. `org export --redact` replaces client names, member names and
//! contact details so an organisation can be handed to support or to CI.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::grouping::check_slug;
use super::{Reply, change_note};
use crate::error::Error;
use crate::limits;
use crate::output::{Format, Output};
use crate::policy::{Actor, MemberRef, MemberStatus, OrgKind, Policy, TargetFacts};
use crate::session::{Ctx, parse_email};
use crate::store::{
    AuditRecord, Grantee, GroupKind, MemberFilter, NewMember, NewOrg, NewRecord, NewShare,
    OrgFacts, RecordFilter, Store,
};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OrgFile {
    pub org: OrgSpec,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<GroupSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<GroupSpec>,
    pub members: Vec<MemberSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assistants: Vec<AssistantSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<RecordSpec>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OrgSpec {
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
    /// a preset's name or a policy file
    pub policy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitations: Option<u32>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GroupSpec {
    pub slug: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MemberSpec {
    pub email: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    #[serde(default = "active")]
    pub status: MemberStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<String>,
}

fn active() -> MemberStatus {
    MemberStatus::Active
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AssistantSpec {
    pub assistant: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub org_wide: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RecordSpec {
    pub client: String,
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidential: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default = "active_record", skip_serializing_if = "is_active")]
    pub status: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<ShareSpec>,
}

fn active_record() -> String {
    "active".into()
}

fn is_active(s: &str) -> bool {
    s == "active"
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ShareSpec {
    #[serde(default, rename = "with", skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    pub level: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// Read and check the whole file before anything is written: every problem is listed.
fn read(path: &str) -> Result<(OrgFile, Policy, Option<String>)> {
    let text = crate::yaml_file::read(path, "organisation file", limits::ORG_FILE_BYTES)?;
    let mut file: OrgFile =
        crate::yaml_file::parse(path, "organisation file", &text, limits::ORG_FILE_BYTES)?;
    let (policy, policy_text) = super::org::load_policy(&file.org.policy)?;
    let mut problems = Vec::new();
    let mut problem = |m: String| problems.push(format!("{path}: {m}"));
    if let Err(e) = super::org::check_slug(&file.org.slug) {
        problem(format!("org.slug: {e}"));
    }
    // the limits every path applies to names, titles, clients and external ids
    let mut fields: Vec<(String, Result<(), Error>)> =
        vec![("org.name".into(), limits::name("the name", &file.org.name))];
    for (kind, g) in file
        .locations
        .iter()
        .map(|g| ("location", g))
        .chain(file.teams.iter().map(|g| ("team", g)))
    {
        fields.push((
            format!("{kind} {}", shown(&g.slug)),
            limits::name("the name", &g.name),
        ));
    }
    for m in &file.members {
        let at = format!("member {}", shown(&m.email));
        fields.push((at.clone(), limits::name("the name", &m.name)));
        fields.push((at, limits::title("the title", &m.title)));
    }
    for (i, r) in file.records.iter().enumerate() {
        let at = format!("record {}", i + 1);
        fields.push((at.clone(), limits::client("the client", &r.client)));
        if let Some(ext) = &r.external_id {
            fields.push((at, limits::external_id("the external id", ext)));
        }
    }
    for (at, checked) in fields {
        if let Err(e) = checked {
            problem(format!("{at}: {e}"));
        }
    }
    let locations: BTreeSet<&str> = file.locations.iter().map(|l| l.slug.as_str()).collect();
    let teams: BTreeSet<&str> = file.teams.iter().map(|t| t.slug.as_str()).collect();
    for g in file.locations.iter().chain(&file.teams) {
        if let Err(e) = check_slug(&g.slug) {
            problem(format!("{e}"));
        }
    }
    let mut emails = BTreeSet::new();
    for m in &mut file.members {
        match parse_email(&m.email) {
            Ok(e) => m.email = e,
            Err(e) => problem(format!("member {}: {e}", shown(&m.email))),
        }
        if !emails.insert(m.email.clone()) {
            problem(format!("member {} is listed twice", shown(&m.email)));
        }
        let roles: BTreeSet<String> = m.roles.iter().cloned().collect();
        let principal = m
            .principal
            .clone()
            .or_else(|| (roles.len() == 1).then(|| m.roles[0].clone()));
        if let Err(e) = policy.check_roles(file.org.kind, &m.email, &roles, principal.as_deref()) {
            problem(format!("member {}: {e}", shown(&m.email)));
        }
        m.principal = principal;
        if m.status == MemberStatus::Removed {
            problem(format!(
                "member {}: a removed member cannot be seeded",
                m.email
            ));
        }
        for l in &m.locations {
            if !locations.contains(l.as_str()) {
                problem(format!(
                    "member {}: no location {} in the file",
                    shown(&m.email),
                    shown(l)
                ));
            }
        }
        for t in &m.teams {
            if !teams.contains(t.as_str()) {
                problem(format!(
                    "member {}: no team {} in the file",
                    shown(&m.email),
                    shown(t)
                ));
            }
        }
    }
    for rule in &policy.constraints.min_holders {
        let n = file
            .members
            .iter()
            .filter(|m| m.status == MemberStatus::Active && m.roles.contains(&rule.role))
            .count() as u32;
        if n < rule.count {
            problem(format!(
                "the organisation needs at least {} active {}; the file has {n}",
                rule.count, rule.role
            ));
        }
    }
    if let Some(seats) = file.org.seats {
        let used = file
            .members
            .iter()
            .filter(|m| policy.uses_seat(m.status))
            .count() as u32;
        if used > seats {
            problem(format!(
                "{used} members use a seat, and the plan has {seats}"
            ));
        }
    }
    let record_levels: BTreeSet<&str> = policy
        .levels
        .values()
        .filter(|l| l.actions.iter().any(|a| a.starts_with("record.")))
        .map(|l| l.name.as_str())
        .collect();
    let mut external_ids = BTreeSet::new();
    for (i, r) in file.records.iter_mut().enumerate() {
        let at = format!("record {}", i + 1);
        match parse_email(&r.owner) {
            Ok(e) if emails.contains(&e) => r.owner = e,
            Ok(e) => problem(format!(
                "{at}: owner {} is not a member in the file",
                shown(&e)
            )),
            Err(e) => problem(format!("{at}: {e}")),
        }
        if let Some(l) = &r.location
            && !locations.contains(l.as_str())
        {
            problem(format!("{at}: no location {} in the file", shown(l)));
        }
        if let Some(ext) = &r.external_id
            && !external_ids.insert(ext.clone())
        {
            problem(format!("{at}: external id {} is used twice", shown(ext)));
        }
        if !["active", "archived"].contains(&r.status.as_str()) {
            problem(format!(
                "{at}: status {} is not active or archived",
                shown(&r.status)
            ));
        }
        for sh in &mut r.shares {
            if !record_levels.contains(sh.level.as_str()) {
                problem(format!("{at}: unknown level {}", shown(&sh.level)));
            }
            match (&mut sh.member, &sh.team) {
                (Some(email), None) => match parse_email(email) {
                    Ok(e) if emails.contains(&e) => *email = e,
                    Ok(e) => problem(format!(
                        "{at}: share with {}, who is not a member in the file",
                        shown(&e)
                    )),
                    Err(e) => problem(format!("{at}: {e}")),
                },
                (None, Some(t)) if teams.contains(t.as_str()) => {}
                (None, Some(t)) => problem(format!(
                    "{at}: share with team {}, which is not in the file",
                    shown(t)
                )),
                _ => problem(format!(
                    "{at}: a share names either `with` (a member) or `team`"
                )),
            }
        }
    }
    for a in &mut file.assistants {
        for email in std::iter::once(&mut a.assistant).chain(a.to.iter_mut()) {
            match parse_email(email) {
                Ok(e) if emails.contains(&e) => *email = e,
                Ok(e) => problem(format!(
                    "assistant assignment: {} is not a member in the file",
                    shown(&e)
                )),
                Err(e) => problem(format!("assistant assignment: {e}")),
            }
        }
        if a.org_wide != a.to.is_empty() {
            problem(format!(
                "assistant {}: give either org_wide: true or to: [therapists]",
                shown(&a.assistant)
            ));
        }
    }
    if !problems.is_empty() {
        // Emails, slugs and names of roles are shown; any other value is not.
        let problems: Vec<String> = problems
            .iter()
            .map(|p| crate::yaml_file::redact(p))
            .collect();
        return Err(Error::invalid(format!(
            "{path} is not a valid organisation file:\n  {}",
            problems.join("\n  ")
        ))
        .into());
    }
    Ok((file, policy, policy_text))
}

/// A value in a problem: as it is when it reads like a key, slug or email, else quoted,
/// which the problems' redaction then hides (a file's content is not repeated).
fn shown(value: &str) -> String {
    if crate::yaml_file::looks_like_a_key(value) {
        value.to_string()
    } else {
        limits::quote(value)
    }
}

fn new_member<'a>(
    m: &'a MemberSpec,
    role_sets: &'a BTreeMap<&str, BTreeSet<String>>,
) -> NewMember<'a> {
    NewMember {
        email: &m.email,
        name: &m.name,
        title: &m.title,
        status: m.status,
        roles: &role_sets[m.email.as_str()],
        principal: m.principal.as_deref(),
        invited_by: "org seed",
    }
}

/// `org seed FILE`: build the organisation in one transaction, or nothing.
pub fn seed(ctx: &Ctx, path: &str) -> Result<Reply> {
    let (file, policy, policy_text) = read(path)?;
    let founder = file
        .members
        .iter()
        .find(|m| {
            m.status == MemberStatus::Active
                && policy.admin_roles.iter().all(|r| m.roles.contains(r))
        })
        .ok_or_else(|| {
            Error::invalid(format!(
                "{path}: no active member holds {}, the roles of the organisation's first member",
                policy.admin_roles.join(", ")
            ))
        })?;
    let grant = |action: &str| policy.founding_grant(action, "org", path);
    let mut store = if ctx.global.dry_run && !ctx.db_path()?.exists() {
        Store::scratch()?
    } else {
        ctx.open_store(true)?
    };
    let policy_source = if policy_text.is_some() {
        file.org.policy.as_str()
    } else {
        policy.name.as_str()
    };
    let role_sets: BTreeMap<&str, BTreeSet<String>> = file
        .members
        .iter()
        .map(|m| (m.email.as_str(), m.roles.iter().cloned().collect()))
        .collect();
    let summary = store.transaction(
        &ctx.now_text(),
        ctx.global.dry_run,
        |tx| {
            let new_member = |m| new_member(m, &role_sets);
            let (org, _) = tx.create_org(
                &NewOrg {
                    slug: &file.org.slug,
                    name: &file.org.name,
                    kind: file.org.kind,
                    policy_source,
                    policy_text: policy_text.as_deref(),
                    seats: file.org.seats,
                    invitation_allowance: file.org.invitations,
                },
                &new_member(founder),
            )?;
            let mut ids = BTreeMap::new();
            for m in &file.members {
                if m.email != founder.email {
                    tx.insert_member(&grant("member.invite"), org.id, &new_member(m))?;
                }
                let member = tx
                    .member_by_email(org.id, &m.email)?
                    .ok_or_else(|| anyhow::anyhow!("member {} vanished", m.email))?;
                ids.insert(m.email.clone(), member);
            }
            for (kind, specs) in [(GroupKind::Location, &file.locations), (GroupKind::Team, &file.teams)] {
                let manage = if kind == GroupKind::Location { "location.manage" } else { "team.manage" };
                let assign = if kind == GroupKind::Location { "location.assign" } else { "team.manage" };
                for g in specs {
                    tx.create_group(&grant(manage), kind, org.id, &g.slug, &g.name)?;
                    let group = tx
                        .group(kind, org.id, &g.slug)?
                        .ok_or_else(|| anyhow::anyhow!("the new {} vanished", kind.noun()))?;
                    for m in file.members.iter().filter(|m| match kind {
                        GroupKind::Location => m.locations.contains(&g.slug),
                        GroupKind::Team => m.teams.contains(&g.slug),
                    }) {
                        tx.set_group_member(&grant(assign), &group, ids[&m.email].id, true)?;
                    }
                    if g.archived {
                        tx.update_group(&grant(manage), &group, &g.name, "archived")?;
                    }
                }
            }
            let facts = OrgFacts { tx, policy: &policy };
            for a in &file.assistants {
                let assistant = &ids[&a.assistant];
                let key = assistant.target().key;
                policy.check_assistance(&assistant.facts(), None, &[])?;
                if a.org_wide {
                    tx.assign_assistant(&grant("assistant.assign"), assistant.id, &key, None, "org seed")?;
                }
                for t in &a.to {
                    let therapist = &ids[t];
                    let current = tx.dedicated_assistants(therapist.id)?;
                    policy.check_assistance(&assistant.facts(), Some(&therapist.facts()), &current)?;
                    tx.assign_assistant(&grant("assistant.assign"), assistant.id, &key, Some(therapist.id), "org seed")?;
                }
            }
            let n = file.records.len();
            super::record::ensure_record_room(
                tx,
                &policy,
                &org,
                n as u64,
                &format!("the file's {n} record{}", if n == 1 { "" } else { "s" }),
            )?;
            let mut shares = 0;
            for r in &file.records {
                let owner = &ids[&r.owner];
                let location = match &r.location {
                    Some(slug) => tx.group(GroupKind::Location, org.id, slug)?.map(|g| g.id),
                    None => None,
                };
                // The owner must be able to hold records, as on every other path.
                let as_owner = TargetFacts {
                    key: "record:new".into(),
                    owner: Some(MemberRef { id: owner.id, email: owner.email.clone() }),
                    locations: r.location.iter().cloned().collect(),
                    confidential: r.confidential,
                    ..TargetFacts::org()
                };
                if owner.status != MemberStatus::Active
                    || !policy.authorize(&facts, &Actor::Member(owner.facts()), "record.view", &as_owner)?.decision().allowed
                {
                    return Err(Error::invalid(format!(
                        "{path}: record {} cannot be owned by {}: they are not an active member whose roles hold records",
                        r.client, owner.email
                    ))
                    .into());
                }
                let record = tx.insert_record(
                    &policy.founding_grant("record.create", "record:new", path),
                    org.id,
                    &NewRecord {
                        client: &r.client,
                        external_id: r.external_id.as_deref(),
                        owner: owner.id,
                        creator: "org seed",
                        creator_id: None,
                        location,
                        confidential: r.confidential,
                    },
                )?;
                for sh in &r.shares {
                    let grantee = match (&sh.member, &sh.team) {
                        (Some(email), _) => Grantee::Member(ids[email].id),
                        (None, Some(t)) => Grantee::Team(
                            tx.group(GroupKind::Team, org.id, t)?
                                .ok_or_else(|| anyhow::anyhow!("team {t} vanished"))?
                                .id,
                        ),
                        (None, None) => unreachable!("checked when the file was read"),
                    };
                    tx.put_share(
                        &grant("record.share"),
                        &record,
                        &NewShare { grantee, level: &sh.level, until: sh.until.as_deref(), reason: None, by: "org seed" },
                    )?;
                    shares += 1;
                }
                if r.status != "active" {
                    tx.set_record_status(&grant("record.archive"), &record, &r.status)?;
                }
            }
            let counts = json!({
                "members": file.members.len(), "locations": file.locations.len(), "teams": file.teams.len(),
                "assistant_assignments": file.assistants.len(), "records": file.records.len(), "shares": shares,
            });
            tx.append_audit(&AuditRecord {
                org: Some(org.id),
                actor: "org seed",
                reason: ctx.global.reason.as_deref(),
                action: "org.seed",
                target: "org",
                outcome: "allowed",
                decision: &format!("allowed: org seed builds a new organisation from {path}"),
                details: json!({ "file": path, "policy": policy_source, "counts": counts }),
            })?;
            Ok(counts)
        },
        |_, _| Ok(()),
    )?;
    let mut fields = vec![
        ("slug", json!(file.org.slug)),
        ("policy", json!(policy_source)),
    ];
    for key in [
        "members",
        "locations",
        "teams",
        "assistant_assignments",
        "records",
        "shares",
    ] {
        fields.push((key, summary[key].clone()));
    }
    Ok(Reply::from(Output::object(fields)).noted(change_note(
        ctx.global.dry_run,
        format!("seed organisation {} from {path}", file.org.slug),
    )))
}

/// `org export`: the organisation as a file `org seed` reads.
pub fn export(ctx: &Ctx, redact: bool) -> Result<Reply> {
    ctx.in_org(|s| {
        // The whole organisation at once: for whoever may read its audit trail.
        s.authorize("audit.view", &TargetFacts::org())?;
        let members: Vec<_> =
            s.tx.members(s.org.id, &MemberFilter::default())?
                .into_iter()
                .filter(|m| m.status != MemberStatus::Removed)
                .collect();
        let alias: BTreeMap<String, String> = members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let e = if redact {
                    format!("member-{}@example.invalid", i + 1)
                } else {
                    m.email.clone()
                };
                (m.email.clone(), e)
            })
            .collect();
        let mut locations_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut teams_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let groups =
            |kind: GroupKind, into: &mut BTreeMap<String, Vec<String>>| -> Result<Vec<GroupSpec>> {
                let mut specs = Vec::new();
                for g in s.tx.groups(kind, s.org.id, true)? {
                    for email in &g.members {
                        into.entry(email.clone()).or_default().push(g.slug.clone());
                    }
                    specs.push(GroupSpec {
                        slug: g.slug.clone(),
                        name: g.name.clone(),
                        archived: g.status == "archived",
                    });
                }
                Ok(specs)
            };
        let locations = groups(GroupKind::Location, &mut locations_of)?;
        let teams = groups(GroupKind::Team, &mut teams_of)?;
        let member_specs = members
            .iter()
            .enumerate()
            .map(|(i, m)| MemberSpec {
                email: alias[&m.email].clone(),
                name: if redact && !m.name.is_empty() {
                    format!("Member {}", i + 1)
                } else {
                    m.name.clone()
                },
                title: if redact {
                    String::new()
                } else {
                    m.title.clone()
                },
                roles: m.roles.iter().cloned().collect(),
                principal: m.principal.clone(),
                status: m.status,
                locations: locations_of.remove(&m.email).unwrap_or_default(),
                teams: teams_of.remove(&m.email).unwrap_or_default(),
            })
            .collect();
        let mut assistants: BTreeMap<String, AssistantSpec> = BTreeMap::new();
        for a in s.tx.assignments(s.org.id)? {
            let spec = assistants
                .entry(a.assistant.clone())
                .or_insert_with(|| AssistantSpec {
                    assistant: alias.get(&a.assistant).cloned().unwrap_or_default(),
                    org_wide: false,
                    to: Vec::new(),
                });
            match &a.therapist {
                Some(t) => spec.to.push(alias.get(t).cloned().unwrap_or_default()),
                None => spec.org_wide = true,
            }
        }
        let mut hidden = 0;
        let mut records = Vec::new();
        for (i, r) in
            s.tx.records(s.org.id, &RecordFilter::default())?
                .into_iter()
                .enumerate()
        {
            if r.status == "deleted" {
                continue;
            }
            // A client's name is profile information: only whoever may read the profile sees it.
            let readable = !redact && s.check("profile.read", &r.target())?.decision().allowed;
            if !readable && !redact {
                hidden += 1;
            }
            let shares =
                s.tx.shares(r.id)?
                    .into_iter()
                    .map(|sh| ShareSpec {
                        member: sh.member.map(|e| alias.get(&e).cloned().unwrap_or(e)),
                        team: sh.team,
                        level: sh.level,
                        until: sh.until,
                    })
                    .collect();
            records.push(RecordSpec {
                client: if readable {
                    r.client.clone()
                } else {
                    format!("Client {}", i + 1)
                },
                owner: alias
                    .get(&r.owner.email)
                    .cloned()
                    .unwrap_or(r.owner.email.clone()),
                location: r.location.clone(),
                confidential: r.confidential,
                external_id: if redact {
                    r.external_id.as_ref().map(|_| format!("ext-{}", i + 1))
                } else {
                    r.external_id.clone()
                },
                status: r.status.clone(),
                shares,
            });
        }
        let file = OrgFile {
            org: OrgSpec {
                slug: s.org.slug.clone(),
                name: s.org.name.clone(),
                kind: s.org.kind,
                policy: s.org.policy_source.clone(),
                seats: s.org.seats,
                invitations: s.org.invitation_allowance,
            },
            locations,
            teams,
            members: member_specs,
            assistants: assistants.into_values().collect(),
            records,
        };
        let output = match ctx.global.format {
            Format::Json => Output::Object(
                serde_json::to_value(&file)?
                    .as_object()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .collect(),
            ),
            _ => Output::Text(serde_norway::to_string(&file)?),
        };
        let mut reply = Reply::from(output);
        if hidden > 0 {
            reply.note = Some(format!(
                "{hidden} client name{} replaced: you may not read {}",
                if hidden == 1 { "" } else { "s" },
                if hidden == 1 {
                    "that profile"
                } else {
                    "those profiles"
                }
            ));
        }
        Ok(reply)
    })
}

/// Fuzzing the organisation file reader (proptest, bounded cases): files built from its
/// own keys, with a secret where values go, are read or refused without a panic, and a
/// refusal never quotes the secret's value.
#[cfg(test)]
mod fuzz {
    use proptest::prelude::*;

    const SECRET: &str = "S3CR3T/hunter2";

    fn scalar() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(SECRET.to_string()),
            Just(format!("\"{SECRET} x\"")),
            Just("[]".to_string()),
            Just(format!("[{SECRET}]")),
            Just("{}".to_string()),
            Just("3".to_string()),
            "[a-z@.]{1,12}",
        ]
    }

    fn file() -> impl Strategy<Value = String> {
        let org =
            (scalar(), scalar(), scalar(), scalar()).prop_map(|(slug, name, kind, policy)| {
                format!(
                    "org:\n  slug: {slug}\n  name: {name}\n  kind: {kind}\n  policy: {policy}\n"
                )
            });
        let member = (scalar(), scalar(), scalar(), scalar()).prop_map(|(email, name, roles, status)| {
            format!("  - email: {email}\n    name: {name}\n    roles: {roles}\n    status: {status}\n")
        });
        let record = (scalar(), scalar(), scalar()).prop_map(|(client, owner, level)| {
            format!("  - client: {client}\n    owner: {owner}\n    shares:\n      - with: {owner}\n        level: {level}\n")
        });
        (
            prop_oneof![
                org,
                Just(
                    "org:\n  slug: demo\n  name: Demo\n  kind: clinic\n  policy: group-practice\n"
                        .to_string()
                )
            ],
            proptest::collection::vec(member, 0..3),
            proptest::collection::vec(record, 0..3),
        )
            .prop_map(|(org, members, records)| {
                format!(
                    "{org}members:\n{}records:\n{}",
                    members.concat(),
                    records.concat()
                )
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn a_refusal_never_quotes_a_value(text in file()) {
            let dir = tempfile::TempDir::new().unwrap();
            let path = dir.path().join("org.yaml");
            std::fs::write(&path, &text).unwrap();
            if let Err(e) = super::read(path.to_str().unwrap()) {
                let message = format!("{e:#}");
                prop_assert!(!message.contains("hunter2"), "{}\n{}", text, message);
            }
        }
    }
}
