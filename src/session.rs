//! The context every command runs in: the global options, the clock, the store, and —
//! for commands on an organisation — a [`Session`]: the organisation, its policy and the
//! acting member, inside the command's one transaction, with the gate that authorizes
//! each request and records the outcome in the audit trail.

use std::cell::RefCell;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use jiff::Timestamp;
use serde_json::Value;

use crate::cli::GlobalArgs;
use crate::error::{self, Error, ErrorKind};
use crate::policy::{AccessChange, Actor, Granted, MemberStatus, Policy, TargetFacts, Verdict};
use crate::store::{AuditRecord, FactsCache, Location, Org, OrgFacts, Store, Tx, dry_run_details};

pub struct Ctx {
    pub global: GlobalArgs,
    pub now: Timestamp,
    /// the words of the organisation's policy, once a command has opened it: what its
    /// messages are spoken in ([`crate::terms`])
    pub terms: RefCell<crate::terms::Terms>,
}

/// Who `--as` names, before the store is asked.
#[derive(Clone, Debug)]
pub enum ActorSpec {
    Email(String),
    Support { name: String, reason: String },
}

impl Ctx {
    /// The clock: the system's. A build with the `test-clock` feature (the test suite's)
    /// reads `CAREWARD_NOW` (RFC 3339) instead; no other build knows that variable.
    /// The store never lets time run backwards past its newest audit event (see
    /// [`Store::transaction`]).
    pub fn new(global: GlobalArgs) -> Result<Ctx> {
        let now = test_clock()?.unwrap_or_else(Timestamp::now);
        if let Some(reason) = &global.reason {
            crate::limits::reason("--reason", reason.trim())?;
        }
        if let Some(name) = global
            .actor
            .as_deref()
            .and_then(|a| a.trim().strip_prefix("support:"))
        {
            crate::limits::name("the NAME of --as support:NAME", name.trim())?;
        }
        Ok(Ctx {
            global,
            now,
            terms: RefCell::default(),
        })
    }

    pub fn now_text(&self) -> String {
        crate::when::store_text(self.now)
    }

    pub fn db_path(&self) -> Result<PathBuf> {
        if let Some(p) = &self.global.db {
            return Ok(p.clone());
        }
        use etcetera::BaseStrategy;
        // $XDG_DATA_HOME (when absolute), else ~/.local/share
        let data = etcetera::choose_base_strategy()
            .map_err(|_| {
                Error::usage("cannot find a place for the store: HOME is not set")
                    .hinted("give --db PATH")
            })?
            .data_dir();
        Ok(data.join("careward").join("careward.db"))
    }

    /// Where the store is: `--db` read as a file or a PostgreSQL URL.
    pub fn store_location(&self) -> Result<Location> {
        Ok(Location::parse(&self.db_path()?))
    }

    pub fn open_store(&self, create: bool) -> Result<Store> {
        Store::open(&self.store_location()?, create, self.busy_timeout())
    }

    /// The store a command that creates an organisation works on: created if missing —
    /// but a dry run must not even create it, and works on a scratch store instead.
    pub fn open_store_to_create(&self) -> Result<Store> {
        if !self.global.dry_run {
            return self.open_store(true);
        }
        match self.open_store(false) {
            Err(e) if error::find(&e).is_some_and(|e| e.kind == ErrorKind::NotFound) => {
                Store::scratch()
            }
            opened => opened,
        }
    }

    /// `--busy-timeout`: how long to wait for another process's write.
    pub fn busy_timeout(&self) -> Duration {
        Duration::from_secs(self.global.busy_timeout)
    }

    /// `--as`, checked: present, and with `--reason` when it names support staff.
    pub fn actor_spec(&self) -> Result<ActorSpec> {
        let Some(who) = self.global.actor.as_deref().map(str::trim) else {
            return Err(Error::usage("this command needs an acting member")
                .hinted("give --as EMAIL (or set CAREWARD_AS), or --as support:NAME --reason TEXT for support staff")
                .into());
        };
        if let Some(name) = who.strip_prefix("support:") {
            if name.trim().is_empty() {
                return Err(Error::usage("support:NAME needs a name")
                    .hinted("--as support:alex --reason TEXT")
                    .into());
            }
            let reason = self.reason().ok_or_else(|| {
                Error::usage(format!(
                    "support:{name} must say why: --reason is required for support staff"
                ))
                .hinted("add --reason TEXT; it is stored in the audit log")
            })?;
            return Ok(ActorSpec::Support {
                name: name.trim().to_string(),
                reason,
            });
        }
        Ok(ActorSpec::Email(parse_email(who)?))
    }

