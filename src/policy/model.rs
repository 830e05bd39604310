//! The policy file format (YAML) and its compiled, validated form.
//!
//! A policy is data: roles as bundles of `action: scope` grants, levels for resource
//! grants (shares), support staff's grants and the constraints that keep an
//! organisation valid. Loading rejects unknown keys and every reference to an unknown
//! action, scope, role or level, naming the file, the line and the key.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

use crate::error::Error;

/// The actions careward's own commands ask about. A policy grants each of them, lists
/// it under `omitted`, or the file is refused.
pub const CORE_ACTIONS: &[&str] = &[
    "org.view",
    "org.manage",
    "org.publish",
    "billing.manage",
    "audit.view",
    "member.view",
    "member.invite",
    "member.edit",
    "member.deactivate",
    "member.remove",
    "role.assign",
    "assistant.assign",
    "location.manage",
    "location.assign",
    "team.manage",
    "record.create",
    "record.view",
    "record.read",
    "record.write",
    "record.edit",
    "record.archive",
    "record.share",
    "record.transfer",
    "profile.read",
    "profile.write",
    "entry.create",
    "entry.read",
    "entry.edit",
    "note.approve",
    "space.create",
    "space.view",
    "space.post",
    "space.invite",
    "space.archive",
];

/// Actions answered by the lifecycle rather than by a grant: an invited member accepting
/// their own invitation, and the recipient of a waiting transfer accepting or declining it.
pub const ACCEPT_ACTION: &str = "member.accept";
pub const RECEIVE_ACTION: &str = "record.receive";

/// Where a grant reaches, relative to the actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// any target in the organisation
    Org,
    /// the actor owns the target, or is the target
    Own,
    /// the actor created or authored the target
    Created,
    /// the target belongs to one of the actor's locations
    Location,
    /// the target is owned by a member the actor assists
    Assigned,
}

impl Scope {
    pub const ALL: [Scope; 5] = [
        Scope::Org,
        Scope::Own,
        Scope::Created,
        Scope::Location,
        Scope::Assigned,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Scope::Org => "org",
            Scope::Own => "own",
            Scope::Created => "created",
            Scope::Location => "location",
            Scope::Assigned => "assigned",
        }
    }

    fn parse(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.name() == s)
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A property of a target that can exclude it from a grant (`unless: confidential`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Exclusion {
    Confidential,
}

impl fmt::Display for Exclusion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exclusion::Confidential => f.write_str("confidential"),
        }
    }
}

/// Organisation kinds (`org init --kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    Clinic,
    School,
}

impl OrgKind {
    pub fn name(self) -> &'static str {
        match self {
            OrgKind::Clinic => "clinic",
            OrgKind::School => "school",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        match s {
            "clinic" => Some(OrgKind::Clinic),
            "school" => Some(OrgKind::School),
            _ => None,
        }
    }
}

/// The member lifecycle (DESIGN "Members have a lifecycle").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberStatus {
    Invited,
    Active,
    Inactive,
    Removed,
}

impl MemberStatus {
    pub const ALL: [MemberStatus; 4] = [
        MemberStatus::Invited,
        MemberStatus::Active,
        MemberStatus::Inactive,
        MemberStatus::Removed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MemberStatus::Invited => "invited",
            MemberStatus::Active => "active",
            MemberStatus::Inactive => "inactive",
            MemberStatus::Removed => "removed",
        }
    }

    pub fn parse(s: &str) -> Option<MemberStatus> {
        MemberStatus::ALL.into_iter().find(|st| st.name() == s)
    }
}

impl fmt::Display for MemberStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

// ---------------------------------------------------------------------------------
// The file as written.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    actions: Vec<String>,
    #[serde(default)]
    omitted: Vec<String>,
    admin_roles: Vec<String>,
    #[serde(default)]
    seats: SeatsFile,
    #[serde(default)]
    plans: PlansFile,
    #[serde(default)]
    lifecycle: LifecycleFile,
    roles: BTreeMap<String, RoleFile>,
    #[serde(default)]
    levels: BTreeMap<String, LevelFile>,
    #[serde(default)]
    support: Vec<String>,
    #[serde(default)]
    constraints: ConstraintsFile,
    #[serde(default)]
    entries: EntriesFile,
    spaces: Option<SpacesFile>,
    emergency: Option<EmergencyFile>,
    /// `member invite --csv` columns beside `roles`, each holding roles of a list
    #[serde(default)]
    role_columns: BTreeMap<String, RoleColumnFile>,
    /// the product's words for careward's (`record: performer`)
    #[serde(default)]
    terms: BTreeMap<String, String>,
    record_groups: Option<RecordGroupsFile>,
    #[serde(default)]
    libraries: BTreeMap<String, Library>,
    #[serde(default)]
    views: BTreeMap<ViewKind, String>,
    reporting: Option<Reporting>,
}

/// The reporting tool (`careward report`): the action that opens it, and the kind of
/// entry it counts (behavior-charts: measurements, by performer and pinpoint).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    pub view: String,
    pub counts: String,
}

/// Groups of records (behavior-charts: groups of performers): the action that creates
/// them and changes who is in them. A level granted on a group reaches its records.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordGroupsFile {
    manage: String,
}

/// One of the organisation's libraries (pinpoints, tags, journal types): the action that
/// creates, edits and deletes its items; for a library whose items are assigned to things
/// (tags), the action that assigning one needs on each kind of thing.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    pub manage: String,
    /// target kind (record, entry, member, or a library's name) → the action it needs
    #[serde(default)]
    pub assign: BTreeMap<String, String>,
}

