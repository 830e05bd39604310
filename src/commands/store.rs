//! `careward store`: the store file as a whole. `store backup` writes a consistent copy
//! of every organisation in it, taken while other processes go on writing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use serde_json::json;

use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::TargetFacts;
use crate::session::{Ctx, Session};
use crate::store::AuditRecord;

#[derive(Subcommand, Debug)]
pub enum StoreCommand {
    #[command(after_long_help = "Examples:\n  \
        careward store backup /backups/careward-$(date +%F).db --as ada@north.example")]
    Backup(BackupArgs),
}

/// Write a consistent copy of the whole store to FILE, while others go on writing
//
// The copy holds every organisation, so the actor needs `audit.view` on each; the
// backup is an `allowed` `store.backup` event in each organisation's trail (a denial in
// any one is exit 3, audited there, and nothing is written). `--org` is ignored.
#[derive(Args, Debug)]
pub struct BackupArgs {
    /// Where to write the copy (mode 0600); an existing file must be empty, or --force
    file: PathBuf,
    /// Replace FILE even if it is not empty
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &Ctx, command: &StoreCommand) -> Result<Reply> {
    match command {
        StoreCommand::Backup(args) => backup(ctx, args),
    }
}

fn backup(ctx: &Ctx, args: &BackupArgs) -> Result<Reply> {
    let file = &args.file;
    let location = ctx.store_location()?;
    check_destination(file, location.file(), args.force)?;
    let mut store = ctx.open_store(false)?;
    let shown = file.display().to_string();
    let authorize = |s: &Session| -> Result<(i64, String)> {
        s.describe_refusal(json!({ "command": "store backup", "file": shown }));
        let proof = s.authorize("audit.view", &TargetFacts::org())?;
        s.tx.append_audit(&AuditRecord {
            org: Some(s.org.id),
            actor: &s.actor.label(),
            reason: s.reason.as_deref(),
            action: "store.backup",
            target: "org",
            outcome: "allowed",
            decision: &proof.decision().reason,
            details: json!({ "file": shown, "authorized_as": "audit.view" }),
        })?;
        Ok((s.org.id, s.org.slug.clone()))
    };
    let mut granted = ctx.in_orgs(&mut store, |_| true, &authorize)?;
    if granted.is_empty() {
        return Err(Error::not_found("the store holds no organisation")
            .hinted("there is nothing to back up")
            .into());
    }

    if ctx.global.dry_run {
        let slugs: Vec<String> = granted.into_iter().map(|(_, slug)| slug).collect();
        let note = change_note(
            true,
            format!(
                "write a copy of the store ({}) to {shown}",
                organisations(&slugs)
            ),
        );
        let output = Output::object(vec![
            ("file", json!(shown)),
            ("organisations", json!(slugs)),
            ("events", json!(null)),
            ("head", json!(null)),
            ("bytes", json!(null)),
        ]);
        return Ok(Reply::from(output).noted(note));
    }

    // Written beside FILE under a temporary name, then renamed over it: FILE is never
    // half a copy, and a failed run leaves nothing behind.
    let dir = match file.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => dir.to_path_buf(),
        None => PathBuf::from("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".careward-backup-")
        .tempfile_in(&dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    let copy = store.backup_into(temp.path())?;

    // An organisation created between the authorization and the copy is in the copy
    // too: the actor must be allowed to view it as well.
    let known: BTreeSet<i64> = granted.iter().map(|(id, _)| *id).collect();
    let late: BTreeSet<i64> = copy
        .orgs
        .iter()
        .copied()
        .filter(|id| !known.contains(id))
        .collect();
    if !late.is_empty() {
        granted.extend(ctx.in_orgs(&mut store, |o| late.contains(&o.id), &authorize)?);
    }

    check_destination(file, location.file(), args.force)?;
    temp.persist(file)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {shown}"))?;
    // The rename itself is durable only once the folder is flushed.
    #[cfg(unix)]
    std::fs::File::open(&dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("cannot flush {} to disk", dir.display()))?;

    let slugs: Vec<String> = granted.into_iter().map(|(_, slug)| slug).collect();
    let note = format!(
        "wrote a copy of the store ({}, {}) to {shown}; check it with: careward audit verify --db {shown}",
        organisations(&slugs),
        crate::output::count(copy.last_event as u64, "audit event")
    );
    let output = Output::object(vec![
        ("file", json!(shown)),
        ("organisations", json!(slugs)),
        ("events", json!(copy.last_event)),
        ("head", json!(copy.last_hash)),
        ("bytes", json!(copy.bytes)),
    ]);
    Ok(Reply::from(output).noted(note))
}

fn organisations(slugs: &[String]) -> String {
    match slugs.len() {
        1 => format!("organisation {}", slugs[0]),
        _ => format!("organisations {}", slugs.join(", ")),
    }
}

/// Refuse to write over the store itself, a folder, or a file that holds something
/// (unless `--force`).
fn check_destination(file: &Path, store: Option<&Path>, force: bool) -> Result<()> {
    let shown = file.display();
    let meta = match std::fs::metadata(file) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {shown}")),
    };
    if meta.is_dir() {
        return Err(Error::usage(format!("{shown} is a folder"))
            .hinted("name the file to write, such as backup.db")
            .into());
    }
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if store.is_some_and(|store| same(file, store)) {
        return Err(Error::conflict(format!("{shown} is the store itself"))
            .hinted("name another file for the copy")
            .into());
    }
    if meta.len() > 0 && !force {
        return Err(
            Error::conflict(format!("{shown} already exists and is not empty"))
                .hinted("name a new file, or add --force to replace it")
                .into(),
        );
    }
    Ok(())
}
