//! `careward member invite --csv FILE`: bulk onboarding (issue #3, DESIGN "Bulk input").
//!
//! The story, top to bottom: authorize `member.invite` on the organisation once (the
//! related article: "Only administrators"), tell the file's layout, then read it twice
//! (`csv_input::Job` tells this part for every import):
//!
//! 1. check every row against the policy and the organisation, keeping only the emails
//!    seen (for the duplicate check) and the seats each new member takes;
//! 2. refuse, before anything is applied, a file with problems (all listed, each with
//!    its line) or an import that needs more seats than are free;
//! 3. read the file again and apply each row as it is checked again, with its audit
//!    event, in the command's one transaction; then check the rules that hold for the
//!    whole organisation (the last administrator) and commit, or undo everything.
//!
//! Checking each row twice costs one more read of the file and one indexed lookup per
//! row; in exchange memory does not grow with the file beyond the duplicate check
//! (and the report, which is the output). The run is named in every audit event by the
//! id of its first event.
//!
//! An import never changes an existing member's status: `status` applies to the
//! members it creates; accepting, deactivating and reactivating have their own commands.

use crate::limits;
use std::collections::BTreeSet;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::Reply;
use super::grouping::Directory;
use super::member::ensure_seats;
use crate::csv_input::{
    Checked, Diff, Done, Headerless, Job, OnErrorArgs, Outcome, Row, Rows, Spec, permit,
    permit_verdict,
};
use crate::error::{Error, ErrorKind};
use crate::policy::{AccessChange, Granted, MemberId, MemberStatus, TargetFacts};
use crate::session::{Ctx, Session, parse_email};
use crate::store::{Group, GroupKind, Member, NewMember};

/// The `--csv` options of `member invite`.
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Invite every member of a CSV file (- reads standard input): a header naming the
    /// columns email, name, title, roles, principal, status, locations, teams (and, where
    /// the policy reads them, user_type, access, permissions); or the product's own file,
    /// email;roles without a header
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// With --csv: bring existing members' name, title and roles to the file's values
    #[arg(long, requires = "csv")]
    pub update: bool,
    #[command(flatten)]
    pub on_error: OnErrorArgs,
}

/// What `member list --format csv` writes: the columns an import reads, by header name
/// in any order (`locations` and `teams` hold slugs separated by `;`), then who invited
/// each member and when (the Members page shows it), which the import reads past. So
/// export, edit, import works.
pub const LIST_COLUMNS: &[&str] = &[
    "email",
    "name",
    "title",
    "roles",
    "principal",
    "status",
    "locations",
    "teams",
    "invited_by",
    "invited_at",
];

/// The columns an import reads: all that `member list` writes but the last two, and the
/// columns of roles a policy may read beside `roles` (`role_columns`: behavior-charts'
/// user_type, access and permissions).
pub const COLUMNS: &[&str] = &[
    "email",
    "name",
    "title",
    "roles",
    "principal",
    "status",
    "locations",
    "teams",
    "user_type",
    "access",
    "permissions",
];
const EMAIL: usize = 0;
const NAME: usize = 1;
const TITLE: usize = 2;
const ROLES: usize = 3;
const PRINCIPAL: usize = 4;
const STATUS: usize = 5;
const LOCATIONS: usize = 6;
const TEAMS: usize = 7;
/// the columns of `crate::policy::ROLE_COLUMNS`, in its order
const ROLE_COLUMNS_AT: usize = 8;

/// Columns read past: those a rejects file adds, so that the fixed file imports as it
/// is, and those `member list` adds after the imported ones.
const IGNORED: &[&str] = &["line", "error", "invited_by", "invited_at"];

/// The practice product's own invitation file (related article "How can I invite
/// members using a CSV file?"): no header, the email, then the roles separated by
/// commas: `jm@example.com;practitioner,coordinator`.
const PRODUCT_FORMAT: Headerless = Headerless {
    delimiter: b';',
    columns: &["email", "roles"],
    name: "the product's own format (email;roles, no header)",
};

const SPEC: Spec = Spec {
    columns: COLUMNS,
    ignored: IGNORED,
    required: EMAIL,
    key: EMAIL,
    key_name: "email",
    headerless: Some(PRODUCT_FORMAT),
    report_extra: &[],
    added: "invited",
    row_noun: "member",
};

