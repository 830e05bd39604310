//! `careward pinpoint`, `careward tag`, `careward journal-type`: the organisation's
//! libraries, for the policies that declare them (`libraries:`). Each library's items are
//! created, edited and deleted by whoever holds its `manage` action (Manage Pinpoints,
//! Manage Tags, Manage Journal Types); every member who may view the organisation sees
//! them, since everyone picks from them ("the user can still create Journals using the
//! Journal types set up by the organization"). A library with `assign` (tags) has items
//! assigned to things, each kind of thing needing the action the policy names for it
//! ("whoever may edit that thing").

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{Reply, change_note, resolve_target};
use crate::error::Error;
use crate::output::Output;
use crate::policy::{Library, TargetFacts};
use crate::session::{Ctx, Session};
use crate::store::{LibraryItem, NewItem, Tagged};

/// The verbs every library has.
#[derive(Subcommand, Debug)]
pub enum LibraryCommand {
    Create(CreateArgs),
    List(ListArgs),
    Show(NameArgs),
    Edit(EditArgs),
    Delete(NameArgs),
}

/// The verbs every library has, in one library's words: `pinpoint create` and
/// `journal-type create` share their arguments, not their help (each verb's description
/// and examples name its own noun and item).
pub fn worded(
    noun: &'static str,
    verb: &'static str,
) -> impl FnOnce(clap::Command) -> clap::Command {
    let (item, example) = match noun {
        "pinpoint" => ("pinpoint", "\"Hand flapping\""),
        "journal-type" => ("journal type", "\"Session notes\""),
        _ => ("tag", "follow-up"),
    };
    let (about, args) = match verb {
        "create" => (
            format!("Add a {item} to the library (Manage permission)"),
            format!("{example} --description \"…\""),
        ),
        "list" => (
            format!("List the organisation's {item}s"),
            "--format json".to_string(),
        ),
        "show" => (
            format!("Show a {item}: what it is, who made it"),
            format!("{example} --format json"),
        ),
        "edit" => (
            format!("Rename a {item} or change its description (Manage permission)"),
            format!("{example} --description \"…\""),
        ),
        _ => (
            format!("Delete a {item} from the library (Manage permission)"),
            example.to_string(),
        ),
    };
    move |c| {
        c.about(about)
            .after_long_help(format!("Examples:\n  careward {noun} {verb} {args}"))
    }
}

/// The tag library's verbs: those of every library, and assigning tags to things.
#[derive(Subcommand, Debug)]
pub enum TagCommand {
    #[command(flatten)]
    Library(LibraryCommand),
    /// Put a tag on a performer, an entry (chart, journal), a user or a pinpoint
    Assign(AssignArgs),
    /// Take a tag off what it is on
    Unassign(AssignArgs),
}

/// Add an item to the library (its Manage permission)
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward pinpoint create \"Hand flapping\" --description \"Repetitive hand movement\"\n  careward journal-type create \"Session notes\"\n  careward tag create follow-up"
)]
pub struct CreateArgs {
    /// The item's name, unique in its library
    name: String,
    /// What it is for
    #[arg(long, default_value = "")]
    description: String,
}

/// List the library's items
#[derive(Args, Debug)]
#[command(after_long_help = "Examples:\n  careward pinpoint list --format json")]
pub struct ListArgs {}

/// An item of the library, by name
#[derive(Args, Debug)]
#[command(after_long_help = "Examples:\n  careward tag show follow-up --format json")]
pub struct NameArgs {
    /// The item's name
    name: String,
}

/// Rename an item or change its description (its Manage permission)
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward pinpoint edit \"Hand flapping\" --name \"Hand flapping (stereotypy)\""
)]
pub struct EditArgs {
    /// The item's name
    name: String,
    /// A new name
    #[arg(long = "name", id = "new_name", value_name = "NAME")]
    new_name: Option<String>,
    /// A new description
    #[arg(long)]
    description: Option<String>,
}

