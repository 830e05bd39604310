//! `careward member invite --csv FILE`: bulk onboarding (issue #3, DESIGN "Bulk input").
//!
//! The story, top to bottom: authorize `member.invite` on the organisation once (the
//! related article: "Only administrators"), tell the file's layout, then read it twice
//! (`csv_input` streams it; standard input is spooled to a temporary file):
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

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use super::Reply;
use super::member::ensure_seats;
use crate::csv_input::{Header, Headerless, Layout, Problems, Progress, Record, Rejects, Source};
use crate::error::{Error, ErrorKind};
use crate::output::Output;
use crate::policy::{Granted, MemberStatus, TargetFacts, Verdict};
use crate::session::{Ctx, Session, parse_email};
use crate::store::{Member, NewMember};

/// The `--csv` options of `member invite`.
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Invite every member of a CSV file (- reads standard input): a header naming the
    /// columns email, name, title, roles, principal, status; or the product's own file,
    /// email;roles without a header
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// With --csv: bring existing members' name, title and roles to the file's values
    #[arg(long, requires = "csv")]
    pub update: bool,
    /// With --csv: what a bad row does: stop (nothing is imported) or continue (the
    /// other rows are imported, the bad ones written to --rejects)
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = OnError::Stop, requires = "csv")]
    pub on_error: OnError,
    /// With --on-error continue: the file to write rejected rows to, to fix and import
    #[arg(
        long,
        value_name = "FILE",
        requires = "csv",
        required_if_eq("on_error", "continue")
    )]
    pub rejects: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OnError {
    Stop,
    Continue,
}

/// The columns an import reads, by header name in any order; `member list --format
/// csv` writes exactly these, so that export, edit, import works.
//
// `locations` and `teams` come here when those nouns exist: the name in this list, an
// index below, the cell read in `Rules::check`, and a check against the organisation.
// Until then they are unknown columns, refused with this list.
pub const COLUMNS: &[&str] = &["email", "name", "title", "roles", "principal", "status"];

/// What `member list` writes: the columns above, then who invited each member and when
/// (the Members page shows it), which the import reads past, so an export imports as it is.
pub const LIST_COLUMNS: &[&str] = &[
    "email",
    "name",
    "title",
    "roles",
    "principal",
    "status",
    "invited_by",
    "invited_at",
];
const EMAIL: usize = 0;
const NAME: usize = 1;
const TITLE: usize = 2;
const ROLES: usize = 3;
const PRINCIPAL: usize = 4;
const STATUS: usize = 5;

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
    if args.rejects.is_some() && args.on_error == OnError::Stop {
        return Err(Error::usage("--rejects goes with --on-error continue")
            .hinted("add --on-error continue to import the valid rows and write the others to the rejects file")
            .into());
    }
    // Standard input is read (spooled) before the transaction takes the store's lock.
    let source = Source::open(path)?;
    let progress = Progress::wanted(ctx.global.quiet);
    ctx.in_org(|s| {
        let run = s.tx.next_audit_id()?;
        s.describe_refusal(json!({ "import": { "run": run, "file": source.label() } }));
        let proof = s.authorize("member.invite", &TargetFacts::org())?;
        let layout = crate::csv_input::sniff(&source, COLUMNS, IGNORED, PRODUCT_FORMAT)?;
        s.describe_refusal(json!({ "import": {
            "run": run, "file": source.label(), "format": layout.describe(),
        }}));
        for role in default_roles {
            if s.policy.role(role.trim()).is_none() {
                return Err(s.policy.unknown_role(role.trim()).into());
            }
        }
        let mut import = Import {
            s,
            source: &source,
            layout,
            rules: Rules {
                header: match layout {
                    Layout::Headed { .. } => None,
                    Layout::Headerless(h) => Some(Header::fixed(h, COLUMNS)),
                },
                default_roles: default_roles.iter().map(|r| r.trim().to_string()).collect(),
                headed: matches!(layout, Layout::Headed { .. }),
                default_status,
                update: args.update,
            },
            seen: HashMap::new(),
            repeated: HashMap::new(),
            hash_checked: String::new(),
            run,
        };

        let bar = Progress::new(progress, "checking");
        let (problems, rows) = import.check_all(args.on_error == OnError::Stop, &bar)?;
        bar.done();
        s.describe_refusal(json!({ "import": {
            "run": run, "file": source.label(), "format": layout.describe(),
            "rows": rows, "problems": problems.count(),
        }}));
        if !problems.is_empty() && args.on_error == OnError::Stop {
            return Err(problems
                .into_error("nothing was imported")
                .hinted("fix the rows and run the import again; or add --on-error continue --rejects FILE to import the valid rows now")
                .into());
        }
        ensure_seats(s, import.seats_needed())?;

        let bar = Progress::new(progress, "importing");
        let mut rejects = match &args.rejects {
            Some(path) if !problems.is_empty() && !ctx.global.dry_run => Some(Rejects::create(
                path,
                layout.delimiter(),
                import.rules.header()?,
            )?),
            _ => None,
        };
        let applied = import.apply_all(&proof, &bar, rejects.as_mut(), !ctx.global.quiet)?;
        bar.done();
        if applied.hash != import.hash_checked {
            return Err(Error::failure(format!(
                "{} changed while it was being imported; nothing was imported",
                source.label()
            ))
            .hinted("run the import again once the file is written")
            .into());
        }
        // The rules that hold for the whole organisation: an update may have taken the
        // administrator role from the last active administrator.
        s.policy
            .check_min_holders(|role| s.tx.active_holders(s.org.id, role))?;
        if let Some(rejects) = rejects {
            rejects.finish()?;
        }

        let counts = &applied.counts;
        let mut note = format!(
            "{} ({}, {}",
            counts.summary(),
            source.label(),
            layout.describe()
        );
        if ctx.global.dry_run {
            note = format!("dry run: {note}); nothing was changed");
        } else if counts.invited + counts.updated > 0 {
            note.push_str(&format!("; import run {run}, named in the audit trail)"));
        } else {
            note.push(')');
        }
        if let Some(path) = &args.rejects {
            if counts.rejected == 0 {
                note.push_str(&format!("; no row was rejected, {} was not written", path.display()));
            } else if ctx.global.dry_run {
                note.push_str(&format!("; {} was not written", path.display()));
            } else {
                note.push_str(&format!(
                    "; the rejected rows are in {}: fix them and import that file",
                    path.display()
                ));
            }
        }
        let exit = if problems.is_empty() {
            0
        } else {
            problems.kind().exit_code()
        };
        Ok(Reply {
            output: Output::list(&["line", "email", "outcome", "message"], applied.report),
            note: Some(note),
            exit,
        })
    })
}

