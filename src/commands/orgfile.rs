//! The organisation file (YAML): `org seed FILE` builds a whole organisation from one,
//! `org export` writes one, and the two round-trip — what CI pipelines seeding demo
//! organisations need, and a backup that restores: every state careward can reach
//! (invited, inactive and removed members, records of inactive owners, read-only
//! copies, archived and deleted records, waiting transfers, shares with their time
//! limits and approval, assistants, entries, emergency grants, spaces) is written with
//! its numbers, ids and times, and seeds back as it was. `org export --redact` replaces
//! every email, name, client name, external id and free text that could identify a
//! client, so an organisation can be handed to support or to CI.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Seek, Write};

use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::record::{CarryOptions, client_placeholder, client_shown};
use super::report::Filters;
use super::{Reply, change_note};
use crate::error::Error;
use crate::limits;
use crate::output::{Format, Output};
use crate::policy::{MemberStatus, OrgKind, Policy, TargetFacts, Verdict, ViewKind};
use crate::session::{ActorSpec, Ctx, Session, parse_email};
use crate::store::{
    AuditRecord, EmergencyRow, Grantee, GroupKind, Member, MemberFilter, NewItem, NewMember,
    NewOrg, NewView, Record, RecordFilter, RestoredEntry, RestoredRecord, Space, Tagged,
    TransferRow,
};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
// Every section is written, empty or not: the fields `org export` documents.
pub struct OrgFile {
    pub org: OrgSpec,
    #[serde(default)]
    pub locations: Vec<GroupSpec>,
    #[serde(default)]
    pub teams: Vec<GroupSpec>,
    /// the organisation's libraries (pinpoints, journal types, tags and what each tag is on)
    #[serde(default)]
    pub libraries: Vec<LibraryItemSpec>,
    pub members: Vec<MemberSpec>,
    #[serde(default)]
    pub assistants: Vec<AssistantSpec>,
    #[serde(default)]
    pub records: Vec<RecordSpec>,
    /// groups of records (performers) and the levels granted on them
    #[serde(default)]
    pub groups: Vec<RecordGroupSpec>,
    #[serde(default)]
    pub spaces: Vec<SpaceSpec>,
    /// saved organisation views
    #[serde(default)]
    pub views: Vec<ViewSpec>,
}

/// An item of one of the organisation's libraries.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LibraryItemSpec {
    /// the policy's name for the library: pinpoint, journal-type, tag
    pub library: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// what a tag is on: record:N, entry:ID, member:EMAIL, LIBRARY:NAME
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

/// A group of records (performers): their numbers, and the levels granted on it.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RecordGroupSpec {
    pub slug: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<GroupShareSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GroupShareSpec {
    #[serde(default, rename = "with", skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    pub level: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_at: Option<String>,
}

/// A saved organisation view and its filters.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ViewSpec {
    pub kind: ViewKind,
    pub name: String,
    #[serde(default)]
    pub settings: Filters,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

