//! `careward entry`: the parts of a record that sharing, confidentiality, approval and
//! transfers act on — notes, documents, invoices, appointments, tasks… Their kinds come
//! from the policy; careward keeps each entry's metadata (kind, author, time, flags,
//! status), never clinical text.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::record::find as find_record;
use super::{Reply, change_note};
use crate::error::Error;
use crate::output::Output;
use crate::policy::EntryVerb;
use crate::session::{Ctx, Session};
use crate::store::{Entry, NewEntry, Record};

#[derive(Subcommand, Debug)]
pub enum EntryCommand {
    #[command(after_long_help = "Examples:\n  \
        careward entry add 42 --kind note --title \"Session 3\"\n  \
        careward entry add 42 --kind document --title \"Assessment report\" \\\n      \
        --confidential --draft")]
    Add(AddArgs),
    #[command(after_long_help = "Examples:\n  \
        careward entry list 42")]
    List(ListArgs),
    /// Show an entry's metadata: kind, title, author, status
    #[command(after_long_help = "Examples:\n  \
        careward entry show 7")]
    Show(IdArgs),
    #[command(after_long_help = "Examples:\n  \
        careward entry edit 7 --title \"Session 3 (revised)\"\n  \
        careward entry edit 7 --confidential on")]
    Edit(EditArgs),
    /// Delete an entry, where the policy gives its kind a delete action
    #[command(after_long_help = "Examples:\n  \
        careward entry delete 7")]
    Delete(IdArgs),
    /// Submit a draft entry (a note may then wait for approval)
    #[command(after_long_help = "Examples:\n  \
        careward entry submit 7")]
    Submit(IdArgs),
    #[command(after_long_help = "Examples:\n  \
        careward entry export 42 --format json > notes.json")]
    Export(ExportArgs),
}

/// Add an entry to a record (a note, a document, …)
#[derive(Args, Debug)]
pub struct AddArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(add = super::completions::records())]
    record: String,
    /// The kind of entry (the policy's kinds: note, document, raw-data, invoice, …)
    #[arg(long)]
    kind: String,
    /// A title
    #[arg(long, default_value = "")]
    title: String,
    /// Visible only to its author and the record's owner
    #[arg(long)]
    confidential: bool,
    /// Keep it as a draft (a note not submitted yet: it asks for no approval)
    #[arg(long)]
    draft: bool,
    /// The library item it names, where the policy's kind names one: a chart's (or a
    /// measurement's) pinpoint, a journal's journal type
    #[arg(long, value_name = "NAME", visible_aliases = ["pinpoint", "journal-type"])]
    item: Option<String>,
}

/// List the entries of a record that you can read
#[derive(Args, Debug)]
pub struct ListArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(add = super::completions::records())]
    record: String,
}

/// An entry, by id (show: read it; delete: remove it, where the policy deletes its kind;
/// submit: a draft note becomes final)
#[derive(Args, Debug)]
pub struct IdArgs {
    /// The entry's id
    id: i64,
}

/// Change an entry's title or confidentiality (as the policy allows for its kind)
#[derive(Args, Debug)]
pub struct EditArgs {
    /// The entry's id
    id: i64,
    /// A new title
    #[arg(long)]
    title: Option<String>,
    /// on or off
    #[arg(long, value_parser = ["on", "off"])]
    confidential: Option<String>,
}

/// Export a record's notes (drafts included; not documents, invoices or tasks): the owner
/// exports every one, a collaborator only their own
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The record's number, or ext:EXTERNAL-ID
    #[arg(add = super::completions::records())]
    record: String,
}

pub fn run(ctx: &Ctx, command: &EntryCommand) -> Result<Reply> {
    match command {
        EntryCommand::Add(a) => add(ctx, a),
        EntryCommand::List(a) => list(ctx, a),
        EntryCommand::Show(a) => show(ctx, a),
        EntryCommand::Edit(a) => edit(ctx, a),
        EntryCommand::Delete(a) => delete(ctx, a),
        EntryCommand::Submit(a) => submit(ctx, a),
        EntryCommand::Export(a) => export(ctx, a),
    }
}

