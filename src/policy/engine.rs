//! The decision procedure: may this actor do this action to that target?
//!
//! Pure: the engine knows nothing of SQL or the command line. What it needs to know
//! about the organisation beyond the actor and the target it asks through [`Facts`].
//! Every answer is a [`Decision`] that carries the chain of reasons that decided it;
//! an allowed decision comes wrapped in a [`Granted`], the proof the store's change
//! functions demand, which nothing outside this module can make.

use std::collections::BTreeSet;

use anyhow::Result;
use serde::Serialize;

use super::model::{ACCEPT_ACTION, Exclusion, Grant, MemberStatus, Policy, RECEIVE_ACTION, Scope};

pub type MemberId = i64;

/// The acting member as the engine sees them.
#[derive(Clone, Debug)]
pub struct MemberFacts {
    pub id: MemberId,
    pub email: String,
    pub status: MemberStatus,
    pub roles: BTreeSet<String>,
    pub principal: Option<String>,
}

/// Who is acting.
#[derive(Clone, Debug)]
pub enum Actor {
    Member(MemberFacts),
    /// support staff (`--as support:NAME --reason TEXT`)
    Support {
        name: String,
        reason: String,
    },
    /// an email that is no member of the organisation
    Outsider {
        email: String,
    },
}

impl Actor {
    pub fn label(&self) -> String {
        match self {
            Actor::Member(m) => m.email.clone(),
            Actor::Support { name, .. } => format!("support:{name}"),
            Actor::Outsider { email } => email.clone(),
        }
    }

    pub fn member(&self) -> Option<&MemberFacts> {
        match self {
            Actor::Member(m) => Some(m),
            Actor::Support { .. } | Actor::Outsider { .. } => None,
        }
    }
}

/// A member as a target's owner or creator: enough to name them in a reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRef {
    pub id: MemberId,
    pub email: String,
}

/// What the engine knows about a target.
#[derive(Clone, Debug)]
pub struct TargetFacts {
    /// `org`, `member:ann@x.org`, `record:42`, …
    pub key: String,
    /// the store's id of a resource that can be shared (a record)
    pub id: Option<i64>,
    /// the member who owns it or is it (a member target owns itself)
    pub owner: Option<MemberRef>,
    pub creator: Option<MemberRef>,
    /// the locations (schools) it belongs to
    pub locations: Vec<String>,
    pub confidential: bool,
    /// the member a transfer of it waits for
    pub recipient: Option<MemberRef>,
    /// for an entry, its kind (a kind's own actions reach only entries of that kind)
    pub entry_kind: Option<String>,
}

impl TargetFacts {
    /// The target's type, the part of its key before `:` (`org`, `member`, `record`, …).
    pub fn kind(&self) -> &str {
        self.key.split(':').next().unwrap_or_default()
    }

    /// A target the store does not hold, as the gate sees it when a member names it: of
    /// someone else (the named member, for a member), at no location, not confidential.
    /// Whether the actor could view such a thing decides between "not found" and a
    /// denial, so that a denial does not tell whether the target exists.
    pub fn unknown(key: String) -> TargetFacts {
        let someone = MemberRef {
            id: MemberId::MIN,
            email: match key.split_once(':') {
                Some(("member", email)) => email.to_string(),
                _ => String::new(),
            },
        };
        TargetFacts {
            key,
            owner: Some(someone.clone()),
            creator: Some(someone),
            ..TargetFacts::org()
        }
    }

    pub fn org() -> TargetFacts {
        TargetFacts {
            key: "org".into(),
            id: None,
            owner: None,
            creator: None,
            locations: Vec::new(),
            confidential: false,
            recipient: None,
            entry_kind: None,
        }
    }
}

/// A grant on one resource (a share of a record, a per-performer tier) that reaches
/// the actor, directly or through a team.
#[derive(Clone, Debug)]
pub struct ResourceGrant {
    pub level: String,
    /// how it reaches the actor: "shared with ann@x.org" or "shared with team tsa, and ann@x.org is in tsa"
    pub via: String,
    /// a rule that holds the grant back for now (a transfer waiting for the recipient)
    pub suspended: Option<String>,
    /// the group of records that carries the grant to the target (the grant is on the
    /// group, and reaches the record while it is in the group)
    pub group: Option<String>,
}

impl ResourceGrant {
    /// How the grant reaches the target and the actor: "record:7 is shared with ann@x.org",
    /// "record:7 is in group autism, shared with team tsa, and ann@x.org is in tsa,".
    fn reach(&self, target: &TargetFacts) -> String {
        match &self.group {
            Some(g) => format!("{} is in group {g}, {},", target.key, self.via),
            None => format!("{} is {}", target.key, self.via),
        }
    }
}

/// Whom a grant on a resource names: a member, or a team (and so its members).
#[derive(Clone, Copy, Debug)]
pub enum Grantee {
    Member(MemberId),
    Team(i64),
}

/// A change of who reaches what, beyond the action's own grant: the effect the
/// self-change rule ([`Policy::authorize_access_change`]) weighs.
#[derive(Clone, Copy, Debug)]
pub enum AccessChange {
    /// a share of the target record given, changed or taken away
    Share(Grantee),
    /// a member joining or leaving a team, and so its shares
    TeamMembership { team: i64, member: MemberId },
    /// lifting the approval a member's notes on the target record wait for, which
    /// `supervisor` set (`None`: support staff)
    LiftApproval { supervisor: Option<MemberId> },
    /// the target record joining or leaving a group of records, and so the group's shares
    GroupMembership { group: i64 },
}

/// What the engine asks the organisation's store.
pub trait Facts {
    /// the locations (slugs) a member is assigned to
    fn locations_of(&self, member: MemberId) -> Result<Vec<String>>;
    /// how `assistant` assists `member`, if they do ("org-wide", "dedicated")
    fn assists(&self, assistant: MemberId, member: MemberId) -> Result<Option<String>>;
    /// the live (unexpired) resource grants on `target` that reach `member`
    fn resource_grants(&self, target: &TargetFacts, member: MemberId)
    -> Result<Vec<ResourceGrant>>;
    /// how a grantee includes `member` ("directly", "through team tsa"), if it does
    fn includes(&self, grantee: Grantee, member: MemberId) -> Result<Option<String>>;
    /// a record shared with `team` that `member` does not own, if there is one
    fn team_reaches_beyond(&self, team: i64, member: MemberId) -> Result<Option<String>>;
    /// how a group of records is shared with `member` ("group autism is shared with team
    /// tsa, and ann@x.org is in tsa"), if it is
    fn group_shared_with(&self, group: i64, member: MemberId) -> Result<Option<String>>;
}

/// Why a request was denied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Denial {
    /// nothing grants it
    NoGrant,
    /// a rule forbids it, whatever the grants say
    Forbidden,
}