/// Assign a tag to a performer, an entry (chart, journal), a user or a pinpoint, or take it off
#[derive(Args, Debug)]
#[command(
    after_long_help = "Examples:\n  careward tag assign follow-up record:3\n  careward tag assign follow-up entry:12\n  careward tag assign follow-up member:sam@example.org\n  careward tag assign follow-up \"pinpoint:Hand flapping\"\n  careward tag unassign follow-up record:3"
)]
pub struct AssignArgs {
    /// The tag's name
    tag: String,
    /// What it goes on: record:N, entry:ID, member:EMAIL or LIBRARY:NAME (pinpoint:NAME)
    target: String,
}

pub fn run(ctx: &Ctx, library: &str, command: &LibraryCommand) -> Result<Reply> {
    match command {
        LibraryCommand::Create(a) => create(ctx, library, a),
        LibraryCommand::List(_) => list(ctx, library),
        LibraryCommand::Show(a) => show(ctx, library, a),
        LibraryCommand::Edit(a) => edit(ctx, library, a),
        LibraryCommand::Delete(a) => delete(ctx, library, a),
    }
}

pub fn run_tag(ctx: &Ctx, command: &TagCommand) -> Result<Reply> {
    match command {
        TagCommand::Library(c) => run(ctx, "tag", c),
        TagCommand::Assign(a) => assign(ctx, a, true),
        TagCommand::Unassign(a) => assign(ctx, a, false),
    }
}

/// The library as the organisation's policy declares it, or a refusal.
pub fn declared<'s>(s: &'s Session, library: &str) -> Result<&'s Library> {
    // whoever may not view the organisation is refused (and audited) before being
    // told what its policy has
    s.authorize("org.view", &TargetFacts::org())?;
    s.policy.libraries.get(library).ok_or_else(|| {
        Error::usage(format!("policy {} has no {library} library", s.policy.name))
            .hinted(if s.policy.libraries.is_empty() {
                "libraries come with policies that declare them, such as behavior-charts"
                    .to_string()
            } else {
                format!(
                    "its libraries are: {}",
                    s.policy
                        .libraries
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
            .into()
    })
}

pub fn find(s: &Session, library: &str, name: &str) -> Result<LibraryItem> {
    let name = name.trim();
    s.tx.library_item(s.org.id, library, name)?.ok_or_else(|| {
        Error::not_found(format!("no {library} \"{name}\" in {}", s.org.slug))
            .hinted(format!("list them with: careward {library} list"))
            .into()
    })
}

fn check_name(what: &str, name: &str) -> Result<()> {
    crate::limits::name(what, name)?;
    if name.is_empty() {
        return Err(Error::invalid(format!("{what} is empty")).into());
    }
    Ok(())
}

fn item_fields(item: &LibraryItem) -> Vec<(&'static str, Value)> {
    vec![
        ("library", json!(item.library)),
        ("name", json!(item.name)),
        ("description", json!(item.description)),
        ("created_by", json!(item.created_by)),
        ("created_at", json!(item.created_at)),
    ]
}

fn create(ctx: &Ctx, library: &str, args: &CreateArgs) -> Result<Reply> {
    let name = args.name.trim();
    check_name("the name", name)?;
    crate::limits::text("--description", args.description.trim())?;
    ctx.in_org(|s| {
        let manage = declared(s, library)?.manage.clone();
        let target = TargetFacts {
            key: format!("{library}:{name}"),
            ..TargetFacts::org()
        };
        let proof = s.authorize(&manage, &target)?;
        if s.tx.library_item(s.org.id, library, name)?.is_some() {
            return Err(
                Error::conflict(format!("{library} \"{name}\" already exists"))
                    .hinted(format!("see it with: careward {library} show \"{name}\""))
                    .into(),
            );
        }
        let description = args.description.trim();
        s.tx.create_library_item(
            &proof,
            s.org.id,
            &NewItem {
                library,
                name,
                description,
            },
            &s.actor.label(),
            None,
        )?;
        s.record(
            &proof,
            &target.key,
            json!({ "created": name, "description": description }),
        )?;
        let item = find(s, library, name)?;
        Ok(
            Reply::from(Output::object(item_fields(&item))).noted(change_note(
                ctx.global.dry_run,
                format!("create {library} \"{name}\""),
            )),
        )
    })
}

fn list(ctx: &Ctx, library: &str) -> Result<Reply> {
    ctx.in_org(|s| {
        declared(s, library)?;
        s.authorize("org.view", &TargetFacts::org())?;
        let rows =
            s.tx.library_items(s.org.id, Some(library))?
                .iter()
                .map(|i| {
                    vec![
                        json!(i.name),
                        json!(i.description),
                        json!(i.created_by),
                        json!(i.created_at),
                    ]
                })
                .collect();
        Ok(Output::list(&["name", "description", "created_by", "created_at"], rows).into())
    })
}

/// The things a tag is on that the actor may know of.
fn visible_assignments(s: &Session, tag: &LibraryItem) -> Result<(Vec<String>, usize)> {
    let mut shown = Vec::new();
    let mut hidden = 0;
    for link in s.tx.tag_links(s.org.id, Some(tag.id))? {
        // library items are known to whoever may view the organisation, as the tag is
        let kind = link.target.split(':').next().unwrap_or_default();
        if s.policy.libraries.contains_key(kind) {
            shown.push(link.target);
            continue;
        }
        let target = resolve_target(s, Some(&link.target));
        let sees = match target {
            Ok(t) => match crate::policy::Policy::view_action(t.kind()) {
                Some(view) => s.check(view, &t)?.decision().allowed,
                None => true,
            },
            Err(_) => false,
        };
        if sees {
            shown.push(link.target);
        } else {
            hidden += 1;
        }
    }
    Ok((shown, hidden))
}

fn show(ctx: &Ctx, library: &str, args: &NameArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let assignable = !declared(s, library)?.assign.is_empty();
        s.authorize("org.view", &TargetFacts::org())?;
        let item = find(s, library, &args.name)?;
        let mut fields = item_fields(&item);
        let mut note = None;
        if assignable {
            let (shown, hidden) = visible_assignments(s, &item)?;
            fields.push(("assigned_to", json!(shown)));
            if hidden > 0 {
                note = Some(format!(
                    "{hidden} assignment{} to things you may not see left out",
                    if hidden == 1 { "" } else { "s" }
                ));
            }
        } else {
            fields.push(("tags", json!(s.tx.tags_of(Tagged::Item(item.id))?)));
            fields.push(("entries", json!(s.tx.entries_naming(item.id)?)));
        }
        let mut reply = Reply::from(Output::object(fields));
        reply.note = note;
        Ok(reply)
    })
}