    fn reason(&self) -> Option<String> {
        self.global
            .reason
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_string)
    }

    /// Run `body` on the organisation named by `--org` (or the only one), as the actor
    /// named by `--as`, in one transaction. A denial or a refusal by a rule is recorded
    /// in the audit trail even though the command's changes are undone.
    pub fn in_org<T>(&self, body: impl FnOnce(&Session) -> Result<T>) -> Result<T> {
        self.in_org_as(&self.actor_spec()?, body)
    }

    /// [`Ctx::in_org`] for a command that only reads (`perm check`, lists, shows): in a
    /// read transaction ([`Store::read`]), which neither waits for a writer nor holds one
    /// up; what it audits is written after it. Purging the deleted records whose restore
    /// window has closed is a change that the first command to look at records makes:
    /// while one is due, the command runs as [`Ctx::in_org`] runs it, purge included.
    pub fn read_in_org<T>(&self, body: impl FnOnce(&Session) -> Result<T>) -> Result<T> {
        let spec = self.actor_spec()?;
        let mut store = self.open_store(false)?;
        let refusal: RefCell<Option<Refusal>> = RefCell::new(None);
        let mut body = Some(body);
        let answer = store.read(
            &self.now_text(),
            self.global.dry_run,
            |tx| {
                let org = resolve_org(tx, self.global.org.as_deref())?;
                let cutoff = crate::commands::record::purge_cutoff(tx.now())?;
                if tx.purge_due(org.id, &cutoff)? {
                    return Ok(None);
                }
                let session = Session::new(tx, org, &spec, self.reason())?;
                *self.terms.borrow_mut() = session.policy.terms.clone();
                session.purged.set(true);
                let body = body.take().expect("the body runs once");
                let result = match session.standing(&self.global.command) {
                    Some(denial) => Err(denial.into()),
                    None => body(&session),
                };
                if let Err(err) = &result {
                    *refusal.borrow_mut() = session.refusal(err);
                }
                result.map(Some)
            },
            |tx, _| match refusal.take() {
                Some(r) => r.append(tx),
                None => Ok(()),
            },
        )?;
        match (answer, body) {
            (Some(value), _) => Ok(value),
            (None, Some(body)) => {
                drop(store);
                self.in_org_as(&spec, body)
            }
            (None, None) => unreachable!("a body that ran answered"),
        }
    }

    /// Run `body` in each organisation of `store` that `pick` names, by slug, as
    /// the actor named by `--as`, all in one transaction: for a command on the whole
    /// store (`store backup`). The first failure ends it, undoing every change; a denial
    /// or a refusal by a rule is recorded in the trail of the organisation that refused.
    pub fn in_orgs<T>(
        &self,
        store: &mut Store,
        pick: impl Fn(&Org) -> bool,
        mut body: impl FnMut(&Session) -> Result<T>,
    ) -> Result<Vec<T>> {
        let spec = self.actor_spec()?;
        let refusal: RefCell<Option<Refusal>> = RefCell::new(None);
        store.transaction(
            &self.now_text(),
            self.global.dry_run,
            |tx| {
                let mut results = Vec::new();
                for org in tx.orgs()?.into_iter().filter(|o| pick(o)) {
                    let session = Session::new(tx, org, &spec, self.reason())?;
                    match body(&session) {
                        Ok(value) => results.push(value),
                        Err(err) => {
                            *refusal.borrow_mut() = session.refusal(&err);
                            return Err(err);
                        }
                    }
                }
                Ok(results)
            },
            |tx, _| match refusal.take() {
                Some(r) => r.append(tx),
                None => Ok(()),
            },
        )
    }

    /// Ask the organisation without leaving a trace, for shell completion, which asks at
    /// every Tab press: as the actor `--as` names, in the organisation `--org` names (or
    /// the only one; with `every_org`, in each), skipping those where the actor cannot
    /// act. Nothing is written and nothing audited, so `body` only reads and asks the
    /// policy (`Session::check`, never `authorize`); any failure is an empty answer.
    pub fn peek<T>(
        &self,
        every_org: bool,
        mut body: impl FnMut(&Session) -> Result<Vec<T>>,
    ) -> Vec<T> {
        let mut answer = || -> Result<Vec<T>> {
            let spec = self.actor_spec()?;
            let mut store = self.open_store(false)?;
            // A dry run: rolled back whatever happens. The body cannot fail, so no
            // refusal is ever recorded either.
            store.transaction(
                &self.now_text(),
                true,
                |tx| {
                    let mut asked = || -> Result<Vec<T>> {
                        let orgs = match every_org {
                            true => tx.orgs()?,
                            false => vec![resolve_org(tx, self.global.org.as_deref())?],
                        };
                        let mut out = Vec::new();
                        for org in orgs {
                            let session = Session::new(tx, org, &spec, self.reason())?;
                            if session.acting() {
                                out.extend(body(&session)?);
                            }
                        }
                        Ok(out)
                    };
                    Ok(asked().unwrap_or_default())
                },
                |_, _| Ok(()),
            )
        };
        answer().unwrap_or_default()
    }

    /// [`Ctx::in_org`] as support staff, for `policy test`, which asks about the actors
    /// its cases name in an organisation it built itself.
    pub fn in_org_as_support<T>(&self, body: impl FnOnce(&Session) -> Result<T>) -> Result<T> {
        let spec = ActorSpec::Support {
            name: "policy-test".into(),
            reason: "policy test".into(),
        };
        self.in_org_as(&spec, body)
    }

    fn in_org_as<T>(
        &self,
        spec: &ActorSpec,
        body: impl FnOnce(&Session) -> Result<T>,
    ) -> Result<T> {
        let mut store = self.open_store(false)?;
        let refusal: RefCell<Option<Refusal>> = RefCell::new(None);
        store.transaction(
            &self.now_text(),
            self.global.dry_run,
            |tx| {
                let org = resolve_org(tx, self.global.org.as_deref())?;
                let session = Session::new(tx, org, spec, self.reason())?;
                *self.terms.borrow_mut() = session.policy.terms.clone();
                let result = match session.standing(&self.global.command) {
                    Some(denial) => Err(denial.into()),
                    None => body(&session),
                };
                if let Err(err) = &result {
                    *refusal.borrow_mut() = session.refusal(err);
                }
                result
            },
            |tx, _| match refusal.take() {
                Some(r) => r.append(tx),
                None => Ok(()),
            },
        )
    }
}

