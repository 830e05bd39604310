//! `careward store`: the store as a whole. `store backup` writes a consistent copy of
//! every organisation in it, taken while other processes go on writing; `store copy`
//! copies organisations, with their audit trails, into another store — SQLite or
//! PostgreSQL, either way — and verifies the copy.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use serde_json::json;

use super::{Reply, change_note};
use crate::error::{self, Error, ErrorKind};
use crate::output::{Output, count};
use crate::policy::TargetFacts;
use crate::session::{Ctx, Session};
use crate::store::{AuditRecord, Location, Store};

#[derive(Subcommand, Debug)]
pub enum StoreCommand {
    #[command(after_long_help = "Examples:\n  \
        careward store backup /backups/careward-$(date +%F).db --as ada@north.example")]
    Backup(BackupArgs),
    #[command(after_long_help = "Examples:\n  \
        careward store copy --to postgres://careward@db.example/careward \\\n      \
        --as ada@north.example\n  \
        careward store copy --from postgres://careward@db.example/careward \\\n      \
        --to north.db --org north --as ada@north.example")]
    Copy(CopyArgs),
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

/// Copy organisations and their audit trails into another store, and verify the copy
//
// Every organisation of the source, or the one --org names. The actor needs
// `audit.view` in each, in the source; the copy is an `allowed` `store.copy` event in
// each one's trail, written before the copy is read, so the copied trail ends with it
// (a denial in any one is exit 3, audited there, and nothing is copied). A target
// holding an organisation of the same slug, or rows with the same ids, is refused
// before anything is written (exit 5). The copy is checked on the target as `audit
// verify` checks a store, and its rows counted table by table.
#[derive(Args, Debug)]
pub struct CopyArgs {
    /// The store to copy from (a file, sqlite:PATH or postgres://…); when omitted, the
    /// store (--db)
    #[arg(long, value_name = "STORE")]
    from: Option<PathBuf>,
    /// The store to copy into (a file, sqlite:PATH or postgres://…), created if missing
    #[arg(long, value_name = "STORE")]
    to: PathBuf,
}

pub fn run(ctx: &Ctx, command: &StoreCommand) -> Result<Reply> {
    match command {
        StoreCommand::Backup(args) => backup(ctx, args),
        StoreCommand::Copy(args) => copy(ctx, args),
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

fn copy(ctx: &Ctx, args: &CopyArgs) -> Result<Reply> {
    let from = match &args.from {
        Some(db) => Location::parse(db),
        None => ctx.store_location()?,
    };
    let to = Location::parse(&args.to);
    // as the user reads them: a PostgreSQL URL without its password
    let (from_shown, to_shown) = (from.to_string(), to.to_string());
    if same_store(&from, &to) {
        return Err(
            Error::conflict(format!("{to_shown} is the store copied from"))
                .hinted("name another store to copy into with --to")
                .into(),
        );
    }
    let busy = ctx.busy_timeout();
    let mut source = Store::open(&from, false, busy)?;
    // The target as it is, to refuse a conflict before anything is written (a target
    // that does not exist yet holds nothing); it is created only for the copy.
    let existing = match Store::open(&to, false, busy) {
        Err(e) if error::find(&e).is_some_and(|e| e.kind == ErrorKind::NotFound) => None,
        opened => Some(opened?),
    };
    let authorize = |s: &Session| -> Result<(i64, String)> {
        s.describe_refusal(json!({ "command": "store copy", "to": to_shown }));
        let proof = s.authorize("audit.view", &TargetFacts::org())?;
        if let Some(target) = &existing {
            s.tx.check_copy_room(&s.org, target, &to_shown)?;
        }
        s.tx.append_audit(&AuditRecord {
            org: Some(s.org.id),
            actor: &s.actor.label(),
            reason: s.reason.as_deref(),
            action: "store.copy",
            target: "org",
            outcome: "allowed",
            decision: &proof.decision().reason,
            details: json!({ "to": to_shown, "authorized_as": "audit.view" }),
        })?;
        Ok((s.org.id, s.org.slug.clone()))
    };
    let only = ctx.global.org.as_deref();
    let granted = ctx.in_orgs(
        &mut source,
        |o| only.is_none_or(|slug| o.slug == slug),
        &authorize,
    )?;
    if granted.is_empty() {
        return Err(match only {
            Some(slug) => Error::not_found(format!("no organisation {slug} in {from_shown}"))
                .hinted(format!(
                    "list them with: careward org list --db {from_shown}"
                )),
            None => Error::not_found(format!("the store {from_shown} holds no organisation"))
                .hinted("there is nothing to copy"),
        }
        .into());
    }
    let slugs: Vec<String> = granted.iter().map(|(_, slug)| slug.clone()).collect();

    if ctx.global.dry_run {
        let note = change_note(
            true,
            format!(
                "copy {} from {from_shown} to {to_shown}",
                organisations(&slugs)
            ),
        );
        let rows = slugs
            .iter()
            .map(|slug| {
                vec![
                    json!(slug),
                    json!(null),
                    json!(null),
                    json!(null),
                    json!(null),
                ]
            })
            .collect();
        return Ok(Reply::from(Output::list(&COPY_COLUMNS, rows)).noted(note));
    }

    let mut target = match existing {
        Some(target) => target,
        None => Store::open(&to, true, busy)?,
    };
    let copied = source.copy_orgs(&target, &granted, &to_shown)?;
    drop(source);
    let checks = target.check_copies(&ctx.now_text(), &copied)?;
    let mut rows = Vec::new();
    for (org, check) in copied.iter().zip(checks) {
        let verified = check.map_err(|problem| {
            super::audit::trail_broken(&org.slug, problem).hinted(format!(
                "the copy in {to_shown} does not verify: do not use it, and keep the source"
            ))
        })?;
        rows.push(vec![
            json!(org.slug),
            json!(org.total()),
            json!(verified.events),
            json!(verified.head.map(|h| h.hash)),
            json!(true),
        ]);
    }
    let note = format!(
        "copied {} from {from_shown} to {to_shown}; audit verify passed",
        count(copied.len() as u64, "organisation")
    );
    Ok(Reply::from(Output::list(&COPY_COLUMNS, rows)).noted(note))
}

/// What `store copy` shows of each organisation: its rows copied (the trail's
/// included), its audit events and their newest's hash, and whether the copy verified.
const COPY_COLUMNS: [&str; 5] = ["org", "rows", "events", "head", "verified"];

/// Whether two locations name the same store (a file by two paths included).
fn same_store(a: &Location, b: &Location) -> bool {
    match (a, b) {
        (Location::File(a), Location::File(b)) => {
            a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
        }
        (Location::Postgres(a), Location::Postgres(b)) => a == b,
        _ => false,
    }
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