// Every time below is optional in a file written by hand (the seed's own time is used
// then); `org export` writes them all, so that an export seeds back as it was.

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
    /// invitations already sent against the plan's allowance
    #[serde(default, skip_serializing_if = "is_zero")]
    pub invitations_sent: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GroupSpec {
    pub slug: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MemberSpec {
    pub email: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// a removed member holds none
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    #[serde(default = "active")]
    pub status: MemberStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited_at: Option<String>,
    /// when the member reached their status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_since: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_at: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
#[serde(deny_unknown_fields)]
pub struct RecordSpec {
    /// the record's number (record:N); records without one are numbered after the others
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    pub client: String,
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidential: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// active, archived or deleted
    #[serde(default = "active_record", skip_serializing_if = "is_active")]
    pub status: String,
    /// a previous owner's read-only archived copy (of record `copy_of`)
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<i64>,
    /// who created it: a member's email, or `support:NAME`, `org seed`…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_since: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<ShareSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transfers: Vec<TransferSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<EntrySpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emergency_access: Vec<EmergencySpec>,
    /// members whose notes on this record wait for approval, whatever gives them access
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvals: Vec<ApprovalSpec>,
}

/// A member's notes on a record waiting for approval: who set that (a member's email,
/// or `support`; the record's owner when left out), and when.
#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
#[serde(deny_unknown_fields)]
pub struct ApprovalSpec {
    pub member: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_at: Option<String>,
}

/// How an approval set by support staff is written in the file.
const SUPPORT_SUPERVISOR: &str = "support";

fn active_record() -> String {
    "active".into()
}

fn is_active(s: &str) -> bool {
    s == "active"
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
#[serde(deny_unknown_fields)]
pub struct ShareSpec {
    #[serde(default, rename = "with", skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    pub level: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_at: Option<String>,
}

/// A transfer of the record: `pending` waits for its recipient; the others are history.
#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
#[serde(deny_unknown_fields)]
pub struct TransferSpec {
    pub from: String,
    pub to: String,
    #[serde(default = "pending", skip_serializing_if = "is_pending")]
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<String>,
    /// what a waiting transfer carries (record transfer's options)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<CarryOptions>,
}

fn pending() -> String {
    "pending".into()
}

fn is_pending(s: &str) -> bool {
    s == "pending"
}

/// An entry's metadata (careward keeps no clinical text).
#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
#[serde(deny_unknown_fields)]
pub struct EntrySpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub author: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidential: bool,
    /// draft, final, pending-approval or approved
    #[serde(default = "final_status")]
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_at: Option<String>,
    /// the library item it names: `pinpoint:Hand flapping`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

fn final_status() -> String {
    "final".into()
}

/// Break-glass access to the record, expired or not.
#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
#[serde(deny_unknown_fields)]
pub struct EmergencySpec {
    pub member: String,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted_at: Option<String>,
    pub until: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpaceSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub name: String,
    /// the number of the record it was created from
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<i64>,
    pub creator: String,
    #[serde(default = "active_record", skip_serializing_if = "is_active")]
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<SpaceMemberSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<PostSpec>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpaceMemberSpec {
    #[serde(default, rename = "with", skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited_at: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PostSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub author: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted_at: Option<String>,
}

const RECORD_STATUSES: [&str; 3] = ["active", "archived", "deleted"];
const ENTRY_STATUSES: [&str; 4] = ["draft", "final", "pending-approval", "approved"];
const TRANSFER_STATUSES: [&str; 4] = ["pending", "accepted", "declined", "redirected"];
const SPACE_STATUSES: [&str; 2] = ["active", "archived"];

/// The numbers the file's records get: their own, else the next ones after the
/// highest, in the file's order.
fn record_numbers(numbers: &[Option<i64>]) -> Vec<i64> {
    let mut next = numbers.iter().flatten().copied().max().unwrap_or(0);
    numbers
        .iter()
        .map(|n| {
            n.unwrap_or_else(|| {
                next += 1;
                next
            })
        })
        .collect()
}

/// The file's records, read one at a time to be checked: a million records are never
/// in memory at once. They are read from their place in the file's text, or, for a
/// file that cannot be split so plainly (see [`crate::yaml_file::split`]), were parsed
/// with the rest of it.
enum Records {
    Spans {
        path: String,
        text: String,
        items: Vec<crate::yaml_file::Span>,
    },
    Parsed(Vec<RecordSpec>),
}

impl Records {
    fn len(&self) -> usize {
        match self {
            Records::Spans { items, .. } => items.len(),
            Records::Parsed(records) => records.len(),
        }
    }

    /// The number the `i`th record gives itself.
    fn number(&self, i: usize) -> Option<i64> {
        match self {
            Records::Spans { items, .. } => items[i].number,
            Records::Parsed(records) => records[i].number,
        }
    }

    /// The `i`th record of the file, as written there.
    fn get(&self, i: usize) -> Result<RecordSpec, Error> {
        match self {
            Records::Spans { path, text, items } => {
                crate::yaml_file::parse_item(path, text, "records", i, &items[i])
            }
            Records::Parsed(records) => Ok(records[i].clone()),
        }
    }
}

/// What the seed needs to know of the whole list of records before it writes one, and
/// the records as checked (emails as careward stores them), one JSON line each in a
/// temporary file: read back to be written, at a fraction of the cost of parsing
/// their YAML again, and without holding them in memory.
struct Tally {
    checked: std::io::BufReader<std::fs::File>,
    /// each record's number, in the file's order
    numbers: Vec<i64>,
    /// records not deleted, which count against the plan
    live: usize,
    shares: usize,
    entries: usize,
    /// external id → record number
    external_ids: BTreeMap<String, i64>,
}

/// Read the organisation file: every section but the records, which are only found.
fn read(path: &str) -> Result<(OrgFile, Records)> {
    let what = "organisation file";
    let text = crate::yaml_file::read(path, what, limits::ORG_FILE_BYTES)?;
    if let Some(split) = crate::yaml_file::split(path, what, &text, "records", "number")? {
        let file: OrgFile =
            crate::yaml_file::parse_rest::<OrgFile, RecordSpec>(path, &text, &split, "records")?;
        let items = split.items;
        let records = Records::Spans {
            path: path.to_string(),
            text,
            items,
        };
        return Ok((file, records));
    }
    let mut file: OrgFile = crate::yaml_file::parse(path, what, &text, limits::ORG_FILE_BYTES)?;
    let records = std::mem::take(&mut file.records);
    Ok((file, Records::Parsed(records)))
}

impl<'a> Checker<'a> {
    fn new(path: &'a str, policy: &'a Policy, file: &OrgFile) -> Self {
        Checker {
            path,
            policy,
            problems: Vec::new(),
            locations: file.locations.iter().map(|l| l.slug.clone()).collect(),
            teams: file.teams.iter().map(|t| t.slug.clone()).collect(),
            statuses: BTreeMap::new(),
            numbers: BTreeSet::new(),
        }
    }

    /// Check the whole file before anything is written: every problem is listed, in
    /// the order of the file's sections. The records are read once, one at a time;
    /// only their keys are kept.
    fn file(&mut self, file: &mut OrgFile, records: &Records) -> Result<Tally> {
        let path = self.path;
        self.org(file);
        self.limits(file);
        let record_limits_at = self.problems.len();
        for m in &mut file.members {
            self.member(m, file.org.kind);
        }
        let constraints_at = self.problems.len();
        let explicit: Vec<Option<i64>> = (0..records.len()).map(|i| records.number(i)).collect();
        let numbers = record_numbers(&explicit);
        drop(explicit);
        self.numbers = numbers.iter().copied().collect();
        if self.numbers.len() != numbers.len() {
            self.problem("two records have the same number".into());
        }
        let items: BTreeSet<(String, String)> = file
            .libraries
            .iter()
            .map(|i| (i.library.clone(), i.name.clone()))
            .collect();
        let mut checked = std::io::BufWriter::new(tempfile::tempfile()?);
        let mut tally_numbers = numbers;
        let mut external_ids = BTreeMap::new();
        let (mut live, mut shares, mut entries) = (0, 0, 0);
        let mut entry_ids = BTreeSet::new();
        let mut unknown_items = Vec::new();
        let mut record_limits = Vec::new();
        let mut reach = Reach::new(self.policy, file);
        for (i, &number) in tally_numbers.iter().enumerate() {
            let mut r = records.get(i)?;
            if r.number != records.number(i) {
                anyhow::bail!("internal error: record {number} was numbered otherwise");
            }
            // (compared before the record's emails are written as careward keeps them)
            record_limits.extend(self.record_limits(&r, i));
            reach.count(&r);
            self.record(&mut r, number, &mut external_ids, &mut entry_ids);
            unknown_items.extend(self.unknown_items(&r, &items));
            live += usize::from(r.status != "deleted");
            shares += r.shares.len();
            entries += r.entries.len();
            serde_json::to_writer(&mut checked, &r)?;
            checked.write_all(b"\n")?;
        }
        // the problems of the whole membership, and the records' limits, where the
        // sections they come from are listed
        let after = self.problems.split_off(constraints_at);
        self.constraints(file, &reach);
        self.problems.extend(after);
        self.problems
            .splice(record_limits_at..record_limits_at, record_limits);
        let mut checked = checked.into_inner().map_err(|e| e.into_error())?;
        checked.seek(std::io::SeekFrom::Start(0))?;
        tally_numbers.shrink_to_fit();
        let tally = Tally {
            checked: std::io::BufReader::new(checked),
            numbers: tally_numbers,
            live,
            shares,
            entries,
            external_ids,
        };
        self.behavior(file, &items, &entry_ids, unknown_items);
        for a in &mut file.assistants {
            for email in std::iter::once(&mut a.assistant).chain(a.to.iter_mut()) {
                self.is_member(email, "assistant assignment:");
            }
            if a.org_wide != a.to.is_empty() {
                self.problem(format!(
                    "assistant {}: give either org_wide: true or to: [therapists]",
                    shown(&a.assistant)
                ));
            }
            self.time(&a.assistant, "assigned_at", &a.assigned_at);
            if let Some(by) = &mut a.assigned_by {
                label(by);
            }
        }
        let mut space_ids = BTreeSet::new();
        let mut post_ids = BTreeSet::new();
        for (i, sp) in file.spaces.iter_mut().enumerate() {
            self.space(sp, i, &mut space_ids, &mut post_ids);
        }
        if !self.problems.is_empty() {
            // Emails, slugs and names of roles are shown; any other value is not.
            let problems: Vec<String> = self
                .problems
                .iter()
                .map(|p| crate::yaml_file::redact(p))
                .collect();
            return Err(Error::invalid(format!(
                "{path} is not a valid organisation file:\n  {}",
                problems.join("\n  ")
            ))
            .into());
        }
        Ok(tally)
    }
}

/// The records of a checked file, in the file's order, read back as checked.
fn checked_records(
    checked: &mut std::io::BufReader<std::fs::File>,
) -> Result<impl Iterator<Item = Result<RecordSpec>> + '_> {
    checked.seek(std::io::SeekFrom::Start(0))?;
    Ok(checked
        .lines()
        .map(|line| Ok(serde_json::from_str(&line?)?)))
}

/// Roles the policy lets reach only so many records: how many each holder of one is
/// given by the file's shares (counted as the records are read, one at a time).
struct Reach {
    /// (the rule's index, the member's email and teams), in the order problems are listed
    holders: Vec<(usize, String, Vec<String>)>,
    reached: Vec<u32>,
}

impl Reach {
    fn new(policy: &Policy, file: &OrgFile) -> Reach {
        let mut holders = Vec::new();
        for (k, rule) in policy.constraints.reach_limits.iter().enumerate() {
            for m in file.members.iter().filter(|m| m.roles.contains(&rule.role)) {
                holders.push((k, m.email.clone(), m.teams.clone()));
            }
        }
        let reached = vec![0; holders.len()];
        Reach { holders, reached }
    }

    fn count(&mut self, r: &RecordSpec) {
        if r.status == "deleted" {
            return;
        }
        for ((_, email, teams), reached) in self.holders.iter().zip(&mut self.reached) {
            if r.shares.iter().any(|sh| {
                sh.member.as_deref() == Some(email.as_str())
                    || sh.team.as_ref().is_some_and(|t| teams.contains(t))
            }) {
                *reached += 1;
            }
        }
    }
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

/// The checks of one organisation file, each problem kept with the file's name. It
/// writes emails as careward stores them (lower-cased, trimmed) as it goes.
struct Checker<'a> {
    path: &'a str,
    policy: &'a Policy,
    problems: Vec<String>,
    locations: BTreeSet<String>,
    teams: BTreeSet<String>,
    /// the file's members (their emails as stored) and their states
    statuses: BTreeMap<String, MemberStatus>,
    /// the file's record numbers
    numbers: BTreeSet<i64>,
}

impl Checker<'_> {
    fn problem(&mut self, message: String) {
        self.problems.push(format!("{}: {message}", self.path));
    }

    /// The limits every path applies to names, titles, clients and external ids.
    fn limits(&mut self, file: &OrgFile) {
        // Each problem as it is found: nothing is kept per record.
        let mut check = |at: &dyn Fn() -> String, checked: Result<(), Error>| {
            if let Err(e) = checked {
                self.problems.push(format!("{}: {}: {e}", self.path, at()));
            }
        };
        check(
            &|| "org.name".into(),
            limits::name("the name", &file.org.name),
        );
        for (kind, g) in file
            .locations
            .iter()
            .map(|g| ("location", g))
            .chain(file.teams.iter().map(|g| ("team", g)))
        {
            let at = || format!("{kind} {}", shown(&g.slug));
            check(&at, limits::name("the name", &g.name));
        }
        for m in &file.members {
            let at = || format!("member {}", shown(&m.email));
            check(&at, limits::name("the name", &m.name));
            check(&at, limits::title("the title", &m.title));
        }
    }

    /// The limits on a record's client and external id (`i`: its place in the file).
    fn record_limits(&self, r: &RecordSpec, i: usize) -> Vec<String> {
        let at = || format!("record {}", r.number.unwrap_or(i as i64 + 1));
        let mut problems = Vec::new();
        let mut check = |checked: Result<(), Error>| {
            if let Err(e) = checked {
                problems.push(format!("{}: {}: {e}", self.path, at()));
            }
        };
        check(limits::client("the client", &r.client));
        if let Some(ext) = &r.external_id {
            check(limits::external_id("the external id", ext));
        }
        problems
    }

    fn time(&mut self, at: &str, what: &str, time: &Option<String>) {
        if let Some(t) = time
            && t.parse::<jiff::Timestamp>().is_err()
        {
            self.problem(format!("{at}: {what} \"{t}\" is not an RFC 3339 time"));
        }
    }

    /// Libraries, groups of records and views: each declared by the policy, and naming
    /// what the file holds.
    fn behavior(
        &mut self,
        file: &mut OrgFile,
        items: &BTreeSet<(String, String)>,
        entry_ids: &BTreeSet<i64>,
        mut unknown: Vec<String>,
    ) {
        let policy = self.policy;
        let mut named = BTreeSet::new();
        for i in &file.libraries {
            let at = format!("{} {}", shown(&i.library), shown(&i.name));
            if !policy.libraries.contains_key(&i.library) {
                self.problem(format!(
                    "{at}: policy {} has no {} library",
                    policy.name,
                    shown(&i.library)
                ));
            }
            if let Err(e) = limits::name("the name", &i.name) {
                self.problem(format!("{at}: {e}"));
            }
            if i.name.trim().is_empty() || i.name.trim() != i.name {
                self.problem(format!(
                    "{at}: a name is neither empty nor padded with spaces"
                ));
            }
            if !named.insert((&i.library, &i.name)) {
                self.problem(format!("{at}: named twice"));
            }
            self.time(&at, "created_at", &i.created_at);
        }
        let item_known = |text: &str| item_known(items, text);
        for i in &mut file.libraries {
            let assignable = policy
                .libraries
                .get(&i.library)
                .is_some_and(|l| !l.assign.is_empty());
            if !i.on.is_empty() && !assignable {
                unknown.push(format!(
                    "{} {}: only tags are on things",
                    shown(&i.library),
                    shown(&i.name)
                ));
            }
            for target in &mut i.on {
                let ok = match target.split_once(':') {
                    Some(("record", n)) => n.parse().is_ok_and(|n: i64| self.numbers.contains(&n)),
                    Some(("entry", id)) => id.parse().is_ok_and(|id: i64| entry_ids.contains(&id)),
                    Some(("member", email)) => match parse_email(email) {
                        Ok(e) if self.statuses.contains_key(&e) => {
                            *target = format!("member:{e}");
                            true
                        }
                        _ => false,
                    },
                    Some(_) => item_known(target),
                    None => false,
                };
                if !ok {
                    unknown.push(format!(
                        "{} {}: {} is not a record, entry, member or library item of the file",
                        shown(&i.library),
                        shown(&i.name),
                        shown(target)
                    ));
                }
            }
        }
        for problem in unknown {
            self.problem(problem);
        }
        let mut slugs = BTreeSet::new();
        for g in &mut file.groups {
            let at = format!("group {}", shown(&g.slug));
            if policy.record_groups.is_none() {
                self.problem(format!(
                    "{at}: policy {} has no groups of records",
                    policy.name
                ));
            }
            if let Err(e) = crate::limits::slug(&g.slug) {
                self.problem(format!("{at}: {e}"));
            }
            if let Err(e) = limits::name("the name", &g.name) {
                self.problem(format!("{at}: {e}"));
            }
            if !slugs.insert(g.slug.clone()) {
                self.problem(format!("{at}: named twice"));
            }
            for n in &g.records {
                if !self.numbers.contains(n) {
                    self.problem(format!("{at}: record {n} is not in the file"));
                }
            }
            for sh in &mut g.shares {
                match (&mut sh.member, &sh.team) {
                    (Some(email), None) => self.is_member(email, &format!("{at}: share with")),
                    (None, Some(t)) if self.teams.contains(t) => {}
                    (None, Some(t)) => {
                        self.problem(format!("{at}: team {} is not in the file", shown(t)))
                    }
                    _ => self.problem(format!("{at}: a share names one member (with) or one team")),
                }
                if !policy.levels.contains_key(&sh.level) {
                    self.problem(format!("{at}: unknown level {}", shown(&sh.level)));
                }
                self.time(&at, "shared_at", &sh.shared_at);
            }
            self.time(&at, "created_at", &g.created_at);
        }
        let mut views = BTreeSet::new();
        for v in &mut file.views {
            let at = format!("{} view {}", v.kind.name(), shown(&v.name));
            if !policy.views.contains_key(&v.kind) {
                self.problem(format!(
                    "{at}: policy {} has no {} views",
                    policy.name,
                    v.kind.name()
                ));
            }
            if let Err(e) = limits::name("the name", &v.name) {
                self.problem(format!("{at}: {e}"));
            }
            if !views.insert((v.kind, v.name.clone())) {
                self.problem(format!("{at}: named twice"));
            }
            match v.settings.checked() {
                Ok(checked) => v.settings = checked,
                Err(e) => self.problem(format!("{at}: {e}")),
            }
            self.time(&at, "created_at", &v.created_at);
        }
    }

    /// A record's entries that name a library item the file does not have (for
    /// [`Checker::behavior`], which lists them with the libraries' problems).
    fn unknown_items(&self, r: &RecordSpec, items: &BTreeSet<(String, String)>) -> Vec<String> {
        let mut unknown = Vec::new();
        for e in &r.entries {
            if let Some(item) = &e.item {
                let library = self
                    .policy
                    .entries
                    .kinds
                    .get(&e.kind)
                    .and_then(|k| k.names.as_deref());
                let fits = library.is_some_and(|l| item.starts_with(&format!("{l}:")));
                if !fits || !item_known(items, item) {
                    unknown.push(format!(
                        "record {}: a {} entry names {}, which is not an item of its library in the file",
                        r.number.map_or("new".into(), |n| n.to_string()),
                        shown(&e.kind),
                        shown(item)
                    ));
                }
            }
        }
        unknown
    }

    /// A member named in the file.
    fn is_member(&mut self, email: &mut String, at: &str) {
        match parse_email(email) {
            Ok(e) if self.statuses.contains_key(&e) => *email = e,
            Ok(e) => self.problem(format!("{at} {e} is not a member in the file")),
            Err(e) => self.problem(format!("{at}: {e}")),
        }
    }

    fn org(&mut self, file: &OrgFile) {
        if let Err(e) = crate::limits::slug(&file.org.slug) {
            self.problem(format!("org.slug: {e}"));
        }
        self.time("org", "created_at", &file.org.created_at);
        if let Some(allowed) = file.org.invitations
            && file.org.invitations_sent > allowed
        {
            self.problem(format!(
                "org: {} sent, and the plan allows {allowed}",
                crate::output::count(file.org.invitations_sent, "invitation")
            ));
        }
        for g in file.locations.iter().chain(&file.teams) {
            if let Err(e) = crate::limits::slug(&g.slug) {
                self.problem(format!("{e}"));
            }
            self.time(&g.slug, "created_at", &g.created_at);
        }
    }

    fn member(&mut self, m: &mut MemberSpec, kind: OrgKind) {
        match parse_email(&m.email) {
            Ok(e) => m.email = e,
            Err(e) => self.problem(format!("member {}: {e}", m.email)),
        }
        if self.statuses.insert(m.email.clone(), m.status).is_some() {
            self.problem(format!("member {} is listed twice", m.email));
        }
        let at = format!("member {}", m.email);
        self.time(&at, "invited_at", &m.invited_at);
        if let Some(by) = &mut m.invited_by {
            label(by);
        }
        self.time(&at, "status_since", &m.status_since);
        if m.status == MemberStatus::Removed {
            // Removal takes a member's roles away; their history stays.
            if !m.roles.is_empty() || m.principal.is_some() {
                self.problem(format!("{at}: a removed member holds no roles"));
            }
        } else {
            let roles: BTreeSet<String> = m.roles.iter().cloned().collect();
            let principal = m
                .principal
                .clone()
                .or_else(|| (roles.len() == 1).then(|| m.roles[0].clone()));
            if let Err(e) = self
                .policy
                .check_roles(kind, &m.email, &roles, principal.as_deref())
            {
                self.problem(format!("{at}: {e}"));
            }
            m.principal = principal;
        }
        for l in &m.locations {
            if !self.locations.contains(l) {
                self.problem(format!("{at}: no location {l} in the file"));
            }
        }
        for t in &m.teams {
            if !self.teams.contains(t) {
                self.problem(format!("{at}: no team {t} in the file"));
            }
        }
    }

    /// The policy's constraints on the whole membership: minimum holders and seats.
    fn constraints(&mut self, file: &OrgFile, reach: &Reach) {
        for rule in &self.policy.constraints.min_holders {
            let n = file
                .members
                .iter()
                .filter(|m| m.status == MemberStatus::Active && m.roles.contains(&rule.role))
                .count() as u32;
            if n < rule.count {
                self.problem(format!(
                    "the organisation needs at least {} active {}; the file has {n}",
                    rule.count, rule.role
                ));
            }
        }
        for ((k, email, _), &reached) in reach.holders.iter().zip(&reach.reached) {
            let rule = &self.policy.constraints.reach_limits[*k];
            if reached > rule.records {
                self.problem(format!(
                    "member {email} holds {}, which reaches at most {} record(s), and is given {reached}",
                    rule.role, rule.records
                ));
            }
        }
        if let Some(seats) = file.org.seats {
            let used = file
                .members
                .iter()
                .filter(|m| self.policy.uses_seat(m.status))
                .count() as u32;
            if used > seats {
                self.problem(format!(
                    "{} a seat, and the plan has {seats}",
                    match used {
                        1 => "1 member uses".to_string(),
                        n => format!("{n} members use"),
                    }
                ));
            }
        }
    }

    fn record(
        &mut self,
        r: &mut RecordSpec,
        number: i64,
        external_ids: &mut BTreeMap<String, i64>,
        entry_ids: &mut BTreeSet<i64>,
    ) {
        let at = format!("record {number}");
        if number < 1 {
            self.problem(format!("{at}: a record's number is 1 or more"));
        }
        self.is_member(&mut r.owner, &format!("{at}: owner"));
        // Who may own what: careward never gives a record to an invited member, and a
        // member is removed only once they own nothing but read-only copies and
        // deleted records.
        match self.statuses.get(&r.owner) {
            Some(MemberStatus::Invited) => self.problem(format!(
                "{at}: owner {} has not accepted their invitation",
                r.owner
            )),
            Some(MemberStatus::Removed) if !r.read_only && r.status != "deleted" => {
                self.problem(format!(
                    "{at}: owner {} was removed, and owns only read-only copies and deleted records",
                    r.owner
                ))
            }
            _ => {}
        }
        if let Some(l) = &r.location
            && !self.locations.contains(l)
        {
            self.problem(format!("{at}: no location {l} in the file"));
        }
        if let Some(ext) = &r.external_id
            && external_ids.insert(ext.clone(), number).is_some()
        {
            self.problem(format!("{at}: external id {ext} is used twice"));
        }
        if !RECORD_STATUSES.contains(&r.status.as_str()) {
            self.problem(format!(
                "{at}: status {} is not active, archived or deleted",
                r.status
            ));
        }
        if r.read_only && r.status == "active" {
            self.problem(format!("{at}: a read-only copy is archived or deleted"));
        }
        match r.copy_of {
            Some(_) if !r.read_only => self.problem(format!(
                "{at}: copy_of belongs to a read-only copy (read_only: true)"
            )),
            Some(n) if !self.numbers.contains(&n) || n == number => self.problem(format!(
                "{at}: copy_of {n} is not another record in the file"
            )),
            _ => {}
        }
        for (what, t) in [
            ("created_at", &r.created_at),
            ("status_since", &r.status_since),
            ("owner_since", &r.owner_since),
        ] {
            self.time(&at, what, t);
        }
        if let Some(c) = &mut r.creator {
            label(c);
        }
        self.shares(&at, &mut r.shares);
        let mut waiting = 0;
        for t in &mut r.transfers {
            self.is_member(&mut t.from, &format!("{at}: transfer from"));
            self.is_member(&mut t.to, &format!("{at}: transfer to"));
            if !TRANSFER_STATUSES.contains(&t.status.as_str()) {
                self.problem(format!(
                    "{at}: transfer status {} is not one of {}",
                    t.status,
                    TRANSFER_STATUSES.join(", ")
                ));
            }
            if t.status == "pending" {
                waiting += 1;
                if t.from != r.owner {
                    self.problem(format!(
                        "{at}: a waiting transfer is from the record's owner, {}",
                        r.owner
                    ));
                }
            }
            self.time(&at, "started_at", &t.started_at);
            if let Some(by) = &mut t.started_by {
                label(by);
            }
            self.time(&at, "decided_at", &t.decided_at);
        }
        if waiting > 1 {
            self.problem(format!("{at}: {waiting} transfers wait; at most one can"));
        }
        for e in &mut r.entries {
            self.entry(&at, e, entry_ids);
        }
        let mut supervised = BTreeSet::new();
        for a in &mut r.approvals {
            self.is_member(&mut a.member, &format!("{at}: approval of"));
            if !supervised.insert(a.member.clone()) {
                self.problem(format!("{at}: approval of {} twice", a.member));
            }
            match &mut a.supervisor {
                Some(s) if s == SUPPORT_SUPERVISOR => {}
                Some(s) => self.is_member(s, &format!("{at}: approval supervisor")),
                None => {}
            }
            self.time(&at, "set_at", &a.set_at);
        }
        for g in &mut r.emergency_access {
            self.is_member(&mut g.member, &format!("{at}: emergency access for"));
            if g.reason.trim().is_empty() {
                self.problem(format!("{at}: emergency access needs its reason"));
            }
            self.time(&at, "granted_at", &g.granted_at);
            self.time(&at, "until", &Some(g.until.clone()));
        }
    }

    fn shares(&mut self, at: &str, shares: &mut [ShareSpec]) {
        let policy = self.policy;
        let record_levels: BTreeSet<&str> = policy
            .levels
            .values()
            .filter(|l| l.actions.iter().any(|a| a.starts_with("record.")))
            .map(|l| l.name.as_str())
            .collect();
        let mut grantees = BTreeSet::new();
        for sh in shares {
            if !record_levels.contains(sh.level.as_str()) {
                self.problem(format!("{at}: unknown level {}", sh.level));
            }
            match (&mut sh.member, &sh.team) {
                (Some(email), None) => {
                    self.is_member(email, &format!("{at}: share with"));
                    if !grantees.insert(email.clone()) {
                        self.problem(format!("{at}: shared twice with {email}"));
                    }
                }
                (None, Some(t)) if self.teams.contains(t) => {
                    if !grantees.insert(format!("team:{t}")) {
                        self.problem(format!("{at}: shared twice with team {t}"));
                    }
                }
                (None, Some(t)) => self.problem(format!(
                    "{at}: share with team {t}, which is not in the file"
                )),
                _ => self.problem(format!(
                    "{at}: a share names either `with` (a member) or `team`"
                )),
            }
            self.time(at, "until", &sh.until);
            self.time(at, "shared_at", &sh.shared_at);
            if let Some(by) = &mut sh.shared_by {
                label(by);
            }
        }
    }

    fn entry(&mut self, at: &str, e: &mut EntrySpec, entry_ids: &mut BTreeSet<i64>) {
        let at = format!(
            "{at}: entry {}",
            e.id.map_or(e.title.clone(), |i| i.to_string())
        );
        if !self.policy.entries.kinds.contains_key(&e.kind) {
            self.problem(format!(
                "{at}: unknown kind of entry \"{}\" in policy {}",
                e.kind, self.policy.name
            ));
        }
        if !ENTRY_STATUSES.contains(&e.status.as_str()) {
            self.problem(format!(
                "{at}: status {} is not one of {}",
                e.status,
                ENTRY_STATUSES.join(", ")
            ));
        }
        if let Some(id) = e.id
            && !entry_ids.insert(id)
        {
            self.problem(format!("{at}: entry id {id} is used twice"));
        }
        label(&mut e.author);
        if let Some(by) = &mut e.approved_by {
            label(by);
        }
        for (what, t) in [
            ("created_at", &e.created_at),
            ("edited_at", &e.edited_at),
            ("submitted_at", &e.submitted_at),
            ("approved_at", &e.approved_at),
        ] {
            self.time(&at, what, t);
        }
    }

    fn space(
        &mut self,
        sp: &mut SpaceSpec,
        i: usize,
        space_ids: &mut BTreeSet<i64>,
        post_ids: &mut BTreeSet<i64>,
    ) {
        let at = format!("space {}", sp.id.unwrap_or(i as i64 + 1));
        if let Some(id) = sp.id
            && !space_ids.insert(id)
        {
            self.problem(format!("{at}: space id {id} is used twice"));
        }
        if sp.name.trim().is_empty() {
            self.problem(format!("{at}: a space needs a name"));
        }
        if let Some(n) = sp.record
            && !self.numbers.contains(&n)
        {
            self.problem(format!("{at}: record {n} is not in the file"));
        }
        if !SPACE_STATUSES.contains(&sp.status.as_str()) {
            self.problem(format!(
                "{at}: status {} is not active or archived",
                sp.status
            ));
        }
        label(&mut sp.creator);
        self.time(&at, "created_at", &sp.created_at);
        let mut in_space = BTreeSet::new();
        for m in &mut sp.members {
            match (&mut m.member, &m.team) {
                (Some(email), None) => {
                    self.is_member(email, &format!("{at}: member"));
                    in_space.insert(email.clone());
                }
                (None, Some(t)) if self.teams.contains(t) => {
                    in_space.insert(format!("team:{t}"));
                }
                (None, Some(t)) => self.problem(format!("{at}: team {t} is not in the file")),
                _ => self.problem(format!(
                    "{at}: a space's member names either `with` (a member) or `team`"
                )),
            }
            if let Some(by) = &mut m.invited_by {
                label(by);
            }
            self.time(&at, "invited_at", &m.invited_at);
        }
        if in_space.len() != sp.members.len() {
            self.problem(format!("{at}: a member or team is listed twice"));
        }
        for p in &mut sp.posts {
            if !super::space::POST_KINDS.contains(&p.kind.as_str()) {
                self.problem(format!(
                    "{at}: post kind {} is not one of {}",
                    p.kind,
                    super::space::POST_KINDS.join(", ")
                ));
            }
            if let Some(id) = p.id
                && !post_ids.insert(id)
            {
                self.problem(format!("{at}: post id {id} is used twice"));
            }
            label(&mut p.author);
            self.time(&at, "posted_at", &p.posted_at);
        }
    }
}

/// Whether `text` (`LIBRARY:NAME`) names an item of the file's libraries.
fn item_known(items: &BTreeSet<(String, String)>, text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(l, n)| items.contains(&(l.to_string(), n.to_string())))
}

/// Who did something, as careward writes it: a member's email (lower-cased, trimmed),
/// or a name such as `support:NAME` or `org seed`, kept as it is.
fn label(text: &mut String) {
    if let Ok(email) = parse_email(text) {
        *text = email;
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
        invited_by: m.invited_by.as_deref().unwrap_or("org seed"),
    }
}

/// `org seed FILE`: build the organisation in one transaction, or nothing.
pub fn seed(ctx: &Ctx, path: &str, replace: bool) -> Result<Reply> {
    let (mut file, records) = read(path)?;
    let (policy, policy_text) = super::org::load_policy(&file.org.policy)?;
    let mut check = Checker::new(path, &policy, &file);
    let tally = check.file(&mut file, &records)?;
    // The file's text is not needed any more: the records are read back as checked.
    drop(records);
    let file = file;
    let counts = counts(&file, &tally);
    let Tally {
        mut checked,
        numbers,
        live,
        external_ids,
        ..
    } = tally;
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
    let mut store = ctx.open_store_to_create()?;
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
    let now = ctx.now_text();
    let at = |t: &Option<String>| t.clone().unwrap_or_else(|| now.clone());
    // the refusal, audited in the existing organisation: of an actor who may not compare
    // or replace it, or of a file that differs from it
    let refusal = std::cell::RefCell::new(None);
    let summary = store.transaction(
        &now,
        ctx.global.dry_run,
        |tx| {
            let new_member = |m| new_member(m, &role_sets);
            let new_org = NewOrg {
                slug: &file.org.slug,
                name: &file.org.name,
                kind: file.org.kind,
                policy_source,
                policy_text: policy_text.as_deref(),
                seats: file.org.seats,
                invitation_allowance: file.org.invitations,
            };
            // An organisation of the same slug: unchanged when it holds what the file
            // says, else refused, or rebuilt with --replace.
            let mut replaced = None;
            let mut replaced_by = None;
            if let Some(existing) = tx.org_by_slug(&file.org.slug)? {
                // An organisation that exists is its members': who compares the file with
                // it, or replaces it, must be allowed to manage it (and is audited).
                let Ok(actor) = ctx.actor_spec() else {
                    return Err(Error::usage(format!(
                        "organisation {} exists: comparing it with {path}, or replacing it, needs an actor who may manage it",
                        file.org.slug
                    ))
                    .hinted(format!("give --as EMAIL, an administrator of {}", file.org.slug))
                    .into());
                };
                let asking = Session::new(tx, existing.clone(), &actor, ctx.global.reason.clone())?;
                match asking.check("org.manage", &TargetFacts::org())? {
                    Verdict::Denied(d) => {
                        *refusal.borrow_mut() = Some((
                            existing.id,
                            asking.actor.label(),
                            d.action.clone(),
                            "denied",
                            d.reason.clone(),
                            json!({ "chain": d.chain, "seed": path }),
                        ));
                        return Err(Error::denied(d).into());
                    }
                    Verdict::Granted(g) => {
                        replaced_by = Some((asking.actor.label(), g.decision().reason.clone()));
                    }
                }
                let spec = ActorSpec::Support {
                    name: "org seed".into(),
                    reason: "compare the organisation with the file".into(),
                };
                let s = Session::new(tx, existing.clone(), &spec, None)?;
                let (current, _) = file_of(&s, false, true)?;
                let mut found = Vec::new();
                if existing.policy_text.as_deref() != policy_text.as_deref() {
                    found.push(format!("org: the text of policy {} differs", file.org.policy));
                }
                // Comparing holds the file's records whole, as it holds the export.
                let all = checked_records(&mut checked)?.collect::<Result<Vec<_>>>()?;
                found.extend(differences(&file, &all, &numbers, &current)?);
                drop(all);
                if found.is_empty() {
                    return Ok(Seeded::unchanged(counts.clone(), &current));
                }
                if !replace {
                    *refusal.borrow_mut() = Some((
                        existing.id,
                        asking.actor.label(),
                        "org.manage".to_string(),
                        "refused",
                        format!("refused: organisation {} differs from {path}", file.org.slug),
                        json!({ "seed": path, "differences": found.len() }),
                    ));
                    let more = found.len().saturating_sub(SHOWN_DIFFERENCES);
                    let mut lines: Vec<String> = found.iter().take(SHOWN_DIFFERENCES).cloned().collect();
                    if more > 0 {
                        lines.push(format!("… and {more} more difference{}", if more == 1 { "" } else { "s" }));
                    }
                    return Err(Error::conflict(format!(
                        "organisation {} exists and differs from {path}:\n  {}",
                        file.org.slug,
                        lines.join("\n  ")
                    ))
                    .hinted("org seed --replace rebuilds it from the file (its audit trail goes on); org export shows what it holds")
                    .into());
                }
                replaced = Some(found);
                tx.replace_org(&grant("org.manage"), &existing, &new_org, &new_member(founder))?;
            } else {
                tx.create_org(&new_org, &new_member(founder))?;
            }
            let org = tx
                .org_by_slug(&file.org.slug)?
                .ok_or_else(|| anyhow::anyhow!("the organisation {} vanished", file.org.slug))?;
            tx.restore_org(&grant("org.manage"), org.id, &at(&file.org.created_at), file.org.invitations_sent)?;
            let mut ids: BTreeMap<String, Member> = BTreeMap::new();
            for m in &file.members {
                if m.email != founder.email {
                    tx.insert_member(&policy.founding_grant("member.invite", &format!("member:{}", m.email), path), org.id, &new_member(m))?;
                }
                let member = tx
                    .member_by_email(org.id, &m.email)?
                    .ok_or_else(|| anyhow::anyhow!("member {} vanished", m.email))?;
                tx.restore_member(
                    &grant("member.invite"),
                    member.id,
                    m.invited_by.as_deref().unwrap_or("org seed"),
                    &at(&m.invited_at),
                    &at(&m.status_since),
                )?;
                ids.insert(m.email.clone(), member);
            }
            // A label that names a member (an author, a creator) links to them.
            let member_id = |label: &str| ids.get(label).map(|m| m.id);
            // Groups by slug, known from their creation: a record's location is looked up
            // here, not in the store (which would also load the location's members).
            let mut team_ids = BTreeMap::new();
            let mut location_ids = BTreeMap::new();
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
                    tx.restore_group_created(&grant(manage), &group, &at(&g.created_at))?;
                    match kind {
                        GroupKind::Team => team_ids.insert(g.slug.clone(), group.id),
                        GroupKind::Location => location_ids.insert(g.slug.clone(), group.id),
                    };
                }
            }
            let grantee = |member: &Option<String>, team: &Option<String>| match (member, team) {
                (Some(email), _) => Grantee::Member(ids[email].id),
                (None, Some(t)) => Grantee::Team(team_ids[t]),
                // read() refuses a share or space member that names neither
                (None, None) => unreachable!("checked when the file was read"),
            };
            for a in &file.assistants {
                let assistant = &ids[&a.assistant];
                let key = assistant.target().key;
                policy.check_assistance(&assistant.facts(), None, &[])?;
                let by = a.assigned_by.as_deref().unwrap_or("org seed");
                let therapists: Vec<Option<&Member>> = if a.org_wide {
                    vec![None]
                } else {
                    a.to.iter().map(|t| Some(&ids[t])).collect()
                };
                for therapist in therapists {
                    if let Some(t) = therapist {
                        let current = tx.dedicated_assistants(t.id)?;
                        policy.check_assistance(&assistant.facts(), Some(&t.facts()), &current)?;
                    }
                    let proof = policy.founding_grant("assistant.assign", &key, path);
                    tx.assign_assistant(&proof, assistant.id, &key, therapist.map(|t| t.id), by)?;
                    tx.restore_assignment(&grant("assistant.assign"), assistant.id, therapist.map(|t| t.id), by, &at(&a.assigned_at))?;
                }
            }
            let mut item_ids: BTreeMap<String, i64> = BTreeMap::new();
            for i in &file.libraries {
                let manage = &policy.libraries[&i.library].manage;
                let id = tx.create_library_item(
                    &grant(manage),
                    org.id,
                    &NewItem { library: &i.library, name: &i.name, description: &i.description },
                    i.created_by.as_deref().unwrap_or("org seed"),
                    Some(&at(&i.created_at)),
                )?;
                item_ids.insert(format!("{}:{}", i.library, i.name), id);
            }
            super::record::ensure_record_room(
                tx,
                &policy,
                &org,
                live as u64,
                &format!("the file's {live} record{}", if live == 1 { "" } else { "s" }),
            )?;
            // The records, read back one at a time: each with its shares, transfers,
            // emergency grants, approvals and the entries that have their ids.
            let mut record_ids: BTreeMap<i64, i64> = BTreeMap::new();
            let mut copies = Vec::new();
            let mut entry_ids: BTreeMap<String, Vec<i64>> = BTreeMap::new();
            let mut restore_entry = |record: i64, number: i64, e: &EntrySpec| -> Result<()> {
                let created_at = at(&e.created_at);
                let id = tx.restore_entry(
                    &grant("entry.create"),
                    record,
                    &RestoredEntry {
                        id: e.id,
                        kind: &e.kind,
                        title: &e.title,
                        author: &e.author,
                        author_id: member_id(&e.author),
                        confidential: e.confidential,
                        status: &e.status,
                        created_at: &created_at,
                        edited_at: e.edited_at.as_deref(),
                        submitted_at: match (&e.submitted_at, e.status.as_str()) {
                            (Some(t), _) => Some(t.as_str()),
                            (None, "draft") => None,
                            (None, _) => Some(created_at.as_str()),
                        },
                        approved_by: e.approved_by.as_deref(),
                        approved_at: e.approved_at.as_deref(),
                    },
                )?;
                if let Some(item) = &e.item {
                    tx.set_entry_item(&grant("entry.create"), "org", id, item_ids[item])?;
                }
                entry_ids.entry(number.to_string()).or_default().push(id);
                Ok(())
            };
            let mut without_ids = Vec::new();
            for (r, &number) in checked_records(&mut checked)?.zip(&numbers) {
                let r = r?;
                let owner = &ids[&r.owner];
                let location = r.location.as_ref().map(|slug| location_ids[slug]);
                let creator = r.creator.as_deref().unwrap_or("org seed");
                let created_at = at(&r.created_at);
                let record_id = tx.restore_record(
                    &grant("record.create"),
                    org.id,
                    &RestoredRecord {
                        number,
                        client: &r.client,
                        external_id: r.external_id.as_deref(),
                        owner: owner.id,
                        creator,
                        creator_id: member_id(creator),
                        location,
                        confidential: r.confidential,
                        status: &r.status,
                        status_since: r.status_since.as_deref().unwrap_or(&created_at),
                        owner_since: r.owner_since.as_deref().unwrap_or(&created_at),
                        created_at: &created_at,
                        read_only: r.read_only,
                    },
                )?;
                for sh in &r.shares {
                    tx.restore_share(
                        &grant("record.share"),
                        record_id,
                        grantee(&sh.member, &sh.team),
                        &sh.level,
                        sh.until.as_deref(),
                        sh.reason.as_deref(),
                        sh.shared_by.as_deref().unwrap_or("org seed"),
                        &at(&sh.shared_at),
                    )?;
                }
                for t in &r.transfers {
                    let row = TransferRow {
                        from: t.from.clone(),
                        to: t.to.clone(),
                        started_by: t.started_by.clone().unwrap_or_else(|| "org seed".into()),
                        started_at: at(&t.started_at),
                        status: t.status.clone(),
                        decided_at: t.decided_at.clone(),
                        options: t.options.as_ref().map(serde_json::to_string).transpose()?,
                    };
                    tx.restore_transfer(&grant("record.transfer"), record_id, ids[&t.from].id, ids[&t.to].id, &row)?;
                }
                for g in &r.emergency_access {
                    let row = EmergencyRow {
                        member: g.member.clone(),
                        reason: g.reason.clone(),
                        granted_at: at(&g.granted_at),
                        until: g.until.clone(),
                    };
                    tx.restore_emergency(&grant("record.emergency"), record_id, ids[&g.member].id, &row)?;
                }
                for a in &r.approvals {
                    let supervisor = match a.supervisor.as_deref() {
                        Some(SUPPORT_SUPERVISOR) => None,
                        Some(email) => Some(ids[email].id),
                        None => Some(owner.id),
                    };
                    tx.restore_approval(&grant("record.share"), record_id, ids[&a.member].id, supervisor, &at(&a.set_at))?;
                }
                // Entries with their ids first, so that those given new ids take none of them.
                for e in r.entries.iter().filter(|e| e.id.is_some()) {
                    restore_entry(record_id, number, e)?;
                }
                if r.entries.iter().any(|e| e.id.is_none()) {
                    without_ids.push((number, record_id, r.entries.clone()));
                }
                if let Some(original) = r.copy_of {
                    copies.push((number, record_id, original));
                }
                record_ids.insert(number, record_id);
            }
            copies.sort();
            for (_, copy, original) in copies {
                if let Some(original) = record_ids.get(&original) {
                    tx.restore_copy_of(&grant("record.transfer"), copy, *original)?;
                }
            }
            // in the order of the records' numbers, as they were always numbered
            without_ids.sort_by_key(|(number, _, _)| *number);
            for (number, record, entries) in without_ids {
                for e in entries.iter().filter(|e| e.id.is_none()) {
                    restore_entry(record, number, e)?;
                }
            }
            let mut space_ids = Vec::new();
            for with_id in [true, false] {
                for sp in file.spaces.iter().filter(|s| s.id.is_some() == with_id) {
                    let record = sp.record.and_then(|n| record_ids.get(&n).copied());
                    let id = tx.restore_space(
                        &grant("space.create"),
                        org.id,
                        sp.id,
                        &sp.name,
                        record,
                        &sp.creator,
                        member_id(&sp.creator),
                        &sp.status,
                        &at(&sp.created_at),
                    )?;
                    for m in &sp.members {
                        tx.restore_space_member(
                            &grant("space.invite"),
                            id,
                            grantee(&m.member, &m.team),
                            m.invited_by.as_deref().unwrap_or("org seed"),
                            &at(&m.invited_at),
                        )?;
                    }
                    space_ids.push((id, sp));
                }
            }
            for with_id in [true, false] {
                for (space, sp) in &space_ids {
                    for p in sp.posts.iter().filter(|p| p.id.is_some() == with_id) {
                        tx.restore_post(
                            &grant("space.post"),
                            *space,
                            p.id,
                            &p.kind,
                            &p.title,
                            &p.author,
                            member_id(&p.author),
                            &at(&p.posted_at),
                        )?;
                    }
                }
            }
            for g in &file.groups {
                let manage = policy.record_groups.as_deref().unwrap_or("org.manage");
                let by = g.created_by.as_deref().unwrap_or("org seed");
                tx.create_record_group(&grant(manage), org.id, &g.slug, &g.name, by, Some(&at(&g.created_at)))?;
                let group = tx
                    .record_group(org.id, &g.slug)?
                    .ok_or_else(|| anyhow::anyhow!("the new group {} vanished", g.slug))?;
                for n in &g.records {
                    tx.set_group_record(&grant(manage), &group, record_ids[n], true, "org seed")?;
                }
                for sh in &g.shares {
                    tx.put_group_share(
                        &grant(manage),
                        &group,
                        grantee(&sh.member, &sh.team),
                        &sh.level,
                        sh.shared_by.as_deref().unwrap_or("org seed"),
                        Some(&at(&sh.shared_at)),
                    )?;
                }
            }
            for i in file.libraries.iter().filter(|i| !i.on.is_empty()) {
                let tag = tx
                    .library_item_by_id(item_ids[&format!("{}:{}", i.library, i.name)])?
                    .ok_or_else(|| anyhow::anyhow!("the new {} {} vanished", i.library, i.name))?;
                for target in &i.on {
                    let thing = match target.split_once(':') {
                        Some(("record", n)) => Tagged::Record(record_ids[&n.parse::<i64>()?]),
                        Some(("entry", id)) => Tagged::Entry(id.parse()?),
                        Some(("member", email)) => Tagged::Member(ids[email].id),
                        _ => Tagged::Item(item_ids[target]),
                    };
                    tx.tag(&grant(&policy.libraries[&i.library].manage), &tag, thing, "org", "org seed", None)?;
                }
            }
            for v in &file.views {
                let manage = &policy.views[&v.kind];
                let by = v.created_by.as_deref().unwrap_or("org seed");
                let settings = serde_json::to_string(&v.settings)?;
                tx.put_org_view(
                    &grant(manage),
                    org.id,
                    &NewView { kind: v.kind, name: &v.name, settings: &settings }, by, Some(&at(&v.created_at)))?;
            }
            let mut details = json!({ "file": path, "policy": policy_source, "counts": counts });
            let (action, decision) = match &replaced {
                Some(found) => {
                    details["differences"] = json!(found);
                    details["rebuilds"] = json!(format!("org seed --replace from {path}"));
                    ("org.replace", replaced_by.as_ref().map(|(_, why)| why.clone()).unwrap_or_default())
                }
                None => ("org.seed", format!("allowed: org seed builds a new organisation from {path}")),
            };
            tx.append_audit(&AuditRecord {
                org: Some(org.id),
                actor: replaced_by.as_ref().map_or("org seed", |(who, _)| who.as_str()),
                reason: ctx.global.reason.as_deref(),
                action,
                target: "org",
                outcome: "allowed",
                decision: &decision,
                details,
            })?;
            let mut space_ids: Vec<i64> = space_ids.iter().map(|(id, _)| *id).collect();
            space_ids.sort();
            Ok(Seeded {
                outcome: if replaced.is_some() { "replaced" } else { "created" },
                counts: counts.clone(),
                record_numbers: external_ids,
                entry_ids,
                space_ids,
            })
        },
        |tx, _| match refusal.take() {
            Some((org, actor, action, outcome, decision, details)) => {
                tx.append_audit(&AuditRecord {
                    org: Some(org),
                    actor: &actor,
                    reason: ctx.global.reason.as_deref(),
                    action: &action,
                    target: "org",
                    outcome,
                    decision: &decision,
                    details,
                })?;
                Ok(())
            }
            None => Ok(()),
        },
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
        "entries",
        "spaces",
    ] {
        fields.push((key, summary.counts[key].clone()));
    }
    fields.push(("outcome", json!(summary.outcome)));
    // What a pipeline's next step needs; one document (too long for a table's cell).
    if matches!(ctx.global.format, Format::Json | Format::Yaml) {
        fields.push(("record_numbers", json!(summary.record_numbers)));
        fields.push(("entry_ids", json!(summary.entry_ids)));
        fields.push(("space_ids", json!(summary.space_ids)));
    }
    let what = match summary.outcome {
        "unchanged" => {
            return Ok(Reply::from(Output::object(fields)).noted(format!(
                "organisation {} is unchanged: it holds what {path} says",
                file.org.slug
            )));
        }
        "replaced" => format!("replace organisation {} with {path}", file.org.slug),
        _ => format!("seed organisation {} from {path}", file.org.slug),
    };
    Ok(Reply::from(Output::object(fields)).noted(change_note(ctx.global.dry_run, what)))
}