/// The kinds of saved organisation views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ViewKind {
    /// how charts are shown
    Chart,
    /// a report's filters
    Reporting,
}

impl ViewKind {
    pub fn name(self) -> &'static str {
        match self {
            ViewKind::Chart => "chart",
            ViewKind::Reporting => "reporting",
        }
    }
}

/// The roles a CSV column holds: a role group's (by its name), or a list.
#[derive(Deserialize)]
#[serde(untagged, expecting = "a role group's name or a list of roles")]
enum RoleColumnFile {
    Group(String),
    Roles(Vec<String>),
}

/// The columns a policy may name under `role_columns` (the member import reads them).
pub const ROLE_COLUMNS: &[&str] = &["user_type", "access", "permissions"];

/// A CSV column of roles beside `roles` (`member invite --csv`): which roles it holds,
/// and whether a row names one of them at most (a role group's column).
#[derive(Clone, Debug)]
pub struct RoleColumn {
    pub roles: Vec<String>,
    pub one: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeatsFile {
    states: Vec<MemberStatus>,
}

impl Default for SeatsFile {
    fn default() -> Self {
        SeatsFile {
            states: vec![MemberStatus::Invited, MemberStatus::Active],
        }
    }
}

/// What each plan of an organisation allows beyond its seats: `plans: {free: {records: 5}}`.
/// A plan left out, or a limit left out, has no limit.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlansFile {
    #[serde(default)]
    free: PlanLimits,
    #[serde(default)]
    seats: PlanLimits,
}

/// The limits of one plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanLimits {
    /// client records, active and archived together (deleted ones do not count)
    #[serde(default)]
    pub records: Option<u32>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LifecycleFile {
    /// removing a member erases their name and title (not only their roles)
    #[serde(default)]
    remove_erases_data: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleFile {
    #[serde(default)]
    description: String,
    kinds: Option<Vec<OrgKind>>,
    #[serde(default)]
    grants: BTreeMap<String, GrantFile>,
}

#[derive(Deserialize)]
#[serde(
    untagged,
    expecting = "a scope (org, own, created, location, assigned), a list of scopes, or a map with `scope`, `unless` and `and`"
)]
enum GrantFile {
    One(String),
    Many(Vec<String>),
    Detailed(GrantDetail),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GrantDetail {
    scope: String,
    #[serde(default)]
    unless: Option<Exclusion>,
    /// a second scope that must reach the target too (`scope: created, and: own`)
    #[serde(default)]
    and: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelFile {
    #[serde(default)]
    description: String,
    includes: Option<String>,
    actions: Vec<String>,
    /// actions of this level that reach only the entries the member wrote
    #[serde(default)]
    authored_only: Vec<String>,
}

/// What a record holds, by kind, and what a transfer does with each kind.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntriesFile {
    #[serde(default)]
    kinds: BTreeMap<String, EntryKind>,
    /// what a transfer does with confidential entries
    #[serde(default)]
    confidential_transfer: Carry,
    /// whether a share reaches confidential entries (else: their author and whoever
    /// reaches them by a role, such as the owner)
    #[serde(default)]
    shares_reach_confidential: bool,
    /// the share levels that can require approval of the notes a member writes
    #[serde(default)]
    approval_levels: Vec<String>,
}

/// Collaborative spaces: the level that space membership gives.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpacesFile {
    member_level: String,
}

/// Emergency ("break-glass") access: the level it gives and how long it lasts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EmergencyFile {
    level: String,
    /// minutes
    default_minutes: u32,
    max_minutes: u32,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConstraintsFile {
    #[serde(default)]
    min_holders: Vec<MinHolders>,
    #[serde(default)]
    role_groups: Vec<RoleGroup>,
    #[serde(default)]
    compatibility: Vec<Compatibility>,
    #[serde(default)]
    principal_when_several: bool,
    #[serde(default)]
    roles_fixed_after_invitation: bool,
    assistance: Option<Assistance>,
    #[serde(default)]
    reach_limits: Vec<ReachLimit>,
}

// ---------------------------------------------------------------------------------
// The compiled policy.

/// "At least `count` active members hold `role`."
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinHolders {
    pub role: String,
    pub count: u32,
    #[serde(default)]
    pub hint: Option<String>,
}

/// Roles of which a member holds exactly one (a user type, an access tier).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleGroup {
    pub name: String,
    pub roles: Vec<String>,
    /// part of a member's own profile: changed with `member edit --type`, under
    /// `member.edit` (seed 003's Manage Profile: "changing their … user type")
    #[serde(default)]
    pub profile: bool,
}

/// A role that rules out others: `forbids` names roles or role groups.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compatibility {
    pub role: String,
    pub forbids: Vec<String>,
    #[serde(default)]
    pub hint: Option<String>,
}

/// "A member holding `role` is given access to at most `records` records" — by shares
/// to them or to their teams (a single client/performer user reaches one performer).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReachLimit {
    pub role: String,
    pub records: u32,
    #[serde(default)]
    pub hint: Option<String>,
}

/// Who may assist whom, and how many dedicated assistants one member may have.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assistance {
    pub assistant_roles: Vec<String>,
    pub assisted_roles: Vec<String>,
    pub dedicated_per_assisted: u32,
}