/// An answer with its reasons.
#[derive(Clone, Debug, Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub actor: String,
    pub action: String,
    pub target: String,
    /// one line: "allowed: …" or "denied: …"
    pub reason: String,
    /// the steps that decided it, most decisive first
    pub chain: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denial: Option<Denial>,
    /// the nearest grant that did not match, for a denial
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nearest: Option<String>,
    /// the part of the policy that decided it (`policy test` coverage)
    #[serde(skip)]
    pub by: Option<Provenance>,
}

/// The part of a policy that decided a request: a role's grant on a scope, an action of
/// a level (a share, a space's membership, emergency access), support staff's grants,
/// or a constraint that forbade it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Provenance {
    Grant {
        role: String,
        action: String,
        scope: String,
    },
    Level {
        level: String,
        action: String,
    },
    Support {
        action: String,
    },
    Constraint(String),
}

impl std::fmt::Display for Provenance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Provenance::Grant {
                role,
                action,
                scope,
            } => write!(f, "role {role}: {action} on {scope}"),
            Provenance::Level { level, action } => write!(f, "level {level}: {action}"),
            Provenance::Support { action } => write!(f, "support: {action}"),
            Provenance::Constraint(c) => write!(f, "constraint {c}"),
        }
    }
}

/// Proof that `authorize` allowed an action on a target. Only this module makes one.
#[derive(Debug)]
pub struct Granted {
    decision: Decision,
}

impl Granted {
    pub fn decision(&self) -> &Decision {
        &self.decision
    }

    pub fn action(&self) -> &str {
        &self.decision.action
    }

    pub fn target(&self) -> &str {
        &self.decision.target
    }
}

pub enum Verdict {
    Granted(Granted),
    Denied(Decision),
}

impl Verdict {
    fn by(mut self, by: Provenance) -> Verdict {
        match &mut self {
            Verdict::Granted(g) => g.decision.by = Some(by),
            Verdict::Denied(d) => d.by = Some(by),
        }
        self
    }

    pub fn decision(&self) -> &Decision {
        match self {
            Verdict::Granted(g) => &g.decision,
            Verdict::Denied(d) => d,
        }
    }

    pub fn into_decision(self) -> Decision {
        match self {
            Verdict::Granted(g) => g.decision,
            Verdict::Denied(d) => d,
        }
    }
}

impl Policy {
    /// Decide whether `actor` may do `action` to `target`. The caller has checked that
    /// the action is known to the policy and that the target exists.
    pub fn authorize(
        &self,
        facts: &dyn Facts,
        actor: &Actor,
        action: &str,
        target: &TargetFacts,
    ) -> Result<Verdict> {
        let ask = Ask {
            actor,
            action,
            target,
        };
        let member = match actor {
            Actor::Support { name, reason } => {
                return Ok(if self.support.contains(action) {
                    ask.allow(
                        format!(
                            "support staff may {action} in any organisation under policy {}",
                            self.name
                        ),
                        vec![format!("support:{name} acts for the reason: {reason}")],
                    )
                    .by(Provenance::Support {
                        action: action.to_string(),
                    })
                } else {
                    ask.no_grant(
                        format!(
                            "the support grants of policy {} do not include {action}",
                            self.name
                        ),
                        None,
                    )
                });
            }
            Actor::Outsider { .. } => {
                let (reason, chain) = lifecycle(actor, "this organisation").unwrap_or_default();
                return Ok(ask.forbid(reason, chain));
            }
            Actor::Member(m) => m,
        };

        // The member lifecycle comes before any grant.
        if action == ACCEPT_ACTION {
            let own = target.owner.as_ref().is_some_and(|o| o.id == member.id);
            return Ok(match member.status {
                MemberStatus::Invited if own => ask.allow(
                    format!("{} accepts their own invitation", member.email),
                    Vec::new(),
                ),
                MemberStatus::Invited => ask.forbid(
                    format!(
                        "only the invited member may accept their invitation, and {} is not {}",
                        member.email, target.key
                    ),
                    Vec::new(),
                ),
                status => ask.forbid(
                    format!(
                        "{} is {status}, not invited: there is no invitation to accept",
                        member.email
                    ),
                    Vec::new(),
                ),
            });
        }
        match member.status {
            MemberStatus::Active if action == RECEIVE_ACTION => {
                return Ok(match &target.recipient {
                    Some(r) if r.id == member.id => ask.allow(
                        format!("a transfer of {} waits for {}", target.key, member.email),
                        Vec::new(),
                    ),
                    // Who a transfer waits for, and that one waits at all, is told only to
                    // whoever may view the record; anyone else hears the same either way.
                    _ if !self.may_view(facts, actor, action, target)? => ask.forbid(
                        format!("no transfer of {} waits for {}", target.key, member.email),
                        Vec::new(),
                    ),
                    Some(r) => ask.forbid(
                        format!(
                            "the transfer of {} waits for {}, not {}",
                            target.key, r.email, member.email
                        ),
                        Vec::new(),
                    ),
                    None => ask.forbid(
                        format!("no transfer of {} is waiting", target.key),
                        Vec::new(),
                    ),
                });
            }
            MemberStatus::Active => {}
            _ => {
                let (reason, chain) = lifecycle(actor, "this organisation").unwrap_or_default();
                return Ok(ask.forbid(reason, chain));
            }
        }
        if action == "role.assign" && self.constraints.roles_fixed_after_invitation {
            return Ok(ask.forbid(
                format!("policy {} fixes a member's roles at invitation; only support staff can change them", self.name),
                vec!["support staff can make this change: --as support:NAME --reason TEXT".into()],
            ).by(Provenance::Constraint(super::constraints::FIXED_ROLES.into())));
        }

        // A kind's own action (journal.edit) reaches entries of that kind only.
        if let (Some(kind), Some(is)) = (self.kind_of_action(action), &target.entry_kind)
            && kind != is
        {
            let reason = if self.may_view(facts, actor, action, target)? {
                format!(
                    "{action} acts on {kind} entries, and {} is a {is}",
                    target.key
                )
            } else {
                format!("{action} acts on {kind} entries only")
            };
            return Ok(ask.no_grant(reason, None));
        }

        // Grants from the member's roles.
        let mut misses = Vec::new();
        for role_name in &member.roles {
            let Some(role) = self.roles.get(role_name) else {
                continue;
            };
            for grant in role.grants.iter().filter(|g| g.action == action) {
                for scope in &grant.scopes {
                    if let (Scope::Created, Some(kind), true) = (
                        scope,
                        self.kind_of_entry_action(action),
                        target.kind() != "entry",
                    ) {
                        misses.push((
                            format!("{role_name} grants {action} on created"),
                            format!(
                                "that is the {kind} entries {} wrote: ask about one of them (entry:ID)",
                                member.email
                            ),
                        ));
                        continue;
                    }
                    match scope_reaches(facts, member, *scope, target)? {
                        Reach::Yes(why) => {
                            if grant.unless == Some(Exclusion::Confidential) && target.confidential
                            {
                                misses.push((
                                    format!(
                                        "{role_name} grants {action} on {scope} unless confidential"
                                    ),
                                    format!("{} is confidential", target.key),
                                ));
                                continue;
                            }
                            let mut chain =
                                vec![format!("{} holds role {role_name}", member.email)];
                            if let Some(why) = why {
                                chain.push(why);
                            }
                            let mut on = scope.to_string();
                            if let Some(and) = grant.and {
                                match scope_reaches(facts, member, and, target)? {
                                    Reach::Yes(why) => chain.extend(why),
                                    Reach::No(why) => {
                                        misses.push((
                                            format!(
                                                "{role_name} grants {action} on {scope} and {and}"
                                            ),
                                            why,
                                        ));
                                        continue;
                                    }
                                }
                                on = format!("{scope} and {and}");
                            }
                            return Ok(ask
                                .allow(format!("role {role_name} grants {action} on {on}"), chain)
                                .by(Provenance::Grant {
                                    role: role_name.clone(),
                                    action: action.to_string(),
                                    scope: scope.to_string(),
                                }));
                        }
                        Reach::No(why) => misses.push((
                            match grant.and {
                                Some(and) => {
                                    format!("{role_name} grants {action} on {scope} and {and}")
                                }
                                None => format!("{role_name} grants {action} on {scope}"),
                            },
                            why,
                        )),
                    }
                }
            }
        }

        // Grants on the target itself (shares), directly or through a team. One that
        // reaches the actor but falls short is the nearest grant of a denial, before any
        // role grant whose scope missed: it is what the actor holds on this very target.
        let mut held_back = Vec::new();
        let mut suspended = None;
        for grant in facts.resource_grants(target, member.id)? {
            let Some(level) = self.levels.get(&grant.level) else {
                continue;
            };
            if !level.actions.contains(action) {
                held_back.push(format!(
                    "{}, at level {}, which does not include {action}",
                    grant.reach(target).trim_end_matches(','),
                    grant.level
                ));
                continue;
            }
            // An authored-only action of a kind, asked on the record: it reaches only
            // some of the record's entries of that kind, so it is not granted on all.
            if let (Some(kind), true, true) = (
                self.kind_of_entry_action(action),
                target.kind() != "entry",
                level.authored_only.contains(action),
            ) {
                held_back.push(format!(
                    "{} is {} at level {}, which gives {action} only on the {kind} entries they wrote: ask about one of them (entry:ID)",
                    target.key, grant.via, grant.level
                ));
                continue;
            }
            // A share of a record reaches its entries, except where the policy keeps
            // an entry to its author (confidential entries, authored-only actions).
            if target.kind() == "entry" {
                let wrote_it = target.creator.as_ref().is_some_and(|c| c.id == member.id);
                if target.confidential && !self.entries.shares_reach_confidential && !wrote_it {
                    held_back.push(format!(
                        "{}, but a share does not reach a confidential entry: it is visible only to its author and the record's owner",
                        grant.reach(target).trim_end_matches(',')
                    ));
                    continue;
                }
                if level.authored_only.contains(action) && !wrote_it {
                    held_back.push(format!(
                        "{} at level {}, which gives {action} only on entries they wrote",
                        grant.reach(target),
                        grant.level
                    ));
                    continue;
                }
            }
            if let Some(rule) = &grant.suspended {
                suspended = Some(format!(
                    "{} at level {}, but {rule}",
                    grant.reach(target),
                    grant.level
                ));
                continue;
            }
            return Ok(ask
                .allow(
                    format!(
                        "{} at level {}, which includes {action}",
                        grant.reach(target),
                        grant.level
                    ),
                    Vec::new(),
                )
                .by(Provenance::Level {
                    level: grant.level.clone(),
                    action: action.to_string(),
                }));
        }
        if let Some(rule) = suspended {
            return Ok(ask.forbid(rule, Vec::new()));
        }

        // Why a grant missed tells what the target is (its owner, creator, locations,
        // confidentiality): only to whoever may view it. Anyone else hears the grant alone,
        // the same for a target that exists and one that does not.
        let nearest = match held_back.into_iter().next() {
            Some(n) => Some(n),
            None => match misses.into_iter().next() {
                Some((grant, why)) if self.may_view(facts, actor, action, target)? => {
                    Some(format!("{grant}, but {why}"))
                }
                Some((grant, _)) => Some(grant),
                None => self.related_grant(member, action),
            },
        };
        let held = if member.roles.is_empty() {
            format!("{} holds no role", member.email)
        } else {
            format!(
                "{} holds {}",
                member.email,
                member.roles.iter().cloned().collect::<Vec<_>>().join(", ")
            )
        };
        Ok(ask.no_grant(
            format!("no grant of {action} reaches {}; {held}", target.key),
            nearest,
        ))
    }

