//! `careward perm`: ask the policy. `check` answers about the acting member and calls the
//! very `authorize` the commands use, so it cannot disagree with what they enforce;
//! `who-can` reveals other people's access, so the policy gates it.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{Reply, resolve_target};
use crate::output::{Format, Output};
use crate::policy::{Actor, Decision, TargetFacts, Verdict};
use crate::session::{Ctx, Session};
use crate::store::{GroupKind, MemberFilter};

#[derive(Subcommand, Debug)]
pub enum PermCommand {
    #[command(after_long_help = "Examples:\n  \
        careward perm check record.read record:42 --explain\n  \
        # without a target: the whole organisation, which only a grant on org reaches\n  \
        careward perm check audit.view\n  \
        # a grant on own answers for what the member owns or is\n  \
        careward perm check record.create member:sol@north.example\n  \
        careward perm check --batch < checks.jsonl")]
    Check(CheckArgs),
    #[command(after_long_help = "Examples:\n  \
        careward perm list --as sol@north.example")]
    List(ListArgs),
    #[command(after_long_help = "Examples:\n  \
        careward perm who-can record.read record:42")]
    WhoCan(WhoCanArgs),
    #[command(after_long_help = "Examples:\n  \
        careward perm lookup record.read record --as sol@north.example")]
    Lookup(LookupArgs),
}

/// List every target of a type the acting member may ACTION (record, entry, space, member, location, team)
#[derive(Args, Debug)]
pub struct LookupArgs {
    /// The action, noun.verb
    action: String,
    /// The type of target
    #[arg(value_parser = ["record", "entry", "space", "member", "location", "team"])]
    kind: String,
}

/// May the acting member do ACTION to TARGET? Exit 0 if allowed, 3 if denied
//
// --batch reads JSON lines {"as": WHO, "action": A, "target": T} and writes one JSON
// result per line, in order; a bad line gets {"line": N, "error": …} and the rest go on.
#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The action, noun.verb (record.read, member.invite, …)
    #[arg(required_unless_present = "batch")]
    action: Option<String>,
    /// The target: member:EMAIL, record:NUMBER, record:ext:ID, entry:ID, space:ID,
    /// location:SLUG, team:SLUG, or org (the default): the whole organisation, which only
    /// a grant on org reaches, for every action (a grant on own, created, location or
    /// assigned reaches particular targets: name one)
    target: Option<String>,
    /// Print the reasons that decided it
    #[arg(long)]
    explain: bool,
    /// Read checks as JSON lines on stdin ({"as", "action", "target"}); one JSON result per line
    #[arg(long, conflicts_with_all = ["action", "target"])]
    batch: bool,
}

/// List what the acting member's roles grant
#[derive(Args, Debug)]
pub struct ListArgs {}

/// List the members who may do ACTION to TARGET
#[derive(Args, Debug)]
pub struct WhoCanArgs {
    /// The action, noun.verb
    action: String,
    /// The target: org, member:EMAIL, record:NUMBER, record:ext:ID, entry:ID, space:ID, location:SLUG, team:SLUG
    target: String,
}

pub fn run(ctx: &Ctx, command: &PermCommand) -> Result<Reply> {
    match command {
        PermCommand::Check(args) => check(ctx, args),
        PermCommand::List(args) => list(ctx, args),
        PermCommand::WhoCan(args) => who_can(ctx, args),
        PermCommand::Lookup(args) => lookup(ctx, args),
    }
}

/// A decision as output: the target as careward writes it (`record:4`, a stable key,
/// which `performer:4` also names), the explanations in the policy's words.
fn decision_output(s: &Session, d: &Decision, explain: bool) -> Output {
    let say = |text: &str| s.policy.terms.speak(text);
    let mut fields = vec![
        ("allowed", json!(d.allowed)),
        ("actor", json!(d.actor)),
        ("action", json!(d.action)),
        ("target", json!(d.target)),
        ("reason", json!(say(&d.reason))),
    ];
    if explain {
        let chain: Vec<String> = d.chain.iter().map(|c| say(c)).collect();
        fields.push(("chain", json!(chain)));
        fields.push(("denial", json!(d.denial)));
        fields.push(("nearest", json!(d.nearest.as_deref().map(say))));
    }
    Output::object(fields)
}

fn check(ctx: &Ctx, args: &CheckArgs) -> Result<Reply> {
    let Some(action) = &args.action else {
        return batch(ctx, args.explain);
    };
    ctx.read_in_org(|s| {
        let target = resolve_target(s, args.target.as_deref())?;
        let verdict = s.check(action.trim(), &target)?;
        let d = verdict.decision();
        Ok(Reply {
            output: decision_output(s, d, args.explain),
            note: None,
            exit: if d.allowed { 0 } else { 3 },
        })
    })
}