pub fn find(s: &Session, id: i64) -> Result<Entry> {
    s.tx.entry(s.org.id, id)?.ok_or_else(|| {
        s.missing(
            format!("entry:{id}"),
            Error::not_found(format!("no entry {id} in {}", s.org.slug))
                .hinted("list a record's entries with: careward entry list RECORD"),
        )
    })
}

pub fn entry_fields(e: &Entry) -> Vec<(&'static str, Value)> {
    vec![
        ("id", json!(e.id)),
        ("record", json!(e.record.number)),
        ("kind", json!(e.kind)),
        ("title", json!(e.title)),
        ("author", json!(e.author)),
        ("confidential", json!(e.confidential)),
        ("status", json!(e.status)),
        ("created_at", json!(e.created_at)),
        ("edited_at", json!(e.edited_at)),
        ("submitted_at", json!(e.submitted_at)),
        ("approved_by", json!(e.approved_by)),
        ("approved_at", json!(e.approved_at)),
    ]
}

const LIST_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "title",
    "author",
    "confidential",
    "status",
    "created_at",
];

/// The columns a table shows without --wide.
const LIST_BRIEF: &[&str] = &["id", "kind", "title", "author", "status", "created_at"];

fn list_row(e: &Entry) -> Vec<Value> {
    vec![
        json!(e.id),
        json!(e.kind),
        json!(e.title),
        json!(e.author),
        json!(e.confidential),
        json!(e.status),
        json!(e.created_at),
    ]
}

/// Refuse changes to a record that cannot take them.
pub fn writable(r: &Record) -> Result<()> {
    if r.read_only {
        return Err(Error::conflict(format!(
            "{} is a read-only archived copy: it can be read, never changed",
            r.key()
        ))
        .into());
    }
    if r.status != "active" {
        return Err(Error::conflict(format!(
            "{} is {}: only active records take new entries",
            r.key(),
            r.status
        ))
        .hinted(format!(
            "reactivate it first: careward record reactivate {}",
            r.number
        ))
        .into());
    }
    Ok(())
}

/// The status a submitted note starts in: waiting for the owner's approval when its
/// author's share requires it.
fn submitted_status(s: &Session, r: &Record, kind_notes: bool) -> Result<&'static str> {
    let author = s.actor.member().map(|m| m.id);
    let needs = match author {
        Some(a) if kind_notes && a != r.owner.id => s.tx.requires_approval(r.id, a)?,
        _ => false,
    };
    Ok(if needs { "pending-approval" } else { "final" })
}

fn add(ctx: &Ctx, args: &AddArgs) -> Result<Reply> {
    crate::limits::title("--title", args.title.trim())?;
    ctx.in_org(|s| {
        let r = find_record(s, &args.record)?;
        let kind_name = args.kind.trim();
        let Some(kind) = s.policy.entries.kinds.get(kind_name) else {
            let kinds: Vec<&String> = s.policy.entries.kinds.keys().collect();
            return Err(Error::invalid(format!("unknown kind of entry \"{kind_name}\" in policy {}", s.policy.name))
                .hinted(if kinds.is_empty() {
                    "this policy keeps no entries".to_string()
                } else {
                    format!("the kinds are: {}", kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", "))
                })
                .into());
        };
        let create = s.policy.entry_action(kind_name, EntryVerb::Create).unwrap_or("entry.create");
        let proof = s.authorize(create, &r.target())?;
        if let Some(action) = &kind.requires {
            s.authorize(action, &r.target())?;
        }
        writable(&r)?;
        if args.draft && !kind.notes {
            return Err(Error::invalid(format!("only notes can be drafts, not --kind {kind_name}")).into());
        }
        let status = if args.draft { "draft" } else { submitted_status(s, &r, kind.notes)? };
        let item = named_item(s, kind_name, kind, args.item.as_deref())?;
        let id = s.tx.insert_entry(
            &proof,
            create,
            &r,
            &NewEntry {
                kind: kind_name,
                title: args.title.trim(),
                author: &s.actor.label(),
                author_id: s.actor.member().map(|m| m.id),
                confidential: args.confidential,
                status,
            },
        )?;
        if let Some(item) = &item {
            s.tx.set_entry_item(&proof, &r.key(), id, item.id)?;
        }
        let e = find(s, id)?;
        let item_key = item.as_ref().map(|i| i.key());
        let mut details = json!({ "record": r.number, "kind": kind_name, "confidential": args.confidential, "status": status });
        if let Some(key) = &item_key {
            details["item"] = json!(key);
        }
        s.record(&proof, &e.key(), details)?;
        let mut note = format!("add {} {} to {}", kind_name, e.key(), r.key());
        if status == "pending-approval" {
            note.push_str(&format!("; it waits for {}'s approval", r.owner.email));
        }
        let mut fields = entry_fields(&e);
        fields.push(("item", json!(item_key)));
        Ok(Reply::from(Output::object(fields)).noted(change_note(ctx.global.dry_run, note)))
    })
}