#[derive(Clone, Debug)]
pub struct Grant {
    pub action: String,
    pub scopes: Vec<Scope>,
    pub unless: Option<Exclusion>,
    /// a scope that must reach the target as well as one of `scopes`
    pub and: Option<Scope>,
}

#[derive(Clone, Debug)]
pub struct Role {
    pub name: String,
    pub description: String,
    pub kinds: Option<Vec<OrgKind>>,
    pub grants: Vec<Grant>,
}

impl Role {
    pub fn allowed_in(&self, kind: OrgKind) -> bool {
        self.kinds
            .as_ref()
            .is_none_or(|kinds| kinds.contains(&kind))
    }
}

#[derive(Clone, Debug)]
pub struct Level {
    pub name: String,
    pub description: String,
    /// every action of the level, with those of the levels it includes
    pub actions: BTreeSet<String>,
    /// actions that reach only the entries the member wrote (with the included levels')
    pub authored_only: BTreeSet<String>,
}

/// What a transfer does with a kind of entry (shared/seeds/RELATED.md, "Transfers").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Carry {
    /// always goes with the record
    Always,
    /// goes with it when the transfer says so
    #[default]
    Optional,
    /// stays behind: kept only in an archived copy, else deleted
    Never,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryKind {
    pub transfer: Carry,
    /// the option that carries an `optional` kind (`--include-raw-data`)
    #[serde(default)]
    pub option: Option<String>,
    /// an action needed beyond entry.create to add one (tasks need full access)
    #[serde(default)]
    pub requires: Option<String>,
    /// can be a draft, and asks for approval when its author's share requires it
    #[serde(default)]
    pub notes: bool,
    /// entries of this kind written by collaborators stay theirs in a transfer
    #[serde(default)]
    pub collaborators_keep: bool,
    /// the library one of whose items it may name (a chart its pinpoint, a journal its type)
    #[serde(default)]
    pub names: Option<String>,
    /// it must name one
    #[serde(default)]
    pub must_name: bool,
    /// the kind's own actions (`actions: {view: journal.view, …}`), asked instead of the
    /// core entry actions for entries of this kind; a kind without a delete action
    /// cannot be deleted
    #[serde(default)]
    pub actions: KindActions,
}

/// What one does to entries of a kind, each verb named by the policy: the actions
/// `entry add/show/edit/delete` ask for an entry of the kind, and that `perm check`
/// answers on a record ("may I add charts to record 4?") or on the entry itself.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindActions {
    #[serde(default)]
    pub view: Option<String>,
    #[serde(default)]
    pub create: Option<String>,
    #[serde(default)]
    pub edit: Option<String>,
    #[serde(default)]
    pub delete: Option<String>,
}

/// The verbs an entry command asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryVerb {
    View,
    Create,
    Edit,
    Delete,
}

impl KindActions {
    fn get(&self, verb: EntryVerb) -> Option<&str> {
        match verb {
            EntryVerb::View => self.view.as_deref(),
            EntryVerb::Create => self.create.as_deref(),
            EntryVerb::Edit => self.edit.as_deref(),
            EntryVerb::Delete => self.delete.as_deref(),
        }
        .map(str::trim)
    }

    fn all(&self) -> impl Iterator<Item = &String> {
        [&self.view, &self.create, &self.edit, &self.delete]
            .into_iter()
            .flatten()
    }
}