fn list(ctx: &Ctx, _args: &ListArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let rows = match &s.actor {
            Actor::Member(m) => s
                .policy
                .grants_of(&m.roles)
                .into_iter()
                .map(|(action, scope, role)| vec![json!(action), json!(scope), json!(role)])
                .collect(),
            Actor::Support { .. } => s
                .policy
                .support
                .iter()
                .map(|a| vec![json!(a), json!("org"), json!("support")])
                .collect(),
            Actor::Outsider { .. } => Vec::new(),
        };
        Ok(Output::list(&["action", "scope", "via"], rows).into())
    })
}

fn who_can(ctx: &Ctx, args: &WhoCanArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let target = resolve_target(s, Some(&args.target))?;
        s.authorize_reveal_access(&target)?;
        let action = args.action.trim();
        // validates the action for everyone at once
        s.check(action, &target)?;
        let mut rows = Vec::new();
        for m in s.tx.members(s.org.id, &MemberFilter::default())? {
            let verdict = s.check_as(&Actor::Member(m.facts()), action, &target)?;
            let d = verdict.decision();
            if d.allowed {
                rows.push(vec![json!(m.email), json!(m.roles), json!(d.reason)]);
            }
        }
        Ok(Output::list(&["email", "roles", "reason"], rows).into())
    })
}