/// How many differences a refused seed names.
const SHOWN_DIFFERENCES: usize = 5;

/// What `org seed` did, and the numbers and ids a pipeline's next step uses.
struct Seeded {
    /// created, unchanged or replaced
    outcome: &'static str,
    counts: serde_json::Value,
    /// external id → record number
    record_numbers: BTreeMap<String, i64>,
    /// record number → its entries' ids
    entry_ids: BTreeMap<String, Vec<i64>>,
    space_ids: Vec<i64>,
}

impl Seeded {
    /// The organisation already holds what the file says: its numbers and ids.
    fn unchanged(counts: serde_json::Value, current: &OrgFile) -> Seeded {
        let mut entry_ids: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for r in &current.records {
            let ids: Vec<i64> = r.entries.iter().filter_map(|e| e.id).collect();
            if let (Some(n), false) = (r.number, ids.is_empty()) {
                entry_ids.insert(n.to_string(), ids);
            }
        }
        let mut space_ids: Vec<i64> = current.spaces.iter().filter_map(|s| s.id).collect();
        space_ids.sort();
        Seeded {
            outcome: "unchanged",
            counts,
            record_numbers: record_numbers_by_external_id(
                current
                    .records
                    .iter()
                    .filter_map(|r| r.number.map(|n| (r.external_id.as_deref(), n))),
            ),
            entry_ids,
            space_ids,
        }
    }
}