/// Statuses a row may give a new member.
const IMPORTABLE: [MemberStatus; 3] = [
    MemberStatus::Invited,
    MemberStatus::Active,
    MemberStatus::Inactive,
];

pub fn import(
    ctx: &Ctx,
    args: &ImportArgs,
    default_roles: &[String],
    default_status: MemberStatus,
) -> Result<Reply> {
    let Some(path) = &args.csv else {
        return Err(Error::usage("give --csv FILE").into());
    };
    let job = Job::open(ctx, path, &args.on_error)?;
    ctx.in_org(|s| {
        let run = job.start(s)?;
        let invite = s.authorize("member.invite", &TargetFacts::org())?;
        let layout = job.layout(s, run, &SPEC)?;
        for role in default_roles {
            if s.policy.role(role.trim()).is_none() {
                return Err(s.policy.unknown_role(role.trim()).into());
            }
        }
        let mut rows = MemberRows {
            s,
            invite,
            invited_by: s.actor.label(),
            run,
            file: job.label().to_string(),
            rules: Rules {
                default_roles: default_roles.iter().map(|r| r.trim().to_string()).collect(),
                default_status,
                update: args.update,
                locations: Directory::load(s, GroupKind::Location)?,
                teams: Directory::load(s, GroupKind::Team)?,
            },
        };
        job.run(s, run, &SPEC, layout, &mut rows)
    })
}

/// The rows of one import run: checked by [`Rules`], applied here.
struct MemberRows<'s, 't> {
    s: &'s Session<'t>,
    invite: Granted,
    invited_by: String,
    run: i64,
    file: String,
    rules: Rules,
}

impl Rows for MemberRows<'_, '_> {
    type Change = Change;

    fn check(&mut self, row: &Row) -> Result<Checked<Change>> {
        self.rules.check(self.s, row)
    }

    fn need(&self, change: &Change) -> u64 {
        u64::from(change.seat())
    }

    fn reserve(&mut self, needed: u64) -> Result<()> {
        ensure_seats(self.s, u32::try_from(needed).unwrap_or(u32::MAX))
    }

    /// Make one row's change, with its audit event.
    fn apply(&mut self, line: u64, change: Change) -> Result<Done> {
        let s = self.s;
        let import = json!({ "run": self.run, "file": self.file, "line": line });
        let done = |outcome, message: String| Done {
            outcome,
            message,
            extra: Vec::new(),
        };
        match change {
            Change::Invite {
                wanted,
                again,
                memberships,
                ..
            } => {
                let principal = wanted.principal.as_deref();
                let id = s.tx.insert_member(
                    &self.invite,
                    s.org.id,
                    &NewMember {
                        email: &wanted.email,
                        name: wanted.name.as_deref().unwrap_or(""),
                        title: wanted.title.as_deref().unwrap_or(""),
                        status: wanted.status,
                        roles: &wanted.roles,
                        principal,
                        invited_by: &self.invited_by,
                    },
                )?;
                Membership::apply(s, id, &memberships)?;
                let authorized: Vec<&str> = memberships
                    .iter()
                    .map(|m| m.proof.decision().reason.as_str())
                    .collect();
                s.record(
                    &self.invite,
                    &format!("member:{}", wanted.email),
                    json!({
                        "import": import, "roles": wanted.roles, "principal": principal,
                        "status": wanted.status.name(), "name": wanted.name, "title": wanted.title,
                        "locations": wanted.locations, "teams": wanted.teams, "authorized": authorized,
                    }),
                )?;
                let mut message = Vec::new();
                if again {
                    message.push("invited again (was removed)".to_string());
                }
                if wanted.status != MemberStatus::Invited {
                    message.push(format!("added as {}", wanted.status));
                }
                Ok(done(Outcome::Added, message.join("; ")))
            }
            Change::Update(update) => {
                let Update {
                    member,
                    wanted,
                    roles_proof,
                    edit_proof,
                    memberships,
                    diffs,
                } = *update;
                if let Some(proof) = &roles_proof {
                    s.tx.set_roles(proof, &member, &wanted.roles, wanted.principal.as_deref())?;
                }
                if let Some(proof) = &edit_proof {
                    let name = wanted.name.as_deref().unwrap_or(&member.name);
                    let title = wanted.title.as_deref().unwrap_or(&member.title);
                    s.tx.set_member_details(proof, &member, name, title)?;
                }
                Membership::apply(s, member.id, &memberships)?;
                let proofs: Vec<&Granted> = [&roles_proof, &edit_proof]
                    .into_iter()
                    .flatten()
                    .chain(memberships.iter().map(|m| &m.proof))
                    .collect();
                Diff::audit(s, &member.target().key, &proofs, import, &diffs)?;
                Ok(done(Outcome::Updated, Diff::describe(&diffs)))
            }
            Change::Unchanged { note } => Ok(done(Outcome::Unchanged, note.unwrap_or_default())),
        }
    }

