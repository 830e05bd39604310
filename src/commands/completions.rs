//! Shell completion. `careward completions SHELL` prints a static script, generated
//! from the command line's own definition (completions/ holds them, checked to be
//! current by a test). `COMPLETE=SHELL careward` (clap_complete's environment-driven
//! completer, hooked in [`crate::cli::Cli::parse_command_line`]) registers dynamic
//! completion, which also completes what the store holds: member emails, roles,
//! organisation, location and team slugs, record numbers, and the built-in policies.
//!
//! Completion reads organisation data, so it asks the gate like any command: it
//! completes what the acting member named on the line being completed (`--as`, else
//! `CAREWARD_AS`) may list — the members `member list` shows them, the records
//! `record list` shows them (with the client's name only where it shows it), locations,
//! teams and roles only to whoever may view the organisation — and nothing to anyone
//! who cannot act in it. It asks with [`Ctx::peek`]: nothing is written, and neither
//! its reads nor a refusal are audited (a Tab press is no command; the trail would fill
//! with noise).

use std::ffi::OsString;

use anyhow::Result;
use clap::{Args, CommandFactory, Parser};
use clap_complete::Shell;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use super::Reply;
use crate::cli::{Cli, GlobalArgs};
use crate::output::Output;
use crate::policy::{MemberStatus, PRESETS, TargetFacts};
use crate::session::{Ctx, Session};
use crate::store::{GroupKind, MemberFilter, RecordFilter};

/// Print a shell completion script (bash, zsh, fish, elvish, powershell)
#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell
    shell: Shell,
}

pub fn run(args: &CompletionsArgs) -> Result<Reply> {
    Ok(Output::Text(script(args.shell)?).into())
}

/// The completion script for a shell.
pub fn script(shell: Shell) -> Result<String> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "careward", &mut buf);
    Ok(String::from_utf8(buf)?)
}

/// The emails of the members the actor may view.
pub fn members() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        peek(false, |s| {
            let mut out = Vec::new();
            for m in s.tx.members(s.org.id, &MemberFilter::default())? {
                if m.status != MemberStatus::Removed
                    && s.check("member.view", &m.target())?.decision().allowed
                {
                    out.push(CompletionCandidate::new(&m.email).help(Some(m.name.into())));
                }
            }
            Ok(out)
        })
    })
}

/// The roles of the organisation's policy that fit its kind.
pub fn roles() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        peek(false, |s| {
            if !views_org(s)? {
                return Ok(Vec::new());
            }
            Ok(s.policy
                .roles
                .values()
                .filter(|r| r.allowed_in(s.org.kind))
                .map(|r| CompletionCandidate::new(&r.name).help(Some(r.description.clone().into())))
                .collect())
        })
    })
}

/// The organisations the actor may view (as `org list` answers).
pub fn orgs() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        peek(true, |s| {
            Ok(match views_org(s)? {
                true => vec![
                    CompletionCandidate::new(&s.org.slug).help(Some(s.org.name.clone().into())),
                ],
                false => Vec::new(),
            })
        })
    })
}

/// The active locations, to whoever may view the organisation.
pub fn locations() -> ArgValueCandidates {
    ArgValueCandidates::new(|| groups(GroupKind::Location))
}

/// The active teams, to whoever may view the organisation.
pub fn teams() -> ArgValueCandidates {
    ArgValueCandidates::new(|| groups(GroupKind::Team))
}

/// The numbers of the records the actor may view, with the client's name where
/// `record list` shows it.
pub fn records() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        peek(false, |s| {
            if !views_org(s)? {
                return Ok(Vec::new());
            }
            let all = s.tx.records(s.org.id, &RecordFilter::default())?;
            let (shown, _) = super::record::visible(s, all)?;
            let mut out = Vec::new();
            for r in &shown {
                let client = super::record::client_shown(s, r)?.text();
                out.push(CompletionCandidate::new(r.number.to_string()).help(Some(client.into())));
            }
            Ok(out)
        })
    })
}

/// The built-in policies: the same for everyone, like `policy list`.
pub fn policies() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        PRESETS
            .iter()
            .map(|(name, _)| CompletionCandidate::new(name))
            .collect()
    })
}

fn groups(kind: GroupKind) -> Vec<CompletionCandidate> {
    peek(false, |s| {
        if !views_org(s)? {
            return Ok(Vec::new());
        }
        Ok(s.tx
            .groups(kind, s.org.id, false)?
            .into_iter()
            .map(|g| CompletionCandidate::new(&g.slug).help(Some(g.name.into())))
            .collect())
    })
}

/// Whether the actor may view the organisation: what listing its locations, teams,
/// records and roles needs (`location list`, `record list`).
fn views_org(s: &Session) -> Result<bool> {
    Ok(s.check("org.view", &TargetFacts::org())?.decision().allowed)
}

/// The global options alone, to read them from the line being completed.
#[derive(Parser)]
struct Globals {
    #[command(flatten)]
    global: GlobalArgs,
}

/// Ask as the command line being completed says: its `--db`, `--org`, `--as` and
/// `--reason` (else their environment variables), waiting at most a second for a busy
/// store.
fn peek(
    every_org: bool,
    body: impl FnMut(&Session) -> Result<Vec<CompletionCandidate>>,
) -> Vec<CompletionCandidate> {
    let mut argv: Vec<OsString> = vec!["careward".into(), "--busy-timeout".into(), "1".into()];
    argv.extend(global_options(std::env::args_os()));
    let Ok(globals) = Globals::try_parse_from(argv) else {
        return Vec::new();
    };
    match Ctx::new(globals.global) {
        Ok(ctx) => ctx.peek(every_org, body),
        Err(_) => Vec::new(),
    }
}

/// The global options that name the store, the organisation and the actor, as written
/// on the line being completed: `careward -- careward WORDS…` is how the shell asks.
fn global_options(args: impl Iterator<Item = OsString>) -> Vec<OsString> {
    let words: Vec<String> = args
        .skip_while(|a| a != "--")
        .skip(2)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        for flag in ["--db", "--org", "--as", "--reason"] {
            if let Some(value) = word.strip_prefix(&format!("{flag}=")) {
                out.extend([flag.into(), value.into()]);
            } else if word == flag
                && let Some(value) = words.get(i + 1)
            {
                out.extend([flag.into(), value.into()]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_being_completed_names_the_store_org_and_actor() {
        let line = |words: &[&str]| {
            global_options(words.iter().map(OsString::from))
                .into_iter()
                .map(|w| w.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            line(&[
                "careward",
                "--",
                "careward",
                "member",
                "show",
                "--as",
                "a@x.org",
                "--org=north",
                ""
            ]),
            ["--as", "a@x.org", "--org", "north"]
        );
        // the completer's own arguments before `--` do not count
        assert!(
            line(&[
                "careward", "--as", "a@x.org", "--", "careward", "record", "show", ""
            ])
            .is_empty()
        );
        // an option at the end of the line has no value yet
        assert!(line(&["careward", "--", "careward", "member", "show", "--as"]).is_empty());
    }
}