/// One import run over one file.
struct Import<'s, 't> {
    s: &'s Session<'t>,
    source: &'s Source,
    layout: Layout,
    rules: Rules,
    /// every valid email of the file: its first line, and the seat its row takes
    seen: HashMap<String, (u64, u32)>,
    /// the emails that are on several lines, with every line
    repeated: HashMap<String, Vec<u64>>,
    /// the SHA-256 of the file as the first pass read it
    hash_checked: String,
    run: i64,
}

/// What the second pass did.
struct Applied {
    counts: Counts,
    report: Vec<Vec<Value>>,
    hash: String,
}

#[derive(Default)]
struct Counts {
    rows: u64,
    invited: u64,
    updated: u64,
    unchanged: u64,
    rejected: u64,
}

impl Counts {
    /// `3,000 rows: 2,980 invited, 20 unchanged`
    fn summary(&self) -> String {
        let parts: Vec<String> = [
            (self.invited, "invited"),
            (self.updated, "updated"),
            (self.unchanged, "unchanged"),
            (self.rejected, "rejected"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{} {what}", thousands(*n)))
        .collect();
        format!(
            "{} {}: {}",
            thousands(self.rows),
            if self.rows == 1 { "row" } else { "rows" },
            if parts.is_empty() {
                "nothing to import".to_string()
            } else {
                parts.join(", ")
            }
        )
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl Import<'_, '_> {
    /// The first pass: every problem of the file, and how many rows it has. A problem
    /// with the header refuses the whole file, whatever `--on-error` says; its rows
    /// are still checked (when there is an email column), to list everything at once.
    fn check_all(&mut self, keep: bool, bar: &Progress) -> Result<(Problems, u64)> {
        let mut problems = Problems::new(self.source.label(), keep);
        let mut bad_header = false;
        let mut rows = 0;
        let hash = crate::csv_input::scan(self.source, self.layout.delimiter(), bar, |record| {
            let Some(header) = &self.rules.header else {
                let (header, mut header_problems) = Header::parse(record.fields, COLUMNS, IGNORED);
                if !header.has(EMAIL) {
                    header_problems.push(format!(
                        "there is no email column; the known columns are {}",
                        COLUMNS.join(", ")
                    ));
                }
                if !header_problems.is_empty() {
                    bad_header = true;
                    problems.keep_all();
                }
                for p in &header_problems {
                    problems.add(record.line, ErrorKind::Invalid, p);
                }
                self.rules.header = Some(header);
                return Ok(());
            };
            if !header.has(EMAIL) {
                return Ok(());
            }
            rows += 1;
            let checked = self.rules.check(self.s, &record)?;
            let mut row_problems = checked.problems;
            if let Some(email) = checked.email {
                let seat = checked.change.as_ref().map_or(0, Change::seat);
                match self.seen.get(&email) {
                    Some(&(first, _)) => {
                        row_problems.push((
                            ErrorKind::Invalid,
                            format!("email {email} is already on line {first}"),
                        ));
                        self.repeated
                            .entry(email)
                            .or_insert_with(|| vec![first])
                            .push(record.line);
                    }
                    None => {
                        self.seen.insert(email, (record.line, seat));
                    }
                }
            }
            for (kind, message) in row_problems {
                problems.add(record.line, kind, &message);
            }
            Ok(())
        })?;
        self.hash_checked = hash;
        if bad_header {
            return Err(problems
                .into_error("nothing was imported")
                .hinted(format!(
                    "the first row names the columns: {}",
                    COLUMNS.join(",")
                ))
                .into());
        }
        Ok((problems, rows))
    }

    /// The seats the valid new members take.
    fn seats_needed(&self) -> u32 {
        self.seen
            .iter()
            .filter(|(email, _)| !self.repeated.contains_key(*email))
            .map(|(_, (_, seat))| seat)
            .sum()
    }

    /// The second pass: apply each valid row, reject the others.
    fn apply_all(
        &self,
        invite: &Granted,
        bar: &Progress,
        mut rejects: Option<&mut Rejects>,
        report: bool,
    ) -> Result<Applied> {
        let s = self.s;
        let invited_by = s.actor.label();
        let mut applied = Applied {
            counts: Counts::default(),
            report: Vec::new(),
            hash: String::new(),
        };
        let headed = matches!(self.layout, Layout::Headed { .. });
        let mut header_seen = !headed;
        applied.hash =
            crate::csv_input::scan(self.source, self.layout.delimiter(), bar, |record| {
                if !header_seen {
                    header_seen = true;
                    return Ok(());
                }
                applied.counts.rows += 1;
                let checked = self.rules.check(s, &record)?;
                let mut messages: Vec<String> =
                    checked.problems.into_iter().map(|(_, m)| m).collect();
                let shown = checked
                    .email
                    .clone()
                    .unwrap_or_else(|| checked.shown_email.clone());
                if let Some(lines) = checked.email.as_ref().and_then(|e| self.repeated.get(e)) {
                    let email = checked.email.as_deref().unwrap_or_default();
                    messages.push(if lines[0] == record.line {
                        let others: Vec<String> = lines[1..].iter().map(u64::to_string).collect();
                        format!("email {email} is also on line {}", others.join(", "))
                    } else {
                        format!("email {email} is already on line {}", lines[0])
                    });
                }
                let (outcome, message) = match (checked.change, rejects.as_deref_mut()) {
                    (Some(change), _) if messages.is_empty() => {
                        self.apply(invite, &invited_by, record.line, change)?
                    }
                    (_, rejects) => {
                        let message = messages.join("; ");
                        if let Some(rejects) = rejects {
                            rejects.write(record.fields, record.line, &message)?;
                        }
                        ("rejected", message)
                    }
                };
                match outcome {
                    "invited" => applied.counts.invited += 1,
                    "updated" => applied.counts.updated += 1,
                    "unchanged" => applied.counts.unchanged += 1,
                    _ => applied.counts.rejected += 1,
                }
                if report {
                    applied.report.push(vec![
                        json!(record.line),
                        json!(shown),
                        json!(outcome),
                        json!(message),
                    ]);
                }
                Ok(())
            })?;
        Ok(applied)
    }

    /// Make one row's change, with its audit event.
    fn apply(
        &self,
        invite: &Granted,
        invited_by: &str,
        line: u64,
        change: Change,
    ) -> Result<(&'static str, String)> {
        let s = self.s;
        let import = json!({ "run": self.run, "file": self.source.label(), "line": line });
        match change {
            Change::Invite { wanted, again, .. } => {
                let principal = wanted.principal.as_deref();
                s.tx.insert_member(
                    invite,
                    s.org.id,
                    &NewMember {
                        email: &wanted.email,
                        name: wanted.name.as_deref().unwrap_or(""),
                        title: wanted.title.as_deref().unwrap_or(""),
                        status: wanted.status,
                        roles: &wanted.roles,
                        principal,
                        invited_by,
                    },
                )?;
                s.record(
                    invite,
                    &format!("member:{}", wanted.email),
                    json!({
                        "import": import, "roles": wanted.roles, "principal": principal,
                        "status": wanted.status.name(), "name": wanted.name, "title": wanted.title,
                    }),
                )?;
                let mut message = Vec::new();
                if again {
                    message.push("invited again (was removed)".to_string());
                }
                if wanted.status != MemberStatus::Invited {
                    message.push(format!("added as {}", wanted.status));
                }
                Ok(("invited", message.join("; ")))
            }
            Change::Update(update) => {
                let Update {
                    member,
                    wanted,
                    roles_proof,
                    edit_proof,
                    diffs,
                } = *update;
                let mut authorized = Vec::new();
                if let Some(proof) = &roles_proof {
                    s.tx.set_roles(proof, &member, &wanted.roles, wanted.principal.as_deref())?;
                    authorized.push(proof.decision().reason.clone());
                }
                if let Some(proof) = &edit_proof {
                    let name = wanted.name.as_deref().unwrap_or(&member.name);
                    let title = wanted.title.as_deref().unwrap_or(&member.title);
                    s.tx.set_member_details(proof, &member, name, title)?;
                    authorized.push(proof.decision().reason.clone());
                }
                // One event per updated member, under the first action it needed.
                let Some(proof) = roles_proof.as_ref().or(edit_proof.as_ref()) else {
                    return Err(anyhow::anyhow!(
                        "an update of {} changed nothing",
                        member.email
                    ));
                };
                let changes: serde_json::Map<String, Value> = diffs
                    .iter()
                    .map(|d| (d.field.to_string(), json!([d.before, d.after])))
                    .collect();
                s.record(
                    proof,
                    &member.target().key,
                    json!({ "import": import, "changes": changes, "authorized": authorized }),
                )?;
                Ok(("updated", describe(&diffs)))
            }
            Change::Unchanged { note } => Ok(("unchanged", note.unwrap_or_default())),
        }
    }
}

/// How a row is read and checked.
struct Rules {
    /// the header (or the headerless layout's columns), once read
    header: Option<Header>,
    /// whether the file has a header row (else: the product's own format)
    headed: bool,
    default_roles: BTreeSet<String>,
    default_status: MemberStatus,
    update: bool,
}

/// What a row wants a member to be. `None`: the file has no such column.
struct Wanted {
    email: String,
    name: Option<String>,
    title: Option<String>,
    roles: BTreeSet<String>,
    principal: Option<String>,
    status: MemberStatus,
}

/// What applying a valid row does.
enum Change {
    /// a new member, or one who was removed and is invited again
    Invite {
        wanted: Wanted,
        again: bool,
        seat: u32,
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

/// One value that differs between a row and the member.
struct Diff {
    field: &'static str,
    before: String,
    after: String,
}

fn describe(diffs: &[Diff]) -> String {
    diffs
        .iter()
        .map(|d| format!("{} {} → {}", d.field, d.before, d.after))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A row, checked.
struct Checked {
    /// the email, when it is one
    email: Option<String>,
    /// the email cell as written, for the report of a row without a valid email
    shown_email: String,
    change: Option<Change>,
    problems: Vec<(ErrorKind, String)>,
}

impl Rules {
    fn header(&self) -> Result<&Header> {
        self.header
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("the header has not been read"))
    }

    /// Read one row and check it against the policy and the organisation.
    fn check(&self, s: &Session, record: &Record) -> Result<Checked> {
        let header = self.header()?;
        let fields = record.fields;
        let cell = |k: usize| header.get(fields, k).map(str::trim);
        let mut checked = Checked {
            email: None,
            shown_email: cell(EMAIL).unwrap_or("").to_string(),
            change: None,
            problems: Vec::new(),
        };
        let invalid = |message: String| (ErrorKind::Invalid, message);
        if record.not_utf8 {
            checked.problems.push(invalid(
                "the row is not UTF-8 text; save the file as UTF-8".into(),
            ));
            return Ok(checked);
        }
        if let Some(problem) = header.check_shape(fields, self.headed) {
            checked.problems.push(invalid(problem));
            return Ok(checked);
        }

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
                    checked
                        .problems
                        .push(invalid(format!("email \"{text}\" is not an email address")));
                    None
                }
            },
        };
        let roles = self.roles(s, cell(ROLES).unwrap_or(""), &mut checked.problems);
        let status = match cell(STATUS).unwrap_or("") {
            "" => Some(self.default_status),
            text => match MemberStatus::parse(text).filter(|st| IMPORTABLE.contains(st)) {
                Some(status) => Some(status),
                None => {
                    checked.problems.push(invalid(if text == "removed" {
                        "status \"removed\" cannot be imported: a removed member is no longer a member; leave the row out".into()
                    } else {
                        format!("status \"{text}\" is not one of invited, active, inactive")
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
                "principal role \"{p}\" is not a role of policy {}",
                s.policy.name
            )));
        }
        checked.email = email.clone();
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
        };
        checked.change = Some(match existing {
            None => Change::Invite {
                seat: s.policy.seats_taken(previous, status),
                again: previous.is_some(),
                wanted,
            },
            Some(member) => {
                match self.compare(s, member, wanted, cell(STATUS).filter(|c| !c.is_empty())) {
                    Ok(change) => change,
                    Err(problem) => {
                        checked.problems.push(problem);
                        return Ok(checked);
                    }
                }
            }
        });
        Ok(checked)
    }

    /// The roles a row gives: its cell (separated by `;` or `,`), else `--role`.
    fn roles(
        &self,
        s: &Session,
        cell: &str,
        problems: &mut Vec<(ErrorKind, String)>,
    ) -> Option<BTreeSet<String>> {
        let mut roles: BTreeSet<String> = cell
            .split([';', ','])
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_string)
            .collect();
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
        let mut ok = true;
        for role in &roles {
            if s.policy.role(role).is_some() {
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

    /// An existing member against what the row wants: unchanged, an update (with
    /// `--update`, when the policy lets the actor make it), or a conflict.
    fn compare(
        &self,
        s: &Session,
        member: Member,
        wanted: Wanted,
        status_cell: Option<&str>,
    ) -> std::result::Result<Change, (ErrorKind, String)> {
        let mut diffs = Vec::new();
        let quoted = |text: &str| format!("\"{text}\"");
        for (field, now, to) in [
            ("name", &member.name, &wanted.name),
            ("title", &member.title, &wanted.title),
        ] {
            if let Some(to) = to
                && to != now
            {
                diffs.push(Diff {
                    field,
                    before: quoted(now),
                    after: quoted(to),
                });
            }
        }
        let list = |roles: &BTreeSet<String>| match roles.len() {
            0 => "none".to_string(),
            _ => roles.iter().cloned().collect::<Vec<_>>().join(";"),
        };
        if wanted.roles != member.roles {
            diffs.push(Diff {
                field: "roles",
                before: list(&member.roles),
                after: list(&wanted.roles),
            });
        }
        if wanted.principal != member.principal {
            let or_none = |p: &Option<String>| p.clone().unwrap_or_else(|| "none".into());
            diffs.push(Diff {
                field: "principal",
                before: or_none(&member.principal),
                after: or_none(&wanted.principal),
            });
        }
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
                    describe(&diffs)
                ),
            ));
        }
        let gate = |action: &str,
                    needed: bool|
         -> std::result::Result<Option<Granted>, (ErrorKind, String)> {
            if !needed {
                return Ok(None);
            }
            match s.check(action, &member.target()) {
                Ok(Verdict::Granted(proof)) => Ok(Some(proof)),
                Ok(Verdict::Denied(d)) => Err((
                    ErrorKind::Denied,
                    format!("may not change {}: {}", member.email, d.reason),
                )),
                Err(e) => Err((ErrorKind::Denied, format!("{e:#}"))),
            }
        };
        let roles_proof = gate(
            "role.assign",
            diffs
                .iter()
                .any(|d| d.field == "roles" || d.field == "principal"),
        )?;
        let edit_proof = gate(
            "member.edit",
            diffs
                .iter()
                .any(|d| d.field == "name" || d.field == "title"),
        )?;
        Ok(Change::Update(Box::new(Update {
            member,
            wanted,
            roles_proof,
            edit_proof,
            diffs,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_count_with_thousands_separators() {
        let counts = Counts {
            rows: 3000,
            invited: 2980,
            unchanged: 20,
            ..Counts::default()
        };
        assert_eq!(counts.summary(), "3,000 rows: 2,980 invited, 20 unchanged");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
        assert_eq!(Counts::default().summary(), "0 rows: nothing to import");
    }
}