fn counts(file: &OrgFile, tally: &Tally) -> serde_json::Value {
    json!({
        "members": file.members.len(), "locations": file.locations.len(), "teams": file.teams.len(),
        "assistant_assignments": file.assistants.len(), "records": tally.numbers.len(),
        "shares": tally.shares, "entries": tally.entries, "spaces": file.spaces.len(),
    })
}

fn record_numbers_by_external_id<'a>(
    records: impl Iterator<Item = (Option<&'a str>, i64)>,
) -> BTreeMap<String, i64> {
    records
        .filter_map(|(ext, n)| ext.map(|e| (e.to_string(), n)))
        .collect()
}

/// How `org export` writes what it may not show, or was asked to hide.
struct Shown<'a, 't> {
    s: &'a Session<'t>,
    redact: bool,
    /// everything is shown, whoever asks (`org seed`'s comparison with the store)
    everything: bool,
    /// real email → what the file says (itself, or `member-N@example.invalid`)
    alias: BTreeMap<String, String>,
    /// how many texts were replaced because the exporter may not read them, by kind
    /// (indexed by [`CLIENT`], [`ENTRY`], [`SPACE`], [`POST`])
    replaced: [usize; 4],
}

// What `org export` may replace: client names, entry titles, space names, post titles.
const CLIENT: usize = 0;
const ENTRY: usize = 1;
const SPACE: usize = 2;
const POST: usize = 3;