    /// Whether the actor may act in the organisation at all, whatever the action and
    /// target: `None` for an active member or support staff, else the denial of
    /// `command`, which names no target. `org` names the organisation in the reason.
    pub fn standing(&self, actor: &Actor, command: &str, org: &str) -> Option<Decision> {
        let (reason, chain) = lifecycle(actor, org)?;
        let target = TargetFacts::org();
        let ask = Ask {
            actor,
            action: command,
            target: &target,
        };
        match ask.forbid(reason, chain) {
            Verdict::Denied(d) => Some(d),
            Verdict::Granted(_) => None,
        }
    }

    /// The action that lets a member know a target of this kind exists, with its owner,
    /// creator and status ("record.view is knowing the record exists"); the organisation's
    /// locations, teams and groups of records are known to whoever may view the
    /// organisation.
    pub fn view_action(kind: &str) -> Option<&'static str> {
        match kind {
            "record" | "entry" => Some("record.view"),
            "space" => Some("space.view"),
            "member" => Some("member.view"),
            "location" | "team" | "group" => Some("org.view"),
            _ => None,
        }
    }

    /// Whether a denial of `action` on `target` may tell the actor the target's facts.
    /// A member target is named by the actor, and so are its facts' one member; so is a
    /// target the actor asks to make (`record:new`, its owner from their request).
    fn may_view(
        &self,
        facts: &dyn Facts,
        actor: &Actor,
        action: &str,
        target: &TargetFacts,
    ) -> Result<bool> {
        match Policy::view_action(target.kind()) {
            None => Ok(true),
            Some(_) if target.kind() == "member" || target.key.ends_with(":new") => Ok(true),
            Some(view) if view == action => Ok(false),
            Some(view) => Ok(self
                .authorize(facts, actor, view, target)?
                .decision()
                .allowed),
        }
    }

    /// Decide a change of who reaches what: `action` must be granted on `target`, and
    /// a member never changes their own access that way unless they own the target —
    /// the rule that keeps a collaborator from raising their own level or making a
    /// time-limited share permanent through a team they are in, and a team manager
    /// from joining a team for the records shared with it.
    pub fn authorize_access_change(
        &self,
        facts: &dyn Facts,
        actor: &Actor,
        action: &str,
        target: &TargetFacts,
        change: AccessChange,
    ) -> Result<Verdict> {
        let verdict = self.authorize(facts, actor, action, target)?;
        let (Verdict::Granted(_), Some(member)) = (&verdict, actor.member()) else {
            return Ok(verdict);
        };
        let ask = Ask {
            actor,
            action,
            target,
        };
        let owns = target.owner.as_ref().is_some_and(|o| o.id == member.id);
        let (rule, hint) = match change {
            AccessChange::Share(_) if owns => return Ok(verdict),
            AccessChange::Share(grantee) => match facts.includes(grantee, member.id)? {
                Some(how) => (
                    format!(
                        "a member does not change their own access: {} is a grantee of this share ({how})",
                        member.email
                    ),
                    "ask the record's owner to change it",
                ),
                None => return Ok(verdict),
            },
            AccessChange::TeamMembership { member: m, .. } if m != member.id => {
                return Ok(verdict);
            }
            AccessChange::TeamMembership { team, .. } => {
                match facts.team_reaches_beyond(team, member.id)? {
                    Some(what) => (
                        format!(
                            "a member does not change their own access: {what}, which {} does not own",
                            member.email
                        ),
                        "ask another administrator to change your teams",
                    ),
                    None => return Ok(verdict),
                }
            }
            AccessChange::GroupMembership { .. } if owns => return Ok(verdict),
            AccessChange::GroupMembership { group } => {
                match facts.group_shared_with(group, member.id)? {
                    Some(how) => (
                        format!(
                            "a member does not change their own access: {how}, so putting {} in it or taking it out changes what {} reaches",
                            target.key, member.email
                        ),
                        "ask someone the group is not shared with to change it",
                    ),
                    None => return Ok(verdict),
                }
            }
            AccessChange::LiftApproval { supervisor } => {
                if owns || supervisor == Some(member.id) {
                    return Ok(verdict);
                }
                (
                    "only the record's owner, or the supervisor who set it, lifts an approval requirement".to_string(),
                    "ask the record's owner",
                )
            }
        };
        Ok(ask.forbid(rule, vec![hint.to_string()]))
    }

    /// The grant behind building a new organisation from a file (`org seed`): as with
    /// `org init`, there is nobody to authorize yet, so the whole file is checked against
    /// the policy's constraints instead, and every change is audited as the seed's.
    pub fn founding_grant(&self, action: &str, target: &str, origin: &str) -> Granted {
        Granted {
            decision: Decision {
                allowed: true,
                actor: "org seed".into(),
                action: action.to_string(),
                target: target.to_string(),
                reason: format!("allowed: org seed builds a new organisation from {origin}"),
                chain: Vec::new(),
                denial: None,
                nearest: None,
                by: None,
            },
        }
    }

    /// The nearest thing to a grant the member has: a grant of theirs on the same noun,
    /// else the roles that do grant the action.
    fn related_grant(&self, member: &MemberFacts, action: &str) -> Option<String> {
        let noun = action.split('.').next().unwrap_or(action);
        for role_name in &member.roles {
            if let Some(role) = self.roles.get(role_name)
                && let Some(g) = role
                    .grants
                    .iter()
                    .find(|g| g.action.split('.').next() == Some(noun))
            {
                return Some(format!(
                    "{role_name} grants {} on {}",
                    g.action,
                    grant_scope_text(g)
                ));
            }
        }
        let holders: Vec<String> = self
            .roles
            .values()
            .filter_map(|r| {
                r.grants
                    .iter()
                    .find(|g| g.action == action)
                    .map(|g| format!("{} ({})", r.name, scopes_text(&g.scopes)))
            })
            .collect();
        if holders.is_empty() {
            let levels: Vec<&str> = self
                .levels
                .values()
                .filter(|l| l.actions.contains(action))
                .map(|l| l.name.as_str())
                .collect();
            if levels.is_empty() {
                None
            } else {
                Some(format!(
                    "{action} comes only with a share at level {}",
                    levels.join(" or ")
                ))
            }
        } else {
            Some(format!(
                "{action} is granted by role {}",
                holders.join(", ")
            ))
        }
    }

    /// Every `(action, scope, role)` a member's roles grant: what `perm list` shows.
    pub fn grants_of<'a>(
        &'a self,
        roles: impl IntoIterator<Item = &'a String>,
    ) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for role_name in roles {
            if let Some(role) = self.roles.get(role_name) {
                for g in &role.grants {
                    out.push((g.action.clone(), grant_scope_text(g), role_name.clone()));
                }
            }
        }
        out.sort();
        out
    }
}