/// The library item a new entry names, where the policy's kind names one: required where
/// it must (a chart its pinpoint, "selecting a pinpoint from the organization's Pinpoint
/// library"), refused where the kind names none. Picking from a library needs no
/// permission beyond adding the entry ("the user can still create Journals using the
/// Journal types set up by the organization").
fn named_item(
    s: &Session,
    kind_name: &str,
    kind: &crate::policy::EntryKind,
    name: Option<&str>,
) -> Result<Option<crate::store::LibraryItem>> {
    match (kind.names.as_deref(), name) {
        (Some(library), Some(name)) => Ok(Some(super::library::find(s, library, name)?)),
        (Some(library), None) if kind.must_name => Err(Error::invalid(format!(
            "a {kind_name} names a {library}"
        ))
        .hinted(format!(
            "add --{library} NAME; the organisation's are listed by: careward {library} list"
        ))
        .into()),
        (None, Some(_)) => Err(Error::invalid(format!(
            "a {kind_name} names no library item: leave out --item"
        ))
        .into()),
        _ => Ok(None),
    }
}

/// Reading a record's entries is reading its clinical content: audited.
fn list(ctx: &Ctx, args: &ListArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let r = find_record(s, &args.record)?;
        let proof = s.authorize("entry.read", &r.target())?;
        let mut rows = Vec::new();
        let mut hidden = 0;
        for e in s.tx.entries(&r)? {
            if s.check(view_action(s, &e), &e.target())?.decision().allowed {
                rows.push(list_row(&e));
            } else {
                hidden += 1;
            }
        }
        s.record_read(
            &proof,
            &r.key(),
            json!({ "read": "entries", "shown": rows.len(), "hidden": hidden }),
        )?;
        let mut reply = Reply::from(Output::list(LIST_COLUMNS, rows).brief(LIST_BRIEF));
        if hidden > 0 {
            reply.note = Some(format!(
                "{hidden} entr{} you may not read left out",
                if hidden == 1 { "y" } else { "ies" }
            ));
        }
        Ok(reply)
    })
}

fn show(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let e = find(s, args.id)?;
        let proof = s.authorize(view_action(s, &e), &e.target())?;
        s.record_read(
            &proof,
            &e.key(),
            json!({ "read": "entry", "record": e.record.number }),
        )?;
        let mut fields = entry_fields(&e);
        fields.push(("item", json!(s.tx.entry_item(e.id)?.map(|i| i.key()))));
        Ok(Output::object(fields).into())
    })
}

fn edit(ctx: &Ctx, args: &EditArgs) -> Result<Reply> {
    if args.title.is_none() && args.confidential.is_none() {
        return Err(Error::usage("nothing to change")
            .hinted("give --title or --confidential on|off")
            .into());
    }
    if let Some(title) = &args.title {
        crate::limits::title("--title", title.trim())?;
    }
    ctx.in_org(|s| {
        let e = find(s, args.id)?;
        let action = edit_action(s, &e);
        let proof = s.authorize(action, &e.target())?;
        writable(&e.record)?;
        if e.status == "approved" {
            return Err(Error::conflict(format!("{} is approved and signed: it can no longer change", e.key())).into());
        }
        let title = args.title.as_deref().map_or(e.title.as_str(), str::trim);
        let confidential = args.confidential.as_deref().map_or(e.confidential, |c| c == "on");
        s.tx.edit_entry(&proof, action, &e, title, confidential)?;
        s.record(&proof, &e.key(), json!({ "title_changed": title != e.title, "confidential": [e.confidential, confidential] }))?;
        let after = find(s, e.id)?;
        Ok(Reply::from(Output::object(entry_fields(&after))).noted(change_note(ctx.global.dry_run, format!("edit {}", e.key()))))
    })
}