impl Shown<'_, '_> {
    fn email(&self, email: &str) -> String {
        self.alias
            .get(email)
            .cloned()
            .unwrap_or_else(|| email.to_string())
    }

    /// Who did something: a member's email is aliased like the member; any other
    /// email-like text is hidden under --redact; a name like `support:NAME` stays.
    fn label(&self, label: &str) -> String {
        match self.alias.get(label) {
            Some(a) => a.clone(),
            None if self.redact && label.contains('@') => "someone@example.invalid".into(),
            None => label.to_string(),
        }
    }

    /// Free text that may identify a client: kept when the exporter may read it (and
    /// --redact is not given), else its stand-in; an empty text stays empty.
    fn text(&mut self, text: &str, readable: bool, what: usize, stand_in: String) -> String {
        if text.is_empty() {
            return String::new();
        }
        if self.redact {
            return stand_in;
        }
        if !readable {
            self.replaced[what] += 1;
            return stand_in;
        }
        text.to_string()
    }

    fn may(&self, action: &str, target: &TargetFacts) -> Result<bool> {
        Ok(!self.redact && (self.everything || self.s.check(action, target)?.decision().allowed))
    }

    /// One record with everything it holds, as the exporter may see it.
    fn record(&mut self, r: Record, copy_of: Option<i64>) -> Result<RecordSpec> {
        let client = if self.redact {
            client_placeholder(&r)
        } else if self.everything {
            r.client.clone()
        } else {
            let name = client_shown(self.s, &r)?;
            if name.replaced() {
                self.replaced[CLIENT] += 1;
            }
            name.text()
        };
        let mut shares = Vec::new();
        for sh in self.s.tx.shares(r.id)? {
            shares.push(ShareSpec {
                member: sh.member.as_deref().map(|e| self.email(e)),
                team: sh.team.clone(),
                level: sh.level.clone(),
                until: sh.until.clone(),
                reason: sh.reason.as_ref().map(|why| {
                    if self.redact {
                        "(redacted)".to_string()
                    } else {
                        why.clone()
                    }
                }),
                shared_by: Some(self.label(&sh.shared_by)),
                shared_at: Some(sh.shared_at.clone()),
            });
        }
        let mut transfers = Vec::new();
        for t in self.s.tx.transfers_of(r.id)? {
            transfers.push(TransferSpec {
                from: self.email(&t.from),
                to: self.email(&t.to),
                status: t.status.clone(),
                started_by: Some(self.label(&t.started_by)),
                started_at: Some(t.started_at.clone()),
                decided_at: t.decided_at.clone(),
                options: t
                    .options
                    .as_deref()
                    .map(serde_json::from_str::<CarryOptions>)
                    .transpose()?,
            });
        }
        let mut entries = Vec::new();
        let items = self.s.tx.entry_items(r.id)?;
        for e in self.s.tx.entries(&r)? {
            let readable = self.may(super::entry::view_action(self.s, &e), &e.target())?;
            entries.push(EntrySpec {
                id: Some(e.id),
                title: self.text(&e.title, readable, ENTRY, format!("Entry {}", e.id)),
                kind: e.kind,
                author: self.label(&e.author),
                confidential: e.confidential,
                status: e.status,
                created_at: Some(e.created_at),
                edited_at: e.edited_at,
                submitted_at: e.submitted_at,
                approved_by: e.approved_by.as_deref().map(|a| self.label(a)),
                approved_at: e.approved_at,
                item: items.get(&e.id).map(|i| i.key()),
            });
        }
        let emergency_access = self
            .s
            .tx
            .emergency_grants_of(r.id)?
            .into_iter()
            .map(|g| EmergencySpec {
                member: self.email(&g.member),
                reason: if self.redact {
                    "(redacted)".to_string()
                } else {
                    g.reason
                },
                granted_at: Some(g.granted_at),
                until: g.until,
            })
            .collect();
        let approvals = self
            .s
            .tx
            .approvals_of(r.id)?
            .into_iter()
            .map(|(member, supervisor, set_at)| ApprovalSpec {
                member: self.email(&member),
                supervisor: Some(match supervisor {
                    Some(email) => self.email(&email),
                    None => SUPPORT_SUPERVISOR.to_string(),
                }),
                set_at: Some(set_at),
            })
            .collect();
        Ok(RecordSpec {
            number: Some(r.number),
            client,
            owner: self.email(&r.owner.email),
            location: r.location.clone(),
            confidential: r.confidential,
            external_id: if self.redact {
                r.external_id.as_ref().map(|_| format!("ext-{}", r.number))
            } else {
                r.external_id.clone()
            },
            status: r.status.clone(),
            read_only: r.read_only,
            copy_of,
            creator: Some(self.label(&r.creator)),
            created_at: Some(r.created_at.clone()),
            status_since: Some(r.status_since.clone()),
            owner_since: Some(r.owner_since.clone()),
            shares,
            transfers,
            entries,
            emergency_access,
            approvals,
        })
    }

