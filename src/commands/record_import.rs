//! `careward record import --csv FILE`: client records in bulk (issue 4), by the rules
//! of every careward import (DESIGN "Bulk input", docs/csv-import.md): columns by
//! header name, the whole file checked first with every problem on its line, then
//! applied in one transaction or not at all (`csv_input::Job` tells that part).
//!
//! Each row is authorized as `record create` authorizes one record: the policy decides
//! whom the actor may create records for (under group-practice a practitioner their
//! own, a coordinator anyone's, a manager their schools'), and a denied row is a
//! problem of its row. The organisation's plan must hold the new records (group-practice's
//! free plan: 5, `record::ensure_record_room`).
//!
//! `external_id` makes a file safe to run again: a row whose external id is already a
//! record with the same values is `unchanged`; other values are a conflict unless
//! `--update`, which brings the client, the location and the confidentiality to the
//! file's. An import never changes a record's owner: that is a transfer, which the
//! recipient may have to accept; an empty owner cell is the actor for a new record and
//! says nothing about an existing one. A record already there is compared by whoever
//! may view it or read its client's profile (a coordinator re-running their file, also
//! for a confidential record); anyone else learns only that the external id is taken,
//! as `record create --external-id` tells. Rows without an external id are created on
//! every run.

use crate::limits;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};

use super::Reply;
use super::grouping::Directory;
use super::record::{check_can_own, ensure_record_room, new_record, purge_expired};
use crate::csv_input::{Checked, Diff, Done, Job, OnErrorArgs, Outcome, Row, Rows, Spec, permit};
use crate::error::{self, ErrorKind};
use crate::policy::{Granted, TargetFacts};
use crate::session::{Ctx, Session, parse_email};
use crate::store::{Group, GroupKind, Member, NewRecord, Record};

/// Create every record of a CSV file, or bring it up to date
//
// The file's columns are documented in docs/csv-import.md; `--on-error` and `--rejects`
// are every import's (csv_input::OnErrorArgs).
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The CSV file (- reads standard input): a header naming the columns client, owner,
    /// location, confidential, external_id
    #[arg(long, value_name = "FILE")]
    pub csv: PathBuf,
    /// Bring records already there (by external_id) to the file's client, location and
    /// confidentiality; their owner changes only by transfer
    #[arg(long)]
    pub update: bool,
    #[command(flatten)]
    pub on_error: OnErrorArgs,
}

/// The columns an import reads, by header name in any order.
pub const COLUMNS: &[&str] = &["client", "owner", "location", "confidential", "external_id"];
const CLIENT: usize = 0;
const OWNER: usize = 1;
const LOCATION: usize = 2;
const CONFIDENTIAL: usize = 3;
const EXTERNAL_ID: usize = 4;

const SPEC: Spec = Spec {
    columns: COLUMNS,
    // what a rejects file adds, so that the fixed file imports as it is
    ignored: &["line", "error"],
    required: CLIENT,
    key: EXTERNAL_ID,
    key_name: "external id",
    headerless: None,
    report_extra: &["record"],
    added: "created",
    row_noun: "record",
};

pub fn import(ctx: &Ctx, args: &ImportArgs) -> Result<Reply> {
    let job = Job::open(ctx, &args.csv, &args.on_error)?;
    ctx.in_org(|s| {
        let run = job.start(s)?;
        // Each row is authorized on its own; first, whether the actor may act at all
        // (an invited or inactive member may not). A refused import is audited as a
        // refused record.create on the organisation.
        s.authorize("org.view", &TargetFacts::org())?;
        s.audit_refusals_as("record.create", "org");
        purge_expired(s)?;
        let layout = job.layout(s, run, &SPEC)?;
        let actor = match s.actor.member() {
            Some(me) => Some(s.member(&me.email)?),
            None => None,
        };
        let mut rows = RecordRows {
            s,
            actor,
            locations: Directory::load(s, GroupKind::Location)?,
            run,
            file: job.label().to_string(),
            update: args.update,
        };
        job.run(s, run, &SPEC, layout, &mut rows)
    })
}