    /// The rules that hold for the whole organisation: an update may have taken the
    /// administrator role from the last active administrator.
    fn finish(&mut self) -> Result<()> {
        let s = self.s;
        s.policy
            .check_min_holders(|role| s.tx.active_holders(s.org.id, role))
    }
}

/// How a row is read and checked.
struct Rules {
    default_roles: BTreeSet<String>,
    default_status: MemberStatus,
    update: bool,
    /// the organisation's locations and teams, to check the cells against
    locations: Directory,
    teams: Directory,
}

/// What a row wants a member to be. `None`: the file has no such column.
struct Wanted {
    email: String,
    name: Option<String>,
    title: Option<String>,
    roles: BTreeSet<String>,
    principal: Option<String>,
    status: MemberStatus,
    /// slugs
    locations: Option<BTreeSet<String>>,
    teams: Option<BTreeSet<String>>,
}

/// A member joining or leaving a location or a team, with the gate's answer: what
/// `location assign` and `team add` ask (location.assign, team.manage).
struct Membership {
    group: Group,
    belongs: bool,
    proof: Granted,
}

impl Membership {
    /// Ask the policy about the changes of one kind of group; the first denial is the
    /// row's problem.
    fn gate(
        s: &Session,
        email: &str,
        directory: &Directory,
        add: &BTreeSet<String>,
        remove: &BTreeSet<String>,
    ) -> std::result::Result<Vec<Membership>, (ErrorKind, String)> {
        let mut changes = Vec::new();
        for (slugs, belongs) in [(add, true), (remove, false)] {
            for slug in slugs {
                let Some(group) = directory.get(slug) else {
                    return Err((ErrorKind::Invalid, format!("no such group {slug}")));
                };
                let (action, what) = match (group.kind, belongs) {
                    (GroupKind::Location, true) => (
                        "location.assign",
                        format!("assign {email} to location {slug}"),
                    ),
                    (GroupKind::Location, false) => (
                        "location.assign",
                        format!("take {email} off location {slug}"),
                    ),
                    (GroupKind::Team, true) => {
                        ("team.manage", format!("add {email} to team {slug}"))
                    }
                    (GroupKind::Team, false) => {
                        ("team.manage", format!("remove {email} from team {slug}"))
                    }
                };
                // joining a team is joining its shares: the actor does not add
                // themself to one that reaches what they may not (the policy's rule)
                let proof = match s.actor.member() {
                    Some(me) if belongs && group.kind == GroupKind::Team && me.email == email => {
                        let change = AccessChange::TeamMembership {
                            team: group.id,
                            member: me.id,
                        };
                        permit_verdict(
                            s.check_access_change(action, &group.target(), change),
                            &what,
                        )?
                    }
                    _ => permit(s, action, &group.target(), &what)?,
                };
                changes.push(Membership {
                    group: group.clone(),
                    belongs,
                    proof,
                });
            }
        }
        Ok(changes)
    }

    fn apply(s: &Session, member: MemberId, changes: &[Membership]) -> Result<()> {
        for m in changes {
            s.tx.set_group_member(&m.proof, &m.group, member, m.belongs)?;
        }
        Ok(())
    }
}

/// An existing member's active locations and teams (left empty when the file does not
/// say which it wants).
struct Current {
    locations: BTreeSet<String>,
    teams: BTreeSet<String>,
}