/// `CAREWARD_NOW`, in a build with the test clock.
#[cfg(feature = "test-clock")]
fn test_clock() -> Result<Option<Timestamp>> {
    match std::env::var("CAREWARD_NOW") {
        Ok(text) => Ok(Some(text.parse::<Timestamp>().map_err(|e| {
            Error::usage(format!("CAREWARD_NOW={text} is not an RFC 3339 time: {e}"))
        })?)),
        Err(_) => Ok(None),
    }
}

/// Without the test clock, time is the system's, whatever the environment says.
#[cfg(not(feature = "test-clock"))]
fn test_clock() -> Result<Option<Timestamp>> {
    Ok(None)
}

/// A verdict as the gate gives it: the proof, or the denial (exit 3, audited).
fn proof(verdict: Verdict) -> Result<Granted> {
    match verdict {
        Verdict::Granted(g) => Ok(g),
        Verdict::Denied(d) => Err(Error::denied(d).into()),
    }
}

/// Lower-case and trim an email address, and check that it looks like one.
pub fn parse_email(text: &str) -> Result<String> {
    crate::limits::email("an email address", text.trim())?;
    let email = text.trim().to_lowercase();
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..")
                && !email
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>(),;:\"[]\\".contains(c))
        }
        None => false,
    };
    if valid {
        Ok(email)
    } else {
        Err(Error::invalid(format!(
            "{} is not an email address",
            crate::limits::quote(text.trim())
        ))
        .hinted("write it as name@example.org")
        .into())
    }
}