/// The same `authorize` as `perm check`, asked of every target of the type in turn.
fn lookup(ctx: &Ctx, args: &LookupArgs) -> Result<Reply> {
    ctx.read_in_org(|s| {
        let action = args.action.trim();
        s.check(action, &TargetFacts::org())?;
        let targets: Vec<TargetFacts> = match args.kind.as_str() {
            // every record `perm check` answers about, deleted ones (restorable for 30
            // days) included, so that the two never disagree
            "record" => {
                super::record::purge_expired(s)?;
                s.tx.records(s.org.id, &Default::default())?
                    .iter()
                    .map(|r| r.target())
                    .collect()
            }
            // every entry of every record, in record order
            "entry" => {
                super::record::purge_expired(s)?;
                let mut entries = Vec::new();
                for r in s.tx.records(s.org.id, &Default::default())? {
                    entries.extend(s.tx.entries(&r)?.iter().map(|e| e.target()));
                }
                entries
            }
            "space" => {
                s.tx.spaces(s.org.id)?
                    .iter()
                    .map(|sp| sp.target())
                    .collect()
            }
            "member" => {
                s.tx.members(s.org.id, &MemberFilter::default())?
                    .iter()
                    .map(|m| m.target())
                    .collect()
            }
            kind => {
                let kind = if kind == "team" {
                    GroupKind::Team
                } else {
                    GroupKind::Location
                };
                s.tx.groups(kind, s.org.id, false)?
                    .iter()
                    .map(|g| g.target())
                    .collect()
            }
        };
        let mut rows = Vec::new();
        for t in targets {
            let verdict = s.check(action, &t)?;
            if verdict.decision().allowed {
                rows.push(vec![json!(t.key), json!(verdict.decision().reason)]);
            }
        }
        Ok(Output::list(&["target", "reason"], rows).into())
    })
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchLine {
    /// whom the question is about: the acting member when left out
    #[serde(rename = "as", default)]
    actor: Option<String>,
    action: String,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

/// What a batch asked about others, audited once when it ends.
#[derive(Default)]
struct Questions {
    /// whether the acting member may ask about anyone's access to anything (audit.view),
    /// asked once for the batch; `None` until a line asks about someone else
    about_anything: Option<bool>,
    /// the members a line asked about, looked up once per batch (and the reason a
    /// line gave, which support staff act for)
    actors: std::collections::HashMap<(String, Option<String>), Actor>,
    /// the members (or support staff) asked about, answered
    answered: std::collections::BTreeSet<String>,
    answered_count: usize,
    refused_count: usize,
    /// the first refusal's reason
    refusal: Option<String>,
}

/// Each line's answer, written as soon as it is known, so that a caller can stream. The
/// batch runs as the acting member: a line about themself is answered as `perm check`
/// answers it; a line about someone else only when the actor may ask `perm who-can`
/// about its target, else the line is refused (exit 3 for the run, every other line
/// still answered).
fn batch(ctx: &Ctx, explain: bool) -> Result<Reply> {
    use std::io::{BufRead, Write};
    // one JSON object per line, whatever else is asked
    ctx.global
        .format
        .require("perm check --batch", &[Format::Table, Format::Json])?;
    ctx.read_in_org(|s| {
        let me = s.actor.label();
        let mut questions = Questions::default();
        let mut stdin = std::io::BufReader::with_capacity(1 << 16, std::io::stdin().lock());
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut line = String::new();
        for i in 0.. {
            // Before waiting for more input, the answers so far go out: a caller that
            // writes a line and waits for its answer gets it.
            if stdin.buffer().is_empty() {
                out.flush()?;
            }
            line.clear();
            if stdin.read_line(&mut line)? == 0 {
                break;
            }
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            // the line number first, as README documents
            let mut answer = serde_json::Map::from_iter([("line".to_string(), json!(i + 1))]);
            match batch_line(s, &me, line, explain, &mut questions) {
                // an answer is always an object (perm check's fields)
                Ok(fields) => answer.extend(fields.as_object().cloned().unwrap_or_default()),
                Err(e) => answer.extend([("error".to_string(), json!(format!("{e:#}")))]),
            }
            let answer = Value::Object(answer);
            out.write_all(crate::output::json_line(&answer)?.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        if questions.answered_count > 0 {
            s.record_question(
                "allowed",
                &format!(
                    "allowed: {me} may ask about others' access ({} question{})",
                    questions.answered_count,
                    if questions.answered_count == 1 { "" } else { "s" }
                ),
                json!({ "questions": questions.answered_count, "about": questions.answered }),
            )?;
        }
        if let Some(reason) = &questions.refusal {
            s.record_question(
                "denied",
                reason,
                json!({ "refused_questions": questions.refused_count }),
            )?;
        }
        Ok(Reply {
            output: Output::Nothing,
            note: questions.refusal.as_ref().map(|_| {
                let n = questions.refused_count;
                format!(
                    "{n} question{} about others {} refused: asking about another member needs audit.view, or managing the record's sharing",
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "was" } else { "were" }
                )
            }),
            exit: if questions.refused_count > 0 { 3 } else { 0 },
        })
    })
}

fn batch_line(
    s: &crate::session::Session,
    me: &str,
    line: &str,
    explain: bool,
    questions: &mut Questions,
) -> Result<serde_json::Value> {
    let req: BatchLine = serde_json::from_str(line)
        .map_err(|e| crate::error::Error::invalid(format!("not a check: {e}")))?;
    let target = resolve_target(s, req.target.as_deref())?;
    let action = req.action.trim();
    let about = match req.actor.as_deref().map(str::trim) {
        None => None,
        Some(who) => {
            let label = match who.strip_prefix("support:") {
                Some(name) => format!("support:{}", name.trim()),
                None => crate::session::parse_email(who)?,
            };
            (label != me).then_some(label)
        }
    };
    let verdict = match &about {
        None => s.check(action, &target)?,
        Some(other) => {
            // Whoever may view the audit trail may ask about anything (see
            // Session::may_reveal_access): asked once, not on every line.
            let about_anything = match questions.about_anything {
                Some(known) => known,
                None => *questions.about_anything.insert(
                    s.check("audit.view", &TargetFacts::org())?
                        .decision()
                        .allowed,
                ),
            };
            let refused = match about_anything {
                true => None,
                false => match s.may_reveal_access(&target)? {
                    Verdict::Denied(d) => Some(d),
                    Verdict::Granted(_) => None,
                },
            };
            if let Some(d) = refused {
                questions.refused_count += 1;
                let reason = format!(
                    "denied: {me} may not ask about another member's access: {}",
                    d.reason.trim_start_matches("denied: ")
                );
                questions.refusal.get_or_insert_with(|| reason.clone());
                let mut v = json!({
                    "allowed": false, "actor": other, "action": action, "target": target.key,
                    "reason": reason, "refused": true,
                });
                if explain {
                    v["chain"] = json!(d.chain);
                    v["nearest"] = json!(d.nearest);
                }
                return Ok(v);
            }
            let key = (other.clone(), req.reason.clone());
            if !questions.actors.contains_key(&key) {
                let actor = s.actor_named(other, req.reason.as_deref())?;
                questions.actors.insert(key.clone(), actor);
            }
            let verdict = s.check_as(&questions.actors[&key], action, &target)?;
            questions.answered_count += 1;
            questions.answered.insert(other.clone());
            verdict
        }
    };
    let d = verdict.decision();
    let mut v = json!({
        "allowed": d.allowed, "actor": d.actor, "action": d.action,
        "target": d.target, "reason": d.reason,
    });
    if explain {
        v["chain"] = json!(d.chain);
        v["nearest"] = json!(d.nearest);
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use crate::cli::Cli;
    use crate::store::traced;

    /// Run one command line on the store at `db`; its exit code.
    fn run(db: &std::path::Path, args: &[&str]) -> u8 {
        let mut line = vec!["careward", "--db", db.to_str().unwrap(), "-q"];
        line.extend_from_slice(args);
        let cli = Cli::try_parse_command_line_from(line).unwrap();
        match crate::run(cli) {
            Ok(reply) => reply.exit,
            Err(err) => panic!("{args:?}: {err:#}"),
        }
    }

    /// Issue 14: "EXPLAIN QUERY PLAN of every statement a check runs uses an index". A
    /// small school board, and every statement of checks that take each path through
    /// the engine — the owner, a member share, a team share, the manager of the record's
    /// school, a coordinator, a stranger denied (who is then asked whether they may view
    /// the record), a record named by its external id, a member target, emergency
    /// access — explained: none may scan a table.
    #[test]
    fn check_statements_use_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("plans.db");
        let admin = ["--as", "admin@b.example"];
        for setup in [
            &[
                "org",
                "init",
                "board",
                "--name",
                "Board",
                "--kind",
                "school",
                "--policy",
                "group-practice",
                "--admin",
                "admin@b.example",
                "--seats",
                "100",
            ][..],
            &[
                "member",
                "invite",
                "own@b.example",
                "--role",
                "practitioner",
                "--accepted",
            ],
            &[
                "member",
                "invite",
                "col@b.example",
                "--role",
                "practitioner",
                "--accepted",
            ],
            &[
                "member",
                "invite",
                "tm@b.example",
                "--role",
                "practitioner",
                "--accepted",
            ],
            &[
                "member",
                "invite",
                "far@b.example",
                "--role",
                "practitioner",
                "--accepted",
            ],
            &[
                "member",
                "invite",
                "coord@b.example",
                "--role",
                "coordinator",
                "--accepted",
            ],
            &[
                "member",
                "invite",
                "mgr@b.example",
                "--role",
                "manager",
                "--accepted",
            ],
            &["location", "create", "north", "--name", "North"],
            &["location", "assign", "mgr@b.example", "north"],
            &["team", "create", "tsa", "--name", "TSA"],
            &["team", "add", "tsa", "tm@b.example"],
        ] {
            run(&db, &[setup, &admin[..]].concat());
        }
        let own = ["--as", "own@b.example"];
        for setup in [
            &[
                "record",
                "create",
                "--client",
                "C1",
                "--location",
                "north",
                "--external-id",
                "X1",
            ][..],
            &[
                "record",
                "share",
                "1",
                "--with",
                "col@b.example",
                "--level",
                "read",
            ],
            &["record", "share", "1", "--team", "tsa", "--level", "write"],
        ] {
            run(&db, &[setup, &own[..]].concat());
        }
        run(
            &db,
            &[
                "record",
                "emergency-access",
                "1",
                "--as",
                "far@b.example",
                "--reason",
                "on call",
            ],
        );

        let checks: &[&[&str]] = &[
            &[
                "perm",
                "check",
                "record.read",
                "record:1",
                "--as",
                "own@b.example",
            ],
            &[
                "perm",
                "check",
                "record.read",
                "record:1",
                "--as",
                "col@b.example",
                "--explain",
            ],
            &[
                "perm",
                "check",
                "record.write",
                "record:1",
                "--as",
                "tm@b.example",
            ],
            &[
                "perm",
                "check",
                "record.view",
                "record:1",
                "--as",
                "mgr@b.example",
            ],
            &[
                "perm",
                "check",
                "record.view",
                "record:ext:X1",
                "--as",
                "coord@b.example",
            ],
            &[
                "perm",
                "check",
                "record.read",
                "record:1",
                "--as",
                "coord@b.example",
                "--explain",
            ],
            &[
                "perm",
                "check",
                "record.write",
                "record:1",
                "--as",
                "far@b.example",
            ],
            &[
                "perm",
                "check",
                "record.read",
                "record:1",
                "--as",
                "far@b.example",
            ],
            &[
                "perm",
                "check",
                "member.view",
                "member:own@b.example",
                "--as",
                "far@b.example",
            ],
            &[
                "perm",
                "check",
                "record.read",
                "record:1",
                "--org",
                "board",
                "--as",
                "tm@b.example",
            ],
        ];
        let mut statements = std::collections::BTreeSet::new();
        for check in checks {
            let (_, ran) = traced::statements(|| run(&db, check));
            assert!(!ran.is_empty(), "{check:?} ran no statement");
            statements.extend(ran);
        }
        // The list of a store's organisations (one, usually), when --org does not name
        // one, is the only table read whole: it is not the organisation's data, and does
        // not grow with it.
        let scans: Vec<String> = traced::table_scans(&db, &statements)
            .into_iter()
            .filter(|scan| !scan.starts_with("SCAN org USING INDEX sqlite_autoindex_org_1\n"))
            .collect();
        assert!(
            scans.is_empty(),
            "statements of a check scan a table:\n{}",
            scans.join("\n")
        );
        // The record's facts and its grants are each looked up by one statement.
        assert!(
            statements
                .iter()
                .any(|s| s.contains("FROM record r") && s.contains("r.number = +?2"))
        );
        assert!(
            statements
                .iter()
                .any(|s| s.contains("FROM emergency_grant"))
        );
    }
}