/// The action reading an entry asks: its kind's view action, else `entry.read`.
pub fn view_action<'a>(s: &'a Session, e: &Entry) -> &'a str {
    s.policy
        .entry_action(&e.kind, EntryVerb::View)
        .unwrap_or("entry.read")
}

fn edit_action<'a>(s: &'a Session, e: &Entry) -> &'a str {
    s.policy
        .entry_action(&e.kind, EntryVerb::Edit)
        .unwrap_or("entry.edit")
}

/// Delete an entry: only where the policy names a delete action for its kind (seed 003:
/// "Users can only delete their own Journal entries"); other kinds are kept.
fn delete(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let e = find(s, args.id)?;
        let Some(action) = s.policy.entry_action(&e.kind, EntryVerb::Delete) else {
            // Whoever may not read it learns nothing about it, not even its kind.
            s.authorize(view_action(s, &e), &e.target())?;
            return Err(Error::conflict(format!(
                "policy {} keeps {} entries: it names no action that deletes them",
                s.policy.name, e.kind
            ))
            .into());
        };
        let proof = s.authorize(action, &e.target())?;
        writable(&e.record)?;
        s.tx.delete_entry(&proof, action, &e)?;
        s.record(
            &proof,
            &e.key(),
            json!({ "record": e.record.number, "kind": e.kind, "deleted": true }),
        )?;
        Ok(
            Reply::from(Output::object(entry_fields(&e))).noted(change_note(
                ctx.global.dry_run,
                format!("delete {} from {}", e.key(), e.record.key()),
            )),
        )
    })
}

fn submit(ctx: &Ctx, args: &IdArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let e = find(s, args.id)?;
        let action = edit_action(s, &e);
        let proof = s.authorize(action, &e.target())?;
        writable(&e.record)?;
        if e.status != "draft" {
            return Err(
                Error::conflict(format!("{} is not a draft: it is {}", e.key(), e.status)).into(),
            );
        }
        let notes = s.policy.entries.kinds.get(&e.kind).is_some_and(|k| k.notes);
        let status = submitted_status(s, &e.record, notes)?;
        s.tx.submit_entry(&proof, action, &e, status)?;
        s.record(&proof, &e.key(), json!({ "status": ["draft", status] }))?;
        let after = find(s, e.id)?;
        let mut note = format!("submit {}", e.key());
        if status == "pending-approval" {
            note.push_str(&format!(
                "; it waits for {}'s approval",
                e.record.owner.email
            ));
        }
        Ok(Reply::from(Output::object(entry_fields(&after)))
            .noted(change_note(ctx.global.dry_run, note)))
    })
}

/// "Only the owner can print every note; a collaborator can print only their own."
fn export(ctx: &Ctx, args: &ExportArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let r = find_record(s, &args.record)?;
        let proof = s.authorize("record.export", &r.target())?;
        let mut rows = Vec::new();
        let mut left_out = 0;
        for e in s.tx.entries(&r)? {
            // notes only: invoices, tasks, appointments… are not "notes" to export
            if !s.policy.entries.kinds.get(&e.kind).is_some_and(|k| k.notes) {
                continue;
            }
            if s.check("record.export", &e.target())?.decision().allowed {
                rows.push(list_row(&e));
            } else {
                left_out += 1;
            }
        }
        s.record_read(
            &proof,
            &r.key(),
            json!({ "read": "export", "exported": rows.len(), "left_out": left_out }),
        )?;
        let mut reply = Reply::from(Output::list(LIST_COLUMNS, rows).brief(LIST_BRIEF));
        if left_out > 0 {
            reply.note = Some(format!(
                "{left_out} note{} by others left out: a collaborator exports only their own",
                if left_out == 1 { "" } else { "s" }
            ));
        }
        Ok(reply)
    })
}