fn resolve_org(tx: &Tx, slug: Option<&str>) -> Result<Org> {
    if let Some(slug) = slug {
        return tx.org_by_slug(slug)?.ok_or_else(|| {
            Error::not_found(format!("no organisation {slug}"))
                .hinted("list the organisations with: careward org list --as EMAIL")
                .into()
        });
    }
    let mut orgs = tx.orgs()?;
    match orgs.len() {
        0 => Err(Error::not_found("the store holds no organisation")
            .hinted("create one: careward org init SLUG --name NAME --kind clinic --policy group-practice --admin EMAIL")
            .into()),
        1 => Ok(orgs.remove(0)),
        // Not named: whoever asks may belong to none of them (`org list` names theirs).
        _ => Err(
            Error::usage("the store holds several organisations; say which with --org")
                .hinted("add --org SLUG, or set CAREWARD_ORG; yours are listed by: careward org list --as EMAIL")
                .into(),
        ),
    }
}

/// An organisation's policy: a preset compiled in, or the policy file's text as it was
/// when the organisation was created.
pub fn org_policy(org: &Org) -> Result<Policy> {
    match &org.policy_text {
        Some(text) => Ok(Policy::parse(&org.policy_source, text)?),
        None => match Policy::preset(&org.policy_source) {
            Some(policy) => Ok(policy?),
            None => Err(Error::failure(format!(
                "organisation {} uses policy {}, which this careward does not have",
                org.slug, org.policy_source
            ))
            .into()),
        },
    }
}

/// The actor a spec names in an organisation: a member, support staff, or someone
/// who is no member (whom the policy refuses everything).
fn resolve_actor(tx: &Tx, org: i64, spec: &ActorSpec) -> Result<Actor> {
    Ok(match spec {
        ActorSpec::Support { name, reason } => Actor::Support {
            name: name.clone(),
            reason: reason.clone(),
        },
        ActorSpec::Email(email) => match tx.member_by_email(org, email)? {
            Some(m) => Actor::Member(m.facts()),
            None => Actor::Outsider {
                email: email.clone(),
            },
        },
    })
}

/// One command on one organisation.
pub struct Session<'t> {
    pub tx: &'t Tx<'t>,
    pub org: Org,
    pub policy: Policy,
    pub actor: Actor,
    /// `--reason`: support staff's mandatory reason, or a member's note
    pub reason: Option<String>,
    /// the last request put to the gate, so that a refusal by a rule is audited against it
    last: RefCell<Option<(String, String)>>,
    /// whether deleted records past their restore window were purged in this command
    pub purged: std::cell::Cell<bool>,
    /// what the command adds to its refusal event (see [`Session::describe_refusal`])
    refusal_details: RefCell<Option<Value>>,
    /// whether the actor may act here at all (see [`Session::acting`])
    acting: bool,
    /// facts a command that only reads has looked up already
    facts_cache: FactsCache,
}