#[derive(Clone, Debug, Default)]
pub struct Entries {
    pub kinds: BTreeMap<String, EntryKind>,
    pub confidential_transfer: Carry,
    pub shares_reach_confidential: bool,
    pub approval_levels: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Emergency {
    pub level: String,
    pub default_minutes: u32,
    pub max_minutes: u32,
}

#[derive(Clone, Debug, Default)]
pub struct Constraints {
    pub min_holders: Vec<MinHolders>,
    pub role_groups: Vec<RoleGroup>,
    pub compatibility: Vec<Compatibility>,
    pub principal_when_several: bool,
    pub roles_fixed_after_invitation: bool,
    pub assistance: Option<Assistance>,
    pub reach_limits: Vec<ReachLimit>,
}

#[derive(Clone, Debug)]
pub struct Policy {
    pub name: String,
    pub description: String,
    /// the core actions and the policy's own
    pub actions: BTreeSet<String>,
    pub omitted: BTreeSet<String>,
    pub admin_roles: Vec<String>,
    pub seat_states: Vec<MemberStatus>,
    /// the limits of the free plan and of the seats plan
    pub free_plan: PlanLimits,
    pub seats_plan: PlanLimits,
    pub remove_erases_data: bool,
    pub roles: BTreeMap<String, Role>,
    pub levels: BTreeMap<String, Level>,
    pub support: BTreeSet<String>,
    pub constraints: Constraints,
    pub entries: Entries,
    /// the level space membership gives (None: no collaborative spaces)
    pub space_level: Option<String>,
    pub emergency: Option<Emergency>,
    /// `member invite --csv` columns of roles beside `roles`, by column name
    pub role_columns: BTreeMap<String, RoleColumn>,
    /// the product's words for careward's, in messages (see `crate::terms`)
    pub terms: crate::terms::Terms,
    /// the action that manages groups of records (None: the policy has none)
    pub record_groups: Option<String>,
    pub libraries: BTreeMap<String, Library>,
    /// the action that manages each kind of saved organisation view
    pub views: BTreeMap<ViewKind, String>,
    /// the reporting tool (None: the policy has none)
    pub reporting: Option<Reporting>,
}

/// The built-in policies, compiled into the binary.
pub const PRESETS: &[(&str, &str)] = &[
    (
        "group-practice",
        include_str!("presets/group-practice.yaml"),
    ),
    (
        "psychiatry-clinic",
        include_str!("presets/psychiatry-clinic.yaml"),
    ),
    (
        "behavior-charts",
        include_str!("presets/behavior-charts.yaml"),
    ),
];

impl Policy {
    /// Load a built-in policy by name.
    pub fn preset(name: &str) -> Option<Result<Policy, Error>> {
        PRESETS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, text)| Policy::parse(&format!("preset {n}"), text))
    }

    /// Parse and validate a policy file's text; `origin` names it in errors.
    pub fn parse(origin: &str, text: &str) -> Result<Policy, Error> {
        let file: PolicyFile = crate::yaml_file::parse(
            origin,
            "policy file",
            text,
            crate::limits::POLICY_FILE_BYTES,
        )
        .map_err(|e| match e.hint {
            Some(_) => e,
            None => e.hinted("see `careward policy show group-practice` for a complete example"),
        })?;
        let mut problems = Problems {
            origin,
            text,
            list: Vec::new(),
        };
        let policy = compile(file, &mut problems);
        if problems.list.is_empty() {
            Ok(policy)
        } else {
            Err(Error::invalid(format!(
                "policy {origin} is not valid:\n  {}",
                problems.list.join("\n  ")
            )))
        }
    }

    pub fn role(&self, name: &str) -> Option<&Role> {
        self.roles.get(name)
    }

    /// The action that `verb` on an entry of `kind` asks: the kind's own, else the core
    /// entry action (`entry.read`, `entry.create`, `entry.edit`); `None` for a delete
    /// the policy names no action for (such entries are kept).
    pub fn entry_action(&self, kind: &str, verb: EntryVerb) -> Option<&str> {
        let own = self
            .entries
            .kinds
            .get(kind)
            .and_then(|k| k.actions.get(verb));
        own.or(match verb {
            EntryVerb::View => Some("entry.read"),
            EntryVerb::Create => Some("entry.create"),
            EntryVerb::Edit => Some("entry.edit"),
            EntryVerb::Delete => None,
        })
    }

    /// The kind of entry an action belongs to, when a kind names it as its own.
    pub fn kind_of_action(&self, action: &str) -> Option<&str> {
        self.entries
            .kinds
            .iter()
            .find(|(_, k)| k.actions.all().any(|a| a == action))
            .map(|(name, _)| name.as_str())
    }

    /// The kind whose entries `action` acts on one by one (its view, edit or delete
    /// action, not its create action, which acts on the record): asked on a record, such
    /// an action reaches that record's entries of the kind, so a grant limited to the
    /// entries one wrote cannot answer for all of them.
    pub fn kind_of_entry_action(&self, action: &str) -> Option<&str> {
        let kind = self.kind_of_action(action)?;
        let create = self.entries.kinds[kind].actions.get(EntryVerb::Create);
        (create != Some(action)).then_some(kind)
    }

    pub fn knows_action(&self, action: &str) -> bool {
        self.actions.contains(action) || action == ACCEPT_ACTION || action == RECEIVE_ACTION
    }

    pub fn group_of(&self, role: &str) -> Option<&RoleGroup> {
        self.constraints
            .role_groups
            .iter()
            .find(|g| g.roles.iter().any(|r| r == role))
    }

    pub fn uses_seat(&self, status: MemberStatus) -> bool {
        self.seat_states.contains(&status)
    }

    /// How many client records a plan (`free` or `seats`) holds at most; `None`: no limit.
    pub fn record_limit(&self, plan: &str) -> Option<u32> {
        match plan {
            "free" => self.free_plan.records,
            _ => self.seats_plan.records,
        }
    }

    /// Whether a member moving from `from` (`None`: not a member yet, or removed) to
    /// `to` takes a seat they did not hold: 1 or 0, to add up for a seat check.
    pub fn seats_taken(&self, from: Option<MemberStatus>, to: MemberStatus) -> u32 {
        u32::from(self.uses_seat(to) && !from.is_some_and(|f| self.uses_seat(f)))
    }
}

struct Problems<'a> {
    origin: &'a str,
    text: &'a str,
    list: Vec<String>,
}

impl Problems<'_> {
    /// Record a problem at the YAML path `path` (keys from the top), naming its line.
    fn at(&mut self, path: &[&str], message: String) {
        let place = match locate(self.text, path) {
            Some(line) => format!("{}:{line}", self.origin),
            None => self.origin.to_string(),
        };
        // Keys and names are shown; any other value the file holds is not.
        let key: Vec<&str> = path
            .iter()
            .map(|k| {
                if crate::yaml_file::looks_like_a_key(k) {
                    *k
                } else {
                    "…"
                }
            })
            .collect();
        let message = crate::yaml_file::redact(&message);
        self.list
            .push(format!("{place}: {}: {message}", key.join(".")));
    }
}