    /// One space with its members and posts.
    fn space(&mut self, sp: Space) -> Result<SpaceSpec> {
        let readable = self.may("space.view", &sp.target())?;
        let members = self
            .s
            .tx
            .space_members(sp.id)?
            .into_iter()
            .map(|m| SpaceMemberSpec {
                member: m.member.as_deref().map(|e| self.email(e)),
                team: m.team,
                invited_by: Some(self.label(&m.invited_by)),
                invited_at: Some(m.invited_at),
            })
            .collect();
        let mut posts = Vec::new();
        for p in self.s.tx.space_posts(sp.id)? {
            posts.push(PostSpec {
                id: Some(p.id),
                kind: p.kind,
                title: self.text(&p.title, readable, POST, format!("Post {}", p.id)),
                author: self.label(&p.author),
                posted_at: Some(p.posted_at),
            });
        }
        Ok(SpaceSpec {
            id: Some(sp.id),
            name: self.text(&sp.name, readable, SPACE, format!("Space {}", sp.id)),
            record: sp.record.as_ref().map(|(number, _)| *number),
            creator: self.label(&sp.creator),
            status: sp.status.clone(),
            created_at: Some(sp.created_at.clone()),
            members,
            posts,
        })
    }
}

/// `org export`: the organisation as a file `org seed` reads.
pub fn export(ctx: &Ctx, redact: bool) -> Result<Reply> {
    // an organisation file: YAML (also as the table), or the same as JSON
    let format = ctx.global.format;
    format.require("org export", &[Format::Table, Format::Json, Format::Yaml])?;
    ctx.in_org(|s| {
        // The whole organisation at once: for whoever may read its audit trail.
        s.authorize("audit.view", &TargetFacts::org())?;
        let (file, replaced) = file_of(s, redact, false)?;
        let output = match format {
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
        reply.note = replaced_note(replaced);
        Ok(reply)
    })
}

/// The organisation of `s` as a file, as its actor may see it (or, with `everything`,
/// all of it), and how many texts were replaced by kind.
fn file_of(s: &Session, redact: bool, everything: bool) -> Result<(OrgFile, [usize; 4])> {
    {
        // Removed members too: their history (records they authored, transfers, copies
        // they keep) names them.
        let members = s.tx.members(s.org.id, &MemberFilter::default())?;
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
        let mut shown = Shown {
            s,
            redact,
            everything,
            alias,
            replaced: [0; 4],
        };
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
                        // a team may be named after its client ("Noah's team")
                        name: if redact {
                            format!("{} {}", kind.noun(), specs.len() + 1)
                        } else {
                            g.name.clone()
                        },
                        archived: g.status == "archived",
                        created_at: Some(g.created_at.clone()),
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
                email: shown.email(&m.email),
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
                invited_by: Some(shown.label(&m.invited_by)),
                invited_at: Some(m.invited_at.clone()),
                status_since: Some(m.status_since.clone()),
            })
            .collect();
        // One entry per assistant, scope and assignment (who and when).
        let mut assistants: BTreeMap<(String, bool, String, String), AssistantSpec> =
            BTreeMap::new();
        for a in s.tx.assignments(s.org.id)? {
            let key = (
                a.assistant.clone(),
                a.therapist.is_some(),
                a.assigned_at.clone(),
                a.assigned_by.clone(),
            );
            let spec = assistants.entry(key).or_insert_with(|| AssistantSpec {
                assistant: shown.email(&a.assistant),
                org_wide: a.therapist.is_none(),
                to: Vec::new(),
                assigned_by: Some(shown.label(&a.assigned_by)),
                assigned_at: Some(a.assigned_at.clone()),
            });
            if let Some(t) = &a.therapist {
                spec.to.push(shown.email(t));
            }
        }
        let copies = s.tx.copies_of(s.org.id)?;
        let mut records = Vec::new();
        for r in s.tx.records(s.org.id, &RecordFilter::default())? {
            let copy_of = copies.get(&r.number).copied();
            records.push(shown.record(r, copy_of)?);
        }
        let mut spaces = Vec::new();
        for sp in s.tx.spaces(s.org.id)? {
            spaces.push(shown.space(sp)?);
        }
        let mut libraries = Vec::new();
        for i in s.tx.library_items(s.org.id, None)? {
            let on =
                s.tx.tag_links(s.org.id, Some(i.id))?
                    .into_iter()
                    .map(|l| match l.target.strip_prefix("member:") {
                        Some(email) => format!("member:{}", shown.email(email)),
                        None => l.target,
                    })
                    .collect();
            libraries.push(LibraryItemSpec {
                library: i.library,
                name: i.name,
                description: i.description,
                on,
                created_by: Some(shown.label(&i.created_by)),
                created_at: Some(i.created_at),
            });
        }
        let mut groups = Vec::new();
        for (n, g) in s.tx.record_groups(s.org.id)?.into_iter().enumerate() {
            let shares =
                s.tx.group_shares(g.id)?
                    .into_iter()
                    .map(|sh| GroupShareSpec {
                        member: sh.member.as_deref().map(|e| shown.email(e)),
                        team: sh.team,
                        level: sh.level,
                        shared_by: Some(shown.label(&sh.shared_by)),
                        shared_at: Some(sh.shared_at),
                    })
                    .collect();
            groups.push(RecordGroupSpec {
                records: s.tx.group_record_numbers(g.id)?,
                // a group may be named after a client, as a team may
                name: if redact {
                    format!("group {}", n + 1)
                } else {
                    g.name
                },
                slug: g.slug,
                shares,
                created_by: Some(shown.label(&g.created_by)),
                created_at: Some(g.created_at),
            });
        }
        let mut views = Vec::new();
        for v in s.tx.org_views(s.org.id, None)? {
            views.push(ViewSpec {
                kind: if v.kind == "chart" {
                    ViewKind::Chart
                } else {
                    ViewKind::Reporting
                },
                settings: serde_json::from_str(&v.settings)?,
                name: v.name,
                created_by: Some(shown.label(&v.created_by)),
                created_at: Some(v.created_at),
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
                invitations_sent: s.org.invitations_sent,
                created_at: Some(s.org.created_at.clone()),
            },
            locations,
            teams,
            libraries,
            members: member_specs,
            assistants: assistants.into_values().collect(),
            records,
            groups,
            spaces,
            views,
        };
        Ok((file, shown.replaced))
    }
}