impl<'t> Session<'t> {
    pub fn new(
        tx: &'t Tx<'t>,
        org: Org,
        spec: &ActorSpec,
        reason: Option<String>,
    ) -> Result<Session<'t>> {
        let policy = org_policy(&org)?;
        let actor = resolve_actor(tx, org.id, spec)?;
        let acting = policy.standing(&actor, "", &org.slug).is_none();
        Ok(Session {
            tx,
            org,
            policy,
            actor,
            reason,
            last: RefCell::new(None),
            purged: std::cell::Cell::new(false),
            refusal_details: RefCell::new(None),
            acting,
            facts_cache: FactsCache::default(),
        })
    }

    /// Whether the actor may act in the organisation at all: an active member or support
    /// staff. Anyone else is refused before anything is looked up for them.
    pub fn acting(&self) -> bool {
        self.acting
    }

    /// The refusal of an actor who cannot act in the organisation at all — an outsider
    /// (a mistyped `--as`, a member of another organisation), an invited, inactive or
    /// removed member — before the command reads anything: the same answer whatever the
    /// command names, so that no answer tells what exists. Two commands answer such an
    /// actor through the gate instead: `member accept` a member of any status (the gate
    /// tells them whether there is an invitation to accept), and `perm check` (with
    /// `--batch` too), which answers about the actor itself (exit 3, with why they
    /// cannot act).
    fn standing(&self, command: &str) -> Option<Error> {
        let answered_by_the_gate = match command {
            "member accept" => self.actor.member().is_some(),
            "perm check" => true,
            _ => false,
        };
        if answered_by_the_gate {
            return None;
        }
        let command = if command.is_empty() {
            "careward"
        } else {
            command
        };
        let d = self.policy.standing(&self.actor, command, &self.org.slug)?;
        let hint = match &self.actor {
            Actor::Outsider { .. } => Some(
                "check --as (or CAREWARD_AS): it names the acting member by their email in this organisation"
                    .to_string(),
            ),
            _ => d.chain.first().cloned(),
        };
        Some(Error {
            kind: ErrorKind::Denied,
            message: d
                .reason
                .trim_start_matches("denied: ")
                .trim_start_matches("a rule forbids it: ")
                .to_string(),
            hint,
            decision: Some(Box::new(d)),
            rule: None,
        })
    }

    /// The answer for a target the store does not hold: "not found" (exit 4) to whoever
    /// may view that kind of thing (a role of theirs grants its view action, in any
    /// scope; support staff whose grants include it), else the denial they would get
    /// for one that exists (exit 3, audited), so that a refusal is no way to learn what
    /// exists. (Actors who cannot act at all never get this far: see `standing`.)
    pub fn missing(&self, key: String, not_found: Error) -> anyhow::Error {
        let target = TargetFacts::unknown(key);
        match self.reveal(&target) {
            Ok(()) => not_found.into(),
            Err(denied) => denied,
        }
    }

    /// Whether the actor may be told that `target` is not there: yes when a role of
    /// theirs grants its kind's view action (in any scope) or support staff's grants
    /// include it, else the denial of that view action.
    fn reveal(&self, target: &TargetFacts) -> Result<()> {
        let Some(view) = Policy::view_action(target.kind()) else {
            return Ok(());
        };
        let sees_the_kind = match &self.actor {
            Actor::Member(m) => {
                m.status == MemberStatus::Active
                    && self
                        .policy
                        .grants_of(&m.roles)
                        .iter()
                        .any(|(action, _, _)| action == view)
            }
            Actor::Support { .. } => self.policy.support.contains(view),
            Actor::Outsider { .. } => false,
        };
        if sees_the_kind {
            return Ok(());
        }
        *self.last.borrow_mut() = Some((view.to_string(), target.key.clone()));
        match self.check(view, target)? {
            Verdict::Granted(_) => Ok(()),
            Verdict::Denied(d) => Err(Error::denied(d).into()),
        }
    }

    /// The policy's reach limits, checked after a change of what reaches the member
    /// (a share to them or their team, joining a team, a new role): a single
    /// client/performer user reaches one performer. Run inside the change's transaction,
    /// so a refusal undoes it.
    pub fn check_reach(&self, email: &str) -> Result<()> {
        if self.policy.constraints.reach_limits.is_empty() {
            return Ok(());
        }
        let m = self.member(email)?;
        let reached = self.tx.records_reached(m.id)?;
        Ok(self.policy.check_reach(&m.email, &m.roles, &reached)?)
    }

    /// Ask the policy, without failing on a denial (`perm check`, filtering lists).
    pub fn check(&self, action: &str, target: &TargetFacts) -> Result<Verdict> {
        self.check_as(&self.actor, action, target)
    }

    /// Ask the policy about another actor (`perm check --batch`, `perm who-can`).
    pub fn check_as(&self, actor: &Actor, action: &str, target: &TargetFacts) -> Result<Verdict> {
        if !self.policy.knows_action(action) {
            return Err(Error::invalid(format!(
                "unknown action \"{action}\" in policy {}",
                self.policy.name
            ))
            .hinted(format!(
                "see the actions with: careward policy show {}",
                self.policy.name
            ))
            .into());
        }
        self.policy.authorize(&self.facts(), actor, action, target)
    }

    /// What the policy engine asks about this organisation.
    pub fn facts(&self) -> OrgFacts<'_> {
        OrgFacts {
            tx: self.tx,
            policy: &self.policy,
            cache: self.tx.read_only().then_some(&self.facts_cache),
        }
    }

    /// The actor an email or `support:NAME` names in this organisation.
    pub fn actor_named(&self, who: &str, reason: Option<&str>) -> Result<Actor> {
        let who = who.trim();
        let spec = match who.strip_prefix("support:") {
            Some(name) => ActorSpec::Support {
                name: name.to_string(),
                reason: reason.unwrap_or_default().to_string(),
            },
            None => ActorSpec::Email(parse_email(who)?),
        };
        resolve_actor(self.tx, self.org.id, &spec)
    }

    /// The gate: the proof that the actor may do `action` to `target`, or a denial
    /// (exit 3, audited).
    pub fn authorize(&self, action: &str, target: &TargetFacts) -> Result<Granted> {
        *self.last.borrow_mut() = Some((action.to_string(), target.key.clone()));
        proof(self.check(action, target)?)
    }

    /// Ask the policy about a change of who reaches what (a share, a team's members):
    /// the action's grant, and the rule that no member changes their own access.
    pub fn check_access_change(
        &self,
        action: &str,
        target: &TargetFacts,
        change: AccessChange,
    ) -> Result<Verdict> {
        self.policy
            .authorize_access_change(&self.facts(), &self.actor, action, target, change)
    }

    /// The gate of [`Session::check_access_change`]: a denial is exit 3, audited.
    pub fn authorize_access_change(
        &self,
        action: &str,
        target: &TargetFacts,
        change: AccessChange,
    ) -> Result<Granted> {
        *self.last.borrow_mut() = Some((action.to_string(), target.key.clone()));
        proof(self.check_access_change(action, target, change)?)
    }

    /// Record a change the actor was granted, in this transaction.
    pub fn record(&self, proof: &Granted, target: &str, details: Value) -> Result<()> {
        self.tx.append_audit(&AuditRecord {
            org: Some(self.org.id),
            actor: &self.actor.label(),
            reason: self.reason.as_deref(),
            action: proof.action(),
            target,
            outcome: "allowed",
            decision: &proof.decision().reason,
            details,
        })?;
        Ok(())
    }

    /// Record a read of clinical content the actor was granted; a dry run's read is
    /// recorded too.
    pub fn record_read(&self, proof: &Granted, target: &str, details: Value) -> Result<()> {
        self.tx.append_kept(&AuditRecord {
            org: Some(self.org.id),
            actor: &self.actor.label(),
            reason: self.reason.as_deref(),
            action: proof.action(),
            target,
            outcome: "allowed",
            decision: &proof.decision().reason,
            details,
        })
    }

    /// Record what the actor asked about others, or was refused asking (`perm check
    /// --batch`); kept under a dry run, like a read.
    pub fn record_question(&self, outcome: &str, decision: &str, details: Value) -> Result<()> {
        self.tx.append_kept(&AuditRecord {
            org: Some(self.org.id),
            actor: &self.actor.label(),
            reason: self.reason.as_deref(),
            action: "perm.batch",
            target: "org",
            outcome,
            decision,
            details,
        })
    }

    /// Whether the actor may learn other members' access to `target` (`perm who-can`,
    /// `record access`, a batch's questions about others): whoever manages a record's
    /// sharing may ask about it and its entries (as far as the policy lets them reach
    /// an entry); anyone else needs to be able to read the audit trail.
    pub fn may_reveal_access(&self, target: &TargetFacts) -> Result<Verdict> {
        if matches!(target.kind(), "record" | "entry") {
            let verdict = self.check("record.share", target)?;
            if verdict.decision().allowed {
                return Ok(verdict);
            }
        }
        self.check("audit.view", &TargetFacts::org())
    }

    /// The gate of [`Session::may_reveal_access`]: a denial is exit 3, audited.
    pub fn authorize_reveal_access(&self, target: &TargetFacts) -> Result<()> {
        proof(self.may_reveal_access(target)?).map(|_| ())
    }

    pub fn member(&self, email: &str) -> Result<crate::store::Member> {
        let email = parse_email(email)?;
        self.tx
            .member_by_email(self.org.id, &email)?
            .ok_or_else(|| {
                self.missing(
                    format!("member:{email}"),
                    Error::not_found(format!("{email} is not a member of {}", self.org.slug))
                        .hinted("list the members with: careward member list"),
                )
            })
    }

    /// Say what this command's refusal event, if it fails, records beside the decision
    /// (a JSON object, merged into the event's details). A command that does so also
    /// has its refusals for invalid input audited once it has been authorized: a CSV
    /// import names its run, and a refused import leaves an event.
    pub fn describe_refusal(&self, details: Value) {
        *self.refusal_details.borrow_mut() = Some(details);
    }

    /// Name the request a refusal of this command is audited against, when no single
    /// authorization names it: a record import authorizes each row on its own.
    pub fn audit_refusals_as(&self, action: &str, target: &str) {
        *self.last.borrow_mut() = Some((action.to_string(), target.to_string()));
    }

    /// What a failed command leaves in the audit trail: denials and refusals by a rule.
    fn refusal(&self, err: &anyhow::Error) -> Option<Refusal> {
        let e = error::find(err)?;
        let described = self.refusal_details.borrow().clone();
        // A described command (an import) is refused for its input, and denied for
        // rows the policy denies, without one decision that says so.
        let refused = match e.kind {
            ErrorKind::Conflict => true,
            ErrorKind::Invalid | ErrorKind::Denied => described.is_some(),
            _ => false,
        };
        let (outcome, action, target) = match &e.decision {
            Some(d) if e.kind == ErrorKind::Denied => {
                ("denied", d.action.clone(), d.target.clone())
            }
            _ if refused => {
                let (action, target) = self.last.borrow().clone()?;
                let outcome = if e.kind == ErrorKind::Denied {
                    "denied"
                } else {
                    "refused"
                };
                (outcome, action, target)
            }
            _ => return None,
        };
        let mut details = match &e.decision {
            Some(d) => serde_json::json!({ "chain": d.chain }),
            None => serde_json::json!({ "hint": e.hint }),
        };
        if let (Some(Value::Object(extra)), Value::Object(map)) = (described, &mut details) {
            map.extend(extra);
        }
        if self.tx.dry_run() {
            details = dry_run_details(details);
        }
        Some(Refusal {
            org: self.org.id,
            actor: self.actor.label(),
            reason: self.reason.clone(),
            action,
            target,
            outcome,
            // A message that lists problems line by line is summed up by its first line.
            decision: match &e.decision {
                Some(d) => d.reason.clone(),
                None => format!(
                    "{outcome}: {}",
                    e.message.lines().next().unwrap_or("").trim_end_matches(':')
                ),
            },
            details,
        })
    }
}

struct Refusal {
    org: i64,
    actor: String,
    reason: Option<String>,
    action: String,
    target: String,
    outcome: &'static str,
    decision: String,
    details: Value,
}

impl Refusal {
    fn append(self, tx: &Tx) -> Result<()> {
        tx.append_audit(&AuditRecord {
            org: Some(self.org),
            actor: &self.actor,
            reason: self.reason.as_deref(),
            action: &self.action,
            target: &self.target,
            outcome: self.outcome,
            decision: &self.decision,
            details: self.details,
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_lowercased_and_checked() {
        assert_eq!(
            parse_email("  Ann.Lee@Example.ORG ").unwrap(),
            "ann.lee@example.org"
        );
        for bad in [
            "bob@",
            "@x.org",
            "bob",
            "a b@x.org",
            "a@b",
            "a@@b.org",
            "a@x..org",
            "a@.x.org",
        ] {
            assert!(parse_email(bad).is_err(), "{bad}");
        }
    }
}