/// The rows of one import run.
struct RecordRows<'s, 't> {
    s: &'s Session<'t>,
    /// the acting member: the owner of rows that name none (support staff must name one)
    actor: Option<Member>,
    locations: Directory,
    run: i64,
    file: String,
    update: bool,
}

/// What a valid row does.
enum Change {
    Create(Box<Create>),
    /// a record already there brought to the file's values (`--update`)
    Update(Box<Update>),
    Unchanged {
        number: i64,
    },
}

struct Create {
    proof: Granted,
    client: String,
    external_id: Option<String>,
    owner: Member,
    location: Option<Group>,
    confidential: bool,
}

struct Update {
    record: Record,
    client: String,
    /// the location wanted: `None` leaves it as it is
    location: Option<Option<Group>>,
    confidential: Option<bool>,
    /// the gate's answers: `record.edit` for the client and location, `record.share`
    /// for the confidentiality (as `record edit` and `record confidential` ask)
    edit_proof: Option<Granted>,
    share_proof: Option<Granted>,
    diffs: Vec<Diff>,
}

/// `yes`/`no` and the like; `None`: not one of them.
fn parse_flag(text: &str) -> Option<bool> {
    match text.to_lowercase().as_str() {
        "" | "no" | "false" | "0" => Some(false),
        "yes" | "true" | "1" => Some(true),
        _ => None,
    }
}

fn yes_no(flag: bool) -> String {
    if flag { "yes" } else { "no" }.to_string()
}

/// A row's problem as the import reports it: the message of a careward error (the
/// owner check `record create` makes), as invalid input.
fn invalid(err: anyhow::Error) -> (ErrorKind, String) {
    let message = error::find(&err).map_or_else(|| format!("{err:#}"), |e| e.message.clone());
    (ErrorKind::Invalid, message)
}

impl Rows for RecordRows<'_, '_> {
    type Change = Change;

    fn check(&mut self, row: &Row) -> Result<Checked<Change>> {
        let s = self.s;
        let mut checked = Checked::default();
        let problems = &mut checked.problems;
        let bad = |message: String| (ErrorKind::Invalid, message);

        let client = row.cell(CLIENT).unwrap_or("");
        if client.is_empty() {
            problems.push(bad("the client cell is empty".into()));
        }
        if let Err(e) = limits::client("client", client) {
            problems.push(bad(e.message));
        }
        let external_id = row.cell(EXTERNAL_ID).filter(|e| !e.is_empty());
        if let Some(Err(e)) = external_id.map(|ext| limits::external_id("external_id", ext)) {
            problems.push(bad(e.message));
        }
        checked.key = external_id.map(str::to_string);
        // `None`: the file does not say (no such column)
        let confidential = match row.cell(CONFIDENTIAL) {
            None => None,
            Some(text) => {
                let flag = parse_flag(text);
                if flag.is_none() {
                    problems.push(bad(format!(
                        "confidential {} is not one of yes, no, true, false, 1, 0 (empty: no)",
                        limits::quote(text)
                    )));
                }
                flag
            }
        };
        let owner = match row.cell(OWNER).filter(|o| !o.is_empty()) {
            None => None,
            Some(text) => match parse_email(text) {
                Err(_) => {
                    problems.push(bad(format!(
                        "owner {} is not an email address",
                        limits::quote(text)
                    )));
                    None
                }
                Ok(email) => {
                    let found = s.tx.member_by_email(s.org.id, &email)?;
                    if found.is_none() {
                        problems.push(bad(format!(
                            "owner {email} is not a member of {}",
                            s.org.slug
                        )));
                    }
                    found
                }
            },
        };
        // `None`: the file does not say; `Some(None)`: no location
        let location = match row.cell(LOCATION) {
            None => None,
            Some("") => Some(None),
            Some(slug) => match self.locations.active(slug) {
                Ok(g) => Some(Some(g.clone())),
                Err(problem) => {
                    problems.push(bad(problem));
                    None
                }
            },
        };
        if !problems.is_empty() {
            return Ok(checked);
        }

        if let Some(ext) = external_id
            && let Some(existing) = s.tx.record_by_external_id(s.org.id, ext)?
        {
            let wanted = Wanted {
                client,
                owner,
                location,
                confidential,
            };
            match self.compare(existing, wanted, &mut checked.extra)? {
                Ok(change) => checked.change = Some(change),
                Err(problem) => checked.problems.push(problem),
            }
            return Ok(checked);
        }

        let Some(owner) = owner.or_else(|| self.actor.clone()) else {
            problems.push(bad(
                "support staff must name each record's owner: fill the owner cell".into(),
            ));
            return Ok(checked);
        };
        let location = location.flatten();
        let confidential = confidential.unwrap_or(false);
        let target = new_record(
            s,
            &owner,
            location.as_ref().map(|g| g.slug.as_str()),
            confidential,
        );
        let proof = match permit(
            s,
            "record.create",
            &target,
            &format!("create a record owned by {}", owner.email),
        ) {
            Ok(proof) => proof,
            Err(problem) => {
                problems.push(problem);
                return Ok(checked);
            }
        };
        if let Err(e) = check_can_own(s, &owner, &target) {
            problems.push(invalid(e));
            return Ok(checked);
        }
        checked.change = Some(Change::Create(Box::new(Create {
            proof,
            client: client.to_string(),
            external_id: external_id.map(str::to_string),
            owner,
            location,
            confidential,
        })));
        Ok(checked)
    }