/// What applying a valid row does.
enum Change {
    /// a new member, or one who was removed and is invited again
    Invite {
        wanted: Wanted,
        again: bool,
        seat: u32,
        memberships: Vec<Membership>,
    },
    /// an existing member brought to the file's values (`--update`)
    Update(Box<Update>),
    Unchanged {
        note: Option<String>,
    },
}

struct Update {
    member: Member,
    wanted: Wanted,
    /// the gate's answers for the roles and for the name and title, as needed
    roles_proof: Option<Granted>,
    edit_proof: Option<Granted>,
    /// the locations and teams joined and left
    memberships: Vec<Membership>,
    diffs: Vec<Diff>,
}

impl Change {
    fn seat(&self) -> u32 {
        match self {
            Change::Invite { seat, .. } => *seat,
            _ => 0,
        }
    }
}

impl Rules {
    /// Read one row and check it against the policy and the organisation.
    fn check(&self, s: &Session, row: &Row) -> Result<Checked<Change>> {
        let cell = |k: usize| row.cell(k);
        let mut checked = Checked::default();
        let invalid = |message: String| (ErrorKind::Invalid, message);
        let email = match cell(EMAIL).unwrap_or("") {
            "" => {
                checked
                    .problems
                    .push(invalid("the email cell is empty".into()));
                None
            }
            text => match parse_email(text) {
                Ok(email) => Some(email),
                Err(_) => {
                    checked.problems.push(invalid(format!(
                        "email {} is not an email address",
                        limits::quote(text)
                    )));
                    None
                }
            },
        };
        let roles = self.roles(s, row, &mut checked.problems);
        let status = match cell(STATUS).unwrap_or("") {
            "" => Some(self.default_status),
            text => match MemberStatus::parse(text).filter(|st| IMPORTABLE.contains(st)) {
                Some(status) => Some(status),
                None => {
                    checked.problems.push(invalid(if text == "removed" {
                        "status \"removed\" cannot be imported: a removed member is no longer a member; leave the row out".into()
                    } else {
                        format!("status {} is not one of invited, active, inactive", limits::quote(text))
                    }));
                    None
                }
            },
        };
        let explicit_principal = cell(PRINCIPAL).filter(|p| !p.is_empty());
        if let Some(p) = explicit_principal
            && s.policy.role(p).is_none()
        {
            checked.problems.push(invalid(format!(
                "principal role {} is not a role of policy {}",
                limits::quote(p),
                s.policy.name
            )));
        }
        let locations = self.groups(&self.locations, cell(LOCATIONS), &mut checked.problems);
        let teams = self.groups(&self.teams, cell(TEAMS), &mut checked.problems);
        for (column, check) in [
            (
                NAME,
                limits::name as fn(&str, &str) -> Result<(), crate::error::Error>,
            ),
            (TITLE, limits::title),
        ] {
            let what = if column == NAME { "name" } else { "title" };
            if let Err(e) = check(what, cell(column).unwrap_or("")) {
                checked.problems.push(invalid(e.message));
            }
        }
        checked.key = email.clone();
        let (Some(email), Some(roles), Some(status)) = (email, roles, status) else {
            return Ok(checked);
        };
        if !checked.problems.is_empty() {
            return Ok(checked);
        }

        let found = s.tx.member_by_email(s.org.id, &email)?;
        // For a new member: no status, or `removed` when they are invited again.
        let previous = found.as_ref().map(|m| m.status);
        let existing = found.filter(|m| m.status != MemberStatus::Removed);
        // The principal role: the cell's; else a single role; else the member's current
        // one while they keep it (as `role assign` does).
        let principal = match explicit_principal {
            Some(p) => Some(p.to_string()),
            None if roles.len() == 1 => roles.first().cloned(),
            None => existing
                .as_ref()
                .and_then(|m| m.principal.clone())
                .filter(|p| roles.contains(p)),
        };
        if let Err(e) = s
            .policy
            .check_roles(s.org.kind, &email, &roles, principal.as_deref())
        {
            checked.problems.push(invalid(e.message));
            return Ok(checked);
        }
        let wanted = Wanted {
            email,
            name: cell(NAME).map(str::to_string),
            title: cell(TITLE).map(str::to_string),
            roles,
            principal,
            status,
            locations,
            teams,
        };
        let change = match existing {
            None => {
                let none = BTreeSet::new();
                let joins = |directory, slugs: &Option<BTreeSet<String>>| {
                    let add = slugs.as_ref().unwrap_or(&none);
                    Membership::gate(s, &wanted.email, directory, add, &none)
                };
                let memberships = joins(&self.locations, &wanted.locations).and_then(|mut all| {
                    all.extend(joins(&self.teams, &wanted.teams)?);
                    Ok(all)
                });
                memberships.map(|memberships| Change::Invite {
                    seat: s.policy.seats_taken(previous, status),
                    again: previous.is_some(),
                    memberships,
                    wanted,
                })
            }
            Some(member) => {
                let current = Current {
                    locations: match wanted.locations {
                        Some(_) => s.tx.member_locations(member.id)?.into_iter().collect(),
                        None => BTreeSet::new(),
                    },
                    teams: match wanted.teams {
                        Some(_) => s.tx.member_teams(member.id)?.into_iter().collect(),
                        None => BTreeSet::new(),
                    },
                };
                let status_cell = cell(STATUS).filter(|c| !c.is_empty());
                self.compare(s, member, wanted, &current, status_cell)
            }
        };
        match change {
            Ok(change) => checked.change = Some(change),
            Err(problem) => checked.problems.push(problem),
        }
        Ok(checked)
    }