fn grant_scope_text(g: &Grant) -> String {
    let mut text = scopes_text(&g.scopes);
    if let Some(and) = g.and {
        text = format!("{text} and {and}");
    }
    match g.unless {
        Some(ex) => format!("{text} unless {ex}"),
        None => text,
    }
}

fn scopes_text(scopes: &[Scope]) -> String {
    scopes
        .iter()
        .map(|s| s.name())
        .collect::<Vec<_>>()
        .join("|")
}

/// The member lifecycle's answer before any grant: nothing for an active member or
/// support staff; for anyone else, why they cannot act (and what to do about it).
fn lifecycle(actor: &Actor, org: &str) -> Option<(String, Vec<String>)> {
    match actor {
        Actor::Support { .. } => None,
        Actor::Outsider { email } => {
            Some((format!("{email} is not a member of {org}"), Vec::new()))
        }
        Actor::Member(m) => match m.status {
            MemberStatus::Active => None,
            MemberStatus::Invited => Some((
                format!(
                    "{} has been invited but has not accepted yet, and cannot act until they do",
                    m.email
                ),
                vec![format!(
                    "run `careward member accept --as {}` first",
                    m.email
                )],
            )),
            status => Some((
                format!(
                    "{} is {status}: they can no longer reach anything in the organisation",
                    m.email
                ),
                Vec::new(),
            )),
        },
    }
}

enum Reach {
    Yes(Option<String>),
    No(String),
}