    fn need(&self, change: &Change) -> u64 {
        u64::from(matches!(change, Change::Create(_)))
    }

    fn reserve(&mut self, needed: u64) -> Result<()> {
        if needed == 0 {
            return Ok(());
        }
        let s = self.s;
        let what = format!(
            "the file's {needed} new record{}",
            if needed == 1 { "" } else { "s" }
        );
        ensure_record_room(s.tx, &s.policy, &s.org, needed, &what)
    }

    fn apply(&mut self, line: u64, change: Change) -> Result<Done> {
        let s = self.s;
        let import = json!({ "run": self.run, "file": self.file, "line": line });
        match change {
            Change::Create(new) => {
                let record = s.tx.insert_record(
                    &new.proof,
                    s.org.id,
                    &NewRecord {
                        client: &new.client,
                        external_id: new.external_id.as_deref(),
                        owner: new.owner.id,
                        creator: &s.actor.label(),
                        creator_id: s.actor.member().map(|m| m.id),
                        location: new.location.as_ref().map(|g| g.id),
                        confidential: new.confidential,
                    },
                )?;
                s.record(
                    &new.proof,
                    &record.key(),
                    json!({
                        "import": import, "owner": new.owner.email, "location": record.location,
                        "confidential": record.confidential, "external_id": record.external_id,
                    }),
                )?;
                let mine = s.actor.member().is_some_and(|m| m.id == new.owner.id);
                Ok(Done {
                    outcome: Outcome::Added,
                    message: if mine {
                        String::new()
                    } else {
                        format!("owned by {}", new.owner.email)
                    },
                    extra: vec![json!(record.number)],
                })
            }
            Change::Update(update) => {
                let Update {
                    record,
                    client,
                    location,
                    confidential,
                    edit_proof,
                    share_proof,
                    diffs,
                } = *update;
                if let Some(proof) = &edit_proof {
                    let location = match location {
                        Some(wanted) => wanted.map(|g| g.id),
                        None => record
                            .location
                            .as_deref()
                            .and_then(|slug| self.locations.get(slug))
                            .map(|g| g.id),
                    };
                    s.tx.update_record(
                        proof,
                        &record,
                        &client,
                        record.external_id.as_deref(),
                        location,
                    )?;
                }
                if let (Some(proof), Some(flag)) = (&share_proof, confidential) {
                    s.tx.set_record_confidential(proof, &record, flag)?;
                }
                let proofs: Vec<&Granted> =
                    [&edit_proof, &share_proof].into_iter().flatten().collect();
                Diff::audit(s, &record.key(), &proofs, import, &diffs)?;
                Ok(Done {
                    outcome: Outcome::Updated,
                    message: Diff::describe(&diffs),
                    extra: vec![json!(record.number)],
                })
            }
            Change::Unchanged { number } => Ok(Done {
                outcome: Outcome::Unchanged,
                message: String::new(),
                extra: vec![json!(number)],
            }),
        }
    }
}