fn edit(ctx: &Ctx, library: &str, args: &EditArgs) -> Result<Reply> {
    if args.new_name.is_none() && args.description.is_none() {
        return Err(Error::usage("nothing to change")
            .hinted("give --name NAME or --description TEXT")
            .into());
    }
    if let Some(n) = &args.new_name {
        check_name("--name", n.trim())?;
    }
    if let Some(d) = &args.description {
        crate::limits::text("--description", d.trim())?;
    }
    ctx.in_org(|s| {
        let manage = declared(s, library)?.manage.clone();
        let item = find(s, library, &args.name)?;
        let proof = s.authorize(&manage, &item.target())?;
        let name = args
            .new_name
            .as_deref()
            .map_or(item.name.as_str(), str::trim);
        let description = args
            .description
            .as_deref()
            .map_or(item.description.as_str(), str::trim);
        if name != item.name && s.tx.library_item(s.org.id, library, name)?.is_some() {
            return Err(Error::conflict(format!("{library} \"{name}\" already exists")).into());
        }
        s.tx.edit_library_item(&proof, &item, name, description)?;
        s.record(
            &proof,
            &item.key(),
            json!({ "name": [item.name, name], "description": [item.description, description] }),
        )?;
        let after = find(s, library, name)?;
        Ok(
            Reply::from(Output::object(item_fields(&after))).noted(change_note(
                ctx.global.dry_run,
                format!("edit {library} \"{}\"", item.name),
            )),
        )
    })
}