/// What the exporter was not shown, and why.
fn replaced_note(replaced: [usize; 4]) -> Option<String> {
    // in the order of CLIENT, ENTRY, SPACE, POST
    let parts: Vec<String> = ["client name", "entry title", "space name", "post title"]
        .iter()
        .zip(replaced)
        .filter(|(_, n)| *n > 0)
        .map(|(what, n)| format!("{n} {what}{}", if n == 1 { "" } else { "s" }))
        .collect();
    (!parts.is_empty()).then(|| {
        format!(
            "{} replaced: you may not read them (client profiles, entries, spaces)",
            parts.join(", ")
        )
    })
}

/// Fields `org seed` fills in when a file leaves them out (the seed's time, `org seed`
/// as who did it, new numbers and ids, the owner as supervisor): a file without them
/// matches whatever the store has.
const FILLED: &[&str] = &[
    "created_at",
    "invited_at",
    "invited_by",
    "status_since",
    "owner_since",
    "assigned_by",
    "assigned_at",
    "shared_by",
    "shared_at",
    "started_by",
    "started_at",
    "creator",
    "created_by",
    "submitted_at",
    "granted_at",
    "set_at",
    "supervisor",
    "posted_at",
    "id",
    "number",
];

/// How the file differs from the organisation as `org export` writes it, field by
/// field, in words: `member pia@x.org: roles [a] in the file, [a, b] in the store`.
/// Values that could identify someone are not shown (as in the file's problems).
fn differences(
    file: &OrgFile,
    records: &[RecordSpec],
    numbers: &[i64],
    store: &OrgFile,
) -> Result<Vec<String>> {
    let mut f = serde_json::to_value(file)?;
    f["records"] = serde_json::to_value(records)?;
    if let Some(records) = f["records"].as_array_mut() {
        for (r, n) in records.iter_mut().zip(numbers) {
            r["number"] = json!(n);
        }
    }
    let s = serde_json::to_value(store)?;
    let mut out = Vec::new();
    diff_object("", &f, &s, &mut out);
    Ok(out.iter().map(|d| crate::yaml_file::redact(d)).collect())
}