fn scope_reaches(
    facts: &dyn Facts,
    actor: &MemberFacts,
    scope: Scope,
    target: &TargetFacts,
) -> Result<Reach> {
    let who = &actor.email;
    // The organisation as a target (and `perm check ACTION` without one) means the whole
    // organisation, whoever owns what is in it: it has no owner, creator, location or
    // assignee, so only a grant on `org` reaches it — for every action alike.
    if target.kind() == "org" && scope != Scope::Org {
        return Ok(Reach::No(format!(
            "a grant on {scope} reaches particular targets, not the whole organisation: name one"
        )));
    }
    Ok(match scope {
        Scope::Org => Reach::Yes(None),
        Scope::Own => match &target.owner {
            Some(o) if o.id == actor.id && target.kind() == "member" => {
                Reach::Yes(Some(format!("{who} is {}", target.key)))
            }
            Some(o) if o.id == actor.id => Reach::Yes(Some(format!("{who} owns {}", target.key))),
            Some(o) if target.kind() == "member" => Reach::No(format!("{who} is not {}", o.email)),
            Some(o) => Reach::No(format!("{} is owned by {}", target.key, o.email)),
            None => Reach::No(format!("{} has no owner", target.key)),
        },
        Scope::Created => match &target.creator {
            Some(c) if c.id == actor.id => {
                Reach::Yes(Some(format!("{who} created {}", target.key)))
            }
            Some(c) => Reach::No(format!("{} was created by {}", target.key, c.email)),
            None => Reach::No(format!("{} has no creator", target.key)),
        },
        Scope::Location => {
            if target.locations.is_empty() {
                Reach::No(format!("{} belongs to no location", target.key))
            } else {
                let mine = facts.locations_of(actor.id)?;
                match target.locations.iter().find(|l| mine.contains(l)) {
                    Some(l) => Reach::Yes(Some(format!(
                        "{} belongs to location {l}, one of {who}'s",
                        target.key
                    ))),
                    None => Reach::No(format!(
                        "{} belongs to {}, and {who} is assigned to {}",
                        target.key,
                        target.locations.join(", "),
                        if mine.is_empty() {
                            "no location".to_string()
                        } else {
                            mine.join(", ")
                        }
                    )),
                }
            }
        }
        Scope::Assigned => match &target.owner {
            Some(o) => match facts.assists(actor.id, o.id)? {
                Some(how) => Reach::Yes(Some(format!("{who} assists {} ({how})", o.email))),
                None => Reach::No(format!("{who} does not assist {}", o.email)),
            },
            None => Reach::No(format!("{} has no owner", target.key)),
        },
    })
}

struct Ask<'a> {
    actor: &'a Actor,
    action: &'a str,
    target: &'a TargetFacts,
}