fn delete(ctx: &Ctx, library: &str, args: &NameArgs) -> Result<Reply> {
    ctx.in_org(|s| {
        let manage = declared(s, library)?.manage.clone();
        let item = find(s, library, &args.name)?;
        let proof = s.authorize(&manage, &item.target())?;
        // charts and journals keep naming what they were made with
        let used = s.tx.entries_naming(item.id)?;
        if used > 0 {
            return Err(Error::conflict(format!(
                "{library} \"{}\" is named by {used} entr{}: deleting it would leave them naming nothing",
                item.name,
                if used == 1 { "y" } else { "ies" }
            ))
            .hinted(format!("rename it instead: careward {library} edit \"{}\" --name NAME", item.name))
            .into());
        }
        s.tx.delete_library_item(&proof, &item)?;
        s.record(&proof, &item.key(), json!({ "deleted": item.name }))?;
        Ok(Reply::from(Output::object(item_fields(&item)))
            .noted(change_note(ctx.global.dry_run, format!("delete {library} \"{}\"", item.name))))
    })
}

/// What a target names, as a tag assignment sees it.
fn tagged(s: &Session, text: &str) -> Result<(Tagged, TargetFacts, String)> {
    let text = text.trim();
    match text.split_once(':') {
        Some(("record", id)) => {
            let r = super::record::find(s, id)?;
            Ok((Tagged::Record(r.id), r.target(), "record".into()))
        }
        Some(("entry", id)) => {
            let id = id.trim().parse::<i64>().map_err(|_| {
                Error::invalid(format!(
                    "\"{text}\" is not a target: an entry is entry:NUMBER"
                ))
            })?;
            // tags go on entries by kind (charts, journals); what tagging one needs is
            // asked of its record, as adding tag data to it is
            let e = super::entry::find(s, id)?;
            let kind = e.kind.clone();
            Ok((Tagged::Entry(e.id), e.record.target(), kind))
        }
        Some(("member", email)) => {
            let m = s.member(email)?;
            Ok((Tagged::Member(m.id), m.target(), "member".into()))
        }
        Some((library, name)) if s.policy.libraries.contains_key(library) => {
            let item = find(s, library, name)?;
            Ok((Tagged::Item(item.id), item.target(), library.to_string()))
        }
        _ => Err(
            Error::invalid(format!("\"{text}\" is not something a tag goes on"))
                .hinted("write record:N, entry:ID, member:EMAIL or LIBRARY:NAME (pinpoint:NAME)")
                .into(),
        ),
    }
}

fn assign(ctx: &Ctx, args: &AssignArgs, on: bool) -> Result<Reply> {
    ctx.in_org(|s| {
        let library = declared(s, "tag")?.clone();
        let tag = find(s, "tag", &args.tag)?;
        let (thing, asked, kind) = tagged(s, &args.target)?;
        // an entry: its kind's own rule, else the rule for every entry
        let action = library.assign.get(&kind).or_else(|| {
            matches!(thing, Tagged::Entry(_))
                .then(|| library.assign.get("entry"))
                .flatten()
        });
        let Some(action) = action else {
            return Err(Error::invalid(format!("tags do not go on a {kind}"))
                .hinted(format!(
                    "tags go on: {}",
                    library
                        .assign
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .into());
        };
        let proof = s.authorize(action, &asked)?;
        // what the tag goes on: an entry, or what was asked (the proof names the latter)
        let key = match thing {
            Tagged::Entry(id) => format!("entry:{id}"),
            _ => asked.key.clone(),
        };
        let changed = if on {
            s.tx.tag(&proof, &tag, thing, &asked.key, &s.actor.label(), None)?
        } else {
            s.tx.untag(&proof, &tag, thing, &asked.key)?
        };
        if changed {
            s.record(
                &proof,
                &asked.key,
                json!({ "tag": tag.name, "on": key, "change": if on { "assigned" } else { "unassigned" } }),
            )?;
        }
        let verb = if on { "assign" } else { "take" };
        Ok(Reply::from(Output::object(vec![
            ("tag", json!(tag.name)),
            ("target", json!(key)),
            ("changed", json!(changed)),
            ("tags", json!(s.tx.tags_of(thing)?)),
        ]))
        .noted(if changed {
            change_note(
                ctx.global.dry_run,
                format!(
                    "{verb} tag \"{}\" {} {}",
                    tag.name,
                    if on { "to" } else { "off" },
                    key
                ),
            )
        } else {
            format!(
                "nothing to do: tag \"{}\" is {}on {}",
                tag.name,
                if on { "already " } else { "not " },
                key
            )
        }))
    })
}