/// Find the line (1-based) of a key path in block-style YAML: each key is looked for
/// below the previous one, indented deeper. A key that is not on a line of its own (an
/// item of a `[flow, list]`) is placed at its parent's line. Good enough to point at a
/// problem; one it cannot place at all is still reported, without a line.
fn locate(text: &str, path: &[&str]) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut from = 0;
    let mut parent_indent: Option<usize> = None;
    let mut found = None;
    for key in path {
        let mut hit = None;
        for (i, line) in lines.iter().enumerate().skip(from) {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            if parent_indent.is_some_and(|p| indent <= p) {
                break;
            }
            let body = trimmed
                .trim_start_matches("- ")
                .trim_start_matches(['"', '\'']);
            let rest = body
                .strip_prefix(key)
                .map(|r| r.trim_start_matches(['"', '\'']));
            if rest.is_some_and(|r| r.is_empty() || r.starts_with(':') || r.starts_with(" #")) {
                hit = Some((i, indent));
                break;
            }
        }
        let Some((i, indent)) = hit else {
            return found;
        };
        found = Some(i + 1);
        from = i + 1;
        parent_indent = Some(indent);
    }
    found
}

fn compile(file: PolicyFile, problems: &mut Problems) -> Policy {
    let mut actions: BTreeSet<String> = CORE_ACTIONS.iter().map(|a| a.to_string()).collect();
    for action in &file.actions {
        if !is_action_name(action) {
            problems.at(
                &["actions", action],
                format!("\"{action}\" is not an action name (noun.verb, lower case)"),
            );
        } else if !actions.insert(action.clone()) {
            problems.at(
                &["actions", action],
                format!("\"{action}\" is declared twice (core actions need no declaration)"),
            );
        }
    }
    let check_action = |problems: &mut Problems, path: &[&str], action: &str| {
        if !actions.contains(action) {
            problems.at(
                path,
                format!(
                    "unknown action \"{action}\"; declare it under `actions:` or use a core action"
                ),
            );
        }
    };

    let mut roles = BTreeMap::new();
    for (name, spec) in &file.roles {
        let mut grants = Vec::new();
        for (action, grant) in &spec.grants {
            let path = ["roles", name.as_str(), "grants", action.as_str()];
            check_action(problems, &path, action);
            let (names, unless, and): (Vec<&str>, Option<Exclusion>, Option<&str>) = match grant {
                GrantFile::One(s) => (vec![s.as_str()], None, None),
                GrantFile::Many(list) => (list.iter().map(String::as_str).collect(), None, None),
                GrantFile::Detailed(d) => (vec![d.scope.as_str()], d.unless, d.and.as_deref()),
            };
            let and = and.and_then(|s| {
                let scope = Scope::parse(s);
                if scope.is_none() {
                    problems.at(
                        &path,
                        format!(
                            "unknown scope \"{s}\" in `and`; expected one of: org, own, created, location, assigned"
                        ),
                    );
                }
                scope
            });
            let mut scopes = Vec::new();
            for s in names {
                match Scope::parse(s) {
                    Some(scope) => scopes.push(scope),
                    None => problems.at(
                        &path,
                        format!(
                            "unknown scope \"{s}\"; expected one of: org, own, created, location, assigned"
                        ),
                    ),
                }
            }
            if scopes.is_empty() && problems.list.is_empty() {
                problems.at(&path, "a grant needs at least one scope".into());
            }
            grants.push(Grant {
                action: action.clone(),
                scopes,
                unless,
                and,
            });
        }
        roles.insert(
            name.clone(),
            Role {
                name: name.clone(),
                description: spec.description.clone(),
                kinds: spec.kinds.clone(),
                grants,
            },
        );
    }

    let mut levels = BTreeMap::new();
    for name in file.levels.keys() {
        let mut seen = vec![name.as_str()];
        let mut all = BTreeSet::new();
        let mut authored_only = BTreeSet::new();
        let mut current = Some(name.as_str());
        while let Some(level_name) = current {
            let Some(level) = file.levels.get(level_name) else {
                problems.at(
                    &["levels", seen[seen.len() - 2], "includes"],
                    format!("unknown level \"{level_name}\""),
                );
                break;
            };
            for action in &level.actions {
                if level_name == name {
                    check_action(problems, &["levels", name, "actions", action], action);
                }
                all.insert(action.clone());
            }
            for action in &level.authored_only {
                if level_name == name && !level.actions.contains(action) {
                    problems.at(
                        &["levels", name, "authored_only"],
                        format!("{action} is not one of this level's own actions"),
                    );
                }
                authored_only.insert(action.clone());
            }
            current = level.includes.as_deref();
            if let Some(next) = current {
                if seen.contains(&next) {
                    problems.at(
                        &["levels", name, "includes"],
                        format!(
                            "levels include each other in a loop: {} -> {next}",
                            seen.join(" -> ")
                        ),
                    );
                    break;
                }
                seen.push(next);
            }
        }
        levels.insert(
            name.clone(),
            Level {
                name: name.clone(),
                description: file.levels[name].description.clone(),
                actions: all,
                authored_only,
            },
        );
    }

    let known_role = |problems: &mut Problems, path: &[&str], role: &str| {
        if !file.roles.contains_key(role) {
            problems.at(
                path,
                format!(
                    "unknown role \"{role}\"; the roles are: {}",
                    file.roles.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            );
        }
    };
    for role in &file.admin_roles {
        known_role(problems, &["admin_roles"], role);
    }
    if file.admin_roles.is_empty() {
        problems.at(
            &["admin_roles"],
            "name the roles `org init --admin` gives the first member".into(),
        );
    }
    for action in &file.support {
        check_action(problems, &["support"], action);
    }
    let mut omitted = BTreeSet::new();
    for action in &file.omitted {
        check_action(problems, &["omitted"], action);
        omitted.insert(action.clone());
    }

    let c = &file.constraints;
    for m in &c.min_holders {
        known_role(problems, &["constraints", "min_holders"], &m.role);
    }
    let mut grouped: BTreeMap<&str, &str> = BTreeMap::new();
    for g in &c.role_groups {
        for r in &g.roles {
            known_role(problems, &["constraints", "role_groups", &g.name], r);
            if let Some(other) = grouped.insert(r, &g.name) {
                problems.at(
                    &["constraints", "role_groups", &g.name],
                    format!("role \"{r}\" is already in group \"{other}\""),
                );
            }
        }
    }
    for compat in &c.compatibility {
        known_role(problems, &["constraints", "compatibility"], &compat.role);
        for f in &compat.forbids {
            if !file.roles.contains_key(f) && !c.role_groups.iter().any(|g| &g.name == f) {
                problems.at(
                    &["constraints", "compatibility", "forbids"],
                    format!("\"{f}\" is neither a role nor a role group"),
                );
            }
        }
    }
    for limit in &c.reach_limits {
        known_role(problems, &["constraints", "reach_limits"], &limit.role);
    }
    if let Some(a) = &c.assistance {
        for r in a.assistant_roles.iter().chain(&a.assisted_roles) {
            known_role(problems, &["constraints", "assistance"], r);
        }
    }

    // Every core action is granted (by a role, a level or support) or omitted on purpose.
    let granted: BTreeSet<&str> = roles
        .values()
        .flat_map(|r: &Role| r.grants.iter().map(|g| g.action.as_str()))
        .chain(
            levels
                .values()
                .flat_map(|l| l.actions.iter().map(String::as_str)),
        )
        .chain(file.support.iter().map(String::as_str))
        .collect();
    let missing: Vec<&str> = CORE_ACTIONS
        .iter()
        .copied()
        .filter(|a| !granted.contains(a) && !omitted.contains(*a))
        .collect();
    if !missing.is_empty() {
        problems.at(
            &["omitted"],
            format!(
                "core actions neither granted nor omitted: {}; grant them or list them under `omitted:`",
                missing.join(", ")
            ),
        );
    }

    let mut kind_actions: BTreeMap<&str, &str> = BTreeMap::new();
    for (kind, spec) in &file.entries.kinds {
        if let Some(action) = &spec.requires {
            check_action(problems, &["entries", "kinds", kind], action);
        }
        for action in spec.actions.all() {
            check_action(problems, &["entries", "kinds", kind, "actions"], action);
            if CORE_ACTIONS.contains(&action.as_str()) {
                problems.at(
                    &["entries", "kinds", kind, "actions"],
                    format!("{action} is a core action; a kind names actions of its own"),
                );
            }
            if let Some(other) = kind_actions.insert(action, kind) {
                problems.at(
                    &["entries", "kinds", kind, "actions"],
                    format!("{action} is already an action of kind \"{other}\""),
                );
            }
        }
        if (spec.transfer == Carry::Optional) != spec.option.is_some() {
            problems.at(
                &["entries", "kinds", kind],
                "an optional kind names its transfer option (and only an optional kind does)"
                    .into(),
            );
        }
    }
    for level in &file.entries.approval_levels {
        if !file.levels.contains_key(level) {
            problems.at(
                &["entries", "approval_levels"],
                format!("unknown level \"{level}\""),
            );
        }
    }
    for (path, level) in [
        ("spaces", file.spaces.as_ref().map(|s| &s.member_level)),
        ("emergency", file.emergency.as_ref().map(|e| &e.level)),
    ] {
        if let Some(level) = level
            && !file.levels.contains_key(level)
        {
            problems.at(&[path], format!("unknown level \"{level}\""));
        }
    }
    for (kind, spec) in &file.entries.kinds {
        if spec.must_name && spec.names.is_none() {
            problems.at(
                &["entries", "kinds", kind],
                "must_name needs `names: LIBRARY`".into(),
            );
        }
        if let Some(library) = &spec.names
            && !file.libraries.contains_key(library)
        {
            problems.at(
                &["entries", "kinds", kind],
                format!("unknown library \"{library}\"; declare it under `libraries:`"),
            );
        }
    }
    if let Some(g) = &file.record_groups {
        check_action(problems, &["record_groups", "manage"], &g.manage);
    }
    for (name, library) in &file.libraries {
        if !is_library_name(name) {
            problems.at(
                &["libraries", name],
                format!("\"{name}\" is not a library name (lower case letters and hyphens)"),
            );
        }
        check_action(problems, &["libraries", name, "manage"], &library.manage);
        for (kind, action) in &library.assign {
            check_action(problems, &["libraries", name, "assign", kind], action);
            if !["record", "entry", "member"].contains(&kind.as_str())
                && !file.libraries.contains_key(kind)
                && !file.entries.kinds.contains_key(kind)
            {
                problems.at(
                    &["libraries", name, "assign", kind],
                    format!(
                        "\"{kind}\" is not record, entry, member, a kind of entry or a library"
                    ),
                );
            }
        }
    }
    for (kind, action) in &file.views {
        check_action(problems, &["views", kind.name()], action);
    }
    if let Some(r) = &file.reporting {
        check_action(problems, &["reporting", "view"], &r.view);
        if !file.entries.kinds.contains_key(&r.counts) {
            problems.at(
                &["reporting", "counts"],
                format!("unknown kind of entry \"{}\"", r.counts),
            );
        }
    }
    if let Some(e) = &file.emergency
        && (e.default_minutes == 0 || e.default_minutes > e.max_minutes)
    {
        problems.at(
            &["emergency"],
            "default_minutes must be between 1 and max_minutes".into(),
        );
    }

    let mut role_columns = BTreeMap::new();
    for (column, spec) in &file.role_columns {
        let path = ["role_columns", column.as_str()];
        if !ROLE_COLUMNS.contains(&column.as_str()) {
            problems.at(
                &path,
                format!(
                    "\"{column}\" is not a column the member import reads; the columns are: {}",
                    ROLE_COLUMNS.join(", ")
                ),
            );
        }
        let (roles, one) = match spec {
            RoleColumnFile::Group(name) => match c.role_groups.iter().find(|g| &g.name == name) {
                Some(g) => (g.roles.clone(), true),
                None => {
                    problems.at(&path, format!("unknown role group \"{name}\""));
                    (Vec::new(), true)
                }
            },
            RoleColumnFile::Roles(roles) => {
                for r in roles {
                    known_role(problems, &path, r);
                }
                (roles.clone(), false)
            }
        };
        role_columns.insert(column.clone(), RoleColumn { roles, one });
    }

    for (word, term) in &file.terms {
        if !crate::terms::WORDS.contains(&word.as_str()) {
            problems.at(
                &["terms", word],
                format!(
                    "\"{word}\" is not a word careward's messages use; the words are: {}",
                    crate::terms::WORDS.join(", ")
                ),
            );
        }
        if term.is_empty() || !term.chars().all(|c| c.is_ascii_lowercase()) {
            problems.at(
                &["terms", word],
                "a term is one word in lower-case letters".into(),
            );
        }
    }

    Policy {
        name: file.name,
        description: file.description,
        actions,
        omitted,
        admin_roles: file.admin_roles,
        seat_states: file.seats.states,
        free_plan: file.plans.free,
        seats_plan: file.plans.seats,
        remove_erases_data: file.lifecycle.remove_erases_data,
        roles,
        levels,
        support: file.support.into_iter().collect(),
        constraints: Constraints {
            min_holders: c.min_holders.clone(),
            role_groups: c.role_groups.clone(),
            compatibility: c.compatibility.clone(),
            principal_when_several: c.principal_when_several,
            roles_fixed_after_invitation: c.roles_fixed_after_invitation,
            assistance: c.assistance.clone(),
            reach_limits: c.reach_limits.clone(),
        },
        entries: Entries {
            kinds: file.entries.kinds,
            confidential_transfer: file.entries.confidential_transfer,
            shares_reach_confidential: file.entries.shares_reach_confidential,
            approval_levels: file.entries.approval_levels,
        },
        space_level: file.spaces.map(|s| s.member_level),
        emergency: file.emergency.map(|e| Emergency {
            level: e.level,
            default_minutes: e.default_minutes,
            max_minutes: e.max_minutes,
        }),
        role_columns,
        terms: crate::terms::Terms::new(file.terms),
        record_groups: file.record_groups.map(|g| g.manage),
        libraries: file.libraries,
        views: file.views,
        reporting: file.reporting,
    }
}

/// A library's name is also a command's noun and a target's type: `pinpoint:NAME`.
fn is_library_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

fn is_action_name(s: &str) -> bool {
    let mut parts = s.split('.');
    let ok = |p: Option<&str>| {
        p.is_some_and(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        })
    };
    ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(extra: &str) -> String {
        format!(
            "name: t\nadmin_roles: [admin]\nomitted: [{}]\nroles:\n  admin:\n    grants:\n      org.view: org\n{extra}",
            CORE_ACTIONS
                .iter()
                .filter(|a| **a != "org.view")
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        )
    }

    #[test]
    fn presets_load() {
        for (name, _) in PRESETS {
            let p = Policy::preset(name).unwrap().unwrap();
            assert_eq!(&p.name, name);
        }
    }

    #[test]
    fn unknown_key_names_line_and_key() {
        let text = minimal("colour: blue\n");
        let err = Policy::parse("ours.yaml", &text).unwrap_err().to_string();
        assert!(
            err.starts_with("ours.yaml:8:1: unknown field `colour`"),
            "{err}"
        );
    }

    #[test]
    fn unknown_key_in_a_role_is_refused() {
        let text = minimal("").replace("    grants:", "    grnats: {}\n    grants:");
        let err = Policy::parse("p.yaml", &text).unwrap_err().to_string();
        assert!(
            err.contains("p.yaml:6:") && err.contains("unknown field `grnats`"),
            "{err}"
        );
    }

    #[test]
    fn unknown_action_and_scope_are_placed() {
        let text = minimal("").replace(
            "      org.view: org\n",
            "      org.view: org\n      recrod.read: own\n      member.view: everywhere\n",
        );
        let err = Policy::parse("p.yaml", &text).unwrap_err().to_string();
        assert!(
            err.contains(
                "p.yaml:8: roles.admin.grants.recrod.read: unknown action \"recrod.read\""
            ),
            "{err}"
        );
        assert!(
            err.contains("p.yaml:9: roles.admin.grants.member.view: unknown scope \"everywhere\""),
            "{err}"
        );
    }

    #[test]
    fn core_actions_must_be_granted_or_omitted() {
        let text = minimal("")
            .replace("omitted: [", "omitted: [org.view, ")
            .replace(", audit.view", "");
        let err = Policy::parse("p.yaml", &text).unwrap_err().to_string();
        assert!(
            err.contains("neither granted nor omitted: audit.view"),
            "{err}"
        );
    }

    #[test]
    fn levels_include_transitively_and_loops_are_refused() {
        let p = Policy::preset("group-practice").unwrap().unwrap();
        let full = &p.levels["full"].actions;
        assert!(
            full.contains("record.read")
                && full.contains("record.write")
                && full.contains("record.share")
        );
        assert!(!p.levels["read"].actions.contains("record.write"));

        let text = minimal(
            "levels:\n  a:\n    includes: b\n    actions: []\n  b:\n    includes: a\n    actions: []\n",
        );
        let err = Policy::parse("p.yaml", &text).unwrap_err().to_string();
        assert!(err.contains("loop"), "{err}");
    }

    #[test]
    fn plans_limit_records_where_the_policy_says_so() {
        let p = Policy::preset("group-practice").unwrap().unwrap();
        assert_eq!(p.record_limit("free"), Some(5));
        assert_eq!(p.record_limit("seats"), None);
        for name in ["psychiatry-clinic", "behavior-charts"] {
            let p = Policy::preset(name).unwrap().unwrap();
            assert_eq!(
                (p.record_limit("free"), p.record_limit("seats")),
                (None, None)
            );
        }
        let p = Policy::parse("p.yaml", &minimal("plans:\n  seats:\n    records: 100\n")).unwrap();
        assert_eq!(
            (p.record_limit("free"), p.record_limit("seats")),
            (None, Some(100))
        );
    }

    #[test]
    fn plans_are_checked_like_the_rest_of_the_file() {
        let refused = |plans: &str| {
            Policy::parse("p.yaml", &minimal(plans))
                .unwrap_err()
                .to_string()
        };
        let err = refused("plans:\n  gold:\n    records: 5\n");
        assert!(
            err.starts_with("p.yaml:9:3: plans: unknown field `gold`, expected `free` or `seats`"),
            "{err}"
        );
        let err = refused("plans:\n  free:\n    clients: 5\n");
        assert!(
            err.contains("p.yaml:10:5: plans.free: unknown field `clients`, expected `records`"),
            "{err}"
        );
        let err = refused("plans:\n  free:\n    records: -1\n");
        assert!(err.starts_with("p.yaml:10:"), "{err}");
    }

    #[test]
    fn entry_kinds_name_declared_actions_of_their_own() {
        let kinds = |actions: &str| {
            minimal(&format!(
                "entries:\n  kinds:\n    chart:\n      transfer: always\n      actions: {actions}\n    tag:\n      transfer: always\n      actions: {{delete: tag.delete}}\n"
            ))
            .replace("name: t\n", "name: t\nactions: [chart.view, chart.delete, tag.delete]\n")
        };
        let p =
            Policy::parse("p.yaml", &kinds("{view: chart.view, delete: chart.delete}")).unwrap();
        assert_eq!(p.entry_action("chart", EntryVerb::View), Some("chart.view"));
        assert_eq!(
            p.entry_action("chart", EntryVerb::Delete),
            Some("chart.delete")
        );
        // a verb the kind does not name falls back to the core entry action; a delete
        // has none
        assert_eq!(p.entry_action("chart", EntryVerb::Edit), Some("entry.edit"));
        assert_eq!(p.entry_action("note", EntryVerb::Delete), None);
        assert_eq!(p.kind_of_action("tag.delete"), Some("tag"));
        assert_eq!(p.kind_of_action("entry.read"), None);

        let err = |actions: &str| {
            Policy::parse("p.yaml", &kinds(actions))
                .unwrap_err()
                .to_string()
        };
        assert!(err("{view: chart.see}").contains("unknown action \"chart.see\""));
        assert!(err("{view: entry.read}").contains("entry.read is a core action"));
        assert!(err("{view: tag.delete}").contains("tag.delete is already an action of kind"));
        assert!(err("{look: chart.view}").contains("unknown field `look`"));
    }

    #[test]
    fn role_columns_and_terms_are_checked() {
        let p = Policy::preset("behavior-charts").unwrap().unwrap();
        assert!(p.role_columns["user_type"].one);
        assert!(!p.role_columns["permissions"].one);
        assert_eq!(p.terms.word("record"), "performer");
        let err = |extra: &str| {
            Policy::parse("p.yaml", &minimal(extra))
                .unwrap_err()
                .to_string()
        };
        assert!(
            err("role_columns:\n  department: [admin]\n")
                .contains("not a column the member import reads")
        );
        assert!(err("role_columns:\n  access: tiers\n").contains("unknown role group \"tiers\""));
        assert!(err("role_columns:\n  permissions: [boss]\n").contains("unknown role \"boss\""));
        assert!(err("terms:\n  member: user\n").contains("not a word careward's messages use"));
        assert!(
            err("terms:\n  record: Performer Profile\n").contains("one word in lower-case letters")
        );
    }

    #[test]
    fn constraint_references_are_checked() {
        let text = minimal("constraints:\n  min_holders:\n    - role: boss\n      count: 1\n");
        let err = Policy::parse("p.yaml", &text).unwrap_err().to_string();
        assert!(err.contains("unknown role \"boss\""), "{err}");
    }
}