fn diff_object(label: &str, f: &serde_json::Value, s: &serde_json::Value, out: &mut Vec<String>) {
    let empty = serde_json::Map::new();
    let (fo, so) = (
        f.as_object().unwrap_or(&empty),
        s.as_object().unwrap_or(&empty),
    );
    let keys = fo.keys().chain(so.keys().filter(|k| !fo.contains_key(*k)));
    for key in keys {
        let null = serde_json::Value::Null;
        let (fv, sv) = (fo.get(key).unwrap_or(&null), so.get(key).unwrap_or(&null));
        if fv.is_null() && FILLED.contains(&key.as_str()) {
            continue;
        }
        let here = match (label, key.as_str()) {
            ("", "org") => "org".to_string(),
            ("", _) => String::new(),
            _ => label.to_string(),
        };
        match (fv, sv) {
            (serde_json::Value::Array(fa), serde_json::Value::Array(sa))
                if fa.iter().chain(sa).any(|v| v.is_object()) =>
            {
                diff_list(&here, key, fa, sa, out)
            }
            (serde_json::Value::Array(fa), serde_json::Value::Null)
                if fa.iter().any(|v| v.is_object()) =>
            {
                diff_list(&here, key, fa, &[], out)
            }
            (serde_json::Value::Null, serde_json::Value::Array(sa))
                if sa.iter().any(|v| v.is_object()) =>
            {
                diff_list(&here, key, &[], sa, out)
            }
            (serde_json::Value::Object(_), serde_json::Value::Object(_)) => {
                diff_object(&here, fv, sv, out)
            }
            _ if same(fv, sv) => {}
            _ => out.push(format!(
                "{}{key} {} in the file, {} in the store",
                if here.is_empty() {
                    String::new()
                } else {
                    format!("{here}: ")
                },
                value_shown(fv),
                value_shown(sv)
            )),
        }
    }
}

/// Equal, lists of names in any order.
fn same(f: &serde_json::Value, s: &serde_json::Value) -> bool {
    match (f, s) {
        (serde_json::Value::Array(a), serde_json::Value::Array(b)) => {
            let mut a: Vec<String> = a.iter().map(|v| v.to_string()).collect();
            let mut b: Vec<String> = b.iter().map(|v| v.to_string()).collect();
            a.sort();
            b.sort();
            a == b
        }
        _ => f == s,
    }
}

fn value_shown(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "none".into(),
        serde_json::Value::String(s) if s.parse::<jiff::Timestamp>().is_ok() => s.clone(),
        serde_json::Value::String(s) => shown(s),
        serde_json::Value::Array(items) => {
            let mut parts: Vec<String> = items.iter().map(value_shown).collect();
            parts.sort();
            format!("[{}]", parts.join(", "))
        }
        serde_json::Value::Object(_) => "{…}".into(),
        other => other.to_string(),
    }
}

/// What an item of a list is called, to pair the file's with the store's: None for
/// the lists whose items are paired by id (entries, spaces, posts).
fn item_name(list: &str, item: &serde_json::Value) -> Option<String> {
    let text = |k: &str| item[k].as_str().unwrap_or_default().to_string();
    let grantee = || match item["with"].as_str() {
        Some(email) => email.to_string(),
        None => format!("team {}", text("team")),
    };
    Some(match list {
        "members" if item.get("email").is_some() => format!("member {}", text("email")),
        "members" => format!("member {}", grantee()),
        "locations" => format!("location {}", text("slug")),
        "teams" => format!("team {}", text("slug")),
        "records" => format!("record {}", item["number"]),
        "assistants" => {
            let a: AssistantSpec = serde_json::from_value(item.clone()).ok()?;
            let mut to = a.to.clone();
            to.sort();
            let scope = if a.org_wide {
                "org-wide".to_string()
            } else {
                format!("for {}", to.join(", "))
            };
            format!("assistant {} {scope}", a.assistant)
        }
        "shares" => format!("share with {}", grantee()),
        "transfers" => format!("transfer from {} to {}", text("from"), text("to")),
        "emergency_access" => format!("emergency access for {}", text("member")),
        "approvals" => format!("approval of {}", text("member")),
        "libraries" => format!("{} {}", text("library"), text("name")),
        "groups" => format!("group {}", text("slug")),
        "views" => format!("{} view {}", text("kind"), text("name")),
        "entries" | "spaces" | "posts" => return None,
        other => format!("{other} item"),
    })
}

fn diff_list(
    label: &str,
    list: &str,
    f: &[serde_json::Value],
    s: &[serde_json::Value],
    out: &mut Vec<String>,
) {
    let at = |name: &str| {
        if label.is_empty() {
            name.to_string()
        } else {
            format!("{label}: {name}")
        }
    };
    // Pair the items: by name, in order among those of the same name; or by id, the
    // file's items without one taking the store's unclaimed items in order (as the
    // seed gives new ids in the file's order).
    let mut pairs: Vec<(
        String,
        Option<&serde_json::Value>,
        Option<&serde_json::Value>,
    )> = Vec::new();
    let mut taken = vec![false; s.len()];
    if f.iter().chain(s).all(|i| item_name(list, i).is_some()) {
        // the store's items by name, in order (a list of 200,000 records pairs in one pass)
        let mut by_name: BTreeMap<String, std::collections::VecDeque<usize>> = BTreeMap::new();
        for (j, si) in s.iter().enumerate() {
            by_name
                .entry(item_name(list, si).unwrap_or_default())
                .or_default()
                .push_back(j);
        }
        for fi in f {
            let name = item_name(list, fi).unwrap_or_default();
            let found = by_name.get_mut(&name).and_then(|q| q.pop_front());
            if let Some(j) = found {
                taken[j] = true;
            }
            pairs.push((name, Some(fi), found.map(|j| &s[j])));
        }
    } else {
        let noun = match list {
            "entries" => "entry",
            "spaces" => "space",
            "posts" => "post",
            other => other,
        };
        let claimed: BTreeSet<i64> = f.iter().filter_map(|i| i["id"].as_i64()).collect();
        let by_id: BTreeMap<i64, usize> = s
            .iter()
            .enumerate()
            .filter_map(|(j, si)| si["id"].as_i64().map(|id| (id, j)))
            .collect();
        // the store's items no id of the file claims, in order, for the file's new ones
        let mut unclaimed = s
            .iter()
            .enumerate()
            .filter(|(_, si)| !si["id"].as_i64().is_some_and(|id| claimed.contains(&id)))
            .map(|(j, _)| j);
        for fi in f {
            let found = match fi["id"].as_i64() {
                Some(id) => by_id.get(&id).copied(),
                None => unclaimed.next(),
            };
            if let Some(j) = found {
                taken[j] = true;
            }
            let id = fi["id"]
                .as_i64()
                .or_else(|| found.and_then(|j| s[j]["id"].as_i64()));
            let name = match id {
                Some(id) => format!("{noun} {id}"),
                None => format!("a new {noun}"),
            };
            pairs.push((name, Some(fi), found.map(|j| &s[j])));
        }
        let noun = noun.to_string();
        for (j, si) in s.iter().enumerate() {
            if !taken[j] {
                pairs.push((format!("{noun} {}", si["id"]), None, Some(si)));
                taken[j] = true;
            }
        }
    }
    for (j, si) in s.iter().enumerate() {
        if !taken[j] {
            pairs.push((item_name(list, si).unwrap_or_default(), None, Some(si)));
        }
    }
    for (name, fi, si) in pairs {
        match (fi, si) {
            (Some(fi), Some(si)) => diff_object(&at(&name), fi, si, out),
            (Some(_), None) => out.push(format!("{}: in the file, not in the store", at(&name))),
            (None, Some(_)) => out.push(format!("{}: in the store, not in the file", at(&name))),
            (None, None) => {}
        }
    }
}