/// What a row says about a record. `None`: the file does not say.
struct Wanted<'r> {
    client: &'r str,
    owner: Option<Member>,
    location: Option<Option<Group>>,
    confidential: Option<bool>,
}

impl RecordRows<'_, '_> {
    /// A record already there against what the row wants: unchanged, an update (with
    /// `--update`, when the policy lets the actor make it), or the row's problem.
    /// `extra` gets the record's number, for the report, once the actor may know it.
    fn compare(
        &self,
        r: Record,
        wanted: Wanted,
        extra: &mut Vec<Value>,
    ) -> Result<std::result::Result<Change, (ErrorKind, String)>> {
        let s = self.s;
        let ext = r.external_id.clone().unwrap_or_default();
        // The row's values are the record's details: whoever may know the record
        // exists (record.view) or read its client's profile (a coordinator, also for
        // a confidential record they created) compares them.
        let target = r.target();
        if !s.check("record.view", &target)?.decision().allowed
            && !s.check("profile.read", &target)?.decision().allowed
        {
            return Ok(Err((
                ErrorKind::Denied,
                format!("external id {ext} is already a record, which you may not see"),
            )));
        }
        extra.push(json!(r.number));
        let conflict = |message: String| Ok(Err((ErrorKind::Conflict, message)));
        if r.status == "deleted" {
            return conflict(format!(
                "external id {ext} is record {}, which is deleted: restore it first (careward record restore {})",
                r.number, r.number
            ));
        }
        if let Some(owner) = &wanted.owner
            && owner.id != r.owner.id
        {
            return conflict(format!(
                "external id {ext} is record {}, owned by {}; the file says {}: an import does not change owners (careward record transfer {} --to {})",
                r.number, r.owner.email, owner.email, r.number, owner.email
            ));
        }
        let mut diffs = Vec::new();
        let quoted = |text: &str| limits::quote(text);
        let slug = |g: &Option<&str>| g.unwrap_or("none").to_string();
        let to_location = wanted
            .location
            .as_ref()
            .map(|g| g.as_ref().map(|g| g.slug.as_str()));
        Diff::note(
            &mut diffs,
            "client",
            r.client.as_str(),
            Some(wanted.client),
            quoted,
        );
        Diff::note(
            &mut diffs,
            "location",
            &r.location.as_deref(),
            to_location.as_ref(),
            slug,
        );
        Diff::note(
            &mut diffs,
            "confidential",
            &r.confidential,
            wanted.confidential.as_ref(),
            |f| yes_no(*f),
        );
        if diffs.is_empty() {
            return Ok(Ok(Change::Unchanged { number: r.number }));
        }
        if !self.update {
            return conflict(format!(
                "external id {ext} is already record {}, with other values: {} (--update brings it to the file's values)",
                r.number,
                Diff::describe(&diffs)
            ));
        }
        if r.status != "active" {
            return conflict(format!(
                "record {} is {}: only active records are changed (careward record reactivate {})",
                r.number, r.status, r.number
            ));
        }
        let what = format!("change record {}", r.number);
        let gate = |action: &str, fields: &[&str]| {
            Diff::any(&diffs, fields)
                .then(|| permit(s, action, &target, &what))
                .transpose()
        };
        let edit_proof = match gate("record.edit", &["client", "location"]) {
            Ok(proof) => proof,
            Err(problem) => return Ok(Err(problem)),
        };
        let share_proof = match gate("record.share", &["confidential"]) {
            Ok(proof) => proof,
            Err(problem) => return Ok(Err(problem)),
        };
        Ok(Ok(Change::Update(Box::new(Update {
            record: r,
            client: wanted.client.to_string(),
            location: wanted.location,
            confidential: wanted.confidential,
            edit_proof,
            share_proof,
            diffs,
        }))))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_flag;

    #[test]
    fn confidential_cells() {
        for (text, flag) in [
            ("", Some(false)),
            ("no", Some(false)),
            ("No", Some(false)),
            ("false", Some(false)),
            ("0", Some(false)),
            ("yes", Some(true)),
            ("TRUE", Some(true)),
            ("1", Some(true)),
            ("maybe", None),
            ("2", None),
        ] {
            assert_eq!(parse_flag(text), flag, "{text}");
        }
    }
}