    /// The roles a row gives: its roles cell and the policy's columns of roles (each
    /// separated by `;` or `,`), else `--role`.
    fn roles(
        &self,
        s: &Session,
        row: &Row,
        problems: &mut Vec<(ErrorKind, String)>,
    ) -> Option<BTreeSet<String>> {
        let split = |cell: &str| -> Vec<String> {
            cell.split([';', ','])
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect()
        };
        let mut roles: BTreeSet<String> =
            split(row.cell(ROLES).unwrap_or("")).into_iter().collect();
        let mut ok = true;
        // roles of the policy's columns are checked against the column's own list
        let mut from_columns = BTreeSet::new();
        for (i, column) in crate::policy::ROLE_COLUMNS.iter().enumerate() {
            let given = split(row.cell(ROLE_COLUMNS_AT + i).unwrap_or(""));
            if given.is_empty() {
                continue;
            }
            let Some(spec) = s.policy.role_columns.get(*column) else {
                ok = false;
                problems.push((
                    ErrorKind::Invalid,
                    format!(
                        "policy {} reads no {column} column: name the roles in the roles column",
                        s.policy.name
                    ),
                ));
                continue;
            };
            if spec.one && given.len() > 1 {
                ok = false;
                problems.push((
                    ErrorKind::Invalid,
                    format!(
                        "{column} holds one of {}, not {}",
                        spec.roles.join(", "),
                        given.join(" and ")
                    ),
                ));
            }
            for role in given {
                if !spec.roles.contains(&role) {
                    ok = false;
                    problems.push((
                        ErrorKind::Invalid,
                        format!(
                            "{column} {} is not one of {}",
                            limits::quote(&role),
                            spec.roles.join(", ")
                        ),
                    ));
                }
                from_columns.insert(role.clone());
                roles.insert(role);
            }
        }
        if roles.is_empty() {
            roles = self.default_roles.clone();
        }
        if roles.is_empty() {
            problems.push((
                ErrorKind::Invalid,
                "no role: fill the roles cell, or give --role ROLE for rows without one".into(),
            ));
            return None;
        }
        for role in &roles {
            if s.policy.role(role).is_some() || from_columns.contains(role) {
                continue;
            }
            ok = false;
            let lower = role.to_lowercase();
            problems.push((
                ErrorKind::Invalid,
                if s.policy.role(&lower).is_some() {
                    format!("unknown role \"{role}\": roles are spelled in lower case ({lower})")
                } else {
                    format!(
                        "unknown role \"{role}\"; the roles of policy {} are {}",
                        s.policy.name,
                        s.policy
                            .roles
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                },
            ));
        }
        ok.then_some(roles)
    }

    /// The locations or teams a row gives (slugs separated by `;` or `,`), each an
    /// active one of the organisation. `None`: the file has no such column, or a slug
    /// is wrong (a problem).
    fn groups(
        &self,
        directory: &Directory,
        cell: Option<&str>,
        problems: &mut Vec<(ErrorKind, String)>,
    ) -> Option<BTreeSet<String>> {
        let mut slugs = BTreeSet::new();
        let mut ok = true;
        for slug in cell?
            .split([';', ','])
            .map(str::trim)
            .filter(|g| !g.is_empty())
        {
            match directory.active(slug) {
                Ok(_) => {
                    slugs.insert(slug.to_string());
                }
                Err(problem) => {
                    ok = false;
                    problems.push((ErrorKind::Invalid, problem));
                }
            }
        }
        ok.then_some(slugs)
    }

    /// An existing member against what the row wants: unchanged, an update (with
    /// `--update`, when the policy lets the actor make it), or a conflict.
    fn compare(
        &self,
        s: &Session,
        member: Member,
        wanted: Wanted,
        current: &Current,
        status_cell: Option<&str>,
    ) -> std::result::Result<Change, (ErrorKind, String)> {
        let mut diffs = Vec::new();
        let quoted = |text: &String| limits::quote(text);
        let list = |items: &BTreeSet<String>| match items.len() {
            0 => "none".to_string(),
            _ => items.iter().cloned().collect::<Vec<_>>().join(";"),
        };
        let or_none = |p: &Option<String>| p.clone().unwrap_or_else(|| "none".into());
        Diff::note(
            &mut diffs,
            "name",
            &member.name,
            wanted.name.as_ref(),
            quoted,
        );
        Diff::note(
            &mut diffs,
            "title",
            &member.title,
            wanted.title.as_ref(),
            quoted,
        );
        Diff::note(
            &mut diffs,
            "roles",
            &member.roles,
            Some(&wanted.roles),
            list,
        );
        Diff::note(
            &mut diffs,
            "principal",
            &member.principal,
            Some(&wanted.principal),
            or_none,
        );
        Diff::note(
            &mut diffs,
            "locations",
            &current.locations,
            wanted.locations.as_ref(),
            list,
        );
        Diff::note(
            &mut diffs,
            "teams",
            &current.teams,
            wanted.teams.as_ref(),
            list,
        );
        if diffs.is_empty() {
            let note = status_cell.filter(|st| *st != member.status.name()).map(|st| {
                format!(
                    "already a member, {}; the file says {st}, and an import does not change a member's status",
                    member.status
                )
            });
            return Ok(Change::Unchanged { note });
        }
        if !self.update {
            return Err((
                ErrorKind::Conflict,
                format!(
                    "{} is already a member, with other values: {} (--update brings them to the file's values)",
                    member.email,
                    Diff::describe(&diffs)
                ),
            ));
        }
        let what = format!("change {}", member.email);
        let gate = |action: &str, needed: bool| {
            needed
                .then(|| permit(s, action, &member.target(), &what))
                .transpose()
        };
        let roles_proof = gate("role.assign", Diff::any(&diffs, &["roles", "principal"]))?;
        let edit_proof = gate("member.edit", Diff::any(&diffs, &["name", "title"]))?;
        let mut memberships = Vec::new();
        for (directory, now, to) in [
            (&self.locations, &current.locations, &wanted.locations),
            (&self.teams, &current.teams, &wanted.teams),
        ] {
            let Some(to) = to else { continue };
            let add: BTreeSet<String> = to.difference(now).cloned().collect();
            let remove: BTreeSet<String> = now.difference(to).cloned().collect();
            // as `location assign` and `team add`: an inactive member joins nothing
            if !add.is_empty()
                && !matches!(member.status, MemberStatus::Active | MemberStatus::Invited)
            {
                return Err((
                    ErrorKind::Conflict,
                    format!(
                        "{} is {}: only active and invited members join locations and teams (careward member reactivate {})",
                        member.email, member.status, member.email
                    ),
                ));
            }
            memberships.extend(Membership::gate(
                s,
                &member.email,
                directory,
                &add,
                &remove,
            )?);
        }
        Ok(Change::Update(Box::new(Update {
            member,
            wanted,
            roles_proof,
            edit_proof,
            memberships,
            diffs,
        })))
    }
}
