//! One file per noun. Each verb is an `Args` struct (its `///` lines are the help) and
//! one function that tells the command's whole story: build the request, authorize it
//! through the session's gate, change the store in the session's one transaction,
//! return what to render.

pub mod assistant;
pub mod audit;
pub mod completions;
pub mod config;
pub mod entry;
mod grouping;
pub mod library;
pub mod location;
pub mod member;
pub mod member_import;
pub mod note;
pub mod org;
pub mod org_view;
mod orgfile;
pub mod performer_group;
pub mod perm;
pub mod policy;
mod policy_test;
pub mod record;
pub mod record_import;
pub mod report;
pub mod role;
pub mod space;
pub mod store;
pub mod team;

use serde_json::{Value, json};

use crate::error::Error;
use crate::output::Output;
use crate::policy::TargetFacts;
use crate::session::Session;
use crate::store::{GroupKind, Member};

/// What a command hands back to `main`: output for stdout, an optional note for
/// stderr, and the exit code when it is not 0 (`perm check` denied: 3).
pub struct Reply {
    pub output: Output,
    pub note: Option<String>,
    pub exit: u8,
}

impl From<Output> for Reply {
    fn from(output: Output) -> Reply {
        Reply {
            output,
            note: None,
            exit: 0,
        }
    }
}

impl Reply {
    pub fn noted(mut self, note: impl Into<String>) -> Reply {
        self.note = Some(note.into());
        self
    }
}

/// A target written `type:id` on the command line, resolved to what the policy needs.
pub fn resolve_target(session: &Session, text: Option<&str>) -> anyhow::Result<TargetFacts> {
    let Some(text) = text.map(str::trim) else {
        return Ok(TargetFacts::org());
    };
    // `performer:4` under a policy that calls records performers
    let text = &session.policy.terms.target(text);
    if text == "org" {
        return Ok(TargetFacts::org());
    }
    // Someone who cannot act here is refused whatever the target is: it is not looked
    // up, so that the answer (`perm check`) is the same for one that does not exist.
    // They are told about themselves (`perm check member.accept member:ME`).
    let key = lookup_key(text)?;
    if let Some(key) = &key
        && !session.acting()
        && *key != format!("member:{}", session.actor.label())
    {
        return Ok(TargetFacts::unknown(key.clone()));
    }
    let found = look_up(session, text);
    // A member who may not be told that such a target is not there (Session::missing)
    // is answered about a stand-in, in the words a target that exists gets.
    if let (Err(err), Some(key)) = (&found, &key)
        && crate::error::find(err)
            .and_then(|e| e.decision.as_ref())
            .is_some_and(|d| d.target == *key)
    {
        return Ok(TargetFacts::unknown(key.clone()));
    }
    found
}

fn look_up(session: &Session, text: &str) -> anyhow::Result<TargetFacts> {
    match text.split_once(':') {
        Some(("member", email)) => Ok(session.member(email)?.target()),
        Some(("record", id)) => record::find_target(session, id),
        Some(("entry", id)) => match id.trim().parse() {
            Ok(n) => Ok(entry::find(session, n)?.target()),
            Err(_) => Err(Error::invalid(format!("\"{text}\" is not a target: an entry is entry:NUMBER")).into()),
        },
        Some(("location", slug)) => Ok(grouping::find(session, GroupKind::Location, slug)?.target()),
        Some(("space", id)) => match id.trim().parse() {
            Ok(n) => Ok(space::find(session, n)?.target()),
            Err(_) => Err(Error::invalid(format!("\"{text}\" is not a target: a space is space:NUMBER")).into()),
        },
        Some(("team", slug)) => Ok(grouping::find(session, GroupKind::Team, slug)?.target()),
        Some(("group", slug)) => Ok(performer_group::find(session, slug)?.target()),
        Some(("org", slug)) if slug == session.org.slug => Ok(TargetFacts::org()),
        Some(("org", slug)) => Err(Error::not_found(format!(
            "target org:{slug} is not this organisation ({})",
            session.org.slug
        ))
        .hinted("choose the organisation with --org")
        .into()),
        _ => Err(Error::invalid(format!("\"{text}\" is not a target"))
            .hinted("write targets as org, member:EMAIL, record:NUMBER, record:ext:ID, entry:ID, space:ID, location:SLUG or team:SLUG")
            .into()),
    }
}

/// The key of a target that is looked up in the store, written well; `None` for
/// anything else (the organisation, text that is no target), which
/// [`resolve_target`] answers itself.
fn lookup_key(text: &str) -> anyhow::Result<Option<String>> {
    let numbered = |kind: &str, id: &str| id.trim().parse::<i64>().map(|n| format!("{kind}:{n}"));
    Ok(match text.split_once(':') {
        Some(("member", email)) => Some(format!("member:{}", crate::session::parse_email(email)?)),
        Some(("record", id)) => match id.trim().strip_prefix("ext:") {
            Some(ext) => Some(format!("record:ext:{ext}")),
            None => numbered("record", id).ok(),
        },
        Some((kind @ ("entry" | "space"), id)) => numbered(kind, id).ok(),
        Some((kind @ ("location" | "team" | "group"), slug)) => {
            Some(format!("{kind}:{}", slug.trim()))
        }
        _ => None,
    })
}

/// A member as one output object (`member show`, and the result of changes).
pub fn member_fields(m: &Member) -> Vec<(&'static str, Value)> {
    vec![
        ("email", json!(m.email)),
        ("name", json!(m.name)),
        ("title", json!(m.title)),
        ("roles", json!(m.roles)),
        ("principal", json!(m.principal)),
        ("status", json!(m.status.name())),
        ("invited_by", json!(m.invited_by)),
        ("invited_at", json!(m.invited_at)),
        ("status_since", json!(m.status_since)),
    ]
}

/// The note a change command prints on stderr: what it did, or would have done.
pub fn change_note(dry_run: bool, what: String) -> String {
    if dry_run {
        format!("dry run: would {what}; nothing was changed")
    } else {
        what
    }
}