impl Ask<'_> {
    fn decision(&self, allowed: bool, reason: String, chain: Vec<String>) -> Decision {
        Decision {
            allowed,
            actor: self.actor.label(),
            action: self.action.to_string(),
            target: self.target.key.clone(),
            reason: format!("{}: {reason}", if allowed { "allowed" } else { "denied" }),
            chain,
            denial: None,
            nearest: None,
            by: None,
        }
    }

    fn allow(&self, reason: String, chain: Vec<String>) -> Verdict {
        Verdict::Granted(Granted {
            decision: self.decision(true, reason, chain),
        })
    }

    fn forbid(&self, reason: String, chain: Vec<String>) -> Verdict {
        Verdict::Denied(self.forbidding(reason, chain))
    }

    fn forbidding(&self, reason: String, chain: Vec<String>) -> Decision {
        let mut d = self.decision(false, format!("a rule forbids it: {reason}"), chain);
        d.denial = Some(Denial::Forbidden);
        d
    }

    fn no_grant(&self, reason: String, nearest: Option<String>) -> Verdict {
        let mut d = self.decision(false, reason, Vec::new());
        d.denial = Some(Denial::NoGrant);
        if let Some(n) = &nearest {
            d.chain.push(format!("nearest grant: {n}"));
        }
        d.nearest = nearest;
        Verdict::Denied(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// An organisation in memory: who is where, who assists whom, what is shared.
    #[derive(Default)]
    struct World {
        locations: HashMap<MemberId, Vec<String>>,
        assists: HashMap<(MemberId, MemberId), String>,
        shares: HashMap<(String, MemberId), Vec<ResourceGrant>>,
        teams: HashMap<i64, Vec<MemberId>>,
        /// the records shared with a team, and their owners
        team_records: HashMap<i64, Vec<(String, MemberId)>>,
        /// the members each group of records is shared with
        group_shares: HashMap<i64, Vec<MemberId>>,
    }

    impl Facts for World {
        fn locations_of(&self, member: MemberId) -> Result<Vec<String>> {
            Ok(self.locations.get(&member).cloned().unwrap_or_default())
        }
        fn assists(&self, a: MemberId, m: MemberId) -> Result<Option<String>> {
            Ok(self.assists.get(&(a, m)).cloned())
        }
        fn resource_grants(&self, t: &TargetFacts, m: MemberId) -> Result<Vec<ResourceGrant>> {
            Ok(self
                .shares
                .get(&(t.key.clone(), m))
                .cloned()
                .unwrap_or_default())
        }
        fn includes(&self, g: Grantee, m: MemberId) -> Result<Option<String>> {
            Ok(match g {
                Grantee::Member(id) => (id == m).then(|| "directly".to_string()),
                Grantee::Team(t) => self
                    .teams
                    .get(&t)
                    .is_some_and(|ms| ms.contains(&m))
                    .then(|| format!("through team {t}")),
            })
        }
        fn team_reaches_beyond(&self, team: i64, m: MemberId) -> Result<Option<String>> {
            Ok(self.team_records.get(&team).and_then(|rs| {
                rs.iter()
                    .find(|(_, owner)| *owner != m)
                    .map(|(r, _)| format!("{r} is shared with team {team}"))
            }))
        }
        fn group_shared_with(&self, group: i64, m: MemberId) -> Result<Option<String>> {
            Ok(self
                .group_shares
                .get(&group)
                .is_some_and(|ms| ms.contains(&m))
                .then(|| format!("group {group} is shared with m{m}@x.org")))
        }
    }

    const POLICY: &str = r#"
name: test
admin_roles: [boss]
actions: [intake.basic, chart.edit]
omitted: [org.manage, org.publish, billing.manage, audit.view, member.invite, member.edit,
  member.deactivate, member.remove, assistant.assign, location.manage, location.assign,
  team.manage, record.create, record.edit, record.archive, record.share, record.transfer,
  profile.write, entry.create, entry.read, entry.edit, note.approve, space.create, space.view,
  space.post, space.invite, space.archive]
roles:
  boss:
    grants:
      org.view: org
      member.view: org
      role.assign: org
      record.view: {scope: org, unless: confidential}
  owner:
    grants:
      record.read: own
      record.write: [own, created]
  creator:
    grants:
      chart.edit: created
  local:
    grants:
      profile.read: location
  helper:
    grants:
      intake.basic: assigned
levels:
  read:
    actions: [record.read]
  write:
    includes: read
    actions: [record.write]
support: [member.view]
"#;

    fn policy() -> Policy {
        Policy::parse("test", POLICY).unwrap()
    }

    fn member(id: MemberId, roles: &[&str]) -> Actor {
        Actor::Member(MemberFacts {
            id,
            email: format!("m{id}@x.org"),
            status: MemberStatus::Active,
            roles: roles.iter().map(|r| r.to_string()).collect(),
            principal: None,
        })
    }

    fn mref(id: MemberId) -> Option<MemberRef> {
        Some(MemberRef {
            id,
            email: format!("m{id}@x.org"),
        })
    }

    fn record(owner: MemberId, creator: MemberId, locations: &[&str]) -> TargetFacts {
        TargetFacts {
            key: "record:7".into(),
            owner: mref(owner),
            creator: mref(creator),
            locations: locations.iter().map(|l| l.to_string()).collect(),
            ..TargetFacts::org()
        }
    }

    fn check(w: &World, actor: &Actor, action: &str, t: &TargetFacts) -> Decision {
        policy()
            .authorize(w, actor, action, t)
            .unwrap()
            .into_decision()
    }

    #[test]
    fn org_scope_reaches_everything() {
        let d = check(
            &World::default(),
            &member(1, &["boss"]),
            "member.view",
            &TargetFacts::org(),
        );
        assert!(d.allowed, "{d:?}");
        assert_eq!(d.reason, "allowed: role boss grants member.view on org");
    }

    #[test]
    fn own_scope_needs_ownership() {
        let w = World::default();
        assert!(
            check(
                &w,
                &member(1, &["owner"]),
                "record.read",
                &record(1, 2, &[])
            )
            .allowed
        );
        // who owns it is told to whoever may view the record (boss) …
        let d = check(
            &w,
            &member(1, &["owner", "boss"]),
            "record.read",
            &record(2, 2, &[]),
        );
        assert!(!d.allowed);
        assert_eq!(d.denial, Some(Denial::NoGrant));
        assert_eq!(
            d.nearest.as_deref(),
            Some("owner grants record.read on own, but record:7 is owned by m2@x.org")
        );
        // … and to nobody else: they hear the grant alone
        let d = check(
            &w,
            &member(1, &["owner"]),
            "record.read",
            &record(2, 2, &[]),
        );
        assert_eq!(
            d.nearest.as_deref(),
            Some("owner grants record.read on own")
        );
        assert!(!format!("{d:?}").contains("m2@x.org"), "{d:?}");
    }

    #[test]
    fn own_scope_reaches_the_member_itself() {
        let me = TargetFacts {
            key: "member:m1@x.org".into(),
            owner: mref(1),
            ..TargetFacts::org()
        };
        let w = World::default();
        assert!(check(&w, &member(1, &["owner"]), "record.read", &me).allowed);
    }

    #[test]
    fn only_a_grant_on_org_reaches_the_organisation_for_every_action() {
        // Asked about the organisation (`perm check ACTION` without a target), a grant on
        // own, created, location or assigned does not answer yes, whatever the action:
        // creating is not special.
        let p = Policy::parse(
            "t",
            &POLICY.replace(
                "      record.read: own\n",
                "      record.read: own\n      record.create: own\n      intake.basic: created\n",
            ),
        )
        .unwrap();
        let w = World::default();
        let owner = member(1, &["owner"]);
        for action in ["record.create", "record.read", "intake.basic"] {
            let d = p
                .authorize(&w, &owner, action, &TargetFacts::org())
                .unwrap()
                .into_decision();
            assert!(!d.allowed, "{action}: {d:?}");
            assert!(
                d.nearest
                    .as_deref()
                    .is_some_and(|n| n.contains("not the whole organisation")),
                "{action}: {d:?}"
            );
        }
        // The member themselves is the target that an `own` grant reaches.
        let me = TargetFacts {
            key: "member:m1@x.org".into(),
            owner: mref(1),
            ..TargetFacts::org()
        };
        assert!(
            p.authorize(&w, &owner, "record.create", &me)
                .unwrap()
                .decision()
                .allowed
        );
        // but not what someone else will own
        assert!(
            !p.authorize(&w, &owner, "record.create", &record(2, 1, &[]))
                .unwrap()
                .decision()
                .allowed
        );
    }

    #[test]
    fn created_scope_needs_authorship() {
        let w = World::default();
        assert!(
            check(
                &w,
                &member(3, &["creator"]),
                "chart.edit",
                &record(1, 3, &[])
            )
            .allowed
        );
        assert!(
            !check(
                &w,
                &member(3, &["creator"]),
                "chart.edit",
                &record(3, 1, &[])
            )
            .allowed
        );
        // a grant with two scopes matches on either
        assert!(
            check(
                &w,
                &member(3, &["owner"]),
                "record.write",
                &record(1, 3, &[])
            )
            .allowed
        );
    }

    #[test]
    fn a_grant_with_and_needs_both_scopes() {
        let p = Policy::parse(
            "t",
            &POLICY.replace(
                "      chart.edit: created\n",
                "      chart.edit: {scope: created, and: own}\n",
            ),
        )
        .unwrap();
        let w = World::default();
        let decide = |owner, creator| {
            p.authorize(
                &w,
                &member(3, &["creator", "boss"]),
                "chart.edit",
                &record(owner, creator, &[]),
            )
            .unwrap()
            .into_decision()
        };
        let d = decide(3, 3);
        assert!(d.allowed, "{d:?}");
        assert_eq!(
            d.reason,
            "allowed: role creator grants chart.edit on created and own"
        );
        let d = decide(1, 3);
        assert!(!d.allowed);
        assert_eq!(
            d.nearest.as_deref(),
            Some("creator grants chart.edit on created and own, but record:7 is owned by m1@x.org")
        );
        let d = decide(3, 1);
        assert!(!d.allowed);
        assert_eq!(
            d.nearest.as_deref(),
            Some(
                "creator grants chart.edit on created and own, but record:7 was created by m1@x.org"
            )
        );
        assert_eq!(
            p.grants_of(&["creator".to_string()]),
            vec![(
                "chart.edit".to_string(),
                "created and own".to_string(),
                "creator".to_string()
            )]
        );
        let bad = POLICY.replace(
            "      chart.edit: created\n",
            "      chart.edit: {scope: created, and: mine}\n",
        );
        let err = format!("{:#}", Policy::parse("t", &bad).unwrap_err());
        assert!(err.contains("unknown scope \"mine\" in `and`"), "{err}");
    }

    #[test]
    fn location_scope_needs_a_shared_location() {
        let mut w = World::default();
        w.locations.insert(4, vec!["north".into()]);
        assert!(
            check(
                &w,
                &member(4, &["local"]),
                "profile.read",
                &record(1, 1, &["north"])
            )
            .allowed
        );
        let d = check(
            &w,
            &member(4, &["local", "boss"]),
            "profile.read",
            &record(1, 1, &["south"]),
        );
        assert!(!d.allowed);
        assert!(
            d.nearest
                .unwrap()
                .contains("belongs to south, and m4@x.org is assigned to north")
        );
        assert!(
            !check(
                &w,
                &member(4, &["local"]),
                "profile.read",
                &record(1, 1, &[])
            )
            .allowed
        );
    }

    #[test]
    fn assigned_scope_needs_assistance() {
        let mut w = World::default();
        w.assists.insert((5, 1), "dedicated".into());
        let d = check(
            &w,
            &member(5, &["helper"]),
            "intake.basic",
            &record(1, 1, &[]),
        );
        assert!(d.allowed);
        assert!(
            d.chain
                .iter()
                .any(|c| c == "m5@x.org assists m1@x.org (dedicated)")
        );
        assert!(
            !check(
                &w,
                &member(5, &["helper"]),
                "intake.basic",
                &record(2, 2, &[])
            )
            .allowed
        );
    }

    #[test]
    fn unless_confidential_excludes_confidential_targets() {
        let w = World::default();
        let mut r = record(1, 1, &[]);
        assert!(check(&w, &member(9, &["boss"]), "record.view", &r).allowed);
        r.confidential = true;
        let d = check(&w, &member(9, &["boss"]), "record.view", &r);
        assert!(!d.allowed);
        // that it is confidential is a fact about a record they may not view
        assert_eq!(
            d.nearest.as_deref(),
            Some("boss grants record.view on org unless confidential")
        );
    }

    #[test]
    fn shares_grant_their_level_and_nothing_more() {
        let mut w = World::default();
        w.shares.insert(
            ("record:7".into(), 6),
            vec![ResourceGrant {
                level: "read".into(),
                via: "shared with team t, and m6@x.org is in t".into(),
                suspended: None,
                group: None,
            }],
        );
        let d = check(&w, &member(6, &[]), "record.read", &record(1, 1, &[]));
        assert!(d.allowed);
        assert_eq!(
            d.reason,
            "allowed: record:7 is shared with team t, and m6@x.org is in t at level read, which includes record.read"
        );
        let d = check(&w, &member(6, &[]), "record.write", &record(1, 1, &[]));
        assert!(!d.allowed);
        assert!(
            d.nearest
                .unwrap()
                .contains("at level read, which does not include record.write")
        );
    }

    #[test]
    fn a_share_that_falls_short_is_nearer_than_a_role_grant_that_missed() {
        let mut w = World::default();
        w.shares.insert(
            ("record:7".into(), 6),
            vec![ResourceGrant {
                level: "read".into(),
                via: "shared with m6@x.org".into(),
                suspended: None,
                group: None,
            }],
        );
        // m6 owns records of their own (role owner) and reads record:7 through a share
        let d = check(
            &w,
            &member(6, &["owner"]),
            "record.write",
            &record(1, 1, &[]),
        );
        assert!(!d.allowed);
        assert_eq!(
            d.nearest.as_deref(),
            Some(
                "record:7 is shared with m6@x.org, at level read, which does not include record.write"
            )
        );
    }

    #[test]
    fn a_suspended_share_is_forbidden_not_missing() {
        let mut w = World::default();
        w.shares.insert(
            ("record:7".into(), 6),
            vec![ResourceGrant {
                level: "write".into(),
                via: "shared with m6@x.org".into(),
                suspended: Some("a transfer of record:7 waits for its recipient".into()),
                group: None,
            }],
        );
        let d = check(&w, &member(6, &[]), "record.read", &record(1, 1, &[]));
        assert_eq!(d.denial, Some(Denial::Forbidden));
    }

    #[test]
    fn inactive_and_invited_members_cannot_act() {
        let w = World::default();
        for status in [
            MemberStatus::Invited,
            MemberStatus::Inactive,
            MemberStatus::Removed,
        ] {
            let Actor::Member(mut m) = member(1, &["boss"]) else {
                unreachable!()
            };
            m.status = status;
            let d = check(&w, &Actor::Member(m), "org.view", &TargetFacts::org());
            assert!(!d.allowed);
            assert_eq!(d.denial, Some(Denial::Forbidden), "{status}");
        }
    }

    #[test]
    fn only_the_invitee_accepts_their_invitation() {
        let w = World::default();
        let Actor::Member(mut m) = member(1, &[]) else {
            unreachable!()
        };
        m.status = MemberStatus::Invited;
        let me = TargetFacts {
            key: "member:m1@x.org".into(),
            owner: mref(1),
            ..TargetFacts::org()
        };
        let other = TargetFacts {
            key: "member:m2@x.org".into(),
            owner: mref(2),
            ..TargetFacts::org()
        };
        assert!(check(&w, &Actor::Member(m.clone()), ACCEPT_ACTION, &me).allowed);
        assert!(!check(&w, &Actor::Member(m.clone()), ACCEPT_ACTION, &other).allowed);
        m.status = MemberStatus::Active;
        assert!(!check(&w, &Actor::Member(m), ACCEPT_ACTION, &me).allowed);
    }

    #[test]
    fn support_has_the_policys_support_grants_only() {
        let w = World::default();
        let support = Actor::Support {
            name: "sam".into(),
            reason: "ticket 1".into(),
        };
        assert!(check(&w, &support, "member.view", &TargetFacts::org()).allowed);
        let d = check(&w, &support, "record.read", &record(1, 1, &[]));
        assert!(!d.allowed);
        assert_eq!(d.denial, Some(Denial::NoGrant));
    }

    #[test]
    fn fixed_roles_forbid_role_changes_by_members_but_not_support() {
        let mut p = policy();
        p.constraints.roles_fixed_after_invitation = true;
        let w = World::default();
        let d = p
            .authorize(
                &w,
                &member(1, &["boss"]),
                "role.assign",
                &TargetFacts::org(),
            )
            .unwrap()
            .into_decision();
        assert_eq!(d.denial, Some(Denial::Forbidden));
        p.support.insert("role.assign".into());
        let support = Actor::Support {
            name: "sam".into(),
            reason: "ticket".into(),
        };
        assert!(
            p.authorize(&w, &support, "role.assign", &TargetFacts::org())
                .unwrap()
                .decision()
                .allowed
        );
    }

    #[test]
    fn a_transfers_recipient_is_told_only_to_whoever_may_view_the_record() {
        let w = World::default();
        let mut r = record(1, 1, &[]);
        r.recipient = mref(2);
        let d = check(&w, &member(3, &["owner"]), RECEIVE_ACTION, &r);
        assert_eq!(
            d.reason,
            "denied: a rule forbids it: no transfer of record:7 waits for m3@x.org"
        );
        // the same words when no transfer waits at all
        r.recipient = None;
        let none = check(&w, &member(3, &["owner"]), RECEIVE_ACTION, &r);
        assert_eq!(none.reason, d.reason);
        r.recipient = mref(2);
        let d = check(&w, &member(3, &["boss"]), RECEIVE_ACTION, &r);
        assert_eq!(
            d.reason,
            "denied: a rule forbids it: the transfer of record:7 waits for m2@x.org, not m3@x.org"
        );
    }

    #[test]
    fn an_unknown_target_is_denied_in_the_words_of_one_that_exists() {
        let w = World::default();
        let actor = member(1, &["owner"]);
        let real = check(&w, &actor, "record.view", &record(2, 2, &["north"]));
        let mut ghost = TargetFacts::unknown("record:7".into());
        let d = check(&w, &actor, "record.view", &ghost);
        assert_eq!(d.reason, real.reason);
        assert_eq!(d.nearest, real.nearest);
        assert_eq!(d.chain, real.chain);
        // whoever may view any record may be told it is not there
        ghost.key = "record:8".into();
        assert!(check(&w, &member(1, &["boss"]), "record.view", &ghost).allowed);
    }

    #[test]
    fn only_active_members_and_support_have_standing() {
        let p = policy();
        assert!(
            p.standing(&member(1, &[]), "member list", "north")
                .is_none()
        );
        let support = Actor::Support {
            name: "sam".into(),
            reason: "t".into(),
        };
        assert!(p.standing(&support, "member list", "north").is_none());
        let eve = Actor::Outsider {
            email: "eve@y.org".into(),
        };
        let d = p.standing(&eve, "record show", "north").unwrap();
        assert_eq!(
            d.reason,
            "denied: a rule forbids it: eve@y.org is not a member of north"
        );
        assert_eq!(
            (d.action.as_str(), d.target.as_str()),
            ("record show", "org")
        );
        let Actor::Member(mut m) = member(1, &["boss"]) else {
            unreachable!()
        };
        m.status = MemberStatus::Inactive;
        assert_eq!(
            p.standing(&Actor::Member(m), "org show", "north")
                .unwrap()
                .denial,
            Some(Denial::Forbidden)
        );
    }

    #[test]
    fn a_kinds_own_action_reaches_only_entries_of_that_kind() {
        let p = Policy::preset("behavior-charts").unwrap().unwrap();
        let w = World::default();
        let t1 = member(1, &["full-access", "tier1"]);
        let entry = |kind: &str| TargetFacts {
            key: "entry:7".into(),
            entry_kind: Some(kind.into()),
            ..record(2, 2, &[])
        };
        let allowed = |action: &str, t: &TargetFacts| {
            p.authorize(&w, &t1, action, t).unwrap().decision().allowed
        };
        assert!(allowed("journal.edit", &entry("journal")));
        assert!(!allowed("journal.edit", &entry("chart")));
        let d = p
            .authorize(&w, &t1, "journal.edit", &entry("chart"))
            .unwrap()
            .into_decision();
        assert_eq!(d.denial, Some(Denial::NoGrant));
        assert_eq!(
            d.reason,
            "denied: journal.edit acts on journal entries, and entry:7 is a chart"
        );
        // on the record itself, the kind's actions ask about the kind ("may I add charts?")
        assert!(allowed("chart.create", &record(2, 2, &[])));
        // and "only their own" journal entries is no answer for all of a record's: not
        // even on a performer the user created
        let t2 = member(1, &["full-access", "tier2"]);
        let d = p
            .authorize(&w, &t2, "journal.edit", &record(1, 1, &[]))
            .unwrap()
            .into_decision();
        assert!(!d.allowed);
        assert!(
            d.nearest
                .as_deref()
                .is_some_and(|n| n.contains("that is the journal entries")),
            "{d:?}"
        );
    }

    #[test]
    fn denial_names_a_related_grant_or_the_roles_that_grant_it() {
        let w = World::default();
        let d = check(&w, &member(1, &["boss"]), "record.read", &record(2, 2, &[]));
        assert_eq!(
            d.nearest.as_deref(),
            Some("boss grants record.view on org unless confidential")
        );
        let d = check(&w, &member(1, &[]), "member.view", &TargetFacts::org());
        assert_eq!(
            d.nearest.as_deref(),
            Some("member.view is granted by role boss (org)")
        );
    }

    #[test]
    fn no_member_changes_their_own_access_unless_they_own_the_target() {
        let mut w = World::default();
        w.teams.insert(5, vec![2, 3]);
        w.teams.insert(6, vec![]);
        w.team_records.insert(5, vec![("record:9".into(), 1)]);
        let p = policy();
        let t = record(1, 2, &[]);
        let decide = |actor: &Actor, change| {
            p.authorize_access_change(&w, actor, "record.write", &t, change)
                .unwrap()
                .into_decision()
        };
        // m2 may record.write what they created, but not to give themselves access
        let creator = member(2, &["owner"]);
        for change in [
            AccessChange::Share(Grantee::Member(2)),
            AccessChange::Share(Grantee::Team(5)),
        ] {
            let d = decide(&creator, change);
            assert!(!d.allowed, "{d:?}");
            assert_eq!(d.denial, Some(Denial::Forbidden));
            assert!(
                d.reason.contains("does not change their own access"),
                "{}",
                d.reason
            );
        }
        assert!(
            decide(&creator, AccessChange::Share(Grantee::Team(5)))
                .reason
                .contains("through team 5")
        );
        assert!(decide(&creator, AccessChange::Share(Grantee::Member(3))).allowed);
        assert!(decide(&creator, AccessChange::Share(Grantee::Team(6))).allowed);
        // the owner changes their own access freely
        assert!(
            decide(
                &member(1, &["owner"]),
                AccessChange::Share(Grantee::Team(5))
            )
            .allowed
        );
        // joining a team that holds another's record, as opposed to adding someone else
        let join = |team, member| AccessChange::TeamMembership { team, member };
        assert!(!decide(&creator, join(5, 2)).allowed);
        assert!(decide(&creator, join(5, 3)).allowed);
        assert!(decide(&creator, join(6, 2)).allowed);
        // without the action's own grant, the rule is not reached
        let d = decide(&member(4, &[]), AccessChange::Share(Grantee::Member(3)));
        assert_eq!(d.denial, Some(Denial::NoGrant));
    }

    #[test]
    fn a_grant_on_a_group_reaches_its_records_and_says_so() {
        let mut w = World::default();
        w.shares.insert(
            ("record:7".into(), 1),
            vec![ResourceGrant {
                level: "read".into(),
                via: "shared with m1@x.org".into(),
                suspended: None,
                group: Some("mornings".into()),
            }],
        );
        let t = record(2, 2, &[]);
        let d = check(&w, &member(1, &[]), "record.read", &t);
        assert!(d.allowed, "{d:?}");
        assert_eq!(
            d.reason,
            "allowed: record:7 is in group mornings, shared with m1@x.org, at level read, which includes record.read"
        );
        assert_eq!(
            d.by,
            Some(Provenance::Level {
                level: "read".into(),
                action: "record.read".into()
            })
        );
        let d = check(&w, &member(1, &[]), "record.write", &t);
        assert_eq!(
            d.nearest.as_deref(),
            Some(
                "record:7 is in group mornings, shared with m1@x.org, at level read, which does not include record.write"
            )
        );
    }

    #[test]
    fn nobody_puts_a_record_in_a_group_shared_with_them_unless_they_own_it() {
        let mut w = World::default();
        w.group_shares.insert(8, vec![2]);
        let p = policy();
        let t = record(1, 2, &[]);
        let decide = |actor: &Actor, group| {
            p.authorize_access_change(
                &w,
                actor,
                "record.write",
                &t,
                AccessChange::GroupMembership { group },
            )
            .unwrap()
            .into_decision()
        };
        let d = decide(&member(2, &["owner"]), 8);
        assert_eq!(d.denial, Some(Denial::Forbidden), "{d:?}");
        assert!(
            d.reason.contains("group 8 is shared with m2@x.org"),
            "{}",
            d.reason
        );
        assert!(decide(&member(2, &["owner"]), 9).allowed);
        assert!(decide(&member(1, &["owner"]), 8).allowed);
    }
}
